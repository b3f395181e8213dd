"""The stable JSON form of an Extraction, so extraction and loading can run apart (even on other machines).

    {"format": "timeline.extraction", "version": 1,
     "article": {"id", "text", "pub_date", "source", "title", "url", "pub_date_estimated"},
     "events": [{"type", "trigger", "status", "date": {TimeExpr fields, dates ISO} | null, "summary",
                 "sentence", "article_id", "start_char", "end_char", "confidence",
                 "entities": [{"name", "type", "role"}]}],
     "entities": [{"name", "type", "aliases", "affiliation"}],
     "mentions": [{"entity", "surface", "article_id", "start_char", "end_char"}]}

Dates are ISO strings; every key is always written. `extraction_from_dict` raises ArticleError,
naming the first thing wrong, for anything that is not such a document; an older version is read
as long as this one can, a newer one is refused.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, TypeVar

from timeline.dates import TimeExpr
from timeline.errors import ArticleError
from timeline.model import Article, Entity, Event, EventEntity, Extraction, Mention

FORMAT = "timeline.extraction"
VERSION = 1

_T = TypeVar("_T")

_DATE_FIELDS = (
    "text",
    "start_char",
    "end_char",
    "start",
    "end",
    "grain",
    "value",
    "mod",
    "kind",
    "anchor",
    "rule",
    "time_of_day",
)


def extraction_to_dict(extraction: Extraction) -> dict[str, Any]:
    """The JSON-ready dict of an extraction (see the module docstring)."""
    article = extraction.article
    return {
        "format": FORMAT,
        "version": VERSION,
        "article": {
            "id": article.id,
            "text": article.text,
            "pub_date": article.pub_date.isoformat(),
            "source": article.source,
            "title": article.title,
            "url": article.url,
            "pub_date_estimated": article.pub_date_estimated,
        },
        "events": [
            {
                "type": event.type,
                "trigger": event.trigger,
                "status": event.status,
                "date": None if event.date is None else _date_to_dict(event.date),
                "summary": event.summary,
                "sentence": event.sentence,
                "article_id": event.article_id,
                "start_char": event.start_char,
                "end_char": event.end_char,
                "confidence": event.confidence,
                "entities": [{"name": e.name, "type": e.type, "role": e.role} for e in event.entities],
            }
            for event in extraction.events
        ],
        "entities": [
            {"name": e.name, "type": e.type, "aliases": list(e.aliases), "affiliation": e.affiliation}
            for e in extraction.entities
        ],
        "mentions": [
            {
                "entity": m.entity,
                "surface": m.surface,
                "article_id": m.article_id,
                "start_char": m.start_char,
                "end_char": m.end_char,
            }
            for m in extraction.mentions
        ],
    }


def extraction_from_dict(data: object) -> Extraction:
    """The Extraction a dict of `extraction_to_dict` describes; ArticleError when it is not one."""
    doc = _mapping(data, "the extraction")
    if doc.get("format") != FORMAT:
        raise ArticleError(f"not a timeline extraction: format is {doc.get('format')!r}, not {FORMAT!r}")
    version = doc.get("version")
    if not isinstance(version, int) or not 1 <= version <= VERSION:
        raise ArticleError(f"extraction version {version!r} is not one this library reads (1..{VERSION})")
    raw = _mapping(doc.get("article"), "article")
    article = Article(
        _get(raw, "text", str, "article"),
        _get(raw, "pub_date", str, "article"),
        id=_get(raw, "id", str, "article"),
        source=_get(raw, "source", str, "article"),
        title=_get(raw, "title", str, "article"),
        url=_get(raw, "url", str, "article"),
        pub_date_estimated=_get(raw, "pub_date_estimated", bool, "article"),
    )
    return Extraction(
        article=article,
        events=tuple(_list(doc, "events", _event)),
        entities=tuple(_list(doc, "entities", _entity)),
        mentions=tuple(_list(doc, "mentions", _mention)),
    )


def read_extractions(lines: Iterable[str], name: str) -> Iterator[Extraction | tuple[str, str]]:
    """Extractions from JSON lines (blank lines ignored); a bad line gives ("NAME:LINE", reason)."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield extraction_from_dict(json.loads(line))
        except (ValueError, RecursionError) as err:  # JSONDecodeError and ArticleError are ValueErrors
            yield (f"{name}:{number}", " ".join(str(err).split()) or type(err).__name__)


