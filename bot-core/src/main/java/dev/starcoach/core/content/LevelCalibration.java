package dev.starcoach.core.content;

/**
 * What one level should show when telling this story.
 *
 * @param focus where the answer's weight should sit at this level
 * @param reflection a reflection pitched at this level
 * @param bar what the interviewer expects to see to hire at this level
 * @param totalSeconds the spoken budget for the whole answer
 */
public record LevelCalibration(String focus, String reflection, String bar, int totalSeconds) {}
