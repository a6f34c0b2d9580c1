package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.RecordingConversation;
import dev.starcoach.core.testing.ScriptedMock;
import dev.starcoach.core.testing.ScriptedStories;
import dev.starcoach.core.testing.SteppingClock;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.CommandAutoCompleteInteraction;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.MockitoAnnotations;

/**
 * {@code /story}, its forms, autocomplete and the story buttons through the listener, against
 * Mockito mocks of JDA's public interaction interfaces, a real engine on in-memory stores and the
 * story titles read from those stores as the composition root wires them. The executor runs work in
 * place.
 */
class StoryListenerTest {
  private static final long USER = 200000000000000031L;
  private static final long GUILD = 700000000000000031L;
  private static final String PLACE = Places.guild(GUILD);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Mock private User user;
  @Mock private Guild guild;
  @Mock private InteractionHook hook;
  @Mock private WebhookMessageCreateAction<Message> followUp;
  @Mock private ReplyCallbackAction reply;
  @Mock private ModalCallbackAction modalReply;

  private AutoCloseable mocks;
  private final InMemoryStores stores = new InMemoryStores();
  private final List<Posted> posted = new ArrayList<>();
  private CoachEngine engine;
  private CoachListener listener;

  private record Posted(MessageCreateData data, boolean ephemeral) {}

  @BeforeEach
  void wire() {
    mocks = MockitoAnnotations.openMocks(this);
    engine = ScriptedMock.engine(stores, SteppingClock.monday9am());
    StoryTitles titles = owner -> stores.bundle().stories().list(owner);
    listener =
        new CoachListener(
            new DiscordServices(engine, PlaceAdmins.none(), titles),
            Runnable::run,
            new PracticeRoutes());
    when(user.getIdLong()).thenReturn(USER);
    when(guild.getIdLong()).thenReturn(GUILD);
    when(reply.setEphemeral(anyBoolean())).thenReturn(reply);
    when(hook.sendMessage(any(MessageCreateData.class)))
        .thenAnswer(
            call -> {
              posted.add(new Posted(call.getArgument(0), false));
              return followUp;
            });
    when(followUp.setEphemeral(anyBoolean()))
        .thenAnswer(
            call -> {
              Posted last = posted.remove(posted.size() - 1);
              posted.add(new Posted(last.data(), call.getArgument(0)));
              return followUp;
            });
  }

  @AfterEach
  void close() throws Exception {
    mocks.close();
  }

  @Test
  void givenStoryAdd_whenUsed_thenTheWholeStoryFormIsTheImmediateAnswer() {
    // GIVEN /story add with a title in a server channel
    SlashCommandInteraction add = slash("add", List.of(option("title", "Checkout outage")));

    // WHEN handled
    listener.onSlash(add);

    // THEN the form opens at once (no deferral), prefilled with the title, owned by the person
    ArgumentCaptor<Modal> form = ArgumentCaptor.forClass(Modal.class);
    verify(add).replyModal(form.capture());
    verify(add, never()).deferReply(anyBoolean());
    StoryComponentId id = StoryComponentId.parse(form.getValue().getId()).orElseThrow();
    assertEquals(StoryComponentId.Action.WHOLE_FORM, id.action());
    assertEquals(USER, id.owner());
    assertTrue(form.getValue().toData().toString().contains("Checkout outage"));
  }

  @Test
  void givenTheStepByStepForm_whenSubmittedInAServer_thenTheStoryIsSavedAndShownOnlyToThePerson() {
    // GIVEN the five-step form of the script's first story, as Discord hands it back
    ScriptedStories.Script story = ScriptedStories.STORIES.get(0);
    Modal form = StoryForms.steps(new DiscordRenderer.Owner(USER, PLACE), story.title());
    List<ModalMapping> values = new ArrayList<>();
    for (Step step : Step.values()) {
      values.add(value(step.id(), story.steps().get(step)));
    }
    ModalInteraction submitted = modal(form.getId(), values, ChannelType.TEXT);

    // WHEN handled
    listener.onModal(submitted);

    // THEN it was deferred ephemerally, the story is stored, and the card is for the person alone
    verify(submitted).deferReply(true);
    PersonId person = Places.key(PLACE, USER).person();
    assertEquals(1, stores.stories().list(person).size());
    assertEquals(story.title(), stores.stories().list(person).get(0).title());
    assertFalse(posted.isEmpty());
    assertTrue(posted.stream().allMatch(Posted::ephemeral));
    assertTrue(description(posted.get(0)).startsWith("Added story #1"), description(posted.get(0)));
  }

