"""Train and evaluate a span ranker that proposes an event's subject itself (name boundaries
included), instead of choosing among the names the rules recognised (`subject_choice.py`).

Question: on text the model was not trained on, does replacing the rules' subject by the best
span of a learned ranker raise the share of emitted events that are fully right without losing
milestones met in full?

Examples: every event the extractor emits whose clause holds a gold milestone's evidence
(`_event_gold.covers`). Its candidates (`candidates`) are every substring of 2-30 characters
of the clause and the clause before it (same sentence) that crosses no clause punctuation and
does not overlap the trigger, within `WINDOW` characters of it; plus the rules' own subject
(its span when the rules' name is written there, else an unplaced candidate). Positive: the
span's text, or the article-level name the extraction gives that surface (`Mention.entity`),
is an accepted subject (`same_name`). Events with no positive candidate are skipped and counted
(the accepted subject is outside the window, or the event is right for no reason of ours).

Features (`span_features`), all general: characters and bigrams at and just outside each
boundary (digits read as 0), the head (the longest name suffix of `vocab.ORG_SUFFIXES` the span
ends with, and its type), whether a suffix follows the span (cut too short), whether it holds a
trigger word of `vocab.TRIGGERS`, a digit, a place name at its start (`vocab` place tables),
length and distance-to-trigger buckets, before/after the trigger, its relation to the rules'
span (the same, longer, shorter, crossing, apart), whether its text recurs elsewhere in the
article, whether the extraction recognised it as a name. Features seen in fewer than
`MIN_ARTICLES` training articles are dropped (no memorised names).

Model: a linear ranker, softmax over an event's candidates (the positives' share maximised),
L2-regularised, fitted with numpy (`pip install ".[bench]"`), full-batch, fixed iterations:
deterministic. Decision: the event takes the best span instead of the rules' subject only when
its score beats the rules' by a margin chosen out of fold on the training data (folds by batch;
the margin with the most events made fully right minus those made wrong).

Evaluation, fixed before the first run: leave one batch out over the batches of 001-323
(`REAL_BATCHES`): train on the others, apply to the held-out batch, score it with the real
scorer (recall in full, precision fully right), per batch and pooled, against the rules alone.
Then train on 001-323 and print figures only for 324-353 (as /work/heldout.py does).

Acceptance, written before the first run: pooled over leave-one-batch-out, precision fully
right up at least 3 points and recall in full not down; on 324-353 not worse on either.

    python benchmarks/subject_span.py             # leave one batch out, then 324-353 (figures)
    python benchmarks/subject_span.py --diagnose [--blind-to-rules]  # out of fold on 001-323
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _event_gold import (
    REAL_BATCHES,
    Corpus,
    accepted_subjects,
    covers,
    mismatches,
    real_corpus,
    same_name,
    score,
)

from timeline._events import vocab
from timeline.events import extract
from timeline.model import Event, EventEntity, Extraction

WINDOW = (30, 15)
"""How far from the trigger (in characters) a candidate span may end before it, or start after it."""
LENGTHS = (2, 30)
MIN_ARTICLES = 3
"""A feature is kept when the training events of at least this many articles show it."""
HARD_BREAKS = frozenset("。！？!?\n\r")
SOFT_BREAKS = frozenset("，,；;：:")
BREAKS = HARD_BREAKS | SOFT_BREAKS | frozenset(" \t\u3000")
MARGINS = (0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 1e9)
DIGITS_AS_ZERO = str.maketrans("0123456789０１２３４５６７８９", "0" * 20)
PLACES = frozenset(
    name
    for table in (vocab.PROVINCES, vocab.CITIES, vocab.DISTRICTS)
    for full, short in table.items()
    for name in (full, *short)
)
PLACE_LENGTHS = sorted({len(p) for p in PLACES}, reverse=True)
SUFFIX_LENGTHS = sorted({len(s) for s in vocab.ORG_SUFFIXES}, reverse=True)
TRIGGER_LENGTHS = sorted({len(t) for t in vocab.TRIGGERS}, reverse=True)
HELD_OUT = (324, 353)


def number(file: str) -> int:
    return int(file[:3])


def batch_of(file: str) -> str:
    return next(name for name, (first, last) in REAL_BATCHES.items() if first <= number(file) <= last)


@dataclass(frozen=True)
class Candidate:
    """A subject the event could take: a span of the text (start == end == -1 for the rules'
    subject when its name is written nowhere near), and the name it would be given."""

    start: int
    end: int
    text: str
    name: str
    type: str
    rules: bool


@dataclass(frozen=True)
class Choice:
    """One event's candidates, their features and labels (empty labels: no milestone)."""

    file: str
    index: int
    candidates: tuple[Candidate, ...]
    features: tuple[tuple[str, ...], ...]
    accepted: tuple[bool, ...]
    rest_right: bool
    """The event is right but for its subject (type, status, date of the milestone it covers)."""


