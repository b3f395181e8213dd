"""Train and evaluate a learned keep filter of events: measured, not adopted (README).

The question: does a small model deciding, for each event the rules emit, whether to keep it
raise precision on unseen news without losing milestones met in full? Acceptance (set before
the run): trained on 001-203 only, precision on 204-233 up by at least 5 points with recall
(met in full) down by at most 1. It failed (benchmarks/README.md, "event_filter.py").

Examples: every event the extractor emits on an annotated real article (tests/corpus/real),
positive when the scorer (`_event_gold`) counts it fully right (date, type, status, subject;
the first event per milestone), negative otherwise (a wrong field, a duplicate, no milestone).
The working copy's rules were tuned on every batch of the corpus, so on it they make few of the
errors they make on new text; the events of the extractor as it was just before each batch was
added (`REVISIONS`, unpacked with `git archive` and run once, cached in `--cache`) on the
batches it had not seen yet are added, labelled the same way against today's gold.

Features: `_keep_features.py` (general and cheap: trigger, type, status, date, place of the
clause, subject, cue-word classes). Model: a logistic regression (plain Python) over them, a
feature seen in fewer than MIN_ARTICLES training articles left out, fitted by stochastic
gradient descent with an L2 penalty in a fixed order (deterministic). Threshold: chosen on the
training data only, from out-of-fold scores (5 folds by article): the highest at which at most
RIGHT_LOSS of the right events are dropped.

    python benchmarks/event_filter.py --validate   # splits inside 001-203 that copy the test
    python benchmarks/event_filter.py --evaluate [--pool3 /work/pool_evtrig3]   # ~1 CPU min
    python benchmarks/event_filter.py --write model.json   # trained on every article
    python benchmarks/event_filter.py --history   # each revision on the batches added after it
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import _keep_features as keep
from _event_gold import _claim, covers, in_one_clause, real_corpus
from _revisions import DUMP_PRELUDE, dump_at_revision, event_from_row

from timeline.events import extract
from timeline.model import Article, Event

MIN_ARTICLES = 5
"""A feature must occur in this many training articles to be used."""
PENALTY = 1e-3
EPOCHS = 25
RATE = 0.05
FOLDS = 5
RIGHT_LOSS = 0.01
"""The share of right events (out-of-fold, training data) the threshold may drop."""
TEST = (204, 233)

REVISIONS = (
    ("a2d2e3e", 1),
    ("71b2b9d", 38),
    ("735fe39", 51),
    ("f9d6f5a", 67),
    ("21f0f03", 75),
    ("19eca64", 90),
    ("ff2c808", 108),
    ("33c7c25", 118),
    ("139ef35", 138),
    ("b4e4c63", 174),
    ("b9474cb", 204),
)
"""Commits of the extractor just before each batch of the real corpus was added, with that
batch's first number: their events on the batches they had not seen are the errors the rules
make on new text."""

DUMP_EVENTS = (
    DUMP_PRELUDE
    + """
for item in json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))["articles"]:
    text = (corpus / item["file"]).read_text(encoding="utf-8")
    for e in extract(Article(text, item["pub_date"])).events:
        print(json.dumps([item["file"], e.type, e.trigger, e.status, date(e.date), e.summary, e.sentence,
                          e.start_char, e.end_char, [[r.name, r.type, r.role] for r in e.entities],
                          getattr(e, "confidence", 1.0)], ensure_ascii=False))
"""
)

@dataclass(frozen=True)
class Example:
    file: str
    names: tuple[str, ...]
    right: bool
    #: "" for the working copy's events, else the revision's commit.
    revision: str = ""


def number(file: str) -> int:
    return int(file[:3])


def labelled(events: Sequence[Event], article: Article, milestones: list[dict[str, Any]]) -> list[bool]:
    """Which events the scorer counts fully right (the first claiming each milestone)."""
    claimed: set[int] = set()
    return [_claim(event, article, milestones, claimed) is not None for event in events]


def milestones_of(file: str) -> list[dict[str, Any]]:
    return [row for row in real_corpus().milestones if row["file"] == file]


def current_events() -> dict[str, tuple[Event, ...]]:
    return {file: extract(article).events for file, article in real_corpus().articles.items()}


def examples_of(found: dict[str, Sequence[Event]], revision: str = "") -> list[Example]:
    """The events found on each real article as examples, labelled by the scorer (`labelled`)."""
    corpus = real_corpus()
    result = []
    for file in sorted(found):
        article, events = corpus.articles[file], found[file]
        rights = labelled(events, article, milestones_of(file))
        for names, right in zip(keep.article_features(events, article.text), rights, strict=True):
            result.append(Example(file, tuple(names), right, revision))
    return result


def revision_events(commit: str, cache: Path) -> dict[str, tuple[Event, ...]]:
    """The events of the extractor at `commit` on every real article (dumped once into `cache`)."""
    dump = cache / f"events_{commit}.jsonl"
    if not dump.exists():
        dump.write_text(dump_at_revision(commit, DUMP_EVENTS), encoding="utf-8")
    found: dict[str, list[Event]] = {}
    for line in dump.read_text(encoding="utf-8").splitlines():
        file, *row = json.loads(line)
        found.setdefault(file, []).append(event_from_row(row))
    return {file: tuple(events) for file, events in found.items()}


def all_examples(cache: Path) -> tuple[list[Example], dict[str, tuple[Event, ...]]]:
    """The working copy's events (returned too) and each revision's on the batches it had not
    seen, as examples; a revision's event the working copy emits as well is left out."""
    current = current_events()
    examples = examples_of(current)
    for commit, first in REVISIONS:
        found = {f: e for f, e in revision_events(commit, cache).items() if number(f) >= first}
        examples += examples_of(found, commit)
    seen: set[tuple[str, tuple[str, ...]]] = set()
    unique = []
    for example in examples:
        key = (example.file, example.names)
        if key not in seen:
            seen.add(key)
            unique.append(example)
    return unique, current


