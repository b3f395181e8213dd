"""Organisation-name vocabulary: name suffixes, generic words and heads, and the stops that bound a name."""

from __future__ import annotations

from timeline._regex import HAN

# ---------------------------------------------------------------------------------------------
# Entities.
# ---------------------------------------------------------------------------------------------

#: Name suffix -> entity type. Longest suffix wins; order does not matter.
ORG_SUFFIXES: dict[str, str] = {
    # labs
    "实验室": "lab",
    "重点实验室": "lab",
    "联合实验室": "lab",
    # institutes and research bodies
    "研究院": "institute",
    "研究所": "institute",
    "科学院": "institute",
    "设计院": "institute",
    "研究中心": "institute",
    "技术中心": "institute",
    "工程院": "institute",
    # universities
    "大学": "university",
    "学院": "university",
    "科大": "university",
    "交大": "university",
    # companies
    "有限公司": "company",
    "股份有限公司": "company",
    "有限责任公司": "company",
    "集团": "company",
    "公司": "company",
    "分公司": "company",
    # government (the short ones need a place word in front, see GOVERNMENT_NEEDS_PLACE)
    "委员会": "government",
    "人民政府": "government",
    "政府": "government",
    "政府网": "organisation",
    "管委会": "government",
    "办公室": "government",
    # a government's press office (重庆市政府新闻办, 国务院新闻办): named in full, not cut to 政府
    "新闻办": "government",
    "指挥部": "government",
    # working bodies a government or an agency sets up (颠覆性技术打击小组, 亦庄工业小区筹备组)
    "小组": "government",
    "工作组": "government",
    "筹备组": "government",
    "专班": "government",
    # an office of a district or of a government elsewhere (宝山办事处, 驻成都经济贸易办事处)
    "办事处": "organisation",
    "局": "government",
    "委": "government",
    "厅": "government",
    "市委会": "government",
    "分行": "government",
    # platforms, parks and bases
    "平台": "platform",
    "中试平台": "platform",
    "基地": "platform",
    "园区": "platform",
    "产业园": "platform",
    "科技园": "platform",
    "科学城": "platform",
    "科创城": "platform",
    "小镇": "platform",
    "创新区": "platform",
    "生物城": "platform",
    "综合体": "platform",
    "孵化器": "platform",
    "中心": "platform",
    "开发区": "platform",
    "高新区": "platform",
    "经开区": "platform",
    "示范园": "platform",
    "工业园": "platform",
    "合作园": "platform",
    "创新园": "platform",
    "创业园": "platform",
    "物流园": "platform",
    "孵化园": "platform",
    "文创园": "platform",
    "电商园": "platform",
    # alliances
    "联盟": "alliance",
    "联合体": "alliance",
    "协会": "alliance",
    "学会": "alliance",
    # facilities
    "加氢站": "facility",
    "换电站": "facility",
    "充电站": "facility",
    "电站": "facility",
    "水电站": "facility",
    "电厂": "facility",
    "服务区": "facility",
    "产线": "facility",
    "生产线": "facility",
    "中试线": "facility",
    "装置": "facility",
    "设施": "facility",
    "望远镜": "facility",
    "数据库": "facility",
    "科研楼": "facility",
    "银行": "company",
    "综合保税区": "platform",
    "软件园": "platform",
    "学院楼": "facility",
    "教学楼": "facility",
    "实验楼": "facility",
    "综合楼": "facility",
    "工厂": "facility",
    # works and buildings of construction news
    "立交桥": "facility",
    "大桥": "facility",
    "隧道": "facility",
    "大厦": "facility",
    "大楼": "facility",
    "业务楼": "facility",
    "高速公路": "facility",
    "机场": "facility",
    "码头": "facility",
    "水库": "facility",
    "医院": "facility",
    # projects
    "项目": "project",
    "工程": "project",
    # meetings
    "大会": "meeting",
    "会议": "meeting",
    "全会": "meeting",
    "推进会": "meeting",
    "发布会": "meeting",
    "研讨会": "meeting",
    "论坛": "meeting",
    "博览会": "meeting",
    "联组讨论": "meeting",
    "博会": "meeting",
    "洽会": "meeting",
    "交会": "meeting",
    "贸会": "meeting",
    "峰会": "meeting",
    "年会": "meeting",
    "展览会": "meeting",
    "对接会": "meeting",
    "招商会": "meeting",
    "推介会": "meeting",
    "洽谈会": "meeting",
    "签约会": "meeting",
    "座谈会": "meeting",
    "交流会": "meeting",
    "观摩会": "meeting",
    "动员会": "meeting",
    "恳谈会": "meeting",
}

