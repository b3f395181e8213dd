"""People vocabulary: titles, the words after a person's name, and surnames."""

from __future__ import annotations

#: Titles and roles after which a person's name follows (市科技局局长明炬, 院士钱锋).
PERSON_TITLES = (
    "党委书记",
    "党委副书记",
    "党工委副书记",
    "党工委书记",
    "党组书记",
    "党组成员",
    "党委委员",
    "书记",
    "副书记",
    "局长",
    "副局长",
    "院长",
    "副院长",
    "院长助理",
    "校长",
    "副校长",
    "所长",
    "副所长",
    "主任",
    "副主任",
    "总经理",
    "副总经理",
    "总经理助理",
    "经理",
    "董事长",
    "副董事长",
    "总裁",
    "负责人",
    "主要负责人之一",
    "负责人之一",
    "教授",
    "研究员",
    "院士",
    "主席",
    "副主席",
    "专职副主席",
    "常委",
    "部长",
    "副部长",
    "科长",
    "委员",
    "市长",
    "副市长",
    "区长",
    "副区长",
    "省长",
    "副省长",
    "科研骨干",
    "工程师",
    "测试工程师",
    "科研人员",
    "驾驶员",
)

#: What may follow a person's name: speech and action verbs, or punctuation.
AFTER_NAME = (
    "说",
    "表示",
    "建议",
    "认为",
    "介绍",
    "告诉",
    "透露",
    "称",
    "指出",
    "强调",
    "提到",
    "率队",
    "率领",
    "领衔",
    "带来",
    "指着",
    "驾驶",
    "在",
    "与",
    "等",
    "对",
    "向",
    "接受",
    "听取",
    "到",
    "赴",
    # a visitor comes to a place (副省长张建民来海东调研, 市长王勇来渝考察)
    "来",
    "来到",
    "前往",
    "出席",
    "会见",
    "主持",
    "调研",
    "考察",
    "视察",
    "莅临",
    # what a visitor does on a visit (张国智察看了…, 陈鸣波深入…调研, 胡衡华慰问…)
    "接见",
    "座谈",
    "会谈",
    "察看",
    "查看",
    "深入",
    "慰问",
    "看望",
    "检查",
    "参观",
    "到访",
    "走访",
    "带队",
    "实地",
    "一行",
    # adverbs between a visitor and the visit (王勇先后来到…, 李强专程前往…, 陈敏再次调研…)
    "先后",
    "分别",
    "再次",
    "专程",
    "亲自",
    "一同",
    "随后",
    # every mark that ends a clause or a sentence, in both widths (市长尤猛军,市委常委…)
    *("，", ",", "。", "；", ";", "：", ":", "！", "!", "？", "?", "、", "”", '"'),
)

#: How far before a title its organisation may end, in characters.
AFFILIATION_REACH = 24

#: Titles written after the name (习近平总书记).
TITLES_AFTER_NAME = ("总书记", "委员")

#: Family names: a person's name must start with one, which keeps verbs out of names.
SURNAMES = (
    "习王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘"
    "祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟"
    "艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞"
    "姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝禹"
    "卿谌蹇母敬幸练庹粟况税晋勾占代但揭铁漆伏"
)
#: Two-character family names.
DOUBLE_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "令狐", "慕容")
