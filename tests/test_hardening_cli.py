"""CLI findings of the adversarial review (issue 11), each a reproduction that used to fail.

Huge numbers, empty database URLs, foreign databases, nothing ingestible, failures midway and
control characters reaching the terminal.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from test_cli import REPO, SEEDS, assert_one_line_error, run

from timeline.cli import main, printable
from timeline.export.controls import FORMAT_CONTROLS, format_controls_of_this_python

HUGE = "99999999999999999999"


def usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    """Exit code and stderr of a command line argparse refuses."""
    with pytest.raises(SystemExit) as exit_info:
        main(list(argv))
    code = exit_info.value.code
    return code if isinstance(code, int) else -1, capsys.readouterr().err


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = "sqlite:///" + str(tmp_path_factory.mktemp("hard") / "seeds.db")
    assert main(["ingest", SEEDS, "--db", url]) == 0
    return url


# -- 3: numbers no database holds ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [["show", HUGE], ["milestones", "--limit", HUGE], ["milestones", "--offset", HUGE], ["show", "0"]],
    ids=["show", "limit", "offset", "show-zero"],
)
def test_huge_numbers_are_usage_errors(db: str, argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, err = usage_error(capsys, *argv, "--db", db)
    assert code == 2
    assert "Traceback" not in err and "OverflowError" not in err
    assert "must be from" in err


def test_the_largest_limit_and_offset_work(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    largest = str(2**63 - 1)
    code, out, _ = run(capsys, "milestones", "--db", db, "--limit", largest, "--format", "json")
    assert code == 0 and '"events"' in out
    code, out, _ = run(capsys, "milestones", "--db", db, "--offset", largest, "--format", "json")
    assert code == 0 and '"events": []' in out
    code, _, err = run(capsys, "show", largest, "--db", db)
    assert_one_line_error(code, err, "no event has id")


@pytest.mark.parametrize("since", ["0001", "0001-01", "0001-01-01"])
def test_since_year_one_lists_every_event(db: str, since: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "milestones", "--db", db, "--since", since, "--until", "9999", "--limit", "0"
    )
    assert code == 0, err
    everything = run(capsys, "milestones", "--db", db, "--limit", "0")[1]
    assert out == everything


# -- 5: empty and in-memory database URLs --------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "",
        " ",
        "sqlite://",
        "sqlite:///",
        "sqlite:///:memory:",
        "sqlite:///file::memory:?uri=true",
        "sqlite:///file:news?mode=memory&uri=true",
        # Fourth review: a driver named, or mode=memory without uri=true (the store adds the
        # flag), was stored in memory and reported as ingested.
        "sqlite+pysqlite:///:memory:",
        "sqlite+pysqlite://",
        "sqlite:///news.db?mode=memory",
        "sqlite:///file:news?mode=memory",
    ],
)
def test_empty_and_in_memory_urls_are_refused(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = usage_error(capsys, "ingest", SEEDS, "--db", url)
    assert code == 2
    assert "database URL is empty" in err or "in-memory" in err


def test_an_empty_timeline_db_variable_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TIMELINE_DB", "")
    code, err = usage_error(capsys, "ingest", SEEDS)
    assert code == 2
    assert "TIMELINE_DB" in err
    assert list(tmp_path.iterdir()) == []


def test_a_read_command_with_a_driver_in_the_url_creates_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fourth review: `--db sqlite+pysqlite:///missing.db` skipped the must-exist check and left
    an empty file behind."""
    missing = tmp_path / "missing.db"
    code, _, err = run(capsys, "milestones", "--db", f"sqlite+pysqlite:///{missing}")
    assert_one_line_error(code, err, "no database at")
    assert not missing.exists()


def test_a_store_named_with_its_driver_is_written_and_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite+pysqlite:///{tmp_path / 'news.db'}"
    assert run(capsys, "ingest", SEEDS, "--db", url)[0] == 0
    code, out, _ = run(capsys, "milestones", "--db", url, "--format", "json", "--limit", "0")
    assert code == 0 and len(json.loads(out)["events"]) > 50


# -- 12: read commands never write ---------------------------------------------------------------------


def _other_applications_database(path: Path) -> Path:
    """A SQLite file at `path` holding another application's table (no timeline schema)."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    return path


@pytest.mark.parametrize("command", [["milestones"], ["entities"], ["show", "1"]])
def test_a_read_command_refuses_another_applications_database_untouched(
    tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    path = _other_applications_database(tmp_path / "other_app.db")
    before = path.read_bytes()
    code, _, err = run(capsys, *command, "--db", str(path))
    assert_one_line_error(code, err, "not a timeline store")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other_app.db"]


def test_a_read_command_on_an_empty_file_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    code, _, err = run(capsys, "milestones", "--db", str(path))
    assert_one_line_error(code, err, "empty, not a timeline store")
    assert path.stat().st_size == 0


def test_ingest_refuses_another_applications_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _other_applications_database(tmp_path / "other_app.db")
    code, _, err = run(capsys, "ingest", SEEDS, "--db", str(path))
    assert_one_line_error(code, err, "not a timeline store")


def test_read_commands_leave_no_wal_files(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    folder = Path(db.removeprefix("sqlite:///")).parent
    for argv in (["milestones"], ["entities"], ["show", "1"]):
        assert run(capsys, *argv, "--db", db)[0] == 0
        assert sorted(p.name for p in folder.iterdir()) == ["seeds.db"]


def test_a_read_only_store_is_queried(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = db.removeprefix("sqlite:///")
    code, out, err = run(
        capsys, "milestones", "--db", f"sqlite:///file:{path}?mode=ro&uri=true", "--limit", "3"
    )
    assert code == 0, err
    assert len(out.strip().splitlines()) >= 3


# -- 8: nothing ingestible -------------------------------------------------------------------------------


def test_an_empty_folder_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "news").mkdir()
    code, _, err = run(capsys, "ingest", str(tmp_path / "news"), "--db", str(tmp_path / "t.db"))
    assert_one_line_error(code, err, "no articles found")
    assert not (tmp_path / "t.db").exists()


def test_a_folder_of_only_unreadable_files_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "binary.txt").write_bytes(b"\x00\x01PNG")
    (folder / "empty.txt").write_text(" ", encoding="utf-8")
    code, out, err = run(
        capsys, "ingest", str(folder), "--db", str(tmp_path / "t.db"), "--pub-date", "2026-01-05"
    )
    assert "skipped 2:" in out
    assert_one_line_error(code, err, "nothing was ingested")
    assert "--pub-date" not in err


@pytest.mark.parametrize("before", ["absent", "empty file"])
@pytest.mark.parametrize(
    "files",
    [{"binary.txt": b"\x00\x01PNG", "blank.txt": b" "}, {"undated.txt": "重庆实验室正式揭牌。".encode()}],
)
def test_an_ingest_that_stores_nothing_leaves_no_store_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, bytes], before: str
) -> None:
    """Every article skipped: the store file this run created (or the empty file it found) is
    put back as it was, with no -wal or -shm beside it."""
    folder = tmp_path / "news"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    db = tmp_path / "t.db"
    if before == "empty file":
        db.write_bytes(b"")
    code, _, err = run(capsys, "ingest", str(folder), "--db", str(db))
    assert_one_line_error(code, err, "nothing was ingested")
    assert sorted(p.name for p in tmp_path.iterdir()) == (
        ["news", "t.db"] if before == "empty file" else ["news"]
    )
    assert before == "absent" or db.read_bytes() == b""


def test_an_ingest_that_stores_nothing_keeps_an_existing_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "t.db"
    assert main(["ingest", SEEDS, "--db", str(db)]) == 0
    (tmp_path / "blank.txt").write_text(" ", encoding="utf-8")
    code, _, err = run(capsys, "ingest", str(tmp_path / "blank.txt"), "--db", str(db))
    assert_one_line_error(code, err, "nothing was ingested")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (5,)


def test_a_second_run_of_the_same_files_is_not_an_error(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ingest", SEEDS, "--db", db)
    assert code == 0
    assert "(5 already stored)" in out


# -- 6: a failure midway says what was stored -----------------------------------------------------------


def test_a_failure_midway_reports_what_was_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import timeline.cli
    import timeline.store
    from timeline.errors import StoreUnavailableError

    folder = tmp_path / "news"
    folder.mkdir()
    for number in range(1, 6):
        (folder / f"{number}.txt").write_text(
            f"2025年12月{number}日，第{number}号公司开业。", encoding="utf-8"
        )
    original = timeline.store.Timeline._write
    calls = []

    def fail_on_the_third_batch(self, extractions, *more):  # type: ignore[no-untyped-def]
        calls.append(len(extractions))
        if len(calls) == 3:
            raise StoreUnavailableError("the disk is full")
        return original(self, extractions, *more)

    monkeypatch.setattr(timeline.store.Timeline, "_write", fail_on_the_third_batch)
    monkeypatch.setattr(timeline.cli, "INGEST_BATCH", 1)
    code, out, err = run(
        capsys, "ingest", str(folder), "--db", str(tmp_path / "t.db"), "--pub-date", "2026-01-05"
    )
    assert_one_line_error(code, err, "the disk is full")
    assert "stopped early; stored before the error:" in out
    assert "ingested 2 articles" in out


def test_a_load_that_fails_midway_reports_what_was_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As `ingest` does: a database gone (the server restarted, the disk full) after two batches."""
    import timeline.cli
    import timeline.store
    from timeline.errors import StoreUnavailableError
    from timeline.events import extract
    from timeline.model import Article
    from timeline.serial import extraction_to_dict

    lines = [
        json.dumps(extraction_to_dict(extract(Article(f"2025年12月{n}日，第{n}号公司开业。", "2026-01-05"))))
        for n in range(1, 6)
    ]
    extractions = tmp_path / "extractions.jsonl"
    extractions.write_text("\n".join(lines) + "\n", encoding="utf-8")
    original = timeline.store.Timeline._write
    calls = []

    def fail_on_the_third_batch(self, batch, *more):  # type: ignore[no-untyped-def]
        calls.append(len(batch))
        if len(calls) == 3:
            raise StoreUnavailableError("the database went away")
        return original(self, batch, *more)

    monkeypatch.setattr(timeline.store.Timeline, "_write", fail_on_the_third_batch)
    monkeypatch.setattr(timeline.cli, "INGEST_BATCH", 1)
    code, out, err = run(capsys, "load", str(extractions), "--db", str(tmp_path / "t.db"))
    assert_one_line_error(code, err, "the database went away")
    assert "stopped early; stored before the error:" in out
    assert "ingested 2 articles" in out


