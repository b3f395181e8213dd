"""Domain objects shared by `timeline.events`, `timeline.store` and the exports.

Plain frozen attrs classes: they know nothing of SQL (the store maps them to ORM rows) and
nothing of how they were extracted.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
import unicodedata

import attrs

from timeline.dates import TimeExpr, to_reference_date
from timeline.errors import ArticleError

__all__ = [
    "ENTITY_TYPES",
    "EVENT_TYPES",
    "ROLES",
    "STATUSES",
    "Article",
    "Entity",
    "Event",
    "EventEntity",
    "Extraction",
    "IngestReport",
    "Mention",
    "Source",
    "StoredEntity",
    "StoredEvent",
    "encodable",
    "normalise_text",
    "normalised_digest",
]

EVENT_TYPES = (
    "opening",
    "founding",
    "policy_release",
    "approval",
    "construction",
    "production",
    "signing",
    "meeting",
    "breakthrough",
    "announcement",
    "other",
)
ENTITY_TYPES = (
    "lab",
    "institute",
    "university",
    "company",
    "government",
    "policy",
    "facility",
    "project",
    "platform",
    "alliance",
    "place",
    "person",
    "meeting",
    "organisation",
)
STATUSES = ("occurred", "planned", "ongoing")
ROLES = ("subject", "object", "location", "owner")

CONTROL_CHARACTER_RANGES = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
"""The ranges of `CONTROL_CHARACTERS`, to be joined into a wider class."""
CONTROL_CHARACTERS = f"[{CONTROL_CHARACTER_RANGES}]"
"""Control characters but tab and line breaks (a bell, an escape sequence's ESC or CSI), as a
regex class: extraction drops them from the text it reads names in, and the store refuses a name
holding one (its lookups could never name it)."""

_LINE_BLANKS = re.compile(r"\s*[\t\n\r]\s*")


def one_line_name(name: str) -> str:
    """An entity name (or an event's summary, trigger or sentence) with its invisible format
    characters dropped and its tabs and line breaks, and the blanks around them, made one space
    (none at its ends).

    Names are looked up by what users type on one line, and a lookup refuses every control
    character (`Timeline.entities`, `--entity`), so a name keeping a tab or a line break (a
    hand-made Entity, an edited extraction) could be stored and never found; a zero-width space,
    soft hyphen, byte order mark or bidi mark (`FORMAT_CONTROLS`) made another entity that every
    export shows alike, so it is dropped as extraction drops it (`timeline._events.cleanup`).
    Every Entity, EventEntity and Mention takes its names through this, so all of them agree,
    however they were made (extracted, loaded from JSON lines, by hand). Anything that is not a
    str is left for the store to refuse.

        >>> one_line_name("重庆\\t两江\\r\\n协同创新区")
        '重庆 两江 协同创新区'
        >>> one_line_name("重庆\\u200b实验室")
        '重庆实验室'
    """
    if not isinstance(name, str) or name.isprintable():
        return name
    from timeline.export.controls import FORMAT_CONTROLS  # the exports' package imports this module

    name = re.sub(f"[{FORMAT_CONTROLS}]", "", name)  # compiled once: `re` caches patterns
    return _LINE_BLANKS.sub(" ", name).strip() if _LINE_BLANKS.search(name) else name


def _one_line_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """`one_line_name` of every alias (a list becomes a tuple; anything else is left for the
    store to refuse)."""
    return tuple(map(one_line_name, names)) if isinstance(names, (tuple, list)) else names


def _one_line_affiliation(name: str | None) -> str | None:
    return None if name is None else one_line_name(name)


_UNWRITABLE = re.compile("[\x00\ud800-\udfff]")
"""Lone surrogates (no UTF-8 form) and NUL (PostgreSQL text cannot hold it)."""


def normalise_text(text: str) -> str:
    """NFKC, whitespace removed: two copies of one article normalise to the same string.

    NFKC is computed as NFC of the NFKD form, which is its definition (compatibility decomposition,
    then canonical composition): CPython's own NFKC composes character by character even when
    nothing composes, 70 us for a 175-character article holding a full-width comma, against 3 us
    for NFKD and an NFC that finds nothing to compose. Whitespace is what `str.split` splits on
    (the same test as the regular expression `\\s`), without the regex engine's per-character cost.

        >>> normalise_text("２０２４年 1月\u3000重庆实验室揭牌。")
        '2024年1月重庆实验室揭牌。'
    """
    return "".join(unicodedata.normalize("NFC", unicodedata.normalize("NFKD", text)).split())


def normalised_digest(text: str) -> str:
    """SHA-1 (hex) of the normalised text: the key that tells two copies of one article apart.

    Lone surrogates (bytes decoded with errors="surrogateescape") are hashed as they are
    (`surrogatepass`), so no text, however it was decoded, makes hashing fail.

        >>> normalised_digest("重庆实验室 揭牌") == normalised_digest("重庆实验室揭牌")
        True
        >>> len(normalised_digest("重庆实验室揭牌"))
        40
    """
    return hashlib.sha1(normalise_text(text).encode("utf-8", "surrogatepass")).hexdigest()


def encodable(text: str) -> str:
    """`text` with every lone surrogate and NUL replaced by U+FFFD, so it can be written as UTF-8
    to any database, file or terminal; one character for one, so offsets into it stay right.

    >>> encodable("揭牌" + chr(0xDCE9) + "成立") == "揭牌\ufffd成立"
    True
    """
    return _UNWRITABLE.sub("\ufffd", text) if _UNWRITABLE.search(text) else text


MAX_NAME_LENGTH = 255
"""Longest article id, entity name or alias the store holds (its VARCHAR(255) columns)."""

MAX_FIELD_LENGTHS = {"source": 1_000, "title": 1_000, "url": 8_192}
"""Longest source name, title and URL of an article, in characters. Each is copied into every
event's source and every export: a 1 MB URL (a page's text pasted in the wrong column) was
stored whole. Longer is refused with the field's name, never cut without a word."""


def _article_id(text: str) -> str:
    return normalised_digest(text)[:16]


@attrs.frozen(init=False)
class Article:
    """One news article: its text and the publication date that relative dates resolve against.

    A missing or malformed `pub_date` raises `ArticleError`, unless `infer_pub_date=True`: then the
    latest fully written day in the text is used and `pub_date_estimated` is set. Lone surrogates
    (undecodable bytes) and NULs in the text, source, title or url become U+FFFD (see
    `encodable`); the id is taken from the text as given unless one is passed (a blank one is an
    `ArticleError`). `pub_date_estimated` and `infer_pub_date` that are no bool are a TypeError.

        >>> Article("1月29日，会议召开。", "2026-01-30", source="重庆晨报").pub_date
        datetime.date(2026, 1, 30)
    """

    id: str
    text: str
    pub_date: _dt.date
    source: str
    title: str
    url: str
    pub_date_estimated: bool

    def __init__(
        self,
        text: str,
        pub_date: _dt.date | _dt.datetime | str | None = None,
        *,
        id: str | None = None,
        source: str = "",
        title: str = "",
        url: str = "",
        pub_date_estimated: bool = False,
        infer_pub_date: bool = False,
    ) -> None:
        if not isinstance(text, str):
            raise ArticleError(f"article text must be a str, got {type(text).__name__}")
        if not text.strip():
            raise ArticleError("article text is empty")
        for field, value in (("id", id), ("source", source), ("title", title), ("url", url)):
            if value is not None and not isinstance(value, str):
                raise ArticleError(f"article {field} must be a str, got {type(value).__name__}")
        for switch, flag in (("pub_date_estimated", pub_date_estimated), ("infer_pub_date", infer_pub_date)):
            if not isinstance(flag, bool):  # "no" is truthy
                raise TypeError(f"{switch} must be True or False, not {flag!r}")
        if id is not None and not id.strip():
            raise ArticleError("article id is blank: pass None to take it from the text")
        if id is not None and len(id) > MAX_NAME_LENGTH:
            raise ArticleError(f"article id is {len(id)} characters long; at most {MAX_NAME_LENGTH}")
        for field, value in (("source", source), ("title", title), ("url", url)):
            limit = MAX_FIELD_LENGTHS[field]
            if len(value) > limit:
                raise ArticleError(f"article {field} is {len(value):,} characters long; at most {limit:,}")
        if pub_date is None or (isinstance(pub_date, str) and not pub_date.strip()):
            if not infer_pub_date:
                raise ArticleError(
                    "publication date is missing: pass pub_date (e.g. '2024-03-05') or infer_pub_date=True"
                )
            pub_date = _infer_pub_date(text)
            pub_date_estimated = True
        try:
            day = to_reference_date(pub_date, "publication date")
        except ValueError as err:
            raise ArticleError(str(err)) from None
        self.__attrs_init__(
            id=encodable(_article_id(text) if id is None else id),
            text=encodable(text),
            pub_date=day,
            source=encodable(source),
            title=encodable(title),
            url=encodable(url),
            pub_date_estimated=pub_date_estimated,
        )


def _infer_pub_date(text: str) -> _dt.date:
    """The latest day written out in full (year, month and day) in the text."""
    from timeline.dates import extract

    # The reference only matters for relative phrasing, which is ignored here.
    days = [
        e.start
        for e in extract(text, _dt.date(2000, 1, 1))
        if e.anchor == "absolute" and e.grain == "day" and e.kind == "date" and e.start is not None
    ]
    if not days:
        raise ArticleError("cannot infer the publication date: the text writes out no full date")
    return max(days)


@attrs.frozen()
class Entity:
    """A named thing events happen to: an organisation, facility, project, policy, place or person.

    Tabs and line breaks in its names become spaces (`one_line_name`).
    """

    name: str = attrs.field(converter=one_line_name)
    type: str
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_one_line_names)
    affiliation: str | None = attrs.field(default=None, converter=_one_line_affiliation)


