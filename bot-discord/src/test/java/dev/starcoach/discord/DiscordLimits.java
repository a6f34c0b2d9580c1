package dev.starcoach.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Discord's documented message limits, checked on the JSON a message is sent as: content, embeds
 * (title, description, fields, footer, the 6,000-character total) and components (action rows,
 * buttons per row, custom ids, labels).
 */
final class DiscordLimits {
  static final int CONTENT = 2000;
  static final int EMBEDS = 10;
  static final int TITLE = 256;
  static final int DESCRIPTION = 4096;
  static final int FIELDS = 25;
  static final int FIELD_NAME = 256;
  static final int FIELD_VALUE = 1024;
  static final int FOOTER = 2048;
  static final int EMBED_TOTAL = 6000;
  static final int ACTION_ROWS = 5;
  static final int BUTTONS_PER_ROW = 5;
  static final int CUSTOM_ID = 100;
  static final int LABEL = 80;

  private static final ObjectMapper JSON = new ObjectMapper();

  private DiscordLimits() {}

  /** Every limit the message breaks, as readable lines; empty when Discord would take it. */
  static List<String> violations(MessageCreateData message) {
    JsonNode json;
    try {
      json = JSON.readTree(message.toData().toString());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    List<String> out = new ArrayList<>();
    max(out, "content", text(json, "content"), CONTENT);
    JsonNode embeds = json.path("embeds");
    max(out, "embeds", embeds.size(), EMBEDS);
    int total = 0;
    for (JsonNode embed : embeds) {
      int title = text(embed, "title");
      int description = text(embed, "description");
      int footer = text(embed.path("footer"), "text");
      int author = text(embed.path("author"), "name");
      max(out, "embed title", title, TITLE);
      max(out, "embed description", description, DESCRIPTION);
      max(out, "embed footer", footer, FOOTER);
      JsonNode fields = embed.path("fields");
      max(out, "embed fields", fields.size(), FIELDS);
      total += title + description + footer + author;
      for (JsonNode field : fields) {
        int name = text(field, "name");
        int value = text(field, "value");
        max(out, "field name", name, FIELD_NAME);
        max(out, "field value", value, FIELD_VALUE);
        total += name + value;
      }
    }
    max(out, "embed characters in total", total, EMBED_TOTAL);
    JsonNode rows = json.path("components");
    max(out, "action rows", rows.size(), ACTION_ROWS);
    for (JsonNode row : rows) {
      JsonNode buttons = row.path("components");
      max(out, "buttons in a row", buttons.size(), BUTTONS_PER_ROW);
      for (JsonNode button : buttons) {
        max(out, "custom_id", text(button, "custom_id"), CUSTOM_ID);
        max(out, "button label", text(button, "label"), LABEL);
      }
    }
    return out;
  }

  private static int text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.asText().length() : 0;
  }

  private static void max(List<String> out, String what, int actual, int limit) {
    if (actual > limit) {
      out.add(what + " is " + actual + ", Discord takes at most " + limit);
    }
  }
}
