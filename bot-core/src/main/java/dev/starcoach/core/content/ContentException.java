package dev.starcoach.core.content;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when one or more content packs are invalid; lists every problem found. */
public final class ContentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<ContentProblem> problems;

  public ContentException(List<ContentProblem> problems) {
    super(
        "Invalid content ("
            + problems.size()
            + " problem"
            + (problems.size() == 1 ? "" : "s")
            + "):\n  "
            + problems.stream().map(ContentProblem::describe).collect(Collectors.joining("\n  ")));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file order. */
  public List<ContentProblem> problems() {
    return problems;
  }
}
