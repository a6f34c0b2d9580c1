package dev.starcoach.slack;

import dev.starcoach.core.session.PersonId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who replies are rendered for, and how members' display names are found: a leaderboard names the
 * members on it and marks the viewer's own line. Names come from Slack (cached), never from the
 * core's stores.
 *
 * @param me the member the replies are for, or null when nobody in particular
 * @param names a member id to their display name (unescaped), empty when unknown
 */
record Viewer(PersonId me, Function<String, Optional<String>> names) {
  /** Nobody in particular, with no names known: members are shown by id. */
  static final Viewer NOBODY = new Viewer(null, id -> Optional.empty());

  Viewer {
    Objects.requireNonNull(names, "names");
  }

  /** The same names, for member {@code userId} of Slack. */
  Viewer as(String userId) {
    return new Viewer(new PersonId(SlackCoach.PLATFORM, userId), names);
  }

  /** True when {@code person} is the viewer. */
  boolean is(PersonId person) {
    return me != null && me.equals(person);
  }

  /** The member's name, else their id. */
  String nameOf(PersonId person) {
    return names.apply(person.userId()).filter(n -> !n.isBlank()).orElse(person.userId());
  }
}
