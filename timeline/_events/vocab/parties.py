"""Parties and objects of an act: words no subject holds, other parties, documents, ceremonies."""

from __future__ import annotations

#: Verbs of NOT_IN_SUBJECT that stand inside a name right before its suffix, naming what the
#: body does (投资促进中心, 创新助力平台), when not opening it.
VERBS_NAMING_A_BODY = ("促进", "推进", "推动", "助力", "主办", "承办")
#: Words a noun phrase before a trigger must not hold to stand as its subject.
NOT_IN_SUBJECT = (
    "从",
    "把",
    "将",
    "对",
    "我们",
    "看到",
    "以",
    "围绕",
    "提出",
    "通过",
    "探索",
    "听取",
    "为",
    "其",
    "共有",
    "该",
    "由",
    "主办",
    "承办",
    "推动",
    "推进",
    "促进",
    "助力",
    "早日",
    "宣布",
    # a verb: a phrase holding it is a predicate, not a name (目前项目整体规划设计方案已完成公示).
    "完成",
    # the hands at work, not the work (工人正忙碌建设电站大坝和厂房)
    "工人",
    # a field of work, not a body (西藏能源、交通、民生等领域重点项目建设正在有序推进)
    "领域",
    # an aspect or light verb inside: a clause, not a name (厂房内部分生产设备已安装(调试完毕),
    # 进行(集中开复工))
    "已",
    "进行",
)
#: Before a signing trigger, a party after one of these is the other party (与X签署).
PARTNER_MARKERS = ("与", "同", "和")
#: Types whose act is told apart by its other party: one sentence may sign with two partners
#: in two clauses (与A签署…，与B签约), two events; or release two documents in two clauses
#: (出台《…意见》，印发《…措施》), two events.
PARTNERED_TYPES = ("signing", "policy_release")
#: A clause opening with these names only the other party: its subject is the clause before's.
PARTNER_OPENERS = ("与", "同")
#: The type of a signing party named by words that end in no suffix (华润置地与宝山区政府签署).
UNNAMED_PARTY_TYPE = "organisation"
#: Adverbs of addition between a count and its act (两个新型建材项目也相继投产): another set acting
#: too, not the act told before counted again.
ALSO_ADVERBS = ("也", "又")
#: Words opening with a partner marker that are no partner (与会嘉宾, 同时, 同比, 同步).
WORDS_OPENING_WITH_PARTNER = (
    "与会",
    "同时",
    "同比",
    "同步",
    "同期",
    "同年",
    "同月",
    "同日",
    "同一",
    "同样",
    "同意",
)
#: What stands between the other parties listed after 与 (与A、B和C签署).
PARTY_LIST_JOINERS = ("、", "和", "及", "以及")
#: 计划 right after these is a noun (行动计划), not a plan of the clause.
PLAN_NOUN_BEFORE = ("行动", "发展", "工作", "五年", "专项", "培育")
#: Nouns that make 实施/推出/施行 a policy release without 《》 (“倍增”行动计划).
DOCUMENT_NOUNS = (
    "计划",
    "方案",
    "办法",
    "条例",
    "意见",
    "措施",
    "政策",
    "细则",
    "规划",
    "决定",
    "林长令",
    "河长令",
    "湖长令",
)
#: Verbs that announce a document's words (方案提出, 《意见》明确, 通知要求): the clauses after
#: them in the sentence tell what the document says, no act (`milestones`).
CONTENT_VERBS = ("提出", "明确", "规定", "要求", "指出", "强调")
#: After a clause releasing a document (印发《…工作要点》，…), a clause opening with one of these
#: tells what the document does (将A纳入B, 对…提出要求, 明确…), not an act; not a plan of the
#: document itself (将于3月1日起施行).
RELEASE_TYPE = "policy_release"
DOCUMENT_CONTENT_OPENERS = ("将", "对", "明确", "提出", "要求", "鼓励", "支持", "把")
NOT_DOCUMENT_CONTENT_OPENERS = ("将于", "将在", "将自", "将从", "将正式", "将全面")
TITLE_OPEN = "《"
TITLE_CLOSE = "》"
#: A ceremony named by the act it holds, after the act's trigger (开工签约仪式 after 签约).
CEREMONY_NAME_AFTER_ACT = r"[^，。；0-9０-９]{0,4}(?:仪式|典礼|活动)"
#: A sentence opening at a ceremony told before (仪式上，…等16个项目进行了集中签约).
AT_THE_CEREMONY = ("仪式上", "活动上", "典礼上", "主会场", "分会场")
#: A clause opened by one of these (会上共签署了166个…项目) after a ceremony or meeting told in the
#: same sentence is at that occasion: a count of its act there restates the ceremony.
AT_THE_OCCASION = ("会上", "仪式上", "活动上", "典礼上", "现场", "当天", "当日", "其间", "期间")
#: …also after 在 and a place (在位于中新广州知识城的主会场，…107个项目集中动工).
AT_THE_CEREMONY_PLACE = "在[^，。；]{0,30}"
#: A clause after the act that grades it (…揭牌，标志着…跨出了历史性的一步): an undated act of
#: a type told already is only its topic.
GRADING_OPENERS = ("标志着", "这标志着", "意味着", "这意味着")
#: 建成 a thing described as a whole of many parts (将建成集研发、生产于一体的…总部): what it will
#: be, no act.
DESCRIBED_WHOLE = r"集[^，。；]{1,60}?于一体"
#: A plan word before a trigger and 项目 after it name projects (计划开(复)工项目涉及…).
PLANNED_NOUN_BEFORE = ("计划", "拟")
#: What 推出 launches as an opening (a platform, a service).
LAUNCHED_THINGS = ("平台", "中心", "基地", "服务区", "系统")
#: 建成 followed by these is a count or a general aim, not a completed facility.
NOT_AFTER_JIANCHENG = ("投用", "投运", "后", "为")
#: A figure of speech as what starts or opens (…经济社会发展的新引擎已然启动, 新篇章已经开启):
#: no body's milestone. Adverbs of FIGURE_ADVERBS may stand between it and the trigger.
FIGURATIVE_SUBJECTS = ("引擎", "篇章", "征程", "号角", "新局", "新格局")
#: Machines starting on a site (数十台挖掘机隆隆启动, 推土机同时启动): their engines start, no
#: milestone; read past the sound or manner between them and the verb.
MACHINES = ("挖掘机", "推土机", "装载机", "塔吊", "吊车", "机械", "机器", "发动机", "压路机", "运输车")
MACHINE_SOUNDS = ("隆隆", "轰隆隆", "轰鸣", "同时", "一齐", "齐", "纷纷", "陆续")
MACHINE_STARTS = ("启动",)
#: What a start puts in force against a danger (全市各地均启动低温雨雪冰冻灾害应急预案, 启动Ⅳ级应急
#: 响应): an emergency response, no milestone of an organisation, facility, project or policy.
EMERGENCY_MEASURES = r"^[^，。；]{0,16}?(?:应急预案|应急响应|应急机制|预警响应|防汛响应|防御响应)"
#: A ceremony told as chaired (集中开工和签约仪式分别由A、B主持, 签约仪式由副市长…主持): who led it,
#: the act itself told before.
CHAIRED_CEREMONY = r"^[^，。；]{0,12}?(?:分别|均|则|将)?由[^，。；]{1,40}?主持(?!召开)"
#: Acts listed as the items of a body's tasks (参与…攻关、…、共同举办科技交流活动等工作): the
#: kinds of work it takes part in, no act told.
LISTED_AS_TASKS = r"^[^，。；]*?等(?:各项|重点|相关)?(?:工作|任务|举措|措施|事项)"
FIGURE_ADVERBS = ("已然", "已经", "已", "正式", "全面", "就此", "由此")
#: 把 before 建成 and a noun phrase after it (把天水建成国家先进装备制造业重要基地): a place made
#: into something, an aim, not a facility completed.
MAKING_INTO_MARK = "把"