def region(event: Event, text: str) -> tuple[int, int]:
    """The event's clause and the clause before it in the same sentence."""
    start, soft = event.start_char, 0
    while start > 0 and text[start - 1] not in HARD_BREAKS:
        if text[start - 1] in SOFT_BREAKS:
            soft += 1
            if soft == 2:
                break
        start -= 1
    return start, event.end_char


def trigger_span(event: Event, text: str) -> tuple[int, int]:
    at = text.find(event.trigger, event.start_char, event.end_char)
    if at < 0:
        return event.start_char, event.start_char
    return at, at + len(event.trigger)


def _type_of(name: str) -> str:
    for size in SUFFIX_LENGTHS:
        if len(name) > size and name[-size:] in vocab.ORG_SUFFIXES:
            return vocab.ORG_SUFFIXES[name[-size:]]
    return "organisation"


def candidates(event: Event, extraction: Extraction) -> list[Candidate]:
    """Every span of the region near the trigger, and the rules' subject (`Candidate.rules`)."""
    text = extraction.article.text
    lo, hi = region(event, text)
    t0, t1 = trigger_span(event, text)
    by_offsets = {(m.start_char, m.end_char): m.entity for m in extraction.mentions}
    by_surface: dict[str, str] = {}
    for m in extraction.mentions:
        by_surface.setdefault(m.surface, m.entity)
    types = {e.name: e.type for e in extraction.entities}
    subject = event.subject
    rules_at = _rules_span(event, extraction, lo, hi, t0) if subject is not None else None
    result: list[Candidate] = []
    shortest, longest = LENGTHS
    for start in range(max(lo, t0 - WINDOW[0] - longest), min(hi, t1 + WINDOW[1] + 1)):
        for end in range(start + 1, min(hi, start + longest) + 1):
            if text[end - 1] in BREAKS:
                break
            if end - start < shortest or (start < t1 and end > t0):
                continue
            if end <= t0 and t0 - end > WINDOW[0]:
                continue
            if (start, end) == rules_at:
                continue
            span = text[start:end]
            name = by_offsets.get((start, end)) or by_surface.get(span) or span
            result.append(Candidate(start, end, span, name, types.get(name) or _type_of(name), False))
    if subject is not None:
        start, end = rules_at or (-1, -1)
        span = text[start:end] if rules_at else subject.name
        result.append(Candidate(start, end, span, subject.name, subject.type, True))
    return result


def _rules_span(event: Event, extraction: Extraction, lo: int, hi: int, t0: int) -> tuple[int, int] | None:
    """Where the rules' subject is named in the region: its mention nearest the trigger
    (before it first), else its name written there."""
    assert event.subject is not None
    key = same_name(event.subject.name)
    spans = [
        (m.start_char, m.end_char)
        for m in extraction.mentions
        if lo <= m.start_char and m.end_char <= hi and same_name(m.entity) == key
    ]
    at = extraction.article.text.find(event.subject.name, lo, hi)
    if at >= 0:
        spans.append((at, at + len(event.subject.name)))
    if not spans:
        return None
    return min(spans, key=lambda s: (s[1] > t0, abs(t0 - s[1]) if s[1] <= t0 else s[0] - t0))


def _bucket(value: int, edges: Sequence[int]) -> str:
    for edge in edges:
        if value <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def _char(text: str, at: int, lo: int, hi: int) -> str:
    if at < lo or at >= hi:
        return "^" if at < lo else "$"
    char = text[at]
    return "|" if char in BREAKS else char.translate(DIGITS_AS_ZERO)


def _longest_suffix(name: str) -> str:
    for size in SUFFIX_LENGTHS:
        if len(name) > size and name[-size:] in vocab.ORG_SUFFIXES:
            return name[-size:]
    return ""


