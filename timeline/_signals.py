"""Holding Ctrl-C and SIGTERM back over a few steps that must not be cut in the middle, and keeping
them when a finaliser swallowed them."""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from types import FrameType
from typing import cast

__all__ = ["STOPPING_SIGNALS", "stop_if_swallowed", "stopping_signals_held", "stops_kept_from_finalisers"]

STOPPING_SIGNALS = {signal.SIGINT, signal.SIGTERM}
"""The signals that stop a command (Ctrl-C; `kill`, `timeout`, systemd)."""


@contextlib.contextmanager
def stopping_signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM held back for the block, then raised as it ends.

    A signal mask is per thread: the process's other threads (tqdm's monitor, a library's
    workers) still took the signal, and Python ran its handler in the main thread at once, in the
    block. So in the main thread the handlers are also swapped for one that notes the signal, and
    the signals noted are raised again once the old handlers are back. Elsewhere (another thread,
    which may not set handlers) only the mask holds. Windows has no signal masks: nothing held."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        yield
        return
    noted: list[int] = []
    swapped: dict[signal.Signals, _Handler] = {}
    if threading.current_thread() is threading.main_thread():
        for stopping in sorted(STOPPING_SIGNALS):
            if signal.getsignal(stopping) is not None:  # None: set outside Python, not put back
                swapped[stopping] = cast("_Handler", signal.signal(stopping, _noting(noted)))
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, STOPPING_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
        for stopping, handler in swapped.items():
            signal.signal(stopping, cast("signal.Handlers", handler))
        for number in sorted(set(noted)):
            signal.raise_signal(number)


_Handler = Callable[[int, FrameType | None], object] | int
"""A signal handler as `signal.signal` returns it (a function, SIG_DFL or SIG_IGN)."""


def _noting(noted: list[int]) -> Callable[[int, FrameType | None], None]:
    """A signal handler that notes the signal's number in `noted`."""

    def note(number: int, _frame: FrameType | None) -> None:
        noted.append(number)

    return note


_swallowed: list[KeyboardInterrupt] = []
"""Ctrl-C or SIGTERM raised in a finaliser, kept for `stop_if_swallowed` (at most the first)."""


@contextlib.contextmanager
def stops_kept_from_finalisers() -> Iterator[None]:
    """For the block, a Ctrl-C or SIGTERM (a KeyboardInterrupt) raised in a finaliser is kept for
    `stop_if_swallowed`, not lost. A signal's handler runs wherever the main thread is, a `__del__`,
    a weak reference's callback or a generator the collector closes among them; Python reports an
    exception raised there ('Exception ignored in') and goes on, so the command went on to its end."""
    previous = cast("Callable[[sys.UnraisableHookArgs], object]", sys.unraisablehook)

    def keep(unraisable: sys.UnraisableHookArgs) -> None:
        if isinstance(unraisable.exc_value, KeyboardInterrupt):
            if not _swallowed:
                _swallowed.append(unraisable.exc_value)
        else:
            previous(unraisable)

    sys.unraisablehook = keep
    try:
        yield
    finally:
        sys.unraisablehook = previous
        _swallowed.clear()


def stop_if_swallowed() -> None:
    """Raise the Ctrl-C or SIGTERM a finaliser swallowed (`stops_kept_from_finalisers`), if any:
    called where stopping cuts nothing in the middle (between two articles, at a command's end)."""
    if _swallowed:
        stop = _swallowed.pop()
        raise stop.with_traceback(None)
