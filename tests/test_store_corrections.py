"""Stored articles are found before extraction; corrections are reported, and replaced on request."""

from __future__ import annotations

import json

import pytest

from timeline import Article, Extraction, Timeline
from timeline.model import Entity


@pytest.fixture
def tl(store_url):
    with Timeline(store_url) as timeline:
        yield timeline


def _day(build, value):
    return build.date(value, value, value, "day")


def test_a_finished_ingest_run_again_extracts_nothing(store_url, monkeypatch):
    from timeline import events

    texts = [f"2025年12月{day}日，重庆第{day}实验室揭牌。" for day in range(1, 21)]
    articles = [Article(text, "2025-12-21") for text in texts]
    calls = []
    real = events.extract
    monkeypatch.setattr(events, "extract", lambda article: calls.append(article.id) or real(article))
    with Timeline(store_url) as tl:
        first = tl.ingest_many(articles, batch_size=6)
        assert (first.articles, first.duplicates, len(calls)) == (20, 0, 20)
        copies = [Article(text + "\n", "2025-12-21", id=f"copy-{n}") for n, text in enumerate(texts)]
        again = tl.ingest_many([*articles, *copies], batch_size=7)
        single = tl.ingest(articles[0])
    assert (again.articles, again.duplicates, again.corrections) == (0, 40, ())
    assert (single.articles, single.duplicates) == (0, 1)
    assert len(calls) == 20


def test_copies_within_one_batch_are_extracted_once(tl, monkeypatch):
    from timeline import events

    calls = []
    real = events.extract
    monkeypatch.setattr(events, "extract", lambda article: calls.append(article.id) or real(article))
    article = Article("2025年12月20日，重庆实验室揭牌。", "2025-12-21")
    report = tl.ingest_many([article, article, Article(article.text + " ", "2025-12-21", id="other")])
    assert (report.articles, report.duplicates, len(calls)) == (1, 2, 1)


def test_a_changed_date_source_or_title_is_reported_and_left_alone(tl, build):
    old = build.article("重庆实验室揭牌。", "2025-12-21", id="a1", source="重庆日报", title="揭牌")
    tl.ingest(build.extraction(old, build.event(old, "重庆实验室揭牌", date=_day(build, "2025-12-20"))))
    new = build.article("重庆实验室揭牌。", "2025-12-22", id="a1", source="重庆晨报", title="揭牌")
    report = tl.ingest_many([build.extraction(new, build.event(new, "重庆实验室揭牌"))])
    assert (report.articles, report.duplicates, report.replaced) == (0, 0, 0)
    ((article_id, changes),) = report.corrections
    assert article_id == "a1"
    assert changes == "publication date '2025-12-21' → '2025-12-22'; source '重庆日报' → '重庆晨报'"
    (stored,) = tl.articles()
    assert (stored.pub_date.isoformat(), stored.source) == ("2025-12-21", "重庆日报")


def test_replace_rebuilds_the_events_the_old_copy_touched(tl, build):
    lab = build.article("2025年12月，重庆实验室揭牌。", "2025-12-21", id="lab", source="重庆日报")
    other = build.article("重庆实验室12月20日揭牌。", "2025-12-22", id="other", source="科技日报")
    month = build.date("2025-12", "2025-12-01", "2025-12-31", "month")
    tl.ingest_many(
        [
            build.extraction(
                lab,
                build.event(lab, "重庆实验室揭牌", date=month),
                build.event(lab, "重庆实验室签约", type="signing", date=month),
            ),
            build.extraction(other, build.event(other, "重庆实验室揭牌", date=_day(build, "2025-12-20"))),
        ]
    )
    opening = tl.milestones(types="opening")[0]
    assert (opening.source_count, opening.value) == (2, "2025-12-20")

    corrected = build.article("2025年11月，重庆实验室揭牌。", "2025-12-21", id="lab", source="重庆日报")
    report = tl.ingest_many(
        [
            build.extraction(
                corrected, build.event(corrected, "重庆实验室揭牌", date=_day(build, "2025-11-03"))
            )
        ],
        replace=True,
    )
    assert (report.articles, report.replaced, report.events) == (1, 1, 1)
    assert [c[0] for c in report.corrections] == ["lab"]
    assert tl.milestones(types="signing") == []  # its only source was the old copy
    events = tl.milestones(types="opening")
    assert [(e.value, e.source_count, e.merge_count) for e in events] == [
        ("2025-11-03", 1, 0),
        ("2025-12-20", 1, 0),
    ]
    assert [s.article_id for e in events for s in e.sources] == ["lab", "other"]
    assert [a.text for a in tl.articles()] == [other.text, corrected.text]
    assert tl.stats()["sources"] == 2


