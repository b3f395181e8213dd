"""More articles than one machine can hold: extraction on a Dask cluster, loading into PostgreSQL.

Needs the `dask` extra (`pip install "timeline[dask,postgres]"`). The input is a list of record
files (JSON Lines, CSV or Parquet, as `timeline.corpus.read_records` reads them) that every
worker can open (a shared disk or the same path on each machine); each file is one partition of
a `dask.bag`. Each worker reads its files a record at a time, extracts the events, and either
stores them itself through `Timeline.ingest_many` (PostgreSQL's bulk path is safe for several
writers at once) or writes them as extraction JSON lines for `timeline load`.

    >>> from dask.distributed import Client                              # doctest: +SKIP
    >>> with Client("tcp://scheduler:8786") as client:                   # doctest: +SKIP
    ...     report = ingest_on_dask(["part-000.jsonl", "part-001.jsonl"],
    ...                             "postgresql+psycopg://news@db/news", client)
    >>> report.articles, report.events                                   # doctest: +SKIP

The scheduler address names an existing cluster (`dask scheduler` / `dask worker`, Kubernetes,
SLURM…); `dask.distributed.LocalCluster` runs one on this machine.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Protocol, TypedDict, cast

import attrs

from timeline.dates import to_reference_date
from timeline.errors import ArticleError, StoreUnavailableError
from timeline.model import Article, Extraction, IngestReport


class Client(Protocol):
    """The part of a `dask.distributed.Client` used here (dask is an optional extra)."""

    def compute(self, collection: object, /) -> object: ...
    def gather(self, futures: object, /) -> object: ...


class _Bag(Protocol):
    """The part of a `dask.bag.Bag` used here."""

    def map_partitions(self, function: object, /, *arguments: object) -> _Bag: ...


class _Part(TypedDict):
    """What a worker task returns for its files: the report's counts and skipped records."""

    articles: int
    duplicates: int
    events: int
    merged_events: int
    entities: int
    replaced: int
    skipped: list[list[str]]


class _Written(TypedDict):
    """What a worker task of `extract_on_dask` returns for one input file."""

    file: str
    extractions: int
    skipped: list[list[str]]


@attrs.frozen()
class ExtractionFiles:
    """What `extract_on_dask` wrote, and what it left out.

    `files` are the extraction files, in the order of the inputs (an input that could not be read
    at all still has one: empty, or the one an earlier run wrote, kept as it was); `extractions`
    counts the lines this run wrote, one per article;
    `skipped` names every record, whole input or article left out, with the reason: a bad record
    or unreadable file as FILE:LINE or FILE (as `ingest_on_dask` names them), an article the
    extractor refused by its id.
    """

    files: tuple[str, ...]
    extractions: int
    skipped: tuple[tuple[str, str], ...]


__all__ = ["ExtractionFiles", "extract_on_dask", "ingest_on_dask", "load_on_dask"]

_Task = Callable[[list[str], str, int, "str | None"], "list[_Part]"]
"""A worker task: the files of a partition, the store's URL, the batch size, the publication date."""


def ingest_on_dask(
    paths: Sequence[str | os.PathLike[str]],
    url: str,
    client: Client,
    *,
    batch_size: int = 200,
    pub_date: str | None = None,
) -> IngestReport:
    """Extract the articles of these record files on the cluster and store them in `url` from the workers.

    One task per file: read, extract, `ingest_many` in batches of `batch_size`. Returns the
    sum of the workers' reports (skipped records named FILE:LINE). ArticleError before any work
    for `paths` given as one str (a list of files is wanted) or a malformed `pub_date`;
    StoreUnavailableError for an in-memory database, which every worker would make its own.

        >>> import json, tempfile
        >>> from pathlib import Path
        >>> class InProcess:  # stands in for a dask.distributed.Client: runs the tasks here
        ...     def compute(self, bag): return bag
        ...     def gather(self, bag): return bag.compute(scheduler="sync")
        >>> folder = Path(tempfile.mkdtemp())
        >>> record = {"text": "2024年1月1日，重庆实验室正式揭牌。", "pub_date": "2024-01-02"}
        >>> _ = (folder / "part-000.jsonl").write_text(json.dumps(record) + "\\n", encoding="utf-8")
        >>> report = ingest_on_dask([folder / "part-000.jsonl"], f"sqlite:///{folder}/news.db", InProcess())
        >>> report.articles, report.events
        (1, 1)
    """
    _check_pub_date(pub_date)
    return _run(client, _paths(paths), _ingest_files, url, batch_size, pub_date)


