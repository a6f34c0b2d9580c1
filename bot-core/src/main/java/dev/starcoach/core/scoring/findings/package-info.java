/** Findings and explanations: turning each feature's points into coaching, the main flaw first. */
package dev.starcoach.core.scoring.findings;
