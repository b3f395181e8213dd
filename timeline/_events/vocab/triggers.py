"""Trigger words: each word that tells an event, mapped to the event's type."""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Events.
# ---------------------------------------------------------------------------------------------

#: Trigger -> event type. In a clause the most specific trigger wins: the longest match, and
#: among equally long ones the earlier in TYPE_PRIORITY.
TRIGGERS: dict[str, str] = {
    # opening
    "揭牌": "opening",
    "启用": "opening",
    "投用": "opening",
    "建成投用": "opening",
    "建成投运": "opening",
    "建成投产": "production",
    "投入使用": "opening",
    "投入运行": "opening",
    "投入运营": "opening",
    "开园": "opening",
    "开业": "opening",
    # unveiled (重庆科技馆新馆揭幕)
    "揭幕": "opening",
    "上线": "opening",
    "开通": "opening",
    "正式运营": "opening",
    "启动运营": "opening",
    "运营投用": "opening",
    "正式运行": "opening",
    "挂牌运行": "opening",
    "投运": "opening",
    "通车": "opening",
    "开馆": "opening",
    "挂牌": "opening",
    "试运行": "opening",
    "投产试运行": "production",
    "交付使用": "opening",
    "建成通车": "opening",
    "完工通车": "opening",
    "揭牌启用": "opening",
    "建成启用": "opening",
    "开城": "opening",
    "开城运营": "opening",
    "开放运行": "opening",
    "试运营": "opening",
    "正式开放": "opening",
    "建成开放": "opening",
    "竣工投用": "opening",
    "竣工使用": "opening",
    "建成使用": "opening",
    "竣工投运": "opening",
    "通航": "opening",
    "开航": "opening",
    "首航": "opening",
    # a new service sets off (首列中欧班列正式启程, 首发)
    "启程": "opening",
    "首发": "opening",
    # a train or route leaving its first station (首列“兰州号”中欧班列21日从兰州新区始发)
    "始发": "opening",
    # opened on trial or run once built (陕西考古博物馆将于4月28日试行开放, 项目计划年底建成运营)
    "试行开放": "opening",
    "试开放": "opening",
    "建成运营": "opening",
    # launches and first flights: milestones of no other type
    "成功发射": "other",
    "发射升空": "other",
    "首飞": "other",
    # history: when a place or work was begun, or raised in rank
    "始建于": "construction",
    # founded in a year (武汉市第六医院创建于1952年): 创建 alone is an aim (创建国家级示范区), with 于
    # it completes 成立于, 创立于, 创办于, 组建于, which their triggers already read
    "创建于": "founding",
    "被批准为": "approval",
    "正式营业": "opening",
    "开门营业": "opening",
    "开张": "opening",
    "开诊": "opening",
    # a service or a site opens to its users (开门迎客, 试营业, 班列开行, 新院区正式接诊, 转入运营)
    "开门迎客": "opening",
    "试营业": "opening",
    "开行": "opening",
    "正式接诊": "opening",
    "开始接诊": "opening",
    "转入运营": "opening",
    "投入商业运行": "opening",
    "全面运行": "opening",
    "对外营业": "opening",
    # a building handed over for use when done (新校区建成交付): not goods delivered
    "建成交付": "opening",
    "竣工交付": "opening",
    # a port or a border crossing opened (新港区正式开港, 铁路口岸正式通关)
    "开港": "opening",
    "正式通关": "opening",
    # opened to run, built and run, a route resumed (新馆开放运营, 第二水厂建成运行, 航线正式复航)
    "开放运营": "opening",
    "建成运行": "opening",
    "复航": "opening",
    "交付投用": "opening",
    "落成启用": "opening",
    # a building finished and handed over (住宅和写字楼全面落成交付)
    "落成交付": "opening",
    # founding
    "成立": "founding",
    "设立": "founding",
    "批准设立": "approval",
    "同意设立": "approval",
    "批复设立": "approval",
    "获批设立": "approval",
    "组建": "founding",
    "挂牌成立": "founding",
    "注册成立": "founding",
    "组建成立": "founding",
    "牵头组建": "founding",
    "揭牌成立": "founding",
    "创立": "founding",
    # a firm or a school started (农民李安民1983年创办的安民焦化厂, 集团创办职业学院)
    "创办": "founding",
    # a periodical or a book published (主办发行《垣民之友》期刊, 出版《…》刊物): with a title only
    "出版": "other",
    "发行": "other",
    "创刊": "other",
    "选举产生": "other",
    "选举了": "other",
    # an authority's decision, what it decides following (市委决定调整开发区管理体制)
    "决定": "other",
    # …its consent or a remit granted, what it allows following (中央政府同意澳门大学迁建珠海横琴岛,
    # 全国人大常委会授权澳门特别行政区对…实施管辖)
    "同意": "approval",
    "授权": "approval",
    # a place freed, a seat moved (垣曲全境解放, 县城由古城镇迁至新城镇): milestones of history
    "全境解放": "other",
    "和平解放": "other",
    "宣告解放": "other",
    "迁至": "other",
    "迁往": "other",
    "搬迁至": "other",
    # …a body's seat moved into a place (北京市级行政中心正式迁入城市副中心)
    "迁入": "other",
    # …moved toward a quarter (东直门医院主体东迁), transferred to another authority (公交集团公司从市
    # 建设局正式整体划转至市交通局), or its move done (研究院顺利完成搬迁工作)
    "东迁": "other",
    "西迁": "other",
    "南迁": "other",
    "北迁": "other",
    "划转至": "other",
    "划转到": "other",
    "完成搬迁": "other",
    # a body's identity changed: renamed or raised in rank (机场升格为国际机场, 医院更名为重庆市人民
    # 医院); merged or put under another's management: TRIGGER_PATTERNS. Not 命名为, which confers a
    # name or a title on a thing (被命名为…示范区 is an approval, 将…学院楼命名为“周光召楼” the content
    # of an announcement)
    "更名": "other",
    "改名": "other",
    "易名": "other",
    "升格": "other",
    # a company registered (完成工商注册)
    "完成工商注册": "founding",
    "完成注册": "founding",
    # policy_release
    "印发": "policy_release",
    # a document issued down or signed out by an authority (国家旅游局下发《关于…的通知》, 省长签发
    # 《…令》): like 颁布, only with the document in 《》 (NEEDS_DOCUMENT)
    "下发": "policy_release",
    "签发": "policy_release",
    "出台": "policy_release",
    # a plan drawn up and done (黄埔区制定了“百大项目庆百年”大会战方案): only with its document named;
    # not a document's own preamble (制定本实施方案) nor a duty (配套制定行动方案)
    "制定了": "policy_release",
    "颁布": "policy_release",
    "施行": "policy_release",
    "发布": "policy_release",
    "公布": "policy_release",
    "实施": "policy_release",
    "通过": "policy_release",
    "推出": "policy_release",
    # a law or plan adopted or in force: like 实施, only with a document in the clause
    # (《苏州市数据条例》经市人大常委会审议通过, 《…条例》正式生效)
    "审议通过": "policy_release",
    "表决通过": "policy_release",
    "生效": "policy_release",
    # approval
    "批复": "approval",
    "获批": "approval",
    "认定": "approval",
    "授牌": "approval",
    "获评": "approval",
    "授予": "approval",
    "获授": "approval",
    "被评为": "approval",
    "被认定为": "approval",
    "入选": "approval",
    "通过验收": "approval",
    "获得": "approval",
    "取得": "approval",
    "上榜": "approval",
    "入围": "approval",
    "进行验收": "approval",
    "组织验收": "approval",
    "完成验收": "approval",
    "获准": "approval",
    "获颁": "approval",
    "荣获": "approval",
    # a title won (潭江半岛酒店荣膺五星级旅游涉外饭店)
    "荣膺": "approval",
    # titles and ranks won (被命名为…示范区, 成功创建国家级绿色园区, 跻身全国百强), a filing or a
    # project approval done (完成备案, 完成立项), works accepted (完成竣工验收)
    "被命名为": "approval",
    "成功创建": "approval",
    "跻身": "approval",
    "完成备案": "approval",
    "完成立项": "approval",
    "正式立项": "approval",
    "交工验收": "approval",
    # titles or licences won, taken or issued: like 获得, only with a granted thing after them
    # (斩获…称号, 喜获金奖, 拿到施工许可证, 为项目颁发施工许可证, 核发首张营业执照)
    "斩获": "approval",
    # a ranking reached (荣登全国百强园区榜单)
    "荣登": "approval",
    "喜获": "approval",
    "拿到": "approval",
    "领到": "approval",
    "颁发": "approval",
    "核发": "approval",
    "竣工验收": "approval",
    "完成竣工验收": "approval",
    # construction
    "开工": "construction",
    "动工": "construction",
    "奠基": "construction",
    "封顶": "construction",
    "竣工": "construction",
    "完工": "construction",
    "开(竣)工": "construction",
    "开（竣）工": "construction",
    "开竣工": "construction",
    "开复工": "construction",
    "开(复)工": "construction",
    "开（复）工": "construction",
    "合龙": "construction",
    "破土动工": "construction",
    # ground turned at a ceremony (产业园“动土”仪式, 项目正式动土)
    "动土": "construction",
    # ground broken for a building's pit (扩建工程正式破土开槽), a bridge spanned (其余3座可望今年架通)
    "破土开槽": "construction",
    "架通": "construction",
    # a tunnel entered, all tunnels through, works handed over (隧道正式进洞施工, 全线洞通, 顺利交工)
    "进洞": "construction",
    "进洞施工": "construction",
    "洞通": "construction",
    # a rail line's track laid through (南延线全线顺利实现“轨通”)
    "轨通": "construction",
    "交工": "construction",
    "开始施工": "construction",
    "进场施工": "construction",
    "完成建设": "construction",
    "落成": "construction",
    "贯通": "construction",
    # a rail line's track laid through (全线铺通), a first pile drilled (首根桩基开钻), the last stage
    # of a line's works (联调联试)
    "铺通": "construction",
    "开钻": "construction",
    "联调联试": "construction",
    "建设高峰": "construction",
    "开工建设": "construction",
    "开建": "construction",
    "启动建设": "construction",
    "建成": "construction",
    # production
    "量产": "production",
    "投产": "production",
    "下线": "production",
    "交付": "production",
    "满产": "production",
    "实现量产": "production",
    "出货": "production",
    "试生产": "production",
    "量产阶段": "production",
    "竣工投产": "production",
    "投入生产": "production",
    "并网发电": "production",
    "批量上市": "production",
    "试产": "production",
    # a plant or line run for trial or for good, its first vehicles made (青钢上半年将试车生产,
    # 争取年底实现正式生产, 到今年9月份正式出样车)
    "试车生产": "production",
    "正式生产": "production",
    "出样车": "production",
    # a plant or unit joins the grid or fires up (全容量并网, 1号机组首次并网成功, 锅炉点火成功)
    "全容量并网": "production",
    "并网成功": "production",
    "并网运行": "production",
    "点火成功": "production",
    # a chemical plant or a line run for the first time (装置一次投料开车成功, 生产线试车成功), a
    # plant on the grid (储能电站成功并网, 风电场年底并网投运), a station generating (1956年10月正式发电)
    "开车成功": "production",
    "投料开车": "production",
    "试车成功": "production",
    "成功并网": "production",
    "并网投运": "production",
    "正式发电": "production",
    # vehicles or ships handed over to their buyers (交车仪式, 首制船交船)
    "交车": "production",
    "交船": "production",
    # a plant run through end to end, at full load, or its works handed over for start-up
    # (EVA装置顺利打通全流程, 满负荷运行, 聚甲醛项目实现中交)
    "打通全流程": "production",
    "全流程打通": "production",
    "满负荷运行": "production",
    "满负荷生产": "production",
    "实现中交": "construction",
    "工程中交": "construction",
    # design capacity reached (预计2017年达标达产)
    "达产": "production",
    "达标达产": "production",
    "达纲达产": "production",
    # signing
    "签约": "signing",
    # the signatures put to an agreement at a ceremony (举行…项目签字仪式): CEREMONY_ONLY_TRIGGERS
    "签字": "signing",
    "签署": "signing",
    "签订": "signing",
    "签约落地": "signing",
    "签约落户": "signing",
    # ties concluded (与杜塞尔多夫市缔结友好城市关系, 缔结合作协议)
    "缔结": "signing",
    # a project settling in a place (项目正式落子两江新区), as 落地
    "落子": "signing",
    "落地": "signing",
    "入驻": "signing",
    "进驻": "signing",
    "落户": "signing",
    # partners joined (宁德时代与宜宾市牵手合作)
    "牵手": "signing",
    # meeting
    "召开": "meeting",
    # a rally (数万名群众在城关隆重集会)
    "集会": "meeting",
    "举行": "meeting",
    "开幕": "meeting",
    "闭幕": "meeting",
    "启幕": "meeting",
    # a meeting reported by its outcome (“…论坛”取得圆满成功, 大会圆满闭幕)
    "取得圆满成功": "meeting",
    "圆满成功": "meeting",
    "圆满闭幕": "meeting",
    "圆满落幕": "meeting",
    "成功举办": "meeting",
    "拉开帷幕": "meeting",
    "落下帷幕": "meeting",
    "落幕": "meeting",
    "举办": "meeting",
    # breakthrough
    "突破": "breakthrough",
    "攻克": "breakthrough",
    "研发成功": "breakthrough",
    "研制成功": "breakthrough",
    "成功研制": "breakthrough",
    "完成设计研发": "breakthrough",
    "完成研制": "breakthrough",
    "成功研发": "breakthrough",
    "研发出": "breakthrough",
    "研制出": "breakthrough",
    # a chip's first tape-out works (芯片流片成功)
    "流片成功": "breakthrough",
    # announcement
    "宣布": "announcement",
    "披露": "announcement",
    "透露": "announcement",
    "揭晓": "announcement",
    "公示": "announcement",
    # results or a list made known by an authority (工信部通报了…评价结果); like 发布, only with a
    # thing announced after it
    "通报": "announcement",
    # other
    "考察": "other",
    "调研": "other",
    "率队来到": "other",
    # a visitor arriving at a site (张建民一行先后来到…施工现场; VISIT_ARRIVALS: only then)
    "来到": "other",
    "视察": "other",
    "莅临": "other",
    # visits told by what the visitor did there (spec: a visit has the visitor as subject)
    "慰问": "other",
    "参观学习": "other",
    "察看": "other",
    "检查指导": "other",
    "到访": "other",
    "看望": "other",
    "走访": "other",
    # a meeting between people, and one a person convenes (spec: meetings are typed meeting)
    "会见": "meeting",
    "接见": "meeting",
    "座谈": "meeting",
    "会谈": "meeting",
    "主持召开": "meeting",
    "启动": "other",
    "捐赠": "other",
    "编制完成": "other",
    "成功上市": "other",
    "首发上市": "other",
    "挂牌上市": "other",
    "启动实施": "policy_release",
    # a named reform put in force (正式实行“一枚印章管审批”): a title or a quoted name after it
    "实行": "policy_release",
    "出炉": "policy_release",
    "处于建设阶段": "construction",
    "建设阶段": "construction",
    "加快建设": "construction",
    "正加快建设": "construction",
    "加速推进": "construction",
    "建设推进中": "construction",
    "进入实体化运行": "opening",
    "实体化运行": "opening",
    "签约共建": "signing",
    "共建": "founding",
    "列为": "approval",
    "确定为": "approval",
}

TYPE_PRIORITY = (
    "opening",
    "founding",
    "production",
    "construction",
    "approval",
    "signing",
    "policy_release",
    "breakthrough",
    "meeting",
    "announcement",
    "other",
)
