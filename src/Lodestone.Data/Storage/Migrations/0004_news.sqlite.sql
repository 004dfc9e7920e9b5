-- 0004: the news store (articles, events and their reporting articles, claims, review proposals, the change log of
-- accepted proposals) joins the one migration history. IF NOT EXISTS because SQLite files written before this
-- migration already hold these tables (the news store used to create them itself); a file that predates field
-- evidence lacks news_event_sources.fields, which SqliteNewsStore adds when it opens such a file.
-- news_generation counts committed news writes, so an ingest notices another process's commit (EventCache).
CREATE TABLE IF NOT EXISTS news_articles (
    id INTEGER PRIMARY KEY AUTOINCREMENT, location TEXT NOT NULL, url TEXT, canonical_url TEXT UNIQUE,
    content_hash TEXT NOT NULL UNIQUE, title TEXT, published TEXT, body TEXT NOT NULL, ingested_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS news_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT NOT NULL, date TEXT, countries TEXT NOT NULL, commodities TEXT NOT NULL,
    topics TEXT NOT NULL, organizations TEXT NOT NULL, amount_value TEXT, amount_currency TEXT, summary TEXT NOT NULL,
    kb_ids TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS news_event_sources (
    event_id INTEGER NOT NULL REFERENCES news_events(id), article_id INTEGER NOT NULL REFERENCES news_articles(id),
    evidence TEXT NOT NULL, fields TEXT, PRIMARY KEY (event_id, article_id));
CREATE TABLE IF NOT EXISTS news_claims (
    id INTEGER PRIMARY KEY AUTOINCREMENT, article_id INTEGER NOT NULL REFERENCES news_articles(id), speaker TEXT,
    text TEXT NOT NULL, horizon_months INTEGER, due_date TEXT, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS news_proposals (
    id INTEGER PRIMARY KEY AUTOINCREMENT, event_id INTEGER NOT NULL REFERENCES news_events(id), kind TEXT NOT NULL,
    status TEXT NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL, decided_at TEXT);
CREATE TABLE IF NOT EXISTS news_change_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT, proposal_id INTEGER NOT NULL REFERENCES news_proposals(id),
    event_id INTEGER NOT NULL, kind TEXT NOT NULL, payload TEXT NOT NULL, sources TEXT NOT NULL, at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ix_news_event_sources_article ON news_event_sources (article_id);
CREATE INDEX IF NOT EXISTS ix_news_proposals_event ON news_proposals (event_id);
CREATE TABLE news_generation (id INTEGER NOT NULL PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO news_generation (id, value) VALUES (1, 0);
