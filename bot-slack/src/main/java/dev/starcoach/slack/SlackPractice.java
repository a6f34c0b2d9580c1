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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work after Slack's acknowledgement, on the person's queue: calls the engine and posts its
 * replies where the person's practice lives. Where that is comes from the engine's {@link Outcome}
 * (did a practice start, what is open now) and the {@link DeliveryBook} it feeds; nothing is
 * guessed from the replies.
 *
 * <p>Nothing here waits on Slack: the engine call runs on the person's queue, and what needs Slack
 * first (opening the DM, starting a practice thread) is a stage the person's next event waits for
 * ({@link KeyedSerialExecutor#submitStaged}), holding no thread. Another person's answer never
 * waits behind it.
 */
final class SlackPractice {
  private static final Logger LOG = LoggerFactory.getLogger(SlackPractice.class);
  private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,30}");
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  private final CoachPort coach;
  private final SlackPoster poster;
  private final ReplyRenderer renderer;
  private final DeliveryBook book;
  private final ConcurrentHashMap<String, CompletableFuture<Optional<Destination>>> opening =
      new ConcurrentHashMap<>();

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
  CompletableFuture<Void> slash(SlashCommandPayload p, String team, CoachEvent event) {
    String user = p.getUserId();
    String person = DeliveryBook.person(team, user);
    String url = p.getResponseUrl();
    Optional<DeliveryBook.Placed> before = book.practiceOf(person);
    Outcome outcome = coach.handle(SlackCoach.key(team, user), event);
    if (outcome.started()) {
      SessionMode mode = outcome.open().map(o -> o.mode()).orElse(SessionMode.DRILL);
      return practiceLocation(p, person, user, mode)
          .thenAccept(
              where -> {
                if (where == null) {
                  respond(
                      url,
                      List.of(SlackMessages.plain(":warning: I could not open a DM with you.")));
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
                              "I can't post in this channel, so your practice is in our DM"
                                  + " (Messages tab).")));
                }
              });
    }
    if (before.isPresent() && movedOn(before.get(), outcome)) {
      Destination where = before.get().where();
      deliver(team, user, where, outcome);
      book.learn(person, outcome, where);
      if (!where.channel().equals(p.getChannelId())) {
        respond(
            url, List.of(SlackMessages.plain("Done: your practice continues where it started.")));
      }
      return DONE;
    }
    respond(team, user, url, outcome);
    book.learn(person, outcome, null);
    return DONE;
  }

  /**
   * A button or the answer modal. With a response URL (an ephemeral message) the answer goes back
   * through it. Otherwise it goes where it was pressed when that is the person's practice: their
   * DM, the place the book knows, or (the book not knowing, after a restart) a place where the
   * outcome shows a practice still open; anything else is shown to them alone.
   */
  CompletableFuture<Void> interaction(
      String team, String user, CoachEvent event, Destination here, String responseUrl) {
    SessionKey key = SlackCoach.key(team, user);
    String person = DeliveryBook.person(team, user);
    if (responseUrl != null) {
      Outcome outcome = coach.handle(key, event);
      respond(team, user, responseUrl, outcome);
      book.learn(person, outcome, null);
      return DONE;
    }
    Optional<DeliveryBook.Placed> known = book.practiceOf(person);
    if (here != null || known.isPresent()) {
      answerAt(team, user, event, here != null ? here : known.get().where(), known);
      return DONE;
    }
    return direct(person, user)
        .thenAccept(
            dm -> {
              if (dm.isEmpty()) {
                LOG.warn("No place to answer a Slack interaction");
                return;
              }
              answerAt(team, user, event, dm.get(), known);
            });
  }

  private void answerAt(
      String team,
      String user,
      CoachEvent event,
      Destination at,
      Optional<DeliveryBook.Placed> known) {
    String person = DeliveryBook.person(team, user);
    Outcome outcome = coach.handle(SlackCoach.key(team, user), event);
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
  CompletableFuture<Void> message(
      String team, MessageEvent m, Destination here, boolean direct, boolean knownHere) {
    String user = m.getUser();
    String person = DeliveryBook.person(team, user);
    String text = SlackText.unescapeIncoming(m.getText()).strip();
    Outcome outcome = coach.handle(SlackCoach.key(team, user), SlackCoach.textEvent(text));
    if (!direct && !knownHere && !outcome.started() && !outcome.practiceOpen()) {
      if (outcome.refusal().orElse(null) != ErrorCode.NO_SESSION) {
        showOnlyTo(team, user, here, outcome);
      }
      book.learn(person, outcome, null);
      return DONE;
    }
    deliver(team, user, here, outcome);
    book.learn(person, outcome, here);
    if (direct && outcome.refusal().orElse(null) == ErrorCode.NO_SESSION) {
      post(here, SlackMessages.help(null, false));
    }
    return DONE;
  }

  /** The App Home's start buttons: a practice in the DM. */
  CompletableFuture<Void> startFromHome(String team, String user, SessionMode mode) {
    String person = DeliveryBook.person(team, user);
    CoachEvent event =
        mode == SessionMode.QUIZ
            ? new CoachEvent.StartQuiz(null)
            : new CoachEvent.StartPractice(mode, null, null);
    return direct(person, user)
        .thenAccept(
            dm -> {
              if (dm.isEmpty()) {
                return;
              }
              Outcome outcome = coach.handle(SlackCoach.key(team, user), event);
              deliver(team, user, dm.get(), outcome);
              book.learn(person, outcome, dm.get());
            });
  }

  /** "Practise privately" under a daily question: a mock on it, in the DM. */
  CompletableFuture<Void> startFromDaily(
      String team, String user, DailyThreads.DailyRef ref, Destination pressedIn) {
    String person = DeliveryBook.person(team, user);
    return direct(person, user).thenAccept(dm -> startFromDaily(team, user, ref, pressedIn, dm));
  }

  private void startFromDaily(
      String team,
      String user,
      DailyThreads.DailyRef ref,
      Destination pressedIn,
      Optional<Destination> dm) {
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
    book.learn(DeliveryBook.person(team, user), outcome, dm.get());
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

  /**
   * The person's DM with the bot: at once when known, else when {@code conversations.open} answers
   * (one call per person however many ask at once; remembered afterwards). Empty when it cannot be
   * opened. Never blocks.
   */
  CompletableFuture<Optional<Destination>> direct(String person, String user) {
    Optional<String> known = book.directChannelOf(person);
    if (known.isPresent()) {
      return CompletableFuture.completedFuture(Optional.of(new Destination(known.get(), null)));
    }
    CompletableFuture<Optional<Destination>> created = new CompletableFuture<>();
    CompletableFuture<Optional<Destination>> running = opening.putIfAbsent(person, created);
    if (running != null) {
      return running;
    }
    poster
        .openDirect(user)
        .whenComplete(
            (channel, error) -> {
              opening.remove(person, created);
              if (error != null) {
                LOG.warn("Opening a DM failed: {}", error.toString());
                created.complete(Optional.empty());
              } else {
                book.directChannel(person, channel);
                created.complete(Optional.of(new Destination(channel, null)));
              }
            });
    return created;
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
        sendPrivately(team, user, post, null, null);
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
        sendPrivately(team, user, post, to, null);
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
            sendPrivately(team, user, post, null, url)
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
   * channel), says so there. Never waits for Slack: a DM still being opened gets the file when it
   * is open. False when the DM is known to be impossible; true when it is sent or on its way (if it
   * then cannot be opened, the person is told at {@code from} or through {@code responseUrl}).
   */
  private boolean sendPrivately(
      String team, String user, SlackPost post, Destination from, String responseUrl) {
    CompletableFuture<Optional<Destination>> opening =
        from != null && from.direct()
            ? CompletableFuture.completedFuture(Optional.of(from))
            : direct(DeliveryBook.person(team, user), user);
    Optional<Destination> known = opening.getNow(null);
    if (known != null && known.isEmpty()) {
      if (from != null) {
        post(from, SlackMessages.plain(":warning: I could not open a DM to send your file."));
      }
      return false;
    }
    SlackFile file = post.file().orElseThrow();
    opening.thenAccept(
        dm -> {
          if (dm.isEmpty()) {
            if (from != null) {
              post(from, SlackMessages.plain(":warning: I could not open a DM to send your file."));
            } else {
              respond(responseUrl, List.of(SlackMessages.plain(file.notSentNote())));
            }
            return;
          }
          post(dm.get(), post);
          poster
              .upload(dm.get(), file)
              .whenComplete((r, e) -> SlackPoster.logged("files.uploadV2", r, e));
          if (from != null && !from.equals(dm.get())) {
            post(from, SlackMessages.plain("I sent it to our DM (Messages tab)."));
          }
        });
    return true;
  }

  private void post(Destination to, SlackPost post) {
    poster.post(to, post).whenComplete((r, e) -> SlackPoster.logged("chat.postMessage", r, e));
  }

  private void respond(String responseUrl, List<SlackPost> posts) {
    poster.respondAll(responseUrl, posts);
  }

  /** Where a practice started by a slash command runs: the DM, or a new thread in the channel. */
  private CompletableFuture<Destination> practiceLocation(
      SlashCommandPayload p, String person, String user, SessionMode mode) {
    String channel = p.getChannelId();
    if (channel == null || channel.startsWith("D") || "directmessage".equals(p.getChannelName())) {
      return direct(person, user).thenApply(dm -> dm.orElse(null));
    }
    String who = USER_ID.matcher(user).matches() ? "<@" + user + ">" : "Someone";
    SlackPost starter =
        SlackMessages.plain(
            who
                + " started a "
                + mode.id()
                + " practice. Replies in this thread are taken as answers; the buttons act on"
                + " your own practice.");
    return poster
        .post(new Destination(channel, null), starter)
        .handle(
            (ChatPostMessageResponse r, Throwable e) -> {
              if (e != null) {
                LOG.warn("Posting a practice thread failed; using the DM: {}", e.toString());
              } else if (r.isOk() && r.getTs() != null) {
                return CompletableFuture.completedFuture(new Destination(channel, r.getTs()));
              } else {
                LOG.info(
                    "Cannot start a practice thread in a channel ({}); using the DM", r.getError());
              }
              return direct(person, user).thenApply(dm -> dm.orElse(null));
            })
        .thenCompose(where -> where);
  }
}
