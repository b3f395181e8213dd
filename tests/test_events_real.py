"""The event extractor on real news nobody on the project wrote (`tests/corpus/real/`).

The corpus (texts as found, with their layout furniture; `manifest.json` gives outlet, address,
publication date and how it was known) was annotated by hand from `shared/spec/events.md`
before the extractor's output was looked at (`gold.jsonl`, conventions in the README there);
events the extractor emitted that matched nothing were then judged one by one, and real
milestones the first pass had missed were added with `"pass": "second"`.

The scoring lives in `benchmarks/_event_gold.py` (shared with `benchmarks/events.py`). The
figures test prints recall, found-at-all and precision on the real corpus next to the seeds'
(development-set figures) and asserts floors at the figures measured when they were last
raised, so that a regression fails; raise the floors when the extractor improves.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest
from event_gold import GOLD

from timeline.model import EVENT_TYPES, STATUSES, normalise_text

MIN_ARTICLES = 30
MIN_OUTLETS = 8
#: Floors: the figures measured on the corpus when they were last raised (see the module doc).
#: They fell when the 20 articles held out in session 5 joined the corpus (118-127, blind for half
#: the session, then guidance: 0.612 / 0.821 / 0.672; 128-137, blind until the end: 0.406 / 0.652
#: / 0.519); 001-117 alone stood at 0.817 / 0.864 / 0.930. They fell again when the 36 articles
#: held out in session 6 joined (138-149 and 150-161, blind all session: 0.424 / 0.797 / 0.455 and
#: 0.585 / 0.754 / 0.633; 162-173, guidance from the first hour: 0.580 / 0.739 / 0.656); 001-137
#: alone stood at 0.786 / 0.837 / 0.918. They fell again when the 30 articles held out in session 7
#: joined (174-188 and 189-203, blind all session: 0.492 / 0.729 / 0.446 and 0.500 / 0.788 / 0.473
#: at that session's start, 0.550 / 0.766 / 0.500 together at its end); 001-173 alone stood at
#: 0.777 / 0.848 / 0.899. In session 9, all 233 articles went from 0.759 / 0.834 / 0.857 to
#: 0.794 / 0.858 / 0.875 by its middle. In session 10, all 263 went from 0.752 / 0.841 / 0.818 to
#: 0.773 / 0.854 / 0.844 by 15:10 UTC; its blind pair (264-293) joined at the end, and all 293 stood
#: at 0.753 / 0.849 / 0.816. In session 11 the gold was made consistent by class (README: works
#: stages, roll-ups, an official announcing the act, the frame of a visit): 47 more milestones, the
#: same extractor at 0.731 / 0.831 / 0.824. Later the same session, counts of mass acts were made
#: consistent (README: count shares; 4 rows became milestones, 8 not): 0.755 / 0.838 / 0.853 ->
#: 0.756 / 0.839 / 0.851 with the same extractor. Its blind pair (294-323, 86 milestones) went
#: 0.384 / 0.721 / 0.355 -> 0.384 / 0.721 / 0.363 over the session and joined at the end: all 323
#: articles at 0.730 / 0.831 / 0.812. In session 12 all 323 went to 0.755 / 0.848 / 0.836 (001-293
#: 0.756 -> 0.781 recall, 0.851 -> 0.874 precision; 294-323, held out from the helpers, 0.384 ->
#: 0.402 and 0.363 -> 0.393); its blind pair (324-353, 107 milestones) stayed at 0.383 / 0.692 /
#: 0.519 all session and joined at the end: all 353 articles at 0.725 / 0.836 / 0.815. In session
#: 13 all 353 went to 0.736 / 0.842 / 0.830 (324-353, held out from the helpers, 0.383 -> 0.393
#: recall, 0.512 -> 0.532 precision); its blind pair (354-383, 125 milestones) stayed at 0.432 /
#: 0.672-0.680 / 0.535 all session and joined at the end: all 383 articles at 0.710 / 0.829 / 0.807.
#: In session 14 all 383 went to 0.723 / 0.835 / 0.818 (001-353 0.736 -> 0.750 recall, 0.830 ->
#: 0.841 precision; 354-383, held out from the helpers, unchanged at 0.432 / 0.535); its blind pair
#: (384-413, 106 milestones) stayed at 0.415 / 0.642 / 0.512 all session and joined at the end: all
#: 413 articles at 0.702 / 0.822 / 0.799. In session 15 all 413 went to 0.714 / 0.832 / 0.807 (001-383
#: 0.723 -> 0.734 recall, 0.818 -> 0.825 precision; 384-413, held out from the helpers, 0.415 -> 0.434
#: and 0.512 -> 0.523); its blind pair (414-443, 91 milestones) stayed at 0.473 / 0.725 / 0.467-0.478
#: all session and joined at the end: all 443 articles at 0.701 / 0.827 / 0.786, so the precision
#: floor, set on 413 articles, is 0.78 over 443. In session 16 all 443 went
#: 0.701 / 0.827 / 0.786 -> 0.712 / 0.833 / 0.795 (414-443, held out from the helpers, 0.473 -> 0.473
#: recall, 0.467 -> 0.473 precision); its blind
#: pair (444-473, 94 milestones) went 0.426 / 0.681 / 0.513 -> 0.436 / 0.691 / 0.512 over the
#: session and joined at the end: all 473 articles at 0.697 / 0.826 / 0.781, so the recall floor,
#: set on 323 articles, is 0.69 over 473 (the blind pairs, harder each time, pull it down). In
#: session 17 all 473 went 0.697 / 0.826 / 0.781 -> 0.705 / 0.830 / 0.790 (444-473, held out from
#: the helpers, unchanged at 0.436 / 0.691 / 0.512); its blind pair (474-503, 98 milestones) stayed
#: at 0.429 / 0.633 / 0.538 all session and joined at the end: all 503 articles at 0.691 / 0.820 /
#: 0.779, so the found and precision floors, set on 413 and 443 articles, are 0.81 and 0.77 over 503.
#: In session 18 all 503 went 0.691 / 0.820 / 0.779 -> 0.696 / 0.824 / 0.782 (474-503, held out from
#: the helpers, 0.429 / 0.633 / 0.538 -> 0.429 / 0.633 / 0.545); its blind pair (504-533, 76
#: milestones) went 0.539 / 0.750 / 0.532 -> 0.526 / 0.750 / 0.519 and joined at the end: all 533
#: articles at 0.690 (1348/1955, just under 0.69) / 0.821 / 0.771, so the recall floor is 0.68 over 533.
#: In session 19 all 533 went 0.690 / 0.821 / 0.771 -> 0.696 / 0.825 / 0.778 (504-533, held out
#: from the helpers, unchanged at 0.526 / 0.750 / 0.519); its blind pair (534-563, 98 milestones) went
#: 0.500 / 0.653 / 0.681 -> 0.510 / 0.653 / 0.694 and joined at the end: all 563 articles at 0.687 /
#: 0.816 / 0.775, above the floors.
REAL_RECALL_FLOOR = 0.68
REAL_FOUND_FLOOR = 0.81
REAL_PRECISION_FLOOR = 0.77
#: Non-milestones the extractor still turns into events (strict xfail: remove a line when fixed).
KNOWN_FALSE_EVENTS = {
    "090-05": "session 4 batch: item headline in brackets (the body reports it) gives an event",
    "090-07": "session 15: item headline in brackets (garbled repeat) is in the clause of the election"
    " reported after it (090-08, met), as 090-05's and 090-10's are in theirs",
    "090-10": "session 4 batch: item headline in brackets (the body repeats it) gives an event",
    "090-12": "session 4 batch: speech (work report) gives an event",
    "094-02": "session 4 batch: source line gives an event",
    "114-03": "session 4 final batch: headline gives an event",
    "114-04": "session 4 final batch: photo caption gives an event",
    "128-07": "session 17: the ceremony's act restated by its count (convention count shares; was a"
    " milestone): an event is emitted",
    "134-15": "session 5 batch: state of production gives an event",
    "154-07": "session 6 blind batch: item heading: an event is emitted",
    "154-10": "session 6 blind batch: nickname, undated, no event: an event is emitted",
    "166-07": "162-173 guidance batch: instruction: an event is emitted",
    "169-10": "162-173 guidance batch: roll-up of the acts above (8天内): an event is emitted",
    "174-06": "session 7 blind batch: year-end roll-up of 82 projects: an event is emitted",
    "174-11": "session 7 blind batch: roll-up of 5 projects: an event is emitted",
    "174-16": (
        "session 7 blind batch: roll-up of 11 projects "
        "settled in the park: an event is emitted"
    ),
    "179-08": (
        "session 7 blind batch: purpose clause (投入运行，将为…), not a "
        "report of the opening: an event is emitted"
    ),
    "185-14": (
        "session 7 blind batch: count over the quarter (told "
        "by an official): an event is emitted"
    ),
    "209-05": "session 8 blind batch: decision / motivation restating the count of projects: an event is"
    " emitted",
    "215-05": "session 8 blind batch: interpretation (这标志着…): an event is emitted",
    "226-06": "session 8 blind batch: general plan without date: an event is emitted",
    "242-03": "session 9 blind batch: resumption after the epidemic, progress: an event is emitted",
    "245-08": "session 9 blind batch: description: an event is emitted",
    "256-01": (
        "session 9 blind batch: volume header (the yearbook volume,"
        " not the year of the items): an event is emitted"
    ),
    "268-06": "session 10 blind batch: roll-up of many projects over 近年来: an event is emitted",
    "270-11": "session 10 blind batch: year roll-up statistic: an event is emitted",
    "272-05": "session 10 blind batch: characterisation (ordinal) of the current act: an event is emitted",
    "277-02": "session 10 blind batch: source line: an event is emitted",
    "278-13": "session 10 blind batch: speech: an event is emitted",
    "279-06": (
        "session 10 blind batch: description of how the lab is built (no act reported): an event"
        " is emitted"
    ),
    "283-04": "session 10 blind batch: speech verb; what it announced is statistics: an event is emitted",
    "283-19": "session 10 blind batch: roll-up of a category of projects: an event is emitted",
    "301-11": (
        "session 11 blind batch: count of the ceremony's act told at its"
        " occasion (当天): an event is emitted"
    ),
    "305-12": (
        "session 11 blind batch: progress since a start told as a duration (no"
        " dated start): an event is emitted"
    ),
    "306-05": "session 11 blind batch: ranking statistic: an event is emitted",
    "310-12": "session 11 blind batch: general plan: an event is emitted",
    "314-21": "session 11 blind batch: progress: an event is emitted",
    "315-09": (
        "session 11 blind batch: comparison (规模最大的一次) restating the start: an"
        " event is emitted"
    ),
    "316-18": (
        "session 11 blind batch: where the company just founded was set up:"
        " part of the same act in the same sentence: an event is emitted"
    ),
    "318-12": "session 11 blind batch: progress: an event is emitted",
    "322-19": (
        "session 11 blind batch: item of the list just decided (a task, not an"
        " act): an event is emitted"
    ),
    "322-20": "session 11 blind batch: item of the list just decided (a task): an event is emitted",
    "339-03": "session 12 blind batch: byline: an event is emitted",
    "345-20": "session 12 blind batch: roll-up count (入驻 of 22 firms over a period): an event is emitted",
    "347-26": "session 12 blind batch: description (consequence): an event is emitted",
    "350-09": (
        "session 12 blind batch: anniversary (a description of age, not the founding act)"
        ": an event is emitted"
    ),
    "353-08": "session 12 blind batch: hypothetical (達產後): an event is emitted",
    "358-06": (
        "session 13 blind batch: the meeting's act restated by its members and counts (现场"
        "会上…集中开工), not a milestone of its own: an event is emitted"
    ),
    "359-09": (
        "session 13 blind batch: description of the ceremony's other venues (设立…开工现场), co"
        "unt: an event is emitted"
    ),
    "360-02": (
        "session 13 blind batch: scene: machines lined up, preparing to start (no act): a"
        "n event is emitted"
    ),
    "365-06": (
        "session 13 blind batch: roll-up: completions of a campaign with a count (convent"
        "ion roll-ups): an event is emitted"
    ),
    "366-12": "session 13 blind batch: roll-up count: an event is emitted",
    "368-13": "session 13 blind batch: related-topic link: an event is emitted",
    "373-05": (
        "session 13 blind batch: procedure of the meeting (reading an earlier approval, i"
        "tself undated): an event is emitted"
    ),
    "380-09": (
        "session 13 blind batch: repeated visits in general terms (a count), not one visi"
        "t: an event is emitted"
    ),
    "381-01": "session 13 blind batch: headline repeating the body: an event is emitted",
    "382-11": "session 13 blind batch: speech (evaluation): an event is emitted",
    "385-05": (
        "session 14 blind batch: count restating the ceremony's act in the same sentence "
        "(part of the milestone above): an event is emitted"
    ),
    "385-15": (
        "session 14 blind batch: the sub-venue's own total told after its report (convent"
        "ion count shares): an event is emitted"
    ),
    "389-10": "session 14 blind batch: purpose of the office's work: an event is emitted",
    "389-11": "session 14 blind batch: generic class of projects (roll-up): an event is emitted",
    "390-10": (
        "session 14 blind batch: speech (plans presented; 2015年下半年 is inside the plan's n"
        "ame): an event is emitted"
    ),
    "391-08": (
        "session 14 blind batch: the ceremony's act restated by its count at its occasion"
        " (convention: part of the ceremony's milestone; disputable since members are named):"
        " an event is emitted"
    ),
    "391-10": "session 14 blind batch: evaluation: an event is emitted",
    "395-06": "session 14 blind batch: gesture of the same ceremony: an event is emitted",
    "421-02": (
        "session 15 blind batch: work measures of 年初以来, counted generic bodies: "
        "an event is emitted"
    ),
    "424-08": "session 15 blind batch: count of planned activities: an event is emitted",
    "426-09": "session 15 blind batch: cut fragment: an event is emitted",
    "427-07": "session 15 blind batch: copyright notice furniture: an event is emitted",
    "428-12": "session 15 blind batch: general plan: an event is emitted",
    "414-21": (
        "session 15 blind batch: restatement of the same act in the same sentence (what t"
        "he press conference of 414-14 announced: the year's statistics): an event is emitted"
    ),
    "419-09": "session 15 blind batch: speech (a mayor's general plan, as 419-05): an event is emitted",
    "420-07": (
        "session 15 blind batch: general plan (a mayor's demand at the meeting, generic s"
        "ubject 一批, as 420-05): an event is emitted"
    ),
    "428-13": (
        "session 15 blind batch: description (figurative, a trend of the occasion of 428-"
        "01): an event is emitted"
    ),
    "430-10": (
        "session 15 blind batch: next step told in general (后续), no date (disputable: pla"
        "nned production): an event is emitted"
    ),
    "431-01": "session 15 blind batch: lead summarising the items below (teaser): an event is emitted",
    "436-03": "session 15 blind batch: headline: an event is emitted",
    "441-09": "session 15 blind batch: consequence of the upgrade (升级为国家级后): an event is emitted",
    "441-10": "session 15 blind batch: undated honours (description): an event is emitted",
    "443-07": "session 15 blind batch: statistics (counts): an event is emitted",
    "429-11": (
        "session 15 blind batch: boilerplate (the notice's own disclosure formula, as 429"
        "-09): an event is emitted"
    ),
    "431-20": (
        "session 15 blind batch: headline repeating the body (the lead's teaser copy of 4"
        "31-08, as 431-01): an event is emitted"
    ),
    "431-21": (
        "session 15 blind batch: headline repeating the body (the lead's teaser copy of 4"
        "31-12, as 431-01): an event is emitted"
    ),
    "433-08": (
        "session 15 blind batch: restatement of the same act in the same sentence (the co"
        "ntent of the approval read out, 433-02, founding accepted there): an event is emitted"
    ),
    "436-18": (
        "session 15 blind batch: headline repeating the body (the headline's copy of the "
        "planned opening 436-09/436-13, as 436-03): an event is emitted"
    ),
    "440-10": (
        "session 15 blind batch: general plan (requirements of the approval, as 440-08): "
        "an event is emitted"
    ),
    "441-14": (
        "session 15 blind batch: hypothetical (consequence of the upgrade, 升级为国家级后, as 44"
        "1-09): an event is emitted"
    ),
    "443-10": "session 15 blind batch: statistic (a count, as 443-07): an event is emitted",
    "444-01": "session 16 blind batch: headline of the forum post: an event is emitted",
    "449-09": "session 16 blind batch: evaluation: an event is emitted",
    "449-12": "session 16 blind batch: preparatory work: an event is emitted",
    "456-04": (
        "session 16 blind batch: abstract repeating the first items of the body (a teaser"
        ": furniture, only the body copy is gold; its 5月28日 lacks the year): an event is emitted"
    ),
    "456-25": "session 16 blind batch: evaluation: an event is emitted",
    "444-19": (
        "session 16 blind batch: headline of the forum post (the part of 444-01 that name"
        "s the acts of the body): an event is emitted"
    ),
    "446-25": (
        "session 16 blind batch: description (what the project is to make, as 446-17; its"
        " move to production is still under way, 446-20): an event is emitted"
    ),
    "449-16": (
        "session 16 blind batch: evaluation (the topic of 449-09, the ceremony's projects"
        " restated generically with 这些项目): an event is emitted"
    ),
    "456-27": (
        "session 16 blind batch: abstract repeating the body (teaser copy without the yea"
        "r, furniture as 456-04; the body's copy is 456-06): an event is emitted"
    ),
    "462-07": "session 16 blind batch: boilerplate plan: an event is emitted",
    "465-13": (
        "session 16 blind batch: attendance (the list of guests of 465-06 等出席仪式): "
        "an event is emitted"
    ),
    "473-20": (
        "session 16 blind batch: speech (an instruction in general terms, as 473-12): an "
        "event is emitted"
    ),
    "475-03": (
        "session 17 blind batch: count restating the start just reported (convention coun"
        "t shares): an event is emitted"
    ),
    "477-06": (
        "session 17 blind batch: evaluation naming no stage (convention works stages): an"
        " event is emitted"
    ),
    "484-02": (
        "session 17 blind batch: caption naming the scene (建設正酣 names no stage) (disputab"
        "le: could be read as works under way): an event is emitted"
    ),
    "487-15": (
        "session 17 blind batch: year roll-up told with a count (convention roll-ups): an"
        " event is emitted"
    ),
    "487-16": (
        "session 17 blind batch: year roll-up told with a count (convention roll-ups): an"
        " event is emitted"
    ),
    "488-04": (
        "session 17 blind batch: the documents' approval told as the ground of the issuin"
        "g, undated (disputable: could be an approval milestone): an event is emitted"
    ),
    "475-19": (
        "session 17 blind batch: frame of the occasion (where the act took place; the act"
        ", 该县宣布7个项目集中开工, is 475-17): an event is emitted"
    ),
    "480-13": (
        "session 17 blind batch: description (the project's standing among the plan's pro"
        "jects; “十四五” is part of a name, no dated act): an event is emitted"
    ),
    "482-12": (
        "session 17 blind batch: description (the site's location: roads run through it; "
        "贯通 here is no works stage of a named project): an event is emitted"
    ),
    "484-10": (
        "session 17 blind batch: photo caption naming the scene (as 484-02 and the headli"
        "ne 484-01; 建設正酣 names no stage, the stage reported is 484-03's 對接): an event is emitted"
    ),
    "492-07": "session 17 blind batch: evaluation: an event is emitted",
    "493-13": "session 17 blind batch: plan without a date (a duration): an event is emitted",
    "498-15": "session 17 blind batch: preparatory work (方案论证): an event is emitted",
    "504-06": "session 18 blind batch: the occasion's venue: an event is emitted",
    "505-05": "session 18 blind batch: count restating the ceremony's act: an event is emitted",
    "507-07": "session 18 blind batch: statistics: an event is emitted",
    "511-02": (
        "session 18 blind batch: generic summary of the day's acts (generic subjects): an"
        " event is emitted"
    ),
    "511-03": (
        "session 18 blind batch: generic summary of the day's acts (generic subjects): an"
        " event is emitted"
    ),
    "511-09": (
        "session 18 blind batch: the ceremony's act restated in the same sentence (one mi"
        "lestone per clause; disputable: members are named): an event is emitted"
    ),
    "513-04": (
        "session 18 blind batch: approval folded into the release (not a separate act rep"
        "orted with a date): an event is emitted"
    ),
    "513-06": "session 18 blind batch: publication remark: an event is emitted",
    "513-07": "session 18 blind batch: signature date line: an event is emitted",
    "518-11": "session 18 blind batch: description: an event is emitted",
    "518-23": "session 18 blind batch: description (who the company is): an event is emitted",
    "518-24": "session 18 blind batch: description (a noun phrase, no act): an event is emitted",
    "523-05": "session 18 blind batch: an occasion's sub-venue (no act of its own): an event is emitted",
    "525-13": "session 18 blind batch: goal of the meeting: an event is emitted",
    "530-07": "session 18 blind batch: content of the reply: an event is emitted",
    "531-05": "session 18 blind batch: abstract repeating the body's lead: an event is emitted",
    "531-08": "session 18 blind batch: evaluation (a first): an event is emitted",
    "532-10": (
        "session 18 blind batch: fragment of another article: 這家企業 names no company on th"
        "e page, undated (disputable: 實現量產 is a production trigger): an event is emitted"
    ),
    "527-10": "session 18 blind batch: commitment (general service, no act): an event is emitted",
    "532-12": "session 18 blind batch: requirement (general policy): an event is emitted",
    "532-13": "session 18 blind batch: requirement (general policy): an event is emitted",
    "537-04": "session 19 blind batch: restates the lead's act in the same sentence: an event is emitted",
    "543-08": (
        "session 19 blind batch: description of the venues (disputable: the main venue's "
        "project started there): an event is emitted"
    ),
    "544-18": "session 19 blind batch: count: an event is emitted",
    "547-06": "session 19 blind batch: count restating the ceremony's act: an event is emitted",
    "548-14": "session 19 blind batch: generic roll-up (一個個大項目): an event is emitted",
    "544-22": "session 19 blind batch: count of a batch's projects: an event is emitted",
    "551-13": (
        "session 19 blind batch: consequence of the opening told as a noun phrase, with c"
        "apacity figures: an event is emitted"
    ),
    "552-05": "session 19 blind batch: restates the ceremony's act in the same sentence: an event is emitted",
    "560-04": (
        "session 19 blind batch: headline (printed as a sub-headline and as numbered item"
        " 一): an event is emitted"
    ),
    "551-15": "session 19 blind batch: consequence of the opening reported in 551-04: an event is emitted",
    "562-14": "session 19 blind batch: description of a cooperation's history: an event is emitted",
}


REAL = GOLD.real_corpus()
MANIFEST: list[dict[str, Any]] = json.loads((GOLD.REAL_DIR / "manifest.json").read_text(encoding="utf-8"))[
    "articles"
]


def _ids(rows: list[dict[str, Any]]) -> list[str]:
    return [row["id"] for row in rows]


# --- the corpus and its annotation, checkable without the extractor -----------------------------


def test_corpus_is_large_and_varied_enough() -> None:
    assert len(REAL.articles) >= MIN_ARTICLES
    outlets = {item["outlet"] for item in MANIFEST}
    assert len(outlets) >= MIN_OUTLETS, outlets
    for item in MANIFEST:
        assert item["date_basis"] in ("page", "url", "text"), item["file"]
        assert item["url"].startswith("http"), item["file"]
        assert item["date_basis"] != "text" or item["note"], f"{item['file']}: say how the text dates it"


def test_no_seed_article_is_in_the_real_corpus() -> None:
    seeds = {normalise_text(article.text)[:200] for article in GOLD.seed_corpus().articles.values()}
    for name, article in REAL.articles.items():
        text = normalise_text(article.text)
        assert not any(seed[:80] in text for seed in seeds), name


def test_annotation_is_well_formed() -> None:
    rows = REAL.milestones + REAL.negatives
    duplicated = [name for name, count in Counter(_ids(rows)).items() if count > 1]
    assert not duplicated, duplicated
    for row in REAL.milestones:
        where = row["id"]
        assert row["file"] in REAL.articles, where
        assert {row["type"], *row["accept_types"]} <= set(EVENT_TYPES), where
        assert row["status"] in STATUSES, where
        assert row["subject"], where
        assert row["pass"] in ("first", "second"), where
        start, end = GOLD.expected_interval(row)
        assert (start is None) == (end is None), where
        if start is not None:
            assert start <= end and row["grain"], where
    for row in REAL.negatives:
        assert row["file"] in REAL.articles and row["why"], row["id"]


@pytest.mark.parametrize("milestone", REAL.milestones, ids=_ids(REAL.milestones))
def test_milestone_evidence_lies_in_one_clause(milestone: dict[str, Any]) -> None:
    text = REAL.articles[milestone["file"]].text
    assert GOLD.in_one_clause(text, milestone["evidence"]), milestone["evidence"]


@pytest.mark.parametrize("negative", REAL.negatives, ids=_ids(REAL.negatives))
def test_non_milestone_is_written_in_the_article(negative: dict[str, Any]) -> None:
    assert negative["evidence"] in REAL.articles[negative["file"]].text, negative["evidence"]


@pytest.mark.parametrize(
    ("text", "evidence", "covered"),
    [
        ("1956年4月開工建設(shè)，次年建成。", "1956年4月開工建設(shè)", True),
        ("拉萨饭店(diàn)1985年竣工，次年开业。", "拉萨饭店(diàn)1985年竣工", True),
        ("1956年4月開工建設(shè)，次年建成。", "次年建成", False),
    ],
)
def test_scorer_reads_evidence_without_pinyin_readings(text: str, evidence: str, covered: bool) -> None:
    """An event whose clause ends at a character covers evidence quoting the reading printed
    after it, as names are compared without readings (`same_name`)."""
    from timeline import Article
    from timeline.model import Event

    article = Article(text, "2020-01-01")
    end = text.index("，")
    event = Event(
        type="construction", trigger="开工", status="occurred", date=None, summary=text[:end],
        sentence=text, article_id=article.id, start_char=0, end_char=end,
    )
    assert GOLD.covers(event, article, evidence) is covered


# --- the extractor against the annotation -------------------------------------------------------


@pytest.fixture(scope="module")
def real_extractions() -> dict[str, Any]:
    return GOLD.extractions(REAL)


def _negatives_with_known_failures() -> list[Any]:
    return [
        pytest.param(row, marks=pytest.mark.xfail(strict=True, reason=KNOWN_FALSE_EVENTS[row["id"]]))
        if row["id"] in KNOWN_FALSE_EVENTS
        else row
        for row in REAL.negatives
    ]


@pytest.mark.parametrize("negative", _negatives_with_known_failures(), ids=_ids(REAL.negatives))
def test_non_milestone_yields_no_event(negative: dict[str, Any], real_extractions: dict[str, Any]) -> None:
    """No event's clause overlaps where the non-milestone (headline, caption, statistic…) is written."""
    article = REAL.articles[negative["file"]]
    text, evidence = article.text, negative["evidence"]
    spans = []
    start = text.find(evidence)
    while start != -1:
        spans.append((start, start + len(evidence)))
        start = text.find(evidence, start + 1)
    offending = [
        f"{event.type}/{event.trigger}: {event.summary}"
        for event in real_extractions[negative["file"]].events
        if any(event.start_char < end and begin < event.end_char for begin, end in spans)
    ]
    assert not offending, f"{evidence!r} ({negative['why']}) became an event: {offending}"


def test_figures_on_real_news_and_seeds(real_extractions: dict[str, Any]) -> None:
    """Prints the figures of both corpora and the classes of misses; asserts the real floors."""
    real = GOLD.score(REAL, real_extractions)
    seeds = GOLD.score(GOLD.seed_corpus())
    print()
    print(real.line())
    for batch in GOLD.batch_scores(REAL, real_extractions):
        print("  " + batch.line())
    print(seeds.line() + "   (development set)")
    print(f"real misses by field: {dict(real.wrong_fields)}")
    assert real.recall >= REAL_RECALL_FLOOR, real.line()
    assert real.found_share >= REAL_FOUND_FLOOR, real.line()
    assert real.precision >= REAL_PRECISION_FLOOR, real.line()
