"""Articles from text files: folders of .txt, a manifest with publication dates.

A folder's articles are its .txt files (A.TXT too), in every folder below it; a file of records,
a web page or a Markdown file in it is a skip saying to name it on the command line, where it is
read (Markdown as text).

A manifest is a JSON file like `seeds/manifest.json`:
`{"articles": [{"file", "source", "headline", "pub_date", "pub_date_estimated"}, ...]}`.
An entry's `file` is a path relative to the manifest's folder (`a.txt`, `2025/a.txt`). A
`manifest.json` next to a file, or in a folder above it up to the folder named on the command
line, is used automatically (the nearest one that lists the file wins). Each file's publication
date comes from its manifest entry, else from `pub_date`, else it is inferred from the text and
flagged as estimated.
"""

from __future__ import annotations

import itertools
import os
import posixpath
import sysconfig
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import cast

import attrs

from timeline._json import loads
from timeline.corpus.encoding import read_bytes, read_text
from timeline.corpus.records import RECORD_FORMATS
from timeline.corpus.skip import Skip
from timeline.corpus.webpages import WEB_PAGE_SUFFIXES
from timeline.dates import to_reference_date
from timeline.errors import ArticleError
from timeline.model import Article

__all__ = [
    "ARTICLE_SUFFIX",
    "MANIFEST_NAME",
    "MAX_ARTICLE_BYTES",
    "article_files",
    "bundled_seeds",
    "load_articles",
    "read_manifest",
]

MANIFEST_NAME = "manifest.json"
MAX_ARTICLE_BYTES = 2_000_000
MAX_MANIFEST_BYTES = 100_000_000
ARTICLE_SUFFIX = ".txt"


_Fields = dict[str, object]
"""A manifest entry (a JSON object): field -> value, values not yet checked."""


@attrs.frozen()
class _Entry:
    source: str = ""
    title: str = ""
    url: str = ""
    pub_date: str | None = None
    pub_date_estimated: bool = False


def bundled_seeds() -> Path:
    """The folder of the five sample articles shipped with `timeline` (with their manifest).

    A source checkout uses `seeds/` next to the package; an installed copy lives in
    `<prefix>/share/timeline/seeds`. The checkout's come first: a copy installed once into the
    same Python is stale as soon as the checkout's seeds change.

        >>> (bundled_seeds() / "manifest.json").is_file()
        True
    """
    candidates = [
        Path(__file__).resolve().parents[2] / "seeds",
        Path(sysconfig.get_path("data")) / "share" / "timeline" / "seeds",
    ]
    for folder in candidates:
        if (folder / MANIFEST_NAME).is_file():
            return folder
    looked = ", ".join(map(str, candidates))
    raise ArticleError(f"the bundled sample articles are missing; looked in {looked}")


def read_manifest(path: str | os.PathLike[str]) -> dict[str, _Fields]:
    """The manifest at `path` as {file path relative to the manifest's folder: entry}; raises
    ArticleError when it is not a manifest, or lists one file twice with different fields.

    >>> entries = read_manifest(bundled_seeds() / "manifest.json")
    >>> entries["000_c1676e3ad24346e7.txt"]["pub_date"]
    '2026-01-30'
    """
    data = read_bytes(Path(path), MAX_MANIFEST_BYTES)
    if isinstance(data, str):
        raise ArticleError(f"cannot read manifest {path}: {data}")
    try:
        document = loads(data.decode("utf-8-sig"))
    except ValueError as err:  # not UTF-8, not JSON, or an integer of over 4,300 digits (named)
        raise ArticleError(f"manifest {path} is not valid UTF-8 JSON: {err}") from None
    except RecursionError:
        raise ArticleError(f"manifest {path} is JSON nested too deeply") from None
    listed = _fields(document).get("articles")
    articles = [_fields(entry) for entry in listed] if isinstance(listed, list) else []
    if not isinstance(listed, list) or not all(isinstance(a.get("file"), str) for a in articles):
        raise ArticleError(f'manifest {path} must be {{"articles": [{{"file": ..., "pub_date": ...}}, ...]}}')
    by_path: dict[str, _Fields] = {}
    for entry in articles:
        key = posixpath.normpath(str(entry["file"]))  # `./a.txt` and `sub/../a.txt` are `a.txt`
        other = by_path.setdefault(key, entry)
        if other != entry:  # the last one won: a file took another entry's date without a word
            raise ArticleError(
                f"manifest {path} has two different entries for the file {key!r} "
                f"({other['file']!r} and {entry['file']!r})"
            )
    return by_path


