package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.slack.api.model.view.ViewState;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The answer modal's boxes follow the engine's answer limit within Slack's 3,000 per input. */
class AnswerModalTest {

  @Test
  void theBoxesCoverTheEnginesLimitWithinSlacksMaximum() {
    // GIVEN the default limit, a small one and a large one
    // WHEN the modal is built, THEN no box passes 3,000 and together they take the limit
    assertEquals(3000, new AnswerModal(4000).firstBox());
    assertEquals(1000, new AnswerModal(4000).continuedBox());
    assertEquals(2000, new AnswerModal(2000).firstBox());
    assertEquals(0, new AnswerModal(2000).continuedBox());
    assertEquals(
        1, new AnswerModal(2000).of("Task", new Destination("D1", null)).getBlocks().size());
    assertEquals(3000, new AnswerModal(100_000).continuedBox());
  }

  @Test
  void theBoxesAreJoinedOnANewLineAndOverTheLimitIsRefusedWithTheCount() {
    AnswerModal modal = new AnswerModal(4000);

    // WHEN both boxes are filled within the limit, THEN they are one answer
    assertEquals(
        new AnswerModal.Reading.Answer("first part\nsecond part"),
        modal.read(state("first part  ", "  second part")));
    assertEquals(new AnswerModal.Reading.Answer("only"), modal.read(state("only", null)));
    assertEquals(new AnswerModal.Reading.Answer("later"), modal.read(state(" ", "later")));

    // WHEN nothing, or too much, is typed, THEN the modal says so under the right box
    AnswerModal.Reading.Refused empty =
        assertInstanceOf(AnswerModal.Reading.Refused.class, modal.read(state("  ", "")));
    assertEquals(ActionIds.ANSWER_BLOCK, empty.blockId());
    AnswerModal.Reading.Refused tooLong =
        assertInstanceOf(
            AnswerModal.Reading.Refused.class,
            modal.read(state("a".repeat(3000), "b".repeat(1000))));
    assertEquals(ActionIds.ANSWER_MORE_BLOCK, tooLong.blockId());
    assertEquals(
        "Together the boxes hold 4,001 characters; an answer may be 4,000.", tooLong.error());
  }

  private static ViewState state(String first, String more) {
    ViewState.Value a = new ViewState.Value();
    a.setValue(first);
    ViewState.Value b = new ViewState.Value();
    b.setValue(more);
    ViewState state = new ViewState();
    state.setValues(
        Map.of(
            ActionIds.ANSWER_BLOCK,
            Map.of(ActionIds.ANSWER_INPUT, a),
            ActionIds.ANSWER_MORE_BLOCK,
            Map.of(ActionIds.ANSWER_MORE_INPUT, b)));
    return state;
  }
}
