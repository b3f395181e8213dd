"""The event extractor on the five seed articles, against hand-checked expectations.

`tests/corpus/seed_events.json` was annotated from `shared/spec/events.md` and
`shared/spec/dates.md` by reading the articles, not the extractor's output. It holds:

- `events`: milestones the extractor must find. One is found when an extracted event's clause
  (`article.text[start_char:end_char]`, or its summary) contains the evidence and the event has
  the expected type, status, date interval (None when the expectation is null) and subject.
- `negatives`: substrings (statistics, proposals, captions, headlines, bylines) that no event's
  clause may contain or overlap.
- `entities`: entities the extractor must list, with their type, `以下简称` aliases and, for
  people, their affiliation.

An expectation or a negative with an `xfail` reason is one the extractor does not meet yet (strict
xfail).

Texts are compared after `normalise_text` (NFKC, whitespace removed), because article 004 breaks
words across lines. The recall test prints recall and precision over all seeds and asserts the
issue's recall target.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from typing import Any

import pytest
from event_gold import GOLD

from timeline.model import ENTITY_TYPES, EVENT_TYPES, STATUSES, Extraction, normalise_text

SEED = GOLD.seed_corpus()
EXPECTATIONS = json.loads(GOLD.SEED_EXPECTATIONS.read_text(encoding="utf-8"))
EXPECTED_EVENTS: list[dict[str, Any]] = EXPECTATIONS["events"]
NEGATIVES: list[dict[str, Any]] = EXPECTATIONS["negatives"]
EXPECTED_ENTITIES: list[dict[str, Any]] = EXPECTATIONS["entities"]
RECALL_TARGET = 0.85
#: 8 until session 11, when 000's 已进入开工筹备阶段 became a negative (preparatory work, README
#: convention works stages) and left 000 with 7.
MIN_EVENTS_PER_ARTICLE = 7
MIN_NEGATIVES = 12
MIN_ENTITIES = 15


def _ids(items: list[dict[str, Any]]) -> list[str]:
    return [item["id"] for item in items]


def _with_known_failures(items: list[dict[str, Any]]) -> list[Any]:
    """Expectations with an `xfail` reason become strict xfails (they must fail until fixed)."""
    return [
        pytest.param(item, marks=pytest.mark.xfail(strict=True, reason=item["xfail"]))
        if "xfail" in item
        else item
        for item in items
    ]


@cache
def _extraction(name: str) -> Extraction:
    from timeline import events

    return events.extract(SEED.articles[name])


def _occurrences(text: str, evidence: str) -> list[tuple[int, int]]:
    """Where the evidence is written in the raw text, line breaks and spaces allowed between characters."""
    pattern = r"\s*".join(re.escape(char) for char in re.sub(r"\s+", "", evidence))
    return [(match.start(), match.end()) for match in re.finditer(pattern, text)]


# --- the annotation itself: checkable without the extractor -------------------------------------


def test_annotation_is_well_formed() -> None:
    all_ids = _ids(EXPECTED_EVENTS) + _ids(NEGATIVES) + _ids(EXPECTED_ENTITIES)
    duplicated = [name for name, count in Counter(all_ids).items() if count > 1]
    assert not duplicated, f"duplicate ids: {duplicated}"
    for expected in EXPECTED_EVENTS:
        where = expected["id"]
        assert expected["file"] in SEED.articles, where
        assert expected["type"] in EVENT_TYPES, where
        assert expected["status"] in STATUSES, where
        assert expected["subject"], where
        start, end = GOLD.expected_interval(expected)
        assert (start is None) == (end is None), f"{where}: date_start and date_end go together"
        if start is not None and end is not None:
            assert start <= end, where
            assert expected["grain"], f"{where}: a dated event names its grain"
    for expected in EXPECTED_ENTITIES:
        assert expected["file"] in SEED.articles, expected["id"]
        assert expected["type"] in ENTITY_TYPES, expected["id"]
        if "affiliation" in expected:
            assert expected["type"] == "person", f"{expected['id']}: only people carry an affiliation"


def test_annotation_covers_every_article() -> None:
    per_article = Counter(expected["file"] for expected in EXPECTED_EVENTS)
    thin = {name: per_article[name] for name in SEED.articles if per_article[name] < MIN_EVENTS_PER_ARTICLE}
    assert not thin, f"articles with fewer than {MIN_EVENTS_PER_ARTICLE} expected events: {thin}"
    assert len(NEGATIVES) >= MIN_NEGATIVES
    assert len(EXPECTED_ENTITIES) >= MIN_ENTITIES


@pytest.mark.parametrize("expected", EXPECTED_EVENTS, ids=_ids(EXPECTED_EVENTS))
def test_event_evidence_lies_in_one_clause(expected: dict[str, Any]) -> None:
    text = SEED.articles[expected["file"]].text
    assert GOLD.in_one_clause(text, expected["evidence"]), (
        f"{expected['evidence']!r} is not inside one clause of {expected['file']}"
    )


@pytest.mark.parametrize("negative", NEGATIVES, ids=_ids(NEGATIVES))
def test_negative_evidence_is_in_the_article(negative: dict[str, Any]) -> None:
    assert _occurrences(SEED.articles[negative["file"]].text, negative["evidence"]), negative["evidence"]


@pytest.mark.parametrize("expected", EXPECTED_ENTITIES, ids=_ids(EXPECTED_ENTITIES))
def test_entity_names_are_in_the_article(expected: dict[str, Any]) -> None:
    text = normalise_text(SEED.articles[expected["file"]].text)
    for name in [expected["name"], *expected["aliases"]]:
        assert normalise_text(name) in text, f"{name!r} is not written in {expected['file']}"


# --- the extractor against the annotation -------------------------------------------------------


@pytest.mark.parametrize("expected", _with_known_failures(EXPECTED_EVENTS), ids=_ids(EXPECTED_EVENTS))
def test_expected_event_is_extracted(expected: dict[str, Any]) -> None:
    article = SEED.articles[expected["file"]]
    candidates = [
        event
        for event in _extraction(expected["file"]).events
        if GOLD.covers(event, article, expected["evidence"])
    ]
    assert candidates, f"no extracted event's clause contains {expected['evidence']!r}"
    report = [(event.type, event.trigger, GOLD.mismatches(event, expected)) for event in candidates]
    assert any(not problems for _, _, problems in report), (
        f"events covering {expected['evidence']!r} differ from the expectation: {report}"
    )


@pytest.mark.parametrize("negative", _with_known_failures(NEGATIVES), ids=_ids(NEGATIVES))
def test_non_event_yields_no_event(negative: dict[str, Any]) -> None:
    """No event's clause contains the non-event or overlaps where it is written."""
    article = SEED.articles[negative["file"]]
    spans = _occurrences(article.text, negative["evidence"])
    offending = [
        f"{event.type}/{event.trigger}: {event.summary}"
        for event in _extraction(negative["file"]).events
        if GOLD.covers(event, article, negative["evidence"])
        or any(event.start_char < end and start < event.end_char for start, end in spans)
    ]
    assert not offending, f"{negative['evidence']!r} ({negative['why']}) became an event: {offending}"


