"""The `timeline` command's entry point (`timeline ...`, `python -m timeline ...`).

The command line's modules take a fraction of a second to import, before `timeline.cli.main`
can handle Ctrl-C: an interrupt in that time is one line and exit 130 here, not a traceback.
"""

from __future__ import annotations

import sys


def main() -> int:
    """Import the command line and run it with the process arguments; returns the exit code."""
    try:
        from timeline.cli import main as run
    except KeyboardInterrupt:
        print("timeline: interrupted", file=sys.stderr)
        return 130  # 128 + SIGINT, as timeline.cli.main returns
    return run()


if __name__ == "__main__":
    sys.exit(main())
