"""The annotator-agreement measure (`benchmarks/annotator_agreement.py`): rows of two annotations
are the same clause when their evidence overlaps, agree in full only when date, type, status and
subject agree (each side's accepted alternatives counted), and a clause the other side marked not
a milestone is counted as such."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import annotator_agreement as agreement


def _milestone(evidence: str, **fields: Any) -> dict[str, Any]:
    row = {
        "id": "t-01",
        "kind": "milestone",
        "file": "t.txt",
        "evidence": evidence,
        "type": "opening",
        "accept_types": [],
        "status": "occurred",
        "subject": "重庆实验室",
        "accept_subjects": [],
        "date_start": "2025-01-15",
        "date_end": "2025-01-15",
        "grain": "day",
    }
    row.update(fields)
    return row


def test_overlapping_evidence_is_one_clause_and_width_does_not_matter() -> None:
    assert agreement.same_clause("重庆实验室揭牌成立", "1月15日，重庆实验室揭牌成立")
    assert agreement.same_clause("重庆实验室（二期）揭牌", "重庆实验室(二期)揭牌")
    assert not agreement.same_clause("重庆实验室揭牌成立", "成都工厂投产")


def test_every_field_must_agree_and_alternatives_count_from_either_side() -> None:
    row = _milestone("重庆实验室揭牌成立")
    assert agreement.disagreements(row, _milestone("重庆实验室揭牌")) == []
    assert agreement.disagreements(
        row, _milestone("重庆实验室揭牌", date_end="2025-01-31", grain="month")
    ) == ["date"]
    assert agreement.disagreements(row, _milestone("x", type="founding")) == ["type"]
    assert agreement.disagreements(row, _milestone("x", type="founding", accept_types=["opening"])) == []
    assert agreement.disagreements(row, _milestone("x", status="planned")) == ["status"]
    assert agreement.disagreements(row, _milestone("x", subject="重庆市")) == ["subject"]
    assert (
        agreement.disagreements(row, _milestone("x", subject="重庆市", accept_subjects=["重庆实验室"])) == []
    )


def test_a_side_counts_found_agreed_and_marked_not_a_milestone() -> None:
    first = [
        _milestone("重庆实验室揭牌成立"),
        _milestone("成都工厂正式投产", id="t-02", type="production", subject="成都工厂"),
        _milestone("宜宾项目集中开工", id="t-03", type="construction", subject="宜宾"),
    ]
    second = [
        _milestone("重庆实验室揭牌成立", status="planned"),
        {"id": "u-02", "kind": "not_milestone", "file": "t.txt", "evidence": "成都工厂正式投产"},
    ]
    side = agreement.compare(first, second)
    assert (side.milestones, side.found, side.agreed, side.marked_not) == (3, 1, 0, 1)
    assert side.fields == {"status": 1}
    back = agreement.compare(second, first)
    assert (back.milestones, back.found, back.agreed, back.marked_not) == (1, 1, 0, 0)
