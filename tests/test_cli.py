"""The `timeline` command: every sub-command, its output formats, exit codes and error messages.

Most tests call `timeline.cli.main` in-process on a store built once from the seeds; the error
paths also run as a subprocess to check that the user sees one line and no traceback.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import subprocess
import sys
import types
import typing
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from timeline import cli
from timeline.cli import DEFAULT_PAGE_SIZE, build_parser, main
from timeline.corpus import bundled_seeds

REPO = Path(__file__).resolve().parent.parent
SEEDS = str(REPO / "seeds")
DEAD_DB = "postgresql+psycopg://nobody@127.0.0.1:1/x"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_process(
    *argv: str,
    cwd: Path,
    stdin: str | None = None,
    extra_env: dict[str, str] | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.update(extra_env or {})
    env.pop("TIMELINE_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "timeline.cli", *argv],
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )


def assert_one_line_error(code: int, err: str, *needles: str) -> None:
    assert code == 1
    assert err.startswith("timeline: error: ")
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in err


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """An SQLite store of the five seed articles, built once through `timeline ingest`."""
    url = "sqlite:///" + str(tmp_path_factory.mktemp("cli") / "seeds.db")
    assert main(["ingest", SEEDS, "--db", url]) == 0
    return url


@pytest.fixture(scope="module")
def all_events(db: str) -> list[dict[str, Any]]:
    out = io.StringIO()
    saved, sys.stdout = sys.stdout, out
    try:
        assert main(["milestones", "--db", db, "--format", "json"]) == 0
    finally:
        sys.stdout = saved
    events: list[dict[str, Any]] = json.loads(out.getvalue())["events"]
    return events


# --------------------------------------------------------------------------- help and usage


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_there_are_the_documented_commands() -> None:
    expected = {"ingest", "milestones", "entities", "show", "dates", "demo", "extract", "load"}
    assert set(_subcommands(build_parser())) == expected


@pytest.mark.parametrize("name", sorted(_subcommands(build_parser())))
def test_every_command_has_help_with_an_example(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    sub = _subcommands(build_parser())[name]
    assert sub.description and sub.epilog and "example:" in sub.epilog and f"timeline {name}" in sub.epilog
    with pytest.raises(SystemExit) as exit_info:
        main([name, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: timeline {name}")
    assert "example:" in out


SMALLEST_ARGV = {
    "ingest": ["ingest", "seeds"],
    "extract": ["extract", "seeds"],
    "load": ["load", "x.jsonl"],
    "milestones": ["milestones"],
    "entities": ["entities"],
    "show": ["show", "1"],
    "dates": ["dates", "去年12月", "--pub", "2024-03-05"],
    "demo": ["demo"],
}


@pytest.mark.parametrize("name", sorted(_subcommands(build_parser())))
def test_every_command_parses_into_its_typed_options(name: str) -> None:
    """Each command's options class declares exactly what its parser sets (slots refuse any other
    attribute), and the values have the declared types."""
    options_class = getattr(cli, f"{name.capitalize()}Options")
    options = build_parser().parse_args(SMALLEST_ARGV[name], namespace=options_class())
    assert options.command == name
    hints = typing.get_type_hints(options_class, vars(cli))
    parsed = argparse.Namespace()
    build_parser().parse_args(SMALLEST_ARGV[name], namespace=parsed)
    assert set(vars(parsed)) == set(hints)
    for field, hint in hints.items():
        value = getattr(options, field)
        allowed = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
        assert isinstance(value, tuple(typing.get_origin(t) or t for t in allowed)), (field, value, hint)


def test_top_level_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for name in _subcommands(build_parser()):
        assert name in out


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["frobnicate"],
        ["ingest"],
        ["ingest", SEEDS, "--jobs", "0"],
        ["milestones", "--format", "pdf"],
        ["milestones", "--limit", "-1"],
        ["show", "twelve"],
        ["dates", "去年"],
    ],
    ids=["no-command", "unknown", "no-path", "jobs-0", "bad-format", "negative-limit", "bad-id", "no-pub"],
)
def test_usage_mistakes_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert "usage: timeline" in capsys.readouterr().err


# --------------------------------------------------------------------------- ingest


def test_ingest_reports_counts_and_is_idempotent(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ingest", SEEDS, "--db", db)
    assert code == 0
    assert out.startswith("ingested 0 articles (5 already stored): 0 events")


def test_ingest_skips_bad_files_with_reasons(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text("2025年12月20日，重庆实验室正式揭牌。", encoding="utf-8")
    (folder / "gbk.txt").write_bytes("2025年11月3日，重庆大学与长安汽车签署合作协议。".encode("gb18030"))
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    code, out, _ = run(
        capsys, "ingest", str(folder), "--db", str(tmp_path / "t.db"), "--pub-date", "2026-01-05"
    )
    assert code == 0
    assert out.startswith("ingested 2 articles")
    assert "skipped 2:" in out
    assert f"{folder / 'empty.txt'}: empty" in out
    assert f"{folder / 'binary.txt'}: not a text file" in out


def test_ingest_without_any_date_skips_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "undated.txt").write_text("重庆实验室正式揭牌。", encoding="utf-8")
    code, out, err = run(capsys, "ingest", str(tmp_path / "undated.txt"), "--db", str(tmp_path / "t.db"))
    assert out.startswith("ingested 0 articles")
    assert "cannot infer the publication date" in out
    assert_one_line_error(code, err, "nothing was ingested", "--pub-date")


def test_ingest_in_worker_processes_matches_one_process(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, _ = run(capsys, "ingest", SEEDS, "--db", str(tmp_path / "jobs.db"), "--jobs", "2")
    assert code == 0
    code, one, _ = run(capsys, "milestones", "--db", db, "--format", "json")
    code, two, _ = run(capsys, "milestones", "--db", str(tmp_path / "jobs.db"), "--format", "json")
    summaries = [[e["summary"] for e in json.loads(text)["events"]] for text in (one, two)]
    assert summaries[0] == summaries[1] and summaries[0]


def test_ingest_again_with_workers_counts_the_stored_articles(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "ingest", SEEDS, "--db", db, "--jobs", "2")
    assert code == 0
    assert out.startswith("ingested 0 articles (5 already stored): 0 events")


def test_ingest_reports_corrections_and_replaces_them_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = tmp_path / "news.txt"
    news.write_text("2025年12月20日，重庆实验室正式揭牌。", encoding="utf-8")
    store = str(tmp_path / "c.db")
    assert run(capsys, "ingest", str(news), "--db", store, "--pub-date", "2025-12-21")[0] == 0
    code, out, _ = run(capsys, "ingest", str(news), "--db", store, "--pub-date", "2025-12-22")
    assert code == 0
    assert "1 articles were stored before with other details, kept as stored" in out
    assert "publication date '2025-12-21' → '2025-12-22'" in out
    code, out, _ = run(capsys, "ingest", str(news), "--db", store, "--pub-date", "2025-12-22", "--replace")
    assert code == 0
    assert out.startswith("ingested 1 articles (0 already stored)")
    assert "replaced 1 corrected articles" in out


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_two_versions_of_one_id_in_one_input_are_a_correction(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    """Two records sharing an id were reported as "1 already stored" and the second dropped,
    --replace or not; with --replace the second is stored and the report says replaced."""
    records = tmp_path / "news.jsonl"
    records.write_text(
        '{"id": "x1", "text": "2025年1月5日，甲实验室揭牌成立。", "pub_date": "2025-01-06"}\n'
        '{"id": "x1", "text": "2025年2月5日，乙公司签约落户重庆。", "pub_date": "2025-02-06"}\n',
        encoding="utf-8",
    )
    kept, replaced = str(tmp_path / "kept.db"), str(tmp_path / "replaced.db")
    code, out, _ = run(capsys, "ingest", str(records), "--db", kept, "--jobs", jobs)
    assert code == 0 and out.startswith("ingested 1 articles (0 already stored)")
    assert "1 articles were stored before with other details, kept as stored" in out
    code, out, _ = run(capsys, "ingest", str(records), "--db", replaced, "--jobs", jobs, "--replace")
    assert code == 0 and "1 articles were stored before with other details, replaced:" in out
    code, out, _ = run(capsys, "milestones", "--db", replaced, "--format", "csv")
    assert "乙公司签约落户重庆" in out and "甲实验室" not in out


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_copy_under_another_id_outlives_a_replaced_original(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    """x2 (x1's text, another outlet) was counted as already stored and forgotten: `ingest
    --replace` of x1 with another text then took the story out of the store. x2 takes its place."""
    records = tmp_path / "news.jsonl"
    records.write_text(
        '{"id": "x1", "text": "2025年1月5日，甲实验室揭牌成立。", "pub_date": "2025-01-06"}\n'
        '{"id": "x2", "text": "2025年1月5日，甲实验室揭牌成立。", "pub_date": "2025-01-06", '
        '"source": "乙报"}\n',
        encoding="utf-8",
    )
    store = str(tmp_path / "copies.db")
    code, out, _ = run(capsys, "ingest", str(records), "--db", store, "--jobs", jobs)
    assert code == 0 and out.startswith("ingested 1 articles (1 already stored)")
    correction = tmp_path / "correction.jsonl"
    correction.write_text(
        '{"id": "x1", "text": "2025年2月5日，乙公司签约落户重庆。", "pub_date": "2025-02-06"}\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "ingest", str(correction), "--db", store, "--jobs", jobs, "--replace")
    assert code == 0 and "replaced 1 corrected articles" in out
    code, out, _ = run(capsys, "milestones", "--db", store, "--format", "json")
    (opening,) = [e for e in json.loads(out)["events"] if "甲实验室" in e["summary"]]
    code, out, _ = run(capsys, "show", str(opening["id"]), "--db", store)
    assert code == 0 and "x2" in out and "乙报" in out and "x1" not in out
    code, out, _ = run(capsys, "ingest", str(records), "--db", store, "--jobs", jobs)
    assert out.startswith("ingested 0 articles (1 already stored)")  # x1 is a correction now


def test_ingest_progress_bar_on_request(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "ingest", SEEDS, "--db", str(tmp_path / "p.db"), "--progress")
    assert code == 0
    # count of total, elapsed<time left, rate (tqdm writes seconds per article below one a second,
    # as on a loaded machine, where the patterns compiled for the first article take seconds)
    assert re.search(r"100%\|.*\| 5/5 \[\d\d:\d\d<\d\d:\d\d, +(?:[\d.]+ articles/s|[\d.]+s/ articles)\]", err)


def test_ingest_shows_no_progress_off_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "ingest", SEEDS, "--db", str(tmp_path / "p.db"))
    assert code == 0 and "articles/s" not in err and "%" not in err


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["ingest", "/no/such/folder"], "no such file or folder"),
        (["ingest", SEEDS, "--pub-date", "2026-02-30"], "2026-02-30"),
        (["ingest", SEEDS, "--manifest", "/no/such/manifest.json"], "manifest"),
    ],
    ids=["missing-path", "bad-date", "missing-manifest"],
)
def test_ingest_errors_are_one_line(
    argv: list[str], needle: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, *argv, "--db", str(tmp_path / "x.db"))
    assert_one_line_error(code, err, needle)
    assert not (tmp_path / "x.db").exists() or needle != "no such file or folder"


# --------------------------------------------------------------------------- milestones


def test_milestones_table_pages(
    db: str, all_events: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert len(all_events) > 3
    code, out, err = run(capsys, "milestones", "--db", db, "--limit", "3")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["id", "date", "type", "status", "subject", "summary"]
    assert [int(line.split()[0]) for line in lines[1:]] == [e["id"] for e in all_events[:3]]
    assert len(lines) == 4
    assert "next page: --offset 3" in err
    code, out, err = run(capsys, "milestones", "--db", db, "--limit", "0")
    assert len(out.splitlines()) == 1 + len(all_events) and err == ""


def test_milestones_table_default_page(
    db: str, all_events: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "milestones", "--db", db)
    assert code == 0
    assert len(out.splitlines()) == 1 + min(DEFAULT_PAGE_SIZE, len(all_events))


def test_milestones_are_in_date_order(all_events: list[dict[str, Any]]) -> None:
    places = [e["date"]["start"] if e["date"] else e["report_date"] for e in all_events]
    assert places == sorted(places)


def test_every_seed_event_is_listed_undated_ones_marked(
    db: str, all_events: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    by_report = [e for e in all_events if e["date_basis"] == "report"]
    assert by_report and len(by_report) < len(all_events)
    for event in by_report:
        assert event["date"] is None
        assert event["placed"]["label"] == f"报道于 {event['report_date']}，原文未给出日期"
        assert event["placed"]["edtf"] in (f"../{event['report_date']}", f"{event['report_date']}/..")
    code, out, _ = run(capsys, "milestones", "--db", db, "--format", "json", "--dated-only")
    dated = json.loads(out)["events"]
    assert code == 0 and len(dated) == len(all_events) - len(by_report)
    assert all(e["date_basis"] == "text" for e in dated)


def test_milestones_json_carries_precision(all_events: list[dict[str, Any]]) -> None:
    for event in all_events:
        date = event["date"]
        if event["date_basis"] == "report":
            continue
        assert isinstance(date, dict)
        assert date["start"] <= date["end"] and date["edtf"] and date["label"]
        assert event["planned"] == (event["status"] == "planned")
        assert event["sources"]


def test_milestones_csv_parses_back(
    db: str, all_events: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "milestones", "--db", db, "--format", "csv", "--bom")
    assert code == 0 and out.startswith("\N{ZERO WIDTH NO-BREAK SPACE}id,")
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\N{ZERO WIDTH NO-BREAK SPACE}"), newline="")))
    assert [int(r["id"]) for r in rows] == [e["id"] for e in all_events]


def test_milestones_markdown_is_a_table(
    db: str, all_events: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "milestones", "--db", db, "--format", "md")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2 + len(all_events)
    assert {len(re.split(r"(?<!\\)\|", line)) for line in lines} == {9}


def test_milestones_timelinejs(
    db: str, all_events: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "milestones", "--db", db, "--format", "timelinejs", "--title", "成渝")
    assert code == 0
    document = json.loads(out)
    assert document["title"]["text"]["headline"] == "成渝"
    assert len(document["events"]) == len(all_events)
    for slide in document["events"]:
        assert isinstance(slide["start_date"]["year"], int) and slide["text"]["headline"]


class _EventCounter(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.events = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "li" and "event" in (dict(attrs).get("class") or "").split():
            self.events += 1


def test_milestones_html_to_a_file(
    db: str, all_events: list[dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "out.html"
    code, out, err = run(capsys, "milestones", "--db", db, "--format", "html", "--output", str(page))
    assert code == 0 and out == "" and str(page) in err
    counter = _EventCounter()
    counter.feed(page.read_text(encoding="utf-8"))
    assert counter.events == len(all_events)


def test_milestones_output_to_a_missing_folder(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no" / "such" / "out.json"
    code, _, err = run(capsys, "milestones", "--db", db, "--format", "json", "--output", str(target))
    assert_one_line_error(code, err, str(target), "No such file or directory")
    assert not target.parent.exists()


def test_milestones_filters(
    db: str, all_events: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "milestones", "--db", db, "--format", "json", "--type", "opening,signing")
    chosen = json.loads(out)["events"]
    assert code == 0 and chosen
    assert {e["type"] for e in chosen} <= {"opening", "signing"}
    assert len(chosen) == sum(e["type"] in ("opening", "signing") for e in all_events)
    code, out, _ = run(
        capsys, "milestones", "--db", db, "--format", "json", "--since", "2026", "--until", "2026"
    )
    in_2026 = json.loads(out)["events"]
    assert in_2026 and all(
        e["date"]["end"] >= "2026-01-01" and e["date"]["start"] <= "2026-12-31"
        if e["date"]
        else "2026-01-01" <= e["report_date"] <= "2026-12-31"
        for e in in_2026
    )
    code, out, _ = run(capsys, "milestones", "--db", db, "--format", "json", "--status", "planned")
    assert all(e["status"] == "planned" for e in json.loads(out)["events"])


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["--entity", "没有这个机构"], "没有这个机构"),
        (["--since", "2025-13"], "2025-13"),
        (["--type", "bogus"], "bogus"),
    ],
    ids=["unknown-entity", "bad-date", "bad-type"],
)
def test_milestones_errors_are_one_line(
    db: str, argv: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "milestones", "--db", db, *argv)
    assert_one_line_error(code, err, needle)


def test_read_commands_need_an_existing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none.db"
    code, _, err = run(capsys, "milestones", "--db", str(missing))
    assert_one_line_error(code, err, str(missing))
    assert not missing.exists()


def test_db_defaults_to_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_DB", str(tmp_path / "env.db"))
    args = build_parser().parse_args(["entities"])
    assert args.db == "sqlite:///" + str(tmp_path / "env.db")
    monkeypatch.delenv("TIMELINE_DB")
    assert build_parser().parse_args(["entities"]).db == "sqlite:///timeline.db"


# --------------------------------------------------------------------------- entities, show


def test_entities(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "entities", "--db", db, "--format", "json", "--type", "lab", "--query", "实验室"
    )
    assert code == 0
    labs = json.loads(out)
    assert labs and all(e["type"] == "lab" for e in labs)
    assert all("实验室" in e["name"] or any("实验室" in a for a in e["aliases"]) for e in labs)
    code, out, _ = run(capsys, "entities", "--db", db, "--type", "lab", "--query", "实验室")
    assert out.splitlines()[0].split() == ["id", "name", "type", "events", "mentions", "aliases"]
    assert [line.split()[1] for line in out.splitlines()[1:]] == [e["name"] for e in labs]


def test_show_prints_sources_and_sentences(
    db: str, all_events: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    event = all_events[0]
    code, out, _ = run(capsys, "show", str(event["id"]), "--db", db)
    assert code == 0
    assert out.startswith(f"event {event['id']}  {event['type']}")
    sentence = event["sources"][0]["sentence"]
    assert " ".join(sentence.split()) in out
    assert event["date"]["label"] in out
    code, out, _ = run(capsys, "show", str(event["id"]), "--db", db, "--format", "json")
    assert json.loads(out)["events"][0]["id"] == event["id"]


def test_show_unknown_event(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "show", "987654", "--db", db)
    assert_one_line_error(code, err, "987654")


# --------------------------------------------------------------------------- dates


def test_dates_shows_value_grain_and_rule(capsys: pytest.CaptureFixture[str]) -> None:
    # spec/dates.md: 去年12月 against 2024-03-05 is December 2023.
    code, out, _ = run(
        capsys, "dates", "去年12月，两省市联合印发管理办法。", "--pub", "2024-03-05", "--format", "json"
    )
    assert code == 0
    (expression,) = json.loads(out)
    assert expression["text"] == "去年12月"
    assert (expression["start"], expression["end"], expression["grain"]) == (
        "2023-12-01",
        "2023-12-31",
        "month",
    )
    assert expression["value"] == "2023-12" and expression["edtf"] == "2023-12" and expression["rule"]
    assert expression["anchor"] == "publication" and expression["label"] == "2023年12月"


def test_dates_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "dates", "2025年12月20日揭牌", "--pub", "2026-01-30")
    assert code == 0
    header, row = out.splitlines()
    assert header.split()[:5] == ["text", "start", "end", "grain", "value"]
    assert row.split()[:5] == ["2025年12月20日", "2025-12-20", "2025-12-20", "day", "2025-12-20"]


def test_dates_from_stdin(tmp_path: Path) -> None:
    done = run_process(
        "dates", "-", "--pub", "2025-01-10", "--format", "json", cwd=tmp_path, stdin="3月将开园"
    )
    assert done.returncode == 0, done.stderr
    # spec/dates.md: with a forward cue, 3月 against 2025-01-10 is March 2025.
    assert json.loads(done.stdout)[0]["value"] == "2025-03"


def test_dates_without_expressions(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "dates", "没有日期的句子", "--pub", "2026-01-30")
    assert code == 0 and out.split() == [
        "text",
        "start",
        "end",
        "grain",
        "value",
        "mod",
        "kind",
        "anchor",
        "rule",
        "label",
    ]
    assert "no date expressions" in err


def test_output_is_utf8_whatever_the_locale(tmp_path: Path) -> None:
    done = run_process(
        "dates", "去年12月", "--pub", "2024-03-05", cwd=tmp_path, extra_env={"PYTHONIOENCODING": "ascii"}
    )
    assert done.returncode == 0, done.stderr
    assert "2023年12月" in done.stdout


# --------------------------------------------------------------------------- demo


def test_demo_fills_the_default_database_and_says_how_to_query_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TIMELINE_DB", raising=False)
    for stored in ("ingested 5 articles (0 already stored)", "ingested 0 articles (5 already stored)"):
        code, out, _ = run(capsys, "demo", "--html", "demo.html")
        assert code == 0
        assert str(bundled_seeds()) in out and "stored in timeline.db" in out
        assert stored in out
        assert "Query it (every command reads it by default):" in out
    assert (tmp_path / "timeline.db").is_file()
    assert (tmp_path / "demo.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    suggested = [line.strip() for line in out.splitlines() if line.startswith("  timeline ")]
    assert len(suggested) == 5
    for command in suggested:  # each suggestion, run as written, finds something
        code, found, _ = run(capsys, *command.split()[1:])
        assert code == 0 and len(found.strip().splitlines()) >= 2, command


# --------------------------------------------------------------------------- as a process: no tracebacks


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["ingest", "missing-folder"], "missing-folder"),
        (["dates", "去年", "--pub", "2025-02-30"], "2025-02-30"),
        (["milestones", "--db", DEAD_DB], "timeline: error:"),
        (["ingest", SEEDS, "--db", DEAD_DB], "timeline: error:"),
        (["show", "987654", "--db", "__DB__"], "987654"),
    ],
    ids=["missing-file", "bad-date", "dead-db", "dead-db-ingest", "unknown-event"],
)
def test_errors_in_a_process(argv: list[str], needle: str, db: str, tmp_path: Path) -> None:
    argv = [db if a == "__DB__" else a for a in argv]
    done = run_process(*argv, cwd=tmp_path)
    assert_one_line_error(done.returncode, done.stderr, needle)
    assert done.stdout == ""


def test_entities_show_merge_and_split(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("2025年12月20日，长庐动力正式揭牌。", encoding="utf-8")
    (news / "b.txt").write_text("2025年12月22日，合肥长庐动力电池科技有限公司正式投产。", encoding="utf-8")
    store = str(tmp_path / "e.db")
    assert run(capsys, "ingest", str(news), "--db", store, "--pub-date", "2025-12-23")[0] == 0
    names = [e["name"] for e in json.loads(run(capsys, "entities", "--db", store, "--format", "json")[1])]
    full = next(name for name in names if name.startswith("合肥"))
    short = next(name for name in names if name.startswith("长庐"))
    code, out, _ = run(capsys, "entities", "merge", full, short, "--db", store, "--reason", "同一家公司")
    assert code == 0
    assert f"folded {short} into {full} (同一家公司)" in out
    assert f"aliases   {short}" in out
    code, out, _ = run(capsys, "entities", "show", short, "--db", store)
    assert code == 0
    assert out.startswith(f"entity    {full}")
    assert "first     2025-12-23" in out and f"folded    {short} into {full}: 同一家公司" in out
    code, out, _ = run(capsys, "entities", "split", short, "--db", store)
    assert code == 0 and out.startswith(f"split {short} out again")
    code, _, err = run(capsys, "entities", "split", short, "--db", store)
    assert code == 1 and "is folded into another" in err
    code, _, err = run(capsys, "entities", "frobnicate", "--db", store)
    assert code == 1 and "timeline entities show NAME" in err


def test_entities_merge_merges_the_events_that_become_one_and_split_gives_them_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One opening on 20 December reported under the short name and under the full name: two
    events until `entities merge` makes the names one, then one event of two sources, the fold
    shown with the events it merged; `entities split` gives the two events back."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("2025年12月20日，长庐动力正式揭牌。", encoding="utf-8")
    (news / "b.txt").write_text("2025年12月20日，合肥长庐动力电池科技有限公司正式揭牌。", encoding="utf-8")
    store = str(tmp_path / "e.db")
    assert run(capsys, "ingest", str(news), "--db", store, "--pub-date", "2025-12-23")[0] == 0

    def openings() -> list[int]:
        found = json.loads(
            run(capsys, "milestones", "--db", store, "--type", "opening", "--format", "json")[1]
        )
        return sorted(event["source_count"] for event in found["events"])

    assert openings() == [1, 1]
    full, short = "合肥长庐动力电池科技有限公司", "长庐动力"
    code, out, _ = run(capsys, "entities", "merge", full, short, "--db", store, "--reason", "同一家公司")
    assert code == 0 and f"folded    {short} into {full}: 同一家公司 (events merged: 1)" in out
    assert openings() == [2]
    assert run(capsys, "entities", "split", short, "--db", store)[0] == 0
    assert openings() == [1, 1]
    code, out, _ = run(capsys, "entities", "show", short, "--db", store)
    assert f"folded    {short} into {full} (undone): 同一家公司 (events merged: 1)" in out


def test_extract_then_load_matches_ingest(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jsonl = tmp_path / "extractions.jsonl"
    code, _, err = run(capsys, "extract", SEEDS, "--output", str(jsonl))
    assert code == 0 and "extracted 5 articles, skipped 0" in err
    assert len(jsonl.read_text(encoding="utf-8").splitlines()) == 5
    with jsonl.open("a", encoding="utf-8") as file:
        file.write("{broken\n")
    loaded = str(tmp_path / "loaded.db")
    code, out, _ = run(capsys, "load", str(jsonl), "--db", loaded)
    assert code == 0
    assert out.startswith("ingested 5 articles")
    assert f"{jsonl}:6: " in out
    code, out, _ = run(capsys, "load", str(jsonl), "--db", loaded)
    assert out.startswith("ingested 0 articles (5 already stored)")
    one = run(capsys, "milestones", "--db", db, "--format", "json")[1]
    two = run(capsys, "milestones", "--db", loaded, "--format", "json")[1]
    assert json.loads(one)["events"] == json.loads(two)["events"]


def test_show_lists_the_first_sources_and_says_how_many_more(
    tmp_path: Path, build: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from timeline import Timeline
    from timeline.model import Entity

    db = str(tmp_path / "reprints.db")
    with Timeline(f"sqlite:///{db}") as store:
        for n in range(12):
            article = build.article(f"重庆实验室揭牌。（来源{n}）", "2025-12-21", source=f"报{n}")
            event = build.event(article, "重庆实验室揭牌")
            store.ingest(build.extraction(article, event, entities=(Entity("重庆实验室", "lab"),)))
        (event,) = store.milestones()
    code, out, _ = run(capsys, "show", str(event.id), "--db", db)
    assert code == 0
    assert "sources   1–10 of 12" in out and "[10] 报9" in out and "[11]" not in out
    assert out.rstrip().endswith(f"… 2 more: timeline show {event.id} --sources-from 10")
    code, out, _ = run(capsys, "show", str(event.id), "--db", db, "--sources-from", "10")
    assert "[11] 报10" in out and "[12] 报11" in out and "more:" not in out


def test_show_pages_through_the_sources_of_a_reprinted_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = tmp_path / "news"
    news.mkdir()
    for number in range(3):
        (news / f"{number}.txt").write_text(
            f"2025年12月20日，重庆实验室正式揭牌。\n（第{number}报）", encoding="utf-8"
        )
    store = str(tmp_path / "r.db")
    assert run(capsys, "ingest", str(news), "--db", store, "--pub-date", "2025-12-21")[0] == 0
    event_id = json.loads(run(capsys, "milestones", "--db", store, "--format", "json")[1])["events"][0]["id"]
    code, out, _ = run(capsys, "show", str(event_id), "--db", store)
    assert code == 0 and "sources   3\n" in out and "merged    2 reports" in out
    code, out, _ = run(capsys, "show", str(event_id), "--db", store, "--sources", "1", "--sources-from", "1")
    assert code == 0
    assert "sources   2–2 of 3" in out and "  [2] " in out and "  [1] " not in out and "  [3] " not in out
    code, out, _ = run(capsys, "show", str(event_id), "--db", store, "--format", "json", "--sources", "2")
    (shown,) = json.loads(out)["events"]
    assert (len(shown["sources"]), shown["source_count"], shown["merge_count"]) == (2, 3, 2)


@pytest.mark.parametrize("fmt", ["json", "csv", "md", "timelinejs"])
def test_an_unlimited_export_is_streamed_and_writes_what_a_page_of_everything_writes(
    db: str, fmt: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """With no limit the events are read a batch at a time (here 3) and written as they come;
    the text is the one a single page holding every event gives, on stdout and in a file."""
    from timeline._store import queries, query_timeline

    everything = run(capsys, "milestones", "--db", db, "--format", fmt, "--limit", "100000")[1]
    monkeypatch.setattr(query_timeline, "STREAMED_ROWS", 3)
    loaded: list[int] = []
    load = queries.load_events
    monkeypatch.setattr(queries, "load_events", lambda conn, ids: loaded.append(len(ids)) or load(conn, ids))
    code, out, _ = run(capsys, "milestones", "--db", db, "--format", fmt)
    assert code == 0 and out == everything
    assert loaded and max(loaded) == 3
    target = tmp_path / f"all.{fmt}"
    assert run(capsys, "milestones", "--db", db, "--format", fmt, "--output", str(target))[0] == 0
    with open(target, encoding="utf-8", newline="") as written:
        assert written.read() + ("\n" if fmt in ("json", "timelinejs") else "") == everything


def test_an_unlimited_export_that_fails_midway_leaves_the_file_as_it_was(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from timeline._store import queries, query_timeline

    target = tmp_path / "all.csv"
    target.write_text("earlier export\n", encoding="utf-8")
    monkeypatch.setattr(query_timeline, "STREAMED_ROWS", 2)
    load = queries.load_events
    calls: list[int] = []

    def failing(conn: Any, ids: Any) -> Any:
        calls.append(1)
        if len(calls) > 2:
            raise OSError(28, "No space left on device")
        return load(conn, ids)

    monkeypatch.setattr(queries, "load_events", failing)
    code, _, err = run(capsys, "milestones", "--db", db, "--format", "csv", "--output", str(target))
    assert code != 0 and "No space left" in err
    assert target.read_text(encoding="utf-8") == "earlier export\n"
    assert not list(tmp_path.glob(".*partial"))
