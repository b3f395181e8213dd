"""Names recognised without a suffix: titles in 《》, the known entities and the alias table
(vocab.KNOWN_ENTITIES, vocab.ALIASES and the caller's), and the aliases an article defines
("X（以下简称“Y”）") with their later uses.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from timeline import _regex
from timeline._events import vocab
from timeline._events.mentions import DEFINED, DOCUMENT, KNOWN, PERSON, Collector, Found
from timeline._events.name_bounds import bounded, clean_name
from timeline._events.organisations import suffix_type
from timeline._typed import lru_cached

#: Characters after which a known name is part of a longer word (a set: an empty slice is none).
_KNOWN_NOT_BEFORE = frozenset(vocab.KNOWN_NOT_BEFORE)
_DOCUMENT = re.compile(r"《([^《》\n]{2,80})》")
_ALIAS_DEF = re.compile(
    r"[（(](?:" + "|".join(vocab.ALIAS_INTRODUCERS) + r")[“\"‘]?([^”\"’）)，。]{1,20}?)[”\"’]?[）)]"
)


def document_titles(c: Collector, start: int, end: int) -> None:
    """Documents in 《》: the title without the brackets, the brackets claimed with it."""
    for match in _DOCUMENT.finditer(c.text, start, end):
        c.add(match.start(1), match.end(1), match.group(1), "policy", DOCUMENT)
        c.claim(match.start(), match.end(), DOCUMENT)


def known_mentions(
    c: Collector, start: int, end: int, table: Mapping[str, str], pattern: re.Pattern[str]
) -> None:
    """Mentions of the known names and the alias table (`table`: surface -> name) in [start, end)."""
    for match in pattern.finditer(c.text, start, end):
        surface = match.group()
        name = table[surface]
        if c.text[match.end() : match.end() + 1] in _KNOWN_NOT_BEFORE:
            continue
        if not bounded(c.text, match.start(), surface):
            continue
        type_ = vocab.KNOWN_ENTITIES.get(name) or suffix_type(name) or "organisation"
        existing = c.entities.get(name)
        if c.add(match.start(), match.end(), name, existing.type if existing else type_, KNOWN):
            if surface != name and surface not in c.entities[name].aliases:
                c.entities[name].aliases.append(surface)


@lru_cached(maxsize=16)
def known_names(aliases: tuple[tuple[str, str], ...]) -> tuple[dict[str, str], re.Pattern[str]]:
    """The known names (vocab.KNOWN_ENTITIES and the aliases) by surface, and their alternation;
    made once per alias table, not per article."""
    known = {**{name: name for name in vocab.KNOWN_ENTITIES}, **dict(aliases)}
    return known, known_pattern(tuple(sorted(known)))


@lru_cached(maxsize=256)
def known_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation per set of names, compiled once (articles of a corpus share most sets)."""
    return _regex.alternation(words)

def before_alias_definition(phrase: str) -> str:
    """A phrase up to the short name it defines (新疆生产建设兵团第十二师(以下简称“第十二师”)… →
    新疆生产建设兵团第十二师): the bracket and what follows are no part of the name."""
    match = _ALIAS_DEF.search(phrase)
    return phrase[: match.start()] if match is not None and match.start() > 0 else phrase


def alias_definitions(c: Collector) -> None:
    """'X（以下简称Y）': Y names X from here on (and in the store, through Entity.aliases)."""
    renamed: dict[str, str] = {}
    for match in _ALIAS_DEF.finditer(c.text):
        alias = clean_name(match.group(1))
        owner = next(
            (
                span[3]
                for span in c.claimed(match.start() - 1, match.start())
                if span[1] == match.start() and span[3] is not None and span[3].kind != PERSON
            ),
            None,
        )
        if owner is None or not alias or alias == owner.name:
            continue
        info = c.entities[owner.name]
        if alias not in info.aliases:
            info.aliases.append(alias)
        renamed[alias] = owner.name
        inner = _trim_quotes(
            c.text,
            Found(match.start(1), match.start(1) + len(match.group(1)), owner.name, info.type, DEFINED),
        )
        c.found.append(inner)
        c.claim(match.start(), match.end(), DEFINED, inner)
    if not renamed:
        return
    c.aliases = {**c.aliases, **renamed}
    for found in c.found:
        found.name = renamed.get(found.name, found.name)
    for alias, owner_name in renamed.items():
        if alias in c.entities and alias != owner_name:
            del c.entities[alias]


def _trim_quotes(text: str, found: Found) -> Found:
    while found.start < found.end and text[found.start] in '“"‘':
        found.start += 1
    while found.end > found.start and text[found.end - 1] in '”"’':
        found.end -= 1
    return found


def aliases_used(c: Collector, start: int, end: int, defined: dict[str, str]) -> None:
    """Mentions of the aliases the article defines (`defined`: alias -> owner's name)."""
    if not defined:
        return
    pattern = known_pattern(tuple(sorted(defined)))
    for match in pattern.finditer(c.text, start, end):
        name = defined[match.group()]
        c.add(
            match.start(),
            match.end(),
            name,
            c.entities[name].type if name in c.entities else "organisation",
            DEFINED,
        )

