"""The subject-choice experiment (`benchmarks/subject_choice.py`): candidates are the names the
extraction recognises in an event's clause plus the rules' subject, their features carry no
names, a swap makes the candidate the subject, and the margin guards the rules' choice."""

from __future__ import annotations

import sys
from pathlib import Path

from timeline.events import Article, Event, extract

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import _keep_features as keep
import subject_choice

TEXT = "2024年3月5日，重庆大学与长安汽车签署战略合作协议。"


def _event_and_candidates() -> tuple[Event, list[subject_choice.Candidate]]:
    extraction = extract(Article(TEXT, "2024-03-06"))
    (event,) = extraction.events
    return event, subject_choice.candidates(event, extraction)


def test_candidates_are_the_names_of_the_clause_with_the_rules_subject() -> None:
    event, found = _event_and_candidates()
    names = [c.name for c in found]
    assert names[:2] == ["重庆大学", "长安汽车"]
    features = subject_choice.candidate_features(event, found[1], found, TEXT)
    assert "left:与" in features and "side:before" in features
    assert not any("长安" in name for name in features)


def test_a_swap_makes_the_candidate_the_subject() -> None:
    event, found = _event_and_candidates()
    other = next(c for c in found if c.name == "长安汽车")
    changed = subject_choice.swapped(event, other)
    assert changed.subject is not None and changed.subject.name == "长安汽车"
    assert [r.name for r in changed.entities].count("长安汽车") == 1


def test_the_margin_keeps_the_rules_choice_unless_beaten_by_it() -> None:
    model = keep.Model({"good": 2.0}, 0.0, 0.0)
    item = subject_choice.Choice("001", 0, (), (("plain",), ("good",)), (False, True), 0)
    assert subject_choice.pick(model, item, 1.0) == 1
    assert subject_choice.pick(model, item, 3.0) == 0