def _starts_with(text: str, at: int, words: frozenset[str] | dict[str, str], lengths: Iterable[int]) -> str:
    for size in lengths:
        if text[at : at + size] in words:
            return text[at : at + size]
    return ""


def _holds_trigger(span: str) -> bool:
    return any(span[i : i + n] in vocab.TRIGGERS for i in range(len(span)) for n in TRIGGER_LENGTHS)


def span_features(event: Event, candidate: Candidate, rules: Candidate | None, text: str) -> tuple[str, ...]:
    """General features of one candidate subject of an event."""
    span = candidate.text
    suffix = _longest_suffix(span)
    kind = vocab.ORG_SUFFIXES.get(suffix, "none")
    features = [
        "suffix:" + suffix,
        "kind:" + kind,
        "kind_event:" + kind + "/" + event.type,
        "trigger_in:" + str(_holds_trigger(span)),
        "digit:" + str(any(c.isdigit() for c in span)),
        "len:" + _bucket(len(span), (2, 3, 4, 5, 6, 8, 10, 13, 16, 20)),
        "head1:" + span[-1:],
        "head2:" + span[-2:],
        "first1:" + span[:1].translate(DIGITS_AS_ZERO),
        "first2:" + span[:2].translate(DIGITS_AS_ZERO),
        "recurs:" + _bucket(text.count(span) - 1, (0, 1, 3)),
        "named:" + str(candidate.name != span),
    ]
    if candidate.start < 0:
        return (*features, "unplaced", "rules:same")
    lo, hi = region(event, text)
    t0, t1 = trigger_span(event, text)
    start, end = candidate.start, candidate.end
    side = "before" if end <= t0 else "after"
    gap = t0 - end if side == "before" else start - t1
    place = _starts_with(text, start, PLACES, PLACE_LENGTHS)
    after_suffix = _starts_with(text, end, vocab.ORG_SUFFIXES, SUFFIX_LENGTHS)
    relation = _relation(candidate, rules)
    left1, right1 = _char(text, start - 1, lo, hi), _char(text, end, lo, hi)
    left2 = _char(text, start - 2, lo, hi) + left1
    right2 = right1 + _char(text, end + 1, lo, hi)
    features += [
        "side:" + side,
        "gap:" + side + _bucket(gap, (0, 1, 2, 4, 8, 15)),
        "prev_clause:" + str(start < event.start_char),
        "place_start:" + str(bool(place)),
        "place_only:" + str(len(place) == len(span)),
        "suffix_after:" + vocab.ORG_SUFFIXES.get(after_suffix, "none"),
        "rules:" + relation,
        "rules_side:" + relation + "/" + side,
        "rules_kind:" + relation + "/" + kind,
        "left1:" + left1,
        "left2:" + left2,
        "right1:" + right1,
        "right2:" + right2,
        "left_head:" + left1 + "/" + span[-1:],
        "side_head:" + side + "/" + span[-1:],
        "side_kind:" + side + "/" + kind,
        "right_side:" + right1 + "/" + side,
    ]
    return tuple(features)


def _relation(candidate: Candidate, rules: Candidate | None) -> str:
    """How a span stands to the rules' span: the same, longer or shorter on one side, inside,
    around, crossing, apart (or no placed rules' span)."""
    if rules is None or rules.start < 0:
        return "none"
    a, b, c, d = candidate.start, candidate.end, rules.start, rules.end
    if (a, b) == (c, d):
        return "same"
    if b <= c or a >= d:
        return "apart"
    if b == d:
        return "longer_left" if a < c else "shorter_left"
    if a == c:
        return "longer_right" if b > d else "shorter_right"
    if a < c and b > d:
        return "around"
    if a > c and b < d:
        return "inside"
    return "crossing"


def choices(file: str, extraction: Extraction, milestones: list[dict[str, Any]] | None) -> list[Choice]:
    """Every event of an extraction with its candidates; labelled when milestones are given."""
    article = extraction.article
    result = []
    for index, event in enumerate(extraction.events):
        found = candidates(event, extraction)
        rules = next((c for c in found if c.rules), None)
        accepted: tuple[bool, ...] = ()
        rest_right = False
        covering = [m for m in milestones or () if covers(event, article, m["evidence"])]
        if covering:
            best = min(covering, key=lambda m: len(mismatches(event, m)))
            names = accepted_subjects(best)
            accepted = tuple(same_name(c.text) in names or same_name(c.name) in names for c in found)
            rest_right = all(p.startswith("subject") for p in mismatches(event, best))
        features = tuple(span_features(event, c, rules, article.text) for c in found)
        result.append(Choice(file, index, tuple(found), features, accepted, rest_right))
    return result


