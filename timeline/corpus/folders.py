"""Articles from text files: folders of .txt, a manifest with publication dates.

A manifest is a JSON file like `seeds/manifest.json`:
`{"articles": [{"file", "source", "headline", "pub_date", "pub_date_estimated"}, ...]}`.
A `manifest.json` inside a folder (or next to a file) is used automatically. Each file's
publication date comes from its manifest entry, else from `pub_date`, else it is inferred from
the text and flagged as estimated.
"""

from __future__ import annotations

import json
import os
import sysconfig
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import cast

import attrs

from timeline.corpus.encoding import read_bytes, read_text
from timeline.corpus.skip import Skip
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

    An installed copy lives in `<prefix>/share/timeline/seeds`; a source checkout uses `seeds/`
    next to the package.

        >>> (bundled_seeds() / "manifest.json").is_file()
        True
    """
    candidates = [
        Path(sysconfig.get_path("data")) / "share" / "timeline" / "seeds",
        Path(__file__).resolve().parents[2] / "seeds",
    ]
    for folder in candidates:
        if (folder / MANIFEST_NAME).is_file():
            return folder
    looked = ", ".join(map(str, candidates))
    raise ArticleError(f"the bundled sample articles are missing; looked in {looked}")


def read_manifest(path: str | os.PathLike[str]) -> dict[str, _Fields]:
    """The manifest at `path` as {file name: entry}; raises ArticleError when it is not a manifest.

    >>> entries = read_manifest(bundled_seeds() / "manifest.json")
    >>> entries["000_c1676e3ad24346e7.txt"]["pub_date"]
    '2026-01-30'
    """
    data = read_bytes(Path(path), MAX_MANIFEST_BYTES)
    if isinstance(data, str):
        raise ArticleError(f"cannot read manifest {path}: {data}")
    try:
        document = cast(object, json.loads(data.decode("utf-8-sig")))
    except ValueError as err:  # not UTF-8, not JSON, or an integer of over 4,300 digits
        raise ArticleError(f"manifest {path} is not valid UTF-8 JSON: {err}") from None
    except RecursionError:
        raise ArticleError(f"manifest {path} is JSON nested too deeply") from None
    listed = _fields(document).get("articles")
    articles = [_fields(entry) for entry in listed] if isinstance(listed, list) else []
    if not isinstance(listed, list) or not all(isinstance(a.get("file"), str) for a in articles):
        raise ArticleError(f'manifest {path} must be {{"articles": [{{"file": ..., "pub_date": ...}}, ...]}}')
    by_name: dict[str, _Fields] = {}
    for entry in articles:
        name = Path(str(entry["file"])).name
        other = by_name.setdefault(name, entry)
        if other != entry:  # the last one won: a file took another file's date without a word
            raise ArticleError(
                f"manifest {path} has two different entries for files named {name!r} ({other['file']!r} "
                f"and {entry['file']!r}); files are matched by name: give each its own manifest"
            )
    return by_name


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
            # with its reason when read, not left out without a word
            files.extend((p, path) for p in sorted(path.rglob("*" + ARTICLE_SUFFIX)) if not p.is_dir())
        elif path.exists():
            files.append((path, None))
        else:
            raise ArticleError(f"no such file or folder: {path}")
    return files


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

    `manifest` applies to every file (besides any manifest.json found next to them); `pub_date`
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
    given = read_manifest(manifest) if manifest is not None else {}
    files = _found_files(paths)
    found = local_manifests(path for path, walked in files if _link_out_of(path, walked) is None)
    return _load(files, given, found, pub_date, source, max_bytes)


def local_manifests(files: Iterable[Path]) -> dict[Path, dict[str, _Fields]]:
    """The manifest.json next to each of these files, by folder, all read now: a malformed one
    raises ArticleError before any article is read (and before any is stored).

    >>> manifests = local_manifests(sorted(bundled_seeds().glob("*.txt")))
    >>> [entries["000_c1676e3ad24346e7.txt"]["pub_date"] for entries in manifests.values()]
    ['2026-01-30']
    """
    found: dict[Path, dict[str, _Fields]] = {}
    for path in files:
        target = _resolved(path)
        if target is None:  # a loop of links: skipped when read (`_link_out_of`)
            continue
        folder = target.parent
        if folder not in found:
            local = folder / MANIFEST_NAME
            found[folder] = read_manifest(local) if local.is_file() else {}
    return found


def _load(
    files: list[tuple[Path, Path | None]],
    given: dict[str, _Fields],
    found: dict[Path, dict[str, _Fields]],
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
        info = given.get(path.name) or found[target.parent].get(path.name)
        entry = _entry(info, path)
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