def test_an_event_rebuilt_after_a_replacement_is_no_longer_found_by_the_old_sentence(tl, build):
    """An event that kept another article's report is searched by what its sources say now: the
    replaced version's sentence (2025年12月) stayed in its search text and found it."""
    old = build.article("2025年12月，重庆实验室揭牌。", "2025-12-21", id="lab")
    other = build.article("重庆实验室12月20日揭牌。", "2025-12-22", id="other")
    month = build.date("2025-12", "2025-12-01", "2025-12-31", "month")
    tl.ingest_many(
        [
            build.extraction(old, build.event(old, "重庆实验室揭牌", date=month)),
            build.extraction(other, build.event(other, "重庆实验室揭牌", date=_day(build, "2025-12-20"))),
        ]
    )
    assert [e.value for e in tl.milestones(query="2025年12月")] == ["2025-12-20"]
    new = build.article("2025年11月，重庆实验室签约。", "2025-12-21", id="lab")
    signing = build.event(new, "重庆实验室签约", type="signing", date=_day(build, "2025-11-03"))
    tl.ingest_many([build.extraction(new, signing)], replace=True)
    assert tl.milestones(query="2025年12月") == []
    assert [e.value for e in tl.milestones(query="12月20日")] == ["2025-12-20"]
    assert [e.value for e in tl.milestones(query="2025年11月")] == ["2025-11-03"]


def test_replace_with_the_same_article_changes_nothing(tl, build):
    article = build.article("重庆实验室揭牌。", "2025-12-21", id="a1")
    extraction = build.extraction(
        article, build.event(article, "重庆实验室揭牌", date=_day(build, "2025-12-20"))
    )
    tl.ingest(extraction)
    before = tl.milestones()
    report = tl.ingest(extraction, replace=True)
    assert (report.articles, report.duplicates, report.replaced) == (0, 1, 0)
    assert tl.milestones() == before


@pytest.mark.parametrize("batch_size", [1, 50], ids=["apart", "one-batch"])
@pytest.mark.parametrize("replace", [False, True], ids=["kept", "replaced"])
def test_two_versions_of_one_id_in_one_stream_are_a_correction(tl, build, batch_size, replace):
    """Two records of one input sharing an id, with other texts, were reported as "1 already
    stored" (a duplicate) and the second dropped silently, --replace or not. The second is a
    correction of the first: reported, and with `replace` it is the version stored."""
    first = build.article("甲实验室揭牌。", "2025-12-21", id="a1")
    second = build.article("乙公司签约。", "2025-12-22", id="a1")
    copy = build.article("甲实验室揭牌。", "2025-12-21", id="a1")
    report = tl.ingest_many(
        [
            build.extraction(first, build.event(first, "甲实验室揭牌", subject=("甲实验室", "lab"))),
            build.extraction(copy, build.event(copy, "甲实验室揭牌", subject=("甲实验室", "lab"))),
            build.extraction(
                second, build.event(second, "乙公司签约", type="signing", subject=("乙公司", "company"))
            ),
        ],
        batch_size=batch_size,
        replace=replace,
    )
    assert report.corrections == (("a1", "publication date '2025-12-21' → '2025-12-22'; text changed"),)
    assert report.duplicates == 1  # the copy of the first version, only
    (stored,) = tl.articles()
    assert stored.text == (second.text if replace else first.text)
    assert [e.summary for e in tl.milestones()] == (["乙公司签约"] if replace else ["甲实验室揭牌"])


