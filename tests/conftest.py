"""Shared fixtures: `store_url` (SQLite file, and PostgreSQL when TIMELINE_TEST_PG_URL names a
server) and `build`, which makes hand-written Extractions so store tests do not depend on
extraction quality.

Without TIMELINE_TEST_PG_URL the PostgreSQL tests (the `store_url[postgresql]` variants and
tests marked `postgresql`) are left out at collection and named in one summary line, rather
than one SKIPPED line each. On CI (CI=true) a missing TIMELINE_TEST_PG_URL fails them instead,
so the PostgreSQL path can never silently go untested.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import uuid
from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, settings

from timeline.dates import TimeExpr
from timeline.model import Article, Entity, Event, EventEntity, Extraction, Mention

PG_URL_VARIABLE = "TIMELINE_TEST_PG_URL"
_LEFT_OUT: dict[str, int] = {}
"""Why tests were left out at collection -> how many, for the one-line summary."""


def _on_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


# On CI the property tests draw the same examples every run (a fixed seed, no example database),
# so that a red run is reproducible; elsewhere they explore anew each time. Neither profile has a
# deadline and none fails because drawing examples was slow: the machines are shared, and speed is
# a benchmark's business, not a failure.
_UNTIMED = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile("ci", derandomize=True, database=None, **_UNTIMED)
settings.register_profile("dev", **_UNTIMED)
settings.load_profile("ci" if _on_ci() else "dev")


def _needs_postgres(item: pytest.Item) -> bool:
    callspec = getattr(item, "callspec", None)
    by_fixture = callspec is not None and callspec.params.get("store_url") == "postgresql"
    return by_fixture or item.get_closest_marker("postgresql") is not None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave the PostgreSQL tests out when no server is named (never on CI)."""
    if os.environ.get(PG_URL_VARIABLE) or _on_ci():
        return
    left_out = [item for item in items if _needs_postgres(item)]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if not _needs_postgres(item)]
        _LEFT_OUT[f"PostgreSQL tests: set {PG_URL_VARIABLE} to a server to run them"] = len(left_out)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for reason, count in _LEFT_OUT.items():
        terminalreporter.write_line(f"not run: {count} {reason}", yellow=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: os.PathLike[str]) -> Iterator[str]:
    """A URL of an empty database: an SQLite file, or a fresh schema of the test PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{os.path.join(os.fspath(tmp_path), 'store.db')}"
        return
    yield from _postgres_schema_url()


def _postgres_schema_url() -> Iterator[str]:
    base = os.environ.get(PG_URL_VARIABLE)
    if not base:
        if _on_ci():
            pytest.fail(f"CI=true but {PG_URL_VARIABLE} is not set: the PostgreSQL tests must run on CI")
        pytest.skip(f"set {PG_URL_VARIABLE} to run the PostgreSQL variant")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def run_at_once(runs: list[tuple[Callable[..., None], tuple[object, ...]]]) -> None:
    """Run each (target, args) in a process of its own, all at once, each given a queue for the
    errors it reports as its first argument; fail when one reports one or does not exit cleanly."""
    context = multiprocessing.get_context("spawn")
    errors = context.Queue()
    processes = [context.Process(target=target, args=(errors, *args)) for target, args in runs]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=600)
    found = []
    while not errors.empty():
        found.append(errors.get())
    assert found == []
    assert [process.exitcode for process in processes] == [0] * len(processes)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


class Builder:
    """Hand-built articles, events and extractions with the fields the store reads."""

    def article(self, text: str, pub_date: str = "2026-01-30", **fields: object) -> Article:
        fields.setdefault("source", "测试日报")
        return Article(text, pub_date, **fields)  # type: ignore[arg-type]

    def date(self, value: str, start: str, end: str, grain: str, text: str | None = None) -> TimeExpr:
        """A TimeExpr as the date engine would give it (offsets are not read by the store)."""
        surface = text or value
        return TimeExpr(surface, 0, len(surface), day(start), day(end), grain, value)

    def event(
        self,
        article: Article,
        summary: str,
        *,
        subject: tuple[str, str] | None = ("重庆实验室", "lab"),
        type: str = "opening",
        status: str = "occurred",
        date: TimeExpr | None = None,
        others: tuple[EventEntity, ...] = (),
        confidence: float = 0.9,
    ) -> Event:
        """An event whose clause is the whole article text, with `subject` as its subject entity."""
        links = ((EventEntity(subject[0], subject[1], "subject"),) if subject else ()) + others
        return Event(
            type=type,
            trigger=summary[-2:],
            status=status,
            date=date,
            summary=summary,
            sentence=article.text,
            article_id=article.id,
            start_char=0,
            end_char=len(article.text),
            entities=links,
            confidence=confidence,
        )

    def extraction(
        self, article: Article, *events: Event, entities: tuple[Entity, ...] = (), mentions: int = 0
    ) -> Extraction:
        """The extraction of `article`: its events, entities, and `mentions` mentions of each entity."""
        found = tuple(
            Mention(entity.name, entity.name, article.id, 0, len(entity.name))
            for entity in entities
            for _ in range(mentions)
        )
        return Extraction(article, tuple(events), entities, found)


@pytest.fixture
def build() -> Builder:
    return Builder()
