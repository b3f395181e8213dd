"""Ceremonies, meetings and visits: the act a ceremony holds, its venues, who visits or meets.

Rows from `shared/spec/events.md` and the real articles (file named in the id), with invented
variants; every expected value was worked out by reading the sentence.
"""

from __future__ import annotations

import pytest
from extracted import event_facts
from extracted import event_triples as _events

from timeline.events import Article, extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # real 205: who chaired the ceremonies of an act told before is no act of its own
        pytest.param(
            "6月1日，宜宾锂电项目开工仪式举行。集中开工和签约仪式分别由张三、李四主持。",
            [("construction", "occurred", "2025-06-01")],
            id="集中开工和签约仪式分别由…主持-205",
        ),
        pytest.param(
            "6月1日，宜宾锂电项目开工仪式举行。奠基和签约仪式分别由张三、李四主持。",
            [("construction", "occurred", "2025-06-01")],
            id="奠基和签约仪式分别由…主持",
        ),
        pytest.param(
            "6月1日，长安汽车新工厂开工。开工及揭牌活动分别由市委书记张三、市长李四主持。",
            [("construction", "occurred", "2025-06-01")],
            id="开工及揭牌活动分别由…主持",
        ),
        # 主持召开 is the meeting itself
        pytest.param(
            "6月1日，宜宾市政府由市长王五主持召开常务会议。",
            [("meeting", "occurred", "2025-06-01")],
            id="由…主持召开-a-meeting-stays",
        ),
    ],
)
def test_a_ceremony_chaired_is_no_new_act(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """仪式由…主持: who led a ceremony, not an act of its own."""
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # real 187: the attendee unveils a named body (an 办事处 is a body's name)
        ("樊新鸿出席开/竣工仪式并为宝山办事处揭牌。", [("opening", "宝山办事处")]),
        ("3月5日，副市长出席开工仪式并为重庆实验室授牌。", [("approval", "重庆实验室")]),
        ("3月5日，区长出席签约仪式并为两江协同创新区揭牌。", [("opening", "两江协同创新区")]),
        ("3月5日，成都经济贸易办事处揭牌成立。", [("founding", "成都经济贸易办事处")]),
        # attending and speaking, or handing prizes to people, is no act of a body
        ("3月5日，市长出席揭牌仪式并讲话。", []),
        ("3月5日，市长出席仪式并为企业代表颁奖。", []),
    ],
)
def test_an_attendee_who_unveils_a_body_tells_it(text: str, expected: list[tuple[str, str]]) -> None:
    """出席…并为X揭牌: the attendee performs the act on a named thing; attendance alone is none."""
    found = extract(Article(text, "2025-11-30")).events
    assert [(e.type, e.subject.name if e.subject else None) for e in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # real 052 and 132: the only report of a ceremony is its attendance; it names its thing
        pytest.param(
            "9月1日，烟台海岸带研究所副所长王晓斌一行赴河北省科学院参加了“河北海岸带生态与环境联合实验室”"
            "签约暨揭牌仪式。",
            [("opening", "河北海岸带生态与环境联合实验室")],
            id="参加了“X”签约暨揭牌仪式-052",
        ),
        pytest.param(
            "副省长张建星出席17日举行的2012年绥化首批产业项目集中开工暨远景低碳产业园奠基仪式。",
            [("construction", "远景低碳产业园")],
            id="出席…暨X奠基仪式-132",
        ),
        pytest.param(
            "3月5日，副省长参加了宁德时代宜宾基地项目开工仪式。",
            [("construction", "宁德时代宜宾基地项目")],
            id="参加了X开工仪式",
        ),
        pytest.param(
            "3月5日，区长一行参加四川大学宜宾产业技术研究院揭牌仪式。",
            [("opening", "四川大学宜宾产业技术研究院")],
            id="参加X揭牌仪式",
        ),
        # a ceremony attended that names no thing, or the people attending: no act
        pytest.param("3月5日，有关负责人参加开/竣工仪式。", [], id="参加开/竣工仪式-187"),
        pytest.param("出席今天签约活动的领导有市委书记王成。", [], id="出席…活动的领导-213"),
        pytest.param("3月5日，市长参加“双招双引”项目集中签约仪式。", [], id="参加“slogan”签约仪式"),
    ],
)
def test_a_ceremony_attended_that_names_its_thing_is_reported(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """参加/出席 + a ceremony ending the clause with a recognised name before its act: the act of
    that ceremony, its thing the subject (never the attendee); a bare ceremony attended is none."""
    found = extract(Article(text, "2025-11-30")).events
    assert [(e.type, e.subject.name if e.subject else None) for e in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organiser's attribute opening the ceremony's words (the shape 由…主办的…签约仪式在…举行
        # of session 9's blind batch; invented names): the thing is named after its 的
        pytest.param(
            "5月6日，由市投促局主办的重庆实验室项目签约仪式在渝中区举行。",
            [("signing", "occurred", "2025-05-06", "重庆实验室项目")],
            id="由X主办的…签约仪式在…举行",
        ),
        pytest.param(
            "5月6日，市政府主办的重庆实验室签约仪式在渝中区举行。",
            [("signing", "occurred", "2025-05-06", "重庆实验室")],
            id="X主办的…签约仪式",
        ),
        # two names of one occasion joined by 暨, the second held (corpus 065): the second's name
        pytest.param(
            "2月16日，“省市县三级项目协同联动开工”暨2022年“项目大会战”动员大会在南昌举行。",
            [("meeting", "occurred", "2025-02-16", "2022年“项目大会战”动员大会")],
            id="“…”暨…动员大会在…举行-065",
        ),
        # a body leading a thing founded is no organiser's attribute: the thing stays the subject
        pytest.param(
            "5月6日，由重庆大学牵头的重庆实验室揭牌成立。",
            [("founding", "occurred", "2025-05-06", "重庆实验室")],
            id="由X牵头的…揭牌成立",
        ),
    ],
)
def test_an_occasion_named_after_its_organiser_or_a_joined_name(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    """由X主办的 / X主办的 (vocab.ORGANISER_ATTRIBUTE) opening the words before the act is no part of
    the thing; of two names joined by 暨 (vocab.OCCASION_JOINER) the occasion held is the second."""
    assert event_facts(text, "2025-11-30") == expected


@pytest.mark.parametrize(
    ("text", "pub", "subject"),
    [
        pytest.param(  # as 428 (宁夏) without its batch done together (集中开工: its holder, 银川市)
            "3月18日,银川市2022年第一批重大项目推进会在苏银产业园举行,各县(市)区、园区设分会场。",
            "2022-03-19",
            "银川市2022年第一批重大项目推进会",
            id="银川市2022年…推进会-428",
        ),
        pytest.param(  # 297 (云南): the place's unit written after its short form (楚雄|市)
            "“投资楚雄•共赢未来”楚雄市2024年彝族火把节招商引资推介会举行。",
            "2024-07-29",
            "楚雄市2024年彝族火把节招商引资推介会",
            id="楚雄市2024年…推介会-297",
        ),
        # negatives: a body's yearly meeting keeps the body as its subject (322), a year alone
        # before the name dates it (not part of the name: 2023年全国竞走冠军赛, 118)
        pytest.param(
            "1月5日开发区保税区2006年工作会议召开。", "2006-01-06", "开发区保税区", id="2006年工作会议-322"
        ),
        pytest.param(
            "9月2日，2023年全国竞走冠军赛暨青少年竞走锦标赛在山东省日照市举行。",
            "2023-09-03",
            "全国竞走冠军赛暨青少年竞走锦标赛",
            id="2023年…冠军赛-118",
        ),
    ],
)
def test_a_meeting_named_after_its_place_and_year_keeps_them(text: str, pub: str, subject: str) -> None:
    """A meeting's name written right after a place and a year is named with both (spec: a date
    inside a name is part of the name; the gold's name of 297-01 and 428-01)."""
    assert subject in {e.subject.name for e in extract(Article(text, pub)).events if e.subject}


@pytest.mark.parametrize(
    ("text", "pub", "subject"),
    [
        # 415: a meeting's name, 暨 and another occasion ending in 会 that no suffix of the table ends
        pytest.param(
            "中評社北京9月10日電／據新華社報導，以“瓊港合作、互惠共贏”為主題的海南自由貿易港推介會暨政策解讀會"
            "9日在香港會展中心舉行。",
            "2025-09-10",
            "海南自由贸易港推介会暨政策解读会",
            id="推介會暨政策解讀會9日在-415",
        ),
        # 329: …and a ceremony whose act is the trigger (签约仪式)
        pytest.param(
            "9月20日，遂宁市投资环境推介会暨项目签约仪式在成都举行。",
            "2018-09-21",
            "遂宁市投资环境推介会暨项目签约仪式",
            id="推介会暨项目签约仪式在-329",
        ),
        # 157: the name runs up to the date after it (昨日)
        pytest.param(
            "2014南寧投資貿易洽談會暨重大項目簽約儀式昨日在市委市政府會議中心隆重舉行。",
            "2014-05-17",
            "2014南宁投资贸易洽谈会暨重大项目签约仪式",
            id="洽談會暨…簽約儀式昨日-157",
        ),
        # negatives: the thing of a ceremony joined to a meeting stays its subject (256), and so does a
        # body leading the meeting's name (a meeting's name ending in a suffix is whole already, 372)
        pytest.param(
            "10月14日，新时代中国教育学科发展论坛暨内蒙古师范大学教育学院揭牌仪式在内蒙古师范大学赛罕校区举行。",
            "2021-10-15",
            "内蒙古师范大学教育学院",
            id="论坛暨X揭牌仪式-256",
        ),
        pytest.param(
            "9月2日，2023年全国竞走冠军赛暨青少年竞走锦标赛在山东省日照市举行。",
            "2023-09-03",
            "全国竞走冠军赛暨青少年竞走锦标赛",
            id="冠军赛暨锦标赛-118",
        ),
    ],
)
def test_a_meeting_joined_to_another_occasion_is_named_by_both(text: str, pub: str, subject: str) -> None:
    """A meeting's name followed by 暨 and the name of another occasion held with it (…会, …仪式,
    …论坛) is one name up to where the clause goes on (a date, 在/于, a mark): the gold's name of
    415-03, 329-02 and 157-05."""
    assert subject in {e.subject.name for e in extract(Article(text, pub)).events if e.subject}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pool q55 (traditional characters): the city organises the ceremony of its projects' acts
        pytest.param(
            "9月6日，我市組織第二十三屆投洽會廈門市重大項目集中開竣工活動。",
            [("construction", "occurred", "2025-09-06", "厦门市")],
            id="组织…开竣工活动",
        ),
        pytest.param(
            "3月1日，宜宾市组织一批重大项目集中开工活动。",
            [("construction", "occurred", "2025-03-01", "宜宾市")],
            id="组织…开工活动",
        ),
        pytest.param(
            "3月1日，宜宾市组织召开重大项目签约活动。",
            [("signing", "occurred", "2025-03-01", "宜宾市")],
            id="组织召开…签约活动-the-organiser-holds-it",
        ),
        pytest.param(
            "3月1日，宜宾市组织长江工业园项目开工仪式。",
            [("construction", "occurred", "2025-03-01", "长江工业园项目")],
            id="组织…X开工仪式-the-thing",
        ),
        # organising people or work is no ceremony held
        pytest.param("3月1日，宜宾市组织专家对项目开工条件进行评审。", [], id="组织专家-no-ceremony"),
        pytest.param("市委组织部部长出席开工活动。", [], id="组织部-attending"),
    ],
)
def test_a_ceremony_organised_is_held(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    """组织 (organise) holds a ceremony named after it as 举行 does (vocab.CEREMONY_HOLDING_VERBS):
    its act, held by the organiser or done to the thing it names."""
    assert event_facts(text, "2025-11-30") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "11月1日，临港新片区举行“国际创新协同区全面启动仪式”。",
            ("other", "occurred", "2025-11-01"),
            id="启动仪式-036",
        ),
        pytest.param(
            "11月1日，重庆高新区举行“科学城二期项目开工仪式”。",
            ("construction", "occurred", "2025-11-01"),
            id="开工仪式-in-quotes",
        ),
        pytest.param(
            "11月1日，重庆市举办科技创新大会。", ("meeting", "occurred", "2025-11-01"), id="a-meeting-stays"
        ),
        pytest.param(
            "3月24日，九龙坡区第一批重大项目集中开工活动在西彭镇举行。",
            ("construction", "occurred", "2025-03-24"),
            id="a-ceremony-held-is-its-act",
        ),
        pytest.param(
            "3月24日，长寿区重大项目集中签约仪式隆重举办。",
            ("signing", "occurred", "2025-03-24"),
            id="a-signing-ceremony-held",
        ),
        pytest.param(
            "3月24日，长寿区第一批集中开工活动启动。",
            ("construction", "occurred", "2025-03-24"),
            id="a-ceremony-started",
        ),
    ],
)
def test_a_ceremony_has_its_acts_type(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _events(text, "2025-11-30")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a batch's act (集中开工) joined by 暨 to one member's ceremony: the member is named, the
        # batch only by its kind or holder (real news 251, 216, 218, 221, 274; the gold of each
        # gives the member, the place at most accepted)
        pytest.param(
            "17日，粤港澳大湾区建设重大项目集中开工暨中子科学城·松山湖材料实验室动工仪式在东莞松山湖举行。",
            "中子科学城·松山湖材料实验室",
            id="重大项目集中开工暨X动工仪式-251",
        ),
        pytest.param(
            "4月15日，辽中区举行2020年春季重点项目集中开工暨辽宁百岁国际家居建材工业园项目开工仪式。",
            "辽宁百岁国际家居建材工业园项目",
            id="举行…集中开工暨X开工仪式-216",
        ),
        pytest.param(
            "6月29日，天台县重大项目集中开工暨总部经济大楼项目开工仪式举行。",
            "总部经济大楼项目",
            id="集中开工暨X开工仪式举行-218",
        ),
        # a member no table ends (…科技城) in a body named in its words: that body (real news 330)
        pytest.param(
            "3月30日，晋中市转型项目建设年3月份集中开工暨转型综改示范区晋中开发区山西智慧科技城奠基仪式隆重举行。",
            "晋中开发区",
            id="集中开工暨…X开发区Y科技城奠基仪式-330",
        ),
        # not without 集中 (two named acts), nor when the joined ceremony names a batch
        pytest.param(
            "6月29日，天台县人民医院项目开工暨总部经济大楼项目奠基仪式举行。",
            "天台县人民医院项目",
            id="X开工暨Y奠基仪式-two-named",
        ),
        pytest.param(
            "6月29日，天台县重大项目集中开工暨首批项目签约仪式举行。",
            "天台县",
            id="集中开工暨首批项目签约仪式-a-batch",
        ),
    ],
)
def test_a_batch_act_joined_to_a_members_ceremony_names_the_member(text: str, subject: str) -> None:
    found = extract(Article(text, "2025-11-30")).events
    assert found and found[0].subject is not None and found[0].subject.name == subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # real 007: an attendance word naming the meeting held (观摩会), nobody attending
        pytest.param(
            "27日，安顺市2020年第二次项目建设现场观摩会暨第六批重大项目集中开工仪式在西秀区南山婆生态特色食品"
            "产业园建设项目举行。",
            [("construction", "occurred", "2025-11-27")],
            id="观摩会暨开工仪式…举行-007",
        ),
        pytest.param(
            "3月1日，宜宾市重大项目观摩活动在长江工业园举行。",
            [("meeting", "occurred", "2025-03-01")],
            id="观摩活动…举行",
        ),
        pytest.param(
            "3月1日，宜宾市第三季度重点项目观摩大会暨集中签约仪式在叙州区举行。",
            [("signing", "occurred", "2025-03-01")],
            id="观摩大会暨签约仪式…举行",
        ),
        # someone attending stays no act
        pytest.param("3月1日，市长参加观摩活动。", [], id="参加观摩活动-attending"),
        pytest.param("3月1日，市长出席开工仪式。", [], id="出席开工仪式-attending"),
        pytest.param("市长参加会议并讲话。", [], id="参加会议-attending"),
    ],
)
def test_a_meeting_named_by_an_attendance_word_is_held(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """观摩会/观摩活动/观摩大会: an attendance word right before a meeting noun names the meeting
    (vocab.ATTENDANCE_NAMING_MEETING); its ceremony held is an act, while attending one is none."""
    assert _events(text, "2025-11-30") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "5月27日，重庆市·四川省共建具有全国影响力的科技创新中心2021年重大项目集中开工活动，在成渝两地举行。",
            ("construction", "重庆市·四川省共建具有全国影响力的科技创新中心2021年重大项目集中开工活动"),
            id="在成渝两地举行-035",
        ),
        pytest.param(
            "5月27日，长寿区重大项目集中签约仪式，在长寿经开区隆重举行。",
            ("signing", "长寿区重大项目集中签约仪式"),
            id="隆重举行",
        ),
        pytest.param(
            "5月27日，九龙坡区第一批重点项目集中开工活动，同步举行。",
            ("construction", "九龙坡区第一批重点项目集中开工活动"),
            id="同步举行",
        ),
    ],
)
def test_a_ceremony_held_after_a_comma_is_one_event(text: str, expected: tuple[str, str]) -> None:
    """The comma between a ceremony's name and where it was held does not part subject and verb:
    one event, whose clause runs from the ceremony's name (its subject is the one the name would
    give in one clause: test_events_entities, a ceremony held in the next clause)."""
    found = extract(Article(text, "2025-05-28")).events
    assert [(e.type, e.summary.startswith(expected[1])) for e in found] == [(expected[0], True)]
    assert found[0].date is not None and found[0].date.value == "2025-05-27"


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # real 183 (昆明日报): the act's trigger stands inside the ceremony's name
        pytest.param(
            "12月12日，沪滇对口协作捐赠仪式暨沪滇临港昆明科技城企业入驻签约仪式在昆举行。",
            "2022-12-13",
            [
                (
                    "signing",
                    "occurred",
                    "2022-12-12",
                    "沪滇对口协作捐赠仪式暨沪滇临港昆明科技城企业入驻签约仪式",
                )
            ],
            id="入驻签约仪式在昆举行-183",
        ),
        # real 109 (a 内蒙古 chronicle, traditional characters): held by the curtain's words
        pytest.param(
            "10月22日中國—蒙古國文化交流活動周開幕式晚會在呼和浩特市內蒙古烏蘭恰特拉開帷幕。",
            "2015-10-30",
            [("meeting", "occurred", "2015-10-22", "中国—蒙古国文化交流活动周开幕式晚会")],
            id="開幕式晚會在…拉開帷幕-109",
        ),
        # real 118 (宝鸡 chronicle): the year of the name is no part of the subject
        pytest.param(
            "9月2日，2023年全国竞走冠军赛暨青少年竞走锦标赛在山东省日照市举行。",
            "2023-09-30",
            [("meeting", "occurred", "2023-09-02", "全国竞走冠军赛暨青少年竞走锦标赛")],
            id="锦标赛在…举行-118",
        ),
        # a named ceremony held at a place gives the place (works_places), as before
        pytest.param(
            "5月27日，重大项目集中开工仪式在两江新区举行。",
            "2025-05-28",
            [("construction", "occurred", "2025-05-27", "两江新区")],
            id="generic-ceremony-in-a-named-place",
        ),
        # a ceremony named by its act and noun alone names no occasion: no event, as before
        pytest.param("6月28日，签约仪式在昆举行。", "2020-06-30", [], id="签约仪式-alone"),
        pytest.param("6月28日，重大项目集中签约仪式在昆举行。", "2020-06-30", [], id="a-generic-ceremony"),
        pytest.param(
            "6月28日，2020年第二批重大项目集中开工仪式在此举行。", "2020-06-30", [], id="a-batch-ceremony"
        ),
        # a venue not ending the clause in a verb of holding: no event
        pytest.param("6月28日，全国竞走冠军赛在日照市进行。", "2020-06-30", [], id="进行-is-no-holding"),
    ],
)
def test_a_ceremony_named_where_it_is_held_is_its_subject(
    text: str, pub: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    """<ceremony or meeting>在<venue>举行 in one clause, nothing else named: the occasion's name is
    the subject, as when the venue is told in a clause of its own (above); a name made of its acts,
    batch and generic words alone names none."""
    assert event_facts(text, pub) == expected


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        pytest.param(
            "7月13日，济南市投促局开发区一行到邹城经济开发区参观考察。", "济南市投促局开发区", id="一行-037"
        ),
        pytest.param(
            "7月13日，重庆市科技局一行到两江新区调研。", "重庆市科学技术局", id="a-body's-delegation"
        ),
        pytest.param("7月13日，重庆大学代表团到两江新区实地调研。", "重庆大学", id="代表团"),
        pytest.param("7月13日，市委书记袁家军到两江新区调研。", "袁家军", id="a-person-stays-the-visitor"),
        pytest.param("7月13日，市长胡衡华前往两江新区慰问一线建设者。", "胡衡华", id="慰问"),
        pytest.param("7月13日，市长胡衡华看望慰问一线建设者。", "胡衡华", id="看望慰问"),
        pytest.param("7月13日，市政协主席唐方裕一行到重庆科学城参观学习。", "唐方裕", id="参观学习"),
        pytest.param("7月13日，副市长张国智察看了重庆实验室建设情况。", "张国智", id="察看"),
        pytest.param("7月13日，省长黄强视察四川天府新区。", "黄强", id="视察"),
        pytest.param(
            "7月13日，国家发改委副主任赵辰昕一行到重庆检查指导工作。", "赵辰昕", id="一行-检查指导"
        ),
        pytest.param("7月13日，市长胡衡华带队检查指导安全生产工作。", "胡衡华", id="带队-检查指导"),
        pytest.param("7月13日，重庆大学代表团到访重庆科学城。", "重庆大学", id="到访"),
        pytest.param("7月13日，市长胡衡华看望一线建设者。", "胡衡华", id="看望"),
        pytest.param("7月13日，市长胡衡华走访重庆实验室。", "胡衡华", id="走访"),
        pytest.param(
            "7月13日，省委书记王晓晖、省长黄强到宜宾市调研。",
            "王晓晖",
            id="a-list-of-visitors-led-by-its-first",
        ),
        pytest.param(
            "7月13日，常务副市长陈鸣波深入重庆科学城调研重点项目建设。", "陈鸣波", id="深入-调研"
        ),
        # real 210: a run of titles before the name, 来 + the place visited (was 青海省委常委)
        pytest.param(
            "7月13日，青海省委常委、副省长张建民来海东调研督导重点项目建设情况。",
            "张建民",
            id="titles-then-来-210",
        ),
        pytest.param("7月13日，四川省委常委、副省长罗强来宜宾调研。", "罗强", id="titles-then-来"),
        pytest.param("7月13日，市长王勇来渝考察重点项目。", "王勇", id="来-an-abbreviated-place"),
        # …and a 来 inside a name is no arrival: the whole name (not 李来)
        pytest.param("7月13日，副市长李来福来宜宾调研。", "李来福", id="来-inside-the-name"),
        pytest.param("7月13日，市长王刚先后来到高新区两个项目调研。", "王刚", id="先后-after-the-name"),
        pytest.param("7月13日，省长李强专程前往宜宾市考察。", "李强", id="专程-after-the-name"),
        pytest.param("7月13日，区委书记陈敏再次调研科学城建设。", "陈敏", id="再次-after-the-name"),
        pytest.param("7月13日，市委书记赵刚分别察看了两个项目。", "赵刚", id="分别-after-the-name"),
        # a visiting party arriving at a site (real 006, 210)
        pytest.param(
            "7月13日，市委书记孙中全等领导来到牧原集团永济分公司生猪养殖及饲料厂建设项目一线，"
            "详细了解项目开工建设情况。",
            "孙中全",
            id="等领导来到…一线-006",
        ),
        pytest.param(
            "7月13日，省委书记王晓一行来到宁德时代宜宾基地，了解企业生产情况。", "王晓", id="一行来到…基地"
        ),
        pytest.param(
            "7月13日，副市长李军一行先后来到宜宾锂电产业园施工现场，了解项目进度。",
            "李军",
            id="一行先后来到…施工现场",
        ),
    ],
)
def test_a_delegation_visits(text: str, visitor: str) -> None:
    """Spec: a visit has the visiting person or delegation as subject."""
    found = extract(Article(text, "2025-07-30")).events
    assert [(e.type, e.subject.name if e.subject else None) for e in found] == [("other", visitor)]


