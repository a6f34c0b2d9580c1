package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.RecordingConversation;
import dev.starcoach.core.testing.SteppingClock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Response;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.CacheRestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.ThreadChannelAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.MessageEditCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.MockitoAnnotations;

/**
 * The listener against Mockito mocks of JDA's public interaction interfaces, with a real engine on
 * fakes. The executor runs work in place so each test sees the whole exchange.
 */
class CoachListenerTest {
  private static final long USER = 200000000000000001L;
  private static final long GUILD = 700000000000000001L;
  private static final long THREAD = 800000000000000001L;
  private static final String PLACE = Places.guild(GUILD);

  @Mock private User user;
  @Mock private Guild guild;
  @Mock private InteractionHook hook;
  @Mock private WebhookMessageCreateAction<Message> followUp;
  @Mock private WebhookMessageEditAction<Message> editOriginal;
  @Mock private ReplyCallbackAction reply;
  @Mock private MessageEditCallbackAction deferEdit;
  @Mock private MessageChannelUnion channel;
  @Mock private TextChannel text;
  @Mock private ThreadChannelAction threadAction;
  @Mock private ThreadChannel thread;
  @Mock private RestAction<Void> addMember;
  @Mock private CacheRestAction<PrivateChannel> openDm;
  @Mock private PrivateChannel dm;
  @Mock private MessageCreateAction channelPost;

  private AutoCloseable mocks;
  private final InMemoryStores stores = new InMemoryStores();
  private final List<Posted> posted = new ArrayList<>();
  private CoachEngine engine;
  private CoachListener listener;
  private PracticeRoutes routes;

  /** A message the listener posted: where, and whether only the person sees it. */
  private record Posted(String where, MessageCreateData data, boolean ephemeral) {}

  @BeforeEach
  void wireMocks() {
    mocks = MockitoAnnotations.openMocks(this);
    SteppingClock clock = SteppingClock.monday9am();
    engine = TestServices.engine(stores, clock, 3);
    routes = new PracticeRoutes();
    listener = new CoachListener(TestServices.services(engine), Runnable::run, routes);

    when(user.getIdLong()).thenReturn(USER);
    when(user.getName()).thenReturn("ana");
    when(guild.getIdLong()).thenReturn(GUILD);
    when(reply.setEphemeral(anyBoolean())).thenReturn(reply);
    when(hook.editOriginalComponents(anyCollection())).thenReturn(editOriginal);
    boolean[] ephemeral = new boolean[1];
    when(hook.sendMessage(any(MessageCreateData.class)))
        .thenAnswer(
            call -> {
              posted.add(new Posted("hook", call.getArgument(0), false));
              return followUp;
            });
    when(followUp.setEphemeral(anyBoolean()))
        .thenAnswer(
            call -> {
              ephemeral[0] = call.getArgument(0);
              Posted last = posted.remove(posted.size() - 1);
              posted.add(new Posted(last.where(), last.data(), ephemeral[0]));
              return followUp;
            });
    when(thread.sendMessage(any(MessageCreateData.class)))
        .thenAnswer(
            call -> {
              posted.add(new Posted("thread", call.getArgument(0), false));
              return channelPost;
            });
    when(dm.sendMessage(any(MessageCreateData.class)))
        .thenAnswer(
            call -> {
              posted.add(new Posted("dm", call.getArgument(0), false));
              return channelPost;
            });
    when(user.openPrivateChannel()).thenReturn(openDm);
    when(openDm.complete()).thenReturn(dm);
    when(dm.getIdLong()).thenReturn(900L);
  }

  @AfterEach
  void closeMocks() throws Exception {
    mocks.close();
  }

  // ---- slash commands ----

  @Test
  void givenHelp_whenUsed_thenAnEphemeralHelpCardIsTheImmediateReply() {
    SlashCommandInteraction help = slash("help", List.of());

    listener.onSlash(help);

    ArgumentCaptor<MessageCreateData> data = ArgumentCaptor.forClass(MessageCreateData.class);
    verify(help).reply(data.capture());
    verify(reply).setEphemeral(true);
    assertEquals("STAR Coach", data.getValue().getEmbeds().get(0).getTitle());
    assertTrue(data.getValue().getAllowedMentions().isEmpty());
  }

