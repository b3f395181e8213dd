"""An SQLite file that is damaged, or no database at all, given as the store (harden28): every
command says in one line that the file is not a readable timeline store, naming it, exits 1 and
leaves the file as it was. A store named as the files SQLite keeps beside a database is refused."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from test_cli import SEEDS, assert_one_line_error, run

from timeline import Timeline
from timeline.errors import StoreUnavailableError

COMMANDS = [
    ["milestones"],
    ["entities"],
    ["show", "1"],
    ["entities", "show", "重庆实验室"],
    ["milestones", "--query", "实验室"],
    ["ingest", SEEDS],
]


@pytest.fixture(scope="module")
def whole(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the seed articles, closed (its pages in the file, none in a -wal)."""
    from timeline.cli import main

    path = tmp_path_factory.mktemp("damaged") / "seeds.db"
    assert main(["ingest", SEEDS, "--db", str(path)]) == 0
    assert not Path(f"{path}-wal").exists()
    return path


def _damaged(whole: Path, folder: Path, damage: str) -> Path:
    """A copy of the store damaged as `damage` says."""
    data = bytearray(whole.read_bytes())
    if damage == "noise":  # no header: another kind of file, or an encrypted database
        data = bytearray(os.urandom(8192))
    elif damage == "header-only":  # SQLite's header, then nothing a database holds
        data = bytearray(b"SQLite format 3\x00" + b"\x00" * 84 + b"\xff" * 4000)
    elif damage == "half":  # cut short (a copy interrupted)
        data = data[: len(data) // 2]
    else:  # pages overwritten in the middle (a failing disk)
        data[4096 * 3 : 4096 * 13] = b"\xde\xad" * (4096 * 5)
    path = folder / "news.db"
    path.write_bytes(bytes(data))
    return path


DAMAGES = {
    "noise": "it is no SQLite database",
    "header-only": "it is no SQLite database",
    "half": "the file is damaged",
    "pages": "the file is damaged",
}


@pytest.mark.parametrize("damage", sorted(DAMAGES))
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_damaged_store_is_one_line_naming_the_file_and_nothing_is_written(
    whole: Path, damage: str, command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """harden28 (unclear error): `timeline milestones --db news.db` on a file of random bytes said
    "cannot open database '…/news.db': (sqlite3.DatabaseError) file is not a database"; on a store
    with pages overwritten, 'the query failed: (sqlite3.DatabaseError) database disk image is
    malformed', the driver's words. Now one line saying which file is no readable store and why,
    exit 1, the file unchanged and nothing left beside it."""
    path = _damaged(whole, tmp_path, damage)
    before = path.read_bytes()
    code, out, err = run(capsys, *command, "--db", str(path))
    assert_one_line_error(code, err, f"{path} is not a readable timeline store: {DAMAGES[damage]}")
    assert "sqlite3" not in err and "DatabaseError" not in err
    assert out == ""
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.db"]


@pytest.mark.parametrize("damage", ["noise", "pages"])
def test_the_library_raises_the_same_error(whole: Path, damage: str, tmp_path: Path) -> None:
    """The same words from `Timeline`, at open or at the first read that meets the damage."""
    path = _damaged(whole, tmp_path, damage)
    with pytest.raises(StoreUnavailableError, match=f"{path} is not a readable timeline store"):
        with Timeline(str(path), read_only=True) as tl:
            tl.milestones()


def test_a_whole_store_copied_is_read(whole: Path, tmp_path: Path) -> None:
    """What holds: the undamaged copy reads."""
    path = tmp_path / "news.db"
    shutil.copy(whole, path)
    with Timeline(str(path), read_only=True) as tl:
        assert len(tl.milestones()) > 10


@pytest.mark.parametrize("companion", ["-wal", "-shm", "-journal"])
@pytest.mark.parametrize("beside", [True, False], ids=["beside-a-store", "alone"])
def test_a_store_named_as_a_file_sqlite_keeps_beside_a_database_is_refused(
    whole: Path, companion: str, beside: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """harden28 (data loss): `timeline ingest seeds --db news.db-wal` (a name the shell completed)
    made a store in news.db-wal and said 'ingested 5 articles'; the next command on news.db took
    the file for news.db's own write-ahead log (or shared memory, or hot journal) and removed it:
    the five articles were gone, nothing said. While news.db was open, its writer would have
    written its log into that store. Now refused before anything is made, by the library too."""
    if beside:
        shutil.copy(whole, tmp_path / "news.db")
    path = tmp_path / f"news.db{companion}"
    code, out, err = run(capsys, "ingest", SEEDS, "--db", str(path))
    assert_one_line_error(code, err, f"{path} is named as SQLite names the", "name the database itself")
    assert out == "" and not path.exists()
    with pytest.raises(StoreUnavailableError, match="is named as SQLite names"):
        Timeline(str(path))
    assert not path.exists()


def test_a_store_whose_name_only_starts_as_a_companion_is_made(tmp_path: Path) -> None:
    """What holds: news.db-walrus and a file named -wal alone are names like any other."""
    for name in ("news.db-walrus", "-wal"):
        with Timeline(str(tmp_path / name)) as tl:
            assert tl.stats()["articles"] == 0


def test_an_ingest_that_stores_nothing_leaves_a_store_another_process_opened_meanwhile(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """harden28 (concurrency): `timeline ingest undated/ --db news.db` (every article skipped) removes
    the store it made, so that no empty store is left; another `timeline ingest seeds --db news.db`
    that had opened it meanwhile, its first batch still being extracted, had the file removed
    under it and failed ('was replaced or removed while the store was open'), its run lost, and
    one committing between the look and the removal would have lost what it was told was stored.
    Now a store another connection has open is left as it is."""
    from timeline import Article, cli

    folder = tmp_path / "undated"
    folder.mkdir()
    (folder / "a.txt").write_text("重庆实验室揭牌成立。", encoding="utf-8")
    path = tmp_path / "news.db"
    others: list[Timeline] = []
    ingest = cli._ingest

    def ingest_as_another_opens(store, items, **options):
        others.append(Timeline(str(path)))  # another process's store, open from here on
        others[0].stats()
        return ingest(store, items, **options)

    monkeypatch.setattr(cli, "_ingest", ingest_as_another_opens)
    code, _, err = run(capsys, "ingest", str(folder), "--db", str(path))
    assert code == 1 and "nothing was ingested" in err
    assert path.exists()
    (other,) = others
    with other:
        assert other.ingest(Article("2025年1月5日，重庆实验室揭牌成立。", "2025-01-06")).articles == 1
    with Timeline(str(path), read_only=True) as tl:
        assert tl.stats()["articles"] == 1


def test_an_ingest_that_stores_nothing_alone_leaves_no_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What holds: with no other connection, the store it made is removed, and nothing beside it."""
    folder = tmp_path / "undated"
    folder.mkdir()
    (folder / "a.txt").write_text("重庆实验室揭牌成立。", encoding="utf-8")
    code, _, _ = run(capsys, "ingest", str(folder), "--db", str(tmp_path / "news.db"))
    assert code == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["undated"]
