package dev.starcoach.core.scoring.rules;

/** A rules file that cannot be used: names the file, the key path and what is wrong. */
public final class ScoringRulesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String keyPath;
  private final String reason;

  /** A problem at {@code keyPath} (dotted, with [index] for list items; empty for the file). */
  public ScoringRulesException(String file, String keyPath, String reason) {
    this(file, keyPath, reason, null);
  }

  /** The same with the underlying cause. */
  public ScoringRulesException(String file, String keyPath, String reason, Throwable cause) {
    super(file + (keyPath.isEmpty() ? "" : ": " + keyPath) + ": " + reason, cause);
    this.file = file;
    this.keyPath = keyPath;
    this.reason = reason;
  }

  /** The rules file (path or classpath name). */
  public String file() {
    return file;
  }

  /** The dotted key path of the problem, e.g. {@code weights.action.handoff}. */
  public String keyPath() {
    return keyPath;
  }

  /** What is wrong. */
  public String reason() {
    return reason;
  }
}
