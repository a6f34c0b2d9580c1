package dev.starcoach.core.engine;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.CoachReply.ErrorNotice;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.store.CoachStores;
import dev.starcoach.core.store.PersonSettings;
import dev.starcoach.core.store.ReminderStore;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;

/** A person's own settings and data: level, time zone, reminders, export and forget. */
final class PersonDesk {
  private final CoachStores stores;
  private final ReminderStore reminders;
  private final Clock clock;
  private final ExportWriter exportWriter = new ExportWriter();

  PersonDesk(CoachStores stores, ReminderStore reminders, Clock clock) {
    this.stores = stores;
    this.reminders = reminders;
    this.clock = clock;
  }

  Level levelOf(SessionKey key) {
    return stores.settings().find(key.person()).map(PersonSettings::level).orElse(Level.SDE2);
  }

  void level(SessionKey key, Level level, Turn turn) {
    if (level == null) {
      turn.say(new CoachReply.LevelInfo(levelOf(key), false));
      return;
    }
    PersonSettings current = current(key);
    stores.settings().save(new PersonSettings(key.person(), level, current.zone()));
    turn.say(new CoachReply.LevelInfo(level, true));
  }

  void zone(SessionKey key, String zoneText, Turn turn) {
    PersonSettings current = current(key);
    if (zoneText == null || zoneText.isBlank()) {
      turn.say(
          new CoachReply.Notice(
              current.zone() == null
                  ? "You have not set a time zone; streaks use your channel's zone (or UTC)."
                      + " Set one with: timezone Europe/Berlin"
                  : "Your time zone is " + current.zone().getId() + "."));
      return;
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(zoneText.strip());
    } catch (DateTimeException e) {
      turn.say(
          new ErrorNotice(
              ErrorCode.NOT_AVAILABLE,
              "\""
                  + zoneText.strip()
                  + "\" is not an IANA time zone; write it like Europe/Berlin"
                  + " or America/New_York."));
      return;
    }
    stores.settings().save(new PersonSettings(key.person(), current.level(), zone));
    turn.say(
        new CoachReply.Notice(
            "Time zone set to " + zone.getId() + ". Streaks now count days in that zone."));
  }

  void reminders(SessionKey key, Boolean on, Turn turn) {
    if (on == null) {
      turn.say(
          new CoachReply.Notice(
              reminders.optedIn(key.person())
                  ? "Reminders are on: if you leave a practice unfinished for a day, you get one"
                      + " direct message about it. Turn them off with: remind off"
                  : "Reminders are off. Turn them on with: remind on (one direct message when a"
                      + " practice you started is left unfinished for a day)"));
      return;
    }
    reminders.setOptIn(key.person(), on);
    turn.say(
        new CoachReply.Notice(
            on
                ? "Reminders on. If you leave a practice unfinished for a day, you get one direct"
                    + " message about it."
                : "Reminders off. You will not get messages about unfinished practices."));
  }

  void export(SessionKey key, Turn turn) {
    turn.say(new CoachReply.DataExport(exportWriter.write(key.person(), stores, clock.instant())));
  }

  /** Asks first; when confirmed, erases and returns how many records went. */
  void forget(SessionKey key, boolean confirmed, Turn turn) {
    if (!confirmed) {
      turn.say(new CoachReply.ForgetConfirmation());
      return;
    }
    int removed = stores.eraser().forget(key.person());
    turn.say(new CoachReply.Forgotten(removed));
    turn.open(java.util.Optional.empty());
  }

  private PersonSettings current(SessionKey key) {
    return stores.settings().find(key.person()).orElse(PersonSettings.defaults(key.person()));
  }
}
