package dev.starcoach.discord;

import dev.starcoach.core.engine.OpenPractice;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.PracticeSession;

/**
 * A short tag naming the prompt a button belongs to: {@code s0}..{@code s4} for the STAR steps,
 * {@code f0} for a mock's full answer, {@code p<n>} for probes, {@code q<n>} for quiz items, and
 * {@code -} for buttons that do not belong to a prompt.
 */
public final class PromptTag {
  /** The tag of components that do not depend on the session's position. */
  public static final String NONE = "-";

  private PromptTag() {}

  /** The tag of the prompt of STAR step {@code number} (1-based). */
  public static String step(int number) {
    return "s" + (number - 1);
  }

  /** The tag of a mock interview's full-answer prompt. */
  public static String fullAnswer() {
    return "f0";
  }

  /** The tag of follow-up probe {@code number} (1-based). */
  public static String probe(int number) {
    return "p" + (number - 1);
  }

  /** The tag of quiz item {@code number} (1-based). */
  public static String quiz(int number) {
    return "q" + (number - 1);
  }

  /** The tag of the prompt an open practice waits on, as the engine reported it. */
  public static String of(OpenPractice open) {
    return of(open.phase(), open.position());
  }

  /** The tag of the prompt a stored session waits on, or {@link #NONE} when it waits on none. */
  public static String of(PracticeSession session) {
    return of(session.phase(), session.position());
  }

  private static String of(Phase phase, int position) {
    return switch (phase) {
      case STEPS -> "s" + position;
      case FULL_ANSWER -> fullAnswer();
      case PROBES -> "p" + position;
      case QUIZ -> "q" + position;
      case FINISHED, STOPPED -> NONE;
    };
  }

  /** True for a well-formed tag. */
  public static boolean isValid(String tag) {
    return NONE.equals(tag) || (tag != null && tag.matches("[sfpq][0-9]{1,3}"));
  }
}
