"""What real reports do that the readers missed (issue 10, stop 41; found by the thirteenth reading set r40–r41, the
twenty-fourth tasks set t38 and the sixty-third verify set v184–v185, labelled before the engine ran on them, and by the
real pairs r59, r61, r62): the sectors written as ordinals opening a paragraph (一、二、三产业增加值分别增长…) are prose, no
一、 part heading; the year's targets stated under the coming year's lead at the end of a part on the five years, with no
预期 or 目标 tag (今年是…开局之年，要力争实现：…; 今年，是…。要力争…), are the year's targets, the five years' not; a 一、
title opening on the coming five years (未来五年，我们要…) names a part; an emission cut (削减2%) is a fall; a speech to the
deputies pasted without its part headings gets its review, year's part and conduct part back where their paragraphs
open; a task opened by the period of the five-year plan the year is in (“十五五”时期，…; 到“十五五”末，…) is the five
years' even in the year's part.  The reports below were written for these tests (某某 names) in other words than the label sets."""

from __future__ import annotations

import pytest

from luoshi.engine import reader
from luoshi.engine.files import SourceText

pytestmark = pytest.mark.engine


def _doc(text):
    return reader.read_text(SourceText(text, "txt"), "r.txt")


def _role(doc, opening):
    return next(s.role for s in doc.sentences if s.text.strip().startswith(opening))


def _targets(doc):
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import corpus
    return sorted((t["metric"], t["comparator"], t["value"], t["unit"], t["kind"]) for t in corpus.engine_targets(doc))


_ORDINALS = """某某区人民政府工作报告
——2027年1月9日在某某区第五届人民代表大会第二次会议上

各位代表：

一、2026年工作回顾

2026年，全区地区生产总值增长6.1%。

{line}

我们也清醒看到，发展中还有不少困难和问题：产业层次不高，财政收支紧平衡。

二、2027年工作安排

2027年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长4%。

三、加强政府自身建设

坚持依法行政。
"""


@pytest.mark.parametrize("line", ["二、三产业增加值分别增长5.8%、6.6%，三次产业结构调整为4.1∶38.2∶57.7。",
                                  "一、二、三产业分别增长2.9%、6.4%和6.2%。"])
def test_sector_ordinals_opening_a_paragraph_are_prose(line):
    doc = _doc(_ORDINALS.format(line=line))
    assert [s.title for s in doc.sections if s.level == 0] == ["2026年工作回顾", "2027年工作安排", "加强政府自身建设"]
    assert _role(doc, line[:6]) == "review"
    assert _role(doc, "我们也清醒看到") == "problems"
    assert _targets(doc) == sorted([("地区生产总值", "=", 6.0, "%", "growth_rate"), ("一般公共预算收入", ">=", 4.0, "%", "growth_rate")])


def test_a_numbered_part_still_opens_a_part():
    # guard: 一、 followed by a title, not by another ordinal, is the part it always was
    doc = _doc(_ORDINALS.format(line="全区新增就业1.2万人。"))
    assert [s.title for s in doc.sections if s.level == 0] == ["2026年工作回顾", "2027年工作安排", "加强政府自身建设"]


_FIVE_YEAR_PART = """某某州人民政府工作报告
——2027年1月12日在某某州第十五届人民代表大会第一次会议上

各位代表：

一、过去五年工作回顾

五年来，全州地区生产总值年均增长6.3%。2026年，全州地区生产总值增长6.0%。

二、{title}

今后五年，全州地区生产总值年均增长6%左右，一般公共预算收入年均增长5%，城乡居民收入年均增长6.5%。

{year}

三、2027年重点工作

（一）壮大特色产业。新增规上工业企业40家。
"""


@pytest.mark.parametrize("title", ["今后五年的奋斗目标", "未来五年，我们要奋力推进现代化某某建设"])
@pytest.mark.parametrize("year", [
    "今年是新一届政府的开局之年，要力争实现：地区生产总值增长6.5%，固定资产投资增长8%，一般公共预算收入增长5.5%，化学需氧量排放量削减2%。",
    "今年，是新一届政府开局之年。要力争地区生产总值增长6.5%；固定资产投资增长8%；一般公共预算收入增长5.5%；化学需氧量排放量削减2%。",
])
def test_the_years_targets_under_its_lead_in_a_five_year_part(title, year):
    got = _targets(_doc(_FIVE_YEAR_PART.format(title=title, year=year)))
    assert got == sorted([("地区生产总值", ">=", 6.5, "%", "growth_rate"), ("固定资产投资", ">=", 8.0, "%", "growth_rate"),
                          ("一般公共预算收入", ">=", 5.5, "%", "growth_rate"), ("化学需氧量排放量", ">=", 2.0, "%", "decline_rate")])


