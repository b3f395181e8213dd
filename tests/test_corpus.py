"""Reading a corpus from disk: manifests, publication-date fallbacks, and files left out with a reason."""

from __future__ import annotations

import datetime as dt
import json
import sysconfig
from pathlib import Path

import pytest

from timeline.corpus import Skip, article_files, bundled_seeds, extract_articles, load_articles, read_manifest
from timeline.errors import ArticleError
from timeline.model import Article, Extraction

TEXT = "2025年12月20日，重庆实验室正式揭牌。"


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def test_seed_manifest_gives_dates_sources_and_titles() -> None:
    items = list(load_articles([bundled_seeds()]))
    assert all(isinstance(a, Article) for a in items)
    first = items[0]
    assert isinstance(first, Article)
    # seeds/manifest.json, first entry.
    assert first.pub_date == dt.date(2026, 1, 30) and first.pub_date_estimated
    assert first.source == "重庆晨报 (上游财经)" and first.title.startswith("委员、专家献策")
    assert [a.pub_date.isoformat() for a in items if isinstance(a, Article)] == [
        "2026-01-30",
        "2026-01-26",
        "2026-05-25",
        "2024-03-05",
        "2026-01-26",
    ]


def test_a_file_next_to_a_manifest_uses_it(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", TEXT)
    manifest = {
        "articles": [{"file": "a.txt", "source": "科技日报", "headline": "标题", "pub_date": "2026-01-02"}]
    }
    write(tmp_path, "manifest.json", json.dumps(manifest, ensure_ascii=False))
    (article,) = load_articles([tmp_path / "a.txt"], pub_date="2030-01-01")
    assert isinstance(article, Article)
    assert (article.pub_date, article.source, article.title) == (dt.date(2026, 1, 2), "科技日报", "标题")
    assert not article.pub_date_estimated


def test_explicit_manifest_and_source_override(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", TEXT)
    other = tmp_path / "elsewhere.json"
    other.write_text(
        json.dumps({"articles": [{"file": "a.txt", "pub_date": "2026-03-04"}]}), encoding="utf-8"
    )
    (article,) = load_articles([tmp_path], manifest=other, source="经济日报")
    assert isinstance(article, Article)
    assert article.pub_date == dt.date(2026, 3, 4) and article.source == "经济日报"


def test_pub_date_fallback_then_inference(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", TEXT)
    (given,) = load_articles([tmp_path], pub_date="2026-01-05")
    assert (
        isinstance(given, Article) and given.pub_date == dt.date(2026, 1, 5) and not given.pub_date_estimated
    )
    (inferred,) = load_articles([tmp_path])
    # The latest full date written in the text, flagged as an estimate.
    assert isinstance(inferred, Article) and inferred.pub_date == dt.date(2025, 12, 20)
    assert inferred.pub_date_estimated


def test_bad_files_are_skipped_with_reasons(tmp_path: Path) -> None:
    write(tmp_path, "1-good.txt", TEXT)
    write(tmp_path, "2-gbk.txt", TEXT.encode("gb18030"))
    write(tmp_path, "3-empty.txt", " \n\t")
    write(tmp_path, "4-binary.txt", b"PK\x03\x04\x00\x00")
    write(tmp_path, "5-undecodable.txt", b"\xff\xff\xff abc")
    write(tmp_path, "6-huge.txt", "重庆" * 600)
    write(tmp_path, "7-undated.txt", "重庆实验室正式揭牌。")
    items = list(load_articles([tmp_path], max_bytes=1000))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "Skip", "Skip", "Skip", "Skip", "Skip"]
    good, gbk = items[0], items[1]
    assert isinstance(good, Article) and isinstance(gbk, Article) and gbk.text == good.text
    reasons = [i.reason for i in items if isinstance(i, Skip)]
    assert reasons[0] == "empty"
    assert reasons[1] == "not a text file (binary data)"
    assert reasons[2].startswith("undecodable")
    assert reasons[3] == "too large (over 1,000 bytes, the limit)"
    assert "cannot infer the publication date" in reasons[4]


def test_missing_paths_and_bad_arguments_raise(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no such file or folder"):
        article_files([tmp_path / "missing"])
    with pytest.raises(ArticleError, match="2026-02-30"):
        list(load_articles([tmp_path], pub_date="2026-02-30"))
    write(tmp_path, "bad.json", "{not json")
    with pytest.raises(ArticleError, match="not valid UTF-8 JSON"):
        read_manifest(tmp_path / "bad.json")
    write(tmp_path, "shape.json", '{"articles": [{"pub_date": "2026-01-01"}]}')
    with pytest.raises(ArticleError, match="must be"):
        read_manifest(tmp_path / "shape.json")


def test_folders_are_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    write(tmp_path / "b", "2.txt", TEXT)
    write(tmp_path, "1.txt", TEXT)
    write(tmp_path, "notes.md", TEXT)
    assert [p.relative_to(tmp_path).as_posix() for p in article_files([tmp_path])] == ["1.txt", "b/2.txt"]


def test_parallel_extraction_keeps_order_and_skips(tmp_path: Path) -> None:
    for number in range(6):
        write(tmp_path, f"{number}.txt", f"2025年12月{number + 10}日，重庆第{number}实验室正式揭牌。")
    write(tmp_path, "3-empty.txt", "")
    items = list(load_articles([tmp_path], pub_date="2026-01-30"))
    serial = list(extract_articles(items, jobs=1))
    parallel = list(extract_articles(items, jobs=2))
    assert serial == parallel
    assert [type(i).__name__ for i in parallel].count("Skip") == 1
    assert all(isinstance(i, Extraction) for i in parallel if not isinstance(i, Skip))
    with pytest.raises(ValueError, match="at least 1"):
        list(extract_articles(items, jobs=0))


def test_the_checkouts_seeds_come_before_an_installed_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`bundled_seeds()` took `<prefix>/share/timeline/seeds` first: a copy installed once into
    the same Python hid every later change to the checkout's seeds."""
    stale = tmp_path / "share" / "timeline" / "seeds"
    stale.mkdir(parents=True)
    write(stale, "manifest.json", '{"articles": []}')
    monkeypatch.setattr(sysconfig, "get_path", lambda name: str(tmp_path))
    checkout = Path(__file__).resolve().parents[1] / "seeds"
    assert bundled_seeds() == checkout