  @Test
  void givenPracticeInADm_whenUsed_thenDeferFirstThenPromptsAsVisibleFollowUps() {
    // GIVEN /practice mode:drill in the bot's DMs
    SlashCommandInteraction practice =
        slash("practice", List.of(option("mode", "drill"), option("question", "test-stale-cache")));
    when(practice.getGuild()).thenReturn(null);

    // WHEN handled
    listener.onSlash(practice);

    // THEN the interaction was deferred (not ephemeral) before anything was sent
    InOrder order = inOrder(practice, reply, hook);
    order.verify(practice).deferReply(false);
    order.verify(reply).queue(any(), any());
    order.verify(hook, atLeastOnce()).sendMessage(any(MessageCreateData.class));
    // AND the start card and the first step's prompt with its buttons followed, visible
    assertEquals(2, posted.size());
    assertTrue(posted.get(0).data().getEmbeds().get(0).getTitle().startsWith("Drill practice"));
    assertEquals("Step 1 of 5 · Situation", posted.get(1).data().getEmbeds().get(0).getTitle());
    assertTrue(posted.stream().noneMatch(Posted::ephemeral));
    assertTrue(stores.findOpen(Places.key(Places.DM, USER)).isPresent());
  }

  @Test
  void givenPracticeInAServerChannel_whenUsed_thenItRunsInANewPrivateThread() {
    // GIVEN a server text channel where private threads can be opened
    SlashCommandInteraction practice = slash("practice", List.of(option("mode", "guided")));
    serverTextChannel();
    when(text.createThreadChannel(anyString(), eq(true))).thenReturn(threadAction);
    when(threadAction.setInvitable(false)).thenReturn(threadAction);
    when(threadAction.complete()).thenReturn(thread);
    when(thread.addThreadMemberById(USER)).thenReturn(addMember);
    when(thread.getIdLong()).thenReturn(THREAD);
    when(thread.getId()).thenReturn(Long.toString(THREAD));

    // WHEN handled
    listener.onSlash(practice);

    // THEN the reply was deferred ephemerally, a private thread opened with the member added,
    verify(practice).deferReply(true);
    verify(text).createThreadChannel("STAR practice · ana", true);
    verify(addMember).complete();
    // AND the person is told where (ephemerally), and the practice is posted in the thread
    assertEquals("hook", posted.get(0).where());
    assertTrue(posted.get(0).ephemeral());
    assertTrue(description(posted.get(0).data()).contains("<#" + THREAD + ">"));
    assertEquals(
        List.of("thread", "thread"), posted.subList(1, 3).stream().map(Posted::where).toList());
    assertEquals(THREAD, routes.channelOf(Places.key(PLACE, USER)).orElseThrow());
  }

  @Test
  void givenPracticeInsideAPrivateThread_whenUsed_thenItContinuesInThatThread() {
    SlashCommandInteraction practice = slash("practice", List.of());
    when(channel.getType()).thenReturn(ChannelType.GUILD_PRIVATE_THREAD);
    when(channel.asThreadChannel()).thenReturn(thread);
    when(thread.getIdLong()).thenReturn(THREAD);

    listener.onSlash(practice);

    assertTrue(posted.get(0).ephemeral());
    assertEquals(
        List.of("thread", "thread"), posted.subList(1, 3).stream().map(Posted::where).toList());
    verify(user, never()).openPrivateChannel();
  }

  @Test
  void givenNoPermissionForThreads_whenPracticeStarts_thenItMovesToDmsAndSaysSo() {
    // GIVEN the bot lacks Create Private Threads in the channel
    SlashCommandInteraction practice = slash("practice", List.of());
    serverTextChannel();
    InsufficientPermissionException missing =
        new InsufficientPermissionException(guild, Permission.CREATE_PRIVATE_THREADS);
    when(text.createThreadChannel(anyString(), eq(true))).thenThrow(missing);

    // WHEN handled
    listener.onSlash(practice);

    // THEN the note names the missing permission and the DM, and the practice is in the DM
    assertTrue(posted.get(0).ephemeral());
    String note = description(posted.get(0).data());
    assertTrue(note.contains("Create Private Threads"), note);
    assertTrue(note.contains("direct messages"), note);
    assertEquals(List.of("dm", "dm"), posted.subList(1, 3).stream().map(Posted::where).toList());
    // AND a typed DM answers the server's practice
    assertEquals(PLACE, routes.dmPlace(USER));
  }

  @Test
  void givenDmsClosedAndNoThread_whenPracticeStarts_thenItRunsInEphemeralMessages() {
    // GIVEN a channel where threads cannot be opened, and DMs closed
    SlashCommandInteraction practice = slash("practice", List.of());
    when(practice.getChannel()).thenReturn(channel);
    when(channel.getType()).thenReturn(ChannelType.VOICE);
    when(channelPost.complete())
        .thenThrow(
            ErrorResponseException.create(
                ErrorResponse.CANNOT_SEND_TO_USER, new Response(null, new HashSet<>())));

    // WHEN handled
    listener.onSlash(practice);

    // THEN after the DM failed the person is told why, and the prompts come as ephemeral follow-ups
    List<Posted> viaHook = posted.stream().filter(p -> p.where().equals("hook")).toList();
    assertTrue(viaHook.stream().allMatch(Posted::ephemeral));
    assertTrue(
        viaHook.stream().anyMatch(p -> description(p.data()).contains("direct messages")),
        "the member is told DMs are closed");
    assertTrue(
        viaHook.stream()
            .anyMatch(
                p -> "Step 1 of 5 · Situation".equals(p.data().getEmbeds().get(0).getTitle())));
  }

