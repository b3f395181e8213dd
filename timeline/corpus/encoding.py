"""Read an article file as text: regular files only, a size limit kept while reading, and the
encoding detected rather than guessed.

UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read as such; UTF-16 without a BOM is
recognised by where its NUL bytes fall. Anything else goes to charset-normalizer, limited to
the encodings Chinese news comes in (GB18030 for the mainland, Big5 and Big5-HKSCS for Taiwan
and Hong Kong) plus Japanese and Korean ones (EUC-KR through its Windows superset CP949), so a
Big5, Shift-JIS or EUC-KR file is no longer read as GB18030 mojibake. A file the detector
cannot decide (GB18030 and Big5 equally likely, or no candidate at all) is skipped with the
reason.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from pathlib import Path
from typing import BinaryIO, cast

from timeline.corpus.skip import Skip

__all__ = [
    "DETECTED_ENCODINGS",
    "NotRegularFile",
    "decode_bytes",
    "narrow_encoding",
    "open_regular",
    "read_bytes",
    "read_stream",
    "read_text",
]

_NONBLOCK = cast(int, getattr(os, "O_NONBLOCK", 0))
"""Open without waiting for a writer (a FIFO); 0 where the system has no such flag (Windows)."""

DETECTED_ENCODINGS = ("gb18030", "big5", "big5hkscs", "shift_jis", "euc_jp", "cp949")
"""Candidates for text that is not UTF-8, in the order ties are broken (GB18030 first)."""

_FIRST_CLASS = ("gb18030", "big5")
"""A tie between these two cannot be broken: such a file is skipped, not guessed."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_ANY_MESS = 1.0
"""charset-normalizer's threshold: it drops a candidate any of whose chunks is messier (0.2 by
default), so GB18030 text with a few characters of four bytes on short lines (⁺, emoji: 4 of 418
real articles) had no candidate left; every one that decodes is kept, the least messy wins."""

_TIE = 0.01
"""Chaos scores (charset-normalizer's mess measure, 0 = clean) this close count as a tie."""

_CHUNK = 1 << 16


def read_text(path: Path, max_bytes: int) -> str | Skip:
    """The text of the file at `path`, or a Skip saying why not (not a regular file, too large,
    unreadable, binary, undecodable, empty).

        >>> import tempfile
        >>> path = Path(tempfile.mkdtemp()) / "news.txt"
        >>> _ = path.write_bytes("重庆实验室揭牌。".encode("utf-16"))
        >>> read_text(path, 1000), read_text(path, 4).reason, read_text(path.parent, 1000).reason
        ('重庆实验室揭牌。', 'too large (over 4 bytes, the limit)', 'not a regular file')
    """
    data = read_bytes(path, max_bytes)
    if isinstance(data, str):
        return Skip(str(path), data)
    text = decode_bytes(data)
    if isinstance(text, Skip):
        return Skip(str(path), text.reason)
    if not text.strip():
        return Skip(str(path), "empty")
    return text


class NotRegularFile(OSError):
    """A path to read names a FIFO, a device, a directory or a socket, not a regular file."""


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """`path` opened to read bytes, when it is a regular file; OSError when it cannot be opened
    (a path holding a NUL too), NotRegularFile when it is something else.

    Opened without blocking (a FIFO would wait for a writer for ever) and checked once open, so
    that what is read is what was checked (/dev/zero never ends, a line of it is endless).

        >>> open_regular("/dev/zero")
        Traceback (most recent call last):
        ...
        timeline.corpus.encoding.NotRegularFile: [Errno 22] not a regular file: '/dev/zero'
    """
    if "\0" in os.fspath(path):  # os.open raises ValueError, which no caller takes for a bad path
        raise OSError(errno.EINVAL, "the path holds a NUL character", os.fspath(path))
    descriptor = os.open(path, os.O_RDONLY | _NONBLOCK)
    try:
        regular = stat.S_ISREG(os.fstat(descriptor).st_mode)
    except OSError:
        os.close(descriptor)
        raise
    if not regular:
        os.close(descriptor)
        raise NotRegularFile(errno.EINVAL, "not a regular file", os.fspath(path))
    return os.fdopen(descriptor, "rb")


