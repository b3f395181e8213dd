"""JSON read from the user's files (records, manifests, extractions): an integer of more digits
than Python converts from text is named by where it is, not by Python's advice to its programmers."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from typing import cast

__all__ = ["LongNumberError", "loads"]


class LongNumberError(ValueError):
    """A JSON document holding an integer of more digits than Python converts (4,300 by default)."""


_PairsHook = Callable[[list[tuple[str, object]]], object]
"""What json.loads builds an object with, from its (key, value) pairs."""


def loads(text: str, *, object_pairs_hook: _PairsHook | None = None) -> object:
    """`json.loads(text)`; LongNumberError naming the field for an integer too long to convert
    (json.loads said "Exceeds the limit (4300 digits) for integer string conversion: value has 5001
    digits; use sys.set_int_max_str_digits() to increase the limit").

        >>> loads('{"events": [{"end_char": 1' + "0" * 5000 + "}]}")
        Traceback (most recent call last):
        ...
        timeline._json.LongNumberError: field events[0].end_char is an integer of 5,001 digits (...)
    """
    try:
        return cast(object, json.loads(text, object_pairs_hook=object_pairs_hook))
    except json.JSONDecodeError:
        raise
    except ValueError:  # the integer-digits limit: parsed again, to find where (only then: it costs)
        found: list[_LongNumber] = []

        def parse_int(digits: str) -> object:
            try:
                return int(digits)
            except ValueError:
                found.append(_LongNumber(len(digits.lstrip("-"))))
                return found[-1]

        doc = cast(object, json.loads(text, parse_int=parse_int, object_pairs_hook=object_pairs_hook))
        if not found:
            raise
        path = _path_to(doc, found[0])
        where = f"field {path}" if path else "the line"
        raise LongNumberError(
            f"{where} is an integer of {found[0].digits:,} digits "
            f"(a JSON number is read up to {sys.get_int_max_str_digits()} digits)"
        ) from None


class _LongNumber:
    """What `loads` reads an integer too long to convert as, while it looks for where it is."""

    __slots__ = ("digits",)

    def __init__(self, digits: int) -> None:
        self.digits = digits


def _path_to(doc: object, wanted: _LongNumber) -> str | None:
    """Where `wanted` is in `doc`: keys joined by dots, list places in brackets ("" at the top)."""
    if doc is wanted:
        return ""
    items: Sequence[tuple[str, object]]
    if isinstance(doc, dict):
        items = [(str(key), value) for key, value in cast("dict[object, object]", doc).items()]
    elif isinstance(doc, list):
        items = [(f"[{place}]", value) for place, value in enumerate(cast("list[object]", doc))]
    else:
        return None
    for step, value in items:
        below = _path_to(value, wanted)
        if below is not None:
            return step + ("" if not below or below.startswith("[") else ".") + below
    return None
