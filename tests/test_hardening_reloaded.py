"""Extractions loaded again (harden28): an edited one refreshes what the store holds under
`load --replace`, an identical one is left as stored, and input that holds no extractions (articles
piped into `load -`, a number too long for Python) is one line saying so."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from test_cli import assert_one_line_error, run

ARTICLE = "2025年12月20日，重庆实验室正式揭牌。"


def _extraction_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str = "lab.jsonl") -> Path:
    """The extraction of ARTICLE (published 2025-12-21), as `timeline extract` writes it."""
    article = tmp_path / "lab.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    output = tmp_path / name
    code, _, err = run(capsys, "extract", str(article), "--pub-date", "2025-12-21", "--output", str(output))
    assert code == 0, err
    return output


def _edited(path: Path, summary: str) -> Path:
    """A copy of the extraction file with its one event's summary changed by hand."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    (event,) = doc["events"]
    assert summary in event["sentence"]
    event["summary"] = summary
    edited = path.with_name("edited." + path.name)
    edited.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    return edited


def _summaries(capsys: pytest.CaptureFixture[str], db: str) -> list[str]:
    code, out, err = run(capsys, "milestones", "--db", db, "--format", "json")
    assert code == 0, err
    return [event["summary"] for event in json.loads(out)["events"]]


def test_an_edited_extraction_replaces_the_stored_reports_of_its_unchanged_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """harden28 (data): `load --replace` of an extraction whose event was edited (its summary cut
    to '实验室正式揭牌' from '重庆实验室正式揭牌'), its article unchanged, said '(1 already
    stored)' and kept the old event: an edited extraction could never refresh the store. Now it is
    a correction (kept as stored without --replace, named), replaced with --replace, and the
    same file loaded again is already stored."""
    db = str(tmp_path / "news.db")
    extracted = _extraction_file(tmp_path, capsys)
    code, out, _ = run(capsys, "load", str(extracted), "--db", db)
    assert code == 0 and out.startswith("ingested 1 articles (0 already stored)")
    edited = _edited(extracted, "实验室正式揭牌")

    code, out, _ = run(capsys, "load", str(edited), "--db", db)
    assert code == 0 and out.startswith("ingested 0 articles (0 already stored)")
    assert "1 articles were stored before with other details, kept as stored (use --replace" in out
    assert "its extraction changed" in out
    assert _summaries(capsys, db) == ["重庆实验室正式揭牌"]

    code, out, _ = run(capsys, "load", str(edited), "--db", db, "--replace")
    assert code == 0 and "replaced 1 corrected articles" in out
    assert _summaries(capsys, db) == ["实验室正式揭牌"]

    code, out, _ = run(capsys, "load", str(edited), "--db", db, "--replace")
    assert code == 0 and out.startswith("ingested 0 articles (1 already stored)")
    assert "replaced" not in out and "other details" not in out
    assert _summaries(capsys, db) == ["实验室正式揭牌"]


def test_the_extraction_of_an_ingested_article_is_already_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What holds: `extract` then `load --replace` of an article `ingest` stored is no change."""
    db = str(tmp_path / "news.db")
    extracted = _extraction_file(tmp_path, capsys)
    assert run(capsys, "ingest", str(tmp_path / "lab.txt"), "--pub-date", "2025-12-21", "--db", db)[0] == 0
    code, out, _ = run(capsys, "load", str(extracted), "--db", db, "--replace")
    assert code == 0 and out.startswith("ingested 0 articles (1 already stored)")
    assert "replaced" not in out


def test_an_article_a_version_12_store_holds_is_rewritten_by_load_replace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A store of schema 12 never recorded which extraction it was given: loading one again
    without --replace keeps it as stored (nothing said); with --replace it is rewritten, said so,
    and from then on compared."""
    db = tmp_path / "news.db"
    extracted = _extraction_file(tmp_path, capsys)
    assert run(capsys, "load", str(extracted), "--db", str(db))[0] == 0
    connection = sqlite3.connect(db)
    with connection:
        connection.execute("ALTER TABLE articles DROP COLUMN extraction_hash")
        connection.execute("UPDATE timeline_meta SET value = 12 WHERE key = 'schema_version'")
    connection.close()
    edited = _edited(extracted, "实验室正式揭牌")

    code, out, _ = run(capsys, "load", str(edited), "--db", str(db))
    assert code == 0 and out.startswith("ingested 0 articles (1 already stored)")
    assert _summaries(capsys, str(db)) == ["重庆实验室正式揭牌"]
    code, out, _ = run(capsys, "load", str(edited), "--db", str(db), "--replace")
    assert code == 0 and "replaced 1 corrected articles" in out and "not recorded" in out
    assert _summaries(capsys, str(db)) == ["实验室正式揭牌"]
    code, out, _ = run(capsys, "load", str(edited), "--db", str(db), "--replace")
    assert code == 0 and out.startswith("ingested 0 articles (1 already stored)")


