package dev.starcoach.discord;

import dev.starcoach.core.remind.Reminder;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.PracticeSession;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Renders a reminder of an unfinished practice as a DM: the reminder's text and the practice's own
 * buttons (Answer the prompt it waits on, Stop it), owned by the person and tagged with the prompt,
 * so a reminder read after the practice moved on cannot act on a later step. It mentions nobody.
 */
public final class ReminderRenderer {
  private static final int COLOR_REMINDER = 0x3B82F6;

  /** The DM for a reminder. */
  public MessageCreateData render(Reminder reminder) {
    PracticeSession session = reminder.session();
    long owner = Long.parseUnsignedLong(session.key().person().userId());
    String place = session.key().place();
    String tag = PromptTag.of(session);
    MessageCreateBuilder message =
        new MessageCreateBuilder()
            .setAllowedMentions(List.of())
            .mentionRepliedUser(false)
            .setEmbeds(
                new EmbedBuilder()
                    .setTitle("Unfinished practice")
                    .setDescription(
                        Markup.clip(reminder.text(), 3500)
                            + "\n\n_You asked for reminders; `/reminders turn:off` stops them._")
                    .setColor(COLOR_REMINDER)
                    .build());
    if (Places.isValid(place)) {
      List<Button> buttons = new ArrayList<>();
      if (session.phase() != Phase.QUIZ) {
        buttons.add(
            Button.primary(
                ComponentId.of(ComponentId.Action.ANSWER, tag, owner, place).format(), "Answer"));
      }
      buttons.add(
          Button.danger(
              ComponentId.of(ComponentId.Action.STOP, tag, owner, place).format(), "Stop"));
      message.setComponents(ActionRow.of(buttons));
    }
    return message.build();
  }
}