class Encoded:
    """Every candidate's features as numbers, once: the matrix each training and scoring uses."""

    def __init__(self, items: Sequence[Choice], dropped: tuple[str, ...] = ()) -> None:
        import numpy as np

        self.items = list(items)
        names: dict[str, int] = {}
        files: dict[str, int] = {}
        rows, cols, starts, labels = [], [], [], []
        pairs: set[tuple[int, int]] = set()
        row = 0
        for item in self.items:
            file = files.setdefault(item.file, len(files))
            starts.append(row)
            for index, features in enumerate(item.features):
                for name in features:
                    if dropped and name.startswith(dropped):
                        continue
                    column = names.setdefault(name, len(names))
                    rows.append(row)
                    cols.append(column)
                    pairs.add((column, file))
                labels.append(bool(item.accepted) and item.accepted[index])
                row += 1
        self.names = list(names)
        self.rows, self.cols = np.array(rows), np.array(cols)
        self.starts = np.array(starts)
        self.labels = np.array(labels, dtype=float)
        self.event = np.repeat(np.arange(len(self.items)), np.diff(np.append(self.starts, row)))
        self.size = row
        pair = np.array(sorted(pairs))
        self.pair_feature, self.pair_file = pair[:, 0], pair[:, 1]
        self.file_of = np.array([files[item.file] for item in self.items])

    def scores(self, weights: Any) -> Any:
        """Every candidate's score under a weight vector."""
        import numpy as np

        return np.bincount(self.rows, weights=weights[self.cols], minlength=self.size)


def train(data: Encoded, events: Any, l2: float = 1e-3, steps: int = 60, rate: float = 0.15) -> Any:
    """Weights of a softmax over each chosen event's candidates (`events`: a mask over
    `data.items`; those with no positive candidate are left out), maximising the positives'
    share (Adam, full batch, fixed steps: deterministic). Features of fewer than
    `MIN_ARTICLES` of the chosen events' articles get no weight."""
    import numpy as np

    positive = np.bincount(data.event, weights=data.labels, minlength=len(data.items)) > 0
    events = events & positive
    training_files = np.zeros(data.file_of.max() + 1, dtype=bool)
    training_files[data.file_of[events]] = True
    seen = np.bincount(data.pair_feature[training_files[data.pair_file]], minlength=len(data.names))
    kept = seen >= MIN_ARTICLES
    row_kept = events[data.event]
    entry = row_kept[data.rows] & kept[data.cols]
    renumber = np.cumsum(row_kept) - 1
    r, c = renumber[data.rows[entry]], data.cols[entry]
    rows = int(row_kept.sum())
    y = data.labels[row_kept]
    group = np.cumsum(events) - 1
    group = group[data.event[row_kept]]
    offsets = np.flatnonzero(np.diff(np.append(-1, group)))
    count = len(offsets)
    w = np.zeros(len(data.names))
    m, v = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, steps + 1):
        s = np.bincount(r, weights=w[c], minlength=rows)
        s = s - np.maximum.reduceat(s, offsets)[group]
        e = np.exp(s)
        p = e / np.add.reduceat(e, offsets)[group]
        py = p * y
        q = py / np.add.reduceat(py, offsets)[group]
        grad = np.bincount(c, weights=(p - q)[r], minlength=len(w)) / count + l2 * w * kept
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= rate * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return w * kept


def pick(scores: Sequence[float], item: Choice, margin: float) -> int:
    """The candidate the event takes (-1: none): the best when it beats the rules' by the margin."""
    if not len(scores):
        return -1
    best = max(range(len(scores)), key=lambda i: (scores[i], item.candidates[i].rules, -i))
    rules = next((i for i, c in enumerate(item.candidates) if c.rules), -1)
    if rules < 0 or scores[best] - scores[rules] >= margin:
        return best
    return rules


def _rules_accepted(item: Choice) -> bool:
    return any(a and c.rules for a, c in zip(item.accepted, item.candidates, strict=True))


