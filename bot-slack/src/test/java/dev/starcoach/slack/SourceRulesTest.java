package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The adapter's own shape rules (issue 12): replies are dispatched by the compiler-checked visitor,
 * never by {@code instanceof CoachReply} chains; the adapter never asks the engine what is open; no
 * main file grows past 500 lines; no store is read but through the engine.
 */
class SourceRulesTest {
  private static final Path MAIN = Path.of("src/main/java/dev/starcoach/slack");

  @Test
  void mainCodeDispatchesRepliesByTheVisitorAndNeverProbes() throws IOException {
    // GIVEN the adapter's main sources
    List<String> breaches = new ArrayList<>();
    List<Path> files = sources();
    assertFalse(files.isEmpty(), "sources found under " + MAIN.toAbsolutePath());

    // WHEN read, THEN none tests reply types, probes for the open session, or is too long
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file);
      String text = String.join("\n", lines);
      if (text.contains("instanceof CoachReply")) {
        breaches.add(file.getFileName() + ": instanceof CoachReply");
      }
      if (text.contains("openSession(")) {
        breaches.add(file.getFileName() + ": openSession");
      }
      if (lines.size() > 500) {
        breaches.add(file.getFileName() + ": " + lines.size() + " lines");
      }
    }
    assertEquals(List.of(), breaches);
  }

  @Test
  void mainCodeReadsNoStoreOnlyThePlaceTypesAndTheInboxPort() throws IOException {
    // GIVEN the core.store types an adapter may name: a channel as a place and what a daily post
    // or a channel's settings carry (to render them), and the inbox port at the ack boundary with
    // its outage signal
    Set<String> allowed =
        Set.of(
            "PlaceId",
            "DailySchedule",
            "PlaceSettings",
            "EventInbox",
            "InboundEvent",
            "StorageUnavailableException");

    // WHEN the adapter's imports of core.store are read
    List<String> breaches = new ArrayList<>();
    Pattern store = Pattern.compile("import dev\\.starcoach\\.core\\.store\\.(\\w+)");
    for (Path file : sources()) {
      String text = Files.readString(file);
      for (String service :
          List.of(
              "core.stats.ProgressService",
              "core.place.PlaceCalendar",
              "core.place.PlaceServices")) {
        if (text.contains("import dev.starcoach." + service + ";")) {
          breaches.add(file.getFileName() + ": " + service);
        }
      }
      if (text.contains(".apply(place")) {
        breaches.add(file.getFileName() + ": applies a daily command itself");
      }
      Matcher m = store.matcher(text);
      while (m.find()) {
        if (!allowed.contains(m.group(1))) {
          breaches.add(file.getFileName() + ": " + m.group(1));
        }
      }
    }

    // THEN no store, no service over one (daily admin, progress) is reached but through the engine
    assertEquals(List.of(), breaches);
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> walk = Files.walk(MAIN)) {
      return walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }
}
