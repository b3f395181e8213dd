"""Writing an output file whole or not at all, safely in a folder others can write to."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import secrets
import stat
import time
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
    chmod 600 became readable by all, 644 under the usual umask); one this user may not write
    (read-only) is refused with PermissionError, not replaced.

    The temporary file is created new (O_EXCL, which never follows a link) under a random name:
    at a fixed name (`.out.csv.partial`), a link planted in a shared folder made the export write
    into the file it pointed to and then put the link in place of the output. It is locked while
    written, and a run removes the temporary files of its target that a killed run (SIGKILL, a
    power cut) left behind (`_remove_left_partials`).
    """
    if os.path.exists(target) and not os.access(target, os.W_OK):
        # a file made read-only is not replaced, as `>` and `cp` do not write it
        raise PermissionError(errno.EACCES, "Permission denied (the file is read-only)", str(target))
    _remove_left_partials(target)
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
    """A new file under a random name next to `target`, opened for writing and locked (`_lock`),
    and its path."""
    prefix = _partial_prefix(target)
    for _ in range(100):
        partial = target.with_name(f"{prefix}{secrets.token_hex(_PARTIAL_TOKEN_BYTES)}.partial")
        try:
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        except OSError as err:  # no such folder, no permission: said of the file asked for
            raise OSError(err.errno, err.strerror, str(target)) from None
        with contextlib.suppress(OSError):  # a file system without locks: written unlocked
            _lock(descriptor)
        return descriptor, partial
    raise FileExistsError(f"cannot create a temporary file next to {target}")  # pragma: no cover


_PARTIAL_TOKEN_BYTES = 6

_NAME_MAX_BYTES = 255
"""The longest file name most file systems take (ext4, XFS, APFS, NTFS in UTF-16 units)."""


def _partial_prefix(target: Path) -> str:
    """How the temporary files of `target` are named before their random part: `.NAME.`; for a
    name too long to take the rest within _NAME_MAX_BYTES, its head and a digest of it
    (`.HEAD~1a2b3c4d.`): an output of 240 characters could not be written at all."""
    prefix = f".{target.name}."
    room = _NAME_MAX_BYTES - len(f"{'0' * 2 * _PARTIAL_TOKEN_BYTES}.partial")
    encoded = os.fsencode(prefix)
    if len(encoded) <= room:
        return prefix
    digest = hashlib.sha256(encoded).hexdigest()[:8]
    head = encoded[: room - len(f".~{digest}.")].decode(errors="ignore")  # a character cut is dropped
    return f".{head.removeprefix('.')}~{digest}."

LEFT_PARTIAL_AGE_S = 10.0
"""A temporary file unlocked and unchanged for this long was left by a run that was killed.

The lock (`_lock`) tells a run at work; the age covers the moment between a file's creation and
its lock, and the one between its last write and its rename, when it is not locked."""


def _lock(descriptor: int) -> bool:
    """Take an exclusive lock on an open file without waiting (flock: released when the file is
    closed, or its process dies); False when another holds it, OSError where the file system
    has no locks (a left file is then never taken as left). True on a system without flock."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return True
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _remove_left_partials(target: Path) -> None:
    """Remove the temporary files of `target` (`.NAME.<12 hex>.partial`) that a killed run left:
    regular files of this user, unlocked, unchanged for LEFT_PARTIAL_AGE_S. Any other file, a link
    among them, is left alone, and so is anything that cannot be looked at."""
    pattern = re.compile(
        re.escape(_partial_prefix(target)) + f"[0-9a-f]{{{2 * _PARTIAL_TOKEN_BYTES}}}" + re.escape(".partial")
    )
    try:
        names = [entry.name for entry in os.scandir(target.parent) if pattern.fullmatch(entry.name)]
    except OSError:
        return
    for name in names:
        left = target.with_name(name)
        try:
            descriptor = os.open(left, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError:
            continue
        try:
            found = os.fstat(descriptor)
            if (
                stat.S_ISREG(found.st_mode)
                and found.st_uid == os.geteuid()
                and time.time() - found.st_mtime >= LEFT_PARTIAL_AGE_S
                and _lock(descriptor)
                and _same_file(os.lstat(left), found)
            ):
                left.unlink()
        except OSError:
            continue
        finally:
            os.close(descriptor)


def _same_file(one: os.stat_result, other: os.stat_result) -> bool:
    return (one.st_dev, one.st_ino) == (other.st_dev, other.st_ino)
