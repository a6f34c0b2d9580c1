package dev.starcoach.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static dev.starcoach.slack.KitParts.addMarkdown;
import static dev.starcoach.slack.KitParts.note;
import static dev.starcoach.slack.SlackText.escape;
import static dev.starcoach.slack.SlackText.truncate;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.starcoach.core.remind.Reminder;
import dev.starcoach.core.session.Phase;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages the adapter writes itself rather than from an engine reply: the help (in {@code
 * /star} syntax), reminders, refusals of a subcommand and short notes. Placeholders in commands are
 * written {@code &lt;like this&gt;}, as Slack reads a bare {@code <...>} as a link or mention.
 */
final class SlackMessages {
  private SlackMessages() {}

  /**
   * The help, optionally saying which subcommand was not understood.
   *
   * @param unknownWord the word not understood, or null
   * @param practiceOpen true when a practice is open, so the next message is taken as the answer
   */
  static SlackPost help(String unknownWord, boolean practiceOpen) {
    List<LayoutBlock> b = new ArrayList<>();
    if (unknownWord != null) {
      addMarkdown(
          b, "I don't know `" + escape(truncate(unknownWord, 40)) + "`. Here is what I do:");
    }
    if (practiceOpen) {
      addMarkdown(
          b,
          ":speech_balloon: A practice is open: your next message in our DM or its thread is"
              + " your answer. Say `hint`, `skip` or `stop`, or press the buttons.");
    }
    addMarkdown(
        b,
        "*STAR Coach* — practise behavioural interview answers, step by step.\n"
            + "• `/star practice [guided|drill|mock] [question id or principle] [--level"
            + " sde1|sde2|senior]` — start a practice (drill by default). It runs in our DM, or"
            + " in a thread when you start it in a channel.\n"
            + "• `/star practice next` — aimed at the gaps in your stories · `/star practice"
            + " loop` — a rehearsal of four or five interviewers, then a debrief\n"
            + "• `/star story` — your own stories: `add` (a modal), `list`, `show N`, `edit N"
            + " step`, `remove N`, `save [N]`, `confirm|reject N principle`, `map` (a heat map"
            + " in our DM); only you see them unless you `share N` in a channel\n"
            + "• `/star quiz [question id or principle]` — multiple-choice quiz\n"
            + "• `/star questions [principle]` — list the questions\n"
            + "• `/star lens [principle]` — retell your last story for another principle\n"
            + "• `/star level [sde1|sde2|senior]` — show or set your level\n"
            + "• `/star hint`, `/star skip`, `/star stop` — steer the open practice (or use the"
            + " buttons)\n"
            + "• `/star stats` — your progress, streak and weekly trend chart (in our DM)\n"
            + "• `/star leaderboard [channel|workspace] [weeks back, 0–52]` — the weekly board"
            + " (the workspace's unless you say channel)\n"
            + "• `/star timezone Area/City` — the zone your streak days are counted in\n"
            + "• `/star remind on|off` — a DM when you leave a practice unfinished for a day\n"
            + "• `/star daily show` — this channel's daily question; admins: `/star daily set"
            + " 09:00 Europe/Berlin [mon-fri] [--principle P] [--level L] [--mention @group]`,"
            + " `/star daily off`, `/star daily now`, `/star daily zone Area/City`; workspace"
            + " admins: `/star daily admins add|remove @person|@group`\n"
            + "• `/star export` — your data as a JSON file in our DM · `/star forget` — delete"
            + " it\n"
            + "Answer by replying in our DM or the practice thread, or press *Answer*.");
    b.add(note("Your progress is on my App Home tab."));
    return new SlackPost("STAR Coach help", b);
  }

  /**
   * A reminder of an unfinished practice, for the person's DM: its text, then Answer (except in a
   * quiz) and Stop, which act on the open practice like the buttons under its prompt.
   */
  static SlackPost reminder(Reminder reminder) {
    String text = escape(reminder.text());
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(b, ":hourglass_flowing_sand: " + text);
    String value = truncate(reminder.stepLabel(), KitParts.BUTTON_VALUE_LIMIT);
    List<BlockElement> buttons = new ArrayList<>();
    if (reminder.session().phase() != Phase.QUIZ) {
      buttons.add(
          button(
              x ->
                  x.actionId(ActionIds.ANSWER)
                      .text(plainText("Answer"))
                      .style("primary")
                      .value(value)));
    }
    buttons.add(
        button(
            x -> x.actionId(ActionIds.STOP).text(plainText("Stop")).style("danger").value(value)));
    b.add(actions(a -> a.elements(buttons)));
    b.add(note("You asked for reminders; `/star remind off` stops them."));
    return new SlackPost(truncate(text, 300), b);
  }

  /** The reply for a subcommand with wrong arguments. */
  static SlackPost invalid(String message) {
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(b, ":warning: " + escape(message) + "\nSee `/star help`.");
    return new SlackPost(truncate(escape(message), 300), b);
  }

  /** A short mrkdwn message; the caller has escaped anything not its own. */
  static SlackPost plain(String alreadyEscaped) {
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(b, alreadyEscaped);
    return new SlackPost(truncate(alreadyEscaped, 300), b);
  }
}
