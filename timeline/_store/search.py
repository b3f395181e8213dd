"""Full-text search of events: their summaries and the sentences that report them, indexed.

`event_search` holds one row per event: its summary, then each distinct sentence reporting it,
a line each (on PostgreSQL without the summary when a sentence holds it: every term found in it
is found in the sentence, and the trigram index costs by the text's length). On SQLite database
triggers keep it in step with `events` and `sources`; on PostgreSQL the writer adds each batch's
rows and sentences in bulk (`write_postgres`) and triggers handle deletes and summary changes.
SQLite makes it an FTS5 table with the trigram tokenizer (which matches any run of three or more
characters, so Chinese needs no word segmenter); PostgreSQL a plain table with a pg_trgm GIN
index, which serves `ILIKE '%…%'`. Both answer a substring query from the index; a term shorter
than three characters cannot use a trigram index and is scanned. A term matches where it is a
substring of the text, ASCII letters in either case and other letters as written, on both
(`ascii_case`: PostgreSQL's ILIKE, which the index serves, takes its LC_CTYPE's every letter in
either case, so a second condition keeps ASCII's alone).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple, TypeAlias, cast

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Connection,
    Integer,
    Result,
    Select,
    Text,
    bindparam,
    column,
    func,
    literal,
    select,
    table,
)
from sqlalchemy.exc import DBAPIError

if TYPE_CHECKING:
    from sqlalchemy import FromClause
    from sqlalchemy.sql.base import ReadOnlyColumnCollection
    from sqlalchemy.sql.elements import KeyedColumnElement

    SearchFrom: TypeAlias = "FromClause[ReadOnlyColumnCollection[str, KeyedColumnElement[object]]]"
    """A table or join to select from (SQLAlchemy's own type of one leaves its columns Any)."""

from timeline.errors import SearchIndexWarning

from . import ascii_case, bulk
from .chunks import in_chunks
from .orm import EventRow, SourceRow, TextRow

__all__ = [
    "SEARCH_TABLE",
    "holding",
    "install",
    "matches",
    "matches_statement",
    "reindex",
    "search_body",
    "search_source",
    "search_terms",
    "write_postgres",
]

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
    # The writer adds rows and sentences itself, once per batch (`write_postgres`): triggers made
    # each new event's row twice (its summary, then its sentences), a third of an ingest's server
    # time with the trigram index. Deletes and summary changes, rare, stay triggers.
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
)

# Each stored event's new sentences, in the order given, that its text lacks.
_POSTGRES_APPEND = f"""UPDATE {SEARCH_TABLE} AS searched SET body = searched.body || added.sentences
FROM (
    SELECT reported.event_id,
           string_agg(chr(10) || reported.sentence, '' ORDER BY reported.position) AS sentences
    FROM unnest(%(event_ids)b::INTEGER[], %(sentences)b::TEXT[]) WITH ORDINALITY
        AS reported(event_id, sentence, position)
    JOIN {SEARCH_TABLE} AS known ON known.event_id = reported.event_id
    WHERE strpos(known.body, reported.sentence) = 0
    GROUP BY reported.event_id
) AS added
WHERE searched.event_id = added.event_id"""


def search_body(summary: str, sentences: Iterable[str]) -> str:
    """The search text of a new event: its summary unless a sentence holds it, then each distinct
    sentence the summary does not hold, a line each.

    >>> search_body("项目开工", ["3月1日，项目开工。", "项目开工", "3月1日，项目开工。"])
    '3月1日，项目开工。'
    >>> search_body("新项目开工", ["3月1日，项目开工。", "项目"])
    '新项目开工\\n3月1日，项目开工。'
    """
    lines: list[str] = []
    seen: set[str] = set()
    held = False
    for sentence in sentences:
        if sentence not in seen and sentence not in summary:
            lines.append(sentence)
            held = held or summary in sentence
        seen.add(sentence)
    return "\n".join(lines if held else [summary, *lines])


class _SearchRows(NamedTuple):
    """The PostgreSQL search table, by name, for COPY."""

    name: str = SEARCH_TABLE


