package dev.starcoach.core.engine;

import dev.starcoach.core.content.Lens;
import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Probe;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.content.QuizItem;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.content.StepGuide;
import dev.starcoach.core.content.Walkthrough;
import dev.starcoach.core.engine.CoachEvent.ChangeLevel;
import dev.starcoach.core.engine.CoachEvent.ChooseOption;
import dev.starcoach.core.engine.CoachEvent.ExportData;
import dev.starcoach.core.engine.CoachEvent.ForgetData;
import dev.starcoach.core.engine.CoachEvent.ListQuestions;
import dev.starcoach.core.engine.CoachEvent.Reconnect;
import dev.starcoach.core.engine.CoachEvent.RequestHint;
import dev.starcoach.core.engine.CoachEvent.ShowLens;
import dev.starcoach.core.engine.CoachEvent.SkipStep;
import dev.starcoach.core.engine.CoachEvent.StartPractice;
import dev.starcoach.core.engine.CoachEvent.StartQuiz;
import dev.starcoach.core.engine.CoachEvent.StopSession;
import dev.starcoach.core.engine.CoachEvent.SubmitAnswer;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.CoachReply.ErrorNotice;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.BarRaiserVerdict;
import dev.starcoach.core.scoring.ScoreRequest;
import dev.starcoach.core.scoring.Scorer;
import dev.starcoach.core.scoring.Segment;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.RecordedAnswer;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.store.CoachStores;
import dev.starcoach.core.store.PersonSettings;
import dev.starcoach.core.store.QuizAttempt;
import dev.starcoach.core.store.ReminderStore;
import dev.starcoach.core.store.ScoredAnswer;
import dev.starcoach.core.store.StaleSessionException;
import dev.starcoach.core.store.StorageUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * The coaching engine. Adapters hand it a person's event and a {@link Conversation}; it loads the
 * person's session, applies the event in the session's mode, stores the result (answers before any
 * acknowledgement) and sends platform-neutral replies.
 *
 * <p>Thread-safe: events of one person are applied one at a time in this process, and writes are
 * compare-and-set across processes.
 */
public final class CoachEngine {
  private static final int MAX_CAS_RETRIES = 3;
  private static final Step[] STEPS = Step.values();

  private final QuestionBank bank;
  private final Scorer scorer;
  private final CoachStores stores;
  private final Clock clock;
  private final RandomGenerator random;
  private final EngineSettings settings;
  private final ReminderStore reminders;
  private final ReentrantLock[] stripes = new ReentrantLock[256];
  private final Set<String> liveSessions = ConcurrentHashMap.newKeySet();
  private final ExportWriter exportWriter = new ExportWriter();

  public CoachEngine(
      QuestionBank bank,
      Scorer scorer,
      CoachStores stores,
      Clock clock,
      RandomGenerator random,
      EngineSettings settings) {
    this(bank, scorer, stores, clock, random, settings, null);
  }

  /**
   * An engine that also lets people turn reminders of unfinished practices on and off ({@link
   * CoachEvent.SetReminders}); without a reminder store (the other constructor, or {@code null})
   * that event answers that reminders are not available here.
   */
  public CoachEngine(
      QuestionBank bank,
      Scorer scorer,
      CoachStores stores,
      Clock clock,
      RandomGenerator random,
      EngineSettings settings,
      ReminderStore reminders) {
    this.reminders = reminders;
    this.bank = Objects.requireNonNull(bank, "bank");
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.stores = Objects.requireNonNull(stores, "stores");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    this.settings = Objects.requireNonNull(settings, "settings");
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
   * Applies one event of a person at a place and sends the replies to {@code to}. Never throws for
   * anything a person can cause; storage outages become an error reply.
   */
  public void handle(SessionKey key, CoachEvent event, Conversation to) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(event, "event");
    ReentrantLock lock = stripes[Math.floorMod(key.hashCode(), stripes.length)];
    lock.lock();
    try {
      dispatch(key, event, to);
    } catch (StorageUnavailableException e) {
      to.send(
          new ErrorNotice(
              ErrorCode.STORAGE_UNAVAILABLE,
              "The practice database cannot be reached right now, so nothing was changed."
                  + " Please send that again in a moment."));
    } finally {
      lock.unlock();
    }
  }

  /** The open session of a person at a place, if any (for adapters that show state). */
  public Optional<PracticeSession> openSession(SessionKey key) {
    return stores.sessions().findOpen(key);
  }

  private void dispatch(SessionKey key, CoachEvent event, Conversation to) {
    if (event instanceof StartPractice start) {
      startPractice(key, start, to);
    } else if (event instanceof SubmitAnswer answer) {
      submitAnswer(key, answer.text(), to);
    } else if (event instanceof RequestHint) {
      withOpenSession(key, to, session -> hint(session, to));
    } else if (event instanceof SkipStep) {
      withOpenSession(key, to, session -> mutate(session, to, this::skip));
    } else if (event instanceof StopSession) {
      withOpenSession(key, to, session -> mutate(session, to, this::stop));
    } else if (event instanceof StartQuiz quiz) {
      startQuiz(key, quiz.selector(), to);
    } else if (event instanceof ChooseOption choice) {
      withOpenSession(key, to, session -> choose(session, choice.option(), to));
    } else if (event instanceof ShowLens lens) {
      showLens(key, lens.principle(), to);
    } else if (event instanceof ListQuestions list) {
      listQuestions(list.principle(), to);
    } else if (event instanceof ChangeLevel change) {
      changeLevel(key, change.level(), to);
    } else if (event instanceof CoachEvent.ChangeTimeZone zone) {
      changeZone(key, zone.zone(), to);
    } else if (event instanceof CoachEvent.SetReminders remind) {
      setReminders(key, remind.on(), to);
    } else if (event instanceof Reconnect) {
      stores.sessions().findOpen(key).ifPresent(session -> resume(session, to, true));
    } else if (event instanceof ExportData) {
      to.send(new CoachReply.DataExport(exportWriter.write(key.person(), stores, clock.instant())));
    } else if (event instanceof ForgetData forget) {
      forget(key, forget.confirmed(), to);
    }
  }

