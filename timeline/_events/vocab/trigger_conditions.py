"""Trigger conditions: the words a trigger needs (or must not have) around it to make an event."""

from __future__ import annotations

from timeline._events.vocab.parties import DOCUMENT_NOUNS
from timeline._events.vocab.subject_phrase import CLOSED_ADVERBS, CLOSED_CONJUNCTIONS, CLOSED_PREPOSITIONS

#: Triggers that hold only with one of these after them (列为“1号提案”, 确定为试点).
DESIGNATION_TRIGGERS = ("列为", "确定为")
DESIGNATED_THINGS = ("提案", "试点", "示范", "名单", "重点项目", "先导区")
#: …or with the thing designated ending the clause (被确定为“河南省级区域医疗中心”依托项目,
#: 被确定为“二号工程”, 被列为全省“三个一批”的项目), not a year named so (确定为项目建设年).
DESIGNATED_HEADS = ("项目", "工程", "城市", "单位", "基地", "企业", "园区")

#: Triggers of a decision, a consent or a remit: an act only with what is decided after them in the
#: clause (市委决定调整开发区管理体制, 中央政府同意澳门大学迁建…, 市委、市政府授权开发区统一开发…);
#: its modals are the decided act's (决定将…整体迁移至…: the decision was made). Not 决定，… (what
#: follows is its own clause), 决定性, 决定了 (determines), nor one named (…的决定, 决定书, 授权书).
DECIDING_TRIGGERS = ("决定", "同意", "授权")
NOT_DECIDED_AFTER = ("性", "了", "着", "权", "书", "的", "作用", "因素")
#: …nor one whose consent is withheld (未经书面授权，谢绝转载; 不经…同意).
CONSENT_WITHHELD = ("未经", "不经", "未获", "没有经过", "未得到")
#: A consent or a remit is granted to a party named right after it (同意澳门大学迁建…, 授权开发区
#: 统一开发…); a preposition, an adverb or a conjunction there tells parties agreeing among
#: themselves (双方同意在…开展合作, 一致同意将…), no grant.
GRANTING_DECISIONS = ("同意", "授权")
NOT_GRANTEE_OPENERS = tuple(sorted({*CLOSED_PREPOSITIONS, *CLOSED_ADVERBS, *CLOSED_CONJUNCTIONS}))

#: A trigger ending in this is followed by when it happened (创建于1952年), not by a count (成立三年).
WHEN_AFTER_TRIGGER = "于"

#: Triggers whose type depends on what follows them (see triggers._refine).
RELEASE_TRIGGERS = ("发布", "公布", "出炉", "通报")
#: Release triggers that follow what they release (《…清单》正式出炉, 名单出炉).
RELEASED_BEFORE = ("出炉",)
#: What a 发布/公布 with nothing after it releases when named before it (名单正式公布, 榜单发布):
#: a list or a result, not news in general (一个好消息首次发布).
RELEASED_LISTS = ("名单", "榜单", "清单", "目录", "结果")
LAUNCH_TRIGGER = "推出"
ADOPTION_TRIGGER = "通过"
LANDING_TRIGGER = "落地"
#: Triggers that are a project's landing only when the clause names a project (落地, 落子).
LANDING_TRIGGERS = ("落地", "落子")
#: Triggers of a grant: an approval only with a granted thing after them (取得施工许可证).
GRANT_TRIGGERS = ("获得", "取得", "斩获", "喜获", "拿到", "领到", "颁发", "核发")
BARE_BREAKTHROUGHS = ("突破", "攻克")
COMPLETION_TRIGGER = "建成"
#: Cues of PLANNED_CUES that need their next character checked (将“…”确定为, 行动计划).
FUTURE_MARKER = "将"
PLAN_WORD = "计划"