def extract_on_dask(
    paths: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    client: Client,
    *,
    pub_date: str | None = None,
) -> ExtractionFiles:
    """Extract the articles of these record files on the cluster, one extraction file per input file.

    Each `out_dir/NAME.extractions.jsonl` holds the `Extraction.to_dict` of every article of
    input NAME (written whole, through a temporary file), ready for `timeline load` or
    `load_on_dask`. Returns their paths, in the order of `paths`, with how many extractions they
    hold and every record and article left out (`ExtractionFiles`). Two inputs of one NAME (in
    two folders, or .jsonl and .csv) would write one file, and an input path holding a NUL names
    none: ArticleError before any work.

        >>> extract_on_dask(["monday/part-000.jsonl", "tuesday/part-000.jsonl"], "out", client=...)
        Traceback (most recent call last):
        ...
        timeline.errors.ArticleError: two inputs would write one extraction file (part-000.extractions...
    """
    _check_pub_date(pub_date)
    held = [p for p in _paths(paths) if "\0" in p]
    if held:  # the extraction file is named after the input: no file system takes the name
        raise ArticleError(f"an input path holds a NUL character: {held[0]!r}")
    names = [_extraction_name(p) for p in _paths(paths)]
    shared = sorted({name for name in names if names.count(name) > 1})
    if shared:
        raise ArticleError(
            f"two inputs would write one extraction file ({', '.join(shared)}): "
            "give the inputs distinct names"
        )
    target = os.fspath(out_dir)
    os.makedirs(target, exist_ok=True)
    bag = _bag(_paths(paths))
    computed = client.compute(bag.map_partitions(_extract_files, target, pub_date))
    written = cast("list[_Written]", client.gather(computed))
    return ExtractionFiles(
        files=tuple(part["file"] for part in written),
        extractions=sum(part["extractions"] for part in written),
        skipped=tuple((source, reason) for part in written for source, reason in part["skipped"]),
    )


def load_on_dask(
    paths: Sequence[str | os.PathLike[str]], url: str, client: Client, *, batch_size: int = 200
) -> IngestReport:
    """Store extraction files (`timeline extract`, `extract_on_dask`) in `url`, one worker task per file.

    Refuses `paths` given as one str and an in-memory database as `ingest_on_dask` does.

        >>> load_on_dask("part-000.extractions.jsonl", "sqlite:///news.db", client=...)
        Traceback (most recent call last):
        ...
        timeline.errors.ArticleError: give a list of files, not one path: ['part-000.extractions.jsonl']
    """
    return _run(client, _paths(paths), _load_files, url, batch_size, None)


def _paths(paths: Sequence[str | os.PathLike[str]]) -> list[str]:
    """The input files as strings; ArticleError for one str or path (its characters would be
    read as file names, each one skipped)."""
    if isinstance(paths, (str, bytes, os.PathLike)):
        raise ArticleError(f"give a list of files, not one path: [{os.fsdecode(paths)!r}]")
    return [os.fspath(p) for p in paths]


def _check_pub_date(pub_date: str | None) -> None:
    """ArticleError for a malformed publication date, before any work (else every undated record
    would be skipped for it on the workers)."""
    if pub_date is not None:
        try:
            to_reference_date(pub_date, "publication date")
        except ValueError as err:
            raise ArticleError(str(err)) from None


def _bag(paths: list[str]) -> _Bag:
    import dask.bag

    return cast(_Bag, dask.bag.from_sequence(paths, npartitions=max(1, len(paths))))


def _run(
    client: Client, paths: list[str], task: _Task, url: str, batch_size: int, pub_date: str | None
) -> IngestReport:
    """Run `task` on every partition of the files and add up the reports it returns."""
    from timeline._store.engine import in_memory

    if in_memory(url):
        raise StoreUnavailableError(
            f"{url!r} is an in-memory database: each worker would store into its own and keep nothing"
        )
    if not paths:
        return IngestReport()
    from timeline.store import Timeline

    Timeline(url).close()  # the schema exists (or the URL fails) before the workers start
    bag = _bag(paths).map_partitions(task, url, batch_size, pub_date)
    parts = cast("list[_Part]", client.gather(client.compute(bag)))
    skipped = tuple((source, reason) for part in parts for source, reason in part["skipped"])
    return IngestReport(
        articles=sum(part["articles"] for part in parts),
        duplicates=sum(part["duplicates"] for part in parts),
        events=sum(part["events"] for part in parts),
        merged_events=sum(part["merged_events"] for part in parts),
        entities=sum(part["entities"] for part in parts),
        replaced=sum(part["replaced"] for part in parts),
        skipped=skipped,
    )


