"""Issue 11, statusr (stop 54): the misses of pages45 (bench/labels/status/pages45.json, stop 54's held-out real rows,
judged once by the lead and dev from now on) and two of invented217–219's (statusd takes the others).  Each case is
written in other words than its row (another place, other figures, other wording).  All four are mended by general
rules (MENDED_PAGES45); the table of examples beside them shows each rule on other writing, with the cases it must
leave alone; what is left is a strict xfail (LEFT: pg45-015's shape answered by an amount
alone, and a list named by its start and finish verbs)."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

# (label set row it stands for, task, progress, as of, the convention's status) — once wrong, each for the reason given
# in docs/status-rules.md "statusr, stop 54".
MENDED_PAGES45 = [
    # a list's share of its year plan written 约占…总额N% (a hedge before 占, 总额 after the plan): the plan's share done
    (
        "pg45-014",
        "该县2019年重点开竣工项目52项,其中新开工项目41项,竣工项目11项,总投资560000万元,年度计划投资310000万元",
        "截至3月底,52个项目累计完成投资104000万元,约占年度计划投资总额33.5%,超均衡进度约9个百分点",
        date(2019, 3, 31),
        "ahead",
    ),
    # the same, the list's 其中 breakdown (新开工项目N项) unanswered beside it: the stated share of the plan decides
    (
        "pg45-015",
        "包括农村人居环境整治项目九项,其中新开工项目五项,总投资21400万元,年度计划投资6800万元",
        "截至3月底,累计完成投资3900万元,约占全年计划投资总额57.4%。",
        date(2019, 3, 31),
        "ahead",
    ),
    # the year's estimate hedged with 左右 at 31 December is still the year's figure beside eleven months' actual
    (
        "inv219-018",
        "目标任务：规模以上工业增加值增长8%。",
        "完成情况：1-11月全县规模以上工业增加值同比增长9.2%，预计全年增长9%左右。",
        date(2025, 12, 31),
        "on_track",
    ),
    # a rate answered only by rates of other things (办结率, 满意率 for 接通率): no comparable figure
    (
        "inv218-017",
        "工作任务：12345政务服务便民热线接通率达到90%以上。责任单位：市政务服务中心",
        "前三季度进展：1-9月，12345热线共受理来电8.2万件，按期办结率98.6%，群众满意率96.9%。",
        date(2025, 9, 30),
        "unclear",
    ),
]

# (task, progress, as of, status): the same rules on other writing, and what they leave alone.
EXAMPLES = [
    # a share of the year's plan with a hedge before its verb, or 总额 after the plan
    (
        "全年推进重点项目20个,年度计划投资80亿元",
        "截至6月底,完成投资40.5亿元,约占年度计划的50.6%",
        date(2023, 6, 30),
        "on_track",
    ),
    ("年度计划投资80亿元", "截至9月底,完成投资70亿元,占年度计划投资总额87.5%", date(2023, 9, 30), "ahead"),
    (
        "该区今年重点开竣工项目30项,其中新开工项目22项,竣工项目8项,年度计划投资20亿元",
        "截至3月底,累计完成投资6.4亿元,约占年度计划投资总额32%",
        date(2024, 3, 31),
        "ahead",
    ),
    # the year's estimate with 左右 at the year's end decides, over or under the target; never completed
    (
        "目标任务：一般公共预算收入增长6%。",
        "1-11月一般公共预算收入增长5.1%，预计全年增长6%左右。",
        date(2024, 12, 31),
        "on_track",
    ),
    (
        "目标任务：一般公共预算收入增长6%。",
        "1-11月一般公共预算收入增长6.8%，预计全年增长5%左右。",
        date(2024, 12, 31),
        "behind",
    ),
    # another rate answers nothing; the same rate qualified (签约覆盖率 for 签约率) or beside another still answers
    ("群众满意率达到95%以上", "1-6月，按时办结率98%", date(2024, 6, 30), "unclear"),
    (
        "全区家庭医生重点人群签约率达到75%",
        "重点人群家庭医生签约覆盖率达到77.1%",
        date(2024, 12, 31),
        "completed",
    ),
    ("12345热线接通率达到90%以上", "1-6月热线接通率92.4%，满意率96%", date(2024, 6, 30), "on_track"),
    ("12345热线接通率达到90%以上", "1-6月热线接通率82.4%，满意率99%", date(2024, 6, 30), "behind"),
    ("农村生活污水治理率达到40%", "今年新增治理村12个，治理率达到41.5%", date(2024, 12, 31), "completed"),
]

# Left: (task, progress, as of, status, why it fails today).
LEFT = [
    (
        "包括农村人居环境整治项目九项,其中新开工项目五项,总投资21400万元,年度计划投资6800万元",
        "截至3月底,累计完成投资3900万元。",
        date(2019, 3, 31),
        "ahead",
        "pg45-015's shape with the amount alone (57.4% of the plan, no share stated): the 其中 breakdown of a list read "
        "as its size (其中新开工项目N项) is dropped as a size but its start verb's clause comes back as a part to start, "
        "unreported, the worst part taken: on_track.  Rule question 34 "
        "keeps a count with its own start verb a part (tests/test_status_done_reading.py PROGRAMME_SIZE guards it, "
        "answered); the labels' rule question 37 (the lead's decision D14) reads an unanswered breakdown as what the "
        "list holds, the investment deciding (docs: statusr, stop 54)",
    ),
    (
        "该区今年重点开竣工项目30项,其中新开工项目22项,竣工项目8项,年度计划投资20亿元",
        "截至3月底,累计完成投资6.4亿元",
        date(2024, 3, 31),
        "ahead",
        "a list named by its start and finish verbs (重点开竣工项目N项) is not read as the list's size, so its count and the "
        "其中 counts stay parts, unreported, beside the investment (32% at 31 March, band to 29.9%): on_track, the worst "
        "part taken; where the reply states the plan's share (约占…32%) that share decides",
    ),
]

# statusd, stop 55: left, not mended.
NOT_NOW = ("; not now (statusd, stop 55): a list's breakdown after 其中 is a part when answered (rule question 34) and what "
           "the list holds when not (rule question 37, D14); telling the two apart on the reply alone needs the list's "
           "own naming, and no other dev error shows the shape")


@pytest.mark.parametrize("row,task,progress,as_of,expected", MENDED_PAGES45)
def test_pages45_mended(row, task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


@pytest.mark.parametrize("task,progress,as_of,expected", EXAMPLES)
def test_pages45_rules(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


@pytest.mark.parametrize(
    "task,progress,as_of,expected",
    [pytest.param(t, p, a, e, marks=pytest.mark.xfail(strict=True, reason=r + NOT_NOW)) for t, p, a, e, r in LEFT],
)
def test_pages45_left(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