#: Triggers that count only with a document in 《》 in the clause (a policy document).
NEEDS_DOCUMENT = (
    *("实施", "施行", "颁布", "启动实施", "出版", "发行", "创刊", "审议通过", "表决通过", "生效", "制定了"),
    *("下发", "签发"),
)
#: A publication's subject is the title after its trigger (the type of a title in 《》).
PUBLICATION_TRIGGERS = ("出版", "发行", "创刊")
#: Triggers that take a quoted name as their document (实行“河长制”): a reform named in quotes.
QUOTED_POLICY_TRIGGERS = ("实行",)
OPEN_QUOTE = "“"
TITLE_TYPE = "policy"
#: 发布/公布 without a document: an announcement when they release one of these.
ANNOUNCED_THINGS = (
    "榜单",
    "名单",
    "报告",
    "进展",
    "信息",
    "成果",
    "数据",
    "项目",
    "清单",
    "目录",
    "结果",
    "产品",
    "新品",
    "模型",
    "消息",
    # a progress report, a public notice (市发改委发布2011年我市重点项目推进情况, 市政府在官网发布公告)
    "情况",
    "公告",
    "通告",
)
#: 通过 is a policy release only for a plan adopted at a plenary or a meeting: a document of any
#: kind (DOCUMENT_NOUNS), a proposal, a charter, rules, a resolution or a treaty (会议通过了天津研究院
#: 章程, 审议通过了区域全面经济伙伴关系协定(RCEP)), or a title.
ADOPTED_THINGS = (*DOCUMENT_NOUNS, "建议", "章程", "规则", "决议", "协定", "公约", "《")
ADOPTING_BODIES = ("全会", "会议", "常务会", "大会", "人大", "政协", "审议")
#: 落地 is a signing only for a project.
LANDED_THINGS = ("项目", "基地")
#: …or when a named body lands at a place that ends the clause right after it (北京现代沧州工厂
#: 正式落地河北沧州, not 相关政策已落地重庆). After the place's name, at most this many characters
#: of other words, ending in one of the suffixes (长沙 + 自贸临空区).
LANDED_PLACE_TAIL = 8
LANDED_PLACE_SUFFIXES = ("区", "市", "县", "镇", "州", "省", "园")
#: 获得 is an approval only for a status or qualification.
GRANTED_THINGS = (
    # a siting opinion or an approval document (已取得《项目选址意见书》, 拿到批文)
    "意见书",
    "批文",
    "资格",
    "资质",
    "批复",
    "认定",
    "称号",
    "授牌",
    "许可",
    "证书",
    "认证",
    "牌照",
    "执照",
    "立项",
    "批准",
    # an award (获得国家科技进步一等奖, 获得金奖)
    "等奖",
    "金奖",
    "大奖",
    # honours (先后获得“国家绿色工业园区”等荣誉)
    "荣誉",
)
#: Meeting triggers count only when the clause names a meeting.
MEETING_NOUNS = ("会", "论坛", "讨论", "活动", "仪式", "峰会", "展", "赛")
#: What a held ceremony is called: the act named before it gives the event's type.
CEREMONY_NOUNS = ("仪式", "典礼", "活动", "盛典")
#: Stages of works often written in quotes (实现“轨通”, 全线“洞通”): a word, not a name.
QUOTED_STAGES = ("轨通", "洞通", "贯通", "封顶", "合龙")
#: Triggers that hold only as the act of a ceremony named after them (签字仪式): alone they tell of
#: the people who sign (马延和与姜南分别代表研究所和华信公司签字), not of the parties.
CEREMONY_ONLY_TRIGGERS = ("签字",)
#: Verbs that hold a ceremony: without one, a clause ending in "<act>仪式" only names it.
HOLDING_VERBS = ("举行", "举办", "召开", "开展")
#: …and of a ceremony also the body that organises it (泉州市组织…重大项目视频连线开竣工活动, 宜宾市
#: 组织召开…): a ceremony named after one of these is held. The longest first: one verb in a regex.
CEREMONY_HOLDING_VERBS = (*(f"组织{verb}" for verb in HOLDING_VERBS), *HOLDING_VERBS, "组织")
#: A ceremony held at a named works' site with no one else acting (5月6日上午，在中兴新地产业园
#: 项目举行开工仪式): the works whose site it is are the subject. The site ends like works.
CEREMONY_SITE_HEADS = ("项目", "工程", "产业园", "园区", "基地", "工厂", "厂区", "新区")
CEREMONY_SITE_TAILS = ("现场", "施工现场", "工地")
#: How long such a site may be, and the clause breaks none holds.
CEREMONY_SITE_MAX = 40
CEREMONY_SITE_BREAKS = "，,。；;"
#: Where a works' mass act is held (…开工仪式在高新区举行): any venue after 在, shorter, and no
#: colon inside (the `works_places` reading of a generic works' place).
HELD_AT_SITE_MAX = 24
HELD_AT_SITE_BREAKS = "，,。；;："
#: A ceremony named and then described (本次集中开工活动突出项目质量, 开工活动中): a topic, not
#: the act, unless one of these holds it (…开工活动在长寿举行) or it is where something happens
#: (在…开工仪式上).
CEREMONY_HELD_AFTER = (*HOLDING_VERBS, "启动", "开幕", "进行", "启幕", "开始")
#: At the ceremony (开工仪式上): the ceremony named took place…
CEREMONY_AT = ("上",)
#: After the ceremony (联盟揭牌仪式后举行…签字仪式, 开工仪式结束后): a time, the act is the later one.
CEREMONY_OVER = ("后", "之后", "结束后", "结束之后")
#: …and at its site when the clause says where (在…开诊仪式现场), not a caption (开工仪式现场).
CEREMONY_SITE = "现场"
CEREMONY_SITE_BEFORE = "在"
#: How a ceremony at a works' site is held (在…项目隆重举行开工仪式).
CEREMONY_MANNERS = ("隆重", "正式")
#: Joiners between two acts told in one clause, each with its own subject (长寿…项目集中签约和
#: 中科未来城创新产业园开工活动在长寿举行): the clause is read as two.
ACT_JOINERS = ("以及", "和", "及", "、", "并")
#: 并 joins two acts only when the second looks forward (建设基本完工并计划于9月招生运行): 建成并
#: 投入使用 is one act.
AND_THEN = "并"
PLAN_AFTER_AND_THEN = ("计划", "将", "预计", "拟", "力争", "争取", "有望")
#: Only clauses up to this long are tried for two acts (a run-on clause stays linear).
ACT_SPLIT_MAX_LEN = 120
#: A clause that only says where a ceremony named in the clause before was held (…集中开工活动，
#: 在成渝两地举行): the two are one clause, the ceremony its subject.
#: Clauses naming where a ceremony named before them is held (…开(复)工仪式，在主会场头屯河农场，
#: 分会场…举行): the ceremony's clause runs on through them to the verb of holding.
CEREMONY_VENUE_OPENERS = ("在", "主会场", "分会场")
HELD_AT = r"(?:[在于][^，,。；：]{1,24})?(?:隆重|顺利|正式|同步|同时)?(?:举行|举办|召开|开幕|启动)了?$"
#: …and where the name of a ceremony or a meeting ends, in the clause that holds it (…入驻签约仪式在昆
#: 举行, …锦标赛在山东省日照市举行, …开幕式晚会在呼和浩特市…拉开帷幕): the venue, the manner and the
#: verb of holding or of the curtain, to the clause's end.
HELD_THERE = (
    r"[在于][^，,。；：在于]{1,24}?(?:隆重|顺利|正式|同步|同时)?"
    r"(?:举行|举办|召开|开幕|拉开帷幕|拉开序幕|落下帷幕|闭幕)了?$"
)
#: A trigger followed by 分 tells how the act was organised (项目签约分…2个专场), not the act;
#: 分别 is an adverb (分别签约) and stays a verb phrase; a 分会场/分项目 (集中开工分会场活动) is a
#: part of the act's ceremony, which keeps the act.
DIVIDED_INTO = "分"
NOT_DIVIDED = ("分别", "分会场", "分场", "分项")
#: A clause-level founding by 共建 needs the body named right after it (共建“…实验室”).
SHARED_FOUNDING = "共建"
SHARED_FOUNDING_AFTER = ("“", "了")
#: …but not what an agreement is about (签署了共建“…实验室”的合作协议: the signing is the act;
#: 合作共建“…产业园”: the content of a cooperation).
SHARED_FOUNDING_NOT_BEFORE = ("合作", "签署了", "签订了", "签署", "签订")
SHARED_FOUNDING_NOT_AFTER = "协议"
#: 落地 after a bare 项目 is where the project just told of lies (…项目开工。项目落地横州市).
LANDING_SITE_SUBJECTS = ("项目", "该项目")
#: A clause opening with 对 (对签约项目、在建项目实行挂图作战) tells how a body treats the things
#: it names: no milestone; 对接/对外/对标 are words of their own.
TREATMENT_OPENER = "对"
NOT_TREATMENT = ("对接", "对外", "对标", "对口")
