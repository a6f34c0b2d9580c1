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
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.MessageEvent;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.StoryRequest;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack adapter's listeners: registers the {@code /star} command, the buttons, the answer modal
 * and the message and App Home events on a Bolt {@link App}. Each handler only parses and
 * acknowledges; the engine call and the posting run afterwards on a per-person queue ({@link
 * SlackPractice}, {@link SlackDaily}, {@link SlackProgress}). What waits on Slack (a DM to open) is
 * a stage the person's next event waits for, never a worker thread ({@link
 * KeyedSerialExecutor#submitStaged}). Every command goes through the engine's one door ({@link
 * CoachPort#handle}); the adapter reads no store.
 *
 * <p>A person is {@code SessionKey.of("slack", "team:<team>", user)}: one practice per person per
 * workspace. It runs in the DM with the bot, or in a thread when started from a channel. An answer
 * in a daily post's thread is stored under {@code team:<team>#chan:<channel>}.
 */
final class SlackCoach {
  static final String PLATFORM = "slack";
  private static final Logger LOG = LoggerFactory.getLogger(SlackCoach.class);
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  private final SlackPoster poster;
  private final DeliveryBook book;
  private final KeyedSerialExecutor work;
  private final SlackPractice practice;
  private final SlackDaily daily;
  private final SlackProgress progress;
  private final AnswerModal modal;
  private final SlackStories stories;

  SlackCoach(
      CoachPort coach,
      PlaceAdmins placeAdmins,
      SlackPoster poster,
      SlackDirectory directory,
      DailyThreads threads,
      ReplyRenderer renderer,
      KeyedSerialExecutor work) {
    this.poster = poster;
    this.work = work;
    this.book = new DeliveryBook();
    this.modal = new AnswerModal(coach.maxAnswerChars());
    this.practice = new SlackPractice(coach, poster, renderer, book);
    this.daily =
        new SlackDaily(
            coach,
            placeAdmins,
            poster,
            directory,
            new DailyRenderer(),
            renderer,
            threads,
            (team, user) -> practice.direct(DeliveryBook.person(team, user), user));
    this.stories =
        new SlackStories(
            coach,
            poster,
            renderer,
            (team, user) -> practice.direct(DeliveryBook.person(team, user), user));
    this.progress =
        new SlackProgress(
            coach,
            poster,
            renderer,
            new ProgressRenderer(),
            (team, user) -> practice.direct(DeliveryBook.person(team, user), user));
  }

  /** Registers every listener on the app. */
  void register(App app) {
    app.command("/star", this::onSlash);
    app.blockAction(Pattern.compile("^" + Pattern.quote(ActionIds.PREFIX) + ".*"), this::onButton);
    app.viewSubmission(ActionIds.ANSWER_MODAL, this::onModal);
    app.viewSubmission(ActionIds.STORY_MODAL, this::onStoryModal);
    app.viewSubmission(ActionIds.STORY_STEP_MODAL, this::onStoryModal);
    app.event(MessageEvent.class, this::onMessageEvent);
    app.event(AppHomeOpenedEvent.class, this::onHomeOpened);
  }

  // ---- Bolt listeners: parse, queue, acknowledge ----

