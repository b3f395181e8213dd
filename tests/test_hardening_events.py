"""Events findings of the adversarial reviews (issue 11): hostile text that must not hold the
extractor for long. No time is measured: each test pins the rule that keeps the work linear."""

from __future__ import annotations

from pathlib import Path

import pytest

import timeline
from timeline import Article, events
from timeline._events.milestones import LONGEST_NUMERAL_RUN, LONGEST_SENTENCE
from timeline._events.sentences import split

ACT = "重庆实验室揭牌成立。"
# The guards are tested here; that they warn is tested once, below.
pytestmark = pytest.mark.filterwarnings("ignore::timeline.errors.UnreadTextWarning")
REAL = Path(__file__).parent / "corpus" / "real"


def _summaries(text: str) -> list[str]:
    return [event.summary for event in events.extract(Article(text, "2025-06-01")).events]


@pytest.mark.parametrize(
    "run",
    ["1" * (LONGEST_NUMERAL_RUN + 1), "１" * (LONGEST_NUMERAL_RUN + 1), "一" * (LONGEST_NUMERAL_RUN + 1)],
    ids=["digits", "full-width", "chinese"],
)
def test_a_sentence_holding_a_run_of_numerals_no_number_has_is_not_read(run: str) -> None:
    """Fourth review: `1` * 32,000 before 重庆实验室揭牌成立。 took 127 CPU s (8,000: 6.5 s; a
    2 MB article of digits, days): clause patterns like `[0-9.]+元$` search a digit run in
    quadratic time. A sentence with a numeral run longer than any number is no prose."""
    assert _summaries(run + ACT) == []
    assert _summaries(run + "。" + ACT) == ["重庆实验室揭牌成立"]  # the next sentence is read


def test_a_sentence_with_a_long_number_is_still_read() -> None:
    assert _summaries("1" * LONGEST_NUMERAL_RUN + "，" + ACT) == ["重庆实验室揭牌成立"]