  @Test
  void givenAnOpenPractice_whenPracticeIsUsedAgain_thenRefusedWithTheCurrentPromptRepeated() {
    // GIVEN an open practice in this server
    startPractice(PLACE);
    SlashCommandInteraction again = slash("practice", List.of());
    serverTextChannel();

    // WHEN /practice is used again
    listener.onSlash(again);

    // THEN everything is ephemeral: the refusal, then the current prompt with working buttons
    assertTrue(posted.stream().allMatch(Posted::ephemeral));
    assertTrue(description(posted.get(0).data()).contains("already have"));
    assertEquals(
        "Step 1 of 5 · Situation",
        posted.get(posted.size() - 1).data().getEmbeds().get(0).getTitle());
    verify(text, never()).createThreadChannel(anyString(), anyBoolean());
  }

  // ---- buttons and modal ----

  @Test
  void givenTheAnswerButton_whenPressed_thenAParagraphModalOfUpTo4000CharactersOpens() {
    startPractice(PLACE);
    ButtonInteraction button = button(ComponentId.of(ComponentId.Action.ANSWER, "s0", USER, PLACE));
    ModalCallbackAction modalReply = mock(ModalCallbackAction.class);
    when(button.replyModal(any(Modal.class))).thenReturn(modalReply);

    listener.onButton(button);

    ArgumentCaptor<Modal> modal = ArgumentCaptor.forClass(Modal.class);
    verify(button).replyModal(modal.capture());
    verify(button, never()).deferEdit();
    ComponentId id = ComponentId.parse(modal.getValue().getId()).orElseThrow();
    assertEquals(ComponentId.Action.MODAL, id.action());
    assertEquals("s0", id.prompt());
    TextInput input = (TextInput) ((Label) modal.getValue().getComponents().get(0)).getChild();
    assertEquals(TextInputStyle.PARAGRAPH, input.getStyle());
    assertEquals(4000, input.getMaxLength());
    assertEquals(CommandMapping.ANSWER_INPUT, input.getCustomId());
  }

  @Test
  void givenSomeoneElsesButton_whenPressed_thenRefusedEphemerallyAndNothingChanges() {
    startPractice(PLACE);
    ButtonInteraction button = button(ComponentId.of(ComponentId.Action.SKIP, "s0", USER, PLACE));
    User other = mock(User.class);
    when(other.getIdLong()).thenReturn(USER + 1);
    when(button.getUser()).thenReturn(other);

    listener.onButton(button);

    verify(reply).setEphemeral(true);
    verify(button, never()).deferEdit();
    assertEquals(0, session(PLACE).position());
  }

  @Test
  void
      givenAModalAnswerInThePrivateThread_whenSubmitted_thenDeferredScoredPostedAndButtonsRetired() {
    // GIVEN an open drill and the person's answer typed into the modal in their private thread
    startPractice(PLACE);
    ModalInteraction modal =
        modal(
            ComponentId.of(ComponentId.Action.MODAL, "s0", USER, PLACE), "I traced it in 3 logs.");
    when(channel.getType()).thenReturn(ChannelType.GUILD_PRIVATE_THREAD);

    // WHEN submitted
    listener.onModal(modal);

    // THEN it was acknowledged first, the answer moved the practice on,
    InOrder order = inOrder(modal, deferEdit, hook);
    order.verify(modal).deferEdit();
    order.verify(deferEdit).queue(any(), any());
    order.verify(hook, atLeastOnce()).sendMessage(any(MessageCreateData.class));
    assertEquals(1, session(PLACE).position());
    // AND feedback and the next prompt were posted visibly in the thread, old buttons removed
    assertEquals("Situation · feedback", posted.get(0).data().getEmbeds().get(0).getTitle());
    assertEquals("Step 2 of 5 · Task", posted.get(1).data().getEmbeds().get(0).getTitle());
    assertTrue(posted.stream().noneMatch(Posted::ephemeral));
    verify(hook).editOriginalComponents(List.of());
  }