@pytest.mark.parametrize("given", ["records", "text"])
def test_articles_piped_into_load_are_one_error_saying_ingest(
    given: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """harden28 (unclear error): `timeline load - < articles.jsonl` printed a skip per line ('stdin:1:
    not a timeline extraction: it has no "format"…', 69 of them for a seed article's text) then
    'nothing was loaded'; a file named on the command line was one line already. Now stdin is
    judged by its first line as a file is, before any database is made."""
    import io
    import sys

    text = (
        '{"正文": "2025年12月20日，重庆实验室正式揭牌。", "发布时间": "2025-12-21"}\n' * 3
        if given == "records"
        else "\n".join([ARTICLE] * 3)
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(("\n\n" + text).encode("utf-8"))))
    db = tmp_path / "news.db"
    code, out, err = run(capsys, "load", "-", "--db", str(db))
    assert_one_line_error(code, err, "standard input holds no extractions", "timeline ingest -")
    assert out == ""
    assert not db.exists()


def test_extractions_piped_into_load_are_loaded_from_their_first_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """What holds: the line read to judge standard input is loaded with the rest."""
    import io
    import sys

    extracted = _extraction_file(tmp_path, capsys).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\n" + extracted)))
    code, out, _ = run(capsys, "load", "-", "--db", str(tmp_path / "news.db"))
    assert code == 0 and out.startswith("ingested 1 articles (0 already stored)")


@pytest.mark.parametrize(
    ("old", "field"),
    [
        ('"version": 1', "version"),
        ('"end_char": 21', "events[0].end_char"),
        ('"confidence": 0.9', "events[0].confidence"),
    ],
)
def test_an_integer_too_long_in_an_extraction_names_its_file_line_and_field(
    old: str, field: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """harden28 (unclear error): an extraction whose end_char had 5,000 digits was skipped as
    'Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use
    sys.set_int_max_str_digits() to increase the limit', Python's advice to its programmers, with
    nothing saying which of the line's numbers it was. Now the file, the line and the field."""
    extracted = _extraction_file(tmp_path, capsys)
    line = extracted.read_text(encoding="utf-8")
    assert line.count(old) == 1
    damaged = tmp_path / "damaged.jsonl"
    damaged.write_text(line + line.replace(old, old.split(":")[0] + ": " + "9" * 5000), encoding="utf-8")
    code, out, err = run(capsys, "load", str(damaged), "--db", str(tmp_path / "news.db"))
    assert code == 0, err
    (skip,) = [row for row in out.splitlines() if row.startswith("  ")]
    said = f"field {field} is an integer of 5,000 digits (a JSON number is read up to 4300 digits)"
    assert skip == f"  {damaged}:2: {said}"


@pytest.mark.parametrize("given", ["file", "stdin"])
def test_a_compressed_file_of_extractions_is_one_error(
    given: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """harden28 (unclear error): `timeline load extractions.jsonl.gz` (or piped in) printed a skip
    per line, 'undecodable: not UTF-8, UTF-16, GB18030, Big5, Shift-JIS or EUC-KR', 151 of them
    for the seeds' extractions gzipped, then 'nothing was loaded'. Now one line before any
    database is made, saying no line reads as text."""
    import gzip
    import io
    import sys

    extracted = _extraction_file(tmp_path, capsys).read_bytes()
    packed = tmp_path / "lab.jsonl.gz"
    packed.write_bytes(gzip.compress(extracted * 40))
    db = tmp_path / "news.db"
    if given == "stdin":
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(packed.read_bytes())))
    code, out, err = run(capsys, "load", str(packed) if given == "file" else "-", "--db", str(db))
    assert_one_line_error(code, err, "reads as text (line 1: undecodable", "a compressed or binary file?")
    assert out == "" and not db.exists()


