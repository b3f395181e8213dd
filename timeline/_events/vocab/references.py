"""Reference vocabulary: short forms, pronouns, aliases and the entities known by name."""

from __future__ import annotations

#: Legal forms ending a company's name; without them (and without its place and trade words) the
#: name's core is an implicit short form (重庆海辰储能科技有限公司 → 海辰储能).
LEGAL_SUFFIXES = ("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "股份公司")
#: Trade words before the legal form that short forms leave out (…储能科技有限公司 → …储能).
TRADE_WORDS = ("科技", "技术", "实业", "发展", "控股", "集团", "投资")
#: An implicit short form has at least this many characters; a longer core is also known by
#: its first SHORT_FORM_LENGTH characters (长庐动力电池 → 长庐动力).
MIN_SHORT_FORM = 3
SHORT_FORM_LENGTH = 4
#: Heads of a part named after its owner's short form, after an optional phase (一期, 二期):
#: 长庐动力一期项目, 禾康生物二期生产线.
#: The mark of a phase (一期, 二期) before such a head.
PHASE_MARK = "期"
PART_HEADS = ("项目", "生产线", "产线", "工厂", "基地", "厂区", "园区", "研发中心")
#: Pronoun-like words that can open a part's name (公司二期生产线): the part belongs to the
#: nearest earlier body of the type the word refers to (see PRONOUNS).
PART_OWNER_WORDS = (
    "该公司",
    "该企业",
    "公司",
    "该研究院",
    "研究院",
    "该院",
    "该中心",
    "该实验室",
    "该校",
    "该园区",
)

#: Pronoun-like mentions: the word -> entity types it may refer to (nearest earlier entity of a
#: fitting type in the same paragraph).
PRONOUNS: dict[str, tuple[str, ...]] = {
    "该公司": ("company",),
    "该企业": ("company",),
    "公司": ("company",),
    "该研究院": ("institute",),
    "研究院": ("institute",),
    "该院": ("institute", "university"),
    "该中心": ("organisation", "institute", "platform"),
    "该实验室": ("lab",),
    "实验室": ("lab",),
    "该平台": ("platform",),
    "该园区": ("platform",),
    "该联盟": ("alliance",),
    "该校": ("university",),
    "该项目": ("project",),
    "项目": ("project", "facility"),
    "该工程": ("project",),
    "工程": ("project",),
    "该草案": ("policy",),
    "该提案": ("policy",),
    "该方案": ("policy",),
    "该区": ("place",),
    "会议": ("meeting",),
    "该会议": ("meeting",),
    "此次会议": ("meeting",),
    "本次会议": ("meeting",),
    "大会": ("meeting",),
    "该市": ("place",),
    # the works a report is about (…花江峡谷大桥也在争分夺秒建设。…，这里也将在今年建成…)
    "这里": ("facility", "platform", "project"),
    "该桥": ("facility",),
    "该站": ("facility",),
    "该厂": ("facility",),
    "该医院": ("facility",),
    "该基地": ("platform",),
}
#: The works 该项目 or 该工程 refers to when no project is named before it in its paragraph or
#: the one before: the facility or park being built told earlier in the same paragraph (…发布了
#: 西安丝路国际会展中心建设规划。目前该项目已经开工).
PRONOUN_FALLBACKS: dict[str, tuple[str, ...]] = {
    word: ("facility", "platform") for word in ("该项目", "该工程")
}
#: Words of kind the clause walk resolves against the things a report told (`topic_chain`):
#: a demonstrative, maybe a description ending in 的, and a kind (该项目, 该线路, 这个规划面积
#: 167亩的产业融合项目); or a bare kind opening a clause (项目预计…, 学校预计…招生). Each kind
#: maps to the types of thing it may refer to.
TOPIC_DEMONSTRATIVES = ("该", "这个", "这一", "这座", "这条", "这家", "这所", "这项", "这片")
#: A place unit right after the demonstrative names a place (该区重点项目: the district's).
TOPIC_NOT_PLACE = "区市县省镇乡州"
#: At most this many characters of description before 的, and of words between it (or the
#: demonstrative) and the kind (产业融合项目).
TOPIC_DESCRIPTION = 24
TOPIC_KIND_WORDS = 6
#: The types of the things a report tells are read from their names' heads and often differ from the
#: kind a report calls them by (沈阳地铁二号线南延线, an organisation by its head, is 该线路): a word
#: of works (该线路, 该枢纽, 园区) may name any thing told but a company, 项目 and 工程 a company's
#: too (its project); a word of a body or a school names a body or a school.
_WORKS = ("facility", "platform", "lab", "project", "institute", "organisation", "university")
_ANY_TOPIC = (*_WORKS, "company")
_BODY = ("company", "organisation")
_SCHOOL = ("facility", "university")
TOPIC_KINDS: dict[str, tuple[str, ...]] = {
    **{kind: _ANY_TOPIC for kind in ("项目", "工程")},
    **{
        kind: _WORKS
        for kind in (
            *("线路", "铁路", "公路", "高速公路", "大桥", "桥", "隧道", "电站", "机场"),
            *("码头", "枢纽", "医院", "工厂", "厂", "园区", "产业园", "基地", "小镇"),
        )
    },
    **{kind: _BODY for kind in ("公司", "企业", "集团")},
    **{kind: _SCHOOL for kind in ("学校", "校区")},
}
BARE_TOPIC_KINDS: dict[str, tuple[str, ...]] = {"项目": _ANY_TOPIC, "工程": _ANY_TOPIC, "学校": _SCHOOL}
#: Words after a kind that make it part of another noun (项目部, 项目经理, 工程师, 项目方).
TOPIC_KIND_NOT_BEFORE = (
    *("部", "经理", "负责人", "方", "组", "办", "单位", "师", "人员", "总监", "库", "所在地"),
    *("建设者", "管理", "招商", "资金", "用地"),
)
#: Category words a phrase may open with before the name it describes (重点工程项目拉林铁路).
TOPIC_CATEGORY_WORDS = ("项目", "工程")
TOPIC_NAME_DASHES = "—－-"
#: How many runs of lead words and dates a clause may open with before its word of kind.
TOPIC_LEAD_STEPS = 3
#: Clauses opening a sentence that say nothing of their own besides lead words: the clause after
#: them opens what the sentence is about (同时，中国自动化…产业园项目建设也正紧锣密鼓进行).
TOPIC_EMPTY_OPENERS = ("当天", "当日", "据悉", "据介绍", "据了解", "连日来", "与此同时", "日前")
#: How many things told the chain looks back at for a referent.
TOPIC_CHAIN_REACH = 40
#: What may stand right before a bare pronoun word (公司, 研究院): otherwise it is part of
#: a longer phrase, not a reference.
PRONOUN_BEFORE = "，,。：:；;“”、了其将也还由向与和在"
#: Bare words that refer back only where a clause opens (项目于2024年3月开工建设): after a quote
#: or inside a phrase they end a name (“…关键技术”项目).
PRONOUNS_AT_CLAUSE_START = ("项目", "工程")
CLAUSE_OPENING_BEFORE = "，,。：:；;\n"

#: "X（以下简称Y）": the phrases that introduce a short name in brackets.
ALIAS_INTRODUCERS = ("以下简称", "以下称", "下称", "简称")

#: Common short forms of well-known bodies, short -> full; users extend it with `aliases=`.
ALIASES: dict[str, str] = {
    "电子科大": "电子科技大学",
    "川大": "四川大学",
    "西南交大": "西南交通大学",
    "重邮": "重庆邮电大学",
    "重医": "重庆医科大学",
    "西政": "西南政法大学",
    "重庆理工": "重庆理工大学",
    "国家发改委": "国家发展改革委",
    "国家发展和改革委员会": "国家发展改革委",
    "市科技局": "重庆市科学技术局",
    "重庆市科技局": "重庆市科学技术局",
    "中科院": "中国科学院",
    "成都超算中心": "国家超级计算成都中心",
}

#: A known name followed by one of these is part of a longer word (科技部门).
KNOWN_NOT_BEFORE = "门长署"
#: Known names made of everyday words (美的 = "beautiful" + 的): a name only where no Han
#: character stands right before them (美的楼宇科技… at a clause start, not 最美的…).
KNOWN_NEEDS_BOUNDARY = ("美的",)

#: Well-known bodies whose names carry no suffix, name -> type.
KNOWN_ENTITIES: dict[str, str] = {
    "科技部": "government",
    "工业和信息化部": "government",
    "工信部": "government",
    "教育部": "government",
    "财政部": "government",
    "国家发展改革委": "government",
    "国务院": "government",
    "市政协": "government",
    "重庆市政协": "government",
    "全国政协": "government",
    "九三学社": "organisation",
    "九三学社中央": "organisation",
    "民革中央": "organisation",
    "民盟中央": "organisation",
    "民建中央": "organisation",
    "民进中央": "organisation",
    "农工党中央": "organisation",
    "致公党中央": "organisation",
    "台盟中央": "organisation",
    "长安汽车": "company",
    "三安光电": "company",
    "宇树科技": "company",
    "海辰储能": "company",
    "赛力斯": "company",
    "京东方": "company",
    "华为": "company",
    "比亚迪": "company",
    "美的": "company",
    # well-known companies whose names carry no legal suffix (宜宾市与宁德时代签约)
    "宁德时代": "company",
    "腾讯": "company",
    "阿里巴巴": "company",
    "百度": "company",
    "京东": "company",
    "蔚来": "company",
    "小鹏汽车": "company",
    "理想汽车": "company",
    "长城汽车": "company",
    "吉利汽车": "company",
    "广汽埃安": "company",
    "中芯国际": "company",
    "海尔": "company",
    "格力电器": "company",
    "联想": "company",
    "大疆": "company",
    "隆基绿能": "company",
    "国家电网": "company",
    "中国石化": "company",
    "中国石油": "company",
    "中国移动": "company",
    "中国电信": "company",
    "中国联通": "company",
    "中国中铁": "company",
    "中国铁建": "company",
    "中国建筑": "company",
    "中国中车": "company",
    "国家电投": "company",
    "东方电气": "company",
    "三一重工": "company",
    "中联重科": "company",
    "潍柴动力": "company",
    "美团": "company",
    "字节跳动": "company",
    "立讯精密": "company",
    "天齐锂业": "company",
    "赣锋锂业": "company",
    "亿纬锂能": "company",
    "国轩高科": "company",
    "中创新航": "company",
    "晶科能源": "company",
    "天合光能": "company",
    "通威股份": "company",
    "阳光电源": "company",
}
