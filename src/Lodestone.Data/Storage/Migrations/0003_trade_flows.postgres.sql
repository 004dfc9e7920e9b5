-- 0003: bilateral trade flows (CEPII BACI), one row per nomenclature × year × HS6 × exporter × importer.
-- No fact_key column: a full BACI release is ~11 million rows, and the natural key is already the unique
-- index below (text keys would double the table). value_usd in current USD; tonnes NULL where BACI has no
-- quantity (missing, never 0). Same columns as the SQLite script; only seq's type differs (BIGINT here,
-- SQLite's rowid there). Columns must match TradeFlowTable.cs (a test checks).
CREATE TABLE trade_flows (
    seq BIGINT NOT NULL PRIMARY KEY,
    nomenclature TEXT NOT NULL,
    year INTEGER NOT NULL,
    hs6 TEXT NOT NULL,
    exporter TEXT NOT NULL,
    importer TEXT NOT NULL,
    value_usd DOUBLE PRECISION NOT NULL,
    tonnes DOUBLE PRECISION,
    source_id TEXT NOT NULL REFERENCES sources (fact_key)
);

-- The key, led by hs6 so the snapshot's "flows of the mapped codes" query is an index range scan per code.
CREATE UNIQUE INDEX ux_trade_flows_key ON trade_flows (hs6, nomenclature, year, exporter, importer);
