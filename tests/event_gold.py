"""`benchmarks/_event_gold.py` (the event corpora and their scoring) loaded for the tests.

The benchmarks folder is no package, so the module is loaded from its file once and shared.
"""

from __future__ import annotations

from benchmark_scripts import load_benchmark

GOLD = load_benchmark("_event_gold.py", "_event_gold")
