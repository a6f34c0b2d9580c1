package dev.starcoach.core.content;

import java.util.List;

/**
 * A multiple-choice question about a walkthrough.
 *
 * @param answer the zero-based index of the right option
 */
public record QuizItem(String question, List<String> options, int answer, String explanation) {
  public QuizItem {
    options = List.copyOf(options);
  }
}