def test_the_same_text_under_another_id_after_a_version_swap_is_a_duplicate(tl, build):
    """Each version's own text hash is remembered (they were keyed by id, so the first version's
    hash was the second's and a copy of the first under another id was stored again)."""
    first = build.article("甲实验室揭牌。", "2025-12-21", id="a1")
    second = build.article("乙公司签约。", "2025-12-22", id="a1")
    again = build.article("甲实验室揭牌。", "2025-12-21", id="a2")
    report = tl.ingest_many(
        [build.extraction(a, build.event(a, a.text.rstrip("。"))) for a in (first, second, again)],
        batch_size=50,
    )
    assert (report.articles, report.duplicates) == (1, 1)
    assert [a.id for a in tl.articles()] == ["a1"]


# -- copies: another id, the same normalised text ---------------------------------------------------

OPENING = "2025年12月20日，重庆实验室揭牌成立。"
YESTERDAY = "昨天，重庆实验室揭牌成立。"
SIGNING = "2025年11月3日，重庆海辰储能科技有限公司与长安汽车签约。"


def _opening_sources(tl):
    """(date, [(article id, source, pub date, start offset)]) of each stored founding event."""
    return [
        (
            event.value,
            [(s.article_id, s.source, s.pub_date.isoformat(), s.start_char) for s in tl.sources(event.id)],
        )
        for event in tl.milestones(types="founding")
    ]


@pytest.mark.parametrize("batch_size", [1, 50], ids=["apart", "one-batch"])
def test_replacing_an_article_keeps_what_its_exact_copy_reported(tl, batch_size):
    """A copy under another id (same text, same publication date) was dropped unrecorded: replacing
    the article it copied with another text took the events away, though the user ingested the
    copy. It takes the article's place, under its own id, source and title."""
    original = Article(OPENING, "2025-12-21", id="a", source="重庆日报", title="揭牌")
    copy = Article(OPENING, "2025-12-21", id="b", source="新华社", title="重庆实验室成立")
    first = tl.ingest_many([original, copy], batch_size=batch_size)
    assert (first.articles, first.duplicates) == (1, 1)
    corrected = Article(SIGNING, "2025-12-21", id="a", source="重庆日报", title="签约")
    report = tl.ingest_many([corrected], replace=True, batch_size=batch_size)
    assert (report.articles, report.replaced) == (1, 1)
    assert _opening_sources(tl) == [("2025-12-20", [("b", "新华社", "2025-12-21", 12)])]
    assert [e.summary for e in tl.milestones(types="signing")] == ["重庆海辰储能科技有限公司与长安汽车签约"]
    stored = {article.id: article for article in tl.articles()}
    assert sorted(stored) == ["a", "b"]
    assert (stored["b"].text, stored["b"].source, stored["b"].title) == (OPENING, "新华社", "重庆实验室成立")
    assert stored["a"].text == SIGNING
    (event,) = tl.milestones(types="founding")
    assert [s.article_id for s in tl.event(event.id).sources] == ["b"]


