/** Fitting the model on labelled answers, with cross-validation grouped by story. */
package dev.starcoach.core.scoring.model.fit;
