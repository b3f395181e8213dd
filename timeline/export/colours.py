"""One colour per event type, shared by the HTML page and the terminal table (colour-blind-safe)."""

from __future__ import annotations

__all__ = ["FALLBACK_COLOUR", "TYPE_COLOURS"]

TYPE_COLOURS: dict[str, str] = {
    "opening": "#1b9e77",
    "founding": "#d95f02",
    "policy_release": "#7570b3",
    "approval": "#e7298a",
    "construction": "#a6761d",
    "production": "#1f78b4",
    "signing": "#66a61e",
    "meeting": "#e6ab02",
    "breakthrough": "#b2182b",
    "announcement": "#17becf",
    "other": "#666666",
}
FALLBACK_COLOUR = "#666666"
