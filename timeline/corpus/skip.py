"""`Skip`: a file or record that could not become an article, with the reason (never raised)."""

from __future__ import annotations

import attrs

__all__ = ["Skip", "reason_of"]


@attrs.frozen()
class Skip:
    """A file (or an article) that was left out, and why."""

    source: str
    reason: str


def reason_of(error: ValueError) -> str:
    """A reader's refusal in words a user can act on: Python's advice to its own programmers after
    the integer-digits limit (`; use sys.set_int_max_str_digits() to increase the limit`) is cut.

        >>> reason_of(ValueError("Exceeds the limit (4300 digits) for integer string conversion: "
        ...                      "value has 5001 digits; use sys.set_int_max_str_digits() "
        ...                      "to increase the limit"))
        'Exceeds the limit (4300 digits) for integer string conversion: value has 5001 digits'
    """
    return str(error).split("; use sys.set_int_max_str_digits", 1)[0]
