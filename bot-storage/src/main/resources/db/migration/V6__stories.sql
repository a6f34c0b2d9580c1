-- The story bank (common SQL subset, as in V1). Every table carries the owner's platform and
-- user id, so forget deletes a person's rows table by table like the others.

-- Per person: the last story number handed out (numbers are never reused while the bank exists)
-- and the story being written step by step, if any.
CREATE TABLE story_bank (
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  last_number INTEGER NOT NULL,
  drafting INTEGER,
  PRIMARY KEY (platform, user_id)
);

-- One prepared story. tags: a JSON array of lower-case strings.
CREATE TABLE story (
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  number INTEGER NOT NULL,
  title TEXT NOT NULL,
  tags TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  practised_at TEXT,
  PRIMARY KEY (platform, user_id, number)
);

-- Every saved text of one step; the newest version of a step is its current text.
CREATE TABLE story_version (
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  number INTEGER NOT NULL,
  version INTEGER NOT NULL,
  step TEXT NOT NULL,
  text TEXT NOT NULL,
  score INTEGER NOT NULL,
  saved_at TEXT NOT NULL,
  source TEXT NOT NULL,
  session_id TEXT,
  PRIMARY KEY (platform, user_id, number, version)
);

-- The person's confirmation or rejection of a story-to-principle mapping.
CREATE TABLE story_decision (
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  number INTEGER NOT NULL,
  principle TEXT NOT NULL,
  decision TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  PRIMARY KEY (platform, user_id, number, principle)
);
