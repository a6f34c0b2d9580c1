package dev.starcoach.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** An outbox that keeps what was posted to it, for tests without JDA. */
final class RecordingOutbox implements Outbox {
  /** One posted message and whether it was for the person alone. */
  record Posted(MessageCreateData message, boolean personal) {
    /** The first embed's title, or the content. */
    String title() {
      List<MessageEmbed> embeds = message.getEmbeds();
      return embeds.isEmpty() ? message.getContent() : embeds.get(0).getTitle();
    }

    /** The first embed's description, or the content. */
    String text() {
      List<MessageEmbed> embeds = message.getEmbeds();
      return embeds.isEmpty() ? message.getContent() : embeds.get(0).getDescription();
    }
  }

  private final List<Posted> posted = new ArrayList<>();

  @Override
  public void post(MessageCreateData message, boolean personal) {
    posted.add(new Posted(message, personal));
  }

  /** Everything posted, in order. */
  List<Posted> posted() {
    return List.copyOf(posted);
  }

  /** The titles posted, in order (null for untitled notices). */
  List<String> titles() {
    return posted.stream().map(Posted::title).toList();
  }

  /** True when some posted text contains {@code part}. */
  boolean said(String part) {
    return posted.stream().anyMatch(p -> p.text() != null && p.text().contains(part));
  }
}