def _date_to_dict(date: TimeExpr) -> dict[str, Any]:
    values = {name: getattr(date, name) for name in _DATE_FIELDS}
    for name in ("start", "end"):
        if values[name] is not None:
            values[name] = values[name].isoformat()
    return values


def _event(raw: Mapping[str, Any], where: str) -> Event:
    date_raw = raw.get("date")
    return Event(
        type=_get(raw, "type", str, where),
        trigger=_get(raw, "trigger", str, where),
        status=_get(raw, "status", str, where),
        date=None if date_raw is None else _date(_mapping(date_raw, f"{where}.date"), f"{where}.date"),
        summary=_get(raw, "summary", str, where),
        sentence=_get(raw, "sentence", str, where),
        article_id=_get(raw, "article_id", str, where),
        start_char=_get(raw, "start_char", int, where),
        end_char=_get(raw, "end_char", int, where),
        confidence=float(_get(raw, "confidence", (int, float), where)),
        entities=tuple(
            EventEntity(
                _get(link, "name", str, f"{where}.entities"),
                _get(link, "type", str, f"{where}.entities"),
                _get(link, "role", str, f"{where}.entities"),
            )
            for link in (_mapping(item, f"{where}.entities") for item in _get(raw, "entities", list, where))
        ),
    )


def _date(raw: Mapping[str, Any], where: str) -> TimeExpr:
    def day(name: str) -> _dt.date | None:
        value = raw.get(name)
        if value is None:
            return None
        try:
            return _dt.date.fromisoformat(_get(raw, name, str, where))
        except ValueError:
            raise ArticleError(f"{where}.{name} is not an ISO date: {value!r}") from None

    return TimeExpr(
        text=_get(raw, "text", str, where),
        start_char=_get(raw, "start_char", int, where),
        end_char=_get(raw, "end_char", int, where),
        start=day("start"),
        end=day("end"),
        grain=_optional(raw, "grain", where),
        value=_optional(raw, "value", where),
        mod=_optional(raw, "mod", where),
        kind=_get(raw, "kind", str, where),
        anchor=_get(raw, "anchor", str, where),
        rule=_get(raw, "rule", str, where),
        time_of_day=_optional(raw, "time_of_day", where),
    )


def _entity(raw: Mapping[str, Any], where: str) -> Entity:
    aliases = _get(raw, "aliases", list, where)
    if not all(isinstance(alias, str) for alias in aliases):
        raise ArticleError(f"{where}.aliases must be a list of strings")
    return Entity(
        _get(raw, "name", str, where),
        _get(raw, "type", str, where),
        tuple(aliases),
        _optional(raw, "affiliation", where),
    )


def _mention(raw: Mapping[str, Any], where: str) -> Mention:
    return Mention(
        _get(raw, "entity", str, where),
        _get(raw, "surface", str, where),
        _get(raw, "article_id", str, where),
        _get(raw, "start_char", int, where),
        _get(raw, "end_char", int, where),
    )


def _list(doc: Mapping[str, Any], key: str, build: Callable[[Mapping[str, Any], str], _T]) -> list[_T]:
    items = _get(doc, key, list, "the extraction")
    return [build(_mapping(item, f"{key}[{i}]"), f"{key}[{i}]") for i, item in enumerate(items)]


def _mapping(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ArticleError(f"{where} must be a JSON object, got {type(value).__name__}")
    return value


def _get(raw: Mapping[str, Any], key: str, kind: Any, where: str) -> Any:
    if key not in raw:
        raise ArticleError(f"{where} has no {key!r}")
    value = raw[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ArticleError(f"{where}.{key} has the wrong type ({type(value).__name__})")
    return value


def _optional(raw: Mapping[str, Any], key: str, where: str) -> str | None:
    value = raw.get(key)
    if value is not None and not isinstance(value, str):
        raise ArticleError(f"{where}.{key} must be a string or null")
    return value
