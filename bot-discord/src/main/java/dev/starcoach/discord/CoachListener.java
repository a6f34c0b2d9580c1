package dev.starcoach.discord;

import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.inbox.ProcessLocalInbox;
import dev.starcoach.core.session.SessionKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.CommandAutoCompleteInteraction;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thin Discord listener: acknowledges every interaction at once (defer, modal or a direct
 * ephemeral reply), parses it with {@link CommandMapping}, and hands the work to the executor
 * (never JDA's event thread): practice events to {@link PracticeRunner}, daily questions, stats and
 * leaderboards to {@link GroupCommands}. Slash commands, buttons and forms go through the {@link
 * DiscordInbox}: once acknowledged, one whose work was queued is stored before that work runs, runs
 * once across instances, and is resumed after a restart.
 */
public final class CoachListener extends ListenerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(CoachListener.class);
  private static final int MODAL_MAX = 4000;

  private final CoachEngine engine;
  private final Executor executor;
  private final DiscordRenderer renderer = new DiscordRenderer();
  private final Replies replies = new Replies(renderer);
  private final PracticeRunner runner;
  private final PracticeHomes homes;
  private final GroupCommands groups;
  private final DiscordInbox inbox;
  private final StoryCommands stories;

  /**
   * A listener for every command.
   *
   * @param executor runs the engine and the posting, off JDA's event thread
   * @param routes where practices run, as learnt from the engine's outcomes
   */
  public CoachListener(DiscordServices services, Executor executor, PracticeRoutes routes) {
    this(
        services,
        executor,
        routes,
        new DiscordInbox(
            new ProcessLocalInbox(),
            "process",
            java.time.Clock.systemUTC(),
            DiscordInbox.DEFAULT_STALE_AFTER));
  }

  /**
   * A listener whose interactions go through {@code inbox} (the bot's, over the database).
   *
   * @param executor runs the engine and the posting, off JDA's event thread
   * @param routes where practices run, as learnt from the engine's outcomes
   */
  public CoachListener(
      DiscordServices services, Executor executor, PracticeRoutes routes, DiscordInbox inbox) {
    this.engine = Objects.requireNonNull(services, "services").engine();
    this.inbox = Objects.requireNonNull(inbox, "inbox");
    this.executor = inbox.tracking(Objects.requireNonNull(executor, "executor"));
    this.runner = new PracticeRunner(engine, renderer, routes);
    this.homes = new PracticeHomes(routes);
    this.groups = new GroupCommands(services, runner, this.executor, renderer, replies);
    this.stories = new StoryCommands(services, runner, this.executor, renderer, replies);
  }

  /** What runs this listener's interactions again after a restart, replying through {@code to}. */
  DiscordInbox.Resumer resumer(ResumedInteractions.Outboxes to) {
    return new ResumedInteractions(runner, to, executor);
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    takeSlash(event);
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    onAutocomplete(event);
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    takeButton(event);
  }

  @Override
  public void onModalInteraction(ModalInteractionEvent event) {
    takeModal(event);
  }

  /** A slash command through the inbox: stored once acknowledged, run once. */
  void takeSlash(SlashCommandInteraction interaction) {
    inbox.intake(StoredInteraction.of(interaction), () -> onSlash(interaction));
  }

  /** A button press through the inbox. */
  void takeButton(ButtonInteraction interaction) {
    inbox.intake(StoredInteraction.of(interaction), () -> onButton(interaction));
  }

  /** A submitted form through the inbox. */
  void takeModal(ModalInteraction interaction) {
    inbox.intake(StoredInteraction.of(interaction), () -> onModal(interaction));
  }

  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    if (!event.isFromType(ChannelType.PRIVATE)
        || event.getAuthor().isBot()
        || event.isWebhookMessage()) {
      return;
    }
    onDirectMessage(event.getAuthor(), event.getChannel(), event.getMessage().getContentRaw());
  }

  // ---- slash commands ----

  void onSlash(SlashCommandInteraction interaction) {
    if (GroupCommands.handles(interaction.getName())) {
      groups.onSlash(interaction);
      return;
    }
    if (StoryCommands.handles(interaction.getName())) {
      stories.onSlash(interaction);
      return;
    }
    SlashAction action = CommandMapping.slash(request(interaction));
    if (action instanceof SlashAction.Help) {
      replies.now(interaction, renderer.help());
    } else if (action instanceof SlashAction.Invalid i) {
      replies.now(interaction, renderer.error(i.text()));
    } else if (action instanceof SlashAction.Engine e) {
      runEngine(interaction, interaction.getChannel(), e, "/" + interaction.getName());
    }
  }

  /**
   * Acknowledges (ephemerally in a server), then runs an engine event for the person on the
   * executor; a practice it opens in a server runs in a private thread or DM.
   */
  private void runEngine(
      IReplyCallback interaction,
      MessageChannelUnion channel,
      SlashAction.Engine action,
      String what) {
    Guild guild = interaction.getGuild();
    boolean inServer = guild != null;
    interaction
        .deferReply(inServer)
        .queue(null, failure -> Replies.logFailure("defer " + what, failure));
    String place = Places.of(inServer ? guild.getIdLong() : null);
    long user = interaction.getUser().getIdLong();
    SessionKey key = Places.key(place, user);
    DiscordRenderer.Owner owner = new DiscordRenderer.Owner(user, place);
    InteractionHook hook = interaction.getHook();
    executor.execute(
        () ->
            replies.guarded(
                what,
                hook,
                () -> {
                  if (!inServer) {
                    runner.simple(key, action.event(), owner, new HookOutbox(hook, false));
                  } else if (!action.startsSession()) {
                    runner.simple(key, action.event(), owner, new HookOutbox(hook, true));
                  } else {
                    runner.start(
                        key,
                        action.event(),
                        owner,
                        new HookOutbox(hook, true),
                        () -> homes.open(interaction, channel, key, place));
                  }
                }));
  }

  private static SlashRequest request(SlashCommandInteraction interaction) {
    Map<String, String> options = new HashMap<>();
    for (OptionMapping option : interaction.getOptions()) {
      options.put(option.getName(), option.getAsString());
    }
    Member member = interaction.getMember();
    boolean admin = member != null && member.hasPermission(Permission.MANAGE_SERVER);
    return new SlashRequest(interaction.getName(), options, admin);
  }

  // ---- autocomplete ----

  void onAutocomplete(CommandAutoCompleteInteraction interaction) {
    String focused = interaction.getFocusedOption().getName();
    if (StoryCommands.completes(focused)) {
      stories.onAutocomplete(interaction);
      return;
    }
    if ("zone".equals(focused) || "days".equals(focused)) {
      String typed = interaction.getFocusedOption().getValue();
      interaction
          .replyChoices(
              "zone".equals(focused) ? ScheduleChoices.zones(typed) : ScheduleChoices.days(typed))
          .queue(null, f -> Replies.logFailure("autocomplete", f));
      return;
    }
    if (!"question".equals(focused)) {
      interaction.replyChoices(List.of()).queue(null, f -> Replies.logFailure("autocomplete", f));
      return;
    }
    OptionMapping principle = interaction.getOption("principle");
    interaction
        .replyChoices(
            QuestionChoices.matching(
                engine.bank(),
                interaction.getFocusedOption().getValue(),
                principle == null ? null : principle.getAsString()))
        .queue(null, f -> Replies.logFailure("autocomplete", f));
  }

  // ---- buttons and the answer modal ----

  void onButton(ButtonInteraction interaction) {
    if (StoryComponentId.isStory(interaction.getComponentId())) {
      stories.onButton(interaction);
      return;
    }
    if (DailyComponentId.isDaily(interaction.getComponentId())) {
      onDailyButton(interaction);
      return;
    }
    Optional<ComponentId> parsed = ComponentId.parse(interaction.getComponentId());
    if (parsed.isEmpty()) {
      replies.now(interaction, renderer.error("That button is from an older version of the bot."));
      return;
    }
    ComponentId id = parsed.get();
    if (id.owner() != interaction.getUser().getIdLong()) {
      replies.now(interaction, renderer.error(notYours()));
      return;
    }
    switch (id.action()) {
      case ANSWER ->
          interaction.replyModal(answerModal(id)).queue(null, f -> Replies.logFailure("modal", f));
      case KEEP -> {
        interaction.deferEdit().queue(null, f -> Replies.logFailure("defer button", f));
        InteractionHook hook = interaction.getHook();
        executor.execute(
            () ->
                replies.guarded(
                    "keep",
                    hook,
                    () -> {
                      replies.personal(hook, renderer.notice("Kept. Nothing was deleted."));
                      hook.editOriginalComponents(List.of()).complete();
                    }));
      }
      default -> {
        CoachEvent event = CommandMapping.component(id, null).orElseThrow();
        interaction.deferEdit().queue(null, f -> Replies.logFailure("defer button", f));
        boolean retire = id.action() != ComponentId.Action.HINT;
        runComponent(interaction.getHook(), interaction.getChannel(), id, event, retire);
      }
    }
  }

  /** The answer box: one paragraph input of up to 4,000 characters. */
  static Modal answerModal(ComponentId button) {
    ComponentId modalId =
        ComponentId.of(ComponentId.Action.MODAL, button.prompt(), button.owner(), button.place());
    TextInput input =
        TextInput.create(CommandMapping.ANSWER_INPUT, TextInputStyle.PARAGRAPH)
            .setRequiredRange(1, MODAL_MAX)
            .setPlaceholder("Say it as you would out loud, in the first person.")
            .build();
    return Modal.create(modalId.format(), "Your answer")
        .addComponents(Label.of("Answer", input))
        .build();
  }

  void onModal(ModalInteraction interaction) {
    if (StoryComponentId.isStory(interaction.getModalId())) {
      stories.onModal(interaction);
      return;
    }
    Optional<DailyComponentId> daily = DailyComponentId.parse(interaction.getModalId());
    if (daily.isPresent() && daily.get().action() == DailyComponentId.Action.MODAL) {
      groups.onAnswerModal(interaction, daily.get());
      return;
    }
    Optional<ComponentId> parsed = ComponentId.parse(interaction.getModalId());
    if (parsed.isEmpty() || parsed.get().action() != ComponentId.Action.MODAL) {
      replies.now(interaction, renderer.error("That form is from an older version of the bot."));
      return;
    }
    ComponentId id = parsed.get();
    if (id.owner() != interaction.getUser().getIdLong()) {
      replies.now(interaction, renderer.error(notYours()));
      return;
    }
    ModalMapping value = interaction.getValue(CommandMapping.ANSWER_INPUT);
    CoachEvent event =
        CommandMapping.component(id, value == null ? "" : value.getAsString()).orElseThrow();
    interaction.deferEdit().queue(null, f -> Replies.logFailure("defer modal", f));
    runComponent(interaction.getHook(), interaction.getChannel(), id, event, true);
  }

  /**
   * Runs a button's or form's event on the executor; its buttons are retired once it acted (or
   * turned out stale), and kept when the engine refused it so the person can try again.
   */
  private void runComponent(
      InteractionHook hook,
      MessageChannelUnion channel,
      ComponentId id,
      CoachEvent event,
      boolean retireButtons) {
    HookOutbox outbox = new HookOutbox(hook, !isPrivate(channel));
    executor.execute(
        () ->
            replies.guarded(
                "component " + id.action(),
                hook,
                () -> {
                  PracticeRunner.Result result = runner.component(id, event, outbox);
                  if (result == PracticeRunner.Result.STALE
                      || (retireButtons && result == PracticeRunner.Result.DONE)) {
                    hook.editOriginalComponents(List.of())
                        .queue(null, f -> Replies.logFailure("retire buttons", f));
                  }
                }));
  }

  // ---- daily question buttons ----

  /**
   * A daily post's buttons belong to everyone: Answer opens the answer form, Practise privately
   * starts a mock practice of the question for whoever pressed it.
   */
  private void onDailyButton(ButtonInteraction interaction) {
    Optional<DailyComponentId> parsed = DailyComponentId.parse(interaction.getComponentId());
    if (parsed.isEmpty() || parsed.get().action() == DailyComponentId.Action.MODAL) {
      replies.now(interaction, renderer.error("That button is from an older version of the bot."));
      return;
    }
    DailyComponentId id = parsed.get();
    if (id.action() == DailyComponentId.Action.PRACTICE) {
      runEngine(
          interaction,
          interaction.getChannel(),
          CommandMapping.dailyPractice(id),
          "practise daily question");
    } else {
      groups.onAnswerButton(interaction, id);
    }
  }

  private static boolean isPrivate(MessageChannelUnion channel) {
    return channel != null
        && (channel.getType() == ChannelType.PRIVATE
            || channel.getType() == ChannelType.GUILD_PRIVATE_THREAD);
  }

  private static String notYours() {
    return "That belongs to someone else's practice. Start your own with /practice.";
  }

  // ---- typed direct messages ----

  void onDirectMessage(User author, MessageChannel channel, String text) {
    long user = author.getIdLong();
    executor.execute(
        () -> {
          try {
            runner.typed(user, text, new ChannelOutbox(channel));
          } catch (RuntimeException e) {
            LOG.warn("handling a direct message failed: {}", Failures.forLog(e), e);
          }
        });
  }
}
