"""Every script in examples/ runs as a subprocess, as a user would run it, and prints what it promises."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"


def run_example(name: str, *args: str, cwd: Path, env: dict[str, str] | None = None) -> str:
    environment = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    environment.update(env or {})
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout


def test_every_example_is_tested() -> None:
    tested = {
        "01_seeds_timeline.py",
        "02_entity_milestones.py",
        "03_normalise_dates.py",
        "04_postgresql.py",
        "05_dask_cluster.py",
    }
    assert {p.name for p in EXAMPLES.glob("*.py")} == tested


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.py")), ids=lambda p: p.name)
def test_every_example_has_a_docstring(path: Path) -> None:
    assert path.read_text(encoding="utf-8").startswith('"""')


def test_seeds_timeline_writes_the_page(tmp_path: Path) -> None:
    args = ["page.html"]
    if shutil.which("chromium"):
        args += ["--screenshot", "page.png"]
    out = run_example("01_seeds_timeline.py", *args, cwd=tmp_path)
    assert out.startswith("5 articles, ")
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "成渝科技创新 时间线" in page
    # harden26 (wrong output): the count said "71 dated events" where 36 of them give no date.
    rows = [line for line in out.splitlines() if line[:1].isdigit() and "  " in line]
    listed = len(rows)
    dated = listed - sum("原文未给出日期" in row for row in rows)
    assert f"wrote page.html ({listed} events, {dated} dated by their text)" in out
    if shutil.which("chromium"):
        assert (tmp_path / "page.png").read_bytes().startswith(b"\x89PNG")


def test_entity_milestones_by_alias(tmp_path: Path) -> None:
    out = run_example("02_entity_milestones.py", cwd=tmp_path)
    # seeds/003: "2020年12月才成立的摇橹船科技", the alias of 重庆中科摇橹船信息科技有限公司.
    assert out.startswith("重庆中科摇橹船信息科技有限公司 [company] (also: 摇橹船科技)")
    assert "- 2020年12月  founding/occurred" in out


def test_entity_milestones_of_an_unknown_name(tmp_path: Path) -> None:
    out = run_example("02_entity_milestones.py", "没有这个机构", cwd=tmp_path)
    assert "没有这个机构" in out and "entities with the most events:" in out


def test_normalise_dates(tmp_path: Path) -> None:
    out = run_example("03_normalise_dates.py", "今年一季度，明年上半年", "2025-05-20", cwd=tmp_path)
    # spec/dates.md: 今年一季度 is Jan-Mar of the publication year; 明年上半年 Jan-Jun of the next.
    assert "2025-01-01 .. 2025-03-31\tquarter\t2025-Q1\tEDTF 2025-33\t2025年第一季度" in out
    assert "2026-01-01 .. 2026-06-30\thalf\t2026-H1\tEDTF 2026-40\t2026年上半年" in out


def test_dask_cluster_stores_from_the_workers(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    out = run_example("05_dask_cluster.py", "--parts", "3", cwd=tmp_path)
    assert out.startswith("3 files on the cluster: 5 articles stored, 0 already there")
    again = run_example("05_dask_cluster.py", "--parts", "2", cwd=tmp_path)
    assert again.startswith("2 files on the cluster: 0 articles stored, 5 already there")


def test_dask_cluster_with_a_bad_scheduler_address_says_so(tmp_path: Path) -> None:
    """`--scheduler tcp://127.0.0.1:1` ended in dask's OSError traceback after 30 s, and left its
    folder of record files in the temporary folder (every run did)."""
    pytest.importorskip("distributed")
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    environment = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    environment.update(TMPDIR=str(temporary), DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT="2s")
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "05_dask_cluster.py"), "--scheduler", "tcp://127.0.0.1:1"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("05_dask_cluster: cannot reach the Dask scheduler tcp://127.0.0.1:1: ")
    assert "Traceback" not in done.stderr and len(done.stderr.splitlines()) == 1
    assert list(temporary.iterdir()) == []


def test_postgresql_without_a_url_says_so(tmp_path: Path) -> None:
    out = run_example("04_postgresql.py", cwd=tmp_path, env={"TIMELINE_PG_URL": ""})
    assert out.startswith("no PostgreSQL URL")


@pytest.mark.postgresql
def test_postgresql(tmp_path: Path) -> None:
    url = os.environ["TIMELINE_TEST_PG_URL"]
    out = run_example("04_postgresql.py", cwd=tmp_path, env={"TIMELINE_PG_URL": url})
    assert out.startswith("ingested ")
    assert out.count("2026年") >= 1
