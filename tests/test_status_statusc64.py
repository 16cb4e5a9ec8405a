"""Statusc's rules of stop 64 (issue 11): the misses of the real published dev rows (bench/labels/status/pages*.json,
h1.json, stage*.json) grouped by the way of writing, the largest general groups mended, each with a table of examples
in other words and near-miss guards.  Sentences invented in the manner of supervision bulletins, no label row quoted.

Mended: (1) an office's class given to the row — put in a class by its quoted name (本项列入“有一定进度”类, 本项为“达到
时序进度”) or a class heading of some progress opening the row with its items counted after it (二是有一定进度的实事项目
11个): 有一定进度 is the class below those on pace, behind (rules.OfficeClass, judging.toml words.class_assign_lead,
words.class_some_progress, words.class_done); (2) the works' finish rate (竣工率, 完工率) beside their start rate, for a
task asking the works finished or counting its building task: the stated share (progress._finish_rate, words.toml
progress.finish_rate); (3) a share of the year's plan written without its percent sign (完成年度计划92.13, 占目标计划的
37.6): a figure with decimals closing its clause after the share's words (progress._PCT_OF_PLAN); (4) the task said
exceeded with no object but 任务, closing its clause (…全部完成建设,超额完成任务。 同样超额完成): the whole task done
(rules/status_statements._OVER_DONE_CLOSE, words.toml report.over_done_close); (5) an office's 未达到目标任务进度 (the
target's pace not reached) as a behind statement, as 未达到序时进度 is (judging.toml words.behind_statement)."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

_JUN30, _AUG31, _SEP30, _OCT31, _DEC31 = (
    date(2026, 6, 30),
    date(2026, 8, 31),
    date(2026, 9, 30),
    date(2026, 10, 31),
    date(2026, 12, 31),
)


def _ids(rows):
    return [f"{t}|{p}" for t, p, *_ in rows]


# (1) the office's class given to the row
OFFICE_CLASS = [
    ("实施背街小巷改造", "区督查室：本项列入“有一定进度”类。", _SEP30, "behind"),
    ("建设智慧停车系统", "市督查办通报，本项被列入“有一定进展”一档。", _OCT31, "behind"),
    ("农村饮水安全巩固提升", "三是有一定进度的民生项目7个,占比达17.5%", _OCT31, "behind"),
    ("城区防洪排涝工程", "(二)有一定进度的重点事项5项,占比12.5%。", _SEP30, "behind"),
    (
        "新建口袋公园8个",
        "县督查办：本项为“正常推进”（分“已完成”“正常推进”“有一定进度”三类）。",
        _SEP30,
        "on_track",
    ),
    ("新建口袋公园8个", "县督查办：本项评定为“已完成”。", _DEC31, "completed"),
    ("社区养老服务中心建设", "本项列入“进度滞后”类，督查室已约谈责任单位。", _AUG31, "behind"),
]

OFFICE_CLASS_GUARDS = [
    # a unit's own words of some progress in a sentence, no class: not the office's class
    ("农村饮水安全巩固提升", "目前工作已有一定进度,正在铺设管网。", _OCT31),
    # a quoted name that is no class (a list's name): nothing read
    ("推进城市更新项目", "本项目已列入“省重点项目”名单，主体工程正在施工。", _JUN30),
    # a heading of some progress that is not the row's opening (a sentence's middle): not the row's class
    ("推进城市更新项目", "主体工程正在施工，全市有一定进度的项目共9个。", _JUN30),
]


@pytest.mark.parametrize("task,progress,as_of,status", OFFICE_CLASS, ids=_ids(OFFICE_CLASS))
def test_office_class(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert (a.status, a.rule) == (status, "OfficeClass")


@pytest.mark.parametrize("task,progress,as_of", OFFICE_CLASS_GUARDS, ids=_ids(OFFICE_CLASS_GUARDS))
def test_office_class_guards(task, progress, as_of):
    assert judge(task, progress, as_of).rule != "OfficeClass"


def test_office_class_confidence():
    # the office's class is its verdict on the row, as its list's is (basis statement): no person needed, and the share
    # after a heading is the class's part of the programme, never read as the item's progress
    for task, progress, as_of in (
        ("农村饮水安全巩固提升", "三是有一定进度的民生项目7个,占比达17.5%", _OCT31),
        ("实施背街小巷改造", "区督查室：本项列入“有一定进度”类。", _SEP30),
    ):
        a = judge(task, progress, as_of)
        assert (a.basis, a.needs_person, a.completion_pct) == ("statement", False, None)


# (2) the works' finish rate for a task asking them finished or counting its building task
FINISH_RATE = [
    ("第二批农村危房改造建设任务860户", "开工860户,已竣工790户,开工率100%,竣工率91.9%", _SEP30, "ahead"),
    ("2026年计划竣工保障性住房1200套", "已竣工180套,竣工率为15%", _SEP30, "seriously_behind"),
    ("棚户区改造任务640套", "开工和竣工率分别达100%", _DEC31, "completed"),
    ("年内建成农村供水站30座", "完工率62%", _SEP30, "behind"),
]

FINISH_RATE_GUARDS = [
    # a start task: its start count decides, the finish rate is not its share
    ("年内新开工保障性住房1200套", "开工1100套,竣工率为40%", _SEP30, "ahead"),
    # a task of a rate of its own: no finish rate read as its share
    ("保障性住房竣工率达到90%", "竣工率为85%", _SEP30, None),
]


@pytest.mark.parametrize("task,progress,as_of,status", FINISH_RATE, ids=_ids(FINISH_RATE))
def test_finish_rate(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status


@pytest.mark.parametrize("task,progress,as_of,status", FINISH_RATE_GUARDS, ids=_ids(FINISH_RATE_GUARDS))
def test_finish_rate_guards(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    if status is not None:
        assert a.status == status
    assert not (a.rule == "StatedRate" and any("竣工率" in e.text for e in a.evidence) and "率" in task)


# (3) a share of the year's plan with no percent sign
SHARE_NO_SIGN = [
    ("全年完成工业投资80亿元", "完成年度计划87.41", _DEC31, "behind"),
    ("全年完成工业投资80亿元", "完成工业投资41.2亿元,占年度计划的51.3,进度正常", _JUN30, "on_track"),
    ("全年实现税收收入12亿元", "实现税收8.1亿元,完成年度目标的67.5", _JUN30, "ahead"),
]

SHARE_NO_SIGN_GUARDS = [
    # a figure with its unit after the plan: an amount, no share
    ("全年完成工业投资80亿元", "完成年度计划40.5亿元", _JUN30),
    # a whole number closing the clause: no share read
    ("全年完成工业投资80亿元", "完成年度计划1200", _JUN30),
]


@pytest.mark.parametrize("task,progress,as_of,status", SHARE_NO_SIGN, ids=_ids(SHARE_NO_SIGN))
def test_share_without_percent_sign(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert (a.status, a.rule) == (status, "StatedRate")


@pytest.mark.parametrize("task,progress,as_of", SHARE_NO_SIGN_GUARDS, ids=_ids(SHARE_NO_SIGN_GUARDS))
def test_share_without_percent_sign_guards(task, progress, as_of):
    assert judge(task, progress, as_of).rule != "StatedRate"


# (4) the task said exceeded, closing its clause
OVER_DONE = [
    ("新建公共充电桩200个", "全部完成建设,超额完成任务。", _DEC31, "completed"),
    ("新建公共充电桩200个", "各镇街同样超额完成。", _DEC31, "completed"),
    ("开展农民技能培训", "共举办培训班46期,均已超额完成", _DEC31, "completed"),
]

OVER_DONE_GUARDS = [
    # foretold: a plan, not done
    ("新建公共充电桩200个", "已建成150个,力争超额完成任务。", _SEP30),
    # a part of the year exceeded, not the whole
    ("新建公共充电桩200个", "已建成90个,超额完成一季度任务。", _JUN30),
    # denied
    ("新建公共充电桩200个", "已建成160个,未能超额完成任务。", _DEC31),
]


@pytest.mark.parametrize("task,progress,as_of,status", OVER_DONE, ids=_ids(OVER_DONE))
def test_over_done(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status


@pytest.mark.parametrize("task,progress,as_of", OVER_DONE_GUARDS, ids=_ids(OVER_DONE_GUARDS))
def test_over_done_guards(task, progress, as_of):
    assert judge(task, progress, as_of).status != "completed"


# (5) the target's pace not reached, in the office's words
TARGET_PACE_NOT_REACHED = [
    ("新建城区污水管网改造工程", "15项民生实事中,有3项未达到目标任务进度", _SEP30, "behind"),
    ("农村公路提档升级", "督查室通报：本项未达目标任务进度,需加快推进", _AUG31, "behind"),
    ("建设县级应急物资储备库", "储备库主体施工中，未达到目标进度。", _OCT31, "behind"),
]

TARGET_PACE_GUARDS = [
    # every item said at the target's pace: no lag
    ("农村公路提档升级", "全县民生实事均已达到目标任务进度", _AUG31),
    # a lag negated
    ("农村公路提档升级", "已完成路基80公里，未出现未达到目标任务进度的情况", _AUG31),
]


@pytest.mark.parametrize(
    "task,progress,as_of,status", TARGET_PACE_NOT_REACHED, ids=_ids(TARGET_PACE_NOT_REACHED)
)
def test_target_pace_not_reached(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status


@pytest.mark.parametrize("task,progress,as_of", TARGET_PACE_GUARDS, ids=_ids(TARGET_PACE_GUARDS))
def test_target_pace_guards(task, progress, as_of):
    assert judge(task, progress, as_of).status != "behind"
