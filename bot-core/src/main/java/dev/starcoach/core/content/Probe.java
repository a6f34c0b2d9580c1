package dev.starcoach.core.content;

/**
 * A Bar Raiser follow-up question. {@code focus} is the STAR step it tests, so the engine can aim
 * probes at the weakest part of an answer. The weak and strong answers are optional for questions
 * that are not full walkthroughs.
 *
 * @param question what the interviewer asks
 * @param focus the step whose claims the probe tests
 * @param probes what the probe is looking for, in a few words
 * @param weakAnswer a typical weak reply, or null
 * @param weakWhy why the weak reply fails, or null
 * @param strongAnswer a strong reply, or null
 * @param takeaway the one-line lesson of the strong reply, or null
 */
public record Probe(
    String question,
    Step focus,
    String probes,
    String weakAnswer,
    String weakWhy,
    String strongAnswer,
    String takeaway) {

  /** True when the probe carries a weak and a strong sample reply. */
  public boolean hasSamples() {
    return weakAnswer != null && strongAnswer != null;
  }
}
