"""One row per cue, alias word and trigger word of the event vocabulary (issue 11, finding 20).

The rows are written out here, not generated from `timeline/_events/vocab.py`: dropping a word
from the vocabulary (下称, 力争, 正在, …) must make its row fail, and a word added there without
a row fails `test_every_vocabulary_word_has_a_row`. Each row's sentence uses that word and no
other cue of its kind, and a control sentence without it shows the word is what decides.
"""

from __future__ import annotations

import pytest

from timeline import Article, events
from timeline._events import vocab

XFAIL_NO_SENTENCE = pytest.mark.xfail(
    strict=True, reason="known gap: no plain sentence with this trigger yields an event of its type"
)

XFAIL_ROW = pytest.param(None, marks=XFAIL_NO_SENTENCE)

ALIAS_INTRODUCERS = ["以下简称", "以下称", "下称", "简称"]

PLANNED_CUES = [
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
    "即将",
    "届时",
    "目标",
    "不久后",
    "定于",
    "确保",
    "准备",
]

ONGOING_CUES = {
    "正在": "重庆实验室二期正在建设阶段。",
    "加快建设": "重庆实验室二期加快建设阶段。",
    "推进中": "重庆实验室二期推进中建设阶段。",
    "正加快": "重庆实验室二期正加快建设。",
    "加速推进": "重庆实验室二期项目加速推进。",
    "正处于": "重庆实验室二期正处于建设阶段。",
    "处于": "重庆实验室二期处于建设阶段。",
    "正加速": "重庆实验室二期正加速建设阶段。",
    "正忙碌": "重庆实验室二期正忙碌建设。",
    "正紧张": "重庆实验室二期正紧张施工。",
    "正加紧": "重庆实验室二期正加紧施工。",
    "正抓紧": "重庆实验室二期正抓紧施工。",
    "加紧建设": "重庆实验室二期加紧建设。",
    "加紧施工": "重庆实验室二期加紧施工。",
    "抓紧建设": "重庆实验室二期抓紧建设。",
    "抓紧施工": "重庆实验室二期抓紧施工。",
    "稳步推进": "重庆实验室二期项目建设稳步推进。",
    "有序推进": "重庆实验室二期项目建设有序推进。",
    "顺利推进": "重庆实验室二期项目建设顺利推进。",
    "加快推进": "重庆实验室二期项目建设加快推进。",
    "如火如荼": "重庆实验室二期施工如火如荼。",
    "正酣": "重庆实验室二期施工正酣。",
}