  @Test
  void givenAButtonOfAnEarlierPrompt_whenPressed_thenItIsRefusedAndTheStepIsNotSkipped() {
    // GIVEN a drill already at the Task step
    startPractice(PLACE);
    engine.handle(
        Places.key(PLACE, USER),
        new CoachEvent.SubmitAnswer("I did it."),
        new RecordingConversation());
    ButtonInteraction old = button(ComponentId.of(ComponentId.Action.SKIP, "s0", USER, PLACE));
    when(channel.getType()).thenReturn(ChannelType.GUILD_PRIVATE_THREAD);

    // WHEN the Skip button of the Situation prompt is pressed
    listener.onButton(old);

    // THEN the person is told ephemerally, and the practice still waits on Task
    verify(old).deferEdit();
    assertTrue(posted.get(0).ephemeral());
    assertTrue(description(posted.get(0).data()).contains("earlier prompt"));
    assertEquals(1, session(PLACE).position());
  }

  @Test
  void givenAButtonOnAnEphemeralFallbackInAPublicChannel_whenPressed_thenRepliesStayEphemeral() {
    startPractice(PLACE);
    ButtonInteraction hint = button(ComponentId.of(ComponentId.Action.HINT, "s0", USER, PLACE));
    when(channel.getType()).thenReturn(ChannelType.TEXT);

    listener.onButton(hint);

    assertEquals("Hint · Situation", posted.get(0).data().getEmbeds().get(0).getTitle());
    assertTrue(posted.stream().allMatch(Posted::ephemeral));
    verify(hook, never()).editOriginalComponents(anyCollection());
  }

  // ---- typed DMs ----

  @Test
  void givenAnAnswerTypedInDms_whenReceived_thenItAnswersTheOpenDmPractice() {
    startPractice(Places.DM);

    listener.onDirectMessage(user, dm, "I found the race in 2 hours.");

    assertEquals(1, session(Places.DM).position());
    assertEquals("dm", posted.get(0).where());
    assertEquals("Situation · feedback", posted.get(0).data().getEmbeds().get(0).getTitle());
  }

  // ---- helpers ----

  private void startPractice(String place) {
    engine.handle(
        Places.key(place, USER),
        new CoachEvent.StartPractice(SessionMode.DRILL, "test-stale-cache", null),
        new RecordingConversation());
  }

  private PracticeSession session(String place) {
    SessionKey key = Places.key(place, USER);
    return stores.findOpen(key).orElseThrow();
  }

  private void serverTextChannel() {
    when(channel.getType()).thenReturn(ChannelType.TEXT);
    when(channel.asTextChannel()).thenReturn(text);
  }

  private SlashCommandInteraction slash(String name, List<OptionMapping> options) {
    SlashCommandInteraction interaction = mock(SlashCommandInteraction.class);
    when(interaction.getName()).thenReturn(name);
    when(interaction.getOptions()).thenReturn(options);
    when(interaction.getUser()).thenReturn(user);
    when(interaction.getGuild()).thenReturn(guild);
    when(interaction.getHook()).thenReturn(hook);
    when(interaction.getChannel()).thenReturn(channel);
    when(interaction.reply(any(MessageCreateData.class))).thenReturn(reply);
    when(interaction.deferReply(anyBoolean())).thenReturn(reply);
    return interaction;
  }

  private ButtonInteraction button(ComponentId id) {
    ButtonInteraction interaction = mock(ButtonInteraction.class);
    when(interaction.getComponentId()).thenReturn(id.format());
    when(interaction.getUser()).thenReturn(user);
    when(interaction.getHook()).thenReturn(hook);
    when(interaction.getChannel()).thenReturn(channel);
    when(interaction.reply(any(MessageCreateData.class))).thenReturn(reply);
    when(interaction.deferEdit()).thenReturn(deferEdit);
    return interaction;
  }

  private ModalInteraction modal(ComponentId id, String answer) {
    ModalInteraction interaction = mock(ModalInteraction.class);
    ModalMapping value = mock(ModalMapping.class);
    when(value.getAsString()).thenReturn(answer);
    when(interaction.getModalId()).thenReturn(id.format());
    when(interaction.getValue(CommandMapping.ANSWER_INPUT)).thenReturn(value);
    when(interaction.getUser()).thenReturn(user);
    when(interaction.getHook()).thenReturn(hook);
    when(interaction.getChannel()).thenReturn(channel);
    when(interaction.reply(any(MessageCreateData.class))).thenReturn(reply);
    when(interaction.deferEdit()).thenReturn(deferEdit);
    return interaction;
  }

  private static OptionMapping option(String name, String value) {
    OptionMapping option = mock(OptionMapping.class);
    when(option.getName()).thenReturn(name);
    when(option.getAsString()).thenReturn(value);
    return option;
  }

  private static String description(MessageCreateData data) {
    MessageEmbed embed = data.getEmbeds().get(0);
    return embed.getDescription();
  }
}
