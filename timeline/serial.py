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
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TypeVar, cast

from timeline._json import loads
from timeline.dates import TimeExpr
from timeline.errors import ArticleError
from timeline.model import Article, Entity, Event, EventEntity, Extraction, Mention

FORMAT = "timeline.extraction"
VERSION = 1

_T = TypeVar("_T")

_Doc = dict[str, object]
"""A JSON object as written (every value a str, number, bool, None, list or another such object)."""
_Raw = Mapping[str, object]
"""A JSON object as read, its values not yet checked."""


def extraction_to_dict(extraction: Extraction) -> _Doc:
    """The JSON-ready dict of an extraction (see the module docstring).

        >>> from timeline.events import Article, extract
        >>> doc = extraction_to_dict(extract(Article("2024年1月1日，重庆实验室正式揭牌。", "2024-01-02")))
        >>> doc["format"], doc["article"]["pub_date"], [(e["type"], e["trigger"]) for e in doc["events"]]
        ('timeline.extraction', '2024-01-02', [('opening', '揭牌')])
    """
    article = extraction.article
    events: list[_Doc] = [_event_to_dict(event) for event in extraction.events]
    entities: list[_Doc] = [
        {"name": e.name, "type": e.type, "aliases": list(e.aliases), "affiliation": e.affiliation}
        for e in extraction.entities
    ]
    mentions: list[_Doc] = [
        {
            "entity": m.entity,
            "surface": m.surface,
            "article_id": m.article_id,
            "start_char": m.start_char,
            "end_char": m.end_char,
        }
        for m in extraction.mentions
    ]
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
        "events": events,
        "entities": entities,
        "mentions": mentions,
    }


def extraction_digest(extraction: Extraction) -> str:
    """SHA-1 (hex) of what an extraction reports besides its article: its events, entities and
    mentions in their JSON form, but the article id they repeat. The store keeps it with the
    article (`ArticleRow.extraction_hash`) to tell a reloaded extraction whose events were edited
    from the one it holds.

        >>> from timeline.events import Article, extract
        >>> extraction = extract(Article("2024年1月1日，重庆实验室正式揭牌。", "2024-01-02"))
        >>> loaded = extraction_from_dict(extraction_to_dict(extraction))
        >>> extraction_digest(extraction) == extraction_digest(loaded)
        True
        >>> import attrs
        >>> extraction_digest(extraction) == extraction_digest(attrs.evolve(extraction, events=()))
        False
    """
    doc = extraction_to_dict(extraction)
    del doc["article"]  # its changes are told apart by themselves (`store.ArticleScreen`)
    for part in ("events", "mentions"):  # the article's id, which a copy taking its place changes
        for item in cast("list[_Doc]", doc[part]):
            del item["article_id"]
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True)
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def _event_to_dict(event: Event) -> _Doc:
    links: list[_Doc] = [{"name": e.name, "type": e.type, "role": e.role} for e in event.entities]
    return {
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
        "entities": links,
    }


def extraction_from_dict(data: object) -> Extraction:
    """The Extraction a dict of `extraction_to_dict` describes; ArticleError when it is not one.

        >>> from timeline.events import Article, extract
        >>> extraction = extract(Article("2024年1月1日，重庆实验室正式揭牌。", "2024-01-02"))
        >>> extraction_from_dict(extraction_to_dict(extraction)) == extraction
        True
        >>> extraction_from_dict({"format": "csv"})
        Traceback (most recent call last):
        ...
        timeline.errors.ArticleError: not a timeline extraction: format is 'csv', not 'timeline.extraction'
    """
    doc = _mapping(data, "the extraction")
    if "format" not in doc:
        raise ArticleError(f'not a timeline extraction: it has no "format" (an article? it needs {FORMAT!r})')
    if doc.get("format") != FORMAT:
        raise ArticleError(f"not a timeline extraction: format is {doc.get('format')!r}, not {FORMAT!r}")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= VERSION:
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