def _ingest_files(paths: list[str], url: str, batch_size: int, pub_date: str | None) -> list[_Part]:
    """Worker side: read, extract and store the records of these files."""
    from timeline.store import Timeline

    skipped: list[tuple[str, str]] = []
    with Timeline(url) as store:
        report = store.ingest_many(_articles(paths, pub_date, skipped), batch_size=batch_size)
    return [_as_dict(report, skipped)]


def _load_files(paths: list[str], url: str, batch_size: int, _pub_date: str | None) -> list[_Part]:
    """Worker side: store the extraction files; one it cannot read is skipped with the reason."""
    from timeline.serial import read_extraction_file
    from timeline.store import Timeline

    skipped: list[tuple[str, str]] = []

    def extractions() -> Iterator[Extraction]:
        for path in paths:
            try:
                for item in read_extraction_file(path):
                    if isinstance(item, tuple):
                        skipped.append(item)
                    else:
                        yield item
            except ArticleError as err:  # missing on this worker, unreadable, not a regular file
                skipped.append((path, str(err)))

    with Timeline(url) as store:
        report = store.ingest_many(extractions(), batch_size=batch_size)
    return [_as_dict(report, skipped)]


def _extract_files(paths: list[str], out_dir: str, pub_date: str | None) -> list[_Written]:
    """Worker side: one extraction file per input file, with what it holds and what was left out."""
    from timeline import events
    from timeline._files import replacing
    from timeline.serial import extraction_to_dict

    written: list[_Written] = []
    for path in paths:
        target = Path(out_dir) / _extraction_name(path)
        skipped: list[tuple[str, str]] = []
        count = 0
        try:
            with replacing(target, newline="\n") as out:
                for article in _articles([path], pub_date, skipped):
                    try:
                        extraction = events.extract(article)
                    except ArticleError as err:  # an article the extractor refuses is left out, as
                        skipped.append((article.id, str(err)))  # ingest_many does; any other
                        continue  # exception is a bug and surfaces
                    out.write(json.dumps(extraction_to_dict(extraction), ensure_ascii=False) + "\n")
                    count += 1
                unread = any(source == path for source, _ in skipped)  # the whole input, not a record
                if unread and not count and target.exists():
                    raise _KeptEarlier  # the temporary file goes, the earlier one stays
        except _KeptEarlier:
            skipped.append((str(target), "an earlier run's extraction file, kept as it was"))
        lost = [list(item) for item in skipped]
        written.append({"file": str(target), "extractions": count, "skipped": lost})
    return written


class _KeptEarlier(Exception):
    """An input that could not be read at all leaves the extraction file an earlier run wrote of
    it as it was (a rerun while a share is unmounted must not empty it)."""


def _extraction_name(path: str) -> str:
    """The name of the extraction file of the input at `path`."""
    return Path(path).stem + ".extractions.jsonl"


def _articles(paths: list[str], pub_date: str | None, skipped: list[tuple[str, str]]) -> Iterator[Article]:
    """The articles of these record files; a bad record, or a whole unreadable file, is skipped."""
    from timeline.corpus.records import read_records
    from timeline.corpus.skip import Skip

    for path in paths:
        try:
            for item in read_records(path, pub_date=pub_date):
                if isinstance(item, Skip):
                    skipped.append((item.source, item.reason))
                else:
                    yield item
        except (ArticleError, OSError, UnicodeError) as err:
            skipped.append((path, " ".join(str(err).split()) or type(err).__name__))


def _as_dict(report: IngestReport, skipped: list[tuple[str, str]]) -> _Part:
    return {
        "articles": report.articles,
        "duplicates": report.duplicates,
        "events": report.events,
        "merged_events": report.merged_events,
        "entities": report.entities,
        "replaced": report.replaced,
        "skipped": [list(item) for item in (*skipped, *report.skipped)],
    }
