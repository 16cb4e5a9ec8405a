"""The status rules of docs/status-rules.md, as a table of (progress, task) → verdict.

Inputs are read by the engine's own parsers, as in use; the examples are made
up in the manner of the samples (held-out status labels are scored by
bench/status.py only)."""

from datetime import date

import pytest

from luoshi.engine.assess import assess_row, expected_pct
from luoshi.engine.indicators import parse
from luoshi.engine.judgement import Task
from luoshi.engine.progress import parse_row

pytestmark = pytest.mark.engine

MID_YEAR = date(2020, 6, 30)          # 序时进度 49.7% (182 of 366 days)


def judge(progress, task_text, as_of=MID_YEAR):
    indicators, milestones = parse(task_text)
    task = Task(id="T1", source={}, text=task_text, indicators=indicators, milestones=milestones)
    return assess_row(parse_row(progress, task=task_text), task, as_of)


VERDICTS = [
    # (progress, task) → (status, completion %, evidence quoted from the progress)
    # 1. a stated completion rate is the department's own measure
    (("累计回迁安置470户,完成率47%", "回迁安置1200户"), ("on_track", 47.0, ["完成率47%"])),
    # 2. a figure of the target's metric and unit: its share of the target against 序时进度
    (("完成安置620套。", "完成安置500套。"), ("completed", 124.0, ["620套"])),
    (("完成65个", "完成100个"), ("ahead", 65.0, ["65个"])),
    (("完成45个", "完成100个"), ("on_track", 45.0, ["45个"])),
    (("完成30个", "完成100个"), ("behind", 30.0, ["30个"])),
    (("完成12个", "完成100个"), ("seriously_behind", 12.0, ["12个"])),
    (("完成100个", "完成100个"), ("completed", 100.0, ["100个"])),
    (("完成扩绿2.5万平方米。", "扩绿2万平方米"), ("completed", 125.0, ["2.5万平方米"])),    # scale respected
    (("使用资金共计4200万元", "使用资金6亿元"), ("seriously_behind", 7.0, ["4200万元"])),
    (("化解纠纷案件3起", "化解纠纷案件10件"), ("behind", 30.0, ["3起"])),                  # 起 counts as 件
    (("完成50个", "6月底前完成100个"), ("behind", 50.0, ["50个"])),       # a deadline sets the pace: 100% due
    (("完成50个", "年底前完成100个"), ("on_track", 50.0, ["50个"])),
    (("全区重大建设项目审批时间平均75天。", "审批“最多80天”"), ("completed", 100.0, ["75天"])),   # a ceiling
    (("全区重大建设项目审批时间平均85天。", "审批“最多80天”"), ("behind", None, ["85天"])),
    # a rate target is held or not: no share of it to complete
    (("地区生产总值增长7.1%", "地区生产总值增长6%以上"), ("on_track", None, ["7.1%"])),
    (("地区生产总值增长率为-9.6%", "地区生产总值增长6%以上"), ("seriously_behind", None, ["-9.6%"])),
    (("单位能耗下降4.2%", "单位能耗下降3%"), ("on_track", None, ["4.2%"])),
    (("单位能耗下降1.2%", "单位能耗下降3%"), ("behind", None, ["1.2%"])),
    (("城镇登记失业率3.1%", "城镇登记失业率控制在3.5%以内"), ("on_track", None, ["3.1%"])),
    # 3. the stage the report states
    (("项目已全面完成并投入使用", "建成社区文化家园"), ("completed", None, ["项目已全面完成并投入使用"])),
    (("暂未改造。", "完成60间校园食堂提升改造"), ("not_started", 0.0, ["暂未改造"])),
    (("一期主体结顶", "建成社区文化家园"), ("on_track", None, ["一期主体结顶"])),
    (("出台《区属企业薪酬管理办法》。", "深化国资国企改革。"), ("on_track", None, ["出台《区属企业薪酬管理办法》。"])),
    (("河道绿道工程正在招标。", "建成河道沿河绿道。"), ("behind", None, ["河道绿道工程正在招标"])),   # preparing past mid-year
    # the unit's own statement: on pace, basis unit_statement (tests/test_status_rules.py)
    (("正常进行中。", "确保完成年度任务"), ("on_track", None, ["正常进行中"])),
    # nothing checkable: unclear, never a guess
    (("积极推进托育工作。", "新增托育机构5家"), ("unclear", None, [])),
    (("供水改造工程小区2个。", "新建城市书房10个"), ("unclear", None, [])),             # another metric
    (("开展研发投入统计辅导,发动200家企业系统注册。", "全社会研发经费支出增长12%"), ("unclear", None, [])),
    # a figure in a clause about pending work is not work done: preparation past mid-year is behind
    (("8座垃圾房提升改造准备发布招投标公告;已安装60套称重设备。", "提升改造垃圾房8座"), ("behind", None, ["8座"])),
]


@pytest.mark.parametrize("given,expected", VERDICTS, ids=[f"{p}→{t}" for (p, t), _ in VERDICTS])
def test_verdict(given, expected):
    a = judge(*given)
    assert (a.status, a.completion_pct, [e.text for e in a.evidence if e.source == "progress"]) == expected
    assert a.reason and "\n" not in a.reason and any("\u4e00" <= ch <= "\u9fff" for ch in a.reason)
    assert a.expected_pct == expected_pct(MID_YEAR, None) or "月底" in given[1]


