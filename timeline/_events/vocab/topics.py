"""Topic vocabulary: copulas, ranks, region words, a paragraph's topic."""

from __future__ import annotations

#: A record set (创下了当年拿地、当年建设、当年完工、当年投产的“颍泉速度”): the acts inside it
#: describe the record, none is told.
RECORD_VERBS = ("创下", "创造", "创出")
#: The attributive particle: "X的Y" makes Y the head; a trigger before it is attributive.
ATTRIBUTIVE = "的"
#: A park or platform right after one of these is the event's location (在重庆国际博览中心闭幕).
SITE_MARKERS = ("在", "于")
#: What a clause that only says where (在X，) may name (`holders`), and the words it may end in.
HELD_AT_TYPES = ("place", "platform")
PLACE_FRAME_TAILS = ("上", "内", "里", "境内", "区域内")
SITE_TYPES = ("platform",)
#: What joins names listed as joint subjects (金凤实验室、嘉陵江实验室相继揭牌).
LIST_JOINERS = ("、",)
#: Separators of a list of names (巴南龙洲湾、九龙坡西彭等3座加氢站).
LIST_SEPARATORS = "等、"
#: How far after a listed name the 等 closing its list may stand (…基础设施|建设等项目).
LIST_END_REACH = 4
#: Marks after a member's number (1号、2号机组, 一期、二期): a list mark after one, before another
#: number, lists the members of one name.
MEMBER_NUMBER_MARKS = "号期"
#: A year ahead written as "到2027年": the clause looks forward.
PLANNED_YEAR = r"到\s*[0-9０-９]{4}\s*年"
#: A clause "在<meeting>上" opens with this preposition.
MEETING_PLACE_HEAD = "在"
#: A year written as 年度 followed by a noun is part of a name (2023年度用户大会).
YEAR_OF_NAME = "年度"
#: Marks opening a quoted or titled name (2023年度“十大科技进展”, 2024年度《…》).
NAME_OPENERS = ("“", "‘", '"', "《", "「", "『")

#: A meeting named after the body it founds (X专业委员会成立大会): X is the subject. A meeting
#: joined to another by 暨 keeps its whole name.
FOUNDING_MEETINGS = ("成立大会", "成立会议", "成立仪式")
FOUNDING_MEETING_JOINER = "暨"

#: After the trigger, the thing it concerns named by a copula (现场开工项目为X工程): X is the
#: subject when it ends in a known suffix.
NAMED_BY_COPULA = (
    r"(?:的[^，,。；;、：:的]{0,4})?项目(?:为|是)(?:[^，,。；;、：:]{0,30}的)?"
    r"(?:民营企业|国有企业|外资企业|台资企业|龙头企业)?(?P<name>[^，,。；;、：:的]{4,40})$"
)
#: A copula before an attributive trigger (W4是园区…主体结构封顶的主楼, 该项目是今年6月实现投产
#: 试运行的重大项目): the milestone is told of what stands before 是, when the head after 的 is a
#: thing built or run; a batch (是此次一季度开工的高热区域) and a region are no such head, and a
#: rank (是“十四五”期间我国首个开工的核电项目) describes, it tells no act.
COPULA = "是"
COPULA_HEADS = ("项目", "主楼", "楼", "工程", "企业", "工厂", "基地", "园区", "产业园", "中心", "设施")
#: Ranks: "the first X to…" describes X (是…我国首个开工的核电项目, 成为…首个完成竣工验收的项目).
RANK_WORDS = ("首个", "首家", "第一个", "第一家", "唯一")
#: Sector words that open a body's name before its place (铁路上海局苏州铁路工程建设指挥部,
#: 国网四川省电力公司): the name is not cut to the place.
SECTOR_OPENERS = ("铁路", "国铁", "国网", "电网", "中铁", "中建", "中交", "中核", "中电", "中冶", "中化")
#: Facilities named after the full name of the company that owns them (华能雅江公司加查水电站)
#: are named without it, the company their owner.
COMPANY_OWNED_TYPES = ("facility",)
COMPANY_WORD = "公司"
#: People at work named as a group (建设者们, 工人们, 全体职工) are never the subject: the clause
#: goes on about the works.
PEOPLE_AT_WORK = ("们", "建设者", "工人", "职工", "员工", "施工人员")
#: '在X项目(施工)现场，…': the site frame that makes X the topic of the clauses after it.
SITE_FRAME_HEAD = "在"
SITE_FRAME_TAILS = ("施工现场", "建设现场", "现场")
#: The word all of them end in, looked for first.
SITE_WORD = "现场"
#: Passive approvals of a body set up: the body named right after is the subject (…哈尔滨市，
#: 已经获批设立哈尔滨新区 → 哈尔滨新区; an authority that approves, 国务院批准设立X, stays).
SET_UP_APPROVED = ("获批设立", "获批成立", "获准设立", "获批组建")
#: Words ending in 是 that are no copula but adverbs or conjunctions (尤其是…试生产的达利食品项目).
NOT_COPULAS = ("尤其是", "特别是", "于是", "但是", "可是", "或是", "凡是", "要是", "若是")
COPULA_NOT_BETWEEN = ("此次", "本次", "这次", *RANK_WORDS)

#: Types never taken as a clause's subject when the one carried to it does not fit its trigger
#: (the nearest fitting thing named earlier in the sentence is taken instead).
FALLBACK_SKIP_TYPES = ("place", "person", "meeting")

