"""Issue 11, statush (stop 64): older leftovers mended by general rules, tested on sentences written here in other words
than any label row, each with guards that must not move.

* A task cell whose fields are parted by spaces (任务：…　指标：…　牵头单位：…, full-width or two half-width spaces): the
  clause of a figure ran to the next colon, so the metric of the last figure before the next field swallowed that
  field's label (…保障水平 牵头单位).  A space run followed by a short label that runs to a colon now closes the clause
  (indicators._FIELD_GAP); fields parted by ｜ were read right already and stay so.
* The people whose level of a service a task raises (提升1.8万人饮水安全保障水平) are answered, once the works are
  finished, by the people they benefit (受益群众2.1万人), as a task to solve a problem for people is (解决…问题: judging.toml
  words.solve_for_people 提升, words.problem_noun 水平); the problem or level must be named after the count, so a count
  of households whose houses are rebuilt (提升改造老旧小区1200户) is never answered by the residents a work benefits.
* A task counting the firms it reforms (…改革6户, 混改8家) answered by no count of firms done but by firms named by their
  own names said done (某某物流公司已完成混改): each firm named is one, read against the pace
  (rules/status_measures.NamedFirmsDone); a named firm only audited, a firm foretold, or a reply counting the firms
  itself leave the other rules to decide.
"""

from datetime import date

import pytest

from luoshi.engine.indicators import parse
from tests.status_judge import judge

pytestmark = pytest.mark.engine

DEC = date(2026, 12, 20)
SEP = date(2026, 9, 30)

# (task cell, the metric of each figure in it)
FIELDS = [
    # fields parted by full-width spaces
    (
        "2. 任务：供水保障　指标：建成农村集中供水工程15处，提升2.4万人供水保障水平　责任单位：县水利局",
        ["建成农村集中供水工程", "供水保障水平"],
    ),
    ("任务：教育扩容　指标：新建公办幼儿园3所　责任单位：县教育局", ["新建公办幼儿园"]),
    ("任务：就业服务　指标：城镇新增就业2800人　牵头单位：县人社局　完成时限：12月底", ["城镇新增就业"]),
    # fields parted by two half-width spaces
    (
        "任务：供水保障  指标：建成农村集中供水工程15处，提升2.4万人供水保障水平  责任单位：县水利局",
        ["建成农村集中供水工程", "供水保障水平"],
    ),
    ("任务：就业服务  指标：城镇新增就业2800人  牵头单位：县人社局", ["城镇新增就业"]),
    # fields parted by ｜ (read right before too)
    (
        "任务：供水保障｜指标：建成农村集中供水工程15处，提升2.4万人供水保障水平｜责任单位：县水利局",
        ["建成农村集中供水工程", "供水保障水平"],
    ),
    ("任务：就业服务｜指标：城镇新增就业2800人｜牵头单位：县人社局", ["城镇新增就业"]),
]

FIELD_GUARDS = [
    # a space inside a measure with no label and colon after it: the words after the space stay the measure's
    ("新建3所 公办幼儿园，建成2个社区食堂", ["公办幼儿园", "社区食堂"]),
    # a figure's clause ending at a colon with no space before the label: as before
    ("完成3项改革：甲、乙、丙", ["改革"]),
    # the words after the space too long for a label: the measure runs to the colon as before
    ("建成3个 智慧社区综合服务中心示范点：甲、乙、丙", ["智慧社区综合服务中心示范点"]),
]


def _metrics(text):
    return [i.metric for i in parse(text)[0]]


@pytest.mark.parametrize(("task", "metrics"), FIELDS + FIELD_GUARDS)
def test_field_metrics(task, metrics):
    assert _metrics(task) == metrics


STATUS = [
    # the people whose level of a service is raised, answered by those the finished works benefit
    (
        "任务：供水保障　指标：建成农村集中供水工程15处，提升2.4万人供水保障水平　责任单位：县水利局",
        "15处供水工程均已完工通水，受益人口2.6万人。",
        DEC,
        "completed",
    ),
    (
        "任务：供水保障  指标：建成农村集中供水工程15处，提升2.4万人供水保障水平  责任单位：县水利局",
        "截至12月20日：供水工程15处已全部建成，惠及群众2.5万人。",
        DEC,
        "completed",
    ),
    (
        "任务：供水保障｜指标：建成农村集中供水工程15处，提升2.4万人供水保障水平｜责任单位：县水利局",
        "截至12月20日：供水工程15处已全部建成，惠及群众2.5万人。",
        DEC,
        "completed",
    ),
]

GUARDS = [
    # the works still going on: the people served so far are no count done, the works' pace decides
    (
        "任务：供水保障　指标：建成农村集中供水工程15处，提升2.4万人供水保障水平　责任单位：县水利局",
        "已完工10处，其余5处正在施工，受益人口1.6万人。",
        DEC,
        "on_track",
    ),
    # households whose houses are rebuilt are no people a work benefits
    ("提升改造老旧小区1200户", "已完成改造600户，惠及居民1300户。", DEC, "behind"),
    # a task to solve a problem for people: as before
    ("解决1500人安全饮水问题", "供水工程已完工并通水，惠及群众1620人。", SEP, "completed"),
]


@pytest.mark.parametrize(("task", "progress", "as_of", "status"), STATUS + GUARDS)
def test_status(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status


APR = date(2026, 4, 30)

FIRMS = [
    # one firm named done of eight in April, the rest only auditing: under half the pace
    (
        "全年完成区属企业混合所有制改革8户",
        "某某物流公司已完成混改并办理工商变更，另有2户正在开展审计评估。",
        APR,
        "seriously_behind",
    ),
    # two firms named done of eight in April
    (
        "全年完成区属企业混合所有制改革8户",
        "甲物流公司、乙文旅集团均已完成混改，另有2户正在开展审计评估。",
        APR,
        "behind",
    ),
    # one of three in April: on pace
    (
        "年内完成市属企业股权多元化改革3家",
        "截至4月底：某某水务集团已完成引战增资并办理工商变更；另有1家正在开展清产核资。",
        APR,
        "on_track",
    ),
]

FIRM_GUARDS = [
    # a named firm only audited: preparation, as before
    ("全年完成区属企业混合所有制改革8户", "某某物流公司已完成审计评估，正在制定混改方案。", APR, "on_track"),
    # the reply counts the firms itself: its count decides
    ("全年完成区属企业混合所有制改革8户", "已完成混改3户，其中某某物流公司已完成工商变更。", APR, "on_track"),
    # a firm foretold to finish
    ("全年完成区属企业混合所有制改革8户", "某某物流公司计划6月完成混改。", APR, "unclear"),
]


@pytest.mark.parametrize(("task", "progress", "as_of", "status"), FIRMS + FIRM_GUARDS)
def test_named_firms(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status