def gains(data: Encoded, weights: Any, events: Any) -> Counter[float]:
    """Per margin, over the chosen events: those made fully right minus those made wrong
    (only events right but for their subject can change)."""
    result: Counter[float] = Counter({margin: 0 for margin in MARGINS})
    scores = data.scores(weights)
    for index in events.nonzero()[0]:
        item = data.items[index]
        if not item.rest_right:
            continue
        start = data.starts[index]
        mine = scores[start : start + len(item.candidates)]
        was = _rules_accepted(item)
        for margin in MARGINS:
            now_index = pick(mine, item, margin)
            now = now_index >= 0 and item.accepted[now_index]
            result[margin] += now - was
    return result


def chosen_margin(data: Encoded, events: Any, folds: int = 2) -> tuple[float, Counter[float]]:
    """The margin with the most net events fixed, out of fold (folds by batch); ties: the larger."""
    import numpy as np

    batch = np.array([batch_of(item.file) for item in data.items])
    batches = sorted(set(batch[events]))
    total: Counter[float] = Counter({margin: 0 for margin in MARGINS})
    for k in range(folds):
        part = np.isin(batch, batches[k::folds])
        weights = train(data, events & ~part)
        total.update(gains(data, weights, events & part))
    return max(MARGINS, key=lambda m: (total[m], m)), total


def swapped(event: Event, candidate: Candidate) -> Event:
    """The event with the candidate as its subject (the rules' subject left out)."""
    others = tuple(
        r for r in event.entities if r.role != "subject" and same_name(r.name) != same_name(candidate.name)
    )
    subject = EventEntity(candidate.name, candidate.type, "subject")
    return attrs.evolve(event, entities=(subject, *others))


Found = dict[str, tuple[Event, ...]]


def applied(data: Encoded, weights: Any, margin: float, found: Found, events: Any) -> tuple[Found, int]:
    """The events with the subjects the model picks (over the chosen items), and how many changed."""
    result = {file: list(found[file]) for file in found}
    scores = data.scores(weights)
    changed = 0
    for index in events.nonzero()[0]:
        item = data.items[index]
        start = data.starts[index]
        chosen = pick(scores[start : start + len(item.candidates)], item, margin)
        if chosen >= 0 and not item.candidates[chosen].rules:
            event = result[item.file][item.index]
            result[item.file][item.index] = swapped(event, item.candidates[chosen])
            changed += 1
    return {file: tuple(events) for file, events in result.items()}, changed


def corpus_part(files: set[str]) -> Corpus:
    corpus = real_corpus()
    return Corpus(
        "part",
        {f: corpus.articles[f] for f in sorted(files)},
        [m for m in corpus.milestones if m["file"] in files],
        [n for n in corpus.negatives if n["file"] in files],
    )


def figures(found: Found, files: set[str]) -> tuple[int, int, int, int]:
    """(met, milestones, right, extracted) of the events on the files, by the real scorer."""

    part = corpus_part(files)
    result = score(part, {f: Extraction(part.articles[f], found[f], (), ()) for f in files})
    return result.met, result.milestones, result.right, result.extracted


def collect(lo: int, hi: int, labelled: bool) -> tuple[Found, list[Choice]]:
    """The working copy's events on the real articles lo..hi, with their candidates (labelled
    only when asked: the held-out half is never labelled here)."""
    corpus = real_corpus()
    by_file: dict[str, list[dict[str, Any]]] = {}
    for milestone in corpus.milestones:
        by_file.setdefault(milestone["file"], []).append(milestone)
    found: Found = {}
    items: list[Choice] = []
    for file, article in sorted(corpus.articles.items()):
        if not lo <= number(file) <= hi:
            continue
        extraction = extract(article)
        found[file] = extraction.events
        items += choices(file, extraction, by_file.get(file, []) if labelled else None)
    return found, items


def line(name: str, before: tuple[int, int, int, int], after: tuple[int, int, int, int], changed: int) -> str:
    def show(f: tuple[int, int, int, int]) -> str:
        met, total, right, extracted = f
        share = right / max(extracted, 1)
        return f"recall {met / total:.3f} ({met}/{total}) precision {share:.3f} ({right}/{extracted})"

    return f"{name:<9} rules {show(before)}  model {show(after)}  swaps {changed}"


