"""Place vocabulary: provinces, cities, districts and counties, and the words that bound a place name."""

from __future__ import annotations

#: Chinese provinces (and province-level cities/regions), full name -> short forms.
PROVINCES: dict[str, tuple[str, ...]] = {
    "北京市": ("北京",),
    "天津市": ("天津",),
    "上海市": ("上海",),
    "重庆市": ("重庆",),
    "河北省": ("河北",),
    "山西省": ("山西",),
    "辽宁省": ("辽宁",),
    "吉林省": (),
    "黑龙江省": ("黑龙江",),
    "江苏省": ("江苏",),
    "浙江省": ("浙江",),
    "安徽省": ("安徽",),
    "福建省": ("福建",),
    "江西省": ("江西",),
    "山东省": ("山东",),
    "河南省": ("河南",),
    "湖北省": ("湖北",),
    "湖南省": ("湖南",),
    "广东省": ("广东",),
    "海南省": ("海南",),
    "四川省": ("四川",),
    "贵州省": ("贵州",),
    "云南省": ("云南",),
    "陕西省": ("陕西",),
    "甘肃省": ("甘肃",),
    "青海省": ("青海",),
    "台湾省": ("台湾",),
    "内蒙古自治区": ("内蒙古",),
    "广西壮族自治区": ("广西",),
    "西藏自治区": ("西藏",),
    "宁夏回族自治区": ("宁夏",),
    "新疆维吾尔自治区": ("新疆",),
    "香港特别行政区": ("香港",),
    "澳门特别行政区": ("澳门",),
}

#: Major cities outside Chongqing, full name -> short forms.
CITIES: dict[str, tuple[str, ...]] = {
    "成都市": ("成都",),
    "绵阳市": ("绵阳",),
    "德阳市": ("德阳",),
    "遂宁市": ("遂宁",),
    "宜宾市": ("宜宾",),
    "泸州市": ("泸州",),
    "南充市": ("南充",),
    "乐山市": ("乐山",),
    "自贡市": ("自贡",),
    "内江市": ("内江",),
    "眉山市": ("眉山",),
    "资阳市": ("资阳",),
    "达州市": ("达州",),
    "广安市": ("广安",),
    "雅安市": ("雅安",),
    "攀枝花市": ("攀枝花",),
    "广元市": ("广元",),
    "巴中市": ("巴中",),
    "西安市": ("西安",),
    "武汉市": ("武汉",),
    "贵阳市": ("贵阳",),
    "昆明市": ("昆明",),
    "长沙市": ("长沙",),
    "南京市": ("南京",),
    "杭州市": ("杭州",),
    "广州市": ("广州",),
    "深圳市": ("深圳",),
    "合肥市": ("合肥",),
    "郑州市": ("郑州",),
    "苏州市": ("苏州",),
}

#: The prefecture-level cities of every province, by province (a city of unseen news is a place,
#: not part of a name): each is known as "X市" and, unless listed in CITY_SHORT_NOT_NAMES, as X.
PREFECTURE_CITIES = {
    "河北": "石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水",
    "山西": "太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁",
    "内蒙古": "呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布",
    "辽宁": "沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛",
    "吉林": "长春 吉林 四平 辽源 通化 白山 松原 白城",
    "黑龙江": "哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化",
    "江苏": "南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁",
    "浙江": "杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水",
    "安徽": "合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城",
    "福建": "福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德",
    "江西": "南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶",
    "山东": "济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽",
    "河南": "郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店",
    "湖北": "武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州",
    "湖南": "长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底",
    "广东": "广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 "
    "揭阳 云浮",
    "广西": "南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左",
    "海南": "海口 三亚 三沙 儋州",
    "四川": "成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳",
    "贵州": "贵阳 六盘水 遵义 安顺 毕节 铜仁",
    "云南": "昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧",
    "西藏": "拉萨 日喀则 昌都 林芝 山南 那曲",
    "陕西": "西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛",
    "甘肃": "兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南",
    "青海": "西宁 海东",
    "宁夏": "银川 石嘴山 吴忠 固原 中卫",
    "新疆": "乌鲁木齐 克拉玛依 吐鲁番 哈密",
}
#: City names that are everyday words or other places too (大同, 朝阳, 日照, 安康, 中山…):
#: known only with 市.
CITY_SHORT_NOT_NAMES = (
    "大同",
    "朝阳",
    "吉林",
    "白山",
    "黑河",
    "长治",
    "开封",
    "日照",
    "安康",
    "黄山",
    "白银",
    "中山",
    "北海",
    "来宾",
    "海口",
    "山南",
    "中卫",
    "四平",
    "武威",
    "河池",
)
for _cities in PREFECTURE_CITIES.values():
    for _city in _cities.split():
        CITIES.setdefault(_city + "市", () if _city in CITY_SHORT_NOT_NAMES else (_city,))