  /**
   * Scores an answer to a daily question posted in a thread, as a mock answer. The answer is stored
   * in the person's history (a finished one-answer session), the full feedback goes to {@code
   * privately} (ephemeral or DM), and only the score band is returned for a public note.
   *
   * @return the band, or empty when the answer was refused (the reason went to {@code privately})
   */
  public Optional<dev.starcoach.core.scoring.ScoreBand> answerDaily(
      SessionKey key, String questionId, Level level, String text, Conversation privately) {
    ReentrantLock lock = stripes[Math.floorMod(key.hashCode(), stripes.length)];
    lock.lock();
    try {
      return scoreDaily(key, questionId, level, text == null ? "" : text.strip(), privately);
    } catch (StorageUnavailableException e) {
      privately.send(
          new ErrorNotice(
              ErrorCode.STORAGE_UNAVAILABLE,
              "The practice database cannot be reached right now, so your answer was not saved."
                  + " Please post it again in a moment."));
      return Optional.empty();
    } finally {
      lock.unlock();
    }
  }

  private Optional<dev.starcoach.core.scoring.ScoreBand> scoreDaily(
      SessionKey key, String questionId, Level level, String text, Conversation privately) {
    Optional<Question> found = bank.byId(questionId);
    if (found.isEmpty()) {
      privately.send(
          new ErrorNotice(ErrorCode.UNKNOWN_QUESTION, "That daily question is no longer loaded."));
      return Optional.empty();
    }
    Optional<ErrorNotice> refused = refusal(text, "Post your answer in the thread again.");
    if (refused.isPresent()) {
      privately.send(refused.get());
      return Optional.empty();
    }
    Question q = found.get();
    Level at = level != null ? level : levelOf(key);
    Instant now = clock.instant();
    int budget = q.totalBudgetSeconds(at);
    Assessment full = scorer.assess(new ScoreRequest(AnswerKind.FULL, text, at, null, budget));
    List<CoachReply.PartScore> parts = partScores(full, q, at);
    List<Step> missing = missingSteps(parts);
    PracticeSession session =
        new PracticeSession(
                newId(),
                key,
                SessionMode.MOCK,
                q.id(),
                at,
                Phase.FINISHED,
                0,
                List.of(),
                List.of(),
                0,
                now,
                now,
                now,
                0)
            .withAnswer(
                new RecordedAnswer(
                    AnswerKind.FULL,
                    0,
                    "Daily question",
                    text,
                    full.score(),
                    full.spokenSeconds(),
                    budget,
                    0,
                    now,
                    false));
    stores
        .sessions()
        .save(session, List.of(scoredAnswer(session, q, AnswerKind.FULL, text, full, 0, now)));
    privately.send(new CoachReply.MockBreakdown(full, parts, missing, 0, budget));
    return Optional.of(dev.starcoach.core.scoring.ScoreBand.of(full.score()));
  }

  // ---- starting ----

  private void startPractice(SessionKey key, StartPractice start, Conversation to) {
    SessionMode mode = start.mode() == null ? SessionMode.DRILL : start.mode();
    if (mode == SessionMode.QUIZ) {
      startQuiz(key, start.selector(), to);
      return;
    }
    Optional<PracticeSession> open = stores.sessions().findOpen(key);
    if (open.isPresent()) {
      refuseSecondSession(open.get(), to);
      return;
    }
    Level level = start.level() != null ? start.level() : levelOf(key);
    Optional<Question> picked = pick(key, start.selector(), mode == SessionMode.GUIDED, to);
    if (picked.isEmpty()) {
      return;
    }
    Question question = picked.get();
    Instant now = clock.instant();
    Phase phase = mode == SessionMode.MOCK ? Phase.FULL_ANSWER : Phase.STEPS;
    PracticeSession session =
        new PracticeSession(
            newId(),
            key,
            mode,
            question.id(),
            level,
            phase,
            0,
            List.of(),
            List.of(),
            0,
            now,
            now,
            now,
            0);
    List<CoachReply> replies = new ArrayList<>();
    replies.add(
        new CoachReply.PracticeStarted(mode, question, level, question.totalBudgetSeconds(level)));
    replies.add(currentPrompt(session, question));
    insert(session, replies, to);
  }

  private void startQuiz(SessionKey key, String selector, Conversation to) {
    Optional<PracticeSession> open = stores.sessions().findOpen(key);
    if (open.isPresent()) {
      refuseSecondSession(open.get(), to);
      return;
    }
    Question question;
    if (selector == null || selector.isBlank()) {
      question =
          lastPractised(key)
              .filter(q -> q.isWalkthrough() && !q.walkthrough().quiz().isEmpty())
              .orElseGet(() -> randomOf(walkthroughsWithQuiz(bank.all())));
    } else {
      Optional<Question> byId = bank.byId(selector.trim());
      if (byId.isPresent()) {
        question = byId.get();
      } else {
        Optional<Principle> principle = Principle.parse(selector);
        if (principle.isEmpty()) {
          to.send(unknownSelector(selector));
          return;
        }
        question = randomOf(walkthroughsWithQuiz(bank.byPrinciple(principle.get())));
      }
    }
    if (question == null || !question.isWalkthrough() || question.walkthrough().quiz().isEmpty()) {
      to.send(
          new ErrorNotice(
              ErrorCode.NOT_AVAILABLE,
              "There is no quiz for that. Quizzes come with full walkthroughs; list the questions"
                  + " to see which ones are."));
      return;
    }
    Instant now = clock.instant();
    PracticeSession session =
        new PracticeSession(
            newId(),
            key,
            SessionMode.QUIZ,
            question.id(),
            levelOf(key),
            Phase.QUIZ,
            0,
            List.of(),
            List.of(),
            0,
            now,
            now,
            now,
            0);
    insert(session, List.of(currentPrompt(session, question)), to);
  }

