"""Why a clause yields no event: the stage of the extractor that drops it (a development tool).

The extractor is run as it is (nothing in the library is changed or slowed); a trace function
watches the walk over the sentence that holds the evidence (`milestones._paragraph` and
`_sentence`) and the stages it calls (`triggers.find_trigger` and `_refine`, `clause_event.
make_event`, `subjects.fits`), and prints, for each act of a clause overlapping the evidence,
the line that decided its fate: a trigger word refused by a condition of `_refine`, a clause
refused whole by `find_trigger`, `make_event` returning nothing (no subject, a subject that does
not fit…), a filter of `_sentence` (`continue`), or the event added (and then, maybe, dropped
as a repeat or a headline teaser, or not covering the whole evidence).

    python benchmarks/why_no_event.py 236.txt "高邮市签约项目58个"        # an article of the corpus
    python benchmarks/why_no_event.py --text "…" --pub 2024-05-01 "…"    # any text
    python benchmarks/why_no_event.py --misses 001-248 [--pool DIR]      # every 'clause not found'
        miss of those batches (and of a pool's marks.tsv), grouped by the stage that drops it
"""

from __future__ import annotations

import argparse
import collections
import csv
import inspect
import linecache
import sys
from collections.abc import Callable
from pathlib import Path
from types import CodeType, FrameType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import _event_gold as gold

from timeline import events as events_module
from timeline._events import clause_event, milestones, script, subjects, triggers
from timeline._events.cleanup import flatten
from timeline.model import Article, normalise_text


def _code(function: Callable[..., Any]) -> CodeType:
    return inspect.unwrap(function).__code__  # type: ignore[attr-defined,no-any-return]


def _source(code: CodeType, line: int) -> str:
    return linecache.getline(code.co_filename, line).strip()


