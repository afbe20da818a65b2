-- Background work the caller can follow (GET /tasks/{id}). The row is the durable record of
-- the work: it is written in the same transaction as the change that asks for the work, and
-- the job system is only told about it after commit (a sweeper re-announces any it missed).
CREATE TABLE tasks (
  id UUID PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  type VARCHAR(40) NOT NULL,
  subject_id BIGINT NOT NULL,
  status VARCHAR(20) NOT NULL,
  progress INTEGER NOT NULL DEFAULT 0,
  attempts INTEGER NOT NULL DEFAULT 0,
  -- Only what the job needs and the request gave (a PDF password); cleared when the task ends.
  secret TEXT,
  result TEXT,
  error TEXT,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  started_at TIMESTAMP WITH TIME ZONE,
  finished_at TIMESTAMP WITH TIME ZONE
);

CREATE INDEX tasks_user_idx ON tasks (user_id, created_at);
CREATE INDEX tasks_status_idx ON tasks (status, created_at);
CREATE INDEX tasks_subject_idx ON tasks (type, subject_id, status);
