package dev.starcoach.core.engine;

import dev.starcoach.core.content.Lens;
import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import java.util.List;

/**
 * Step coaching the engine gives for questions that are not full walkthroughs, and the level notes
 * it adds to reflection prompts. All text here is the project's own.
 */
final class GenericCoaching {
  private GenericCoaching() {}

  static String tip(Step step) {
    return switch (step) {
      case SITUATION ->
          "Two or three sentences: where you were, what was going wrong, and why it mattered."
              + " Give one number if you have it.";
      case TASK ->
          "Say what was yours to do and why it was not obviously yours: whose system it was,"
              + " whether anyone asked, and the goal you set.";
      case ACTION ->
          "Walk through what you did, one 'I' sentence per action, in order. Show the judgement"
              + " calls, not just the activity.";
      case RESULT ->
          "Lead with a before-and-after number, say what it meant for the customer or the"
              + " business, then one lasting effect.";
      case REFLECTION ->
          "Name a lesson only this story could teach you, and what you do differently since.";
    };
  }

  static String mistake(Step step) {
    return switch (step) {
      case SITUATION -> "Touring the system's architecture before the problem is even named.";
      case TASK -> "Starting on the work without saying it was outside your remit or unasked.";
      case ACTION -> "Saying 'we' throughout, so the interviewer cannot tell what you did.";
      case RESULT ->
          "Ending with 'it went well and everyone was happy' instead of a measured change.";
      case REFLECTION ->
          "A lesson anyone could state without the story, like 'communication matters'.";
    };
  }

  static List<String> keyPhrases(Step step) {
    return switch (step) {
      case SITUATION -> List.of("the problem was", "it mattered because");
      case TASK -> List.of("not my team", "nobody had asked", "my goal was");
      case ACTION -> List.of("I analysed", "I built", "I persuaded");
      case RESULT -> List.of("from X to Y", "which meant", "since then");
      case REFLECTION -> List.of("I learned that", "now I always");
    };
  }

  static String levelNote(Step step, Level level) {
    if (step != Step.REFLECTION) {
      return null;
    }
    return switch (level) {
      case SDE1 -> "At SDE1: name a concrete technical lesson and how you apply it now.";
      case SDE2 ->
          "At SDE2: name the technical lesson and one way you changed how your team works.";
      case SENIOR ->
          "At Senior: name the organisational root cause (a missing owner, metric or mechanism)"
              + " and what you changed so it cannot recur.";
    };
  }

  static Lens lens(Principle principle) {
    return new Lens(
        principle,
        "Open with the moment in your story that shows "
            + principle.displayName()
            + " most clearly.",
        "The decisions you made that an interviewer probing "
            + principle.displayName()
            + " would ask about, with the evidence behind them.",
        "Details that serve the original principle but not this one.");
  }
}
