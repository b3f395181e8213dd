"""Articles from files of records: JSON Lines, CSV and (with pyarrow) Parquet, streamed.

One record is one article. Its fields are found by their usual names, or by the names a
`--field text=正文` style mapping gives:

- `text` (required): `text`, `content` or `body`;
- `pub_date`: `pub_date`, `date` or `published_at` (ISO, with or without a time, or
  2026/01/26, 2026年1月26日); missing, the `pub_date` argument or else the text dates it;
- `title` (`title`, `headline`), `source`, `url`, `id`: optional;
- `pub_date_estimated`: true when the date given is a guess (a bool, or true/false in CSV).

Files are read a line (or a Parquet batch) at a time, so a file much larger than memory
streams. The keys are looked up in each record (records of one JSON Lines file may differ).
Each record that cannot become an article is a `Skip` named `FILE:LINE` with the reason.
A mapping naming a field the file does not have, or a file without any text field, raises
ArticleError when the file is opened (`check_fields`), before any article is read.

    >>> import json, tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "a.jsonl")
    >>> with open(path, "w", encoding="utf-8") as f:
    ...     _ = f.write(json.dumps({"正文": "1月5日，重庆实验室揭牌。", "date": "2026-01-06"}) + "\\n")
    >>> [a.pub_date.isoformat() for a in read_records(path, fields={"text": "正文"})]
    ['2026-01-06']
"""

from __future__ import annotations

import codecs
import csv
import datetime as _dt
import importlib
import io
import itertools
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Protocol, cast, runtime_checkable

from timeline._json import LongNumberError, loads
from timeline._regex import HAN
from timeline.corpus.encoding import narrow_encoding, open_regular, wide_encoding
from timeline.corpus.skip import Skip
from timeline.errors import ArticleError
from timeline.model import Article

__all__ = [
    "FIELD_NAMES",
    "RECORD_FORMATS",
    "STDIN",
    "check_fields",
    "count_records",
    "parse_field_options",
    "read_records",
    "record_format",
]

STDIN = "-"
"""The path that names standard input."""
STDIN_NAME = "<stdin>"
"""Standard input as skips name it."""

FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body"),
    "pub_date": ("pub_date", "date", "published_at"),
    "title": ("title", "headline"),
    "source": ("source",),
    "url": ("url",),
    "id": ("id",),
    "pub_date_estimated": ("pub_date_estimated",),
}
"""Each article field and the record keys tried for it, in order."""

_FLAGS = {"true": True, "false": False}
"""How a CSV cell (text) writes a flag such as `pub_date_estimated`, case aside."""

RECORD_FORMATS: dict[str, str] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
}
"""File suffix -> record format."""