def write_postgres(
    connection: Connection,
    new: Sequence[tuple[int, str]],
    reported: Sequence[tuple[int, str]],
    rewritten: Sequence[tuple[int, str]] = (),
    gone: Sequence[int] = (),
) -> None:
    """PostgreSQL: store the search rows of new events (id, `search_body`) with COPY, and append to
    stored events' rows the sentences (event id, sentence) they lack, in one statement; replace
    the bodies of the rows `rewritten` gives (event id, body) and delete the rows of ids `gone`."""
    if gone:
        ids: dict[str, object] = {"event_ids": bulk.int_array(gone)}
        connection.exec_driver_sql(_POSTGRES_DELETE, ids)
    if rewritten:
        bodies: dict[str, list[int] | list[str]] = {
            "event_ids": [event_id for event_id, _ in rewritten],
            "bodies": [body for _, body in rewritten],
        }
        connection.exec_driver_sql(_POSTGRES_REWRITE, bodies)
    bulk.copy_rows(connection, _SearchRows(), ("event_id", "body"), new, types=("integer", "text"))
    if reported:
        pairs: list[tuple[int, str]] = []
        seen: set[tuple[int, str]] = set()
        for pair in reported:
            if pair not in seen:
                seen.add(pair)
                pairs.append(pair)
        params: dict[str, list[int] | list[str]] = {
            "event_ids": [event_id for event_id, _ in pairs],
            "sentences": [sentence for _, sentence in pairs],
        }
        connection.exec_driver_sql(_POSTGRES_APPEND, params)


_POSTGRES_DELETE = f"DELETE FROM {SEARCH_TABLE} WHERE event_id = ANY(%(event_ids)s::INTEGER[])"


def _sqlite_body(summary: str, sentences: Iterable[str]) -> str:
    """The search text SQLite's triggers make: the summary, then each sentence its text lacks."""
    body = summary
    for sentence in sentences:
        if sentence not in body:
            body += "\n" + sentence
    return body


_REINDEXED: BindParameter[int] = bindparam("event_ids", expanding=True)
_SUMMARIES = select(EventRow.id, EventRow.summary).where(EventRow.id.in_(_REINDEXED))
_SENTENCES = (
    select(SourceRow.event_id, TextRow.body)
    .join(TextRow, TextRow.id == SourceRow.sentence_id)
    .where(SourceRow.event_id.in_(_REINDEXED))
    .order_by(SourceRow.event_id, SourceRow.id)
)
"""What `reindex` reads, built once (a fold runs it per merge)."""


def reindex(connection: Connection, event_ids: Sequence[int]) -> None:
    """Make the search rows of these events again from their summaries and their sources'
    sentences (in the order the sources came): after sources moved between events (a fold of
    entities merged two events, or a split took them apart) or went (an article replaced)."""
    sqlite = connection.dialect.name == "sqlite"
    for chunk in in_chunks(sorted(set(event_ids))):
        ids: dict[str, object] = {"event_ids": list(chunk)}
        summaries: dict[int, str] = dict(connection.execute(_SUMMARIES, ids).all())
        sentences: dict[int, list[str]] = {event_id: [] for event_id in summaries}
        for event_id, sentence in connection.execute(_SENTENCES, ids):
            sentences[event_id].append(sentence)
        make = _sqlite_body if sqlite else search_body
        bodies = [(event_id, make(summary, sentences[event_id])) for event_id, summary in summaries.items()]
        if not sqlite:
            write_postgres(connection, bodies, (), gone=list(chunk))
            continue
        listed = ", ".join(str(event_id) for event_id in chunk)  # integers, from the caller's ids
        connection.exec_driver_sql(f"DELETE FROM {SEARCH_TABLE} WHERE rowid IN ({listed})")
        if bodies:
            connection.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE}(rowid, body) VALUES (?, ?)", bodies)

_POSTGRES_REWRITE = f"""UPDATE {SEARCH_TABLE} AS searched SET body = given.body
FROM unnest(%(event_ids)b::INTEGER[], %(bodies)b::TEXT[]) AS given(event_id, body)
WHERE searched.event_id = given.event_id"""