  private void insert(PracticeSession session, List<CoachReply> replies, Conversation to) {
    try {
      stores.sessions().save(session, List.of());
    } catch (StaleSessionException e) {
      stores
          .sessions()
          .findOpen(session.key())
          .ifPresentOrElse(
              other -> refuseSecondSession(other, to),
              () ->
                  to.send(
                      new ErrorNotice(
                          ErrorCode.CONFLICT,
                          "Another practice was being started at the same moment. Please try"
                              + " again.")));
      return;
    }
    liveSessions.add(session.id());
    replies.forEach(to::send);
  }

  private void refuseSecondSession(PracticeSession open, Conversation to) {
    Optional<Question> question = bank.byId(open.questionId());
    String where = question.map(q -> " on \"" + q.text() + "\"").orElse("");
    to.send(
        new ErrorNotice(
            ErrorCode.SESSION_OPEN,
            "You already have a "
                + open.mode().id()
                + " practice open"
                + where
                + ", at "
                + positionLabel(open)
                + ". Answer it, skip this step, or stop it before starting another."));
  }

  private Optional<Question> pick(
      SessionKey key, String selector, boolean preferWalkthrough, Conversation to) {
    List<Question> candidates;
    if (selector == null || selector.isBlank()) {
      candidates = bank.all();
    } else {
      Optional<Question> exact = bank.byId(selector.trim());
      if (exact.isPresent()) {
        return exact;
      }
      Optional<Principle> principle = Principle.parse(selector);
      if (principle.isEmpty()) {
        to.send(unknownSelector(selector));
        return Optional.empty();
      }
      candidates = bank.byPrinciple(principle.get());
      if (candidates.isEmpty()) {
        to.send(
            new ErrorNotice(
                ErrorCode.NOT_AVAILABLE,
                "No questions for " + principle.get().displayName() + " are loaded yet."));
        return Optional.empty();
      }
    }
    if (candidates.isEmpty()) {
      to.send(new ErrorNotice(ErrorCode.NOT_AVAILABLE, "No questions are loaded."));
      return Optional.empty();
    }
    if (preferWalkthrough && candidates.stream().anyMatch(Question::isWalkthrough)) {
      candidates = candidates.stream().filter(Question::isWalkthrough).toList();
    }
    List<String> recent = stores.history().recentQuestionIds(key.person(), settings.recentWindow());
    List<Question> fresh = candidates.stream().filter(q -> !recent.contains(q.id())).toList();
    if (!fresh.isEmpty()) {
      return Optional.of(randomOf(fresh));
    }
    Question leastRecent =
        candidates.stream().max(Comparator.comparingInt(q -> recent.indexOf(q.id()))).orElseThrow();
    return Optional.of(leastRecent);
  }

  private ErrorNotice unknownSelector(String selector) {
    return new ErrorNotice(
        ErrorCode.UNKNOWN_QUESTION,
        "No question id or Leadership Principle matches \""
            + selector.strip()
            + "\". List the questions to see the ids, or name a principle such as Ownership.");
  }

  // ---- answering ----

  private void submitAnswer(SessionKey key, String raw, Conversation to) {
    String text = raw == null ? "" : raw.strip();
    Optional<PracticeSession> open = stores.sessions().findOpen(key);
    if (open.isEmpty()) {
      to.send(
          new ErrorNotice(
              ErrorCode.NO_SESSION,
              "No practice is open, so that was not taken as an answer. Start one with practice"
                  + " (guided, drill or mock)."));
      return;
    }
    PracticeSession session = open.get();
    resumeIfNew(session, to);
    Optional<ErrorNotice> refused =
        refusal(text, "Type your answer to " + positionLabel(session) + ".");
    if (refused.isPresent()) {
      to.send(refused.get());
      return;
    }
    switch (session.phase()) {
      case STEPS -> mutate(session, to, s -> answerStep(s, text));
      case FULL_ANSWER -> mutate(session, to, s -> answerFull(s, text));
      case PROBES -> mutate(session, to, s -> answerProbe(s, text));
      case QUIZ -> {
        int option = parseOption(text);
        if (option < 0) {
          to.send(
              new ErrorNotice(
                  ErrorCode.BAD_CHOICE,
                  "This is a quiz: answer with the number of an option (1, 2, 3...)."));
        } else {
          choose(session, option, to);
        }
      }
      default -> to.send(new ErrorNotice(ErrorCode.NO_SESSION, "No practice is open."));
    }
  }

  /** The result of applying an event to a session: the new state, history rows and replies. */
  private record Change(
      PracticeSession next, List<ScoredAnswer> scored, List<CoachReply> replies) {}

  private interface SessionChange {
    Change apply(PracticeSession current);
  }