  private Response onSlash(SlashCommandRequest req, SlashCommandContext ctx) {
    SlashCommandPayload p = req.getPayload();
    String team = firstNonBlank(p.getTeamId(), ctx.getTeamId());
    work.submitStaged(DeliveryBook.person(team, p.getUserId()), () -> slash(p, team));
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
      ref.ifPresent(
          r -> work.submitStaged(person, () -> practice.startFromDaily(team, user, r, here)));
    } else if (actionId.startsWith(ActionIds.STORY)) {
      String trigger = p.getTriggerId();
      String value = action.getValue();
      String responseUrl = container != null && container.isEphemeral() ? p.getResponseUrl() : null;
      if (ActionIds.STORY_NEW.equals(actionId)) {
        work.run(() -> stories.openNew(trigger, here));
      } else if (ActionIds.STORY_WRITE.equals(actionId)) {
        work.submit(person, () -> stories.openWrite(team, user, trigger, value, here));
      } else {
        SlackStories.buttonEvent(actionId, value)
            .ifPresent(
                e -> work.submit(person, () -> stories.apply(team, user, e, here, responseUrl)));
      }
    } else if (actionId.startsWith(ActionIds.HOME_START)) {
      Optional<SessionMode> mode = SessionMode.parse(action.getValue());
      mode.ifPresent(m -> work.submitStaged(person, () -> practice.startFromHome(team, user, m)));
    } else {
      Optional<CoachEvent> event = buttonEvent(actionId);
      if (event.isPresent()) {
        String responseUrl =
            container != null && container.isEphemeral() ? p.getResponseUrl() : null;
        work.submitStaged(
            person, () -> practice.interaction(team, user, event.get(), here, responseUrl));
      }
    }
    return ctx.ack();
  }

  private Response onModal(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    ViewSubmissionPayload p = req.getPayload();
    AnswerModal.Reading reading = modal.read(p.getView() == null ? null : p.getView().getState());
    if (reading instanceof AnswerModal.Reading.Refused refused) {
      return ctx.ack(
          r -> r.responseAction("errors").errors(Map.of(refused.blockId(), refused.error())));
    }
    String text = ((AnswerModal.Reading.Answer) reading).text();
    String user = p.getUser().getId();
    String team = firstNonBlank(p.getTeam() == null ? null : p.getTeam().getId(), ctx.getTeamId());
    Destination replyTo = Destination.decode(p.getView().getPrivateMetadata());
    work.submitStaged(
        DeliveryBook.person(team, user),
        () -> practice.interaction(team, user, new CoachEvent.SubmitAnswer(text), replyTo, null));
    return ctx.ack();
  }

  /** The new-story and step modals: read, refused in the modal, or applied after the ack. */
  private Response onStoryModal(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    ViewSubmissionPayload p = req.getPayload();
    String metadata = p.getView().getPrivateMetadata();
    StoryModals.Reading reading;
    Destination replyTo;
    if (ActionIds.STORY_MODAL.equals(p.getView().getCallbackId())) {
      reading = StoryModals.readNew(p.getView().getState());
      replyTo = Destination.decode(metadata);
    } else {
      var target = StoryModals.target(metadata);
      if (target.isEmpty()) {
        return ctx.ack();
      }
      reading =
          StoryModals.readStep(
              p.getView().getState(), target.get().getKey(), target.get().getValue());
      replyTo = StoryModals.replyTo(metadata);
    }
    if (reading instanceof StoryModals.Reading.Refused refused) {
      return ctx.ack(
          r -> r.responseAction("errors").errors(Map.of(refused.blockId(), refused.error())));
    }
    CoachEvent event = ((StoryModals.Reading.Event) reading).event();
    String user = p.getUser().getId();
    String team = firstNonBlank(p.getTeam() == null ? null : p.getTeam().getId(), ctx.getTeamId());
    work.submit(
        DeliveryBook.person(team, user), () -> stories.apply(team, user, event, replyTo, null));
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
    work.submitStaged(DeliveryBook.person(team, m.getUser()), () -> message(team, m, botUser));
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

  // ---- routing after the acknowledgement ----

  private CompletableFuture<Void> slash(SlashCommandPayload p, String team) {
    String user = p.getUserId();
    String url = p.getResponseUrl();
    SlashRequest request = SlashRequest.parse(p.getText());
    if (request instanceof SlashRequest.ShowHelp help) {
      poster.respondAll(url, List.of(SlackMessages.help(help.unknownWord(), false)));
    } else if (request instanceof SlashRequest.Daily d) {
      daily.command(team, user, p.getChannelId(), d.args(), url);
    } else if (request instanceof SlashRequest.Stats) {
      progress.stats(team, user, p.getChannelId(), url);
    } else if (request instanceof SlashRequest.Board board) {
      progress.leaderboard(team, user, p.getChannelId(), board.args(), url);
    } else if (request instanceof SlashRequest.StoryForm) {
      String channel = p.getChannelId();
      stories.openNew(p.getTriggerId(), channel == null ? null : new Destination(channel, null));
    } else if (request instanceof SlashRequest.ToEngine engine
        && engine.event() instanceof CoachEvent.StoryCommand command
        && command.request() instanceof StoryRequest.Share) {
      stories.share(p, team, engine.event());
    } else if (request instanceof SlashRequest.Invalid invalid) {
      poster.respondAll(url, List.of(SlackMessages.invalid(invalid.message())));
    } else {
      return practice.slash(p, team, ((SlashRequest.ToEngine) request).event());
    }
    return DONE;
  }

  /**
   * A message: in the DM it is the person's; in a thread it is theirs when their practice lives
   * there (or, unknown, when the thread is the bot's), else it may answer a daily question.
   */
  private CompletableFuture<Void> message(String team, MessageEvent m, String botUser) {
    String user = m.getUser();
    String person = DeliveryBook.person(team, user);
    String text = SlackText.unescapeIncoming(m.getText()).strip();
    if (text.isEmpty() || m.getChannel() == null) {
      return DONE;
    }
    boolean direct = "im".equals(m.getChannelType()) || m.getChannel().startsWith("D");
    Destination here = new Destination(m.getChannel(), m.getThreadTs());
    if (direct) {
      book.directChannel(person, m.getChannel());
      return practice.message(team, m, here, true, false);
    }
    if (here.threadTs() == null) {
      return DONE;
    }
    Optional<DeliveryBook.Placed> known = book.practiceOf(person);
    boolean knownHere = known.map(k -> k.where().equals(here)).orElse(false);
    if (!knownHere) {
      Optional<DailyThreads.DailyRef> ref =
          daily.threadRef(m.getChannel(), m.getThreadTs(), m.getParentUserId(), botUser);
      if (ref.isPresent()) {
        return daily.answer(team, user, here, ref.get(), text);
      }
    }
    boolean botThread = botUser != null && botUser.equals(m.getParentUserId());
    if (knownHere || (known.isEmpty() && botThread)) {
      return practice.message(team, m, here, false, knownHere);
    }
    return DONE;
  }

  private void openAnswerModal(String triggerId, String label, Destination replyTo) {
    poster
        .openModal(triggerId, modal.of(label, replyTo))
        .whenComplete((r, e) -> SlackPoster.logged("views.open", r, e));
  }

  private void publishHome(String team, String user) {
    poster
        .publishHome(user, progress.home(team, user))
        .whenComplete((r, e) -> SlackPoster.logged("views.publish", r, e));
  }

  // ---- parsing ----

  static SessionKey key(String team, String user) {
    return SessionKey.of(PLATFORM, SlackPlaces.workspace(team), user);
  }

  /**
   * The event for a plain message: the line as typed, without Slack's own {@code star} prefix. The
   * engine decides whether it is an answer or a command, by the rule every platform shares.
   */
  static CoachEvent textEvent(String text) {
    String line = text == null ? "" : text.strip();
    String lower = line.toLowerCase(Locale.ROOT);
    if (lower.equals("star")) {
      line = "";
    } else if (lower.startsWith("star ")) {
      line = line.substring("star ".length()).strip();
    }
    return new CoachEvent.TypedLine(line);
  }

  private static Optional<CoachEvent> buttonEvent(String actionId) {
    if (ActionIds.HINT.equals(actionId)) {
      return Optional.of(new CoachEvent.RequestHint());
    }
    if (ActionIds.SKIP.equals(actionId)) {
      return Optional.of(new CoachEvent.SkipStep());
    }
    if (ActionIds.STOP.equals(actionId)) {
      return Optional.of(new CoachEvent.StopSession());
    }
    if (ActionIds.FORGET_CONFIRM.equals(actionId)) {
      return Optional.of(new CoachEvent.ForgetData(true));
    }
    if (actionId.startsWith(ActionIds.QUIZ_OPTION)) {
      try {
        return Optional.of(
            new CoachEvent.ChooseOption(
                Integer.parseInt(actionId.substring(ActionIds.QUIZ_OPTION.length()))));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
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