TRIGGERS = [
    ("揭牌", "opening", "2025年12月20日，重庆实验室揭牌。"),
    ("启用", "opening", "2025年12月20日，重庆实验室启用。"),
    ("投用", "opening", "2025年12月20日，重庆实验室投用。"),
    ("建成投用", "opening", "2025年12月20日，重庆实验室建成投用。"),
    ("建成投运", "opening", "2025年12月20日，重庆实验室建成投运。"),
    ("建成投产", "production", "2025年12月20日，重庆实验室建成投产。"),
    ("投入使用", "opening", "2025年12月20日，重庆实验室投入使用。"),
    ("投入运行", "opening", "2025年12月20日，重庆实验室投入运行。"),
    ("投入运营", "opening", "2025年12月20日，重庆实验室投入运营。"),
    ("开园", "opening", "2025年12月20日，重庆实验室开园。"),
    ("开业", "opening", "2025年12月20日，重庆实验室开业。"),
    ("上线", "opening", "2025年12月20日，重庆实验室上线。"),
    ("开通", "opening", "2025年12月20日，重庆实验室开通。"),
    ("正式运营", "opening", "2025年12月20日，重庆实验室正式运营。"),
    ("启动运营", "opening", "2025年12月20日，重庆实验室启动运营。"),
    ("运营投用", "opening", "2025年12月20日，重庆实验室运营投用。"),
    ("正式运行", "opening", "2025年12月20日，重庆实验室正式运行。"),
    ("挂牌运行", "opening", "2025年12月20日，重庆实验室挂牌运行。"),
    ("投运", "opening", "2025年12月20日，重庆实验室投运。"),
    ("通车", "opening", "2025年12月20日，重庆实验室通车。"),
    ("开馆", "opening", "2025年12月20日，重庆实验室开馆。"),
    ("挂牌", "opening", "2025年12月20日，重庆实验室挂牌。"),
    ("试运行", "opening", "2025年12月20日，重庆实验室试运行。"),
    ("交付使用", "opening", "2025年12月20日，重庆实验室交付使用。"),
    ("揭牌启用", "opening", "2025年12月20日，重庆实验室揭牌启用。"),
    ("开城", "opening", "2025年12月20日，重庆实验室开城。"),
    ("开城运营", "opening", "2025年12月20日，重庆实验室开城运营。"),
    ("开放运行", "opening", "2025年12月20日，重庆实验室开放运行。"),
    ("试运营", "opening", "2025年12月20日，重庆轨道交通18号线试运营。"),
    ("正式开放", "opening", "2025年12月20日，重庆科技馆正式开放。"),
    ("建成开放", "opening", "2025年12月20日，重庆科技馆建成开放。"),
    ("竣工投用", "opening", "2025年12月20日，重庆科技馆竣工投用。"),
    ("竣工投运", "opening", "2025年12月20日，重庆东站竣工投运。"),
    ("通航", "opening", "2025年12月20日，重庆新机场通航。"),
    ("开航", "opening", "2025年12月20日，重庆新机场开航。"),
    ("首航", "opening", "2025年12月20日，重庆至曼谷航线首航。"),
    ("正式营业", "opening", "2025年12月20日，重庆来福士购物中心正式营业。"),
    ("开门营业", "opening", "2025年12月20日，重庆来福士购物中心开门营业。"),
    ("开张", "opening", "2025年12月20日，重庆来福士购物中心开张。"),
    ("开诊", "opening", "2025年12月20日，重庆医科大学附属第一医院金山医院开诊。"),
    ("交付投用", "opening", "2025年12月20日，重庆科学会堂交付投用。"),
    ("落成启用", "opening", "2025年12月20日，重庆科学会堂落成启用。"),
    ("成立", "founding", "2025年12月20日，重庆实验室成立。"),
    ("设立", "founding", "2025年12月20日，重庆实验室设立。"),
    ("组建", "founding", "2025年12月20日，重庆实验室组建。"),
    ("挂牌成立", "founding", "2025年12月20日，重庆实验室挂牌成立。"),
    ("注册成立", "founding", "2025年12月20日，重庆实验室注册成立。"),
    ("组建成立", "founding", "2025年12月20日，重庆实验室组建成立。"),
    ("牵头组建", "founding", "2025年12月20日，重庆实验室牵头组建。"),
    ("揭牌成立", "founding", "2025年12月20日，重庆实验室揭牌成立。"),
    ("创立", "founding", "2025年12月20日，重庆实验室创立。"),
    ("印发", "policy_release", "2025年12月20日，重庆实验室印发。"),
    ("出台", "policy_release", "2025年12月20日，重庆实验室出台。"),
    ("颁布", "policy_release", "2025年12月20日，重庆市政府颁布《重庆市科技创新条例》。"),
    ("施行", "policy_release", "2025年12月20日，重庆市政府施行《重庆市科技创新条例》。"),
    ("发布", "policy_release", "2025年12月20日，重庆市政府发布《重庆市科技创新条例》。"),
    ("公布", "policy_release", "2025年12月20日，重庆市政府公布《重庆市科技创新条例》。"),
    ("实施", "policy_release", "2025年12月20日，重庆市政府实施《重庆市科技创新条例》。"),
    ("通过", "policy_release", "2025年12月20日，重庆市人大常委会表决通过《重庆市科技创新促进条例》。"),
    ("推出", "policy_release", "2025年12月20日，重庆市政府推出《重庆市科技创新条例》。"),
    ("批复", "approval", "2025年12月20日，重庆实验室批复。"),
    ("获批", "approval", "2025年12月20日，重庆实验室获批。"),
    ("认定", "approval", "2025年12月20日，重庆实验室认定。"),
    ("授牌", "approval", "2025年12月20日，重庆实验室授牌。"),
    ("获评", "approval", "2025年12月20日，重庆实验室获评。"),
    ("授予", "approval", "2025年12月20日，重庆实验室授予。"),
    ("获授", "approval", "2025年12月20日，重庆实验室获授。"),
    ("被评为", "approval", "2025年12月20日，重庆实验室被评为。"),
    ("被认定为", "approval", "2025年12月20日，重庆实验室被认定为。"),
    ("入选", "approval", "2025年12月20日，重庆实验室入选。"),
    ("通过验收", "approval", "2025年12月20日，重庆实验室通过验收。"),
    ("获得", "approval", "2025年12月20日，重庆实验室获得国家批复。"),
    ("取得", "approval", "2025年12月20日，重庆东站项目取得施工许可证。"),
    ("批准设立", "approval", "2025年12月20日，重庆实验室批准设立。"),
    ("同意设立", "approval", "2025年12月20日，国务院同意设立重庆新区。"),
    ("批复设立", "approval", "2025年12月20日，国务院批复设立重庆新区。"),
    ("获批设立", "approval", "2025年12月20日，重庆新区获批设立。"),
    ("上榜", "approval", "2025年12月20日，重庆实验室上榜。"),
    ("入围", "approval", "2025年12月20日，重庆实验室入围。"),
    ("进行验收", "approval", "2025年12月20日，市发展改革委对重庆实验室进行验收。"),
    ("组织验收", "approval", "2025年12月20日，市发展改革委组织验收重庆实验室。"),
    ("完成验收", "approval", "2025年12月20日，重庆实验室完成验收。"),
    ("获准", "approval", "2025年12月20日，重庆实验室获准建设。"),
    ("获颁", "approval", "2025年12月20日，重庆实验室获颁国家级证书。"),
    ("荣获", "approval", "2025年12月20日，重庆实验室荣获全国先进集体称号。"),
    ("开工", "construction", "2025年12月20日，重庆实验室开工。"),
    ("动工", "construction", "2025年12月20日，重庆实验室动工。"),
    ("奠基", "construction", "2025年12月20日，重庆实验室奠基。"),
    ("封顶", "construction", "2025年12月20日，重庆实验室封顶。"),
    ("竣工", "construction", "2025年12月20日，重庆实验室竣工。"),
    ("完工", "construction", "2025年12月20日，重庆实验室完工。"),
    ("开(竣)工", "construction", "2025年12月20日，重庆实验室开(竣)工。"),
    ("开（竣）工", "construction", "2025年12月20日，重庆实验室开（竣）工。"),
    ("开竣工", "construction", "2025年12月20日，重庆实验室开竣工。"),
    ("开复工", "construction", "2025年12月20日，重庆实验室开复工。"),
    ("开(复)工", "construction", "2025年12月20日，重庆实验室开(复)工。"),
    ("开（复）工", "construction", "2025年12月20日，重庆实验室开（复）工。"),
    ("合龙", "construction", "2025年12月20日，重庆白居寺长江大桥合龙。"),
    ("破土动工", "construction", "2025年12月20日，重庆实验室破土动工。"),
    ("开始施工", "construction", "2025年12月20日，重庆实验室开始施工。"),
    ("进场施工", "construction", "2025年12月20日，重庆实验室进场施工。"),
    ("完成建设", "construction", "2025年12月20日，重庆实验室完成建设。"),
    ("落成", "construction", "2025年12月20日，重庆科学会堂落成。"),
    ("贯通", "construction", "2025年12月20日，重庆隧道贯通。"),
    ("建设高峰", "construction", "2025年12月20日，重庆实验室进入建设高峰。"),
    ("建成通车", "opening", "2025年12月20日，重庆大桥建成通车。"),
    ("完工通车", "opening", "2025年12月20日，重庆大桥完工通车。"),
    ("投产试运行", "production", "2025年12月20日，重庆工厂投产试运行。"),
    ("建成启用", "opening", "2025年12月20日，重庆实验室建成启用。"),
    ("取得圆满成功", "meeting", "2025年12月20日，重庆科技论坛取得圆满成功。"),
    ("圆满成功", "meeting", "2025年12月20日，重庆科技论坛圆满成功。"),
    ("圆满闭幕", "meeting", "2025年12月20日，重庆科技大会圆满闭幕。"),
    ("圆满落幕", "meeting", "2025年12月20日，重庆科技论坛圆满落幕。"),
    ("成功举办", "meeting", "2025年12月20日，重庆科技论坛成功举办。"),
    ("开工建设", "construction", "2025年12月20日，重庆实验室开工建设。"),
    ("开建", "construction", "2025年12月20日，重庆实验室开建。"),
    ("启动建设", "construction", "2025年12月20日，重庆实验室启动建设。"),
    ("建成", "construction", "2025年12月20日，重庆实验室建成。"),
    ("量产", "production", "2025年12月20日，重庆实验室量产。"),
    ("投产", "production", "2025年12月20日，重庆实验室投产。"),
    ("下线", "production", "2025年12月20日，重庆实验室下线。"),
    ("交付", "production", "2025年12月20日，重庆实验室交付。"),
    ("满产", "production", "2025年12月20日，重庆实验室满产。"),
    ("实现量产", "production", "2025年12月20日，重庆实验室实现量产。"),
    ("出货", "production", "2025年12月20日，重庆实验室出货。"),
    ("试生产", "production", "2025年12月20日，重庆实验室试生产。"),
    ("量产阶段", "production", "2025年12月20日，重庆实验室量产阶段。"),
    ("竣工投产", "production", "2025年12月20日，重庆海辰储能工厂竣工投产。"),
    ("投入生产", "production", "2025年12月20日，重庆海辰储能工厂投入生产。"),
    ("并网发电", "production", "2025年12月20日，重庆涪陵光伏电站并网发电。"),
    ("批量上市", "production", "2025年12月20日，重庆长安汽车新车型批量上市。"),
    ("试产", "production", "2025年12月20日，重庆海辰储能工厂试产。"),
    ("达产", "production", "2025年12月20日，重庆海辰储能工厂达产。"),
    ("达标达产", "production", "2025年12月20日，重庆海辰储能工厂达标达产。"),
    ("达纲达产", "production", "2025年12月20日，重庆海辰储能工厂达纲达产。"),
    ("签约", "signing", "2025年12月20日，重庆实验室签约。"),
    ("签署", "signing", "2025年12月20日，重庆实验室签署。"),
    ("签订", "signing", "2025年12月20日，重庆实验室签订。"),
    ("签约落地", "signing", "2025年12月20日，重庆实验室签约落地。"),
    ("签约落户", "signing", "2025年12月20日，华为重庆研究院签约落户。"),
    ("落地", "signing", "2025年12月20日，重庆实验室项目落地。"),
    ("入驻", "signing", "2025年12月20日，重庆实验室入驻。"),
    ("落户", "signing", "2025年12月20日，重庆实验室落户。"),
    ("召开", "meeting", "2025年12月20日，2025重庆科技成果转化大会在重庆召开。"),
    ("举行", "meeting", "2025年12月20日，2025重庆科技成果转化大会在重庆举行。"),
    ("开幕", "meeting", "2025年12月20日，2025重庆科技成果转化大会在重庆开幕。"),
    ("闭幕", "meeting", "2025年12月20日，2025重庆科技成果转化大会在重庆闭幕。"),
    ("启幕", "meeting", "2025年12月20日，2025重庆科技成果转化大会在重庆启幕。"),
    ("拉开帷幕", "meeting", "2025年12月20日，2025重庆科技成果转化大会在重庆拉开帷幕。"),
    ("落下帷幕", "meeting", "2025年12月20日，2025重庆科技成果转化大会在重庆落下帷幕。"),
    ("落幕", "meeting", "2025年12月20日，2025重庆科技成果转化大会在重庆落幕。"),
    ("举办", "meeting", "2025年12月20日，2025重庆科技成果转化大会在重庆举办。"),
    ("突破", "breakthrough", "2025年12月20日，重庆实验室在量子芯片领域取得突破。"),
    pytest.param("攻克", "breakthrough", None, marks=XFAIL_NO_SENTENCE),
    ("研发成功", "breakthrough", "2025年12月20日，重庆实验室研发成功。"),
    ("研制成功", "breakthrough", "2025年12月20日，重庆实验室研制成功。"),
    ("成功研制", "breakthrough", "2025年12月20日，重庆实验室成功研制。"),
    ("完成设计研发", "breakthrough", "2025年12月20日，重庆实验室完成设计研发。"),
    ("完成研制", "breakthrough", "2025年12月20日，重庆实验室完成研制。"),
    ("成功研发", "breakthrough", "2025年12月20日，重庆实验室成功研发新型固态电池。"),
    ("研发出", "breakthrough", "2025年12月20日，重庆实验室研发出新型固态电池。"),
    ("研制出", "breakthrough", "2025年12月20日，重庆实验室研制出新型固态电池。"),
    ("宣布", "announcement", "2025年12月20日，重庆实验室宣布。"),
    ("披露", "announcement", "2025年12月20日，重庆实验室披露。"),
    ("透露", "announcement", "2025年12月20日，重庆实验室透露。"),
    ("揭晓", "announcement", "2025年12月20日，重庆实验室揭晓。"),
    ("公示", "announcement", "2025年12月20日，重庆实验室公示。"),
    ("考察", "other", "2025年12月20日，市委书记袁家军到重庆实验室考察。"),
    ("调研", "other", "2025年12月20日，市委书记袁家军到重庆实验室调研。"),
    ("率队来到", "other", "2025年12月20日，市委书记袁家军率队来到重庆实验室。"),
    ("视察", "other", "2025年12月20日，习近平总书记视察重庆实验室。"),
    ("慰问", "other", "2025年12月20日，市委书记袁家军到重庆实验室慰问科研人员。"),
    ("参观学习", "other", "2025年12月20日，市委书记袁家军到重庆实验室参观学习。"),
    ("察看", "other", "2025年12月20日，市委书记袁家军到重庆实验室察看建设进度。"),
    ("检查指导", "other", "2025年12月20日，市委书记袁家军到重庆实验室检查指导工作。"),
    ("到访", "other", "2025年12月20日，市委书记袁家军到访重庆实验室。"),
    ("看望", "other", "2025年12月20日，市委书记袁家军到重庆实验室看望科研人员。"),
    ("走访", "other", "2025年12月20日，市委书记袁家军走访重庆实验室。"),
    ("接见", "meeting", "2025年12月20日，市委书记袁家军接见华为公司董事长徐直军。"),
    ("座谈", "meeting", "2025年12月20日，市委书记袁家军与科研人员座谈。"),
    ("会谈", "meeting", "2025年12月20日，市委书记袁家军与华为公司董事长徐直军会谈。"),
    ("会见", "meeting", "2025年12月20日，市委书记袁家军会见华为公司董事长徐直军。"),
    ("主持召开", "meeting", "2025年12月20日，市委书记袁家军主持召开市委常委会会议。"),
    ("莅临", "other", "2025年12月20日，市长胡衡华莅临重庆实验室指导工作。"),
    ("启动", "other", "2025年12月20日，重庆实验室启动。"),
    ("捐赠", "other", "2025年12月20日，重庆实验室捐赠。"),
    ("编制完成", "other", "2025年12月20日，重庆实验室编制完成。"),
    ("成功上市", "other", "2025年12月20日，重庆实验室成功上市。"),
    ("挂牌上市", "other", "2025年12月20日，重庆实验室挂牌上市。"),
    ("启动实施", "policy_release", "2025年12月20日，重庆市政府启动实施《重庆市科技创新条例》。"),
    ("出炉", "policy_release", "2025年12月20日，《重庆市重大项目清单》正式出炉。"),
    ("处于建设阶段", "construction", "2025年12月20日，重庆实验室处于建设阶段。"),
    ("建设阶段", "construction", "2025年12月20日，重庆实验室建设阶段。"),
    ("加快建设", "construction", "2025年12月20日，重庆实验室加快建设。"),
    ("正加快建设", "construction", "2025年12月20日，重庆实验室正加快建设。"),
    ("加速推进", "construction", "2025年12月20日，重庆实验室项目加速推进。"),
    pytest.param("建设推进中", "construction", None, marks=XFAIL_NO_SENTENCE),
    ("进入实体化运行", "opening", "2025年12月20日，重庆实验室进入实体化运行。"),
    ("实体化运行", "opening", "2025年12月20日，重庆实验室实体化运行。"),
    ("签约共建", "signing", "2025年12月20日，重庆实验室签约共建。"),
    pytest.param("共建", "founding", None, marks=XFAIL_NO_SENTENCE),
    pytest.param("列为", "approval", None, marks=XFAIL_NO_SENTENCE),
    pytest.param("确定为", "approval", None, marks=XFAIL_NO_SENTENCE),
]


