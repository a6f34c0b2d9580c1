package dev.starcoach.core.engine;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.RecordedAnswer;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.store.SessionStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answer a person practised last, as story steps: a guided or drill session's step answers
 * (their scores as given then), or a mock's full answer split into its STAR parts (each part scored
 * as its step). Read from the stored sessions, so it survives a restart.
 *
 * @param sessionId the practice session it came from
 * @param questionId the question it answered
 * @param steps the text of each answered step
 * @param scores the score of each step when the practice gave one
 * @param at when it was answered last
 */
record LastPractice(
    String sessionId,
    String questionId,
    Map<Step, String> steps,
    Map<Step, Integer> scores,
    Instant at) {
  LastPractice {
    steps = Map.copyOf(steps);
    scores = Map.copyOf(scores);
  }

  /** The person's most recently practised guided, drill or mock answer, if any. */
  static Optional<LastPractice> of(PersonId person, SessionStore sessions, StoryTexts texts) {
    return sessions.sessionsOf(person).stream()
        .filter(s -> s.mode() != SessionMode.QUIZ)
        .sorted(Comparator.comparing(PracticeSession::updatedAt).reversed())
        .map(s -> from(s, texts))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** The story steps of one session's answers, or empty when it has none. */
  static Optional<LastPractice> from(PracticeSession s, StoryTexts texts) {
    Map<Step, String> steps = new EnumMap<>(Step.class);
    Map<Step, Integer> scores = new EnumMap<>(Step.class);
    Instant at = null;
    for (RecordedAnswer a : s.answers()) {
      if (a.skipped() || a.text() == null || a.text().isBlank()) {
        continue;
      }
      Optional<Step> step = a.kind().step();
      if (step.isPresent()) {
        steps.put(step.get(), a.text().strip());
        scores.put(step.get(), a.score());
        at = a.answeredAt();
      } else if (a.kind() == AnswerKind.FULL) {
        Level level = s.level();
        steps.clear();
        scores.clear();
        steps.putAll(texts.split(a.text(), level));
        at = a.answeredAt();
      }
    }
    if (steps.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new LastPractice(s.id(), s.questionId(), steps, scores, at));
  }

  /** The whole answer as one text, for matching against the bank. */
  String text() {
    return String.join(" ", steps.values());
  }
}
