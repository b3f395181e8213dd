"""A learned clause filter for the event extractor, trained and evaluated on the real corpus.

The question: would a small model of whether an emitted event's clause tells a milestone,
applied after the trigger rules, raise precision on unseen news more than word-list rules do?
This script measures it; the answer so far is no (benchmarks/README.md, "clause_model.py").

Examples, each a clause with a trigger, labelled by the gold (`tests/corpus/real/gold.jsonl`):

- every event the extractor emits: positive when its clause holds the evidence of a milestone
  of its article, whatever its date, type or subject (`--label clause`, the default: the filter
  judges clauses, the other fields are the rules' job), or only when the scorer finds it fully
  right (`--label full`); negative otherwise (the annotation is complete: a clause meeting no
  milestone tells none);
- every other prose clause with a trigger (`triggers.find_trigger`): positive when it holds a
  milestone's evidence (one the rules missed), negative otherwise (one they already leave out),
  so that the model also learns what the rules know.

Features that can carry to unseen text: character 1-3-grams of the clause (digits read as 0,
traditional characters as simplified) and 1-2-grams of the four characters on each side of the
trigger, the trigger and its class, the status, whether the clause is dated by words of its
own, elsewhere or not at all, and buckets of length and position. A feature seen in fewer than
MIN_ARTICLES training articles is left out, so that names are not memorised. A logistic
regression with an L2 penalty is fitted by full-batch gradient descent (numpy, at training time
only; deterministic: the same corpus gives the same weights, whose digest is printed).

Evaluation is by batch, in the order the batches were added: train on 001-089, score the
extractor without the filter and with it at several thresholds on 090-107 and 108-117; then
train on 001-107 and score 108-117. "perfect" is a filter that drops exactly the events whose
clause holds no milestone: the most any clause filter can give.

With `--subject`, the features of the event's subject (named in the clause or taken from
elsewhere, its type) and the extractor's own confidence are added; only emitted events have
them, so the other clauses are left out of training.

    python benchmarks/clause_model.py [--label clause|full] [--subject] [--no-revisions]  # ~20 CPU s
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import resource
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _event_gold import Corpus, _claim, covers, extractions, mismatches, real_corpus, score
from _revisions import RevisionMissing, dump_at_revision

from timeline._events import triggers
from timeline._events.cleanup import PROSE, clean
from timeline._events.script import fold
from timeline._events.sentences import split
from timeline.dates import extract as extract_dates
from timeline.model import Article, Event, Extraction, normalise_text

MIN_ARTICLES = 3
"""A feature must occur in this many training articles to be used."""
PENALTY = 1.0
"""L2 penalty on the weights (not on the bias), per example."""
STEPS = 3000
RATE = 0.5
THRESHOLDS = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5)
SPLITS = (((1, 89), ((90, 107), (108, 117))), ((1, 107), ((108, 117),)))


_WINDOW = 4
"""Characters read on each side of the trigger."""
_DIGITS = str.maketrans("0123456789０１２３４５６７８９", "0" * 20)


def _bucket(value: int, bounds: tuple[int, ...]) -> str:
    return str(next((i for i, bound in enumerate(bounds) if value <= bound), len(bounds)))


def _grams(text: str, prefix: str, sizes: Iterable[int]) -> list[str]:
    return [prefix + text[i : i + n] for n in sizes for i in range(len(text) - n + 1)]


def features(clause: str, sentence: str, trigger: str, type_: str, status: str, dated: str) -> list[str]:
    """The features of one clause with a trigger. `dated` is "own" (a date in the clause),
    "outer" (dated from elsewhere in the sentence or article) or "none"."""
    words = fold(clause).translate(_DIGITS)
    said = fold(sentence).translate(_DIGITS)
    trigger = fold(trigger).translate(_DIGITS)
    at = max(words.find(trigger), 0)
    before = words[max(0, at - _WINDOW) : at]
    after = words[at + len(trigger) : at + len(trigger) + _WINDOW]
    head = said.find(words)
    index = said.count("，", 0, head) + said.count("：", 0, head) if head > 0 else 0
    result = [
        "type:" + type_,
        "status:" + status,
        "type_status:" + type_ + "/" + status,
        "dated:" + dated,
        "dated_status:" + dated + "/" + status,
        "trigger:" + trigger,
        "length:" + _bucket(len(words), (6, 10, 15, 22, 32, 48)),
        "trigger_at:" + _bucket(at, (0, 2, 5, 10, 20)),
        "after_trigger:" + _bucket(len(words) - at - len(trigger), (0, 2, 5, 10, 20)),
        "clause_index:" + _bucket(index, (0, 1, 2, 4)),
        "sentence_length:" + _bucket(len(said), (15, 30, 60, 100)),
        "sentence_head:" + said[:2],
        "before_last:" + before[-1:],
        "after_first:" + after[:1],
    ]
    result += _grams("^" + words + "$", "", (1, 2, 3))
    result += _grams("^" + before, "before:", (1, 2))
    result += _grams(after + "$", "after:", (1, 2))
    return result


@dataclass(frozen=True)
class Model:
    """Weights of the features and the bias."""

    weights: dict[str, float]
    bias: float

    def score(self, names: Iterable[str]) -> float:
        """The probability that the clause tells a milestone (in [0, 1])."""
        total = self.bias + sum(self.weights.get(name, 0.0) for name in names)
        if total < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-total))


def dated(event: Event) -> str:
    """Where the event's date was written: in its clause ("own"), elsewhere ("outer"), nowhere."""
    date = event.date
    if date is None:
        return "none"
    return "own" if event.start_char <= date.start_char < event.end_char else "outer"


