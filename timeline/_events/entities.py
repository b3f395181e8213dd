"""Entity recognition, the one entry point (`recognise`): every mention of a cleaned article
with its offsets, and its entities by canonical name.

The stages, in the order they claim text (an earlier one wins an overlap), each in its module:

- titles in 《》, known names and the alias table, defined aliases (`known_names`);
- organisations, facilities, projects and meetings by their suffix (`organisations`), whose
  left edge `name_bounds` finds;
- people with a title (`people`), places (`places`);
- pronoun-like mentions taking an earlier body (`pronouns`).

Names an article gives one entity in several forms are merged afterwards (`identity`).
"""

from __future__ import annotations

from collections.abc import Mapping

from timeline._events import vocab
from timeline._events.cleanup import Document
from timeline._events.known_names import (
    alias_definitions,
    aliases_used,
    document_titles,
    known_mentions,
    known_names,
)
from timeline._events.mentions import PLACE, Collector, Found, Info, Recognition, start_of, text_order
from timeline._events.organisations import organisations
from timeline._events.people import people, people_again
from timeline._events.places import place_spans
from timeline._events.pronouns import pronouns

__all__ = ["Found", "Info", "Recognition", "recognise"]


def _sorted_index(found: list[Found]) -> tuple[list[int], list[Found]]:
    ordered = sorted(found, key=start_of)
    return [f.start for f in ordered], ordered


def recognise(doc: Document, aliases: Mapping[str, str]) -> Recognition:
    """Find every entity mention of a cleaned article.

    `aliases` maps short forms to full names (vocab.ALIASES merged with the caller's).
    """
    collector = Collector(doc, aliases)
    known, known_re = known_names(tuple(aliases.items()))
    for unit in doc.units:
        document_titles(collector, unit.start, unit.end)
    for unit in doc.units:
        organisations(collector, unit.start, unit.end)
        known_mentions(collector, unit.start, unit.end, known, known_re)
    alias_definitions(collector)
    defined = {alias: name for alias, name in collector.aliases.items() if alias not in vocab.ALIASES}
    for unit in doc.units:
        aliases_used(collector, unit.start, unit.end, defined)
        people(collector, unit.start, unit.end)
        for start, end, name in place_spans(doc.text, unit.start, unit.end):
            collector.add(start, end, name, "place", PLACE)
    people_again(collector)
    starts, ordered = _sorted_index([f for f in collector.found if not f.nested])
    earlier: dict[str, Found] = {}
    for unit in doc.units:
        pronouns(collector, unit.start, unit.end, starts, ordered, earlier)
    mentions = sorted(collector.found, key=text_order)
    return Recognition(mentions, collector.entities, [m.start for m in mentions])
