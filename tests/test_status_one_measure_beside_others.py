"""Issue 11, pagesx (stop 41): a task's one figure to reach in an amount, a length, an area or a mass, beside figures of
other kinds — a list's count before the year's planned investment (确定建设项目194个,年度计划投资112亿元), a growth rate
after the amount (目标任务是201.08亿元、增速23%) — answered by the one figure done in that measure under another name
(完成固定资产投资, 完成总产值), short of the pace: behind (under half of the pace seriously behind), not on pace by the
stage (报告已完成部分工作).  Before, only a task of one figure was read so.  Seen in the real rows of two governments
(pages16, a city's key projects at mid-year; pages13, a city bureau's output at mid-year); the rows here are in other
words and figures.  Guards: the measure on pace, the growth on pace beside an amount on pace."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    (("今年,全县共确定重点建设项目86个,年度计划投资64亿元。",
      "截至9月底,共开复工项目70个,开复工率81.4%,完成固定资产投资31.2亿元,同比增长6.5%。", date(2026, 9, 30)), "behind"),
    (("规上服务业企业营业收入,2026年目标任务是80亿元、增速12%", "该指标为季报指标,1—6月完成营业收入26.5亿元、增速11.8%",
      date(2026, 6, 30)), "behind"),
    (("今年全区安排市政项目40个,年度计划投资25亿元。", "截至10月底,开工项目36个,完成固定资产投资9.8亿元。", date(2026, 10, 31)),
     "seriously_behind"),
    # guards: the amount on pace; the amount and the growth on pace
    (("今年,全县共确定重点建设项目86个,年度计划投资64亿元。",
      "截至9月底,共开复工项目80个,开复工率93%,完成固定资产投资47.5亿元,同比增长6.5%。", date(2026, 9, 30)), "on_track"),
    (("规上服务业企业营业收入,2026年目标任务是80亿元、增速12%", "该指标为季报指标,1—6月完成营业收入40.5亿元、增速12.8%",
      date(2026, 6, 30)), "on_track"),
]


@pytest.mark.parametrize("given,expected", CASES, ids=[f"{g[0]}|{g[1]}" for g, _ in CASES])
def test_one_measure_beside_other_kinds(given, expected):
    assert judge(*given).status == expected


# A strict xfail of tests/test_status_real_pages16.py this rule mended (moved here, a plain case).
MENDED = [
    (("今年全区共确定建设项目150个,年度计划投资90亿元。", "截至6月底,共开工项目101个,开工率67.3%,完成固定资产投资27亿元,同比增长6.5%。",
      date(2021, 6, 30)), "behind"),
]


@pytest.mark.parametrize("given,expected", MENDED, ids=[f"{g[0]}|{g[1]}" for g, _ in MENDED])
def test_mended_strict_xfail(given, expected):
    assert judge(*given).status == expected