@attrs.frozen()
class Mention:
    """One place in an article's text that names an entity."""

    entity: str = attrs.field(converter=one_line_name)
    surface: str
    article_id: str
    start_char: int
    end_char: int


@attrs.frozen()
class EventEntity:
    """An entity taking part in an event, with its role (`subject`, `object`, `location`, `owner`)."""

    name: str = attrs.field(converter=one_line_name)
    type: str
    role: str


@attrs.frozen()
class Event:
    """One milestone clause of one article, dated (or not) and tied to its entities.

    `start_char`/`end_char` point at the clause in `Article.text`; `sentence` is the whole sentence
    it came from, so every date on a timeline can be traced back to its words. Its trigger, summary
    and sentence are read as extraction reads the text, however the event was made (loaded from
    JSON lines, by hand): without invisible format characters, on one line (`one_line_name`).

        >>> from timeline.events import Article, extract
        >>> event = extract(Article("2024年1月1日，重庆实验室正式揭牌。", "2024-01-02")).events[0]
        >>> event.type, event.date.value, event.subject
        ('opening', '2024-01-01', EventEntity(name='重庆实验室', type='lab', role='subject'))
    """

    type: str
    trigger: str = attrs.field(converter=one_line_name)
    status: str
    date: TimeExpr | None
    summary: str = attrs.field(converter=one_line_name)
    sentence: str = attrs.field(converter=one_line_name)
    article_id: str
    start_char: int
    end_char: int
    entities: tuple[EventEntity, ...] = ()
    confidence: float = 1.0

    @property
    def subject(self) -> EventEntity | None:
        """The main entity: the first with role `subject`."""
        return next((e for e in self.entities if e.role == "subject"), None)


