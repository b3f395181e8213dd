"""Works vocabulary: the stages and parts of construction, and the triggers written as patterns."""

from __future__ import annotations

from timeline._events.vocab.trigger_frames import STAGE_ENTERED

#: Later stages of works: in one sentence, a construction at another stage than the one told
#: before it is another act (去年12月开工建设，目前主体结构已封顶), while two words for the start
#: (全面启动建设，79个重大项目集中开工) are one.
WORK_STAGES: dict[str, str] = {
    "封顶": "topped",
    "合龙": "topped",
    "贯通": "topped",
    "竣工": "finished",
    "完工": "finished",
    "落成": "finished",
    "建成": "finished",
    "完成建设": "finished",
    "洞通": "topped",
    "轨通": "topped",
    "交工": "finished",
}
#: The parts of a work named when they are done one by one (钢构主体完成, 基坑土方工程基本结束):
#: acts of their own in a clause (WORKS_PARTS), no part of a name before them (PHRASE_TAILS).
WORKS_PART_NOUNS = (
    "钢构", "钢结构", "主体", "主体结构", "土建", "基坑", "路基",
    "路面", "桥面", "桥墩", "土方", "土石方", "桩基", "基础", "站房", "框架", "主体框架",
)  # fmt: skip
#: Stages of works on a named project (spec: construction, status from the cues): the parts of
#: a work that are finished one by one (钢构主体完成, 土建工程基本完成, 基坑土方工程基本结束)…
WORKS_PARTS = (
    *WORKS_PART_NOUNS,
    "隧道",
    "装修",
    "装饰装修",
    "设备安装",
    "施工",
    "作业",
    # …works named by their act (改造完成, 项目建设全面完成) and the members of bridges, roads
    # and rails (首座跨海大桥承台、墩身、盖梁全部完工 ends with 完工, a trigger of its own)
    "建设",
    "改造",
    "改扩建",
    "扩建",
    "钢箱梁",
    "箱梁",
    "主梁",
    "主塔",
    "承台",
    "墩身",
    "盖梁",
    "沥青",
    "轨道",
    "管网",
    # the envelope of a building (幕墙及金属屋面基本完成, 外立面施工完成) and the checks that
    # end works (跑道飞行校验工作圆满完成, 设备调试完成)
    "幕墙",
    "屋面",
    "外立面",
    "飞行校验",
    "校验",
    "调试",
    # a line or a plant building finished whole (目前2条组装生产线已经完成, 厂房建设完成)
    "生产线",
    "产线",
    "厂房",
)
#: …the adverbs between a part and its end (基本完成, 已经全部结束, 圆满完成)…
WORKS_DONE_ADVERBS = (
    *("已经", "已", "全面", "顺利", "基本", "全部", "均已", "提前", "圆满", "现在", "目前", "也", "都"),
    # …or under way to it (主体工程正在收尾)
    *("正在", "正"),
)
#: …the act done on that part, between it and its end (桥面沥青铺设完成, 钢结构吊装完成, 全线铺轨完成)…
WORKS_PART_ACTS = (
    "铺设", "摊铺", "铺装", "浇筑", "架设", "吊装", "安装", "铺轨", "架梁", "铺架", "施工", "作业",
)
#: …and the acts on a site, told under way (正在进行土方开挖边坡支护等施工; 正在进行设备调试 too),
#: begun (已开始桩基承台和底板垫层浇筑) or finished (基本完成全线铺架).
WORKS_ACTS = (
    "施工",
    "建设",
    "安装",
    "浇筑",
    "开挖",
    "铺设",
    "架设",
    "吊装",
    "掘进",
    "装修",
    "铺架",
    "铺轨",
)
#: How a named project's works are pressed on, between 正/正在 and 推进 (正在紧锣密鼓推进, 正全力推进);
#: not 加快/顺利, the words of a set's trend (其余项目正在加快推进中, 等项目也在顺利推进).
WORKS_MANNERS = ("紧锣密鼓地", "紧锣密鼓", "有序", "稳步", "快速", "加紧", "全力", "全速")
#: Acts that start on a site (开始…浇筑); 开始施工 is a trigger of its own.
WORKS_STARTED_ACTS = ("浇筑", "开挖", "铺设", "架设", "吊装", "掘进", "铺架", "铺轨", "施工", "安装")
#: Words that make a works word a noun (施工图设计, 施工单位, 建设中的): no act.
_NOT_AN_ACT = "(?!图|中的|[单方企队人者的])"
#: An act on a site carried out (进行坝体浇筑, 进行基础土方开挖作业, 进行机电安装): works under way,
#: ongoing unless a modal plans them; not a drawing or a party of the works (进行施工图设计).
WORKS_UNDER_WAY = rf"进行[^，。；]{{0,12}}?(?:{'|'.join(WORKS_ACTS)}|调试)(?:作业|工作)?{_NOT_AN_ACT}"
#: Idioms of works pressed on (争分夺秒建设, 工人们正昼夜奋战, 掀起“大干快上”施工热潮, 正在不断
#: 刷新建设进度条): construction under way, of a thing being built only (`subjects.fits`).
WORKS_EFFORT_IDIOMS = (
    r"(?:争分夺秒|昼夜|日夜|夜以继日|加班加点|马不停蹄|挑灯夜战|全速)地?(?:奋战|赶工|施工|建设|作业)",
    # …a deadline raced (施工人员正抢抓工期, 抢工期、赶进度)
    r"(?:抢抓|抢|赶)工期",
    r"(?:掀起|迎来)[^，。；]{0,8}(?:施工|建设)(?:热潮|高潮)",
    r"刷新[^，。；]{0,4}进度条",
    # works sped up on a thing being built (该学校正在加快项目建设中; 正加快建设 is a trigger of its
    # own); of a place it is a trend
    r"(?:正在|正)加快项目(?:建设|施工)",
    # works resumed on a thing being built (人才孵化园基础设施项目目前已经复工), not firms back at
    # work (企业复工复产, 复工率)
    r"(?:已经|已|正式|全面|顺利)复工(?!复产|率)",
)
_EFFORT = "|".join(WORKS_EFFORT_IDIOMS)
#: A service a finished facility starts (天燃气工程项目已通气点火, 第二给水厂将于3月供水, 2019年建成
#: 招生, 建成并对外开放, 连通工程开始试通水, 首次招生): an opening, of a thing built only
#: (`subjects.fits`), told at the end of its clause (供水能力, 通电条件 are nouns).
SERVICE_STARTS = (
    "通气点火",
    "点火通气",
    "通气",
    "供气",
    "试通水",
    "通水",
    "供水",
    "送电",
    "通电",
    "供暖",
    "供热",
    "蓄水",
    # a dam's gates closed to fill the reservoir (水库正式下闸蓄水)
    "下闸蓄水",
    "招生",
    "开学",
    "对外开放",
)
_SERVICE = "|".join(SERVICE_STARTS)
#: …right after a word of an act done, a date or a modal (已通气点火, 正式供暖, 将于3月供水), not
#: after an aim (为保障冬季供暖).
SERVICE_STARTED_AFTER = (
    "(?:"
    + "|".join(
        f"(?<={word})"
        for word in (
            "已", "已经", "正式", "顺利", "成功", "实现", "开始", "首次", "年", "月", "日", "底", "将"
        )
    )
    + ")"
)
#: The surfaces of these patterns need a thing built as their subject (see `subjects.fits`): a
#: name or phrase of any type but these (a phrase such as 第二给水厂 is typed as an organisation).
NEVER_BUILT_TYPES = ("person", "place", "government", "meeting", "policy", "alliance")
#: An approval, title or award is a milestone of an organisation, facility, project or place,
#: not of a person (张三获评全国劳动模范).
NEVER_APPROVED_TYPES = ("person",)
BUILT_ONLY_PATTERNS = rf"^(?:{_EFFORT}|(?:建成并?)?(?:{_SERVICE}))"
#: Approved by an authority or two (经国务院批准, 已经市委、市政府同意): when nothing follows it in
#: its clause, the approved act is told in the next one, and the summary runs on to it (`summary`).
APPROVED_BY = r"(?:已经|经(?!济|营|过|历|验))[^，。；《》]{1,16}(?:同意|批准)"
#: The works a stage of a site is named by (进入主体施工阶段, 进入铺油阶段, 进入内部装修装饰阶段):
#: construction under way; a closing stage only of works named so (外立面施工进入收尾阶段, not
#: 招生工作进入收尾阶段).
WORKS_STAGE_WORDS = (
    "施工", "建设", "装修", "装饰", "铺油", "铺设", "架设", "安装", "调试", "土建",
)  # fmt: skip
#: The verbs that end the works on a part (钢构主体完成, 土方工程基本结束, 病房装修已经完毕, 设备安装
#: 到位) or bring them near it (整车产线改造主体工程现在已基本收尾, 推进主体工程收尾).
WORKS_ENDS = ("完成", "结束", "完毕", "到位", "收尾", "扫尾")
#: Stages of works that come after their start (fit-out, installation, commissioning, the close):
#: entered after another act of works in the sentence (主体工程正式封顶，转入装饰装修及机电设备安装
#: 阶段), they are a stage of their own, not the act's consequence (举行奠基仪式，进入实质性建设阶段).
LATER_WORKS_STAGES = ("装修", "装饰", "安装", "调试")
#: …and the closing stage, of works named so only (乙烯装置项目进入收尾; not 招生工作进入收尾阶段).
CLOSING_WORKS_STAGES = ("收尾", "扫尾")
#: What ends a stage named after 进入/处于 and is no stage of works (进入施工图设计阶段, 进入施工准备阶段).
NOT_WORKS_STAGES = ("设计", "准备", "筹备", "招标", "前期", "规划")
#: Stages of works named by the trade's own words, not by a trigger word of the tables: a river
#: closed off for a dam (金河电站成功截流), a plant's works handed over for commissioning (项目预计
#: 4月30日全面中交), a bridge swung into place (钢桁梁完成“空中转体”), a structure topped out in the
#: festive phrase (主体结构喜封金顶), a span closed (合拢, as 合龙), a plant energised (一次受电成功)…
WORKS_STAGE_NAMES = ("截流", "中交", "转体", "封金顶", "合拢", "受电")
#: …told as done by the word before them (each noun has another sense without it: 污水截流管网,
#: 中交二航局, 转体工艺, 受电弓).
WORKS_STAGE_DONE = (
    *("成功", "顺利", "胜利", "实现", "完成", "全面", "正式", "一次", "喜", "已", "均已", "即将"),
)
#: A member of a structure set in place, counted (首榀箱梁, 第19片钢桁梁, 最后一节管节).
STRUCTURE_MEMBER = r"(?:首|第[0-9一二三四五六七八九十百]+|最后一)(?:榀|片|孔|跨|节|段)"
#: Triggers written as patterns (a few words may stand inside them).
TRIGGER_PATTERNS: dict[str, str] = {
    r"进入[^，。；]{0,6}量产阶段": "production",
    r"形成了?[^，。；]{0,6}(?:正式稿|定稿|终稿)": "other",
    r"通过[^，。；]{0,4}验收": "approval",
    # …or done, the check named (已完成消防验收, 完成环保验收)
    r"完成[^，。；、]{1,6}验收": "approval",
    r"(?:进行|开始|启动)[^，。；、]{0,4}批量化?生产|(?:开始|启动)生产": "production",
    r"完成[^，。；、]{0,10}研制": "breakthrough",
    # a power plant's units start generating (首台机组发电, 机组并网发电)
    # (and joins the grid: 首批机组并网; 并网成功, 并网运行… are words of their own)
    r"(?:首台|首批)?机组[^，。；、]{0,4}(?:发电|并网(?!成功|运行|发电|投运))": "production",
    # the first products made (产出合格产品, 1956年生产出第一辆解放牌卡车, 生产出…首批1#国标金锭),
    # a blast furnace lit or tapped (一号高炉点火, 高炉出铁)
    r"产出[^，。；]{0,8}合格产品": "production",
    r"生产出[^，。；]{0,12}(?:首批|第一批|首台|第一台|首辆|第一辆|第一炉|首炉)": "production",
    r"高炉[^，。；、]{0,4}(?:点火|出铁)": "production",
    # a campaign or promotion held (将于5月28日开展“…”科普推介, 组织开展…招商引资促进周活动); an
    # act's ceremony (开展…集中开工活动) keeps its act. Only with a date in the clause.
    r"开展(?:(?!开工|签约|投产|揭牌|奠基|竣工|动工)[^，。；]){2,60}?(?:推介|活动)$": "other",
    r"完成[^，。；、]{0,6}(?:土建|主体|基础)(?:工程|结构|施工)": "construction",
    # a phase of the works finished (…建造基地完成一期工程, 顺利完成…产业园一期建设), the works' task
    # done (两大新建工厂已全面完成施工任务); not an amount of it (完成一期工程投资, 完成施工任务的80%)
    r"完成[^，。；、]{0,16}?[一二三四首]期(?:工程|建设)(?![0-9０-９投量的任])"
    r"|完成(?:施工|建设)任务(?![0-9０-９的])": "construction",
    # the main works entered or carried out (预计4月中旬可进入主体施工, 计划于3月底进行主体工程建设)
    r"(?:进入|进行|开始)(?:主体|土建)(?:工程|结构)?(?:施工|建设)(?!阶段|任务|进度|的)": "construction",
    r"(?:方案|可研|可行性研究报告|项目建议书|规划)获[^，。；]{0,16}批复": "approval",
    r"列入[^，。；]{0,16}(?:清单|名单|名录|目录)": "approval",
    # …by an authority named in between (平遥古城被联合国教科文组织世界遗产委员会列入《世界遗产名录》):
    # the trigger opens at 被, so the thing listed before it is the subject, not the authority
    r"被[^，。；、]{0,16}?列入[^，。；]{0,16}(?:清单|名单|名录|目录)": "approval",
    APPROVED_BY: "approval",
    # approved as something by an authority named in between (被國家批準為全國第五個國家級新區,
    # 被科技部认定为…), a plan passed on review (规划成果已经省政府审查通过), a rank raised
    # (经国务院批准，升级为国家级经济技术开发区)
    r"被[^，。；]{0,16}?(?:批准|认定|命名|评)为": "approval",
    # …designated, listed or proclaimed so (被农业农村部确定为特色农产品区域公用品牌, 被国务院公布为
    # 全国重点文物保护单位), not a year named so (被确定为项目建设年)
    r"被[^，。；、]{0,16}?(?:确定|列|公布)为(?![^，。；]{0,10}年(?:[，。；]|$))": "approval",
    r"(?:审查|评审|审定)通过": "approval",
    r"(?:升级|升格|晋升|晋级)为?[^，。；]{0,4}(?:国家级|省级)": "approval",
    # a review passed (通过ISO9001认证, 顺利通过专家评审)
    r"通过[^，。；]{0,16}(?:认证|评审|认定|初验|终验|决策程序)": "approval",
    # approved by an authority named in between (获国务院批准, 获国家自然科学基金立项; 批复 is a
    # trigger of its own)
    r"获(?!得)[^，。；、]{1,12}(?:批准|核准|立项)": "approval",
    # an award or a title (获国家科技进步一等奖, 获第十届创新创业大赛金奖, 获“国家园林县城”称号);
    # 荣获/斩获/喜获 are triggers of their own
    r"(?<![荣斩喜])获(?!得)[^，。；、]{1,16}(?:等奖|金奖|大奖|称号)": "approval",
    # a listing on a stock exchange (登陆科创板, 登陆港交所)
    r"登陆[^，。；]{0,8}(?:板|交易所|港交所|纳斯达克|资本市场)": "other",
    # works started by name (项目建设正式启动), not a meeting about them (建设启动会)
    r"(?:建设|施工)[^，。；]{0,3}启动(?![会仪活大])": "construction",
    # a stage named by the trade's own word, told as done (WORKS_STAGE_NAMES), a modifier between
    # (大江截流, 空中转体) and quotes around it
    rf"(?:{'|'.join(WORKS_STAGE_DONE)})[“\"]?(?:大江|空中|主体)?(?:{'|'.join(WORKS_STAGE_NAMES)})[”\"]?"
    r"(?![井管网沟渠式弓工艺])": "construction",
    # the first member of a structure set in place (首榀箱梁架设完成, 首片T梁成功吊装, 首节管节沉放)
    STRUCTURE_MEMBER + r"[^，。；]{0,12}?(?:成功|顺利)?(?:架设|吊装|浇筑|沉放|安装)": "construction",
    # a first batch of users arrives (迎来首批新生, 新址开始接收急诊患者): the place opened to them
    r"迎来首批(?:新生|学生|旅客|乘客|游客|患者|住户|业主|入驻企业)"
    r"|开始(?:正常)?接收[^，。；]{0,4}(?:患者|病人|旅客|乘客|游客|学生|新生)": "opening",
    # a first run of a new service (去年3月发出首班, 开出首列, 迎来首趟)
    r"(?:发出|开出|开行|迎来)了?首(?:班|列|趟|航班)": "opening",
    # a freight train service set off (中欧班列(西安)公共班列发车)
    r"(?<=班列|专列)(?:正式|首次|顺利)?发车": "opening",
    # a first batch of goods shipped (EVA项目首批产品发运)
    r"首批[^，。；]{0,8}发运": "production",
    # land won at auction (成功摘牌项目用地, 以70亿元成功摘牌…TOD一期项目), not a share delisted
    # (股票摘牌, 摘牌退市)
    r"(?:成功|顺利)摘牌(?!退市)": "other",
    # ground broken (天心区15个重大项目同步破土), not a sprout (破土而出)
    r"破土(?![而动开])": "construction",
    # a body moves to its new site (整体搬迁至新院区, 迁入新址): a move, as 迁至/搬迁至
    r"(?:搬迁|迁入|迁至|乔迁)(?:至|到|进)?[^，。；]{0,10}新(?:院区|址|校区|馆|园区|厂区|大楼|办公楼|楼)"
    r"|整体搬迁$": "other",
    # a listing named by its exchange (在深交所上市, 于港交所主板挂牌上市)
    r"(?:交易所|深交所|上交所|港交所|北交所|科创板|创业板|主板|纳斯达克)[^，。；]{0,4}上市": "other",
    # approved by an authority acting (科技部批准建设…, 国务院批准…设立), not a request (报请批准),
    # the words 经…批准 (APPROVED_BY) nor a decision's title (宣读了关于批准建设…的批文)
    r"(?<![经请获待报须需])(?<!关于)批准(?!后|文件|文号)[^，。；]{0,16}?"
    r"(?:建设|设立|成立|组建|筹建)"
    # …or a document it approves (国家发改委正式批准《…示范区实施方案》)
    r"|(?<![经请获待报须需])(?<!关于)批准了?《": "approval",
    # taken into a list, a scope or a plan by its title (被纳入《国家西部大开发“十二五”发展规划》,
    # 已正式纳入我国《石化产业布局规划方案》, 纳入国家级新区支持范围)
    r"纳入[^，。；]{0,16}(?:清单|名单|目录|范围|规划》|计划》|方案》)": "approval",
    # an authority's reply agreeing to a plan, made public (国家发展改革委关于同意南京都市圈发展规划的
    # 复函发布); the reply quoted as a title (根据《国务院关于同意…的批复》精神) is no act
    r"(?<!《)关于同意[^，。；《》]{1,40}的(?:批复|复函)(?:正式)?(?:发布|印发|下达|公布)": "approval",
    # work under way (工人正忙碌建设…, 项目建设稳步推进, 施工如火如荼)
    r"(?:正在|正)(?:忙碌|紧张|加紧|抓紧|火热|全力|有序)?(?:建设|施工)"
    r"(?!中的|[单方企队人者的])": "construction",
    # a stage of the works (正处于主体施工阶段, 进入全面建设阶段)
    rf"(?:处于|进入)[^，。；]{{0,6}}(?:{'|'.join(WORKS_STAGE_WORDS)})"
    rf"(?:(?!{'|'.join(NOT_WORKS_STAGES)})[^，。；]){{0,4}}阶段"
    # …a later stage entered by any verb of entering (步入设备安装阶段 239, 转入装饰装修及机电设备
    # 安装阶段 342, 进入安装电路线管阶段 149)
    rf"|(?:{'|'.join(STAGE_ENTERED)})[^，。；]{{0,10}}?(?:{'|'.join(LATER_WORKS_STAGES)})"
    rf"(?:(?!{'|'.join(NOT_WORKS_STAGES)})[^，。；]){{0,4}}阶段"
    # …the closing stage of works (工程已进入收尾阶段), or of a project named right before it, 阶段
    # or not (…乙烯装置项目进入收尾 345: the head stands inside the name, so it is looked behind)
    r"|(?:施工|工程|建设)(?:已|已经|全面)?进入(?:收尾|扫尾)阶段"
    rf"|(?<=项目)(?:已|已经|全面)?(?:{'|'.join(STAGE_ENTERED)})(?:{'|'.join(CLOSING_WORKS_STAGES)})"
    r"(?:阶段|(?![^，。；]))": "construction",
    r"(?:加紧|抓紧|紧张|忙碌|火热)(?:建设|施工)(?![单方企队人者的]|中的)"
    # …sped up (重庆西部电子电路产业园加快主体施工, 等项目正加快施工); 加快建设 is a word of its own
    r"|加快(?:主体|土建)?(?:工程)?施工(?![单方企队人者的]|中的|进度|步伐)": "construction",
    # …of named works: 重点项目建设稳步推进 is the usual general trend, not an act
    r"(?<!重点)(?<!重大)(?<!设施)(?<!民生)(?<!产业)(?:项目|工程)建设[^，。；]{0,2}"
    r"(?:稳步|有序|顺利|全面|扎实|加快)推进": "construction",
    r"(?:建设|施工)[^，。；]{0,4}(?:如火如荼|正酣)": "construction",
    # …told before the works (项目正如火如荼地建设中)
    r"如火如荼地?(?:建设|施工)": "construction",
    # …or as a named project pressed on (光伏组件项目目前也在快速推进中), not the trend of many
    # (重点项目正在加快推进)
    r"(?<!重点项目)(?<!重大项目)(?<!产业项目)(?<!个项目)(?<=项目|工程)(?:目前|现在)?(?:也|都)?(?:正在|正|在)?"
    rf"(?:{'|'.join(WORKS_MANNERS)})推进": "construction",
    # works near their end (主体施工接近尾声, 装修工程已接近尾声)
    r"(?:建设|施工|工程|装修)(?:已|已经)?接近尾声": "construction",
    # works finished (污水处理厂野外作业已完成, 钢构主体完成, 基坑土方工程基本结束), not an amount
    # done (建设已完成投资30亿元, 施工完成98%)
    rf"(?:野外|现场|全线|全桥)?(?:(?:{'|'.join(WORKS_PARTS)}){{1,2}}(?:{'|'.join(WORKS_PART_ACTS)})?"
    rf"|{'|'.join(WORKS_PART_ACTS)})(?:工程|施工|作业|工作|部分)?(?:{'|'.join(WORKS_DONE_ADVERBS)}){{0,3}}"
    rf"(?:{'|'.join(WORKS_STARTED_ACTS)})?"
    rf"(?:{'|'.join(WORKS_ENDS)})"
    r"(?![0-9０-９一二三四五六七八九十百千两几多数投年计任产的率量额用])": "construction",
    # works under way or begun (正在进行设备安装调试, 已开始桩基承台和底板垫层浇筑)
    rf"(?:正在|正)(?:进行|开展)[^，。；]{{0,12}}(?:{'|'.join(WORKS_ACTS)}|调试|工程)"
    rf"{_NOT_AN_ACT}": "construction",
    # …or told with 进行 alone, the act on the site named (小马鸡沟水库进行坝体浇筑, 将进行基础土方开挖
    # 作业, 工人…进行玻璃幕墙安装作业): works under way (WORKS_UNDER_WAY), planned under a modal
    WORKS_UNDER_WAY: "construction",
    # …told after the works (各单体的土方开挖和施工降水工作正在进行)
    rf"(?:{'|'.join(WORKS_ACTS)}|开挖|降水|调试)(?:工作|作业|工程)?(?:也|均|都)?"
    r"正在(?:进行|实施)": "construction",
    rf"开始[^，。；]{{0,12}}(?:{'|'.join(WORKS_STARTED_ACTS)}){_NOT_AN_ACT}": "construction",
    _EFFORT: "construction",
    # a service started by a facility; after 建成 (建成招生, 建成并对外开放) the opening it ends with
    rf"(?:建成并?|{SERVICE_STARTED_AFTER})(?:{_SERVICE})(?:运行|使用)?$": "opening",
    r"达成(?!一系列|一批|多项)[^，。；]{0,12}(?:协议|合作意向|合作)": "signing",
    # an investor or a sum brought in to build a named project (绥化经济开发区引进江苏远景集团拟投资
    # 20亿元建设远景低碳产业园, 兰西县引进9.1亿元建设…总部基地项目): the project's landing; not an aim
    # (积极引进龙头企业) nor a set (引进了一批…项目)
    r"引进(?!了?一批)(?=[^，。；]{2,30}?(?:投资|亿元)[^，。；]{0,16}?建设)": "signing",
    # works finished, the work named after 完成 (计划8月底前完成航站楼内部作业, 完成主体结构施工,
    # 力争年底前完成全部厂房建设), not an amount (完成投资30亿元, 完成建设投资) nor a target
    # (完成建设任务)
    r"完成(?![0-9一二三四五六七八九十百千两几多数]+[余多]?[个项座条栋])"
    rf"[^，。；]{{0,16}}?(?:{'|'.join(WORKS_ACTS)}|作业|工程)(?![投年计任产的率量额用])": "construction",
    # ready to be put to use (预计2024年年底具备通车条件, 已具备投用条件)
    r"具备[^，。；]{0,2}(?:通车|投用|投入使用|运营|开通|开放|使用)条件": "opening",
    r"具备[^，。；]{0,2}投产条件": "production",
    # a start told by its curtain (江东新区全面建设正式拉开帷幕)
    r"建设[^，。；]{0,4}(?:拉开帷幕|拉开序幕|启幕)": "construction",
    # an administrative unit abolished or merged (撤销陕县, 撤销某某镇建制, 撤县设区), not a decision
    # or a title withdrawn (撤销…的决定, 撤销…资格)
    r"撤销[^，。；、]{1,8}(?:县|市|区|镇|乡|街道)(?:建制)?(?![^，。；]{0,2}(?:的|资格|处分|称号))"
    r"|撤(?:县|市|乡|镇)设(?:区|市|镇|街道)": "other",
    # a body merged with another or put under another's management (第三人民医院将和第十三人民医院
    # 合并, 中医医院由市人民医院全面托管, 托管了綦江区中医院), the verb ending its clause or followed by
    # its result: not a noun it qualifies (合并报表, 资金托管业务) nor a manner (合并管理)
    r"(?:合并|托管)(?=[了为成至到]|$)": "other",
    # a grade conferred (医院正式挂牌“三甲”, 景区挂牌5A, 晋升为三级甲等医院): an approval
    r"(?:挂牌|晋升为?|升级为)[“\"]?(?:三级甲等|二级甲等|三甲|二甲|[345]A级?|A{3,5}级?)[”\"]?": "approval",
}
#: A pattern trigger may span a name (纳入国家重点实验室名单, 获国务院批准); its first
#: character, where its verb starts, must not lie inside one.
PATTERN_HEAD_LEN = 1