  @Test
  void givenAStory_whenTheOptionIsCompleted_thenItOffersThePersonsOwnTitles() {
    // GIVEN two stories of the person
    addScriptStories(2);
    CommandAutoCompleteInteraction typing = mock(CommandAutoCompleteInteraction.class);
    AutoCompleteCallbackAction answer = mock(AutoCompleteCallbackAction.class);
    AutoCompleteQuery focused = new AutoCompleteQuery(option("story", "push"));
    when(typing.getFocusedOption()).thenReturn(focused);
    when(typing.getUser()).thenReturn(user);
    when(typing.replyChoices(anyCollection())).thenReturn(answer);

    // WHEN the story option is completed with "push"
    listener.onAutocomplete(typing);

    // THEN the matching title is offered, its value the story's number
    @SuppressWarnings("unchecked")
    ArgumentCaptor<java.util.Collection<Command.Choice>> choices =
        ArgumentCaptor.forClass(java.util.Collection.class);
    verify(typing).replyChoices(choices.capture());
    List<Command.Choice> offered = List.copyOf(choices.getValue());
    assertEquals(1, offered.size());
    assertEquals("#2 Pushing back on the launch date", offered.get(0).getName());
    assertEquals(2L, offered.get(0).getAsLong());
  }

  @Test
  void givenStoryEdit_whenUsed_thenTheStepFormOpensWithItsCurrentText() {
    // GIVEN a stored story
    addScriptStories(1);
    SlashCommandInteraction edit =
        slash("edit", List.of(option("story", "1"), option("step", "task")));

    // WHEN handled
    listener.onSlash(edit);

    // THEN the form for its Task opens, filled with the Task as stored
    ArgumentCaptor<Modal> form = ArgumentCaptor.forClass(Modal.class);
    verify(edit).replyModal(form.capture());
    StoryComponentId id = StoryComponentId.parse(form.getValue().getId()).orElseThrow();
    assertEquals(StoryComponentId.Action.STEP_FORM, id.action());
    assertEquals(Step.TASK, id.step().orElseThrow());
    String task = ScriptedStories.STORIES.get(0).steps().get(Step.TASK);
    assertTrue(form.getValue().toData().toString().contains(task), form.getValue().toString());
  }

  @Test
  void givenStoryShare_whenUsedInAChannel_thenTheReadOnlyCopyIsVisibleToTheChannel()
      throws IOException {
    // GIVEN a stored story
    addScriptStories(1);
    SlashCommandInteraction share = slash("share", List.of(option("story", "1")));

    // WHEN shared
    listener.onSlash(share);

    // THEN the interaction was acknowledged in public and the copy posted without scores
    verify(share).deferReply(false);
    assertEquals(1, posted.size());
    assertFalse(posted.get(0).ephemeral());
    JsonNode json = JSON.readTree(posted.get(0).data().toData().toString());
    assertTrue(json.at("/embeds/0/title").asText().contains("Stale prices at checkout"));
    assertFalse(json.toString().contains("/100"), "no scores in a shared copy");
  }

  @Test
  void givenAFinishedMock_whenSaveAsStoryIsPressed_thenTheAnswerBecomesAStory() {
    // GIVEN the scripted mock finished at this place
    RecordingConversation seen = new RecordingConversation();
    engine.handle(
        Places.key(PLACE, USER),
        new CoachEvent.StartPractice(SessionMode.MOCK, ScriptedMock.QUESTION_ID, null),
        seen);
    engine.handle(Places.key(PLACE, USER), new CoachEvent.SubmitAnswer(ScriptedMock.FULL_ANSWER));
    for (String probe : ScriptedMock.PROBE_ANSWERS) {
      engine.handle(Places.key(PLACE, USER), new CoachEvent.SubmitAnswer(probe));
    }
    ButtonInteraction save =
        button(
            StoryComponentId.of(
                    StoryComponentId.Action.SAVE, 0, new DiscordRenderer.Owner(USER, PLACE))
                .format());

    // WHEN its Save as story button is pressed
    listener.onButton(save);

    // THEN the mock's answer is the person's first story, said to them alone
    PersonId person = Places.key(PLACE, USER).person();
    assertEquals(1, stores.stories().list(person).size());
    assertTrue(posted.stream().allMatch(Posted::ephemeral));
  }