def diagnose(data: Encoded, events: Any, folds: int = 2) -> Counter[tuple[str, bool]]:
    """Out of fold (folds by batch), over the chosen events that are right but for their
    subject and have an accepted candidate: (how the rules' subject stands, whether the model's
    best span is accepted) -> events. The rules' subject is right, wrong at a boundary (an
    accepted span overlaps it), wrong in choice (no accepted span overlaps it), or missing."""
    import numpy as np

    batch = np.array([batch_of(item.file) for item in data.items])
    batches = sorted(set(batch[events]))
    result: Counter[tuple[str, bool]] = Counter()
    for k in range(folds):
        part = events & np.isin(batch, batches[k::folds])
        scores = data.scores(train(data, events & ~part))
        for index in part.nonzero()[0]:
            item = data.items[index]
            if not item.rest_right or not any(item.accepted):
                continue
            start = data.starts[index]
            best = pick(scores[start : start + len(item.candidates)], item, 0.0)
            result[_rules_standing(item), item.accepted[best]] += 1
    return result


def _rules_standing(item: Choice) -> str:
    rules = next((c for c in item.candidates if c.rules), None)
    if rules is None:
        return "missing"
    if _rules_accepted(item):
        return "right"
    accepted = [c for c, a in zip(item.candidates, item.accepted, strict=True) if a]
    overlapping = any(c.start < rules.end and rules.start < c.end for c in accepted if rules.start >= 0)
    return "boundary" if overlapping else "choice"


def main() -> None:
    import numpy as np

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--diagnose", action="store_true", help="out-of-fold detail on 001-323 only")
    parser.add_argument(
        "--blind-to-rules", action="store_true", help="with --diagnose: no feature of the rules' span"
    )
    args = parser.parse_args()
    found, items = collect(1, HELD_OUT[0] - 1, labelled=True)
    if args.diagnose:
        data = Encoded(items, ("rules",) if args.blind_to_rules else ())
        for (standing, fixed), count in sorted(diagnose(data, np.ones(len(items), dtype=bool)).items()):
            print(f"rules' subject {standing:<8} model's best span accepted {fixed!s:<5} {count}")
        return
    labelled = [i for i in items if i.accepted]
    print(
        f"{len(items)} events on 001-{HELD_OUT[0] - 1:03d}, {len(labelled)} on a milestone's clause, "
        f"{sum(any(i.accepted) for i in labelled)} with an accepted subject among their candidates "
        f"({len(labelled) - sum(any(i.accepted) for i in labelled)} outside the window); the rules' subject "
        f"accepted in {sum(_rules_accepted(i) for i in labelled)}"
    )
    held_found, held_items = collect(*HELD_OUT, labelled=False)
    data = Encoded(items + held_items)
    file_number = np.array([number(item.file) for item in data.items])
    read = file_number < HELD_OUT[0]
    pooled_before, pooled_after = (0, 0, 0, 0), (0, 0, 0, 0)
    after_the_fact: Counter[float] = Counter()
    for name, (first, last) in REAL_BATCHES.items():
        if first >= HELD_OUT[0]:
            continue
        batch = (file_number >= first) & (file_number <= last)
        margin, _ = chosen_margin(data, read & ~batch)
        weights = train(data, read & ~batch)
        after_the_fact.update(gains(data, weights, batch))
        files = {f for f in found if first <= number(f) <= last}
        after, changed = applied(data, weights, margin, {f: found[f] for f in files}, batch)
        before_figures, after_figures = figures(found, files), figures(after, files)
        pooled_before = tuple(a + b for a, b in zip(pooled_before, before_figures, strict=True))
        pooled_after = tuple(a + b for a, b in zip(pooled_after, after_figures, strict=True))
        print(line(name, before_figures, after_figures, changed) + f"  margin {margin}", flush=True)
    print(line("pooled", pooled_before, pooled_after, 0))  # type: ignore[arg-type]
    print(f"after the fact (never used to choose), net events fixed per margin: {dict(after_the_fact)}")
    margin, total = chosen_margin(data, read)
    weights = train(data, read)
    print(f"trained on 001-{HELD_OUT[0] - 1:03d}: margin {margin} (out of fold {dict(total)})")
    files = set(held_found)
    after, changed = applied(data, weights, margin, held_found, ~read)
    print(line(f"{HELD_OUT[0]}-{HELD_OUT[1]}", figures(held_found, files), figures(after, files), changed))


if __name__ == "__main__":
    main()
