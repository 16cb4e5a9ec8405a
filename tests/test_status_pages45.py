"""Issue 11, statusr (stop 54): the misses of pages45 (bench/labels/status/pages45.json, stop 54's held-out real rows,
judged once by the lead and dev from now on) and two of invented217–219's (statusd takes the others), recorded as
strict xfails.  Each case is written in other words than its row (another place, other figures, other wording) and
fails today with the engine's wrong answer for the reason given; a general fix makes it pass and moves it to
MENDED_PAGES45."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

# (label set row it stands for, task, progress, as of, the convention's status, what the engine does today and why)
MISSES_PAGES45 = [
    (
        "pg45-014",
        "该县2019年重点开竣工项目52项,其中新开工项目41项,竣工项目11项,总投资560000万元,年度计划投资310000万元",
        "截至3月底,52个项目累计完成投资104000万元,约占年度计划投资总额33.5%,超均衡进度约9个百分点",
        date(2019, 3, 31),
        "ahead",
        "a key-project list's share of its year plan (33.5% at 31 March, pace 24.7%, band to 29.7%) is not read as the "
        "year plan's answer: judged by stage, on_track; the list's share over the band is ahead (rule question 34)",
    ),
    (
        "pg45-015",
        "包括农村人居环境整治项目九项,其中新开工项目五项,总投资21400万元,年度计划投资6800万元",
        "截至3月底,累计完成投资3900万元,约占全年计划投资总额57.4%。",
        date(2019, 3, 31),
        "ahead",
        "the list's breakdown (其中新开工项目N项) is taken as a part with no answer and the worst part taken, on_track; "
        "a 其中 breakdown of the list names what the list holds, the investment decides (rule question 34): ahead",
    ),
    (
        "inv219-018",
        "目标任务：规模以上工业增加值增长8%。",
        "完成情况：1-11月全县规模以上工业增加值同比增长9.2%，预计全年增长9%左右。",
        date(2025, 12, 31),
        "on_track",
        "the eleven months' actual growth over the target is read as the year's and completed; at 31 December the "
        "year's estimate is the year's figure (rule question 29): at or over the target, on_track, never completed",
    ),
    (
        "inv218-017",
        "工作任务：12345政务服务便民热线接通率达到90%以上。责任单位：市政务服务中心",
        "前三季度进展：1-9月，12345热线共受理来电8.2万件，按期办结率98.6%，群众满意率96.9%。",
        date(2025, 9, 30),
        "unclear",
        "a hotline's answer rate (接通率) is answered only by its closing and satisfaction rates, other measures, yet "
        "compared as if the same: on_track; figures of another measure answer nothing (rule 6): unclear",
    ),
]

# Rows mended by general rules move here as ordinary cases.
MENDED_PAGES45 = []


@pytest.mark.parametrize(
    "row,task,progress,as_of,expected",
    [
        pytest.param(
            row, task, progress, as_of, expected, id=row, marks=pytest.mark.xfail(strict=True, reason=reason)
        )
        for row, task, progress, as_of, expected, reason in MISSES_PAGES45
    ],
)
def test_pages45_miss(row, task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


@pytest.mark.parametrize("row,task,progress,as_of,expected", MENDED_PAGES45)
def test_pages45_mended(row, task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