  /**
   * Applies a change and stores it before sending any reply. When another writer moved the session
   * on meanwhile, the change is re-applied to the fresh state if it still stands at the same place;
   * otherwise the person is told, and given their text back.
   */
  private void mutate(PracticeSession session, Conversation to, SessionChange change) {
    PracticeSession current = session;
    for (int attempt = 0; attempt < MAX_CAS_RETRIES; attempt++) {
      Change result = change.apply(current);
      try {
        stores.sessions().save(result.next(), result.scored());
      } catch (StaleSessionException e) {
        Optional<PracticeSession> fresh = stores.sessions().findOpen(current.key());
        if (fresh.isPresent()
            && fresh.get().id().equals(current.id())
            && fresh.get().phase() == current.phase()
            && fresh.get().position() == current.position()) {
          current = fresh.get();
          continue;
        }
        to.send(
            new ErrorNotice(
                ErrorCode.CONFLICT,
                "This practice moved on somewhere else at the same moment, so that was not"
                    + " applied."
                    + lastAnswerEcho(result)));
        fresh.ifPresent(
            s -> bank.byId(s.questionId()).ifPresent(q -> to.send(currentPrompt(s, q))));
        return;
      }
      liveSessions.add(current.id());
      if (!result.next().isOpen()) {
        liveSessions.remove(current.id());
      }
      result.replies().forEach(to::send);
      return;
    }
    to.send(
        new ErrorNotice(
            ErrorCode.CONFLICT, "This practice is busy elsewhere. Please send that again."));
  }

  private static String lastAnswerEcho(Change change) {
    if (change.scored().isEmpty()) {
      return "";
    }
    return " Your text, to send again if you still want to: " + change.scored().get(0).text();
  }

  private Change answerStep(PracticeSession s, String text) {
    Question q = question(s);
    Step step = STEPS[s.position()];
    Instant now = clock.instant();
    long reply = millisSince(s.promptedAt(), now);
    int target = q.targetSeconds(step);
    Assessment a =
        scorer.assess(new ScoreRequest(AnswerKind.of(step), text, s.level(), null, target));
    PracticeSession answered =
        s.withAnswer(
            new RecordedAnswer(
                AnswerKind.of(step),
                s.position(),
                step.label(),
                text,
                a.score(),
                a.spokenSeconds(),
                target,
                reply,
                now,
                false));
    List<CoachReply> replies = new ArrayList<>();
    replies.add(new CoachReply.AnswerFeedback(AnswerKind.of(step), step, step.label(), a, reply));
    if (s.mode() == SessionMode.GUIDED && q.isWalkthrough()) {
      replies.add(strongExample(q, step, s.level()));
    }
    PracticeSession next = afterStep(answered, q, now, replies);
    return new Change(
        next, List.of(scoredAnswer(s, q, AnswerKind.of(step), text, a, reply, now)), replies);
  }

  private PracticeSession afterStep(
      PracticeSession answered, Question q, Instant now, List<CoachReply> replies) {
    int nextPosition = answered.position() + 1;
    if (nextPosition < STEPS.length) {
      PracticeSession next = answered.advance(Phase.STEPS, nextPosition, now);
      replies.add(currentPrompt(next, q));
      return next;
    }
    PracticeSession done = answered.advance(Phase.FINISHED, nextPosition, now);
    replies.add(summary(done, q, true));
    return done;
  }

  private Change answerFull(PracticeSession s, String text) {
    Question q = question(s);
    Instant now = clock.instant();
    long reply = millisSince(s.promptedAt(), now);
    int budget = q.totalBudgetSeconds(s.level());
    Assessment full =
        scorer.assess(new ScoreRequest(AnswerKind.FULL, text, s.level(), null, budget));
    List<CoachReply.PartScore> parts = partScores(full, q, s.level());
    List<Step> missing = missingSteps(parts);
    List<Integer> plan = probePlan(q, parts, full.score());
    PracticeSession answered =
        s.withAnswer(
                new RecordedAnswer(
                    AnswerKind.FULL,
                    0,
                    "Full answer",
                    text,
                    full.score(),
                    full.spokenSeconds(),
                    budget,
                    reply,
                    now,
                    false))
            .withProbePlan(plan);
    List<CoachReply> replies = new ArrayList<>();
    replies.add(new CoachReply.MockBreakdown(full, parts, missing, reply, budget));
    PracticeSession next;
    if (plan.isEmpty()) {
      next = answered.advance(Phase.FINISHED, 0, now);
      replies.add(verdictCard(next, q));
    } else {
      next = answered.advance(Phase.PROBES, 0, now);
      replies.add(currentPrompt(next, q));
    }
    return new Change(
        next, List.of(scoredAnswer(s, q, AnswerKind.FULL, text, full, reply, now)), replies);
  }

  /** The STAR steps no part of a full answer was found for, in STAR order. */
  private static List<Step> missingSteps(List<CoachReply.PartScore> parts) {
    Set<Step> found = new HashSet<>();
    parts.forEach(p -> found.add(p.step()));
    List<Step> missing = new ArrayList<>();
    for (Step step : STEPS) {
      if (!found.contains(step)) {
        missing.add(step);
      }
    }
    return missing;
  }

  /**
   * Why an answer cannot be taken (empty, or over the limit, which is named: answers are refused,
   * never truncated), or empty when it can.
   */
  private Optional<ErrorNotice> refusal(String text, String emptyHint) {
    if (text.isEmpty()) {
      return Optional.of(
          new ErrorNotice(ErrorCode.EMPTY_ANSWER, "That answer is empty. " + emptyHint));
    }
    int length = text.codePointCount(0, text.length());
    if (length > settings.maxAnswerChars()) {
      return Optional.of(
          new ErrorNotice(
              ErrorCode.ANSWER_TOO_LONG,
              "That answer is "
                  + length
                  + " characters; the limit is "
                  + settings.maxAnswerChars()
                  + ". Nothing was saved: shorten it and send it again (shorter is better spoken,"
                  + " too)."));
    }
    return Optional.empty();
  }

