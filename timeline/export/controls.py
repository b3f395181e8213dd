"""The characters that reorder, hide or break shown text, for the exports that show or embed it.
"""

from __future__ import annotations

import html
import re
import sys
import unicodedata

from timeline.model import CONTROL_CHARACTERS

__all__ = [
    "BIDI_CONTROLS",
    "FORMAT_CONTROLS",
    "format_controls_of_this_python",
    "isolated_html",
    "without_controls",
]

BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
"""The bidi embeddings, overrides and isolates and the characters that close them (LRE, RLE,
PDF, LRO, RLO; LRI, RLI, FSI, PDI), as the body of a regular expression's character class: the
controls that reorder the text after them."""

_UNICODE_14_CONTROLS = (
    "\xad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
"""`format_controls_of_this_python()` under Unicode 14 (Python 3.11), written out: the scan takes
0.26 CPU s at every start."""


def format_controls_of_this_python() -> str:
    """Every character of `unicodedata`'s categories Cf, Zl and Zp, as the body of a regular
    expression's character class, runs of consecutive code points as ranges.

    >>> import re
    >>> re.sub(f"[{format_controls_of_this_python()}]", "", "重庆\u202e实验室\u2028揭牌")
    '重庆实验室揭牌'
    """
    runs: list[list[int]] = []
    for code in range(sys.maxunicode + 1):
        if unicodedata.category(chr(code)) in ("Cf", "Zl", "Zp"):
            if runs and runs[-1][1] == code - 1:
                runs[-1][1] = code
            else:
                runs.append([code, code])
    return "".join(chr(first) if first == last else f"{chr(first)}-{chr(last)}" for first, last in runs)


FORMAT_CONTROLS = (
    _UNICODE_14_CONTROLS if unicodedata.unidata_version == "14.0.0" else format_controls_of_this_python()
)
"""Every format control (Unicode category Cf: bidi marks, embeddings, overrides and isolates, the
byte order mark, tags, ...) and the line and paragraph separators (Zl, Zp) of this Python's
Unicode, as the body of a regular expression's character class (Python 3.12's Unicode 15 adds the
Egyptian hieroglyph controls U+13439-U+1343F to Unicode 14's)."""


_CONTROL = re.compile(CONTROL_CHARACTERS)


def without_controls(text: str) -> str:
    """`text` without its control characters but tab and line breaks (an ESC, a bell, a C1 CSI): a
    source or title read from a file of records keeps them as written, and the HTML page (where
    they are not allowed) and a CSV file (printed or `cat` to a terminal) would carry them out.

        >>> without_controls("新华\\x1b[31m社\\x07\\n")
        '新华[31m社\\n'
    """
    return _CONTROL.sub("", text)


def isolated_html(text: str) -> str:
    """Text from an article as HTML element content: escaped, and in a `<bdi>` of its own, so that
    a bidi override or embedding it leaves open (an outlet named "新华\u202e社") reverses nothing
    shown after it; the text keeps every character, as the JSON export does.

        >>> isolated_html("新华\u202e社 <b>")
        '<bdi>新华\u202e社 &lt;b&gt;</bdi>'
    """
    return f"<bdi>{html.escape(without_controls(text), quote=True)}</bdi>"