def test_no_year_lead_in_a_five_year_part_gives_no_years_targets():
    # guard: a second sentence of the five years' goals (no lead on the coming year) is no year's list
    got = _targets(_doc(_FIVE_YEAR_PART.format(
        title="今后五年的奋斗目标", year="到2031年，力争地区生产总值突破1500亿元，固定资产投资增长8%，一般公共预算收入增长5.5%，研发投入增长10%。")))
    assert ("地区生产总值", ">=", 6.5, "%", "growth_rate") not in got
    assert not any(t[2] == 5.5 for t in got)


_HEADLESS = """某某县2027年政府工作报告

各位代表：

现在，我代表县人民政府，向大会报告工作，请予审议。

{review}

产业发展提质增效。新增规上工业企业18家，某某工业园区产值突破90亿元。

过去一年的成绩来之不易。同时我们也清醒看到，县域经济总量不大，民生领域还有短板。

{plan}

聚焦产业强县，壮大实体经济。实施重点项目85个，完成投资120亿元。

聚焦民生改善，办好民生实事。新建公办幼儿园2所，改造农村危房150户。

新的一年，我们将持续加强政府自身建设，坚持依法行政，驰而不息改进作风。

各位代表，让我们团结一心、奋勇争先，为建设现代化某某而努力奋斗！
"""


@pytest.mark.parametrize("review", ["2026年，面对复杂形势，全县地区生产总值增长5.9%，一般公共预算收入增长4.1%。",
                                    "过去一年，全县地区生产总值增长5.9%，一般公共预算收入增长4.1%。"])
@pytest.mark.parametrize("plan", [
    "今年是“十五五”承上启下之年。全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长4%。",
    "2027年，全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长4%。",
])
def test_a_speech_pasted_without_its_part_headings(review, plan):
    doc = _doc(_HEADLESS.format(review=review, plan=plan))
    assert [s.role for s in doc.sections if s.level == 0] == ["review", "plan", "conduct"]
    assert _role(doc, review[:6]) == "review"
    assert _role(doc, "过去一年的成绩来之不易") == "problems"
    assert _role(doc, "聚焦产业强县") == "plan"
    assert _role(doc, "新的一年，我们将持续加强政府自身建设") == "conduct"
    assert _role(doc, "各位代表，让我们") == "closing"
    assert _targets(doc) == sorted([("地区生产总值", "=", 6.0, "%", "growth_rate"), ("一般公共预算收入", ">=", 4.0, "%", "growth_rate")])


@pytest.mark.parametrize("text", [
    # no address to the deputies: a notice or bulletin keeps its reading (no part)
    _HEADLESS.replace("各位代表：\n\n", "").replace("各位代表，让我们", "让我们").format(
        review="2026年，全县地区生产总值增长5.9%。", plan="2027年，全县要实施重点项目85个。"),
    # no paragraph opening on the past year: no review, so no part
    _HEADLESS.format(review="面对复杂形势，全县上下团结奋斗。", plan="今年，全县要实施重点项目85个。"),
])
def test_no_parts_without_a_speech_and_its_review(text):
    assert not [s for s in _doc(text).sections if s.level == 0]


_YEARS_PART = """某某市人民政府工作报告
——2026年1月15日在某某市第十七届人民代表大会第六次会议上

各位代表：

一、2025年工作回顾

2025年，全市地区生产总值增长5.6%。

二、2026年主要任务

2026年是“十五五”开局之年。全市经济社会发展的主要预期目标是：地区生产总值增长5.8%左右。

（一）做强先进制造业

推进重点产业链建设，新增规上工业企业120家。{sentence}

各位代表，让我们团结一心，奋力谱写新篇章！
"""