@attrs.frozen()
class _Manifest:
    """A manifest's entries and the folder (resolved) their paths are relative to."""

    path: Path
    folder: Path
    entries: dict[str, _Fields]
    by_name: dict[str, list[str]]
    """File name -> the paths of the entries of that name (so matching by name is no scan)."""

    @classmethod
    def read(cls, path: Path) -> _Manifest:
        entries = read_manifest(path)
        by_name: dict[str, list[str]] = {}
        for key in entries:
            by_name.setdefault(posixpath.basename(key), []).append(key)
        return cls(path, path.resolve().parent, entries, by_name)

    def listed(self, target: Path) -> _Fields | None:
        """The entry whose path leads to `target` (resolved), if any."""
        if not target.is_relative_to(self.folder):
            return None
        return self.entries.get(target.relative_to(self.folder).as_posix())

    def named(self, target: Path) -> _Fields | Skip | None:
        """The entry for a file of `target`'s name whose path leads to no other file (a manifest
        written elsewhere: `news/a.txt` for this a.txt; an absolute path); a Skip when two such
        entries differ, since either date could be this file's."""
        matches: list[tuple[str, _Fields]] = []
        for key in self.by_name.get(target.name, []):
            entry, leads_to = self.entries[key], self.folder / key
            if _names_a_file(leads_to) and _resolved(leads_to) != target:
                continue  # another file's entry
            if all(entry != other for _, other in matches):
                matches.append((key, entry))
        if len(matches) > 1:
            (first, _), (second, _) = matches[:2]
            reason = (
                f"manifest {self.path} has entries {first!r} and {second!r} for files named "
                f"{target.name!r}: give the path relative to the manifest's folder"
            )
            return Skip(str(target), reason)
        return matches[0][1] if matches else None


def _names_a_file(path: Path) -> bool:
    """Whether `path`, written in a manifest, is a file; False for a path no system takes (a name
    too long, a NUL), which `Path.is_file` raises on instead."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def _fields(value: object) -> _Fields:
    """A JSON object as {field: value}; anything else as no fields."""
    return cast(_Fields, value) if isinstance(value, dict) else {}


def article_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Every .txt file named in `paths` or found (recursively, sorted) in the folders among them.

    A path that does not exist raises ArticleError, so a typo is not silently an empty corpus.

        >>> len(article_files([bundled_seeds()]))
        5
    """
    return [path for path, _ in _found_files(paths)]


