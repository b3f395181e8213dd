"""Writing an output file whole or not at all, safely in a folder others can write to."""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

__all__ = ["replacing"]


@contextlib.contextmanager
def replacing(target: Path, *, newline: str) -> Iterator[TextIO]:
    """A UTF-8 text stream into a new file next to `target`, renamed over it when the block ends
    without an error: an interrupted run never leaves half a file, and a failed one leaves
    `target` as it was. A file replaced keeps its permissions (an export kept private with
    chmod 600 became readable by all, 644 under the usual umask).

    The temporary file is created new (O_EXCL, which never follows a link) under a random name:
    at a fixed name (`.out.csv.partial`), a link planted in a shared folder made the export write
    into the file it pointed to and then put the link in place of the output.
    """
    held = _hold_signals()
    try:
        descriptor, partial = _new_partial(target)
    except BaseException:
        _release_signals(held)
        raise
    try:
        _release_signals(held)  # an interrupt held since the file was made is raised here
        with contextlib.suppress(FileNotFoundError):  # a file replaced keeps its permissions
            os.fchmod(descriptor, stat.S_IMODE(os.stat(target).st_mode))
        with open(descriptor, "w", encoding="utf-8", newline=newline) as stream:
            yield stream
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def _new_partial(target: Path) -> tuple[int, Path]:
    """A new file under a random name next to `target`, opened for writing, and its path."""
    for _ in range(100):
        partial = target.with_name(f".{target.name}.{secrets.token_hex(6)}.partial")
        try:
            return os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), partial
        except FileExistsError:
            continue
        except OSError as err:  # no such folder, no permission: said of the file asked for
            raise OSError(err.errno, err.strerror, str(target)) from None
    raise FileExistsError(f"cannot create a temporary file next to {target}")  # pragma: no cover


_STOPPING = {signal.SIGINT, signal.SIGTERM}


def _hold_signals() -> set[int | signal.Signals] | None:
    """Hold Ctrl-C and SIGTERM while the temporary file is made and its clean-up set up: one that
    came just after the file was made, before the clean-up, left a `.partial` file behind."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, _STOPPING)


def _release_signals(held: set[int | signal.Signals] | None) -> None:
    if held is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
