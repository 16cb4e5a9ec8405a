"""Statusc's rules of stop 65 (issue 11): the misses of the real published dev rows (bench/labels/status/pages*.json of
the dev split, h1.json, corpus pages 055–057) grouped by the way of writing, the general groups mended, each with a
table of examples in other words and near-miss guards.  Sentences invented in the manner of progress pages, no label
row quoted.

Mended: (1) a plan raised or cut during the year, written in the task (投资计划由年初的80亿元调整为95亿元, 由原计划的
300套调减至240套): the figure at the year's start was superseded, the changed figure is the target, under the plan's
name (indicators._raised_plans, words.toml target.plan_raised_from, target.plan_raised_verb); the times a plan was
changed (计划经过四次调整) are no count to reach (target.plan_adjusted_times); (2) a reply whose one sentence says an
interim node of the plan done (提前一个月完成6月份节点任务) beside the work that made it: that node, not the task, is
done — no whole completed (rules/status_statements.WholeStatement, words.toml report.items_milestone); (3) a cap set by
a line or target the task prints no figure of (失业率控制在省控线以内, 居民消费价格涨幅调控目标), answered by the rate put
under the line by points (低于省控线0.84个百分点): held — on pace before the deadline, completed at the year's end; put
over it, behind (rules.CapLineHeld, words.toml status.cap_line, status.cap_line_held, status.cap_line_broken)."""

from datetime import date

import pytest

from luoshi.engine.indicators import parse
from tests.status_judge import judge

pytestmark = pytest.mark.engine

_MAR31, _APR30, _JUN30, _SEP30, _OCT31, _DEC31 = (
    date(2026, 3, 31),
    date(2026, 4, 30),
    date(2026, 6, 30),
    date(2026, 9, 30),
    date(2026, 10, 31),
    date(2026, 12, 31),
)


def _ids(rows):
    return [f"{t}|{p}" for t, p, *_ in rows]


# (1) a plan raised or cut during the year: the changed figure is the target
RAISED_PLAN = [
    # 7100/9500 = 74.7% under 83.3 by more than five (against the first plan, 8000, it would be 88.8%: on pace)
    ("全省农村公路建设计划由年初的8000公里调增至9500公里", "1-10月完成农村公路建设7100公里", _OCT31, "behind"),
    # 58/75 = 77.3% under the band (the plan's adjustments counted as 两次: no count)
    ("全市水利投资计划经过两次调整,由年初计划的60亿元追加至75亿元", "全市完成水利投资58亿元", _OCT31, "behind"),
    # a plan cut: 2100/2400 = 87.5% over 74.8 by more than five
    ("保障性租赁住房筹集计划由原计划的3000套调减至2400套", "已筹集保障性租赁住房2100套", _SEP30, "ahead"),
    # 2.2/2.6 = 84.6% over the band
    ("年度造林计划由年初的2万亩调整为2.6万亩", "完成造林2.2万亩", _SEP30, "ahead"),
]

RAISED_PLAN_PARSED = [
    ("全市棚改计划由年初的3000套调增至4500套", [("全市棚改计划", 4500.0, "套")]),
    ("年度投资计划由年初的80亿元调整为95亿元", [("年度投资计划", 95.0, "亿元")]),
    ("全市水利投资计划经过两次调整,由年初计划的60亿元追加至75亿元", [("全市水利投资计划", 75.0, "亿元")]),
]

RAISED_PLAN_GUARDS = [
    # a level's start and end with no word of a plan's start: not read as a raised plan (both figures kept)
    ("城镇化率由60%提高到65%", 2),
    # last year's figure, no plan of this year's start: both kept
    ("新增就业由去年的8000人增加至9000人", 2),
    # a count of times that is the task's own (drills to hold), no plan adjusted: kept
    ("全年组织应急演练3次", 1),
    # a plan's start figure with no raise after it: kept
    ("完成年初计划的投资80亿元", 1),
]


