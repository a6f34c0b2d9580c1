package dev.starcoach.core.testing;

import dev.starcoach.core.engine.CoachReply;
import java.util.List;

/**
 * The one scripted practice every adapter path replays: a drill on the test walkthrough with five
 * answers. Console, Slack and Discord tests feed these lines through their own parsing and compare
 * {@link #outcome} of the engine replies they saw.
 */
public final class ScriptedDrill {
  private ScriptedDrill() {}

  /** The question practised. */
  public static final String QUESTION_ID = TestBank.WALKTHROUGH_ID;

  /** The five answers, one per STAR step, in order. */
  public static final List<String> ANSWERS =
      List.of(
          "Our checkout read prices from a cache owned by another team, and 2% of prices were"
              + " stale for hours after each import.",
          "It was not my team's cache and there was no ticket; nobody had asked me to look.",
          "I compared the import logs with cache writes, I reproduced the race on staging, I wrote"
              + " the fix and I added an alert on price age.",
          "Stale prices fell from 2% to zero and refunds dropped from 40 a week to none.",
          "We should communicate more.");

  /**
   * A platform-neutral fingerprint of a finished drill: each step's label and score, then the
   * average, as {@code "Situation=80 Task=... avg=.."}.
   */
  public static String outcome(List<CoachReply> replies) {
    StringBuilder out = new StringBuilder();
    for (CoachReply reply : replies) {
      if (reply instanceof CoachReply.SessionSummary summary) {
        for (CoachReply.SummaryRow row : summary.rows()) {
          out.append(row.label()).append('=').append(row.score()).append(' ');
        }
        out.append("avg=").append(summary.averageScore());
      }
    }
    return out.toString().strip();
  }
}