def test_a_sentence_longer_than_any_prose_is_not_read() -> None:
    """Fourth review: 80,000 《 with no 》 took 15 CPU s (title patterns `《[^》]+》` retried from
    every 《); any clause pattern is quadratic in the worst case, so the sentence is bounded."""
    filler = "，".join(["重庆" * 10] * (LONGEST_SENTENCE // 20))
    assert len(filler + ACT) > LONGEST_SENTENCE
    assert _summaries(filler + ACT) == []
    assert _summaries("《" * LONGEST_SENTENCE + ACT) == []
    assert _summaries("《" * 100 + "。" + ACT) == ["重庆实验室揭牌成立"]


def test_every_sentence_of_the_real_corpus_is_read() -> None:
    """The bounds leave real news alone: its longest sentence (776 characters) is far under."""
    from timeline._events.milestones import _prose

    for path in sorted(REAL.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for sentence in split(text):
            assert sentence.end - sentence.start <= LONGEST_SENTENCE // 2, path.name
            assert _prose(text[sentence.start : sentence.end]), path.name


OFF_CALENDAR = [
    ("明年1月开工。", "9999-12-01", "明年1月"),
    ("明年1月中旬开工。", "9999-12-01", "明年1月中旬"),
    ("预计明年1月开工。", "9999-12-01", "明年1月"),
    ("下个月开工。", "9999-12-01", "下个月"),
    ("明天开工。", "9999-12-31", "明天"),
    ("后年开工。", "9998-12-01", "后年"),
    ("重庆实验室揭牌。明年1月开工。", "9999-12-01", "明年1月"),
    ("去年1月开工。", "0001-03-01", "去年1月"),
    ("上个月开工。", "0001-01-15", "上个月"),
    ("昨天开工。", "0001-01-01", "昨天"),
]


@pytest.mark.parametrize(("text", "pub_date", "words"), OFF_CALENDAR)
def test_date_words_whose_date_falls_off_the_calendar_name_no_entity(
    text: str, pub_date: str, words: str
) -> None:
    """Last review: 明年1月开工 published on 9999-12-01 gave an event whose subject was 明年1月:
    the date engine gives 10000-01 no date, so the words were not set apart as a date."""
    extraction = events.extract(Article(text, pub_date))
    names = [entity.name for event in extraction.events for entity in event.entities]
    names += [entity.name for entity in extraction.entities]
    assert not [name for name in names if words in name or name in words], names


@pytest.mark.parametrize(("text", "pub_date", "words"), OFF_CALENDAR)
def test_the_same_date_words_inside_the_calendar_name_no_entity_either(
    text: str, pub_date: str, words: str
) -> None:
    """The words are date words: read a year inside the calendar, they name no entity either."""
    extraction = events.extract(Article(text, "2025" + pub_date[4:]))
    names = [entity.name for event in extraction.events for entity in event.entities]
    assert not [name for name in names if words in name], names


def test_an_event_after_date_words_off_the_calendar_keeps_its_subject_undated() -> None:
    (event,) = events.extract(Article("明年1月，新馆开工。", "9999-12-01")).events
    assert ([entity.name for entity in event.entities], event.date) == (["新馆"], None)


@pytest.mark.parametrize("blank", [" ", "\t", "\u3000"], ids=["space", "tab", "ideographic-space"])
@pytest.mark.parametrize("breaker", ["[1]", "-  "], ids=["reference", "bullet-dash"])
def test_a_run_of_blanks_breaks_a_line_from_its_first_blank_only(blank: str, breaker: str) -> None:
    """Ninth review (resource exhaustion): 40,000 blanks in a paragraph took 6.6 CPU s (20,000:
    1.5, 10,000: 0.4; a 2 MB article of them, about an hour): the line breakers led by a run of
    blanks (…” [1] - 本次…) were tried from every blank of the run, each try reading the run to
    its end. A try from inside the run finds nothing now; from its first blank, what it did."""
    from timeline._events.cleanup import _BREAKER

    line = "巴南区举行集中签约活动" + blank * 4 + breaker + "本次活动签约项目29个"
    first = len("巴南区举行集中签约活动")
    found = _BREAKER.match(line, first)
    assert found is not None and found.group() == blank * 4 + breaker
    assert all(_BREAKER.match(line, inside) is None for inside in range(first + 1, first + 4))
    assert _summaries(ACT + blank * 50_000 + "2025年5月6日，" + ACT)[-1] == "重庆实验室揭牌成立"


INVISIBLE = [
    "\u200b",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\xad",
    "\u200f",
    "\u202e",
    "\u061c",
    "\U000e0041",
    "\u2028",
]


@pytest.mark.parametrize(
    "invisible",
    INVISIBLE,
    ids=["zwsp", "zwj", "word-joiner", "bom", "soft-hyphen", "rlm", "rlo", "alm", "tag", "line-separator"],
)
def test_an_invisible_format_character_in_a_name_is_no_part_of_it(tmp_path: Path, invisible: str) -> None:
    """Ninth review (correctness, security low): a zero-width space, joiner, soft hyphen, byte
    order mark, bidi mark or override or tag inside a name (web pages copied from WeChat carry
    them) was kept in the entity's name and the event's summary: 重庆\\u200b实验室 was another
    entity than 重庆实验室, shown alike in every export (they strip or escape the character), so the
    lab's history split in two and a report could pass as the lab's. They are dropped as control
    characters are; offsets still point into the text as written."""
    plain = events.extract(Article(ACT, "2025-06-01"))
    text = ACT.replace("实验室", invisible + "实验室")
    marked = events.extract(Article(text, "2025-06-01"))
    assert [e.summary for e in marked.events] == [e.summary for e in plain.events] == ["重庆实验室揭牌成立"]
    assert [e.name for e in marked.entities] == [e.name for e in plain.entities]
    (event,) = marked.events
    assert text[event.start_char : event.end_char] == "重庆" + invisible + "实验室揭牌成立"
    with timeline.Timeline(str(tmp_path / "t.db")) as store:
        store.ingest(Article(ACT, "2025-06-01", id="plain"))
        report = store.ingest(Article(text, "2025-06-01", id="marked"))
        # one event and one lab (an article differing by a line separator only is the same text)
        assert report.merged_events + report.duplicates == 1 and len(store.entities(type="lab")) == 1


@pytest.mark.parametrize(
    "text",
    ["，".join(["重庆" * 10] * (LONGEST_SENTENCE // 20)) + ACT, "1" * (LONGEST_NUMERAL_RUN + 1) + ACT],
    ids=["long-sentence", "numeral-run"],
)
def test_a_caller_is_told_when_a_sentence_is_not_read(text: str) -> None:
    """harden24: the guards above skipped text without a word, so a caller could not tell an
    article with no milestone from one whose milestones were never looked for."""
    article = Article(text + "。" + ACT, "2025-06-01")
    with pytest.warns(timeline.UnreadTextWarning, match=f"article {article.id}: 1 sentence"):
        found = events.extract(article)
    assert [event.summary for event in found.events] == ["重庆实验室揭牌成立"]


def test_an_article_read_whole_warns_nothing() -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert _summaries("《" * 100 + "。" + ACT) == ["重庆实验室揭牌成立"]
