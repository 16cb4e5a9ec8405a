"""Issue 11, pagesc: rules learnt from the third set of real published progress rows (bench/labels/status/pages3.json,
dev), each with a table of examples in other words than the pages' and the guards it must not fire on.  Every row here
is written for this file; none is a page's sentence or a scored row.

* A share said of the year's task or plan (progress._STATED, words.toml progress.stated_share_said): year-end
  assessments and tables of 实事 give the work done and then its share with 为 or 占 and no done word (…46座，为任务的
  115%; 完成情况1540，占全年计划77%).  Opening its clause, that share is the page's completion of the task, and 占…计划
  77% is the share of the plan, not a planned share (计划进度60%).  Not a share of something else (占全市的30%, 为上年
  同期的112%), nor one inside a clause (其中…为计划的80%: a part's).
* A rate header with its unit in brackets (words.toml progress.stated_rate_unit): a table's column 完成比例(%) is
  followed by the bare figure (完成比例(%)153); it is the stated rate, as 完成比例153% is.
* The office's word that an item keeps to its dated steps (judging.toml words.unit_statement: 基本达到时间节点要求) is
  on pace as 按节点推进 is, and its negation (words.behind_statement: 未达到时间节点要求) behind; a figure still decides
  beside it, and a rate or level task is still unclear on words alone.
"""

from datetime import date

import pytest

from luoshi.engine.progress import parse_row
from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUN, SEP, OCT, DEC = date(2020, 6, 30), date(2020, 9, 30), date(2020, 10, 31), date(2020, 12, 31)   # 49.7, 74.9, 83.3, 100

STATED_SHARE_SAID = [
    ("新建乡镇污水处理站", "新建乡镇污水处理站46座，为任务的115%", DEC, "completed"),
    ("实施农村公路安保工程", "完成安保工程1860公里，为年计划的93%", DEC, "behind"),
    ("新增普惠托育位2000个", "完成情况1540，占全年计划77%", OCT, "behind"),
    ("改造农贸市场", "改造农贸市场9个，占年度任务的64%", JUN, "ahead"),
    ("发放创业担保贷款", "发放贷款3.2亿元，相当于全年计划的52%", JUN, "on_track"),
    ("新建社区健身步道40条", "完成情况44，占全年计划110%", OCT, "completed"),
]

RATE_HEADER_UNIT = [
    ("城镇新增就业(人)，目标任务4000", "全县进度6120，完成比例(%)153", DEC, "completed"),
    ("开展职业技能培训(人次)，目标任务5000", "进度2100，完成比例(%)42", JUN, "behind"),
    ("新增养老床位(张)，目标任务600", "完成率(%)：81", OCT, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", STATED_SHARE_SAID + RATE_HEADER_UNIT,
                         ids=[f"{r[0]}|{r[1]}" for r in STATED_SHARE_SAID + RATE_HEADER_UNIT])
def test_a_share_said_of_the_task_or_in_a_rate_column_is_the_completion(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)


@pytest.mark.parametrize("progress,stated", [
    ("新建乡镇污水处理站46座，为任务的115%", 115.0),
    ("完成情况1540，占全年计划77%", 77.0),
    ("完成比例(%)153", 153.0),
    # guards: a share of another whole, a change on last year, a share inside its clause (a part's), a planned share,
    # a header with no figure, a rate that is no completion
    ("新建乡镇污水处理站46座，占全市的30%", None),
    ("产值为上年同期的112%", None),
    ("其中公办园招生数为计划的80%", None),
    ("计划进度60%，实际进度55%", 55.0),
    ("全年计划80%", None),
    ("完成比例(%)", None),
    ("增长率(%)6.5", None),
])
def test_which_shares_are_stated(progress, stated):
    assert parse_row(progress, task="新建乡镇污水处理站").stated_pct == stated


TIME_NODES = [
    ("推进城区雨污分流改造", "基本达到时间节点要求", JUN, "on_track"),
    ("实施农村供水保障工程", "总体达到时间节点要求。", SEP, "on_track"),
    # guards: the negation is behind; a figure beside the words decides; a rate task is not vouched for by words
    ("推进城区雨污分流改造", "未达到时间节点要求", JUN, "behind"),
    ("推进城区雨污分流改造", "管网铺设未达到时间节点要求，正在加紧施工", SEP, "behind"),
    ("新建农村公路80公里", "已建成30公里，达到时间节点要求", JUN, "behind"),
    ("农村自来水普及率提高到96%", "达到时间节点要求", JUN, "unclear"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", TIME_NODES, ids=[f"{r[0]}|{r[1]}" for r in TIME_NODES])
def test_the_offices_word_on_time_nodes(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)
