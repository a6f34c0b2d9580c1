package dev.starcoach.core.content;

import java.util.List;

/**
 * What a walkthrough teaches about one STAR step: its spoken target, a strong example with the
 * phrases that make it strong, a coaching tip and the most common mistake.
 */
public record StepGuide(
    int targetSeconds,
    String example,
    List<String> keyPhrases,
    String coaching,
    String commonMistake) {
  public StepGuide {
    keyPhrases = List.copyOf(keyPhrases);
  }
}