@attrs.frozen()
class Extraction:
    """What `timeline.events.extract` finds in one article."""

    article: Article
    events: tuple[Event, ...]
    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]

    def to_dict(self) -> dict[str, object]:
        """Its stable JSON form (`timeline.serial`): `json.dumps(x.to_dict(), ensure_ascii=False)`.

            >>> Extraction.from_dict(extraction.to_dict()) == extraction    # doctest: +SKIP
            True
        """
        from timeline.serial import extraction_to_dict

        return extraction_to_dict(self)

    @classmethod
    def from_dict(cls, data: object) -> Extraction:
        """The Extraction a `to_dict` dict describes; ArticleError naming what is wrong if not one.

            >>> from timeline.events import Article, extract
            >>> extraction = extract(Article("2024年1月1日，重庆实验室正式揭牌。", "2024-01-02"))
            >>> Extraction.from_dict(extraction.to_dict()) == extraction
            True
        """
        from timeline.serial import extraction_from_dict

        return extraction_from_dict(data)


@attrs.frozen()
class Source:
    """One article's report of a stored event: where its words and date came from."""

    article_id: str
    source: str
    title: str
    pub_date: _dt.date
    pub_date_estimated: bool
    sentence: str
    summary: str
    start_char: int
    end_char: int
    date_text: str | None
    status: str


