"""The learned keep filter's experiment (`benchmarks/event_filter.py`, features in
`benchmarks/_keep_features.py`): features are general (no names of the article), training is
deterministic and learns what its examples say, the model's file round-trips, folds are by
article."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from timeline.events import Article, extract

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import _keep_features as keep
import event_filter

MILESTONE = "重庆信息与智慧医学研究院于2024年1月1日正式揭牌。"


def _features(text: str) -> list[list[str]]:
    events = extract(Article(text, "2024-01-02")).events
    return keep.article_features(events, text)


def test_features_are_general_and_deterministic() -> None:
    first = _features(MILESTONE)
    assert first == _features(MILESTONE)
    (names,) = first
    expected = {"type:opening", "status:occurred", "date:clause", "date_grain:day", "subject_where:clause"}
    assert expected <= set(names)
    assert not any("研究院" in name for name in names)  # the subject's kind and head, never its name
    assert "subject_head:院" in names
    (dated_before,) = _features("2024年1月1日，重庆信息与智慧医学研究院正式揭牌。")
    assert "date:sentence" in dated_before  # the date opens the sentence, before the clause


def test_a_repeated_event_is_marked() -> None:
    text = "1月6日，重庆实验室正式揭牌。1月6日，重庆实验室正式揭牌运行。"
    names = _features(text)
    assert names and not any(n.startswith("repeat:") for n in names[0])
    assert all("repeat:type_subject" in later for later in names[1:])


def _example(file: str, right: bool, *names: str) -> event_filter.Example:
    return event_filter.Example(file, ("type:opening", *names), right)


TRAINING = [
    *(_example(f"{i:03d}", True, "subject:lab", "date:clause") for i in range(12)),
    *(_example(f"{i:03d}", False, "subject:none", "cue:count") for i in range(12)),
]


def test_training_is_deterministic_and_learns_its_examples() -> None:
    model = event_filter.train(TRAINING)
    assert model == event_filter.train(TRAINING)
    milestone = model.score(("type:opening", "subject:lab", "date:clause"))
    non_event = model.score(("type:opening", "subject:none", "cue:count"))
    assert milestone > 0 > non_event


def test_naive_bayes_learns_its_examples_too() -> None:
    model = event_filter.train_bayes(TRAINING)
    assert model == event_filter.train_bayes(TRAINING)
    assert model.score(("type:opening", "subject:lab", "date:clause")) > 0
    assert model.score(("type:opening", "subject:none", "cue:count")) < 0
    assert model.weights["type:opening"] == 0.0  # in every example: tells nothing


def test_a_feature_of_too_few_articles_is_left_out() -> None:
    rare = [*TRAINING, _example("000", False, "subject:lab", "rare:名字")]
    assert "rare:名字" not in event_filter.train(rare).weights


def test_the_threshold_keeps_nearly_every_right_event_out_of_fold() -> None:
    model = event_filter.fitted(TRAINING)
    right = [e for e in TRAINING if e.right]
    assert all(model.score(e.names) >= model.threshold for e in right[1:])
    kept = [model.score(e.names) >= model.threshold for e in TRAINING if not e.right]
    assert not any(kept)


def test_the_model_round_trips_and_a_bad_file_is_refused() -> None:
    model = event_filter.train(TRAINING)
    assert keep.Model.from_dict(model.to_dict()) == model
    with pytest.raises(ValueError, match="keep weights"):
        keep.Model.from_dict({"bias": "0", "threshold": 0.0, "weights": {}})


def test_folds_are_by_article_and_cover_every_article() -> None:
    files = [f"{i:03d}" for i in range(1, 24)]
    parts = event_filter.folds(files * 2)
    assert len(parts) == event_filter.FOLDS
    assert sorted(f for part in parts for f in part) == files