@pytest.mark.parametrize("batch_size", [1, 50], ids=["apart", "one-batch"])
@pytest.mark.parametrize(
    ("copy_text", "copy_date", "expected"),
    [
        (YESTERDAY, "2025-12-25", ("2025-12-24", 3)),  # 昨天 of its own publication date
        ("昨天， 重庆实验室揭牌成立。", "2025-12-21", ("2025-12-20", 4)),  # a blank moves the offsets
    ],
    ids=["another-pub-date", "another-blank"],
)
def test_a_copy_that_would_extract_otherwise_is_extracted_in_its_place(
    tl, batch_size, copy_text, copy_date, expected
):
    """A copy with another publication date (relative dates resolve against it) or other blanks
    (offsets) does not report what the replaced text did: it is extracted, as the user gave it."""
    original = Article(YESTERDAY, "2025-12-21", id="a", source="重庆日报")
    copy = Article(copy_text, copy_date, id="b", source="新华社")
    assert tl.ingest_many([original, copy], batch_size=batch_size).duplicates == 1
    assert _opening_sources(tl) == [("2025-12-20", [("a", "重庆日报", "2025-12-21", 3)])]
    tl.ingest_many([Article(SIGNING, "2025-12-21", id="a")], replace=True, batch_size=batch_size)
    value, start = expected
    assert _opening_sources(tl) == [(value, [("b", "新华社", copy_date, start)])]
    assert {a.id: a.text for a in tl.articles()}["b"] == copy_text


@pytest.mark.parametrize("batch_size", [1, 50], ids=["apart", "one-batch"])
def test_a_copy_in_the_replacing_run_takes_the_old_text_s_place(tl, batch_size):
    """The copy may come in the same run as the correction that replaces what it copies."""
    tl.ingest(Article(OPENING, "2025-12-21", id="a"))
    report = tl.ingest_many(
        [Article(SIGNING, "2025-12-21", id="a"), Article(OPENING, "2025-12-21", id="b", source="新华社")],
        replace=True,
        batch_size=batch_size,
    )
    assert report.replaced == 1
    assert _opening_sources(tl) == [("2025-12-20", [("b", "新华社", "2025-12-21", 12)])]
    assert sorted(a.id for a in tl.articles()) == ["a", "b"]


def test_a_run_again_knows_copies_by_id_before_extracting(tl, monkeypatch):
    from timeline import events

    articles = [
        Article(OPENING, "2025-12-21", id="a"),
        Article(OPENING + "\n", "2025-12-21", id="b"),
        Article(OPENING, "2025-12-21", id="c"),
    ]
    tl.ingest_many(articles)
    tl.ingest(Article(SIGNING, "2025-12-21", id="a"), replace=True)  # b takes a's text
    calls = []
    real = events.extract
    monkeypatch.setattr(events, "extract", lambda article: calls.append(article.id) or real(article))
    again = tl.ingest_many(articles[1:])
    assert (again.articles, again.duplicates, calls) == (0, 2, [])
    assert sorted(a.id for a in tl.articles()) == ["a", "b"]


def test_a_copy_with_other_details_is_a_correction(tl):
    tl.ingest_many([Article(OPENING, "2025-12-21", id="a"), Article(OPENING, "2025-12-21", id="b")])
    report = tl.ingest(Article(OPENING, "2025-12-21", id="b", source="新华社"))
    assert report.corrections == (("b", "source '' → '新华社'"),)


def test_a_copy_that_cannot_be_extracted_leaves_the_store_as_it_was(tl, monkeypatch):
    """Replacing, and the copy taking the old text's place, are one transaction."""
    from timeline import events
    from timeline.errors import ArticleError

    tl.ingest_many([Article(YESTERDAY, "2025-12-21", id="a"), Article(YESTERDAY, "2025-12-25", id="b")])
    before = (tl.articles(), tl.milestones())

    def refuse(article):
        raise ArticleError("refused")

    monkeypatch.setattr(events, "extract", refuse)
    corrected = Extraction(Article(SIGNING, "2025-12-21", id="a"), (), (), ())
    with pytest.raises(ArticleError, match="article b, a copy of a"):
        tl.ingest(corrected, replace=True)
    assert (tl.articles(), tl.milestones()) == before
    monkeypatch.undo()
    tl.ingest(corrected, replace=True)
    assert _opening_sources(tl) == [("2025-12-24", [("b", "", "2025-12-25", 3)])]