_PG_TRGM_SCHEMA = "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'"
PG_TRGM_HOME = "timeline_pg_trgm"
"""The schema pg_trgm is created in when a database lacks it: one of its own, not the first
store's, whose DROP SCHEMA … CASCADE took the extension, and every other store's trigram index
with it, without a word."""
_PG_TRGM_CREATE = (
    f"CREATE SCHEMA IF NOT EXISTS {PG_TRGM_HOME}; CREATE EXTENSION pg_trgm SCHEMA {PG_TRGM_HOME}"
)
_CJK_SAMPLE = "重庆实验室"
"""Chinese text in which pg_trgm finds trigrams only when the database's LC_CTYPE reads it."""


def install(connection: Connection) -> None:
    """Create the search table and its triggers in a new store (inside its creating transaction).

    On PostgreSQL the trigram index needs the pg_trgm extension: it is used wherever it is
    installed (its operator class named with its schema, which need not be on the search path),
    else created in a schema of its own (`PG_TRGM_HOME`). When it cannot be (a role that may not
    create extensions or schemas, a server without it) search still works, scanning the table,
    and a SearchIndexWarning says so; as it does when the database's LC_CTYPE (plain C) makes
    pg_trgm blind to Chinese characters.
    """
    if connection.dialect.name == "sqlite":
        for statement in _SQLITE_DDL:
            connection.exec_driver_sql(statement)
        return
    for statement in _POSTGRES_DDL:
        connection.exec_driver_sql(statement)
    savepoint = connection.begin_nested()
    try:
        schema = _scalar(connection, _PG_TRGM_SCHEMA)
        if schema is None:
            connection.exec_driver_sql(_PG_TRGM_CREATE)
            schema = _scalar(connection, _PG_TRGM_SCHEMA)
        connection.exec_driver_sql(
            f"CREATE INDEX ix_{SEARCH_TABLE}_trgm ON {SEARCH_TABLE} USING gin (body {schema}.gin_trgm_ops)"
        )
        sample: dict[str, object] = {"sample": _CJK_SAMPLE}
        trigrams = _scalar(connection, f"SELECT {schema}.show_trgm(%(sample)s)", sample)
    except DBAPIError as err:
        savepoint.rollback()
        reason = str(err.orig).strip().splitlines()[0] if err.orig is not None else str(err)
        warnings.warn(
            f"full-text search of this store is not indexed, every --query will scan all events: "
            f"the pg_trgm index could not be made ({reason}); have a superuser run "
            "'CREATE EXTENSION pg_trgm' in this database before creating the store",
            SearchIndexWarning,
            stacklevel=2,
        )
        return
    savepoint.commit()
    if not trigrams:
        ctype = _scalar(connection, "SHOW lc_ctype")
        warnings.warn(
            f"full-text search of this store cannot use its index for Chinese: under this "
            f"database's LC_CTYPE ({ctype}) pg_trgm finds no trigrams in Chinese text, so every "
            "--query scans; use a database created with a UTF-8 LC_CTYPE (such as C.UTF-8)",
            SearchIndexWarning,
            stacklevel=2,
        )


def search_terms(query: str) -> list[str]:
    """The terms of a query: its whitespace-separated parts, each to be found in an event's text."""
    return list(dict.fromkeys(query.split(), True))


_Conditions = list[ColumnElement[bool]]
_ROWID = column("rowid", Integer)
"""The event id on SQLite (the FTS5 table's rowid)."""
_EVENT_ID = column("event_id", Integer)
"""The event id on PostgreSQL."""
_BODY = column("body", Text)
_SEARCH = cast("SearchFrom", table(SEARCH_TABLE, _ROWID, _EVENT_ID, _BODY))


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search_source(dialect: str, terms: list[str]) -> tuple[SearchFrom, ColumnElement[int], _Conditions]:
    """The search table, its event id column, and the conditions that every term is in an event's text.

    Queries join the search table first, so the index picks the few matching events before any
    other table is read. On SQLite the index is asked for a few trigrams covering each term
    (FTS5 reads every trigram of a phrase, each in every segment of the index: a long name cost
    three times as much as a phrase); `exact_conditions` then keeps the events holding the terms.
    """
    if dialect == "sqlite":
        conditions: list[ColumnElement[bool]] = []
        grams = list(dict.fromkeys((gram for term in terms for gram in covering_trigrams(term)), True))
        if grams:
            phrase = " AND ".join('"' + gram.replace('"', '""') + '"' for gram in grams)
            # `event_search MATCH ?`: FTS5 takes the table's name on the left for all its columns
            conditions.append(column(SEARCH_TABLE, Text).match(phrase))
        # The index alone answers a term of one trigram without cased letters.
        checked = [t for t in terms if len(t) != TRIGRAM or t.lower() != t.upper()]
        return _SEARCH, _ROWID, conditions + exact_conditions(dialect, checked)
    return _SEARCH, _EVENT_ID, exact_conditions(dialect, terms)


