package dev.starcoach.slack;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Slack's documented Block Kit limits, checked on the JSON the SDK sends: blocks per surface,
 * section text and fields, headers, context elements, buttons, inputs, ids, and a modal's title,
 * submit and close. {@link #check} returns every breach, worded for an assertion message; empty
 * means Slack would take it.
 *
 * <p>From Slack's reference: a message holds at most 50 blocks, a modal or Home tab 100; section
 * text 3,000 characters, at most 10 fields of 2,000; header 150; context at most 10 elements;
 * actions at most 25 elements; button text 75, value 2,000, URL 3,000; {@code action_id} and {@code
 * block_id} 255; {@code plain_text_input} {@code max_length} 1 to 3,000 and placeholder 150; input
 * label and hint 2,000; confirm title 100, text 300, buttons 30; modal title, submit and close 24,
 * {@code private_metadata} 3,000, {@code callback_id} 255; message fallback text 40,000.
 */
final class BlockKitLimits {
  private static final Gson GSON = GsonFactory.createSnakeCase();

  /** Where blocks are shown, and how many each takes. */
  enum Surface {
    MESSAGE(50),
    MODAL(100),
    HOME(100);

    final int maxBlocks;

    Surface(int maxBlocks) {
      this.maxBlocks = maxBlocks;
    }
  }

  private final List<String> breaches = new ArrayList<>();
  private final String where;

  private BlockKitLimits(String where) {
    this.where = where;
  }

  /** The breaches of a message about to be posted. */
  static List<String> check(SlackPost post) {
    BlockKitLimits c = new BlockKitLimits("message");
    c.text("text", post.text(), 40_000);
    if (post.text().isBlank()) {
      c.breach("text: the fallback text is blank");
    }
    c.blocks(Surface.MESSAGE, GSON.toJsonTree(post.blocks()).getAsJsonArray());
    return c.breaches;
  }

  /** The breaches of message blocks as sent ({@code blocks} form parameter or JSON body). */
  static List<String> checkMessageBlocks(String blocksJson) {
    BlockKitLimits c = new BlockKitLimits("message");
    c.blocks(Surface.MESSAGE, JsonParser.parseString(blocksJson).getAsJsonArray());
    return c.breaches;
  }

  /** The breaches of message blocks. */
  static List<String> checkMessageBlocks(List<LayoutBlock> blocks) {
    return checkMessageBlocks(GSON.toJson(blocks));
  }

  /** The breaches of a modal or Home tab. */
  static List<String> check(View view) {
    return checkView(GSON.toJson(view));
  }

  /** The breaches of a view as sent ({@code view} form parameter). */
  static List<String> checkView(String viewJson) {
    JsonObject v = JsonParser.parseString(viewJson).getAsJsonObject();
    String type = str(v, "type");
    BlockKitLimits c = new BlockKitLimits(type);
    Surface surface = "home".equals(type) ? Surface.HOME : Surface.MODAL;
    if (surface == Surface.MODAL) {
      c.textObject("title", v.get("title"), 24, true);
      c.textObject("submit", v.get("submit"), 24, false);
      c.textObject("close", v.get("close"), 24, false);
    }
    c.text("private_metadata", str(v, "private_metadata"), 3000);
    c.text("callback_id", str(v, "callback_id"), 255);
    c.blocks(surface, v.getAsJsonArray("blocks"));
    return c.breaches;
  }

  private void blocks(Surface surface, JsonArray blocks) {
    if (blocks == null) {
      return;
    }
    if (blocks.size() > surface.maxBlocks) {
      breach(blocks.size() + " blocks; a " + surface + " holds " + surface.maxBlocks);
    }
    Set<String> blockIds = new HashSet<>();
    for (int i = 0; i < blocks.size(); i++) {
      JsonObject b = blocks.get(i).getAsJsonObject();
      String at = "block " + i + " (" + str(b, "type") + ")";
      String blockId = str(b, "block_id");
      text(at + " block_id", blockId, 255);
      if (blockId != null && !blockIds.add(blockId)) {
        breach(at + ": block_id " + blockId + " repeated");
      }
      switch (str(b, "type")) {
        case "section" -> section(at, b);
        case "header" -> textObject(at + " text", b.get("text"), 150, true);
        case "context" -> context(at, b);
        case "actions" -> elements(at, b.getAsJsonArray("elements"), 25);
        case "input" -> {
          textObject(at + " label", b.get("label"), 2000, true);
          textObject(at + " hint", b.get("hint"), 2000, false);
          element(at + " element", b.getAsJsonObject("element"));
        }
        case "image" -> {
          text(at + " alt_text", str(b, "alt_text"), 2000);
          text(at + " image_url", str(b, "image_url"), 3000);
        }
        case "divider" -> {}
        default -> breach(at + ": a block type this validator does not know");
      }
    }
  }

  private void section(String at, JsonObject b) {
    JsonArray fields = b.getAsJsonArray("fields");
    if (b.get("text") == null && fields == null) {
      breach(at + ": a section needs text or fields");
    }
    textObject(at + " text", b.get("text"), 3000, false);
    if (fields != null) {
      if (fields.size() > 10) {
        breach(at + ": " + fields.size() + " fields; at most 10");
      }
      for (int i = 0; i < fields.size(); i++) {
        textObject(at + " field " + i, fields.get(i), 2000, true);
      }
    }
    if (b.get("accessory") != null) {
      element(at + " accessory", b.getAsJsonObject("accessory"));
    }
  }

  private void context(String at, JsonObject b) {
    JsonArray elements = b.getAsJsonArray("elements");
    if (elements == null || elements.isEmpty()) {
      breach(at + ": a context needs elements");
      return;
    }
    if (elements.size() > 10) {
      breach(at + ": " + elements.size() + " elements; at most 10");
    }
    for (int i = 0; i < elements.size(); i++) {
      JsonObject e = elements.get(i).getAsJsonObject();
      if ("image".equals(str(e, "type"))) {
        text(at + " image alt_text", str(e, "alt_text"), 2000);
      } else {
        textObject(at + " element " + i, e, 3000, true);
      }
    }
  }

  private void elements(String at, JsonArray elements, int max) {
    if (elements == null || elements.isEmpty()) {
      breach(at + ": needs elements");
      return;
    }
    if (elements.size() > max) {
      breach(at + ": " + elements.size() + " elements; at most " + max);
    }
    Set<String> actionIds = new HashSet<>();
    for (int i = 0; i < elements.size(); i++) {
      JsonObject e = elements.get(i).getAsJsonObject();
      element(at + " element " + i, e);
      String id = str(e, "action_id");
      if (id != null && !actionIds.add(id)) {
        breach(at + ": action_id " + id + " repeated in one block");
      }
    }
  }

  private void element(String at, JsonObject e) {
    if (e == null) {
      breach(at + ": missing");
      return;
    }
    text(at + " action_id", str(e, "action_id"), 255);
    switch (str(e, "type")) {
      case "button" -> {
        textObject(at + " text", e.get("text"), 75, true);
        text(at + " value", str(e, "value"), 2000);
        text(at + " url", str(e, "url"), 3000);
        JsonObject confirm = e.getAsJsonObject("confirm");
        if (confirm != null) {
          textObject(at + " confirm title", confirm.get("title"), 100, true);
          textObject(at + " confirm text", confirm.get("text"), 300, true);
          textObject(at + " confirm confirm", confirm.get("confirm"), 30, true);
          textObject(at + " confirm deny", confirm.get("deny"), 30, true);
        }
      }
      case "plain_text_input" -> {
        JsonElement max = e.get("max_length");
        if (max != null && (max.getAsInt() < 1 || max.getAsInt() > 3000)) {
          breach(at + ": max_length " + max.getAsInt() + "; Slack takes 1 to 3000");
        }
        JsonElement min = e.get("min_length");
        if (min != null && (min.getAsInt() < 0 || min.getAsInt() > 3000)) {
          breach(at + ": min_length " + min.getAsInt() + "; Slack takes 0 to 3000");
        }
        textObject(at + " placeholder", e.get("placeholder"), 150, false);
      }
      default -> {}
    }
  }

  private void textObject(String at, JsonElement t, int max, boolean required) {
    if (t == null || t.isJsonNull()) {
      if (required) {
        breach(at + ": missing");
      }
      return;
    }
    String text = str(t.getAsJsonObject(), "text");
    if (text == null || text.isEmpty()) {
      breach(at + ": empty text");
      return;
    }
    text(at, text, max);
  }

  private void text(String at, String text, int max) {
    if (text != null && text.length() > max) {
      breach(at + ": " + text.length() + " characters; at most " + max);
    }
  }

  private void breach(String what) {
    breaches.add(where + " " + what);
  }

  private static String str(JsonObject o, String field) {
    JsonElement e = o.get(field);
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }
}