@pytest.mark.parametrize("expected", EXPECTED_ENTITIES, ids=_ids(EXPECTED_ENTITIES))
def test_expected_entity_is_found(expected: dict[str, Any]) -> None:
    names = {normalise_text(name) for name in [expected["name"], *expected.get("accept_names", [])]}
    found = [
        entity for entity in _extraction(expected["file"]).entities if normalise_text(entity.name) in names
    ]
    assert found, f"no entity named {sorted(names)}"
    types = {expected["type"], *expected.get("accept_types", [])}
    right_type = [entity for entity in found if entity.type in types]
    assert right_type, f"types found: {[entity.type for entity in found]}, expected one of {sorted(types)}"
    entity = right_type[0]
    aliases = {normalise_text(alias) for alias in entity.aliases}
    missing = [alias for alias in expected["aliases"] if normalise_text(alias) not in aliases]
    assert not missing, f"aliases missing: {missing} (found {list(entity.aliases)})"
    if "affiliation" in expected:
        affiliation = normalise_text(entity.affiliation or "")
        assert any(normalise_text(part) in affiliation for part in expected["affiliation"]), (
            f"affiliation {entity.affiliation!r} names none of {expected['affiliation']}"
        )


def test_recall_and_precision_on_seeds() -> None:
    """Recall: expectations met in full. Precision (reported only): events that meet one, each
    expectation claimed by one event only (scored as the event benchmark scores).

    Also prints, for expectations whose clause was found but not met, which fields were wrong.
    """
    score = GOLD.score(SEED, {name: _extraction(name) for name in SEED.articles})
    print(
        f"\nseed events: recall {score.recall:.3f} ({score.met}/{score.milestones}), "
        f"precision {score.precision:.3f} "
        f"({score.right}/{score.extracted} extracted events match an expectation), "
        f"misses by field: {dict(score.wrong_fields)}"
    )
    assert score.milestones == len(EXPECTED_EVENTS)
    assert score.recall >= RECALL_TARGET, f"recall {score.recall:.3f} is below the target {RECALL_TARGET}"