# SQLAlchemy types a generic SQL function as Any: the two the conditions use are typed here.


def _lower(text: ColumnElement[str]) -> ColumnElement[str]:
    return cast("ColumnElement[str]", func.lower(text))


def _instr(text: ColumnElement[str], part: ColumnElement[str]) -> ColumnElement[int]:
    return cast("ColumnElement[int]", func.instr(text, part))


def exact_conditions(dialect: str, terms: list[str]) -> _Conditions:
    """The conditions that every term is in an event's search text, checked on the text itself.

    A substring with ASCII letters in either case and other letters as written (`ascii_case`):
    SQLite compares `lower` texts (ASCII letters), PostgreSQL uses ILIKE (served by the trigram
    index when used alone, but its locale's every letter in either case), then compares the texts
    with their ASCII letters small. A term without letters that have a case (Chinese, digits) is
    compared as it is, which costs a quarter as much.
    """
    conditions: _Conditions = []
    for term in terms:
        caseless = term.lower() == term.upper()
        if dialect == "sqlite":
            body, wanted = (_BODY, literal(term)) if caseless else (_lower(_BODY), _lower(literal(term)))
            conditions.append(_instr(body, wanted) > 0)
        elif caseless:
            conditions.append(_BODY.like(_like(term), escape="\\"))
        else:  # ILIKE for the trigram index, then ASCII letters alone in either case, as on SQLite
            conditions.append(_BODY.ilike(_like(term), escape="\\"))
            small = ascii_case.small_column(_BODY, dialect)
            conditions.append(small.like(_like(ascii_case.small(term)), escape="\\"))
    return conditions


def _scalar(connection: Connection, sql: str, parameters: dict[str, object] | None = None) -> object:
    """The first cell of a driver-level statement's result, or None (SQLAlchemy types it Any)."""
    return cast("Result[object]", connection.exec_driver_sql(sql, parameters)).scalars().first()


def covering_trigrams(term: str) -> list[str]:
    """Trigrams of `term` that together cover it, end to end (none for a term under three characters).

    >>> covering_trigrams("重庆实验室第12分部")
    ['重庆实', '验室第', '12分', '2分部']
    """
    if len(term) < TRIGRAM:
        return []
    starts = list(range(0, len(term) - TRIGRAM + 1, TRIGRAM))
    if starts[-1] != len(term) - TRIGRAM:
        starts.append(len(term) - TRIGRAM)
    return [term[start : start + TRIGRAM] for start in starts]


def matches(connection: Connection, terms: list[str], limit: int) -> list[int]:
    """Ids of at most `limit` events containing every term, in no promised order."""
    return list(connection.scalars(matches_statement(connection.dialect.name, terms, limit)))


def matches_statement(dialect: str, terms: list[str], limit: int) -> Select[int]:
    """SELECT the ids of at most `limit` events containing every term (the search index's first)."""
    found, found_id, conditions = search_source(dialect, terms)
    return select(found_id).select_from(found).where(*conditions).limit(limit)


def holding(dialect: str, terms: list[str], event_id: ColumnElement[int]) -> ColumnElement[bool]:
    """EXISTS: the event `event_id` (a column of the enclosing query) contains every term, its search
    text looked up by id and read (SQLite: FTS5 `rowid =` without MATCH, which would read the index
    for every id; PostgreSQL: the primary key)."""
    found, found_id, _ = search_source(dialect, terms)
    exact = exact_conditions(dialect, terms)
    return select(found_id).select_from(found).where(found_id == event_id, *exact).exists()