@pytest.mark.parametrize("task,progress,as_of,status", RAISED_PLAN, ids=_ids(RAISED_PLAN))
def test_raised_plan(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status


@pytest.mark.parametrize("task,expected", RAISED_PLAN_PARSED, ids=[t for t, _ in RAISED_PLAN_PARSED])
def test_raised_plan_parsed(task, expected):
    assert [(i.metric, i.value, i.unit) for i in parse(task)[0]] == expected


@pytest.mark.parametrize("task,count", RAISED_PLAN_GUARDS, ids=[t for t, _ in RAISED_PLAN_GUARDS])
def test_raised_plan_guards(task, count):
    assert len(parse(task)[0]) == count


# (2) an interim node of the plan said done: no whole completed
NODE_DONE = [
    ("组建市公共卫生应急指挥部", "于4月份成立指挥部办公室和专家委员会,提前完成5月份节点任务", _JUN30, "on_track"),
    ("组建区人才发展集团", "已于3月注册成立公司并选聘经营班子,提前一个月完成4月份节点任务", _APR30, "on_track"),
    ("成立县职业教育联盟", "8月召开联盟成立大会,按时完成三季度节点目标", _SEP30, "on_track"),
]

NODE_DONE_GUARDS = [
    # the work said done with no node: the rules as before (the setup done is the task's)
    ("组建区人才发展集团", "已于3月注册成立公司并选聘经营班子", _APR30, "completed"),
    # the whole said done
    ("组建区人才发展集团", "区人才发展集团已全面完成组建", _APR30, "completed"),
    ("组建区人才发展集团", "已于3月注册成立公司,提前完成全年目标任务", _APR30, "completed"),
    ("建设区急救指挥中心", "区急救指挥中心已建成并投入使用", _JUN30, "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,status", NODE_DONE, ids=_ids(NODE_DONE))
def test_node_done(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status


@pytest.mark.parametrize("task,progress,as_of,status", NODE_DONE_GUARDS, ids=_ids(NODE_DONE_GUARDS))
def test_node_done_guards(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status


# (3) a cap by a line whose figure the task does not print
CAP_LINE = [
    ("城镇调查失业率控制在省控线以内", "全年城镇调查失业率为4.1%,低于省控线1.4个百分点。", _DEC31, "completed"),
    ("城镇登记失业率控制在省控线、市控线以内", "1-9月城镇登记失业率2.6%,低于市控线0.9个百分点", _SEP30, "on_track"),
    ("居民消费价格涨幅控制在调控目标以内", "前三季度居民消费价格上涨2.1%,低于年度调控目标0.9个百分点。", _SEP30, "on_track"),
    ("城镇登记失业率控制目标", "截至年底,全县城镇登记失业率为2.8%,控制在省定控制目标以内。", _DEC31, "completed"),
    ("城镇登记失业率控制在省控线以内", "上半年城镇登记失业率为4.7%,高于省控线0.2个百分点。", _JUN30, "behind"),
]

CAP_LINE_GUARDS = [
    # a cap whose figure the task prints: the figures decide, not this rule
    ("城镇调查失业率控制在4.8%以内", "全年城镇调查失业率为4.1%,低于省控线1.4个百分点。", _DEC31),
    # the line said not passed with no rate and no gap: no figure (rule question 8)
    ("城镇登记失业率控制在省控线以内", "城镇登记失业率未超过省控线。", _DEC31),
    # work for the measure, no word of the line
    ("城镇登记失业率控制在省控线以内", "开展就业援助月活动,帮扶困难人员就业320人。", _SEP30),
    # the line only in a plan
    ("城镇登记失业率控制在省控线以内", "力争全年失业率低于省控线1个百分点。", _SEP30),
]


@pytest.mark.parametrize("task,progress,as_of,status", CAP_LINE, ids=_ids(CAP_LINE))
def test_cap_line(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert (a.status, a.rule) == (status, "CapLineHeld")


@pytest.mark.parametrize("task,progress,as_of", CAP_LINE_GUARDS, ids=_ids(CAP_LINE_GUARDS))
def test_cap_line_guards(task, progress, as_of):
    assert judge(task, progress, as_of).rule != "CapLineHeld"


# Known misses of the real dev rows left unmended this stop, in other words (strict: a fix must move them here).
KNOWN_MISSES = [
    # a share of one named works among the several the task counts, the rest still designing at mid-year: not the
    # whole's share (README rule question 23); none of five done, the rest at preparation — the count decides
    ("年内完成5个工业园区雨污分流改造", "东区园区已完成改造工程量60%左右,其余4个园区正在设计中。", _JUN30, "seriously_behind"),
    # (one of a part's two works still at its design past two-thirds of the year: mended by statusa at stop 66 —
    # rules/judging_clauses._other_item_idle; now in KNOWN_MISSES_MENDED below)
    # (funds raised beside funds paid out for an input target: mended by statush at stop 65, README rule question 54 —
    # now in tests/test_status_statush65.py FUNDS)
]


# Mended by statusa at stop 66 (tests/test_status_statusa66.py), kept here as plain cases: a later clause of the part's
# sentence opened by its other item (另一处…) still at design past mid-year makes the part behind.
KNOWN_MISSES_MENDED = [
    ("新建社区口袋公园1个、公厕2处", "口袋公园已建成;一处公厕主体完成80%,另一处公厕仍在方案设计中。", date(2026, 8, 31),
     "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,status", KNOWN_MISSES_MENDED, ids=_ids(KNOWN_MISSES_MENDED))
def test_known_misses_mended(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status


@pytest.mark.xfail(strict=True, reason="known misses of the real dev rows, not mended at stop 65 (statusc)")
@pytest.mark.parametrize("task,progress,as_of,status", KNOWN_MISSES, ids=_ids(KNOWN_MISSES))
def test_known_misses(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status
