"""Extraction on a Dask cluster (a LocalCluster of two worker processes), loading from the workers.

Skipped when the `dask` extra (dask[bag], distributed) is not installed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from timeline import Timeline  # noqa: E402
from timeline.cluster import extract_on_dask, ingest_on_dask, load_on_dask  # noqa: E402
from timeline.errors import ArticleError  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as connected:
        yield connected


@pytest.fixture
def partitions(tmp_path):
    """The five seed articles as two JSON Lines files of records, plus one unreadable file."""
    from timeline.corpus import load_articles

    articles = list(load_articles([str(SEEDS)]))
    assert len(articles) == 5
    paths = []
    for number, chunk in enumerate((articles[:3], articles[3:])):
        path = tmp_path / f"part-{number}.jsonl"
        with path.open("w", encoding="utf-8") as file:
            for a in chunk:
                record = {"id": a.id, "text": a.text, "pub_date": a.pub_date.isoformat(), "source": a.source}
                file.write(json.dumps(record, ensure_ascii=False) + "\n")
        paths.append(path)
    return paths


def _content(url):
    """What must not depend on which worker stored which article first: counts, and the events'
    sources. (Which report's wording an event keeps does depend on the order reports came in.)"""
    with Timeline(url) as store:
        return store.stats(), sorted(e.source_count for e in store.milestones())


def test_ingest_on_dask_matches_one_process(client, partitions, store_url, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("not records", encoding="utf-8")
    report = ingest_on_dask([*partitions, bad], store_url, client, batch_size=2)
    assert (report.articles, report.duplicates) == (5, 0)
    assert [name for name, _ in report.skipped] == [str(bad)]
    again = ingest_on_dask(partitions, store_url, client)
    assert (again.articles, again.duplicates) == (0, 5)

    alone = f"sqlite:///{tmp_path / 'alone.db'}"
    from timeline.corpus.records import read_records

    with Timeline(alone) as store:
        store.ingest_many(a for path in partitions for a in read_records(path))
    assert _content(store_url) == _content(alone)


def test_extract_then_load_on_dask(client, partitions, store_url, tmp_path):
    result = extract_on_dask(partitions, tmp_path / "extractions", client)
    written = result.files
    assert [Path(p).name for p in written] == ["part-0.extractions.jsonl", "part-1.extractions.jsonl"]
    assert sum(len(Path(p).read_text(encoding="utf-8").splitlines()) for p in written) == 5
    assert (result.extractions, result.skipped) == (5, ())
    report = load_on_dask(written, store_url, client)
    assert report.articles == 5
    direct = f"sqlite:///{tmp_path / 'direct.db'}"
    ingest_on_dask(partitions, direct, client)
    assert _content(store_url) == _content(direct)


@pytest.mark.parametrize("failure", [RuntimeError("a bug in the extractor"), ArticleError("not an article")])
def test_a_worker_skips_refused_articles_but_an_extractor_bug_surfaces(
    partitions, tmp_path, monkeypatch, failure
):
    """Issue 11, finding 18: `except Exception` around extraction turned a bug into a left-out article."""
    from timeline import cluster, events

    def extract(article):
        raise failure

    monkeypatch.setattr(events, "extract", extract)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    if isinstance(failure, ArticleError):
        [written] = cluster._extract_files([str(partitions[0])], str(out_dir), None)
        assert Path(written["file"]).read_text(encoding="utf-8") == ""
        assert written["extractions"] == 0
        assert [reason for _, reason in written["skipped"]] == ["not an article"] * 3
    else:
        with pytest.raises(RuntimeError, match="a bug in the extractor"):
            cluster._extract_files([str(partitions[0])], str(out_dir), None)


def test_a_worker_never_writes_through_a_link_planted_at_the_temporary_name(partitions, tmp_path):
    """Fourth review: each extraction file was written to NAME.partial first, a name another user
    of a shared output folder could plant a link at."""
    from timeline import cluster

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    name = cluster._extraction_name(str(partitions[0]))
    (out_dir / f"{name}.partial").symlink_to(victim)
    [written] = cluster._extract_files([str(partitions[0])], str(out_dir), None)
    assert victim.read_text(encoding="utf-8") == "precious"
    assert written["extractions"] > 0 and not Path(written["file"]).is_symlink()


def test_extract_on_dask_refuses_two_inputs_writing_one_file(client, partitions, tmp_path):
    """Each input NAME.* is written to NAME.extractions.jsonl: a/part-0.jsonl and b/part-0.jsonl
    (or part-0.jsonl and part-0.csv) wrote one file, the second over the first, and the path came
    back twice, so loading it stored one input twice and the other never. Refused before any
    work, naming the inputs."""
    other = tmp_path / "other"
    other.mkdir()
    twin = other / partitions[0].name
    twin.write_bytes(partitions[0].read_bytes())
    out_dir = tmp_path / "extractions"
    with pytest.raises(ArticleError, match=r"part-0\.extractions\.jsonl"):
        extract_on_dask([partitions[0], twin], out_dir, client)
    assert not out_dir.exists() or not any(out_dir.iterdir())


def test_a_worker_skips_an_extraction_file_it_cannot_read_and_loads_the_rest(partitions, tmp_path):
    """A file missing on a worker (or a directory, a FIFO) raised out of the task after the files
    before it were stored, so `load_on_dask` failed with no report of what it had stored; it is a
    skip with the reason, as `ingest_on_dask` treats an unreadable file of records."""
    from timeline import cluster

    good = tmp_path / "good.extractions.jsonl"
    [written] = cluster._extract_files([str(partitions[1])], str(tmp_path), None)
    Path(written["file"]).rename(good)
    missing = tmp_path / "missing.extractions.jsonl"
    url = f"sqlite:///{tmp_path / 'loaded.db'}"
    [part] = cluster._load_files([str(missing), str(tmp_path), str(good)], url, 200, None)
    assert part["articles"] == 2
    assert [name for name, _ in part["skipped"]] == [str(missing), str(tmp_path)]


def test_extract_on_dask_reports_the_records_and_articles_it_left_out(client, partitions, tmp_path):
    """It returned only the paths it wrote, so a bad record, an unreadable input or an article the
    extractor refused vanished without a word (`ingest_on_dask` reports them as skipped)."""
    mixed = tmp_path / "mixed.jsonl"
    good = partitions[0].read_text(encoding="utf-8").splitlines()[0]
    undated = json.dumps({"text": "会议召开。"}, ensure_ascii=False)
    mixed.write_text("\n".join([good, "{not json", undated]) + "\n", encoding="utf-8")
    unreadable = tmp_path / "gone.jsonl"
    result = extract_on_dask([mixed, unreadable], tmp_path / "out", client)
    assert [Path(p).name for p in result.files] == ["mixed.extractions.jsonl", "gone.extractions.jsonl"]
    assert result.extractions == 1
    assert [source for source, _ in result.skipped] == [f"{mixed}:2", f"{mixed}:3", str(unreadable)]
    assert all(reason for _, reason in result.skipped)


def test_an_input_that_cannot_be_read_keeps_its_earlier_extraction_file(client, partitions, tmp_path):
    """harden20: a rerun of extract_on_dask while an input could not be read (a share unmounted, a
    file gone) replaced the extraction file the first run wrote of it with an empty one."""
    source = tmp_path / "part.jsonl"
    source.write_text(partitions[0].read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    first = extract_on_dask([source], out, client)
    assert first.extractions > 0
    [written] = first.files
    before = Path(written).read_bytes()
    source.unlink()
    again = extract_on_dask([source], out, client)
    assert Path(written).read_bytes() == before
    assert again.extractions == 0
    assert [name for name, _ in again.skipped] == [str(source), written]


class _NoCluster:
    """A client that fails the test if any work reaches it: the checks come before."""

    def compute(self, collection):
        raise AssertionError("work was sent to the cluster")

    def gather(self, futures):
        raise AssertionError("work was sent to the cluster")


@pytest.mark.parametrize(
    "url", ["sqlite:///:memory:", "sqlite://", ":memory:", "sqlite:///file::memory:?uri=true",
            "sqlite:///file:x?mode=memory&uri=true", "sqlite+pysqlite://", "sqlite:///x.db?mode=memory"]
)
def test_an_in_memory_database_is_refused_before_any_work(partitions, url):
    """Third review: every worker stored into its own in-memory database and the report said the
    articles were stored (the CLI refuses such a URL; the cluster functions did not)."""
    from timeline.errors import StoreUnavailableError

    with pytest.raises(StoreUnavailableError, match="in-memory"):
        ingest_on_dask(partitions, url, _NoCluster())
    with pytest.raises(StoreUnavailableError, match="in-memory"):
        load_on_dask(partitions, url, _NoCluster())


def test_one_path_as_a_str_and_a_bad_pub_date_are_refused_before_any_work(partitions, tmp_path):
    """`ingest_on_dask("part-0.jsonl", …)` read each character as a file name and reported each
    one skipped; a malformed pub_date skipped every undated record on the workers."""
    url = f"sqlite:///{tmp_path / 'x.db'}"
    for call in (
        lambda: ingest_on_dask(str(partitions[0]), url, _NoCluster()),
        lambda: load_on_dask(partitions[0], url, _NoCluster()),
        lambda: extract_on_dask(str(partitions[0]), tmp_path / "out", _NoCluster()),
    ):
        with pytest.raises(ArticleError, match="list of files"):
            call()
    for call in (
        lambda: ingest_on_dask(partitions, url, _NoCluster(), pub_date="2025-13-01"),
        lambda: extract_on_dask(partitions, tmp_path / "out", _NoCluster(), pub_date="yesterday"),
    ):
        with pytest.raises(ArticleError, match="publication date"):
            call()


def test_a_path_holding_a_nul_is_a_skip_or_refused_before_any_work(client, partitions, tmp_path):
    """Session 17 review (crash): a path holding a NUL raised the builtin ValueError 'embedded null
    byte' on a worker, which failed the whole job and lost the report of the files stored. Ingest
    and load skip it with the reason, as any file they cannot read; extraction, which would name
    its output after it, refuses it before any work."""
    bad = str(tmp_path / "part\x00two.jsonl")
    url = f"sqlite:///{tmp_path / 'news.db'}"
    report = ingest_on_dask([partitions[0], bad], url, client)
    assert report.articles == 3 and [reason for _, reason in report.skipped][-1].endswith("NUL character")
    out_dir = tmp_path / "extractions"
    with pytest.raises(ArticleError, match="NUL"):
        extract_on_dask([partitions[0], bad], out_dir, client)
    assert not out_dir.exists() or not any(out_dir.iterdir())
