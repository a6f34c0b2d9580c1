/** Explainable scoring of STAR answers: findings, assessments, segmentation and verdicts. */
package dev.starcoach.core.scoring;
