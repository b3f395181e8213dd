"""Clauses with a trigger that report no milestone: descriptions, attendance, celebrations,
contents, figures, records, quoted names (`vocab/trigger_readings.py`).

Rows from `shared/spec/events.md` ("Not separate events") and the real articles (file named in
the id), with invented variants; every expected value was worked out by reading the sentence.
"""

from __future__ import annotations

import pytest
from extracted import event_triples as _events


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("该中心投用后，将服务全市企业。", id="投用后"),
        pytest.param("项目建成后将带动就业2000人。", id="建成后将"),
        pytest.param("四期项目全部投产后，年产值可达百亿元。", id="全部投产后-028"),
        pytest.param("全部投产可年产钢构件约15万吨。", id="投产可年产-028"),
        pytest.param("一旦项目建成投用，年产值可达百亿元。", id="一旦"),
        pytest.param("近年来，企业接连跟进落户重庆科学城。", id="a-general-trend"),
        pytest.param("推动长安福特三工厂、惠科电子显示器等268个项目投产。", id="推动-roll-up-020"),
        pytest.param("确保项目早开工、早投产、早达产。", id="确保-aim-020"),
        pytest.param("距离开工建设不到8个月。", id="距离-a-span-016"),
        pytest.param("再到第一台试生产产品下线。", id="再到-a-story-016"),
        pytest.param("首台试生产产品下线对产业园具有里程碑意义。", id="significance-016"),
        pytest.param("具备科研团队、公共技术平台入驻条件。", id="入驻条件-022"),
        pytest.param("详细了解项目开工建设情况。", id="开工建设情况-006"),
        pytest.param("国务院批复要求新升级的国家高新区深入实施创新驱动发展战略。", id="批复要求-011"),
        pytest.param("省政府秘书长胡云主持签约仪式。", id="主持-017"),
        pytest.param("新中国成立以来的一幕幕历史性画面呈现在观众眼前。", id="新中国成立-013"),
        pytest.param("在第三届海峡两岸现代农业博览会即将召开之际。", id="之际-010"),
        pytest.param("本次集中开工重点项目中，产业项目30个。", id="本次项目中-021"),
        pytest.param("本次集中开工项目总投资43495.51万元。", id="money-at-the-end-009"),
        pytest.param("占遵义市集中开工项目个数的32.1%。", id="a-share-009"),
        pytest.param("现已有境内外26家企业将落户。", id="已有N家-010"),
        pytest.param("1000余名科研人才确定入驻。", id="N名-people-015"),
        pytest.param("区机器人关节模组出货量达8.4万套。", id="出货量-seeds"),
        pytest.param("每季度召开相关部门、区县项目推进调度会。", id="每季度-a-habit-020"),
        pytest.param(
            "按照“储备一批、签约一批、开工一批、投产一批、达产一批”的思路，推进工作。", id="按照-a-frame-020"
        ),
        pytest.param(
            "重庆市经信委2014年聚焦项目引进、开工、投产、达产等关键环节。", id="a-list-of-nouns-020"
        ),
        pytest.param("这项工作自启动以来，进展顺利。", id="自以来-without-a-date-024"),
        pytest.param("今年1至3月，西部(重庆)科学城新签约正式合同项目40个。", id="新签约-a-tally-024"),
        pytest.param(
            "西部(重庆)科学城将加快推进科学公园、科学会堂等项目落地建设。", id="将加快推进-an-aim-023"
        ),
        pytest.param("推进联邦中北电力装备、巨源不锈钢等285个项目开工。", id="推进-a-roll-up-020"),
        # an aim verb and a generic object before the act (207)
        pytest.param("切实推进项目尽快落地。", id="推进项目尽快落地-207"),
        pytest.param("宜宾市推进项目开工。", id="推进项目开工"),
        pytest.param("两江新区推动更多项目落地。", id="推动更多项目落地"),
        pytest.param("西部(重庆)科学城将力争早日建成“科学家的家”。", id="早日-an-aim-024"),
        pytest.param(
            "5月27日，重庆市·四川省2021年重大项目集中开工活动，吸引了众多市民关注。",
            id="a-ceremony-only-named-035",
        ),
        pytest.param("随着重庆实验室揭牌，同步启用", id="inside-a-随着-frame-031"),
        pytest.param("本次集中开工活动突出项目质量，总投资100亿元以上项目10个。", id="a-batch-described-041"),
        pytest.param(
            "与此同时，本次集中开工活动突出结构优化，安排“千项万亿”工程项目59个。",
            id="a-batch-described-again-041",
        ),
        pytest.param("此次集中签约活动聚焦先进制造业和现代服务业。", id="a-signing-batch-described"),
        pytest.param("现场，项目签约分政校产学研合作、福马产业项目2个专场。", id="签约分-专场-047"),
        pytest.param("本次集中开工分主会场和5个分会场。", id="开工分-会场"),
        pytest.param(
            "合肥市2023年第三批开工动员项目93个，总投资812.4亿元。", id="a-numbered-batch-counted-050"
        ),
        pytest.param("本次全市2020年第六批集中开工重大项目24个。", id="本次-batch-counted-007"),
        pytest.param("全市第二批集中签约项目15个。", id="第二批-batch-counted"),
        pytest.param("全省共计成功签约重点项目155个。", id="共计-054"),
        pytest.param("随着营商环境持续优化，签约项目不断增加。", id="a-trend-054"),
        pytest.param("构建东北地区快消品交易和交付枢纽。", id="构建-an-aim-054"),
        pytest.param("打造西部地区规模最大的新能源汽车交付中心。", id="打造-an-aim"),
        pytest.param("这场签约绝非简单的仪式性相聚。", id="这场签约-a-comment-062"),
        pytest.param("此次开工的项目涵盖制造业、基础设施等领域。", id="此次开工-a-topic"),
        pytest.param("签约项目21个，总投资300亿元。", id="a-bare-count-061"),
        pytest.param("其中，南昌市2022年一季度开工重大项目70个。", id="其中-a-part-of-a-batch-065"),
        pytest.param("其中列入本次省市县三级联动开工项目37个。", id="其中列入本次-065"),
        pytest.param("此外还有254个亿元以上项目同步开工。", id="此外还有-a-count-065"),
        pytest.param("1月以来，全市陆续开(竣)工重大项目83个。", id="陆续-a-roll-up-059"),
        pytest.param("项目建设取得圆满成功。", id="圆满成功-needs-a-meeting"),
        pytest.param("各地积极开展安全生产检查活动。", id="开展…活动-undated-a-habit"),
        pytest.param("今年以来，全区企业累计捐赠2亿元。", id="捐赠-a-tally"),
        pytest.param(
            "双方合作共建“郑东新区河南大学大数据产业园”、“郑东新区河南大学留学生创业园”。",
            id="合作共建-an-agreement's-content-072",
        ),
        pytest.param("对签约项目、在建项目实行挂图作战。", id="对-a-working-method-063"),
        pytest.param("对重大重点项目一对一组建工作专班。", id="对-a-working-measure-063"),
        pytest.param("今年以来，南昌市先后举办多场大型招商活动。", id="多场-a-roll-up-063"),
        pytest.param("南昌：一季度开工重大项目70个，总投资847.2亿元。", id="a-count-under-a-header-065"),
        pytest.param("二是注重新开工项目扩大增量。", id="新开工项目-a-noun-068"),
        pytest.param("今年计划安排260个新开工项目。", id="新开工项目-counted-068"),
        pytest.param("全区新签约项目质量明显提升。", id="新签约项目-a-noun"),
        pytest.param("全市新投产项目质量明显提升。", id="新投产项目-a-noun"),
        pytest.param("大批重大民生项目纷纷落地。", id="纷纷-a-trend-069"),
        pytest.param("拉林铁路120座桥梁中已有108座主体完工。", id="已有N座-069"),
        pytest.param("七市地一季度共开工子项目996个。", id="共开工-a-total-071"),
        pytest.param("投资8856万元的八尺门海堤贯通工程。", id="贯通工程-a-noun-010"),
        pytest.param("今年以来，全区先后签约重点项目12个。", id="先后-a-roll-up"),
        pytest.param("今年以来，全市重点项目建设稳步推进。", id="重点项目建设稳步推进-a-trend"),
        pytest.param("西藏能源、交通、民生等领域重点项目建设正在有序推进。", id="重点项目建设-a-trend-069"),
        pytest.param("施工单位正在现场作业。", id="施工单位-a-noun"),
        pytest.param("重庆东站项目建设启动会上，各方交流了经验。", id="建设启动会-a-meeting-noun"),
        pytest.param("获奖企业将得到资金支持。", id="获奖-a-noun"),
        pytest.param("正在建设中的重庆东站站房", id="正在建设中的-an-attribute"),
        pytest.param("今年以来，全区施工已完成投资30亿元。", id="施工已完成投资-an-amount"),
        pytest.param("重庆海辰储能科技有限公司获得奖励资金500万元。", id="获得奖励-money-not-an-award"),
        pytest.param("该项目的顺利投产，带动了就业。", id="的顺利投产-a-noun-039"),
        pytest.param("主要是为下个月的正式投产争取时间。", id="主要是为-a-purpose-016"),
        pytest.param("之所以选择边建设边试生产，是为了抢时间。", id="之所以-a-reason-016"),
        pytest.param("此外，其余190个建设项目也将陆续开复工建设。", id="其余N个-a-part-of-a-batch-081"),
        pytest.param("高新区此次集中开工项目6个，总投资3.56亿元。", id="此次-a-batch-told-again-086"),
        pytest.param("严格实施土地利用总体规划和城市总体规划。", id="严格实施-a-requirement-075"),
        pytest.param("市长丁晖在开工仪式上表示，要加快建设。", id="在开工仪式上表示-a-speech-077"),
        # a clause ending in a speech the act only names (240, 204)
        pytest.param("省委书记于伟国作开工动员。", id="作开工动员-a-speech-240"),
        pytest.param("市委书记张三在开工仪式上作动员讲话。", id="在仪式上作动员讲话-a-speech"),
        pytest.param("区长王敏作项目签约动员。", id="作签约动员-a-speech"),
        pytest.param(
            "大唐海南能源开发有限公司、海南金发园区开发管理有限公司分别作为项目集中开工企业代表和园区"
            "管理服务平台代表发言。",
            id="开工企业代表发言-a-speech-204",
        ),
        pytest.param("宁德时代作为投产企业代表致辞。", id="投产企业代表致辞-a-speech"),
        pytest.param("集中开工部门项目单位和施工单位负责人等到场。", id="开工负责人等到场-attendance-217"),
        pytest.param("签约企业代表和市直部门负责人出席。", id="签约企业代表出席-attendance"),
        # a rate, a service or a rank named by the act (217, 204, 237)
        pytest.param("安排省市重点建设项目630个，新增项目开工率90%以上。", id="开工率-a-rate-217"),
        pytest.param("一期项目投产率达90%。", id="投产率-a-rate"),
        pytest.param("临高县强化项目招引与落地服务。", id="落地服务-a-service-204"),
        pytest.param("园区优化企业入驻服务。", id="入驻服务-a-service"),
        pytest.param(
            "从市州来看，武汉开工项目最多，孝感、襄阳、宜昌开工数居前列。", id="最多-居前列-a-rank-237"
        ),
        pytest.param("成都高新区签约项目数位居全省第一。", id="位居-a-rank"),
        # who did each part of an occasion told before (241), a compound act named by 的 (220),
        # a quota of projects set (216)
        pytest.param(
            "本次集中开工活动共设14个开工活动会场，分别由各区、管委会、市级重大片区指挥部各选取1个代表项目"
            "举办集中开工活动。",
            id="分别由-who-did-each-part-241",
        ),
        pytest.param("签约仪式设3个分会场，分别由三个区县组织项目集中签约。", id="分别由-parts-of-a-signing"),
        pytest.param("這些項目的開竣工，將為長沙經開區注入強勁動力。", id="的開竣工-a-noun-220"),
        pytest.param("这批项目的开竣工为全年投资打下基础。", id="的开竣工-a-noun"),
        pytest.param("2020年沈阳市政府下达辽中区开复工亿元以上重点项目80个。", id="下达-a-quota-216"),
        pytest.param("2024年省政府下达宜宾市新开工重大项目50个。", id="下达-a-quota"),
        # acts named as a manner (以…的方式), the second of two aims joined, a project's contents
        # listed (206, 175)
        pytest.param(
            "一年来，海南省委省政府开展精准招商引资，并以集中开工和签约的方式促进项目落地和企业入驻。",
            id="以集中开工和签约的方式-a-manner-206",
        ),
        pytest.param("5月，宜宾市以集中签约的形式引进一批项目。", id="以集中签约的形式-a-manner"),
        pytest.param("两江新区推动项目开工和企业投产。", id="推动A和B-two-aims-joined"),
        pytest.param(
            "项目一期规划面积约7.1万平方米，主要包括生产厂房及辅楼、舾装及交付中心、设计研发中心及配套设施等。",
            id="主要包括-contents-175",
        ),
        pytest.param("项目主要包含研发中心、交付中心和生产厂房。", id="主要包含-contents"),
        # a quoted figure of speech the act only qualifies (241), and occasions listed in a
        # review of a period (206)
        pytest.param(
            "新的一年，厦门市将打好项目谋划“主动仗”，跑出招商引资“加速度”，按下开工建设“快进键”。",
            id="按下开工建设“快进键”-a-figure-241",
        ),
        pytest.param("2月，成都高新区吹响项目开工“集结号”。", id="开工“集结号”-a-figure"),
        pytest.param("2月，两江新区跑出签约落地“加速度”。", id="签约落地“加速度”-a-figure"),
        pytest.param(
            "一年来，海南省委省政府确立抓项目、促投资的鲜明工作导向，成功举办博鳌亚洲论坛2019年年会招商"
            "活动等4场大型招商活动。",
            id="一年来-等4场活动-occasions-rolled-up-206",
        ),
        pytest.param(
            "今年以来，宜宾市成功举办中国国际动力电池大会等3场重大签约活动。", id="今年以来-等3场-rolled-up"
        ),
        pytest.param("一批投资体量大的重大项目连日来在天山南北加速推进。", id="一批-a-trend-083"),
        pytest.param("大批重大民生项目纷纷落地。", id="大批-a-trend-069"),
        pytest.param("越来越多的企业落户两江新区。", id="越来越多-a-trend"),
        pytest.param("许多企业落户两江新区。", id="许多-a-trend"),
        pytest.param("要抢抓项目开工，加快建设进度。", id="抢抓-a-campaign-089"),
        pytest.param("确保所有项目在3月底前实质性开工建设。", id="确保所有-a-batch-target-040"),
        pytest.param("确保项目早日建成投用。", id="确保-without-a-date-an-aim"),
        pytest.param(
            "推动长安福特三工厂、惠科电子等268个项目投产，长安福特变速器、旗能电铝等147个项目达产。",
            id="推动-a-roll-up-shares-its-aim-020",
        ),
        pytest.param("今年全区完成投资30亿元。", id="完成投资-an-amount"),
        pytest.param("今年全区完成建设投资30亿元。", id="完成建设投资-an-amount"),
        pytest.param("历时五年完成十余项重要工程。", id="完成十余项工程-a-count"),
        pytest.param("庆祝重庆大学成立100周年。", id="成立100周年-an-anniversary"),
        pytest.param("重庆东站项目建成投产十周年。", id="投产十周年-an-anniversary"),
        pytest.param("该项目投产日期一拖再拖。", id="投产日期-a-noun"),
        pytest.param("各区县向市主会场汇报三季度集中开工项目情况。", id="汇报…情况-a-report"),
        pytest.param("要求各地区9月底前可举办重点项目集中开工仪式。", id="要求-a-directive"),
        pytest.param("做到快开工、大开工、全开工。", id="做到-a-slogan"),
        pytest.param("该区将继续加快推进重大项目建设，力争早开工、早建成、早投产。", id="早-a-slogan"),
        pytest.param("该项目是“十四五”期间我国首个开工的核电项目。", id="是…首个开工的-a-rank-describes"),
        pytest.param(
            "能源中心工程成为整个机场改扩建工程中首个完成竣工验收的项目。",
            id="成为…首个…竣工验收的-a-rank-084",
        ),
        pytest.param("全年完成建设任务。", id="完成建设任务-a-target"),
        pytest.param("全市建设工作全面完成年度任务。", id="建设工作完成-a-target"),
        pytest.param("近3年内，重庆市累计建成投用15个项目。", id="a-span-of-time-back-in-a-tally"),
        # someone else's visit taken part in or accompanied
        pytest.param("市委常委、副市长时镇参加调研。", id="参加调研-attendance-118"),
        pytest.param("市发改委主任李明陪同考察。", id="陪同考察-attendance"),
        pytest.param("区商务局负责人随同调研。", id="随同调研-attendance"),
        # a speech at a ceremony named by two acts
        pytest.param(
            "海南省省长沈晓明集中开工和签约仪式上提出结构调整要坚定不移。", id="仪式上提出-a-speech-131"
        ),
        pytest.param("市长王强在揭牌暨签约仪式上强调，要优化服务。", id="暨…仪式上强调-a-speech"),
        pytest.param("区委书记在开工及签约活动上要求，要加快进度。", id="及…活动上要求-a-speech"),
        # a trigger whose first character ends another word
        pytest.param(
            "城市副中心已经由打基础阶段迈入到进一步拉开城市框架的新阶段。", id="拉开城市-not-开城-129"
        ),
        pytest.param("各部门全面展开工作。", id="展开工作-not-开工"),
        pytest.param("园区交通车辆通行顺畅。", id="交通车辆-not-通车"),
        pytest.param("市民乘坐公交车出行更方便。", id="公交车-not-交车"),
        pytest.param("宜宾新增50辆纯电动公交车。", id="公交车-not-交车-a-count"),
        # …a verb ending in 动 before 工 (推动 / 带动 / 调动 + 工作, 工程, 工业, 工人)
        pytest.param(
            "连日来，各地持续加大力度推动工作重心向项目聚焦、整合各方力量向项目聚集。",
            id="推动工作-not-动工-294",
        ),
        pytest.param("正在确保安全和质量条件下，加快推动工程建设进度。", id="推动工程-not-动工-305"),
        pytest.param("节点、挂图作战，推动工作量、实物量加快形成。", id="推动工作量-not-动工-041"),
        pytest.param("龙头企业带动工业经济加快发展。", id="带动工业-not-动工"),
        pytest.param("企业充分调动工人积极性。", id="调动工人-not-动工"),
        # an act as the topic of what it marks or of its worth (294, 304, 103): evaluated, not told
        pytest.param(
            "澄呈高速公路的建成通车对完善云南省公路路网结构、加强新昆明与玉溪三湖城市群联系，"
            "也将为实现滇中城市群同城化发展奠定基础。",
            id="的建成通车对…-evaluated-304",
        ),
        pytest.param(
            "张东明告诉记者，项目的建成对塑造红旗品牌、助力红旗实现年产100万辆的远期目标具有重要作用。",
            id="的建成对…-evaluated-103",
        ),
        pytest.param("宜宾港三期的投产意味着宜宾迈入港口城市行列。", id="投产意味着-evaluated"),
        # a verb of pace with its object after it: an aim (103, 227, 162, 284, 323)
        pytest.param(
            "一汽红旗新能源汽车工厂项目总投资100亿元。这个重大项目是为了全力支持一汽集团发展，"
            "支持红旗自主品牌振兴，加快建设长春国际汽车城，由省、市、区三级发力。",
            id="加快建设长春国际汽车城-an-aim-103",
        ),
        pytest.param(
            "北京经开区将围绕四大主导产业持续发力，加快建设新一代信息技术产业。",
            id="加快建设…产业-an-aim-227",
        ),
        pytest.param("近年来，我市加快建设千亿化工产业园、蓝色产业园等园区。", id="加快建设…园区-an-aim-162"),
        pytest.param("目前，苏州工业园区正加快建设世界一流高科技园区。", id="正加快建设…园区-an-aim"),
        # an act named as the topic of a copula in the clause after it (290; 099 in one clause)
        pytest.param(
            "设立河北雄安新区，是以习近平同志为核心的党中央作出的重大历史性战略选择。",
            id="设立X，是…-a-topic-290",
        ),
        pytest.param("开通尼中跨境光缆，是两国合作的重要成果。", id="开通X，是…-a-topic"),
        # an act at one end of a span between two steps: the time between them (175, 016, 065, 195)
        pytest.param("上饶华为宜宾项目从开工到竣工仅86天。", id="从开工到竣工-a-span-065"),
        pytest.param(
            "华为宜宾项目从签约之后到开工仅仅23天的时间，之所以这些手续用这么短的时间办下来。",
            id="从签约之后到开工-a-span-195",
        ),
        # a duty or a slogan, not an act
        pytest.param("项目要落地，平台是关键。", id="要落地-a-duty-130"),
        pytest.param("企业要投产，人才是关键。", id="要投产-a-duty"),
        pytest.param("重庆东站项目必须按期开工。", id="必须-a-duty"),
        pytest.param("一手抓竣工投产增增量，一手抓项目开工蓄后劲。", id="一手抓-a-slogan-136"),
        pytest.param("一手抓项目签约，一手抓企业投产。", id="一手抓-a-slogan"),
        pytest.param(
            "紧盯预计新开工项目保落地、开工在建项目保进度、建成竣工项目保投产。",
            id="紧盯…保投产-a-slogan-136"
        ),
        pytest.param("在建项目保竣工，竣工项目保投产。", id="保投产-a-target"),
        # a period's target counted, and a count so far
        pytest.param("2012年，绥化市计划开工建设产业项目700个，新建项目500个。", id="a-target-counted-132"),
        pytest.param("2024年，宜宾市计划新开工重点项目120个。", id="计划-a-target-counted"),
        pytest.param("全年宜宾市力争签约项目50个。", id="力争-a-target-counted"),
        pytest.param("目前已成功招引8户配套企业落户。", id="目前已-a-count-so-far-134"),
        pytest.param("截至目前，园区已吸引30家企业签约落户。", id="截至目前-a-count-so-far"),
        pytest.param("重庆科学城至今已引进5个项目落地。", id="至今已-a-count-so-far"),
        # an act negated, or only a condition
        pytest.param("截至目前，重庆东站项目尚未开工。", id="尚未-negated"),
        pytest.param("3月5日，重庆东站项目仍未如期开工建设。", id="仍未如期-negated"),
        pytest.param("重庆东站项目至今没有投产。", id="没有-negated"),
        pytest.param("重庆东站不再开工建设。", id="不再-negated"),
        pytest.param("若重庆东站项目如期投产，年产值可达百亿元。", id="若-a-condition"),
        pytest.param("若宜宾港三期建成投用，将带动就业。", id="若-a-condition-2"),
        # 新 before two verbs naming projects
        pytest.param(
            "今年一季度新竣工投产项目，年内可为天津市新增产值150亿元以上。", id="新竣工投产项目-a-noun-136"
        ),
        pytest.param("去年新建成投用项目，带动就业2万人。", id="新建成投用项目-a-noun"),
        pytest.param("今年新签约落地项目，总投资300亿元。", id="新签约落地项目-a-noun"),
        # a figure or an aspect of the acts named by the act (282, 281, 157, 270, 163, 269)
        pytest.param(
            "2023年徐汇区重大工程共有正式项目51项，预计可开工面积253万平方米，可竣工面积201万平方米，"
            "其中产业类项目预计开工面积168万平方米，竣工面积139.5万平方米。",
            id="开工面积-a-figure-282",
        ),
        pytest.param(
            "记者从市住建委获悉，在开竣工方面，全区重大项目进展良好。", id="开竣工方面-an-aspect-281"
        ),
        pytest.param("本次活动签约金额达120亿元。", id="签约金额-a-figure"),
        pytest.param("全年开工项目数达到215个。", id="开工项目数-a-figure"),
        pytest.param("今年签约规模创历史新高。", id="签约规模-a-figure"),
        pytest.param("全市加快项目开工进度。", id="开工进度-an-aspect"),
        # an act inside the object of 实现 made a noun phrase by 的: an achievement described (188,
        # 270, 018)
        pytest.param(
            "南宁市实现了招商总量、规模和质量上的新突破。",
            id="实现了…的新突破-188",
        ),
        pytest.param(
            "南昌县实现了2021年签约项目的“开门红”。",
            id="实现了…签约项目的开门红-270",
        ),
        pytest.param(
            "巴南区卫星研发生产基地项目实现高分辨率、高性能的遥感卫星研制以及低轨通信卫星的高批量生产。",
            id="实现…的批量生产-018",
        ),
        pytest.param("宜宾港三期项目全力冲刺，实现年底封顶的目标。", id="实现…封顶的目标-an-aim"),
        # a manner of steady running or of a scene right before the act: a state described, no
        # change (248, 157; the class met in 057, 069, 079, 134, 156, 158, 238)
        pytest.param(
            "走进宁德时代洛阳基地一期车间，机械臂精准舞动，麒麟电池高效下线。", id="高效下线-a-scene-248"
        ),
        pytest.param("莊重簽約，握手言歡。", id="莊重簽約-a-scene-157"),
        pytest.param("目前，宜宾港三期码头正常生产。", id="正常生产-a-state"),
        pytest.param("宜宾港三期一期项目已稳定运行。", id="稳定运行-a-state-158"),
        pytest.param("宜宾港三期生产线平稳地运行。", id="平稳地运行-a-state"),
        # an aim of acting early, one of the closed class 早日/早一天/尽早/尽快/及早 (259, 207, 082)
        pytest.param("争取项目早一天完工、早一天投产。", id="早一天-an-aim-259"),
        pytest.param("企业正全力以赴，力争项目尽早投产。", id="尽早-an-aim"),
        pytest.param("督促施工单位倒排工期，争取尽快竣工。", id="尽快-an-aim"),
    ],
)
def test_not_a_milestone(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # real 343 (王宗华对…乔迁新楼并揭牌表示热烈祝贺), 287 (并对公路通车表示祝贺), 199 (对…将…开工仪式
        # 主会场设在…表示衷心的感谢): the acts between 对/向 and a greeting are congratulated
        pytest.param(
            "王宗华对闽江学院海洋研究院、福州海洋研究院乔迁新楼并揭牌表示热烈祝贺。",
            [],
            id="对…表示热烈祝贺-343",
        ),
        pytest.param("王宗华代表学校向重庆实验室揭牌成立表示祝贺。", [], id="向…表示祝贺"),
        pytest.param("市长对重庆东站项目顺利开工致以诚挚的谢意。", [], id="对…致以谢意"),
        # …not an act told in a clause of its own before the greeting
        pytest.param(
            "6月23日，重庆实验室揭牌成立，王宗华对此表示祝贺。",
            [("founding", "occurred", "2025-06-23")],
            id="the-act-told-then-greeted",
        ),
    ],
)
def test_an_act_greeted_is_no_report(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # real 363 (記者在開工儀式上獲悉), as 180 (记者从…签约仪式上获悉) and 129/253 (从…新闻发布会上
        # 了解到 / 获悉): a clause ending in a verb of learning is where the report comes from
        pytest.param("記者在開工儀式上獲悉，該項目總投資10億元。", [], id="在開工儀式上獲悉-363"),
        pytest.param("记者在签约仪式上了解到，该项目总投资10亿元。", [], id="在签约仪式上了解到"),
        pytest.param("记者从揭牌仪式上得知，该中心总投资10亿元。", [], id="从揭牌仪式上得知"),
        # …and the act told after the source is reported as before
        pytest.param(
            "5月9日，记者在签约仪式上获悉，哈药集团正式签约落户。",
            [("signing", "occurred", "2025-05-09")],
            id="the-act-after-the-source",
        ),
        pytest.param(
            "记者获悉，5月9日哈药集团正式签约落户。",
            [("signing", "occurred", "2025-05-09")],
            id="a-bare-source-then-the-act",
        ),
    ],
)
def test_a_source_clause_is_no_report(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # real 367 (部分项目已经竣工投产, 部分重大项目已经开工, 还有部分重大项目已经开工): a part of an
        # unnamed set is a generic subject, as 一批项目 and 其余项目 (README, convention works stages)
        pytest.param("2022年，部分项目已经竣工投产。", [], id="部分项目-367"),
        pytest.param("此外，还有部分重大项目已经开工。", [], id="还有部分重大项目-367"),
        pytest.param("2022年，大部分项目已经开工。", [], id="大部分项目"),
        pytest.param("2022年，绝大多数项目已经开工。", [], id="绝大多数项目"),
        # …not a part of the thing told (部分投产), nor 部分 inside a name (主体部分)
        pytest.param(
            "5月9日，宜宾港三期项目建成，部分投产。",
            [("construction", "occurred", "2025-05-09"), ("production", "occurred", "2025-05-09")],
            id="部分投产-a-part-of-the-thing",
        ),
        pytest.param(
            "5月9日，重庆东站主体部分已完工。",
            [("construction", "occurred", "2025-05-09")],
            id="主体部分-a-part-named",
        ),
    ],
)
def test_a_part_of_an_unnamed_set_is_no_subject(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speech joined after the act, or a meeting named by the speech, tells the act
        pytest.param(
            "5月8日，市长李强为重庆实验室揭牌并致辞。",
            [("opening", "occurred", "2025-05-08")],
            id="揭牌并致辞-the-act-told",
        ),
        pytest.param(
            "5月8日，宜宾市举行重大项目集中开工动员大会。",
            [("construction", "occurred", "2025-05-08")],
            id="开工动员大会-a-ceremony-held",
        ),
        pytest.param(
            "5月8日，宜宾市新增签约项目12个，签约率居全省前列。",
            [("signing", "occurred", "2025-05-08")],
            id="a-rank-in-the-next-clause-leaves-the-act",
        ),
        # a batch started and finished together, and a ceremony with its venue, stay acts
        pytest.param(
            "5月6日，长沙县12个项目集中开竣工。",
            [("construction", "occurred", "2025-05-06")],
            id="集中开竣工-the-act-told",
        ),
        pytest.param(
            "5月6日，宜宾市举行重大项目集中开工活动，主会场设在宜宾港。",
            [("construction", "occurred", "2025-05-06")],
            id="a-ceremony-and-its-venue",
        ),
        # a manner before the act, and an act after a clause of aims, stay acts
        pytest.param(
            "5月6日，宜宾市以视频连线的形式举行重大项目集中开工仪式。",
            [("construction", "occurred", "2025-05-06")],
            id="以…形式举行开工仪式-the-act-told",
        ),
        pytest.param(
            "5月6日，两江新区推动项目开工，华为与两江新区企业签约。",
            [("signing", "occurred", "2025-05-06")],
            id="an-aim-then-a-signing-told",
        ),
        # someone present in the next clause leaves the act told
        pytest.param(
            "5月8日，宜宾市举行重大项目集中开工仪式，省长王强出席。",
            [("construction", "occurred", "2025-05-08")],
            id="开工仪式，省长出席-the-act-told",
        ),
        # a quoted name that is no figure, and occasions listed on one day, stay acts
        pytest.param(
            "2月1日，宜宾市三江新区“快进键”项目开工。",
            [("construction", "occurred", "2025-02-01")],
            id="a-project-named-快进键-starts",
        ),
        pytest.param(
            "5月5日，海南省成功举办博鳌亚洲论坛招商活动等4场大型招商活动。",
            [("meeting", "occurred", "2025-05-05")],
            id="occasions-listed-on-their-day",
        ),
        # attending a meeting between people is no act (091); a visit is (参观考察)
        pytest.param("河北省委副书记、省长许勤参加会见。", [], id="参加会见-091"),
        pytest.param("副市长李明参加会谈。", [], id="参加会谈"),
        pytest.param(
            "5月，市长王强会见了华为公司总裁一行。", [("meeting", "occurred", "2025-05")], id="会见"
        ),
        # an event celebrated is not this report's act (108)
        pytest.param("垣曲县数万名群众在城关隆重集会，庆祝中华人民共和国成立。", [], id="庆祝…成立-108"),
        pytest.param("各界人士齐聚一堂，庆祝重庆大学成立。", [], id="庆祝…成立"),
        # a person named by the act (108)
        pytest.param(
            "常乾坤在广州黄埔军校加入中国共产党，后成为中国人民解放军空军重要奠基人之一。",
            [],
            id="奠基人之一-108",
        ),
        pytest.param("他是重庆实验室的主要创立者。", [], id="创立者"),
        # what a document says, after 提出/明确/要求 (091)
        pytest.param(
            "近日，河北省发改委印发方案提出，2018-2020年，各市实施洁净煤托底政策。",
            [("policy_release", "occurred", "2025-06-01/2025-06-30")],
            id="印发方案提出-091",
        ),
        pytest.param(
            "重庆市出台方案要求，各区县年内开工一批重点项目。",
            [("policy_release", "occurred", None)],
            id="出台方案要求",
        ),
        pytest.param("《意见》明确，到2025年，全市建成10个国家级实验室。", [], id="《意见》明确"),
        # a figure reported (097)
        pytest.param(
            "来自省发改委最新的消息透露，今年前10个月，"
            "全省纳入投资计划的续建和计划开工项目累计完成投资15382.4亿元。",
            [],
            id="消息透露…累计-097",
        ),
        pytest.param("市统计局披露，今年以来全市新开工项目同比增长12%。", [], id="披露…同比"),
        # an act reported after a speaker's 宣布 / 披露 / 透露 is the milestone, the report is none
        # (gold 441-06, 471-15, 498-15: the act annotated, not its announcement)
        pytest.param(
            "长安汽车宣布，新工厂于3月正式投产。",
            [("production", "occurred", "2025-03")],
            id="宣布-an-act",
        ),
        pytest.param(
            "楚德勤宣布,巨野县2024年第一季度招商引资重点项目开工。",
            [("construction", "occurred", None)],
            id="宣布-an-act-471",
        ),
        pytest.param(
            "内蒙古自治区鄂尔多斯市政府21日晚间对外披露,国务院日前正式批复同意鄂尔多斯市高新技术产业园区"
            "升级为国家高新技术产业开发区。",
            [("approval", "occurred", "2025-06-01/2025-06-30")],
            id="披露-an-act-441",
        ),
        pytest.param(
            "据市发改委透露，重庆市国际医疗中心项目已于5月开工建设。",
            [("construction", "occurred", "2025-05")],
            id="透露-an-act-498",
        ),
        # …but what is announced with no act of its own keeps the announcement (164-03)
        pytest.param(
            "赫力昂宣布增持中美天津史克股权。", [("announcement", "occurred", None)], id="宣布-no-comma-164"
        ),
        # …and so does one whose next clause tells no act, the act told after it (seed 001)
        pytest.param(
            "近日，三安光电在投资者互动平台披露，其设立的安意法半导体（重庆）有限公司已完成多款产品验证，"
            "正式进入风险量产阶段。",
            [
                ("announcement", "occurred", "2025-06-01/2025-06-30"),
                ("production", "occurred", "2025-06-01/2025-06-30"),
            ],
            id="披露-the-act-a-clause-later-seed-001",
        ),
        # the acts of a ceremony named in the sentence, counted (096), or of one told before (075)
        pytest.param(
            "2月28日上午，苏州相城区2021年一季度项目集中开工签约仪式在阳澄湖电竞馆拉开帷幕，"
            "133个项目集中签约，47个项目集中开工。",
            [("meeting", "occurred", "2025-02-28")],
            id="仪式…，N个项目集中签约-096",
        ),
        pytest.param(
            "3月1日，江北区重大项目集中开工签约活动举行，20个项目集中签约，15个项目集中开工。",
            [("construction", "occurred", "2025-03-01")],
            id="活动…，N个项目集中开工",
        ),
        pytest.param(
            "3月1日，江北区举行重大项目集中开工仪式，20个项目集中签约。",
            [("construction", "occurred", "2025-03-01"), ("signing", "occurred", "2025-03-01")],
            id="an-act-the-ceremony-does-not-name",
        ),
        pytest.param(
            "哈尔滨市呼兰区举行重点项目集中签约仪式。"
            "仪式上，民生服务、先进制造、新兴产业等16个项目进行了集中签约。",
            [("signing", "occurred", None)],
            id="仪式上，…等N个项目…签约-075",
        ),
        pytest.param(
            "渝北区举行招商引资集中签约活动。活动上，智能制造、新材料等12个项目集中签约。",
            [("signing", "occurred", None)],
            id="活动上，…等N个项目签约",
        ),
        # the act told next to a figure or with a date ahead: still an event
        pytest.param(
            "6月1日，华为宜宾项目开工，面积12万平方米。",
            [("construction", "occurred", "2025-06-01")],
            id="开工，面积-the-act-told",
        ),
        pytest.param(
            "6月1日，宜宾港三期提早竣工。",
            [("construction", "occurred", "2025-06-01")],
            id="提早竣工-the-act-told",
        ),
        # …with a date of its own, the act is reported
        pytest.param(
            "今年3月，比亚迪刀片电池高效下线。",
            [("production", "occurred", "2025-03")],
            id="dated-高效下线-the-act-told",
        ),
        # a ceremony held with ceremony (隆重) tells its occasion
        pytest.param(
            "1949年10月2日，垣曲县数万名群众在城关隆重集会。",
            [("meeting", "occurred", "1949-10-02")],
            id="隆重集会-the-occasion-108",
        ),
        # 实现 with the act as its object, no 的: the act told
        pytest.param(
            "6月1日，宜宾港三期实现主体结构封顶。",
            [("construction", "occurred", "2025-06-01")],
            id="实现主体结构封顶-the-act-told",
        ),
        # 动工 after 举行 or an adverb, and an act with a comma before 标志着, stay acts
        pytest.param(
            "6月1日，宜宾市举行动工仪式。", [("construction", "occurred", "2025-06-01")], id="举行动工仪式"
        ),
        pytest.param(
            "6月1日，宜宾港三期正式动工。", [("construction", "occurred", "2025-06-01")], id="正式动工"
        ),
        pytest.param(
            "6月1日，宜宾港三期破土动工。", [("construction", "occurred", "2025-06-01")], id="破土动工"
        ),
        pytest.param(
            "6月1日，大桥顺利合龙，标志着贵南高铁广西段重难点桥梁建设进度完成过半。",
            [("construction", "occurred", "2025-06-01")],
            id="合龙，标志着-the-act-told",
        ),
        pytest.param(
            "今天(6月26日)，贵南高铁二塘双线特大桥180米拱加劲连续梁顺利合龙。"
            "合龙标志着贵南高铁广西段重难点桥梁建设进度完成过半。",
            [("construction", "occurred", "2025-06-26")],
            id="合龙标志着-evaluated-294",
        ),
        pytest.param(
            "6月1日，宜宾港三期正式开放对外营业。",
            [("opening", "occurred", "2025-06-01")],
            id="开放对外-not-evaluated",
        ),
        pytest.param(
            "华为宜宾项目于2025年3月签约落户。据介绍，华为宜宾项目从签约落户到开工，仅用了不到40天。",
            [("signing", "occurred", "2025-03")],
            id="从签约落户到开工-a-span-175",
        ),
        pytest.param(
            "华为宜宾项目于2025年3月签约。华为宜宾项目从2025年3月签约到开工仅用40天。",
            [("signing", "occurred", "2025-03"), ("construction", "occurred", "2025-03")],
            id="a-dated-span-read-as-before",
        ),
        pytest.param(
            "5月30日，晋中市举行全市深化转型项目建设年5月份集中开工暨祁县红星白酒产业园项目开工仪式"
            "在祁县召开。常书铭在讲话中指出，全市深化转型项目建设年5月份集中开工暨祁县红星白酒产业园"
            "项目开工仪式的举行，是晋中市贯彻省委、省政府深化转型项目建设年活动的具体实践。",
            # the day heading the sentence, not the month naming the batch (274-03's gold)
            [("construction", "occurred", "2025-05-30")],
            id="仪式的举行，是…-a-topic-274",
        ),
        pytest.param(
            "1925年，洞窝水电站竣工发电，是我国第二座水电站。",
            [("construction", "occurred", "1925")],
            id="named-and-dated-act，是…-still-told-100",
        ),
        pytest.param(
            "6月1日，重庆实验室揭牌，是西南首个国家实验室。",
            [("opening", "occurred", "2025-06-01")],
            id="named-act，是…-still-told",
        ),
        # a kind of bodies brought in to settle, none named nor counted: what a body seeks (249, 181)
        pytest.param(
            "中南高科高端装备智造产业园于2025年5月开园。产业园将持续引进长三角地区高端装备制造、"
            "新一代信息技术、新型电力装备及汽车零部件等产业具有良好发展前景的优质企业入驻，着力打造"
            "特色产业园区。",
            [("opening", "occurred", "2025-05")],
            id="引进…优质企业入驻-sought-249",
        ),
        pytest.param(
            "新能源装备产业园项目于2025年5月签约。該項目擬在黑龍江開展大宗商品智慧供應鏈業務，"
            "引入大宗商品供應鏈相關企業入駐。",
            [("signing", "occurred", "2025-05")],
            id="引入…相關企業入駐-sought-181",
        ),
        pytest.param(
            "6月1日，园区引进华为公司入驻。",
            [("signing", "occurred", "2025-06-01")],
            id="引进-a-named-body-settles",
        ),
        pytest.param(
            "6月1日，园区吸引了宁德时代等企业入驻。",
            [("signing", "occurred", "2025-06-01")],
            id="吸引-named-bodies-settle",
        ),
        pytest.param(
            "成都科学城加快建设。", [("construction", "ongoing", None)], id="X加快建设-the-works-under-way"
        ),
        pytest.param(
            "宜宾港三期工程正加快建设。",
            [("construction", "ongoing", None)],
            id="正加快建设-the-works-under-way",
        ),
        pytest.param(
            "中欧先进制造产业园、北方航空物流基地等载体平台也在加快建设中。",
            [("construction", "ongoing", None)],
            id="加快建设中-the-works-under-way-253",
        ),
        pytest.param(
            "6月1日，华为宜宾项目从而顺利开工。",
            [("construction", "occurred", "2025-06-01")],
            id="从而-opens-no-span",
        ),
        # an aim with a generic object, then a named project's act
        pytest.param(
            "6月1日，宜宾市推进项目开工，华为宜宾项目开工。",
            [("construction", "occurred", "2025-06-01")],
            id="推进项目开工，named-project-开工",
        ),
    ],
)
def test_attendance_celebrations_contents_figures_and_counts_are_no_acts(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own act, 将 as 把 (012-02: the announcement is the milestone)
        "联想集团董事长兼CEO杨元庆宣布,将去年以个人名义捐资支持建设的少年班学院楼命名为“周光召楼”。",
        "长安汽车宣布，将重庆工厂列为全球智能制造基地。",
    ],
    ids=["宣布，将…命名为-012", "宣布，将…列为"],
)
def test_a_report_of_the_speakers_own_act_is_kept(text: str) -> None:
    assert ("announcement", "occurred", None) in _events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an addend of a sum
        pytest.param(
            "加上昨天签约仪式上签订的6个项目，我市一个月时间引进的项目就达43个。", [], id="加上-162"
        ),
        pytest.param("再加上今年3月投产的2条生产线，园区产能已达30GWh。", [], id="再加上"),
        pytest.param("加上此前落户的5家企业，园区企业总数达到40家。", [], id="加上-落户"),
        pytest.param(
            "加拿大庞巴迪公司重庆工厂5月6日投产。",
            [("production", "occurred", "2025-05-06")],
            id="加-of-a-name",
        ),
        # an amount or the bodies named by the act, a civil servant's rank
        pytest.param("系列中小涡喷涡扇发动机生产基地项目签约额15亿。", [], id="签约额-181"),
        pytest.param("宁德时代宜宾基地项目签约额120亿元。", [], id="签约额-of-a-project"),
        pytest.param("为园区落户企业提供更多优质生产空间。", [], id="落户企业-198"),
        pytest.param("两江新区为入驻企业提供一站式服务。", [], id="入驻企业"),
        pytest.param(
            "5月6日，宁德时代落户宜宾。", [("signing", "occurred", "2025-05-06")], id="落户-a-place"
        ),
        pytest.param("平房区区长宋博岩、区政府一级调研员任文霞见证签约。", [], id="一级调研员-181"),
        pytest.param("市委二级调研员张伟主持会议。", [], id="二级调研员"),
        pytest.param(
            "5月6日，市委书记袁家军到两江新区调研。", [("other", "occurred", "2025-05-06")], id="调研-a-visit"
        ),
        # a response to a danger, engines starting, kinds of work listed
        pytest.param("黄冈市启动低温雨雪冰冻灾害应急预案。", [], id="启动应急预案-178"),
        pytest.param("重庆市气象局启动暴雨Ⅳ级应急响应。", [], id="启动应急响应"),
        pytest.param(
            "3月18日，中卫市沙坡头旅游新镇项目建设现场，数十台挖掘机隆隆启动。", [], id="挖掘机隆隆启动-191"
        ),
        pytest.param("2025年5月6日，两江新区项目现场推土机、压路机同时启动。", [], id="推土机压路机同时启动"),
        pytest.param(
            "吉林市将积极参与四市联合开展的科创飞地建设、共同举办科技交流活动等工作。", [], id="等工作-201"
        ),
        pytest.param("两江新区将开展项目签约、集中开工等重点任务。", [], id="等重点任务"),
        pytest.param(
            "2025年5月6日，兰州东部科技新城二期项目全面启动。",
            [("other", "occurred", "2025-05-06")],
            id="启动-of-a-project",
        ),
    ],
)
def test_sums_amounts_ranks_emergencies_machines_and_tasks_are_no_acts(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing said to be the first (or n-th) of a body's acts is described, no act told
        pytest.param(
            "均和云谷·中牟高端装备制造科技港项目是均和集团落子郑州的第一个产业项目。",
            [],
            id="是…落子郑州的第一个-199",
        ),
        pytest.param("重庆海辰储能二期项目是宁德时代落户两江新区的第二个项目。", [], id="是…落户…的第二个"),
        pytest.param("两江协同创新区是重庆市挂牌成立的首家协同创新区。", [], id="是…挂牌成立的首家"),
        pytest.param(
            "重庆东站是两江新区今年开工的重点项目。",
            [("construction", "occurred", "2025")],
            id="a-copula-without-a-rank-tells-the-act",
        ),
        pytest.param(
            "宁德时代落户宜宾的第一个项目2025年5月6日开工。",
            [("construction", "occurred", "2025-05-06")],
            id="a-rank-without-a-copula-names-the-subject",
        ),
    ],
)
def test_a_rank_after_a_copula_describes(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an undated act of a type told already, then graded (095): the topic of the grading
        pytest.param(
            "6月29日，滨海新城党工委和指挥部揭牌。"
            "他说，滨海新城党工委和指挥部揭牌，标志着滨海新城建设跨出了历史性的一步。",
            [("opening", "occurred", "2025-06-29")],
            id="揭牌，标志着-told-again-095",
        ),
        pytest.param(
            "6月2日，重庆实验室正式启用。该实验室启用，意味着重庆有了第一个国家级实验室。",
            [("opening", "occurred", "2025-06-02")],
            id="启用，意味着-told-again",
        ),
        pytest.param(
            "重庆实验室正式揭牌，标志着重庆创新体系迈出新步伐。",
            [("opening", "occurred", None)],
            id="揭牌，标志着-told-first",
        ),
        # …but a named project of its own started at the ceremony told before is its own act
        # (real news: …开(竣)工活动在…举行。作为本次活动的核心亮点，…电池项目正式启动建设，标志着…)
        pytest.param(
            "2月18日，永川区一季度重大项目集中开工活动在凤凰湖产业园举行。"
            "作为本次活动的核心亮点，永川电池三模块项目正式启动建设，标志着永川新能源产业再添新引擎。",
            [("construction", "occurred", "2025-02-18"), ("construction", "occurred", None)],
            id="named-project-started，标志着-its-own-act",
        ),
        pytest.param(
            "3月1日，綦江区重大项目集中签约仪式举行。其中，綦江齿轮新能源总部项目正式签约，"
            "意味着綦江汽车产业迈上新台阶。",
            [("signing", "occurred", "2025-03-01"), ("signing", "occurred", None)],
            id="named-project-signed，意味着-its-own-act",
        ),
        pytest.param(
            "3月1日，綦江齿轮新能源总部项目正式签约。綦江齿轮新能源总部项目正式签约，"
            "意味着綦江汽车产业迈上新台阶。",
            [("signing", "occurred", "2025-03-01")],
            id="same-project-signed，意味着-told-again",
        ),
        # a set of outcomes to come is no signing (102)
        pytest.param(
            "目前，还有多个域外代表团在长春市各地参观考察，还将达成一系列合作成果。",
            [],
            id="达成一系列合作-102",
        ),
        pytest.param("双方还将达成多项合作。", [], id="达成多项合作"),
        pytest.param(
            "长春市与吉林大学达成战略合作协议。", [("signing", "occurred", None)], id="达成…协议-an-act"
        ),
        # what a project will be (106) and a sector's works in general (110)
        pytest.param(
            "雄狮项目落地长沙自贸临空区，将建成集中医药研发、生产、交易平台于一体的国际化医药健康产业总部。",
            [("signing", "occurred", None)],
            id="建成集…于一体-106",
        ),
        pytest.param("该项目将建成集研发、生产、展示于一体的智能制造基地。", [], id="建成集…于一体"),
        pytest.param("基础设施项目建设稳步推进。", [], id="基础设施项目建设稳步推进-110"),
        pytest.param("民生项目建设有序推进。", [], id="民生项目建设有序推进"),
        pytest.param(
            "重庆东站项目建设稳步推进。",
            [("construction", "ongoing", None)],
            id="a-named-project-建设稳步推进",
        ),
        # history in general terms after a dateline (113)
        pytest.param(
            "扶绥讯近年来，扶绥县坚持把园区作为工业发展的主战场，实施工业和园区发展三年行动计划，"
            "已有龙头企业入驻并形成产业集聚。",
            [],
            id="…讯近年来-113",
        ),
        pytest.param(
            "本报讯（记者 张三）近年来，重庆高新区实施创新驱动发展三年行动计划，已有一批企业入驻。",
            [],
            id="本报讯（…）近年来",
        ),
        pytest.param(
            "本报讯（记者 张三）3月1日，重庆东站项目开工。",
            [("construction", "occurred", "2025-03-01")],
            id="本报讯-a-dated-act",
        ),
        # projects named by a plan (116) and a tally up to a day (102)
        pytest.param(
            "据悉，第十二师2022年计划开(复)工项目涉及现代农业设施、工业优化升级。",
            [],
            id="计划开(复)工项目-116",
        ),
        pytest.param("今年拟开工项目涵盖先进制造、现代服务等领域。", [], id="拟开工项目"),
        pytest.param(
            "重庆东站项目计划今年开工。", [("construction", "planned", "2025")], id="计划…开工-a-plan"
        ),
        pytest.param(
            "26日，记者从长春市政府合作交流办获悉，截至25日，长春市已在第十二届中国-东北亚博览会上签约合作项目15个。",
            [],
            id="截至…签约合作项目15个-102",
        ),
        pytest.param("截至目前，渝北区已开工重点项目32个。", [], id="截至…开工重点项目32个"),
        pytest.param(
            "3月1日，长寿区开工新材料产业项目11个。",
            [("construction", "occurred", "2025-03-01")],
            id="a-batch-not-a-tally",
        ),
        # the act of a ceremony told before, counted at one of its venues (117)
        pytest.param(
            "5月28日，广州开发区举行重大项目集中动工活动。"
            "在位于中新广州知识城的主会场，广州开发区、广州高新区107个项目集中动工。",
            [("construction", "occurred", "2025-05-28")],
            id="在…主会场，N个项目集中动工-117",
        ),
        pytest.param(
            "3月1日，渝北区举行重大项目集中开工活动。在分会场，两江新区15个项目集中开工。",
            [("construction", "occurred", "2025-03-01")],
            id="在分会场，N个项目集中开工",
        ),
        pytest.param(
            "10月28日，呼兰区举行集中签约仪式。"
            "在签约仪式上，呼兰区人民政府与中国亚洲经济发展协会等在新能源等16个项目进行了集中签约。",
            [("signing", "occurred", "2024-10-28"), ("signing", "occurred", None)],
            id="在签约仪式上，与X…签约-another-act-075",
        ),
    ],
)
def test_acts_told_again_aims_and_tallies_are_no_milestone(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the acts inside a record set describe it (028)
        pytest.param(
            "据了解，该项目创下了当年拿地、当年建设、当年完工、当年投产的“颍泉速度”。",
            [],
            id="创下…当年投产的…速度-028",
        ),
        pytest.param("该园区创造了当年签约、当年开工、当年投产的新纪录。", [], id="创造…的新纪录"),
        pytest.param(
            "3月，重庆东站项目开工，创下全市新纪录。",
            [("construction", "occurred", "2025-03")],
            id="an-act-then-a-record",
        ),
        # an act as the topic of a copula (099)
        pytest.param("开通尼中跨境光缆是尼泊尔的大事。", [], id="开通…是-099"),
        pytest.param("揭牌是重庆实验室发展的新起点。", [], id="揭牌是"),
        # a count after a span of time sums the span up (113)
        pytest.param(
            "仅两年时间，入驻的电子企业从无到有，聚弘光电、大展科等9家电子信息企业投产。",
            [],
            id="仅两年时间…等9家企业投产-113",
        ),
        pytest.param("短短一年时间，宁德时代、比亚迪等12家企业落户园区。", [], id="短短一年时间…等12家"),
    ],
)
def test_records_topics_and_spans_of_time_tell_no_act(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the projects named by the act (签约项目, 开工项目) described or totalled: no act told
        pytest.param(
            "6月1日，长沙市重大项目集中签约仪式举行。签约项目涵盖智能制造、数字经济、人工智能、生物医药与大健康等领域。",
            [("signing", "occurred", "2025-06-01")],
            id="签约项目涵盖-167",
        ),
        pytest.param(
            "6月1日，两江新区重大项目集中开工仪式举行。开工项目包括产业、基础设施和民生三类。",
            [("construction", "occurred", "2025-06-01")],
            id="开工项目包括",
        ),
        pytest.param(
            "6月1日，重庆实验室揭牌成立，投产项目主要分布在两江新区和西部科学城。",
            [("founding", "occurred", "2025-06-01")],
            id="投产项目主要分布",
        ),
        pytest.param(
            "6月1日，海南省重大项目集中开工。其中，海口集中开工项目共11个（9个项目位于自贸港",
            [("construction", "occurred", "2025-06-01")],
            id="开工项目共N个-165",
        ),
        pytest.param(
            "6月1日，重庆市重大项目集中签约。江北区集中签约项目共8个（其中5个外资项目",
            [("signing", "occurred", "2025-06-01")],
            id="签约项目共N个",
        ),
        # the site of the act (开工现场) and the people it brought (入驻师生)
        pytest.param(
            "6月1日，株洲市重大项目集中开工。集中开工活动设荷塘区长株潭先进硬质材料产业园项目开工现场1个主会场，"
            "株洲经开区中核云峰湖健康谷项目开工现场4个分会场。",
            [("construction", "occurred", "2025-06-01")],
            id="开工现场-142",
        ),
        pytest.param(
            "6月1日，重庆市重大项目集中签约。签约活动设两江新区签约现场和渝北区分会场。",
            [("signing", "occurred", "2025-06-01")],
            id="签约现场",
        ),
        pytest.param(
            "6月1日，江西智能无损检测创新中心揭牌，入驻师生及工程师超百人。",
            [("opening", "occurred", "2025-06-01")],
            id="入驻师生-143",
        ),
        pytest.param(
            "6月1日，重庆大学创新研究院揭牌，入驻师生达300余人。",
            [("opening", "occurred", "2025-06-01")],
            id="入驻师生达",
        ),
        # an unnamed set of several (多项, 多家, 多个): a trend, not one milestone
        pytest.param(
            "江西智能无损检测创新中心项目总投资6.75亿元，目前已完成第一批10套科研设备采购，入驻师生及工程师超百人，"
            "多项国家重点研发项目落地推进。",
            [],
            id="多项-143",
        ),
        pytest.param(
            "6月1日，两江新区揭牌，多家龙头企业签约入驻。", [("opening", "occurred", "2025-06-01")], id="多家"
        ),
        pytest.param(
            "6月1日，两江新区揭牌，多个重大项目加快建设。", [("opening", "occurred", "2025-06-01")], id="多个"
        ),
        # not meant: the act with its own count, a batch with a number
        pytest.param(
            "6月1日，中国电信宁夏分公司与宁夏环保集团签署合作项目21个。",
            [("signing", "occurred", "2025-06-01")],
            id="签署合作项目N个-061-stays",
        ),
        pytest.param(
            "6月1日，两江新区20多个项目集中开工。",
            [("construction", "occurred", "2025-06-01")],
            id="20多个-stays",
        ),
    ],
)
def test_the_things_an_act_names_described_are_no_event(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # the words of a quoted name (“…”活动, “…”行动) cue no process and no plan, as a title's
        pytest.param(
            "顾晓斌介绍，2019年底，黄埔区、广州开发区启动“奋战五百天，百大项目庆百年”活动。",
            "2021-06-22",
            [("other", "occurred", "2019")],
            id="奋战-in-a-campaigns-name-141",
        ),
        pytest.param(
            "5月，宁波启动“加快建设”行动。",
            "2025-06-30",
            [("other", "occurred", "2025-05")],
            id="加快建设-in-a-name",
        ),
        pytest.param(
            "3月，重庆市启动“即将启航”系列活动。",
            "2025-06-30",
            [("other", "occurred", "2025-03")],
            id="即将-in-a-name",
        ),
        # a cue outside the name stays one
        pytest.param(
            "3月，重庆市将启动“百日攻坚”行动。",
            "2025-06-30",
            [("other", "planned", "2026-03")],
            id="将-outside-stays",
        ),
    ],
)
def test_words_of_a_quoted_name_cue_nothing(
    text: str, pub: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text, pub) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abstract noun the act qualifies, past the acts told with it: no act told (429, 431,
        # 250, 389, 167, 347, 333, 368, 438)
        pytest.param("本公司及董事会全体成员保证信息披露内容的真实、准确和完整。", [], id="披露内容-429"),
        pytest.param(
            "据悉，目前长三角铁路已拥有25条高铁，动车组开行范围覆盖除浙江舟山以外的所有地级城市。",
            [],
            id="开行范围-431",
        ),
        pytest.param("项目签约与开工投产热情不减，一个个项目成为发展的增长点。", [], id="开工投产热情-250"),
        pytest.param("抓住开春项目开工黄金期，先后三次深入项目现场。", [], id="开工黄金期-389"),
        pytest.param("各区县集中开工热潮涌动。", [], id="开工热潮-167"),
        pytest.param("使塔石广场成为重要的活动举办场地。", [], id="举办场地-347"),
        pytest.param("许多媒体在青藏铁路通车当天都进行了大量的跟踪报道。", [], id="通车当天-368"),
        pytest.param("园区开工氛围浓厚，各项目加快推进。", [], id="开工氛围"),
        pytest.param("目前，地铁开通范围已覆盖全市九个区。", [], id="开通范围"),
        # …or the work of the act (429-09, 389, 390-12), not a work completed (343-11)
        pytest.param("突出三月份促开工工作主题，抓住开春项目开工黄金期。", [], id="开工工作主题-389"),
        pytest.param("下一步，宜宾市将继续做好重大项目集中开工工作。", [], id="开工工作-a-duty"),
        pytest.param("各地要切实做好项目签约落地工作。", [], id="签约落地工作-a-duty"),
        pytest.param(
            "6月5日，闽江学院海洋研究院顺利完成搬迁工作。",
            [("other", "occurred", "2025-06-05")],
            id="完成搬迁工作-done-stays-343",
        ),
        pytest.param(
            "5月8日，宜宾锂电产业园项目完成竣工验收工作。",
            [("approval", "occurred", "2025-05-08")],
            id="完成竣工验收工作-done-stays",
        ),
        pytest.param(
            "5月8日，宜宾市召开工作会议，部署重大项目建设。",
            [("meeting", "occurred", "2025-05-08")],
            id="召开工作会议-held-stays",
        ),
        pytest.param(
            "5月8日，宜宾市成立工作专班，统筹推进项目建设。",
            [("founding", "occurred", "2025-05-08")],
            id="成立工作专班-a-body-stays",
        ),
        pytest.param(
            "5月8日，市委书记袁家军到重庆实验室检查指导工作。",
            [("other", "occurred", "2025-05-08")],
            id="检查指导工作-a-visit-stays",
        ),
        # the act told, its object or its time after it, stays
        pytest.param(
            "5月8日，双方签署合作协议，明确了合作内容。",
            [("signing", "occurred", "2025-05-08")],
            id="签署协议-then-内容-stays",
        ),
        pytest.param(
            "大湾区科学论坛永久会址项目正在奋斗实干中冲刺年内竣工目标。",
            [("construction", "planned", "2025")],
            id="竣工目标-a-plan-stays-027",
        ),
        pytest.param(
            "3月，长沙地铁6号线正式开工，标志着全市重大项目建设进入新阶段。",
            [("construction", "occurred", "2025-03")],
            id="开工-then-阶段-stays",
        ),
        pytest.param(
            "5月8日，成都天府国际机场正式通航。",
            [("opening", "occurred", "2025-05-08")],
            id="通航-stays",
        ),
    ],
)
def test_an_abstract_noun_the_act_qualifies_is_no_event(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act asked for, awaited or prepared (申请, 等待, 期待, 筹备, 报请, 提请 before it, a party
        # and adverbs between): a preparatory step, not done (260, 358; the class of 373 筹备成立,
        # 397 期待…, 259 等待…出炉)
        pytest.param(
            "县长韩大勇致辞，各项目单位负责人通过移动公司“云视讯”报告了项目准备情况并申请开工。",
            [],
            id="申请开工-260",
        ),
        pytest.param(
            "旭阳中燃300万吨焦化综合利用项目节能审查等待自治区发改委正式批复。", [], id="等待…批复-358"
        ),
        pytest.param("5月8日，宜宾市正在筹备成立新能源产业研究院。", [], id="筹备成立"),
        pytest.param("5月8日，宜宾市报请国务院批准设立宜宾综合保税区。", [], id="报请…批准设立"),
        pytest.param("5月8日，市政府提请市人大常委会审议通过《宜宾市促进条例》。", [], id="提请…审议通过"),
        # the request granted, or an act of its own after it, stays
        pytest.param(
            "5月8日，宜宾综合保税区申请通过国家验收。",
            [("approval", "occurred", "2025-05-08")],
            id="申请通过-granted-stays",
        ),
        pytest.param(
            "2019年，宁德时代申请入驻宜宾，2020年项目签约落地。",
            [("signing", "occurred", "2020")],
            id="申请入驻-then-签约落地-stays",
        ),
        pytest.param(
            "5月8日，宜宾市申请设立的综合保税区正式揭牌。",
            [("opening", "occurred", "2025-05-08")],
            id="申请设立的-then-揭牌-stays",
        ),
    ],
)
def test_an_act_asked_for_or_awaited_is_not_done(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a frame of contribution (为X奠定基础 / 打下基础 / 铺平道路 / 拉开序幕 / 创造条件 / 提供保障):
        # the act X names is the purpose of the step told before, not reported and not planned
        # (README: convention contribution frames; 016, 342, 464, seed 001)
        pytest.param(
            "7月16日下午3时,美的楼宇科技荆州产业园迎来第一台试生产产品下线,不仅为下月正式投产、批量化生产"
            "奠定基础,也标志着该产业园正式开启了发展的新征程。",
            [("production", "occurred", "2022-07-16")],
            id="为下月正式投产奠定基础-016",
        ),
        pytest.param(
            "1月29日，佛山市重大项目开工活动在高明举行，一块块展板介绍了一季度重大项目概况，"
            "为全市2023年重大项目建设正式拉开序幕。",
            [("construction", "occurred", "2022-01-29")],
            id="为…建设正式拉开序幕-464",
        ),
        pytest.param(
            "近日，宜宾港三期正式进入风险量产阶段，为2028年满产奠定基础，届时将大幅提升吞吐能力。",
            [("production", "occurred", "2022-06-19/2022-07-18")],
            id="为2028年满产奠定基础-seed-001",
        ),
        pytest.param(
            "5月8日，宜宾港三期工程正式封顶，为年底建成投用创造了条件。",
            [("construction", "occurred", "2022-05-08")],
            id="为…创造了条件",
        ),
        pytest.param(
            "5月8日，宜宾港三期工程开工，为2026年建成通航铺平了道路。",
            [("construction", "occurred", "2022-05-08")],
            id="为…铺平了道路",
        ),
        pytest.param(
            "5月8日，宜宾港三期工程开工，为明年投产提供了有力保障。",
            [("construction", "occurred", "2022-05-08")],
            id="为…提供了有力保障",
        ),
        # …or prepares it (449; 120 为正式营业做足准备)
        pytest.param(
            "论坛筹备工作组调动市(州)和相关单位征集了合作项目，为项目成功签约做了充分的准备。",
            [],
            id="为项目成功签约做了充分的准备-449",
        ),
        pytest.param(
            "5月8日，宜宾港三期工程完成设备调试，为年底投产做好准备。", [], id="为年底投产做好准备"
        ),
        # 为X + an act (揭牌, 奠基) is the act; a plan told before the frame stays a plan
        pytest.param(
            "5月8日，市领导为宜宾港三期工程奠基。",
            [("construction", "occurred", "2022-05-08")],
            id="为X奠基-stays",
        ),
        pytest.param(
            "5月8日，市长和院士共同为宜宾新能源研究院揭牌。",
            [("opening", "occurred", "2022-05-08")],
            id="为X揭牌-stays",
        ),
        pytest.param(
            "宜宾港三期工程将于2026年建成投产，为宜宾发展提供有力支撑。",
            [("production", "planned", "2026")],
            id="a-plan-before-the-frame-stays",
        ),
    ],
)
def test_an_act_a_step_lays_the_ground_for_is_no_event(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text, "2022-07-18") == expected