def test_copies_of_an_article_that_failed_are_stored_themselves(tl, monkeypatch):
    """A copy of an article of the same run that is then not stored was never a duplicate."""
    from timeline import events
    from timeline.errors import ArticleError

    real = events.extract

    def refuse_a(article):
        if article.id == "a":
            raise ArticleError("refused")
        return real(article)

    monkeypatch.setattr(events, "extract", refuse_a)
    report = tl.ingest_many([Article(OPENING, "2025-12-21", id="a"), Article(OPENING, "2025-12-21", id="b")])
    assert (report.articles, report.duplicates, [s[0] for s in report.skipped]) == (1, 0, ["a"])
    assert [a.id for a in tl.articles()] == ["b"]


def test_replacing_an_article_takes_its_mentions_off_the_counts(tl):
    """Tenth review (correctness, low): an entity's mention count kept the mentions of an article
    `replace=True` (`--replace`) took out: named twice, then once, then not at all, 重庆实验室 still
    counted two mentions, then three, then three (and 两江新区, named by the first
    version only, kept its one)."""
    lab = "重庆实验室"

    def mentions():
        return {entity.name: entity.mention_count for entity in tl.entities()}

    tl.ingest(Article("2025年1月15日，重庆实验室揭牌成立。重庆实验室位于两江新区。", "2025-01-20", id="a"))
    assert mentions()[lab] == 2
    tl.ingest(Article("2025年1月15日，重庆实验室揭牌成立。", "2025-01-20", id="a"), replace=True)
    assert mentions()[lab] == 1
    tl.ingest(Article("2025年1月15日，重庆大学揭牌成立。", "2025-01-20", id="a"), replace=True)
    assert mentions().get(lab, 0) == 0


def _named(build, article_id, text, names, mentions):
    """An article of no event naming each entity of `names` (name -> type) `mentions` times."""
    article = build.article(text, "2025-12-21", id=article_id)
    entities = tuple(Entity(name, kind) for name, kind in names.items())
    return build.extraction(article, entities=entities, mentions=mentions)


def _counts(tl):
    return {entity.name: entity.mention_count for entity in tl.entities()}


def test_a_replaced_article_takes_its_mentions_off_an_entity_it_was_folded_into_and_split_back(tl, build):
    """Folded by hand, 长庐动力's mentions count for the kept entity; the article that made them,
    replaced, takes them off both; split back, 长庐动力 has what is left of its own (none) and the
    kept entity what its own article made (1)."""
    short, full = "长庐动力", "合肥长庐动力电池科技有限公司"
    tl.ingest(_named(build, "a1", "长庐动力揭牌，长庐动力投产。", {short: "company"}, 2))
    tl.ingest(_named(build, "a2", f"{full}签约。", {full: "company"}, 1))
    tl.merge_entities(full, short)
    assert _counts(tl) == {full: 3}
    tl.ingest_many([_named(build, "a1", "长庐动力揭牌。", {short: "company"}, 1)], replace=True)
    assert _counts(tl) == {full: 2}
    tl.ingest_many([_named(build, "a1", "一家公司揭牌。", {}, 0)], replace=True)
    assert _counts(tl) == {full: 1}
    tl.split_entity(short)
    assert _counts(tl) == {full: 1}  # no stored article names 长庐动力 now: not listed (harden23)
    assert tl.entity(short).mention_count == 0


def test_mentions_follow_a_fold_of_a_fold(tl, build):
    """乙 folded into 甲, 甲 into 丙: an article naming 乙 twice, replaced by one naming nobody,
    takes 2 off 乙, 甲 and 丙; splitting 甲 then takes 甲's count (its own 1 and what is left of
    乙's, none) off 丙, which keeps its own 1."""
    names = ("甲实验室", "乙实验室", "丙实验室")
    for number, name in enumerate(names):
        tl.ingest(_named(build, f"a{number}", f"{name}揭牌。", {name: "lab"}, 2 if name == "乙实验室" else 1))
    tl.merge_entities("甲实验室", "乙实验室")
    tl.merge_entities("丙实验室", "甲实验室")
    assert _counts(tl) == {"丙实验室": 4}
    tl.ingest_many([_named(build, "a1", "实验室揭牌。", {}, 0)], replace=True)
    assert _counts(tl) == {"丙实验室": 2}
    tl.split_entity("甲实验室")
    assert _counts(tl) == {"丙实验室": 1, "甲实验室": 1}
    tl.split_entity("乙实验室")
    assert _counts(tl) == {"丙实验室": 1, "甲实验室": 1}  # no stored article names 乙 now: not listed
    assert tl.entity("乙实验室").mention_count == 0


