package dev.starcoach.core.session;

import dev.starcoach.core.content.Step;

/**
 * A follow-up probe written for one person's answer and kept in the session, so a practice resumed
 * after a restart asks the very same probes.
 *
 * @param question the probe as asked
 * @param focus the STAR step whose claims it tests
 * @param dimension the id of what it probes ({@code measure}, {@code follow_through}, ...), or an
 *     empty string for a sample-story probe
 * @param quote the person's own words it quotes, or an empty string
 */
public record AskedProbe(String question, Step focus, String dimension, String quote) {
  public AskedProbe {
    dimension = dimension == null ? "" : dimension;
    quote = quote == null ? "" : quote;
  }
}