#: Suffixes that are ordinary words on their own: the name needs a place word or a known
#: organisation prefix before them (市科技局, 潼南区科技局, 国家发展改革委).
GOVERNMENT_NEEDS_PLACE = (
    "局",
    "委",
    "厅",
    "分行",
    "政府",
    "人民政府",
    "中心",
    "平台",
    "基地",
    "项目",
    "工程",
    "设施",
    "大会",
    "会议",
    "公司",
    "学院",
)

#: Suffixes of short event names that need only one character before them (智博会, 西洽会).
SHORT_NAME_SUFFIXES = ("博会", "洽会", "交会", "贸会")

#: Suffixes that end a name only before a non-name character or one of these (中国工程物理
#:研究院 holds 工程 but is not a project); also before the works' site or study (项目工地,
#: 项目可行性研究报告, 项目可研). Not before 用地 (成功摘牌项目用地: land, no name).
_AFTER_WORKS = (
    "的等和与在于已正将是及举开签落顺全建投启完通获入由总加力预计拟位破提并竣"
    "施复主目现即有争稳整累进今明工可"
)
SUFFIX_FOLLOWERS: dict[str, str] = {"工程": _AFTER_WORKS, "项目": _AFTER_WORKS}
#: A phase after 项目 or 工程 (网易贵安数据中心项目一期施工现场): the works are named before it,
#: whatever follows the phase.
PHASE_AFTER_WORKS = r"(?:首|第?[一二三四五六七八九十0-9]{1,2})期"

#: Characters that make a one-character suffix part of a common word (布局, 党委).
SUFFIX_NOT_AFTER: dict[str, str] = {"局": "布格结开全当大变", "委": "党工编常", "厅": "餐客大展"}

#: Text right after a suffix that shows it is not the end of a name (大学生, 中心城区).
SUFFIX_CONTINUATIONS: dict[str, tuple[str, ...]] = {
    "大学": ("生",),
    "科大": ("学",),
    "交大": ("学",),
    "工程": ("学院", "研究院", "院", "师", "技术", "大学"),
    "学院": ("派", "楼"),
    "银行": ("业", "卡", "间", "账"),
    "中心": ("城区", "任务", "工作"),
    "平台": ("体系", "经济", "建设"),
    "基地": ("建设",),
    "项目": ("建设", "管理", "库"),
    "局": ("面", "部", "限", "长", "势"),
    "厅": ("长",),
    "委": ("员",),
    "工业园": ("区",),
    "示范园": ("区",),
}

#: Words that alone do not make a name before a suffix (重点实验室, 国家级平台, 科创平台,
#: 国家重点实验室: a category, not a name).
GENERIC_PREFIX_WORDS = (
    "国家级",
    "国家",
    "省部级",
    "省级",
    "市级",
    "区级",
    "以上",
    "全国",
    "重点",
    "科研",
    "科创",
    "创新",
    "研发",
    "科技",
    "产业",
    "新型",
    "高能级",
    "高水平",
    "相关",
    "核心",
    "研究",
    "技术",
    "重大",
    "共建",
    "联合",
    "企业",
    "生产",
    "服务",
    "示范",
    "应用",
    "一批",
    "一体化",
    "初创",
    "行业",
    "地方",
    "中试",
    "概念验证",
    # kinds of works a campaign lists (重点推介项目, 招商引资项目, 入园项目, 续建项目)
    "整个",
    "全部",
    "施工",
    "推介",
    "招商引资",
    "招商",
    # how the works came (合作项目, 外资项目, 引进项目: 我省重点合作项目签约仪式举行)
    "合作",
    "引进",
    "外资",
    "内资",
    "入园",
    "在建",
    "续建",
    "民生",
    "特色",
    "基础设施",
    # who owns or runs it (区属公立医院, 市属国有企业): a kind of body, no name
    "省属",
    "市属",
    "区属",
    "县属",
    "公立",
    "国有",
    "民营",
)

