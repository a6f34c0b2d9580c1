package dev.starcoach.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.event.MessageEvent;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.Outcome;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work after Slack's acknowledgement, on the person's queue: calls the engine and posts its
 * replies where the person's practice lives. Where that is comes from the engine's {@link Outcome}
 * (did a practice start, what is open now) and the {@link DeliveryBook} it feeds; nothing is
 * guessed from the replies.
 */
final class SlackPractice {
  private static final Logger LOG = LoggerFactory.getLogger(SlackPractice.class);
  private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,30}");
  private static final long CALL_TIMEOUT_SECONDS = 10;

  private final CoachPort coach;
  private final SlackPoster poster;
  private final ReplyRenderer renderer;
  private final DeliveryBook book;

  SlackPractice(CoachPort coach, SlackPoster poster, ReplyRenderer renderer, DeliveryBook book) {
    this.coach = coach;
    this.poster = poster;
    this.renderer = renderer;
    this.book = book;
  }

  /**
   * An engine event from {@code /star}: a new practice goes to the DM or a new thread; one that
   * moves the person's practice on is posted where it lives; anything else is answered privately
   * through the response URL.
   */
  void slash(SlashCommandPayload p, String team, CoachEvent event) {
    String user = p.getUserId();
    String person = DeliveryBook.person(team, user);
    String url = p.getResponseUrl();
    Optional<DeliveryBook.Placed> before = book.practiceOf(person);
    Outcome outcome = coach.handle(SlackCoach.key(team, user), event);
    if (outcome.started()) {
      SessionMode mode = outcome.open().map(o -> o.mode()).orElse(SessionMode.DRILL);
      Destination where = practiceLocation(p, person, user, mode);
      if (where == null) {
        respond(url, List.of(SlackMessages.plain(":warning: I could not open a DM with you.")));
        respond(team, user, url, outcome);
        book.learn(person, outcome, null);
        return;
      }
      deliver(team, user, where, outcome);
      book.learn(person, outcome, where);
      if (where.direct() && !where.channel().equals(p.getChannelId())) {
        respond(
            url,
            List.of(
                SlackMessages.plain(
                    "I can't post in this channel, so your practice is in our DM (Messages tab).")));
      }
      return;
    }
    if (before.isPresent() && movedOn(before.get(), outcome)) {
      Destination where = before.get().where();
      deliver(team, user, where, outcome);
      book.learn(person, outcome, where);
      if (!where.channel().equals(p.getChannelId())) {
        respond(
            url, List.of(SlackMessages.plain("Done: your practice continues where it started.")));
      }
      return;
    }
    respond(team, user, url, outcome);
    book.learn(person, outcome, null);
  }

  /**
   * A button or the answer modal. With a response URL (an ephemeral message) the answer goes back
   * through it. Otherwise it goes where it was pressed when that is the person's practice: their
   * DM, the place the book knows, or (the book not knowing, after a restart) a place where the
   * outcome shows a practice still open; anything else is shown to them alone.
   */
  void interaction(
      String team, String user, CoachEvent event, Destination here, String responseUrl) {
    SessionKey key = SlackCoach.key(team, user);
    String person = DeliveryBook.person(team, user);
    if (responseUrl != null) {
      Outcome outcome = coach.handle(key, event);
      respond(team, user, responseUrl, outcome);
      book.learn(person, outcome, null);
      return;
    }
    Optional<DeliveryBook.Placed> known = book.practiceOf(person);
    Destination at = here;
    if (at == null) {
      at = known.map(DeliveryBook.Placed::where).or(() -> direct(person, user)).orElse(null);
      if (at == null) {
        LOG.warn("No place to answer a Slack interaction");
        return;
      }
    }
    Outcome outcome = coach.handle(key, event);
    Destination pressedAt = at;
    boolean theirs =
        at.direct() || known.map(k -> k.where().equals(pressedAt)).orElse(outcome.practiceOpen());
    if (theirs) {
      deliver(team, user, at, outcome);
      book.learn(person, outcome, at);
    } else {
      showOnlyTo(team, user, at, outcome);
      book.learn(person, outcome, null);
    }
  }

  /**
   * A message in the DM, or in a thread of the bot's that holds the person's practice: the line
   * goes to the engine as typed ({@link SlackCoach#textEvent}), which decides answer or command. In
   * the DM, a line refused for having no practice to answer is followed by the help.
   *
   * @param knownHere true when the book says the person's practice lives in this thread. In a
   *     thread of the bot's it does not know (after a restart, say), replies are posted there only
   *     when the outcome shows a practice open or started; otherwise they are shown to the person
   *     alone, and a line refused for having nothing to answer gets no reply at all
   */
  void message(String team, MessageEvent m, Destination here, boolean direct, boolean knownHere) {
    String user = m.getUser();
    String person = DeliveryBook.person(team, user);
    String text = SlackText.unescapeIncoming(m.getText()).strip();
    Outcome outcome = coach.handle(SlackCoach.key(team, user), SlackCoach.textEvent(text));
    if (!direct && !knownHere && !outcome.started() && !outcome.practiceOpen()) {
      if (outcome.refusal().orElse(null) != ErrorCode.NO_SESSION) {
        showOnlyTo(team, user, here, outcome);
      }
      book.learn(person, outcome, null);
      return;
    }
    deliver(team, user, here, outcome);
    book.learn(person, outcome, here);
    if (direct && outcome.refusal().orElse(null) == ErrorCode.NO_SESSION) {
      post(here, SlackMessages.help(null, false));
    }
  }

  /** The App Home's start buttons: a practice in the DM. */
  void startFromHome(String team, String user, SessionMode mode) {
    String person = DeliveryBook.person(team, user);
    Optional<Destination> dm = direct(person, user);
    if (dm.isEmpty()) {
      return;
    }
    CoachEvent event =
        mode == SessionMode.QUIZ
            ? new CoachEvent.StartQuiz(null)
            : new CoachEvent.StartPractice(mode, null, null);
    Outcome outcome = coach.handle(SlackCoach.key(team, user), event);
    deliver(team, user, dm.get(), outcome);
    book.learn(person, outcome, dm.get());
  }

  /** "Practise privately" under a daily question: a mock on it, in the DM. */
  void startFromDaily(String team, String user, DailyThreads.DailyRef ref, Destination pressedIn) {
    String person = DeliveryBook.person(team, user);
    Optional<Destination> dm = direct(person, user);
    if (dm.isEmpty()) {
      if (pressedIn != null) {
        poster
            .ephemeral(
                pressedIn, user, SlackMessages.plain(":warning: I could not open a DM with you."))
            .whenComplete((r, e) -> SlackPoster.logged("chat.postEphemeral", r, e));
      }
      return;
    }
    Outcome outcome =
        coach.handle(
            SlackCoach.key(team, user),
            new CoachEvent.StartPractice(SessionMode.MOCK, ref.questionId(), ref.level()));
    deliver(team, user, dm.get(), outcome);
    book.learn(person, outcome, dm.get());
    if (outcome.started() && pressedIn != null && !pressedIn.direct()) {
      poster
          .ephemeral(
              new Destination(pressedIn.channel(), null),
              user,
              SlackMessages.plain(
                  "Your mock practice on this question is in our DM (Messages tab). Good luck!"))
          .whenComplete((r, e) -> SlackPoster.logged("chat.postEphemeral", r, e));
    }
  }

  /** The person's DM with the bot, opened once and remembered. */
  Optional<Destination> direct(String person, String user) {
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

  // ---- where replies go ----

  /**
   * True when the outcome moved the practice the book knows on (a new step or probe, or its end),
   * so its replies belong where the practice lives.
   */
  private static boolean movedOn(DeliveryBook.Placed before, Outcome outcome) {
    if (outcome.open().isEmpty()) {
      return outcome.refusal().isEmpty();
    }
    var now = outcome.open().get();
    var was = before.open();
    return now.sessionId().equals(was.sessionId())
        && (now.phase() != was.phase() || now.position() != was.position());
  }

  /** Shows an outcome's replies to the person alone at {@code at}; a file goes to the DM. */
  private void showOnlyTo(String team, String user, Destination at, Outcome outcome) {
    showOnlyTo(team, user, at, outcome.replies());
  }

  /** Shows replies to the person alone at {@code at} (their stories in a shared thread). */
  private void showOnlyTo(String team, String user, Destination at, List<CoachReply> replies) {
    for (SlackPost post : renderer.forMember(user).renderAll(replies)) {
      if (post.file().isPresent()) {
        sendPrivately(team, user, post, null);
      } else {
        poster
            .ephemeral(at, user, post)
            .whenComplete((r, e) -> SlackPoster.logged("chat.postEphemeral", r, e));
      }
    }
  }

  /** Posts an outcome's replies to {@code to}; a file (an export) only ever goes to the DM. */
  private void deliver(String team, String user, Destination to, Outcome outcome) {
    StoryPrivacy.Split split = StoryPrivacy.split(outcome.replies(), to.direct());
    for (SlackPost post : renderer.forMember(user).renderAll(split.here())) {
      if (post.file().isPresent()) {
        sendPrivately(team, user, post, to);
      } else {
        post(to, post);
      }
    }
    showOnlyTo(team, user, to, split.personal());
  }

  /** Answers through a response URL; a file (an export, a chart) goes to the DM. */
  private void respond(String team, String user, String url, Outcome outcome) {
    List<SlackPost> now = new ArrayList<>();
    for (SlackPost post : renderer.forMember(user).renderAll(outcome.replies())) {
      if (post.file().isPresent()) {
        respond(url, now);
        now = new ArrayList<>();
        SlackFile file = post.file().orElseThrow();
        now.add(
            sendPrivately(team, user, post, null)
                ? SlackMessages.plain("I sent " + file.what() + " to our DM (Messages tab).")
                : SlackMessages.plain(file.notSentNote()));
      } else {
        now.add(post);
      }
    }
    respond(url, now);
  }

  /**
   * Posts a message with its file to the person's DM; when asked elsewhere ({@code from} a
   * channel), says so there.
   */
  private boolean sendPrivately(String team, String user, SlackPost post, Destination from) {
    Optional<Destination> dm =
        from != null && from.direct()
            ? Optional.of(from)
            : direct(DeliveryBook.person(team, user), user);
    if (dm.isEmpty()) {
      if (from != null) {
        post(from, SlackMessages.plain(":warning: I could not open a DM to send your file."));
      }
      return false;
    }
    post(dm.get(), post);
    SlackFile file = post.file().orElseThrow();
    poster
        .upload(dm.get(), file)
        .whenComplete((r, e) -> SlackPoster.logged("files.uploadV2", r, e));
    if (from != null && !from.equals(dm.get())) {
      post(from, SlackMessages.plain("I sent it to our DM (Messages tab)."));
    }
    return true;
  }

  private void post(Destination to, SlackPost post) {
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
        SlackMessages.plain(
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
}
