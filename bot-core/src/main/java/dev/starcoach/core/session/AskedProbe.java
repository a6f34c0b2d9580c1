package dev.starcoach.core.session;

import dev.starcoach.core.content.Step;

/**
 * A follow-up probe written for one person's answer and kept in the session, so a practice resumed
 * after a restart asks the very same probes.
 *
 * @param question the probe as asked
 * @param focus the STAR step whose claims it tests
 * @param dimension the id of what it probes ({@code measure}, {@code follow_through}, ...), {@link
 *     #SAMPLE} for a walkthrough's sample-story probe the person asked for, or an empty string
 * @param quote the person's own words it quotes, or an empty string
 */
public record AskedProbe(String question, Step focus, String dimension, String quote) {
  /** The dimension of a walkthrough's own sample-story probe, asked only on request. */
  public static final String SAMPLE = "sample";

  public AskedProbe {
    dimension = dimension == null ? "" : dimension;
    quote = quote == null ? "" : quote;
  }

  /** A walkthrough's sample-story probe, kept as asked. */
  public static AskedProbe sample(String question, Step focus) {
    return new AskedProbe(question, focus, SAMPLE, "");
  }

  /** True for a walkthrough's sample-story probe. */
  public boolean isSample() {
    return SAMPLE.equals(dimension);
  }
}
