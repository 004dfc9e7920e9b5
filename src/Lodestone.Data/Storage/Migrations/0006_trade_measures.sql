-- 0006: trade measures (tariffs, antidumping and countervailing duties, trade status, calls to change it) become stored
-- facts, so a reviewer can accept a tariff or policy article into them like agreements and export controls. Was read
-- from data/us_trade_measures.csv on each run. Lists are JSON arrays in TEXT, dates YYYY[-MM[-DD]] text (as 0001).
-- Columns must match StoreTables.cs (a test checks). Valid SQL for SQLite and PostgreSQL.
CREATE TABLE trade_measures (
    seq BIGINT NOT NULL PRIMARY KEY,
    fact_key TEXT NOT NULL UNIQUE,
    id TEXT NOT NULL,
    date TEXT NOT NULL,
    effective_date TEXT,
    measure_type TEXT NOT NULL,
    imposing_country TEXT NOT NULL,
    targets TEXT NOT NULL,
    commodities TEXT NOT NULL,
    scope TEXT NOT NULL,
    rate_text TEXT,
    status TEXT NOT NULL,
    status_as_of TEXT,
    summary TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources (fact_key),
    notes TEXT
);
