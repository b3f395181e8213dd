"""Train and evaluate a learned choice among an event's subject candidates: measured, not
adopted (benchmarks/README.md, "subject_choice.py").

Of the events the extractor emitted wrong on batches it had not seen (`event_filter.py`'s
revisions, on 118-203), about half have a wrong subject on a milestone's clause, and in half of
those an accepted subject is written in the clause itself. The question: does a model choosing,
among the names recognised in an event's clause and the rules' own subject, the one to take,
raise precision and recall on unseen news?

Examples: each candidate of an event whose clause holds a milestone's evidence (the names the
extractor's mentions give inside the clause, and the rules' subject), positive when it is an
accepted subject of that milestone. Features (`candidate_features`): general and cheap: the
candidate's type and the event's, whether the rules chose it, where it stands (before or after
the trigger, how far, how many names lie between), the characters around it, its length and
head character. Model: `event_filter.train`'s logistic regression over them. The event takes
the best-scored candidate when it beats the rules' subject by at least a margin chosen on the
training data only (out of fold: the margin with the most events fixed minus twice those
broken). Acceptance (set before the run, as for the keep filter): trained on 001-203, on
204-233 precision up at least 5 points and recall (met in full) down at most 1.

    python benchmarks/subject_choice.py [--evaluate]   # the splits of 001-203; then 204-233
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import _keep_features as keep
import event_filter
from _event_gold import accepted_subjects, covers, mismatches, real_corpus, same_name
from _revisions import DUMP_PRELUDE, dump_at_revision, event_from_row

from timeline.events import extract
from timeline.model import Event, EventEntity, Extraction

MARGINS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0)

DUMP = (
    DUMP_PRELUDE
    + """
for item in json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))["articles"]:
    text = (corpus / item["file"]).read_text(encoding="utf-8")
    x = extract(Article(text, item["pub_date"]))
    types = {e.name: e.type for e in x.entities}
    for e in x.events:
        cands = [[m.entity, types.get(m.entity, ""), m.start_char, m.end_char] for m in x.mentions
                 if m.start_char >= e.start_char and m.end_char <= e.end_char]
        print(json.dumps([item["file"], e.type, e.trigger, e.status, date(e.date), e.summary, e.sentence,
                          e.start_char, e.end_char, [[r.name, r.type, r.role] for r in e.entities],
                          getattr(e, "confidence", 1.0), cands], ensure_ascii=False))
"""
)


@dataclass(frozen=True)
class Candidate:
    name: str
    type: str
    start: int
    end: int


def candidates(event: Event, extraction: Extraction) -> list[Candidate]:
    """The names the extraction's mentions give inside the event's clause (the first mention of
    each), and the rules' subject (where it is named in the clause, else at the clause's start)."""
    types = {e.name: e.type for e in extraction.entities}
    return _unique(
        event,
        [
            Candidate(m.entity, types.get(m.entity, ""), m.start_char, m.end_char)
            for m in extraction.mentions
            if m.start_char >= event.start_char and m.end_char <= event.end_char
        ],
    )


def _unique(event: Event, found: Iterable[Candidate]) -> list[Candidate]:
    result: dict[str, Candidate] = {}
    for candidate in sorted(found, key=lambda c: (c.start, -c.end)):
        result.setdefault(same_name(candidate.name), candidate)
    subject = event.subject
    if subject is not None and same_name(subject.name) not in result:
        at = event.start_char
        result[same_name(subject.name)] = Candidate(subject.name, subject.type, at, at)
    return list(result.values())


def candidate_features(
    event: Event, candidate: Candidate, others: Sequence[Candidate], text: str
) -> list[str]:
    """General features of one candidate subject of an event."""
    trigger_at = event.start_char + max(event.summary.find(event.trigger), 0)
    chosen = event.subject is not None and same_name(event.subject.name) == same_name(candidate.name)
    before = candidate.end <= trigger_at
    side = "before" if before else "after"
    gap = trigger_at - candidate.end if before else candidate.start - trigger_at
    between = sum(1 for o in others if before and candidate.end <= o.start < trigger_at)
    rank = sum(1 for o in others if o.start < candidate.start)
    left = text[candidate.start - 1 : candidate.start] if candidate.start > event.start_char else "^"
    right = text[candidate.end : candidate.end + 1] if candidate.end < event.end_char else "$"
    kind = candidate.type or "none"
    return [
        "chosen:" + str(chosen),
        "kind:" + kind,
        "kind_event:" + kind + "/" + event.type,
        "chosen_kind:" + str(chosen) + "/" + kind,
        "side:" + side,
        "side_kind:" + side + "/" + kind,
        "gap:" + side + keep._bucket(gap, (0, 1, 3, 8, 15, 30)),
        "between:" + keep._bucket(between, (0, 1, 2)),
        "rank:" + keep._bucket(rank, (0, 1, 2)),
        "first:" + str(rank == 0),
        "left:" + left.translate(keep.DIGITS_AS_ZERO),
        "right:" + right.translate(keep.DIGITS_AS_ZERO),
        "length:" + keep._bucket(len(candidate.name), (2, 4, 6, 10, 16)),
        "head:" + candidate.name[-1:],
        "candidates:" + keep._bucket(len(others), (1, 2, 3, 5)),
        "type_side:" + event.type + "/" + side,
    ]


@dataclass(frozen=True)
class Choice:
    """One event's candidates with their features and labels."""

    file: str
    index: int
    candidates: tuple[Candidate, ...]
    names: tuple[tuple[str, ...], ...]
    accepted: tuple[bool, ...]
    chosen: int


