"""Hand-annotated event corpora and how extracted events are scored against them.

Two corpora share one shape of expectation (a *milestone*: `file`, `evidence` — a verbatim
snippet of the milestone's clause —, `type` with optional `accept_types`, `date_start`/`date_end`
(null when the text gives no date), `status`, `subject` with `accept_subjects`):

- `seeds`: the five seed articles (`seeds/`, expectations in `tests/corpus/seed_events.json`).
  They were used while the extractor was written: development-set figures.
- `real`: real news pages nobody on the project wrote (`tests/corpus/real/`, gold in
  `gold.jsonl`, conventions in its README).

Scores:

- recall: share of milestones met in full — an extracted event whose clause contains the
  evidence and has an accepted type, the same status, the same date interval and an accepted
  subject; `found`: share whose evidence lies in some extracted event's clause at all;
- precision: share of extracted events that meet a milestone in full, each milestone claimed by
  one event only (a second event for the same milestone is a duplicate, hence wrong).

Texts are compared after `normalise_text` (NFKC, whitespace removed); subjects also with
traditional characters read as simplified (the extractor names an entity once, in simplified
characters, whichever script the article is in; its mentions keep the original).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from timeline._events.cleanup import flatten
from timeline._events.script import fold
from timeline.events import extract
from timeline.model import Article, Event, Extraction, normalise_text

ROOT = Path(__file__).resolve().parent.parent
REAL_DIR = ROOT / "tests" / "corpus" / "real"
SEEDS_DIR = ROOT / "seeds"
SEED_EXPECTATIONS = ROOT / "tests" / "corpus" / "seed_events.json"
CLAUSE_BREAKS = frozenset(normalise_text("，。；！？"))
"""Clause-ending punctuation as it reads after `normalise_text`."""


@dataclass(frozen=True)
class Corpus:
    """Articles by file name, and the milestones and non-milestones annotated in them."""

    name: str
    articles: dict[str, Article]
    milestones: list[dict[str, Any]]
    negatives: list[dict[str, Any]]


@dataclass
class Score:
    """The figures of one corpus, with what went wrong, for reports."""

    corpus: str
    milestones: int = 0
    met: int = 0
    found: int = 0
    extracted: int = 0
    right: int = 0
    wrong_fields: Counter[str] = field(default_factory=Counter)
    misses: list[tuple[dict[str, Any], list[str]]] = field(default_factory=list)
    wrong_events: list[tuple[str, Event]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.met / self.milestones if self.milestones else 0.0

    @property
    def found_share(self) -> float:
        return self.found / self.milestones if self.milestones else 0.0

    @property
    def precision(self) -> float:
        return self.right / self.extracted if self.extracted else 0.0

    def line(self) -> str:
        return (
            f"{self.corpus:<6} recall {self.recall:.3f} ({self.met}/{self.milestones}), "
            f"found at all {self.found_share:.3f} ({self.found}/{self.milestones}), "
            f"precision {self.precision:.3f} ({self.right}/{self.extracted})"
        )


REAL_BATCHES = {
    "001-037": (1, 37),
    "038-050": (38, 50),
    "051-066": (51, 66),
    "067-074": (67, 74),
    "075-089": (75, 89),
    "090-107": (90, 107),
    "108-117": (108, 117),
    "118-127": (118, 127),
    "128-137": (128, 137),
    "138-149": (138, 149),
    "150-161": (150, 161),
    "162-173": (162, 173),
    "174-188": (174, 188),
    "189-203": (189, 203),
    "204-218": (204, 218),
    "219-233": (219, 233),
    "234-248": (234, 248),
    "249-263": (249, 263),
    "264-278": (264, 278),
    "279-293": (279, 293),
    "294-308": (294, 308),
    "309-323": (309, 323),
    "324-338": (324, 338),
    "339-353": (339, 353),
    "354-368": (354, 368),
    "369-383": (369, 383),
    "384-398": (384, 398),
    "399-413": (399, 413),
    "414-428": (414, 428),
    "429-443": (429, 443),
    "444-458": (444, 458),
    "459-473": (459, 473),
    "474-488": (474, 488),
    "489-503": (489, 503),
    "504-518": (504, 518),
    "519-533": (519, 533),
    "534-548": (534, 548),
    "549-563": (549, 563),
}
"""The real articles by the batch they were added in (first and last number). Each batch was
annotated before the extractor was run on it, so a later batch was unseen text when it came: its
figures, next to the earlier ones', show how far the extractor generalises."""


@cache
def real_corpus() -> Corpus:
    manifest = json.loads((REAL_DIR / "manifest.json").read_text(encoding="utf-8"))
    articles = {
        item["file"]: Article(
            (REAL_DIR / item["file"]).read_text(encoding="utf-8"),
            item["pub_date"],
            source=item["outlet"],
            url=item["url"],
            pub_date_estimated=item["date_basis"] == "text",
        )
        for item in manifest["articles"]
    }
    lines = (REAL_DIR / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line]
    return Corpus(
        "real",
        articles,
        [row for row in rows if row["kind"] == "milestone"],
        [row for row in rows if row["kind"] == "not_milestone"],
    )


@cache
def seed_corpus() -> Corpus:
    manifest = json.loads((SEEDS_DIR / "manifest.json").read_text(encoding="utf-8"))
    articles = {
        item["file"]: Article(
            (SEEDS_DIR / item["file"]).read_text(encoding="utf-8"),
            item["pub_date"],
            source=item["source"],
            title=item["headline"],
            pub_date_estimated=item["pub_date_estimated"],
        )
        for item in manifest["articles"]
    }
    expectations = json.loads(SEED_EXPECTATIONS.read_text(encoding="utf-8"))
    return Corpus("seeds", articles, expectations["events"], expectations["negatives"])


