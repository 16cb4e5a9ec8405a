"""Issue 11, statuse (stop 56): how progress reports are written, second round of the stop — each case stated here in
other words than any label row, with near-miss guards.

* A project row's works target stated with no label beside the year's investment plan (某项目：改造老旧小区8个，年度计划
  投资5000万元，9月底前完工; 某项目：年度计划投资6000万元，秋季开学前交付使用) is a part of its own paced to the date the
  works are due before (words.toml status.works_due_before and the seasons' deadlines), the investment to the year's
  end (the labels' README rule question 31; guard WorksTargetOwnPart, verdict._unlabelled_works).  A works count short
  of its own pace is behind whatever the money's share; works with no figure going on before their date hold the pace
  (rule question 4), keeping the task from ahead.  Guards: no date of the works' own (年内, none), the report's own
  date (截至6月底), a count over its own pace, a date passed with the works done.
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUN = date(2026, 6, 30)

# (task, progress, as of, expected status)
WORKS_BESIDE_INVESTMENT = [
    # a count short of the pace to its own date (9月底: 66.3%), the money ahead of the year's: behind
    ("某某片区老旧小区改造项目：改造老旧小区8个，年度计划投资5000万元，9月底前完工。",
     "1-6月完成投资3200万元，占年度计划的64%。已完成改造4个，其余4个计划下半年开工。", JUN, "behind"),
    # works with no figure, going on before a season's date or a month's: on pace, not ahead
    ("某某小学扩建项目：年度计划投资6000万元，秋季开学前交付使用。",
     "1-6月完成投资4000万元，占年度计划的66.7%。综合楼主体已封顶，正在进行装饰装修。", JUN, "on_track"),
    ("某某体育馆项目：年度计划投资8000万元，10月底前投入使用。",
     "1-6月完成投资4500万元，占年度计划的56.3%。场馆主体结构已完工，正在进行幕墙和机电安装。", JUN, "on_track"),
]
WORKS_GUARDS = [
    # no date of the works' own: the year's pace as before
    ("某某小学扩建项目：年度计划投资6000万元，年内交付使用。",
     "1-6月完成投资4000万元，占年度计划的66.7%。综合楼主体已封顶，正在进行装饰装修。", JUN, "ahead"),
    ("某某片区老旧小区改造项目：改造老旧小区8个，年度计划投资5000万元。",
     "1-6月完成投资3200万元，占年度计划的64%。已完成改造4个，其余4个计划下半年开工。", JUN, "on_track"),
    # the report's own date is no deadline of the works
    ("截至6月底，列入县重点项目12个，年度计划投资8.5亿元",
     "1-6月完成投资5.6亿元，完成年度投资计划的65.9%。已开工11个。", JUN, "ahead"),
    # a count over its own pace keeps the money's reading
    ("某某片区老旧小区改造项目：改造老旧小区8个，年度计划投资5000万元，9月底前完工。",
     "1-6月完成投资3200万元，占年度计划的64%。已完成改造6个，其余2个正在施工。", JUN, "ahead"),
    # the works' date passed with the works done
    ("某某污水处理厂提标项目：年度计划投资3000万元，5月底前通水运行。",
     "1-6月完成投资3100万元，占年度计划的103.3%。5月25日已通水运行。", JUN, "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", WORKS_BESIDE_INVESTMENT + WORKS_GUARDS)
def test_works_target_unlabelled(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# Item (c) of the stop's first round, mended by statusc at stop 57 (rules/building._month_figures_alone; more cases in
# other words and guards in tests/test_status_statusc57.py): a month's figure alone (当月, 10月份) is no running total,
# so the row has no year's figure — unclear, no longer paced as the year's work done.
MONTH_FIGURE_ALONE = [
    pytest.param("完成固定资产投资20亿元。", "当月完成固定资产投资1.8亿元。", date(2026, 9, 30), "unclear",
                 id="month_figure_alone"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", MONTH_FIGURE_ALONE)
def test_month_figure_alone(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
