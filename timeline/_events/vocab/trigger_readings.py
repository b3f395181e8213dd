"""Trigger readings: what makes a trigger a description, attendance or negation."""

from __future__ import annotations

#: An ordinal unit: the first (or n-th) of a kind (首条, 首根, 第二台). Opening the attribute of
#: X的Y it describes Y (首条搭载这一系统的“云轨”线路 → the line); inside a phrase after a name
#: it is that body's first product, and the body is the subject (…单晶硅项目首根单晶硅棒 → the
#: project).
ORDINAL_UNIT = r"(?:首|第[0-9一二三四五六七八九十]+)[个家座条款批项所位名台处支类场根辆架颗套块片列艘部]"
#: Subjects whose names hold ordinals of their own (第十四届全国人民代表大会第二次会议), or that
#: are never described so: their names are never cut after a description.
UNDESCRIBED_TYPES = ("place", "person", "meeting", "policy")
#: Words opening a project's name by its capacity (年产20万吨锂电池正极材料项目, 日处理500吨
#:垃圾焚烧发电项目): with a number after them they name one project, as a place before it does.
CAPACITY_OPENERS = ("年产", "年加工", "年处理", "年回收", "年出栏", "年屠宰", "年吞吐", "日处理", "日产")
#: Words ranking a thing among its kind (全国最大国产化单集群…): like an ordinal (ORDINAL_UNIT),
#: they open a description of the name written after it.
SUPERLATIVES = ("最大", "最长", "最高", "最早", "最先", "唯一")
#: The kinds of company a description ends with, before the company's own name (山西第一家中外
#: 合资企业华杰电子有限公司, 合资公司安徽建工皖江新材料科技有限公司): the name starts after them.
COMPANY_KIND_WORDS = (
    *("合资企业", "中外合资企业", "外资企业", "独资企业", "外商独资企业", "民营企业", "国有企业"),
    *("龙头企业", "链主企业", "合资公司", "子公司", "全资子公司", "控股子公司", "项目公司", "新公司"),
)
#: The scopes a first or n-th of its kind is counted in (全球首家电池零碳工厂, 西部首个国家实验室
#: 项目; a place named there counts too: 西藏第五个民用机场): with the ordinal they describe one
#: thing, named by the whole description.
ORDINAL_SCOPES = (
    *("全球", "全国", "国内", "我国", "世界", "亚洲", "全省", "全市", "全区", "省内", "市内"),
    *("西部", "东部", "中部", "西南", "西北", "东北", "华中", "华南", "华东", "华北"),
)
#: How far before a subject an ordinal describing it may open (第十二个: 4 characters).
ORDINAL_REACH = 6
#: Adverbs of manner between an aim verb or 的 and the trigger (该项目的顺利投产, 推动项目早日
#: 全面投产): the trigger is still a noun or an aim.
MANNER_ADVERBS = (
    "顺利",
    "正式",
    "全面",
    "成功",
    "如期",
    "按期",
    "早日",
    "尽快",
    "全部",
    # also the end of a subject phrase (天津市重磅出台, 两江新区隆重举行)
    "重磅",
    "隆重",
    "高调",
    "火速",
    "一举",
    "大力",
    "率先",
    "圆满",
    # how the works go on (1300多名工人放弃休假，两班倒加紧施工)
    "两班倒",
    "三班倒",
    "昼夜",
    "日夜",
    "加班加点",
    "争分夺秒",
    "全力以赴",
    "马不停蹄",
)
#: Acts on an administrative unit or body that a clause may open with, the unit named after the
#: verb (设立三门峡市陕州区, 撤销陕县): with no one named acting, the unit is the subject.
ACTED_ON_VERBS = ("设立", "撤销", "组建", "成立")
#: The ends of an administrative unit's name (陕县, 郧阳区, 某某街道).
ADMINISTRATIVE_UNITS = ("省", "市", "县", "区", "镇", "乡", "街道", "自治州", "自治县")
UNIT_STATUS = "建制"
#: Joiners of two parties in a subject phrase (A及B已投产: A is the subject), and the closing
#: brackets a name may end with.
PARTNER_JOINER = "与"
PARTY_JOINERS = ("及", "和", PARTNER_JOINER)
CLOSING_BRACKETS = ")）]】"
#: A verb of one serial act split from the next by a manner adverb (建成正式通车运营, 竣工顺利
#:投产): the two are one act, typed by the later verb, and the earlier is no part of the subject.
SERIAL_ADVERB_MAX = 4
#: A trigger after one of these is a ceremony someone attended, not their milestone.
ATTENDANCE_WORDS = ("出席", "参加", "见证", "观摩", "参观", "致辞", "主持")
#: …unless the attendee performs the act itself (出席并宣布项目竣工投产, 出席并下达开工令, 出席…并为
#: 宝山办事处揭牌).
ATTENDANCE_ACTS = ("并宣布", "并下达", "并为")
#: …nor are projects taking part in a mass act (德阳市共有46个项目参加集中签约, 我市共有7个项目参加现场
#: 集中签约, 37个…项目参加扬州集中开工、投产活动): the projects are those acted on, not guests.
PROJECTS_TAKING_PART = r"项目(?:共|均|也|都|还)?(?:参加|参与)"
#: Attendance verbs after which a ceremony attended is named (参加了“…联合实验室”签约暨揭牌仪式).
CEREMONY_ATTENDANCE_VERBS = ("出席", "参加")
#: What opens a quoted title or slogan among a clause's blocked spans.
TITLE_OPENERS = "“《【"
#: …nor is one that names a meeting with the noun right after it (现场观摩会暨…开工仪式在…举行,
#: 重点项目现场观摩活动在陆良县举行): the meeting held, not someone attending (参加会议 is).
ATTENDANCE_NAMING_MEETING = r"(?:会(?![议见谈晤])|活动|大会)"
#: A trigger negated (重庆东站项目尚未开工, 至今没有投产, 不再开工建设): no act told. Read past
#: adverbs of manner (仍未如期开工).
NEGATIONS = ("未", "没有", "没", "不再", "不会", "不能", "无法", "难以")
#: Verbs of asking for, awaiting or preparing an act, before it with at most a party and adverbs
#: between (申请开工 260, 等待自治区发改委正式批复 358, 筹备成立, 期待…完成, 提请大会审议通过): the
#: act has not happened, a preparatory step is no milestone. A request granted stays (申请获批,
#: 申请通过: ASKING_VERB before GRANTED_HEADS).
ASKING_VERB = "申请"
AWAITING_VERBS = (ASKING_VERB, "等待", "期待", "静待", "有待", "筹备", "报请", "提请")
AWAITED_GAP = "[^，。；,;的]{0,12}"
GRANTED_HEADS = ("获", "通过")
#: How far before a trigger a negation or a word of attendance is read, adverbs of manner included.
MODIFIER_REACH = 16
#: A clause opening with 若 is a condition (若重庆东站项目如期投产，…), unless 若 begins a name
#: (若羌县, 若尔盖县).
CONDITION_HEAD = "若"
NOT_CONDITION_AFTER_HEAD = "羌尔"
#: A witness of two parties named acting (共同见证省低空产业投资公司与丽江市人民政府签署战略合作协议):
#: the witnessed act is told, with its parties joined by one of these.
WITNESS_WORD = "见证"
WITNESSED_PARTIES = ("与", "同")
#: A visit someone only takes part in or accompanies (副市长时镇参加调研, 陪同考察): the visit is
#: someone else's, told in its own clause; not 与B一同调研, where both visit.
ACCOMPANYING_WORDS = ("参加", "陪同", "随同", "参与")
#: A trigger whose first character closes another word with the character before it (拉开城市框架,
#: 全面展开工作, 召开工作会议, 交通车辆, 线上线下, 公交车下线, 推动工作重心, 带动工业): no trigger
#: there. By the trigger's first character; for 动, the verbs ending in it (推动, 带动, 拉动, 联动,
#: 驱动, 撬动, 发动, 调动, 牵动, 转动, 流动, 变动, 互动, 劳动, 活动, 主动, 被动, 自动, 运动, 挪动,
#: 搬动, 移动, 滚动, 触动, 鼓动, 感动, 震动, 振动, 波动, 摇动, 策动), not 行 (举行动工仪式) nor 启
#: (启动工程建设 may start the works).
FUSED_BEFORE_TRIGGER = {
    "开": "拉展召公离打敞揭避撕放翻铺张分", "通": "交普沟流畅", "上": "线", "下": "线", "交": "公",
    "动": "推带拉联驱撬发调牵转流变互劳活主被自运挪搬移滚触鼓感震振波摇策",
    # 竣工 in 开竣工, a trigger of its own read whole (这些项目的开竣工: a noun)
    "竣": "开",
}
#: …but a clock's minutes end with 分 (将于3月17日10时38分开通运营, 9点58分开工): no word there.
CLOCK_MINUTES_END = r"[0-9０-９]分$"
#: Meetings between people attended (省长许勤参加会见, 出席座谈): the attendance tells no act of
#: its own, unlike a visit (参观考察).
ATTENDED_MEETINGS = ("会见", "接见", "会谈", "座谈")

