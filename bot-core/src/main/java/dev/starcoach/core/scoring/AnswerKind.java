package dev.starcoach.core.scoring;

import dev.starcoach.core.content.Step;
import java.util.Locale;
import java.util.Optional;

/** What an answer is an answer to: one STAR step, a follow-up probe, or a whole story. */
public enum AnswerKind {
  SITUATION,
  TASK,
  ACTION,
  RESULT,
  REFLECTION,
  PROBE,
  FULL;

  /** The stable lowercase id used by the {@code score} command. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind for answering one STAR step. */
  public static AnswerKind of(Step step) {
    return valueOf(step.name());
  }

  /** The STAR step this kind answers, when it is one. */
  public Optional<Step> step() {
    return Step.parse(id());
  }

  /** Parses an id such as {@code action}, {@code probe} or {@code full}. */
  public static Optional<AnswerKind> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.trim().toUpperCase(Locale.ROOT);
    for (AnswerKind kind : values()) {
      if (kind.name().equals(wanted)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
