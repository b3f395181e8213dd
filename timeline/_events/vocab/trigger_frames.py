"""Trigger frames: clauses that frame a trigger (继…之后, visits, speech, stages, aims)."""

from __future__ import annotations

from timeline._events.vocab.names import MEASURE_WORDS
from timeline._events.vocab.topics import RANK_WORDS

#: A clause opening with these frames the clauses after it that carry its subject on
#: (随着第一列电客车驶出停车场，进入正线区间试运行，…): those report no milestone of their own.
FRAMING_STARTS = ("随着",)
#: A clause opening a sentence with these tells a role (作为日喀则市的地标，…): the clause after it
#: opens what the sentence is about; how far back it is looked for.
ROLE_FRAMES = ("作为",)
ROLE_FRAME_REACH = 40
#: 调研/考察 are visits: their subject is the visiting person or delegation.
VISIT_TRIGGERS = (
    "考察", "调研", "率队来到", "实地调研", "视察", "莅临", "慰问", "参观学习", "察看", "检查指导", "到访",
    "看望", "走访", "会见", "接见", "座谈", "会谈", "主持召开", "来到",
)
#: Arrivals that are a visit only when a visiting party arrives at a site (孙中全等领导来到…项目一线,
#: 张建民一行先后来到…施工现场): the party ends the words before (past adverbs of VISIT_ADVERBS),
#: a site noun ends the clause; not 记者来到… (the reporter), nor 来到这些城市工作.
VISIT_ARRIVALS = ("来到",)
VISITING_PARTIES = ("一行", "等领导", "等市领导", "等省领导", "等县领导", "等区领导", "率队", "带队")
VISIT_ADVERBS = ("先后", "分别", "再次", "专程", "一同", "一起", "共同", "还", "又", "也")
VISITED_SITES = ("现场", "一线", "车间", "工地", "厂区", "园区", "基地", "企业", "公司", "项目")
#: A delegation named by the body it comes from (济南市投促局开发区一行到…参观考察): with no
#: person named, the body and the words up to the mark are the visitor.
DELEGATION_MARKS = ("一行", "考察团", "代表团")
DELEGATION_NAME_GAP = 6
#: Between two people before a visit or a meeting, these make the first the subject (袁家军与华为
#: 公司董事长徐直军会谈, 袁家军同胡衡华到…调研; a list of visitors, 王晓晖、省长黄强到…调研, is led by
#: its first).
MEETING_PARTNER_MARKS = ("与", "同", "和", "、")
#: A visitor named by a title alone keeps at most this many body words before it (市委书记).
TITLE_HEAD_LEN = 6
#: How far before a visit's trigger its visitor and places are looked for, in characters.
VISIT_REACH = 240
#: Speech verbs: a trigger clause that ends with one is summarised with what was said.
SPEECH_VERBS = ("宣布", "透露", "披露", "表示", "介绍", "指出")
#: Verbs by which a speaker opens what they say, before a comma or colon (市长张三表示，…; 他说：“…”;
#: `speeches`); 介绍 is left out: 据介绍 gives a source of facts, no speech.
SPEAKING_VERBS = ("表示", "指出", "强调", "说", "称", "坦言", "谈到", "提到")
SPEECH_OPENING_MARKS = "，,：:"
#: Marks that tell an act in a speech as done (…项目已经开工建设, 正式投产了; 他们已研发出…，并建成…)
#: or as the occasion's (此次推进会现场集中发布…), from the speech's opening to the act's clause end.
SPEECH_TOLD_MARKS = (
    *("已", "了", "正式", "顺利", "成功", "首次", "率先"),
    *("此次", "本次", "这次", "本届", "现场"),
)
#: How long a summary that runs on past its clause may grow, in characters.
SUMMARY_MAX_LEN = 60
#: Triggers that are a person or body speaking about what follows (熊斐透露，…).
REPORTING_TRIGGERS = ("透露", "披露", "宣布")
#: A word right after a trigger that makes it part of a noun, not a verb (成立大会, 发布会).
#: Nouns of slogans that speak of acts as a figure, printed in quotes (按下开工建设“快进键”, 吹响
#: 项目开工“集结号”, 跑出签约落地“加速度”, 打好项目投产“主动仗”): the act only qualifies the figure.
FIGURE_NOUNS = (
    "快进键", "加速键", "启动键", "加速度", "集结号", "冲锋号", "主动仗", "攻坚战", "先手棋", "快车道",
)  # fmt: skip
TRIGGER_NOUN_TAILS = (
    # a station named by the service (始发站, 首发站)
    "站",
    "大会",
    "会",
    "之年",
    "时间",
    "日期",
    "初期",
    "见效",
    "方向",
    "区",
    "成果",
    "组",
    "前",
    "的背后",
    # a consequence, a condition or a time after it, not the act (投用后, 全部投产可年产…)
    "后",
    "以后",
    "之后",
    "可",
    # a noun the trigger qualifies (入驻条件, 入驻主体, 开工建设情况, 批复要求, 实施方案)
    "条件",
    "主体",
    "情况",
    "基本情况",
    "要求",
    "同时要求",
    "方案",
    "意见",
    "细则",
    "仪式的",
    "活动的",
    "量",
    # a figure or an aspect of the acts, not one act (可竣工面积201万平方米, 签约金额, 开工项目数,
    # 在开竣工方面, 签约规模, 开工进度)
    *("面积", "金额", "规模", "数量", "项目数", "个数", "总数", "进度", "比例", "比重", "占比"),
    *("方面", "领域", "环节", "手续", "速度", "效率", "周期", "节点"),
    # an abstract noun the act qualifies, past the acts told with it: its content or reach, the
    # rules or the way it is done, the mood it stirs, its venue, the time during it (信息披露内容
    # 429, 动车组开行范围覆盖… 431, 发布模式 438, 签约与开工投产热情不减 250, 开工热潮涌动 167,
    # 活动举办场地 347, 开工黄金期 389, 项目落地期间 333, 通车当天 368); not 目标 (冲刺年内竣工目标
    # plans the act, 027), nor 程序 / 流程 / 机制 / 标准 (启动…程序 starts a process)
    *("内容", "范围", "制度", "模式", "热情", "热潮", "氛围", "势头", "态势"),
    *("场地", "场所", "地点", "期间", "当天", "当日", "黄金期", "窗口期"),
    # …or the work of the act, as a duty or a kind of work (做好信息披露工作 429, 促开工工作主题 389,
    # 新闻发布工作制度 390), unless a verb of completing opens the trigger (完成搬迁工作 343 is
    # done: WORK_DONE_HEAD) or the work is a body founded or a visit's (成立工作专班, 检查指导工作:
    # WORK_KEPT_TYPES)
    WORK_NOUN := "工作",
    # a work named by the act (八尺门海堤贯通工程)
    "工程",
    # an amount named by the act (签约额15亿), a rank of civil servant (区政府一级调研员)
    "额",
    "员",
    # a compound verb of integration, not a breakthrough of a tunnel (产学研用贯通融合)
    "融合",
    # preparations for the act (大型机械做好开工准备, 投产准备工作)
    "准备",
    # a person or people named by the act (空军重要奠基人之一, 入驻人员, 开工人数, 创立者)
    "人之一",
    "人员",
    "人数",
    "者",
    # the site or the people of the act (开工现场1个主会场, 入驻师生及工程师超百人)
    "现场",
    "师生",
    # a rate or a service named by the act (新增项目开工率90%以上, 投产率达90%, 强化项目招引与
    # 落地服务, 入驻服务)
    "率",
    "服务",
    # a figure of speech in quotes the act qualifies (按下开工建设“快进键”, 跑出签约落地“加速度”;
    # unquoted, 攻坚战 and the like may be the name of a campaign)
    *(f"“{noun}”" for noun in FIGURE_NOUNS),
)
WORK_DONE_HEAD = "完成"
WORK_KEPT_TYPES = ("founding", "other")
#: Conjunctions between acts told in a row (签约与开工投产热情不减).
QUALIFYING_ACT_JOINERS = ("与", "和", "及", "、")
#: A trigger naming the projects a description or a total is about (签约项目涵盖…领域, 集中开工
#: 项目共11个, …二期首发项目等): no act told. Up to four characters (招商, 重点) may qualify
#: 项目 between them. Not a bare count (签署合作项目21个 tells the act). So is one naming the
#: projects a duty is about (围绕…等64个亿元签约项目抓开工建设).
#: …not the batch's own total ending the clause (海口集中开工项目共11个).
PROJECTS_NAMED_BY_ACT = (
    r"[^，。；,;]{0,4}?项目(?:(?:共计|总共|合计|共(?!计))(?![0-9一二三四五六七八九十百]+个$)"
    r"|涵盖|包括|涉及|覆盖|分布|主要|等|抓)"
)
#: Triggers whose object follows them: a document noun after them (印发方案提出) is what they
#: release, not a compound noun (实施方案).
RELEASING_TRIGGERS = ("印发", "出台", "发布", "公布", "颁布")
DOCUMENT_TAILS = ("方案", "意见", "细则")
#: Adverbs of manner that describe a state of running or a scene, right before the trigger (麒麟
#: 电池高效下线, 正常生产, 稳定运行, 双方代表庄重签约, 忙碌建设; with or without 地): no change told
#: (annotation README: states of running production are no milestones). 隆重 stays: 隆重集会 holds
#: the occasion; so does reaching full load (满负荷生产 is a trigger of its own).
MANNERS_OF_RUNNING = (
    *("高效", "有序", "稳定", "平稳", "正常", "源源不断", "不停", "不间断", "有条不紊"),
    *("忙碌", "紧张", "庄重", "火热"),
)
ADVERBIAL = "地"
#: The verb of achieving: an act inside its object made a noun phrase by 的 (实现了…的新突破) is
#: described, not told (`triggers._achievement_phrase`).
ACHIEVING_VERB = "实现"
#: A trigger followed by one of TRIGGER_NOUN_TAILS that means "after" still makes an event
#: inside 继…之后 (an event of its own, with its own date).
AFTER_TAILS = ("后", "以后", "之后")
#: An act followed by 后 and one of these opens a consequence in its clause (项目建成后将与一期
#: 工程贯通, 投产后可年产…): the act and the acts after it are hypothetical.
CONSEQUENCE_MODALS = ("将", "可", "能", "会", "还将", "也将", "就将", "便将", "即可", "就能", "便可")
#: …and the estimates of what it brings (达产后预计新增年产值60多亿元): no plan of the acts told.
CONSEQUENCE_ESTIMATES = ("预计", "预期", "有望")
#: Verbs by which an act brings about an effect (带动就业, 加速产业升级, 填补…空白), and the
#: degree adverbs that open such a predicate (进一步, 有效, 极大…): the whole closed class, not the
#: words met.
EFFECT_VERBS = (
    *("带动", "推动", "拉动", "促进", "助力", "助推", "加速", "加快", "推进", "带来", "吸纳", "解决"),
    *("满足", "提升", "提高", "增强", "壮大", "丰富", "完善", "优化", "填补", "弥补", "补齐", "补强"),
    *("延伸", "延长", "拓展", "拓宽", "激发", "释放", "改善", "夯实", "巩固", "形成", "新增"),
)
EFFECT_DEGREES = ("进一步", "有效", "极大", "大大", "大幅", "显著", "有力")
#: An act as the topic of its consequence (这些项目落地实施将为投资贡献更多优质增量, 项目投产将使
#: 产能翻番, 生产线投用将加速区域产业升级): the act right before a modal and a verb of effect is
#: what would bring it, not a report.
CONSEQUENCE_OF_ACT = (
    "^(?:实施|建设|运营|运行|投用|达产|见效)?(?:还|也)?(?:将|可|能|会)(?:为|使|"
    + "|".join((*EFFECT_VERBS, *EFFECT_DEGREES))
    + ")"
)
#: …and the act right before a verb of effect it brought about (该项目投产填补了…产业空白, 476):
#: the act is the topic of its worth, evaluated, not reported.
EFFECT_OF_ACT_DONE = "^(?:还|也)?(?:" + "|".join(EFFECT_VERBS) + ")了"
#: An act as the topic of what it marks or of its worth (合龙标志着…建设进度完成过半, 294; 澄呈高速公路
#: 的建成通车对完善…路网结构…具有重要意义, 304; 项目的建成对塑造红旗品牌…, 103): the act right before
#: 标志着 / 意味着 or 对 (not 对外, 对接, 对象, …) is evaluated, not reported; an act told with a
#: comma before 标志着 is read by MARKING_OPENERS.
ACT_EVALUATED = "^(?:也|还|则)?(?:标志着|意味着|标志著|意味著|对于|对(?![外接口象应比照称标面表话]))"
#: An act greeted (王宗华对…乔迁新楼并揭牌表示热烈祝贺, 343; 并对公路通车表示祝贺, 287; 对…将…开工
#: 仪式主会场设在…表示衷心的感谢, 199): the acts between 对 / 向 and a verb of expressing a
#: greeting or thanks are what a speaker congratulates, not a report of them (a speech).
GREETING_VERBS = ("表示", "致以", "表达")
GREETED_ACTS = (
    "[对向](?P<acts>[^，。；,;]{2,60}?)(?:表示|致以|表达)[^，。；,;]{0,4}?(?:祝贺|感谢|欢迎|慰问|敬意|谢意)"
)
#: A clause opening with a modal and a verb of effect tells what an act will bring, and the acts
#: inside it are its expected effect (…投产，将带动上下游企业落户; 还将吸引一批项目入驻): no report.
#: (将为 is left out: 将为新厂举行开工仪式 plans a ceremony.)
CONSEQUENCE_CLAUSE = (
    "^(?:并|还|也|同时|进而|从而)?(?:将|可|能|会|能够|可以)(?:带动|吸引|推动|拉动|促进|助力|助推|使|"
    "填补|形成|解决|满足|带来|进一步|有效|极大|大大|大幅|显著|有力)"
)
#: A word referring to an act told before (此次, 本次, 像这样的), right before the act's trigger
#: (past a manner of batches: 此次集中开工, and the first act of a pair: 本次集中开/竣工): the act
#: named again (以此次集中开工为契机, 像这样的集中签约，今年不止一次), not a new one.
REFERRING_WORDS = ("此次", "本次", "这次", "此轮", "本轮", "这轮", "此番", "这样的", "这种")
BATCH_MANNERS = ("集中", "同步", "统一", "现场", "集中开工", "集中签约")
PAIRED_ACT_HEADS = ("开/", "开、", "签约/", "签约、")
#: A noun after a signing trigger naming the bodies that settled (为园区落户企业提供…空间, 入驻企业
#: 达30家): no act (通航企业 names a trade, another word).
SETTLED_BODIES = ("企业", "单位", "机构")
#: 自 before a year inside a clause (西部(重庆)科学城自2020年全面启动建设以后) opens a frame too.
SINCE_YEAR = r"(?:自|从)\s*(?:[0-9０-９]{4}|今年|去年|前年|上年)"
#: Clauses that frame a sentence with an earlier event (继…之后, 自…以来).
FRAME_HEADS = ("继", "自")
#: A preposition before a frame (在继3月上旬集中签约一批重大项目后，…): the frame all the same.
FRAME_PREPOSITIONS = ("在",)
#: A date of the clause's own words (a year, a month, a year named by its distance) before an
#: act ending in 后: the act happened then and the sentence goes on after it (2021年河南省科技创新
#: 委员会成立后，…; 这是陕西省2014年9月印发…预案后，…), an event of its own as in 继…之后. An undated
#: act ending in 后 (项目建成后，将…) stays a condition.
DATED_FRAME = (
    r"(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年|(?<![0-9０-９])[0-9０-９]{1,2}\s*月|(?:今|去|前|上)年"
)
#: A copula before a frame (这是继2011年11月国务院批复…之后，…的又一重要文件; 这是自2008年…启动…改革
#: 后，…的首家划转): the frame is told all the same, its act an event of its own.
FRAME_COPULAS = ("这是", "这也是", "这又是", "这已是", "此举是", "此次是")
#: A 继 frame may run over clauses (继A，并B之后): up to this many, the 继 clause included.
SEQUEL_FRAME_HEAD = "继"
FRAME_RUN_CLAUSES = 3
FRAME_TAILS = ("之后", "以后", "以来", "后")
#: A span of time told from one act to another (自2017年12月开工建设，到首条模组建成投产仅用了
#: 一年): the first clause frames the second, its date is its own.
SPAN_FROM_HEADS = "自从"
#: A clause opening with 从 and a date tells the dated act a span of time starts from (从2017年5月
#: 26日签约至…投产, 从去年10月份签约，到…): an act of its own, not a step of a story (从零星尝试到
#: 全面开花) nor the start of a period (从2019年起, 从今年开始, 从2010年以来, 从2015年至今).
DATED_SPAN_START = (
    r"^从\s*(?:[0-9０-９]{4}\s*年|[0-9０-９]{1,2}\s*月|去年|今年|前年|上年)"
    r"(?![^，。；]*?(?:起|开始|以来|至今))"
)
SPAN_TO_HEADS = ("到", "至")
#: Triggers that name a stage (处于建设阶段): the noun tails above do not apply.
STAGE_TRIGGERS = ("处于建设阶段", "建设阶段", "量产阶段")
#: "处于/进入 … 阶段": a stage one is in, ongoing…
STAGE_PATTERN = r"(?:处于|进入|步入|迈入|跨入|转入)[^，。；]{0,8}阶段"
#: …but entering a stage named by an act of these types is that act, done (进入试生产阶段, 步入设备安装
#: 阶段, 工程已进入收尾阶段: the session-11 convention on works stages).
STAGE_ENTERED = ("进入", "步入", "迈入", "跨入", "转入")
STAGE_REACHED_TYPES = ("production", "opening", "construction")
#: A trigger right after one of these is an aim, not a milestone (推动量产, 助力投产).
AIM_VERBS = (
    "加快",
    "推动",
    "推进",
    "促进",
    "助力",
    "加快推进",
    "力促",
    "以",
    "为",
    "可",
    "可以",
    "能",
    "能够",
    "通过",
    "的",
    "其",
    # whether it will happen (能否按期投产备受关注)
    "能否",
    "是否",
    "可否",
    # a duty or a target stated (项目要落地，平台是关键; 企业必须按期投产; 建成竣工项目保投产)
    DUTY_WORD := "要",
    "必须",
    "务必",
    "应当",
    "保",
)
#: A generic object between an aim verb and the trigger (切实推进项目尽快落地, 努力促进更多企业签约入驻,
#: 助力一批重大项目开工): the aim all the same; a named project (推动宜宾锂电项目开工) is no generic object.
AIM_OBJECT_TAIL = (
    r"(?:推进|推动|促进|助力|助推|力促|加快推进)"
    # …or the second of two aims joined (促进项目落地和企业入驻)
    r"(?:[^，。；]{0,10}?[和及、])?"
    r"(?:更多|一批|各类|所有|这些|更多的)?"
    r"(?:重点|重大|优质|招商|签约|在建|新建|产业)?(?:项目|企业)$"
)
AIM_OBJECT_ENDS = ("项目", "企业")
#: The particles among AIM_VERBS (a trigger after them is a noun): no verb, so a name may open
#: with one.
AIM_PARTICLES = ("的", "其")
#: 要 ending these is no duty: a plan (将要, 就要, 快要) or a noun (主要, 重要, 纪要).
NOT_DUTY_BEFORE = ("将", "就", "快", "主", "重", "纪", "摘", "提")
#: Modal words among AIM_VERBS that tell a plan, not an ability, when the clause holds a time
#: (预计年底可投产, 年内能够投产; 建成后可带动就业 has none).
MODAL_AIMS = ("可", "能", "可以", "能够")
PLANNED_TIME = (
    r"[0-9０-９]{4}\s*年|[0-9０-９]{1,2}\s*月|明年|今年|年内|年底|年中|年初|月底|上半年|下半年|近期"
)
#: 宣布 before a trigger whose subject is carried from before (出席活动并宣布开工, 宣布开工令):
#: a person's part in a ceremony reported already, not a milestone of its own.
PROCLAIMED = "宣布"
#: …unless the works are named between 宣布 and the act (出席并宣布项目竣工投产, 宣布长山米业项目
#: 正式开工): the act reported again in a sentence of its own, a milestone (spec: each report).
PROCLAIMED_WORKS = ("项目", "工程")
#: …and 全部 there: the act told again of the whole (并全部并网发电) or a batch's target.
WHOLE = "全部"
#: …but after a cue of plan and a time (计划2023年8月全部建成投用), the plan of the whole works.
WHOLE_PLAN_CUES = ("预计", "计划", "将", "拟", "有望")
WHOLE_PLAN_TIMES = ("年", "月", "底")
#: A trigger right after one of these is a requirement (严格实施…规划, 切实推进), not an act.
REQUIREMENT_ADVERBS = ("严格", "认真", "切实", "坚决", "深入", "扎实", "有效")
#: A ceremony named as where someone spoke (市长…在开工仪式上表示): a speech, not the act.
#: The ceremony may be named by two acts (海南省省长…集中开工和签约仪式上提出…要求).
SPEECH_AT_CEREMONY = (
    r"^(?:[和暨及、与][^，。；上]{1,8})?(?:仪式|活动|典礼|现场)上"
    r"(?:发言|表示|指出|强调|说|致辞|讲话|介绍|提出|要求)"
    # …and a clause that ends in a speech or a presence the act only names (省委书记于伟国作开工
    # 动员, 市长在开工仪式上作动员讲话, A、B分别作为项目集中开工企业代表发言, 集中开工部门项目单位
    # 负责人等到场): someone spoke or came, no act told; not a speech joined after the act (为研究院
    # 揭牌并致辞: the act is told)
    r"|^[^，。；、并]{0,24}?(?:动员|发言|讲话|致辞|到场|出席|列席)$"
)
#: An unnamed set before the trigger (一批…重大项目加速推进, 大批重大民生项目纷纷落地): a trend,
#: not one milestone; a set with a named member (A等一批项目) is not meant.
SET_QUANTIFIERS = (
    "一批",
    "一大批",
    "大批",
    "众多",
    "诸多",
    "一系列",
    "一些",
    "不少",
    "越来越多",
    "许多",
    "大量",
)
#: A part of an unnamed set opening the clause, after a word introducing it or not (部分项目已经竣工
#: 投产, 还有部分重大项目已经开工, 367; the class of 一批项目加快建设 and 其余项目…, whose other
#: members already name no subject): works of a generic subject (README, convention works stages).
#: Not when an adverb follows it (一期项目已建成，部分投产: the part is of the thing told).
PART_QUANTIFIERS = ("绝大部分", "绝大多数", "大部分", "一部分", "小部分", "部分")
PART_QUANTIFIER_NOT_BEFORE = "已正将也都均还又"
#: Several, no number, opening the clause (多项国家重点研发项目落地推进, 多家龙头企业签约入驻): a
#: trend too; not after a joiner going on with a list of named members (A、B等多个重大平台，以及
#: 多家龙头企业项目集中开工) nor after a numeral (20多个).
SEVERAL_OPENERS = ("多项", "多个", "多家")
#: A set quantifier before 次 counts occasions (一批次), no set.
BATCH_OCCASION_TAIL = "次"
#: A trigger inside an object ending with this is talked about, not done (向市主会场汇报三季度集中
#: 开工项目情况, 会上通报了…重点任务完成等情况), unless it is a visit's (察看了重庆实验室建设情况) or
#: a report published (市发改委发布2011年我市重点项目推进情况).
STATE_OF_THINGS = "情况"
STATE_RELEASES = ("发布", "公布")
#: How near after the trigger a 的 makes a rank before it a description (首个完成竣工验收的项目),
#: or, after 是, a rank after it (…是均和集团落子郑州的第一个产业项目).
RANK_ATTRIBUTIVE_REACH = 6
RANK_AFTER_COPULA = (
    "[^，。；的]{0," + str(RANK_ATTRIBUTIVE_REACH) + "}的(?:"
    + "|".join(RANK_WORDS)
    + "|第[0-9一二三四五六七八九十百]+[" + MEASURE_WORDS + "])"
)
#: A count of years after the trigger is an anniversary, not the act (学校成立了100周年, 建成投产
#: 十周年).
ANNIVERSARY = r"了?[0-9０-９一二三四五六七八九十百千两]+[多余]?周年"
#: A visit named by the speech or instruction it gave, recalled (落实习近平总书记视察天津重要讲话精神,
#: 388; 贯彻…考察云南重要讲话精神, 045; 落实林武书记调研朔州指示精神, 275): the words after the
#: trigger, the place visited at most, end in the speech; no visit is told.
VISIT_SPEECH_RECALLED = (
    r"[^，。；,;]{0,12}?(?:重要讲话|讲话精神|重要指示|指示精神|批示精神|重要论述|重要講話|講話精神|指示批示)"
)

