package dev.starcoach.core.engine;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.story.StoryNumber;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A story-bank command, parsed by an adapter or by {@link TextCommand}. */
public sealed interface StoryRequest {

  /** Hands this request to the visitor's method for its type. */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per request type.
   *
   * @param <R> what the handler makes of a request
   */
  interface Visitor<R> {
    R add(Add request);

    R list(ListStories request);

    R show(Show request);

    R edit(Edit request);

    R remove(Remove request);

    R saveLast(SaveLast request);

    R share(Share request);

    R decide(Decide request);

    R coverage(Coverage request);

    R tag(Tag request);

    R rename(Rename request);

    R finishDraft(FinishDraft request);
  }

  /**
   * Adds a story.
   *
   * @param title its name
   * @param text the whole story at once (split into steps), or empty to write it step by step
   * @param steps step texts given separately (a modal's fields); used when {@code text} is empty
   * @param tags the person's tags
   */
  record Add(
      String title, Optional<String> text, java.util.Map<Step, String> steps, List<String> tags)
      implements StoryRequest {
    public Add {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(text, "text");
      steps = java.util.Map.copyOf(steps);
      tags = List.copyOf(tags);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.add(this);
    }
  }

  /** Lists the person's stories. */
  record ListStories() implements StoryRequest {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.list(this);
    }
  }

  /** Shows one story whole, with its principle fit and reasons. */
  record Show(StoryNumber number) implements StoryRequest {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.show(this);
    }
  }

  /** Replaces one step's text (a new version); without text, asks for it as the next line. */
  record Edit(StoryNumber number, Step step, Optional<String> text) implements StoryRequest {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.edit(this);
    }
  }

  /** Removes a story and its versions. */
  record Remove(StoryNumber number) implements StoryRequest {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.remove(this);
    }
  }

  /**
   * Keeps the person's last practised answer (guided, drill or mock) as a story.
   *
   * @param into an existing story to update, or empty for a new one
   * @param title the new story's title, or empty for the question's
   */
  record SaveLast(Optional<StoryNumber> into, Optional<String> title) implements StoryRequest {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.saveLast(this);
    }
  }

  /** Posts a read-only copy of a story where the person asked (the only way one is shown there). */
  record Share(StoryNumber number) implements StoryRequest {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.share(this);
    }
  }

  /** Confirms or rejects (or with empty, clears) a story-to-principle mapping. */
  record Decide(
      StoryNumber number,
      Principle principle,
      Optional<dev.starcoach.core.story.MappingDecision> decision)
      implements StoryRequest {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.decide(this);
    }
  }

  /** The sixteen-principle coverage map of the person's stories. */
  record Coverage() implements StoryRequest {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.coverage(this);
    }
  }

  /** Replaces a story's tags (none: clears them). */
  record Tag(StoryNumber number, List<String> tags) implements StoryRequest {
    public Tag {
      Objects.requireNonNull(number, "number");
      tags = List.copyOf(tags);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.tag(this);
    }
  }

  /** Gives a story a new title. */
  record Rename(StoryNumber number, String title) implements StoryRequest {
    public Rename {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(title, "title");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.rename(this);
    }
  }

  /**
   * Ends writing a story step by step (or an edit waiting for its text), keeping what is written.
   */
  record FinishDraft() implements StoryRequest {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.finishDraft(this);
    }
  }
}
