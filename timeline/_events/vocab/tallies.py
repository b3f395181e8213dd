"""Tally vocabulary: statistics, batches and counts of projects, which are no milestones of one thing."""

from __future__ import annotations

#: Statistics and trends: not milestones.
STATISTIC_CUES = (
    "同比",
    "累计",
    "占比",
    "增至",
    "增长",
    "增加",
    "共计",
    "纷纷",
    "年均",
    "个数的",
    "总数达",
    "达到",
    "提高到",
    "超过",
    "比重",
    "余额",
    # ranks among places or bodies (武汉开工项目最多, 孝感、襄阳开工数居前列, 签约额位居全省第一)
    "最多",
    "居前",
    "位居",
    "位列",
    "名列",
)
#: Tallies written as patterns: money or a share ending the clause (总投资43495.51万元, 32.1%),
#: "already N bodies" (现已有26家企业将落户), a count of people (1000余名科研人才确定入驻).
STATISTIC_PATTERNS = (
    r"[0-9０-９.]+[万亿]?元(?:人民币)?$",
    r"[0-9０-９.]+[%％](?:以上|左右|以下)?$",
    r"已有[^，。；]{0,8}[0-9一二三四五六七八九十百千]+[余多]?[家个所项名座条台套]",
    r"^[0-9一二三四五六七八九十百千万]+[余多]?名",
    r"新(?:签约|开工|落地|引进|投产)[^，。；]{0,12}[0-9一二三四五六七八九十百]+[个家项]",
    # a clause ending in a count of occasions (举办各类招商活动100场以上, 召开项目调度会12次): how
    # many were held, no one of them told (not an ordinal: 第二次, 第十届)
    r"(?<![第0-9一二三四五六七八九十百千])[0-9一二三四五六七八九十百千]+[余多]?[场場次](?:以上|左右|之多)?$",
)

