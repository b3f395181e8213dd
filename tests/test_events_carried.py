"""The subject carried from clause to clause (`_events.carried.Carried`): the latest one named,
read back only as far as needed, without recursion."""

from __future__ import annotations

import pytest
from event_gold import GOLD

from timeline._events import carried, milestones
from timeline._events.carried import Carried
from timeline.events import extract
from timeline.model import EventEntity

_LAB = EventEntity("重庆实验室", "lab", "subject")
_PARK = EventEntity("两江协同创新区", "park", "subject")


def test_the_latest_subject_named_is_carried() -> None:
    chain = Carried(_LAB)
    chain = Carried(lambda: None, chain)
    assert chain.get() == _LAB
    assert Carried(_PARK, chain).get() == _PARK
    assert Carried(None).get() is None


def test_subjects_before_the_latest_named_are_not_read() -> None:
    asked: list[str] = []

    def named(entity: EventEntity | None, label: str) -> Carried:
        def read() -> EventEntity | None:
            asked.append(label)
            return entity

        return Carried(read, chain)

    chain = Carried(None)
    chain = named(_LAB, "first")
    chain = named(_PARK, "second")
    chain = named(None, "third")
    assert chain.get() == _PARK
    assert asked == ["third", "second"]
    assert chain.get() == _PARK  # remembered: nothing read again
    assert asked == ["third", "second"]


def test_a_long_chain_is_read_without_recursion() -> None:
    """A run-on sentence of many clauses naming nothing: one walk back, then remembered."""
    chain = Carried(_LAB)
    for _ in range(200_000):
        chain = Carried(lambda: None, chain)
    assert chain.get() == _LAB


def test_or_else_is_this_subject_else_the_other_read_when_asked() -> None:
    asked: list[str] = []

    def read(entity: EventEntity | None) -> Carried:
        return Carried(lambda: asked.append(entity.name if entity else "") or entity)

    either = read(None).or_else(read(_PARK))
    assert asked == []
    assert either.get() == _PARK
    assert Carried(_LAB).or_else(Carried(_PARK)).get() == _LAB
    assert Carried(None).or_else(Carried(None)).get() is None


def test_or_else_nested_deep_reads_without_deep_recursion() -> None:
    """Clauses that each wrap the subject before them (or_else) past the recursion limit: the
    wrapped one is read once LAZY_DEPTH are nested, so reading back stays shallow."""
    chain = Carried(lambda: None, Carried(_LAB))
    for _ in range(5_000):
        chain = chain.or_else(Carried(None))
    assert chain.depth() <= carried.LAZY_DEPTH + 1
    assert chain.get() == _LAB


def test_subjects_read_when_asked_give_the_same_events_read_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The subject a clause with a trigger may take from before it (`Carried.or_else`), read only
    when the clause names none of its own, gives the same extraction as when read at once (a
    depth of 0 reads each as it is wrapped): on the seeds and the real corpus."""
    articles = [*GOLD.seed_corpus().articles.values(), *GOLD.real_corpus().articles.values()]
    lazily = [extract(article) for article in articles]
    monkeypatch.setattr(carried, "LAZY_DEPTH", 0)
    assert [extract(article) for article in articles] == lazily


def test_phrases_kept_aside_give_the_same_events_read_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The subject phrases of clauses without a milestone, kept aside until an event carries one on
    (`Milestones.pending_named`), give the same extraction as when each is read at once (a reach
    of 0 reads every one as it is kept): on the seeds and the real corpus."""
    articles = [*GOLD.seed_corpus().articles.values(), *GOLD.real_corpus().articles.values()]
    lazily = [extract(article) for article in articles]
    monkeypatch.setattr(milestones, "UNREAD_REACH", 0)
    assert [extract(article) for article in articles] == lazily


def test_quiet_sentences_read_apart_give_the_same_events(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence none of whose clauses can tell a milestone (`milestones._quiet`) is read
    without the steps only a milestone needs; walked clause by clause like every other sentence
    it gives the same extraction: on the seeds and the real corpus."""
    articles = [*GOLD.seed_corpus().articles.values(), *GOLD.real_corpus().articles.values()]
    apart = [extract(article) for article in articles]
    monkeypatch.setattr(milestones, "_quiet", lambda text, clauses: False)
    assert [extract(article) for article in articles] == apart


def test_a_clause_placed_at_a_meeting_is_never_quiet() -> None:
    """在…上 holds no trigger word, yet may tell a meeting held (`ceremonies.meeting_held`)."""
    text = "在第十届全国人民代表大会上"
    assert not milestones._quiet(text, [(0, len(text))])
    assert milestones._quiet("天气晴朗", [(0, 4)])
