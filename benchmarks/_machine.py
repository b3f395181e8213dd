"""The header every benchmark prints first: machine, load, system, Python and package versions.

Figures from two runs can only be compared when the machines and versions are known. Sizes are
in MB = 10^6 bytes throughout the benchmarks.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import sqlite3
import subprocess
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MB = 1_000_000
"""Bytes in a megabyte, as every benchmark prints it."""


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


def git_commit() -> str:
    """The short commit of the working copy (with '+changes' if it has uncommitted edits)."""
    try:
        head = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True, text=True, check=True, timeout=10,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--", "timeline"],
            capture_output=True, text=True, check=True, timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown commit"
    return head + ("+changes" if dirty else "")


def cpu_model() -> str:
    """The CPU model name from /proc/cpuinfo, or the platform's processor string."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def load_average() -> str:
    """The 1, 5 and 15 minute load averages, or 'n/a' where the system has none."""
    return ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"


def print_machine(title: str, packages: Iterable[str] = ()) -> None:
    """Print `title`, then the machine, its load and the versions of Python, timeline and `packages`."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = load_average()
    print(f"# {title}")
    print(f"- run at: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC")
    print(f"- machine: {cpu_model()}; {os.cpu_count()} cores ({usable} usable); load {load} (1, 5, 15 min)")
    print(f"- system: {platform.platform()}")
    print(f"- Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}")
    try:
        from timeline import __version__ as version
    except ImportError:
        version = "not importable"
    print(f"- timeline {version} (working copy {REPO}, {git_commit()})")
    listed = dict.fromkeys(["SQLAlchemy", *packages])  # each once, in order
    print("- " + ", ".join(f"{name} {_version(name)}" for name in listed))
    print("- MB = 10^6 bytes")
    print(flush=True)
