package dev.starcoach.app.faults;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.story.MappingDecision;
import dev.starcoach.core.story.Story;
import dev.starcoach.core.story.StoryNumber;
import dev.starcoach.core.story.StoryStore;
import dev.starcoach.core.story.StoryVersion;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The real story store behind the switches of {@link SwitchableStores}. */
final class SwitchableStories implements StoryStore {
  private final StoryStore real;
  private final Runnable read;
  private final Runnable write;

  SwitchableStories(StoryStore real, Runnable read, Runnable write) {
    this.real = real;
    this.read = read;
    this.write = write;
  }

  @Override
  public Story add(
      PersonId owner,
      String title,
      List<StoryVersion> firstVersions,
      List<String> tags,
      Instant at) {
    write.run();
    return real.add(owner, title, firstVersions, tags, at);
  }

  @Override
  public Optional<Story> find(PersonId owner, StoryNumber number) {
    read.run();
    return real.find(owner, number);
  }

  @Override
  public List<Story> list(PersonId owner) {
    read.run();
    return real.list(owner);
  }

  @Override
  public Optional<Story> saveStep(PersonId owner, StoryNumber number, StoryVersion version) {
    write.run();
    return real.saveStep(owner, number, version);
  }

  @Override
  public Optional<Story> retitle(
      PersonId owner, StoryNumber number, String title, List<String> tags, Instant at) {
    write.run();
    return real.retitle(owner, number, title, tags, at);
  }

  @Override
  public Optional<Story> decide(
      PersonId owner,
      StoryNumber number,
      Principle principle,
      Optional<MappingDecision> decision,
      Instant at) {
    write.run();
    return real.decide(owner, number, principle, decision, at);
  }

  @Override
  public void practised(PersonId owner, StoryNumber number, Instant at) {
    write.run();
    real.practised(owner, number, at);
  }

  @Override
  public boolean remove(PersonId owner, StoryNumber number) {
    write.run();
    return real.remove(owner, number);
  }

  @Override
  public Optional<StoryNumber> drafting(PersonId owner) {
    read.run();
    return real.drafting(owner);
  }

  @Override
  public void setDrafting(PersonId owner, Optional<StoryNumber> number) {
    write.run();
    real.setDrafting(owner, number);
  }

  @Override
  public int forget(PersonId owner) {
    write.run();
    return real.forget(owner);
  }
}
