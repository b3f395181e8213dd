"""Build the timeline of the five sample articles and write it as one self-contained HTML page.

Reads the bundled seeds (with their manifest of publication dates), stores them in a throw-away
SQLite file, prints the milestones as a table and writes the HTML timeline. With
`--screenshot`, a headless Chromium (if installed) takes a picture of the page.

    python examples/01_seeds_timeline.py                      # writes seeds-timeline.html
    python examples/01_seeds_timeline.py out.html --screenshot out.png
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from timeline import Timeline
from timeline.corpus import Skip, bundled_seeds, load_articles
from timeline.export import to_html, to_table
from timeline.labels import HTML_WORDS


def screenshot(page: Path, picture: Path) -> bool:
    """Take a 1200x2000 picture of `page` with headless Chromium; False when Chromium is missing."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if chromium is None:
        return False
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                f"--screenshot={picture.resolve()}",
                "--window-size=1200,2000",
                page.resolve().as_uri(),
            ],
            capture_output=True,
            timeout=120,
            check=True,
        )
    return picture.is_file()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default="seeds-timeline.html", help="the HTML file to write")
    parser.add_argument("--screenshot", metavar="PNG", help="also take a picture of the page (Chromium)")
    args = parser.parse_args(argv)

    articles = []
    for item in load_articles([bundled_seeds()]):
        if isinstance(item, Skip):
            print(f"skipped {item.source}: {item.reason}", file=sys.stderr)
        else:
            articles.append(item)

    with tempfile.TemporaryDirectory() as folder, Timeline(f"sqlite:///{folder}/seeds.db") as store:
        report = store.ingest_many(articles)
        events = store.milestones()
    print(f"{report.articles} articles, {report.events} events, {report.entities} entities")
    print(to_table(events))

    page = Path(args.output)
    page.write_text(to_html(events, title=HTML_WORDS["seeds_title"]), encoding="utf-8")
    dated = sum(event.start is not None for event in events)
    print(f"wrote {page} ({len(events)} events, {dated} dated by their text)")
    if args.screenshot:
        if screenshot(page, Path(args.screenshot)):
            print(f"wrote {args.screenshot}")
        else:
            print("no Chromium found: no screenshot (apt-get install chromium fonts-noto-cjk)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
