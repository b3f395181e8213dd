"""`benchmarks/_event_gold.py` (the event corpora and their scoring) loaded for the tests.

The benchmarks folder is no package, so the module is loaded from its file once and shared.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _load_gold() -> ModuleType:
    name = "_event_gold"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / "_event_gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


GOLD = _load_gold()
