"""Article validation: the publication date is explicit, or inferred and flagged."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.errors import ArticleError
from timeline.model import Article, normalise_text


def test_pub_date_accepts_date_datetime_and_iso_string() -> None:
    text = "1月29日，会议召开。"
    assert Article(text, "2026-01-30").pub_date == dt.date(2026, 1, 30)
    assert Article(text, dt.date(2026, 1, 30)).pub_date == dt.date(2026, 1, 30)
    assert Article(text, dt.datetime(2026, 1, 30, 8, 0)).pub_date == dt.date(2026, 1, 30)


@pytest.mark.parametrize("pub_date", [None, "", "  ", "2026-13-01", "30/01/2026", "昨天", 20260130])
def test_missing_or_malformed_pub_date_is_an_article_error(pub_date: object) -> None:
    with pytest.raises(ArticleError):
        Article("1月29日，会议召开。", pub_date)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   \n\t", None, b"bytes"])
def test_empty_or_non_text_is_an_article_error(text: object) -> None:
    with pytest.raises(ArticleError):
        Article(text, "2026-01-30")  # type: ignore[arg-type]


def test_inferred_pub_date_is_the_latest_full_date_and_flagged() -> None:
    text = "2025年12月20日，实验室揭牌。2026年1月6日，研究院正式启用。去年3月，项目签约。"
    article = Article(text, infer_pub_date=True)
    assert article.pub_date == dt.date(2026, 1, 6)
    assert article.pub_date_estimated is True
    assert Article(text, "2026-01-30").pub_date_estimated is False


def test_inference_without_any_full_date_is_an_article_error() -> None:
    with pytest.raises(ArticleError, match="cannot infer"):
        Article("去年12月，两省市联合印发管理办法。", infer_pub_date=True)


def test_id_is_stable_across_whitespace_and_width_and_survives_lone_surrogates() -> None:
    spaced_full_width = Article("重庆 实验室\n揭牌２０２５", "2026-01-30")
    assert spaced_full_width.id == Article("重庆实验室揭牌2025", "2026-01-30").id
    assert Article("重庆实验室揭牌", "2026-01-30").id != Article("成都实验室揭牌", "2026-01-30").id
    assert len(Article("会议召开\udce9", "2026-01-30").id) == 16
    assert Article("x", "2026-01-30", id="given").id == "given"


_WHITESPACE = re.compile(r"\s+")
_MARKS = st.sampled_from("\u0301\u0308\u0323\u0338\u3099\u309a\u1161\u11a8\u0344\u0f73")
_WIDE_FORMS = st.characters(min_codepoint=0xFF00, max_codepoint=0xFFEF)


@settings(max_examples=500)
@given(st.lists(st.one_of(st.characters(blacklist_categories=("Cs",)), _MARKS, _WIDE_FORMS), max_size=30))
def test_normalise_text_is_nfkc_without_whitespace(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert normalise_text(text) == _WHITESPACE.sub("", unicodedata.normalize("NFKC", text))


def test_normalise_text_examples() -> None:
    assert normalise_text("重庆实验室（二期）\u3000揭牌， Ａ2 ") == "重庆实验室(二期)揭牌,A2"
    assert normalise_text("Cafe\u0301\u00a0ｶﾞ") == "Caféガ"
