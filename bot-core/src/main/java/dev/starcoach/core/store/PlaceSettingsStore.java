package dev.starcoach.core.store;

import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.place.PlaceSettings;
import java.util.Optional;

/** Per-place settings (extra admins, time zone). */
public interface PlaceSettingsStore {

  /** The settings of a place, if any were saved. */
  Optional<PlaceSettings> find(PlaceId place);

  /** Creates or replaces the settings of a place. */
  void save(PlaceSettings settings);
}
