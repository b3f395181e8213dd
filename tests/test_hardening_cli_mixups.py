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


ARTICLES_JSONL = str(Path(__file__).resolve().parents[1] / "examples" / "articles.jsonl")


@pytest.fixture(scope="module")
def extractions(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("mixups") / "seeds.extractions.jsonl"
    from timeline.cli import main

    assert main(["extract", SEEDS, "--output", str(path)]) == 0
    return str(path)


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_extractions_given_to_ingest_say_load(
    extractions: str, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """harden27 (unclear error): `timeline ingest extractions.jsonl` said 'has no text field (text,
    content, body); its fields are: format, version, article, events, entities, mentions; name it
    with --field text=NAME', which no --field mends: the file is `timeline load`'s."""
    db = tmp_path / "news.db"
    code, _, err = (
        run(capsys, command, extractions, "--db", str(db))
        if command == "ingest"
        else run(capsys, command, extractions, "--output", str(tmp_path / "out.jsonl"))
    )
    assert_one_line_error(code, err, "holds extractions", f"timeline load {extractions}")
    assert "--field" not in err
    assert not db.exists()


@pytest.mark.parametrize("given", ["jsonl", "txt"])
def test_articles_given_to_load_say_ingest(
    given: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """harden27 (unclear error): `timeline load articles.jsonl` printed, for every line, 'not a
    timeline extraction: format is None, not 'timeline.extraction'' (a .txt article: 'Expecting
    value: line 1 column 1 (char 0)' for each of its lines, 264 for the seeds), then 'nothing was
    loaded'. Now one line before any database is made, naming the command that reads articles."""
    path = ARTICLES_JSONL if given == "jsonl" else str(sorted(Path(SEEDS).glob("*.txt"))[0])
    db = tmp_path / "news.db"
    code, out, err = run(capsys, "load", path, "--db", str(db))
    assert_one_line_error(code, err, "not a file of extractions", f"timeline ingest {path}")
    assert out == ""
    assert not db.exists()


def test_a_bad_line_of_extractions_is_still_one_skip(
    extractions: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What held: a file of extractions with a line cut short (an interrupted copy) loads the rest
    and names the line; only a file whose first line is no extraction at all is refused whole."""
    lines = Path(extractions).read_text(encoding="utf-8").splitlines()
    cut = tmp_path / "cut.jsonl"
    cut.write_text("\n".join([lines[0][:5000], *lines[1:]]) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "load", str(cut), "--db", str(tmp_path / "news.db"))
    assert code == 0
    assert f"ingested {len(lines) - 1} articles" in out and f"{cut}:1:" in out


def test_an_article_record_read_as_an_extraction_names_the_missing_format() -> None:
    """harden27: the library's reason said "format is None", as if the key were there."""
    from timeline.errors import ArticleError
    from timeline.serial import extraction_from_dict

    with pytest.raises(ArticleError, match='it has no "format"'):
        extraction_from_dict({"正文": "1月5日，重庆实验室揭牌。", "发布时间": "2026-01-06"})


def test_extract_takes_the_fields_its_error_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """harden27 (unclear error): `timeline extract examples/articles.jsonl` said 'has no text field
    …; name it with --field text=NAME', and `--field text=正文` was then 'unrecognized arguments':
    extract reads what ingest reads but took none of its options for records. The five articles of
    the example file (checked by hand: 发布时间 2026-01-30, 01-26, 05-25, 2024-03-05, 2026-01-26)
    come out dated by that field."""
    import json

    output = tmp_path / "out.jsonl"
    code, _, err = run(
        capsys,
        "extract",
        ARTICLES_JSONL,
        "--field",
        "text=正文",
        "--field",
        "pub_date=发布时间",
        "--output",
        str(output),
    )
    assert code == 0, err
    read = [json.loads(line)["article"] for line in output.read_text(encoding="utf-8").splitlines()]
    given = [
        json.loads(line) for line in Path(ARTICLES_JSONL).read_text(encoding="utf-8").splitlines() if line
    ]
    assert [a["pub_date"] for a in read] == [g["发布时间"][:10] for g in given]
    assert [a["text"] for a in read] == [g["正文"] for g in given]


def test_extract_takes_an_input_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """harden27: as ingest, extract reads a file of another suffix as it is told (--input-format)."""
    article = tmp_path / "news.dat"
    article.write_text("2026年1月5日，重庆实验室正式揭牌。", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    code, _, err = run(
        capsys,
        "extract",
        str(article),
        "--input-format",
        "txt",
        "--pub-date",
        "2026-01-06",
        "--output",
        str(output),
    )
    assert code == 0, err
    assert '"pub_date": "2026-01-06"' in output.read_text(encoding="utf-8")


def _without_file_permission_override() -> list[str]:
    """The command prefix under which this process's files obey their permission bits: none for
    a user, setpriv dropping CAP_DAC_OVERRIDE for root (which writes any file); skip without it."""
    import os
    import shutil

    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("root writes any file and setpriv is not there to drop that")
    drop = "-dac_override,-dac_read_search"
    return [setpriv, f"--bounding-set={drop}", f"--inh-caps={drop}"]


@pytest.mark.parametrize("command", ["load", "ingest"])
@pytest.mark.parametrize("read_only", ["file", "folder"])
def test_writing_into_a_read_only_store_says_so_and_leaves_no_files(
    extractions: str, command: str, read_only: str, tmp_path: Path
) -> None:
    """harden27 (unclear error): `timeline load x.jsonl --db news.db` on a store the user may not
    write (chmod 444: a shared store, a copy off a read-only medium) ended in
    'timeline: error: (sqlite3.OperationalError) attempt to write a readonly database' and left a
    news.db-wal and a news.db-shm beside it. Now one line saying the file is read-only, before any
    connection, so nothing is left; the store is unchanged and reads still work. In a folder the
    user may not write (no -wal can be made there) the message says so in words too."""
    import os
    import subprocess
    import sys

    from test_cli import REPO

    store = tmp_path / "news.db"
    with Timeline(str(store)):
        pass
    (store if read_only == "file" else tmp_path).chmod(0o444 if read_only == "file" else 0o555)
    before = store.read_bytes()
    given = extractions if command == "load" else SEEDS
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("TIMELINE_DB", None)
    argv = [*_without_file_permission_override(), sys.executable, "-m", "timeline"]
    done = subprocess.run(
        [*argv, command, given, "--db", str(store)], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    shown = f"{store} is read-only" if read_only == "file" else "the file or its folder is read-only"
    assert shown in done.stderr and "sqlite3." not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.db"]
    assert store.read_bytes() == before
    read = subprocess.run(
        [*argv, "milestones", "--db", str(store)], capture_output=True, env=env, timeout=300
    )
    tmp_path.chmod(0o755)
    assert read.returncode == 0


def test_a_statement_refused_as_read_only_is_said_in_words() -> None:
    """harden27 (unclear error): when SQLite refuses a write (a folder without write permission,
    where the -wal cannot be made; a file made read-only while open) the message was the driver's
    '(sqlite3.OperationalError) attempt to write a readonly database'."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import DBAPIError

    from timeline._store.engine import unavailable_reason

    engine = create_engine("sqlite://")
    with engine.connect() as connection:
        connection.execute(text("CREATE TABLE t (x INTEGER)"))
        connection.execute(text("PRAGMA query_only = 1"))
        with pytest.raises(DBAPIError) as raised:
            connection.execute(text("INSERT INTO t VALUES (1)"))
    reason = unavailable_reason(raised.value) or ""
    assert "read-only" in reason and "permissions" in reason and "sqlite3." not in reason


def test_a_timeline_on_a_read_only_file_reads_and_says_why_it_cannot_write(tmp_path: Path) -> None:
    """harden27: the library side of the read-only store. `Timeline(path)` on a file the user may
    not write used to open it for writing (SQLite fell back to reading, leaving a -wal and a -shm)
    and fail at the first write with the driver's words; it now reads it as `read_only=True` does,
    and a write names the file and why."""
    import os
    import subprocess
    import sys

    from test_cli import REPO

    store = tmp_path / "news.db"
    assert main_ingest(store) == 0
    store.chmod(0o444)
    script = (
        "import sys\n"
        "from timeline import Timeline, Article\n"
        "from timeline.errors import StoreUnavailableError\n"
        "with Timeline(sys.argv[1]) as tl:\n"
        "    print(len(tl.milestones()) > 0, tl.read_only)\n"
        "    try:\n"
        "        tl.ingest(Article('2024年1月1日，重庆实验室正式揭牌。', '2024-01-02'))\n"
        "    except StoreUnavailableError as err:\n"
        "        print(err)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [*_without_file_permission_override(), sys.executable, "-c", script, str(store)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "True True",
        f"{store} is read-only (its permissions, or a read-only file system): nothing can be ingested",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.db"]


def main_ingest(store: Path) -> int:
    from timeline.cli import main

    return main(["ingest", SEEDS, "--db", str(store)])


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["重庆"], "`timeline entities --query 重庆`"),
        (["merge", "金凤实验室"], "entities merge takes two names"),
        (["show"], "entities show takes one name"),
        (["split", "甲", "乙"], "entities split takes one name"),
    ],
    ids=["a-name-as-action", "merge-one-name", "show-no-name", "split-two-names"],
)
def test_entities_used_wrongly_says_what_was_wrong(
    argv: list[str], said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """harden27 (unclear error): `timeline entities 重庆` (a name, as `milestones --entity` takes
    one) and `timeline entities merge 金凤实验室` (one name of two) each said only 'use `timeline
    entities show NAME`, `merge KEPT FOLDED` or `split NAME`', not what was wrong."""
    code, _, err = run(capsys, "entities", *argv, "--db", str(tmp_path / "news.db"))
    assert_one_line_error(code, err, said)