def _extract(text: str, pub_date: str = "2025-12-30"):
    return events.extract(Article(text, pub_date))


def _statuses(text: str) -> set[str]:
    return {event.status for event in _extract(text).events}


@pytest.mark.parametrize("word", ALIAS_INTRODUCERS)
def test_alias_introducer(word: str) -> None:
    found = _extract(f"2025年12月20日，重庆市计量质量检测研究院（{word}“量测院”）揭牌。")
    assert [(e.name, e.aliases) for e in found.entities] == [("重庆市计量质量检测研究院", ("量测院",))]


def test_brackets_without_an_introducer_declare_no_alias() -> None:
    found = _extract("2025年12月20日，重庆市计量质量检测研究院（“量测院”）揭牌。")
    assert all(not e.aliases for e in found.entities)


@pytest.mark.parametrize("cue", PLANNED_CUES)
def test_planned_cue(cue: str) -> None:
    assert _statuses(f"2025年6月，重庆实验室{cue}建成投用。") == {"planned"}


def test_without_a_cue_the_same_sentence_reports_what_occurred() -> None:
    assert _statuses("2025年6月，重庆实验室建成投用。") == {"occurred"}


@pytest.mark.parametrize(("cue", "sentence"), list(ONGOING_CUES.items()))
def test_ongoing_cue(cue: str, sentence: str) -> None:
    assert cue in sentence
    assert _statuses(sentence) == {"ongoing"}


@pytest.mark.parametrize(("trigger", "event_type", "sentence"), TRIGGERS)
def test_trigger(trigger: str, event_type: str, sentence: str | None) -> None:
    assert sentence is not None and trigger in sentence
    found = _extract(sentence, "2026-01-30").events
    assert any(e.trigger == trigger and e.type == event_type for e in found), [
        (e.trigger, e.type) for e in found
    ]


def test_every_vocabulary_word_has_a_row() -> None:
    assert set(vocab.ALIAS_INTRODUCERS) <= set(ALIAS_INTRODUCERS)
    assert set(vocab.PLANNED_CUES) <= set(PLANNED_CUES)
    assert set(vocab.ONGOING_CUES) <= set(ONGOING_CUES)
    words = {row.values[0] if isinstance(row, type(XFAIL_ROW)) else row[0] for row in TRIGGERS}
    assert set(vocab.TRIGGERS) <= words
