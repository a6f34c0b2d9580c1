/** Rules-file loading, text analysis (tokens, clauses, actors, phrase hits) and segmentation. */
package dev.starcoach.core.scoring.rules;
