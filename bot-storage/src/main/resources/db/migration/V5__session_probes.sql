-- Follow-up probes written for the person's own mock answer (common SQL subset, as in V1):
-- a JSON array of {question, focus, dimension, quote}, kept so a resumed mock asks the same ones.
-- Sessions stored before this column hold '[]' and keep asking the question's sample probes.
ALTER TABLE practice_session ADD COLUMN probes TEXT NOT NULL DEFAULT '[]';
