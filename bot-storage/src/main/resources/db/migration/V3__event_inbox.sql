-- The durable inbox of platform events (common SQL subset, as in V1).
-- An event is written here before it is acknowledged; the unique (platform, event_id) makes one
-- event id handled once across instances, retries and restarts. When done, the payload is
-- dropped (set to NULL) and the id is kept for de-duplication until it is purged.
CREATE TABLE inbound_event (
  seq ${serial_pk},
  platform TEXT NOT NULL,
  event_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  payload TEXT,
  received_at TEXT NOT NULL,
  held_by TEXT NOT NULL,
  held_at TEXT NOT NULL,
  done_at TEXT
);

CREATE UNIQUE INDEX inbound_event_id ON inbound_event (platform, event_id);

-- Finding pending events (done_at IS NULL) by their holder or the age of their hold.
CREATE INDEX inbound_event_pending ON inbound_event (platform, held_at) WHERE done_at IS NULL;

-- Purging done ids.
CREATE INDEX inbound_event_done ON inbound_event (done_at) WHERE done_at IS NOT NULL;