def _task(sentence):
    from luoshi.engine import tasks
    from luoshi.engine.text import for_parsing
    doc = _doc(_YEARS_PART.format(sentence=sentence))
    return next(t for t in tasks.tasks_from_document(doc) if t.kind == "task"
                and for_parsing(t.text).strip().startswith(for_parsing(sentence)[:6]))


@pytest.mark.parametrize("sentence", ["“十五五”时期，全市将累计培育专精特新企业300家。",
                                      "到“十五五”末，全市先进制造业产值力争突破6000亿元。",
                                      "力争到“十五五”末期，建成国家级先进制造业集群2个。"])
def test_a_task_opened_by_the_plans_period_is_the_five_years(sentence):
    assert _task(sentence).five_year


@pytest.mark.parametrize("sentence", ["着眼“十五五”发展，谋划储备重大产业项目60个。",       # the plan named inside
                                      "“十四五”期间，全市累计新增规上工业企业500家。",      # a plan the year is not in
                                      "年内完成“十五五”制造业发展规划编制。"])
def test_a_task_naming_the_plan_otherwise_stays_the_years(sentence):
    assert not _task(sentence).five_year


@pytest.mark.parametrize("sentence", ["新建标准厂房20万平方米；其中智能化厂房不少于8万平方米。",
                                      "引进亿元以上项目30个；其中，制造业项目占比不低于70%。"])
def test_a_piece_opened_by_its_part_is_one_task_with_the_piece_before(sentence):
    from luoshi.engine import tasks
    doc = _doc(_YEARS_PART.format(sentence=sentence))
    got = [t.text for t in tasks.tasks_from_document(doc) if t.kind == "task" and "其中" in t.text]
    assert len(got) == 1 and got[0].startswith(sentence[:6])


def test_a_piece_of_its_own_object_is_still_a_task():
    # guard: a ；-piece opening on its own measure (not 其中) stays a task of its own
    from luoshi.engine import tasks
    doc = _doc(_YEARS_PART.format(sentence="新建标准厂房20万平方米；改造提升老旧园区3个。"))
    got = [t.text for t in tasks.tasks_from_document(doc) if t.kind == "task"]
    assert any(t.startswith("改造提升老旧园区3个") for t in got)


# Leftovers of t38's first run, in other words (strict, so a fix shows).
def _indicators(sentence):
    from luoshi.engine import tasks
    doc = _doc(_YEARS_PART.format(sentence=sentence))
    task = next(t for t in tasks.tasks_from_document(doc) if t.kind == "task" and t.text.startswith(sentence[:6]))
    return [(i.metric, i.value, i.unit) for i in task.indicators]


# Mended by tasksx at stop 50 (indicators.counted_thing drops the doer, the intent and the fostering verbs).
def test_a_count_after_a_doer_and_verbs_names_the_counted_thing():
    metric, value, unit = _indicators("“十五五”时期，全市将谋划储备重大产业项目200个以上。")[0]
    assert "重大产业项目" in metric and len(metric) <= len("重大产业项目") + 4 and (value, unit) == (200, "个")


# (a strict xfail until stop 51: the measure closing the last item of a 分别 list of substances is each item's,
# words.toml target.shared_measure)
@pytest.mark.parametrize(("text", "expected"), [
    ("实施大气减排工程8项，二氧化硫、氮氧化物排放量分别削减3%、2.5%。", [("二氧化硫排放量", 3, "%"), ("氮氧化物排放量", 2.5, "%")]),
    ("实施水污染减排工程6项，化学需氧量、氨氮排放量分别下降2%、1.8%。", [("化学需氧量排放量", 2, "%"), ("氨氮排放量", 1.8, "%")]),
    ("深化扬尘治理，PM2.5、PM10平均浓度分别下降4%、3%。", [("PM2.5平均浓度", 4, "%"), ("PM10平均浓度", 3, "%")]),
    # guard: a later bare measure of the first item's object still takes that object (target.bare_measure), no shared measure
    ("推进节能降碳，单位地区生产总值能耗、二氧化碳排放分别下降3%、3.5%。",
     [("单位地区生产总值能耗", 3, "%"), ("单位地区生产总值二氧化碳排放", 3.5, "%")]),
])
def test_a_pair_of_emission_cuts_each_keeps_the_shared_measure(text, expected):
    got = _indicators(text)
    for item in expected:
        assert item in got, got