#: Entity types that are never the body another name belongs to (a project, a facility).
PART_TYPES = ("project", "facility", "meeting", "place", "person", "policy")

#: Words that cannot start a name when they stand right before the suffix (科研院所, 市级部门).
GENERIC_HEADS = (
    "新型研发机构",
    "该",
    "本",
    "此次",
    "这次",
    "此届",
    "各",
    "多",
    "各类",
    "相关",
    "其他",
    "这些",
    "这个",
    "这家",
    "这所",
    # the other demonstratives with a measure word a report refers back with (TOPIC_DEMONSTRATIVES:
    # 这座大桥于2017年6月开工建设 is the bridge told before)
    "这座",
    "这条",
    "这项",
    "这片",
    "这一",
)

#: A category written before a name as its apposition (天津市重点项目中国一重滨海制造基地,
#: 国家大型基地国能宁夏…项目): the scope it opens with (after a place) and, besides the generic
#: words, the words of rank it may hold before its suffix.
CATEGORY_SCOPES = ("全省", "全市", "全区", "全县", "全国", "全线", "国家", "省", "市", "区", "县")
CATEGORY_WORDS = ("大型", "重大", "重点", "龙头", "骨干", "标志性", "示范")
#: Ranks of works within a project (主要控制性工程|龙马红水河特大桥, 全线控制性工程|天山胜利隧道,
#: 关键性工程|…): a category before a name with a head of its own, after its owner or alone.
WORKS_RANK_WORDS = ("主要", "控制性", "关键", "关键性", "重要", "标志性", "重点", "重大", "骨干")