Learner = Callable[[Sequence[Example]], keep.Model]


def train(examples: Sequence[Example]) -> keep.Model:
    """A logistic regression fitted to the examples, its threshold 0 (set by `fitted`)."""
    used = _usable(examples)
    rows = [([n for n in example.names if n in used], 1.0 if example.right else 0.0) for example in examples]
    order = list(range(len(rows)))
    random.Random(0).shuffle(order)
    weights: dict[str, float] = {}
    bias = 0.0
    for epoch in range(EPOCHS):
        rate = RATE / (1 + epoch * 0.2)
        for index in order:
            names, label = rows[index]
            total = bias + sum(weights.get(n, 0.0) for n in names)
            error = _sigmoid(total) - label
            bias -= rate * error
            for name in names:
                value = weights.get(name, 0.0)
                weights[name] = value - rate * (error + PENALTY * value)
    return keep.Model({n: round(w, 4) for n, w in weights.items() if abs(w) >= 1e-4}, round(bias, 4), 0.0)


def train_bayes(examples: Sequence[Example]) -> keep.Model:
    """Naive Bayes over the features present (add-one smoothing): each weight is the log ratio of
    a feature's share among right and among wrong examples, the bias the log ratio of the counts;
    threshold 0 (set by `fitted`)."""
    used = _usable(examples)
    right = sum(e.right for e in examples)
    wrong = len(examples) - right
    counts: dict[str, list[int]] = {}
    for example in examples:
        for name in set(example.names) & used:
            counts.setdefault(name, [0, 0])[example.right] += 1
    weights = {
        name: round(math.log((n_right + 1) / (right + 2)) - math.log((n_wrong + 1) / (wrong + 2)), 4)
        for name, (n_wrong, n_right) in counts.items()
    }
    return keep.Model(weights, round(math.log(max(right, 1) / max(wrong, 1)), 4), 0.0)


LEARNERS = {"logistic": train, "bayes": train_bayes}


def _usable(examples: Sequence[Example]) -> set[str]:
    """The features seen in at least MIN_ARTICLES articles of the examples."""
    files: dict[str, set[str]] = {}
    for example in examples:
        for name in example.names:
            files.setdefault(name, set()).add(example.file)
    return {name for name, seen in files.items() if len(seen) >= MIN_ARTICLES}


def _sigmoid(value: float) -> float:
    if value < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-value))


def folds(files: Iterable[str], count: int = FOLDS) -> list[set[str]]:
    """The files in `count` folds, by article (every count-th file in sorted order)."""
    ordered = sorted(set(files))
    return [set(ordered[i::count]) for i in range(count)]


def out_of_fold(examples: Sequence[Example], learn: Learner = train) -> list[tuple[float, Example]]:
    """Each example's score by a model trained on the other folds' articles."""
    result = []
    for part in folds(e.file for e in examples):
        model = learn([e for e in examples if e.file not in part])
        result += [(model.score(e.names), e) for e in examples if e.file in part]
    return result


def chosen_threshold(examples: Sequence[Example], learn: Learner = train) -> float:
    """The highest threshold dropping at most RIGHT_LOSS of the right events out of fold."""
    scores = sorted(score for score, e in out_of_fold(examples, learn) if e.right)
    allowed = int(RIGHT_LOSS * len(scores))
    return round(scores[allowed] - 1e-6, 4) if scores else 0.0