class Watch:
    """The decisions taken on the acts overlapping one span of the cleaned text."""

    def __init__(self, evidence: str) -> None:
        self.evidence = normalise_text(script.fold(flatten(evidence)))
        self.spans: list[tuple[int, int]] = []  # the evidence in the cleaned text
        self.text = ""
        self.focus = False  # inside an act overlapping the evidence
        self.log: list[str] = []
        self.decisions: list[str] = []  # one per act overlapping the evidence
        self.sentence_seen = False
        self._paragraph = _code(milestones._paragraph)
        self._sentence = _code(milestones._sentence)
        self._act = _code(milestones._act)
        self._stages: dict[CodeType, Callable[[FrameType, Any], None]] = {
            _code(triggers.find_trigger): self._find_trigger,
            _code(triggers._refine): self._refine,
            _code(clause_event.make_event): self._make_event,
            _code(subjects.fits): self._fits,
            _code(milestones._told_already): self._told_already,
            _code(milestones._is_tally): self._is_tally,
            _code(milestones._without_milestone): self._without_milestone,
            _code(milestones._add): self._add,
        }
        #: The stages `_refine` calls (each predicate True when it refuses the trigger).
        functions = [getattr(triggers, name, None) for name in _code(triggers._refine).co_names]
        self._refusers = {function.__code__ for function in functions if hasattr(function, "__code__")}
        self._refusals: list[str] = []  # why the act's clause gave no trigger
        self._surface = ""  # the trigger `_refine` is reading
        self._refining = False
        self._find_trigger_end = max(line for _, _, line in _code(triggers.find_trigger).co_lines() if line)
        self._act_lines: list[int] = []
        self._tally = False
        self._without = False
        self._told: str | None = None
        self._added: bool | None = None
        self._made: str | None = None
        self._attributive = False  # a second search for a trigger past an attributive one
        self._trigger_free = False
        self._trigger_seen = False

    # where the evidence lies in the cleaned text
    def locate(self, text: str) -> None:
        flat: list[str] = []
        where: list[int] = []
        for index, char in enumerate(text):
            for normal in normalise_text(char):
                flat.append(normal)
                where.append(index)
        joined = "".join(flat)
        self.text = text
        at = joined.find(self.evidence) if self.evidence else -1
        while at >= 0:  # every copy (a headline may print the words first)
            self.spans.append((where[at], where[at + len(self.evidence) - 1] + 1))
            at = joined.find(self.evidence, at + 1)

    def overlaps(self, start: int, end: int) -> bool:
        return any(start < span_end and span_start < end for span_start, span_end in self.spans)

    # the trace function
    def tracer(self, frame: FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        code = frame.f_code
        if code is self._paragraph:
            return self._trace_paragraph
        if code is self._sentence:
            return self._trace_sentence
        if code is self._act:
            act = frame.f_locals.get("act")
            self.focus = act is not None and self.overlaps(*act.span)
            if self.focus:
                self.log.append(f"act {self.text[act.span[0] : act.span[1]]!r} {_act_flags(act)}")
                self._act_lines, self._refusals = [], []
                self._tally = self._without = self._attributive = self._trigger_seen = False
                self._trigger_free = bool(getattr(act, "trigger_free", False))
                self._told = self._added = self._made = None
            return self._trace_act if self.focus else None
        if not self.focus:
            return None
        if code in self._stages:
            return self._trace_stage
        if self._refining and code in self._refusers:
            return self._trace_refuser
        return None

    def _trace_paragraph(self, frame: FrameType, event: str, arg: Any) -> Callable[..., Any]:
        sentence = frame.f_locals.get("sentence")
        if event == "line" and sentence is not None and self.overlaps(sentence.start, sentence.end):
            self.sentence_seen = True
            line = _source(frame.f_code, frame.f_lineno)
            if line == "continue":
                self.decisions.append(f"_paragraph skips the sentence (line {frame.f_lineno})")
        return self._trace_paragraph

    def _trace_sentence(self, frame: FrameType, event: str, arg: Any) -> Callable[..., Any]:
        sentence = frame.f_locals.get("sentence")
        if event == "return" and sentence is not None and self.overlaps(sentence.start, sentence.end):
            if "walk" not in frame.f_locals:  # returned before its acts: a quiet sentence
                self.decisions.append("sentence quiet: no clause holds a trigger word or pattern")
        return self._trace_sentence

    def _trace_act(self, frame: FrameType, event: str, arg: Any) -> Callable[..., Any]:
        if event == "line":
            self._act_lines.append(frame.f_lineno)
        elif event == "return":
            self.focus = False
            decision = self._act_decision(frame)
            self.decisions.append(decision)
            self.log.append(f"  -> {decision}")
        return self._trace_act

    def _act_decision(self, frame: FrameType) -> str:
        """What became of the act whose `_act` returns now."""
        code = frame.f_code
        sources = [_source(code, line) for line in self._act_lines]
        if self._without:
            return "no trigger: " + self._no_trigger(sources)
        if self._added is not None:
            return "event added" if self._added else "the sentence holds the same act already (_add)"
        if self._told is not None:
            return f"_told_already: {self._told}"
        if self._made is not None:
            return f"make_event: {self._made}"
        last = sources[-1] if sources else ""
        return f"_act returns: {last.split('#', 1)[-1].strip()}"

    def _no_trigger(self, sources: list[str]) -> str:
        """Why an act went the way of clauses without a milestone."""
        if self._tally:
            return "a tally (clause_is_tally: a count or a statistic)"
        if self._attributive:
            return "the trigger is attributive (is_attributive: …的 X) and no other"
        if self._trigger_free:
            return "an act without a trigger (clause_acts: trigger_free)"
        return self._refusals[-1] if self._refusals else "no trigger word or pattern"

    def _trace_stage(self, frame: FrameType, event: str, arg: Any) -> Callable[..., Any]:
        code = frame.f_code
        if code is _code(triggers._refine) and event == "call":
            return self._trace_stage
        if event == "line" and code is _code(triggers._refine):
            self._refining = True
            self._surface = frame.f_locals.get("surface", "")
        if event == "return":
            self._stages[code](frame, arg)
        return self._trace_stage

    def _trace_refuser(self, frame: FrameType, event: str, arg: Any) -> Callable[..., Any]:
        if event == "return" and arg is True:
            refusal = _refusal(frame.f_code, frame.f_lineno)
            name = frame.f_code.co_name
            self.log.append(f"  _refine refuses {self._surface!r} ({name}): {refusal}")
            self._refusals.append(f"_refine refuses {self._surface!r} ({name}): {refusal}")
        return self._trace_refuser

    def _find_trigger(self, frame: FrameType, arg: Any) -> None:
        found = f"{arg.type}/{arg.surface}" if arg is not None else "None"
        line = _source(frame.f_code, frame.f_lineno)
        where = "" if arg else f" (line {frame.f_lineno}: {line})"
        self.log.append(f"  find_trigger -> {found}{where}")
        if arg is None and frame.f_lineno != self._find_trigger_end:
            refusal = _refusal(frame.f_code, frame.f_lineno)
            if not refusal.startswith(_NOTHING_LEFT):  # the refusals of _refine said why
                self._refusals.append("find_trigger: " + refusal)
        if self._trigger_seen:
            self._attributive = True  # a second search, past an attributive trigger
        self._trigger_seen = arg is not None or self._trigger_seen

    def _refine(self, frame: FrameType, arg: Any) -> None:
        self._refining = False
        if arg is None and frame.f_lineno != self._find_trigger_end:
            line = _source(frame.f_code, frame.f_lineno)
            if not line.startswith("return None"):  # (a release refused in _release_type)
                refusal = _refusal(frame.f_code, frame.f_lineno)
                self._refusals.append(f"_refine refuses {self._surface!r}: {refusal}")

    def _make_event(self, frame: FrameType, arg: Any) -> None:
        local = frame.f_locals
        if arg is None:
            refusal = _refusal(frame.f_code, frame.f_lineno)
            if "subject" in local:
                subject = local["subject"]
                refusal = "no subject" if subject is None else f"subject does not fit: {refusal}"
            subject_name = getattr(local.get("subject"), "name", None)
            self.log.append(f"  make_event -> None: {refusal} (subject {subject_name!r})")
            self._made = self._made or refusal
            return
        e = arg.event
        subject = e.subject.name if e.subject else None
        date = e.date and e.date.value
        self.log.append(f"  make_event -> {e.type} {e.status} {subject} {date} carried={arg.carried}")

    def _fits(self, frame: FrameType, arg: Any) -> None:
        if not arg:
            candidate = frame.f_locals.get("subject")
            self.log.append(f"  fits refuses {getattr(candidate, 'name', candidate)!r}")

    def _told_already(self, frame: FrameType, arg: Any) -> None:
        if arg:
            self._told = _refusal(frame.f_code, frame.f_lineno)

    def _is_tally(self, frame: FrameType, arg: Any) -> None:
        self._tally = bool(arg)

    def _without_milestone(self, frame: FrameType, arg: Any) -> None:
        self._without = True

    def _add(self, frame: FrameType, arg: Any) -> None:
        event = frame.f_locals.get("made").event
        self._added = any(e is event for e in frame.f_locals["found"].events)


def _act_flags(act: Any) -> str:
    """The act's fields other than its span that are set (trigger_free, after, before…)."""
    if act is None or not hasattr(act, "__attrs_attrs__"):
        return ""
    names = (field.name for field in act.__attrs_attrs__ if field.name != "span")
    flags = {name: getattr(act, name) for name in names if getattr(act, name)}
    return str(flags) if flags else ""


def _reason(sources: list[str], index: int) -> str:
    """The condition (and its comment) a `continue` at `index` follows."""
    line = sources[index]
    if "#" in line:
        return line.split("#", 1)[1].strip()
    before = sources[index - 1] if index else ""
    return before.split("#", 1)[1].strip() if "#" in before else before


def _refusal(code: CodeType, line: int) -> str:
    """The condition a `return None` at `line` follows, with its comment: the lines up to the
    `if` opening it."""
    source = _source(code, line)
    comment = source.split("#", 1)[1].strip() if "#" in source else ""
    condition = ""
    for back in range(line, max(line - 8, 0), -1):
        text = _source(code, back)
        if _returns_a_condition(code, back):
            # a condition returned at the function's end (return (… and not …)): it, not the
            # `if` of the block before it
            return _returned(code, back) + f"  [line {back}]"
        if back < line and (text.startswith(("if ", "elif ")) or text.startswith("if(")):
            condition = text
            break
    if condition.endswith("(") or condition == "if (":
        condition = " ".join(_source(code, n) for n in range(back, line)).replace("  ", " ")
    return f"{condition[:110]}" + (f"  # {comment}" if comment else "") + f"  [line {line}]"


#: Returns that give a value, no condition: the refusal is the `if` before them.
_BARE_RETURNS = ("return True", "return None", "return False")


def _indent(code: CodeType, line: int) -> int:
    raw = linecache.getline(code.co_filename, line)
    return len(raw) - len(raw.lstrip())


def _returns_a_condition(code: CodeType, line: int) -> bool:
    """A `return` at `line` that gives a condition of its own (not True, None or False) at the
    function body's own level, after the last `if` block (not inside one)."""
    text = _source(code, line)
    if not text.startswith("return ") or text.split("#", 1)[0].strip() in _BARE_RETURNS:
        return False
    body = _indent(code, code.co_firstlineno) + 4  # (a def's body, one level in)
    return _indent(code, line) <= body


def _returned(code: CodeType, line: int) -> str:
    """The condition a `return` at `line` gives, its lines joined up to where its brackets close."""
    parts: list[str] = []
    depth = 0
    for number in range(line, line + 12):
        text = _source(code, number).split("#", 1)[0].strip()
        parts.append(text)
        depth += text.count("(") - text.count(")")
        if depth <= 0:
            break
    return " ".join(parts)[:110]


#: find_trigger's early return once every candidate was refused (300d869): no reason of its own.
_NOTHING_LEFT = "if not candidates:"


def explain(article: Article, evidence: str) -> Watch:
    """Run the extractor on the article, watching the clause of the evidence."""
    watch = Watch(evidence)
    original = milestones.find

    def find(reading: Any, doc: Any, recognition: Any, dates: Any) -> Any:
        watch.locate(doc.text)
        return original(reading, doc, recognition, dates)

    events_module.milestones.find = find  # type: ignore[assignment]
    sys.settrace(watch.tracer)
    try:
        extraction = events_module.extract(article)
    finally:
        sys.settrace(None)
        events_module.milestones.find = original  # type: ignore[assignment]
    covering = [e for e in extraction.events if gold.covers(e, article, evidence)]
    if not watch.spans:
        watch.decisions = ["evidence not in the cleaned text (cleanup changed or dropped it)"]
    elif not watch.sentence_seen:
        watch.decisions = ["sentence not read (not a prose paragraph: cleanup took it as furniture)"]
    elif "event added" in watch.decisions and not covering:
        dropped = "event added, then dropped or not covering"
        watch.decisions = [dropped if d == "event added" else d for d in watch.decisions]
    shown = [(e.type, e.status, e.subject and e.subject.name) for e in covering]
    watch.log.append(f"covering events: {shown}")
    return watch


def stage(watch: Watch) -> str:
    """One key for grouping: the first decision that is no event."""
    kept = [d for d in watch.decisions if d != "event added"]
    return kept[0] if kept else (watch.decisions[0] if watch.decisions else "no act overlaps the evidence")


def _pool_misses(pool: Path) -> list[tuple[Article, dict[str, str]]]:
    with open(pool / "meta.tsv", encoding="utf-8") as meta_file:
        meta = {r["file"]: r for r in csv.DictReader(meta_file, delimiter="\t")}
    with open(pool / "marks.tsv", encoding="utf-8") as marks_file:
        rows = [r for r in csv.DictReader(marks_file, delimiter="\t") if r["file"]]
    pages = pool / "pages"
    articles = {f: Article((pages / f).read_text(encoding="utf-8"), m["pub_date"]) for f, m in meta.items()}
    found = {f: events_module.extract(a).events for f, a in articles.items()}
    misses = []
    for row in rows:
        article = articles[row["file"]]
        if not any(gold.covers(e, article, row["evidence"]) for e in found[row["file"]]):
            misses.append((article, row))
    return misses


def _batch_misses(batches: list[str]) -> list[tuple[Article, dict[str, Any]]]:
    corpus = gold.real_corpus()
    misses = []
    for score in gold.batch_scores(corpus):
        if score.corpus not in batches and not any(_within(score.corpus, b) for b in batches):
            continue
        for milestone, problems in score.misses:
            if problems == ["clause not found"]:
                misses.append((corpus.articles[milestone["file"]], milestone))
    return misses


def _within(batch: str, wanted: str) -> bool:
    """001-037 is within 001-248."""
    try:
        low, high = (int(n) for n in wanted.split("-"))
        first, last = (int(n) for n in batch.split("-"))
    except ValueError:
        return False
    return low <= first and last <= high


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("file", nargs="?", help="an article of tests/corpus/real (236.txt)")
    parser.add_argument("evidence", nargs="?")
    parser.add_argument("--text", help="the article's text instead of a corpus file")
    parser.add_argument("--pub", default="2024-06-01", help="publication date of --text")
    parser.add_argument("--misses", nargs="*", help="batches (001-248): group their 'clause not found'")
    parser.add_argument("--pool", action="append", default=[], help="a pool directory with marks.tsv")
    parser.add_argument("--detail", action="store_true", help="with --misses: every miss's trace")
    args = parser.parse_args()
    if args.misses is not None or args.pool:
        misses = _batch_misses(args.misses or [])
        misses += [miss for pool in args.pool for miss in _pool_misses(Path(pool))]
        groups: dict[str, list[str]] = collections.defaultdict(list)
        for article, row in misses:
            watch = explain(article, row["evidence"])
            where = row.get("id") or row["file"]
            groups[stage(watch)].append(f"{where} [{row['type']}] {row['evidence']}")
            if args.detail:
                print(f"### {where} [{row['type']} {row['status']}] {row['evidence']}")
                print("\n".join("    " + line for line in watch.log + watch.decisions))
        for key, rows in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            print(f"\n== {len(rows)}  {key}")
            print("\n".join("   " + row for row in rows))
        return
    if args.text is not None:
        article, evidence = Article(args.text, args.pub), args.file or ""
    else:
        corpus = gold.real_corpus()
        article, evidence = corpus.articles[args.file], args.evidence or ""
    watch = explain(article, evidence)
    print("\n".join(watch.log))
    print("decisions:", watch.decisions)


if __name__ == "__main__":
    main()