def _found_files(paths: Iterable[str | os.PathLike[str]]) -> list[tuple[Path, Path | None]]:
    """`article_files`, each with the folder it was found in (None for a file named in `paths`)."""
    files: list[tuple[Path, Path | None]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            # every entry but folders: a FIFO, a device or a broken link named .txt is a skip
            # with its reason when read, not left out without a word; A.TXT is a .txt file too
            found = (p for p in sorted(path.rglob("*")) if p.suffix.lower() == ARTICLE_SUFFIX)
            files.extend((p, path) for p in found if not p.is_dir())
        elif path.exists():
            files.append((path, None))
        else:
            raise ArticleError(f"no such file or folder: {path}")
    return files


MARKDOWN_SUFFIXES = (".md", ".markdown")
"""Markdown files: text, read as an article when named, but in a folder as often a README or
notes as news, so a folder's reading names them as left out rather than storing them."""

READ_WHEN_NAMED = (
    *(suffix for suffix in (*RECORD_FORMATS, *WEB_PAGE_SUFFIXES) if suffix != ".json"),
    *MARKDOWN_SUFFIXES,
)
"""Suffixes of files of articles that a folder's reading leaves out (JSON Lines, CSV, Parquet, web
pages, Markdown): they are read when named on the command line. A .json file in a folder is as
often a manifest or other metadata as articles, so it is not named."""


def _left_out(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Skip]:
    """A Skip for each file of articles of another kind in the folders among `paths`, which went
    without a word: `ingest news/` read news/*.txt alone and said nothing
    of news/2025.jsonl."""
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            continue
        for found in sorted(path.rglob("*")):
            suffix = found.suffix.lower()
            if suffix in READ_WHEN_NAMED and not found.is_dir():
                yield Skip(
                    str(found),
                    f"a {suffix} file in a folder is not read (a folder's articles are its .txt files): "
                    "name the file itself to read it",
                )


def _resolved(path: Path) -> Path | None:
    """The absolute path a file's links lead to; None for a loop of links, which `Path.resolve`
    raises on (RuntimeError before Python 3.13, OSError after)."""
    try:
        return path.resolve()
    except (RuntimeError, OSError):
        return None


def _link_out_of(path: Path, folder: Path | None) -> Skip | None:
    """A Skip for a file found in `folder` that is a symbolic link to a file outside it.

    A folder of articles is often someone else's (an archive, a shared drop folder): a link in it
    to `/etc/shadow` or `~/.ssh/id_rsa` was read as an article and its lines stored, ready for
    any export. A file named on the command line is read wherever it is.
    """
    if folder is None or not path.is_symlink():
        return None
    target = _resolved(path)
    if target is None:
        return Skip(str(path), "a link that leads nowhere (a loop of links)")
    if target.is_relative_to(folder.resolve()):
        return None
    reason = f"a link to {target}, outside the folder {folder}: name the file itself to read it"
    return Skip(str(path), reason)


_TEXT_FIELDS = ("source", "headline", "title", "url", "pub_date")


def _entry(info: _Fields | None, path: Path) -> _Entry | Skip:
    """The manifest entry of a file; a Skip naming the file and the field when a field has the
    wrong type (`"pub_date_estimated": "false"` is not false, `"source": {...}` is no name)."""
    if info is None:
        return _Entry()
    for field in _TEXT_FIELDS:
        value = info.get(field)
        if value is not None and not isinstance(value, str):
            return Skip(str(path), f"manifest field {field!r} must be a string, got {_json_type(value)}")
    estimated = info.get("pub_date_estimated", False)
    if not isinstance(estimated, bool):
        return Skip(
            str(path),
            f"manifest field 'pub_date_estimated' must be true or false, got {_json_type(estimated)}",
        )
    return _Entry(
        source=_text(info, "source") or "",
        title=_text(info, "headline") or _text(info, "title") or "",
        url=_text(info, "url") or "",
        pub_date=_text(info, "pub_date") or None,
        pub_date_estimated=estimated,
    )


def _text(info: _Fields, field: str) -> str | None:
    """A text field of a manifest entry (checked to be a string or absent)."""
    value = info.get(field)
    return value if isinstance(value, str) else None


def _json_type(value: object) -> str:
    """How JSON calls the type of a parsed value, with the value when it is short."""
    names = {
        dict: "an object",
        list: "an array",
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
    }
    shown = repr(value) if not isinstance(value, (dict, list)) else ""
    return f"{names.get(type(value), type(value).__name__)} {shown}".strip()


def load_articles(
    paths: Iterable[str | os.PathLike[str]],
    *,
    manifest: str | os.PathLike[str] | None = None,
    pub_date: str | None = None,
    source: str | None = None,
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> Iterator[Article | Skip]:
    """Articles read from .txt files and folders, in order, with a `Skip` for each file left out.

    `manifest` applies to every file (before any manifest.json found with them); `pub_date`
    (ISO) is the publication date of files no manifest dates; `source` overrides the source
    name. A malformed `pub_date` or manifest raises ArticleError before anything is read.

        >>> for item in load_articles(["seeds"], pub_date="2026-01-30"):   # doctest: +SKIP
        ...     print(item)
    """
    if pub_date is not None:
        try:
            to_reference_date(pub_date, "publication date")
        except ValueError as err:
            raise ArticleError(str(err)) from None
    given = _Manifest.read(Path(manifest)) if manifest is not None else None
    paths = list(paths)
    files = _found_files(paths)
    read = _load(files, given, _manifests(files), pub_date, source, max_bytes)
    return itertools.chain(read, _left_out(paths))


def find_manifests(paths: Iterable[str | os.PathLike[str]]) -> dict[Path, _Manifest | None]:
    """The manifest.json of every folder whose manifest may list one of the files in `paths`
    (see `_folders_above`), by folder (resolved), None where there is none; all read now, so a
    malformed one raises ArticleError before any article is read (and before any is stored).

    >>> manifests = find_manifests([bundled_seeds()])
    >>> [m.entries["000_c1676e3ad24346e7.txt"]["pub_date"] for m in manifests.values() if m]
    ['2026-01-30']
    """
    return _manifests(_found_files(paths))


def _manifests(files: list[tuple[Path, Path | None]]) -> dict[Path, _Manifest | None]:
    found: dict[Path, _Manifest | None] = {}
    for path, walked in files:
        if _link_out_of(path, walked) is not None:
            continue
        target = _resolved(path)
        if target is None:  # a loop of links: skipped when read (`_link_out_of`)
            continue
        for folder in _folders_above(target, walked):
            if folder not in found:
                local = folder / MANIFEST_NAME
                found[folder] = _Manifest.read(local) if local.is_file() else None
    return found


def _folders_above(target: Path, walked: Path | None) -> list[Path]:
    """The folders whose manifest may list `target` (resolved), nearest first: its own, and
    those above it up to the folder `walked` it was found in. A manifest higher up (a home
    folder's) is someone else's; a file named by itself has only its own folder's."""
    root = walked.resolve() if walked is not None else target.parent
    if not target.is_relative_to(root):
        return [target.parent]
    above = [target.parent, *target.parent.parents]
    return above[: above.index(root) + 1]


def _manifest_entry(
    target: Path, walked: Path | None, given: _Manifest | None, found: dict[Path, _Manifest | None]
) -> _Fields | Skip | None:
    """The manifest entry of a file: from `--manifest` first (by path, else by name), else from
    the nearest manifest above it that lists its path, else by name from its own folder's."""
    if given is not None:
        entry = given.listed(target) or given.named(target)
        if entry is not None:
            return entry
    for folder in _folders_above(target, walked):
        manifest = found[folder]
        entry = manifest.listed(target) if manifest is not None else None
        if entry is not None:
            return entry
    own = found[target.parent]
    return own.named(target) if own is not None else None


def _load(
    files: list[tuple[Path, Path | None]],
    given: _Manifest | None,
    found: dict[Path, _Manifest | None],
    pub_date: str | None,
    source: str | None,
    max_bytes: int,
) -> Iterator[Article | Skip]:
    for path, walked in files:
        outside = _link_out_of(path, walked)
        if outside is not None:
            yield outside
            continue
        target = _resolved(path)
        if target is None:
            yield Skip(str(path), "a link that leads nowhere (a loop of links)")
            continue
        info = _manifest_entry(target, walked, given, found)
        entry = Skip(str(path), info.reason) if isinstance(info, Skip) else _entry(info, path)
        if isinstance(entry, Skip):
            yield entry
            continue
        text = read_text(path, max_bytes)
        if isinstance(text, Skip):
            yield text
            continue
        date = entry.pub_date or pub_date
        try:
            yield Article(
                text,
                date,
                source=source if source is not None else entry.source,
                title=entry.title,
                url=entry.url,
                pub_date_estimated=entry.pub_date_estimated,
                infer_pub_date=date is None,
            )
        except ArticleError as err:
            yield Skip(str(path), str(err))