_DATE = re.compile(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
"""A record's date at the start of its value, not running on into more digits (2025-01-159 is no
2025-01-15)."""
_TIME_AFTER_DATE = re.compile(r"\s*[日号]?\s*T?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?")
"""A time of day after a record's date (2025-01-01T08:30:00, 2026年1月26日 10:30, 10时30分): it must be
one, or the date text is no timestamp at all (T25:00:00 was read as its date)."""


def record_format(path: str | os.PathLike[str]) -> str | None:
    """'jsonl', 'csv' or 'parquet' for a file of records (by its suffix), else None.

        >>> record_format("news/part-000.jsonl"), record_format("news.CSV"), record_format("notes.txt")
        ('jsonl', 'csv', None)
    """
    return RECORD_FORMATS.get(Path(path).suffix.lower())


def parse_field_options(options: Iterable[str]) -> dict[str, str]:
    """{article field: record key} from `text=正文` style options; ArticleError for a bad one.

    >>> parse_field_options(["text=正文", "pub_date=发布时间"])
    {'text': '正文', 'pub_date': '发布时间'}
    """
    mapping: dict[str, str] = {}
    for option in options:
        field, sep, key = option.partition("=")
        field, key = field.strip(), key.strip()
        if not sep or not key:
            raise ArticleError(f"--field wants FIELD=NAME (like text=正文), got {option!r}")
        if field not in FIELD_NAMES:
            known = ", ".join(FIELD_NAMES)
            raise ArticleError(f"--field {option!r}: no article field {field!r}; known: {known}")
        if field in mapping and mapping[field] != key:  # the last one won without a word
            given = f"{mapping[field]!r} and {key!r}"
            raise ArticleError(f"--field {field} is given twice ({given}): give it once")
        mapping[field] = key
    return mapping


def _choose_keys(keys: Iterable[str], fields: Mapping[str, str], where: str) -> dict[str, str]:
    """{article field: record key} for a file whose records have `keys`; ArticleError if unusable."""
    present = list(dict.fromkeys(keys, True))
    listing = ", ".join(present) if present else "none"
    chosen: dict[str, str] = {}
    for field, candidates in FIELD_NAMES.items():
        if field in fields:
            if fields[field] not in present:
                raise ArticleError(
                    f"{where} has no field {fields[field]!r} (given for {field}); its fields are: {listing}"
                )
            chosen[field] = fields[field]
            continue
        found = next((key for key in candidates if key in present), None)
        if found is not None:
            chosen[field] = found
    if "text" not in chosen and {"format", "article", "events"} <= set(present):
        raise ArticleError(
            f"{where} holds extractions (written by `timeline extract`), not articles: "
            f"store them with `timeline load {where}`"
        )
    if "text" not in chosen:
        raise ArticleError(
            f"{where} has no text field ({', '.join(FIELD_NAMES['text'])}); its fields are: {listing}; "
            "name it with --field text=NAME"
        )
    named = list(keys)
    twice = next((key for key in chosen.values() if named.count(key) > 1), None)
    if twice is not None:  # a CSV header or Parquet schema naming two columns alike: the last one won
        raise ArticleError(f"{where} has {named.count(twice)} fields named {twice!r}: rename all but one")
    return chosen


_Record = dict[str, object]
"""A record as read (JSON object, CSV row, Parquet row): field -> value, values not yet checked."""


def _pub_date(value: object) -> _dt.date | None:
    """A record's publication date from ISO text, a date/datetime, 2026/01/26 or 2026年1月26日."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value)
    match = _DATE.match(text)
    if not match:
        raise ValueError(f"not a date: {text[:40]!r}")
    year, month, day = (int(part) for part in match.groups())
    clock = _TIME_AFTER_DATE.match(text, match.end())
    if clock is not None:
        hour, minute, second = (int(part or 0) for part in clock.groups())
        if hour > 24 or minute > 59 or second > 60 or (hour == 24 and minute + second > 0):
            raise ValueError(f"not a date: {text[:40]!r} (no such time of day)")
    return _dt.date(year, month, day)


def _article(
    record: Mapping[str, object], keys: Mapping[str, str], *, pub_date: str | None, source: str | None
) -> Article:
    """The article of one record (ArticleError or ValueError when it cannot be one)."""
    text = record.get(keys["text"])
    if not isinstance(text, str) or not text.strip():
        raise ArticleError(f"no text in field {keys['text']!r}")

    def field(name: str) -> str:
        value = record.get(keys[name]) if name in keys else None
        if value is None:
            return ""
        if isinstance(value, bool) or not isinstance(value, (str, int)):  # a number is an id's text
            raise ArticleError(f"field {keys[name]!r} ({name}) must be text, got {type(value).__name__}")
        return str(value).strip()

    raw_date = record.get(keys["pub_date"]) if "pub_date" in keys else None
    date = _pub_date(raw_date) if raw_date not in (None, "") else pub_date
    return Article(
        text,
        date,
        id=field("id") or None,
        source=source if source is not None else field("source"),
        title=field("title"),
        url=field("url"),
        pub_date_estimated=date is not None and _estimated(record, keys),
        infer_pub_date=date is None,
    )


def _estimated(record: Mapping[str, object], keys: Mapping[str, str]) -> bool:
    """A record's `pub_date_estimated`: a bool (JSON, Parquet) or true/false (a CSV cell), False
    when absent; ArticleError for anything else ("yes" is no flag, as in a manifest)."""
    value = record.get(keys["pub_date_estimated"]) if "pub_date_estimated" in keys else None
    if value is None or value == "":
        return False
    if isinstance(value, str) and value.strip().lower() in _FLAGS:
        return _FLAGS[value.strip().lower()]
    if not isinstance(value, bool):
        shown = repr(value)[:40]
        raise ArticleError(f"field {keys['pub_date_estimated']!r} must be true or false, got {shown}")
    return value


# --------------------------------------------------------------------------- opening files


def open_binary(path: str) -> IO[bytes]:
    """Standard input (`-`) or a regular file, to read bytes; ArticleError for anything else (a
    FIFO would wait for ever, /dev/zero is one endless line) or a file that cannot be opened.

        >>> open_binary("/dev/zero")
        Traceback (most recent call last):
        ...
        timeline.errors.ArticleError: cannot read /dev/zero: not a regular file
    """
    if path == STDIN:
        return cast("IO[bytes]", sys.stdin.buffer)  # typeshed: BinaryIO | Any
    try:
        return open_regular(path)  # closed by the reader that iterates it
    except OSError as err:
        raise ArticleError(f"cannot read {path}: {err.strerror or err}") from None


MAX_LINE_BYTES = 8_000_000
"""Longest line of a JSON Lines or CSV file read (an article of the 2 MB limit, escaped, with its
fields); a longer one is skipped without being held in memory whole."""


def read_lines(stream: IO[bytes], bad: dict[int, str]) -> Iterator[str]:
    """The decoded lines of a UTF-8 stream (BOM dropped), of a UTF-16 or UTF-32 one (told by its
    byte order mark, or UTF-16 by its NULs: `encoding.wide_encoding`), or of one in GB18030, Big5
    or another encoding a text file may be in (detected from its first lines as a text file is:
    `encoding.narrow_encoding`); numbers of lines that do not decode or are too long go to `bad`
    with the reason (a too long line is read as an empty one).

        >>> import io
        >>> bad: dict[int, str] = {}
        >>> lines = list(read_lines(io.BytesIO("\\ufeff第一行\\n".encode() + b"\\xff\\n"), bad))
        >>> len(lines), lines[0], bad
        (2, '第一行\\n', {2: 'not UTF-8'})
        >>> list(read_lines(io.BytesIO("标题,正文\\r\\n揭牌,重庆\\r\\n".encode("utf-16")), bad))
        ['标题,正文\\r\\n', '揭牌,重庆\\r\\n']
    """
    head = stream.read(4)
    if head and not head.startswith(codecs.BOM_UTF8):
        head += cast("Callable[[int], bytes]", getattr(stream, "read1", stream.read))(_SNIFF_BYTES)
    encoding = wide_encoding(head)
    if encoding is not None:
        yield from _wide_lines(head, stream, encoding, bad)
        return
    narrow = narrow_encoding(head)
    encoding = narrow if isinstance(narrow, str) else "utf-8"
    not_decoded = narrow.reason if isinstance(narrow, Skip) else f"not {encoding.upper()}"
    replayed = io.BufferedReader(_Replayed(head, stream))
    for number, raw in enumerate(iter(lambda: replayed.readline(MAX_LINE_BYTES + 1), b""), 1):
        if len(raw) > MAX_LINE_BYTES:
            while raw and not raw.endswith(b"\n"):  # the rest of the line, a piece at a time
                raw = replayed.readline(MAX_LINE_BYTES)
            bad[number] = f"longer than {MAX_LINE_BYTES:,} bytes"
            yield "\n"
            continue
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[3:]
        try:
            yield raw.decode(encoding)
        except UnicodeDecodeError:
            bad[number] = not_decoded
            yield raw.decode(encoding, errors="replace")


_SNIFF_BYTES = 1 << 16
"""Bytes read ahead (as far as one read of the stream gives) to tell UTF-16 without a BOM."""


class _Replayed(io.RawIOBase):
    """`head`, bytes already read from `rest`, then the rest of `rest`."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        read = cast("Callable[[int], bytes]", getattr(self._rest, "read1", self._rest.read))
        data = self._head[: len(buffer)] if self._head else read(len(buffer))  # what has come (a pipe)
        self._head = self._head[len(data) :]
        buffer[: len(data)] = data
        return len(data)


def _wide_lines(head: bytes, rest: IO[bytes], encoding: str, bad: dict[int, str]) -> Iterator[str]:
    """The lines of a UTF-16 or UTF-32 stream (its BOM dropped) whose first bytes `head` were read
    already, decoded a block at a time. A line of more than MAX_LINE_BYTES characters, or holding
    bytes of no character (read as U+FFFD), goes to `bad`."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    not_decoded = "not " + encoding.upper().removesuffix("-LE").removesuffix("-BE")
    number, pending, skipping = 0, "", False
    block = head
    while True:
        final = not block
        text = decoder.decode(block, final)
        if skipping:  # the rest of a line too long, a block at a time
            cut = text.find("\n")
            if cut < 0 and not final:
                block = rest.read(_SNIFF_BYTES)
                continue
            number += 1
            bad[number] = f"longer than {MAX_LINE_BYTES:,} bytes"
            yield "\n"
            text, skipping = ("" if cut < 0 else text[cut + 1 :]), False
        *lines, pending = (pending + text).split("\n")
        for line in lines:
            number += 1
            if "\ufffd" in line:
                bad[number] = not_decoded
            yield line + "\n"
        if len(pending) > MAX_LINE_BYTES:
            pending, skipping = "", True
        if final:
            break
        block = rest.read(_SNIFF_BYTES)
    if pending:
        number += 1
        if "\ufffd" in pending:
            bad[number] = not_decoded
        yield pending


# --------------------------------------------------------------------------- readers


class _RepeatedKeyError(ValueError):
    """A JSON object naming one key twice."""


def _object_without_repeated_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object as a dict; _RepeatedKeyError when it names a key twice (two `text` fields: a
    JSON parser keeps the last one without a word, so the record's meaning is a guess)."""
    record: dict[str, object] = {}
    for key, value in pairs:
        if key in record:
            raise _RepeatedKeyError(f"the key {key!r} appears twice in one object")
        record[key] = value
    return record


JUDGED_LINES = 20
"""Lines read at most to find the first that reads as text: a compressed or binary file read line
by line (records, extractions) was a skip per line ('undecodable: not UTF-8, …'), 84 for the
example articles gzipped."""


def judged_lines(stream: IO[bytes], bad: dict[int, str]) -> tuple[list[str], str | None, Iterator[str]]:
    """The lines of `stream` (`read_lines`), judged by their first ones before any is used: (those
    first lines, why they are no text or None, every line, the first ones among them). One reader
    for records, CSV files and extractions, so that a compressed or binary file is one refusal.

    >>> import io
    >>> head, unreadable, lines = judged_lines(io.BytesIO("\\n重庆实验室揭牌\\n第二行\\n".encode()), {})
    >>> head, unreadable, len(list(lines))
    (['\\n', '重庆实验室揭牌\\n'], None, 3)
    """
    lines = read_lines(stream, bad)
    head = _head_lines(lines, bad)
    return head, _no_text(head, bad), itertools.chain(head, lines)


def _head_lines(lines: Iterator[str], bad: Mapping[int, str]) -> list[str]:
    """The first `lines`, read up to the first that is read (not in `bad`) and not blank, at most
    `JUDGED_LINES`: what `_no_text` judges.

    >>> _head_lines(iter(["", "重庆实验室揭牌", "第二行"]), {})
    ['', '重庆实验室揭牌']
    """
    head: list[str] = []
    for line in lines:
        head.append(line)
        if (len(head) not in bad and line.strip()) or len(head) >= JUDGED_LINES:
            break
    return head


def _no_text(head: Sequence[str], bad: Mapping[int, str]) -> str | None:
    """Why a file whose first lines are `head` (`_head_lines`) is no text: none was read, each for
    its bytes; None when one was (a line only too long is no sign of a binary file).

    >>> _no_text(["\\x1f\\x8b"], {1: "undecodable"})
    'no line of it reads as text (line 1: undecodable): a compressed or binary file? (decompress it first)'
    >>> _no_text(["重庆实验室揭牌"], {}) is None
    True
    """
    numbers = range(1, len(head) + 1)
    if not head or any(number not in bad or bad[number].startswith("longer than") for number in numbers):
        return None
    which = f"none of its first {len(head)} lines" if len(head) >= JUDGED_LINES else "no line of it"
    return f"{which} reads as text (line 1: {bad[1]}): a compressed or binary file? (decompress it first)"


def _jsonl_records(stream: IO[bytes], where: str) -> Iterator[tuple[int, _Record | Skip]]:
    bad: dict[int, str] = {}
    head, unreadable, lines = judged_lines(stream, bad)
    if unreadable:
        yield len(head), Skip(where, unreadable)
        return
    for number, line in enumerate(lines, 1):
        label = f"{where}:{number}"
        if number in bad:
            yield number, Skip(label, bad[number])
            continue
        if not line.strip():
            continue
        if number == 1 and line.lstrip().startswith("["):
            raise ArticleError(f"{where} holds a JSON array; write one JSON object per line (JSON Lines)")
        try:
            record = loads(line, object_pairs_hook=_object_without_repeated_keys)
        except _RepeatedKeyError as err:
            yield number, Skip(label, str(err))
            continue
        except json.JSONDecodeError as err:
            reason = f"not JSON: {err.msg} at column {err.colno}"
            before = line[: err.pos]
            if err.msg == "Extra data" and "\r" in before[len(before.rstrip()) :]:  # old Mac line ends
                reason += " (records apart by a carriage return alone: end each line with \\n)"
            elif number == 1 and where == STDIN_NAME:  # `echo 2026年1月5日，… | timeline ingest -`
                reason += " (standard input is read as JSON Lines: --input-format txt reads one article)"
            yield number, Skip(label, reason)
            continue
        except LongNumberError as err:  # an integer of more digits than Python converts (4,300)
            yield number, Skip(label, f"not JSON this reader takes: {err}")
            continue
        except RecursionError:
            yield number, Skip(label, "JSON nested too deeply")
            continue
        if not isinstance(record, dict):
            yield number, Skip(label, f"not a JSON object but {type(record).__name__}")
            continue
        yield number, cast(_Record, record)  # the keys of a JSON object are strings


_NamesCheck = Callable[[list[str]], Mapping[str, str] | None]
"""Called with a CSV header's or Parquet schema's column names before the first record is read;
returns the columns the articles are read from ({article field: column}), None for all of them."""


def _csv_records(stream: IO[bytes], where: str, check: _NamesCheck) -> Iterator[tuple[int, _Record | Skip]]:
    bad: dict[int, str] = {}
    # The csv module refuses fields over 131,072 characters by default (a long article); the
    # limit is process-wide, so it is only ever raised, to the longest line read.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_LINE_BYTES))
    reader = csv.reader(_text_lines(stream, bad, where))
    header = _csv_header(reader, where)
    if header is None:
        return
    header = [name.strip() for name in header]
    check(header)
    last_line = reader.line_num
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:  # a malformed row: skipped, the reader goes on at the next line
            first_line, last_line = last_line + 1, reader.line_num
            yield first_line, Skip(f"{where}:{first_line}", f"not CSV: {err}")
            continue
        first_line, last_line = last_line + 1, reader.line_num
        label = f"{where}:{first_line}"
        reasons = [bad[number] for number in range(first_line, last_line + 1) if number in bad]
        if reasons:
            yield first_line, Skip(label, reasons[0])
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            reason = f"{len(row)} columns where the header has {len(header)}"
            if last_line > first_line:  # every line up to the next quote went into one field
                label = f"{where}:{first_line}-{last_line}"
                reason += f" (one record over lines {first_line}-{last_line}: a quote left open?)"
            yield first_line, Skip(label, reason)
        elif last_line > first_line and _records_joined_by_a_quote(row):
            yield first_line, Skip(
                f"{where}:{first_line}-{last_line}",
                f"one record over lines {first_line}-{last_line} whose lines each read as a record: "
                "a quote left open?",
            )
        else:
            cells: _Record = dict(zip(header, row, strict=True))
            yield first_line, cells


_CELL_SHAPE_RUNS = (
    (re.compile(r"\d+"), "0"),
    (re.compile(r"[A-Za-z]+"), "a"),
    (re.compile(f"[{HAN}]+"), "中"),
)
"""Runs of characters that one mark stands for in a cell's form (`_cell_shape`)."""


def _cell_shape(cell: str) -> str:
    """A cell's form, runs of digits, of Latin letters and of Han characters each one mark
    (2026-01-06 and 2026-1-7 are 0-0-0; https://a.cn/x1 is a://a.a/a0)."""
    shape = cell.strip()
    for run, mark in _CELL_SHAPE_RUNS:
        shape = run.sub(mark, shape)
    return shape


def _records_joined_by_a_quote(row: list[str]) -> bool:
    """Whether a record read over several lines is records of one a line that a quote left open
    joined: the one cell holding its line breaks, cut there, gives the rest of a record on its first
    line, whole records on the lines between and the start of one on its last, each of the header's
    columns and of the same form as the record's own cells (its dates, ids or sources). A text of
    paragraphs, commas in them or not, has no such form on every line.

        >>> _records_joined_by_a_quote(["揭牌。,2026-01-06\\n签约。,2026-01-07\\n开工。", "2026-01-08"])
        True
        >>> _records_joined_by_a_quote(["第一段，总投资1,000亿元。\\n第二段。", "2026-01-08"])
        False
    """
    holding = [index for index, cell in enumerate(row) if "\n" in cell]
    if len(holding) != 1:
        return False
    (column,) = holding
    first, *between, last = (piece.removesuffix("\r") for piece in row[column].split("\n"))
    pieces = [(first, column, len(row)), *((line, 0, len(row)) for line in between), (last, 0, column + 1)]
    compared = False
    for piece, start, end in pieces:
        cells = next(csv.reader([piece]), [])
        if len(cells) != end - start:
            return False
        for index, cell in enumerate(cells, start):
            if index == column:
                continue
            if _cell_shape(cell) != _cell_shape(row[index]):
                return False
            compared = compared or bool(cell.strip())
    return compared


def _text_lines(stream: IO[bytes], bad: dict[int, str], where: str) -> Iterator[str]:
    """The lines of a CSV file (`read_lines`); ArticleError when its first lines are no text
    (`judged_lines`: a gzipped CSV was said to have 'lines ended by a carriage return alone')."""
    _, unreadable, lines = judged_lines(stream, bad)
    if unreadable:
        raise ArticleError(f"{where} is no CSV file: {unreadable}")
    return lines


def _csv_header(reader: Iterator[list[str]], where: str) -> list[str] | None:
    """The first row of a CSV file, None when it is empty; ArticleError when it is no CSV row (a
    file whose lines end in a carriage return alone, as Excel's "CSV (Macintosh)" writes, is one
    line holding them all)."""
    try:
        return next(reader, None)
    except csv.Error as err:
        if "new-line character" in str(err):
            raise ArticleError(
                f"{where} has lines ended by a carriage return alone, which are not read: save it "
                "with LF or CRLF line ends"
            ) from None
        raise ArticleError(f"{where} does not start with a CSV header: {err}") from None


class _ParquetColumn(Protocol):
    """A column of a Parquet batch (a pyarrow Array)."""


@runtime_checkable
class _DictionaryColumn(_ParquetColumn, Protocol):
    """A dictionary-encoded column (a pyarrow DictionaryArray): each value once, rows as indices."""

    @property
    def dictionary(self) -> _ParquetColumn: ...
    @property
    def indices(self) -> _ParquetColumn: ...


class _Lengths(Protocol):
    """An integer column computed by pyarrow."""

    def to_pylist(self) -> list[int | None]: ...


class _Compute(Protocol):
    """The part of `pyarrow.compute` used here."""

    def binary_length(self, column: _ParquetColumn, /) -> _Lengths: ...
    def take(self, values: _Lengths, indices: _ParquetColumn, /) -> _Lengths: ...


class _ParquetBatch(Protocol):
    @property
    def num_rows(self) -> int: ...
    @property
    def columns(self) -> list[_ParquetColumn]: ...
    def slice(self, offset: int, length: int) -> _ParquetBatch: ...
    def to_pylist(self) -> list[_Record]: ...


class _ParquetMetadata(Protocol):
    @property
    def num_rows(self) -> int: ...


class _ParquetField(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def type(self) -> object: ...


class _ParquetSchema(Protocol):
    @property
    def names(self) -> list[str]: ...
    def __iter__(self) -> Iterator[_ParquetField]: ...


class _ParquetFile(Protocol):
    """The part of `pyarrow.parquet.ParquetFile` used here (pyarrow ships no types)."""

    @property
    def metadata(self) -> _ParquetMetadata: ...
    @property
    def schema_arrow(self) -> _ParquetSchema: ...
    def iter_batches(self, *, batch_size: int, columns: list[str] | None) -> Iterator[_ParquetBatch]: ...


class _ParquetModule(Protocol):
    def ParquetFile(self, path: str, *, read_dictionary: list[str] | None = None) -> _ParquetFile: ...


def _parquet_module() -> _ParquetModule:
    try:
        module = importlib.import_module("pyarrow.parquet")
    except ImportError:
        raise ArticleError('reading Parquet needs pyarrow: pip install "timeline[parquet]"') from None
    return cast(_ParquetModule, module)


def _parquet_file(path: str, dictionaries: list[str] | None = None) -> _ParquetFile:
    """The pyarrow ParquetFile at `path`, its `dictionaries` columns read dictionary-encoded;
    ArticleError when it is no readable Parquet file (pyarrow raises ArrowInvalid, a ValueError,
    or ArrowIOError, an OSError)."""
    try:
        open_regular(path).close()  # pyarrow would wait on a FIFO for ever
        return _parquet_module().ParquetFile(path, read_dictionary=dictionaries)
    except (OSError, ValueError) as err:
        raise ArticleError(f"{path}: not a readable Parquet file ({err})") from None


PARQUET_BATCH_ROWS = 64
"""Rows of a Parquet file read at a time. A batch is held whole, by pyarrow and as records, and a
few bytes of Parquet can repeat a value of megabytes in every row (a dictionary page, one entry
per row): 1,024 rows (the batch before) of 1 MB made an 812-byte file take 5 GB."""

_TEXT_TYPES = ("string", "large_string", "binary", "large_binary")
"""pyarrow types of the columns whose values `_record_sizes` counts."""


def _parquet_records(path: str, where: str, check: _NamesCheck) -> Iterator[tuple[int, _Record | Skip]]:
    """The records of a Parquet file, only of the columns `check` chooses; its text columns are
    read dictionary-encoded, so a value repeated in many rows is held once until a record of a
    row is made, and a row of over `MAX_LINE_BYTES` is skipped before it is."""
    number = 0
    schema = _parquet_file(path).schema_arrow
    chosen = check(list(schema.names))
    columns = None if chosen is None else list(dict.fromkeys(chosen.values(), True))
    texts = [f.name for f in schema if str(f.type) in _TEXT_TYPES and (columns is None or f.name in columns)]
    batches = _parquet_file(path, texts).iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=columns)
    while True:
        try:
            batch = next(batches, None)
        except (OSError, ValueError) as err:  # a damaged row group: the rows after it are lost
            yield number + 1, Skip(f"{where}:{number + 1}", f"unreadable Parquet from here on ({err})")
            return
        if batch is None:
            return
        for record in _batch_records(batch):
            number += 1
            yield number, record if isinstance(record, dict) else Skip(f"{where}:{number}", record)


def _record_sizes(batch: _ParquetBatch) -> list[int]:
    """The bytes of text and binary values in each row of a batch, counted without making them
    Python objects (of a dictionary-encoded column: each value's length, taken by its rows)."""
    compute = cast(_Compute, importlib.import_module("pyarrow.compute"))
    sizes = [0] * batch.num_rows
    for column in batch.columns:
        try:
            if isinstance(column, _DictionaryColumn):
                lengths = compute.take(compute.binary_length(column.dictionary), column.indices)
            else:
                lengths = compute.binary_length(column)
        except NotImplementedError:  # no text nor binary (a date, a number): counted by Python
            continue
        sizes = [size + (length or 0) for size, length in zip(sizes, lengths.to_pylist(), strict=True)]
    return sizes


def _batch_records(batch: _ParquetBatch) -> list[_Record | str]:
    """A Parquet batch's rows as records; a row of over `MAX_LINE_BYTES` of text (as a JSON line
    may hold) or holding a value Python has no type for (a date32 or timestamp past year 9999 or
    before year 1, a timestamp in a time zone no zone database holds) is the reason it is
    skipped, not the end of the file (pyarrow raises ValueError or OverflowError for the whole
    batch, and KeyError from pytz or zoneinfo for an unknown zone)."""
    sizes = _record_sizes(batch)
    if max(sizes, default=0) <= MAX_LINE_BYTES:
        try:
            return list(batch.to_pylist())
        except (OverflowError, ValueError, KeyError):
            pass
    rows: list[_Record | str] = []
    for index, size in enumerate(sizes):
        if size > MAX_LINE_BYTES:
            rows.append(f"a record of {size:,} bytes of text (at most {MAX_LINE_BYTES:,})")
            continue
        try:
            rows.extend(batch.slice(index, 1).to_pylist())
        except (OverflowError, ValueError) as err:
            rows.append(f"a value out of Python's range ({err})")
        except KeyError as err:  # pytz's UnknownTimeZoneError, zoneinfo's ZoneInfoNotFoundError
            rows.append(f"a timestamp in a time zone this Python does not know ({err})")
    return rows


def _records(
    path: str, kind: str, check: _NamesCheck = lambda names: None
) -> Iterator[tuple[int, _Record | Skip]]:
    """The records of a file, numbered; `check` sees the column names of a CSV or Parquet file
    first (a record, a dict, keeps one of two columns named alike)."""
    where = STDIN_NAME if path == STDIN else path
    if kind == "parquet":
        yield from _parquet_records(path, where, check)
        return
    stream = open_binary(path)
    try:
        if kind == "jsonl":
            yield from _jsonl_records(stream, where)
        else:
            yield from _csv_records(stream, where, check)
    finally:
        if path != STDIN:
            stream.close()


def _keys_of_file(path: str, kind: str) -> list[str]:
    """The field names of a file: its CSV header, Parquet schema or first JSON object's keys."""
    if kind == "parquet":
        return list(_parquet_file(path).schema_arrow.names)
    if kind == "csv":
        with open_binary(path) as stream:
            header = _csv_header(csv.reader(_text_lines(stream, {}, path)), path)
        return [name.strip() for name in header or []]
    for _, record in _records(path, kind):
        if isinstance(record, dict):
            return list(record)
    return []


def check_fields(path: str, kind: str, fields: Mapping[str, str]) -> None:
    """Raise ArticleError now if the records of `path` have no text field or lack a mapped one.

    Standard input cannot be read twice, so it is checked on its first record instead.

        >>> import os, tempfile
        >>> path = os.path.join(tempfile.mkdtemp(), "news.csv")
        >>> with open(path, "w", encoding="utf-8") as f:
        ...     _ = f.write("标题,正文,日期\\n揭牌,1月5日，重庆实验室揭牌。,2026-01-06\\n")
        >>> check_fields(path, "csv", {"text": "正文", "pub_date": "日期"})
        >>> check_fields(path, "csv", {"text": "内容"})
        Traceback (most recent call last):
        ...
        timeline.errors.ArticleError: ...news.csv has no field '内容' (given for text); its fields are: ...
    """
    if path == STDIN:
        return
    keys = _keys_of_file(path, kind)
    if keys:
        _choose_keys(keys, fields, path)


def read_records(
    path: str | os.PathLike[str],
    *,
    kind: str | None = None,
    fields: Mapping[str, str] | None = None,
    pub_date: str | None = None,
    source: str | None = None,
) -> Iterator[Article | Skip]:
    """The articles of a file of records (or standard input, `-`), a `Skip` for each bad record.

    `kind` is 'jsonl', 'csv' or 'parquet' (default: from the suffix; JSON Lines for `-`).

        >>> import os, tempfile
        >>> path = os.path.join(tempfile.mkdtemp(), "news.csv")
        >>> with open(path, "w", encoding="utf-8") as f:
        ...     _ = f.write("标题,正文,日期\\n揭牌,1月5日，重庆实验室揭牌。,2026-01-06\\n空,,2026-01-06\\n")
        >>> for read in read_records(path, fields={"text": "正文", "pub_date": "日期", "title": "标题"}):
        ...     print(read.reason if isinstance(read, Skip) else (read.title, read.pub_date))
        ('揭牌', datetime.date(2026, 1, 6))
        no text in field '正文'
    """
    name = os.fspath(path)
    chosen_kind = kind or record_format(name) or ("jsonl" if name == STDIN else None)
    if chosen_kind not in ("jsonl", "csv", "parquet"):
        raise ArticleError(f"{name}: not a file of records (.jsonl, .csv or .parquet)")
    wanted = dict(fields or {})
    where = STDIN_NAME if name == STDIN else name
    first = True
    # Columns named alike are refused here too, not only by `check_fields` (which the command line
    # calls, but not on standard input, nor does a direct call of this function).
    for number, record in _records(name, chosen_kind, lambda names: _choose_keys(names, wanted, where)):
        if isinstance(record, Skip):
            yield record
            continue
        if first:  # a first record without the fields asked for is a mistake about the whole file
            _choose_keys(record, wanted, where)
            first = False
        try:
            keys = _choose_keys(record, wanted, "the record")
            yield _article(record, keys, pub_date=pub_date, source=source)
        except (ArticleError, ValueError) as err:
            yield Skip(f"{where}:{number}", str(err))


def count_records(path: str, kind: str) -> int | None:
    """About how many records a file holds (its lines; Parquet: its rows), None for stdin.

    Counting reads the file once in large blocks, so a progress bar can say how long is left.

        >>> import os, tempfile
        >>> path = os.path.join(tempfile.mkdtemp(), "news.csv")
        >>> with open(path, "w", encoding="utf-8") as f:
        ...     _ = f.write("正文\\n1月5日，重庆实验室揭牌。\\n1月6日，宜宾港三期建成投用。\\n")
        >>> count_records(path, "csv"), count_records("-", "jsonl")
        (2, None)
    """
    if path == STDIN:
        return None
    if kind == "parquet":
        return int(_parquet_file(path).metadata.num_rows)
    lines = 0
    with open_binary(path) as stream:
        while block := stream.read(1 << 20):
            lines += block.count(b"\n")
    return max(lines - (1 if kind == "csv" else 0), 0)
