package dev.starcoach.core.story.fit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Robustness of the estimator as properties over our labelled stories: stuffing a story with a
 * principle's name does not raise that principle, and telling it with "we" instead of "I" does not
 * raise Ownership.
 */
class PrincipleFitPropertiesTest {
  static final PrincipleFit FIT = new PrincipleFit();
  static final List<LabelledStories.Labelled> STORIES = LabelledStories.all();

  /** A sentence of ours that names principles, and the principles it names. */
  record Stuffing(String sentence, List<Principle> names) {}

  static final List<Stuffing> STUFFING =
      List.of(
          new Stuffing(
              "I showed great ownership and customer obsession.",
              List.of(Principle.OWNERSHIP, Principle.CUSTOMER_OBSESSION)),
          new Stuffing(
              "I always insist on the highest standards and I dove deep into everything.",
              List.of(Principle.INSIST_ON_THE_HIGHEST_STANDARDS, Principle.DIVE_DEEP)),
          new Stuffing(
              "This shows my bias for action and my frugality.",
              List.of(Principle.BIAS_FOR_ACTION, Principle.FRUGALITY)),
          new Stuffing(
              "I earned their trust, had backbone, disagreed and committed, and delivered results.",
              List.of(Principle.EARN_TRUST, Principle.HAVE_BACKBONE, Principle.DELIVER_RESULTS)),
          new Stuffing(
              "I think big, I invent and simplify, and I learn and be curious.",
              List.of(
                  Principle.THINK_BIG,
                  Principle.INVENT_AND_SIMPLIFY,
                  Principle.LEARN_AND_BE_CURIOUS)),
          new Stuffing(
              "I hire and develop the best and I strive to be Earth's best employer.",
              List.of(Principle.HIRE_AND_DEVELOP_THE_BEST, Principle.EARTHS_BEST_EMPLOYER)),
          new Stuffing(
              "I know success and scale bring broad responsibility, and I am right a lot.",
              List.of(Principle.BROAD_RESPONSIBILITY, Principle.ARE_RIGHT_A_LOT)));

  record Case(LabelledStories.Labelled story, Step step, Stuffing stuffing) {}

  @Provide
  Arbitrary<Case> stuffed() {
    return Combinators.combine(
            Arbitraries.of(STORIES),
            Arbitraries.of(Step.TASK, Step.ACTION, Step.RESULT),
            Arbitraries.of(STUFFING))
        .as(Case::new);
  }

  @Provide
  Arbitrary<LabelledStories.Labelled> stories() {
    return Arbitraries.of(STORIES);
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void stuffing_a_story_with_a_principles_name_does_not_raise_it(@ForAll("stuffed") Case c) {
    // GIVEN a story WHEN a sentence naming principles is added to one of its steps
    StoryFit before = FIT.estimate(c.story().steps(), Map.of());
    Map<Step, String> steps = new EnumMap<>(c.story().steps());
    steps.put(c.step(), steps.get(c.step()) + " " + c.stuffing().sentence());
    StoryFit after = FIT.estimate(steps, Map.of());
    // THEN none of the principles it names is any stronger
    for (Principle p : c.stuffing().names()) {
      FitStrength was = before.cell(p).estimated();
      FitStrength now = after.cell(p).estimated();
      assertTrue(
          now.ordinal() >= was.ordinal(),
          c.story().id() + " " + p.id() + ": " + was + " -> " + now + " " + after.cell(p));
    }
  }

  private static final Pattern I = Pattern.compile("\\bI\\b");
  private static final Pattern MY = Pattern.compile("\\b([Mm])y\\b");
  private static final Pattern ME = Pattern.compile("\\bme\\b");
  private static final Pattern MYSELF = Pattern.compile("\\bmyself\\b");

  static String toWe(String text) {
    String t = MYSELF.matcher(text).replaceAll("ourselves");
    t = I.matcher(t).replaceAll("we");
    t = MY.matcher(t).replaceAll("$1" + "ur").replace("Mur", "Our").replace("mur", "our");
    return ME.matcher(t).replaceAll("us");
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void telling_it_with_we_does_not_raise_ownership(@ForAll("stories") LabelledStories.Labelled s) {
    // GIVEN a story WHEN every "I" is swapped for "we"
    Map<Step, String> we = new EnumMap<>(Step.class);
    s.steps().forEach((step, text) -> we.put(step, toWe(text)));
    FitStrength before = FIT.estimate(s.steps(), Map.of()).cell(Principle.OWNERSHIP).estimated();
    FitCell after = FIT.estimate(we, Map.of()).cell(Principle.OWNERSHIP);
    // THEN Ownership is no stronger
    assertTrue(
        after.estimated().ordinal() >= before.ordinal(),
        s.id() + ": " + before + " -> " + after.estimated() + " " + after.reasons());
  }
}
