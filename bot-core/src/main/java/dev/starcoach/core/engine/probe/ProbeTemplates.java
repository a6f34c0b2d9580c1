package dev.starcoach.core.engine.probe;

import dev.starcoach.core.content.Principle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The wording of written probes: several per dimension, and a few more for the principles where a
 * dimension matters most. {@code {quote}} stands for the person's own words; a plain template is
 * used when no phrase of the answer fits. A Java table for now (written in our own words); it can
 * move to a content file when people other than developers want to edit it.
 */
final class ProbeTemplates {
  private static final Map<ProbeDimension, List<String>> QUOTED =
      new EnumMap<>(ProbeDimension.class);
  private static final Map<ProbeDimension, List<String>> PLAIN =
      new EnumMap<>(ProbeDimension.class);
  private static final Map<Principle, Map<ProbeDimension, String>> BY_PRINCIPLE =
      new EnumMap<>(Principle.class);

  static {
    QUOTED.put(
        ProbeDimension.MEASURE,
        List.of(
            "You said \"{quote}\": from what number to what number, and how did you measure it?",
            "About \"{quote}\": what was it before you started, what was it after, and where"
                + " did you read those numbers?",
            "When you say \"{quote}\", how would I check that? Give me the before, the after"
                + " and the source.",
            "\"{quote}\": who noticed the difference, and what figure showed it?"));
    QUOTED.put(
        ProbeDimension.FOLLOW_THROUGH,
        List.of(
            "You mentioned \"{quote}\": what did you yourself do after that point?",
            "After \"{quote}\", what was the next thing you did with your own hands?",
            "In \"{quote}\", which part was yours alone, and how did you carry it" + " to done?",
            "Once \"{quote}\" happened, how did you follow it through to the end?"));
    QUOTED.put(
        ProbeDimension.OWNERSHIP,
        List.of(
            "You said \"{quote}\": why was this yours to take on, and where did your part"
                + " stop?",
            "About \"{quote}\": who asked you to do it, or did you pick it up yourself? Why?",
            "\"{quote}\": what would have happened if you had left it to someone else?",
            "When \"{quote}\", what did you decide was in your scope and what was not?"));
    QUOTED.put(
        ProbeDimension.REFLECTION,
        List.of(
            "You said \"{quote}\": what is different in your work since then?",
            "After \"{quote}\", name one habit or check you changed, and when you last used"
                + " it.",
            "\"{quote}\": if the same thing started today, what would you do first this" + " time?",
            "What did \"{quote}\" change in how your team works, not only in this project?"));
    QUOTED.put(
        ProbeDimension.DECISION,
        List.of(
            "You said \"{quote}\": what other options did you have, and why this one?",
            "About \"{quote}\": what did you weigh against it, and which cost did you accept?",
            "\"{quote}\": what was the riskiest part of that choice, and how did you limit"
                + " it?",
            "Why \"{quote}\" rather than the obvious alternative? Walk me through the"
                + " decision."));
    QUOTED.put(
        ProbeDimension.STAKES,
        List.of(
            "You started with \"{quote}\": who was affected, and how badly?",
            "About \"{quote}\": what was at risk had nobody stepped in that week?",
            "\"{quote}\": how many people or customers did it touch, and where did that count come from?",
            "Why did \"{quote}\" matter enough to drop other work for it?"));

    PLAIN.put(
        ProbeDimension.MEASURE,
        List.of(
            "You did not give a number for the result: from what to what, and how was it"
                + " measured?",
            "What tells you it worked? Give me the before, the after and where you read"
                + " them."));
    PLAIN.put(
        ProbeDimension.FOLLOW_THROUGH,
        List.of(
            "What did you do yourself, step by step, rather than the team?",
            "Which actions were yours alone, and how did you see them through?"));
    PLAIN.put(
        ProbeDimension.OWNERSHIP,
        List.of(
            "Why was this yours to take on, and where did your part stop?",
            "Did someone hand this to you, or did you pick it up yourself? Why?"));
    PLAIN.put(
        ProbeDimension.REFLECTION,
        List.of(
            "What is different in how you work since then? Name one concrete habit.",
            "If it happened again today, what would you do first this time?"));
    PLAIN.put(
        ProbeDimension.DECISION,
        List.of(
            "What options did you have, and why did you choose the one you did?",
            "What did you trade off in your approach, and which cost did you accept?"));
    PLAIN.put(
        ProbeDimension.STAKES,
        List.of(
            "Who was affected by the problem, and how badly?",
            "What was at risk had nobody stepped in?"));

    BY_PRINCIPLE.put(
        Principle.OWNERSHIP,
        Map.of(
            ProbeDimension.OWNERSHIP,
            "You said \"{quote}\": it was not only your team's problem, so what made you own"
                + " it?"));
    BY_PRINCIPLE.put(
        Principle.DELIVER_RESULTS,
        Map.of(
            ProbeDimension.MEASURE,
            "\"{quote}\": what was the target, did you hit it, and by when?"));
    BY_PRINCIPLE.put(
        Principle.EARN_TRUST,
        Map.of(
            ProbeDimension.FOLLOW_THROUGH,
            "After \"{quote}\", who did you keep informed, how often, and what did you own up"
                + " to?"));
    BY_PRINCIPLE.put(
        Principle.DIVE_DEEP,
        Map.of(
            ProbeDimension.FOLLOW_THROUGH,
            "You said \"{quote}\": what did you look at yourself, and what did it show you?"));
  }

  private ProbeTemplates() {}

  /** The templates for a dimension, principle-specific first, quoting or plain. */
  static List<String> of(ProbeDimension dimension, Principle principle, boolean quoted) {
    List<String> all = new ArrayList<>();
    if (quoted) {
      String own = BY_PRINCIPLE.getOrDefault(principle, Map.of()).get(dimension);
      if (own != null) {
        all.add(own);
      }
      all.addAll(QUOTED.get(dimension));
    } else {
      all.addAll(PLAIN.get(dimension));
    }
    return all;
  }

  /** Every template, for checks. */
  static List<String> all() {
    List<String> every = new ArrayList<>();
    QUOTED.values().forEach(every::addAll);
    PLAIN.values().forEach(every::addAll);
    BY_PRINCIPLE.values().forEach(m -> every.addAll(m.values()));
    return every;
  }
}
