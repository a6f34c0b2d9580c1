package dev.starcoach.core.story;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.session.PersonId;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One of a person's prepared stories: the latest text per step, every earlier version with its
 * score, tags, and the person's decisions on which principles it serves.
 *
 * @param owner whose story it is; stories are personal data
 * @param number its number in the owner's bank
 * @param title the person's short name for it
 * @param steps the latest text per step; a step not yet written is absent
 * @param tags the person's own tags, lower case
 * @param versions every saved text, oldest first
 * @param decisions the person's confirmations and rejections of principle mappings
 * @param created when it was added
 * @param updated when any text, tag or decision last changed
 * @param lastPractised when a practice last used it, if ever
 */
public record Story(
    PersonId owner,
    StoryNumber number,
    String title,
    Map<Step, String> steps,
    List<String> tags,
    List<StoryVersion> versions,
    Map<Principle, MappingDecision> decisions,
    Instant created,
    Instant updated,
    Optional<Instant> lastPractised) {
  public Story {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(title, "title");
    steps = steps.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(steps));
    tags = List.copyOf(tags);
    versions = List.copyOf(versions);
    decisions = decisions.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(decisions));
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(lastPractised, "lastPractised");
  }

  /** The latest text of a step, if written. */
  public Optional<String> text(Step step) {
    return Optional.ofNullable(steps.get(step));
  }

  /** True when every step has text. */
  public boolean complete() {
    return steps.size() == Step.values().length;
  }

  /** The first step with no text yet, in STAR order. */
  public Optional<Step> nextMissing() {
    for (Step s : Step.values()) {
      if (!steps.containsKey(s)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The latest score of a step, from its newest version. */
  public Optional<Integer> latestScore(Step step) {
    for (int i = versions.size() - 1; i >= 0; i--) {
      if (versions.get(i).step() == step) {
        return Optional.of(versions.get(i).score());
      }
    }
    return Optional.empty();
  }
}
