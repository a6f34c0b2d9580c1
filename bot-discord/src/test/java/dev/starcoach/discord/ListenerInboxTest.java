package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.testing.InMemoryInbox;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.RecordingConversation;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestBank;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.modals.ModalInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.MessageEditCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

/**
 * The listener's intake goes through the inbox: the same form submission reaching two listeners
 * (two instances on one inbox), one of them twice, is taken once. JDA's public interaction
 * interfaces are Mockito mocks, as in {@code CoachListenerTest}; the engine is real, on fakes.
 */
class ListenerInboxTest {
  private static final long USER = 200000000000000001L;
  private static final SessionKey KEY = Places.key(Places.DM, USER);

  @Test
  void givenTheSameFormSubmissionDeliveredThreeTimesToTwoInstances_thenTheAnswerIsTakenOnce() {
    // GIVEN a drill open in the person's DM and two listeners on one inbox
    SteppingClock clock = SteppingClock.monday9am();
    InMemoryStores stores = new InMemoryStores();
    CoachEngine engine = TestServices.engine(stores, clock, 5);
    engine.handle(
        KEY,
        new CoachEvent.StartPractice(SessionMode.DRILL, TestBank.WALKTHROUGH_ID, null),
        new RecordingConversation());
    InMemoryInbox shared = new InMemoryInbox();
    CoachListener a = listener(engine, shared, "a", clock);
    CoachListener b = listener(engine, shared, "b", clock);
    InteractionHook hook = mock(InteractionHook.class);
    ModalInteraction form = answerForm("Our alerts paged nobody for a week.", hook);

    // WHEN it reaches a, which takes the answer and replies
    a.takeModal(form);
    int replies = mockingDetails(hook).getInvocations().size();
    // and then reaches a again and b
    a.takeModal(form);
    b.takeModal(form);

    // THEN each delivery was acknowledged, but the answer is stored once and nothing more was
    // said or changed through the interaction (a repeat would be answered as a stale form)
    verify(form, times(3)).deferEdit();
    assertEquals(1, stores.answersOf(KEY.person()).size());
    assertEquals(replies, mockingDetails(hook).getInvocations().size());
    assertEquals(0, shared.pending(DiscordInbox.PLATFORM, 10).size());
  }

  private static CoachListener listener(
      CoachEngine engine, InMemoryInbox shared, String name, SteppingClock clock) {
    return new CoachListener(
        TestServices.services(engine),
        Runnable::run,
        new PracticeRoutes(),
        new DiscordInbox(shared, name, clock, Duration.ofSeconds(60)));
  }

  @SuppressWarnings("unchecked")
  private static ModalInteraction answerForm(String answer, InteractionHook hook) {
    User user = mock(User.class);
    when(user.getIdLong()).thenReturn(USER);
    MessageChannelUnion channel = mock(MessageChannelUnion.class);
    when(channel.getType()).thenReturn(ChannelType.PRIVATE);
    WebhookMessageCreateAction<Message> followUp = mock(WebhookMessageCreateAction.class);
    when(hook.sendMessage(any(MessageCreateData.class))).thenReturn(followUp);
    when(followUp.setEphemeral(anyBoolean())).thenReturn(followUp);
    WebhookMessageEditAction<Message> edit = mock(WebhookMessageEditAction.class);
    when(hook.editOriginalComponents(anyCollection())).thenReturn(edit);
    ModalMapping value = mock(ModalMapping.class);
    when(value.getAsString()).thenReturn(answer);
    ModalInteraction form = mock(ModalInteraction.class);
    when(form.getIdLong()).thenReturn(1_300_000_000_000_000_001L);
    when(form.getToken()).thenReturn("token");
    when(form.getTimeCreated())
        .thenReturn(OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC));
    when(form.getModalId())
        .thenReturn(ComponentId.of(ComponentId.Action.MODAL, "s0", USER, Places.DM).format());
    when(form.getValue(CommandMapping.ANSWER_INPUT)).thenReturn(value);
    when(form.getUser()).thenReturn(user);
    when(form.getHook()).thenReturn(hook);
    when(form.getChannel()).thenReturn(channel);
    when(form.deferEdit()).thenReturn(mock(MessageEditCallbackAction.class));
    return form;
  }
}