def test_an_extraction_line_too_long_alone_is_still_a_skip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """What holds: a file whose one line is over the limit is no binary file: the line is skipped."""
    from timeline.corpus import records

    extracted = _extraction_file(tmp_path, capsys)
    monkeypatch.setattr(records, "MAX_LINE_BYTES", 100)
    code, out, err = run(capsys, "load", str(extracted), "--db", str(tmp_path / "news.db"))
    assert code == 1 and f"{extracted}:1: longer than 100 bytes" in out
    assert "reads as text" not in err


def test_a_compressed_file_of_records_is_one_skip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """harden28 (unclear error): `timeline ingest news.jsonl` of a gzipped file kept under its
    old name skipped it line by line ('news.jsonl:1: undecodable: …', 84 lines for the example
    articles). Now one skip naming the file; the other inputs are stored."""
    import gzip

    records = '{"text": "2025年12月20日，重庆实验室正式揭牌。", "pub_date": "2025-12-21"}\n'
    packed = tmp_path / "news.jsonl"
    many = "".join(records.replace("20日", f"{n}日") for n in range(1, 29))
    packed.write_bytes(gzip.compress(many.encode("utf-8")))
    plain = tmp_path / "more.jsonl"
    plain.write_text(records, encoding="utf-8")
    code, out, err = run(capsys, "ingest", str(packed), str(plain), "--db", str(tmp_path / "news.db"))
    assert code == 0, err
    skips = [line for line in out.splitlines() if line.startswith("  ")]
    assert len(skips) == 1 and skips[0].startswith(f"  {packed}: ") and "reads as text" in skips[0]
    assert "a compressed or binary file?" in skips[0] and out.startswith("ingested 1 articles")


def test_a_compressed_csv_file_is_one_error_saying_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """harden28 (wrong error): a gzipped CSV file of articles was said to have 'lines ended by a
    carriage return alone, which are not read: save it with LF or CRLF line ends'."""
    import gzip

    packed = tmp_path / "news.csv"
    packed.write_bytes(gzip.compress("text,pub_date\n2025年1月5日，重庆实验室揭牌成立。,2025-01-06\n".encode()))
    db = tmp_path / "news.db"
    code, _, err = run(capsys, "ingest", str(packed), "--db", str(db))
    assert_one_line_error(code, err, f"{packed} is no CSV file: no line of it reads as text", "compressed")
    assert "carriage return" not in err and not db.exists()


def test_the_extraction_of_a_copy_that_took_its_articles_place_is_already_stored() -> None:
    """harden28: a copy (x2, x1's text from another outlet) takes a replaced article's place with
    its reports as they are; its own extraction, loaded later, differs from x1's only by the id it
    repeats, and is no correction ('its extraction changed' said so before the id was left out
    of the digest)."""
    from timeline import Article, Timeline
    from timeline.events import extract

    text = "2025年1月5日，甲实验室揭牌成立。"
    copy = Article(text, "2025-01-06", id="x2", source="乙报")
    with Timeline("sqlite://") as tl:
        tl.ingest_many([Article(text, "2025-01-06", id="x1"), copy])
        tl.ingest_many([Article("2025年2月5日，乙公司签约落户重庆。", "2025-02-06", id="x1")], replace=True)
        report = tl.ingest_many([extract(copy)])
        assert (report.articles, report.duplicates, report.corrections) == (0, 1, ())
