package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.util.json.GsonFactory;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.EngineSettings;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.testing.FakeScorer;
import dev.starcoach.core.testing.InMemoryReminders;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.RecordingConversation;
import dev.starcoach.core.testing.ScriptedDrill;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestBank;
import dev.starcoach.core.testing.TestPlaces;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplyRendererTest {
  private static final Gson GSON = GsonFactory.createSnakeCase();
  private final ReplyRenderer renderer = new ReplyRenderer();

  @Test
  void everyReplyOfTheEngineRendersWithinSlacksLimits() {
    // GIVEN the replies of guided, drill, mock, quiz, lens, list, level, export and forget flows
    List<CoachReply> replies = everyKindOfReply();
    Set<String> kinds = new HashSet<>();
    replies.forEach(r -> kinds.add(r.getClass().getSimpleName()));
    assertTrue(kinds.size() >= 20, "a broad sample: " + kinds);

    // WHEN each is rendered
    for (CoachReply reply : replies) {
      SlackPost post = renderer.render(reply);

      // THEN it fits Slack's Block Kit limits
      assertEquals(List.of(), BlockKitLimits.check(post), reply.toString());
      assertFalse(post.blocks().isEmpty(), reply.toString());
      assertTrue(post.blocks().size() <= SlackPost.MAX_BLOCKS);
      assertFalse(post.text().isBlank());
      for (LayoutBlock block : post.blocks()) {
        if (block instanceof SectionBlock s && s.getText() != null) {
          assertTrue(s.getText().getText().length() <= 3000, s.getText().getText());
        }
        if (block instanceof HeaderBlock hb) {
          assertTrue(hb.getText().getText().length() <= 150);
        }
        if (block instanceof ActionsBlock a) {
          Set<String> ids = new HashSet<>();
          for (BlockElement e : a.getElements()) {
            ButtonElement b = (ButtonElement) e;
            assertTrue(ids.add(b.getActionId()), "action ids unique in a block");
            assertTrue(b.getText().getText().length() <= 75);
            assertTrue(b.getActionId().startsWith(ActionIds.PREFIX));
          }
        }
      }
    }
  }

  @Test
  void aStepPromptShowsTheStepTargetAndTheFourButtons() {
    SlackPost post =
        renderer.render(
            new CoachReply.StepPrompt(
                dev.starcoach.core.content.Step.ACTION, 3, 5, 90, "Say I.", "Saying we.", null));

    String json = GSON.toJson(post.blocks());
    assertTrue(json.contains("Step 3 of 5: Action"), json);
    assertTrue(json.contains("target 90 s"), json);
    for (String id : List.of(ActionIds.ANSWER, ActionIds.HINT, ActionIds.SKIP, ActionIds.STOP)) {
      assertTrue(json.contains(id), id);
    }
  }

  @Test
  void anythingShownAgainIsEscaped() {
    // GIVEN engine text that carries what a member typed
    CoachReply echo =
        new CoachReply.ErrorNotice(
            CoachReply.ErrorCode.UNKNOWN_QUESTION,
            "No question id matches \"<!channel> <@U123> <https://x|y> & co\".");

    // WHEN rendered
    SlackPost post = renderer.render(echo);

    // THEN no angle bracket survives, in the blocks or the notification text
    String text = ((SectionBlock) post.blocks().get(0)).getText().getText();
    assertEquals(
        ":warning: No question id matches \"&lt;!channel&gt; &lt;@U123&gt; &lt;https://x|y&gt;"
            + " &amp; co\".",
        text);
    assertFalse(post.text().contains("<"));
  }

  @Test
  void manyRepliesAreSplitIntoMessagesOfAtMostFiftyBlocks() {
    List<CoachReply> many = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      many.add(new CoachReply.Notice("note " + i));
    }

    List<SlackPost> posts = renderer.renderAll(many);

    assertTrue(posts.size() >= 2);
    int notes = 0;
    for (SlackPost p : posts) {
      assertTrue(p.blocks().size() <= SlackPost.MAX_BLOCKS);
      notes += (int) p.blocks().stream().filter(b -> b instanceof SectionBlock).count();
    }
    assertEquals(60, notes, "nothing lost");
  }

  @Test
  void anExportIsAFileWithAShortSummaryNotChunkedJson() {
    // GIVEN an export far longer than any message may be
    String json =
        "{\"sessions\":[{},{}],\"answers\":[{\"text\":\""
            + "<a & b> ".repeat(20_000)
            + "\"}],\"quiz\":[]}";

    // WHEN rendered
    SlackPost post = renderer.render(new CoachReply.DataExport(json));

    // THEN the JSON is the file, byte for byte, and the message is one short summary
    SlackFile file = post.file().orElseThrow();
    assertEquals(ReplyRenderer.EXPORT_FILE, file.filename());
    assertEquals(json, new String(file.content(), java.nio.charset.StandardCharsets.UTF_8));
    String blocks = GSON.toJson(post.blocks());
    assertTrue(post.blocks().size() <= 2, blocks);
    assertTrue(blocks.length() < 1000, blocks);
    assertTrue(blocks.contains("2 sessions, 1 answer, 0 quiz answers"), blocks);
    assertFalse(blocks.contains("a &amp; b"), "no JSON in the message");
  }

  @Test
  void theAnswerModalRemembersWhereToReply() {
    var view = new AnswerModal(4000).of("Situation", new Destination("C1", "1700.1"));

    assertEquals(ActionIds.ANSWER_MODAL, view.getCallbackId());
    assertEquals(new Destination("C1", "1700.1"), Destination.decode(view.getPrivateMetadata()));
    assertTrue(view.getTitle().getText().length() <= 24);
  }

  private static List<CoachReply> everyKindOfReply() {
    InMemoryStores stores = new InMemoryStores();
    SteppingClock clock = SteppingClock.monday9am();
    CoachEngine engine =
        new CoachEngine(
            TestBank.load(),
            new FakeScorer(),
            stores.bundle(),
            new TestPlaces(stores, clock).services(),
            clock,
            new Random(3),
            EngineSettings.defaults(),
            new InMemoryReminders(stores));
    SessionKey key = SessionKey.of("slack", "team:T", "U1");
    RecordingConversation to = new RecordingConversation();
    String q = ScriptedDrill.QUESTION_ID;
    engine.handle(key, new CoachEvent.StartPractice(SessionMode.GUIDED, q, null), to);
    engine.handle(key, new CoachEvent.RequestHint(), to);
    engine.handle(key, new CoachEvent.SubmitAnswer(ScriptedDrill.ANSWERS.get(0)), to);
    engine.handle(key, new CoachEvent.SkipStep(), to);
    engine.handle(key, new CoachEvent.StartPractice(SessionMode.DRILL, q, null), to);
    engine.handle(key, new CoachEvent.StopSession(), to);
    engine.handle(key, new CoachEvent.StartPractice(SessionMode.MOCK, q, null), to);
    engine.handle(key, new CoachEvent.RequestHint(), to);
    engine.handle(key, new CoachEvent.SubmitAnswer("S: I saw 2% stale | A: we fixed it"), to);
    for (int i = 0; i < 3; i++) {
      engine.handle(key, new CoachEvent.SubmitAnswer("I checked 3 dashboards myself"), to);
    }
    engine.handle(key, new CoachEvent.StopSession(), to);
    engine.handle(key, new CoachEvent.StartQuiz(q), to);
    engine.handle(key, new CoachEvent.ChooseOption(1), to);
    engine.handle(key, new CoachEvent.ChooseOption(2), to);
    engine.handle(key, new CoachEvent.ChooseOption(3), to);
    engine.handle(key, new CoachEvent.ShowLens(null), to);
    engine.handle(key, new CoachEvent.ShowLens("customer obsession"), to);
    engine.handle(key, new CoachEvent.ListQuestions(null), to);
    engine.handle(key, new CoachEvent.ChangeLevel(null), to);
    engine.handle(key, new CoachEvent.ChangeLevel(dev.starcoach.core.content.Level.SENIOR), to);
    engine.handle(key, new CoachEvent.ExportData(), to);
    engine.handle(key, new CoachEvent.ForgetData(false), to);
    engine.handle(key, new CoachEvent.ForgetData(true), to);
    engine.handle(key, new CoachEvent.SubmitAnswer("nothing open"), to);
    List<CoachReply> all = new ArrayList<>(to.replies());
    all.add(
        new CoachReply.ResumeNotice(
            SessionMode.DRILL, TestBank.load().byId(q).orElseThrow(), "Task"));
    return all;
  }
}