#: Words that end a name's left edge: verbs, prepositions and function words that never stand
#: inside an organisation's name. The name starts right after the rightmost one.
#: 经 opening the authority that approved (华明高新区经市政府批准成立): no name runs across it,
#: and the phrase before it ends there.
APPROVER_OPENERS = (
    *("经国务院", "经党中央", "经中央", "经国家", "经自治区"),
    *("经省", "经市", "经区", "经县", "经州"),
)
LEFT_STOPS = (
    *APPROVER_OPENERS,
    # a witness before the parties witnessed (共同见证A与B签署…), an order given (出席并下达开工令)
    "见证",
    "下达",
    # a clause marking the act (标志着…生产线正式投产, 宣告…): the name comes after it
    "标志着",
    "标志著",
    "意味着",
    "预示着",
    "宣告",
    # a source (据市发展改革委消息, 据市统计局统计): the body named after it
    "据",
    # the prepositions of a basis, a purpose, a cause or a scope (会议按照会议议程，选举产生…): a
    # name comes after them, never holds them (关于 stays: a document's title opens with it)
    *("按照", "根据", "依照", "依据", "遵照", "随着", "针对", "除了", "沿着", "凭借", "基于"),
    *("为了", "由于", "鉴于"),
    "暨",
    "共有",
    "计划",
    "预计",
    "代表",
    "分别",
    "在",
    "由",
    "是",
    "将",
    "对",
    "向",
    "从",
    "把",
    "被",
    "了",
    "到",
    "于",
    "为",
    "的",
    "让",
    "使",
    "给",
    "以",
    "即",
    "已",
    "并",
    "又",
    "也",
    "还",
    "就",
    "再",
    "后",
    "至",
    "等",
    "位于",
    "依托",
    "来到",
    "走进",
    "深入",
    "率领",
    "率队",
    "考察",
    "调研",
    "联合",
    "牵头",
    "推动",
    "推进",
    "支持",
    "打造",
    "建设",
    "建成",
    "修建",
    "组建",
    "设立",
    "成立",
    "入驻",
    "启动",
    "发布",
    "印发",
    "出台",
    "批复",
    "认定",
    "举办",
    "举行",
    "召开",
    "引进",
    "培育",
    "构建",
    "搭建",
    "新增",
    "新建",
    "落地",
    "创建",
    "选派",
    "参与",
    "包括",
    "加快",
    "聚焦",
    "围绕",
    "借助",
    "通过",
    "属于",
    "隶属于",
    "作为",
    "获批",
    "列入",
    "纳入",
    "开展",
    "形成",
    "吸引",
    "集聚",
    "旗下",
    "其",
    "首个",
    "首家",
    "首座",
    "首条",
    "首批",
    "首款",
    "首届",
    "所谓",
    "全市",
    "全区",
    "当地",
    "我市",
    "目前",
    "当前",
    "建立",
    "深化",
    "争取",
    "借鉴",
    "走向",
    "解决",
    "紧跟",
    "跟着",
    "提升",
    "强化",
    "完善",
    "优化",
    "推出",
    "引导",
    "鼓励",
    "布局",
    "实施",
    "探索",
    "聚集",
    "组织",
    "协调",
    "统筹",
    "参加",
    "出席",
    "访问",
    "前往",
    "宣布",
    "进入",
    "成为",
    "涉及",
    "覆盖",
    "赋能",
    "支撑",
    "带动",
    "促进",
    "助力",
    "扶持",
    "拥有",
    "具有",
    "设有",
    "只有",
    "没有",
    "处理好",
    "携手",
    "联手",
    "会同",
    "依靠",
    "面向",
    "鼓励",
    "听取",
    "上级单位",
    "单位",
    "集中",
    "听完",
    "从事",
    "以上",
    "像",
    "此次",
    "本次",
    "这次",
    "所长",
    "校长",
    "院长",
    "局长",
    "主任",
    "书记",
    "教授",
    "院士",
    "部长",
    "主席",
    "经理",
)

#: Verbs that stand right before 项目/工程 inside a project's name (…安置点建设项目,
#: …生产线改造工程): there they do not end the name's left edge.
VERBS_INSIDE_PROJECT_NAMES = ("建设", "改造", "提升", "改扩建")
#: How many characters may stand before a person's title opening a subject phrase (市委书记).
TITLE_HEAD_REACH = 3
#: A verb right before 区 inside a name makes a zone's name (产业集聚区, 先行示范区): no stop.
ZONE_CHAR = "区"
#: Stops that make no zone's name with the 区 after them: particles and prepositions (…建设的区属
#: 公立医院, 由区级财政投资的…: 区属, 区级 open words of their own, the name starts after them).
NO_ZONE_STOPS = frozenset("的由在于从向对与同和及把被给经以为是")
#: Words of what an office does, standing between such a verb and the suffix of a body's name
#: (张江科学城建设管理办公室, …建设发展中心): there the verb is part of the name too.
OFFICE_WORDS = ("管理", "服务", "发展", "协调", "推进", "指挥")
#: Suffixes of bodies set up for a work, right after the verb of it (苏州铁路工程建设指挥部):
#: the verb is part of the name.
WORK_OFFICE_SUFFIXES = ("指挥部", "办公室")
PROJECT_SUFFIXES = ("项目", "工程")

#: Words holding a one-character left stop, which inside them is no verb nor preposition
#: (地质灾害治理搬迁避让安置点建设项目, 股权转让服务中心).
WORDS_HOLDING_STOPS = (
    *("避让", "转让", "出让", "礼让", "大使", "使馆", "给水", "供给", "对外", "对口", "为民"),
    *("云上", "线上", "网上", "海上"),
    *("数据", "证据", "占据", "据点"),
    *("再生",),  # 吴忠市第一再生水厂, 再生资源回收中心
    # 等 closing a list, 在/后/就/以/其/至/由 as function words: inside these words they are none
    # (合肥等离子体研究所, 广州高等研究院, 重庆在线教育研究院, 后勤服务中心, 就业训练中心)
    *("等离子", "高等", "中等", "初等", "同等", "对等", "平等", "均等", "特等", "头等", "等级"),
    *("在线",),
    *("后勤", "售后", "产后"),
    *("就业",),
    *("以色列",),
    *("土耳其",),
    *("至诚", "至善", "冬至", "夏至"),
)

