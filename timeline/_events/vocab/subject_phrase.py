"""Subject-phrase vocabulary: heads, tails and breaks of the noun phrase that names an event's subject."""

from __future__ import annotations

from timeline._events.vocab.names import APPROVER_OPENERS
from timeline._events.vocab.topics import BUILDING_PARTS
from timeline._events.vocab.works import WORKS_PART_NOUNS

#: Head nouns of things that have names, for the subject phrase before a trigger or opening a
#: clause (`noun_phrase`): there a name ending in one of them is read even when the entity
#: recogniser knows no suffix of it (垣曲县移民初中, 南昌大学二附院红角洲分院, 水秦快速路).
#: The name suffixes (ORG_SUFFIXES) are heads too. Head -> entity type.
PHRASE_HEADS: dict[str, str] = {
    # roads, railways and lines
    "路": "facility",
    "公路": "facility",
    "快速路": "facility",
    "大道": "facility",
    "高速": "facility",
    "铁路": "facility",
    "高铁": "facility",
    "城际": "facility",
    "线": "facility",
    "连接线": "facility",
    "铁路线": "facility",
    "通道": "facility",
    "管道": "facility",
    "段": "facility",
    # bridges, stations, ports, buildings
    "桥": "facility",
    "特大桥": "facility",
    "航站楼": "facility",
    "楼": "facility",
    "馆": "facility",
    "饭店": "facility",
    "酒店": "facility",
    "体育场": "facility",
    "体育馆": "facility",
    "站": "facility",
    "港": "facility",
    "枢纽": "facility",
    "厂": "facility",
    "工坊": "facility",
    "广场": "facility",
    "综合体": "platform",
    # hospitals, schools, parks
    "分院": "facility",
    "附院": "facility",
    "卫生院": "facility",
    "新院": "facility",
    "院区": "facility",
    "学校": "facility",
    "中学": "facility",
    "小学": "facility",
    "初中": "facility",
    "高中": "facility",
    "幼儿园": "facility",
    "校区": "facility",
    "新校区": "facility",
    "公园": "platform",
    "风景区": "platform",
    "景区": "platform",
    "园": "platform",
    "城": "platform",
    # lists announced (中国产业园区百强榜单同时揭晓)
    "榜单": "policy",
    "名单": "policy",
    "排行榜": "policy",
}
#: Route heads: a name ending in one may join its two ends with 至/到 (寻乌(赣闽界)至全南高速公路,
#: 南昌至樟树高速公路改扩建工程, 马家坪-中川铁路线).
ROUTE_HEADS = (
    *("路", "公路", "快速路", "高速", "铁路", "高铁", "城际"),
    *("线", "连接线", "铁路线", "通道", "管道"),
)
ROUTE_JOINERS = ("至", "到")
#: Heads of a service run along a route (九江至小池的长江汽车轮渡, 重庆到上海的江海联运班列),
#: besides ROUTE_HEADS: 'A至B的Y' with one of them is named by its two ends, the phrase whole.
ROUTE_SERVICE_HEADS = ("轮渡", "班列", "航班", "班轮", "列车", "动车", "专列", "航线", "线路")
#: Words that end a phrase in a head noun without naming anything (思路, 道路, 全线, 一线, 路线;
#: 网站: a body's website, 市科学技术委员会网站发布, is no station).
NOT_PHRASE_NAMES = (
    *("思路", "道路", "全线", "一线", "路线", "在线"),
    *("上线", "下线", "线上", "线下", "防线", "主线"),
    *("阶段", "手段", "地段", "时段", "片段"),
    *("网站", "站点"),
)
#: A subject phrase right after one of these is a complement, not the subject: a preposition
#: (在重庆园博园启幕, 由…举办, 与…签约), a conjunction, or the end of a count or a batch (11栋制酒
#: 厂房, 第一批招商引资项目), a list of kinds (…等现代服务业项目) or a token cut in two
#: (100t/d冶炼工程).
PHRASE_NOT_AFTER = "在于由从向对与同和及把被给经以到至自当为等批栋个家座条项所/"
#: Modal and verb words no name opens with (要抢抓项目开工: a call to act, no project's name),
#: besides VERB_OPENERS, AIM_VERBS and PLANNED_CUES.
PHRASE_NOT_OPENING = ("要", "需", "需要", "应", "应当", "必须", "抢抓", "狠抓", "抓好", "抓", "做好", "全力")
#: Adverbs and verbs no name holds, besides SUBJECT_BREAK_WORDS and MODAL_BREAK_WORDS: a phrase
#: opening a clause ends before them (赣龙铁路扩能工程基本完成全线铺架 → 赣龙铁路扩能工程).
PHRASE_BREAKS = (
    "基本",
    "完成",
    "已",
    "将",
    "被",
    "正",
    "总投资",
)
#: Words after the name in a subject phrase that are no part of it: a part of the works or the
#: work itself (…分院基坑土方工程基本结束, …新校区建设基本完工, …中心主体工程完工), the
#: passive 被 and the adverbs of how far the work has got (基本, 全面).
PHRASE_TAILS = (
    *BUILDING_PARTS,
    *WORKS_PART_NOUNS,
    "基础工程",
    "桩基工程",
    "土方工程",
    "基坑土方工程",
    "建设",
    "施工",
    "被",
    "并",
    "于",
    "同时",
    "基本",
    "整体",
)

