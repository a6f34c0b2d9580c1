package dev.starcoach.core.engine;

import dev.starcoach.core.engine.CoachReply.StoryShown;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.RecordedAnswer;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.store.StorageUnavailableException;
import dev.starcoach.core.story.Story;
import dev.starcoach.core.story.StoryStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What follows a guided, drill or mock practice that finished or was stopped (with at least one
 * answer), after its summary or verdict: when the answer retells a story from the bank ({@link
 * StoryMatcher}), an offer to update that story with it; otherwise, while the bank holds at most
 * {@link #TIP_MAX_STORIES} stories, one short tip that the answer can be kept. A practice finishes
 * once, so each says it at most once per session.
 */
final class StoryOffers {
  /** Above this many stories the bank is built, and the tip would only be noise. */
  static final int TIP_MAX_STORIES = 12;

  static final String TIP =
      "Worth keeping? Type story save to keep this answer in your story bank (story save N"
          + " updates story N with it).";

  private final StoryStore stories;

  StoryOffers(StoryStore stories) {
    this.stories = stories;
  }

  /** Adds the offer or the tip for a session that this event closed. */
  void afterPractice(PracticeSession done, Turn turn) {
    boolean ended = done.phase() == Phase.FINISHED || done.phase() == Phase.STOPPED;
    if (!ended || done.mode() == SessionMode.QUIZ) {
      return;
    }
    String said = answerText(done);
    if (said.isBlank()) {
      return;
    }
    try {
      List<Story> mine = stories.list(done.key().person());
      Optional<Story> match = StoryMatcher.match(said, mine);
      if (match.isPresent()) {
        Story s = match.get();
        stories.practised(done.key().person(), s.number(), done.updatedAt());
        turn.say(new StoryShown(new StoryView.StoryMatchOffer(s.number(), s.title())));
      } else if (mine.size() <= TIP_MAX_STORIES) {
        turn.say(new CoachReply.Notice(TIP));
      }
    } catch (StorageUnavailableException e) {
      // the practice itself is stored; an offer is not worth an error
    }
  }

  /** The person's own words in a session: step answers, or the mock's full answer. */
  static String answerText(PracticeSession s) {
    List<String> parts = new ArrayList<>();
    for (RecordedAnswer a : s.answers()) {
      if (!a.skipped()
          && a.text() != null
          && (a.kind().step().isPresent() || a.kind() == AnswerKind.FULL)) {
        parts.add(a.text());
      }
    }
    return String.join(" ", parts);
  }
}
