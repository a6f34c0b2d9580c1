package dev.starcoach.app.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.testing.TestBank;
import java.util.List;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.Test;

/** Tab completion of {@code /practice next} and {@code /practice loop}. */
class PracticeNextLoopCompletionTest {
  private final CommandCompleter completer = new CommandCompleter(TestBank.load());

  private List<String> values(String typed) {
    return completer.candidates(typed).stream().map(Candidate::value).toList();
  }

  @Test
  void givenPracticeTyped_whenCompleting_thenNextAndLoopAreOfferedBesideTheModes() {
    List<String> offered = values("/practice ");

    assertTrue(offered.containsAll(List.of("next", "loop", "drill", "mock")), offered.toString());
  }

  @Test
  void givenPracticeNextOrLoop_whenCompleting_thenOnlyTheLevelOptionAndThenTheLevels() {
    // GIVEN next and loop pick their questions themselves
    assertEquals(List.of("--level"), values("/practice next "));
    assertEquals(List.of("--level"), values("/practice loop "));
    // AND after --level come the levels, for them and for any practice
    assertEquals(List.of("sde1", "sde2", "senior"), values("/practice loop --level "));
    assertEquals(List.of("sde1", "sde2", "senior"), values("/practice mock --level "));
    // AND a mode still completes question ids
    assertTrue(values("/practice drill ").contains(TestBank.WALKTHROUGH_ID));
  }
}