def event_features(event: Event, subject: bool = False) -> list[str]:
    """The features of an emitted event; with `subject`, those of its subject and confidence too."""
    names = features(event.summary, event.sentence, event.trigger, event.type, event.status, dated(event))
    if subject:
        told = event.subject
        names += subject_features(
            event.summary,
            None if told is None else told.name,
            None if told is None else told.type,
            event.confidence,
        )
    return names


def subject_features(clause: str, name: str | None, type_: str | None, confidence: float) -> list[str]:
    """Whether the event's subject is named in its clause or taken from elsewhere, its type, and
    the extractor's own confidence (`--subject`: only emitted events have them)."""
    where = "none" if name is None else "in" if fold(name) in fold(clause) else "out"
    return [
        "subject:" + where,
        "subject_type:" + str(type_),
        "subject_where_type:" + where + "/" + str(type_),
        f"confidence:{confidence:.1f}",
    ]


@dataclass(frozen=True)
class Example:
    file: str
    names: tuple[str, ...]
    positive: bool
    emitted: bool
    #: The first batch the rules that gave it had not seen (0 for the working copy's rules).
    unseen_from: int = 0


def batch_of(file: str) -> int:
    return int(file[:3])


def emitted_examples(
    corpus: Corpus, found: dict[str, Extraction], label: str, subject: bool
) -> list[Example]:
    """The emitted events, positive when their clause holds a milestone's evidence (`label`
    "clause") or when the scorer finds them fully right ("full")."""
    result = []
    for file, extraction in sorted(found.items()):
        article = corpus.articles[file]
        mine = [row for row in corpus.milestones if row["file"] == file]
        right = _right_events(extraction.events, article, mine)
        for index, event in enumerate(extraction.events):
            if label == "full":
                positive = index in right
            else:
                positive = any(covers(event, article, row["evidence"]) for row in mine)
            result.append(Example(file, tuple(event_features(event, subject)), positive, True))
    return result


def _right_events(events: tuple[Event, ...], article: Article, milestones: list[dict[str, Any]]) -> set[int]:
    """The indexes of the events the scorer counts as fully right (one per milestone)."""
    claimed: set[int] = set()
    return {i for i, event in enumerate(events) if _claim(event, article, milestones, claimed) is not None}


REVISIONS = (
    ("a2d2e3e", 1),
    ("71b2b9d", 38),
    ("735fe39", 51),
    ("f9d6f5a", 67),
    ("21f0f03", 75),
    ("19eca64", 90),
    ("ff2c808", 108),
)
"""Commits of the extractor just before each batch of the real corpus was added, with that
batch's first number: their events on the batches they had not seen are the kind of errors the
rules make on new text, which the working copy, tuned on every batch, hardly makes any more."""
DUMP_EVENTS = """
import json, sys
from pathlib import Path
from timeline.events import extract
from timeline.model import Article
corpus = Path(sys.argv[1])
for item in json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))["articles"]:
    text = (corpus / item["file"]).read_text(encoding="utf-8")
    for e in extract(Article(text, item["pub_date"])).events:
        date = None if e.date is None else e.date.start_char
        print(json.dumps([item["file"], e.summary, e.sentence, e.trigger, e.type, e.status,
                          e.start_char, e.end_char, date, None if e.subject is None else e.subject.name,
                          None if e.subject is None else e.subject.type, e.confidence], ensure_ascii=False))
"""


