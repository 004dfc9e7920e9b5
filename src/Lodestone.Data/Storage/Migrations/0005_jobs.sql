-- 0005: durable background jobs (simulation runs first), shared by every server on one database.
-- One row per job: what to run (request, JSON of the kind's request), who asked (client: "key" or "ip:ADDRESS", for
-- the per-client limits), where it is (status queued|running|succeeded|failed, progress 0-1), and its outcome
-- (result JSON or error). seq orders the queue (assigned under the submission lock). A running job belongs to the
-- worker named in worker until lease_until_ms (Unix milliseconds): a worker that dies stops renewing its lease and the
-- job is claimed again; attempts counts claims. Valid SQL for SQLite and PostgreSQL.
CREATE TABLE jobs (
    id TEXT NOT NULL PRIMARY KEY,
    seq BIGINT NOT NULL,
    kind TEXT NOT NULL,
    client TEXT NOT NULL,
    request TEXT NOT NULL,
    status TEXT NOT NULL,
    progress DOUBLE PRECISION NOT NULL,
    result TEXT,
    error TEXT,
    created_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT,
    worker TEXT,
    lease_until_ms BIGINT,
    attempts INTEGER NOT NULL
);

CREATE INDEX ix_jobs_queue ON jobs (kind, status, seq);
