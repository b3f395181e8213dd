"""Entities stage of an ingest batch: each name resolved to an entity id as it is met, folds, entity rows.

Later reports of a batch need the ids of the entities earlier ones named, so ids are resolved
when met (`_entity_id`: the batch, then the cache, then what one look-up per batch found stored,
else a new id), not at the end. An article naming a stored entity's name an alias of another
queues a fold, done before the merges (`_apply_folds`); an entity another writer or process
folded meanwhile is followed to the one kept (`_follow_folds`). Every change of the batch's
entities is rewritten into its queued rows (`_remap_entities`), and the new aliases,
affiliations and mention counts are written last (`_write_entity_changes`).
"""

from __future__ import annotations

import collections
from collections.abc import Sequence
from typing import cast

from sqlalchemy import Integer, String, insert, select, update
from sqlalchemy.dialects import sqlite

from timeline.model import Extraction

from . import bulk
from .chunks import among, among_chunks, among_parameters
from .folds import fold_entity
from .ingest_state import BatchState, name_key
from .orm import META_MAX_SPAN_DAYS, AliasRow, EntityRow, MetaRow
from .typed import bound

# By name for the bulk paths (`bulk.NamedTable`).
ENTITIES_TABLE = cast(bulk.NamedTable, EntityRow.__table__)
_ALIASES = cast(bulk.NamedTable, AliasRow.__table__)

_LOCK_ENTITIES = "SELECT id FROM entities WHERE id = ANY(%(ids)s::int4[]) ORDER BY id FOR NO KEY UPDATE"
"""Row locks on entities taken in id order (the UPDATE that follows locks them in its join's order).
NO KEY UPDATE, the lock that UPDATE of a mention count takes: FOR UPDATE would also wait for every
writer whose rows refer to the entity (the FOREIGN KEY checks' KEY SHARE locks), which in turn may
wait for this writer's merge keys or entity rows: a deadlock."""


