"""Type checking sees the real public API: a misspelt name is an error, every export has its type.

`timeline/__init__.py` imports its submodules lazily; a module-level `__getattr__` visible to
type checkers would make any attribute (`timeline.Timelin`) type-check as `Any`.
"""

from __future__ import annotations

import configparser
from pathlib import Path

import pytest

import timeline

mypy_api = pytest.importorskip("mypy.api")

ROOT = Path(__file__).resolve().parent.parent


def _mypy(tmp_path: Path, source: str) -> str:
    script = tmp_path / "snippet.py"
    script.write_text(source, encoding="utf-8")
    # Incremental: after CI's `mypy timeline` the package's types come from the cache.
    out, err, _ = mypy_api.run([str(script), "--config-file", str(ROOT / "setup.cfg")])
    return out + err


def test_a_misspelt_public_name_fails_type_checking_and_every_export_is_typed(tmp_path: Path) -> None:
    lines = ["import timeline", "timeline.Timelin"]
    lines += [f"reveal_type(timeline.{name})" for name in timeline.__all__]
    report = _mypy(tmp_path, "\n".join(lines) + "\n")
    assert 'Module has no attribute "Timelin"' in report
    revealed = [line for line in report.splitlines() if "Revealed type is" in line]
    assert len(revealed) == len(timeline.__all__)
    assert not [line for line in revealed if '"Any"' in line]


def test_the_package_has_no_any_expression(tmp_path: Path) -> None:
    """`mypy --disallow-any-expr` finds nothing in any module. Only setup.cfg's global [mypy]
    section is read: a [mypy-MODULE] section could turn the check off for one module."""
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    only_global = configparser.ConfigParser()
    only_global["mypy"] = dict(config["mypy"], disallow_any_expr="True")
    if "mypy_path" in only_global["mypy"]:  # relative to the repository, wherever pytest runs
        folders = only_global["mypy"]["mypy_path"].replace(":", ",").split(",")
        only_global["mypy"]["mypy_path"] = ",".join(str(ROOT / f.strip()) for f in folders if f.strip())
    config_file = tmp_path / "mypy.ini"
    with open(config_file, "w", encoding="utf-8") as stream:
        only_global.write(stream)
    out, err, _ = mypy_api.run(
        [
            "--config-file",
            str(config_file),
            "--cache-dir",
            str(tmp_path / "mypy-cache"),
            str(ROOT / "timeline"),
        ]
    )
    counts: dict[str, int] = {}
    for line in (out + err).splitlines():
        path, _, rest = line.partition(":")
        if " error: " in rest:
            name = Path(path).resolve().relative_to(ROOT).as_posix()
            counts[name] = counts.get(name, 0) + 1
    assert not counts, f"Any expressions per module: {counts}\n{out}"
