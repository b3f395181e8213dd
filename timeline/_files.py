"""Writing an output file whole or not at all, safely in a folder others can write to."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from timeline._signals import stopping_signals_held

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
    with contextlib.ExitStack() as cleanup:
        # an interrupt that came between making the file and setting up its removal left a
        # `.partial` file behind: held over both, it is raised once the removal is set up
        with stopping_signals_held():
            descriptor, partial = _new_partial(target)
            cleanup.callback(partial.unlink, missing_ok=True)
        with contextlib.suppress(FileNotFoundError):  # a file replaced keeps its permissions
            os.fchmod(descriptor, stat.S_IMODE(os.stat(target).st_mode))
        with open(descriptor, "w", encoding="utf-8", newline=newline) as stream:
            yield stream
        os.replace(partial, target)


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
