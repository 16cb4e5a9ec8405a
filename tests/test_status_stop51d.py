"""Issue 11, statusd (stop 51): phenomena mended after stop 51's held-out invented sets, each tested from a table of
(text, expected) cases written for this file in its own words — no label's sentence, no scored row."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

# A reply in one cell opened by its column's label (完成情况：, 进展情况：…): the label's 完成 is a name, no stage of the work;
# what the cell says after it is read as if the label were not there.
SECTION_LABEL = [
    ("建设全区智慧停车管理平台，年内上线运行。", "完成情况：因上级资金尚未下达，该平台暂未启动建设。",
     date(2025, 8, 31), "not_started"),
    ("建成乡镇综合文化站3个，年底前投入使用。", "完成情况：该项目暂未实施。",
     date(2025, 4, 30), "not_started"),
    ("开展城区雨污分流改造工程，年内完工。", "完成情况：受征迁影响，工程暂未开工。",
     date(2024, 7, 31), "not_started"),
    ("建设县级应急指挥中心，年内建成。", "进展情况：受资金影响，项目尚未启动。",
     date(2025, 9, 30), "not_started"),
    # guards: the words after the label still say done or under way
    ("建成社区养老服务站5个。", "完成情况：5个养老服务站已全部建成并投入使用。", date(2025, 9, 30), "completed"),
    ("实施老旧供水管网改造，年内完工。", "完成情况：工程主体正在施工，已完成进度的六成。", date(2025, 6, 30), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", SECTION_LABEL)
def test_section_label_is_no_stage(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# A task that is a level to reach (满意度达到90%以上, 知晓率达到85%) whose reply only says when the survey or assessment
# measuring it is to be held, or that it has not been held: the level has no figure yet — unclear, not work not begun
# (words.toml report.measure_pending, rules.NotStarted).  A clause of the works themselves not begun stays not started.
MEASURE_PENDING = [
    ("群众对政务服务的满意度达到95%以上。", "年度满意度测评计划于12月由第三方机构开展。",
     date(2025, 9, 30), "unclear"),
    ("居民对社区物业服务满意率达到85%。", "物业服务满意度问卷调查拟于四季度组织实施。",
     date(2025, 8, 31), "unclear"),
    ("食品安全群众满意度达到80%以上。", "全市食品安全满意度调查将于次年一季度开展。",
     date(2025, 12, 31), "unclear"),
    ("防灾减灾知识知晓率达到90%。", "知晓率抽样调查尚未开展。",
     date(2025, 10, 31), "unclear"),
    # guards: the works not begun, and a survey's figure given
    ("农村自来水普及率达到98%。", "供水管网延伸工程尚未启动。", date(2025, 6, 30), "not_started"),
    ("群众对政务服务的满意度达到95%以上。", "经第三方测评，群众满意度为97.2%。", date(2025, 12, 31), "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", MEASURE_PENDING)
def test_measure_still_to_come_is_unclear(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# A results column's label (完成情况：, 完成进度：) before a sentence about the year's task (年度任务已分解到各乡镇): the label's
# 完成 is a name, not the year's task said done — the sentence after it is read on its own (rules/status_statements.py
# _WHOLE_SCOPE_DONE refuses completion.noun_after after 完成 and a colon in its gap).
LABEL_BEFORE_WHOLE = [
    ("完成农村户厕改造5000户。", "完成情况：年度任务已分解到各乡镇，正在开展入户摸底。",
     date(2025, 8, 31), "behind"),
    ("新建城市口袋公园20个。", "完成情况：全年任务已下达至各街道，目前正在选址和方案设计。",
     date(2025, 9, 30), "behind"),
    ("完成老旧小区改造30个。", "完成进度：年度任务已分解落实到各街道，正在开展设计招标。",
     date(2025, 10, 31), "behind"),
    # guards: the year's task said done after the label
    ("完成老旧小区改造30个。", "完成情况：已全面完成全年目标任务。", date(2025, 12, 31), "completed"),
    ("新建城市口袋公园20个。", "完成情况：全年任务已全部完成。", date(2025, 11, 30), "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", LABEL_BEFORE_WHOLE)
def test_label_before_year_task_is_no_whole_done(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
