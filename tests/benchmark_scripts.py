"""Scripts of `benchmarks/` loaded for the tests as modules.

The benchmarks folder is no package, so a script is loaded from its file, once, under a module
name of the test's choosing, and kept in `sys.modules` (dataclasses look their module up there;
a script that imports another, `import _event_gold`, shares the loaded one). The folder goes on
`sys.path` as when the script runs (`python benchmarks/dates.py` imports `_peers` beside it).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def load_benchmark(file: str, name: str) -> ModuleType:
    """The module of `benchmarks/<file>` under `name`, loaded on the first call."""
    if name in sys.modules:
        return sys.modules[name]
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / file)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