def batch_scores(corpus: Corpus, found: dict[str, Extraction] | None = None) -> list[Score]:
    """Scores of the real corpus's batches (`REAL_BATCHES`), one per batch."""
    found = extractions(corpus) if found is None else found
    scores = []
    for name, (first, last) in REAL_BATCHES.items():
        files = {file for file in corpus.articles if first <= int(file[:3]) <= last}
        part = Corpus(
            name,
            {file: corpus.articles[file] for file in sorted(files)},
            [row for row in corpus.milestones if row["file"] in files],
            [row for row in corpus.negatives if row["file"] in files],
        )
        scores.append(score(part, {file: found[file] for file in files}))
    return scores


def extractions(corpus: Corpus) -> dict[str, Extraction]:
    return {name: extract(article) for name, article in corpus.articles.items()}


def clause_texts(event: Event, article: Article) -> tuple[str, str]:
    """The event's clause as its offsets give it and as its summary gives it, normalised and
    without pinyin readings (as names are compared: `same_name`)."""
    clause = article.text[event.start_char : event.end_char]
    return normalise_text(flatten(clause)), normalise_text(flatten(event.summary))


def covers(event: Event, article: Article, evidence: str) -> bool:
    """True when the evidence lies in the event's clause; a pinyin reading the evidence ends
    with (開工建設(shè)) is no part of what it quotes, so an event ending at the character
    covers it."""
    needle = normalise_text(flatten(evidence))
    return any(needle in clause for clause in clause_texts(event, article))


def in_one_clause(text: str, evidence: str) -> bool:
    """True when the evidence occurs in the text without spanning a clause break."""
    flat, needle = normalise_text(text), normalise_text(evidence)
    start = flat.find(needle)
    while start != -1:
        if not CLAUSE_BREAKS.intersection(flat[start : start + len(needle)]):
            return True
        start = flat.find(needle, start + 1)
    return False


def interval(event: Event) -> tuple[dt.date | None, dt.date | None]:
    return (None, None) if event.date is None else (event.date.start, event.date.end)


def expected_interval(milestone: dict[str, Any]) -> tuple[dt.date | None, dt.date | None]:
    start, end = milestone["date_start"], milestone["date_end"]
    return (dt.date.fromisoformat(start) if start else None, dt.date.fromisoformat(end) if end else None)


def same_name(name: str) -> str:
    """A name as the scorer compares it: normalised, traditional characters read as simplified
    (the extractor names one entity once whichever script an article uses) and without the
    pinyin readings some reposts print after characters (沈北新區(qū)), which are no part of it."""
    return fold(flatten(normalise_text(name)))


def accepted_subjects(milestone: dict[str, Any]) -> set[str]:
    return {same_name(name) for name in [milestone["subject"], *milestone.get("accept_subjects", [])]}


def mismatches(event: Event, milestone: dict[str, Any]) -> list[str]:
    """The fields in which an event differs from a milestone (empty when fully right)."""
    problems = []
    if event.type not in {milestone["type"], *milestone.get("accept_types", [])}:
        problems.append(f"type {event.type!r} != {milestone['type']!r}")
    if event.status != milestone["status"]:
        problems.append(f"status {event.status!r} != {milestone['status']!r}")
    if interval(event) != expected_interval(milestone):
        got, want = interval(event), expected_interval(milestone)
        problems.append(f"date {_show(got)} != {_show(want)}")
    subject = event.subject
    if subject is None or same_name(subject.name) not in accepted_subjects(milestone):
        name = None if subject is None else subject.name
        problems.append(f"subject {name!r} not in {milestone['subject']!r}+")
    return problems


def _show(span: tuple[dt.date | None, dt.date | None]) -> str:
    start, end = span
    if start is None:
        return "None"
    return start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat() if end else ''}"


def score(corpus: Corpus, found: dict[str, Extraction] | None = None) -> Score:
    """Recall, found-at-all and precision of the extractor (or of given extractions) on a corpus."""
    found = extractions(corpus) if found is None else found
    result = Score(corpus.name)
    by_file: dict[str, list[dict[str, Any]]] = {}
    for milestone in corpus.milestones:
        by_file.setdefault(milestone["file"], []).append(milestone)
    for name, article in corpus.articles.items():
        events = found[name].events
        mine = by_file.get(name, [])
        for milestone in mine:
            result.milestones += 1
            covering = [event for event in events if covers(event, article, milestone["evidence"])]
            problems = [mismatches(event, milestone) for event in covering]
            if covering:
                result.found += 1
            if any(not item for item in problems):
                result.met += 1
            elif problems:
                closest = min(problems, key=len)
                result.wrong_fields.update(problem.split()[0] for problem in closest)
                result.misses.append((milestone, closest))
            else:
                result.wrong_fields["clause not found"] += 1
                result.misses.append((milestone, ["clause not found"]))
        claimed: set[int] = set()
        for event in events:
            result.extracted += 1
            match = _claim(event, article, mine, claimed)
            if match is None:
                result.wrong_events.append((name, event))
            else:
                result.right += 1
    return result


def _claim(
    event: Event, article: Article, milestones: Iterable[dict[str, Any]], claimed: set[int]
) -> dict[str, Any] | None:
    for index, milestone in enumerate(milestones):
        if index in claimed:
            continue
        if covers(event, article, milestone["evidence"]) and not mismatches(event, milestone):
            claimed.add(index)
            return milestone
    return None
