/** Presentation decisions made once for every renderer: score meters, spoken length calls. */
package dev.starcoach.core.view;
