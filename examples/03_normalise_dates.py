"""Normalise the dates in your own text against its publication date.

Every expression comes back with its inclusive interval, grain, TIMEX3 value, EDTF string and
the Chinese label of its precision; relative ones (去年, 今年一季度, 同年10月份) resolve
against the publication date given.

    python examples/03_normalise_dates.py
    python examples/03_normalise_dates.py "明年上半年将建成投用" 2026-01-30
"""

from __future__ import annotations

import sys

from timeline.dates import extract
from timeline.export import date_label, edtf

SAMPLE = (
    "去年12月，两省市联合印发管理办法。今年一季度，全市新签约项目42个；"
    "同年10月份，实验室正式揭牌。预计2026年上半年将投入运营，“十五五”时期再上台阶。"
)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    text = args[0] if args else SAMPLE
    published = args[1] if len(args) > 1 else "2025-05-20"
    print(f"published {published}: {text}\n")
    for expression in extract(text, published):
        if not expression.has_interval:
            print(f"{expression.text:<12} {expression.kind} (no interval)")
            continue
        print(
            f"{expression.text}\t{expression.start} .. {expression.end}\t{expression.grain}\t"
            f"{expression.value}\tEDTF {edtf(expression)}\t{date_label(expression)}\t[{expression.rule}]"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
