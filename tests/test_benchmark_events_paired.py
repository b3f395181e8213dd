"""The paired speed benchmark (`benchmarks/events_paired.py`) compares like with like: the other
checkout's package, imported under another name beside this one, extracts what this one does
when the code is the same, and its CPU times are summed apart from this one's."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from benchmark_scripts import load_benchmark

from timeline.events import Article, extract

ROOT = Path(__file__).resolve().parent.parent


def _paired_module() -> ModuleType:
    return load_benchmark("events_paired.py", "events_paired")


def test_the_other_checkout_is_imported_apart_and_extracts_alike(tmp_path: Path) -> None:
    paired = _paired_module()
    base = paired._base_events(ROOT, tmp_path)
    assert base.__name__ == "timeline_base.events"
    assert Path(base.__file__).is_relative_to(tmp_path)  # not this checkout's module under a new name
    text = "2024年3月5日，重庆实验室正式揭牌成立。该实验室由重庆大学牵头建设。"
    mine = extract(Article(text, "2024-03-06"))
    theirs = base.extract(base.Article(text, "2024-03-06"))
    assert [e.type for e in mine.events] == ["founding"]
    assert [(e.type, e.date.value, e.status) for e in theirs.events] == [
        (e.type, e.date.value, e.status) for e in mine.events
    ]
    assert [(e.name, e.type) for e in theirs.entities] == [(e.name, e.type) for e in mine.entities]
    cpu_base, cpu_work = paired._paired(base, [Article(text, "2024-03-06")], rounds=2)
    assert cpu_base > 0 and cpu_work > 0
