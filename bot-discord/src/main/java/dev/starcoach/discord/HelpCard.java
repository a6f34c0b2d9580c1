package dev.starcoach.discord;

import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** The help card: every command in Discord's syntax. */
final class HelpCard {
  private HelpCard() {}

  /**
   * The help card.
   *
   * @param practiceOpen true when the person has a practice open: the card starts with how to
   *     answer it
   */
  static MessageCreateData render(boolean practiceOpen) {
    EmbedBuilder e =
        new EmbedBuilder()
            .setTitle("STAR Coach")
            .setColor(Markup.COLOR_PROMPT)
            .setDescription(
                "Practise behavioural interview answers in the Amazon Leadership Principles"
                    + " style. Answers are told in STAR order: Situation, Task, Action, Result,"
                    + " and a Reflection. Each answer is scored with rules that explain"
                    + " themselves.");
    if (practiceOpen) {
      e.addField(
          "Your practice is open",
          "Answer your latest prompt: press its **Answer** button, or in DMs just type your"
              + " answer. A lone `hint`, `skip` or `stop` does that instead.",
          false);
    }
    e.addField(
            "/practice",
            "`mode` guided (coaching before each step), drill (against the clock) or mock"
                + " (one answer, follow-up probes, a verdict). Pick a `question` or a"
                + " `principle`, and a `level`. In a server it runs in a private thread."
                + " `mode` next aims at the gaps in your stories and says why; loop rehearses"
                + " four or five interviewers and ends with a debrief.",
            false)
        .addField(
            "/story",
            "Your own stories: `add` (a form), `list`, `show`, `edit`, `remove`, `save` your"
                + " last practised answer, `confirm` or `reject` a principle, and `map`: which"
                + " of the 16 principles your stories cover, as a heat map. Only you see them,"
                + " unless you `share` one here.",
            false)
        .addField(
            "Answering",
            "Press **Answer** under a prompt and type in the box (up to 4,000 characters)."
                + " In DMs you can also just type; a lone `hint`, `skip` or `stop` does that.",
            false)
        .addField(
            "/quiz, /questions, /lens, /level",
            "A multiple-choice quiz on a walkthrough; the question bank; how to retell your"
                + " last story for another principle; the level you are judged at.",
            false)
        .addField(
            "/reminders",
            "`turn` on: one direct message when you leave a practice unfinished for a day,"
                + " with buttons to pick it up or stop it. `off` stops them.",
            false)
        .addField(
            "/export, /forget",
            "Download everything kept about you as JSON, or delete it all.",
            false)
        .addField(
            "/stats, /leaderboard, /timezone",
            "Your averages per step, weakest step, streak and weekly trend chart (only you"
                + " see them); this week's board for the server or the channel (`weeks_ago`"
                + " for earlier weeks); the time zone your streak counts days in.",
            false)
        .addField(
            "/daily",
            "A channel's daily question: everyone can `/daily show` it; members who can"
                + " manage the server (or hold a role an admin listed) can `set`, pause"
                + " (`off`) or post it `now`, and set the channel's time zone (`zone`);"
                + " members who can manage the server pick the admin roles (`admins`)."
                + " Answer a posted question with its **Answer**"
                + " button: your feedback is private, the thread sees only your score band.",
            false);
    return Markup.embed(e.build());
  }
}
