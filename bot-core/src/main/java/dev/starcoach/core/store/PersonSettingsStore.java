package dev.starcoach.core.store;

import dev.starcoach.core.session.PersonId;
import java.util.Optional;

/** Per-person settings (level, time zone). */
public interface PersonSettingsStore {

  /** The person's settings, if they set any. */
  Optional<PersonSettings> find(PersonId person);

  /** Creates or replaces the person's settings. */
  void save(PersonSettings settings);
}
