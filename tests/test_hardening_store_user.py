"""The library used as a careless newsroom user would (harden26): a wrong argument is the
library's own error, saying what was wrong, never a database error."""

from __future__ import annotations

import pytest

from timeline import Article, QueryFilterError, Timeline


@pytest.fixture()
def store() -> Timeline:
    tl = Timeline("sqlite:///:memory:")
    tl.ingest(Article("2025年12月20日，重庆实验室揭牌。", "2025-12-21"))
    return tl


@pytest.mark.parametrize("kind", [["lab"], ("lab",), {"lab"}, 5])
def test_an_entity_type_that_is_no_text_is_refused_by_name(store: Timeline, kind: object) -> None:
    """harden26 (wrong error): `entities(type=["lab"])` (several types, as `milestones(types=...)`
    takes them) reached the database and came back as StoreError 'the query failed: Error binding
    parameter 2', as if the store were broken."""
    with pytest.raises(QueryFilterError, match="entity type must be a str"):
        store.entities(type=kind)  # type: ignore[arg-type]
    assert [e.name for e in store.entities(type="lab")] == ["重庆实验室"]
