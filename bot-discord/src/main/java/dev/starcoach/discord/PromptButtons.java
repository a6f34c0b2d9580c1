package dev.starcoach.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;

/**
 * The buttons under a prompt. Each carries its owner, place and prompt tag ({@link ComponentId}),
 * so only the owner can use them and only while the practice still waits on that prompt.
 */
final class PromptButtons {
  /** Discord's most buttons in one action row. */
  private static final int ROW = 5;

  private PromptButtons() {}

  /** Answer, Hint, Skip (when the prompt may be skipped) and Stop. */
  static List<ActionRow> prompt(String tag, DiscordRenderer.Owner owner, boolean skippable) {
    List<Button> buttons = new ArrayList<>();
    buttons.add(Button.primary(id(ComponentId.Action.ANSWER, tag, owner), "Answer"));
    buttons.add(Button.secondary(id(ComponentId.Action.HINT, tag, owner), "Hint"));
    if (skippable) {
      buttons.add(Button.secondary(id(ComponentId.Action.SKIP, tag, owner), "Skip"));
    }
    buttons.add(Button.danger(id(ComponentId.Action.STOP, tag, owner), "Stop"));
    return List.of(ActionRow.of(buttons));
  }

  /** One numbered button per option (at most nine), then Show answer and Stop. */
  static List<ActionRow> quiz(String tag, int options, DiscordRenderer.Owner owner) {
    List<ActionRow> rows = new ArrayList<>();
    List<Button> row = new ArrayList<>();
    int count = Math.min(9, options);
    for (int i = 1; i <= count; i++) {
      row.add(
          Button.primary(
              new ComponentId(ComponentId.Action.OPTION, i, tag, owner.userId(), owner.place())
                  .format(),
              String.valueOf(i)));
      if (row.size() == ROW) {
        rows.add(ActionRow.of(row));
        row = new ArrayList<>();
      }
    }
    if (row.size() > ROW - 2) {
      rows.add(ActionRow.of(row));
      row = new ArrayList<>();
    }
    row.add(Button.secondary(id(ComponentId.Action.SKIP, tag, owner), "Show answer"));
    row.add(Button.danger(id(ComponentId.Action.STOP, tag, owner), "Stop"));
    rows.add(ActionRow.of(row));
    return rows;
  }

  /** Delete all, or keep it. */
  static ActionRow forget(DiscordRenderer.Owner owner) {
    return ActionRow.of(
        Button.danger(id(ComponentId.Action.FORGET, PromptTag.NONE, owner), "Delete all"),
        Button.secondary(id(ComponentId.Action.KEEP, PromptTag.NONE, owner), "Keep it"));
  }

  private static String id(ComponentId.Action action, String tag, DiscordRenderer.Owner owner) {
    return ComponentId.of(action, tag, owner.userId(), owner.place()).format();
  }
}