def fitted(examples: Sequence[Example], learn: Learner = train) -> keep.Model:
    """A model trained on the examples with the threshold chosen on them (`chosen_threshold`)."""
    return replace(learn(examples), threshold=chosen_threshold(examples, learn))


@dataclass
class Figures:
    milestones: int = 0
    met: int = 0
    extracted: int = 0
    right: int = 0

    def add(self, other: Figures) -> None:
        self.milestones += other.milestones
        self.met += other.met
        self.extracted += other.extracted
        self.right += other.right

    def line(self) -> str:
        recall = self.met / self.milestones if self.milestones else 0.0
        precision = self.right / self.extracted if self.extracted else 0.0
        return (
            f"recall {recall:.3f} ({self.met}/{self.milestones}), "
            f"precision {precision:.3f} ({self.right}/{self.extracted})"
        )


def real_figures(
    found: dict[str, Sequence[Event]], files: Iterable[str], model: keep.Model | None
) -> Figures:
    """Recall (met in full) and precision on the given articles, with the filter when `model`."""
    corpus = real_corpus()
    result = Figures()
    for file in sorted(files):
        article, events = corpus.articles[file], tuple(found[file])
        if model is not None:
            events = filtered(events, article.text, model)
        mine = milestones_of(file)
        result.milestones += len(mine)
        rights = labelled(events, article, mine)
        result.extracted += len(events)
        result.right += sum(rights)
        claimed: set[int] = set()
        for event in events:
            _claim(event, article, mine, claimed)
        result.met += len(claimed)
    return result


def filtered(events: Sequence[Event], text: str, model: keep.Model) -> tuple[Event, ...]:
    return tuple(e for e, k in zip(events, keep.kept(events, text, model), strict=True) if k)


def pool_figures(pool: Path, model: keep.Model | None) -> str:
    """Marks found and met in full (type and status) on a measurement pool, as its measure.py."""
    meta = {r["file"]: r for r in csv.DictReader(open(pool / "meta.tsv", encoding="utf-8"), delimiter="\t")}
    marks = [
        r for r in csv.DictReader(open(pool / "marks.tsv", encoding="utf-8"), delimiter="\t") if r["file"]
    ]
    articles, found = {}, {}
    for file, row in meta.items():
        articles[file] = Article((pool / "pages" / file).read_text(encoding="utf-8"), row["pub_date"])
        events = extract(articles[file]).events
        if model is not None:
            events = filtered(events, articles[file].text, model)
        found[file] = events
    covered, full = 0, 0
    used: dict[str, set[int]] = {file: set() for file in found}
    for row in marks:
        file, types = row["file"], set(row["type"].split("|"))
        assert in_one_clause(articles[file].text, row["evidence"])
        hits = [i for i, e in enumerate(found[file]) if covers(e, articles[file], row["evidence"])]
        used[file].update(hits)
        covered += bool(hits)
        full += any(found[file][i].type in types and found[file][i].status == row["status"] for i in hits)
    events = sum(len(v) for v in found.values())
    extra = sum(len(v) - len(used[f]) for f, v in found.items())
    return f"marks {len(marks)}: found {covered}, full {full}; events {events}, on no marked clause {extra}"


AFTER_THE_FACT = (-3.0, -2.5, -2.0, -1.0, 0.0)
"""Thresholds at which the test batch's figures are printed after the acceptance lines, to tell
a ranking that fails from a threshold that does (chosen from nothing: reported, never used)."""


def evaluate(
    examples: list[Example], current: dict[str, tuple[Event, ...]], pool: Path | None, learn: Learner = train
) -> None:
    """The acceptance test: trained on the articles before TEST (with the threshold chosen there),
    the extractor with and without the filter on TEST and pool 3; then 5-fold cross-validation."""
    first, last = TEST
    test = {f for f in current if first <= number(f) <= last}
    training = [e for e in examples if number(e.file) < first and not _revision_saw_test(e)]
    cpu = time.process_time()
    model = fitted(training, learn)
    print(
        f"trained on 001-{first - 1:03d}: {len(training)} examples ({sum(e.right for e in training)} "
        f"right), {len(model.weights)} weights, threshold {model.threshold} "
        f"({time.process_time() - cpu:.1f} CPU s with the out-of-fold runs)"
    )
    for name, files in ((f"001-{first - 1:03d} (training)", set(current) - test), (f"{first}-{last}", test)):
        print(f"  {name:<20} without {real_figures(current, files, None).line()}")
        print(f"  {'':<20} with    {real_figures(current, files, model).line()}")
    if pool is not None:
        print(f"  pool 3  without {pool_figures(pool, None)}")
        print(f"          with    {pool_figures(pool, model)}")
    scored = examples_of({f: current[f] for f in test})
    print(f"  after the fact, {first}-{last} (area under the curve {_auc(model, scored):.3f}):")
    for threshold in AFTER_THE_FACT:
        figures = real_figures(current, test, replace(model, threshold=threshold))
        print(f"    at {threshold:+.1f} {figures.line()}")
    print("5-fold cross-validation by article over all articles (threshold chosen in each training part):")
    total_without, total_with = Figures(), Figures()
    for index, part in enumerate(folds(current)):
        model = fitted([e for e in examples if e.file not in part], learn)
        without, with_ = real_figures(current, part, None), real_figures(current, part, model)
        print(f"  fold {index + 1} without {without.line()}\n         with    {with_.line()}")
        total_without.add(without)
        total_with.add(with_)
    print(f"  all    without {total_without.line()}\n         with    {total_with.line()}")


