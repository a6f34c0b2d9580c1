/** The scoring pipeline end to end: text analysis, features, fitted model, findings. */
package dev.starcoach.core.scoring.pipeline;
