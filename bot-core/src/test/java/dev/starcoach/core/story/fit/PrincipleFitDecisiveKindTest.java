package dev.starcoach.core.story.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where a principle asks for two kinds of substance, one decisive kind (a traced cause, several
 * things replaced by one) is enough with a support beside it, and an ordinary kind is not. The
 * scorer gives every step 80, so the telling never caps the cell.
 */
class PrincipleFitDecisiveKindTest {
  private static final PrincipleFit FIT =
      new PrincipleFit(PrincipleFitTellingTest.FixedScorer.all(80));

  private static Map<Step, String> story(String action, String result) {
    Map<Step, String> s = new EnumMap<>(Step.class);
    s.put(
        Step.SITUATION,
        "Our room booking system slowed down every Monday: pages took 9 seconds instead of 2"
            + " for about 3,000 staff, and teams kept three booking spreadsheets on the side.");
    s.put(Step.TASK, "I was asked to make Monday mornings usable again.");
    s.put(Step.ACTION, action);
    s.put(Step.RESULT, result);
    s.put(Step.REFLECTION, "I now look at what runs on a schedule before I look at the code.");
    return s;
  }

  private static FitStrength strength(Principle p, String action, String result) {
    return FIT.estimate(story(action, result), Map.of()).cell(p).estimated();
  }

  @Test
  void a_traced_cause_alone_makes_dive_deep_usable() {
    // GIVEN an Action whose only Dive Deep substance is a traced cause, with numbers around it
    FitStrength s =
        strength(
            Principle.DIVE_DEEP,
            "I traced the delay to one weekly report that locked the bookings table for 20"
                + " minutes, and moved the report to 5 am.",
            "Monday pages now load in 2 seconds.");
    // THEN it is usable: tracing the cause is the principle itself
    assertEquals(FitStrength.USABLE, s);
  }

  @Test
  void a_passing_found_that_alone_leaves_dive_deep_weak() {
    // GIVEN the same story where the cause is only "found that"
    FitStrength s =
        strength(
            Principle.DIVE_DEEP,
            "I found that the delay lined up with one weekly report that locked the bookings"
                + " table for 20 minutes, and moved the report to 5 am.",
            "Monday pages now load in 2 seconds.");
    // THEN it stays weak: "found that" turns up in any story
    assertEquals(FitStrength.WEAK, s);
  }

  @Test
  void several_things_replaced_by_one_makes_invent_and_simplify_usable() {
    // GIVEN an Action that put one calendar in the place of three spreadsheets
    FitStrength s =
        strength(
            Principle.INVENT_AND_SIMPLIFY,
            "I replaced the three booking spreadsheets with one shared calendar.",
            "Double bookings fell to 1 a month.");
    // THEN it is usable on that one kind, with a number in the Result beside it
    assertEquals(FitStrength.USABLE, s);
  }

  @Test
  void a_new_tool_alone_leaves_invent_and_simplify_weak() {
    // GIVEN an Action with only a new way of doing it, nothing taken away
    FitStrength s =
        strength(
            Principle.INVENT_AND_SIMPLIFY,
            "I came up with a shared calendar for the bookings.",
            "Double bookings fell to 1 a month.");
    // THEN it stays weak: two kinds are still asked for
    assertEquals(FitStrength.WEAK, s);
  }
}
