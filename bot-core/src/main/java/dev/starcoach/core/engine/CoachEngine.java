package dev.starcoach.core.engine;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.engine.CoachEvent.StartPractice;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.CoachReply.ErrorNotice;
import dev.starcoach.core.place.PlaceServices;
import dev.starcoach.core.scoring.ScoreBand;
import dev.starcoach.core.scoring.Scorer;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.store.CoachStores;
import dev.starcoach.core.store.ReminderStore;
import dev.starcoach.core.store.StorageUnavailableException;
import dev.starcoach.core.story.fit.PrincipleFit;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * The coaching engine, the one front door of a practice. Adapters hand it a person's event; it
 * loads the person's session, lets the session's {@link Mode} decide, stores the result (answers
 * before any acknowledgement) and returns an {@link Outcome}: the replies to render and what
 * happened.
 *
 * <p>Thread-safe: events of one person are applied one at a time in this process, and writes are
 * compare-and-set across processes.
 */
public final class CoachEngine {

  private final QuestionBank bank;
  private final CoachStores stores;
  private final EngineSettings settings;
  private final SessionFactory sessions;
  private final Judge judge;
  private final QuestionPicker picker;
  private final PersonDesk person;
  private final ContentDesk content;
  private final DailyAnswers daily;
  private final QuizRound quiz;
  private final GroupDesk group;
  private final Modes modes;
  private final SessionWriter writer;
  private final NextPractice next;
  private final LoopRehearsal loops;
  private final StoryDesk storyDesk;
  private final StoryLines storyLines;
  private final StoryOffers storyOffers;
  private final ReentrantLock[] stripes = new ReentrantLock[256];
  private final Set<SessionKey> pendingForget = ConcurrentHashMap.newKeySet();

