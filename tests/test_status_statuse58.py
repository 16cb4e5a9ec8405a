"""Issue 11, statuse (stop 58, second round): status misses left by the stop's first round, mended by general rules and
tested on sentences written here, each with guards that must not move.

* Builders still moving onto the site with who moves in named between (正在组织施工单位进场, 正抓紧施工队伍进场;
  words.toml underway.arriving_who) are the works' preparation, as 施工单位正在进场 is (README rule question 39): a
  start target is not reached by them (rules/clauses._ARRIVING). 已进场施工 stays begun.
* A facility named and then opened at a date, with no 已 (体育馆于8月20日开放运营), is done when the date has passed by
  the report's day, as 于8月20日开放运营 alone already was (rules/clauses._opened_dated_after_subject); a day still to
  come (于10月20日开放运营 at 30 September; 于10月8日在湿地公园举行) is a plan, the day now read beside the month
  (rules/forecasts._DATED_RESULT, and the dated opening itself in _later_month_spans), and so is a plan word before the
  date (计划于, 拟于) or an opening on trial (上线试运行: nearly done).
* A project's amount since its start with its share of the whole investment, alone for a year's investment plan
  (累计完成投资30亿元，占总投资的60%), states no stage of the year's work: the reply is unclear (README rule question 25;
  rules/status_stage._life_total). The year's own amount beside it still decides.
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

SEP = date(2026, 9, 30)
OPEN = "年内建成并开放城北全民健身馆。"
START = "11月底前开工建设城南再生水厂。"
PLAN = "某某智能制造产业园项目。年度计划投资8亿元。"

STATUS = [
    # builders moving in, who named between: preparation — on pace before the deadline's pace demands a start, here behind
    (START, "目前正在组织施工单位进场。", SEP, "behind"),
    (START, "正抓紧施工队伍进场。", SEP, "behind"),
    # guards: builders on the site at work; builders still moving in, as before
    (START, "施工单位已进场施工。", SEP, "completed"),
    (START, "施工单位正在进场。", SEP, "behind"),
    # a facility named, opened at a passed date without 已: done
    (OPEN, "健身馆于8月20日开放运营。", SEP, "completed"),
    (OPEN, "健身馆于9月12日正式开放运营。", SEP, "completed"),
    # guards: with 已 as before; a day still to come, a plan word, a trial opening — none done
    (OPEN, "健身馆已于8月20日开放运营。", SEP, "completed"),
    (OPEN, "健身馆于10月20日开放运营。", SEP, "unclear"),
    (OPEN, "于10月20日开放运营。", SEP, "unclear"),
    (OPEN, "健身馆计划于8月20日开放运营。", SEP, "unclear"),
    # an event named, held at a date with its place between: done when the date has passed, a plan when still to come
    ("举办全市第五届桂花文化节。", "本届桂花节于9月8日在城西湿地公园举行。", SEP, "completed"),
    ("举办全市第五届桂花文化节。", "本届桂花节于10月8日在城西湿地公园举行。", SEP, "unclear"),
    # a project's life total alone for a year's plan: no answer, no stage — unclear
    (PLAN, "截至9月底，项目累计完成投资30亿元，占总投资的60%。", SEP, "unclear"),
    # guards: the year's own amount beside it decides; a year's running total with its share of the year's plan
    (PLAN, "1-9月完成投资6.1亿元；截至9月底项目累计完成投资30亿元，占总投资的60%。", SEP, "on_track"),
    (PLAN, "截至9月底累计完成投资6.2亿元，占年度计划的77.5%。", SEP, "on_track"),
]


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), STATUS)
def test_status(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