#: The noun phrase before a trigger, when no named entity stands there, is the subject once
#: these are stripped: adverbs and auxiliaries at its end, connectives at its start.
SUBJECT_TAIL_WORDS = (
    "全线",
    "已经",
    "已",
    "正式",
    "正在",
    "正",
    "还",
    "也",
    "共",  # 湘江新区直属区共开工项目23个: the adverb of a total
    "均",
    "都",
    "先后",
    "陆续",
    "率先",
    "联合",
    "共同",
    "相继",
    "顺利",
    "首次",
    "成功",
    "将",
    "即将",
    "拟",
    "计划",
    "预计",
    "再",
    "又",
    "了",
    "刚刚",
    "才",
    "高位统筹",
    "纷纷",
    "相继",
    "集中",
    "审议",
    "统筹",
    "携手",
    "分别",
    "全面",
    "加速",
    "一体",
    "接连",
    "跟进",
    "不断",
    "同步",
    "随即",
    "随后",
    "隆重",
    "盛大",
    "热烈",
    # verbs and cues right before a trigger, as left once 于 has cut the phrase (…工程也定于6月
    # 开工, 正处于建设高峰) or whole (…隧道实现安全贯通)
    "也定",
    "正处",
    "实现",
    "安全",
    # adverbs of a plant's start (1号机组一次点火成功)
    "一次",
    # adverbs of repetition (信阳毛尖再次跻身…十强)
    "再次",
    "再度",
    # adverbs of degree and manner, with 地 or without (…主体框架基本完工, 麒麟电池高效下线,
    # …顺利地迎来开工), and a verb of reaching the act (迎来开工): no name ends with them
    *("基本", "高效", "顺利地", "有序地", "稳步地", "如期地", "成功地"),
    "迎来",
)
SUBJECT_LEAD_WORDS = (
    "其中",
    "此外",
    "同时",
    "另外",
    "而",
    "并于",
    "并",
    "且",
    "于",
    "随后",
    "目前",
    "当前",
    "到现在",
    "现在",
    "至今",
    "如今",
    "近日",
    "日前",
    "预计",
    "计划",
    "将于",
    "将",
    "力争",
    "争取",
    "确保",
    # the aim verbs of a plan of work (力促重庆东站项目…完成竣工验收: WORK_PLAN_VERBS)
    *("加快推进", "全力推进", "推动", "推进", "抓实", "抓好", "力促", "促进"),
    "冲刺",
    "这标志着",
    "标志着",
    "标志著",  # the folded form of 標志著
    "这意味着",
    "意味着",
    "预示着",
    "宣告",
    # an adverb of how many times opening the clause (一次性在宁夏成功并网发电)
    "一次性",
    "全力",
    "为",
    "正式",
    "已",
    "已经",
    "还",
    "也",
    "均",
)
#: The phrase ends before these (宇树科技西部创新运营中心在大渡口区 → …运营中心; 相城已与中建
#: 基础公司签署: the partner after an adverb and 与 is no part of the subject).
SUBJECT_CUT_AT = (
    "在",
    "于",
    "由",
    "举行",
    "召开",
    "举办",
    "已与",
    "将与",
    "正与",
    "还与",
    "也与",
    "已和",
    "将和",
    # A与B代表双方签署: the people who sign for the parties, no party themselves
    "代表",
    *APPROVER_OPENERS,
)
#: Words that hold a cut marker without opening a complement (自由贸易港, 存在, 现在).
WORDS_HOLDING_MARKERS = (
    "自由",
    "经由",
    "现在",
    "存在",
    "所在",
    "实在",
    "内在",
    "代表处",
    "代表团",
    "代表大会",
)
#: How many characters after a name ending in a suffix may be dropped as glued-on words
#: (张江科学城新建, 海西州精选了): longer tails are a different phrase, kept whole.
MAX_TAIL_AFTER_NAME = 4
#: Characters that end names (医院, 出版社, 大学城, 园区): a tail ending in one is part of the
#: name, not a glued-on word (北京大学第一医院 is not 北京大学 with a tail).
NAME_HEAD_CHARS = frozenset(
    "院社城局所馆站厂场区港园司部会委厅处室库店队台楼桥路线校"
    "村镇县市省州湾岛山河湖江海业坊心团盟器品厦堂营"
)
#: Adverbs that end a subject phrase after a name ending in a suffix (万顺特艺公司已首期进园开工
#: → 万顺特艺公司); elsewhere the phrase stays whole (…设计方案已完成公示 names no one).
BREAK_AFTER_NAME = ("已", "还", "也", "将")
#: Adverbs that end a subject phrase wherever they stand (…二期工程正式跨入, …研发中心正式启动).
SUBJECT_BREAK_WORDS = (
    "正式",
    "已经",
    "正在",
    "先后",
    "陆续",
    "率先",
    "相继",
    "顺利",
    "首次",
    "成功",
    "即将",
    "刚刚",
    "纷纷",
    "全面",
    "加速",
    "共同",
    "分别",
    "集中",
)
#: A span of time opening a subject phrase (不到半年时间…项目首根单晶硅棒顺利下线), also after a
#: date or a connective (2023年仅用一年时间…, 同时仅两年时间…): the name comes after it. No
#: anchor: it is matched at an offset.
TIME_SPAN_LEAD = (
    r"(?:不到|短短|仅用|仅仅|仅|用了|经过|历时)[^，。；]{0,6}?(?:时间|之内|以来)"
    r"|连续第?[0-9一二三四五六七八九十两]+年"  # 连续第四年被评为: how often, not who
)
#: A frame of time opening a subject phrase (洽谈会期间吴江区…, 春节假期期间…, 建党百年之际…):
#: when, not who.
TIME_FRAME_LEAD = r"[^，。；、]{0,8}?(?:期间|之际)"
#: What a span of time ahead opens with (在18个月内, 用两年时间, 3年内, 两年之内, 半年内): a phrase
#: opening with anything else is not searched for one.
DURATION_HEADS = "在用0123456789０１２３４５６７８９一二三四五六七八九十两半"
#: A span of time ahead standing before the trigger (3年内投产, 在18个月内建成, 两年之内完工):
#: a plan with a duration and no date (spec: durations), never a subject.
DURATION_AHEAD = (
    r"(?:在|用)?[0-9０-９一二三四五六七八九十两半]+(?:个)?(?:年|月|周|天|日|季度)(?:之内|以内|内)"
)
#: A span of time alone before the trigger (计划3年建成, 用两个月完工): how long, never a subject.
BARE_DURATION = r"(?:用|仅用)?[0-9０-９一二三四五六七八九十两半]+(?:个)?(?:年|月|周|天|季度)(?:时间)?"
#: Words of the present time that, met after the start of a subject phrase, end it (新车型样车
#: 目前已顺利下线, 一期工程现在已投用): no name holds them.
TIME_BREAK_WORDS = ("目前", "当前", "现在", "如今", "眼下", "至今", "日前", "近日")
#: Modal and aspect cues that, met after the start of a subject phrase, end it (大众安徽有望在…,
#: 天津市即将…): no name holds them.
MODAL_BREAK_WORDS = ("有望", "预计", "力争", "争取", "届时", "定于", "正在", "正加快", "正处于")
#: A subject phrase opening with these names the rest of the works told before (…项目正对外商洽
#: 合作，剩余强弱电工程、暖通系统正加紧施工): no subject of its own, the clause goes on about them.
REMAINDER_OPENERS = ("剩余", "其余")
#: A phrase opening with these is an adverbial (where, when), never a subject.
ADVERBIAL_OPENERS = ("在", "分别在", "当天", "当日")
#: A phrase opening with a verb is a predicate, never a subject (举行产业链招商“云签约”活动,
#: 步入工程建设阶段, 进入正线区间试运行): the clause goes on about an earlier subject.
VERB_OPENERS = (
    "举行",
    "举办",
    "召开",
    "开展",
    "组织",
    "步入",
    "进入",
    "迈入",
    "跨入",
    "迎来",
    "实现",
    "完成",
    "吹响",
    "标志着",
    "宣布",
    "出席",
    "见证",
    "是",
    "列入",
    "构建",
    "打造",
    "加速",
    "加快",
    "推动",
    "促进",
    # what a place brought in (引进落地…项目, 将引进…展会落地): the place told before acts
    "引进",
    "引入",
    "助力",
    "深化",
)
#: A clause opening with these goes on with the list of the clause before (…大科学装置区等多个
#:重量级科技创新平台，及多所知名高校、科研院所启动建设): its subject is that list's.
CONTINUING_JOINERS = ("及", "以及")
#: A phrase opening with these and a numeral is a tally (有254个亿元以上项目同步开工).
COUNTED_OPENERS = ("有", "还有", "共有", "另有", "这", "那", "上述", "以上")
#: Words opening a subject phrase that introduce the thing named after them (`openers`): an
#: existential (又有12个项目签约, 将有亚太桥牌锦标赛…落户) or a limit (到首条模组建成投产).
INTRODUCING_OPENERS = ("又有", "还有", "也有", "另有", "共有", "有", "到", "从", "加上")
#: Words that only open like one of them: part of a name (有色金属…) or a word of their own
#: (有助于, 到场嘉宾).
WORDS_OPENING_LIKE_AN_OPENER = (
    *("有限", "有色", "有机", "有线", "有研", "有轨"),
    *("有助", "有利", "有效", "有力", "有序", "有关", "有所", "有望", "有着", "有的"),
    *("到场", "到位", "到达", "到访", "到岗"),
)
#: Words after which a phrase names no subject: a source (据市发展改革委…), a likeness (像这样的…).
NO_SUBJECT_OPENERS = ("据", "根据", "依据", "像", "如同")
#: A phrase ending with a conjunction is half of a pair (签约及揭牌仪式上): no subject.
JOINING_TAILS = ("及", "和", "与", "、", "暨", "或")
#: Prepositions no noun phrase ends with (从签约到(开工)).
PREPOSITION_TAILS = ("到", "至", "于", "在", "从", "向", "对")
#: The passive marker: the words after it name the agent, not what the clause is about.
PASSIVE_MARKER = "被"
#: Connectives that stand where a subject would (因此获得了…): the clause goes on about the topic.
CONNECTIVES = ("因此", "于是", "所以", "从而", "进而", "因而", "随之")
#: Quotes around a part of a name (天府新区“两纵一横”项目), of at most this many characters.
OPENING_QUOTE = "“"
CLOSING_QUOTE = "”"
QUOTED_IN_NAME_MAX = 16
#: Dashes that, single between two Han characters, stand inside a name (中国—东盟家居建材品牌中心).
NAME_DASHES = "—－"
#: Middle dots joining two parts of one name (中子科学城·松山湖材料实验室, 东莞・揭阳产业协同创新中心,
#: 西岭冰雪•安仁文博重点片区): every form outlets print.
NAME_DOTS = "·・•‧∙･"
#: Longest end of a route written between brackets inside a name (金阳路(苏州路—北站公路)…).
ROUTE_END_MAX = 8
#: "X举行Y<trigger>仪式": the ceremony nouns after the trigger that make Y, named right before
#: it, the thing the ceremony is about (黑龙江呼兰经济开发区揭牌仪式, …生产线竣工投产庆典).
HELD_CEREMONY_NOUNS = ("仪式", "典礼", "庆典", "活动")
#: How many characters may stand between the trigger and the ceremony noun (竣工投产点火仪式).
HELD_CEREMONY_GAP = 4
#: Words of a batch, a period or a tally: a ceremony's phrase made only of these, dates, numerals,
#: region words and generic words names no thing (2022年第一季度重大项目集中开工活动, 2020年
#: 春季重点项目, 冬季百亿重大招商项目, 秋季项目集中开工): its holder is the subject.
BATCH_WORDS = (
    "季度",
    "春季",
    "夏季",
    "秋季",
    "冬季",
    "年",
    "月份",
    "年度",
    "上半年",
    "下半年",
    "第",
    "批",
    "期",
    "集中",
    "全市",
    "全省",
    "全区",
    "全县",
    "全州",
)
#: The year of a batch, written before its ordinal (海南自由贸易港2021年度第三批): no part of
#: the holder's name.
BATCH_YEAR = r"[0-9]{4}年度?"
#: A batch of projects (…项目集中开工仪式): the ceremony is about no one thing.
BATCH_MARK = "集中"
#: An ordinal batch anywhere in a ceremony's words (首批招商项目签约仪式, 第三批…项目开工活动):
#: the ceremony is about a set of things, and its holder is the subject.
BATCH_ORDINAL = r"(?:首|[第][0-9一二三四五六七八九十]+|一)批"
#: A period or a batch opening an occasion's words after its holder (忠县|第四季度暨…大会,
#: 银川市|2022年第一批…推进会): the words before it are the holder's name.
OCCASION_PERIOD = f"{BATCH_YEAR}|{BATCH_ORDINAL}|第?[一二三四1-4]季度"
#: Characters joining the names of a combined ceremony (…动员会暨…项目开工仪式): the thing is
#: named after the last.
CEREMONY_NAME_JOINERS = "暨、"
#: An organiser's attribute opening a subject phrase (由市投促局主办的…签约仪式在昆明举行, 市政府
#: 主办的…大会): the organiser is no part of the thing, the phrase starts after its 的.
ORGANISER_ATTRIBUTE = (
    r"由?[^，。；、的]{2,24}?(?:联合|共同)?(?:主办|承办|举办|组织|指导|协办)的"
)
#: The joiner of two names of one occasion (“…开工”暨2022年“项目大会战”动员大会在南昌举行): held,
#: the second is the subject.
OCCASION_JOINER = "暨"
#: …when the first name ends like an occasion's (not 暨南大学)…
OCCASION_NAME_ENDS = ("仪式", "活动", "会", "典礼", "论坛", "”", "》")
#: Where the name of an occasion after 暨 ends at the latest: the preposition of its place or time
#: (…推介会暨项目签约仪式在成都举行).
OCCASION_NAME_STOPS = "在于"
#: …and the second is an occasion (not …仪式暨…科技城企业入驻: an act told inside it).
OCCASION_NOUNS = ("仪式", "活动", "会", "典礼", "论坛", "开幕式", "博览会")
#: Types that are no thing a ceremony is about (the holder's place, a person, the meeting itself).
NOT_CEREMONY_THINGS = ("place", "person", "meeting")
#: Sessions of a signing ceremony: what they sign is the subject (福马产业项目专场签约闽台文创
#: 版权产业体系项目、… → 闽台文创版权产业体系项目).
#: Venues of a ceremony held in several places at once, named by their place (文昌分会场).
CEREMONY_VENUES = ("分会场", "主会场")
#: The longest place name read between an act and its venue without the tables (文昌分会场).
MAX_VENUE_PLACE = 3
#: Words before a venue that name no place (签约分会场, 线上分会场).
VENUE_NOT_PLACES = ("线上", "线下", "网上", "云端", "现场", "集中", "活动", "本次", "此次", "项目", "仪式")
SIGNING_SESSIONS = ("专场", "分会场", "主会场", "签约仪式", "签约活动")
#: A dash of apposition: the name after it is the specific one (五粮液机场东连接线——大麦坝
#: 高架立交桥 → 大麦坝高架立交桥).
APPOSITION_DASH = "——"
#: Words that put a body's owner before its name (宁德时代全资子公司四川时代, 长城汽车旗下曼德):
#: like the dash, the name after them is the specific one, when one follows.
OWNER_APPOSITIONS = ("全资子公司", "控股子公司", "子公司", "旗下")
#: A phrase ending with these is a time frame, not a name (校庆日前, 春节前, 投产之后).
TIME_FRAME_TAILS = ("前", "以前", "之前", "后", "以后", "之后", "期间", "之际", "时")
#: A name right after these is a site (在/于) or the agent of a passive (由): not the subject.
COMPLEMENT_MARKERS = ("在", "于", "由", "经")
#: Markers of an agent: 由 of a passive, 经 of the authority that approved (华明高新区经市政府
#: 批准成立: the zone is founded, the city government approves).
AGENT_MARKERS = ("由", "经")
#: Words that make a phrase point back to an entity named earlier (此次推进会, 本次论坛).
DEMONSTRATIVES = ("此次", "本次", "这次", "本届", "此届", "这场", "此场", "该")
#: Demonstratives that open a subject phrase pointing back to a body (本项目, 该中心, 此项目,
#: 这一工程); longer ones first where they share a character (此次 before 此).
REFERRING_DEMONSTRATIVES = (*DEMONSTRATIVES, "本", "这一", "这个", "这座", "这条", "这家", "此")
#: 以…为…: 为 means "as", not "for".
INSTRUMENT_MARKER = "以"
#: Types of the named mentions before a trigger that are not its subject by name: a place is
#: where and a person who (a place opening the clause, a visitor, are read by rules of their own).
SUBJECT_SKIP_TYPES = ("place", "person")
#: Acts a clause carrying a meeting as its subject tells of the place that held it (…恳谈会在昌吉
#: 召开，4个县市…签订合作协议; …大会上，7个项目签约): the meeting signs and starts nothing.
ACTS_AT_A_MEETING = ("signing", "construction")
#: Units that make a phrase an amount (总投资212亿元, 10万平方米, 300万台): never an entity.
AMOUNT_UNITS = (
    "亿元",
    "万元",
    "元",
    "亿美元",
    "万美元",
    "平方米",
    "平方公里",
    "万平",
    "平米",
    "亩",
    "公里",
    "千米",
    "米",
    "万吨",
    "吨",
    "万台",
    "台套",
)
#: Words opening an amount (总投资达…, 总建筑面积…).
AMOUNT_OPENERS = ("总投资", "投资额", "协议投资", "总建筑面积", "建筑面积", "占地面积", "总面积", "总额")
#: What may stand between a name and a measure told after it (…万州段约818公里线路, …高铁全长292
#: 公里线路): a dimension, then an approximation or a bound.
MEASURE_DIMENSIONS = ("全长", "总长", "总长度", "长度", "全线", "长", "宽", "面积", "占地", "总面积")
MEASURE_APPROXIMATIONS = ("约", "近", "超", "逾", "达", "共计", "共", "总计", "合计", "超过")
#: The measure word of a count of projects (16个项目).
PROJECT_MEASURE = "个"
#: After a numeral, these make a count (两大经开区, 三地); MEASURE_WORDS count too.
COUNT_GROUP_WORDS = "大地"
#: 第一批 is an ordinal, not a count; words before a count that own nothing (首批4个团队).
ORDINAL_MARK = "第"
COUNT_NOT_OWNER = ("首批", "首期", "新增", "累计", "共", "已有", "其中", "本次", "此次")
#: A count of the places just listed ends a subject phrase and is dropped (渝川鄂三地 → 渝川鄂).
COUNT_TAIL_WORDS = ("省市", "地", "省", "市", "国", "区", "县")
#: 为X揭牌: X is what changed. Not after 成/作/认/因/称/以/视 (成为, 作为, 认为…), nor before
#: 了/期/主/此 (为了, 为期, 为主, 为此).
BENEFICIARY_MARKER = "为"
NOT_BENEFICIARY_BEFORE = "成作认因称以视"
NOT_BENEFICIARY_AFTER = ("了", "期", "主", "此")
MIN_PHRASE = 2
MAX_PHRASE = 24

