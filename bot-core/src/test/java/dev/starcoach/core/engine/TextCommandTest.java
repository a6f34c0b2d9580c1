package dev.starcoach.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.session.SessionMode;
import org.junit.jupiter.api.Test;

class TextCommandTest {

  @Test
  void practiceTakesModeSelectorAndLevel() {
    // WHEN a full practice command is parsed
    TextCommand parsed = TextCommand.parse("practice mock customer obsession --level senior");

    // THEN every part lands in the event
    CoachEvent.StartPractice start = (CoachEvent.StartPractice) ((TextCommand.Run) parsed).event();
    assertEquals(SessionMode.MOCK, start.mode());
    assertEquals("customer obsession", start.selector());
    assertEquals(Level.SENIOR, start.level());
  }

  @Test
  void wrongArgumentsAreNamed() {
    // WHEN a bad level and a bad flag are given
    TextCommand badLevel = TextCommand.parse("/practice drill --level principal");
    TextCommand badFlag = TextCommand.parse("practice --fast");

    // THEN each says what was wrong
    assertTrue(((TextCommand.Invalid) badLevel).message().contains("principal"));
    assertTrue(((TextCommand.Invalid) badFlag).message().contains("--fast"));
  }

  @Test
  void unknownWordsAndEmptyLinesAreNotErrors() {
    assertInstanceOf(TextCommand.Unknown.class, TextCommand.parse("dance"));
    assertInstanceOf(TextCommand.Help.class, TextCommand.parse(""));
    assertInstanceOf(TextCommand.Quit.class, TextCommand.parse("/quit"));
    assertEquals(
        new CoachEvent.ForgetData(true),
        ((TextCommand.Run) TextCommand.parse("forget confirm")).event());
  }

  @Test
  void remindTakesOnOffOrNothing() {
    // WHEN the reminder commands are parsed, THEN on, off and "show" map to SetReminders
    assertEquals(
        new CoachEvent.SetReminders(true),
        ((TextCommand.Run) TextCommand.parse("remind on")).event());
    assertEquals(
        new CoachEvent.SetReminders(false),
        ((TextCommand.Run) TextCommand.parse("/reminders OFF")).event());
    assertEquals(
        new CoachEvent.SetReminders(null),
        ((TextCommand.Run) TextCommand.parse("reminders")).event());
    assertTrue(
        ((TextCommand.Invalid) TextCommand.parse("remind tomorrow"))
            .message()
            .contains("on or off"));
    assertTrue(TextCommand.WORDS.contains("remind"));
  }
}
