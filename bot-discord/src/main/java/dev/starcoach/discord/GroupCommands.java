package dev.starcoach.discord;

import dev.starcoach.core.daily.DailyAdmin;
import dev.starcoach.core.daily.DailyRequest;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.DailyFeedback;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.scoring.ScoreBand;
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
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The study-group commands: {@code /daily}, {@code /stats}, {@code /leaderboard}, and answers to a
 * daily question through its Answer button. Like {@link CoachListener} it acknowledges first,
 * parses with pure functions ({@link DailyMapping}), calls the engine on the executor and renders
 * the {@link dev.starcoach.core.engine.Outcome}'s replies: the engine applies daily commands, works
 * out the channel's zone and posting days, picks the board and answers storage outages.
 */
final class GroupCommands {
  private static final Logger LOG = LoggerFactory.getLogger(GroupCommands.class);
  private static final int MODAL_MAX = 4000;

  private final CoachEngine engine;
  private final PlaceAdmins placeAdmins;
  private final PracticeRunner runner;
  private final Executor executor;
  private final DiscordRenderer renderer;
  private final Replies replies;
  private final DailyRenderer daily = new DailyRenderer();

  GroupCommands(
      DiscordServices services,
      PracticeRunner runner,
      Executor executor,
      DiscordRenderer renderer,
      Replies replies) {
    Objects.requireNonNull(services, "services");
    this.engine = services.engine();
    this.placeAdmins = services.placeAdmins();
    this.runner = Objects.requireNonNull(runner, "runner");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.replies = Objects.requireNonNull(replies, "replies");
  }

  /** True for the slash commands handled here. */
  static boolean handles(String command) {
    return SlashCommands.DAILY.equals(command)
        || SlashCommands.STATS.equals(command)
        || SlashCommands.LEADERBOARD.equals(command);
  }

  void onSlash(SlashCommandInteraction interaction) {
    switch (interaction.getName()) {
      case SlashCommands.DAILY -> daily(interaction);
      case SlashCommands.STATS -> stats(interaction);
      case SlashCommands.LEADERBOARD -> leaderboard(interaction);
      default ->
          throw new IllegalArgumentException("not a group command: " + interaction.getName());
    }
  }

  // ---- /daily ----

  private void daily(SlashCommandInteraction interaction) {
    Guild guild = interaction.getGuild();
    if (guild == null) {
      replies.now(interaction, renderer.error("Daily questions belong to server channels."));
      return;
    }
    DailyRequest request =
        DailyMapping.request(interaction.getSubcommandName(), options(interaction));
    interaction.deferReply(true).queue(null, f -> Replies.logFailure("defer /daily", f));
    MessageChannelUnion channel = interaction.getChannel();
    PlaceId place = Places.placeId(guild.getIdLong(), interaction.getChannelIdLong());
    Member member = interaction.getMember();
    long user = interaction.getUser().getIdLong();
    String server = Places.guild(guild.getIdLong());
    InteractionHook hook = interaction.getHook();
    executor.execute(
        () ->
            replies.guarded(
                "/daily",
                hook,
                () -> {
                  DailyAdmin.Authority authority = authority(member, user, place);
                  if (authority.isAdmin() && needsPostableChannel(request) && !postable(channel)) {
                    replies.personal(
                        hook,
                        daily.result(
                            new DailyAdmin.Result.Refused(
                                "Daily questions are posted in text or announcement channels,"
                                    + " with a thread for answers. Use /daily in one of those.")));
                    return;
                  }
                  runner.simple(
                      Places.key(server, user),
                      new CoachEvent.DailyCommand(place, authority, request),
                      new DiscordRenderer.Owner(user, server),
                      new HookOutbox(hook, true));
                }));
  }

  /**
   * Manage Server makes a platform admin; a role (or the user) the channel lists makes a place
   * admin. The list is read only when Manage Server is missing.
   */
  private DailyAdmin.Authority authority(Member member, long user, PlaceId place) {
    if (member == null) {
      return DailyAdmin.Authority.MEMBER;
    }
    if (member.hasPermission(Permission.MANAGE_SERVER)) {
      return DailyAdmin.Authority.PLATFORM_ADMIN;
    }
    List<Long> roles = member.getRoles().stream().map(Role::getIdLong).toList();
    return DailyMapping.authority(false, user, roles, placeAdmins.listedAt(place));
  }

  private static boolean needsPostableChannel(DailyRequest request) {
    return request instanceof DailyRequest.SetSchedule || request instanceof DailyRequest.Now;
  }

  private static boolean postable(MessageChannelUnion channel) {
    return channel != null
        && (channel.getType() == ChannelType.TEXT || channel.getType() == ChannelType.NEWS);
  }

  // ---- /stats ----

  /** The person's stats, privately; in a server the channel's zone and posting days count. */
  private void stats(SlashCommandInteraction interaction) {
    interaction.deferReply(true).queue(null, f -> Replies.logFailure("defer /stats", f));
    Guild guild = interaction.getGuild();
    Optional<PlaceId> place =
        guild == null
            ? Optional.empty()
            : Optional.of(Places.placeId(guild.getIdLong(), boardChannel(interaction)));
    String at = Places.of(guild == null ? null : guild.getIdLong());
    long user = interaction.getUser().getIdLong();
    InteractionHook hook = interaction.getHook();
    executor.execute(
        () ->
            replies.guarded(
                "/stats",
                hook,
                () ->
                    runner.simple(
                        Places.key(at, user),
                        new CoachEvent.ShowStats(place),
                        new DiscordRenderer.Owner(user, at),
                        new HookOutbox(hook, true))));
  }

  // ---- /leaderboard ----

