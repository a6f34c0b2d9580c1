/** The built-in rule scorer: rules file, text analysis, STAR rules, segmentation and verdicts. */
package dev.starcoach.core.scoring.rules;