  /**
   * An engine over a question bank, a scorer and the stores.
   *
   * @param places daily questions, stats, leaderboards and channel settings
   * @param reminders where people turn reminders of unfinished practices on and off
   */
  public CoachEngine(
      QuestionBank bank,
      Scorer scorer,
      CoachStores stores,
      PlaceServices places,
      Clock clock,
      RandomGenerator random,
      EngineSettings settings,
      ReminderStore reminders) {
    this.bank = Objects.requireNonNull(bank, "bank");
    this.stores = Objects.requireNonNull(stores, "stores");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.sessions =
        new SessionFactory(
            Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(random, "random"));
    this.judge = new Judge(Objects.requireNonNull(scorer, "scorer"), settings);
    this.picker = new QuestionPicker(bank, stores, random, settings.recentWindow());
    this.person = new PersonDesk(stores, Objects.requireNonNull(reminders, "reminders"), clock);
    this.content = new ContentDesk(bank);
    this.daily = new DailyAnswers(bank, stores, sessions, judge);
    this.quiz = new QuizRound(sessions);
    this.group = new GroupDesk(Objects.requireNonNull(places, "places"));
    this.modes =
        new Modes(
            bank, new StepPractice(sessions, judge), new MockInterview(sessions, judge), quiz);
    this.writer = new SessionWriter(bank, stores, modes);
    PrincipleFit fit = new PrincipleFit();
    StoryTexts storyTexts = new StoryTexts(scorer, fit);
    this.storyLines =
        new StoryLines(stores.stories(), storyTexts, settings, clock, person::levelOf);
    this.storyDesk =
        new StoryDesk(bank, stores, storyTexts, storyLines, settings, clock, person::levelOf);
    this.storyOffers = new StoryOffers(stores.stories());
    this.next = new NextPractice(bank, stores.history(), stores.stories(), picker, fit, clock);
    this.loops =
        new LoopRehearsal(bank, stores, picker, sessions, judge, modes, writer, fit, random);
    for (int i = 0; i < stripes.length; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  /** The question bank the engine practises from. */
  public QuestionBank bank() {
    return bank;
  }

  /** The engine's settings. */
  public EngineSettings settings() {
    return settings;
  }

  /**
   * Applies one event of a person at a place. Never throws for anything a person can cause; a
   * storage outage becomes an error reply.
   */
  public Outcome handle(SessionKey key, CoachEvent event) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(event, "event");
    return locked(
        key,
        turn -> {
          dispatch(key, event, turn);
          if (!turn.openKnown()) {
            turn.open(openAfter(key));
          }
        },
        "The practice database cannot be reached right now, so nothing was changed."
            + " Please send that again in a moment.");
  }

  /** Applies one event and sends its replies to {@code to}, in order. */
  public Outcome handle(SessionKey key, CoachEvent event, Conversation to) {
    Outcome outcome = handle(key, event);
    outcome.sendTo(to);
    return outcome;
  }

  /**
   * Scores an answer to a daily question posted in a thread, as a mock answer. The answer is stored
   * in the person's history (a finished one-answer session); the feedback is for the person alone
   * and only the score band is for the thread.
   */
  public DailyFeedback answerDaily(SessionKey key, String questionId, Level level, String text) {
    List<Optional<ScoreBand>> band = new ArrayList<>(List.of(Optional.empty()));
    Outcome outcome =
        locked(
            key,
            turn ->
                band.set(
                    0,
                    daily.answer(
                        key,
                        questionId,
                        level != null ? level : person.levelOf(key),
                        text == null ? "" : text.strip(),
                        turn)),
            "The practice database cannot be reached right now, so your answer was not saved."
                + " Please post it again in a moment.");
    return new DailyFeedback(outcome, band.get(0));
  }

  private Outcome locked(SessionKey key, java.util.function.Consumer<Turn> work, String outage) {
    ReentrantLock lock = stripes[Math.floorMod(key.hashCode(), stripes.length)];
    lock.lock();
    try {
      Turn turn = new Turn();
      try {
        work.accept(turn);
        return turn.outcome();
      } catch (StorageUnavailableException e) {
        Turn failed = new Turn();
        failed.say(new ErrorNotice(ErrorCode.STORAGE_UNAVAILABLE, outage));
        return failed.outcome();
      }
    } finally {
      lock.unlock();
    }
  }

  private void dispatch(SessionKey key, CoachEvent event, Turn turn) {
    boolean confirming = pendingForget.remove(key);
    if (event instanceof CoachEvent.TypedLine line) {
      if (confirming && !line.text().strip().startsWith("/")) {
        confirmForget(key, line.text(), turn);
        return;
      }
      typed(key, line, turn);
    } else if (event instanceof StartPractice start) {
      start(key, start, turn);
    } else if (event instanceof CoachEvent.SubmitAnswer answer) {
      submit(key, answer.text(), turn);
    } else if (event instanceof CoachEvent.RequestHint) {
      withOpen(key, turn, s -> hint(s, turn));
    } else if (event instanceof CoachEvent.SkipStep) {
      withOpen(key, turn, s -> apply(s, turn, current -> mode(current).skip(current, q(current))));
    } else if (event instanceof CoachEvent.StopSession) {
      withOpen(key, turn, s -> apply(s, turn, current -> mode(current).stop(current, q(current))));
    } else if (event instanceof CoachEvent.StartQuiz start) {
      startQuiz(key, start.selector(), turn);
    } else if (event instanceof CoachEvent.ChooseOption choice) {
      withOpen(key, turn, s -> choose(s, choice.option(), turn));
    } else if (event instanceof CoachEvent.ShowLens lens) {
      content.lens(picker.lastStory(key), picker.lastPractised(key), lens.principle(), turn);
    } else if (event instanceof CoachEvent.ListQuestions list) {
      content.list(list.principle(), turn);
    } else if (event instanceof CoachEvent.ChangeLevel change) {
      person.level(key, change.level(), turn);
    } else if (event instanceof CoachEvent.ChangeTimeZone zone) {
      person.zone(key, zone.zone(), turn);
    } else if (event instanceof CoachEvent.SetReminders remind) {
      person.reminders(key, remind.on(), turn);
    } else if (event instanceof CoachEvent.Reconnect) {
      Optional<PracticeSession> open = stores.sessions().findOpen(key);
      turn.open(open.map(this::where));
      open.ifPresentOrElse(s -> resume(s, turn, true), () -> loops.resumeStalled(key, turn));
    } else if (event instanceof CoachEvent.ExportData) {
      person.export(key, turn);
    } else if (event instanceof CoachEvent.DailyCommand command) {
      group.daily(command, turn);
    } else if (event instanceof CoachEvent.ShowStats stats) {
      group.stats(key, stats.channel(), turn);
    } else if (event instanceof CoachEvent.ShowLeaderboard board) {
      group.leaderboard(key, board, turn);
    } else if (event instanceof CoachEvent.StoryCommand story) {
      storyDesk.handle(key, story.request(), turn);
    } else if (event instanceof CoachEvent.PracticeNext pick) {
      if (!refusedAsSecond(key, turn)) {
        Level level = pick.level().orElse(null);
        next.pick(key, turn)
            .ifPresent(q -> start(key, new StartPractice(SessionMode.DRILL, q.id(), level), turn));
      }
    } else if (event instanceof CoachEvent.StartLoop loop) {
      loops.start(key, loop.level().orElseGet(() -> person.levelOf(key)), turn);
    } else if (event instanceof CoachEvent.ForgetData forget) {
      if (forget.confirmed()) {
        stores.sessions().sessionsOf(key.person()).forEach(s -> writer.forgetLive(s.id()));
        storyLines.forget(key.person());
      }
      person.forget(key, forget.confirmed(), turn);
      if (!forget.confirmed()) {
        pendingForget.add(key);
      }
    }
  }

  /**
   * What is open after an event that did not say: read once more. The event itself has been applied
   * by now, so a failed read must not turn its reply into "nothing was changed".
   */
  private Optional<OpenPractice> openAfter(SessionKey key) {
    try {
      return stores.sessions().findOpen(key).map(this::where);
    } catch (StorageUnavailableException e) {
      return Optional.empty();
    }
  }

  // ---- typed lines ----

  private void typed(SessionKey key, CoachEvent.TypedLine line, Turn turn) {
    String text = line.text();
    Optional<PracticeSession> open = stores.sessions().findOpen(key);
    boolean storyWaiting = open.isEmpty() && storyLines.waiting(key.person());
    Optional<TextCommand> command = TypedLines.command(text, open.isPresent(), storyWaiting);
    if (command.isEmpty() && storyWaiting) {
      storyLines.line(key, text, turn);
      turn.open(Optional.empty());
      return;
    }
    if (command.isEmpty()) {
      if (open.isPresent() && line.answering().isPresent() && movedOn(open.get(), line)) {
        PracticeSession s = open.get();
        turn.say(
            new ErrorNotice(
                ErrorCode.CONFLICT,
                "Your practice moved on to "
                    + mode(s).label(s)
                    + " somewhere else, so that was not taken as its answer. Your text, to send"
                    + " again if you still want to: "
                    + text.strip()));
        turn.say(mode(s).prompt(s, q(s)));
        turn.open(Optional.of(where(s)));
        return;
      }
      submit(key, text, turn);
      return;
    }
    TextCommand c = command.get();
    if (c instanceof TextCommand.Run run) {
      dispatch(key, run.event(), turn);
    } else if (c instanceof TextCommand.Invalid invalid) {
      turn.say(new ErrorNotice(ErrorCode.INVALID_COMMAND, invalid.message()));
    } else if (c instanceof TextCommand.Unknown unknown) {
      turn.say(
          new ErrorNotice(
              ErrorCode.UNKNOWN_COMMAND,
              "Unknown command \"" + unknown.word() + "\". Ask for help to see the commands."));
    } else {
      turn.say(new CoachReply.Help(open.isPresent()));
    }
  }

  private static boolean movedOn(PracticeSession open, CoachEvent.TypedLine line) {
    OpenPractice seen = line.answering().get();
    return !seen.sessionId().equals(open.id())
        || seen.phase() != open.phase()
        || seen.position() != open.position();
  }

  /** The line after "forget" answers its question: yes deletes, anything else keeps. */
  private void confirmForget(SessionKey key, String text, Turn turn) {
    String answer = text.strip().toLowerCase(java.util.Locale.ROOT);
    if (answer.equals("yes") || answer.equals("y") || answer.equals("confirm")) {
      dispatch(key, new CoachEvent.ForgetData(true), turn);
      return;
    }
    turn.say(
        new CoachReply.Notice(
            "Nothing was deleted. Your data and your practice are as they were."));
  }

  // ---- starting ----

  private void start(SessionKey key, StartPractice start, Turn turn) {
    SessionMode mode = start.mode() == null ? SessionMode.DRILL : start.mode();
    if (mode == SessionMode.QUIZ) {
      startQuiz(key, start.selector(), turn);
      return;
    }
    if (refusedAsSecond(key, turn)) {
      return;
    }
    Level level = start.level() != null ? start.level() : person.levelOf(key);
    Optional<Question> picked =
        picker.forPractice(key, start.selector(), mode == SessionMode.GUIDED, turn);
    if (picked.isEmpty()) {
      return;
    }
    Question question = picked.get();
    Phase phase = mode == SessionMode.MOCK ? Phase.FULL_ANSWER : Phase.STEPS;
    PracticeSession session = sessions.open(key, mode, question, level, phase);
    session = start.sampleProbes() ? MockInterview.withSampleProbes(session, question) : session;
    insert(
        session,
        List.of(
            new CoachReply.PracticeStarted(
                mode, question, level, question.totalBudgetSeconds(level)),
            modes.of(mode).prompt(session, question)),
        turn);
  }

  private void startQuiz(SessionKey key, String selector, Turn turn) {
    if (refusedAsSecond(key, turn)) {
      return;
    }
    Optional<Question> question = picker.forQuiz(key, selector, turn);
    if (question.isEmpty()) {
      return;
    }
    PracticeSession session =
        sessions.open(key, SessionMode.QUIZ, question.get(), person.levelOf(key), Phase.QUIZ);
    insert(session, List.of(quiz.prompt(session, question.get())), turn);
  }

  private boolean refusedAsSecond(SessionKey key, Turn turn) {
    Optional<PracticeSession> open = stores.sessions().findOpen(key);
    open.ifPresent(s -> refuseSecond(s, turn));
    return open.isPresent();
  }

  // ---- answering ----

  private void submit(SessionKey key, String raw, Turn turn) {
    String text = raw == null ? "" : raw.strip();
    Optional<PracticeSession> open = stores.sessions().findOpen(key);
    if (open.isEmpty()) {
      turn.say(
          new ErrorNotice(
              ErrorCode.NO_SESSION,
              "No practice is open, so that was not taken as an answer. Start one with practice"
                  + " (guided, drill or mock)."));
      turn.open(Optional.empty());
      return;
    }
    PracticeSession session = open.get();
    resumeIfNew(session, turn);
    Optional<ErrorNotice> refused =
        judge.refusal(text, "Type your answer to " + mode(session).label(session) + ".");
    if (refused.isPresent()) {
      turn.say(refused.get());
      turn.open(Optional.of(where(session)));
      return;
    }
    apply(session, turn, current -> mode(current).answer(current, q(current), text));
  }

  private void choose(PracticeSession s, int option, Turn turn) {
    if (s.phase() != Phase.QUIZ) {
      turn.say(
          new ErrorNotice(
              ErrorCode.BAD_CHOICE,
              "There is no quiz question open; your practice is waiting for "
                  + mode(s).label(s)
                  + "."));
      return;
    }
    apply(s, turn, current -> quiz.choose(current, q(current), option));
  }

  private void hint(PracticeSession s, Turn turn) {
    resumeIfNew(s, turn);
    turn.say(mode(s).hint(s, q(s)));
    turn.open(Optional.of(where(s)));
  }

  // ---- shared ----

  private void withOpen(
      SessionKey key, Turn turn, java.util.function.Consumer<PracticeSession> action) {
    Optional<PracticeSession> open = stores.sessions().findOpen(key);
    if (open.isEmpty()) {
      turn.say(
          new ErrorNotice(
              ErrorCode.NO_SESSION,
              "No practice is open. Start one with practice (guided, drill or mock) or quiz."));
      turn.open(Optional.empty());
      return;
    }
    action.accept(open.get());
  }

  private OpenPractice where(PracticeSession s) {
    return modes.where(s);
  }

  private Mode mode(PracticeSession s) {
    return modes.of(s);
  }

  private Question q(PracticeSession s) {
    return modes.question(s);
  }

  private void insert(PracticeSession session, List<CoachReply> replies, Turn turn) {
    writer.insert(session, replies, turn);
  }

  private void refuseSecond(PracticeSession open, Turn turn) {
    writer.refuseSecond(open, turn);
  }

  /**
   * Applies a mode's change. A session it closes may retell a saved story (offer to update it) and
   * may be a loop's round (the loop moves on).
   */
  private void apply(PracticeSession session, Turn turn, Function<PracticeSession, Change> decide) {
    writer
        .apply(session, turn, decide)
        .filter(after -> !after.isOpen())
        .ifPresent(
            done -> {
              storyOffers.afterPractice(done, turn);
              loops.closed(done, turn);
            });
  }

  private void resumeIfNew(PracticeSession session, Turn turn) {
    writer.resumeIfNew(session, turn);
  }

  private void resume(PracticeSession session, Turn turn, boolean repeatPrompt) {
    writer.resume(session, turn, repeatPrompt);
  }
}
