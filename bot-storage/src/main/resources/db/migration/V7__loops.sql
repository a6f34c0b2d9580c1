-- Loop rehearsals (common SQL subset, as in V1): several mock interviews in one sitting, kept so a
-- crash or restart continues the loop. interviews: a JSON array of {principle, question_id,
-- session_id, result: {answered, verdict, score, at} or null}, in the order they are asked.
CREATE TABLE loop_rehearsal (
  seq ${serial_pk},
  id TEXT NOT NULL UNIQUE,
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  place TEXT NOT NULL,
  level TEXT NOT NULL,
  status TEXT NOT NULL,
  is_open INTEGER NOT NULL,
  interviews TEXT NOT NULL,
  started_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version BIGINT NOT NULL
);

-- One open loop per person per place.
CREATE UNIQUE INDEX loop_rehearsal_one_open
  ON loop_rehearsal (platform, user_id, place) WHERE is_open = 1;

CREATE INDEX loop_rehearsal_person ON loop_rehearsal (platform, user_id);