class EntityStage(BatchState):
    """Resolves, folds and writes a batch's entities."""

    def _follow_folds(self) -> None:
        """Send to the entity kept the links to entities folded since this process cached their ids.

        Another process (or `Timeline.merge_entities`) may have folded an entity whose id the
        entity cache still gives; one query per batch finds such ids, and the cache is emptied.
        """
        created = set(self._created_entities.values())
        ids = sorted(set(self.learnt_ids.values()) - created)
        target: dict[int, int] = {}
        while ids:
            found: dict[int, int] = {}
            for chunk in among_chunks(ids, self._sqlite):
                for entity_id, kept in self._conn.execute(
                    select(EntityRow.id, EntityRow.folded_into).where(
                        among(EntityRow.id, chunk, self._sqlite), EntityRow.folded_into.is_not(None)
                    ),
                    among_parameters(chunk),
                ):
                    if kept is not None:  # always, by the WHERE: the column's type says it may be
                        found[entity_id] = kept
            for folded, kept in found.items():
                target[folded] = kept
            ids = sorted(set(found.values()) - set(target))  # a kept entity may be folded in turn
        if target:
            for folded in target:
                seen = {folded}
                while target[folded] in target and target[folded] not in seen:
                    seen.add(target[folded])
                    target[folded] = target[target[folded]]
            self._remap_entities(target)
            self.folded = True

    def _prefetch_entities(self, extractions: Sequence[Extraction]) -> None:
        """Load, in two queries per 500 names, the stored entities the batch names by name or alias."""
        named: set[tuple[str, str]] = set()  # (name, type): an entity is named by most of its events
        names: set[str] = set()
        for extraction in extractions:
            for entity in extraction.entities:
                named.add((entity.name, entity.type))
                names.update(entity.aliases)  # an entity may be stored under one of them (see _entity_id)
            for event in extraction.events:
                named.update([(link.name, link.type) for link in event.entities])
        cached = self._cache.ids
        names.update(name for name, type_ in named if (name_key(name), type_) not in cached)
        names.update([name_key(name) for name in names])  # stored as an alias when it differs
        for chunk in among_chunks(sorted(names), self._sqlite):
            for entity_id, name, type_ in self._conn.execute(
                select(EntityRow.id, EntityRow.name, EntityRow.type).where(
                    among(EntityRow.name, chunk, self._sqlite), EntityRow.folded_into.is_(None)
                ),
                among_parameters(chunk),
            ):
                self._stored_entities.setdefault((name_key(name), type_), entity_id)
            for alias, entity_id, type_ in self._conn.execute(
                select(AliasRow.alias, AliasRow.entity_id, EntityRow.type)
                .join(EntityRow, EntityRow.id == AliasRow.entity_id)
                .where(among(AliasRow.alias, chunk, self._sqlite))
                .order_by(AliasRow.entity_id),
                among_parameters(chunk),
            ):
                self._aliases.setdefault((name_key(alias), type_), entity_id)

    def _entity_id(
        self, name: str, type_: str, affiliation: str | None = None, aliases: tuple[str, ...] = ()
    ) -> int:
        """The id of entity (name, type): by exact name, else by an alias of an entity of that type.

        Names are compared normalised (`name_key`): `重庆实验室（二期）` and `重庆实验室(二期)` are one
        entity, shown under the first form stored. An entity stored under one of `aliases` as its
        name (an earlier article wrote only the short form) takes `name` as its canonical name,
        the short one staying an alias.
        """
        key = (name_key(name), type_)
        known = self.learnt_ids.get(key)
        if known is not None:  # met earlier in this batch: its alias row is queued already
            if affiliation:
                self._affiliations.setdefault(known, affiliation)
            self._note_folds(known, name, type_, aliases)
            return known
        known = self._cache.ids.get(key) or self._stored_entities.get(key) or self._aliases.get(key)
        if known is None:
            known = next(
                (
                    found
                    for alias in aliases
                    if (
                        found := self._stored_entities.get((name_key(alias), type_))
                        or self._created_entities.get((name_key(alias), type_))
                    )
                    and found not in self._renamed
                ),
                None,
            )
            if known is not None:
                self._renamed[known] = name
        if known is None:
            (known,) = self._entity_ids.take(1)
            self._new_entities.append(
                {"id": known, "name": name, "type": type_, "affiliation": affiliation, "mention_count": 0}
            )
            self._created_entities[key] = known
            self.counts.entities += 1
        elif affiliation:
            self._affiliations.setdefault(known, affiliation)
        self._note_folds(known, name, type_, aliases)
        self.learnt_ids[key] = known
        self._add_alias(name, type_, known)
        return known

    def _note_folds(self, known: int, name: str, type_: str, aliases: tuple[str, ...]) -> None:
        """Queue the folding of entities stored (or created) under an alias of entity `known`."""
        for alias in aliases:
            other = self._stored_entities.get((alias, type_)) or self._created_entities.get((alias, type_))
            if other is not None and other != known and other not in self._fold_into:
                reason = f"article {self._article_id} names “{alias}” an alias of “{name}”"
                self._fold_into[other] = (known, reason)

    def _apply_folds(self) -> None:
        """Fold the entities this batch found to be others, in the database and in the queued rows.

        Runs before the merge decisions, so reports of the folded entity merge with the kept
        one's events. An entity created in this batch is simply never written.
        """
        target: dict[int, int] = {}
        for folded in self._fold_into:
            kept = folded
            seen = {kept}
            while kept in self._fold_into and self._fold_into[kept][0] not in seen:
                kept = self._fold_into[kept][0]
                seen.add(kept)
            if kept != folded:
                target[folded] = kept
        if not target:
            return
        created = {row["id"] for row in self._new_entities}  # not written yet (PostgreSQL writes them first)
        stored_folds = [(folded, kept) for folded, kept in target.items() if folded not in created]
        if stored_folds:
            self._flush_entities()
            for folded, kept in stored_folds:
                fold_entity(self._conn, folded, kept, self._fold_into[folded][1])
            self.folded = True
        dropped = {folded for folded in target if folded in created}
        if dropped:
            self._new_entities = [row for row in self._new_entities if row["id"] not in dropped]
        # An entity this batch created and folded again was never one entity more.
        self.counts.entities -= len(set(target) & set(self._created_entities.values()))
        self._remap_entities(target)

    def _remap_entities(self, target: dict[int, int]) -> None:
        """Rewrite the queued rows so that entity ids in `target` become the ids it maps them to.

        For folds, and for entities another writer stored first (which this batch did not create).
        """
        if not target:
            return
        self._created_entities = {k: v for k, v in self._created_entities.items() if v not in target}

        def remap(entity_id: int) -> int:
            return target.get(entity_id, entity_id)

        self._incoming = [
            report._replace(
                subject_id=None if report.subject_id is None else remap(report.subject_id),
                links=list(dict.fromkeys(((remap(e), role) for e, role in report.links), True)),
            )
            for report in self._incoming
        ]
        self.learnt_ids = {key: remap(value) for key, value in self.learnt_ids.items()}
        self.learnt_aliases = {(alias, remap(entity_id)) for alias, entity_id in self.learnt_aliases}
        rows = {(row["alias"], remap(row["entity_id"])) for row in self._alias_rows}
        self._alias_rows = [{"alias": alias, "entity_id": entity_id} for alias, entity_id in sorted(rows)]
        affiliations: dict[int, str] = {}
        for entity_id, affiliation in self._affiliations.items():
            affiliations.setdefault(remap(entity_id), affiliation)
        self._affiliations = affiliations
        self._aliases = {key: remap(value) for key, value in self._aliases.items()}
        self._stored_entities = {key: remap(value) for key, value in self._stored_entities.items()}
        self._fold_into = {
            remap(folded): (remap(kept), reason)
            for folded, (kept, reason) in self._fold_into.items()
            if remap(folded) != remap(kept)
        }
        for seq, counted in self._article_mentions.items():
            moved: collections.Counter[int] = collections.Counter()
            for entity_id, count in counted.items():
                moved[remap(entity_id)] += count
            self._article_mentions[seq] = moved

    def _add_alias(self, alias: str, type_: str, entity_id: int) -> None:
        """Queue (alias -> entity), and its normalised form when that differs, unless known; later
        names in the batch resolve through it, later batches find it by either form."""
        key = name_key(alias)
        self._aliases.setdefault((key, type_), entity_id)
        for form in (alias, key) if key != alias else (alias,):
            pair = (form, entity_id)
            if pair not in self.learnt_aliases and pair not in self._cache.aliases:
                self.learnt_aliases.add(pair)
                self._alias_rows.append({"alias": form, "entity_id": entity_id})

    def _flush_entities(self) -> None:
        """Insert the new entities and rename the stored ones queued so far."""
        conn = self._conn
        for row in self._new_entities:
            row["name"] = self._renamed.pop(row["id"], row["name"])
        if self._new_entities:
            conn.execute(insert(EntityRow), self._new_entities)
            self._new_entities = []
        if self._renamed:
            names: list[dict[str, object]] = [
                {"b_entity_id": key, "b_name": value} for key, value in self._renamed.items()
            ]
            new_name = bound("b_name", String())  # typed before `values`, which takes Any
            conn.execute(
                update(EntityRow)
                .where(EntityRow.id == bound("b_entity_id", Integer()))
                .values(name=new_name),
                names,
            )
            self._renamed = {}

    def _write_entity_changes(self) -> None:
        """Write the batch's new aliases, affiliations and mention counts, and the longest span.

        Last in the transaction and in a fixed order (aliases sorted, then entity rows locked by
        id), since other writers may wait on the same rows: see `ingest_concurrency`.
        """
        conn = self._conn
        mention_totals: collections.Counter[int] = collections.Counter()
        for counted in self._article_mentions.values():
            mention_totals.update(+counted)  # an entity listed without a mention adds nothing
        if self._alias_rows and self._sqlite:
            conn.execute(sqlite.insert(AliasRow).on_conflict_do_nothing(), self._alias_rows)
        elif self._alias_rows:
            rows = sorted({(row["alias"], row["entity_id"]) for row in self._alias_rows})
            bulk.insert_new(conn, _ALIASES, ("alias", "entity_id"), rows)
        if not self._sqlite and not self._alone and (mention_totals or self._affiliations):
            ids: list[int] = sorted({*mention_totals, *self._affiliations})
            parameters: dict[str, object] = {"ids": bulk.int_array(ids)}
            conn.exec_driver_sql(_LOCK_ENTITIES, parameters)
        if self._affiliations:
            affiliations: list[dict[str, object]] = [
                {"b_entity_id": key, "b_affiliation": value} for key, value in self._affiliations.items()
            ]
            affiliation = bound("b_affiliation", String())
            conn.execute(
                update(EntityRow)
                .where(EntityRow.id == bound("b_entity_id", Integer()), EntityRow.affiliation.is_(None))
                .values(affiliation=affiliation),
                affiliations,
            )
        if mention_totals and not self._sqlite:
            assign = {"mention_count": "stored.mention_count + new.mention_count"}
            counts = sorted(mention_totals.items())
            bulk.update_rows(conn, ENTITIES_TABLE, ("id",), ("mention_count",), counts, assign=assign)
        elif mention_totals:
            mentions: list[dict[str, object]] = [
                {"b_entity_id": key, "extra": count} for key, count in mention_totals.items()
            ]
            conn.execute(
                update(EntityRow)
                .where(EntityRow.id == bound("b_entity_id", Integer()))
                .values(mention_count=EntityRow.mention_count + bound("extra", Integer())),
                mentions,
            )
        if self._max_span > self._stored_max_span:
            conn.execute(
                update(MetaRow)
                .where(MetaRow.key == META_MAX_SPAN_DAYS, MetaRow.value < self._max_span)
                .values(value=self._max_span)
            )
