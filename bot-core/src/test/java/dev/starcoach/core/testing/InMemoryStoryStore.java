package dev.starcoach.core.testing;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.store.StorageUnavailableException;
import dev.starcoach.core.story.MappingDecision;
import dev.starcoach.core.story.Story;
import dev.starcoach.core.story.StoryNumber;
import dev.starcoach.core.story.StoryStore;
import dev.starcoach.core.story.StoryVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * The story bank in memory, with the database stores' rules: numbers from 1 per person never reused
 * while the bank exists, versions numbered by the store in saving order, the latest version of a
 * step is its text. Goes offline with the {@link InMemoryStores} it belongs to.
 */
public final class InMemoryStoryStore implements StoryStore {
  private final BooleanSupplier offline;
  private final Map<PersonId, TreeMap<Integer, Story>> banks = new HashMap<>();
  private final Map<PersonId, Integer> lastNumber = new HashMap<>();
  private final Map<PersonId, StoryNumber> drafting = new HashMap<>();

  /** A store that is never offline. */
  public InMemoryStoryStore() {
    this(() -> false);
  }

  /** A store that fails every call while {@code offline} says so. */
  public InMemoryStoryStore(BooleanSupplier offline) {
    this.offline = offline;
  }

  private void check() {
    if (offline.getAsBoolean()) {
      throw new StorageUnavailableException("in-memory story store is offline", null);
    }
  }

  @Override
  public synchronized Story add(
      PersonId owner,
      String title,
      List<StoryVersion> firstVersions,
      List<String> tags,
      Instant at) {
    check();
    int n = lastNumber.getOrDefault(owner, 0) + 1;
    lastNumber.put(owner, n);
    List<StoryVersion> versions = new ArrayList<>();
    for (StoryVersion v : firstVersions) {
      versions.add(renumbered(v, versions.size() + 1));
    }
    Story story =
        new Story(
            owner,
            new StoryNumber(n),
            title,
            latest(versions),
            tags,
            versions,
            Map.of(),
            at,
            at,
            Optional.empty());
    banks.computeIfAbsent(owner, k -> new TreeMap<>()).put(n, story);
    return story;
  }

  @Override
  public synchronized Optional<Story> find(PersonId owner, StoryNumber number) {
    check();
    return Optional.ofNullable(bank(owner).get(number.value()));
  }

  @Override
  public synchronized List<Story> list(PersonId owner) {
    check();
    return List.copyOf(bank(owner).values());
  }

  @Override
  public synchronized Optional<Story> saveStep(
      PersonId owner, StoryNumber number, StoryVersion version) {
    return change(
        owner,
        number,
        s -> {
          List<StoryVersion> versions = new ArrayList<>(s.versions());
          versions.add(renumbered(version, versions.size() + 1));
          return new Story(
              s.owner(),
              s.number(),
              s.title(),
              latest(versions),
              s.tags(),
              versions,
              s.decisions(),
              s.created(),
              version.at(),
              s.lastPractised());
        });
  }

  @Override
  public synchronized Optional<Story> retitle(
      PersonId owner, StoryNumber number, String title, List<String> tags, Instant at) {
    return change(
        owner,
        number,
        s ->
            new Story(
                s.owner(),
                s.number(),
                title,
                s.steps(),
                tags,
                s.versions(),
                s.decisions(),
                s.created(),
                at,
                s.lastPractised()));
  }

  @Override
  public synchronized Optional<Story> decide(
      PersonId owner,
      StoryNumber number,
      Principle principle,
      Optional<MappingDecision> decision,
      Instant at) {
    return change(
        owner,
        number,
        s -> {
          Map<Principle, MappingDecision> decisions = new EnumMap<>(Principle.class);
          decisions.putAll(s.decisions());
          decision.ifPresentOrElse(
              d -> decisions.put(principle, d), () -> decisions.remove(principle));
          return new Story(
              s.owner(),
              s.number(),
              s.title(),
              s.steps(),
              s.tags(),
              s.versions(),
              decisions,
              s.created(),
              at,
              s.lastPractised());
        });
  }

  @Override
  public synchronized void practised(PersonId owner, StoryNumber number, Instant at) {
    change(
        owner,
        number,
        s ->
            new Story(
                s.owner(),
                s.number(),
                s.title(),
                s.steps(),
                s.tags(),
                s.versions(),
                s.decisions(),
                s.created(),
                s.updated(),
                Optional.of(at)));
  }

  @Override
  public synchronized boolean remove(PersonId owner, StoryNumber number) {
    check();
    boolean existed = bank(owner).remove(number.value()) != null;
    if (existed && number.equals(drafting.get(owner))) {
      drafting.remove(owner);
    }
    return existed;
  }

  @Override
  public synchronized Optional<StoryNumber> drafting(PersonId owner) {
    check();
    return Optional.ofNullable(drafting.get(owner));
  }

  @Override
  public synchronized void setDrafting(PersonId owner, Optional<StoryNumber> number) {
    check();
    number.ifPresentOrElse(n -> drafting.put(owner, n), () -> drafting.remove(owner));
  }

  @Override
  public synchronized int forget(PersonId owner) {
    check();
    TreeMap<Integer, Story> bank = banks.remove(owner);
    int n = 0;
    if (bank != null) {
      for (Story s : bank.values()) {
        n += 1 + s.versions().size() + s.decisions().size();
      }
    }
    if (lastNumber.remove(owner) != null) {
      n++;
    }
    drafting.remove(owner);
    return n;
  }

  private Optional<Story> change(
      PersonId owner, StoryNumber number, java.util.function.UnaryOperator<Story> how) {
    check();
    Story s = bank(owner).get(number.value());
    if (s == null) {
      return Optional.empty();
    }
    Story next = how.apply(s);
    banks.get(owner).put(number.value(), next);
    return Optional.of(next);
  }

  private TreeMap<Integer, Story> bank(PersonId owner) {
    return banks.getOrDefault(owner, new TreeMap<>());
  }

  private static StoryVersion renumbered(StoryVersion v, int number) {
    return new StoryVersion(number, v.step(), v.text(), v.score(), v.at(), v.source());
  }

  private static Map<Step, String> latest(List<StoryVersion> versions) {
    Map<Step, String> steps = new EnumMap<>(Step.class);
    for (StoryVersion v : versions) {
      steps.put(v.step(), v.text());
    }
    return steps;
  }
}