def read_extractions(
    lines: Iterable[str], name: str, bad: Mapping[int, str] | None = None
) -> Iterator[Extraction | tuple[str, str]]:
    """Extractions from JSON lines (blank lines ignored); a bad line gives ("NAME:LINE", reason).

    `bad` names lines already found bad by the reader (too long, not UTF-8), with the reason.

        >>> import json
        >>> from timeline.events import Article, extract
        >>> doc = extraction_to_dict(extract(Article("2024年1月1日，重庆实验室正式揭牌。", "2024-01-02")))
        >>> for read in read_extractions([json.dumps(doc), "", "not json"], "part.jsonl"):
        ...     print(read if isinstance(read, tuple) else read.article.pub_date)
        2024-01-02
        ('part.jsonl:3', 'Expecting value: line 1 column 1 (char 0)')
    """
    for number, line in enumerate(lines, 1):
        if bad and number in bad:
            yield (f"{name}:{number}", bad[number])
            continue
        if not line.strip():
            continue
        try:
            yield extraction_from_dict(loads(line))
        except (ValueError, RecursionError) as err:  # JSONDecodeError and ArticleError are ValueErrors
            yield (f"{name}:{number}", " ".join(str(err).split()) or type(err).__name__)


def read_extraction_file(path: str) -> Iterator[Extraction | tuple[str, str]]:
    """The extractions of a JSON-lines file, or of standard input (`-`), as `read_extractions`.

    Read as files of records are (`timeline.corpus.records`): a regular file or standard input
    only (ArticleError otherwise, before anything is read), UTF-8 or UTF-16/32, a line at most
    `MAX_LINE_BYTES` long (a longer or undecodable line is a bad line, never held whole).

        >>> import json, tempfile
        >>> from pathlib import Path
        >>> from timeline.events import Article, extract
        >>> doc = extraction_to_dict(extract(Article("2024年1月1日，重庆实验室正式揭牌。", "2024-01-02")))
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     path = Path(folder) / "part.extractions.jsonl"
        ...     _ = path.write_text(json.dumps(doc) + "\\n", encoding="utf-8")
        ...     [read.article.pub_date for read in read_extraction_file(str(path))]
        [datetime.date(2024, 1, 2)]
    """
    from timeline.corpus.records import STDIN, open_binary, read_lines

    stream = open_binary(path)
    bad: dict[int, str] = {}
    try:
        yield from read_extractions(read_lines(stream, bad), "stdin" if path == STDIN else path, bad)
    finally:
        if path != STDIN:
            stream.close()


def not_extractions(path: str) -> str | None:
    """Why the file at `path` holds no extractions at all, judged by its first line; None when that
    line may be one (a JSON object with a "format", or a line cut short, which `read_extractions`
    reports as a bad line). Articles given to `timeline load` (a .txt, a JSON Lines file of
    records) were a skip per line, each saying "format is None".

        >>> import tempfile
        >>> from pathlib import Path
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     path = Path(folder) / "news.jsonl"
        ...     _ = path.write_text('{"正文": "1月5日，重庆实验室揭牌。"}\\n', encoding="utf-8")
        ...     not_extractions(str(path))
        'its records have no "format": "timeline.extraction" (articles?)'
    """
    from timeline.corpus.records import judged_lines, open_binary

    bad: dict[int, str] = {}
    with open_binary(path) as stream:
        head, unreadable, _ = judged_lines(stream, bad)
    return unreadable or _no_extraction(head, bad)


def stdin_extractions() -> tuple[str | None, Iterator[Extraction | tuple[str, str]]]:
    """Standard input's extractions, as `read_extraction_file("-")` gives them, its first line read
    now: (why it holds no extractions at all, as `not_extractions` says of a file, or None; the
    extractions, that line among them). Articles piped into `timeline load -` were a skip per line.

    >>> why, extractions = stdin_extractions()  # doctest: +SKIP
    >>> if why is None:  # doctest: +SKIP
    ...     stored = [item for item in extractions if isinstance(item, Extraction)]
    """
    from timeline.corpus.records import STDIN, judged_lines, open_binary

    bad: dict[int, str] = {}
    head, unreadable, lines = judged_lines(open_binary(STDIN), bad)
    return unreadable or _no_extraction(head, bad), read_extractions(lines, "stdin", bad)