#: The autonomous prefectures, full name -> the name they go by: each is the entity that name and
#: 州 (昌吉州, as news names them), known by its full name too and, unless the name is another
#: place or an everyday word (大理, 红河, 海南), by the name alone.
AUTONOMOUS_PREFECTURES = {
    "延边朝鲜族自治州": "延边",
    "恩施土家族苗族自治州": "恩施",
    "湘西土家族苗族自治州": "湘西",
    "阿坝藏族羌族自治州": "阿坝",
    "甘孜藏族自治州": "甘孜",
    "凉山彝族自治州": "凉山",
    "黔东南苗族侗族自治州": "黔东南",
    "黔南布依族苗族自治州": "黔南",
    "黔西南布依族苗族自治州": "黔西南",
    "楚雄彝族自治州": "楚雄",
    "红河哈尼族彝族自治州": "红河",
    "文山壮族苗族自治州": "文山",
    "西双版纳傣族自治州": "西双版纳",
    "大理白族自治州": "大理",
    "德宏傣族景颇族自治州": "德宏",
    "怒江傈僳族自治州": "怒江",
    "迪庆藏族自治州": "迪庆",
    "临夏回族自治州": "临夏",
    "甘南藏族自治州": "甘南",
    "海北藏族自治州": "海北",
    "黄南藏族自治州": "黄南",
    "海南藏族自治州": "海南",
    "果洛藏族自治州": "果洛",
    "玉树藏族自治州": "玉树",
    "海西蒙古族藏族自治州": "海西",
    "昌吉回族自治州": "昌吉",
    "博尔塔拉蒙古自治州": "博尔塔拉",
    "巴音郭楞蒙古自治州": "巴音郭楞",
    "克孜勒苏柯尔克孜自治州": "克孜勒苏",
    "伊犁哈萨克自治州": "伊犁",
}
#: Names of prefectures that are everyday words or other places too: known only with 州.
PREFECTURE_SHORT_NOT_NAMES = ("湘西", "红河", "文山", "大理", "怒江", "海南", "海北", "伊犁", "甘南", "玉树")
for _full, _name in AUTONOMOUS_PREFECTURES.items():  # named as the news names them: 昌吉州
    CITIES.setdefault(_name + "州", (_full, *(() if _name in PREFECTURE_SHORT_NOT_NAMES else (_name,))))

