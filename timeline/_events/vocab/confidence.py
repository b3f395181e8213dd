"""Confidence given to an event, by what supports it."""

from __future__ import annotations

#: Confidence given to an event, by what supports it.
CONFIDENCE_BASE = 0.5
CONFIDENCE_DATED = 0.2
CONFIDENCE_NAMED_SUBJECT = 0.2
CONFIDENCE_SPECIFIC_TRIGGER = 0.1
