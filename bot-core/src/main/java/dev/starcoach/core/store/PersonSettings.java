package dev.starcoach.core.store;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.session.PersonId;
import java.time.ZoneId;

/**
 * A person's own settings.
 *
 * @param zone the person's time zone for streaks, or null to use the place's
 */
public record PersonSettings(PersonId person, Level level, ZoneId zone) {

  /** The defaults for someone who has set nothing. */
  public static PersonSettings defaults(PersonId person) {
    return new PersonSettings(person, Level.SDE2, null);
  }
}
