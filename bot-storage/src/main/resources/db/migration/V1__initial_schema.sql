-- STAR Coach schema, shared by SQLite and PostgreSQL.
-- Common subset only: TEXT, INTEGER, BIGINT, DOUBLE PRECISION; timestamps are ISO-8601 UTC text
-- with a fixed nine-digit fraction (they sort as text and keep every digit of an Instant);
-- booleans are INTEGER 0/1. ${serial_pk} is the one per-database piece: an auto-numbered
-- primary key that keeps insertion order (SQLite INTEGER PRIMARY KEY, PostgreSQL BIGSERIAL).

CREATE TABLE practice_session (
  seq ${serial_pk},
  id TEXT NOT NULL UNIQUE,
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  place TEXT NOT NULL,
  mode TEXT NOT NULL,
  question_id TEXT NOT NULL,
  level TEXT NOT NULL,
  phase TEXT NOT NULL,
  position INTEGER NOT NULL,
  probe_plan TEXT NOT NULL,
  answers TEXT NOT NULL,
  quiz_correct INTEGER NOT NULL,
  is_open INTEGER NOT NULL,
  started_at TEXT NOT NULL,
  prompted_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version BIGINT NOT NULL
);

-- One open session per person per place.
CREATE UNIQUE INDEX practice_session_one_open
  ON practice_session (platform, user_id, place) WHERE is_open = 1;

CREATE INDEX practice_session_person ON practice_session (platform, user_id);

CREATE TABLE scored_answer (
  seq ${serial_pk},
  id TEXT NOT NULL UNIQUE,
  session_id TEXT NOT NULL,
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  place TEXT NOT NULL,
  question_id TEXT NOT NULL,
  principle TEXT NOT NULL,
  mode TEXT NOT NULL,
  kind TEXT NOT NULL,
  level TEXT NOT NULL,
  answer_text TEXT NOT NULL,
  score INTEGER NOT NULL,
  spoken_seconds DOUBLE PRECISION NOT NULL,
  target_seconds INTEGER NOT NULL,
  reply_millis BIGINT NOT NULL,
  findings TEXT NOT NULL,
  answered_at TEXT NOT NULL
);

CREATE INDEX scored_answer_person_time ON scored_answer (platform, user_id, answered_at);
CREATE INDEX scored_answer_session ON scored_answer (session_id);

CREATE TABLE quiz_attempt (
  seq ${serial_pk},
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  question_id TEXT NOT NULL,
  item INTEGER NOT NULL,
  chosen INTEGER NOT NULL,
  correct_option INTEGER NOT NULL,
  answered_at TEXT NOT NULL
);

CREATE INDEX quiz_attempt_person_time ON quiz_attempt (platform, user_id, answered_at);

CREATE TABLE person_settings (
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  level TEXT NOT NULL,
  zone TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (platform, user_id)
);

CREATE TABLE place_settings (
  platform TEXT NOT NULL,
  workspace TEXT NOT NULL,
  channel TEXT NOT NULL,
  admins TEXT NOT NULL,
  zone TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (platform, workspace, channel)
);

CREATE TABLE daily_schedule (
  platform TEXT NOT NULL,
  workspace TEXT NOT NULL,
  channel TEXT NOT NULL,
  post_time TEXT NOT NULL,
  zone TEXT NOT NULL,
  weekdays TEXT NOT NULL,
  mention TEXT,
  principle TEXT,
  level TEXT NOT NULL,
  enabled INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (platform, workspace, channel)
);

CREATE INDEX daily_schedule_enabled ON daily_schedule (enabled);

-- A row here means the post of that place and local date was taken by one instance.
CREATE TABLE daily_post_claim (
  platform TEXT NOT NULL,
  workspace TEXT NOT NULL,
  channel TEXT NOT NULL,
  occurrence TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  claimed_at TEXT NOT NULL,
  PRIMARY KEY (platform, workspace, channel, occurrence)
);
