"""Adapters that run `timeline` and its peer libraries on the same text, for the date benchmark.

Each tool is split in two steps so that speed and accuracy are measured fairly:

- `run(text, reference)` is the tool's own call, exactly as a user would make it; only this step is
  timed by `benchmarks/dates.py`;
- `found(raw, text, reference)` maps what the call returned to `Found` items, each with the
  surface, its character offsets in `text` and an inclusive calendar interval (`start`, `end`), or
  no interval for durations, sets and open-ended answers. This step is not timed.

How each peer's output becomes an inclusive interval is written in the adapter's docstring. The
rule common to all of them: a time of day never narrows an interval below the whole day, as the
date contract (`shared/spec/dates.md`) says. Every peer gets the reference date at noon as its
"now", and where it has a past/future preference it is set to the past, the contract's default
for news.

    >>> import datetime as dt
    >>> tools = load_tools(with_peers=False)
    >>> timeline = tools[0].tool
    >>> raw = timeline.run("去年12月，两省市联合印发管理办法。", dt.date(2024, 3, 5))
    >>> [(f.start, f.end) for f in timeline.found(raw, "", dt.date(2024, 3, 5))]
    [(datetime.date(2023, 12, 1), datetime.date(2023, 12, 31))]
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import importlib
import importlib.metadata
import importlib.util
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

__all__ = ["Found", "LoadedTool", "Tool", "load_tools", "package_version"]

# Where ChineseTimeNLP's input is cut into clauses (it reads one short query at a time): the
# sentence and clause marks of Chinese and ASCII text, and line breaks.
CLAUSE_BREAKS = "。！？；，,;!?\n"
_CLAUSE = re.compile(f"[^{re.escape(CLAUSE_BREAKS)}]+")


@dataclass(frozen=True)
class Found:
    """One expression a tool reported, mapped to offsets in the input and an inclusive interval."""

    text: str
    start_char: int
    end_char: int
    start: dt.date | None
    end: dt.date | None

    @property
    def has_interval(self) -> bool:
        """True when the tool placed the expression on the calendar."""
        return self.start is not None and self.end is not None


class Tool(Protocol):
    """What the benchmark needs from a date tool: its own call, a count, and a mapping."""

    name: str
    skipped: int  # inputs (ChineseTimeNLP: clauses) the library raised on and the adapter skipped

    def run(self, text: str, reference: dt.date) -> Sequence[Any]:
        """Call the tool on one article, exactly as a user would; returns its raw findings."""
        ...

    def count(self, raw: Sequence[Any]) -> int:
        """How many expressions the raw findings hold (durations and sets included)."""
        ...

    def found(self, raw: Sequence[Any], text: str, reference: dt.date) -> list[Found]:
        """Map the raw findings of `run(text, reference)` to `Found` items."""
        ...


@dataclass(frozen=True)
class LoadedTool:
    """A tool that could be imported (`tool` set) or the reason it could not (`problem`)."""

    name: str
    distribution: str
    version: str
    tool: Tool | None
    problem: str | None


def package_version(distribution: str) -> str:
    """The installed version of a distribution, or 'not installed'.

    >>> package_version("no-such-distribution-here")
    'not installed'
    """
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _noon(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 12, 0, 0)


def _year(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _month(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _week(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _locate(text: str, surface: str, cursor: int) -> tuple[int, int]:
    """Offsets of `surface` in `text` at or after `cursor` (else anywhere; else at the cursor)."""
    at = text.find(surface, cursor)
    if at < 0:
        at = text.find(surface)
    if at < 0:
        return cursor, cursor
    return at, at + len(surface)


class TimelineTool:
    """`timeline.dates.extract(text, reference)`: already inclusive intervals, taken as they are."""

    name = "timeline"
    skipped = 0

    def __init__(self) -> None:
        from timeline import dates

        self._extract: Callable[[str, dt.date], Sequence[Any]] = dates.extract

    def run(self, text: str, reference: dt.date) -> Sequence[Any]:
        """`timeline.dates.extract` on one article."""
        return self._extract(text, reference)

    def count(self, raw: Sequence[Any]) -> int:
        """One raw item per expression."""
        return len(raw)

    def found(self, raw: Sequence[Any], text: str, reference: dt.date) -> list[Found]:
        """Each TimeExpr as it is (durations and sets have no interval)."""
        return [Found(e.text, e.start_char, e.end_char, e.start, e.end) for e in raw]


class JioNLPTool:
    """`jionlp.ner.extract_time(text, time_base=<reference at noon>, with_parsing=True)`.

    Mapping: each item has `offset` [start, end) and `detail` = {'type', 'time'}.
    - `time_point` / `time_span`: `time` is ['YYYY-MM-DD HH:MM:SS', 'YYYY-MM-DD HH:MM:SS'], both
      ends inclusive (jionlp closes a day at 23:59:59), so the interval is their two dates.
      An open end ('inf') after a start not later than the reference is how jionlp says "since X"
      (X以来): it becomes the reference date, as the contract's SINCE reading does. Any other
      open end ('-inf', or 'inf' after a future start) leaves no interval.
    - `time_delta` (a duration) and `time_period` (a repeating set): no interval.
    """

    name = "jionlp"
    skipped = 0

    def __init__(self) -> None:
        with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
            jionlp = importlib.import_module("jionlp")
        self._extract_time = jionlp.ner.extract_time

    def run(self, text: str, reference: dt.date) -> Sequence[Any]:
        """`jionlp.ner.extract_time` on one article."""
        return list(self._extract_time(text, time_base=_noon(reference), with_parsing=True))

    def count(self, raw: Sequence[Any]) -> int:
        """One raw item per expression."""
        return len(raw)

    def found(self, raw: Sequence[Any], text: str, reference: dt.date) -> list[Found]:
        """Map each jionlp item as the class docstring says."""
        results = []
        for item in raw:
            lo, hi = item["offset"]
            start, end = self._interval(item.get("detail") or {}, reference)
            results.append(Found(item["text"], lo, hi, start, end))
        return results

    @staticmethod
    def _interval(detail: dict[str, Any], reference: dt.date) -> tuple[dt.date | None, dt.date | None]:
        if detail.get("type") not in ("time_point", "time_span"):
            return None, None
        ends = detail.get("time")
        if not isinstance(ends, list) or len(ends) != 2:
            return None, None
        first, last = (str(x) for x in ends)
        if first in ("inf", "-inf"):
            return None, None
        start = _day(first)
        if start is None:
            return None, None
        if last == "inf":
            return (start, reference) if start <= reference else (None, None)
        if last == "-inf":
            return None, None
        end = _day(last)
        return (start, end) if end is not None else (None, None)


def _day(stamp: str) -> dt.date | None:
    """The day of a jionlp time stamp; its years before 1000 come unpadded ('220-01-01 00:00:00')."""
    try:
        year, month, day = stamp.split()[0].split("-")
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


class DateparserTool:
    """`dateparser.search.search_dates(text, languages=['zh'], settings=...)`.

    Settings: RELATIVE_BASE = the reference at noon, PREFER_DATES_FROM = 'past' (news reports the
    past, as the contract assumes for a missing year). search_dates gives (substring, datetime)
    pairs without a grain. Mapping (untimed): the substring is parsed again with
    `DateDataParser(languages=['zh'], settings=<same>).get_date_data`, whose `period` ('day',
    'week', 'month', 'year', 'time') is the grain when it lands on the same date; the interval is
    then that whole day, Monday-to-Sunday week, month or year. Otherwise the datetime is a day.
    Offsets: the substring is located in the text left to right.
    """

    name = "dateparser"
    skipped = 0

    def __init__(self) -> None:
        self._search_dates = importlib.import_module("dateparser.search").search_dates
        self._parser_class = importlib.import_module("dateparser.date").DateDataParser

    @staticmethod
    def _settings(reference: dt.date) -> dict[str, Any]:
        return {"RELATIVE_BASE": _noon(reference), "PREFER_DATES_FROM": "past"}

    def run(self, text: str, reference: dt.date) -> Sequence[Any]:
        """`dateparser.search.search_dates` on one article (None means nothing found)."""
        return self._search_dates(text, languages=["zh"], settings=self._settings(reference)) or []

    def count(self, raw: Sequence[Any]) -> int:
        """One raw item per expression."""
        return len(raw)

    def found(self, raw: Sequence[Any], text: str, reference: dt.date) -> list[Found]:
        """Map each (substring, datetime) pair as the class docstring says."""
        parser = self._parser_class(languages=["zh"], settings=self._settings(reference))
        results, cursor = [], 0
        for surface, moment in raw:
            lo, hi = _locate(text, surface, cursor)
            cursor = hi
            day = moment.date()
            period = "day"
            again = parser.get_date_data(surface)
            if again.date_obj is not None and again.date_obj.date() == day and again.period:
                period = again.period
            start, end = self._interval(day, period)
            results.append(Found(surface, lo, hi, start, end))
        return results

    @staticmethod
    def _interval(day: dt.date, period: str) -> tuple[dt.date, dt.date]:
        if period == "year":
            return _year(day.year)
        if period == "month":
            return _month(day.year, day.month)
        if period == "week":
            return _week(day)
        return day, day


class ChineseTimeNLPTool:
    """ChineseTimeNLP `TimeNormalizer(isPreferFuture=False).parse(clause, baseTime=<reference noon>)`.

    The library reads one short query at a time: `parse` returns a single answer (one time stamp,
    a span when it found exactly two times, a delta, or an error when it found more), so running
    text is cut into clauses at CLAUSE_BREAKS and each clause is parsed. To see every time the
    library recognised (not only its one-line answer), the adapter swaps the `TimeUnit` class the
    normaliser module builds its units from for a subclass that, right after the library has
    normalised a unit, notes a copy of its fields and whether the unit gave the query a duration.
    Nothing else is changed. (Reading the fields later would be wrong: the library overwrites a
    unit's fields with the next unit's when it uses it as context.)

    Mapping: a unit that gave a duration (the library's "timedelta" answer) has no interval.
    Otherwise the noted fields are [year, month, day, hour, minute, second], -1 where the library
    fixed nothing; the grain is the finest of year/month/day the unit fixed (an hour fixes the
    day) and the interval is that year, month or day of `unit.time`. A unit that fixed nothing
    and gave no duration keeps the library's fallback time, the wall-clock now, which `parse`
    returns as its time stamp: it is reported as that day, as a user would get it. When a clause
    has exactly two dated units, the library's own answer is a span, so the span from the first's
    start to the second's end is reported too. Offsets: the unit's surface (after the library's
    clean-up: blanks, 的 and written numerals changed) is located in the clause; when it cannot be
    found, the whole clause stands as its offsets.
    """

    name = "ChineseTimeNLP"

    def __init__(self) -> None:
        with contextlib.redirect_stdout(io.StringIO()):
            package = importlib.import_module("ChineseTimeNLP")
        normalizer_module: Any = importlib.import_module("ChineseTimeNLP.normalizer")
        self._arrow = importlib.import_module("arrow")
        library_unit = normalizer_module.TimeUnit
        recorded: list[Any] = []

        class NotingUnit(library_unit):  # type: ignore[valid-type, misc]
            """A TimeUnit that notes its own fields as soon as the library has normalised it."""

            def __init__(self, exp_time: str, normalizer: Any, context: Any) -> None:
                delta_before = normalizer.timeDelta
                super().__init__(exp_time, normalizer, context)
                self.own_fields = list(self.tp.tunit)
                delta = normalizer.timeDelta
                self.is_duration = delta is not None and delta is not delta_before
                recorded.append(self)

        normalizer_module.TimeUnit = NotingUnit
        self._recorded = recorded
        self._normalizer = package.TimeNormalizer(isPreferFuture=False)
        self.skipped = 0

    def run(self, text: str, reference: dt.date) -> Sequence[Any]:
        """Parse each clause; returns (clause start, clause end, noted units) per clause.

        A clause the library raises on is skipped and counted in `skipped`.
        """
        base = self._arrow.get(_noon(reference), tzinfo="Asia/Shanghai")
        results = []
        for clause in _CLAUSE.finditer(text):
            lo, hi = clause.span()
            self._recorded.clear()
            try:
                self._normalizer.parse(text[lo:hi], baseTime=base)
            except Exception:  # the library raises on some clauses (e.g. a minute of 400)
                self.skipped += 1
                continue
            if self._recorded:
                results.append((lo, hi, list(self._recorded)))
        return results

    def count(self, raw: Sequence[Any]) -> int:
        """One noted unit per expression."""
        return sum(len(units) for _, _, units in raw)

    def found(self, raw: Sequence[Any], text: str, reference: dt.date) -> list[Found]:
        """Map the noted units as the class docstring says."""
        results = []
        for lo, hi, units in raw:
            clause = text[lo:hi]
            dated: list[Found] = []
            cursor = 0
            for unit in units:
                surface = str(unit.exp_time)
                at = clause.find(surface, cursor)
                span = (lo + at, lo + at + len(surface)) if at >= 0 else (lo, hi)
                cursor = at + len(surface) if at >= 0 else cursor
                fixed = unit.own_fields
                if unit.is_duration:
                    results.append(Found(surface, span[0], span[1], None, None))
                    continue
                moment = unit.time
                if fixed[0] == -1 and fixed[1] == -1 and fixed[2] == -1 and fixed[3] == -1:
                    start = end = dt.date(moment.year, moment.month, moment.day)
                elif fixed[1] == -1 and fixed[2] == -1 and fixed[3] == -1:
                    start, end = _year(moment.year)
                elif fixed[2] == -1 and fixed[3] == -1:
                    start, end = _month(moment.year, moment.month)
                else:
                    start = end = dt.date(moment.year, moment.month, moment.day)
                item = Found(surface, span[0], span[1], start, end)
                dated.append(item)
                results.append(item)
            if len(dated) == 2 and dated[0].start and dated[1].end and dated[0].start <= dated[1].end:
                first, second = dated
                results.append(
                    Found(
                        text[first.start_char : second.end_char],
                        first.start_char,
                        second.end_char,
                        first.start,
                        second.end,
                    )
                )
        return results


# (name, distribution, module to look for, adapter), timeline first.
_TOOLS: tuple[tuple[str, str, str, Callable[[], Tool]], ...] = (
    ("timeline", "timeline", "timeline", TimelineTool),
    ("jionlp", "jionlp", "jionlp", JioNLPTool),
    ("dateparser", "dateparser", "dateparser", DateparserTool),
    ("ChineseTimeNLP", "ChineseTimeNLP", "ChineseTimeNLP", ChineseTimeNLPTool),
)


def load_tools(with_peers: bool = True) -> list[LoadedTool]:
    """Import timeline (and the peers unless `with_peers` is False); never raises.

    A tool that is not installed says 'not installed'; one that fails to import or has no
    `extract` says 'failed: <reason>'.

    >>> [t.name for t in load_tools(with_peers=False)]
    ['timeline']
    """
    loaded = []
    for name, distribution, module, adapter in _TOOLS if with_peers else _TOOLS[:1]:
        version = package_version(distribution)
        if importlib.util.find_spec(module) is None:
            loaded.append(LoadedTool(name, distribution, version, None, "not installed"))
            continue
        try:
            tool = adapter()
        except Exception as error:  # a peer may break in any way on import; report, carry on
            reason = f"failed: {type(error).__name__}: {error}".splitlines()[0]
            loaded.append(LoadedTool(name, distribution, version, None, reason))
            continue
        loaded.append(LoadedTool(name, distribution, version, tool, None))
    return loaded