# -- 11: control characters never reach the terminal ---------------------------------------------------


def test_printable_strips_terminal_controls() -> None:
    assert printable("重庆\x1b[2J实验室\x07揭牌\x9b31m\u202e") == "重庆[2J实验室揭牌31m"
    assert printable("一行\n二行\t列") == "一行\n二行\t列"


def test_printable_strips_every_format_control_and_separator() -> None:
    """Adversarial pass: the table stripped U+202E and U+2066 but kept the Arabic letter mark,
    the right-to-left mark, the line and paragraph separators and the byte order mark, which
    reorder or break a terminal line as well; every format control (Cf) and separator (Zl, Zp)
    goes."""
    every = (chr(code) for code in range(sys.maxunicode + 1))
    controls = [char for char in every if unicodedata.category(char) in {"Cf", "Zl", "Zp"}]
    assert {"\u061c", "\u200f", "\u2028", "\u2029", "\ufeff"} <= set(controls)
    assert [printable(f"重庆{control}实验室") for control in controls] == ["重庆实验室"] * len(controls)


def test_the_stripped_and_escaped_characters_are_those_of_this_pythons_unicode() -> None:
    """The class written out for Unicode 14 is exactly what `unicodedata` gives on Python 3.11,
    and on any other Python the class is read from `unicodedata`."""
    assert FORMAT_CONTROLS == format_controls_of_this_python()