#: Construction triggers that need something built as their subject (加快建设 of a facility).
CONDITIONAL_CONSTRUCTION = (
    "加快建设",
    "正加快建设",
    "建设阶段",
    "处于建设阶段",
    "建成",
    "加速推进",
    "建设推进中",
)
BUILT_TYPES = ("facility", "platform", "lab", "project", "institute", "university")
#: Progress words that are construction only for a project or a facility (道路工程加速推进).
PROGRESS_TRIGGERS = ("加速推进", "建设推进中")
PROGRESS_TYPES = ("project", "facility")

#: Entity types that may be named through the organisation that owns them.
OWNED_TYPES = ("facility", "platform", "project", "lab", "organisation", "institute")

#: Closed classes of words that bound a subject phrase (`word_classes`), each as whole as the
#: common written language has it, not the words met: a subject opens with none of them (past
#: the ones that lead a clause, SUBJECT_LEAD_WORDS), ends with none of those of TAIL_CLASSES,
#: and words of these classes alone are no subject (这也是继: pronoun, adverb, copula, preposition).
CLOSED_PREPOSITIONS = (
    "自", "自从", "从", "由", "在", "于", "对", "对于", "关于", "向", "往", "朝", "经", "经过",
    "通过", "据", "根据", "按", "按照", "依照", "依据", "为", "为了", "把", "将", "被", "给", "让",
    "随着", "伴随", "伴随着", "继", "截至", "截止", "至", "到", "以", "凭", "凭借", "沿", "沿着",
    "趁", "当", "距", "离", "除", "除了", "比", "跟", "同", "与", "和", "及", "替", "针对", "围绕",
    "作为", "就", "向着", "朝着", "迎着",
)
CLOSED_CONJUNCTIONS = (
    "并", "并且", "而", "而且", "且", "及", "以及", "和", "与", "同", "跟", "或", "或者", "或是",
    "但", "但是", "却", "因", "因为", "所以", "因此", "因而", "于是", "此外", "另外", "同时", "然而",
    "不过", "如果", "若", "虽然", "虽", "既", "又", "还是", "而是", "并非", "从而", "进而", "甚至",
)
CLOSED_ADVERBS = (
    "也", "还", "又", "再", "都", "均", "皆", "就", "才", "已", "曾", "正", "将", "便", "即", "仍",
    "亦", "共", "总", "先", "已经", "正在", "曾经", "仍然", "依然", "终于", "随后", "随即", "即将",
    "将要", "不断", "首先", "最终", "率先", "同步", "一同", "一起", "共同", "分别", "相继", "陆续",
    "先后", "更", "最", "很", "不", "没", "未", "没有", "尚", "尚未", "业已", "早已", "刚", "刚刚",
    # of time: when, how soon, how long (现予印发, 争取尽早签署, 已如期完工)
    "现", "尽早", "尽快", "及早", "早日", "提前", "按时", "准时", "如期", "按期", "及时", "适时",
    "立即", "立刻", "马上", "随时", "一直", "始终", "向来", "从来", "历来", "一度", "已然", "依旧",
    "照常", "逐步", "逐渐", "渐渐", "日益", "日渐", "时常", "经常", "常常", "往往", "再次", "再度",
    "重新", "仅", "只", "仅仅", "一共", "总共", "全都", "一律", "一概",
)
#: Verbs that only carry the verb after them, as adverbs do: of a start (开始动工, 着手建设) and
#: the light verbs of written style (予以公布, 现予印发, 加以推广, 给予支持).
CLOSED_LIGHT_VERBS = ("开始", "着手", "予", "予以", "加以", "给予", "给以")
CLOSED_PRONOUNS = (
    "这", "那", "此", "其", "该", "本", "各", "每", "某", "这个", "那个", "这些", "那些", "本次",
    "此次", "这次", "那次", "该次", "它", "他", "她", "它们", "他们", "她们", "我们", "大家", "其中",
)
CLOSED_COPULAS = ("是",)  # not 为, a preposition too (为民服务中心), nor 系 of 系列, 体系
CLOSED_PARTICLES = ("的", "了", "着", "过")
#: The classes whose words no subject ends with: conjunctions, particles and the prepositions
#: no name ends with (not 代 of 时代, 同 of 大同, 由 of 自由, 沿 of 前沿, 所 of 研究所, 地 of 基地).
TAIL_PREPOSITIONS = ("在", "于", "从", "向", "对", "被", "把", "将", "给", "至", "到", "以", "为", "自")
#: The words no subject phrase ends with: conjunctions (not 同, which ends 大同 and 协同),
#: those prepositions and the particles.
TAIL_CLOSED_WORDS = tuple(sorted({*CLOSED_CONJUNCTIONS, *TAIL_PREPOSITIONS, *CLOSED_PARTICLES} - {"同"}))
#: Joiners of two parties inside a phrase: the first party is the subject (朔州市与全省).
PARTY_PREPOSITIONS = ("与", "同", "跟")
#: The longest run of closed words cut off the start of a subject phrase, in characters.
MAX_LEADING_RUN = 6
#: A list of the members of a batch told by its count, right after the clause (…13个高速公路建设
#: 项目集中开工，包括A、B; 35个重点项目开工，包括A、B等; 新开工9个项目：A、B): the first member
#: is the subject. An attribute opening the member (我市辖区内的A) is no part of it.
MEMBER_LIST_OPENERS = (
    *("：", ":"),
    *("，包括", ",包括", "，分别为", ",分别为", "，分别是", ",分别是", "，即", ",即"),
)
#: Prepositions of place or source: before a place inside a name's words, what comes before
#: them is the clause's (记者从|重庆市政府新闻发布会); not the joiners of routes and parties, nor
#: 经 and 由, which most names holding them hold in 经济, 自由…
PLACE_PREPOSITIONS = ("从", "在", "于", "自", "据")