#: Triggers that also stand inside names (川渝共建重点实验室): not left stops.
TRIGGERS_INSIDE_NAMES = ("共建",)

#: Conjunctions that may stand inside a name (重庆信息与智慧医学研究院) or between two names
#: (重庆邮电大学和电子科技大学): the name is cut there when another name ends before the
#: conjunction or a place starts after it, and kept whole otherwise.
LEFT_WEAK_STOPS = ("与", "和", "及")
#: Prepositions joining two parties that start a name only after another name or before a
#: place (省政府同|中国科学院); never at a name's start (同济大学) nor inside a word (协同, 大同).
LEFT_PARTY_STOPS = ("同", "跟")
#: 和 between two names of works (facilities, parks, projects) splits them (拉萨之窗和君泰大厦);
#: between the words of a body's name it does not (人力资源和社会保障局: a government name).
AND_CHAR = "和"
WORKS_TYPES = ("facility", "platform", "project")
WORDS_HOLDING_AND = (
    "和平",
    "和谐",
    "协和",
    "共和",
    "太和",
    "人和",
    "中和",
    "保和",
    "平和",
    "祥和",
    "永和",
    "和美",
)
#: A closing bracket right before a place inside a name: the place belongs to the name
#: (源盛城双新产业园(三期)中国—东盟家居建材品牌中心项目), no cut there.
CLOSING_BRACKETS_IN_NAMES = "）)"
#: ... when the brackets hold a phase (三期): a byline's (王志鹏) before a place is no part of a name.
PHASE_IN_BRACKETS = r"[（(][^（()）]{1,4}期[）)]$"
#: A phase written right after the name of works, with the word of works or the section before
#: it and the bracketed part or the word of works after it (…产业园三期, …电站项目二期,
#: …高速公路深圳段三期(大鹏段), …中心(二期)): part of the works' name (`phases`).
WORKS_PHASE_TAIL = (
    r"(?:项目|工程)?(?:[" + HAN + r"]{1,4}段)?"
    r"(?:[（(](?:首|第?[一二三四五六七八九十0-9]{1,2})期[）)]|(?:首|第?[一二三四五六七八九十0-9]{1,2})期)"
    r"(?:[（(][^（()）]{1,6}[）)])?(?:工程|项目)?"
)
#: A section or a batch of the works between brackets right after their name (龙岩至龙川铁路项目
#: (上杭段), 海南自由贸易港建设项目(第二批)): part of the works' name (`phases`).
WORKS_SECTION_TAIL = r"[（(][^（()）]{1,6}(?:段|批)[）)]"
#: The project or works of a named park or facility, written right after its name
#: (高端制造科技产业园建设项目): the project is what the clause is about (`phases`).
WORKS_PROJECT_TAIL = "(?:建设)?(?:项目|工程)"

#: Measure words after a number end a name's left edge (3座加氢站, 一个微电子产业技术研究院).
NUMERALS = "0123456789０１２３４５６７８９一二三四五六七八九十两百千万几多数余"
MEASURE_WORDS = "个家座条款批项所位名台处支类场栋幢"
#: Measure words of buildings (18栋楼宇, 3幢厂房): a count of them counts parts of the works told
#: before, whose progress (…已完成主体结构封顶) is that works' milestone.
BUILDING_MEASURES = "栋幢"
#: A place whose name opens with a numeral (三门峡市, 六盘水市, 四川省, 十堰市): after a trigger
#: it is the thing acted on, not a number (成立三年, 突破100万).
NUMERAL_PLACE = (
    "[一二三四五六七八九十][^" + MEASURE_WORDS + NUMERALS + "年周月天日，。；、0-9]{1,4}?"
    "(?:省|市|县|区|州|镇|乡|山|江|湖|峡|岛|港)"
)

