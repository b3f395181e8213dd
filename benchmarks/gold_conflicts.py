"""Rows of the gold that share a construction but not an annotation: where the figures are arbitrary.

Each construction below is a pattern on a row's evidence (`tests/corpus/real/gold.jsonl` and the
seed expectations). For each, the rows that match are counted by kind (milestone or not) and, for
milestones, by type and status; a construction whose rows split is printed with its rows, so
that an annotator can decide the class once (README conventions) and apply it to every row.
A match is a candidate, not a verdict: a count, a headline or a generic subject may explain a
split, and the rows are there to be read.

    python benchmarks/gold_conflicts.py            # the split constructions with their rows
    python benchmarks/gold_conflicts.py --all      # every construction, split or not
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"

#: construction name -> pattern on the evidence (simplified and traditional characters).
CONSTRUCTIONS: dict[str, str] = {
    "works under way (正在进行, 加快建设, 推进中)": (
        r"正在?进行|正在?進行|正[^，。]{0,6}推进|加快建设|加快建設|加速推进|全力推进|推进中|如火如荼|施工正酣"
        r"|正在(建设|建設|施工|安装|安裝|调试|調試)|(建设|建設|施工)中"
    ),
    "works stage done or begun (基本完工, 主体完工, 收尾, 开始安装)": (
        r"基本(完工|完成|建成|结束|結束|收尾)|主[体體][^，。]{0,6}(完工|完成)|收尾|接近尾[声聲]"
        r"|完成[^，。]{0,6}(安装|安裝)|装修完成|裝修完成|开始(安装|挂篮)|開始安裝|[进進步]入[^，。]{0,8}(阶段|階段)"
        r"|[贯貫]通|合[龙龍]"
    ),
    "works measured (完成X%)": r"完成[^，。]{0,16}[%％]|[0-9]+[%％]",
    "roll-up of many projects (等N个, 一批)": (
        r"等[0-9一二三四五六七八九十百千两多]+[个個项項家]|等一批"
        r"|一批[^，。]{0,30}(开工|開工|竣工|建成|投产|投產|签约|簽約|落地|入驻|落户)"
    ),
    "an official announces the act (宣布…开工)": (
        r"宣[布佈][^，。]{0,40}(开|開|投产|投產|竣工|启动|啟動|动工|動工)[复復]?工?"
    ),
    "frame of a visit (考察时, 视察时)": r"(考察|视察|視察|调研|調研)[^，。]{0,6}[时時]",
}


def rows() -> list[dict[str, Any]]:
    """Gold rows of the real corpus and the seeds, each with `id`, `kind` and `evidence`."""
    lines = (CORPUS / "real" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    real = [json.loads(line) for line in lines]
    seeds = json.loads((CORPUS / "seed_events.json").read_text(encoding="utf-8"))
    seed_rows = [{**row, "kind": "milestone", "id": "seed " + row["id"]} for row in seeds["events"]]
    seed_rows += [{**row, "kind": "not_milestone", "id": "seed " + row["id"]} for row in seeds["negatives"]]
    return real + seed_rows


def label(row: dict[str, Any]) -> str:
    """kind, and type/status for a milestone."""
    return f"milestone {row['type']}/{row['status']}" if row["kind"] == "milestone" else "not_milestone"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--all", action="store_true", help="print constructions whose rows agree too")
    args = parser.parse_args()
    every = rows()
    for name, pattern in CONSTRUCTIONS.items():
        matched = [row for row in every if re.search(pattern, row["evidence"])]
        labels = Counter(label(row) for row in matched)
        split = len({row["kind"] for row in matched}) > 1
        if not (split or args.all):
            continue
        print(f"== {name}: {len(matched)} rows, {dict(labels)}{'  SPLIT' if split else ''}")
        for row in sorted(matched, key=label):
            reason = row.get("why") or row.get("note") or ""
            print(f"  {row['id']:<12} {label(row):<32} {row['evidence'][:60]}  | {reason[:70]}")


if __name__ == "__main__":
    main()
