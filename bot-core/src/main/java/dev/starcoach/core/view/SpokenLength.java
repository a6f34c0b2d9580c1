package dev.starcoach.core.view;

import java.util.Locale;

/**
 * An answer's estimated spoken length against its target, and the call on it, made once for every
 * renderer.
 *
 * @param spokenSeconds estimated seconds to say the answer aloud
 * @param targetSeconds the step's target, or 0 when it has none
 * @param call over, short, on target, or no target
 */
public record SpokenLength(long spokenSeconds, int targetSeconds, Call call) {

  /** The call on a length. */
  public enum Call {
    /** More than 125% of the target. */
    OVER("over"),
    /** Less than half the target. */
    SHORT("short"),
    /** Within the target's range. */
    ON_TARGET("on target"),
    /** No target to judge against. */
    NO_TARGET("");

    private final String label;

    Call(String label) {
      this.label = label;
    }

    /** The words shown to people ("on target"). */
    public String label() {
      return label;
    }
  }

  /** The call on {@code spokenSeconds} against {@code targetSeconds}. */
  public static SpokenLength of(double spokenSeconds, int targetSeconds) {
    long spoken = Math.round(spokenSeconds);
    Call call;
    if (targetSeconds <= 0) {
      call = Call.NO_TARGET;
    } else if (spoken > targetSeconds * 1.25) {
      call = Call.OVER;
    } else if (spoken < targetSeconds * 0.5) {
      call = Call.SHORT;
    } else {
      call = Call.ON_TARGET;
    }
    return new SpokenLength(spoken, targetSeconds, call);
  }

  /** Like {@code ≈ 45 s of 1 min 30 s (on target)}, or {@code ≈ 45 s spoken} with no target. */
  public String describe() {
    if (call == Call.NO_TARGET) {
      return "≈ " + duration(spokenSeconds) + " spoken";
    }
    return "≈ "
        + duration(spokenSeconds)
        + " of "
        + duration(targetSeconds)
        + " ("
        + call.label()
        + ")";
  }

  /** Seconds as {@code 45 s} or {@code 2 min 05 s}. */
  public static String duration(long seconds) {
    if (seconds < 60) {
      return seconds + " s";
    }
    long s = seconds % 60;
    return seconds / 60 + " min" + (s == 0 ? "" : String.format(Locale.ROOT, " %02d s", s));
  }
}