#: …but a clause marking a founding or opening as formal reports it (召开，标志着X正式成立), and
#: so does one that ends with a work started, finished or put to use (随着最后一声炮响，标志着…隧洞
#: 顺利全线贯通; 医院行政部门率先迁入，标志着…一期工程正式投入使用; 挖掘机正忙着清淤整治，标志着…项目
#: 正式开工建设, 420; …建设景象，标志着…基地全面开工建设, 317): after the same act told in the
#: sentence it is that act told again (`retold`), as after …开工仪式举行.
MARKED_END_ACTS = (
    "投入使用", "投入运营", "投入运行", "建成通车", "通车", "贯通", "合龙", "竣工", "封顶", "落成", "投产",
    "开工建设", "开工", "动工", "开建", "建成",
)
MARKED_ACT = (
    r"^(?:这?标志着|宣告)[^，。；]{2,30}正式(?:成立|揭牌|启用|投用|开业|运营)"
    rf"|^(?:这?标志着|宣告)[^，。；]{{2,30}}(?:{'|'.join(MARKED_END_ACTS)})$"
    # …or a start told by its curtain (标志着江东新区全面建设正式拉开帷幕)
    r"|^(?:这?标志着|宣告)[^，。；]{2,30}(?:拉开帷幕|拉开序幕)"
    # a clause opening with 随着 or a target verb reports an act when it holds its own date
    # (随着…联网工程2018年11月建成投运, 确保明年投用, 冲刺年内竣工目标)
    r"|^(?:随着|确保|冲刺)(?!所有|全部)[^，。；]*?"
    r"(?:[0-9０-９]{4}\s*年|[0-9０-９]{1,2}\s*月|明年|今年|年内|年底|年中|年初|月底|上半年|下半年)"
)
#: Openers of a clause telling what the act before it marks: an act of the same type there is
#: that act told again (大桥顺利合龙，标志着大桥全线贯通; …开工典礼举行，标志着…实验室正式开建),
#: unless it is a start told by its curtain (6大项目集中开工，标志着江东新区全面建设正式拉开帷幕):
#: the start of a whole, an act of its own after the acts of its parts.
CURTAIN_WORDS = ("拉开帷幕", "拉开序幕")
MARKING_OPENERS = (
    "这标志着", "标志着", "这也标志着", "也标志着", "宣告",
    # 著 is left as printed by the script folding (著名): 標志著 reads 标志著
    "这标志著", "标志著", "这也标志著", "也标志著",
)  # fmt: skip
#: People performing the ceremonial act for a body (市长…共同为党工委和指挥部揭牌): after an act
#: told in the same sentence (…正式挂牌成立，…), the same act told again.
OFFICIATING = ("共同为", "一起为", "一同为")
#: An official who announces or orders the act (出席仪式并宣布…项目开工, 出席并下达开工令) is
#: no subject of it: the clause goes on about the subject carried in.
ANNOUNCING_VERBS = ("宣布", "下达")
#: Words for the works a report told, right after an announcing verb (宣布项目开工): the act
#: announced is that of the ceremony told before.
#: Words for the parties of an act told before (…分别代表双方签署协议): they act again.
PARTIES_TOLD = ("双方", "三方", "各方", "两地")
#: Counts opening a pair or trio of a kind (两大经开区全面签署…): the parties told before.
PAIR_COUNTS = ("两大", "两家", "三家", "双")
WORKS_TOLD = ("项目", "工程", "各项目", "该项目", "上述项目", "这些项目", "重点项目", "重大项目")
#: Adverbs that may stand before an opener of DESCRIPTIVE_STARTS (持续推动…落地, 进一步推动):
#: the clause is an aim all the same.
DESCRIPTIVE_LEAD_ADVERBS = ("持续", "继续", "进一步", "全力", "大力", "积极", "着力", "努力", "加快")
#: A frame of purpose (以长春新区获批为契机, 以项目建设为抓手): what it names is the occasion
#: of what follows, not an event told.
PURPOSE_FRAME = r"^以[^，。；]{1,40}为(?:契机|抓手|载体|依托|引领|主线|核心|重点|目标|牵引)"
#: A frame of manner (并以集中开工和签约的方式促进项目落地, 以视频连线的形式举行): the acts it
#: names are how something is done, not acts told; the act after it still is.
MANNER_FRAME = r"以[^，。；]{1,20}的(?:方式|形式)"
#: A frame of contribution (为2021年全部建成投用奠定了基础, 为下月正式投产奠定基础, 为全市…建设
#: 正式拉开序幕, 为项目开工创造条件) or of preparation (为项目成功签约做了充分的准备): what the act
#: told before does for what 为 names, an evaluation. The acts it names are its purpose, neither
#: reported nor planned (README: contribution frames); 为X揭牌 / 为X奠基 are acts, as no verb of
#: contribution follows. 为 ending a verb (成为, 作为, 列为, 认定为 …) opens no frame.
CONTRIBUTION_FRAME = (
    r"(?<![成作列定名称视改评选更])为[^，。；]{1,40}?"
    r"(?:奠定|打下|夯实|筑牢|铺平|铺就|拉开(?:了)?(?:序幕|帷幕)|创造(?:了)?[^，。；]{0,12}条件"
    r"|提供(?:了)?[^，。；]{0,12}(?:支撑|保障|条件)"
    # …or prepares it (为项目成功签约做了充分的准备, 为正式营业做足准备)
    r"|[做作](?:了|好|足)?[^，。；]{0,8}(?:准备|铺垫))"
)
#: A document speaking (国务院批复中称, 《通知》中指出): the trigger names the document quoted,
#: not an act.
QUOTING_AFTER_TRIGGER = ("中称", "中指出", "中提出", "中明确", "中表示", "中强调", "中写道")
#: Clauses opening with these describe or interpret; they report no milestone.
DESCRIPTIVE_STARTS = (
    "作为",
    "这标志着",
    "标志着",
    # what a ceremonial act proclaims (…奠基培土，宣告…的盛大开工): the act told again
    "宣告",
    "这意味着",
    "意味着",
    "所谓",
    "这是",
    "都标志着",
    "为了",
    "为推动",
    "为促进",
    "为加快",
    "为确保",
    "随着",
    # aims and purposes: what a body pushed for, not what happened (推动A等268个项目投产)
    "推动",
    "确保",
    "力促",
    "助推",
    # the words of a decision quoted (批复中称，同意在吉林省长春市设立长春新区)
    "同意",
    # an addend of a sum (加上昨天签约仪式上签订的6个项目，…引进的项目就达43个)
    "加上",
    "再加上",
    # a frame of reference (按照“储备一批、签约一批、开工一批”的思路)
    "按照",
    "根据",
    "依照",
    # habits (每季度召开调度会)
    "每季度",
    "每年",
    "每月",
    "每周",
    "定期",
    # conditions and spans of time (一旦项目建成投用, 距离开工建设不到8个月)
    "一旦",
    "如果",
    "假如",
    # (若 and 待 only before words that show the condition: 若羌县, 待遇 are no conditions)
    "若能",
    "若是",
    "若该",
    "若项目",
    "倘若",
    "如若",
    "如能",
    "只要",
    "待到",
    "待该",
    "待其",
    "待项目",
    "等到",
    "距离",
    "距",
    # who did each part of an occasion told before (…共设14个开工活动会场，分别由各区…各选取1个
    # 代表项目举办集中开工活动)
    "分别由",
    # the contents of a project listed (主要包括生产厂房及辅楼、舾装及交付中心、设计研发中心等)
    "主要包括",
    "主要包含",
    "主要涵盖",
    # an aim to build something (构建东北地区快消品交易和交付枢纽)
    "构建",
    "打造",
    # steps of a story told in sequence (再到第一台试生产产品下线)
    "再到",
    "到最后",
    "从",
    # a directive (要求各地区9月底前可举办…开工仪式, 做到快开工、大开工)
    "要求",
    "做到",
    "鼓励",
    # a reason or purpose (之所以选择边建设边试生产, 主要是为下个月的正式投产争取时间)
    "之所以",
    "主要是为",
    "以便",
    "旨在",
    # an event celebrated or remembered (集会，庆祝中华人民共和国成立): not this report's act
    "庆祝",
    "纪念",
    "喜迎",
)
#: An act at one end of a span between two steps (项目从签约落户到开工，仅用了不到40天, 175; 从签约到
#: 开工，仅用时54天, 016; 从开工到竣工仅86天, 065; 从签约之后到开工仅仅23天, 195): the time between
#: them is told, not an act (a clause opening with 从 is read by DESCRIPTIVE_STARTS). The 从 of
#: 从而, 从事, 从中, … opens no span; a span holding a date is read as before.
STEP_SPAN_FROM_WORD = "从"
STEP_SPAN_FROM = r"从(?![而事中严速未不来业容此头])[^，。；,;]{0,20}$"
STEP_SPAN_TO = r"^[^，。；,;]{0,8}?到"
STEP_SPAN_TO_WORD = "到"
STEP_SPAN_ENDED = r"从(?![而事中严速未不来业容此头])[^，。；,;]{1,20}?到[^，。；,;]{0,6}$"
#: A works stage told by a verb of pace (X加快建设, 项目加速推进: the works under way) becomes an aim
#: when its object follows (加快建设长春国际汽车城, 103; 加快建设新一代信息技术产业, 227; 加快建设千亿
#: 化工产业园, 162; 加快建设数智贵州, 284; 加快建设创新台, 323): what a body pushes for, no report;
#: …加快建设中 / 当中 / 阶段 is the works under way.
PACE_TRIGGERS = ("加快建设", "加速推进", "正加快建设")  # (and its form told as under way: 正加快建设X)
PACE_UNDER_WAY_TAILS = ("中", "当中", "之中", "阶段", "期")
#: An act named as the topic of a copula in the clause after it: the clause opens with the act
#: (设立河北雄安新区，是…重大历史性战略选择, 290) or ends with it nominalised (…开工仪式的举行，是…
#: 的具体实践, 274), as a clause opening with its act before 是 is (开通尼中跨境光缆是…, 099): what the
#: act is, no report. The clause after opens with one of these.
COPULA_AFTER_ACT = r"^\s*[，,]\s*(?:这|也|则|更|就)?是(?![在于从])"
COPULA_AFTER_REACH = 6
NOMINALISED_ACT = r"的(?:举行|召开|举办|开通|建成|签约|开工|投产|成立|揭牌|启用|竣工)$"
#: An aim before the trigger in its clause (AIM_VERB), opening it or after one of AIM_LEADS (将加快
#: 推进A、B等项目落地建设, 推进A等285个项目开工): what a body pushes for, not what happened.
#: (推进会 / 推进办: names; 推进中: the works under way; 推动下: under a body's push, 在…的大力推动
#: 下, names who pushed, no aim; 推动中芯国际…: a name opening with 中 is the object.)
AIM_VERB = (
    r"(?:加快推进|加快|推动|推进|促进|确保|力促|助推|抢抓|狠抓|紧抓|抓好|抓实|紧盯)(?![会办下]|中$|中的)"
)
#: Adverbs of effort before an aim verb, after the body that strives (海西州精准有序扎实推动重大项目
#: 开工提速, 081; 密集推动一批重大项目开工建设, 160; 切实推进项目尽快落地, 207; 持续推动重点项目开工
#: 建设, 222): the closed class of adverbs of striving, steadiness, joint action and thoroughness;
#: the aim verb after any of them is an aim, as after a modal.
EFFORT_ADVERBS = (
    *("全力", "继续", "进一步", "持续", "积极", "大力", "着力", "著力", "努力", "奋力", "倾力", "聚力"),
    *("全面", "扎实", "切实", "务实", "精准", "有序", "稳步", "稳妥", "有力", "高效", "统筹", "重点"),
    *("主动", "加紧", "加速", "全速", "密集", "不断", "坚持", "共同", "合力", "协力", "协同", "联合"),
    *("齐心", "千方百计", "想方设法", "全方位", "深入", "强力", "坚定", "着重", "集中"),
)  # fmt: skip
AIM_LEADS = ("将", "要", "还", "并", *EFFORT_ADVERBS)
#: Other aims right before the trigger (早日/早 right before it is a slogan: 力争早开工、早建成、
#: 早投产; not 今早, this morning, nor 提早, ahead of time: 提早竣工 is the act).
AIM_BEFORE = (
    # a duty of work: 抓 with the act as its object (围绕…项目抓开工建设, 狠抓项目落地达效)
    r"抓(?![紧住获捕拍])[^，。；、]{0,8}$"
    # a slogan of work in two halves (一手抓竣工投产增增量，一手抓项目开工蓄后劲)
    r"|一手抓"
    r"|(?:早日|早一天|早一日|尽早|尽快|及早)$|(?<![今昨明提])早$"
)
#: A trigger listed with other nouns before 等 (聚焦项目引进、开工、投产、达产等关键环节) is a noun.
NOUN_LIST_MARK = "、"
#: A sentence ends at an ellipsis, unless it closes a list and the clause runs on (A、B、C……相继入驻).
ELLIPSIS = "……"
NOUN_LIST_END = "等"
#: …以来 with no date of its own (今年以来, 长期以来) frames nothing datable, unless 自 opens it right
#: before the act (湖南湘江新区自成立以来, 《条例》自公布以来): the act of the thing named before 自.
SINCE_TAIL = "以来"
SINCE_HEADS = ("自", "自从")
#: …of a change in what a thing is (founded, opened, approved, published); a work or process
#: begun (项目自开工以来, 这项工作自启动以来) frames its progress, no milestone.
SINCE_FRAMED_TYPES = ("founding", "opening", "approval", "policy_release", "announcement")
#: A clause ending in these sums up the time since (今年以来，…; 十余年来，…; 三年来，…).
SINCE_CLAUSE_TAILS = ("以来", "年来")
#: Occasions counted over a time (先后举办9次…活动, 连续举办了8场…, 先后六次召开…座谈会): a
#: roll-up of many acts, not one milestone. A numbered one (第9次) is one occasion.
ROLLED_OCCASIONS = (
    r"(?:先后|连续|相继|陆续|累计|共计|多次)[^，。；,;]{0,6}?(?<!第)"
    r"[0-9０-９一二三四五六七八九十两几多]+(?:次|场|轮|届|批次)"
)
#: Triggers beginning with these make an event only with a date in their own clause (开展…活动:
#: undated, it is a habit or a general aim).
DATED_ONLY_HEADS = ("开展",)
#: Triggers that make an event only when a date governs their clause (群众在城关集会, 县城迁至新城镇,
#: 市委决定调整…: undated, a rally, a move or a decision is no milestone: 禁止非法集会, 居民陆续迁至
#: 新居, 质量决定成败, 市场需求决定企业发展方向).
DATED_ONLY_TRIGGERS = ("集会", "迁至", "迁往", "搬迁至", "迁入", "决定", "同意", "授权")
#: …unless a named body acts (杭州市人民政府驻地由…迁至…; 公司总部由北京迁至上海): a seat moved
#: is a milestone of the body, dated or not.
MOVING_BODY_TYPES = ("government", "company", "institute", "organisation", "university", "platform")
#: The triggers of a move (a seat moved, a body moved toward a quarter or transferred to another
#: authority, a move done), and the people who move (200户居民迁入新居, 村民迁往新村, 10户居民完成
#: 搬迁): a move of theirs is no milestone of a body, dated or not.
MOVE_TRIGGERS = (
    *("迁至", "迁往", "搬迁至", "迁入"),
    *("东迁", "西迁", "南迁", "北迁", "划转至", "划转到", "完成搬迁"),
)
MOVING_PEOPLE = (
    "居民", "村民", "群众", "移民", "师生", "学生", "员工", "职工",
    "人口", "农户", "住户", "百姓", "家庭", "人",
)  # fmt: skip
#: Gifts: the amount right after the trigger is what was given (向母校中国科大捐赠2亿元人民币),
#: not a statistic.
GIFT_TRIGGERS = ("捐赠", "捐资", "捐款", "捐建")
#: Clauses ending with these set a scene for what follows (博览会即将召开之际, 本次开工项目中,
#: 在…加快建设教育强国…的关键节点).
FRAME_ENDS = ("之际", "项目中", "关键节点", "重要节点", "关键时期", "重要时期", "关键时刻")
#: Clauses ending with a verb of learning are where the report comes from (記者在開工儀式上獲悉,
#: 363; as 记者从…签约仪式上获悉, 180, 从…新闻发布会上了解到, 129, 253): a source, not an act.
SOURCE_ENDS = ("获悉", "了解到", "得知", "获知")
#: A trigger right after one of these is history named as a period (新中国成立以来).
HISTORIC_NAMES = ("新中国", "建国", "改革开放")
#: A clause that grades an act (…下线对产业园具有里程碑意义) reports no milestone.
EVALUATION_CUES = ("意义",)
#: 突破/攻克 with an object of these is a breakthrough (突破固态电池关键技术).
BREAKTHROUGH_OBJECTS = ("技术", "难题", "瓶颈", "难关", "工艺", "核心", "关键")
#: 突破 and 攻克 need one of these before them in the clause (取得…突破), or, for 攻克, a list.
BREAKTHROUGH_NEEDS = ("取得", "实现", "先后", "成功")
#: An approval trigger followed by one of these names a list (拟认定名单): the trigger is no verb.
DESIGNATION_LIST_TAILS = ("名单",)
#: A trigger right after a demonstrative and a measure word refers back to an act already
#: told (这场签约绝非…, 此次开工的项目): a topic, not a new act.
REFERRING_HEADS = ("这场", "此场", "这次", "此次", "本次", "该次", "这一", "此番", "这些", "本轮", "此轮")
#: 认定/列为 followed by a count is a tally, unless the clause names what they become
#: (拟认定12家…为重点实验室).
DESIGNATION_AS = "为"
