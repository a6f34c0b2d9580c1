package dev.starcoach.discord;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.starcoach.core.daily.DailyQuestionService;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.testing.InMemoryPlaces;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.SteppingClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.ThreadChannelAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * A server channel made of Mockito mocks of JDA's public interfaces, wired to the real listener and
 * engine (with its daily admin, progress and calendar) and scheduler on in-memory stores and a
 * stepping clock. Everything the bot sends is recorded in {@link #sent} with where it went.
 */
final class GroupFixture {
  static final long USER = 200000000000000001L;
  static final long GUILD = 700000000000000001L;
  static final long CHANNEL = 600000000000000001L;
  static final long POST = 400000000000000001L;
  static final long ROLE = 500000000000000001L;

  /** A message the bot sent: where ("hook", "channel", "thread"), and whether it is ephemeral. */
  record Sent(String where, MessageCreateData data, boolean ephemeral, Instant at) {}

  final SteppingClock clock;
  final InMemoryStores stores = new InMemoryStores();
  final InMemoryPlaces places = new InMemoryPlaces();
  final CoachEngine engine;
  final DailyQuestionService scheduler;
  final CoachListener listener;
  final List<Sent> sent = new ArrayList<>();
  final List<String> threadNames = new ArrayList<>();

  final User user = mock(User.class);
  final Guild guild = mock(Guild.class);
  final Member member = mock(Member.class);
  final InteractionHook hook = mock(InteractionHook.class);
  final MessageChannelUnion channel = mock(MessageChannelUnion.class);
  final TextChannel text = mock(TextChannel.class);
  final ThreadChannel thread = mock(ThreadChannel.class);
  final Message post = mock(Message.class);

  private final WebhookMessageCreateAction<Message> followUp = mock();

  private final ReplyCallbackAction reply = mock(ReplyCallbackAction.class);

  GroupFixture(Instant start) {
    clock = new SteppingClock(start);
    DiscordDailyPublisher publisher = new DiscordDailyPublisher(id -> id == CHANNEL ? text : null);
    scheduler = TestServices.scheduler(places, publisher, clock);
    engine = TestServices.engine(stores, places, scheduler, clock, 3);
    listener =
        new CoachListener(
            TestServices.services(engine, places), Runnable::run, new PracticeRoutes());
    wire();
  }

  private void wire() {
    when(user.getIdLong()).thenReturn(USER);
    when(user.getName()).thenReturn("ana");
    when(user.getEffectiveName()).thenReturn("Ana");
    when(member.getEffectiveName()).thenReturn("Ana B.");
    when(member.getRoles()).thenReturn(List.of());
    when(guild.getIdLong()).thenReturn(GUILD);
    when(guild.getThreadChannelById(POST)).thenReturn(thread);
    when(channel.getType()).thenReturn(ChannelType.TEXT);
    when(channel.getIdLong()).thenReturn(CHANNEL);
    when(channel.asTextChannel()).thenReturn(text);
    when(reply.setEphemeral(anyBoolean())).thenReturn(reply);
    when(hook.sendMessage(any(MessageCreateData.class)))
        .thenAnswer(
            call -> {
              sent.add(new Sent("hook", call.getArgument(0), false, clock.instant()));
              return followUp;
            });
    when(followUp.setEphemeral(anyBoolean()))
        .thenAnswer(
            call -> {
              Sent last = sent.remove(sent.size() - 1);
              sent.add(new Sent(last.where(), last.data(), call.getArgument(0), last.at()));
              return followUp;
            });
    MessageCreateAction channelPost = mock(MessageCreateAction.class);
    when(text.sendMessage(any(MessageCreateData.class)))
        .thenAnswer(
            call -> {
              sent.add(new Sent("channel", call.getArgument(0), false, clock.instant()));
              return channelPost;
            });
    when(channelPost.complete()).thenReturn(post);
    ThreadChannelAction threadAction = mock(ThreadChannelAction.class);
    when(post.createThreadChannel(anyString()))
        .thenAnswer(
            call -> {
              threadNames.add(call.getArgument(0));
              return threadAction;
            });
    when(threadAction.complete()).thenReturn(thread);
    MessageCreateAction threadPost = mock(MessageCreateAction.class);
    when(thread.sendMessage(any(MessageCreateData.class)))
        .thenAnswer(
            call -> {
              sent.add(new Sent("thread", call.getArgument(0), false, clock.instant()));
              return threadPost;
            });
  }

  /** The member may (or may not) manage the server, and holds these roles. */
  void member(boolean manageServer, long... roles) {
    when(member.hasPermission(Permission.MANAGE_SERVER)).thenReturn(manageServer);
    List<Role> held = new ArrayList<>();
    for (long id : roles) {
      Role role = mock(Role.class);
      when(role.getIdLong()).thenReturn(id);
      held.add(role);
    }
    when(member.getRoles()).thenReturn(held);
  }

  /** A slash command used in the channel, with a subcommand (or null) and options. */
  SlashCommandInteraction slash(String name, String subcommand, Map<String, String> options) {
    SlashCommandInteraction interaction = mock(SlashCommandInteraction.class);
    List<OptionMapping> mapped = new ArrayList<>();
    options.forEach(
        (key, value) -> {
          OptionMapping option = mock(OptionMapping.class);
          when(option.getName()).thenReturn(key);
          when(option.getAsString()).thenReturn(value);
          mapped.add(option);
        });
    when(interaction.getName()).thenReturn(name);
    when(interaction.getSubcommandName()).thenReturn(subcommand);
    when(interaction.getOptions()).thenReturn(mapped);
    when(interaction.getUser()).thenReturn(user);
    when(interaction.getMember()).thenReturn(member);
    when(interaction.getGuild()).thenReturn(guild);
    when(interaction.getChannel()).thenReturn(channel);
    when(interaction.getChannelIdLong()).thenReturn(CHANNEL);
    when(interaction.getHook()).thenReturn(hook);
    when(interaction.reply(any(MessageCreateData.class))).thenReturn(reply);
    when(interaction.deferReply(anyBoolean())).thenReturn(reply);
    return interaction;
  }

  /** A button of the daily post pressed in the channel. */
  ButtonInteraction button(DailyComponentId id) {
    ButtonInteraction interaction = mock(ButtonInteraction.class);
    when(interaction.getComponentId()).thenReturn(id.format());
    when(interaction.getUser()).thenReturn(user);
    when(interaction.getMember()).thenReturn(member);
    when(interaction.getGuild()).thenReturn(guild);
    when(interaction.getChannel()).thenReturn(channel);
    when(interaction.getChannelIdLong()).thenReturn(CHANNEL);
    when(interaction.getMessageIdLong()).thenReturn(POST);
    when(interaction.getHook()).thenReturn(hook);
    when(interaction.reply(any(MessageCreateData.class))).thenReturn(reply);
    when(interaction.deferReply(anyBoolean())).thenReturn(reply);
    when(interaction.replyModal(any())).thenReturn(mock(ModalCallbackAction.class));
    return interaction;
  }

  /** The daily answer form submitted in the channel. */
  ModalInteraction modal(String modalId, String answer) {
    ModalInteraction interaction = mock(ModalInteraction.class);
    ModalMapping value = mock(ModalMapping.class);
    when(value.getAsString()).thenReturn(answer);
    when(interaction.getModalId()).thenReturn(modalId);
    when(interaction.getValue(CommandMapping.ANSWER_INPUT)).thenReturn(value);
    when(interaction.getUser()).thenReturn(user);
    when(interaction.getMember()).thenReturn(member);
    when(interaction.getGuild()).thenReturn(guild);
    when(interaction.getChannel()).thenReturn(channel);
    when(interaction.getChannelIdLong()).thenReturn(CHANNEL);
    when(interaction.getHook()).thenReturn(hook);
    when(interaction.reply(any(MessageCreateData.class))).thenReturn(reply);
    when(interaction.deferReply(anyBoolean())).thenReturn(reply);
    return interaction;
  }

  /** The messages sent to one place. */
  List<Sent> to(String where) {
    return sent.stream().filter(s -> s.where().equals(where)).toList();
  }

  /** An embed's title and description, or the plain content. */
  static String text(MessageCreateData data) {
    if (data.getEmbeds().isEmpty()) {
      return data.getContent();
    }
    StringBuilder out = new StringBuilder();
    data.getEmbeds()
        .forEach(
            e -> {
              out.append(e.getTitle()).append('\n').append(e.getDescription()).append('\n');
              e.getFields().forEach(f -> out.append(f.getName()).append(": ").append(f.getValue()));
            });
    return out.toString();
  }
}