def test_preparation_is_on_track_before_mid_year():
    assert judge("河道绿道工程正在招标。", "建成河道沿河绿道。", date(2020, 3, 31)).status == "on_track"


@pytest.mark.parametrize("as_of,deadline,expected", [
    (date(2020, 6, 30), None, 49.7), (date(2021, 12, 31), None, 100.0), (date(2021, 1, 1), None, 0.3),
    (date(2020, 3, 31), date(2020, 6, 30), 50.0),
])
def test_expected_pace_is_the_elapsed_share(as_of, deadline, expected):
    assert expected_pct(as_of, deadline) == expected


def test_the_reason_shows_units_as_written():
    a = judge("使用资金共计4200万元", "使用资金6亿元")
    assert "6亿元" in a.reason and "4200万元" in a.reason and "亿亿" not in a.reason


# A task with two dated milestones (6月底前完成方案，年底前建成): the task's deadline is the last one, its completion's;
# the earlier is an interim milestone whose stage is compared at its own date — met, or not yet due, the task is on
# its year-end pace; missed once its date has passed, the task is behind.  Judged against a Task object and against
# the task's text alone, the verdict is the same.  Invented rows, labelled before the engine ran on them.
TWO_MILESTONES = [
    # (as_of, task, progress) → the statuses a careful reader accepts
    (date(2020, 9, 30), "6月底前完成方案设计，年底前建成区文化中心", "方案设计已完成，主体结构正在施工。", {"on_track"}),
    (date(2020, 9, 30), "6月底前完成方案设计，年底前建成区文化中心", "正在编制方案。", {"behind", "seriously_behind"}),
    (date(2020, 6, 30), "6月底前完成方案设计，年底前建成区文化中心", "方案设计已完成。", {"on_track"}),
    (date(2020, 5, 31), "6月底前完成方案设计，年底前建成区文化中心", "正在编制方案。", {"on_track"}),
    (date(2020, 10, 31), "9月底前开工建设，年底前完成主体结构", "项目9月已开工，目前基础施工中。", {"on_track"}),
    (date(2020, 10, 31), "9月底前开工建设，年底前完成主体结构", "正在办理施工许可。", {"behind", "seriously_behind"}),
    (date(2020, 9, 30), "年底前建成城市书房，6月底前完成选址", "已完成选址，正在装修。", {"on_track"}),
    (date(2020, 6, 30), "3月底前完成招标，年底前建成投用", "已完成招标，项目4月开工，正在进行主体施工。", {"on_track"}),
    (date(2020, 6, 30), "3月底前完成招标，年底前建成投用", "正在编制招标文件。", {"behind", "seriously_behind"}),
    # (the interim step itself under way, or a share of it done, is no step reached)
    (date(2020, 6, 30), "3月底前完成征地拆迁，年底前建成通车", "征地拆迁正在推进，已完成七成。", {"behind", "seriously_behind"}),
    (date(2020, 6, 30), "3月底前完成征地拆迁，年底前建成通车", "征地拆迁已全部完成，路基正在施工。", {"on_track"}),
]


@pytest.mark.parametrize("as_of,task_text,progress,accepted", TWO_MILESTONES,
                         ids=[f"{a:%m%d}-{p}" for a, _, p, _ in TWO_MILESTONES])
def test_two_milestones_the_last_is_the_deadline(as_of, task_text, progress, accepted):
    with_task = judge(progress, task_text, as_of)
    indicators, _ = parse(task_text)
    text_only = assess_row(parse_row(progress, task=task_text), None, as_of, targets=indicators, task_text=task_text)
    assert with_task.expected_pct == expected_pct(as_of) < 100.0
    assert with_task.status in accepted
    assert (text_only.status, text_only.expected_pct) == (with_task.status, with_task.expected_pct)


# A task that is itself a preparatory step (完成…方案设计, 完成…项目招标), with no works to start or build: the report
# finishing that very step completes it; a draft, another step, or a task that goes on to start works does not.
PREP_TASKS = [
    # (as_of, task, progress) → completed?
    (date(2020, 6, 30), "完成城东片区改造方案设计", "方案设计已完成。", True),
    (date(2020, 10, 31), "9月底前完成城东片区改造方案设计", "方案设计已完成。", True),
    (date(2020, 12, 31), "完成滨江公园项目招标", "项目招标已完成，中标单位已进场。", True),
    (date(2020, 9, 30), "完成城西污水处理厂前期工作", "已完成可研编制,正在进行初步设计。", False),
    (date(2020, 9, 30), "完成城东片区改造方案编制", "方案初稿已完成，正在征求意见。", False),
    (date(2020, 6, 30), "6月底前完成老城区微改造方案设计，10月底前开工", "方案设计已全部完成，正在进行施工招标。", False),
]


@pytest.mark.xfail(strict=True, reason="a quarter of the year named as a milestone's date is no milestone deadline to "
                   "indicators.parse, so the interim milestone is not judged at its date")
def test_known_miss_an_interim_milestone_dated_by_quarter():
    as_of, task_text = date(2020, 6, 30), "一季度完成片区规划方案，年底前建成开放"
    assert judge("规划方案仍在编制中。", task_text, as_of).status in ("behind", "seriously_behind")


@pytest.mark.parametrize("as_of,task_text,progress,done", PREP_TASKS, ids=[t for _, t, _, _ in PREP_TASKS])
def test_a_preparatory_task_finished_is_completed(as_of, task_text, progress, done):
    assert (judge(progress, task_text, as_of).status == "completed") is done
