"""The fuzzing harness (benchmarks/fuzz.py) under hypothesis with a fixed seed: random and mutated
articles through Article, extraction, the store and every export raise nothing but the library's
own errors. The long run (`python benchmarks/fuzz.py --long`) is outside CI."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("timeline_fuzz", BENCHMARKS / "fuzz.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["timeline_fuzz"] = module
    spec.loader.exec_module(module)
    return module


fuzz = _load()

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
    """The store and the exports run once per batch; a crash there is run again input by input
    and reported with the first input whose events make the export fail."""

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
