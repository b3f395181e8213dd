"""A newcomer who runs the documented commands wrongly (harden27): the store named as it was given,
`load` and `ingest` mixed up, `extract` given the options its own error asks for. Each message
says what to do, on one line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_cli import SEEDS, assert_one_line_error, run

from timeline import Timeline


def _other_applications_database(path: Path) -> Path:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    return path


@pytest.mark.parametrize("command", [["milestones"], ["ingest", SEEDS]])
def test_a_foreign_database_is_named_as_given(
    tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """harden27 (unclear error): `milestones --db other.db` said 'sqlite:///file%3A/…/other.db?mode=rw&uri=true
    is not a timeline store', a URL the user never wrote (the store's own rewriting of it)."""
    path = _other_applications_database(tmp_path / "other app.db")
    code, _, err = run(capsys, *command, "--db", str(path))
    assert_one_line_error(code, err, f"{path} is not a timeline store")
    assert "file%3A" not in err and "mode=" not in err and "uri=" not in err


def test_an_empty_file_is_named_as_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """harden27 (unclear error): the same rewritten URL in 'is empty, not a timeline store'."""
    path = tmp_path / "empty.db"
    path.touch()
    code, _, err = run(capsys, "entities", "--db", f"sqlite:///{path}")
    assert_one_line_error(code, err, f"{path} is empty, not a timeline store")
    assert "file%3A" not in err and "mode=" not in err


def test_a_timeline_shows_its_store_as_given(tmp_path: Path) -> None:
    """harden27: repr(Timeline(path, read_only=True)) showed the rewritten URL as well."""
    path = tmp_path / "news.db"
    Timeline(str(path)).close()
    for read_only in (False, True):
        with Timeline(str(path), read_only=read_only) as store:
            shown = repr(store)
        assert str(path) in shown and "file%3A" not in shown and "mode=" not in shown, shown
