"""Traditional characters read as simplified, every offset kept.

Reposts from Hong Kong or Taiwan gateways write 遼寧大連28日舉行重點項目開工活動. The extractor
matches its tables (triggers, suffixes, places, date words such as 號 or 週) on a folded copy
of the article, where each traditional character is replaced by its simplified form: one
character for one (`timeline._dates.vocab_traditional`, the table the date engine folds with
too), so every offset into the copy is an offset into the original. What an extraction shows
of the text (summaries, sentences, mention surfaces, triggers) is then read back from the
original at the same offsets; names of entities stay in their simplified form, so that a name
is the same whichever script an article used.
"""

from __future__ import annotations

import re

import attrs

from timeline._dates.vocab_traditional import TRADITIONAL_FORMS
from timeline._events import vocab
from timeline._events.cleanup import Document, flatten
from timeline._regex import HAN
from timeline.model import Article, Event, one_line_name

_SIMPLIFIED = {pair[0]: pair[1] for line in TRADITIONAL_FORMS for pair in line.split()}
_TABLE = str.maketrans(_SIMPLIFIED)
_ANY_TRADITIONAL = re.compile("[" + "".join(_SIMPLIFIED) + "]")
#: Characters replaced one by one; a text with more is translated whole (`str.translate` with a
#: table of non-ASCII characters looks every character up: slow when few are traditional).
FOLD_ONE_BY_ONE = 64
#: Two hyphens typed for a dash between two words (高速铁路--石太客运专线, 工程－－广汽).
#: Words whose traditional form holds a character simplified text writes too (批覆 for 批复, while
#: 覆盖 stays): read as one word (vocab.TRADITIONAL_WORD_FORMS, each as long as its simplified form).
_WORD_FORM = re.compile("|".join(vocab.TRADITIONAL_WORD_FORMS))
_WORD_FORM_CHAR = vocab.TRADITIONAL_WORD_FORM_CHAR
#: 著 written for 着 (隨著, 標志著): see vocab.TRADITIONAL_ZHE.
_ZHE = re.compile(f"(?<![{vocab.ZHU_WORD_BEFORE}]){vocab.TRADITIONAL_ZHE}(?![{vocab.ZHU_WORD_AFTER}])")
_TYPED_DASH = re.compile(r"(?<=[" + HAN + r"”》）)])(?:--|－－)(?=[" + HAN + r"“《])")


def _simplified_word(match: re.Match[str]) -> str:
    return vocab.TRADITIONAL_WORD_FORMS[match.group()]


def _simplified(match: re.Match[str]) -> str:
    return _SIMPLIFIED[match.group()]


def fold(text: str) -> str:
    """The text with its traditional characters replaced by simplified ones, and a dash typed as
    two hyphens between words (首期工程--广汽新能源工厂) as the dash it stands for (same length).

    >>> fold("遼寧大連28日舉行重點項目開工活動")
    '辽宁大连28日举行重点项目开工活动'
    >>> fold("我国首条高速铁路--石太客运专线")
    '我国首条高速铁路——石太客运专线'
    >>> fold("國務院批覆《規劃》，覆蓋全省")
    '国务院批复《规划》，覆盖全省'
    >>> fold("隨著開工令發出，標志著著名的顯著成效")
    '随着开工令发出，标志着著名的显著成效'
    """
    if "--" in text or "－－" in text:
        text = _TYPED_DASH.sub(vocab.APPOSITION_DASH, text)
    if _WORD_FORM_CHAR in text:  # (most texts hold no 覆 at all)
        text = _WORD_FORM.sub(_simplified_word, text)
    if vocab.TRADITIONAL_ZHE in text:
        text = _ZHE.sub(vocab.SIMPLIFIED_ZHE, text)
    folded, count = _ANY_TRADITIONAL.subn(_simplified, text, FOLD_ONE_BY_ONE)
    return folded if count < FOLD_ONE_BY_ONE else text.translate(_TABLE)


def folded_article(article: Article) -> Article:
    """The article with its text folded (the same object when there is nothing to fold)."""
    text = fold(article.text)
    return article if text == article.text else attrs.evolve(article, text=text)


def shown_text(doc: Document, original: str) -> str:
    """The cleaned text of `doc` (built from a folded copy of `original`) with the original's
    characters back wherever folding changed them."""
    if doc.original == original:
        return doc.text
    chars = list(doc.text)
    ends = (*doc.clean_starts[1:], len(doc.text))
    for clean_start, clean_end, orig_start in zip(doc.clean_starts, ends, doc.orig_starts, strict=True):
        orig_end = orig_start + clean_end - clean_start
        if doc.original[orig_start:orig_end] == doc.text[clean_start:clean_end]:
            chars[clean_start:clean_end] = original[orig_start:orig_end]  # a slice copied whole
            continue
        for offset in range(clean_end - clean_start):
            at = orig_start + offset
            if at < len(original) and doc.original[at] == chars[clean_start + offset]:
                chars[clean_start + offset] = original[at]
    return "".join(chars)


def shown_event(event: Event, doc: Document, shown: str, original: str) -> Event:
    """The event with its summary, sentence, trigger and date words as the original text
    writes them."""
    if doc.text == shown:
        return event
    date = event.date
    if date is not None:
        written = flatten(original[date.start_char : date.end_char])
        if written != date.text and fold(written) == date.text:
            date = attrs.evolve(date, text=written)
    # An Event holds its summary and sentence on one line (`one_line_name`): a tab or a lone
    # carriage return the clean-up keeps reads as one space there, and so here.
    summary = one_line_name(flatten(original[event.start_char : event.end_char]))
    if fold(summary) != event.summary:
        summary = event.summary
    at = doc.text.find(event.sentence)
    if at >= 0:
        sentence = shown[at : at + len(event.sentence)]
    else:  # the sentence held a tab or a lone carriage return; `shown` and doc.text stay aligned
        at = one_line_name(doc.text).find(event.sentence)
        sentence = one_line_name(shown)[at : at + len(event.sentence)] if at >= 0 else event.sentence
    trigger_at = event.summary.find(event.trigger)
    trigger = summary[trigger_at : trigger_at + len(event.trigger)] if trigger_at >= 0 else event.trigger
    return attrs.evolve(event, summary=summary, sentence=sentence, trigger=trigger, date=date)
