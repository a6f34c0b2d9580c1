package dev.starcoach.discord;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.session.SessionMode;
import java.util.Optional;

/**
 * Maps slash commands, button ids and modal values to engine events (typed DM text goes to the
 * engine as it is, which decides whether it is an answer or a command). Pure functions: no JDA
 * objects, so every mapping is tested on its own.
 */
public final class CommandMapping {
  /** The text input of the answer modal. */
  public static final String ANSWER_INPUT = "answer";

  /** The practice mode aimed at the gaps in the person's stories. */
  static final String NEXT = "next";

  /** The practice mode of a loop rehearsal. */
  static final String LOOP = "loop";

  private CommandMapping() {}

  /** The action for a slash command. */
  public static SlashAction slash(SlashRequest request) {
    return switch (request.name()) {
      case SlashCommands.PRACTICE -> practice(request);
      case SlashCommands.QUIZ -> {
        String selector = firstOf(request.option("question"), request.option("principle"));
        yield new SlashAction.Engine(new CoachEvent.StartQuiz(selector), true);
      }
      case SlashCommands.QUESTIONS -> {
        String principle = request.option("principle");
        if (principle != null && Principle.parse(principle).isEmpty()) {
          yield new SlashAction.Invalid(unknownPrinciple(principle));
        }
        yield new SlashAction.Engine(new CoachEvent.ListQuestions(principle), false);
      }
      case SlashCommands.LENS ->
          new SlashAction.Engine(new CoachEvent.ShowLens(request.option("principle")), false);
      case SlashCommands.LEVEL -> level(request.option("level"));
      case SlashCommands.TIMEZONE ->
          new SlashAction.Engine(new CoachEvent.ChangeTimeZone(request.option("zone")), false);
      case SlashCommands.REMINDERS -> reminders(request.option("turn"));
      case SlashCommands.EXPORT -> new SlashAction.Engine(new CoachEvent.ExportData(), false);
      case SlashCommands.FORGET -> new SlashAction.Engine(new CoachEvent.ForgetData(false), false);
      case SlashCommands.HELP -> new SlashAction.Help();
      default -> new SlashAction.Invalid("Unknown command /" + request.name() + ".");
    };
  }

  private static SlashAction practice(SlashRequest request) {
    SessionMode mode = null;
    String modeText = request.option("mode");
    if (NEXT.equalsIgnoreCase(modeText) || LOOP.equalsIgnoreCase(modeText)) {
      return aimed(request, NEXT.equalsIgnoreCase(modeText));
    }
    if (modeText != null) {
      Optional<SessionMode> parsed = SessionMode.parse(modeText);
      if (parsed.isEmpty() || parsed.get() == SessionMode.QUIZ) {
        return new SlashAction.Invalid(
            "Unknown mode \""
                + modeText
                + "\": choose guided, drill, mock, next or loop (or use /quiz).");
      }
      mode = parsed.get();
    }
    Level level = null;
    String levelText = request.option("level");
    if (levelText != null) {
      Optional<Level> parsed = Level.parse(levelText);
      if (parsed.isEmpty()) {
        return new SlashAction.Invalid(unknownLevel(levelText));
      }
      level = parsed.get();
    }
    String principle = request.option("principle");
    if (principle != null && Principle.parse(principle).isEmpty()) {
      return new SlashAction.Invalid(unknownPrinciple(principle));
    }
    String selector = firstOf(request.option("question"), principle);
    return new SlashAction.Engine(new CoachEvent.StartPractice(mode, selector, level), true);
  }

  /**
   * {@code /practice mode:next} (aimed at the person's weakest principle and step) and {@code
   * mode:loop} (a loop rehearsal): the engine picks the questions, so none may be named.
   */
  private static SlashAction aimed(SlashRequest request, boolean next) {
    if (request.option("question") != null || request.option("principle") != null) {
      return new SlashAction.Invalid(
          (next ? "mode:next" : "mode:loop")
              + " picks the questions from your stories' gaps; leave question and principle"
              + " empty.");
    }
    Optional<Level> level = Optional.empty();
    String levelText = request.option("level");
    if (levelText != null) {
      level = Level.parse(levelText);
      if (level.isEmpty()) {
        return new SlashAction.Invalid(unknownLevel(levelText));
      }
    }
    CoachEvent event = next ? new CoachEvent.PracticeNext(level) : new CoachEvent.StartLoop(level);
    return new SlashAction.Engine(event, true);
  }

  private static SlashAction reminders(String turn) {
    if (turn == null) {
      return new SlashAction.Engine(new CoachEvent.SetReminders(null), false);
    }
    return switch (turn.toLowerCase(java.util.Locale.ROOT)) {
      case "on" -> new SlashAction.Engine(new CoachEvent.SetReminders(true), false);
      case "off" -> new SlashAction.Engine(new CoachEvent.SetReminders(false), false);
      default -> new SlashAction.Invalid("Unknown choice \"" + turn + "\": choose on or off.");
    };
  }

  /** The Practise privately button of a daily post: a mock practice of its question. */
  public static SlashAction.Engine dailyPractice(DailyComponentId id) {
    return new SlashAction.Engine(
        new CoachEvent.StartPractice(SessionMode.MOCK, id.questionId(), id.level()), true);
  }

  private static SlashAction level(String text) {
    if (text == null) {
      return new SlashAction.Engine(new CoachEvent.ChangeLevel(null), false);
    }
    return Level.parse(text)
        .<SlashAction>map(l -> new SlashAction.Engine(new CoachEvent.ChangeLevel(l), false))
        .orElseGet(() -> new SlashAction.Invalid(unknownLevel(text)));
  }

  /**
   * The engine event of a button or a submitted modal, or empty for components that call no engine
   * event (Answer opens a modal; Keep cancels a deletion).
   *
   * @param modalText the answer typed into the modal ({@link ComponentId.Action#MODAL} only)
   */
  public static Optional<CoachEvent> component(ComponentId id, String modalText) {
    return Optional.ofNullable(
        switch (id.action()) {
          case HINT -> new CoachEvent.RequestHint();
          case SKIP -> new CoachEvent.SkipStep();
          case STOP -> new CoachEvent.StopSession();
          case OPTION -> new CoachEvent.ChooseOption(id.option());
          case FORGET -> new CoachEvent.ForgetData(true);
          case MODAL -> new CoachEvent.SubmitAnswer(modalText == null ? "" : modalText);
          case ANSWER, KEEP -> null;
        });
  }

  /** Whether a component may act for this person now. */
  public enum Check {
    OK,
    NOT_OWNER,
    STALE
  }

  /**
   * Checks a component before acting: only its owner may use it, and a button sent with one prompt
   * may not act on a later one.
   *
   * @param currentPrompt the tag of the prompt the open session waits on, or empty when none is
   *     open (the engine then says so)
   */
  public static Check check(ComponentId id, long user, Optional<String> currentPrompt) {
    if (id.owner() != user) {
      return Check.NOT_OWNER;
    }
    if (PromptTag.NONE.equals(id.prompt()) || currentPrompt.isEmpty()) {
      return Check.OK;
    }
    return currentPrompt.get().equals(id.prompt()) ? Check.OK : Check.STALE;
  }

  private static String firstOf(String a, String b) {
    return a != null ? a : b;
  }

  private static String unknownLevel(String text) {
    return "Unknown level \"" + text + "\": choose sde1, sde2 or senior.";
  }

  private static String unknownPrinciple(String text) {
    return "\"" + text + "\" is not one of the 16 Leadership Principles.";
  }
}