  /** The week's board, for the channel to see; a wrong option is told at once, privately. */
  private void leaderboard(SlashCommandInteraction interaction) {
    Guild guild = interaction.getGuild();
    if (guild == null) {
      replies.now(interaction, renderer.error("Leaderboards belong to servers."));
      return;
    }
    CoachEvent.ShowLeaderboard board;
    try {
      board =
          DailyMapping.board(
              options(interaction), Places.placeId(guild.getIdLong(), boardChannel(interaction)));
    } catch (IllegalArgumentException e) {
      replies.now(interaction, renderer.error(e.getMessage()));
      return;
    }
    interaction.deferReply(false).queue(null, f -> Replies.logFailure("defer /leaderboard", f));
    String server = Places.guild(guild.getIdLong());
    long user = interaction.getUser().getIdLong();
    InteractionHook hook = interaction.getHook();
    executor.execute(
        () ->
            replies.guarded(
                "/leaderboard",
                hook,
                () ->
                    runner.simple(
                        Places.key(server, user),
                        board,
                        new DiscordRenderer.Owner(user, server),
                        new HookOutbox(hook, false))));
  }

  /** The channel whose daily schedule counts: a thread's parent, else the channel itself. */
  private static long boardChannel(SlashCommandInteraction interaction) {
    MessageChannelUnion channel = interaction.getChannel();
    try {
      if (channel != null && channel.getType().isThread()) {
        return channel.asThreadChannel().getParentChannel().getIdLong();
      }
    } catch (RuntimeException e) {
      LOG.debug("no parent channel for a thread: {}", Failures.forLog(e));
    }
    return interaction.getChannelIdLong();
  }

  // ---- daily answers ----

  /** The Answer button of a daily post: opens the answer form. */
  void onAnswerButton(ButtonInteraction interaction, DailyComponentId id) {
    if (interaction.getGuild() == null) {
      replies.now(interaction, renderer.error("Daily questions belong to server channels."));
      return;
    }
    interaction
        .replyModal(answerModal(id.modalFor(interaction.getMessageIdLong())))
        .queue(null, f -> Replies.logFailure("daily modal", f));
  }

  /** The answer form of a daily question: one paragraph of up to 4,000 characters. */
  static Modal answerModal(DailyComponentId id) {
    TextInput input =
        TextInput.create(CommandMapping.ANSWER_INPUT, TextInputStyle.PARAGRAPH)
            .setRequiredRange(1, MODAL_MAX)
            .setPlaceholder(
                "Situation, Task, Action, Result, Reflection: in one go, in the first person.")
            .build();
    return Modal.create(id.format(), "Your answer to today's question")
        .addComponents(Label.of("Answer", input))
        .build();
  }

  /**
   * A submitted daily answer: scored as a mock answer, the full feedback shown only to the member,
   * and a short note with their name and score band posted in the post's thread. The answer text
   * itself is never posted.
   */
  void onAnswerModal(ModalInteraction interaction, DailyComponentId id) {
    Guild guild = interaction.getGuild();
    if (guild == null) {
      replies.now(interaction, renderer.error("Daily questions belong to server channels."));
      return;
    }
    ModalMapping value = interaction.getValue(CommandMapping.ANSWER_INPUT);
    String text = value == null ? "" : value.getAsString();
    interaction.deferReply(true).queue(null, f -> Replies.logFailure("defer daily answer", f));
    long user = interaction.getUser().getIdLong();
    long guildId = guild.getIdLong();
    SessionKey key = Places.key(Places.channel(guildId, interaction.getChannelIdLong()), user);
    String name =
        interaction.getMember() != null
            ? interaction.getMember().getEffectiveName()
            : interaction.getUser().getEffectiveName();
    InteractionHook hook = interaction.getHook();
    executor.execute(
        () ->
            replies.guarded(
                "daily answer",
                hook,
                () -> {
                  DailyFeedback feedback =
                      engine.answerDaily(key, id.questionId(), id.level(), text);
                  feedback
                      .privately()
                      .sendTo(
                          DiscordConversation.to(
                              renderer,
                              new DiscordRenderer.Owner(user, Places.guild(guildId)),
                              new HookOutbox(hook, true)));
                  feedback.band().ifPresent(b -> postNote(interaction, id, name, b));
                }));
  }

  private void postNote(
      ModalInteraction interaction, DailyComponentId id, String name, ScoreBand band) {
    ThreadChannel thread = answerThread(interaction, id.postId());
    if (thread == null) {
      LOG.info("daily post {} has no answer thread to post a note in", id.postId());
      replies.personal(
          interaction.getHook(),
          renderer.notice(
              "Your answer is saved and counts for your streak. The question has no open"
                  + " thread, so no public note was posted."));
      return;
    }
    try {
      thread.sendMessage(daily.bandNote(name, band)).complete();
    } catch (RuntimeException e) {
      LOG.warn("posting a daily note failed: {}", Failures.forLog(e));
      replies.personal(
          interaction.getHook(),
          renderer.notice(
              "Your answer is saved and counts for your streak, but I could not post the note in"
                  + " the thread: "
                  + Failures.forMember(e)));
    }
  }

  private static ThreadChannel answerThread(ModalInteraction interaction, long postId) {
    Guild guild = interaction.getGuild();
    ThreadChannel thread = null;
    if (guild != null && postId != 0) {
      thread = guild.getThreadChannelById(postId);
    }
    if (thread == null) {
      Message post = interaction.getMessage();
      thread = post == null ? null : post.getStartedThread();
    }
    return thread;
  }

  // ---- shared ----

  private static Map<String, String> options(SlashCommandInteraction interaction) {
    Map<String, String> options = new HashMap<>();
    for (OptionMapping option : interaction.getOptions()) {
      options.put(option.getName(), option.getAsString());
    }
    return options;
  }
}