def revision_examples(corpus: Corpus, seen: set[tuple[str, ...]], subject: bool) -> list[Example]:
    """The events of the extractor at each of REVISIONS on every article (from the working
    copy's git history, unpacked into a temporary directory), labelled as the working copy's
    are; an event already among `seen` (file, words, type, status, dating) is left out."""
    result = []
    for commit, first in REVISIONS:
        try:
            dumped = dump_at_revision(commit, DUMP_EVENTS)
        except RevisionMissing:
            print(f"revision {commit} left out (not in this checkout's history: a shallow clone?)")
            continue
        for line in dumped.splitlines():
            file, summary, sentence, trigger, type_, status, start, end, date, name, kind, confidence = (
                json.loads(line)
            )
            event = Event(type_, trigger, status, None, summary, sentence, "", start, end)
            where = "none" if date is None else "own" if start <= date < end else "outer"
            key = (file, normalise_text(fold(summary)), type_, status, where)
            if key in seen:
                continue
            seen.add(key)
            positive = holds_milestone(corpus, file, event)
            names = features(summary, sentence, trigger, type_, status, where)
            if subject:
                names += subject_features(summary, name, kind, confidence)
            result.append(Example(file, tuple(names), positive, False, first))
    return result


def clause_examples(corpus: Corpus, found: dict[str, Extraction]) -> list[Example]:
    """Every prose clause with a trigger that no emitted event tells: positive when it holds a
    milestone's evidence (or the evidence holds it), negative otherwise."""
    result = []
    for file in sorted(corpus.articles):
        article = corpus.articles[file]
        told = [normalise_text(fold(event.summary)) for event in found[file].events]
        evidence = [normalise_text(fold(r["evidence"])) for r in corpus.milestones if r["file"] == file]
        for clause, sentence in _clauses(article):
            words = normalise_text(clause)
            if not words or any(words in summary or summary in words for summary in told):
                continue
            trigger = triggers.find_trigger(clause)
            if trigger is None:
                continue
            status = triggers.status(clause, trigger)
            dated = "own" if extract_dates(clause, article.pub_date) else "none"
            if dated == "none" and extract_dates(sentence, article.pub_date):
                dated = "outer"
            names = features(clause, sentence, trigger.surface, trigger.type, status, dated)
            positive = any(needle in words or words in needle for needle in evidence)
            result.append(Example(file, tuple(names), positive, False))
    return result


def _clauses(article: Article) -> list[tuple[str, str]]:
    """Each clause of the article's prose with its sentence, as the extractor splits them."""
    doc = clean(fold(article.text))
    result = []
    for unit in doc.units:
        if unit.kind != PROSE:
            continue
        for sentence in split(doc.text, unit.start, unit.end):
            said = doc.text[sentence.start : sentence.end]
            result.extend((doc.text[start:end], said) for start, end in sentence.clauses)
    return result


def train(examples: list[Example]) -> Model:
    """A logistic regression fitted to the examples (deterministic)."""
    seen: dict[str, set[str]] = {}
    for example in examples:
        for name in set(example.names):
            seen.setdefault(name, set()).add(example.file)
    vocabulary = sorted(name for name, files in seen.items() if len(files) >= MIN_ARTICLES)
    column = {name: i for i, name in enumerate(vocabulary)}
    rows, cols, values = [], [], []
    for i, example in enumerate(examples):
        counts = Counter(name for name in example.names if name in column)
        for name, count in sorted(counts.items()):
            rows.append(i)
            cols.append(column[name])
            values.append(float(count))
    row_at, col_at, value = np.array(rows), np.array(cols), np.array(values)
    labels = np.array([1.0 if e.positive else 0.0 for e in examples])
    weights = np.zeros(len(vocabulary))
    bias = 0.0
    size = len(examples)
    for _ in range(STEPS):
        total = np.bincount(row_at, weights=weights[col_at] * value, minlength=size) + bias
        error = 1.0 / (1.0 + np.exp(-total)) - labels
        gradient = np.bincount(col_at, weights=error[row_at] * value, minlength=len(vocabulary)) / size
        weights -= RATE * (gradient + PENALTY * weights / size)
        bias -= RATE * float(error.mean())
    kept = {name: round(float(w), 4) for name, w in zip(vocabulary, weights, strict=True) if abs(w) >= 1e-3}
    return Model(kept, round(bias, 4))


def leading(model: Model, sign: int, count: int = 15) -> list[str]:
    """The features of the largest weights of one sign, with their weight."""
    ranked = sorted(model.weights.items(), key=lambda item: (-sign * item[1], item[0]))[:count]
    return [f"{name} {weight:+.2f}" for name, weight in ranked]


