/** The fitted model: per-step logistic weights over named features, and how a score adds up. */
package dev.starcoach.core.scoring.model;
