"""Status cues: the words that make a clause a plan, an ongoing process or an opinion."""

from __future__ import annotations

#: Forward-looking cues: the clause reports a plan.
PLANNED_CUES = (
    "预计",
    "计划",
    "将于",
    "将在",
    "将陆续",
    "将全面",
    "将进入",
    "将建",
    "将",
    "拟",
    "力争",
    "争取",
    "有望",
    "可望",
    "即将",
    "届时",
    "目标",
    "不久后",
    "定于",
    # imminent (重庆东站开通在即)
    "在即",
    # a target set (确保明年投用)
    "确保",
    # preparing to (准备试生产), not the noun (准备工作: PREPARE_NOUNS)
    "准备",
)
#: 将 as 把 (将“X”确定为…) or inside words is not a plan.
#: 将有 (there will be) governs the whole clause, a 的 phrase in it included.
FUTURE_EXISTENCE = "将有"
NOT_PLANNED_AFTER_JIANG = '“《"近军　'
#: 将 as 把 before a thing named and the verb that designates it (省政府将扬州确定为…试点城市,
#: 将该项目列入省重点项目清单): the designation is told, not planned; 将于/将在/将被 stay plans.
#: So does 将 before a thing and a verb that puts it somewhere (用长征二号丁运载火箭，将高景一号03、04星
#: 发射升空; 协鑫集团此次将储能PACK生产基地落户厦门; 将总部迁至宜宾): the placing is told.
JIANG_DISPOSAL = (
    r"将(?![于在被把要会可能全陆有])[^，。；]{1,24}?(?:确定为|列为|列入|纳入|评为|命名为|认定为"
    r"|发射升空|送入|落户|迁至|迁往|移交)"
)
#: 准备 before one of these is a noun (做好准备工作), no plan.
PREPARE_WORD = "准备"
PREPARE_NOUNS = ("工作", "阶段", "情况", "事项")
#: 拟 inside a word is no plan (虚拟现实, 模拟).
INTEND_WORD = "拟"
NOT_PLANNED_BEFORE_NI = ("虚", "模")
#: A planned sum told after the act (引进某集团拟投资20亿元建设…, 签约…计划投资5亿元): the
#: investment's plan, not the act's.
PLANNED_SUM = "投资"
#: Cues of an ongoing process.
ONGOING_CUES = (
    "正在",
    # works near their end (四大厂房接近完工, 工程接近尾声)
    "接近完工",
    "接近尾声",
    "加快建设",
    "推进中",
    "正加快",
    # works under way (办公楼正进行内外装修, 项目正在紧锣密鼓推进, 产业园加快主体施工)
    "正进行",
    "紧锣密鼓",
    "加快施工",
    "加快主体施工",
    "加速推进",
    "正处于",
    "处于",
    "正加速",
    # work told as under way (工人正忙碌建设, 项目建设稳步推进, 施工如火如荼)
    "正忙碌",
    "正紧张",
    # …or without 正 (风电四期项目在紧张建设中, 项目目前也在快速推进中)
    "紧张建设",
    "紧张施工",
    "快速推进",
    "全速推进",
    "正加紧",
    "正抓紧",
    "加紧建设",
    "加紧施工",
    "抓紧建设",
    "抓紧施工",
    "稳步推进",
    "有序推进",
    "顺利推进",
    "加快推进",
    "全力推进",
    "加紧推进",
    "如火如荼",
    "正酣",
    # works pressed on (争分夺秒建设, 工人们正昼夜奋战, 掀起施工热潮, 刷新建设进度条)
    "争分夺秒",
    "奋战",
    "赶工",
    "抢抓工期",
    "抢工期",
    "赶工期",
    "加班加点",
    "夜以继日",
    "热潮",
    "进度条",
)

#: Cues of opinions and proposals: the sentence is not a milestone. STRONG ones also mark
#: the rest of the paragraph (a speaker's list of proposals).
OPINION_CUES = (
    "建议",
    "认为",
    "呼吁",
    "希望",
    "应当",
    "应该",
    "应着力",
    "必须",
    "要加快",
    "要加强",
    "要推动",
    "要深入",
    "可以借鉴",
    "需要",
)
PARAGRAPH_OPINION_CUES = ("建议",)
#: 建议 right after these is a noun (规划建议, 提出修改完善建议), not a proposal being made.
NOUN_SUGGESTION_BEFORE = ("规划", "提出了", "修改完善", "高水平", "的")
