-- Migration 1: site reports per month, and homepage availability probes.
-- Reports are kept whole as JSON (the contract of SPEC.md) with the columns
-- a query needs pulled out beside them, so a PostgreSQL backend can mirror
-- the same table.
CREATE TABLE site_report (
    month     TEXT    NOT NULL,            -- YYYY-MM
    site_id   TEXT    NOT NULL,
    as_of     TEXT    NOT NULL,            -- YYYY-MM-DD
    qualified INTEGER NOT NULL,            -- 0 / 1
    score     REAL    NOT NULL,
    grade     TEXT    NOT NULL,            -- excellent | good | qualified | unqualified
    report    TEXT    NOT NULL,            -- the site report, JSON
    saved_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (month, site_id)
) WITHOUT ROWID;

CREATE INDEX site_report_by_site ON site_report (site_id, month);
CREATE INDEX site_report_by_grade ON site_report (month, qualified, grade);

CREATE TABLE probe (
    id         INTEGER PRIMARY KEY,
    site_id    TEXT    NOT NULL,
    url        TEXT    NOT NULL,
    at         TEXT    NOT NULL,           -- UTC, YYYY-MM-DDTHH:MM:SS.ffffff (sorts as text)
    ok         INTEGER NOT NULL,
    status     INTEGER,
    error      TEXT,
    elapsed_ms INTEGER NOT NULL
);

CREATE INDEX probe_by_site_at ON probe (site_id, at);
