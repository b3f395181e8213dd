"""Features and model of the learned keep filter of events (`event_filter.py`): general,
cheap features of an event the rules emit, and a logistic regression's weights over them.

Each event gets binary features: its trigger and type, status, where its date was written and at
what grain, where its clause stands in the article (first line, list item, caption, short line),
what its subject is (type, where it is named, its head and first character, marks inside it),
classes of cue words in the clause (`CLAUSE_CUES`, before or after the trigger, in pairs), and
whether an earlier event of the article had its type and subject or sentence. Scoring is one
dict lookup per feature. Measured, not adopted: benchmarks/README.md, "event_filter.py".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.model import Event

#: Word classes looked for in an event's clause, by the feature name they give.
CLAUSE_CUES: dict[str, tuple[str, ...]] = {
    "modal": ("将", "拟", "计划", "预计", "力争", "争取", "有望", "即将", "确保", "目标"),
    "ongoing": ("正在", "加快", "推进", "加速", "持续"),
    "past": ("已", "已经", "先后", "相继", "曾"),
    "count": ("个", "家", "项", "批", "座", "条", "栋", "期"),
    "money": ("亿元", "万元", "元", "美元"),
    "share": ("%", "％", "百分", "比重", "占比", "同比", "增长"),
    "total": ("累计", "共", "总", "合计", "全年", "上半年", "一季度"),
    "many": ("一批", "多个", "一系列", "多家", "众多", "各类", "一大批", "等"),
    "speech": ("表示", "介绍", "说", "称", "指出", "认为", "强调", "透露"),
    "condition": ("后", "一旦", "如果", "若", "只要", "之后", "以来", "随着"),
    "negation": ("未", "不", "没有", "尚未", "无"),
    "first": ("首", "第一", "首次", "首个", "首家", "首批"),
    "formal": ("正式", "隆重", "顺利", "成功"),
    "ceremony": ("仪式", "活动", "大会", "会议", "现场"),
    "title": ("《",),
    "quote": ("“", "\""),
    "aim": ("为了", "旨在", "助力", "推动", "促进", "以便"),
    "pronoun": ("该", "其", "这", "此", "本"),
    "person": ("书记", "市长", "省长", "主任", "局长", "院士", "董事长", "总经理"),
}

#: How a line opens when it is an item of a list or a numbered headline.
LIST_OPENERS = tuple("0123456789０１２３４５６７８９一二三四五六七八九十（(●■◆▲★•·▶>-—")

#: Words that make a line a photo caption or a credit.
CAPTION_WORDS = ("摄", "图为", "图片", "供图", "记者", "来源", "编辑")

#: Sentence and clause ends, read around a clause.
MARKS = "，。；！？、：,.;!?:"

#: Subject names that only point at something named elsewhere.
POINTING_OPENERS = ("该", "其", "本", "我", "这", "此", "公司", "项目", "全市", "全省", "全区")

#: Characters whose presence in a subject name tells what kind of phrase it is: a mark or a
#: joining word (a list, not one name), a verb or measure (a clause, not a name).
SUBJECT_MARKS = (
    *("的", "有", "共", "等", "、", "与", "和", "及", "同", "将", "在", "为", "是"),
    *(" ", "·", "—", "“", "(", "（"),
)

_CUE_CLASSES: dict[str, tuple[str, ...]] = {}
for _name, _words in CLAUSE_CUES.items():
    for _word in _words:
        _CUE_CLASSES[_word] = (*_CUE_CLASSES.get(_word, ()), _name)
_CUES = re.compile("|".join(re.escape(w) for w in sorted(_CUE_CLASSES, key=lambda w: (-len(w), w))))
#: Every digit read as 0, so that a feature names the shape of a number, not its value.
DIGITS_AS_ZERO = str.maketrans("0123456789０１２３４５６７８９", "0" * 20)
#: How far back a clause's line start is looked for (a longer line is "long" whatever it holds).
_LINE_REACH = 300


@dataclass(frozen=True)
class Model:
    """Feature weights, the bias and the threshold on their sum (a logit) at which an event is kept."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def score(self, names: Sequence[str]) -> float:
        """The logit that the event is fully right."""
        return self.bias + sum(self.weights.get(name, 0.0) for name in names)

    def to_dict(self) -> dict[str, object]:
        return {"bias": self.bias, "threshold": self.threshold, "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Model:
        """The model `to_dict` wrote; ValueError for anything else."""
        weights, bias, threshold = data["weights"], data["bias"], data["threshold"]
        if not isinstance(weights, dict) or not isinstance(bias, float) or not isinstance(threshold, float):
            raise ValueError("keep weights: expected bias, threshold (numbers) and weights (a mapping)")
        return cls({str(k): float(v) for k, v in weights.items()}, bias, threshold)


def kept(events: Sequence[Event], text: str, judge: Model) -> list[bool]:
    """For each event of an article (in order), whether the filter keeps it."""
    return [judge.score(names) >= judge.threshold for names in article_features(events, text)]


def article_features(events: Sequence[Event], text: str) -> list[list[str]]:
    """The features of each event of an article, in order (earlier events give the repeat cues)."""
    head_end = _first_line_end(text)
    told: set[tuple[str, str]] = set()
    told_sentences: set[tuple[str, str]] = set()
    result = []
    for event in events:
        names = features(event, text, head_end)
        subject = event.subject.name if event.subject else ""
        if (event.type, subject) in told:
            names.append("repeat:type_subject")
        if (event.type, event.sentence) in told_sentences:
            names.append("repeat:type_sentence")
        told.add((event.type, subject))
        told_sentences.add((event.type, event.sentence))
        result.append(names)
    return result


def _first_line_end(text: str) -> int:
    """Where the first line holding text ends (a headline, when the article opens with one)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def features(event: Event, text: str, head_end: int) -> list[str]:
    """The features of one event of an article whose first line ends at `head_end`."""
    clause = event.summary
    at = max(clause.find(event.trigger), 0)
    after = len(clause) - at - len(event.trigger)
    status, type_ = event.status, event.type
    names = [
        "type:" + type_,
        "status:" + status,
        "type_status:" + type_ + "/" + status,
        "trigger:" + event.trigger.translate(DIGITS_AS_ZERO),
        "clause_length:" + _bucket(len(clause), (6, 10, 15, 22, 32, 48)),
        "trigger_at:" + _bucket(at, (0, 2, 6, 12, 20)),
        "after_trigger:" + _bucket(after, (0, 2, 6, 12, 20)),
        "sentence_length:" + _bucket(len(event.sentence), (15, 30, 60, 100, 200)),
        "before_trigger:" + clause[at - 1 : at].translate(DIGITS_AS_ZERO),
        "after_trigger_char:" + clause[at + len(event.trigger) :][:1].translate(DIGITS_AS_ZERO),
        "clause_opens_sentence:" + str(event.sentence.startswith(clause[:6])),
        "clause_ends_sentence:" + str(event.sentence.rstrip("。！？；.!?;…").endswith(clause[-6:])),
        f"confidence:{event.confidence:.1f}",
    ]
    names += _date_features(event)
    names += _place_features(event, text, head_end)
    names += _subject_features(event, text)
    cues: dict[str, None] = {}  # (ordered, each once)
    for match in _CUES.finditer(clause):
        side = "before" if match.start() < at else "after"
        for cue in _CUE_CLASSES[match.group()]:
            cues.update(dict.fromkeys((f"cue:{cue}", f"cue_{side}:{cue}", f"cue_status:{cue}/{status}")))
    classes = sorted({name.split(":")[1] for name in cues if name.startswith("cue:")})
    pairs = [f"cue_pair:{a}+{b}" for i, a in enumerate(classes) for b in classes[i + 1 :]]
    return names + list(cues) + pairs


def _date_features(event: Event) -> list[str]:
    date = event.date
    if date is None:
        return ["date:none", "date_status:none/" + event.status]
    if event.start_char <= date.start_char < event.end_char:
        where = "clause"
    elif date.text and date.text in event.sentence:
        where = "sentence"
    else:
        where = "far"
    grain = str(date.grain)
    return [
        "date:" + where,
        "date_grain:" + grain,
        "date_where_grain:" + where + "/" + grain,
        "date_mod:" + str(date.mod),
        "date_status:" + where + "/" + event.status,
    ]


def _place_features(event: Event, text: str, head_end: int) -> list[str]:
    """Where the clause stands: the first line, a list item, a caption, a short line."""
    start = event.start_char
    line_start = text.rfind("\n", max(0, start - _LINE_REACH), start) + 1
    if line_start == 0 and start > _LINE_REACH:
        line_start = -1  # a long line
    line_end = text.find("\n", start, start + _LINE_REACH)
    line = text[max(line_start, 0) : line_end if line_end >= 0 else start + _LINE_REACH].strip()
    names = ["first_line:" + str(start < head_end)]
    if line_start < 0 or line_end < 0:
        return [*names, "line:long"]
    names.append("line_length:" + _bucket(len(line), (15, 30, 60, 120)))
    if line[:1] in LIST_OPENERS:
        names.append("line:list")
    if not line.endswith(tuple("。！？；…”.!?;")):
        names.append("line:unfinished")
    if any(word in line for word in CAPTION_WORDS):
        names.append("line:caption_word")
    if start - line_start < 2:
        names.append("clause_opens_line")
    before = text[max(0, start - 1) : start]
    names.append("mark_before:" + (before if before in MARKS else "other"))
    return names


def _subject_features(event: Event, text: str) -> list[str]:
    """What the subject is: its type, where it is named, its head character, pointing words."""
    subject = event.subject
    objects = sum(role.role == "object" for role in event.entities)
    names = ["objects:" + _bucket(objects, (0, 1)), "roles:" + _bucket(len(event.entities), (1, 2, 3))]
    if subject is None:
        return [*names, "subject:none", "subject_status:none/" + event.status]
    name = subject.name
    if name in event.summary:
        where = "clause"
    elif name in event.sentence:
        where = "sentence"
    elif text.find(name, max(0, event.start_char - 2000), event.start_char) >= 0:
        where = "before"
    else:
        where = "unnamed"
    names += [
        "subject:" + subject.type,
        "subject_where:" + where,
        "subject_where_type:" + where + "/" + subject.type,
        "subject_length:" + _bucket(len(name), (2, 4, 6, 10, 16)),
        "subject_head:" + name[-1:],
        "subject_status:" + subject.type + "/" + event.status,
    ]
    names += ["subject_has:" + mark for mark in SUBJECT_MARKS if mark in name]
    names.append("subject_first:" + name[:1].translate(DIGITS_AS_ZERO))
    if name.startswith(POINTING_OPENERS):
        names.append("subject:pointing")
    if any(ch.isdigit() for ch in name[:3]):
        names.append("subject:digit")
    return names


def _bucket(value: int, bounds: tuple[int, ...]) -> str:
    """The index of the first bound the value does not exceed (len(bounds) past the last)."""
    return str(next((i for i, bound in enumerate(bounds) if value <= bound), len(bounds)))