def choices(file: str, events: Sequence[Event], cands: Sequence[list[Candidate]]) -> list[Choice]:
    """The events of an article with two candidates or more, labelled by the milestone their
    clause holds (none accepted when it holds none)."""
    corpus = real_corpus()
    article = corpus.articles[file]
    mine = event_filter.milestones_of(file)
    result = []
    for index, (event, found) in enumerate(zip(events, cands, strict=True)):
        if len(found) < 2:
            continue
        covering = [m for m in mine if covers(event, article, m["evidence"])]
        accepted: set[str] = set()
        if covering:
            best = min(covering, key=lambda m: len(mismatches(event, m)))
            accepted = accepted_subjects(best)
        subject = same_name(event.subject.name) if event.subject else None
        chosen = next((i for i, c in enumerate(found) if same_name(c.name) == subject), -1)
        result.append(
            Choice(
                file,
                index,
                tuple(found),
                tuple(tuple(candidate_features(event, c, found, article.text)) for c in found),
                tuple(same_name(c.name) in accepted for c in found),
                chosen,
            )
        )
    return result


def swapped(event: Event, candidate: Candidate) -> Event:
    """The event with the candidate as its subject (the rules' subject left out)."""
    others = tuple(
        r for r in event.entities if r.role != "subject" and same_name(r.name) != same_name(candidate.name)
    )
    subject = EventEntity(candidate.name, candidate.type or "organisation", "subject")
    return attrs.evolve(event, entities=(subject, *others))


Found = dict[str, tuple[Event, ...]]
Candidates = dict[str, list[list[Candidate]]]


def revision(commit: str, cache: Path) -> tuple[Found, Candidates]:
    """The events and candidates of the extractor at `commit` on every real article (cached)."""
    dump = cache / f"candidates_{commit}.jsonl"
    if not dump.exists():
        dump.write_text(dump_at_revision(commit, DUMP), encoding="utf-8")
    events: dict[str, list[Event]] = {}
    cands: dict[str, list[list[Candidate]]] = {}
    for line in dump.read_text(encoding="utf-8").splitlines():
        file, *row, found = json.loads(line)
        event = event_from_row(row)
        events.setdefault(file, []).append(event)
        cands.setdefault(file, []).append(_unique(event, (Candidate(*c) for c in found)))
    return {f: tuple(e) for f, e in events.items()}, cands


def train(items: Sequence[Choice]) -> keep.Model:
    """`event_filter.train` over every candidate of the choices, positive when accepted."""
    examples = [
        event_filter.Example(item.file, names, label)
        for item in items
        for names, label in zip(item.names, item.accepted, strict=True)
    ]
    return event_filter.train(examples)


