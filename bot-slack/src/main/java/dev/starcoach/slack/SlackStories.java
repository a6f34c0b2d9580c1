package dev.starcoach.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.Outcome;
import dev.starcoach.core.engine.StoryRequest;
import dev.starcoach.core.engine.StoryView;
import dev.starcoach.core.story.StoryNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * The story bank on Slack, after the acknowledgement: the story buttons (Save as story, Update
 * story N, New story, Write a step), the story modals, and {@code /star story share}. Stories are
 * personal: what the engine says about them goes to the person's DM, or ephemerally to them where
 * they pressed a button; only a story they share is posted for the channel. The coverage map's PNG
 * goes to the DM. Every change goes through the engine's door; the adapter reads no store.
 */
final class SlackStories {
  private final CoachPort coach;
  private final SlackPoster poster;
  private final ReplyRenderer renderer;
  private final BiFunction<String, String, CompletableFuture<Optional<Destination>>> direct;

  /**
   * @param direct opens the DM with a member: (team, user) to the DM, empty when it cannot be
   *     opened; never waited for, so no worker blocks on Slack
   */
  SlackStories(
      CoachPort coach,
      SlackPoster poster,
      ReplyRenderer renderer,
      BiFunction<String, String, CompletableFuture<Optional<Destination>>> direct) {
    this.coach = coach;
    this.poster = poster;
    this.renderer = renderer;
    this.direct = direct;
  }

  /** The event of a Save as story or Update story button, from its action id and value. */
  static Optional<CoachEvent> buttonEvent(String actionId, String value) {
    if (ActionIds.STORY_SAVE.equals(actionId)) {
      return Optional.of(
          new CoachEvent.StoryCommand(
              new StoryRequest.SaveLast(Optional.empty(), Optional.empty())));
    }
    if (ActionIds.STORY_UPDATE.equals(actionId)) {
      try {
        int n = Integer.parseInt(value == null ? "" : value.strip());
        return Optional.of(
            new CoachEvent.StoryCommand(
                new StoryRequest.SaveLast(Optional.of(new StoryNumber(n)), Optional.empty())));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Opens the new-story modal; its replies go to {@code replyTo} (the DM when null). */
  void openNew(String triggerId, Destination replyTo) {
    poster
        .openModal(triggerId, StoryModals.newStory(privately(replyTo)))
        .whenComplete((r, e) -> SlackPoster.logged("views.open", r, e));
  }

  /**
   * Opens the modal for one step of a story, filled with its current text, which the engine shows
   * ({@link StoryRequest.Show}); the trigger lasts three seconds, and the engine answers in far
   * less.
   */
  void openWrite(String team, String user, String triggerId, String value, Destination replyTo) {
    Optional<Map.Entry<StoryNumber, Step>> target = StoryModals.parseWrite(value);
    if (target.isEmpty()) {
      return;
    }
    StoryNumber story = target.get().getKey();
    Step step = target.get().getValue();
    Outcome outcome =
        coach.handle(
            SlackCoach.key(team, user), new CoachEvent.StoryCommand(new StoryRequest.Show(story)));
    Optional<String> current = Optional.empty();
    for (CoachReply reply : outcome.replies()) {
      Optional<StoryView.StoryDetail> detail =
          StoryReplies.of(reply)
              .filter(StoryView.StoryDetail.class::isInstance)
              .map(StoryView.StoryDetail.class::cast);
      if (detail.isPresent()) {
        current = detail.get().entry().story().text(step);
      }
    }
    poster
        .openModal(triggerId, StoryModals.step(story.value(), step, current, privately(replyTo)))
        .whenComplete((r, e) -> SlackPoster.logged("views.open", r, e));
  }

  /**
   * A modal's replies go to the DM it was opened in, else to the DM anyway: stories are private.
   */
  private static Destination privately(Destination here) {
    return here != null && here.direct() ? here : NOWHERE;
  }

  /**
   * Applies a story event from a button or modal and shows its replies to the person: through the
   * response URL of an ephemeral message, in the DM when it happened there (or nowhere in
   * particular), else ephemerally where it happened.
   *
   * @param responseUrl the response URL of the ephemeral message the button was in, or null
   */
  void apply(String team, String user, CoachEvent event, Destination here, String responseUrl) {
    Outcome outcome = coach.handle(SlackCoach.key(team, user), event);
    Destination at = here == null || NOWHERE.equals(here) ? null : here;
    List<SlackPost> answer = new ArrayList<>();
    for (SlackPost post : renderer.forMember(user).renderAll(outcome.replies())) {
      if (post.file().isPresent()) {
        sendFile(team, user, post);
      } else if (responseUrl != null) {
        answer.add(post);
      } else if (at == null || at.direct()) {
        CompletableFuture<Optional<Destination>> dm =
            at != null
                ? CompletableFuture.completedFuture(Optional.of(at))
                : direct.apply(team, user);
        dm.thenAccept(
            d ->
                d.ifPresent(
                    to ->
                        poster
                            .post(to, post)
                            .whenComplete((r, e) -> SlackPoster.logged("chat.postMessage", r, e))));
      } else {
        poster
            .ephemeral(at, user, post)
            .whenComplete((r, e) -> SlackPoster.logged("chat.postEphemeral", r, e));
      }
    }
    if (!answer.isEmpty()) {
      poster.respondAll(responseUrl, answer);
    }
  }

  /**
   * {@code /star story share N}: the read-only copy is posted in the channel the command was typed
   * in, for everyone there; anything else (a story that does not exist) is shown to the person
   * alone.
   */
  void share(SlashCommandPayload p, String team, CoachEvent event) {
    String user = p.getUserId();
    Outcome outcome = coach.handle(SlackCoach.key(team, user), event);
    List<CoachReply> personal = new ArrayList<>();
    List<SlackPost> answer = new ArrayList<>();
    for (CoachReply reply : outcome.replies()) {
      if (StoryReplies.of(reply).filter(StoryView.StoryShared.class::isInstance).isPresent()) {
        SlackPost post = renderer.forMember(user).render(reply);
        Destination channel = new Destination(p.getChannelId(), null);
        poster
            .post(channel, post)
            .whenComplete(
                (r, e) -> {
                  SlackPoster.logged("chat.postMessage", r, e);
                  if (e != null || r == null || !r.isOk()) {
                    poster.respondAll(
                        p.getResponseUrl(),
                        List.of(
                            SlackMessages.plain(
                                ":warning: I could not post in this channel. Invite me with"
                                    + " `/invite @STAR Coach`, or share it in a channel I am"
                                    + " in.")));
                  }
                });
        answer.add(SlackMessages.plain("Shared a read-only copy here."));
      } else {
        personal.add(reply);
      }
    }
    answer.addAll(renderer.forMember(user).renderAll(personal));
    poster.respondAll(p.getResponseUrl(), answer);
  }

  /** Posts a message with its file (the heat map) to the person's DM, once the DM is open. */
  private void sendFile(String team, String user, SlackPost post) {
    SlackFile file = post.file().orElseThrow();
    direct
        .apply(team, user)
        .thenAccept(
            dm -> {
              if (dm.isEmpty()) {
                return;
              }
              poster
                  .post(dm.get(), post)
                  .whenComplete((r, e) -> SlackPoster.logged("chat.postMessage", r, e));
              poster
                  .upload(dm.get(), file)
                  .whenComplete((r, e) -> SlackPoster.logged("files.uploadV2", r, e));
            });
  }

  /** A modal opened from nowhere in particular (the App Home): its replies go to the DM. */
  static final Destination NOWHERE = new Destination("-", null);
}
