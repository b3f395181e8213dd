"""Entities read back: the entity a name means, entities found by type or text, and their records.

A name is looked up as stored (normalised, as the writer stores names and aliases), else as a
unique part of one; an ambiguous or unknown part is an error that lists the candidates or the
nearest names (`entity_ids`).
"""

from __future__ import annotations

import collections
import difflib
from collections.abc import Iterable, Sequence
from typing import Protocol, cast

from sqlalchemy import BindParameter, ColumnElement, Connection, String, bindparam, func, or_, select

from timeline.errors import AmbiguousEntityError, QueryFilterError, UnknownEntityError
from timeline.model import StoredEntity, normalise_text

from . import ascii_case
from .chunks import in_chunks
from .driver import statement_rows
from .orm import NO_MENTION_ROWS, AliasRow, EntityRow, EntityTimelineRow, MentionRow
from .query_filters import check_query_text

_NAME_FORMS: list[BindParameter[str]] = [bindparam("name", type_=String), bindparam("folded", type_=String)]

_ENTITY_IDS_BY_NAME = (
    select(AliasRow.entity_id).where(AliasRow.alias.in_(_NAME_FORMS)).distinct().order_by(AliasRow.entity_id)
)
"""Statements built once: building SQL expressions per call costs more than running them."""

SHOWN_CANDIDATES = 8
"""Names listed when a part of a name fits several entities, or suggested for a miss."""


def entity_ids(conn: Connection, name: str) -> list[int]:
    """Ids of the entity meant by `name`: its full name or an alias (compared normalised, as the
    writer stores them), else a unique part of one.

    A part is unique when the names holding it are one name, or all hold the shortest of them. A
    part takes ASCII letters in either case, on SQLite and PostgreSQL alike (`ascii_case`).

    Raises AmbiguousEntityError when the part is in several entities' names (listing them,
    shortest first), UnknownEntityError when no name holds it (suggesting the nearest names).
    """
    check_query_text(name, "entity name")
    forms: dict[str, object] = {"name": name, "folded": normalise_text(name)}
    ids = [cast("int", row[0]) for row in statement_rows(conn, _ENTITY_IDS_BY_NAME, forms)]
    if ids:
        return ids
    part = normalise_text(name).strip()
    if not part:
        raise QueryFilterError(f"the entity name {name!r} is blank once normalised")
    alias = ascii_case.small_column(_ALIAS, conn.dialect.name)
    with_part = select(AliasRow.entity_id).where(alias.like(_contains(ascii_case.small(part)), escape="\\"))
    holders = conn.execute(
        select(EntityRow.id, EntityRow.name)
        .where(EntityRow.id.in_(with_part))
        .order_by(_NAME_LENGTH, EntityRow.name, EntityRow.id)
    ).all()
    names = list(dict.fromkeys((holder for _, holder in holders), True))
    if names and all(names[0] in other for other in names):
        # One name, or a short form inside every longer one (中科摇橹船… in 重庆中科摇橹船…): one thing.
        return [entity_id for entity_id, _ in holders]
    if names:
        shown = names[:SHOWN_CANDIDATES]
        more = f" and {len(names) - len(shown)} more" if len(names) > len(shown) else ""
        raise AmbiguousEntityError(
            f"{name!r} is part of {len(names)} entity names: {', '.join(shown)}{more}; give more of the name",
            tuple(names),
        )
    nearest = _nearest_names(conn, part)
    hint = f"; did you mean {', '.join(nearest)}?" if nearest else ""
    raise UnknownEntityError(f"no entity is named or aliased {name!r}{hint}")


_NAME_LENGTH = cast("ColumnElement[int]", func.length(EntityRow.name))
"""Entity names by length (SQLAlchemy types a generic SQL function as Any)."""


def _contains(part: str) -> str:
    """A LIKE pattern (escape character \\) matching any text that contains `part`."""
    return "%" + part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _nearest_names(conn: Connection, part: str) -> list[str]:
    """Entity names closest to `part` (difflib ratio), among names sharing a character with it."""
    characters = list(dict.fromkeys(ascii_case.small(part), True))[:12]
    alias = ascii_case.small_column(_ALIAS, conn.dialect.name)
    sharing = or_(*(alias.like(_contains(c), escape="\\") for c in characters))
    pool = list(
        conn.scalars(
            select(EntityRow.name)
            .where(EntityRow.id.in_(select(AliasRow.entity_id).where(sharing)))
            .distinct()
            .limit(5000)
        )
    )
    return difflib.get_close_matches(part, pool, n=5, cutoff=0.3)


