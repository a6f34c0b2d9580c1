package dev.starcoach.core.content;

import java.util.List;

/** A complete weak answer to a question, what is wrong with it, and the Bar Raiser's call. */
public record WeakAnswer(String text, List<String> critique, Verdict verdict, String barRaiser) {
  public WeakAnswer {
    critique = List.copyOf(critique);
  }
}