@pytest.mark.parametrize(
    "text",
    [
        "7月13日，记者来到宜宾锂电产业园施工现场。",
        "总经理李炜一大早就来到车间。",
        "高端人才主动来到这些城市工作。",
        "7月13日，毛伟明一行来到广汽埃安长沙工厂总装车间、科技展厅等。",
    ],
)
def test_an_arrival_without_a_visiting_party_at_a_site_is_no_visit(text: str) -> None:
    """来到 is a visit only when a visiting party (一行, 等领导) arrives at a site ending the clause
    (vocab.VISIT_ARRIVALS): not a reporter, a worker at work, people moving, nor an unfinished list."""
    assert extract(Article(text, "2025-07-30")).events == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit named by the speech or instruction it gave, recalled (388, 045, 275): no visit
        pytest.param(
            "2024年以来，滨海新区认真落实习近平总书记视察天津重要讲话精神，加快推动高质量发展。",
            [],
            id="视察天津重要讲话精神-388",
        ),
        pytest.param(
            "今年，云南省贯彻落实习近平总书记考察云南重要讲话精神，推进区域协调发展。",
            [],
            id="考察云南重要讲话精神-045",
        ),
        pytest.param("3月，朔州市深入贯彻落实林武书记调研朔州指示精神。", [], id="调研朔州指示精神-275"),
        # …a visit told, even with a speech after it in another clause, stays
        pytest.param(
            "7月13日，市委书记袁家军到宜宾锂电产业园考察，并发表重要讲话。",
            [("other", "occurred", "2025-07-13")],
            id="a-visit-told-then-a-speech",
        ),
    ],
)
def test_a_visit_named_by_its_speech_recalled_is_no_visit(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """vocab.VISIT_SPEECH_RECALLED: 视察/考察/调研 + the place + 重要讲话 / 指示精神 …"""
    assert _events(text, "2025-07-30") == expected


@pytest.mark.parametrize(
    ("text", "host"),
    [
        pytest.param("7月13日，市委书记袁家军会见华为公司董事长徐直军一行。", "袁家军", id="会见"),
        pytest.param("7月13日，区长王兵主持召开区政府常务会议。", "王兵", id="主持召开"),
        pytest.param("7月13日，市委书记袁家军接见华为公司董事长徐直军一行。", "袁家军", id="接见"),
        pytest.param("7月13日，市委书记袁家军与在渝企业家座谈。", "袁家军", id="座谈"),
        pytest.param("7月13日，市委书记袁家军与华为公司董事长徐直军会谈。", "袁家军", id="会谈"),
        pytest.param("7月13日，重庆市举行区县重大项目推进会。", "重庆市", id="举行-a-meeting-of-区县"),
    ],
)
def test_a_meeting_between_people_or_convened_by_one(text: str, host: str) -> None:
    """Spec: meetings are typed meeting; a person who meets or convenes is the subject."""
    found = extract(Article(text, "2025-07-30")).events
    assert [(e.type, e.subject.name if e.subject else None) for e in found] == [("meeting", host)]


@pytest.mark.parametrize(
    ("text", "expected", "meeting"),
    [
        pytest.param(
            "在2月18日召开的浦东新区“共赢浦东共创未来——引领区2024年抓投资促发展大会”上，7个项目签约。",
            [("meeting", "2025-02-18"), ("signing", "2025-02-18")],
            "浦东新区“共赢浦东共创未来——引领区2024年抓投资促发展大会”",
            id="在…召开的大会上-088",
        ),
        pytest.param(
            "在3月5日举行的2025重庆智博会上，重庆实验室揭牌。",
            [("meeting", "2025-03-05"), ("opening", "2025-03-05")],
            "2025重庆智博会",
            id="在…举行的博会上-its-year-dates-nothing",
        ),
    ],
)
def test_a_meeting_framing_the_sentence_is_an_event(
    text: str, expected: list[tuple[str, str]], meeting: str
) -> None:
    """在…召开的<meeting>上: the meeting is held (an event with its name as subject), and a year
    inside its name dates no clause of the sentence."""
    found = extract(Article(text, "2025-06-30")).events
    assert [(e.type, e.date.value if e.date else None) for e in found] == expected
    assert found[0].subject is not None and found[0].subject.name == meeting


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare 在<meeting>上 (no verb of holding) before an act held at it is that act's occasion
        # (449-15: occasion frame, no milestone; 271's forum; 282's 在…大会上，17个重大项目集中签约)
        pytest.param(
            "9月25日，在2021中国500强企业高峰论坛全体大会上，吉林省重点合作项目签约仪式举行。",
            [("signing", "2025-09-25")],
            id="在…全体大会上，…签约仪式举行-449",
        ),
        pytest.param(
            "9月10日上午，在2017中國企業500強高峰論壇上，舉行了中國500強企業投資江西重大項目簽約儀式。",
            [("signing", "2025-09-10")],
            id="在…高峰論壇上，舉行了…簽約儀式-271",
        ),
        pytest.param(
            "4月27日，在天津滨海新区投资促进大会上，重庆实验室揭牌。",
            [("opening", "2025-04-27")],
            id="在…大会上，…揭牌",
        ),
        # …while one held by a verb is reported held (088), and a bare one before no act stays
        pytest.param(
            "在4月27日召开的天津滨海新区投资促进大会上，重庆实验室揭牌。",
            [("meeting", "2025-04-27"), ("opening", "2025-04-27")],
            id="在…召开的大会上，…揭牌",
        ),
        pytest.param(
            "4月27日，在天津滨海新区投资促进大会上，政协委员共献良策。",
            [("meeting", "2025-04-27")],
            id="在…大会上，no-act",
        ),
    ],
)
def test_a_bare_meeting_frame_before_an_act_is_its_occasion(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = extract(Article(text, "2025-09-30")).events
    assert [(e.type, e.date.value if e.date else None) for e in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a briefing placing the sentence is the source of what is said there (real 323: 在“…”
        # 新闻发布会上，…副主任彭伟介绍了…; gold 129-03, 161-01, 253-05: a briefing named as the
        # source), while a meeting placing it is held (the seed's 在…联组讨论上, 282's 在…大会上)
        pytest.param(
            "4月27日，在“美丽‘滨城’建设一季度实现良好开局”新闻发布会上，天津滨海新区发改委副主任彭伟"
            "介绍了第一季度情况。",
            [],
            id="在…新闻发布会上-323",
        ),
        pytest.param("4月27日，在重庆市政府新闻通气会上，市科技局局长介绍了有关情况。", [], id="在…通气会上"),
        # …and so is one held the day the speaker talks at it (real 303: 合肥海关关长周荣球在1月15日
        # 下午举行的2025年安徽省外贸情况新闻发布会上表示), with the frame first or the speaker first
        pytest.param(
            "合肥海关关长周荣球在1月15日下午举行的2025年安徽省外贸情况新闻发布会上表示，去年全省外贸增长10%。",
            [],
            id="X在…举行的…新闻发布会上表示-303",
        ),
        pytest.param(
            "在4月27日召开的重庆市政府新闻通气会上，市科技局局长介绍了有关情况。",
            [],
            id="在…召开的…通气会上",
        ),
        pytest.param(
            "在4月27日召开的天津滨海新区投资促进大会上，政协委员共献良策。",
            [("meeting", "天津滨海新区投资促进大会")],
            id="在…召开的…大会上-a-meeting-held-088",
        ),
        pytest.param(
            "4月27日，在天津滨海新区投资促进大会上，政协委员共献良策。",
            [("meeting", "天津滨海新区投资促进大会")],
            id="在…大会上-a-meeting-held",
        ),
        pytest.param(
            "4月27日，天津滨海新区召开新闻发布会。", [("meeting", "滨海新区")], id="召开新闻发布会-091"
        ),
    ],
)
def test_a_briefing_placing_the_sentence_is_no_meeting(text: str, expected: list[tuple[str, str]]) -> None:
    found = extract(Article(text, "2025-06-30")).events
    assert [(e.type, e.subject.name if e.subject else None) for e in found] == expected


def test_a_start_marked_by_its_curtain_names_the_zone() -> None:
    """标志着江东新区全面建设正式拉开帷幕 (077): the zone whose works start is the subject."""
    text = "10月18日，海口江东新区6大项目集中开工，标志着江东新区全面建设正式拉开帷幕。"
    found = extract(Article(text, "2019-10-19")).events
    assert ("construction", "江东新区") in [(e.type, e.subject.name if e.subject else None) for e in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "2021年7月13日，万宁市举办2021年度第四批集中开工分会场活动。", "construction", id="开工分会场"
        ),
        pytest.param(
            "2021年7月13日，文昌市在航天城举行重点项目集中签约分会场活动。", "signing", id="签约分会场"
        ),
        pytest.param(
            "2023年3月2日，临港新片区举行一季度重大项目集中开工分场仪式。", "construction", id="开工分场"
        ),
        pytest.param(
            "2024年5月6日，项目签约分产业招商和科技合作2个专场。", None, id="签约分-专场-how-organised"
        ),
    ],
)
def test_a_sub_venue_keeps_the_act(text: str, expected: str | None) -> None:
    """Spec: a ceremony has its act's type; a sub-venue (分会场) of a groundbreaking or signing
    ceremony is that act, while 签约分…专场 only tells how the signing was organised."""
    found = extract(Article(text, "2025-07-30")).events
    assert [e.type for e in found] == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "3月20日，新疆生产建设兵团第十二师2022年项目集中开(复)工仪式，在主会场头屯河农场，"
            "分会场兵团乌鲁木齐经济技术开发区、二二一团、二二二团举行。",
            [("construction", "occurred", "2025-03-20")],
            id="仪式，在主会场…，分会场…举行-116",
        ),
        pytest.param(
            "5月8日，渝北区2025年二季度重大项目集中签约仪式，在主会场空港新城，分会场仙桃数据谷、两路街道举行。",
            [("signing", "occurred", "2025-05-08")],
            id="签约仪式，在主会场…，分会场…举行",
        ),
        pytest.param(
            "3月20日，重庆市举行重大项目集中开工仪式，在主会场两江新区，市长出席。",
            [("construction", "occurred", "2025-03-20")],
            id="a-ceremony-held-then-a-venue",
        ),
    ],
)
def test_a_ceremony_named_and_held_after_its_venues_is_one_event(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ceremony held at a works' site with no one else acting: the works are the subject
        # (real news: 8月26日上午，在…产业园项目举行开工仪式)
        pytest.param(
            "5月6日上午，在永川凤凰湖智能制造产业园项目举行开工仪式。",
            [("construction", "2025-05-06", "永川凤凰湖智能制造产业园项目")],
            id="在…项目举行开工仪式",
        ),
        pytest.param(
            "5月6日，在綦江齿轮新能源总部基地现场隆重举行签约仪式。",
            [("signing", "2025-05-06", "綦江齿轮新能源总部基地")],
            id="在…基地现场隆重举行签约仪式",
        ),
        pytest.param(
            "2月8日，在江津德感工业园区举行奠基仪式。",
            [("construction", "2025-02-08", "江津德感工业园区")],
            id="在…园区举行奠基仪式",
        ),
        # a site that is no works, or a meeting held there: no act of works
        pytest.param("5月6日，在市政府举行开工仪式。", [], id="在市政府-no-works"),
        pytest.param("5月6日，在重庆东站项目举行座谈会。", [], id="在…项目举行座谈会-a-meeting"),
    ],
)
def test_a_ceremony_held_at_a_works_site_names_the_works(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = extract(Article(text, "2025-06-30")).events
    told = [(e.type, e.date.value if e.date else None, e.subject.name if e.subject else "") for e in found]
    assert told == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act quoted right before its ceremony's noun gives the ceremony its type (real news:
        # 巨一集团时尚智能智造产业园“动土”仪式在…举行)
        pytest.param(
            "5月6日，永川智能制造产业园“动土”仪式在这里举行。",
            [("construction", "occurred", "2025-05-06")],
            id="“动土”仪式",
        ),
        pytest.param(
            "5月6日，重庆东站“奠基”仪式隆重举行。",
            [("construction", "occurred", "2025-05-06")],
            id="“奠基”仪式",
        ),
        pytest.param(
            "5月6日，重庆实验室“揭牌”仪式在两江新区举行。",
            [("opening", "occurred", "2025-05-06")],
            id="“揭牌”仪式",
        ),
        # a quoted name of a campaign before its noun stays a name (no act inside)
        pytest.param(
            "5月6日，“三个一批”活动在永川举行。",
            [("meeting", "occurred", "2025-05-06")],
            id="“三个一批”活动-a-name",
        ),
    ],
)
def test_an_act_quoted_before_its_ceremony(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # real 276: the ceremony's whole name quoted before the verb that holds it
        pytest.param(
            "5月13日，“大杨国贸大厦开工仪式”在辽宁省大连市金普新区小窑湾国际商务区举行。",
            [("construction", "occurred", "2024-05-13", "大杨国贸大厦")],
            id="“X开工仪式”在…举行-276",
        ),
        pytest.param(
            "5月13日，“重庆实验室揭牌仪式”在两江新区举行。",
            [("opening", "occurred", "2024-05-13", "重庆实验室")],
            id="“X揭牌仪式”在…举行",
        ),
        # a quoted meeting with no act, and a time after a quoted ceremony: as before
        pytest.param(
            "5月13日，“2024重庆投资推介会”在两江新区举行。",
            [("meeting", "occurred", "2024-05-13", "2024重庆投资推介会")],
            id="“推介会”在…举行-a-meeting",
        ),
        pytest.param("5月13日，“揭牌仪式”后举行了座谈会。", [], id="“揭牌仪式”后-a-time"),
    ],
)
def test_a_ceremony_quoted_before_its_verb_has_its_acts_type(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    """“X开工仪式”在…举行: the act inside the quoted name gives the type (triggers.
    _named_ceremony_act), as 举行“X开工仪式” does."""
    assert event_facts(text, "2024-06-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 347 (澳门): a ceremony held under a name of the closed class of ceremonies (典礼), as 仪式 is
        pytest.param(
            "澳门科学馆于2006年举行奠基仪式，2009年举行开幕典礼。",
            [
                ("construction", "occurred", "2006", "澳门科学馆"),
                ("meeting", "occurred", "2009", "澳门科学馆"),
            ],
            id="举行开幕典礼-347",
        ),
        pytest.param(
            "11月8日，重庆国际博览中心举行开幕典礼。",
            [("meeting", "occurred", "2025-11-08", "重庆国际博览中心")],
            id="举行开幕典礼",
        ),
        # nothing held: 开幕 alone, as before
        pytest.param("会议于3月5日开幕。", [], id="开幕-alone"),
        pytest.param("5日，市长出席开幕。", [], id="出席开幕"),
    ],
)
def test_a_ceremony_of_any_name_is_held(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert event_facts(text, "2025-11-30") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # real 428 (银川): a batch's start told as a meeting named by its holder and a year; the
        # holder is the subject, as of a ceremony of the same words (README: the place that held
        # the event; meeting accepted)
        pytest.param(
            "3月18日，银川市2022年第一批重大项目集中开工现场推进会在苏银产业园举行。",
            [("meeting", "银川市")],
            id="holder-year-batch-meeting-428",
        ),
        pytest.param(
            "3月18日，银川市2022年第一批重大项目集中开工仪式在苏银产业园举行。",
            [("construction", "银川市")],
            id="holder-year-batch-ceremony-as-before",
        ),
        pytest.param(
            "5月10日，2024年宜宾市第二批重大项目集中开工动员会举行。",
            [("meeting", "宜宾市")],
            id="year-holder-batch-meeting",
        ),
        # real 145 (忠县): a signing at an occasion named by its holder and a quarter
        pytest.param(
            "12月1日，现场举行了忠县第四季度暨首届全国忠商大会招商项目集中签约。",
            [("signing", "忠县")],
            id="holder-quarter-occasion-145",
        ),
        # …not an occasion of no batch, nor one named by a year alone (real 197)
        pytest.param(
            "3月18日，银川市2022年第一批重大项目推进会在苏银产业园举行。",
            [("meeting", "银川市2022年第一批重大项目推进会")],  # its name whole, place and year
            id="a-meeting-of-no-batch-done-together",
        ),
        pytest.param(
            "3月18日，忠县第四季度招商推介会在重庆举行。",
            [("meeting", "忠县第四季度招商推介会")],
            id="a-meeting-of-no-batch-named-by-a-quarter",
        ),
        pytest.param(
            "10月13日，2021中国南京金秋经贸洽谈会重大项目集中签约仪式在南京国际博览会议中心举行。",
            [("signing", "2021中国南京金秋经贸洽谈会")],
            id="an-occasion-named-by-a-year-alone-197",
        ),
    ],
)
def test_an_occasion_of_a_batch_named_by_its_holder_and_a_period_is_the_holders(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = extract(Article(text, "2022-03-20")).events
    assert [(e.type, e.subject.name if e.subject else "") for e in found] == expected
