"""Full-text search of events: their summaries and the sentences that report them, indexed.

`event_search` holds one row per event: its summary, then each distinct sentence reporting it,
a line each. Database triggers keep it in step with `events` and `sources`, so the write path
does not change. SQLite makes it an FTS5 table with the trigram tokenizer (which matches any
run of three or more characters, so Chinese needs no word segmenter); PostgreSQL a plain table
with a pg_trgm GIN index, which serves `ILIKE '%…%'`. Both answer a substring query from
the index; a term shorter than three characters cannot use a trigram index and is scanned.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Connection, FromClause, column, func, literal, table, text
from sqlalchemy.exc import DBAPIError

__all__ = ["SEARCH_TABLE", "install", "search_source", "search_terms"]

SEARCH_TABLE = "event_search"
TRIGRAM = 3

_SQLITE_DDL = (
    f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(body, tokenize='trigram')",
    # rowid = event id. A sentence is appended once, whichever reprint brings it.
    f"""CREATE TRIGGER {SEARCH_TABLE}_event_added AFTER INSERT ON events BEGIN
        INSERT INTO {SEARCH_TABLE}(rowid, body) VALUES (new.id, new.summary);
    END""",
    f"""CREATE TRIGGER {SEARCH_TABLE}_event_removed AFTER DELETE ON events BEGIN
        DELETE FROM {SEARCH_TABLE} WHERE rowid = old.id;
    END""",
    f"""CREATE TRIGGER {SEARCH_TABLE}_summary_changed AFTER UPDATE OF summary ON events
    WHEN new.summary <> old.summary BEGIN
        UPDATE {SEARCH_TABLE} SET body = replace(body, old.summary, new.summary) WHERE rowid = new.id;
    END""",
    f"""CREATE TRIGGER {SEARCH_TABLE}_source_added AFTER INSERT ON sources BEGIN
        UPDATE {SEARCH_TABLE}
        SET body = body || char(10) || (SELECT body FROM texts WHERE id = new.sentence_id)
        WHERE rowid = new.event_id
          AND instr(body, (SELECT body FROM texts WHERE id = new.sentence_id)) = 0;
    END""",
)

_POSTGRES_DDL = (
    f"CREATE TABLE {SEARCH_TABLE} (event_id INTEGER PRIMARY KEY, body TEXT NOT NULL)",
    # Inserts are handled per statement (a batch COPYs thousands of rows: one INSERT, one UPDATE
    # of the search table each, not one per row); deletes and summary changes per row.
    f"""CREATE FUNCTION {SEARCH_TABLE}_events_added() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO {SEARCH_TABLE}(event_id, body) SELECT id, summary FROM new_events;
        RETURN NULL;
    END $$""",
    f"""CREATE TRIGGER {SEARCH_TABLE}_events_added AFTER INSERT ON events
    REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION {SEARCH_TABLE}_events_added()""",
    f"""CREATE FUNCTION {SEARCH_TABLE}_event_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            DELETE FROM {SEARCH_TABLE} WHERE event_id = OLD.id;
        ELSIF NEW.summary <> OLD.summary THEN
            UPDATE {SEARCH_TABLE} SET body = replace(body, OLD.summary, NEW.summary) WHERE event_id = NEW.id;
        END IF;
        RETURN NULL;
    END $$""",
    f"""CREATE TRIGGER {SEARCH_TABLE}_events AFTER DELETE OR UPDATE OF summary ON events
    FOR EACH ROW EXECUTE FUNCTION {SEARCH_TABLE}_event_changed()""",
    # Each event's new sentences, in the order of their first source, that its text lacks.
    f"""CREATE FUNCTION {SEARCH_TABLE}_sources_added() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE {SEARCH_TABLE} AS searched SET body = searched.body || added.sentences
        FROM (
            SELECT reported.event_id,
                   string_agg(chr(10) || texts.body, '' ORDER BY reported.first_id) AS sentences
            FROM (
                SELECT event_id, sentence_id, min(id) AS first_id FROM new_sources
                GROUP BY event_id, sentence_id
            ) AS reported
            JOIN texts ON texts.id = reported.sentence_id
            JOIN {SEARCH_TABLE} AS known ON known.event_id = reported.event_id
            WHERE strpos(known.body, texts.body) = 0
            GROUP BY reported.event_id
        ) AS added
        WHERE searched.event_id = added.event_id;
        RETURN NULL;
    END $$""",
    f"""CREATE TRIGGER {SEARCH_TABLE}_sources AFTER INSERT ON sources
    REFERENCING NEW TABLE AS new_sources
    FOR EACH STATEMENT EXECUTE FUNCTION {SEARCH_TABLE}_sources_added()""",
)

_PG_TRGM_INDEX = f"CREATE INDEX ix_{SEARCH_TABLE}_trgm ON {SEARCH_TABLE} USING gin (body gin_trgm_ops)"


def install(connection: Connection) -> None:
    """Create the search table and its triggers in a new store (inside its creating transaction).

    On PostgreSQL the trigram index needs the pg_trgm extension; when it cannot be created (a
    role that may not create extensions) search still works, unindexed.
    """
    if connection.dialect.name == "sqlite":
        for statement in _SQLITE_DDL:
            connection.exec_driver_sql(statement)
        return
    for statement in _POSTGRES_DDL:
        connection.exec_driver_sql(statement)
    savepoint = connection.begin_nested()
    try:
        connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        connection.exec_driver_sql(_PG_TRGM_INDEX)
    except DBAPIError:
        savepoint.rollback()
    else:
        savepoint.commit()


def search_terms(query: str) -> list[str]:
    """The terms of a query: its whitespace-separated parts, each to be found in an event's text."""
    return list(dict.fromkeys(query.split()))


_Conditions = list[ColumnElement[bool]]
_SEARCH = table(SEARCH_TABLE, column("rowid"), column("event_id"), column("body"))


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search_source(dialect: str, terms: list[str]) -> tuple[FromClause, ColumnElement[int], _Conditions]:
    """The search table, its event id column, and the conditions that every term is in an event's text.

    Queries join the search table first, so the index picks the few matching events before any
    other table is read.
    """
    if dialect == "sqlite":
        conditions: list[ColumnElement[bool]] = []
        long_terms = [t for t in terms if len(t) >= TRIGRAM]
        if long_terms:
            phrase = " AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms)
            conditions.append(
                text(f"{SEARCH_TABLE} MATCH :search_phrase").bindparams(search_phrase=phrase)  # type: ignore[arg-type]
            )
        conditions.extend(func.instr(_SEARCH.c.body, literal(t)) > 0 for t in terms if len(t) < TRIGRAM)
        return _SEARCH, _SEARCH.c.rowid, conditions
    return _SEARCH, _SEARCH.c.event_id, [_SEARCH.c.body.ilike(_like(t), escape="\\") for t in terms]