def _source_count(event: StoredEvent) -> int:
    """The default `source_count`: every source the event carries."""
    return len(event.sources)


@attrs.frozen()
class StoredEvent:
    """An event as the store keeps it: merged across articles, every source kept in the store.

    `planned_*` hold the date an earlier article gave when it reported the event as planned and
    a later one as done, so users can see what was delivered late or early.

        >>> lab = EventEntity("重庆实验室", "lab", "subject")
        >>> undated = StoredEvent(1, "opening", "揭牌", "occurred", None, None, None, None, None, None,
        ...     None, "重庆实验室揭牌", (lab,), (), 0.9, report_date=_dt.date(2026, 1, 26))
        >>> undated.subject.name, undated.date_basis, undated.placed_at
        ('重庆实验室', 'report', datetime.date(2026, 1, 26))
    """

    id: int
    type: str
    trigger: str
    status: str
    start: _dt.date | None
    end: _dt.date | None
    grain: str | None
    value: str | None
    mod: str | None
    kind: str | None
    date_text: str | None
    summary: str
    entities: tuple[EventEntity, ...]
    sources: tuple[Source, ...]
    confidence: float
    planned_start: _dt.date | None = None
    planned_end: _dt.date | None = None
    planned_value: str | None = None
    merge_note: str = ""
    source_count: int = attrs.field(default=attrs.Factory(_source_count, takes_self=True))
    """How many sources the event has; `sources` holds the first few (`Timeline.sources` pages)."""
    merge_count: int = 0
    """How many reports were merged into the first; `merge_note` gives the latest few reasons."""
    report_date: _dt.date | None = None

    @property
    def subject(self) -> EventEntity | None:
        """The main entity: the first with role `subject`."""
        return next((e for e in self.entities if e.role == "subject"), None)

    @property
    def date_basis(self) -> str:
        """Where the event's place on a timeline comes from: "text" (its own date) or "report".

        An event whose text gives no date keeps `start`/`end` None; it sits on the timeline at
        `report_date`, the earliest publication date reporting it: on or before that day when it
        occurred, after it when planned.
        """
        return "text" if self.start is not None and self.end is not None else "report"

    @property
    def placed_at(self) -> _dt.date | None:
        """The day that orders the event on a timeline: its start, else its earliest report."""
        return self.start if self.start is not None else self.report_date


@attrs.frozen()
class StoredEntity:
    """An entity as the store keeps it: one row across articles, with all its aliases."""

    id: int
    name: str
    type: str
    aliases: tuple[str, ...]
    affiliation: str | None
    event_count: int
    mention_count: int


@attrs.frozen()
class EntityFold:
    """Two stored entities found to be one: `folded` became part of `kept`, for `reason`.

    `undone` once `Timeline.split_entity` took it back. `merged_events`: how many of the folded
    entity's events the fold merged into the kept one's, being the same real events.
    """

    id: int
    kept: str
    folded: str
    reason: str
    undone: bool
    merged_events: int = 0


@attrs.frozen()
class EntityProfile:
    """An entity with its history: the first and last report naming it, and its folds."""

    entity: StoredEntity
    first_report: Source | None
    last_report: Source | None
    folds: tuple[EntityFold, ...]


@attrs.frozen()
class IngestReport:
    """What `Timeline.ingest_many` did: counts, every skipped article with the reason, corrections."""

    articles: int = 0
    duplicates: int = 0
    events: int = 0
    merged_events: int = 0
    entities: int = 0
    skipped: tuple[tuple[str, str], ...] = ()
    corrections: tuple[tuple[str, str], ...] = ()
    """Articles stored before under the same id with another date, source, title or text:
    (article id, what differs). Replaced when ingested with `replace=True`, else left as stored."""
    replaced: int = 0
