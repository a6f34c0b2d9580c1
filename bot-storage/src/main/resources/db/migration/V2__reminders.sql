-- Reminders of practices left unfinished (common SQL subset, as in V1).

-- A row here means the person asked to be reminded.
CREATE TABLE reminder_opt_in (
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  opted_in_at TEXT NOT NULL,
  PRIMARY KEY (platform, user_id)
);

-- A row here means the reminder of that session was taken by one instance (sent or failed).
CREATE TABLE reminder_sent (
  seq ${serial_pk},
  session_id TEXT NOT NULL UNIQUE,
  sent_at TEXT NOT NULL
);

-- Finding idle open sessions by their last change.
CREATE INDEX practice_session_open_updated ON practice_session (is_open, updated_at);
