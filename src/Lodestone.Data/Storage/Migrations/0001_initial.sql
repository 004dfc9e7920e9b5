-- 0001: the initial schema. Valid SQL for both SQLite and PostgreSQL (types: TEXT, INTEGER, BIGINT,
-- DOUBLE PRECISION, BOOLEAN). Lists are JSON arrays in TEXT; dates are YYYY[-MM[-DD]] text (sources publish
-- partial dates); USD amounts are exact decimal text. Every table has seq (insertion order) and fact_key
-- (the natural key from FactKeys, unique). Columns must match StoreTables.cs (a test checks).

CREATE TABLE sources (
    seq BIGINT NOT NULL PRIMARY KEY,
    fact_key TEXT NOT NULL UNIQUE,
    id TEXT NOT NULL,
    title TEXT NOT NULL,
    publisher TEXT,
    url TEXT,
    published TEXT,
    read_via TEXT
);

CREATE TABLE production (
    seq BIGINT NOT NULL PRIMARY KEY,
    fact_key TEXT NOT NULL UNIQUE,
    commodity TEXT NOT NULL,
    stage TEXT NOT NULL,
    series TEXT NOT NULL,
    country TEXT NOT NULL,
    year INTEGER NOT NULL,
    value DOUBLE PRECISION,
    unit TEXT NOT NULL,
    is_estimate BOOLEAN NOT NULL,
    is_lower_bound BOOLEAN NOT NULL,
    note TEXT,
    source_id TEXT NOT NULL REFERENCES sources (fact_key),
    kind TEXT NOT NULL
);

CREATE TABLE reserves (
    seq BIGINT NOT NULL PRIMARY KEY,
    fact_key TEXT NOT NULL UNIQUE,
    commodity TEXT NOT NULL,
    series TEXT,
    country TEXT NOT NULL,
    year INTEGER NOT NULL,
    value DOUBLE PRECISION,
    unit TEXT NOT NULL,
    is_lower_bound BOOLEAN NOT NULL,
    note TEXT,
    source_id TEXT NOT NULL REFERENCES sources (fact_key)
);

CREATE TABLE net_import_reliance (
    seq BIGINT NOT NULL PRIMARY KEY,
    fact_key TEXT NOT NULL UNIQUE,
    commodity TEXT NOT NULL,
    series TEXT NOT NULL,
    importer TEXT NOT NULL,
    year INTEGER NOT NULL,
    nir_kind TEXT NOT NULL,
    nir_percent DOUBLE PRECISION,
    note TEXT,
    source_id TEXT NOT NULL REFERENCES sources (fact_key)
);

CREATE TABLE import_sources (
    seq BIGINT NOT NULL PRIMARY KEY,
    fact_key TEXT NOT NULL UNIQUE,
    commodity TEXT NOT NULL,
    importer TEXT NOT NULL,
    partner TEXT NOT NULL,
    share DOUBLE PRECISION NOT NULL,
    period TEXT NOT NULL,
    category TEXT,
    source_id TEXT NOT NULL REFERENCES sources (fact_key)
);

CREATE TABLE stage_shares (
    seq BIGINT NOT NULL PRIMARY KEY,
    fact_key TEXT NOT NULL UNIQUE,
    commodity TEXT NOT NULL,
    stage TEXT NOT NULL,
    product_scope TEXT NOT NULL,
    year INTEGER NOT NULL,
    data_type TEXT NOT NULL,
    is_projection BOOLEAN NOT NULL,
    is_proxy BOOLEAN NOT NULL,
    rank INTEGER,
    country TEXT,
    region TEXT,
    share DOUBLE PRECISION,
    qualifier TEXT NOT NULL,
    value DOUBLE PRECISION,
    unit TEXT,
    world_total DOUBLE PRECISION,
    derived TEXT,
    source_id TEXT NOT NULL REFERENCES sources (fact_key),
    notes TEXT
);

CREATE TABLE export_controls (
    seq BIGINT NOT NULL PRIMARY KEY,
    fact_key TEXT NOT NULL UNIQUE,
    id TEXT NOT NULL,
    date TEXT NOT NULL,
    effective_date TEXT,
    imposing_country TEXT NOT NULL,
    measure_ref TEXT,
    commodities TEXT NOT NULL,
    commodity_text TEXT NOT NULL,
    items_scope TEXT,
    stages TEXT NOT NULL,
    stage_text TEXT,
    measure_type TEXT NOT NULL,
    targets TEXT NOT NULL,
    targets_text TEXT NOT NULL,
    status TEXT NOT NULL,
    status_as_of TEXT,
    suspended_from TEXT,
    suspended_until TEXT,
    source_id TEXT NOT NULL REFERENCES sources (fact_key),
    notes TEXT
);

CREATE TABLE agreements (
    seq BIGINT NOT NULL PRIMARY KEY,
    fact_key TEXT NOT NULL UNIQUE,
    id TEXT NOT NULL,
    date TEXT NOT NULL,
    parties TEXT NOT NULL,
    other_parties TEXT NOT NULL,
    type TEXT NOT NULL,
    commodities TEXT NOT NULL,
    commodity_text TEXT NOT NULL,
    amount_usd TEXT,
    amount_note TEXT,
    summary TEXT NOT NULL,
    status TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources (fact_key),
    notes TEXT
);

CREATE TABLE projects (
    seq BIGINT NOT NULL PRIMARY KEY,
    fact_key TEXT NOT NULL UNIQUE,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    location TEXT,
    operator TEXT,
    commodities TEXT NOT NULL,
    commodity_text TEXT NOT NULL,
    stages TEXT NOT NULL,
    stage_text TEXT NOT NULL,
    capacity_min DOUBLE PRECISION,
    capacity_max DOUBLE PRECISION,
    unit TEXT,
    status TEXT NOT NULL,
    status_date TEXT,
    expected_start TEXT,
    investment_usd TEXT,
    investment_note TEXT,
    us_gov_support TEXT,
    other_gov_support TEXT,
    source_id TEXT NOT NULL REFERENCES sources (fact_key),
    notes TEXT
);

CREATE INDEX ix_production_commodity ON production (commodity);
CREATE INDEX ix_reserves_commodity ON reserves (commodity);
CREATE INDEX ix_net_import_reliance_commodity ON net_import_reliance (commodity);
CREATE INDEX ix_import_sources_commodity ON import_sources (commodity);
CREATE INDEX ix_stage_shares_commodity ON stage_shares (commodity);
