package dev.starcoach.discord;

import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.OpenPractice;
import dev.starcoach.core.engine.Outcome;
import dev.starcoach.core.session.SessionKey;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs a person's engine events for the Discord listener and posts what they did. It learns where
 * practices stand only from the engine's {@link Outcome}s (into {@link PracticeRoutes}), never by
 * reading replies or the store. Free of JDA's interaction types, so it is tested with plain
 * outboxes.
 */
final class PracticeRunner {
  private final CoachEngine engine;
  private final DiscordRenderer renderer;
  private final PracticeRoutes routes;

  PracticeRunner(CoachEngine engine, DiscordRenderer renderer, PracticeRoutes routes) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.routes = Objects.requireNonNull(routes, "routes");
  }

  /** Opens the home of a practice that just started: a thread, a DM or ephemeral messages. */
  @FunctionalInterface
  interface HomeOpener {
    PracticeHomes.Home open();
  }

  /** What a button or form did. */
  enum Result {
    /** The engine took it. */
    DONE,
    /** The engine refused it (no practice, a conflict, an empty answer): its buttons stay. */
    REFUSED,
    /** It belonged to an earlier prompt and was not applied. */
    STALE
  }

  /** Applies one event and remembers what is open after it. */
  Outcome run(SessionKey key, CoachEvent event) {
    Outcome outcome = engine.handle(key, event);
    routes.learn(key, outcome);
    if (event instanceof CoachEvent.ForgetData forget && forget.confirmed()) {
      routes.forget(Long.parseUnsignedLong(key.person().userId()));
    }
    return outcome;
  }

  /** Applies an event that cannot open a practice and posts its replies to {@code to}. */
  void simple(SessionKey key, CoachEvent event, DiscordRenderer.Owner owner, Outbox to) {
    post(run(key, event), owner, to, to);
  }

  /**
   * Applies an event that may open a practice, from a server. A practice it opens runs in the home
   * {@code opener} gives it, and the person is told where through {@code personal}; anything else
   * (a refusal, a list) is shown through {@code personal}. When a practice is already open, the
   * person is told where it runs and its current prompt is shown again with working buttons.
   */
  void start(
      SessionKey key,
      CoachEvent event,
      DiscordRenderer.Owner owner,
      Outbox personal,
      HomeOpener opener) {
    Outcome outcome = run(key, event);
    if (!outcome.started()) {
      post(outcome, owner, personal, personal);
      if (outcome.refusal().filter(ErrorCode.SESSION_OPEN::equals).isPresent()) {
        routes
            .channelOf(key)
            .ifPresent(id -> personal.post(renderer.notice("It is in <#" + id + ">."), true));
        post(run(key, new CoachEvent.Reconnect()), owner, personal, personal);
      }
      return;
    }
    PracticeHomes.Home home = opener.open();
    personal.post(renderer.notice(home.note()), true);
    post(outcome, owner, home.outbox(), personal);
  }

  /**
   * Applies the event of a button or form of its owner, sent with a prompt, unless the practice has
   * moved past that prompt. Where it stands is known from the last outcome seen here; when this
   * process has seen none for the person (a restart, or the entry evicted), the person is treated
   * as back ({@link CoachEvent.Reconnect}): the engine then reports where the practice stands, and
   * its resume notice and current prompt are shown when the button turns out stale. When the button
   * is current they are not shown: the person is acting on that very prompt.
   *
   * <p>Two events of one person handled at once on different workers may teach the routes in either
   * order; the engine has the last word on each answer, but a stale button could then slip through.
   * An event that names the prompt it answers, refused by the engine when stale, would close that.
   */
  Result component(ComponentId id, CoachEvent event, Outbox to) {
    SessionKey key = Places.key(id.place(), id.owner());
    DiscordRenderer.Owner owner = new DiscordRenderer.Owner(id.owner(), id.place());
    if (!PromptTag.NONE.equals(id.prompt())) {
      Optional<OpenPractice> known = routes.open(key);
      Optional<Outcome> back = Optional.empty();
      if (known.isEmpty()) {
        back = Optional.of(run(key, new CoachEvent.Reconnect()));
        known = back.get().open();
      }
      Optional<String> current = known.map(PromptTag::of);
      if (CommandMapping.check(id, id.owner(), current) == CommandMapping.Check.STALE) {
        to.post(
            renderer.error(
                "Those buttons belong to an earlier prompt. Use the ones under your latest"
                    + " prompt."),
            true);
        back.ifPresent(b -> post(b, owner, to, to));
        return Result.STALE;
      }
    }
    Outcome outcome = run(key, event);
    post(outcome, owner, to, to);
    return outcome.refusal().isPresent() ? Result.REFUSED : Result.DONE;
  }

  /**
   * A line typed in the bot's DMs: the engine decides whether it is an answer or a command. It
   * answers the server practice that moved to DMs while one is known to be open, else the DM
   * practice.
   */
  void typed(long user, String text, Outbox to) {
    String place = routes.dmPlace(user);
    SessionKey key = Places.key(place, user);
    post(run(key, new CoachEvent.TypedLine(text)), new DiscordRenderer.Owner(user, place), to, to);
  }

  private void post(Outcome outcome, DiscordRenderer.Owner owner, Outbox to, Outbox fallback) {
    outcome.sendTo(new DiscordConversation(renderer, owner, to, fallback));
  }
}
