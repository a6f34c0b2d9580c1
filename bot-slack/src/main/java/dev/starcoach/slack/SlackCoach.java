package dev.starcoach.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.view.ViewState;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.TextCommand;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack adapter proper: registers the {@code /star} command, the buttons, the answer modal and
 * the message and App Home events on a Bolt {@link App}. Each handler only parses and acknowledges;
 * the engine call and the posting run afterwards on a per-person queue.
 *
 * <p>A person is {@code SessionKey.of("slack", "team:<team>", user)}: one practice per person per
 * workspace. It runs in the DM with the bot, or in a thread when started from a channel. Daily
 * questions ({@link SlackDaily}) and progress ({@link SlackProgress}) are handed off; an answer in
 * a daily post's thread is stored under {@code team:<team>#chan:<channel>}.
 */
final class SlackCoach {
  static final String PLATFORM = "slack";
  private static final Logger LOG = LoggerFactory.getLogger(SlackCoach.class);
  private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,30}");
  private static final long CALL_TIMEOUT_SECONDS = 10;

  private final CoachPort coach;
  private final SlackPoster poster;
  private final ReplyRenderer renderer;
  private final DeliveryBook book = new DeliveryBook();
  private final KeyedSerialExecutor work;
  private final SlackDaily daily;
  private final SlackProgress progress;

  /**
   * @param places the core's daily and stats services, or null to run without {@code daily}, {@code
   *     stats} and {@code leaderboard}
   */
  SlackCoach(
      CoachPort coach,
      PlaceServices places,
      SlackPoster poster,
      SlackDirectory directory,
      DailyThreads threads,
      ReplyRenderer renderer,
      KeyedSerialExecutor work,
      Clock clock) {
    this.coach = coach;
    this.poster = poster;
    this.renderer = renderer;
    this.work = work;
    this.daily =
        places == null
            ? null
            : new SlackDaily(
                coach,
                places,
                poster,
                directory,
                new DailyRenderer(),
                renderer,
                threads,
                (team, user) -> direct(DeliveryBook.person(team, user), user));
    this.progress =
        new SlackProgress(
            coach,
            places,
            poster,
            directory,
            new ProgressRenderer(),
            renderer,
            (team, user) -> direct(DeliveryBook.person(team, user), user),
            clock);
  }

  /** Registers every listener on the app. */
  void register(App app) {
    app.command("/star", this::onSlash);
    app.blockAction(Pattern.compile("^" + Pattern.quote(ActionIds.PREFIX) + ".*"), this::onButton);
    app.viewSubmission(ActionIds.ANSWER_MODAL, this::onModal);
    app.event(MessageEvent.class, this::onMessageEvent);
    app.event(AppHomeOpenedEvent.class, this::onHomeOpened);
  }

  // ---- Bolt listeners: parse, queue, acknowledge ----

  private Response onSlash(SlashCommandRequest req, SlashCommandContext ctx) {
    SlashCommandPayload p = req.getPayload();
    String team = firstNonBlank(p.getTeamId(), ctx.getTeamId());
    work.submit(DeliveryBook.person(team, p.getUserId()), () -> slash(p, team));
    return ctx.ack();
  }

  private Response onButton(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    if (p.getActions() == null || p.getActions().isEmpty() || p.getUser() == null) {
      return ctx.ack();
    }
    BlockActionPayload.Action action = p.getActions().get(0);
    String user = p.getUser().getId();
    String team = firstNonBlank(p.getTeam() == null ? null : p.getTeam().getId(), ctx.getTeamId());
    String person = DeliveryBook.person(team, user);
    BlockActionPayload.Container container = p.getContainer();
    String channel =
        p.getChannel() != null
            ? p.getChannel().getId()
            : container == null ? null : container.getChannelId();
    Destination here =
        channel == null
            ? null
            : new Destination(channel, container == null ? null : container.getThreadTs());
    String actionId = action.getActionId();
    if (ActionIds.ANSWER.equals(actionId)) {
      if (here != null) {
        String trigger = p.getTriggerId();
        String label = action.getValue();
        work.run(() -> openAnswerModal(trigger, label, here));
      }
    } else if (ActionIds.DAILY_PRACTICE.equals(actionId)) {
      Optional<DailyThreads.DailyRef> ref = DailyThreads.DailyRef.decode(action.getValue());
      ref.ifPresent(r -> work.submit(person, () -> startFromDaily(team, user, r, here)));
    } else if (actionId.startsWith(ActionIds.HOME_START)) {
      Optional<SessionMode> mode = SessionMode.parse(action.getValue());
      mode.ifPresent(m -> work.submit(person, () -> startFromHome(team, user, m)));
    } else {
      CoachEvent event = buttonEvent(actionId);
      if (event != null) {
        String responseUrl =
            container != null && container.isEphemeral() ? p.getResponseUrl() : null;
        work.submit(person, () -> interaction(team, user, event, here, responseUrl));
      }
    }
    return ctx.ack();
  }

  private Response onModal(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    ViewSubmissionPayload p = req.getPayload();
    String text = modalText(p);
    if (text == null || text.isBlank()) {
      return ctx.ack(
          r ->
              r.responseAction("errors").errors(Map.of(ActionIds.ANSWER_BLOCK, "Type an answer.")));
    }
    String user = p.getUser().getId();
    String team = firstNonBlank(p.getTeam() == null ? null : p.getTeam().getId(), ctx.getTeamId());
    Destination replyTo = Destination.decode(p.getView().getPrivateMetadata());
    work.submit(
        DeliveryBook.person(team, user),
        () -> interaction(team, user, new CoachEvent.SubmitAnswer(text), replyTo, null));
    return ctx.ack();
  }

  private Response onMessageEvent(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
    MessageEvent m = payload.getEvent();
    if (m == null
        || m.getUser() == null
        || m.getBotId() != null
        || m.getBotProfile() != null
        || m.getEdited() != null
        || m.getUser().equals(ctx.getBotUserId())) {
      return ctx.ack();
    }
    String team = firstNonBlank(payload.getTeamId(), m.getTeam(), ctx.getTeamId());
    String botUser = ctx.getBotUserId();
    work.submit(DeliveryBook.person(team, m.getUser()), () -> message(team, m, botUser));
    return ctx.ack();
  }

  private Response onHomeOpened(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
    AppHomeOpenedEvent e = payload.getEvent();
    if (e != null && "home".equals(e.getTab()) && e.getUser() != null) {
      String team = firstNonBlank(payload.getTeamId(), ctx.getTeamId());
      work.submit(DeliveryBook.person(team, e.getUser()), () -> publishHome(team, e.getUser()));
    }
    return ctx.ack();
  }

  // ---- the work after the acknowledgement ----

  private void slash(SlashCommandPayload p, String team) {
    String user = p.getUserId();
    String person = DeliveryBook.person(team, user);
    String url = p.getResponseUrl();
    SlashRequest request = SlashRequest.parse(p.getText());
    if (request instanceof SlashRequest.ShowHelp help) {
      respond(url, List.of(renderer.help(help.unknownWord())));
      return;
    }
    if (request instanceof SlashRequest.Daily d) {
      if (daily == null) {
        respond(url, List.of(renderer.notAvailable("daily")));
      } else {
        daily.command(team, user, p.getChannelId(), d.args(), url);
      }
      return;
    }
    if (request instanceof SlashRequest.Stats) {
      if (daily == null) {
        respond(url, List.of(renderer.notAvailable("stats")));
      } else {
        progress.stats(team, user, p.getChannelId(), url);
      }
      return;
    }
    if (request instanceof SlashRequest.Board board) {
      if (daily == null) {
        respond(url, List.of(renderer.notAvailable("leaderboard")));
      } else {
        progress.leaderboard(team, user, p.getChannelId(), board.args(), url);
      }
      return;
    }
    if (request instanceof SlashRequest.Invalid invalid) {
      respond(url, List.of(renderer.invalid(invalid.message())));
      return;
    }
    CoachEvent event = ((SlashRequest.ToEngine) request).event();
    SessionKey key = key(team, user);
    if (event instanceof CoachEvent.ExportData) {
      Optional<Destination> dm = direct(person, user);
      if (dm.isPresent()) {
        deliver(dm.get(), handle(key, event));
        respond(url, List.of(renderer.plain("I sent your data export to our DM.")));
      } else {
        respond(url, List.of(renderer.plain(":warning: I could not open a DM to send it.")));
      }
      return;
    }
    List<CoachReply> replies = handle(key, event);
    boolean starting =
        event instanceof CoachEvent.StartPractice || event instanceof CoachEvent.StartQuiz;
    if (starting && startedSession(replies)) {
      Destination where = practiceLocation(p, person, user, modeOf(event));
      if (where == null) {
        respond(url, List.of(renderer.plain(":warning: I could not open a DM with you.")));
        respond(url, renderer.renderAll(replies));
        return;
      }
      book.practiceAt(person, where);
      deliver(where, replies);
      if (where.direct() && !where.channel().equals(p.getChannelId())) {
        respond(
            url,
            List.of(
                renderer.plain(
                    "I can't post in this channel, so your practice is in our DM (Messages tab).")));
      }
      return;
    }
    if (isSessionEvent(event)) {
      Optional<Destination> known = book.practiceOf(person);
      if (known.isPresent()) {
        deliver(known.get(), replies);
        if (!known.get().channel().equals(p.getChannelId())) {
          respond(url, List.of(renderer.plain("Done: your practice continues where it started.")));
        }
        return;
      }
    }
    respond(url, renderer.renderAll(replies));
  }

  private void interaction(
      String team, String user, CoachEvent event, Destination here, String responseUrl) {
    SessionKey key = key(team, user);
    String person = DeliveryBook.person(team, user);
    if (responseUrl != null) {
      respond(responseUrl, renderer.renderAll(handle(key, event)));
      return;
    }
    Destination at = here;
    if (at == null) {
      at = book.practiceOf(person).or(() -> direct(person, user)).orElse(null);
      if (at == null) {
        LOG.warn("No place to answer a Slack interaction");
        return;
      }
    }
    Optional<PracticeSession> open = coach.openSession(key);
    Optional<Destination> known = book.practiceOf(person);
    boolean theirs = at.direct() || known.map(at::equals).orElse(open.isPresent());
    List<CoachReply> replies = handle(key, event);
    if (theirs) {
      book.practiceAt(person, at);
      deliver(at, replies);
    } else {
      for (SlackPost post : renderer.renderAll(replies)) {
        poster
            .ephemeral(at, user, post)
            .whenComplete((r, e) -> SlackPoster.logged("chat.postEphemeral", r, e));
      }
    }
  }

  private void message(String team, MessageEvent m, String botUser) {
    String user = m.getUser();
    String person = DeliveryBook.person(team, user);
    SessionKey key = key(team, user);
    String text = SlackText.unescapeIncoming(m.getText()).strip();
    if (text.isEmpty() || m.getChannel() == null) {
      return;
    }
    boolean direct = "im".equals(m.getChannelType()) || m.getChannel().startsWith("D");
    Destination here = new Destination(m.getChannel(), m.getThreadTs());
    Optional<PracticeSession> open = coach.openSession(key);
    if (!direct) {
      if (here.threadTs() == null) {
        return;
      }
      Optional<Destination> known = book.practiceOf(person);
      if (daily != null && !known.map(here::equals).orElse(false)) {
        Optional<DailyThreads.DailyRef> ref =
            daily.threadRef(m.getChannel(), m.getThreadTs(), m.getParentUserId(), botUser);
        if (ref.isPresent()) {
          daily.answer(team, user, here, ref.get(), text);
          return;
        }
      }
      boolean theirs =
          known.isPresent()
              ? known.get().equals(here)
              : open.isPresent() && botUser != null && botUser.equals(m.getParentUserId());
      if (!theirs) {
        return;
      }
    } else {
      book.directChannel(person, m.getChannel());
    }
    CoachEvent event = textEvent(text, open.isPresent());
    if (event == null) {
      if (direct) {
        deliver(here, renderer.help(null));
      }
      return;
    }
    List<CoachReply> replies = handle(key, event);
    if (open.isPresent() || startedSession(replies)) {
      book.practiceAt(person, here);
    }
    deliver(here, replies);
  }

  private void startFromHome(String team, String user, SessionMode mode) {
    String person = DeliveryBook.person(team, user);
    Optional<Destination> dm = direct(person, user);
    if (dm.isEmpty()) {
      return;
    }
    CoachEvent event =
        mode == SessionMode.QUIZ
            ? new CoachEvent.StartQuiz(null)
            : new CoachEvent.StartPractice(mode, null, null);
    List<CoachReply> replies = handle(key(team, user), event);
    if (startedSession(replies)) {
      book.practiceAt(person, dm.get());
    }
    deliver(dm.get(), replies);
  }

  private void openAnswerModal(String triggerId, String label, Destination replyTo) {
    poster
        .openModal(triggerId, renderer.answerModal(label, replyTo))
        .whenComplete((r, e) -> SlackPoster.logged("views.open", r, e));
  }

  private void startFromDaily(
      String team, String user, DailyThreads.DailyRef ref, Destination pressedIn) {
    String person = DeliveryBook.person(team, user);
    Optional<Destination> dm = direct(person, user);
    if (dm.isEmpty()) {
      if (pressedIn != null) {
        poster
            .ephemeral(pressedIn, user, renderer.plain(":warning: I could not open a DM with you."))
            .whenComplete((r, e) -> SlackPoster.logged("chat.postEphemeral", r, e));
      }
      return;
    }
    List<CoachReply> replies =
        handle(
            key(team, user),
            new CoachEvent.StartPractice(SessionMode.MOCK, ref.questionId(), ref.level()));
    boolean started = startedSession(replies);
    if (started) {
      book.practiceAt(person, dm.get());
    }
    deliver(dm.get(), replies);
    if (started && pressedIn != null && !pressedIn.direct()) {
      poster
          .ephemeral(
              new Destination(pressedIn.channel(), null),
              user,
              renderer.plain(
                  "Your mock practice on this question is in our DM (Messages tab). Good luck!"))
          .whenComplete((r, e) -> SlackPoster.logged("chat.postEphemeral", r, e));
    }
  }

  private void publishHome(String team, String user) {
    poster
        .publishHome(user, progress.home(team, user))
        .whenComplete((r, e) -> SlackPoster.logged("views.publish", r, e));
  }

  // ---- helpers ----

  private List<CoachReply> handle(SessionKey key, CoachEvent event) {
    List<CoachReply> replies = new ArrayList<>();
    coach.handle(key, event, replies::add);
    return replies;
  }

  private void deliver(Destination to, List<CoachReply> replies) {
    for (SlackPost post : renderer.renderAll(replies)) {
      deliver(to, post);
    }
  }

  private void deliver(Destination to, SlackPost post) {
    poster.post(to, post).whenComplete((r, e) -> SlackPoster.logged("chat.postMessage", r, e));
  }

  private void respond(String responseUrl, List<SlackPost> posts) {
    poster.respondAll(responseUrl, posts);
  }

  /** Where a practice started by a slash command runs: the DM, or a new thread in the channel. */
  private Destination practiceLocation(
      SlashCommandPayload p, String person, String user, SessionMode mode) {
    String channel = p.getChannelId();
    if (channel == null || channel.startsWith("D") || "directmessage".equals(p.getChannelName())) {
      return direct(person, user).orElse(null);
    }
    String who = USER_ID.matcher(user).matches() ? "<@" + user + ">" : "Someone";
    SlackPost starter =
        renderer.plain(
            who
                + " started a "
                + mode.id()
                + " practice. Replies in this thread are taken as answers; the buttons act on"
                + " your own practice.");
    try {
      ChatPostMessageResponse r =
          poster
              .post(new Destination(channel, null), starter)
              .get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (r.isOk() && r.getTs() != null) {
        return new Destination(channel, r.getTs());
      }
      LOG.info("Cannot start a practice thread in a channel ({}); using the DM", r.getError());
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      LOG.warn("Posting a practice thread failed; using the DM: {}", e.toString());
    }
    return direct(person, user).orElse(null);
  }

  private Optional<Destination> direct(String person, String user) {
    Optional<String> known = book.directChannelOf(person);
    if (known.isPresent()) {
      return Optional.of(new Destination(known.get(), null));
    }
    try {
      String channel = poster.openDirect(user).get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      book.directChannel(person, channel);
      return Optional.of(new Destination(channel, null));
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      LOG.warn("Opening a DM failed: {}", e.toString());
      return Optional.empty();
    }
  }

  static SessionKey key(String team, String user) {
    return SessionKey.of(PLATFORM, "team:" + team, user);
  }

  /** The event for a plain message: an answer while a practice is open, else a text command. */
  static CoachEvent textEvent(String text, boolean sessionOpen) {
    String word = text.strip().toLowerCase(Locale.ROOT);
    if (word.startsWith("/")) {
      word = word.substring(1);
    }
    if (sessionOpen) {
      switch (word) {
        case "hint":
          return new CoachEvent.RequestHint();
        case "skip":
          return new CoachEvent.SkipStep();
        case "stop":
          return new CoachEvent.StopSession();
        case "help":
          return null;
        default:
          return new CoachEvent.SubmitAnswer(text);
      }
    }
    String line = word.startsWith("star ") ? text.strip().substring(word.indexOf(' ') + 1) : text;
    TextCommand parsed = TextCommand.parse(line);
    return parsed instanceof TextCommand.Run run ? run.event() : null;
  }

  private static CoachEvent buttonEvent(String actionId) {
    if (ActionIds.HINT.equals(actionId)) {
      return new CoachEvent.RequestHint();
    }
    if (ActionIds.SKIP.equals(actionId)) {
      return new CoachEvent.SkipStep();
    }
    if (ActionIds.STOP.equals(actionId)) {
      return new CoachEvent.StopSession();
    }
    if (ActionIds.FORGET_CONFIRM.equals(actionId)) {
      return new CoachEvent.ForgetData(true);
    }
    if (actionId.startsWith(ActionIds.QUIZ_OPTION)) {
      try {
        return new CoachEvent.ChooseOption(
            Integer.parseInt(actionId.substring(ActionIds.QUIZ_OPTION.length())));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static String modalText(ViewSubmissionPayload p) {
    if (p.getView() == null || p.getView().getState() == null) {
      return null;
    }
    Map<String, Map<String, ViewState.Value>> values = p.getView().getState().getValues();
    if (values == null || values.get(ActionIds.ANSWER_BLOCK) == null) {
      return null;
    }
    ViewState.Value value = values.get(ActionIds.ANSWER_BLOCK).get(ActionIds.ANSWER_INPUT);
    return value == null ? null : value.getValue();
  }

  private static boolean startedSession(List<CoachReply> replies) {
    for (CoachReply r : replies) {
      if (r instanceof CoachReply.PracticeStarted) {
        return true;
      }
      if (r instanceof CoachReply.QuizQuestion q && q.number() == 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSessionEvent(CoachEvent event) {
    return event instanceof CoachEvent.SubmitAnswer
        || event instanceof CoachEvent.RequestHint
        || event instanceof CoachEvent.SkipStep
        || event instanceof CoachEvent.StopSession
        || event instanceof CoachEvent.ChooseOption
        || event instanceof CoachEvent.Reconnect;
  }

  private static SessionMode modeOf(CoachEvent event) {
    if (event instanceof CoachEvent.StartPractice start && start.mode() != null) {
      return start.mode();
    }
    return event instanceof CoachEvent.StartQuiz ? SessionMode.QUIZ : SessionMode.DRILL;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return "unknown";
  }
}