#: Districts and counties of Chongqing and Chengdu, and national new areas, full name -> short
#: forms (short forms that are everyday words, such as 长寿 or 南岸, are left out).
DISTRICTS: dict[str, tuple[str, ...]] = {
    "万州区": ("万州",),
    "涪陵区": ("涪陵",),
    "渝中区": ("渝中",),
    "大渡口区": ("大渡口",),
    "江北区": (),
    "沙坪坝区": ("沙坪坝",),
    "九龙坡区": ("九龙坡",),
    "南岸区": (),
    "北碚区": ("北碚",),
    "綦江区": ("綦江",),
    "大足区": ("大足",),
    "渝北区": ("渝北",),
    "巴南区": ("巴南",),
    "黔江区": ("黔江",),
    "长寿区": (),
    "江津区": ("江津",),
    "合川区": ("合川",),
    "永川区": ("永川",),
    "南川区": ("南川",),
    "璧山区": ("璧山",),
    "铜梁区": ("铜梁",),
    "潼南区": ("潼南",),
    "荣昌区": ("荣昌",),
    "开州区": ("开州",),
    "梁平区": ("梁平",),
    "武隆区": ("武隆",),
    "城口县": ("城口",),
    "丰都县": ("丰都",),
    "垫江县": ("垫江",),
    "忠县": (),
    "云阳县": ("云阳",),
    "奉节县": ("奉节",),
    "巫山县": ("巫山",),
    "巫溪县": ("巫溪",),
    "石柱土家族自治县": ("石柱县",),
    "秀山土家族苗族自治县": ("秀山县",),
    "酉阳土家族苗族自治县": ("酉阳县",),
    "彭水苗族土家族自治县": ("彭水县",),
    "两江新区": (),
    "天府新区": (),
    # the other national new areas not named after a city (兰州新区 is 兰州 and a zone)
    "浦东新区": ("浦东",),
    "滨海新区": (),
    "舟山群岛新区": (),
    "南沙新区": (),
    "西咸新区": ("西咸",),
    "贵安新区": ("贵安",),
    "西海岸新区": (),
    "金普新区": (),
    "湘江新区": (),
    "江北新区": (),
    "滇中新区": (),
    "赣江新区": (),
    "雄安新区": ("雄安",),
    "重庆高新区": (),
    "万盛经开区": (),
    "锦江区": (),
    "青羊区": (),
    "金牛区": (),
    "武侯区": (),
    "成华区": (),
    "龙泉驿区": ("龙泉驿",),
    "新都区": (),
    "温江区": ("温江",),
    "双流区": ("双流",),
    "郫都区": ("郫都",),
    "新津区": ("新津",),
}

#: A county or district named after its province or city (福建东山县, 银川市兴庆区) ends with
#: one of these; a name ending so before 与/和/及 is a party of its own (兴庆区与苏银产业园).
COUNTY_SUFFIXES = ("县", "区", "市", "旗")
#: The level of a place no table holds, by its last character: what 我市 / 我区 / 我县 may name.
PLACE_SUFFIX_LEVELS = {"city": ("市",), "district": ("区", "县", "旗")}
#: How often the two characters of a place no table holds must come back in an article before
#: 我市 / 我区 may be read as that place (福清市 … 福清拔萃双语学校 … 福清速度).
SELF_NAMED_REPEATS = 2
#: How many such places, the first named, are weighed (each is counted over the whole text).
SELF_NAMED_CANDIDATES = 16
#: The last character of a city's full name (a municipality, 天津市, is a city too).
CITY_SUFFIX = "市"
#: Two characters before those suffixes that name no county (主城区, 中心城区, 各区县…).
#: Suffixes that name a county wherever two characters stand before them (都兰县, 四子王旗 is
#: longer and needs the tables), not only after a province or city of the tables.
COUNTY_ONLY_SUFFIXES = ("县", "旗")
#: Characters after which such a county may start (a preposition, a conjunction, a prefecture).
BEFORE_COUNTY = "在于到赴和与及州盟省市"
#: Characters after 县 that make it part of another word (县城, 县委, 县级 are still the county's,
#: but 县域 words are kept; 县长 is a title).
NOT_AFTER_COUNTY = "长"
NOT_COUNTY_NAMES = (
    "主城",
    "城区",
    "市区",
    "中心",
    "全市",
    "全区",
    "全县",
    "所辖",
    "下辖",
    "各区",
    "郊区",
    "辖区",
    "新城",
    "城市",
    "老城",
    "片区",
    "园区",
    "景区",
    "社区",
    "街区",
    "开发",
    "高新",
    "经开",
    "保税",
    "示范",
    "试验",
    "自贸",
    "产业",
    "功能",
    "核心",
    "重点",
    "城乡",
    "各县",
    "各市",
    "贫困",
    "山区",
    "产粮",
    "百强",
    "全国",
    "其他",
    "所在",
    "周边",
    "邻近",
    "试点",
    "先进",
    "强县",
    "大县",
    "农业",
    "工业",
    "旅游",
    "生态",
)

#: One-character names of places, recognised only right after a verb of place (来渝, 在蓉).
PLACE_ABBREVIATIONS: dict[str, str] = {"渝": "重庆市", "蓉": "成都市", "川": "四川省"}
PLACE_ABBREVIATION_AFTER = ("在", "来", "赴", "抵", "到", "驻", "留", "落户")

#: Zones written after a city or district name make one place (成都高新区, 璧山高新区).
ZONE_SUFFIXES = ("高新区", "经开区", "新区", "开发区", "自贸试验区", "保税区")
