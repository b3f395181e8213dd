"""One entity, one name within an article (spec: "Entities of an event").

After recognition, names that denote an entity named earlier become its aliases:

- the same name in full- or half-width forms or with blanks (西部（重庆）科学城 = 西部(重庆)科学城);
- an earlier name without its leading place (两江协同创新区 after 重庆两江协同创新区);
- an earlier company's implicit short form, its name without place and legal suffix
  (海辰储能 after 重庆海辰储能科技有限公司, 长庐动力 after 合肥长庐动力电池科技有限公司): written
  alone it becomes a mention of the company; opening a part's name (禾康生物二期生产线,
  长庐动力一期项目) it makes the company the part's owner;
- a part named through a pronoun-like word (公司二期生产线) belongs to the nearest earlier body
  of the fitting type.

Everything works on the recognition's entities in order of first mention, so a cost is paid per
entity, and the short forms are found with one pass over the text.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

from timeline._events import vocab
from timeline._events.cleanup import Document
from timeline._events.mentions import KNOWN, ORG, Found, Info, Recognition, start_of, text_order
from timeline._events.organisations import suffix_type
from timeline._events.words import Words

_PLACE_WORDS = Words(
    form
    for table in (vocab.PROVINCES, vocab.CITIES, vocab.DISTRICTS)
    for full, shorts in table.items()
    for form in (full, *shorts)
)
_LEGAL = tuple(sorted(vocab.LEGAL_SUFFIXES, key=len, reverse=True))
_TRADE = tuple(sorted(vocab.TRADE_WORDS, key=len, reverse=True))
_BLANKS = re.compile(r"\s+")
_PART_AFTER_OWNER = re.compile(
    f"(?:[{vocab.NUMERALS}]+{vocab.PHASE_MARK})?"
    + "(?:" + "|".join(sorted(vocab.PART_HEADS, key=len, reverse=True)) + ")"
)


def _order(info: Info) -> int:
    """Entities in the order they were first met."""
    return info.order


def _counted(item: tuple[int, Info]) -> int:
    return item[0]


def unify(doc: Document, recognition: Recognition) -> Recognition:
    """The recognition with later names of an earlier entity turned into its aliases."""
    infos = sorted(recognition.entities.values(), key=_order)
    renamed: dict[str, str] = {}
    kept: list[Info] = []
    earlier = _EarlierForms()
    for info in infos:
        key = _key(info.name)  # (normalised once, for the look-up and the index)
        target = earlier.of(info, key)
        if target is None:
            kept.append(info)
            earlier.add(info, key)
            continue
        renamed[info.name] = target.name
        for alias in (info.name, *info.aliases):
            if alias != target.name and alias not in target.aliases:
                target.aliases.append(alias)
    mentions = [_renamed(found, renamed) for found in recognition.mentions]
    entities = {info.name: info for info in kept}
    for info in kept:
        if info.affiliation in renamed:
            info.affiliation = renamed[info.affiliation]
    mentions = _short_forms(doc, mentions, entities)
    _pronoun_owners(mentions, entities)
    mentions.sort(key=text_order)
    return Recognition(mentions, entities, [found.start for found in mentions])


def _key(name: str) -> str:
    return _BLANKS.sub("", unicodedata.normalize("NFKC", name))


def _without_places(name: str) -> list[str]:
    """The name with one, two… leading place words removed, each form keeping at least three
    characters (重庆两江协同创新区 → 两江协同创新区, 协同创新区 when 两江 is a place word)."""
    forms: list[str] = []
    rest = name
    while True:
        place = _PLACE_WORDS.longest_at(rest, leave=3)
        if not place:
            return forms
        rest = rest[place:]
        forms.append(rest)


class _EarlierForms:
    """The entities kept so far, indexed by the forms a later name may take, so that finding the
    earlier entity a name denotes costs one look-up per form, not a comparison with every kept
    entity (which made a text of nothing but names cubic in its length)."""

    def __init__(self) -> None:
        self._typed: dict[tuple[str, str], Info] = {}  # (type, key) -> first person/place/policy
        self._forms: dict[str, tuple[int, Info]] = {}  # key or place-less key -> first such body
        self._short: dict[str, tuple[int, Info]] = {}  # company short form -> first such company
        self._count = 0

    def add(self, info: Info, key: str) -> None:
        """Index a kept entity under its forms; `key`: its name's `_key`."""
        self._typed.setdefault((info.type, key), info)
        self._count += 1
        if info.type in ("person", "place"):
            return
        for form in (key, *_without_places(key)):
            self._forms.setdefault(form, (self._count, info))
        if info.type == "company":
            for form in short_forms(info.name):
                self._short.setdefault(form, (self._count, info))

    def of(self, info: Info, key: str) -> Info | None:
        """The first kept entity that `info` (whose name's `_key` is `key`) names again: the same
        name (same type for people, places and policies), a company's implicit short form, or a
        name without leading places."""
        if info.type in ("person", "place", "policy"):
            return self._typed.get((info.type, key))
        found = [self._forms.get(key)]
        if info.type == "company":
            found.append(self._short.get(info.name))
        first = min((item for item in found if item is not None), default=None, key=_counted)
        return None if first is None else first[1]