def read_bytes(path: Path, max_bytes: int) -> bytes | str:
    """The bytes of a regular file (`open_regular`) of at most `max_bytes`, or why it is not read.

    The limit is enforced while reading, since `st_size` may lie (a file still growing).

        >>> import tempfile
        >>> path = Path(tempfile.mkdtemp()) / "news.txt"
        >>> _ = path.write_bytes("重庆".encode("utf-8"))
        >>> read_bytes(path, 100), read_bytes(path, 4), read_bytes(Path("/dev/zero"), 100)
        (b'\\xe9\\x87\\x8d\\xe5\\xba\\x86', 'too large (over 4 bytes, the limit)', 'not a regular file')
    """
    try:
        with open_regular(path) as stream:
            return _read_limited(stream, max_bytes)
    except NotRegularFile:
        return "not a regular file"
    except OSError as err:
        return f"unreadable: {err.strerror or err}"


def _read_limited(stream: BinaryIO, max_bytes: int) -> bytes | str:
    """All of `stream`, or why not: more than `max_bytes` is refused as soon as it is seen."""
    chunks: list[bytes] = []
    size = 0
    while chunk := stream.read(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            return f"too large (over {max_bytes:,} bytes, the limit)"
        chunks.append(chunk)
    return b"".join(chunks)


def read_stream(stream: BinaryIO, name: str, max_bytes: int) -> str | Skip:
    """The text of a byte stream (standard input), decoded as a file is; a Skip named `name`.

        >>> import io
        >>> read_stream(io.BytesIO("重庆实验室揭牌。".encode("gb18030")), "stdin", 1000)
        '重庆实验室揭牌。'
        >>> read_stream(io.BytesIO(b""), "stdin", 1000)
        Skip(source='stdin', reason='empty')
    """
    try:
        data = _read_limited(stream, max_bytes)
    except OSError as err:
        return Skip(name, f"unreadable: {err.strerror or err}")
    if isinstance(data, str):
        return Skip(name, data)
    text = decode_bytes(data)
    if isinstance(text, Skip):
        return Skip(name, text.reason)
    return text if text.strip() else Skip(name, "empty")


def decode_bytes(data: bytes) -> str | Skip:
    """`data` decoded: BOM, then UTF-16 without BOM, then UTF-8, then detection; a Skip (with an
    empty source, for the caller to fill) when it is binary or its encoding cannot be told.

        >>> decode_bytes("\\ufeff重庆".encode("utf-8")), decode_bytes("重庆实验室揭牌。".encode("gb18030"))
        ('重庆', '重庆实验室揭牌。')
        >>> decode_bytes(b"\\x00\\x01\\x02binary\\x00")
        Skip(source='', reason='not a text file (binary data)')
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return Skip("", f"undecodable: starts with a {encoding.upper()} byte order mark but is not")
    if b"\x00" in data:  # no text but UTF-16/32 holds NUL bytes, bar a stray one
        text = _utf8_with_stray_nuls(data) or _chinese_utf16(data) or _utf16_without_bom(data)
        return text if text is not None else Skip("", "not a text file (binary data)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _chinese_utf16(data) or _detect(data)


def _utf8_with_stray_nuls(data: bytes) -> str | None:
    """UTF-8 text holding a NUL or a few (a C string written whole, a damaged copy), NULs kept (an
    Article makes each U+FFFD); None when `data` is not UTF-8 or holds NULs as UTF-16 does.

    Such a file was skipped as binary, or, its NULs falling on one side only, read as UTF-16
    without a BOM (mojibake stored): valid UTF-8 with so few NULs is not UTF-16 of Chinese text.
    A NUL beside other control characters (\x00\x01\x02…) is binary data that happens to decode.
    """
    if data.count(0) * _UTF8_NUL_SHARE >= len(data):
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return None if _holds_controls(text.replace("\0", "")) else text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM, told by its NULs (the high bytes of ASCII digits and punctuation,
    which Chinese news always has) falling on one side only; None when it is not that."""
    if len(data) % 2 or _too_few_nuls_for_utf16(data):
        return None
    encoding = utf16_without_bom(data)
    if encoding is None:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if _holds_controls(text):
        return None
    return text


_CONTROL_BYTES = re.compile(b"[\x01-\x08\x0b\x0e-\x1f\x7f]")
"""Bytes of control characters other than tabs and line and page breaks: no text in an encoding
of one or two bytes a character holds them, UTF-16 of Chinese does in about one character of ten
(their low bytes fall anywhere)."""

_SHORTEST_UTF16 = 16
"""Fewest bytes (8 characters) read as UTF-16 by what its characters are (`_chinese_utf16`)."""

_CHINESE_SHARE = 0.9
"""UTF-16 without a BOM or ASCII is read when at least this share of its characters is Han,
Chinese punctuation, full-width forms or ASCII."""


def _chinese_utf16(data: bytes) -> str | None:
    """UTF-16 of Chinese text without a BOM, read in the byte order that gives Chinese text (see
    `_CHINESE_SHARE`; the other order gives the characters of its bytes swapped, a few of them
    Han), when its bytes hold control characters, as no text of GB18030, Big5 or Shift-JIS does
    (Shift-JIS read as UTF-16-BE is Han characters too); None otherwise. Text with next to no
    ASCII has next to no NULs to tell it by (`_utf16_without_bom`), and in it they are the low
    bytes of characters such as 一 (U+4E00), on the side ASCII's would not be.

        >>> _chinese_utf16("重庆实验室揭牌成立，两江新区举行仪式。".encode("utf-16-be"))
        '重庆实验室揭牌成立，两江新区举行仪式。'
        >>> _chinese_utf16("重庆实验室揭牌成立，两江新区举行仪式。".encode("gb18030")) is None
        True
    """
    if len(data) < _SHORTEST_UTF16 or len(data) % 2 or not _CONTROL_BYTES.search(data):
        return None
    readings = []
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _holds_controls(text):
            readings.append((_chinese_share(text), text))
    if not readings:
        return None
    (share, text), *other = sorted(readings, reverse=True)
    return text if share >= _CHINESE_SHARE and all(share > second for second, _ in other) else None


_CHINESE_BLOCKS = ((0, 0x7F), (0x3000, 0x303F), (0x3400, 0x9FFF), (0xFF00, 0xFFEF))
"""Code points of ASCII, CJK punctuation, Han (with extension A) and full-width forms."""


def _chinese_share(text: str) -> float:
    """The share of `text`'s characters in `_CHINESE_BLOCKS`."""
    chinese = sum(any(low <= ord(char) <= high for low, high in _CHINESE_BLOCKS) for char in text)
    return chinese / len(text)


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the NULs of `data` fall on one side more than twice as
    often as on the other (see `_utf16_without_bom`), else None. In UTF-16 the high bytes of ASCII
    characters are NULs, and so are the low bytes of the characters U+xx00 (一 U+4E00, 最 U+6700),
    fewer: on one side only, 411 of 418 real articles were not UTF-16.

        >>> utf16_without_bom("2025 news".encode("utf-16-le")), utf16_without_bom(b"2025 news")
        ('utf-16-le', None)
        >>> utf16_without_bom("2025年，一个平台".encode("utf-16-be"))
        'utf-16-be'
    """
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if 2 * min(even, odd) >= max(even, odd):  # none, or as many on both sides
        return None
    return "utf-16-le" if odd > even else "utf-16-be"


def wide_encoding(head: bytes) -> str | None:
    """The UTF-16 or UTF-32 encoding the first bytes of a stream of lines are in: by their byte
    order mark, or UTF-16 by where the NULs of a first line fall; None for any other (UTF-8 and
    the encodings of one byte per ASCII character, which a byte-wise reader splits into lines).

        >>> wide_encoding("标题\\n".encode("utf-16")), wide_encoding("text\\n".encode("utf-16-be"))
        ('utf-16', 'utf-16-be')
        >>> wide_encoding("text\\n".encode("utf-8")) is None
        True
    """
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return None if encoding == "utf-8-sig" else encoding
    if b"\x00" not in head:
        return None
    even = head[: len(head) - len(head) % 2]
    wide = utf16_without_bom(even)
    if wide is None or _too_few_nuls_for_utf16(even):
        return None  # a stray NUL or two in UTF-8 text: its lines read as UTF-8
    if head.count(0) * _UTF8_NUL_SHARE < len(head) and _is_utf8(head):
        return None  # a short UTF-8 file with a stray NUL: CJK in UTF-16 is not UTF-8
    text = even.decode(wide, errors="replace")
    return None if _holds_controls(text) else wide


_WIDE_NUL_SHARE = 100
"""UTF-16 without a BOM has a NUL in at least one character of this many (the high byte of the
ASCII digits, punctuation, field names and line breaks every file of records holds)."""

_UTF8_NUL_SHARE = 8
"""Bytes that decode as UTF-8 and hold fewer NULs than one in this many are UTF-8 with stray NULs
(a file of two records, one with a NUL, passed the share above); UTF-16 of ASCII alone, which
decodes as UTF-8 too, holds one NUL in two bytes."""


def _too_few_nuls_for_utf16(data: bytes) -> bool:
    """Whether `data` (of an even length) holds a NUL in fewer than one of `_WIDE_NUL_SHARE` of its
    two-byte characters: stray NULs in text of another encoding, not UTF-16."""
    return data.count(0) * _WIDE_NUL_SHARE < len(data) // 2


def _holds_controls(text: str) -> bool:
    """Whether text decoded as UTF-16 holds a control character other than a line or page break
    or a tab: bytes of another encoding read as UTF-16 do, text does not."""
    return any(ord(char) < 32 and char not in "\n\r\t\f" for char in text)


def _is_utf8(head: bytes) -> bool:
    """Whether `head` decodes as UTF-8, a character cut at its end allowed."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _detect(data: bytes) -> str | Skip:
    detected = _detected(data)
    return detected if isinstance(detected, Skip) else detected[1]


def _detected(data: bytes) -> tuple[str, str] | Skip:
    """The encoding charset-normalizer finds `data` in, among `DETECTED_ENCODINGS`, and the text it
    reads; a Skip (empty source) when none reads it or GB18030 and Big5 tie."""
    from charset_normalizer import from_bytes

    candidates = from_bytes(data, cp_isolation=list(DETECTED_ENCODINGS), threshold=_ANY_MESS)
    matches = [match for match in candidates if match.encoding]
    if not matches:
        return Skip("", "undecodable: not UTF-8, UTF-16, GB18030, Big5, Shift-JIS or EUC-KR")
    least = min(match.chaos for match in matches)
    tied = {match.encoding: str(match) for match in matches if match.chaos <= least + _TIE}
    if all(encoding in tied for encoding in _FIRST_CLASS) and tied["gb18030"] != tied["big5"]:
        return Skip("", "undecodable: GB18030 and Big5 read it equally well (save it as UTF-8)")
    chosen = min(tied, key=_rank)
    return chosen, tied[chosen]


_NOT_ASCII = bytes(range(0x80, 0x100))


def narrow_encoding(head: bytes) -> str | Skip | None:
    """The encoding of a stream of lines (a CSV or JSON Lines file) that is not UTF-8, told from its
    first bytes `head` as a text file's is (`_detected`): GB18030, Big5, Shift-JIS, ... when most
    of the complete lines of `head` holding more than ASCII are not UTF-8; None when they are
    UTF-8 (a line that is not is a skip of its own); a Skip with the reason the lines that are
    not UTF-8 cannot be read when the detector cannot tell.

        >>> narrow_encoding("标题,正文\\n揭牌,重庆实验室揭牌成立。\\n".encode("gb18030"))
        'gb18030'
        >>> narrow_encoding("标题,正文\\n揭牌,重庆实验室揭牌成立。\\n".encode()) is None
        True
    """
    if head.startswith(codecs.BOM_UTF8):
        return None
    *complete, cut = head.split(b"\n")
    kept = len(cut.rstrip(_NOT_ASCII))  # the line `head` cuts, up to its last ASCII byte: no
    if kept or complete:  # character is cut there (one of no ASCII byte: whole, when it is alone)
        cut = cut[:kept]
    beyond_ascii = [line for line in (*complete, cut) if not line.isascii()]
    not_utf8 = [line for line in beyond_ascii if not _is_utf8(line)]
    if len(not_utf8) * 2 <= len(beyond_ascii):
        return None
    detected = _detected(b"\n".join(not_utf8))
    return detected if isinstance(detected, Skip) else codecs.lookup(detected[0]).name


def _rank(encoding: str) -> int:
    """An encoding's place in `DETECTED_ENCODINGS` (the first wins a tie), others after them."""
    return DETECTED_ENCODINGS.index(encoding) if encoding in DETECTED_ENCODINGS else len(DETECTED_ENCODINGS)
