"""Read an article file as text: size limit, binary check, encodings tried in order."""

from __future__ import annotations

from pathlib import Path

from timeline.corpus.skip import Skip

__all__ = ["read_text"]

# Tried in order: UTF-8 (with or without BOM), then the Chinese national standard encoding.
_ENCODINGS = ("utf-8-sig", "gb18030")


def read_text(path: Path, max_bytes: int) -> str | Skip:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Skip(str(path), f"too large ({size:,} bytes; the limit is {max_bytes:,})")
        data = path.read_bytes()
    except OSError as err:
        return Skip(str(path), f"unreadable: {err.strerror or err}")
    if b"\x00" in data:
        return Skip(str(path), "not a text file (binary data)")
    for encoding in _ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not text.strip():
            return Skip(str(path), "empty")
        return text
    return Skip(str(path), "undecodable: neither UTF-8 nor GB18030")
