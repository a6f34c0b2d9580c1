package dev.starcoach.core.scoring.features;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.rules.TextFacts;
import java.util.Optional;

/**
 * Everything the feature stage reads about one answer (or one STAR part of a full answer).
 *
 * @param kind the step or probe it answers
 * @param facts what text analysis found in it
 * @param question the analysed probe question, for probe answers that have one
 * @param principle the leadership principle the question tests, when known
 * @param spokenSeconds its estimated spoken length
 * @param targetSeconds the spoken target it is judged against; 0 skips the length features
 */
public record AnswerContext(
    AnswerKind kind,
    TextFacts facts,
    Optional<TextFacts> question,
    Optional<Principle> principle,
    double spokenSeconds,
    int targetSeconds) {}
