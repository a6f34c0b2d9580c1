package dev.starcoach.core.scoring;

import dev.starcoach.core.content.Step;

/** The part of a full answer that a segmenter assigned to one STAR step. */
public record Segment(Step step, String text) {}
