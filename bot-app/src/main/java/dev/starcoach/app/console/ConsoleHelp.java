package dev.starcoach.app.console;

import java.util.function.UnaryOperator;

/** The console's help: its commands in its own syntax. */
final class ConsoleHelp {
  private ConsoleHelp() {}

  /** The console's commands, the title painted by {@code bold}. */
  static String text(UnaryOperator<String> bold) {
    return String.join(
        "\n",
        bold.apply("STAR Coach — commands"),
        "  /practice [guided|drill|mock] [question id | principle] [--level sde1|sde2|senior]",
        "            [--sample-probes]      (mock: the walkthrough's own probes, not yours)",
        "  /practice next                  a drill aimed at your weakest principle and step",
        "  /practice loop                  four mock interviews in a row, then a debrief",
        "  /hint   /skip   /stop          help, skip or end the current step",
        "  /quiz [question id | principle] multiple-choice questions on a walkthrough",
        "  /lens PRINCIPLE                 retell your last story for another principle",
        "  /questions [principle]          list questions",
        "  /level [sde1|sde2|senior]       show or set your level",
        "  /timezone [ZONE]                show or set your time zone (for streaks)",
        "  /stats   /leaderboard [weeks]   your progress (with a chart) and this week's board",
        "  /remind                         reminders are DMs in Discord and Slack (not here)",
        "  /story add TITLE [| whole story] keep a story (no text: step by step, /story done",
        "                                  stops); /story save [N|TITLE] keeps your last answer",
        "  /story list | show N | map      your stories, one story, the 16-principle map",
        "  /story edit N STEP [text]       rewrite a step (a new version); /story remove N",
        "  /story confirm|reject|clear N PRINCIPLE   decide whether story N serves a principle",
        "  /story tag N a,b | rename N TITLE | share N",
        "  /export                         print your data as JSON",
        "  /forget                         delete your data (asks first)",
        "  /help   /quit",
        "Any other message is your answer to the current step (or, while you write a story,",
        "its next step). Paste a long answer as it is; end a line with \\ to go on typing on",
        "the next; Tab completes commands and ids.");
  }
}
