package dev.starcoach.slack;

import static dev.starcoach.slack.KitParts.addMarkdown;
import static dev.starcoach.slack.KitParts.note;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.model.block.LayoutBlock;
import dev.starcoach.core.engine.CoachReply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A data export as Slack shows it: a short summary message, the JSON as a file for the DM. */
final class ExportBlocks {
  /** The name of the uploaded data export. */
  static final String EXPORT_FILE = "starcoach-export.json";

  private ExportBlocks() {}

  /** The summary message of a data export, carrying the JSON file for the DM. */
  static SlackPost of(CoachReply.DataExport r) {
    byte[] bytes = r.json().getBytes(StandardCharsets.UTF_8);
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(
        b,
        "*Your data export* follows as the file `"
            + EXPORT_FILE
            + "` ("
            + size(bytes.length)
            + ")"
            + exportCounts(r.json())
            + ".");
    b.add(note("Only you and I can see this conversation. `/star forget` deletes it all."));
    return new SlackPost(
        "Your data export",
        b,
        Optional.of(
            new SlackFile(EXPORT_FILE, "STAR Coach data export", bytes, null, "your data export")),
        false);
  }

  private static String size(int bytes) {
    return bytes < 1024 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
  }

  /** {@code : 3 sessions, 12 answers, 4 quiz answers}, or nothing when the JSON is not read. */
  private static String exportCounts(String json) {
    try {
      JsonElement root = JsonParser.parseString(json);
      if (!root.isJsonObject()) {
        return "";
      }
      JsonObject doc = root.getAsJsonObject();
      return ": "
          + count(doc, "sessions", "session")
          + ", "
          + count(doc, "answers", "answer")
          + ", "
          + count(doc, "quiz", "quiz answer");
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static String count(JsonObject doc, String field, String noun) {
    JsonElement e = doc.get(field);
    int n = e != null && e.isJsonArray() ? e.getAsJsonArray().size() : 0;
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
