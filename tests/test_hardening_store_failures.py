"""The store under failure, as a newsroom meets it (harden26): the disk fills up in the middle of
`timeline ingest`. The error says so in one line, what earlier batches committed stays, the store
is whole, and running the same command again finishes the work without duplicating any of it."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
ARTICLES = 420
"""More than two batches of the command (200 articles each)."""


def _folder_of_articles(folder: Path) -> Path:
    """ARTICLES distinct articles, each two seed paragraphs and a number, with a manifest."""
    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    paragraphs = []
    for entry in manifest["articles"]:
        text = (SEEDS / entry["file"]).read_text(encoding="utf-8")
        lines = (line.strip() for line in text.splitlines())
        paragraphs += [(line, entry["pub_date"]) for line in lines if len(line) >= 30]
    folder.mkdir()
    entries = []
    for number in range(ARTICLES):
        first, published = paragraphs[number % len(paragraphs)]
        second, _ = paragraphs[(number * 7 + 3) % len(paragraphs)]
        name = f"a{number:04}.txt"
        (folder / name).write_text(f"{first}\n{second}\n（第{number}号稿）\n", encoding="utf-8")
        entries.append({"file": name, "source": f"报{number % 13}", "pub_date": published})
    (folder / "manifest.json").write_text(json.dumps({"articles": entries}, ensure_ascii=False), "utf-8")
    return folder


def _ingest(folder: Path, db: Path, file_limit: int | None = None) -> subprocess.CompletedProcess[str]:
    """`timeline ingest FOLDER --db DB`, under a file size limit of `file_limit` bytes if given
    (SQLite's writes beyond it fail as on a full disk)."""
    import resource

    def limited() -> None:
        if file_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("TIMELINE_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "timeline", "ingest", str(folder), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env=env,
        preexec_fn=limited,
    )


def _stored(db: Path) -> tuple[int, int, int]:
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        row = conn.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sources),"
            " (SELECT count(DISTINCT article_seq) FROM sources)"
        ).fetchone()
        return row[0], row[1], row[2]


@pytest.mark.skipif(sys.platform != "linux", reason="a file size limit (RLIMIT_FSIZE) as on Linux")
def test_a_disk_that_fills_up_mid_ingest_is_one_clear_line_and_the_rerun_finishes(tmp_path: Path) -> None:
    """harden26 (unclear error): the run ended with 'timeline: error: (sqlite3.OperationalError)
    disk I/O error', the driver's words. It now says the database file could not be written and
    why that happens; the store stayed whole and kept its committed batches, as it does now."""
    folder = _folder_of_articles(tmp_path / "articles")
    db = tmp_path / "news.db"
    cut = _ingest(folder, db, file_limit=600_000)
    assert cut.returncode == 1, cut.stderr
    assert "Traceback" not in cut.stderr
    last = cut.stderr.strip().splitlines()[-1]
    assert last.startswith("timeline: error: the database file could not be written"), last
    assert "a full disk or a file size limit" in last
    said = re.search(r"ingested (\d+) articles", cut.stdout + cut.stderr)
    assert said is not None, cut.stdout + cut.stderr
    kept, _, reported = _stored(db)
    assert 0 < kept == int(said.group(1)) < ARTICLES
    assert reported <= kept

    again = _ingest(folder, db)
    assert again.returncode == 0, again.stderr
    assert f"ingested {ARTICLES - kept} articles ({kept} already stored)" in again.stdout
    articles, sources, _ = _stored(db)
    whole = _ingest(folder, tmp_path / "whole.db")
    assert whole.returncode == 0, whole.stderr
    assert (articles, sources) == _stored(tmp_path / "whole.db")[:2]
