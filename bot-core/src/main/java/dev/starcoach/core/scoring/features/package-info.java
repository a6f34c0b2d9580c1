/** The feature stage: named, explainable measures of an answer, one small class per family. */
package dev.starcoach.core.scoring.features;
