"""Golden output of `timeline.events.extract`, to check that a speed-up changes nothing.

`--save FILE` writes the full extraction (events, dates, entities, mentions; the JSON form of
`timeline.serial`) of the seed articles, the real news corpus (`tests/corpus/real/`, each with its
manifest's publication date) and a fixed sample of fuzzing inputs (`fuzz.make_input`, seed 0:
mutated seeds, long lines, no punctuation, control characters, lone surrogates); `--check FILE`
extracts them again and names every article whose output differs. Exit status 1 on a difference.

    python benchmarks/events_golden.py --save /tmp/golden.json   # on the code to compare against
    python benchmarks/events_golden.py --check /tmp/golden.json  # after a change

The file is not kept in the repository: the extractor's output changes whenever its rules do, so
save the golden from the commit you start from.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))  # this checkout's timeline, not an installed one

import _event_gold  # noqa: E402
import fuzz  # noqa: E402

from timeline import TimelineError  # noqa: E402
from timeline.events import Article, extract  # noqa: E402
from timeline.serial import extraction_to_dict  # noqa: E402

FUZZ_INPUTS = 400
"""Fuzzing inputs in the golden set: enough to cover odd shapes, few enough to run in seconds."""


def _articles() -> dict[str, Article]:
    named = {f"seeds/{name}": a for name, a in _event_gold.seed_corpus().articles.items()}
    named.update({f"real/{name}": a for name, a in _event_gold.real_corpus().articles.items()})
    rng = random.Random(0)
    for number in range(FUZZ_INPUTS):
        text, pub = fuzz.make_input(rng)
        try:
            named[f"fuzz/{number}"] = Article(text, pub)
        except TimelineError:
            continue
    return named


def outputs() -> dict[str, str]:
    """The JSON text of each article's extraction, by name (surrogates kept as escapes)."""
    return {
        name: json.dumps(extraction_to_dict(extract(article)), ensure_ascii=True, sort_keys=True)
        for name, article in _articles().items()
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path, metavar="FILE")
    action.add_argument("--check", type=Path, metavar="FILE")
    args = parser.parse_args()
    found = outputs()
    if args.save:
        args.save.write_text(json.dumps(found, ensure_ascii=True, indent=0), encoding="ascii")
        print(f"saved {len(found)} extractions to {args.save}")
        return 0
    golden = json.loads(args.check.read_text(encoding="ascii"))
    differ = [name for name in sorted(set(golden) | set(found)) if golden.get(name) != found.get(name)]
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(found)} extractions, {len(differ)} differ from {args.check}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