#: A batch of projects (项目11个) started or signed at once is a milestone of these types.
BATCH_TYPES = ("construction", "signing", "production")
PROJECT_BATCH = "项目[0-9一二三四五六七八九十百]+个$"
#: The amount a batch comes with, joined by 、 after its count (高邮市签约项目58个、总投资208亿元):
#: the batch is told, the amount belongs to it (not a statistic of its own).
BATCH_AMOUNT_TAIL = r"(?<=个)、[^、，。；,;]{0,10}?[0-9０-９.]+[万亿]?元$"
#: A batch counted with its total or existence marked (海口集中开工项目共11个, 三江新区…集中开工
#: 重点项目有20个): a batch still, when done together or a place's own; not a kind of projects
#: described (东山县奠基、开工的项目有8个).
TOTALLED_BATCH = "(?<!的)项目(?:共|合计|有)[0-9一二三四五六七八九十百]+个$"
#: Adverbs of addition or total between a place and its batch's act (邗江区还签约项目37个, 湘江新区
#: 直属区共开工项目23个): the words before the act are still the place's.
SHARE_ADVERBS = ("还", "也", "又", "共")
#: …but not a batch named by its number or told again (合肥市2023年第三批开工动员项目93个,
#: 本次集中开工重大项目24个): that is a tally of a batch reported elsewhere.
BATCH_NAME_BEFORE = ("批", "批集中")
#: A batch counted after one of these is a part of a batch reported before (其中，南昌市一季度
#: 开工重大项目70个; 此外还有254个亿元以上项目同步开工): a tally, not a milestone.
SUBSET_OPENERS = ("其中", "此外", "另有", "另外", "其余", "剩余", "其他")
#: A sentence opening with these, or holding a clause that ends in 以来 (2024年以来), sums up a
#: period: a clause in it listing "A等N个…" is a roll-up, not one milestone (目前，…联合微电子等
#: 135个产业项目签约落地).
CUMULATIVE_OPENERS = ("目前", "截至", "截止", "至今", "迄今")
#: A sentence opening with an aim (推动A、B等268个项目投产，C等147个项目达产) lists what a body
#: pushed for: a clause in it listing "A等N个…" is a roll-up too.
AIM_OPENERS = ("推动", "力促", "助推", "促进", "加快推进")
#: In a sentence framed by a period (2024年以来，…), a clause telling what has already been done
#: (目前已签约台湾青年, 先期已招引落地…) with no date of its own is a roll-up too.
ALREADY = "已"
#: A sentence opening with a period without a date (长期以来, 近年来) tells history in general
#: terms: its clauses without a date of their own are no milestones.
HISTORY_OPENERS = ("长期以来", "多年以来", "多年来", "近年来", "近些年来", "一直以来", "历年来")
#: …and so does a counted span back from now, a clause of its own (五年来，…, 69年来，…, 近三年来，…,
#: 一年多来，…; 153, 154, 164, 206, 262, 316): a review of the span (两年来，X实现了首个项目落地、首家
#: 企业揭牌). Not a year (2017年以来, dated: 以来 of SINCE_CLAUSE_TAILS).
HISTORY_SPAN = (
    r"(?:近|这|过去的?)?(?:[0-9０-９]{1,2}|[一二两三四五六七八九十百]+)[多余]?(?:个多月|个月|年)多?以?来(?=[，,])"
)
#: A dateline glued to the first sentence (扶绥讯近年来，…; 本报讯（记者 张三）近年来，…).
DATELINE_LEAD = r"[^，。；：！？\s]{1,8}讯(?:[（(][^）)]{0,30}[）)])?\s*"
#: A news agency's dateline opening a sentence (中新网海口3月18日电 (记者 尹海明)…, 新华社北京
#: 7日电…, 中评社北京1月30日电/据…): an outlet (…社, …网, …报, …台, …频道, …新闻) and a place,
#: the day, 电 or 讯 that opens no word (电力, 讯息), and the byline in brackets. No part of
#: the clause it is glued to: the outlet is no subject and the place no location.
DATELINE_OPENING = (
    r"[^，。；：！？,;:!?（(【】\n]{0,10}?(?:社|网|报|台|频道|新闻)[^，。；：！？,;:!?（(【】\n]{0,8}?"
    r"(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:电(?![力网站厂池子视商器动梯缆信源气])|讯(?![息号]))"
    r"\s*(?:[（(][^）)]{0,30}[）)])?[\s/]*"
)
#: A clause opening with these sums up to a day (截至25日，…已签约合作项目15个): counts after it
#: are tallies.
UNTIL_OPENERS = ("截至", "截止")
#: …and occasions listed so (成功举办A等4场大型招商活动, A等3次签约活动).
LISTED_COUNT = "等[0-9一二三四五六七八九十百千]+[余多]?[个家项所座批场次]"
#: Adverbs of acts spread over a period (全市陆续开(竣)工重大项目83个, 先后签约…): with a count,
#: a roll-up, not one milestone.
ROLLUP_ADVERBS = ("陆续", "先后", "相继")
#: A listed count done "as scheduled" (A等10个项目如期竣工, A等17个项目如期建成): a year's
#: schedule met, rolled up (annotation README, convention roll-ups: 187, 193).
ON_SCHEDULE_ADVERBS = ("如期", "按期")
#: A batch counted after a cue of target (2012年，绥化市计划开工建设产业项目700个; 全年力争签约项目
#: 50个) is a target for a period, unless the batch is acted on together (计划3月集中开工项目12个).
TARGET_CUES = ("计划", "力争", "目标", "争取", "全年", "下达")  # 下达: a quota set (市政府下达…项目80个)
TOGETHER_WORDS = ("集中", "同时", "同步")
#: What may hold a batch told by its count alone (…举行集中开工仪式。33个重大项目集中签约): a place,
#: a zone, an authority or a body; not a meeting (投洽会期间…；58个项目集中签约 is a count over the fair).
BATCH_HOST_TYPES = ("place", "platform", "government", "organisation")
#: A count so far in the clause before its trigger (目前已成功招引8户配套企业落户, 至今已引进5个项目
#: 落地): a tally, not one act.
#: In a sentence summing up a period (截至目前，园区已吸引30家企业签约落户), any such count is one.
BODY_COUNT = "[0-9一二三四五六七八九十百千]+[余多]?[户家个项所座批]"
#: A count said to exist before a batch trigger (今年一季度我市有287个重大项目开工建设, 有5个项目
#: 竣工): a statistic, unless the batch is acted on together (武汉共有43个项目集中开工) or comes
#: again (又有6个项目正式开工: one more batch, told as an act).
EXISTENTIAL_COUNT = "(?<!又)有[0-9一二三四五六七八九十百千]+[户家个项所座批]"
#: Work measured after the act, the clause ending in an amount of length, area, volume, weight
#: or a share (建成正式道路路基1.2公里, 铺设管网3.5公里, 完成土石方156万立方米, 完成80%): progress
#: measured, no milestone (annotation README, convention works stages). Money is left out: a
#: signing's amount may close its clause.
MEASURED_WORK = (
    r"[0-9０-９.．一二三四五六七八九十百千万亿]+[余多]?"
    r"(?:平方公里|平方米|平米|公里|千米|米|立方米|方|公顷|亩|万吨|吨|%|％)[”\s]*$"
)
#: A count given only roughly before the trigger (近20个新兴产业项目主体竣工, 20余家企业完成注册,
#: 数十个项目落地): a statistic; a ceremony's batch is counted exactly.
APPROXIMATE_COUNT = (
    "(?:近|将近|约|大约)[0-9一二三四五六七八九十百千]+[户家个项所座批]"
    "|[0-9一二三四五六七八九十百千]+[余多][户家个项所座批]"
    "|(?:数|几|上)[十百千][户家个项所座批]"
)
#: Projects counted and none named (西安市6个先进制造业项目竣工, 新入统落地招商项目242个), in a
#: clause dated by a period of one of ROLL_UP_GRAINS (上半年, 2024年): a roll-up of the period
PERIOD_PROJECT_COUNT = (
    "[0-9０-９一二三四五六七八九十百千]+[余多]?个[^，。；]{0,12}项目"
    "|项目(?:共计|共|合计)?[0-9０-９一二三四五六七八九十百千]+[余多]?个"
)
#: An honour or act told as kept up year after year (连续第四年被评为“…十强县”, 连续5年入选, 连续
#: 三个年度获评): a record, no discrete change; the year it was last won is not told apart.
REPEATED_YEARS = (
    r"连续[^，。；,;]{0,2}?第?[0-9０-９一二三四五六七八九十两几多]+个?(?:年度|年)(?!来|以来|前|后|底|初)"
)
#: A frequency before the act (每日超10万颗电池下线, 每年至少推出两款新车, 平均每分钟下线一辆), or an
#: average time (平均1分钟多就下线一台发动机, 314; 平均每53秒即可下线一台, 038): a rate or a habit, no
#: discrete change (每日经济新闻 is a newspaper).
RECURRING_RATE = (
    r"(?:每|平均每?)(?:一|两|[0-9０-９]+)?个?(?:日|天|年度|年|月|周|星期|小时|分钟|秒|季度)"
    r"(?!经济|新闻|商报|电讯|邮报)"
)
#: (A quarter's batch is one collective start as often: 一季度长寿区开工新材料产业项目11个.)
ROLL_UP_GRAINS = ("half", "year", "multi-year")
#: …or by a span of several months or quarters (前三季度, 1-8月: a value with DATE_SPAN_MARK).
ROLL_UP_SPAN_GRAINS = ("month", "quarter", "season")
DATE_SPAN_MARK = "/"
#: A subject that is only a category of projects (民生项目加快建设, 重点项目稳步推进), with no count
#: in its clause: a general trend, not one body's milestone.
#: Bodies of a kind brought in to settle, none named nor counted (产业园将持续引进…具有良好发展前景的
#: 优质企业入驻, 249; 引入大宗商品供應鏈相關企業入駐, 181; as 吸引一批優質企業…落地, 161, is a trend):
#: what a body seeks, no act. The verbs of bringing in, and the kinds right before the trigger.
BRINGING_IN_VERBS = ("引进", "引入", "吸引", "招引", "引来", "引進", "引來")
GENERIC_BODIES = ("企业", "企業", "机构", "機構", "团队", "團隊", "项目", "項目")
GENERIC_PROJECTS = r"(?:全市|全区|全省|全县)?(?:重点|重大|民生|产业|基础设施|招商|续建|新建|在建|签约)项目"
PRESENT_COUNT = "(?:目前|至今|迄今|现已|如今)[^，。；]{0,8}?" + BODY_COUNT
#: A total right before the trigger (七市地一季度共开工子项目996个): a tally.
TOTAL_BEFORE = ("共", "共计", "合计", "总计")
#: 新 right before a batch trigger makes it an attribute (新开工项目, 二是注重新开工项目扩大增量).
NEWLY = "新"
#: …for a construction or signing always; for production only before 项目 (新投产项目), since
#: 新投产一条生产线 tells the act.
NEWLY_TYPES = ("construction", "signing")
NEWLY_NOUNS = ("项目",)
#: The longest trigger looked for between 新 and a second trigger (新竣工投产项目, 新建成投用项目).
SERIAL_TRIGGER_MAX = 4
#: Projects only counted before the trigger (此外还有254个亿元以上项目同步开工); a named one
#: (此外，X项目等6个项目开工) is a milestone.
COUNTED_PROJECTS = (
    "^(?:此外|其中|另有|另外|其余|剩余|其他)?(?:还有|还|共有|共|有)?[0-9一二三四五六七八九十百千]+[余多]?个[^，。；]{0,12}项目"
)

#: Firms said to be present (有宇培、荣桂等上市公司入驻, 已有龙头企业入驻): a description of a
#: park, no signing.
PRESENCE_OPENERS = ("有",)
PRESENCE_WORDS = ("已有", "还有", "现有", "共有")
#: …but an adverb of one act done after them tells the act, not a state (南宁市共有2个…项目分别
#: 集中签约, 已有浙江永誉…正式签约入驻; not 已有龙头企业入驻): the words of acting together and of
#: an act made formal.
ONE_ACT_ADVERBS = (*TOGETHER_WORDS, "正式")
#: Types whose act told of a listed count (…水资源利用等18个专项规划已编制完成) is a tally: no
#: batch of them is ever a milestone of its own.
TALLIED_TYPES = ("other",)