def pick(model: keep.Model, item: Choice, margin: float) -> int:
    """The candidate the event takes: the best-scored one when it beats the rules' by the margin."""
    scores = [model.score(names) for names in item.names]
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    if item.chosen < 0:
        return best if scores[best] >= margin else -1
    return best if scores[best] - scores[item.chosen] >= margin else item.chosen


def chosen_margin(items: Sequence[Choice]) -> float:
    """The margin with the most events fixed minus twice those broken, out of fold."""
    gain = dict.fromkeys(MARGINS, 0)
    for part in event_filter.folds(item.file for item in items):
        model = train([i for i in items if i.file not in part])
        for item in (i for i in items if i.file in part):
            was = item.chosen >= 0 and item.accepted[item.chosen]
            for margin in MARGINS:
                now_index = pick(model, item, margin)
                now = now_index >= 0 and item.accepted[now_index]
                gain[margin] += (now and not was) - 2 * (was and not now)
    return max(MARGINS, key=lambda m: (gain[m], m))


def applied(model: keep.Model, margin: float, found: Found, cands: Candidates) -> Found:
    """The events with the subjects the model picks."""
    result = {}
    for file, events in found.items():
        events = list(events)
        for item in choices(file, events, cands[file]):
            index = pick(model, item, margin)
            if index >= 0 and index != item.chosen:
                events[item.index] = swapped(events[item.index], item.candidates[index])
        result[file] = tuple(events)
    return result


def working_copy() -> tuple[Found, Candidates]:
    """The events and candidates of the working copy's extractor on every real article."""
    found, cands = {}, {}
    for file, article in real_corpus().articles.items():
        extraction = extract(article)
        found[file] = extraction.events
        cands[file] = [candidates(e, extraction) for e in extraction.events]
    return found, cands


def all_choices(cache: Path) -> tuple[list[Choice], tuple[Found, Candidates]]:
    """The working copy's events with 2+ candidates, and each revision's on the batches it had
    not seen (one of each set of features per article)."""
    current = working_copy()
    items = [c for f in sorted(current[0]) for c in choices(f, current[0][f], current[1][f])]
    seen = {(c.file, c.names) for c in items}
    for commit, first in event_filter.REVISIONS:
        found, cands = revision(commit, cache)
        for file in sorted(found):
            if event_filter.number(file) < first:
                continue
            for item in choices(file, found[file], cands[file]):
                if (item.file, item.names) not in seen:
                    seen.add((item.file, item.names))
                    items.append(item)
    return items, current


def figures(found: Found, files: set[str]) -> str:
    return event_filter.real_figures(found, files, None).line()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--evaluate", action="store_true", help="the acceptance test (204-233)")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "timeline_event_filter")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    items, (found, cands) = all_choices(args.cache)
    accepted = sum(any(i.accepted) for i in items)
    print(f"{len(items)} events with 2+ candidates, {accepted} with an accepted one")
    for commit, first, last in event_filter.VALIDATION:
        training = [i for i in items if event_filter.number(i.file) < first]
        model, margin = train(training), chosen_margin(training)
        rev_found, rev_cands = revision(commit, args.cache)
        files = {f for f in real_corpus().articles if first <= event_filter.number(f) <= last}
        rev_found = {f: rev_found.get(f, ()) for f in files}
        rev_cands = {f: rev_cands.get(f, []) for f in files}
        print(f"train 001-{first - 1:03d} (margin {margin}); {commit} on {first}-{last}:")
        print(f"  without {figures(rev_found, files)}")
        print(f"  with    {figures(applied(model, margin, rev_found, rev_cands), files)}")
    if args.evaluate:
        first, last = event_filter.TEST
        training = [i for i in items if event_filter.number(i.file) < first]
        model, margin = train(training), chosen_margin(training)
        files = {f for f in found if first <= event_filter.number(f) <= last}
        print(f"trained on 001-{first - 1:03d} (margin {margin}):")
        print(f"  {first}-{last} without {figures(found, files)}")
        print(f"  {'':7} with    {figures(applied(model, margin, found, cands), files)}")


if __name__ == "__main__":
    main()
