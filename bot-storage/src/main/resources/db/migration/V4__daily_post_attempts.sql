-- Daily posts exactly once, not at most once: each claim records its attempts and how the last
-- one ended, so a post the platform refused is tried again (common SQL subset, as in V1).
-- Claims made before this migration were final under the old rules: they stay 'posted'.
ALTER TABLE daily_post_claim ADD COLUMN state TEXT NOT NULL DEFAULT 'posted';
ALTER TABLE daily_post_claim ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1;
ALTER TABLE daily_post_claim ADD COLUMN updated_at TEXT;
ALTER TABLE daily_post_claim ADD COLUMN retry_at TEXT;
ALTER TABLE daily_post_claim ADD COLUMN last_error TEXT;