#: Dates and years end a name's left edge (1月22日重庆氢产业生态联盟); 2023年度 does not.
DATE_STOP = r"[0-9０-９]+(?:年(?!度)|月份|月|日|号)"

#: The mark after a part's number (3号拦河闸, 1号科创楼), a day's mark too (6月3号, 3号上午).
PART_NUMBER_MARK = "号"

#: Left stops for meeting names, which may hold verbs (成立大会, 建设推进会).
MEETING_LEFT_STOPS = ("在", "于", "的", "了", "召开", "举行", "举办", "出席", "参加", "上", "是", "为")

#: List markers that open a name and are not part of it (一是、（一）、1.).
LIST_PREFIX = r"^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|[△▲■□●◆◇★☆•]+)"
#: Numerals of a count of two or more (3座, 十二个): "一条生产线" names one thing, not a tally.
COUNT_NUMERALS = "0123456789０１２３４５６７８９二三四五六七八九十两几多数百千万余"
#: Words that open most national bodies' names.
NATIONAL_HEADS = ("中国", "国家")
#: The demonstrative of a pronoun-like mention (该公司); bare ones (公司) need PRONOUN_BEFORE.
DEMONSTRATIVE = "该"

#: "四大重庆实验室", "两大磁极": a number with 大 ends a name's left edge too.
NUMBERED_GROUP = "大"

#: A year or an edition opening an event's name (2025重庆科技成果转化大会, 第十届…): the place
#: word that makes the name specific comes after it.
YEAR_CHAR = "年"
#: A year written in digits (2024年): opening a name, it dates the name, not the thing named.
YEAR_IN_DIGITS = r"[0-9]{4}年"
NAME_ORDINAL = r"^(?:[0-9]{4}年?|第[0-9一二三四五六七八九十百]+届)"

#: Suffixes of sites a company may own, whose names may open with a brand before the place
#: (广汽埃安长沙工厂, 比亚迪长沙基地): the brand is kept when it is BRAND_LENGTHS characters long
#: and holds none of NOT_IN_BRAND (particles and prepositions: 标志着陕西省… is no brand).
#: Words joining a body to the one it belongs to inside one name (首都医科大学附属北京妇产医院):
#: a place after them does not start a new name.
AFFILIATION_JOINERS = ("附属",)
BRANDED_SUFFIXES = (
    *("工厂", "基地", "产业园", "园区", "生产线", "产线", "科技园", "软件园"),
    *("数据中心", "研发中心", "智算中心"),  # 网易贵安数据中心, 华为成都研发中心
    *("电厂", "电站", "分厂", "分公司", "子公司"),  # 国投钦州电厂, 上汽集团郑州发动机分公司
)
BRAND_LENGTHS = (2, 4)
#: Characters of words of time (同年, 一季度, 本届): words holding one open no name as a brand.
TIME_CHARS = "年季月日度期届"
NOT_IN_BRAND = "着了过的地得之在于与和及将把被是为向从对"

#: Longest name considered, in characters, left of the suffix.
MAX_NAME_PREFIX = 30

#: Longest organisation name, in characters, when a name grows over the one before it
#: (重庆大学 + 附属医院): a run of suffixes without a break (实验室研究院大学…) is no name.
MAX_NAME_LENGTH = 80

#: Words that often open an organisation's name: with the places and known bodies, a name
#: whose suffix is an everyday word (局, 中心, 平台…) must open with one, and a stop word
#: inside one of them (成都, 西部) does not cut the name.
NAME_HEADS = (
    "中共",
    "中国",
    "国家",
    "全国",
    "中央",
    "西部",
    "西南",
    "东部",
    "华东",
    "华南",
    "华北",
    "华中",
    "东北",
    "西北",
    "川渝",
    "成渝",
    "渝川",
    "长江",
    "两江",
    "明月湖",
    "市",
    "省",
    "法国",
    "美国",
    "德国",
    "英国",
    "日本",
    "吉林",
)
