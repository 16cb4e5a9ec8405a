"""Issue 11, statusa (stop 56): the status area's known misses of stops 54–55 that recur in how progress reports are
written, mended by general rules — each stated here in other words than any label row, with near-miss guards.

* An estimate of a period that has ended (一季度预计增长6.2% at 31 March), in a sentence of its own after an earlier
  period's actual figure and naming only its change, answers the part that figure answers: the later figure decides
  the pace (rules/assigning.py _ESTIMATE_CHANGE_ONLY; the labels' README rule question 29 and decision D6).  An estimate
  of a period still to come, or one naming another measure, leaves the actual figure its place.
* A plan's breakdown whose part is dated right after its figure by a month and a result with no 已 (其中5所于7月建成) is
  a dated result, not planned: a fact when the month has ended by the report's date, a plan when it is still to come
  (progress.py _BREAKDOWN_DATED; 于 ends the noun after a count, words.toml figure.noun_end; rules/forecasts.py
  _later_month_spans); 计划于, 将于 and a deadline's 前 stay a plan.
* A project row's works target after its label (年度建设目标：…, words.toml status.works_target_label) beside the year's
  investment plan (status.investment_plan_label) with no figure of its own is a part of its own (guard
  WorksTargetOwnPart; rule question 31): judged alone without the clauses of the money, at its own deadline's pace; the
  worse decides, completed only when both are, and before its deadline its works going on hold the pace (rule
  question 4) — once the deadline has passed any lag decides (rule question 18).
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

MAR = date(2026, 3, 31)
JUN = date(2026, 6, 30)
SEP = date(2026, 9, 30)
OCT = date(2026, 10, 31)
NOV = date(2026, 11, 30)

# (task, progress, as of, expected status)
ESTIMATE_IN_ITS_OWN_SENTENCE = [
    ("规模以上工业增加值增长9%。", "1-2月规上工业增加值同比增长11.3%。一季度预计增长7.6%。", MAR, "behind"),
    ("一般公共预算收入增长6%。", "1-5月一般公共预算收入同比增长8.2%；上半年预计增长4.9%。", JUN, "behind"),
    ("城镇居民人均可支配收入增长6%。", "1-8月城镇居民人均可支配收入同比增长4.1%；预计前三季度增长6.3%。", SEP, "on_track"),
]
ESTIMATE_GUARDS = [
    # an estimate of a period still to come stays a forecast: the actual figure decides (over the target: on pace)
    ("规模以上工业增加值增长9%。", "1-2月规上工业增加值同比增长11.3%；全年预计增长7.6%。", MAR, "on_track"),
    # an estimate naming another measure answers no part of this one
    ("规模以上工业增加值增长9%。", "1-2月规上工业增加值同比增长11.3%；一季度固定资产投资预计增长3.5%。", MAR, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", ESTIMATE_IN_ITS_OWN_SENTENCE + ESTIMATE_GUARDS)
def test_an_ended_periods_estimate_in_its_own_sentence(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# (task, progress, as of, expected status, expected completion)
DATED_BREAKDOWN = [
    # 5 of 8 built by July, the other three still at their permits at the end of September: behind
    ("年内新建公办幼儿园8所", "计划新建公办幼儿园8所，其中5所于7月建成，其余3所正在办理施工许可。", SEP, "behind", 62.5),
    # 6 of 8 by the end of August, the rest being fitted out: on pace
    ("年内新建公办幼儿园8所", "计划新建公办幼儿园8所，其中6所于8月底建成，其余2所正在装修。", SEP, "on_track", 75.0),
    ("年内改造提升农贸市场10个", "全年计划改造农贸市场10个，其中4个于6月完工，其余6个正在施工。", JUN, "on_track", 40.0),
]
DATED_BREAKDOWN_GUARDS = [
    # a month still to come: the plan's schedule, nothing built
    ("年内新建公办幼儿园8所", "计划新建公办幼儿园8所，其中5所于11月建成，其余3所正在办理施工许可。", SEP, "behind", None),
    # a plan word or a deadline's 前 before the result: the plan's schedule whatever the month
    ("年内新建公办幼儿园8所", "计划新建公办幼儿园8所，其中5所计划于7月建成，其余3所正在办理施工许可。", SEP, "behind", None),
    ("年内新建公办幼儿园8所", "计划新建公办幼儿园8所，其中5所7月底前建成，其余3所正在办理施工许可。", SEP, "behind", None),
]


@pytest.mark.parametrize("task,progress,as_of,expected,completion", DATED_BREAKDOWN + DATED_BREAKDOWN_GUARDS)
def test_a_breakdowns_part_dated_by_a_month(task, progress, as_of, expected, completion):
    verdict = judge(task, progress, as_of)
    assert (verdict.status, verdict.completion_pct) == (expected, completion)


WORKS_TARGET_OWN_PART = [
    # its own September deadline passed, the supply put off: behind whatever the investment's share
    ("3．某某城乡供水一体化项目｜年度建设目标：9月底前通水运行｜年度计划投资：1.5亿元｜责任单位：县水利局",
     "1-10月完成投资1.42亿元，占年度计划的94.7%；水厂设备正在调试，通水推迟至11月。", OCT, "behind"),
    # a creation awaiting its naming beside the investment met: on pace, not completed
    ("6．某某湿地公园项目｜年度建设目标：创建省级湿地公园｜年度计划投资：5000万元｜责任单位：县林业局",
     "1-11月完成投资5200万元；已通过省林业局专家评审，等待省政府批复命名。", NOV, "on_track"),
    # the investment ahead of the year's pace, the works going on for their September deadline: on pace, not ahead
    ("8．某某中学扩建项目｜年度建设目标：秋季开学前投入使用｜年度计划投资：6000万元｜责任单位：县教育局",
     "1-6月完成投资4200万元，占年度计划的70%；综合楼主体已封顶，正在进行内部装修。", JUN, "on_track"),
]
WORKS_TARGET_GUARDS = [
    # the works done by their deadline and the investment met: completed
    ("2．某某物流园项目｜年度建设目标：10月底前建成投用｜年度计划投资：2亿元｜责任单位：县商务局",
     "1-11月完成投资2.05亿元；项目已于10月20日建成投用。", NOV, "completed"),
    # the works going on before the year's end, the investment in the band: on pace (no lag from the floors)
    ("5．某某商住楼项目｜年度建设目标：完成主体结构封顶｜年度计划投资：3亿元｜责任单位：县住建局",
     "1-11月完成投资2.8亿元，占年度计划的93.3%；主体结构已施工至15层（共18层）。", NOV, "on_track"),
    # no label of a works target: the investment decides as before
    ("某某物流园项目年度计划投资2亿元。", "1-11月完成投资2.05亿元；仓储区正在施工。", NOV, "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", WORKS_TARGET_OWN_PART + WORKS_TARGET_GUARDS)
def test_a_works_target_beside_the_years_investment(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
