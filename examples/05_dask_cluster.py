"""Extract on a Dask cluster, store in one database from every worker (more articles than one machine holds).

    python examples/05_dask_cluster.py [--scheduler tcp://host:8786] [--db URL] [--parts N]

Writes the sample articles as N JSON Lines files of records (a real corpus would be thousands
of such files on a disk every worker sees), then runs `timeline.cluster.ingest_on_dask`: each
worker reads its files, extracts the events and stores them through the bulk path, several
workers writing at once. Without --scheduler a LocalCluster of two worker processes stands in
for the cluster; without --db an SQLite file in the current folder stands in for PostgreSQL
(pass `postgresql+psycopg://user@host/db`: that is what several machines would share).
Needs `pip install "timeline[dask,postgres]"`; without dask the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
import tempfile
from pathlib import Path

from timeline import Timeline, TimelineError
from timeline.corpus import Skip, bundled_seeds, load_articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster)")
    parser.add_argument("--db", default="sqlite:///dask_example.db", help="database URL")
    parser.add_argument("--parts", type=int, default=2, help="how many record files to write")
    args = parser.parse_args(argv)
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        print('dask is not installed: pip install "timeline[dask]"; nothing to do')
        return 0
    from timeline.cluster import ingest_on_dask

    articles = [a for a in load_articles([bundled_seeds()]) if not isinstance(a, Skip)]
    folder = Path(tempfile.mkdtemp(prefix="timeline-parts-"))
    parts = [folder / f"part-{n:03d}.jsonl" for n in range(max(1, args.parts))]
    for number, path in enumerate(parts):
        with path.open("w", encoding="utf-8") as file:
            for article in articles[number :: len(parts)]:
                record = {"id": article.id, "text": article.text, "pub_date": article.pub_date.isoformat()}
                record.update(source=article.source, title=article.title)
                file.write(json.dumps(record, ensure_ascii=False) + "\n")

    try:
        if args.scheduler:
            with Client(args.scheduler) as client:
                report = ingest_on_dask(parts, args.db, client)
        else:
            # The stand-in cluster's own chatter (heartbeat warnings on a busy machine) stays
            # quiet; a failing task still raises out of ingest_on_dask.
            local = LocalCluster(
                n_workers=2, threads_per_worker=1, dashboard_address=None, silence_logs=logging.CRITICAL
            )
            with local as cluster:
                with Client(cluster) as client:
                    report = ingest_on_dask(parts, args.db, client)
        with Timeline(args.db) as store:
            stats = store.stats()
    except TimelineError as err:
        print(f"05_dask_cluster: {err}", file=sys.stderr)
        return 1
    except OSError as err:  # dask.distributed found no scheduler at that address (after its timeout)
        print(f"05_dask_cluster: cannot reach the Dask scheduler {args.scheduler}: {err}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # the record files were written for this run only
    print(
        f"{len(parts)} files on the cluster: {report.articles} articles stored, "
        f"{report.duplicates} already there, {report.events} events; store: {stats}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
