"""Issue 11, pagesx: a bulletin's list of units, sectors or works with their shares, one share each — the way real pages
rank counties, districts, sectors and works across governments (pages6, pages7 and pages17: a city's counties and sectors
in 分别为 / 分别是 lists, a province bureau's ranked and lagging counties, a municipality's works in one 分别 sentence, a
county-level city's works with their shares in brackets, a city's towns by amount then share).  Every row here is written
for this file in other words, places and figures than the pages'; none is a page's sentence or a scored row.

* Name by name (progress._listed_share): 分别为:甲县83.8%、乙县81.6% / 排名前3位的是:甲72%,乙70% / 水利工程(6.3%)、港航工程
  (8.1%): the row whose task names one of them (the name, or a place's name without 县/区/市/镇/乡) takes its share.
* Names first, shares after 分别 in the same order, the predicate between (A、B和C进展顺利,分别完成今年计划的62%、72%和96%;
  甲、乙、丙完成投资居前,分别完成3亿元、2亿元和1亿元,为年度目标的52%、44%和28%): the same.
* Only when the sentence says the shares are of the work or plan done (words.toml progress.listed_share_lead); a growth or a
  part of a whole (progress.listed_share_not) is no share, nor figures after a gap word (progress.listed_share_gap: 分别高于
  总体进度的…); a name found twice or never, or counts that differ, give none.
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

AUG, SEP, OCT = date(2024, 8, 31), date(2024, 9, 30), date(2024, 10, 31)

NAME_BY_NAME = [
    # the pages' misses, in other words (were strict xfails in tests/test_status_real_pages17.py and pages6.py)
    ("南溪", "各县(区)重点项目完成投资均超过序时进度,分别为:北岭82.5%、南溪79.9%、东山71.2%。", date(2021, 8, 31), "ahead"),
    ("白水县", "投资完成率排名前5位的县(区)分别是:青溪县88.2%,白水县71.6%,红岭区70.9%。", date(2021, 10, 31), "behind"),
    ("红河县", "投资完成率排名后5位的县(区)分别是:甲溪县8%,红河县25.3%,乙山区30.1%。", date(2021, 10, 31), "seriously_behind"),
    ("东平县", "进度落后的3个县分别是:东平县30.2%,西林县33.5%,南山县36.9%。", date(2021, 10, 31), "seriously_behind"),
    ("公路工程", "其中,公路工程(5.1%)、市政工程(7.4%)投资进度较慢,分别慢于序时进度19.8、17.5个百分点", date(2020, 3, 31),
     "seriously_behind"),
    # new: other units, dates and separators
    ("桃源镇", "各镇年度目标任务完成情况分别为:柳溪镇91%、桃源镇70.5%、石桥镇52%。", SEP, "on_track"),
    ("石桥", "各镇年度目标任务完成情况分别为:柳溪镇91%、桃源镇70.5%、石桥镇52%。", SEP, "behind"),
    ("城关街道", "年度任务完成率居后三位的分别是:城关街道30%、河西街道41%、新村街道44%。", OCT, "seriously_behind"),
    ("港口码头工程", "其中港口码头工程(88%)、物流园区工程(79%)完成年度计划进度较快。", SEP, "ahead"),
    # guard: a growth list (a share of the whole, a name twice, the task naming two: below)
    ("桃源镇", "各镇规上工业增加值增速分别为:柳溪镇9.1%、桃源镇7.5%、石桥镇5.2%。", SEP, "on_track"),
]

NAMES_THEN_SHARES = [
    ("水利", "分行业看:工业、水利、能源等3个行业完成年度投资计划比例均超过序时进度,分别是80%、76.5%和74%。", date(2021, 8, 31),
     "ahead"),
    ("雨污分流改造", "老旧管网更新、雨污分流改造和积水点整治进展顺利,分别完成今年计划工程量的62%、72%和96%。", date(2021, 9, 30),
     "on_track"),
    ("常平镇", "从投资额看,长安、厚街、常平完成投资居前,分别完成30.2亿元、18.4亿元和12.6亿元,为年度目标任务的52%、44.1%和28.5%",
     date(2020, 5, 31), "behind"),
    # new
    ("校舍维修", "教室改造、校舍维修及操场翻新有序推进,分别完成年度计划的40%、81%和66%。", SEP, "ahead"),
    ("乙片区", "甲片区、乙片区、丙片区等3个片区征收进度分别达到年度目标任务的90%、35%、70%。", SEP, "seriously_behind"),
    # guards: growth after 分别; points above another figure; counts that differ
    ("乙片区", "甲片区、乙片区、丙片区等3个片区投资分别同比增长9%、3%和12%。", SEP, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", NAME_BY_NAME + NAMES_THEN_SHARES,
                         ids=[f"{r[0]}|{r[1][:24]}" for r in NAME_BY_NAME + NAMES_THEN_SHARES])
def test_a_listed_unit_takes_its_own_share(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)


@pytest.mark.parametrize("task,progress,expected", [
    ("东侨", "各区在建项目完成投资均超过序时进度,分别为:蕉湖83.8%、东侨81.6%、福山79.1%。", 81.6),
    ("福山区", "各区在建项目完成投资均超过序时进度,分别为:蕉湖83.8%、东侨81.6%、福山79.1%。", 79.1),
    ("积水点整治", "老旧管网更新、雨污分流改造和积水点整治进展顺利,分别完成今年计划工程量的62%、72%和96%。", 96.0),
    ("港口码头工程", "其中港口码头工程(88%)、物流园区工程(79%)完成年度计划进度较快。", 88.0),
    # guards: growth; a share of the whole; gaps before the figures; a name twice; the task naming two; counts that differ;
    # a single named share is no list
    ("东侨", "各区生产总值增速分别为:蕉湖8.8%、东侨8.1%、福山7.1%。", None),
    ("东侨", "各区完成投资占全市的比重分别为:蕉湖38%、东侨31%、福山21%。", None),
    ("科技", "科技、农业项目投资完成率分别高于总体进度的9.8%、6.2%。", None),
    ("东侨", "完成投资分别为:东侨新区83.8%、东侨老区81.6%。", None),
    ("管网更新和积水点整治", "管网更新、积水点整治进展顺利,分别完成今年计划的62%、96%。", None),
    ("积水点整治", "管网更新、雨污分流改造和积水点整治进展顺利,分别完成今年计划的62%、96%。", None),
    ("东侨", "东侨81.6%。", None),
])
def test_the_listed_share_read(task, progress, expected):
    from luoshi.engine.progress import _listed_share, for_parsing

    assert _listed_share(for_parsing(progress), task)[0] == expected
