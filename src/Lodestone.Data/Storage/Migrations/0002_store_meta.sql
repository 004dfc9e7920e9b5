-- 0002: where the content came from. key 'origin' = 'seed:<fingerprint of the data/ folder>' after a seed,
-- 'user' after any import or replace, so a store seeded from older shipped data is re-seeded, and a
-- user's own data is never overwritten.
CREATE TABLE store_meta (
    key TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);
