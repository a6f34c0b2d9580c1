package dev.starcoach.core.engine.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.ContentLoader;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Probe;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.session.AskedProbe;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Probe wording: enough of it, quoting where it should, and our own (not the content's). */
class ProbeTemplatesTest {
  @Test
  void givenEachDimension_whenItsTemplatesAreListed_thenThereAreSeveralAndTheQuotedOnesQuote() {
    // GIVEN every dimension
    for (ProbeDimension d : ProbeDimension.values()) {
      // WHEN its quoting and plain templates are listed
      List<String> quoted = ProbeTemplates.of(d, Principle.FRUGALITY, true);
      List<String> plain = ProbeTemplates.of(d, Principle.FRUGALITY, false);

      // THEN there are several of each; the quoting ones quote and the plain ones do not
      assertTrue(quoted.size() >= 4 && plain.size() >= 2, d.id());
      quoted.forEach(t -> assertTrue(t.contains("\"{quote}\""), t));
      plain.forEach(t -> assertTrue(!t.contains("{quote}"), t));
    }
  }

  @Test
  void givenTheShippedProbes_whenComparedWithOurTemplates_thenNoFiveWordRunIsShared() {
    // GIVEN the sample probes of the shipped content
    Set<String> content = new HashSet<>();
    for (Question q : new ContentLoader().load(List.of(Path.of("..", "config", "content"))).all()) {
      for (Probe p : q.probes()) {
        content.addAll(runs(p.question()));
      }
    }

    // WHEN our templates are cut into five-word runs
    Set<String> shared = new HashSet<>();
    for (String template : ProbeTemplates.all()) {
      Set<String> runs = runs(template.replace("{quote}", " "));
      runs.retainAll(content);
      shared.addAll(runs);
    }

    // THEN none of them is a run of the content's probes
    assertEquals(Set.of(), shared);
  }

  @Test
  void givenATerseAnswerThatSpeaksToTheDimension_whenChecked_thenItIsNotOffTopic() {
    // GIVEN a follow-through probe and a terse answer naming what the person did
    AskedProbe probe =
        new AskedProbe(
            "Once \"The platform team fixed the mail gateway\" happened, how did you follow it"
                + " through to the end?",
            dev.starcoach.core.content.Step.ACTION,
            "follow_through",
            "The platform team fixed the mail gateway");

    // WHEN it is checked
    boolean addresses =
        ProbeCheck.addresses(
            ProbeDimension.FOLLOW_THROUGH,
            "Wrote a regression" + " test; checked the queue daily.");

    // THEN it speaks to the dimension, so it is not off topic
    assertTrue(addresses, probe.question());
  }

  private static Set<String> runs(String text) {
    String[] w = text.toLowerCase(Locale.ROOT).split("[^a-z0-9']+");
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 4 < w.length; i++) {
      if (!w[i].isEmpty()) {
        out.add(String.join(" ", List.of(w).subList(i, i + 5)));
      }
    }
    return out;
  }
}