#: "在<meeting>上": a clause that places what follows at a named meeting.
#: A meeting told as the frame of what happened at it (在2月18日召开的浦东新区“…大会”上，7个项目
#: 签约): the meeting named after 的 is an event of its own.
MEETING_FRAME = (
    r"^在[^，。；]{0,16}?(?P<verb>召开|举行|举办)的(?P<name>[^，。；]{2,60}?"
    r"(?:会|会议|论坛|峰会|博览会|洽谈会|推介会)”?)(?:上|期间)$"
)
MEETING_PLACE_TAILS = ("上", "期间", "中")
#: A briefing placing the sentence (在“…”新闻发布会上，…副主任彭伟介绍了…, 323; 记者从…新闻发布会上
#: 获悉, 129, 161, 253): the source of what is said there, not a meeting reported (held by 召开 /
#: 举行 it is one: 河北省政府新闻办召开发布会, 091).
BRIEFING_NOUNS = ("发布会", "通气会", "吹风会", "见面会")
#: …and so is one held the day a speaker talks at it (X在1月15日下午举行的…新闻发布会上表示, 303):
#: the verb holding it, 的, the briefing and 上 / 期间 after the trigger.
BRIEFING_FRAME_AFTER = "^的[^，。；]{0,40}?(?:" + "|".join(BRIEFING_NOUNS) + ")”?(?:上|期间)"
#: A plan of work naming the works it is for (推动宜宾港三期工程竣工投产, 抓实宜宾东站项目及早
#: 开工, 力促重庆东站项目6月底前完成竣工验收): the aim verb opening the clause (after WORK_PLAN_LEADS)
#: makes the act of those works planned, not an aim in general terms (推动项目早开工, 推进A等285个
#: 项目开工, 持续推动重点项目开工建设: no works named, or a set counted) nor a roll-up done (推动了…).
WORK_PLAN_VERBS = ("加快推进", "全力推进", "推动", "推进", "确保", "抓实", "抓好", "力促", "促进")
WORK_PLAN_LEADS = (
    *("将", "要", "还", "并", "重点", "全力", "继续", "进一步", "着力", "大力", "积极"),
    *("今年", "明年", "年内", "下一步"),
)
#: Where the works named end: the first word of the act, of its manner or of its time.
WORK_PLAN_OBJECT_ENDS = (
    "开工", "动工", "开建", "破土", "竣工", "完工", "投产", "达产", "建成", "投用", "投运", "运营",
    "通车", "验收", "完成", "实现", "开业", "启用", "落地",
    "及早", "尽早", "早日", "早", "尽快", "如期", "按期", "全面", "顺利", "加快", "年内", "年底",
    "上半年", "下半年", "今年", "明年", "在", "于", "的", "了",
)  # fmt: skip
#: …the first of several works named (A、B竣工投产); a count or 等 makes them a set.
WORK_PLAN_JOINERS = "、和及与"
WORK_PLAN_SET_WORDS = (
    *("等", "一批", "更多", "各类", "所有", "这些", "全部", "一些", "多个"),
    *("重点项目", "重大项目"),
)
#: The types of act a plan of work is for.
WORK_PLAN_TYPES = ("construction", "production", "opening", "approval")
#: Words between a ceremony named before its verb and the verb that make it a time, not the
#: ceremony held (揭牌仪式后举行…, 开工仪式结束时举行…, 签约仪式前举行…).
CEREMONY_TIME_WORDS = ("后", "结束", "前", "之际", "期间", "时", "上")
#: Marks closing a quoted name (“…开工仪式”在…举行).
CLOSING_QUOTES = ("”", '"', "」", "』")
