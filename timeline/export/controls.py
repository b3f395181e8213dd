"""The characters that reorder, hide or break shown text, for the exports that show or embed it.
"""

from __future__ import annotations

__all__ = ["FORMAT_CONTROLS"]

FORMAT_CONTROLS = (
    "\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
"""Every format control (Unicode category Cf: bidi marks, embeddings, overrides and isolates, the
byte order mark, tags, ...) and the line and paragraph separators (Zl, Zp) of Unicode 14, as the
body of a regular expression's character class."""
