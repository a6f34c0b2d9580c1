package dev.starcoach.core.story;

/**
 * What the person said about one estimated story-to-principle mapping. Confirmed mappings count as
 * usable in the coverage map; rejected ones count as absent whatever the estimate says.
 */
public enum MappingDecision {
  CONFIRMED,
  REJECTED
}