  private List<CoachReply.PartScore> partScores(Assessment full, Question q, Level level) {
    Map<Step, StringBuilder> byStep = new EnumMap<>(Step.class);
    for (Segment segment : full.segments()) {
      if (segment.text() == null || segment.text().isBlank()) {
        continue;
      }
      byStep
          .computeIfAbsent(segment.step(), k -> new StringBuilder())
          .append(byStep.containsKey(segment.step()) ? " " : "")
          .append(segment.text().strip());
    }
    List<CoachReply.PartScore> parts = new ArrayList<>();
    for (Map.Entry<Step, StringBuilder> e : byStep.entrySet()) {
      String partText = e.getValue().toString().strip();
      Assessment a =
          scorer.assess(
              new ScoreRequest(
                  AnswerKind.of(e.getKey()), partText, level, null, q.targetSeconds(e.getKey())));
      parts.add(new CoachReply.PartScore(e.getKey(), partText, a));
    }
    return parts;
  }

  /** Two or three probes, aimed first at the weakest or missing steps of the answer. */
  private List<Integer> probePlan(Question q, List<CoachReply.PartScore> parts, int fullScore) {
    Map<Step, Integer> strength = new EnumMap<>(Step.class);
    for (Step step : STEPS) {
      strength.put(step, 0);
    }
    parts.forEach(p -> strength.put(p.step(), p.assessment().score()));
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < q.probes().size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparingInt((Integer i) -> strength.get(q.probes().get(i).focus()))
            .thenComparingInt(i -> i));
    int count = fullScore >= 80 ? 2 : settings.maxProbes();
    return List.copyOf(order.subList(0, Math.min(count, order.size())));
  }

  private Change answerProbe(PracticeSession s, String text) {
    Question q = question(s);
    Probe probe = q.probes().get(s.probePlan().get(s.position()));
    Instant now = clock.instant();
    long reply = millisSince(s.promptedAt(), now);
    Assessment a =
        scorer.assess(new ScoreRequest(AnswerKind.PROBE, text, s.level(), probe.question(), 0));
    PracticeSession answered =
        s.withAnswer(
            new RecordedAnswer(
                AnswerKind.PROBE,
                s.position(),
                probe.question(),
                text,
                a.score(),
                a.spokenSeconds(),
                a.targetSeconds(),
                reply,
                now,
                false));
    List<CoachReply> replies = new ArrayList<>();
    replies.add(new CoachReply.AnswerFeedback(AnswerKind.PROBE, null, probe.question(), a, reply));
    PracticeSession next = afterProbe(answered, q, now, replies);
    return new Change(
        next, List.of(scoredAnswer(s, q, AnswerKind.PROBE, text, a, reply, now)), replies);
  }

  private PracticeSession afterProbe(
      PracticeSession answered, Question q, Instant now, List<CoachReply> replies) {
    int nextPosition = answered.position() + 1;
    if (nextPosition < answered.probePlan().size()) {
      PracticeSession next = answered.advance(Phase.PROBES, nextPosition, now);
      replies.add(currentPrompt(next, q));
      return next;
    }
    PracticeSession done = answered.advance(Phase.FINISHED, nextPosition, now);
    replies.add(verdictCard(done, q));
    return done;
  }

  private CoachReply.VerdictCard verdictCard(PracticeSession s, Question q) {
    Assessment full = null;
    List<Assessment> probes = new ArrayList<>();
    int skippedProbes = 0;
    for (RecordedAnswer answer : s.answers()) {
      if (answer.kind() == AnswerKind.FULL) {
        full =
            scorer.assess(
                new ScoreRequest(
                    AnswerKind.FULL, answer.text(), s.level(), null, answer.targetSeconds()));
      } else if (answer.kind() == AnswerKind.PROBE) {
        if (answer.skipped()) {
          skippedProbes++;
        } else {
          probes.add(
              scorer.assess(
                  new ScoreRequest(
                      AnswerKind.PROBE, answer.text(), s.level(), answer.prompt(), 0)));
        }
      }
    }
    BarRaiserVerdict verdict = scorer.conclude(full, probes, s.level());
    if (skippedProbes > 0) {
      List<String> reasons = new ArrayList<>(verdict.reasons());
      reasons.add(
          "Skipped "
              + skippedProbes
              + " follow-up probe"
              + (skippedProbes == 1 ? "" : "s")
              + ": in a real loop a dodged probe reads as a gap in the story.");
      verdict =
          new BarRaiserVerdict(
              verdict.verdict().atMost(dev.starcoach.core.content.Verdict.HIRE),
              verdict.score(),
              reasons);
    }
    return new CoachReply.VerdictCard(q, s.level(), verdict);
  }

  // ---- skip, stop, hint ----

  private Change skip(PracticeSession s) {
    Question q = question(s);
    Instant now = clock.instant();
    long reply = millisSince(s.promptedAt(), now);
    List<CoachReply> replies = new ArrayList<>();
    return switch (s.phase()) {
      case STEPS -> {
        Step step = STEPS[s.position()];
        PracticeSession skipped =
            s.withAnswer(
                new RecordedAnswer(
                    AnswerKind.of(step),
                    s.position(),
                    step.label(),
                    "",
                    -1,
                    0,
                    q.targetSeconds(step),
                    reply,
                    now,
                    true));
        replies.add(new CoachReply.Notice("Skipped " + step.label() + "."));
        if (s.mode() == SessionMode.GUIDED && q.isWalkthrough()) {
          replies.add(strongExample(q, step, s.level()));
        }
        yield new Change(afterStep(skipped, q, now, replies), List.of(), replies);
      }
      case PROBES -> {
        Probe probe = q.probes().get(s.probePlan().get(s.position()));
        PracticeSession skipped =
            s.withAnswer(
                new RecordedAnswer(
                    AnswerKind.PROBE,
                    s.position(),
                    probe.question(),
                    "",
                    -1,
                    0,
                    0,
                    reply,
                    now,
                    true));
        replies.add(new CoachReply.Notice("Skipped that probe."));
        yield new Change(afterProbe(skipped, q, now, replies), List.of(), replies);
      }
      case QUIZ -> {
        QuizItem item = q.walkthrough().quiz().get(s.position());
        replies.add(
            new CoachReply.QuizFeedback(
                s.position() + 1,
                false,
                0,
                item.answer() + 1,
                item.options().get(item.answer()),
                item.explanation()));
        yield new Change(afterQuizItem(s, q, now, replies), List.of(), replies);
      }
      default -> {
        replies.add(
            new CoachReply.Notice(
                "A mock interview is one answer: tell the whole story, or stop to end it."));
        yield new Change(s, List.of(), replies);
      }
    };
  }

  private Change stop(PracticeSession s) {
    Question q = question(s);
    Instant now = clock.instant();
    PracticeSession stopped = s.advance(Phase.STOPPED, s.position(), now);
    List<CoachReply> replies = new ArrayList<>();
    switch (s.mode()) {
      case QUIZ -> replies.add(new CoachReply.QuizSummary(q, s.quizCorrect(), s.position()));
      case MOCK -> {
        boolean answeredFull = s.answers().stream().anyMatch(a -> a.kind() == AnswerKind.FULL);
        if (answeredFull) {
          replies.add(verdictCard(stopped, q));
        } else {
          replies.add(new CoachReply.Notice("Mock interview stopped before an answer was given."));
        }
      }
      default -> replies.add(summary(stopped, q, false));
    }
    return new Change(stopped, List.of(), replies);
  }

  private void hint(PracticeSession s, Conversation to) {
    Question q = question(s);
    resumeIfNew(s, to);
    switch (s.phase()) {
      case STEPS -> {
        Step step = STEPS[s.position()];
        to.send(stepHint(q, step));
      }
      case PROBES -> {
        Probe probe = q.probes().get(s.probePlan().get(s.position()));
        to.send(
            new CoachReply.Hint(
                probe.focus(),
                "This probe tests: "
                    + probe.probes()
                    + ". Answer with what you did yourself, the evidence you had, and how you"
                    + " followed it through.",
                "Answering with what someone else did, or with a problem but no solution.",
                List.of()));
      }
      case FULL_ANSWER ->
          to.send(
              new CoachReply.Hint(
                  null,
                  "Tell it in STAR order in about "
                      + q.totalBudgetSeconds(s.level())
                      + " seconds: Situation "
                      + q.targetSeconds(Step.SITUATION)
                      + " s, Task "
                      + q.targetSeconds(Step.TASK)
                      + " s, Action "
                      + q.targetSeconds(Step.ACTION)
                      + " s, Result "
                      + q.targetSeconds(Step.RESULT)
                      + " s, Reflection "
                      + q.targetSeconds(Step.REFLECTION)
                      + " s.",
                  "Running out of time before the Result: the part the interviewer remembers.",
                  List.of()));
      case QUIZ ->
          to.send(new CoachReply.Notice("No hints in a quiz: pick the option you think is right."));
      default -> to.send(new CoachReply.Notice("No practice is open."));
    }
  }

  private CoachReply.Hint stepHint(Question q, Step step) {
    if (q.isWalkthrough()) {
      StepGuide guide = q.walkthrough().step(step);
      return new CoachReply.Hint(step, guide.coaching(), guide.commonMistake(), guide.keyPhrases());
    }
    return new CoachReply.Hint(
        step,
        GenericCoaching.tip(step),
        GenericCoaching.mistake(step),
        GenericCoaching.keyPhrases(step));
  }

  private CoachReply.StrongExample strongExample(Question q, Step step, Level level) {
    Walkthrough w = q.walkthrough();
    StepGuide guide = w.step(step);
    String example = step == Step.REFLECTION ? w.reflectionFor(level) : guide.example();
    return new CoachReply.StrongExample(step, example, guide.keyPhrases());
  }

  // ---- quiz ----

  private void choose(PracticeSession s, int option, Conversation to) {
    if (s.phase() != Phase.QUIZ) {
      to.send(
          new ErrorNotice(
              ErrorCode.BAD_CHOICE,
              "There is no quiz question open; your practice is waiting for "
                  + positionLabel(s)
                  + "."));
      return;
    }
    Question q = question(s);
    QuizItem item = q.walkthrough().quiz().get(s.position());
    if (option < 1 || option > item.options().size()) {
      to.send(
          new ErrorNotice(
              ErrorCode.BAD_CHOICE, "Choose an option from 1 to " + item.options().size() + "."));
      return;
    }
    int chosen = option - 1;
    boolean correct = chosen == item.answer();
    Instant now = clock.instant();
    int number = s.position() + 1;
    mutate(
        s,
        to,
        current -> {
          List<CoachReply> replies = new ArrayList<>();
          replies.add(
              new CoachReply.QuizFeedback(
                  number,
                  correct,
                  option,
                  item.answer() + 1,
                  item.options().get(item.answer()),
                  item.explanation()));
          PracticeSession scored = correct ? current.withQuizPoint() : current;
          return new Change(afterQuizItem(scored, q, now, replies), List.of(), replies);
        });
    stores
        .quiz()
        .record(
            new QuizAttempt(s.key().person(), q.id(), s.position(), chosen, item.answer(), now));
  }

  private PracticeSession afterQuizItem(
      PracticeSession s, Question q, Instant now, List<CoachReply> replies) {
    int next = s.position() + 1;
    int total = q.walkthrough().quiz().size();
    if (next < total) {
      PracticeSession moved = s.advance(Phase.QUIZ, next, now);
      replies.add(currentPrompt(moved, q));
      return moved;
    }
    PracticeSession done = s.advance(Phase.FINISHED, next, now);
    replies.add(new CoachReply.QuizSummary(q, done.quizCorrect(), total));
    return done;
  }

  private static int parseOption(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[).:\\s]+$", "");
    if (t.matches("[1-9]")) {
      return Integer.parseInt(t);
    }
    if (t.matches("[a-i]")) {
      return t.charAt(0) - 'a' + 1;
    }
    return -1;
  }

  // ---- lens, list, level, data ----

  private void showLens(SessionKey key, String principleText, Conversation to) {
    Optional<Question> question =
        stores.sessions().findOpen(key).flatMap(s -> bank.byId(s.questionId()));
    if (question.isEmpty()) {
      question = lastPractised(key);
    }
    if (question.isEmpty()) {
      to.send(
          new ErrorNotice(
              ErrorCode.NOT_AVAILABLE,
              "A lens retells a story you have practised for another principle. Practise a"
                  + " question first, then ask for a lens."));
      return;
    }
    Question q = question.get();
    List<Lens> lenses = q.isWalkthrough() ? q.walkthrough().lenses() : List.of();
    if (principleText == null || principleText.isBlank()) {
      to.send(new CoachReply.LensChoices(q, lenses));
      return;
    }
    Optional<Principle> principle = Principle.parse(principleText);
    if (principle.isEmpty()) {
      to.send(
          new ErrorNotice(
              ErrorCode.UNKNOWN_PRINCIPLE,
              "\"" + principleText.strip() + "\" is not one of the 16 Leadership Principles."));
      return;
    }
    Lens lens =
        lenses.stream()
            .filter(l -> l.principle() == principle.get())
            .findFirst()
            .orElseGet(() -> GenericCoaching.lens(principle.get()));
    to.send(new CoachReply.LensCard(q, lens));
  }

  private void listQuestions(String principleText, Conversation to) {
    if (principleText == null || principleText.isBlank()) {
      to.send(new CoachReply.QuestionList(null, bank.all()));
      return;
    }
    Optional<Principle> principle = Principle.parse(principleText);
    if (principle.isEmpty()) {
      to.send(
          new ErrorNotice(
              ErrorCode.UNKNOWN_PRINCIPLE,
              "\"" + principleText.strip() + "\" is not one of the 16 Leadership Principles."));
      return;
    }
    to.send(new CoachReply.QuestionList(principle.get(), bank.byPrinciple(principle.get())));
  }

  private void changeLevel(SessionKey key, Level level, Conversation to) {
    if (level == null) {
      to.send(new CoachReply.LevelInfo(levelOf(key), false));
      return;
    }
    PersonSettings current =
        stores.settings().find(key.person()).orElse(PersonSettings.defaults(key.person()));
    stores.settings().save(new PersonSettings(key.person(), level, current.zone()));
    to.send(new CoachReply.LevelInfo(level, true));
  }

  private void changeZone(SessionKey key, String zoneText, Conversation to) {
    PersonSettings current =
        stores.settings().find(key.person()).orElse(PersonSettings.defaults(key.person()));
    if (zoneText == null || zoneText.isBlank()) {
      to.send(
          new CoachReply.Notice(
              current.zone() == null
                  ? "You have not set a time zone; streaks use your channel's zone (or UTC)."
                      + " Set one with: timezone Europe/Berlin"
                  : "Your time zone is " + current.zone().getId() + "."));
      return;
    }
    java.time.ZoneId zone;
    try {
      zone = java.time.ZoneId.of(zoneText.strip());
    } catch (java.time.DateTimeException e) {
      to.send(
          new ErrorNotice(
              ErrorCode.NOT_AVAILABLE,
              "\""
                  + zoneText.strip()
                  + "\" is not an IANA time zone; write it like Europe/Berlin"
                  + " or America/New_York."));
      return;
    }
    stores.settings().save(new PersonSettings(key.person(), current.level(), zone));
    to.send(
        new CoachReply.Notice(
            "Time zone set to " + zone.getId() + ". Streaks now count days in that zone."));
  }

  private void setReminders(SessionKey key, Boolean on, Conversation to) {
    if (reminders == null) {
      to.send(
          new CoachReply.Notice(
              "Reminders are not available here. In Discord and Slack, the bot can send you a"
                  + " direct message when a practice you started is left unfinished for a day."));
      return;
    }
    if (on == null) {
      to.send(
          new CoachReply.Notice(
              reminders.optedIn(key.person())
                  ? "Reminders are on: if you leave a practice unfinished for a day, you get one"
                      + " direct message about it. Turn them off with: remind off"
                  : "Reminders are off. Turn them on with: remind on (one direct message when a"
                      + " practice you started is left unfinished for a day)"));
      return;
    }
    reminders.setOptIn(key.person(), on);
    to.send(
        new CoachReply.Notice(
            on
                ? "Reminders on. If you leave a practice unfinished for a day, you get one direct"
                    + " message about it."
                : "Reminders off. You will not get messages about unfinished practices."));
  }

  private void forget(SessionKey key, boolean confirmed, Conversation to) {
    if (!confirmed) {
      to.send(new CoachReply.ForgetConfirmation());
      return;
    }
    stores.sessions().sessionsOf(key.person()).forEach(s -> liveSessions.remove(s.id()));
    int removed = stores.eraser().forget(key.person());
    to.send(new CoachReply.Forgotten(removed));
  }

  // ---- shared helpers ----

  private void withOpenSession(
      SessionKey key, Conversation to, java.util.function.Consumer<PracticeSession> action) {
    Optional<PracticeSession> open = stores.sessions().findOpen(key);
    if (open.isEmpty()) {
      to.send(
          new ErrorNotice(
              ErrorCode.NO_SESSION,
              "No practice is open. Start one with practice (guided, drill or mock) or quiz."));
      return;
    }
    action.accept(open.get());
  }

  private void resumeIfNew(PracticeSession session, Conversation to) {
    if (!liveSessions.contains(session.id())) {
      resume(session, to, false);
    }
  }

  private void resume(PracticeSession session, Conversation to, boolean repeatPrompt) {
    Optional<Question> question = bank.byId(session.questionId());
    if (question.isEmpty()) {
      return;
    }
    liveSessions.add(session.id());
    to.send(new CoachReply.ResumeNotice(session.mode(), question.get(), positionLabel(session)));
    if (repeatPrompt) {
      to.send(currentPrompt(session, question.get()));
    }
  }

  private CoachReply currentPrompt(PracticeSession s, Question q) {
    return switch (s.phase()) {
      case STEPS -> {
        Step step = STEPS[s.position()];
        boolean guided = s.mode() == SessionMode.GUIDED;
        String coaching = null;
        String mistake = null;
        if (guided) {
          StepGuide guide = q.isWalkthrough() ? q.walkthrough().step(step) : null;
          coaching = guide != null ? guide.coaching() : GenericCoaching.tip(step);
          mistake = guide != null ? guide.commonMistake() : GenericCoaching.mistake(step);
        }
        yield new CoachReply.StepPrompt(
            step,
            s.position() + 1,
            STEPS.length,
            q.targetSeconds(step),
            coaching,
            mistake,
            GenericCoaching.levelNote(step, s.level()));
      }
      case FULL_ANSWER ->
          new CoachReply.FullAnswerPrompt(q, s.level(), q.totalBudgetSeconds(s.level()));
      case PROBES -> {
        Probe probe = q.probes().get(s.probePlan().get(s.position()));
        yield new CoachReply.ProbePrompt(
            s.position() + 1, s.probePlan().size(), probe.question(), probe.focus());
      }
      case QUIZ ->
          new CoachReply.QuizQuestion(
              q,
              s.position() + 1,
              q.walkthrough().quiz().size(),
              q.walkthrough().quiz().get(s.position()));
      default -> new CoachReply.Notice("This practice is finished.");
    };
  }

  private String positionLabel(PracticeSession s) {
    return switch (s.phase()) {
      case STEPS -> STEPS[Math.min(s.position(), STEPS.length - 1)].label();
      case FULL_ANSWER -> "the full answer";
      case PROBES -> "probe " + (s.position() + 1) + " of " + s.probePlan().size();
      case QUIZ -> "quiz question " + (s.position() + 1);
      default -> "the end";
    };
  }

  private CoachReply.SessionSummary summary(PracticeSession s, Question q, boolean completed) {
    List<CoachReply.SummaryRow> rows = new ArrayList<>();
    int total = 0;
    int scored = 0;
    double spoken = 0;
    for (RecordedAnswer a : s.answers()) {
      rows.add(
          new CoachReply.SummaryRow(
              a.prompt(), a.score(), a.spokenSeconds(), a.targetSeconds(), a.replyMillis()));
      if (!a.skipped()) {
        total += a.score();
        scored++;
        spoken += a.spokenSeconds();
      }
    }
    int average = scored == 0 ? 0 : Math.round((float) total / scored);
    return new CoachReply.SessionSummary(
        q, s.mode(), s.level(), rows, average, spoken, q.totalBudgetSeconds(s.level()), completed);
  }

  private ScoredAnswer scoredAnswer(
      PracticeSession s,
      Question q,
      AnswerKind kind,
      String text,
      Assessment a,
      long reply,
      Instant now) {
    return new ScoredAnswer(
        newId(),
        s.id(),
        s.key(),
        q.id(),
        q.principle(),
        s.mode(),
        kind,
        s.level(),
        text,
        a.score(),
        a.spokenSeconds(),
        a.targetSeconds(),
        reply,
        a.findings(),
        now);
  }

  private Question question(PracticeSession s) {
    return bank.byId(s.questionId())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "session "
                        + s.id()
                        + " refers to question '"
                        + s.questionId()
                        + "', which is no longer loaded"));
  }

  private Optional<Question> lastPractised(SessionKey key) {
    List<PracticeSession> sessions = stores.sessions().sessionsOf(key.person());
    Optional<Question> latestSession =
        sessions.stream()
            .max(Comparator.comparing(PracticeSession::updatedAt))
            .flatMap(s -> bank.byId(s.questionId()));
    if (latestSession.isPresent()) {
      return latestSession;
    }
    return stores.history().recentQuestionIds(key.person(), 1).stream()
        .findFirst()
        .flatMap(bank::byId);
  }

  private Level levelOf(SessionKey key) {
    return stores.settings().find(key.person()).map(PersonSettings::level).orElse(Level.SDE2);
  }

  private static List<Question> walkthroughsWithQuiz(List<Question> questions) {
    return questions.stream()
        .filter(q -> q.isWalkthrough() && !q.walkthrough().quiz().isEmpty())
        .collect(Collectors.toList());
  }

  private Question randomOf(List<Question> questions) {
    return questions.isEmpty() ? null : questions.get(random.nextInt(questions.size()));
  }

  private String newId() {
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }

  private static long millisSince(Instant from, Instant to) {
    return Math.max(0, Duration.between(from, to).toMillis());
  }
}
