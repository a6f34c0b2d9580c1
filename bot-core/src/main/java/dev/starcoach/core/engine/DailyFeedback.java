package dev.starcoach.core.engine;

import dev.starcoach.core.scoring.ScoreBand;
import java.util.Optional;

/**
 * What answering a daily question did: the private feedback, and the score band to show in the
 * thread when the answer was taken.
 *
 * @param privately the replies for the person alone (ephemeral or DM)
 * @param band the public summary, empty when the answer was refused
 */
public record DailyFeedback(Outcome privately, Optional<ScoreBand> band) {}