#: Words for the region an article is about, opening a subject phrase (全省各地, 我市共有3个
#: 产业项目, 全省第三批重大项目): the subject is the last place of that level named before.
REGION_WORDS: dict[str, str] = {
    "全省": "province",
    "我省": "province",
    "本省": "province",
    "全市": "city",
    "我市": "city",
    "本市": "city",
    "全区": "district",
    "我区": "district",
    "本区": "district",
    "全县": "district",
    "我县": "district",
    "本县": "district",
}

#: Marks of a region word for the outlet's own place (我市, 本区): it may name itself only
#: further on, unlike 全市, which points back to a place named before.
OWN_REGION_MARKS = ("我", "本")

#: Words after a region word that make the region a party of the act (我市分别与X签订, 本区同Y
#: 签署), not the place of a thing named after it.
REGION_AS_PARTY = ("与", "同", "和", "分别与", "分别同", "分别和", "共同与", "正式与")

#: Words of a tally: a region word before them names no actor (全省共计成功签约…).
TALLY_WORDS = ("共计", "共有", "累计", "合计", "总计")

#: Subjects too vague to stand for an entity.
GENERIC_SUBJECT_WORDS = (
    "当地",
    "全市",
    "全区",
    "两地",
    "我市",
    "他们",
    "我们",
    "企业",
    "公司",
    "这",
    "其",
    "它",
    # Words of the event itself, not names (全部开工, 连续获评, 现场发布了《…》, 全线贯通).
    "全部",
    "全线",
    "现场",
    "连续",
)
#: A sentence opening with a name of another type than these makes it the paragraph's topic, the
#: subject of a later clause that names nothing (places and people are where and who, not what).
TOPIC_SKIP_TYPES = ("place", "person")
#: A place before a count of projects, joined by 共有 / 有 / 共 (武汉共有43个项目集中开工).
PLACE_SHARE_JOINER = "有"
PLACE_SHARE_TOTAL = "共"
#: …or a short name ending like a place (芙蓉区, 德阳市), when not recognised as one.
PLACE_SHARE_SUFFIXES = ("省", "市", "区", "县", "旗", "州")
PLACE_SHARE_MAX = 8
#: …with none of these in it: a scope or a roll-up, no name (已推动全省753个项目开工建设).
PLACE_SHARE_NOT_IN = "全已推动累计了的在于将各"
#: How far back (characters) in its paragraph the topic of such a clause is looked for.
TOPIC_REACH = 300
#: How many words may open a clause before the measure of an amount told as an attribute
#: (计划总投资800亿元的…): a clause that is only such an attribute and a name is a topic.
TOPIC_ATTRIBUTE_LEAD = 4
#: Words before a trigger telling that the act is done (已完成土建工程, 正式投产, 实现…封顶).
#: Types of acts done to works (建成, 开工建设, 投用): the works named after such a trigger are what
#: the clause is about when the subject carried to it is a work itself.
WORKS_ACT_TYPES = ("construction", "opening", "production")
#: The aspect particle a verb may take before its object (建成了宜宾港三期工程).
PERFECTIVE = "了"
DONE_CUES = ("已", "了", "正式", "顺利", "成功", "首次", "率先", "实现")
#: …or by the occasion told before, acted on together (此次706个重大项目集中开工建设, 此次集中开工仪式
#: 主会场在…举行): the occasion's act, of the body or place that held it.
OCCASION_DEMONSTRATIVES = ("此次", "本次", "这次", "本届", "此届", "这场", "此场")
#: Words spreading an act over many (9月底前全部开工, 纷纷落地, 陆续开工): with no subject of its
#: own, the clause tells of a set, not of the paragraph's one topic.
SPREAD_ADVERBS = ("全部", "均已", "纷纷", "接连", "陆续", "相继", "先后", "逐步")
#: What a paragraph can be about when a clause with a trigger names no subject at all: the last
#: name of these types before it in the paragraph (places, people, meetings and authorities
#: are where, who and the frame, not what changed).
TOPIC_TYPES = (
    "facility",
    "platform",
    "lab",
    "project",
    "institute",
    "company",
    "organisation",
    "university",
    "alliance",
)
#: Parts and stages of a building, not names: the clause goes on about the project named before
#: (计划6月底前完成基础施工，年底主体结构完工).
BUILDING_PARTS = ("主体结构", "主体工程", "主体", "基础", "基础施工", "土建工程", "土建", "结构")
#: Units of a plant or a site that a report of its works lists after naming the project (冷库、
#: 锅炉房、水处理车间已投入使用; 联合车间…的装饰装修工程已经完成; 各装置土建工程基本结束; 1号车间
#: 设备开始安装): named by nothing of their own, they are parts of the works told of, no subject.
PLANT_PARTS = (
    *("车间", "厂房", "生产线", "产线", "装置", "设备", "框架", "主体框架", "冷库", "仓库", "库房"),
    *("锅炉房", "机房", "泵房", "配电房", "变电站", "办公楼", "公寓楼", "宿舍楼", "综合楼", "主楼"),
)
#: What such units are part of: the nearest project named before.
PLANT_OWNER = "项目"
#: Words that may stand in such a unit's name besides the unit (主车间, 1号车间, 各装置, 项目二期…).
PLANT_PART_MODIFIERS = ("项目", "工程", "各", "主", "号", "条", "座", "栋", "联合", "成品")
#: A phase named alone (首期计划于2021年竣工交付, 二期将于明年投产): a part of the works told of
#: before, no name; the clause goes on about them.
BARE_PHASES = ("首期", "一期", "二期", "三期", "四期", "五期")
