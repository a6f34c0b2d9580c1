package dev.starcoach.slack;

import com.slack.api.model.Message;
import dev.starcoach.core.daily.DailyAdmin;
import dev.starcoach.core.daily.DailyRequest;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.DailyFeedback;
import dev.starcoach.core.engine.Outcome;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.scoring.ScoreBand;
import dev.starcoach.core.session.SessionKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Daily questions on Slack: {@code /star daily ...} for a channel through the engine's door (admins
 * only for changes), and answers typed in a daily post's thread, scored privately with a short
 * public note in the thread. Runs on the work queue, after the acknowledgement.
 */
final class SlackDaily {
  private static final Logger LOG = LoggerFactory.getLogger(SlackDaily.class);

  private final CoachPort coach;
  private final PlaceAdmins placeAdmins;
  private final SlackPoster poster;
  private final SlackDirectory directory;
  private final DailyRenderer renderer;
  private final ReplyRenderer replies;
  private final DailyThreads threads;
  private final BiFunction<String, String, CompletableFuture<Optional<Destination>>> direct;

  /**
   * @param direct opens the DM with a member: (team, user) to the DM, empty when it cannot be
   *     opened
   */
  SlackDaily(
      CoachPort coach,
      PlaceAdmins placeAdmins,
      SlackPoster poster,
      SlackDirectory directory,
      DailyRenderer renderer,
      ReplyRenderer replies,
      DailyThreads threads,
      BiFunction<String, String, CompletableFuture<Optional<Destination>>> direct) {
    this.coach = coach;
    this.placeAdmins = placeAdmins;
    this.poster = poster;
    this.directory = directory;
    this.renderer = renderer;
    this.replies = replies;
    this.threads = threads;
    this.direct = direct;
  }

  /**
   * {@code /star daily ARGS} run by a member in a channel: parsed, the member's authority told from
   * Slack (workspace admin, listed at the channel, or in a listed user group), applied by the
   * engine and answered through the response URL.
   */
  void command(String team, String user, String channel, String args, String responseUrl) {
    Optional<PlaceId> at = SlackPlaces.channel(team, channel);
    if (at.isEmpty()) {
      poster.respondAll(responseUrl, List.of(renderer.onlyInChannels()));
      return;
    }
    PlaceId place = at.get();
    DailyRequest request = DailyRequest.parse(args);
    DailyAdmin.Authority authority =
        changes(request)
            ? directory.authority(user, placeAdmins.listedAt(place))
            : DailyAdmin.Authority.MEMBER;
    if (authority.isAdmin()
        && request instanceof DailyRequest.SetSchedule set
        && set.mention() != null) {
      Mentions.Parsed mention = Mentions.parse(set.mention(), directory::groupByHandle);
      if (mention instanceof Mentions.Parsed.Refused refused) {
        poster.respondAll(responseUrl, List.of(renderer.refused(refused.message())));
        return;
      }
      request =
          new DailyRequest.SetSchedule(
              set.time(),
              set.zone(),
              set.weekdays(),
              set.principle(),
              set.level(),
              ((Mentions.Parsed.Mention) mention).text());
    }
    if (authority == DailyAdmin.Authority.PLATFORM_ADMIN
        && request instanceof DailyRequest.Admins admins
        && admins.id() != null) {
      Mentions.Parsed who = Mentions.adminId(admins.id(), directory::groupByHandle);
      if (who instanceof Mentions.Parsed.Refused refused) {
        poster.respondAll(responseUrl, List.of(renderer.refused(refused.message())));
        return;
      }
      request = new DailyRequest.Admins(admins.action(), ((Mentions.Parsed.Mention) who).text());
    }
    Outcome outcome =
        coach.handle(
            SlackCoach.key(team, user), new CoachEvent.DailyCommand(place, authority, request));
    poster.respondAll(responseUrl, replies.forMember(user).renderAll(outcome.replies()));
  }

  /** Whether the request would change something, so who asks matters. */
  private static boolean changes(DailyRequest request) {
    if (request instanceof DailyRequest.Admins admins) {
      return admins.action() != DailyRequest.AdminAction.LIST;
    }
    if (request instanceof DailyRequest.Zone zone) {
      return zone.zone() != null;
    }
    return !(request instanceof DailyRequest.Show) && !(request instanceof DailyRequest.Invalid);
  }

  /**
   * The daily question whose thread this is: remembered from posting it, or read from the parent
   * message (posted by this bot) after a restart. Empty for any other thread.
   */
  Optional<DailyThreads.DailyRef> threadRef(
      String channel, String threadTs, String parentUserId, String botUser) {
    Optional<DailyThreads.DailyRef> known = threads.known(channel, threadTs);
    if (known.isPresent() || threads.knownNotDaily(channel, threadTs)) {
      return known;
    }
    if (parentUserId != null && botUser != null && !botUser.equals(parentUserId)) {
      return Optional.empty();
    }
    Optional<Message> parent = directory.threadParent(channel, threadTs);
    if (parent.isEmpty()) {
      return Optional.empty();
    }
    Message m = parent.get();
    boolean ours = botUser != null ? botUser.equals(m.getUser()) : m.getBotId() != null;
    return threads.learn(
        channel, threadTs, ours ? DailyThreads.of(m) : Optional.<DailyThreads.DailyRef>empty());
  }

  /**
   * Scores a thread answer as a mock answer: the full feedback to the member's DM (or, when no DM
   * can be opened, ephemerally in the thread), the band alone as a public note in the thread.
   */
  CompletableFuture<Void> answer(
      String team, String user, Destination thread, DailyThreads.DailyRef ref, String text) {
    SessionKey key =
        SessionKey.of(SlackCoach.PLATFORM, SlackPlaces.dailyAnswers(team, thread.channel()), user);
    DailyFeedback scored = coach.answerDaily(key, ref.questionId(), ref.level(), text);
    Optional<ScoreBand> band = scored.band();
    List<SlackPost> feedback = new ArrayList<>();
    feedback.add(renderer.feedbackHead(thread.channel(), coach.question(ref.questionId())));
    feedback.addAll(replies.forMember(user).renderAll(scored.privately().replies()));
    if (band.isPresent()) {
      poster
          .post(thread, renderer.bandNote(directory.name(user), band.get()))
          .whenComplete((r, e) -> SlackPoster.logged("chat.postMessage", r, e));
    } else {
      LOG.debug("A daily answer was refused; no public note");
    }
    return direct.apply(team, user).thenAccept(dm -> sendFeedback(user, thread, dm, feedback));
  }

  private void sendFeedback(
      String user, Destination thread, Optional<Destination> dm, List<SlackPost> feedback) {
    for (SlackPost post : feedback) {
      if (dm.isPresent()) {
        poster
            .post(dm.get(), post)
            .whenComplete((r, e) -> SlackPoster.logged("chat.postMessage", r, e));
      } else {
        poster
            .ephemeral(thread, user, post)
            .whenComplete((r, e) -> SlackPoster.logged("chat.postEphemeral", r, e));
      }
    }
  }
}