  @Test
  void givenSomeoneElsesStoryButton_whenPressed_thenNothingIsSaved() {
    // GIVEN a Save as story button of another member
    ButtonInteraction save =
        button(
            StoryComponentId.of(
                    StoryComponentId.Action.SAVE, 0, new DiscordRenderer.Owner(USER + 1, PLACE))
                .format());

    // WHEN pressed
    listener.onButton(save);

    // THEN they are told it is not theirs, and nothing ran
    verify(save).reply(any(MessageCreateData.class));
    verify(save, never()).deferReply(anyBoolean());
    assertTrue(stores.stories().list(Places.key(PLACE, USER).person()).isEmpty());
  }

  // ---- helpers ----

  private void addScriptStories(int count) {
    for (int i = 0; i < count; i++) {
      engine.handle(Places.key(PLACE, USER), ScriptedStories.add(ScriptedStories.STORIES.get(i)));
    }
  }

  private SlashCommandInteraction slash(String sub, List<OptionMapping> options) {
    SlashCommandInteraction interaction = mock(SlashCommandInteraction.class);
    when(interaction.getName()).thenReturn(SlashCommands.STORY);
    when(interaction.getSubcommandName()).thenReturn(sub);
    when(interaction.getOptions()).thenReturn(options);
    when(interaction.getUser()).thenReturn(user);
    when(interaction.getGuild()).thenReturn(guild);
    when(interaction.getHook()).thenReturn(hook);
    when(interaction.getChannelType()).thenReturn(ChannelType.TEXT);
    when(interaction.reply(any(MessageCreateData.class))).thenReturn(reply);
    when(interaction.deferReply(anyBoolean())).thenReturn(reply);
    when(interaction.replyModal(any(Modal.class))).thenReturn(modalReply);
    return interaction;
  }

  private ButtonInteraction button(String id) {
    ButtonInteraction interaction = mock(ButtonInteraction.class);
    when(interaction.getComponentId()).thenReturn(id);
    when(interaction.getUser()).thenReturn(user);
    when(interaction.getHook()).thenReturn(hook);
    when(interaction.getChannelType()).thenReturn(ChannelType.TEXT);
    when(interaction.reply(any(MessageCreateData.class))).thenReturn(reply);
    when(interaction.deferReply(anyBoolean())).thenReturn(reply);
    when(interaction.replyModal(any(Modal.class))).thenReturn(modalReply);
    return interaction;
  }

  private ModalInteraction modal(String id, List<ModalMapping> values, ChannelType type) {
    ModalInteraction interaction = mock(ModalInteraction.class);
    when(interaction.getModalId()).thenReturn(id);
    when(interaction.getValues()).thenReturn(values);
    when(interaction.getUser()).thenReturn(user);
    when(interaction.getHook()).thenReturn(hook);
    when(interaction.getChannelType()).thenReturn(type);
    when(interaction.reply(any(MessageCreateData.class))).thenReturn(reply);
    when(interaction.deferReply(anyBoolean())).thenReturn(reply);
    return interaction;
  }

  private static ModalMapping value(String id, String text) {
    ModalMapping value = mock(ModalMapping.class);
    when(value.getCustomId()).thenReturn(id);
    when(value.getAsString()).thenReturn(text);
    return value;
  }

  private static OptionMapping option(String name, String value) {
    OptionMapping option = mock(OptionMapping.class);
    when(option.getName()).thenReturn(name);
    when(option.getAsString()).thenReturn(value);
    return option;
  }

  private static String description(Posted posted) {
    return posted.data().getEmbeds().get(0).getDescription();
  }
}