class _EntityRecord(Protocol):
    """A row of `entities`: the columns of `EntityRow`, by name."""

    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def affiliation(self) -> str | None: ...
    @property
    def mention_count(self) -> int: ...


def _entity_records(conn: Connection, ids: Sequence[int]) -> list[_EntityRecord]:
    query = select(EntityRow).where(EntityRow.id.in_(ids))  # on a Connection: the row's columns
    return list(cast("Iterable[_EntityRecord]", conn.execute(query)))


def load_entities(conn: Connection, ids: Sequence[int]) -> list[StoredEntity]:
    """StoredEntities of `ids` (in that order), with aliases and event counts."""
    rows: dict[int, _EntityRecord] = {}
    aliases: dict[int, list[str]] = collections.defaultdict(list)
    counts: dict[int, int] = {}
    for chunk in in_chunks(ids):
        rows.update((row.id, row) for row in _entity_records(conn, chunk))
        for entity_id, alias in conn.execute(
            select(AliasRow.entity_id, AliasRow.alias)
            .where(AliasRow.entity_id.in_(chunk))
            .order_by(AliasRow.alias)
        ):
            aliases[entity_id].append(alias)
        for entity_id, count in conn.execute(
            select(EntityTimelineRow.entity_id, func.count())
            .where(EntityTimelineRow.entity_id.in_(chunk))
            .group_by(EntityTimelineRow.entity_id)
        ):
            counts[entity_id] = count
    return [
        StoredEntity(
            id=row.id,
            name=row.name,
            type=row.type,
            aliases=tuple(
                alias for alias in aliases[row.id] if normalise_text(alias) != normalise_text(row.name)
            ),
            affiliation=row.affiliation,
            event_count=counts.get(row.id, 0),
            mention_count=row.mention_count,
        )
        for row in (rows[i] for i in ids if i in rows)
    ]


_ALIAS = cast("ColumnElement[str]", AliasRow.alias)
"""The alias column, as `ascii_case.small_column` takes it."""


def find_entity_ids(conn: Connection, type_: str | None, text: str | None) -> list[int]:
    """Entity ids, by name, of a type and/or whose name or an alias contains `text` (ASCII letters
    in either case, other characters as written: `ascii_case`). An entity no stored article names
    and no event holds (`still_named`) is left out."""
    query = (
        select(EntityRow.id)
        .where(EntityRow.folded_into.is_(None), still_named(conn))
        .order_by(EntityRow.name, EntityRow.type, EntityRow.id)
    )
    if type_ is not None:
        query = query.where(EntityRow.type == type_)
    if text is not None:
        check_query_text(text, "query")
        forms = {ascii_case.small(text), ascii_case.small(normalise_text(text))}
        patterns = [_contains(form) for form in sorted(forms)]
        alias = ascii_case.small_column(_ALIAS, conn.dialect.name)
        matching = select(AliasRow.entity_id).where(
            or_(*(alias.like(pattern, escape="\\") for pattern in patterns))
        )
        query = query.where(EntityRow.id.in_(matching))
    return list(conn.scalars(query))


def still_named(conn: Connection) -> ColumnElement[bool]:
    """Whether an entity is still named by a stored article or held by an event: a replaced
    article takes its mentions (`entity_mentions`) away, and events its sources were alone in.
    `mention_count` counts too: articles stored before `orm.MENTION_ROWS_VERSION` have no mention
    rows (and a store of such a version, read as it is, no such table)."""
    held = select(EntityTimelineRow.entity_id).where(EntityTimelineRow.entity_id == EntityRow.id).exists()
    if conn.get_execution_options().get(NO_MENTION_ROWS, False):
        return or_(EntityRow.mention_count > 0, held)
    named = select(MentionRow.entity_id).where(MentionRow.entity_id == EntityRow.id).exists()
    return or_(EntityRow.mention_count > 0, named, held)

