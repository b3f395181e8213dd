"""Keep the event store in PostgreSQL: the same code, another URL.

The URL comes from the first argument or TIMELINE_PG_URL, e.g.
`postgresql+psycopg://user@127.0.0.1:5432/timeline` (needs `pip install "timeline[postgres]"`).
The sample articles are ingested (again: ingesting is idempotent) and the milestones of 2026
are listed. Without a URL the script says so and exits 0.

    TIMELINE_PG_URL=postgresql+psycopg://postgres@127.0.0.1:5432/timeline python examples/04_postgresql.py
"""

from __future__ import annotations

import os
import sys

from timeline import Timeline, TimelineError
from timeline.corpus import Skip, bundled_seeds, load_articles
from timeline.export import to_table


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    url = args[0] if args else os.environ.get("TIMELINE_PG_URL", "")
    if not url:
        print("no PostgreSQL URL: pass one as the first argument or set TIMELINE_PG_URL; nothing to do")
        return 0
    articles = [a for a in load_articles([bundled_seeds()]) if not isinstance(a, Skip)]
    try:
        with Timeline(url) as store:
            report = store.ingest_many(articles)
            events = store.milestones(since="2026", until="2026")
            stats = store.stats()
    except TimelineError as err:
        print(f"04_postgresql: {err}", file=sys.stderr)
        return 1
    print(f"ingested {report.articles} new articles ({report.duplicates} already stored); store: {stats}")
    print(to_table(events))
    return 0


if __name__ == "__main__":
    sys.exit(main())