@pytest.mark.parametrize("argv", [["show", "1"], ["entities", "show", "重庆实验室"]], ids=["show", "entity"])
def test_a_line_break_in_a_source_or_title_does_not_make_a_line_of_show(
    tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Adversarial pass (session 14, low: spoofed output): a source or title from a file of records
    kept its line breaks, and `show` printed them, so a source could add a line that passes for
    one of the report's (a made-up article id here). Each is one line."""
    fake = "      article 0000000000000000, characters 1–2, status occurred"
    record = {
        "text": "2025年12月20日，重庆实验室正式揭牌。",
        "pub_date": "2025-12-21",
        "source": f"日报\n{fake}",
        "title": f"标题\r\n{fake}",
    }
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    db = str(tmp_path / "t.db")
    assert main(["ingest", str(path), "--db", db]) == 0
    capsys.readouterr()
    assert main([*argv, "--db", db]) == 0
    out = capsys.readouterr().out
    assert not any(line.startswith(fake) for line in out.splitlines()), out
    assert f"日报 {fake.strip()} · 标题 {fake.strip()}" in out


FAKE_LINE = "warning: nothing was stored"
"""A line a name with a line break in it could add to a report."""


def _no_fake_lines(text: str) -> None:
    assert not any(line.startswith(FAKE_LINE) for line in text.splitlines()), text
    assert "\x1b" not in text and "\x07" not in text, text


def test_an_article_id_with_controls_and_line_breaks_stays_on_its_line_of_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """harden22 (security low: terminal injection, spoofed output): an article id from a file of
    records reached the terminal as it was in the corrections of an ingest report (ESC [2J cleared
    the screen, BEL rang, a line break made a line of its own) and in `show`."""
    db = str(tmp_path / "t.db")
    article_id = f"a\x1b[2J\x07\n{FAKE_LINE}"
    for number, day in enumerate(("2025-01-06", "2025-01-07")):
        record = {"id": article_id, "text": "2025年1月5日，重庆实验室揭牌成立。", "pub_date": day}
        path = tmp_path / f"{number}.jsonl"
        path.write_text(json.dumps(record) + "\n", encoding="utf-8")
        code, out, err = run(capsys, "ingest", str(path), "--db", db)
        assert code == 0, err
        _no_fake_lines(out + err)
    assert "publication date '2025-01-06' → '2025-01-07'" in out
    code, out, err = run(capsys, "show", "1", "--db", db)
    assert code == 0, err
    _no_fake_lines(out)
    assert f"article a[2J {FAKE_LINE}, characters" in out


def test_a_file_name_with_a_line_break_stays_on_its_line_of_skips_and_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """harden22 (low: spoofed output): a file name with a line break printed a line of its own in
    the skips of ingest and extract and in an error naming the file."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("2025年1月5日，重庆实验室揭牌成立。", encoding="utf-8")
    (news / f"b\n{FAKE_LINE}.txt").write_text("", encoding="utf-8")
    db = str(tmp_path / "t.db")
    for argv in (["ingest", str(news), "--db", db], ["extract", str(news)]):
        code, out, err = run(capsys, *argv, "--pub-date", "2025-01-06")
        assert code == 0, err
        _no_fake_lines(out + err)
        assert f"b {FAKE_LINE}.txt: empty" in out + err
    output = str(tmp_path / "missing" / f"x\n{FAKE_LINE}.csv")
    code, _, err = run(capsys, "milestones", "--db", db, "--output", output)
    assert code in (1, 2)
    _no_fake_lines(err)


NEWER_UNICODE = """
import unicodedata
category = unicodedata.category
unicodedata.unidata_version = "15.0.0"
unicodedata.category = lambda char: "Cf" if char == "\\U00013439" else category(char)
from timeline.export.json import encode_json
from timeline.export.table import printable
print(ascii(printable("重庆\\U00013439实验室")), encode_json("\\U00013439"))
"""


def test_a_format_control_of_a_newer_unicode_is_stripped_and_escaped() -> None:
    """Python 3.12's Unicode 15 adds format controls (U+13439-U+1343F, Egyptian hieroglyph
    formatting), which a class written out for Unicode 14 kept: a Python whose `unicodedata` is of
    another version and says U+13439 is a Cf has it stripped from the table and escaped in JSON."""
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run(
        [sys.executable, "-c", NEWER_UNICODE],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["'\\u91cd\\u5e86\\u5b9e\\u9a8c\\u5ba4'", '"\\ud80d\\udc39"']


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("hostile")
    news = folder / "news"
    news.mkdir()
    (news / "bad\x1b[2J.txt").write_text("\x1b]0;owned\x07", encoding="utf-8")
    (news / "a.txt").write_text("2025年12月20日，重庆\x1b[2J实验室\x07正式揭牌。", encoding="utf-8")
    url = "sqlite:///" + str(folder / "hostile.db")
    assert main(["ingest", str(news), "--db", url, "--source", "日报\x1b[31m"]) == 0
    return url


@pytest.mark.parametrize(
    "argv",
    [["milestones"], ["entities"], ["show", "1"], ["milestones", "--entity", "不存在\x1b[2J"]],
    ids=["table", "entities", "show", "error"],
)
def test_no_control_characters_reach_the_terminal(
    hostile_db: str, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, *argv, "--db", hostile_db)
    for stream in (out, err):
        assert "\x1b" not in stream and "\x07" not in stream
    assert "实验室" in out + err or code == 1


def _news_with_a_control_character_name(tmp_path: Path) -> Path:
    """A folder holding an empty file whose name carries an escape sequence and a bell, and
    one good article."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "bad\x1b[2J\x07.txt").write_text(" ", encoding="utf-8")
    (news / "ok.txt").write_text("2025年12月20日，重庆实验室正式揭牌。", encoding="utf-8")
    return news


def test_skipped_file_names_are_printed_without_control_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = _news_with_a_control_character_name(tmp_path)
    code, out, err = run(
        capsys, "ingest", str(news), "--db", str(tmp_path / "t.db"), "--pub-date", "2026-01-05"
    )
    assert code == 0
    assert "bad[2J.txt: empty" in out
    assert "\x1b" not in out + err and "\x07" not in out + err


def test_entities_merge_line_drops_control_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`entities merge` printed its reason raw (`show` went through `printable` already)."""
    from timeline import Article, Timeline

    store = str(tmp_path / "t.db")
    with Timeline(store) as timeline:
        timeline.ingest(Article("2025年1月15日，乙实验室揭牌成立。", "2025-01-20"))
        timeline.ingest(Article("2025年2月15日，甲实验室揭牌成立。", "2025-02-20"))
    reason = "x\x1b[2J\x07y"
    merge = ["entities", "merge", "乙实验室", "甲实验室"]
    code, out, err = run(capsys, *merge, "--reason", reason, "--db", store)
    assert code == 0, err
    assert "folded 甲实验室 into 乙实验室 (x[2Jy)" in out
    assert "\x1b" not in out + err and "\x07" not in out + err


@pytest.mark.parametrize(
    "argv",
    [["show", ""], ["show", " "], ["merge", "", "重庆实验室"], ["merge", "重庆实验室", "\t"], ["split", ""]],
    ids=["show", "show-blank", "merge-kept", "merge-folded", "split"],
)
def test_an_empty_entity_name_is_refused_in_the_cli_words(
    db: str, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """`entities show ''` answered in the library's words: "give text, or None for no filter"."""
    code, _, err = run(capsys, "entities", *argv, "--db", db)
    assert_one_line_error(code, err, f"entities {argv[0]}: an entity name is empty")
    assert "None" not in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("command", [["ingest", SEEDS], ["milestones"]])
def test_a_database_that_is_no_regular_file_is_refused(
    tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """`--db /dev/null` made SQLite write /dev/null-journal beside the device ("disk I/O error");
    a folder or a FIFO gave "unable to open database file"."""
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo)
    for database in (str(fifo), str(tmp_path), os.devnull):
        code, _, err = run(capsys, *command, "--db", database)
        assert_one_line_error(code, err, f"{database} is not a regular file")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.db"]
    assert not Path(os.devnull + "-journal").exists()


@pytest.mark.skipif(sys.platform != "linux", reason="a file size limit (RLIMIT_FSIZE) as on Linux")
def test_an_ingest_that_cannot_make_the_store_leaves_no_empty_file(tmp_path: Path) -> None:
    """With the disk full (here: a file size limit of 4 KB) the store could not be made: exit 1,
    and a 0-byte news.db was left, later taken for a new store."""
    import resource

    database = tmp_path / "news.db"

    def limit_file_size() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run(
        [sys.executable, "-m", "timeline.cli", "ingest", SEEDS, "--db", str(database)],
        cwd=tmp_path,
        env={**env, "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=limit_file_size,
        check=False,
    )
    assert done.returncode == 1 and len(done.stderr.splitlines()) == 1, done.stderr
    assert list(tmp_path.iterdir()) == []


# -- extract --output never replaces an article it reads ---------------------------------------------


@pytest.mark.parametrize("read", ["a.txt", "."], ids=["the-file", "its-folder"])
@pytest.mark.parametrize("output", ["a.txt", "sub/b.txt"], ids=["an-article", "a-new-txt-in-the-folder"])
def test_extract_output_is_never_an_article_read(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    read: str,
    output: str,
) -> None:
    """`extract a.txt --output a.txt` replaced the article with its own extraction, exit 0; a .txt
    written into a folder of articles is read as an article by the next run."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    article = "2025年12月20日，重庆实验室揭牌。"
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    if read == "a.txt" and output == "sub/b.txt":
        pytest.skip("a .txt outside what is read is any file")
    code, _, err = run(capsys, "extract", read, "--pub-date", "2026-01-05", "--output", output)
    assert_one_line_error(code, err, "--output", "articles read")
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == article
    assert not (tmp_path / "sub" / "b.txt").exists()


@pytest.mark.parametrize(
    ("read", "output", "manifest"),
    [
        (".", "manifest.json", None),
        (".", "sub/manifest.json", None),
        ("a.txt", "manifest.json", None),
        ("a.txt", "dates.json", "dates.json"),
    ],
    ids=["the-folders", "a-sub-folders", "the-files", "--manifest"],
)
def test_extract_output_is_never_a_manifest_read(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    read: str,
    output: str,
    manifest: str | None,
) -> None:
    """Third review: `extract seeds --output seeds/manifest.json` exited 0 having replaced the
    manifest (every article's date and source) with extractions; `--manifest` likewise."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("2025年12月20日，重庆实验室揭牌。", encoding="utf-8")
    listing = json.dumps({"articles": [{"file": "a.txt", "pub_date": "2025-12-21", "source": "重庆日报"}]})
    (tmp_path / output).write_text(listing, encoding="utf-8")
    given = ["--manifest", manifest] if manifest else []
    code, _, err = run(capsys, "extract", read, *given, "--output", output)
    assert_one_line_error(code, err, "--output", "manifest")
    assert (tmp_path / output).read_text(encoding="utf-8") == listing


def test_extract_skip_lines_drop_control_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`ingest` showed file names through `printable`; `extract` printed them raw to stderr."""
    news = _news_with_a_control_character_name(tmp_path)
    code, out, err = run(capsys, "extract", str(news), "--pub-date", "2026-01-05")
    assert code == 0
    assert "bad[2J.txt: empty" in err
    assert "\x1b" not in out + err and "\x07" not in out + err


@pytest.mark.parametrize(
    ("files", "needles"),
    [
        ({}, ["no articles found"]),
        ({"a.txt": " "}, ["nothing was extracted: all 1 articles were skipped"]),
        ({"a.txt": "重庆实验室正式揭牌。"}, ["all 1 articles were skipped", "--pub-date"]),
    ],
    ids=["empty-folder", "all-skipped", "undated"],
)
def test_extract_of_nothing_fails_and_keeps_the_output_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], needles: list[str]
) -> None:
    """`extract` exited 0 having written nothing (a folder of nothing extractable, or undated
    files without --pub-date), as `ingest` and `load` did before they were fixed: the same
    non-zero exit and hint, and an earlier output file is left as it was."""
    news = tmp_path / "news"
    news.mkdir()
    for name, text in files.items():
        (news / name).write_text(text, encoding="utf-8")
    output = tmp_path / "out.jsonl"
    output.write_text("earlier\n", encoding="utf-8")
    code, _, err = run(capsys, "extract", str(news), "--output", str(output))
    assert code == 1 and "Traceback" not in err
    last = err.splitlines()[-1]
    assert last.startswith("timeline: error: ") and all(needle in last for needle in needles), err
    assert output.read_text(encoding="utf-8") == "earlier\n"


def test_extract_output_next_to_the_articles_with_another_suffix_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("2025年12月20日，重庆实验室揭牌。", encoding="utf-8")
    code, _, err = run(capsys, "extract", ".", "--pub-date", "2026-01-05", "--output", "a.jsonl")
    assert code == 0, err
    assert "重庆实验室" in (tmp_path / "a.jsonl").read_text(encoding="utf-8")


# -- --output never replaces what is not a regular file ------------------------------------------------


def test_output_to_a_fifo_writes_into_it(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os
    import stat
    import threading

    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    code, _, err = run(capsys, "milestones", "--db", db, "--format", "json", "--output", str(fifo))
    reader.join(timeout=30)
    assert code == 0, err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode), "the FIFO was replaced by a regular file"
    assert received and b'"events"' in received[0]


def test_output_through_a_symlink_keeps_the_link(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert run(capsys, "milestones", "--db", db, "--format", "json", "--output", str(link))[0] == 0
    assert link.is_symlink()
    assert '"events"' in real.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["milestones", "extract"])
def test_a_link_planted_at_the_temporary_name_is_never_written_through(
    command: str, db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fourth review: exports were written to `.NAME.partial` (`NAME.partial` for extract) and
    renamed over NAME; another user of a shared folder could plant a link at that name, so the
    export overwrote the file it pointed to and the link took the output's place."""
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    for planted in (".out.jsonl.partial", "out.jsonl.partial"):
        (tmp_path / planted).symlink_to(victim)
    if command == "milestones":
        argv = ["milestones", "--db", db, "--format", "json", "--output", str(out)]
    else:
        argv = ["extract", str(Path(SEEDS) / "000_c1676e3ad24346e7.txt"), "--output", str(out)]
    assert run(capsys, *argv)[0] == 0
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not out.is_symlink() and out.read_text(encoding="utf-8").startswith("{")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".out.jsonl.partial", "out.jsonl", "out.jsonl.partial", "victim.txt"
    ]


def test_extract_output_to_a_fifo_writes_into_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os
    import stat
    import threading

    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("2025年12月20日，重庆实验室揭牌。", encoding="utf-8")
    fifo = tmp_path / "out.jsonl"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    code, _, err = run(capsys, "extract", str(news), "--pub-date", "2026-01-05", "--output", str(fifo))
    reader.join(timeout=30)
    assert code == 0, err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert received and "重庆实验室" in received[0].decode("utf-8")


# -- empty and blank option values: a usage error, never "everything" or "nothing" -----------------


@pytest.mark.parametrize(
    "argv",
    [
        ["milestones", "--type", ",,,,"],
        ["milestones", "--type", ""],
        ["milestones", "--type", " "],
        ["milestones", "--type", "opening,"],
        ["milestones", "--type", "opening,,signing"],
        ["milestones", "--query", ""],
        ["milestones", "--query", "  "],
        ["milestones", "--entity", ""],
        ["milestones", "--title", ""],
        ["milestones", "--output", ""],
        ["entities", "--query", ""],
        ["entities", "--query", " "],
        ["entities", "--type", ""],
        ["entities", "--reason", "", "merge", "重庆实验室", "金凤实验室"],
        ["dates", "", "--pub", "2025-01-01"],
        ["dates", " ", "--pub", "2025-01-01"],
    ],
    ids=lambda argv: "·".join(argv),
)
def test_empty_filters_are_usage_errors(db: str, argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    extra = [] if argv[0] == "dates" else ["--db", db]
    code, err = usage_error(capsys, *argv, *extra)
    assert code == 2 and "Traceback" not in err
    assert "empty" in err.splitlines()[-1], err


def test_a_list_of_types_still_filters(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "milestones", "--db", db, "--type", " opening , signing", "--format", "csv")
    types = {line.split(",")[10] for line in out.splitlines()[1:]}
    assert code == 0 and types and types <= {"opening", "signing"}


@pytest.mark.parametrize(
    "argv",
    [
        ["ingest", ""],
        ["ingest", SEEDS, "--manifest", ""],
        ["extract", ""],
        ["extract", SEEDS, "--output", ""],
        ["load", ""],
        ["demo", "--html", ""],
    ],
    ids=lambda argv: "·".join(argv),
)
def test_an_empty_path_is_a_usage_error_and_writes_nothing(
    tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("2025年12月20日，重庆实验室揭牌成立。", encoding="utf-8")
    db = tmp_path / "t.db"
    extra = [] if argv[0] == "extract" else ["--db", str(db)]
    code, err = usage_error(capsys, *argv, *extra)
    assert code == 2 and "an empty path" in err and not db.exists()


def test_load_of_a_missing_file_creates_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "t.db"
    code, _, err = run(capsys, "load", str(tmp_path / "nope.jsonl"), "--db", str(db))
    assert_one_line_error(code, err, "no such file")
    assert not db.exists()


# -- review: an export written over a database -----------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["milestones", "--format", "csv", "--output", "{db}"],
        ["milestones", "--format", "html", "--output", "{other}"],
        ["demo", "--html", "{other}"],
        ["extract", SEEDS, "--output", "{other}"],
    ],
    ids=["own-db", "other-db", "demo-html", "extract"],
)
def test_an_export_never_replaces_a_database(
    tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    db, other = tmp_path / "t.db", tmp_path / "other.db"
    assert main(["ingest", SEEDS, "--db", str(db)]) == 0
    sqlite3.connect(other).execute("CREATE TABLE kept (x)").connection.commit()
    before = {path: path.read_bytes() for path in (db, other)}
    capsys.readouterr()
    line = [part.format(db=db, other=other) for part in argv]
    code, _, err = run(capsys, *line, *([] if argv[0] == "extract" else ["--db", str(db)]))
    assert_one_line_error(code, err, "is a database")
    assert {path: path.read_bytes() for path in (db, other)} == before


@pytest.mark.parametrize("companion", ["-wal", "-shm", "-journal"])
def test_an_export_never_replaces_a_file_sqlite_keeps_beside_a_database(
    tmp_path: Path, companion: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """harden23 (low, data loss): `milestones --output t.db-wal` replaced the store's write-ahead
    log with the export. Another process's transactions still in the log were no longer found by
    readers (a 'disk I/O error' for each while the writer ran) and lost if it then died. The
    files SQLite keeps beside a database are refused as the database itself is."""
    db = tmp_path / "t.db"
    assert main(["ingest", SEEDS, "--db", str(db)]) == 0
    writer = sqlite3.connect(db)
    writer.execute("PRAGMA wal_autocheckpoint = 0")  # what it commits stays in the log
    with writer:
        writer.execute("DELETE FROM sources WHERE id % 2 = 0")
    capsys.readouterr()
    code, _, err = run(capsys, "milestones", "--db", str(db), "--output", str(tmp_path / f"t.db{companion}"))
    assert_one_line_error(code, err, f"is a database's {companion[1:]} file")
    with contextlib.closing(sqlite3.connect(db)) as reader:
        assert reader.execute("SELECT count(*) FROM sources WHERE id % 2 = 0").fetchone() == (0,)
    writer.close()
    assert main(["milestones", "--db", str(db), "--output", str(tmp_path / "t.db-wal.csv")]) == 0


def test_a_file_name_that_is_not_utf8_is_shown_with_its_bytes_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Undecodable bytes of a name (lone surrogates in argv) used to vanish from messages:
    'no database at .db' for a file named b'\\xff.db'."""
    name = str(tmp_path) + "/\udcff.db"
    code, _, err = run(capsys, "milestones", "--db", name)
    assert_one_line_error(code, err, "\\xff.db")
    assert printable("a\ud800b\x07") == "a\\ud800b"


@pytest.mark.parametrize(("fmt", "suffix"), [("html", "html"), ("timelinejs", "json")])
def test_a_title_that_is_not_utf8_is_written_with_a_replacement_character(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, suffix: str
) -> None:
    """Issue 11, findings 1 and 3: an argument's undecodable bytes (lone surrogates) in --title
    crashed the export with a UnicodeEncodeError traceback."""
    target = tmp_path / f"page.{suffix}"
    code, _, err = run(
        capsys, "milestones", "--db", db, "--title", "\udcff成渝", "--format", fmt, "--limit", "0",
        "--output", str(target),
    )
    assert code == 0, err
    assert "\ufffd成渝" in target.read_text(encoding="utf-8")


def test_sources_from_past_the_last_one_says_there_are_none(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "show", "1", "--db", db, "--sources-from", "99999999999")
    (line,) = [line for line in out.splitlines() if line.startswith("sources")]
    assert code == 0 and line.startswith("sources   none from 100000000000 on, of "), line


def test_demo_never_prints_the_database_password(store_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    if not store_url.startswith("postgresql"):
        pytest.skip("a URL with a password")
    from sqlalchemy.engine import make_url

    url = make_url(store_url).set(password="s3cret-pw").render_as_string(hide_password=False)
    code, out, err = run(capsys, "demo", "--db", url)
    assert code == 0 and "--db postgresql" in out
    assert "s3cret-pw" not in out + err


def test_a_mode_ro_url_is_really_read_only_and_warns_nothing(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """pysqlite drops `?mode=ro` without `uri=true` (with an SAWarning on stderr), so the file was
    opened read-write: an ingest into a new `?mode=ro` URL created an empty file."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        code, out, err = run(capsys, "milestones", "--db", db + "?mode=ro", "--format", "json")
        assert code == 0 and '"events"' in out and "Warning" not in err
        new = tmp_path / "new.db"
        code, _, err = run(capsys, "ingest", SEEDS, "--db", f"sqlite:///{new}?mode=ro")
    assert code == 1 and not new.exists()


@pytest.mark.parametrize("name", ["news\udcff.db", "news\x00.db"], ids=["not-utf8", "nul"])
def test_a_database_file_name_no_driver_takes_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    """Third review: `--db` naming a file with a byte that is not UTF-8 (argv holds it as a lone
    surrogate) raised UnicodeEncodeError from SQLAlchemy's URL; a NUL in `Timeline(url)` raised
    ValueError. Both are one line, and nothing is created."""
    article = tmp_path / "a.txt"
    article.write_text("2025年1月15日，重庆实验室揭牌成立。", encoding="utf-8")
    database = str(tmp_path / name)
    code, _, err = run(capsys, "ingest", str(article), "--pub-date", "2025-01-20", "--db", database)
    assert_one_line_error(code, err, "not UTF-8")
    code, _, err = run(capsys, "milestones", "--db", database)
    assert_one_line_error(code, err, "database")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


@pytest.mark.parametrize("query", ["password=s3cret-pw", "sslpassword=s3cret-pw"])
def test_a_password_in_the_url_query_is_never_printed(query: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Fourth review: only the user:password part of a URL was hidden in error messages; libpq takes
    the password as a query parameter too, and that one was printed (logs, CI output)."""
    url = f"postgresql+psycopg://news@127.0.0.1:1/news?{query}"  # nothing listens on port 1
    code, _, err = run(capsys, "milestones", "--db", url)
    assert_one_line_error(code, err, "cannot open database")
    assert "s3cret-pw" not in err


@pytest.mark.parametrize("command", ["ingest", "load"])
def test_ctrl_c_says_how_many_articles_were_stored(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review of session 7 (low): Ctrl-C in the middle of an ingest printed "interrupted" and exit 130,
    without the count of what the committed batches stored."""
    from timeline import cli
    from timeline.store import Timeline

    source = SEEDS
    if command == "load":
        source = str(tmp_path / "seeds.jsonl")
        assert main(["extract", SEEDS, "--output", source]) == 0
    monkeypatch.setattr(cli, "INGEST_BATCH", 2)
    original = Timeline.ingest_many

    def interrupted_after_four(self: Timeline, articles, **options):  # type: ignore[no-untyped-def]
        def four_then_ctrl_c():  # type: ignore[no-untyped-def]
            for number, article in enumerate(articles):
                if number == 4:
                    raise KeyboardInterrupt
                yield article

        return original(self, four_then_ctrl_c(), **options)

    monkeypatch.setattr(Timeline, "ingest_many", interrupted_after_four)
    db = f"sqlite:///{tmp_path / 'news.db'}"
    capsys.readouterr()
    code, out, err = run(capsys, command, source, "--db", db)
    assert code == 130 and "interrupted" in err
    assert "interrupted: 4 articles of this run were stored" in out
    monkeypatch.setattr(Timeline, "ingest_many", original)
    assert run(capsys, "milestones", "--db", db, "--format", "json")[0] == 0


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_more_processes_than_the_limit_is_a_usage_error(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fourth review: `extract --jobs 100000` (a typo) was accepted, where ingest stops at 256: on
    a large corpus the pool forks up to that many copies of the process."""
    code, err = usage_error(capsys, command, SEEDS, "--jobs", "100000")
    assert code == 2 and "at most 256 processes" in err


def test_show_with_no_sources_lists_none(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Fourth review: `show 1 --sources 0` listed the first ten sources (0 was read as "not given")."""
    code, out, _ = run(capsys, "show", "1", "--db", db, "--sources", "0", "--format", "json")
    assert code == 0 and json.loads(out)["events"][0]["sources"] == []
    code, out, _ = run(capsys, "show", "1", "--db", db, "--sources", "0")
    assert code == 0 and "  [1]" not in out and "sources   none shown, of 1" in out


def test_an_output_in_a_missing_folder_is_named_in_the_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The temporary file an output is written to first is not what the error names."""
    out = tmp_path / "missing" / "x.jsonl"
    code, _, err = run(capsys, "extract", str(Path(SEEDS) / "000_c1676e3ad24346e7.txt"), "--output", str(out))
    assert_one_line_error(code, err, f"{out}: No such file or directory")


@pytest.mark.parametrize("name", ["news%41.db", "a?b.db", "100%.db", "a#b.db", "x%2Fy.db"])
def test_a_database_path_is_the_file_it_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """A plain path became a URL unescaped: `--db news%41.db` wrote newsA.db, `--db a?b.db` the
    file a (the rest read as URL options), `x%2Fy.db` was x/y.db; each reported success."""
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text("2025年1月15日，重庆实验室揭牌成立。", encoding="utf-8")
    code, _, err = run(capsys, "ingest", str(article), "--pub-date", "2025-01-20", "--db", name)
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["a.txt", name])
    code, out, _ = run(capsys, "milestones", "--db", name, "--format", "json")
    assert code == 0 and "重庆实验室" in out
    with sqlite3.connect(tmp_path / name) as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    connection.close()


def test_demo_leaves_a_store_of_other_news_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`timeline demo` writes to the default database: run after `timeline ingest news/` (the same
    default), it mixed the five samples into the user's news with exit 0."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TIMELINE_DB", raising=False)
    article = tmp_path / "a.txt"
    article.write_text("2025年1月15日，重庆实验室揭牌成立。", encoding="utf-8")
    assert run(capsys, "ingest", str(article), "--pub-date", "2025-01-20")[0] == 0
    before = (tmp_path / "timeline.db").read_bytes()
    code, _, err = run(capsys, "demo")
    assert_one_line_error(code, err, "besides the samples")
    with sqlite3.connect(tmp_path / "timeline.db") as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    connection.close()
    assert (tmp_path / "timeline.db").read_bytes() == before


@pytest.mark.parametrize(
    ("where", "reason"),
    [
        ("missing/demo.html", "there is no folder"),
        ("folder", "it is a folder"),
        ("a.txt/demo.html", "there is no folder"),
        pytest.param(
            "locked/demo.html",
            "no permission to write",
            marks=pytest.mark.skipif(os.geteuid() == 0, reason="root writes in any folder"),
        ),
        pytest.param(  # not even root writes there
            "/proc/self/demo.html",
            "no permission to write",
            marks=pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="no /proc"),
        ),
    ],
    ids=["missing-folder", "a-folder", "under-a-file", "read-only-folder", "proc"],
)
def test_demo_with_an_html_file_it_cannot_write_stores_nothing(
    tmp_path: Path, where: str, reason: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Adversarial pass: `timeline demo --html PATH` with a PATH that cannot be written filled the
    demo store, then failed (exit 1). The path is checked first: one line, nothing stored."""
    (tmp_path / "folder").mkdir()
    (tmp_path / "a.txt").write_text("not a folder", encoding="utf-8")
    (tmp_path / "locked").mkdir(mode=0o500)
    db = tmp_path / "t.db"
    code, out, err = run(capsys, "demo", "--html", str(tmp_path / where), "--db", str(db))
    assert_one_line_error(code, err, "cannot write", reason)
    assert out == ""
    assert not db.exists()


def test_dates_takes_the_publication_date_as_ingest_spells_it(capsys: pytest.CaptureFixture[str]) -> None:
    """`timeline dates 去年 --pub-date 2025-03-05`, spelt as ingest and extract spell it, was a
    usage error (only --pub was known)."""
    code, out, _ = run(capsys, "dates", "去年", "--pub-date", "2025-03-05", "--format", "json")
    assert code == 0 and '"2024"' in out


# -- Ctrl-C before main handles it ---------------------------------------------------------------------

INTERRUPT_ON_IMPORT = """
import importlib.abc, os, signal, sys

# Ctrl-C as in a terminal: a shell without job control starts its background commands with
# SIGINT ignored, and a test run started that way passed the ignoring on to this child
signal.signal(signal.SIGINT, signal.default_int_handler)

class InterruptOnImport(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "timeline.model":
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, InterruptOnImport())
sys.argv = ["timeline", "milestones"]
from timeline.__main__ import main
sys.exit(main())
"""


def test_ctrl_c_while_the_command_line_is_imported_is_one_line(tmp_path: Path) -> None:
    """Seventh pass (low): Ctrl-C in the command's first fraction of a second, while its modules
    are imported and before main handles it, printed a KeyboardInterrupt traceback."""
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run(
        [sys.executable, "-c", INTERRUPT_ON_IMPORT],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (done.returncode, done.stderr) == (130, "timeline: interrupted\n")
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_while_the_parser_is_built_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Seventh pass (low): an interrupt while main built its parser, before its handler, was a traceback."""
    import timeline.cli

    def interrupted() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(timeline.cli, "build_parser", interrupted)
    try:
        code = main(["milestones"])
    except KeyboardInterrupt:
        pytest.fail("the interrupt escaped main")
    assert code == 130
    assert capsys.readouterr().err == "timeline: interrupted\n"


def test_python_m_timeline_runs_the_command(tmp_path: Path) -> None:
    """`python -m timeline --help` (the entry point the console script uses) said 'No module named
    timeline.__main__'."""
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "--version"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.startswith("timeline "), done.stderr


# -- seventh pass: --output - and --field given twice ---------------------------------------------------


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "md", "html", "timelinejs"])
def test_output_dash_is_standard_output_for_milestones(
    db: str, fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Seventh review (low): `extract --output -` writes to stdout, but `milestones --output -`
    wrote a file named '-' in the current folder ('wrote -')."""
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "milestones", "--db", db, "--format", fmt, "--output", "-", "--limit", "3")
    expected_code, expected, _ = run(capsys, "milestones", "--db", db, "--format", fmt, "--limit", "3")
    assert (code, out) == (expected_code, expected) and "wrote" not in err
    assert list(tmp_path.iterdir()) == []


def test_a_field_given_twice_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Seventh review (low): `--field text=正文 --field text=日期` took the last mapping without a
    word, and stored every article's date as its text."""
    records = tmp_path / "news.csv"
    records.write_text("正文,日期\n2025年12月20日，重庆实验室揭牌。,2025-12-21\n", encoding="utf-8")
    database = tmp_path / "news.db"
    twice = ["--field", "text=正文", "--field", "text=日期"]
    code, _, err = run(capsys, "ingest", str(records), "--db", str(database), *twice)
    assert code == 1 and "--field text is given twice ('正文' and '日期'): give it once" in err
    assert not database.exists()
    fields = ["--field", "text=正文", "--field", "text=正文", "--field", "pub_date=日期"]  # one mapping
    assert run(capsys, "ingest", str(records), "--db", str(database), *fields)[0] == 0


def test_an_export_written_over_a_private_file_keeps_it_private(db: str, tmp_path: Path) -> None:
    """Seventh review (low, security): `--output report.csv` over a file kept private (chmod 600)
    replaced it with a file readable by all (the new file's mode came from the umask)."""
    report = tmp_path / "report.csv"
    report.write_text("old\n", encoding="utf-8")
    report.chmod(0o600)
    assert main(["milestones", "--db", db, "--format", "csv", "--output", str(report)]) == 0
    assert report.read_text(encoding="utf-8").startswith("id,date") and report.stat().st_mode & 0o777 == 0o600
    fresh = tmp_path / "fresh.csv"
    assert main(["milestones", "--db", db, "--format", "csv", "--output", str(fresh)]) == 0
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


# -- ninth pass: the environment of tqdm -----------------------------------------------------------


@pytest.mark.parametrize("variable", ["TQDM_MININTERVAL=abc", "TQDM_POSITION=x"])
@pytest.mark.parametrize("progress", [[], ["--progress"]])
def test_a_tqdm_variable_tqdm_cannot_read_never_stops_an_ingest(
    tmp_path: Path, variable: str, progress: list[str]
) -> None:
    """Ninth review (crash, low): tqdm reads its TQDM_* variables as it is imported, and every
    `ingest` and `demo` imported it, bar or none: `TQDM_MININTERVAL=abc timeline ingest seeds`
    ended in a ValueError traceback and stored nothing. Without a bar tqdm is not imported; with
    `--progress` the ingest goes on without one, said in a line."""
    name, value = variable.split("=")
    env = {**os.environ, name: value, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "ingest", str(SEEDS), "--db", str(tmp_path / "t.db"), *progress],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.startswith("ingested 5 articles"), done.stderr
    assert "Traceback" not in done.stderr
    assert ("no progress bar: tqdm refused a TQDM_ variable" in done.stderr) == bool(progress)


# -- tenth pass: invisible characters through `load` -----------------------------------------------


@pytest.mark.parametrize("invisible", ["\u200b", "\ufeff", "\u202e", "\xad", "\U000e0041"])
def test_a_loaded_name_with_an_invisible_character_is_the_name_without_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], invisible: str
) -> None:
    """Tenth review (correctness, security low): extraction drops format characters from names
    (ninth pass), but `timeline load` of an edited extractions file stored '重庆\\u200b实验室' as an
    entity of its own beside 重庆实验室, shown alike by every export. A loaded name, alias or
    event's entity loses them as an extracted one does."""
    from timeline import Timeline
    from timeline.events import extract
    from timeline.model import Article
    from timeline.serial import extraction_to_dict

    clean = extraction_to_dict(extract(Article("2025年1月15日，重庆实验室揭牌成立。", "2025-01-20")))
    marked = extraction_to_dict(extract(Article("2025年3月2日，重庆实验室签约落户。", "2025-03-05")))
    name = "重庆" + invisible + "实验室"
    line = json.dumps(marked, ensure_ascii=False).replace('"重庆实验室"', f'"{name}"')
    assert line.count(name) == 4  # the entity, the event's subject, the mention and its surface
    extractions = tmp_path / "extractions.jsonl"
    extractions.write_text(json.dumps(clean, ensure_ascii=False) + "\n" + line + "\n", encoding="utf-8")
    code, _, err = run(capsys, "load", str(extractions), "--db", str(tmp_path / "t.db"))
    assert code == 0, err
    with Timeline(str(tmp_path / "t.db")) as store:
        assert [(e.name, e.event_count, e.mention_count) for e in store.entities()] == [("重庆实验室", 2, 2)]


@pytest.mark.parametrize("invisible", ["\u200b", "\ufeff", "\u202e", "\xad", "\U000e0041"])
def test_a_loaded_summary_with_an_invisible_character_is_the_summary_without_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], invisible: str
) -> None:
    """Eleventh pass (known item): a loaded event's summary, trigger and sentence kept the format
    characters extraction drops, so `timeline load` of an edited extractions file stored
    '重庆\\u200b实验室揭牌成立', shown alike by every export, as the summary of the opening
    another article reports without it. They lose them as names do."""
    from timeline import Timeline
    from timeline.events import extract
    from timeline.model import Article
    from timeline.serial import extraction_to_dict

    clean = extraction_to_dict(extract(Article("2025年1月15日，重庆实验室揭牌成立。", "2025-01-20")))
    other = extraction_to_dict(extract(Article("据悉，2025年1月15日，重庆实验室揭牌成立。", "2025-01-21")))
    event = other["events"][0]  # type: ignore[index]
    for field in ("summary", "trigger", "sentence"):
        event[field] = event[field][:2] + invisible + event[field][2:]
    line = json.dumps(other, ensure_ascii=False)
    assert line.count(invisible) == 3
    extractions = tmp_path / "extractions.jsonl"
    extractions.write_text(line + "\n" + json.dumps(clean, ensure_ascii=False) + "\n", encoding="utf-8")
    code, _, err = run(capsys, "load", str(extractions), "--db", str(tmp_path / "t.db"))
    assert code == 0, err
    with Timeline(str(tmp_path / "t.db")) as store:
        events = store.milestones()
        shown = [(e.summary, e.trigger, e.source_count) for e in events]
        assert shown == [("重庆实验室揭牌成立", "揭牌成立", 2)]
        assert {s.sentence for s in store.sources(events[0].id)} == {
            "2025年1月15日，重庆实验室揭牌成立。",
            "据悉，2025年1月15日，重庆实验室揭牌成立。",
        }


def _run_without_standard_output(argv: list[str]) -> subprocess.CompletedProcess[str]:
    """`timeline ARGV` in a child started without standard output (file descriptor 1 closed)."""
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run(
        [sys.executable, "-m", "timeline", *argv],
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        check=False,
        env=env,
        preexec_fn=lambda: os.close(1),
    )


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_a_closed_standard_output_is_one_line_of_error(db: str, fmt: str) -> None:
    """Adversarial pass (session 14, crash): `timeline milestones >&-` (a process started without
    standard output, whose sys.stdout is None) ended in an AttributeError traceback."""
    done = _run_without_standard_output(["milestones", "--db", db, "--format", fmt])
    assert done.returncode == 1, done.stderr
    assert done.stderr == "timeline: error: standard output is closed: nothing written\n"


@pytest.mark.parametrize(
    "argv", [["--version"], ["--help"], ["dates", "--help"]], ids=["version", "help", "dates-help"]
)
def test_version_and_help_on_a_closed_standard_output_fail(argv: list[str]) -> None:
    """harden20 (low, silent success): `timeline --version >&-` exited 0 having written nothing, as
    did --help (argparse drops an error writing them); every other command exits 1 (above)."""
    done = _run_without_standard_output(argv)
    assert done.returncode == 1, done.stderr
    assert done.stderr == "timeline: error: standard output is closed: nothing written\n"


def _write_failing(
    argv: list[str], out: Path, *, unbuffered: bool, file_limit: int | None = None
) -> tuple[int, str]:
    """Exit code and standard error of `timeline ARGV` writing its standard output to `out`, where
    writing fails (/dev/full, or a file size limit of `file_limit` bytes); `unbuffered` as
    `python -u` or PYTHONUNBUFFERED=1 (many container images set it) run it."""
    import resource

    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("PYTHONUNBUFFERED", None)
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"

    def limited() -> None:
        if file_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    with open(out, "wb") as stdout:
        done = subprocess.run(
            [sys.executable, "-m", "timeline", *argv],
            stdout=stdout,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
            env=env,
            preexec_fn=limited,
        )
    return done.returncode, done.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
@pytest.mark.parametrize("argv", [["dates", "2025年1月5日", "--pub", "2025-01-06"], ["--version"]])
def test_a_full_disk_under_standard_output_is_one_line_of_error(argv: list[str]) -> None:
    """harden22 (crash): `timeline dates … > /dev/full` printed Python's 'Exception ignored in:
    <_io.TextIOWrapper name='<stdout>'…>' and 'OSError: [Errno 28]…' and exited 120: the output
    waited in Python's buffer until the interpreter's exit, after `main` had returned 0."""
    code, err = _write_failing(argv, Path("/dev/full"), unbuffered=False)
    assert (code, err) == (1, "timeline: error: No space left on device\n")


def test_an_unbuffered_output_cut_by_a_file_size_limit_is_an_error(tmp_path: Path) -> None:
    """harden22 (data loss): under PYTHONUNBUFFERED=1 Python writes text straight to the file and
    drops what a short write leaves (a file size limit or a full disk reached mid-write): a page cut
    at the limit, exit 0, no word."""
    text = "2025年1月5日，" * 3_000
    out = tmp_path / "dates.txt"
    argv = ["dates", text, "--pub", "2025-01-06", "--format", "json"]
    code, err = _write_failing(argv, out, unbuffered=True, file_limit=65_536)
    assert out.stat().st_size == 65_536  # the limit was reached: the output is longer
    assert (code, err) == (1, "timeline: error: File too large\n")


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["ingest", "-"], "timeline: error: standard input is closed: nothing to read\n"),
        (["load", "-"], "timeline: error: standard input is closed: nothing to read\n"),
        (
            ["dates", "-", "--pub", "2025-01-01"],
            "timeline: error: standard input: unreadable: standard input is closed: nothing to read\n",
        ),
    ],
    ids=["ingest", "load", "dates"],
)
def test_a_closed_standard_input_is_one_line_of_error(tmp_path: Path, argv: list[str], said: str) -> None:
    """Adversarial pass (session 14, crash): `timeline ingest - <&-` (sys.stdin is None) ended in
    an AttributeError traceback ('NoneType' object has no attribute 'buffer'), as did load and dates."""
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    db = ["--db", str(tmp_path / "t.db")] if argv[0] != "dates" else []
    done = subprocess.run(
        [sys.executable, "-m", "timeline", *argv, *db],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
        preexec_fn=lambda: os.close(0),  # the child starts without standard input
    )
    assert (done.returncode, done.stderr) == (1, said)


