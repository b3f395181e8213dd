"""A careless newsroom user following the documentation (harden26): every slip is one line, exit 1,
and what is printed tells the truth."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli import SEEDS, assert_one_line_error, run

from timeline.cli import main


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = "sqlite:///" + str(tmp_path_factory.mktemp("user") / "seeds.db")
    assert main(["ingest", SEEDS, "--db", url]) == 0
    return url


@pytest.mark.parametrize("fmt", ["table", "html", "csv", "json"])
@pytest.mark.parametrize("output", [".", "/"])
def test_an_output_that_is_a_folder_without_a_name_is_one_line(
    db: str, output: str, fmt: str, capsys: pytest.CaptureFixture[str], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """harden26 (crash): `milestones --output .` (the current folder) ended in a ValueError
    traceback from the check that the output is no database's -wal file: the path has no name."""
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    code, _, err = run(capsys, "milestones", "--db", db, "--format", fmt, "--output", output)
    assert_one_line_error(code, err, f"cannot write {output}: it is a folder")


def test_a_page_past_the_last_event_says_so(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """harden26 (wrong output): `milestones --offset 1000` on a store of 71 events said 'no events
    match', as if the filters matched nothing; the events are there, before that offset."""
    code, out, err = run(capsys, "milestones", "--db", db, "--offset", "1000")
    assert code == 0
    assert "no events match" not in err
    assert "--offset 1000" in err and out.startswith("id ")
    code, _, err = run(capsys, "milestones", "--db", db, "--since", "2099")
    assert (code, err) == (0, "no events match\n")