def test_a_replaced_article_takes_off_the_mentions_an_alias_folded(tl, build):
    """量测院 (named twice by a1) is folded into the full name when a3 declares it an alias; a1
    replaced by a version naming nobody takes its two mentions off the full name's count."""
    name = "重庆市计量质量检测研究院"
    tl.ingest(_named(build, "a1", "量测院揭牌，量测院成立。", {"量测院": "institute"}, 2))
    tl.ingest(_named(build, "a2", f"{name}召开大会。", {name: "institute"}, 1))
    three = build.article(f"{name}（以下简称“量测院”）签约。", "2025-12-28", id="a3")
    tl.ingest(build.extraction(three, entities=(Entity(name, "institute", ("量测院",)),), mentions=1))
    assert _counts(tl) == {name: 4}
    tl.ingest_many([_named(build, "a1", "一家单位揭牌。", {}, 0)], replace=True)
    assert _counts(tl) == {name: 2}


def test_load_replace_takes_the_replaced_extractions_mentions_off(tmp_path, build, capsys):
    """`timeline load --replace` of a corrected extractions file: the mentions of the version it
    replaces go (3 -> 1), a second load of the same file changes nothing."""
    from timeline.cli import main
    from timeline.serial import extraction_to_dict

    lab, district = "重庆实验室", "两江新区"
    first = _named(build, "a", "重庆实验室位于两江新区。", {lab: "lab", district: "place"}, 3)
    second = _named(build, "a", "重庆实验室揭牌。", {lab: "lab"}, 1)
    db = str(tmp_path / "loaded.db")
    for number, extraction in enumerate((first, second, second)):
        path = tmp_path / f"v{number}.jsonl"
        line = json.dumps(extraction_to_dict(extraction), ensure_ascii=False)
        path.write_text(line + "\n", encoding="utf-8")
        assert main(["load", str(path), "--db", db, *(["--replace"] if number else [])]) == 0
        with Timeline(db) as tl:
            assert _counts(tl) == ({lab: 3, district: 3} if number == 0 else {lab: 1})  # district: unnamed
            assert tl.entity(district).mention_count == (3 if number == 0 else 0)
    capsys.readouterr()


@pytest.mark.parametrize(
    ("copy_text", "copy_date"),
    [(OPENING, "2025-12-21"), (YESTERDAY, "2025-12-25")],
    ids=["exact-copy-takes-the-row", "copy-extracted-again"],
)
def test_a_copy_taking_a_replaced_article_s_place_keeps_its_mentions_counted(tl, copy_text, copy_date):
    """重庆实验室, named once by the replaced text, stays named once: by the copy that takes the
    article's place, whether it takes over the article's row (exact copy: its mention row goes
    with it) or is extracted and stored as an article of its own (its mentions counted then)."""
    original = Article(copy_text, "2025-12-21", id="a")
    copy = Article(copy_text, copy_date, id="b", source="新华社")
    assert tl.ingest_many([original, copy]).duplicates == 1
    assert _counts(tl) == {"重庆实验室": 1}
    tl.ingest_many([Article("2025年11月3日，重庆实验室签约。", "2025-12-21", id="a")], replace=True)
    assert _counts(tl) == {"重庆实验室": 2}
    tl.ingest_many([Article("一家公司签约。", "2025-12-21", id="a")], replace=True)
    assert _counts(tl) == {"重庆实验室": 1}