def _renamed(found: Found, renamed: dict[str, str]) -> Found:
    if found.name in renamed:
        return Found(found.start, found.end, renamed[found.name], found.type, found.kind, found.nested)
    return found


def short_forms(name: str) -> tuple[str, ...]:
    """Implicit short forms of a company's full name: without place and legal suffix, and that
    core cut to four characters when longer (合肥长庐动力电池科技有限公司 → 长庐动力电池, 长庐动力).

        >>> short_forms("重庆海辰储能科技有限公司")
        ('海辰储能',)
        >>> short_forms("合肥长庐动力电池科技有限公司")
        ('长庐动力电池', '长庐动力')
        >>> short_forms("重庆市科学技术局")
        ()
    """
    legal = next((suffix for suffix in _LEGAL if name.endswith(suffix)), None)
    if legal is None:
        return ()
    core = name[: -len(legal)]
    core = (_without_places(core) or [core])[-1]
    while True:
        trade = next((word for word in _TRADE if core.endswith(word) and len(core) - len(word) >= 2), None)
        if trade is None:
            break
        core = core[: -len(trade)]
    if len(core) < vocab.MIN_SHORT_FORM or core == name:
        return ()
    forms = [core]
    if len(core) > vocab.SHORT_FORM_LENGTH:
        forms.append(core[: vocab.SHORT_FORM_LENGTH])
    return tuple(forms)


def _short_forms(doc: Document, mentions: list[Found], entities: dict[str, Info]) -> list[Found]:
    """Mentions of companies by their implicit short forms, and owners of parts named so."""
    owners: dict[str, Info] = {}
    for info in entities.values():
        if info.type != "company":
            continue
        for form in short_forms(info.name):
            if form not in entities and form not in owners:
                owners[form] = info
    if not owners:
        return mentions
    first_seen: dict[str, int] = {}
    for found in mentions:
        first_seen.setdefault(found.name, found.start)
    ordered = sorted(mentions, key=start_of)
    starts = [found.start for found in ordered]
    pattern = re.compile("|".join(re.escape(form) for form in sorted(owners, key=len, reverse=True)))
    added: list[Found] = []
    for match in pattern.finditer(doc.text):
        owner = owners[match.group()]
        if match.start() < first_seen.get(owner.name, len(doc.text)):
            continue
        covering = _covering(ordered, starts, match.start(), match.end())
        if covering is None:
            tail = _PART_AFTER_OWNER.match(doc.text, match.end())
            if tail is not None and doc.is_faithful(match.start(), tail.end()):
                name = doc.text[match.start() : tail.end()]
                info = entities.setdefault(
                    name, Info(name, suffix_type(name) or "project", order=len(entities))
                )
                info.affiliation = info.affiliation or owner.name
                added.append(Found(match.start(), tail.end(), name, info.type, ORG))
                _alias(owner, match.group())
            elif doc.is_faithful(match.start(), match.end()):
                added.append(Found(match.start(), match.end(), owner.name, owner.type, KNOWN))
                _alias(owner, match.group())
        elif covering.name != owner.name and covering.start == match.start():
            part = entities.get(covering.name)
            if part is not None and part.type in vocab.PART_TYPES and part.affiliation is None:
                part.affiliation = owner.name
                _alias(owner, match.group())
    return mentions + added


def _covering(ordered: list[Found], starts: list[int], start: int, end: int) -> Found | None:
    index = bisect.bisect_right(starts, start)
    for found in reversed(ordered[max(0, index - 8) : index]):
        if found.start <= start and end <= found.end:
            return found
        if found.end > start:
            return found
    return None


def _alias(owner: Info, form: str) -> None:
    if form not in owner.aliases:
        owner.aliases.append(form)


def _pronoun_owners(mentions: list[Found], entities: dict[str, Info]) -> None:
    """公司二期生产线: a part named through 公司/该公司 belongs to the nearest earlier company."""
    latest: dict[str, str] = {}
    for found in sorted(mentions, key=start_of):
        info = entities.get(found.name)
        if info is None:
            continue
        owned = info.type in vocab.PART_TYPES and info.affiliation is None
        if owned and info.name.startswith(vocab.PART_OWNER_WORDS):
            head = next(word for word in vocab.PART_OWNER_WORDS if info.name.startswith(word))
            owner = next((latest[t] for t in vocab.PRONOUNS.get(head, ()) if t in latest), None)
            if owner is not None:
                info.affiliation = owner
        if info.type not in vocab.PART_TYPES:
            latest[info.type] = info.name