def test_an_output_file_this_user_may_not_write_is_not_replaced(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Adversarial pass (session 14, low: a protected file lost): `--output kept.csv` over a file
    made read-only (chmod 444) replaced it, the folder being writable, where `>` and `cp` refuse.
    os.access stands in for a user who is not root (root may write any file)."""
    kept = tmp_path / "kept.csv"
    kept.write_text("precious", encoding="utf-8")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: Path(path) != kept and real_access(path, mode))
    code, _, err = run(capsys, "milestones", "--db", db, "--format", "csv", "--output", str(kept))
    assert code == 1 and err == f"timeline: error: {kept}: Permission denied (the file is read-only)\n"
    assert kept.read_text(encoding="utf-8") == "precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.csv"]


@pytest.mark.parametrize("db", ["t.db ", " t.db", "t.db\n", "sqlite:///t.db ", "\tt.db"])
@pytest.mark.parametrize("given", ["option", "environment"])
def test_a_database_name_with_a_blank_at_an_end_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], db: str, given: str
) -> None:
    """harden23 (low, data split between two stores): TIMELINE_DB='t.db ' (a blank an environment
    file or a copy left) made a database named 't.db ' beside t.db and reported success; the next
    command without the blank read the other store. Refused in one line, nothing made."""
    monkeypatch.chdir(tmp_path)
    if given == "environment":
        monkeypatch.setenv("TIMELINE_DB", db)
    argv = ["ingest", SEEDS, *(["--db", db] if given == "option" else [])]
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2 and "begins or ends with a blank" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_sentence_not_read_for_events_is_one_warning_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """harden24: an article whose 2,400-character sentence holds a milestone was ingested with
    exit 0 and nothing said; the events API now warns (UnreadTextWarning) and the command shows
    it as one line, not Python's two-line warning with its source."""
    news = tmp_path / "news"
    news.mkdir()
    long_sentence = "2025年1月15日，重庆实验室揭牌成立" + "，并开展多项研究工作" * 240 + "。"
    (news / "a.txt").write_text(long_sentence + "2025年1月16日，重庆大学新校区启用。", encoding="utf-8")
    code, _, err = run(capsys, "ingest", str(news), "--pub-date", "2025-01-20", "--db", f"sqlite:///{tmp_path}/t.db")
    assert code == 0
    warned = [line for line in err.splitlines() if "not read for events" in line]
    assert len(warned) == 1 and warned[0].startswith("timeline: warning: article ")
    assert "UnreadTextWarning" not in err and "events.extract(" not in err


# -- session 17: a loaded event's sentence is in its article ---------------------------------------


def test_a_loaded_event_whose_sentence_is_not_in_its_article_is_skipped_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Sixteenth pass (low, left open): `timeline load` of a hand-edited extractions file stored an
    event whose sentence its article never wrote, so the timeline showed made-up words as the
    evidence of a date (design: every date traceable to the sentence and the article that gave
    it). The record is skipped, naming the event; the others load."""
    from timeline import Timeline
    from timeline.events import extract
    from timeline.model import Article
    from timeline.serial import extraction_to_dict

    kept = extraction_to_dict(extract(Article("2025年1月15日，重庆实验室揭牌成立。", "2025-01-20")))
    edited = extraction_to_dict(extract(Article("2025年3月2日，成都研究院签约落户。", "2025-03-05")))
    edited["events"][0]["sentence"] = "2025年3月2日，成都研究院签约落户，总投资100亿元。"  # type: ignore[index]
    extractions = tmp_path / "extractions.jsonl"
    extractions.write_text(
        "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in (kept, edited)), encoding="utf-8"
    )
    code, out, err = run(capsys, "load", str(extractions), "--db", str(tmp_path / "t.db"))
    assert code == 0, err
    assert "skipped 1" in out and "is not in its article" in out, out
    with Timeline(str(tmp_path / "t.db")) as store:
        assert [e.summary for e in store.milestones()] == ["重庆实验室揭牌成立"]


@pytest.mark.parametrize(
    "text",
    [
        "2025年1月15日，重庆\n实验室\n揭牌成立。",  # lines broken inside the sentence
        "2025年1月15日，重庆实验室揭牌成立，加快推进超大\n\n受访者供图\n\n分布孔径雷达建设。",  # a caption
        "2025年1月15日，重慶實(shí)驗室揭牌成立。",  # a pinyin reading dropped
    ],
    ids=["line-breaks", "caption", "reading"],
)
def test_a_loaded_event_keeps_a_sentence_its_article_writes_across_lines_or_furniture(text: str) -> None:
    """The sentence is the article's as extraction cleans it: an extraction round-trips whole."""
    from timeline import Timeline
    from timeline.events import extract
    from timeline.model import Article, Extraction
    from timeline.serial import extraction_to_dict

    extraction = extract(Article(text, "2025-01-20"))
    assert extraction.events and extraction.events[0].sentence not in text
    with Timeline("sqlite://") as store:
        report = store.ingest(Extraction.from_dict(extraction_to_dict(extraction)))
        assert (report.articles, report.skipped) == (1, ())
