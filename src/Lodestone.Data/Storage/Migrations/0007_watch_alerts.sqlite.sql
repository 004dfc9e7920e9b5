-- 0007: scheduled ingestion and brief alerts, shared by every server on one database.
-- watch_feeds: one row per polled feed or folder; a poller takes the due rows with BEGIN IMMEDIATE (one writer at a time) and holds each until
-- lease_until_ms (Unix ms), so two servers never fetch one feed at once; last_polled_ms decides when it is due again.
-- alert_baseline: the brief's figures (JSON) last compared, one row; version counts the comparisons that raised or moved it.
-- alerts: one row per brief figure an accepted change altered (old -> new as the page writes them, the change, when), with
-- its webhook delivery (status pending|delivered|failed, attempts, next try, lease) and alert_deliveries, one row per try.
CREATE TABLE watch_feeds (
    source TEXT NOT NULL PRIMARY KEY,
    worker TEXT,
    lease_until_ms BIGINT,
    last_polled_ms BIGINT,
    last_error TEXT,
    articles_added BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE alert_baseline (
    id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL,
    importer TEXT NOT NULL,
    supplier TEXT NOT NULL,
    as_of TEXT NOT NULL,
    figures TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);

CREATE TABLE alerts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    baseline_version BIGINT NOT NULL,
    importer TEXT NOT NULL,
    supplier TEXT NOT NULL,
    as_of TEXT NOT NULL,
    commodity TEXT NOT NULL,
    figure TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    change_ref TEXT NOT NULL,
    change_summary TEXT NOT NULL,
    raised_at TEXT NOT NULL,
    webhook_status TEXT NOT NULL,
    webhook_attempts INTEGER NOT NULL DEFAULT 0,
    webhook_next_ms BIGINT,
    webhook_worker TEXT,
    webhook_lease_until_ms BIGINT,
    webhook_last_error TEXT,
    webhook_delivered_at TEXT,
    UNIQUE (baseline_version, commodity, figure)
);

CREATE INDEX ix_alerts_webhook ON alerts (webhook_status, webhook_next_ms);

CREATE TABLE alert_deliveries (
    alert_id BIGINT NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    attempt INTEGER NOT NULL,
    at TEXT NOT NULL,
    outcome TEXT NOT NULL,
    error TEXT,
    PRIMARY KEY (alert_id, attempt)
);