def _no_extraction(head: Sequence[str], bad: Mapping[int, str]) -> str | None:
    """Why a file whose first lines are `head` (`records.judged_lines`), read as text, holds no
    extractions (None: it may)."""
    first = head[-1].strip() if head and len(head) not in bad else ""
    if not first:
        return None
    try:
        doc = loads(first)
    except (ValueError, RecursionError):
        return None if first.startswith(("{", "[")) else "its first line is not JSON"
    if isinstance(doc, Mapping) and not _EXTRACTION_KEYS & set(cast(_Raw, doc)):
        return f'its records have no "format": "{FORMAT}" (articles?)'
    return None


_EXTRACTION_KEYS = {"format", "version", "article", "events", "entities", "mentions"}
"""The keys of an extraction: a record with none of them is no extraction, even a damaged one."""


def _date_to_dict(date: TimeExpr) -> _Doc:
    return {
        "text": date.text,
        "start_char": date.start_char,
        "end_char": date.end_char,
        "start": None if date.start is None else date.start.isoformat(),
        "end": None if date.end is None else date.end.isoformat(),
        "grain": date.grain,
        "value": date.value,
        "mod": date.mod,
        "kind": date.kind,
        "anchor": date.anchor,
        "rule": date.rule,
        "time_of_day": date.time_of_day,
    }


def _event(raw: _Raw, where: str) -> Event:
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
        confidence=_number(raw, "confidence", where),
        entities=tuple(
            EventEntity(
                _get(link, "name", str, f"{where}.entities"),
                _get(link, "type", str, f"{where}.entities"),
                _get(link, "role", str, f"{where}.entities"),
            )
            for link in (_mapping(item, f"{where}.entities") for item in _array(raw, "entities", where))
        ),
    )


def _date(raw: _Raw, where: str) -> TimeExpr:
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


def _entity(raw: _Raw, where: str) -> Entity:
    listed = _array(raw, "aliases", where)
    aliases = [alias for alias in listed if isinstance(alias, str)]
    if len(aliases) != len(listed):
        raise ArticleError(f"{where}.aliases must be a list of strings")
    return Entity(
        _get(raw, "name", str, where),
        _get(raw, "type", str, where),
        tuple(aliases),
        _optional(raw, "affiliation", where),
    )


def _mention(raw: _Raw, where: str) -> Mention:
    return Mention(
        _get(raw, "entity", str, where),
        _get(raw, "surface", str, where),
        _get(raw, "article_id", str, where),
        _get(raw, "start_char", int, where),
        _get(raw, "end_char", int, where),
    )


def _list(doc: _Raw, key: str, build: Callable[[_Raw, str], _T]) -> list[_T]:
    items = _array(doc, key, "the extraction")
    return [build(_mapping(item, f"{key}[{i}]"), f"{key}[{i}]") for i, item in enumerate(items)]


def _mapping(value: object, where: str) -> _Raw:
    if not isinstance(value, Mapping):
        raise ArticleError(f"{where} must be a JSON object, got {type(value).__name__}")
    return cast(_Raw, value)  # the keys of a JSON object are strings


def _get(raw: _Raw, key: str, kind: type[_T], where: str) -> _T:
    """`raw[key]`, which must be a `kind` (a bool is no int)."""
    value = _present(raw, key, where)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ArticleError(f"{where}.{key} has the wrong type ({type(value).__name__})")
    return value


def _number(raw: _Raw, key: str, where: str) -> float:
    value = _present(raw, key, where)
    if not isinstance(value, (int, float)) or isinstance(value, bool):  # JSON true is no number
        raise ArticleError(f"{where}.{key} has the wrong type ({type(value).__name__})")
    try:
        return float(value)
    except OverflowError:  # an int of 309 digits or more
        raise ArticleError(f"{where}.{key} is not a number a float holds: {str(value)[:20]}…") from None


def _array(raw: _Raw, key: str, where: str) -> list[object]:
    value = _present(raw, key, where)
    if not isinstance(value, list):
        raise ArticleError(f"{where}.{key} has the wrong type ({type(value).__name__})")
    return cast("list[object]", value)


def _present(raw: _Raw, key: str, where: str) -> object:
    if key not in raw:
        raise ArticleError(f"{where} has no {key!r}")
    return raw[key]


def _optional(raw: _Raw, key: str, where: str) -> str | None:
    value = raw.get(key)
    if value is not None and not isinstance(value, str):
        raise ArticleError(f"{where}.{key} must be a string or null")
    return value
