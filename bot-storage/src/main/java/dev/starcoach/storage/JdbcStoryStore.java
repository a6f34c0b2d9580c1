package dev.starcoach.storage;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.story.MappingDecision;
import dev.starcoach.core.story.Story;
import dev.starcoach.core.story.StoryNumber;
import dev.starcoach.core.story.StoryStore;
import dev.starcoach.core.story.StoryVersion;
import dev.starcoach.core.story.StoryVersion.StorySource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The story bank in four tables ({@code story_bank}, {@code story}, {@code story_version}, {@code
 * story_decision}). Numbers come from {@code story_bank.last_number}, raised in the same
 * transaction that inserts the story, so two adds never share a number and a removed number is
 * never handed out again. Version numbers are assigned here, in saving order.
 */
final class JdbcStoryStore implements StoryStore {
  /** The tables holding a person's stories, children first; forget deletes them in this order. */
  static final List<String> TABLES =
      List.of("story_decision", "story_version", "story", "story_bank");

  private final Database db;

  JdbcStoryStore(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public Story add(
      PersonId owner,
      String title,
      List<StoryVersion> firstVersions,
      List<String> tags,
      Instant at) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(at, "at");
    return db.transaction(
        "adding a story",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO story_bank (platform, user_id, last_number) VALUES (?, ?, 0)"
                      + " ON CONFLICT DO NOTHING")) {
            owner(ps, owner);
            ps.executeUpdate();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE story_bank SET last_number = last_number + 1"
                      + " WHERE platform = ? AND user_id = ?")) {
            owner(ps, owner);
            ps.executeUpdate();
          }
          int number;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT last_number FROM story_bank WHERE platform = ? AND user_id = ?")) {
            owner(ps, owner);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              number = rs.getInt(1);
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO story (platform, user_id, number, title, tags, created_at,"
                      + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            owner(ps, owner);
            ps.setInt(3, number);
            ps.setString(4, title);
            ps.setString(5, Codec.stringList(tags));
            ps.setString(6, Codec.instant(at));
            ps.setString(7, Codec.instant(at));
            ps.executeUpdate();
          }
          int v = 0;
          for (StoryVersion version : firstVersions) {
            insertVersion(c, owner, number, ++v, version);
          }
          return load(c, owner, number).orElseThrow();
        });
  }

  @Override
  public Optional<Story> find(PersonId owner, StoryNumber number) {
    return db.read("reading a story", c -> load(c, owner, number.value()));
  }

  @Override
  public List<Story> list(PersonId owner) {
    Objects.requireNonNull(owner, "owner");
    return db.read(
        "listing stories",
        c -> {
          List<Integer> numbers = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT number FROM story WHERE platform = ? AND user_id = ? ORDER BY number")) {
            owner(ps, owner);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                numbers.add(rs.getInt(1));
              }
            }
          }
          List<Story> out = new ArrayList<>();
          for (int n : numbers) {
            load(c, owner, n).ifPresent(out::add);
          }
          return out;
        });
  }

  @Override
  public Optional<Story> saveStep(PersonId owner, StoryNumber number, StoryVersion version) {
    Objects.requireNonNull(version, "version");
    return db.transaction(
        "saving a story step",
        c -> {
          if (!touch(c, owner, number.value(), version.at())) {
            return Optional.empty();
          }
          int next;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT COALESCE(MAX(version), 0) + 1 FROM story_version"
                      + " WHERE platform = ? AND user_id = ? AND number = ?")) {
            owner(ps, owner);
            ps.setInt(3, number.value());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              next = rs.getInt(1);
            }
          }
          insertVersion(c, owner, number.value(), next, version);
          return load(c, owner, number.value());
        });
  }

  @Override
  public Optional<Story> retitle(
      PersonId owner, StoryNumber number, String title, List<String> tags, Instant at) {
    Objects.requireNonNull(title, "title");
    return db.transaction(
        "renaming a story",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE story SET title = ?, tags = ?, updated_at = ?"
                      + " WHERE platform = ? AND user_id = ? AND number = ?")) {
            ps.setString(1, title);
            ps.setString(2, Codec.stringList(tags));
            ps.setString(3, Codec.instant(at));
            ps.setString(4, owner.platform());
            ps.setString(5, owner.userId());
            ps.setInt(6, number.value());
            if (ps.executeUpdate() == 0) {
              return Optional.empty();
            }
          }
          return load(c, owner, number.value());
        });
  }

  @Override
  public Optional<Story> decide(
      PersonId owner,
      StoryNumber number,
      Principle principle,
      Optional<MappingDecision> decision,
      Instant at) {
    Objects.requireNonNull(principle, "principle");
    return db.transaction(
        "recording a story mapping decision",
        c -> {
          if (!touch(c, owner, number.value(), at)) {
            return Optional.empty();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM story_decision WHERE platform = ? AND user_id = ? AND number = ?"
                      + " AND principle = ?")) {
            owner(ps, owner);
            ps.setInt(3, number.value());
            ps.setString(4, principle.id());
            ps.executeUpdate();
          }
          if (decision.isPresent()) {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO story_decision (platform, user_id, number, principle, decision,"
                        + " decided_at) VALUES (?, ?, ?, ?, ?, ?)")) {
              owner(ps, owner);
              ps.setInt(3, number.value());
              ps.setString(4, principle.id());
              ps.setString(5, decision.get().name().toLowerCase(Locale.ROOT));
              ps.setString(6, Codec.instant(at));
              ps.executeUpdate();
            }
          }
          return load(c, owner, number.value());
        });
  }

  @Override
  public void practised(PersonId owner, StoryNumber number, Instant at) {
    db.read(
        "marking a story practised",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE story SET practised_at = ? WHERE platform = ? AND user_id = ?"
                      + " AND number = ?")) {
            ps.setString(1, Codec.instant(at));
            ps.setString(2, owner.platform());
            ps.setString(3, owner.userId());
            ps.setInt(4, number.value());
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public boolean remove(PersonId owner, StoryNumber number) {
    return db.transaction(
        "removing a story",
        c -> {
          int n = 0;
          for (String table : TABLES.subList(0, 3)) {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "DELETE FROM "
                        + table
                        + " WHERE platform = ? AND user_id = ? AND number = ?")) {
              owner(ps, owner);
              ps.setInt(3, number.value());
              n = ps.executeUpdate();
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE story_bank SET drafting = NULL WHERE platform = ? AND user_id = ?"
                      + " AND drafting = ?")) {
            owner(ps, owner);
            ps.setInt(3, number.value());
            ps.executeUpdate();
          }
          return n > 0;
        });
  }

  @Override
  public Optional<StoryNumber> drafting(PersonId owner) {
    Objects.requireNonNull(owner, "owner");
    return db.read(
        "reading the story being drafted",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT drafting FROM story_bank WHERE platform = ? AND user_id = ?")) {
            owner(ps, owner);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              int n = rs.getInt(1);
              return rs.wasNull() ? Optional.empty() : Optional.of(new StoryNumber(n));
            }
          }
        });
  }

  @Override
  public void setDrafting(PersonId owner, Optional<StoryNumber> number) {
    Objects.requireNonNull(owner, "owner");
    db.transaction(
        "marking the story being drafted",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO story_bank (platform, user_id, last_number) VALUES (?, ?, 0)"
                      + " ON CONFLICT DO NOTHING")) {
            owner(ps, owner);
            ps.executeUpdate();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE story_bank SET drafting = ? WHERE platform = ? AND user_id = ?")) {
            if (number.isPresent()) {
              ps.setInt(1, number.get().value());
            } else {
              ps.setNull(1, Types.INTEGER);
            }
            ps.setString(2, owner.platform());
            ps.setString(3, owner.userId());
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public int forget(PersonId owner) {
    Objects.requireNonNull(owner, "owner");
    int n = db.transaction("deleting a person's stories", c -> deleteAll(c, owner));
    db.eraseResidue();
    return n;
  }

  /** Deletes every story row of a person on the caller's connection; part of forget. */
  static int deleteAll(Connection c, PersonId owner) throws SQLException {
    int n = 0;
    for (String table : TABLES) {
      try (PreparedStatement ps =
          c.prepareStatement("DELETE FROM " + table + " WHERE platform = ? AND user_id = ?")) {
        owner(ps, owner);
        n += ps.executeUpdate();
      }
    }
    return n;
  }

  private static boolean touch(Connection c, PersonId owner, int number, Instant at)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE story SET updated_at = ? WHERE platform = ? AND user_id = ? AND number = ?")) {
      ps.setString(1, Codec.instant(at));
      ps.setString(2, owner.platform());
      ps.setString(3, owner.userId());
      ps.setInt(4, number);
      return ps.executeUpdate() == 1;
    }
  }

  private static void insertVersion(
      Connection c, PersonId owner, int number, int version, StoryVersion v) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO story_version (platform, user_id, number, version, step, text, score,"
                + " saved_at, source, session_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      owner(ps, owner);
      ps.setInt(3, number);
      ps.setInt(4, version);
      ps.setString(5, v.step().id());
      ps.setString(6, v.text());
      ps.setInt(7, v.score());
      ps.setString(8, Codec.instant(v.at()));
      ps.setString(9, v.source().kind().name().toLowerCase(Locale.ROOT));
      ps.setString(10, v.source().sessionId().orElse(null));
      ps.executeUpdate();
    }
  }

  private static Optional<Story> load(Connection c, PersonId owner, int number)
      throws SQLException {
    String title;
    List<String> tags;
    Instant created;
    Instant updated;
    Optional<Instant> practised;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT title, tags, created_at, updated_at, practised_at FROM story"
                + " WHERE platform = ? AND user_id = ? AND number = ?")) {
      owner(ps, owner);
      ps.setInt(3, number);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        title = rs.getString(1);
        tags = Codec.stringList(rs.getString(2));
        created = Codec.instant(rs.getString(3));
        updated = Codec.instant(rs.getString(4));
        practised = Optional.ofNullable(rs.getString(5)).map(Codec::instant);
      }
    }
    List<StoryVersion> versions = new ArrayList<>();
    Map<Step, String> steps = new EnumMap<>(Step.class);
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT version, step, text, score, saved_at, source, session_id FROM story_version"
                + " WHERE platform = ? AND user_id = ? AND number = ? ORDER BY version")) {
      owner(ps, owner);
      ps.setInt(3, number);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Step step =
              Step.parse(rs.getString(2))
                  .orElseThrow(() -> new IllegalStateException("unknown story step in database"));
          StorySource source =
              new StorySource(
                  StorySource.Kind.valueOf(rs.getString(6).toUpperCase(Locale.ROOT)),
                  Optional.ofNullable(rs.getString(7)));
          StoryVersion v =
              new StoryVersion(
                  rs.getInt(1),
                  step,
                  rs.getString(3),
                  rs.getInt(4),
                  Codec.instant(rs.getString(5)),
                  source);
          versions.add(v);
          steps.put(step, v.text());
        }
      }
    }
    Map<Principle, MappingDecision> decisions = new EnumMap<>(Principle.class);
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT principle, decision FROM story_decision"
                + " WHERE platform = ? AND user_id = ? AND number = ?")) {
      owner(ps, owner);
      ps.setInt(3, number);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          decisions.put(
              Codec.principle(rs.getString(1)),
              MappingDecision.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)));
        }
      }
    }
    return Optional.of(
        new Story(
            owner,
            new StoryNumber(number),
            title,
            steps,
            tags,
            versions,
            decisions,
            created,
            updated,
            practised));
  }

  private static void owner(PreparedStatement ps, PersonId owner) throws SQLException {
    ps.setString(1, owner.platform());
    ps.setString(2, owner.userId());
  }
}
