package dev.starcoach.discord;

import dev.starcoach.core.engine.CoachReply;
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

  /** The tag of a prompt the engine sent, or {@link #NONE}. */
  public static String of(CoachReply reply) {
    if (reply instanceof CoachReply.StepPrompt p) {
      return "s" + (p.number() - 1);
    } else if (reply instanceof CoachReply.FullAnswerPrompt) {
      return "f0";
    } else if (reply instanceof CoachReply.ProbePrompt p) {
      return "p" + (p.number() - 1);
    } else if (reply instanceof CoachReply.QuizQuestion q) {
      return "q" + (q.number() - 1);
    }
    return NONE;
  }

  /** The tag of the prompt an open session waits on, or {@link #NONE} when it waits on none. */
  public static String of(PracticeSession session) {
    return switch (session.phase()) {
      case STEPS -> "s" + session.position();
      case FULL_ANSWER -> "f0";
      case PROBES -> "p" + session.position();
      case QUIZ -> "q" + session.position();
      default -> NONE;
    };
  }

  /** True for a well-formed tag. */
  public static boolean isValid(String tag) {
    return NONE.equals(tag) || (tag != null && tag.matches("[sfpq][0-9]{1,3}"));
  }
}
