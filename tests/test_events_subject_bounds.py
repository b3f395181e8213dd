"""Where a subject's name ends (spec: "Entities of an event": the main entity is the thing the
milestone is about, named in full): a capacity told inside a works' name is part of it, and a
unit of a plant named right after its works is their part. Rows are phrasings of the real corpus
(ids in comments), and negatives that keep their reading.
"""

from __future__ import annotations

import pytest

from timeline.events import Article, extract

PUB = "2023-09-30"


def _subjects(text: str) -> list[str | None]:
    return [e.subject.name if e.subject else None for e in extract(Article(text, PUB)).events]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # 355: a phase, then the capacity counted in 条
        (
            "第一期年产240万条全钢子午线轮胎项目现已基本达产，目前已开发40个花色品种。",
            ["第一期年产240万条全钢子午线轮胎项目"],
        ),
        # 355: the name opening a sentence is what its acts are about, its part (土建部分) set
        # apart: the part's works done (355-13) and the plant's to be done (355-14)
        (
            "第一期年产240万条全钢子午线轮胎项目现已基本达产。第二期年产240万条全钢子午线轮胎项目土建部分已经"
            "全部完成，2017年底将完成全部钢构厂房建设。",
            [
                "第一期年产240万条全钢子午线轮胎项目",
                "第二期年产240万条全钢子午线轮胎项目",
                "第二期年产240万条全钢子午线轮胎项目",
            ],
        ),
        # 244: a capacity counted in 件 after the owner's words (another owner)
        (
            "重庆长安汽车年产10万件智能化生产线产能扩建项目于6月5日开工。",
            ["重庆长安汽车年产10万件智能化生产线产能扩建项目"],
        ),
        # a count that is no capacity still gives its owner (水土新城两家实验室)
        ("水土新城两家实验室揭牌。", ["水土新城"]),
    ],
)
def test_a_capacity_inside_a_works_name_is_part_of_it(text: str, subjects: list[str]) -> None:
    assert _subjects(text) == subjects


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # 358: the workshop of the milk powder project
        ("其余配套仓库完成约60%，奶粉项目奶粉车间主体已封顶。", "奶粉项目"),
        # 238: the first phase's units, listed
        ("灌装饮料生产项目一期超净车间、动力机房、成品仓库、污水处理厂已完工。", "灌装饮料生产项目"),
        # 358: the office building of the liquid milk project
        ("液奶项目办公楼已封顶。", "液奶项目"),
        # 110: the welding shop of a refit (the works, with the capacity in their name)
        ("技术改造项目焊装厂房、冲压厂房、总装车间、涂装厂房陆续封顶。", "技术改造项目"),
    ],
)
def test_a_unit_named_right_after_its_works_is_their_part(text: str, subject: str) -> None:
    assert _subjects(text) == [subject]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # 283: a building with a name of its own (医学大楼 is no unit of a plant)
        (
            "四川转化医学国家重大科技基础设施项目医学大楼已完成消防验收。",
            "四川转化医学国家重大科技基础设施项目医学大楼",
        ),
        # 238: units of the works with no name before them keep their reading (the frame is a
        # part of the workshop, as its 主体 is: WORKS_PART_NOUNS)
        ("项目二期主车间主体框架基本完工。", "项目二期主车间"),
    ],
)
def test_a_unit_with_no_works_named_before_it_keeps_its_reading(text: str, subject: str) -> None:
    assert _subjects(text) == [subject]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # 370: the works announced after an official's titles name their county's batch
        ("市人大常委會副主任、縣委書記申君明宣布甘谷縣2021年第一批重點項目開工。", ["甘谷县"]),
        # 369: the first of the works announced, not the title of the official before
        (
            "市委常委、县委书记刘凯主持开工仪式，宣布灵台县城区道路建设工程等9个重大项目开工。",
            ["灵台县城区道路建设工程"],
        ),
        # 142: a name the recogniser knows was the subject already
        ("曹慧泉宣布长株潭先进硬质材料产业园项目开工。", ["长株潭先进硬质材料产业园项目"]),
        # 005, 204: a kind pointing back names nothing announced (the ceremony told around it acts)
        ("林升宣布园区奠基。", []),
        ("县委书记唐守兵宣布项目开工。", []),
    ],
)
def test_the_works_an_official_announces_are_the_subject(text: str, subjects: list[str]) -> None:
    assert _subjects(text) == subjects


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # 354: a road section named whole (its own head, 段), then works of another kind
        ("交通項目建設方面，加西高速大通至西海段、西互一級擴能改造工程順利通車。", "加西高速大通至西海段"),
        # 367: sections and roads of one batch opened together
        (
            "2022年12月28日，G15沈海高速公路海口段、国道G360文昌至临高公路集中通车。",
            "G15沈海高速公路海口段",
        ),
        # 119 (negative): two rivers share the project named after them (another act)
        ("长江上游凯江、郪江流域生态修复项目于6月5日开工。", "长江上游凯江、郪江流域生态修复项目"),
    ],
)
def test_a_list_whose_first_member_names_a_thing_gives_that_member(text: str, subject: str) -> None:
    assert _subjects(text) == [subject]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # 294: a company's short name before the place of its power plant (国投 of 国投钦州电厂)
        ("12月25日，总投资约110亿元的国投钦州电厂三期4×66万千瓦超超临界燃煤发电项目开工。", "国投钦州电厂"),
        # 314: a group's name before the place of its branch
        ("2022年4月，上汽集团郑州发动机分公司一期项目投产、二期在建。", "上汽集团郑州发动机分公司"),
        # a brand before a factory's place, as before (广汽埃安长沙工厂)
        ("2021年，广汽埃安长沙工厂正式投产。", "广汽埃安长沙工厂"),
        # negatives: a plant and a branch named from their place keep their reading
        ("2021年，钦州电厂三期工程开工。", "钦州电厂三期工程"),
        ("2022年4月，郑州发动机分公司一期项目投产。", "郑州发动机分公司一期项目"),
    ],
)
def test_a_brand_before_a_place_opens_the_name_of_a_company_plant_or_branch(text: str, subject: str) -> None:
    assert _subjects(text) == [subject]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # 466: two people introduced with their titles, joined by 与 before the signing
        (
            "我校校长蒋洪新、副校长王善平，永州市委副书记、市人民政府市长赵应云、市人民政府副市长谢景林出席"
            "签约仪式。王善平与谢景林签署了战略合作框架协议。",
            ["王善平"],
        ),
        # the same with invented people of a city and a company
        (
            "重庆市副市长张建国、长安汽车董事长李卫东出席签约仪式。张建国与李卫东签署了战略合作协议。",
            ["张建国"],
        ),
        # 126: a company with no suffix before 与 and a government after it
        ("華潤置地與寶山區政府簽署了《戰略合作協議》。", ["华润置地"]),
        # negatives: a project whose name holds 与, 和 inside a ministry's name (032), an act
        # that is no signing (119)
        ("亿纬锂能储能与动力电池项目签约。", ["亿纬锂能储能与动力电池项目"]),
        (
            "△虚拟现实共性技术文化和旅游部技术创新中心等10个项目签约。",
            ["虚拟现实共性技术文化和旅游部技术创新中心"],
        ),
        ("觉醒睡眠与认知全国重点实验室交付使用。", ["觉醒睡眠与认知全国重点实验室"]),
    ],
)
def test_two_parties_joined_before_a_signing_give_the_first(text: str, subjects: list[str]) -> None:
    assert _subjects(text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # 382-06: people signing for their bodies: the gold's subject is the first's university
        pytest.param(
            "甘肃农业大学党委书记赵凯、校长柴强，兰州城市学院党委副书记、校长曹洁出席了签约仪式。签约仪式上，"
            "柴强和曹洁代表双方签署了《甘肃农业大学兰州城市学院战略合作协议》。",
            ["甘肃农业大学"],
            marks=pytest.mark.xfail(strict=True, reason="the person signing is the subject, not the body"),
        ),
        # 411-02: 中科院 is cut off before a short form (有机所) that ends in no suffix
        pytest.param(
            "9月4日，中科院上海有机所与华东师范大学签署校所合作协议。",
            ["中科院上海有机所"],
            marks=pytest.mark.xfail(strict=True, reason="上海有机所: the body's short form has no suffix"),
        ),
    ],
)
def test_a_party_signing_named_in_full(text: str, subjects: list[str]) -> None:
    assert _subjects(text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # 452 (its bracketed 新桥 left out): 这座 + a head that ends names (大桥) refers back like
        # 这家, 这所, 该
        ("伊犁河大桥正式通车。这座大桥于2017年6月开工建设。", ["伊犁河大桥", "伊犁河大桥"]),
        # invented: the same class with other heads that end names
        ("成都天府国际机场正式投运。这座机场于2016年5月开工建设。", ["成都天府国际机场", "成都天府国际机场"]),
        ("宁德时代电池工厂正式投产。这座工厂于2017年6月开工建设。", ["宁德时代电池工厂", "宁德时代电池工厂"]),
        # negatives: a head that ends no name was read so already; with nothing told before, the
        # reference names no one
        ("拉林铁路全线通车。这条铁路于2014年12月开工建设。", ["拉林铁路", "拉林铁路"]),
        ("这座大桥于2017年6月开工建设。", []),
    ],
)
def test_a_demonstrative_with_a_measure_word_refers_back(text: str, subjects: list[str]) -> None:
    assert _subjects(text) == subjects


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # 126: the government after 与 is the other party
        (
            "華潤置地與寶山區政府簽署了《戰略合作協議》。",
            {("华润置地", "subject"), ("宝山区政府", "object"), ("战略合作协议", "object")},
        ),
        # 466: the second of two people introduced with their titles
        (
            "我校校长蒋洪新、副校长王善平，永州市委副书记、市人民政府市长赵应云、市人民政府副市长谢景林出席"
            "签约仪式。王善平与谢景林签署了战略合作框架协议。",
            {("王善平", "subject"), ("谢景林", "object")},
        ),
    ],
)
def test_the_second_of_two_joined_parties_is_the_object(text: str, roles: set[tuple[str, str]]) -> None:
    (event,) = extract(Article(text, PUB)).events
    assert {(entity.name, entity.role) for entity in event.entities} == roles


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # 371: an item's number opening a clause of a plan is no part of its subject
        ("(7)确保六中新校区、三中初中部、新兴小学、第五幼儿园、第六幼儿园秋季投入使用。", ["六中新校区"]),
        # 371: the number alone names no one (the gold's 西环路, after the act, is still missed)
        ("(2)开工新建西环路。", []),
        # 430: a risk listed under a number: 本项目 with nothing told before it names no one
        (
            "1、本項目投產運行可能會受宏觀經濟、行業競爭、市場需求變化、政策不確定性及運營管理等多種風險因素的"
            "影響,存在效益不及預期的風險。",
            [],
        ),
        # negatives: a name after a number was read so already; a line's number that is a name's
        ("（2）宁德时代电池工厂正式投产。", ["宁德时代电池工厂"]),
        ("1号线一期工程正式开通运营。", ["1号线一期工程"]),
    ],
)
def test_a_list_item_number_opens_no_subject(text: str, subjects: list[str]) -> None:
    assert _subjects(text) == subjects