def digest(model: Model) -> str:
    """A short digest of the weights, to check that training is reproducible."""
    text = json.dumps([model.bias, sorted(model.weights.items())], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def kept_events(found: dict[str, Extraction], keep: Callable[[str, Event], bool]) -> dict[str, Extraction]:
    """The extractions with only the events `keep(file, event)` accepts."""
    return {
        file: Extraction(x.article, tuple(e for e in x.events if keep(file, e)), x.entities, x.mentions)
        for file, x in found.items()
    }


def why_wrong(corpus: Corpus, found: dict[str, Extraction]) -> Counter[str]:
    """The events the scorer counts wrong, by cause: a clause holding no milestone (what a
    clause filter can drop), a second event for a milestone, or the right clause with wrong
    fields (each wrong field counted too)."""
    result: Counter[str] = Counter()
    for file, extraction in found.items():
        article = corpus.articles[file]
        mine = [row for row in corpus.milestones if row["file"] == file]
        right = _right_events(extraction.events, article, mine)
        for index, event in enumerate(extraction.events):
            if index in right:
                continue
            problems = [mismatches(event, row) for row in mine if covers(event, article, row["evidence"])]
            if not problems:
                result["no milestone in its clause"] += 1
            elif not all(problems):
                result["a second event for a milestone"] += 1
            else:
                result["right clause, wrong fields"] += 1
                result.update("wrong " + problem.split()[0] for problem in min(problems, key=len))
    return result


def why_missed(corpus: Corpus, found: dict[str, Extraction]) -> Counter[str]:
    """The milestones not met, by cause: an event on their clause with wrong fields, their clause
    holding a trigger that the rules left out (what a learned model adding events could reach),
    their clause holding no trigger (a gap in the vocabulary), or no single prose clause."""
    result: Counter[str] = Counter()
    met = score(corpus, found)
    for row, _ in met.misses:
        article = corpus.articles[row["file"]]
        if any(covers(event, article, row["evidence"]) for event in found[row["file"]].events):
            result["an event with wrong fields"] += 1
            continue
        needle = normalise_text(fold(row["evidence"]))
        held = [c for c, _ in _clauses(article) if needle in normalise_text(c) or normalise_text(c) in needle]
        if not held:
            result["not in one prose clause"] += 1
        elif triggers.find_trigger(held[0]) is None:
            result["no trigger in its clause"] += 1
        else:
            result["a trigger the rules left out"] += 1
    return result


def holds_milestone(corpus: Corpus, file: str, event: Event) -> bool:
    """True when the event's clause holds the evidence of a milestone of its article."""
    article = corpus.articles[file]
    return any(covers(event, article, row["evidence"]) for row in corpus.milestones if row["file"] == file)


def passes(model: Model, threshold: float, subject: bool, _: str, event: Event) -> bool:
    return model.score(event_features(event, subject)) >= threshold


def part(corpus: Corpus, first: int, last: int) -> Corpus:
    files = sorted(f for f in corpus.articles if first <= batch_of(f) <= last)
    return Corpus(
        f"{first:03d}-{last:03d}",
        {f: corpus.articles[f] for f in files},
        [r for r in corpus.milestones if r["file"] in files],
        [r for r in corpus.negatives if r["file"] in files],
    )


def f1(recall: float, precision: float) -> float:
    return 2 * recall * precision / (recall + precision) if recall + precision else 0.0


def area_under_curve(scored: list[tuple[float, bool]]) -> float:
    """The chance that a positive example scores above a negative one (ties count half)."""
    positives = [s for s, positive in scored if positive]
    negatives = [s for s, positive in scored if not positive]
    if not positives or not negatives:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / len(positives) / len(negatives)


def evaluate(corpus: Corpus, found: dict[str, Extraction], examples: list[Example], subject: bool) -> None:
    """The extractor's figures on the later batches without the filter, with it at each
    threshold, and with a perfect clause filter (every event whose clause holds no milestone
    dropped: the most any clause filter can give)."""
    for (first, last), tests in SPLITS:
        training = [e for e in examples if first <= batch_of(e.file) <= last and e.unseen_from <= last + 1]
        emitted = [e for e in training if e.emitted]
        model = train(training)
        print(
            f"\ntrained on {first:03d}-{last:03d}: {len(training)} examples, "
            f"{sum(e.positive for e in training)} positive (emitted events {len(emitted)}, "
            f"{sum(e.positive for e in emitted)} positive); {len(model.weights)} weights, "
            f"digest {digest(model)}"
        )
        print("  weighing most for:", ", ".join(leading(model, 1)))
        print("  weighing most against:", ", ".join(leading(model, -1)))
        print(
            "  batch    filter     recall         precision      F1     clause AUC / F1 change, 95% interval"
        )
        for test_first, test_last in tests:
            batch = part(corpus, test_first, test_last)
            mine = {f: found[f] for f in batch.articles}
            tested = [e for e in examples if e.emitted and test_first <= batch_of(e.file) <= test_last]
            auc = area_under_curve([(model.score(e.names), e.positive) for e in tested])
            holds = partial(holds_milestone, batch)
            causes = why_wrong(batch, mine)
            print(
                f"  {batch.name}  wrong events without the filter: "
                + ", ".join(f"{cause} {count}" for cause, count in sorted(causes.items()))
            )
            missed = why_missed(batch, mine)
            print(
                f"  {batch.name}  milestones missed without the filter: "
                + ", ".join(f"{cause} {count}" for cause, count in sorted(missed.items()))
            )
            rows: list[tuple[str, dict[str, Extraction]]] = [("none", mine)]
            rows += [
                (f">= {t:.2f}", kept_events(mine, partial(passes, model, t, subject))) for t in THRESHOLDS
            ]
            rows.append(("perfect", kept_events(mine, holds)))
            before = by_article(batch, mine)
            for name, kept in rows:
                result = score(batch, kept)
                clauses = sum(holds(f, e) for f, x in kept.items() for e in x.events)
                low, high = f1_change_interval(before, by_article(batch, kept))
                print(
                    f"  {batch.name}  {name:<9}  {result.recall:.3f} ({result.met:>2}/{result.milestones})  "
                    f"{result.precision:.3f} ({result.right:>2}/{result.extracted:>2})  "
                    f"{f1(result.recall, result.precision):.3f}  "
                    f"{clauses / result.extracted if result.extracted else 0.0:.3f}  "
                    + (f"{auc:.3f}" if name == "none" else f"       {low:+.3f} {high:+.3f}")
                )


def by_article(batch: Corpus, found: dict[str, Extraction]) -> np.ndarray:
    """Per article of the batch: milestones met, milestones, right events, events."""
    rows = []
    for file in sorted(batch.articles):
        one = part(batch, batch_of(file), batch_of(file))
        result = score(one, {file: found[file]})
        rows.append((result.met, result.milestones, result.right, result.extracted))
    return np.array(rows, dtype=float)


def f1_change_interval(before: np.ndarray, after: np.ndarray, draws: int = 2000) -> tuple[float, float]:
    """The 95% interval of the change of F1 when the batch's articles are drawn again with
    replacement (a fixed seed: the same figures on every run)."""
    picks = np.random.default_rng(0).integers(0, len(before), size=(draws, len(before)))

    def scores(table: np.ndarray) -> np.ndarray:
        met, milestones, right, extracted = (table[picks, i].sum(axis=1) for i in range(4))
        recall = met / np.maximum(milestones, 1)
        precision = right / np.maximum(extracted, 1)
        return 2 * recall * precision / np.maximum(recall + precision, 1e-9)

    change = scores(after) - scores(before)
    return float(np.percentile(change, 2.5)), float(np.percentile(change, 97.5))


def _cpu() -> float:
    """CPU seconds of this process and of the extractors it ran for REVISIONS."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--label",
        choices=("clause", "full"),
        default="clause",
        help="an emitted event is positive when its clause holds a milestone (default) or when fully right",
    )
    parser.add_argument(
        "--no-revisions",
        action="store_true",
        help="train on the working copy's events only, not also on those of REVISIONS",
    )
    parser.add_argument(
        "--subject",
        action="store_true",
        help="also the subject's features and the extractor's confidence (emitted events only)",
    )
    args = parser.parse_args()
    started, cpu = time.perf_counter(), _cpu()
    corpus = real_corpus()
    found = extractions(corpus)
    examples = emitted_examples(corpus, found, args.label, args.subject)
    if not args.subject:
        examples += clause_examples(corpus, found)
    if not args.no_revisions:
        seen = {
            (file, normalise_text(fold(e.summary)), e.type, e.status, dated(e))
            for file, x in found.items()
            for e in x.events
        }
        examples += revision_examples(corpus, seen, args.subject)
    print(
        f"{len(examples)} examples ({sum(e.positive for e in examples)} positive), "
        f"{sum(e.emitted for e in examples)} of them emitted events; labels: {args.label}"
    )
    evaluate(corpus, found, examples, args.subject)
    print(f"\n{_cpu() - cpu:.1f} CPU s ({time.perf_counter() - started:.1f} s wall)")


if __name__ == "__main__":
    main()
