"""The README and docs/ tell the truth: every command and snippet runs as written and finds something.

README: in a fresh folder holding the repository's `seeds/` and `examples/`, the set-up's
`timeline demo` runs first, then every shell line and Python block in the order shown
(`pip install` is what the test environment already did; a block after a
`<!-- not run by tests/test_docs.py: … -->` comment needs a server and is left out). The
`--help` examples run the same way. docs/*.md: their `pycon` blocks are doctests.
"""

from __future__ import annotations

import doctest
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"(<!-- not run[^>]*-->\n)?```(bash|python|pycon)\n(.*?)```", re.S)


def _blocks(text: str) -> list[tuple[str, str]]:
    return [(kind, body) for skip, kind, body in BLOCK.findall(text) if not skip]


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder like a fresh clone after `pip install .`: seeds/, examples/ and a `timeline` command."""
    folder = tmp_path_factory.mktemp("clone")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    shutil.copytree(ROOT / "examples", folder / "examples")
    bin_dir = folder / "bin"
    bin_dir.mkdir()
    command = bin_dir / "timeline"
    command.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m timeline.cli "$@"\n', encoding="utf-8")
    command.chmod(0o755)
    return folder


def _run(line: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key not in ("TIMELINE_DB", "NO_COLOR")}
    env["PATH"] = f"{cwd / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run(
        ["bash", "-c", line], cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )


def _check(line: str, result: subprocess.CompletedProcess[str], cwd: Path) -> None:
    assert result.returncode == 0, f"{line}\n{result.stdout}\n{result.stderr}"
    words = shlex.split(line)
    if ">" in words:
        written = (cwd / words[words.index(">") + 1]).read_text(encoding="utf-8")
        assert written.strip(), f"{line}: wrote nothing"
        return
    if "--output" in words:
        page = (cwd / words[words.index("--output") + 1]).read_text(encoding="utf-8")
        assert 'class="event' in page, f"{line}: the page holds no event"
        return
    lines = result.stdout.strip().splitlines()
    assert lines, f"{line}: printed nothing\n{result.stderr}"
    if words[:2] == ["timeline", "milestones"]:
        assert len(lines) >= 2, f"{line}: no event\n{result.stdout}"


def test_readme_opens_with_the_two_set_up_commands() -> None:
    kind, first = _blocks(README)[0]
    assert kind == "bash"
    assert first.splitlines() == [
        "pip install . && timeline demo",
        'pip install ".[test]" && python -m pytest',
    ]


def test_readme_commands_and_snippets_run_in_order(clone: Path) -> None:
    blocks = _blocks(README)
    setup = blocks[0][1].splitlines()[0].split("&&")[1].strip()
    result = _run(setup, clone)
    _check(setup, result, clone)
    assert "timeline.db" in result.stdout
    for kind, body in blocks[1:]:
        if kind == "bash":
            for line in body.strip().splitlines():
                _check(line, _run(line, clone), clone)
        elif kind == "python":
            result = subprocess.run(
                [sys.executable, "-c", body],
                cwd=clone,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
                capture_output=True,
                text=True,
                timeout=600,
                check=False,
            )
            assert result.returncode == 0, result.stderr
            assert len(result.stdout.strip().splitlines()) >= 8, result.stdout


def test_readme_links_stay_inside_the_repository() -> None:
    assert "shared/spec" not in README and "timeline-demo" not in README
    for target in re.findall(r"\]\(([^)]+)\)", README):
        assert "://" not in target and (ROOT / target).exists(), target
    assert not re.findall(r"sqlite:///(?!timeline\.db)", README), "one database name throughout"


def _help_examples() -> list[str]:
    parser = build_parser()
    epilogs = [parser.epilog or ""]
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        epilogs.extend(sub.epilog or "" for sub in action.choices.values())  # type: ignore[union-attr]
    lines = [line.strip() for epilog in epilogs for line in epilog.splitlines()[1:]]
    # Examples that change the store's entities or need a PostgreSQL server are left out.
    return [line for line in lines if line and not re.search(r"entities (merge|split)|postgresql", line)]


def test_help_examples_run_on_the_sample_articles(clone: Path) -> None:
    examples = _help_examples()
    assert any(line.startswith("timeline milestones") for line in examples)
    _run("timeline demo", clone)
    for line in examples:
        _check(line, _run(line, clone), clone)


@pytest.mark.parametrize("name", ["dates.md", "events.md"])
def test_docs_examples_hold(name: str) -> None:
    text = (ROOT / "docs" / name).read_text(encoding="utf-8")
    blocks = re.findall(r"```pycon\n(.*?)```", text, re.S)
    assert blocks
    test = doctest.DocTestParser().get_doctest("\n".join(blocks), {}, name, str(ROOT / "docs" / name), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.failures == 0
