package dev.starcoach.discord;

import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.store.StorageUnavailableException;
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
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
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
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thin Discord listener: acknowledges every interaction at once (defer, modal or a direct
 * ephemeral reply), then parses it with {@link CommandMapping}, calls the engine on the executor
 * (never on JDA's event thread) and posts the rendered replies.
 */
public final class CoachListener extends ListenerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(CoachListener.class);
  private static final int MODAL_MAX = 4000;
  private static final String DAILY_UNAVAILABLE =
      "Daily questions are not available on this bot right now.";

  private final CoachEngine engine;
  private final Executor executor;
  private final DeliveryMap deliveries;
  private final DiscordRenderer renderer = new DiscordRenderer();
  private final GroupCommands groups;

  /**
   * Practice, quiz and data commands only: {@code /daily}, {@code /stats} and {@code /leaderboard}
   * say they are not available.
   *
   * @param executor runs the engine and the posting, off JDA's event thread
   */
  public CoachListener(CoachEngine engine, Executor executor, DeliveryMap deliveries) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
    this.groups = null;
  }

  /**
   * Every command, including daily questions, stats and leaderboards.
   *
   * @param executor runs the engine and the posting, off JDA's event thread
   */
  public CoachListener(DiscordServices services, Executor executor, DeliveryMap deliveries) {
    this.engine = Objects.requireNonNull(services, "services").engine();
    this.executor = Objects.requireNonNull(executor, "executor");
    this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
    this.groups = new GroupCommands(services, executor, renderer);
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    onSlash(event);
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    onAutocomplete(event);
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    onButton(event);
  }

  @Override
  public void onModalInteraction(ModalInteractionEvent event) {
    onModal(event);
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
    if (groups != null && GroupCommands.handles(interaction.getName())) {
      groups.onSlash(interaction);
      return;
    }
    SlashAction action = CommandMapping.slash(request(interaction));
    if (action instanceof SlashAction.Help) {
      replyNow(interaction, renderer.help());
    } else if (action instanceof SlashAction.Unavailable u) {
      replyNow(interaction, renderer.notice(u.text()));
    } else if (action instanceof SlashAction.Invalid i) {
      replyNow(interaction, renderer.error(i.text()));
    } else if (action instanceof SlashAction.Engine e) {
      runEngine(interaction, interaction.getChannel(), e, "/" + interaction.getName());
    }
  }

  /**
   * Acknowledges (ephemerally in a server), then runs an engine event for the person on the
   * executor; a practice it opens runs in a private thread or DM.
   */
  private void runEngine(
      IReplyCallback interaction,
      MessageChannelUnion channel,
      SlashAction.Engine action,
      String what) {
    Guild guild = interaction.getGuild();
    boolean inServer = guild != null;
    interaction.deferReply(inServer).queue(null, failure -> logFailure("defer " + what, failure));
    String place = Places.of(inServer ? guild.getIdLong() : null);
    long user = interaction.getUser().getIdLong();
    executor.execute(
        () ->
            guarded(
                what,
                interaction.getHook(),
                () -> runSlash(interaction, channel, action, place, user, inServer)));
  }

  private void replyNow(IReplyCallback interaction, MessageCreateData data) {
    interaction.reply(data).setEphemeral(true).queue(null, f -> logFailure("reply", f));
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

  private void runSlash(
      IReplyCallback interaction,
      MessageChannelUnion channel,
      SlashAction.Engine action,
      String place,
      long user,
      boolean inServer) {
    SessionKey key = Places.key(place, user);
    DiscordRenderer.Owner owner = new DiscordRenderer.Owner(user, place);
    InteractionHook hook = interaction.getHook();
    HookOutbox personal = new HookOutbox(hook, true);
    if (!inServer) {
      engine.handle(key, action.event(), conversation(owner, new HookOutbox(hook, false), null));
      afterEngine(action.event(), user);
      return;
    }
    if (!action.startsSession()) {
      engine.handle(key, action.event(), conversation(owner, personal, null));
      afterEngine(action.event(), user);
      return;
    }
    ReplyBuffer buffer = new ReplyBuffer();
    engine.handle(key, action.event(), buffer);
    if (!buffer.startedSession()) {
      DiscordConversation here = conversation(owner, personal, null);
      buffer.replies().forEach(here::send);
      if (buffer.refused(CoachReply.ErrorCode.SESSION_OPEN)) {
        deliveries
            .channelOf(key)
            .ifPresent(id -> personal.post(renderer.notice("It is in <#" + id + ">."), true));
        engine.handle(key, new CoachEvent.Reconnect(), here);
      }
      return;
    }
    Home home = openHome(interaction, channel, key, user, place);
    personal.post(renderer.notice(home.note()), true);
    DiscordConversation there = conversation(owner, home.outbox(), personal);
    buffer.replies().forEach(there::send);
  }

  /** Where a practice started in a server runs, and what to tell the person about it. */
  private record Home(Outbox outbox, String note) {}

  private Home openHome(
      IReplyCallback interaction,
      MessageChannelUnion channel,
      SessionKey key,
      long user,
      String place) {
    String reason;
    if (channel != null && channel.getType() == ChannelType.GUILD_PRIVATE_THREAD) {
      ThreadChannel thread = channel.asThreadChannel();
      deliveries.practiceIn(key, thread.getIdLong());
      return new Home(new ChannelOutbox(thread), "Your practice continues in this private thread.");
    }
    if (channel != null && channel.getType() == ChannelType.TEXT) {
      try {
        TextChannel text = channel.asTextChannel();
        ThreadChannel thread =
            text.createThreadChannel(threadName(interaction.getUser()), true)
                .setInvitable(false)
                .complete();
        thread.addThreadMemberById(user).complete();
        deliveries.practiceIn(key, thread.getIdLong());
        return new Home(
            new ChannelOutbox(thread),
            "Your practice is in your private thread <#" + thread.getId() + ">.");
      } catch (RuntimeException e) {
        LOG.info("cannot open a private thread in {}: {}", place, Failures.forLog(e));
        reason = "I could not open a private thread here (" + Failures.forMember(e) + ")";
      }
    } else {
      reason = "Private threads cannot be opened in this kind of channel";
    }
    try {
      PrivateChannel dm = interaction.getUser().openPrivateChannel().complete();
      deliveries.practiceIn(key, dm.getIdLong());
      deliveries.movedToDm(user, place);
      return new Home(
          new ChannelOutbox(dm), reason + ", so your practice continues in your direct messages.");
    } catch (RuntimeException e) {
      LOG.info("cannot open a DM for a practice in {}: {}", place, Failures.forLog(e));
      return new Home(
          new HookOutbox(interaction.getHook(), true),
          reason
              + ", and I cannot message you directly, so your practice runs in messages only you"
              + " can see here. They vanish if you reload; /practice shows your current step"
              + " again.");
    }
  }

  private static String threadName(User user) {
    return DiscordRenderer.clip("STAR practice · " + user.getName(), 100);
  }

  private void afterEngine(CoachEvent event, long user) {
    if (event instanceof CoachEvent.ForgetData forget && forget.confirmed()) {
      deliveries.forget(user);
    }
  }

  // ---- autocomplete ----

  void onAutocomplete(CommandAutoCompleteInteraction interaction) {
    String focused = interaction.getFocusedOption().getName();
    if ("zone".equals(focused) || "days".equals(focused)) {
      String typed = interaction.getFocusedOption().getValue();
      interaction
          .replyChoices(
              "zone".equals(focused) ? ScheduleChoices.zones(typed) : ScheduleChoices.days(typed))
          .queue(null, f -> logFailure("autocomplete", f));
      return;
    }
    if (!"question".equals(focused)) {
      interaction.replyChoices(List.of()).queue(null, f -> logFailure("autocomplete", f));
      return;
    }
    OptionMapping principle = interaction.getOption("principle");
    interaction
        .replyChoices(
            QuestionChoices.matching(
                engine.bank(),
                interaction.getFocusedOption().getValue(),
                principle == null ? null : principle.getAsString()))
        .queue(null, f -> logFailure("autocomplete", f));
  }

  // ---- buttons and the answer modal ----

  void onButton(ButtonInteraction interaction) {
    if (DailyComponentId.isDaily(interaction.getComponentId())) {
      onDailyButton(interaction);
      return;
    }
    Optional<ComponentId> parsed = ComponentId.parse(interaction.getComponentId());
    long user = interaction.getUser().getIdLong();
    if (parsed.isEmpty()) {
      replyNow(interaction, renderer.error("That button is from an older version of the bot."));
      return;
    }
    ComponentId id = parsed.get();
    if (id.owner() != user) {
      replyNow(interaction, renderer.error(notYours()));
      return;
    }
    switch (id.action()) {
      case ANSWER ->
          interaction.replyModal(answerModal(id)).queue(null, f -> logFailure("modal", f));
      case KEEP -> {
        interaction.deferEdit().queue(null, f -> logFailure("defer button", f));
        executor.execute(
            () ->
                guarded(
                    "keep",
                    interaction.getHook(),
                    () -> {
                      new HookOutbox(interaction.getHook(), true)
                          .post(renderer.notice("Kept. Nothing was deleted."), true);
                      interaction.getHook().editOriginalComponents(List.of()).complete();
                    }));
      }
      default -> {
        CoachEvent event = CommandMapping.component(id, null).orElseThrow();
        interaction.deferEdit().queue(null, f -> logFailure("defer button", f));
        boolean retire = id.action() != ComponentId.Action.HINT;
        executor.execute(
            () ->
                guarded(
                    "button " + id.action(),
                    interaction.getHook(),
                    () ->
                        runComponent(
                            interaction.getHook(),
                            isPrivate(interaction.getChannel()),
                            id,
                            event,
                            retire)));
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
    Optional<DailyComponentId> daily = DailyComponentId.parse(interaction.getModalId());
    if (daily.isPresent() && daily.get().action() == DailyComponentId.Action.MODAL) {
      if (groups == null) {
        replyNow(interaction, renderer.notice(DAILY_UNAVAILABLE));
      } else {
        groups.onAnswerModal(interaction, daily.get());
      }
      return;
    }
    Optional<ComponentId> parsed = ComponentId.parse(interaction.getModalId());
    long user = interaction.getUser().getIdLong();
    if (parsed.isEmpty() || parsed.get().action() != ComponentId.Action.MODAL) {
      replyNow(interaction, renderer.error("That form is from an older version of the bot."));
      return;
    }
    ComponentId id = parsed.get();
    if (id.owner() != user) {
      replyNow(interaction, renderer.error(notYours()));
      return;
    }
    ModalMapping value = interaction.getValue(CommandMapping.ANSWER_INPUT);
    CoachEvent event =
        CommandMapping.component(id, value == null ? "" : value.getAsString()).orElseThrow();
    interaction.deferEdit().queue(null, f -> logFailure("defer modal", f));
    executor.execute(
        () ->
            guarded(
                "answer",
                interaction.getHook(),
                () ->
                    runComponent(
                        interaction.getHook(),
                        isPrivate(interaction.getChannel()),
                        id,
                        event,
                        true)));
  }

  // ---- daily question buttons ----

  /**
   * A daily post's buttons belong to everyone: Answer opens the answer form, Practise privately
   * starts a mock practice of the question for whoever pressed it.
   */
  private void onDailyButton(ButtonInteraction interaction) {
    Optional<DailyComponentId> parsed = DailyComponentId.parse(interaction.getComponentId());
    if (parsed.isEmpty() || parsed.get().action() == DailyComponentId.Action.MODAL) {
      replyNow(interaction, renderer.error("That button is from an older version of the bot."));
      return;
    }
    DailyComponentId id = parsed.get();
    if (id.action() == DailyComponentId.Action.PRACTICE) {
      runEngine(
          interaction,
          interaction.getChannel(),
          CommandMapping.dailyPractice(id),
          "practise daily question");
    } else if (groups == null) {
      replyNow(interaction, renderer.notice(DAILY_UNAVAILABLE));
    } else {
      groups.onAnswerButton(interaction, id);
    }
  }

  private void runComponent(
      InteractionHook hook,
      boolean privateHere,
      ComponentId id,
      CoachEvent event,
      boolean retireButtons) {
    SessionKey key = Places.key(id.place(), id.owner());
    HookOutbox outbox = new HookOutbox(hook, !privateHere);
    if (!PromptTag.NONE.equals(id.prompt())) {
      Optional<String> current = engine.openSession(key).map(PromptTag::of);
      if (CommandMapping.check(id, id.owner(), current) == CommandMapping.Check.STALE) {
        outbox.post(
            renderer.error(
                "Those buttons belong to an earlier prompt. Use the ones under your latest"
                    + " prompt."),
            true);
        hook.editOriginalComponents(List.of()).queue(null, f -> logFailure("retire buttons", f));
        return;
      }
    }
    DiscordConversation conversation =
        conversation(new DiscordRenderer.Owner(id.owner(), id.place()), outbox, null);
    engine.handle(key, event, conversation);
    afterEngine(event, id.owner());
    if (retireButtons && !conversation.sawError()) {
      hook.editOriginalComponents(List.of()).queue(null, f -> logFailure("retire buttons", f));
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
            String place = deliveries.dmPlace(user);
            SessionKey key = Places.key(place, user);
            if (!Places.DM.equals(place) && engine.openSession(key).isEmpty()) {
              deliveries.backToDm(user);
              place = Places.DM;
              key = Places.key(place, user);
            }
            DiscordConversation conversation =
                conversation(
                    new DiscordRenderer.Owner(user, place), new ChannelOutbox(channel), null);
            engine.handle(key, CommandMapping.directMessage(text), conversation);
          } catch (RuntimeException e) {
            LOG.warn("handling a direct message failed: {}", Failures.forLog(e), e);
          }
        });
  }

  // ---- shared ----

  private DiscordConversation conversation(
      DiscordRenderer.Owner owner, Outbox primary, Outbox fallback) {
    return new DiscordConversation(renderer, owner, primary, fallback);
  }

  private void guarded(String what, InteractionHook hook, Runnable work) {
    try {
      work.run();
    } catch (StorageUnavailableException e) {
      LOG.warn("{}: storage unavailable", what);
      tell(
          hook,
          "The practice database cannot be reached right now, so nothing was changed. Please try"
              + " again in a moment.");
    } catch (ErrorResponseException | InsufficientPermissionException e) {
      LOG.warn("{} failed: {}", what, Failures.forLog(e));
      tell(hook, Failures.forMember(e));
    } catch (RuntimeException e) {
      LOG.warn("{} failed: {}", what, Failures.forLog(e), e);
      tell(hook, Failures.forMember(e));
    }
  }

  private void tell(InteractionHook hook, String text) {
    try {
      new HookOutbox(hook, true).post(renderer.error(text), true);
    } catch (RuntimeException e) {
      LOG.warn("could not tell the member either: {}", Failures.forLog(e));
    }
  }

  private static void logFailure(String what, Throwable failure) {
    LOG.warn("{} failed: {}", what, Failures.forLog(failure));
  }
}
