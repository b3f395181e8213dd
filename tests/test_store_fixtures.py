"""The `store_url` fixture: on CI a missing PostgreSQL URL fails; elsewhere one line says what is left out."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run_one_store_test(**env_changes: str | None) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key not in env_changes}
    env.update({key: value for key, value in env_changes.items() if value is not None})
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-k",
            "postgresql",
            "tests/test_store.py::test_empty_store_queries",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_ci_without_a_postgres_url_fails():
    result = _run_one_store_test(CI="true", TIMELINE_TEST_PG_URL=None)
    assert result.returncode == 1, result.stdout
    assert "CI=true but TIMELINE_TEST_PG_URL is not set" in result.stdout


def test_outside_ci_without_a_postgres_url_leaves_them_out_with_one_line():
    result = _run_one_store_test(CI=None, TIMELINE_TEST_PG_URL=None)
    assert result.returncode == 5, result.stdout  # pytest: no test ran (the only one was left out)
    assert "not run: 1 PostgreSQL tests: set TIMELINE_TEST_PG_URL" in result.stdout
    assert "2 deselected" in result.stdout and "SKIPPED" not in result.stdout  # -k and the PostgreSQL one
