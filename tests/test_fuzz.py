"""The fuzzing harness (benchmarks/fuzz.py) under hypothesis with a fixed seed: random and mutated
articles through Article, extraction, the store and every export raise nothing but the library's
own errors. The long run (`python benchmarks/fuzz.py --long`) is outside CI."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import ModuleType

import pytest
from benchmark_scripts import load_benchmark
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

fuzz = load_benchmark("fuzz.py", "timeline_fuzz")

FIXED = settings(
    max_examples=80,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module")
def harness() -> Iterator[ModuleType]:
    running = fuzz.Harness()
    yield running
    running.export_all()
    running.close()


@FIXED
@given(rng=st.randoms(use_true_random=False))
def test_random_and_mutated_articles_raise_only_library_errors(harness, rng) -> None:
    text, pub_date = fuzz.make_input(rng)
    harness.check_input(text, pub_date)


_ALPHABET = st.sampled_from(
    [
        *fuzz.CJK,
        *fuzz.DIGITS,
        *fuzz.DATE_WORDS,
        *fuzz.TRIGGERS,
        *fuzz.SUFFIXES,
        *fuzz.PUNCTUATION,
        *fuzz.CONTROL,
        *fuzz.SURROGATES,
        *fuzz.EMOJI,
        *fuzz.OTHER,
    ]
)


@FIXED
@given(pieces=st.lists(_ALPHABET, max_size=80), pub_date=st.dates(), tail=st.text(max_size=20))
def test_generated_token_soups_raise_only_library_errors(harness, pieces, pub_date, tail) -> None:
    harness.check_input("".join(pieces) + tail, pub_date)


def test_the_harness_reports_a_crash(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(article):
        raise RuntimeError("boom")

    monkeypatch.setattr(fuzz.events, "extract", explode)
    assert fuzz.run(3, seed=1) == 1
    assert "CRASH RuntimeError" in capsys.readouterr().out


def test_a_crash_in_a_batch_store_or_export_is_named_by_its_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store and the exports run once per batch; a batch that crashes there is run again by
    halves down to the inputs that fail alone, reported with the first of them."""

    def explode_on_events(found):
        if found:
            raise RuntimeError("export boom")
        return ""

    monkeypatch.setattr(fuzz, "_EXPORTS", (explode_on_events,))
    monkeypatch.setattr(fuzz, "_WARM", True)
    assert fuzz.run(4, seed=0, start=0, batch=4) == 1
    out = capsys.readouterr().out
    crash = next(line for line in out.splitlines() if line.startswith("CRASH RuntimeError"))
    assert "export boom -- input 0: " in crash  # input 0, a seed article mutated, has events
    assert "crashes: 0 " not in out and "together" not in out


def test_a_crash_in_a_worker_is_named_by_its_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two worker processes share the batches; a crash injected into input 7 alone is counted
    once, with input 7's number, and every input is counted."""
    planted = fuzz.input_number(0, 7)
    extract = fuzz.extract_input

    def explode_on_input_7(text, pub_date):
        if (text, pub_date) == planted:
            raise RuntimeError("planted")
        return extract(text, pub_date)

    monkeypatch.setattr(fuzz, "extract_input", explode_on_input_7)
    monkeypatch.setattr(fuzz, "_WARM", True)
    assert fuzz.run(10, seed=0, jobs=2, batch=3) == 1
    out = capsys.readouterr().out
    assert "planted -- input 7: " in out
    assert "inputs: 10 " in out and "crashes: 1 (100000.0 per million)" in out
    assert "stopped early" not in out


def test_a_stopped_run_says_where_to_go_on(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stopped (Ctrl-C, kill) after its first batch, a run counts only the inputs finished, which
    are the first ones, and names the --start that runs the rest."""
    run_chunk = fuzz.run_chunk

    def stop_at_second_batch(seed, first, last):
        if first > 0:
            raise KeyboardInterrupt
        return run_chunk(seed, first, last)

    monkeypatch.setattr(fuzz, "run_chunk", stop_at_second_batch)
    monkeypatch.setattr(fuzz, "_WARM", True)
    assert fuzz.run(6, seed=0, start=0, batch=2, report_every=1) == 0
    out = capsys.readouterr().out
    assert "2 inputs (0 to 1), 0 crashes (0.0 per million)" in out
    assert "inputs: 2 " in out and "stopped early: go on with --start 2 --count 4" in out


def _planted_export(monkeypatch: pytest.MonkeyPatch, crashes: Callable[[set[str]], bool]) -> list[int]:
    """Make the export fail when `crashes` holds for the set of article ids it is given; the
    batches run are listed (as their sizes)."""
    runs: list[int] = []
    store_batch = fuzz.store_batch

    def counted(extractions):
        runs.append(len(extractions))
        return store_batch(extractions)

    def export(found):
        if crashes({source.article_id for event in found for source in event.sources}):
            raise RuntimeError("planted export")
        return ""

    monkeypatch.setattr(fuzz, "store_batch", counted)
    monkeypatch.setattr(fuzz, "_EXPORTS", (export,))
    monkeypatch.setattr(fuzz, "_WARM", True)
    return runs


def _article_id(number: int) -> str:
    extraction = fuzz.extract_input(*fuzz.input_number(0, number))
    assert extraction is not None and extraction.events
    return extraction.article.id


def test_a_crash_of_one_input_in_a_large_batch_is_named_in_a_few_runs(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch of 16 inputs whose input 0 (a seed article with events) crashes the export: named by
    its number, counted once, in at most 1 + 2 * 4 runs of a store (one by one it took as many
    exports of a growing store as the batch has extractions)."""
    culprit = _article_id(0)
    runs = _planted_export(monkeypatch, lambda ids: culprit in ids)
    assert fuzz.run(16, seed=0, start=0, batch=16) == 1
    out = capsys.readouterr().out
    assert "planted export -- input 0: " in out and "crashes: 1 (" in out
    assert 1 < len(runs) <= 1 + 2 * 4 and min(runs) == 1


def test_inputs_that_crash_only_together_are_named_together(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Inputs 0 and 1 crash the export only when both are in the store: the part holding both whose
    halves do not is the crash, named as its inputs together, counted once."""
    both = {_article_id(0), _article_id(1)}
    _planted_export(monkeypatch, lambda ids: both <= ids)
    assert fuzz.run(4, seed=0, start=0, batch=4) == 1
    out = capsys.readouterr().out
    assert "planted export -- inputs 0 to " in out and " together: " in out and "crashes: 1 (" in out
