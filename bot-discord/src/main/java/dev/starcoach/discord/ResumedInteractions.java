package dev.starcoach.discord;

import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.session.SessionKey;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an interaction the inbox resumed after a restart, from what was stored: a practice button or
 * answer form through {@link PracticeRunner#component}, a practice slash command through {@link
 * PracticeRunner#simple} (a practice it starts runs in messages only the person sees, since the
 * place it was asked in cannot be re-opened without the interaction). Replies go through the
 * interaction's token while it is valid; after that an answer's feedback goes to the person's DM
 * and anything else is dropped with a log line. Daily questions, stats and boards are not resumed.
 */
final class ResumedInteractions implements DiscordInbox.Resumer {
  private static final Logger LOG = LoggerFactory.getLogger(ResumedInteractions.class);

  /** Where a resumed interaction's replies go. */
  interface Outboxes {
    /** Follow-ups through the interaction's token. */
    Outbox hook(StoredInteraction interaction);

    /** The person's DM. */
    Outbox direct(long user);
  }

  private final PracticeRunner runner;
  private final Outboxes outboxes;
  private final Executor executor;

  /**
   * @param executor runs the work (the tracking executor of the inbox, so the interaction is done
   *     when it has run)
   */
  ResumedInteractions(PracticeRunner runner, Outboxes outboxes, Executor executor) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.outboxes = Objects.requireNonNull(outboxes, "outboxes");
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  @Override
  public void resume(StoredInteraction s, boolean tokenValid) {
    if (StoredInteraction.COMPONENT.equals(s.kind())) {
      component(s, tokenValid);
    } else if (StoredInteraction.SLASH.equals(s.kind()) && tokenValid) {
      slash(s);
    } else {
      LOG.info(
          "Dropping resumed Discord interaction {} ({}{}): not resumed by design",
          s.key(),
          s.kind(),
          tokenValid ? "" : ", token expired");
    }
  }

  private void component(StoredInteraction s, boolean tokenValid) {
    Optional<ComponentId> id = ComponentId.parse(s.componentId());
    Optional<CoachEvent> event = id.flatMap(i -> CommandMapping.component(i, s.text()));
    if (event.isEmpty()) {
      LOG.info("Dropping resumed Discord interaction {}: unknown component", s.key());
      return;
    }
    boolean answer = event.get() instanceof CoachEvent.SubmitAnswer;
    if (!tokenValid && !answer) {
      LOG.info("Dropping resumed Discord button {}: its token expired", s.key());
      return;
    }
    Outbox to = tokenValid ? outboxes.hook(s) : outboxes.direct(s.user());
    executor.execute(() -> runner.component(id.get(), event.get(), to));
  }

  private void slash(StoredInteraction s) {
    SlashAction action =
        CommandMapping.slash(new SlashRequest(s.command(), s.options(), s.admin()));
    if (!(action instanceof SlashAction.Engine engine)) {
      return; // help and refusals were answered at once, before the restart
    }
    SessionKey key = Places.key(s.place(), s.user());
    DiscordRenderer.Owner owner = new DiscordRenderer.Owner(s.user(), s.place());
    Outbox personal = outboxes.hook(s);
    if (!s.shared() || !engine.startsSession()) {
      executor.execute(() -> runner.simple(key, engine.event(), owner, personal));
      return;
    }
    executor.execute(
        () ->
            runner.start(
                key,
                engine.event(),
                owner,
                personal,
                () ->
                    new PracticeHomes.Home(
                        personal,
                        "I restarted while setting up your practice, so it runs in messages only"
                            + " you can see here. /practice shows your current step again.")));
  }
}
