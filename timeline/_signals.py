"""Holding Ctrl-C and SIGTERM back over a few steps that must not be cut in the middle."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator

__all__ = ["STOPPING_SIGNALS", "stopping_signals_held"]

STOPPING_SIGNALS = {signal.SIGINT, signal.SIGTERM}
"""The signals that stop a command (Ctrl-C; `kill`, `timeout`, systemd)."""


@contextlib.contextmanager
def stopping_signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM held back for the block, then raised as it ends. A mask is per thread:
    this holds in a process whose other threads hold them too, as the command line's do;
    elsewhere a signal may still land in the block. Windows has no signal masks: nothing held."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, STOPPING_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