def _auc(model: keep.Model, examples: Sequence[Example]) -> float:
    """The chance that a right event scores above a wrong one (ties count half)."""
    right = [model.score(e.names) for e in examples if e.right]
    wrong = [model.score(e.names) for e in examples if not e.right]
    if not right or not wrong:
        return float("nan")
    pairs = sum((r > w) + 0.5 * (r == w) for r in right for w in wrong)
    return pairs / len(right) / len(wrong)


VALIDATION = (("b4e4c63", 174, 203), ("139ef35", 138, 173), ("33c7c25", 118, 137))
"""Splits inside the training data (001-203) that copy the acceptance test: train on the
articles before `first`, filter the events the extractor at `commit` (which had not seen them)
emitted on first-last. Used to choose the features and settings, never TEST."""


def validate(examples: list[Example], cache: Path, learn: Learner = train) -> None:
    """Print, for each split of VALIDATION, a model trained on the articles before it on the
    events of the revision that had not seen them: its AUC, the figures without it and with it."""
    for commit, first, last in VALIDATION:
        training = [e for e in examples if number(e.file) < first]
        model = fitted(training, learn)
        files = {f for f in real_corpus().articles if first <= number(f) <= last}
        found = {f: e for f, e in revision_events(commit, cache).items() if f in files}
        found.update({f: () for f in files - set(found)})
        auc = _auc(model, examples_of(found))
        print(
            f"train 001-{first - 1:03d} ({len(training)} examples, threshold {model.threshold}); "
            f"{commit} on {first}-{last} (area under the curve {auc:.3f}):"
        )
        print(f"  without {real_figures(found, files, None).line()}")
        print(f"  with    {real_figures(found, files, model).line()}")


def history(cache: Path) -> None:
    """Each revision's figures on the batches added right after it (text it had not seen),
    scored against today's gold: how far the rules carried to new text, session after session."""
    for (commit, first), following in zip(REVISIONS, [*REVISIONS[1:], ("", TEST[1] + 1)], strict=True):
        last = following[1] - 1
        files = {f for f in real_corpus().articles if first <= number(f) <= last}
        found = {f: e for f, e in revision_events(commit, cache).items() if f in files}
        found.update({f: () for f in files - set(found)})
        print(f"{commit} on {first:03d}-{last:03d} {real_figures(found, files, None).line()}")


def _revision_saw_test(example: Example) -> bool:
    """A revision's event on the test batch (from the revision just before it was added)."""
    return bool(example.revision) and number(example.file) >= TEST[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--validate", action="store_true", help="the splits inside 001-203 (VALIDATION)")
    parser.add_argument("--evaluate", action="store_true", help="the acceptance test and cross-validation")
    parser.add_argument("--pool3", type=Path, help="the pool 3 directory (its marks.tsv, meta.tsv, pages/)")
    parser.add_argument("--history", action="store_true", help="each revision on the batches after it")
    parser.add_argument("--learner", choices=sorted(LEARNERS), default="logistic")
    parser.add_argument("--write", type=Path, help="train on every article and write the model (JSON) here")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "timeline_event_filter")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    examples, current = all_examples(args.cache)
    print(
        f"{len(examples)} examples, {sum(e.right for e in examples)} right "
        f"({sum(not e.revision for e in examples)} from the working copy)"
    )
    if args.history:
        history(args.cache)
    if args.validate:
        validate(examples, args.cache, LEARNERS[args.learner])
    if args.evaluate:
        evaluate(examples, current, args.pool3, LEARNERS[args.learner])
    if args.write:
        model = fitted(examples, LEARNERS[args.learner])
        text = json.dumps(model.to_dict(), ensure_ascii=False, indent=0)
        args.write.write_text(text + "\n", encoding="utf-8")
        print(f"wrote {args.write}: {len(model.weights)} weights, threshold {model.threshold}")


if __name__ == "__main__":
    main()
