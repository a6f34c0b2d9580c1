package dev.starcoach.discord;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.StoryRequest;
import dev.starcoach.core.story.MappingDecision;
import dev.starcoach.core.story.StoryNumber;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps {@code /story} subcommands, story buttons and story forms to engine events. Pure functions:
 * no JDA objects, so every mapping is tested on its own.
 */
final class StoryMapping {
  static final String ADD = "add";
  static final String LIST = "list";
  static final String SHOW = "show";
  static final String EDIT = "edit";
  static final String REMOVE = "remove";
  static final String SAVE = "save";
  static final String SHARE = "share";
  static final String CONFIRM = "confirm";
  static final String REJECT = "reject";
  static final String MAP = "map";

  /** The {@code how} option's value for the step-by-step form. */
  static final String STEPS = "steps";

  /** The form's inputs: the title and the whole story; each step's input is its id. */
  static final String TITLE_INPUT = "title";

  static final String WHOLE_INPUT = "story";

  private StoryMapping() {}

  /**
   * The action for {@code /story <subcommand>} with its options as strings.
   *
   * @param titleRoom the longest title the step-by-step form can carry ({@link
   *     StoryComponentId#titleRoom})
   */
  static StoryAction slash(String subcommand, Map<String, String> options, int titleRoom) {
    String sub = subcommand == null ? "" : subcommand;
    try {
      return switch (sub) {
        case ADD -> add(option(options, "title"), option(options, "how"), titleRoom);
        case LIST -> engine(new StoryRequest.ListStories());
        case SHOW -> engine(new StoryRequest.Show(story(options)));
        case EDIT -> new StoryAction.EditForm(story(options), step(options));
        case REMOVE -> engine(new StoryRequest.Remove(story(options)));
        case SAVE ->
            engine(
                new StoryRequest.SaveLast(
                    option(options, "story").map(StoryMapping::number), option(options, "title")));
        case SHARE -> new StoryAction.Engine(event(new StoryRequest.Share(story(options))), true);
        case CONFIRM -> decide(options, MappingDecision.CONFIRMED);
        case REJECT -> decide(options, MappingDecision.REJECTED);
        case MAP -> engine(new StoryRequest.Coverage());
        default -> new StoryAction.Invalid("Unknown story command \"" + sub + "\".");
      };
    } catch (IllegalArgumentException e) {
      return new StoryAction.Invalid(e.getMessage());
    }
  }

  private static StoryAction add(Optional<String> title, Optional<String> how, int titleRoom) {
    boolean steps = how.map(STEPS::equalsIgnoreCase).orElse(false);
    if (how.isPresent() && !steps && !"whole".equalsIgnoreCase(how.get())) {
      return new StoryAction.Invalid(
          "Unknown way to write it \"" + how.get() + "\": choose whole or steps.");
    }
    if (steps && title.isEmpty()) {
      return new StoryAction.Invalid(
          "Give the story a title with title: when you write it step by step (the five step"
              + " boxes fill the whole form).");
    }
    if (steps && title.get().length() > titleRoom) {
      return new StoryAction.Invalid(
          "Titles of stories written step by step may be "
              + titleRoom
              + " characters; that one has "
              + title.get().length()
              + ". Shorten it, or write the whole story at once.");
    }
    return new StoryAction.AddForm(title, steps);
  }

  private static StoryAction decide(Map<String, String> options, MappingDecision decision) {
    String text =
        option(options, "principle")
            .orElseThrow(() -> new IllegalArgumentException("Name the principle with principle:."));
    Principle principle =
        Principle.parse(text)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "\"" + text + "\" is not one of the 16 Leadership Principles."));
    return engine(new StoryRequest.Decide(story(options), principle, Optional.of(decision)));
  }

  /** The event of a story button; empty for buttons that open a form instead. */
  static Optional<CoachEvent> button(StoryComponentId id) {
    return switch (id.action()) {
      case SAVE ->
          Optional.of(event(new StoryRequest.SaveLast(Optional.empty(), Optional.empty())));
      case UPDATE ->
          Optional.of(
              event(
                  new StoryRequest.SaveLast(
                      Optional.of(new StoryNumber(id.story())), Optional.empty())));
      case WRITE, STEP_FORM, WHOLE_FORM, STEPS_FORM -> Optional.empty();
    };
  }

  /**
   * The event of a submitted story form, from its inputs' values (absent or blank inputs are left
   * out), or what is wrong with it.
   */
  static StoryAction form(StoryComponentId id, Map<String, String> values) {
    switch (id.action()) {
      case WHOLE_FORM -> {
        Optional<String> title = option(values, TITLE_INPUT);
        Optional<String> text = option(values, WHOLE_INPUT);
        if (title.isEmpty() || text.isEmpty()) {
          return new StoryAction.Invalid("A new story needs a title and its text.");
        }
        return engine(new StoryRequest.Add(title.get(), text, Map.of(), List.of()));
      }
      case STEPS_FORM -> {
        Map<Step, String> steps = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
          option(values, step.id()).ifPresent(t -> steps.put(step, t));
        }
        if (steps.isEmpty()) {
          return new StoryAction.Invalid("Write at least one step of the story.");
        }
        if (id.title().isBlank()) {
          return new StoryAction.Invalid("That form lost its title; start again with /story add.");
        }
        return engine(new StoryRequest.Add(id.title(), Optional.empty(), steps, List.of()));
      }
      case STEP_FORM -> {
        Step step =
            id.step().orElseThrow(() -> new IllegalStateException("a step form names its step"));
        Optional<String> text = option(values, step.id());
        if (text.isEmpty() || id.story() < 1) {
          return new StoryAction.Invalid("Write the " + step.label() + " before sending it.");
        }
        return engine(new StoryRequest.Edit(new StoryNumber(id.story()), step, text));
      }
      default -> {
        return new StoryAction.Invalid("That is a button, not a form.");
      }
    }
  }

  private static StoryAction.Engine engine(StoryRequest request) {
    return new StoryAction.Engine(event(request), false);
  }

  private static CoachEvent event(StoryRequest request) {
    return new CoachEvent.StoryCommand(request);
  }

  private static StoryNumber story(Map<String, String> options) {
    return number(
        option(options, "story")
            .orElseThrow(
                () ->
                    new IllegalArgumentException("Name the story with story: (type to search).")));
  }

  private static StoryNumber number(String text) {
    try {
      int n = Integer.parseInt(text.strip().replaceFirst("^#", ""));
      if (n < 1) {
        throw new NumberFormatException();
      }
      return new StoryNumber(n);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a story number; pick one of yours from the list.");
    }
  }

  private static Step step(Map<String, String> options) {
    String text =
        option(options, "step")
            .orElseThrow(() -> new IllegalArgumentException("Name the step with step:."));
    return Step.parse(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown step \""
                        + text
                        + "\": choose situation, task, action, result or reflection."));
  }

  private static Optional<String> option(Map<String, String> options, String key) {
    String value = options.get(key);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
