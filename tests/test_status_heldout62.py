"""Stop 62, statuse: the misses of stop 62's held-out invented status sets — invented250, invented251 and invented252
(bench/labels/status/, sealed by holdout, committed in 292e963d) — first runs judged once by the lead (56/66; ten
misses: three of invented250, four of invented251, three of invented252).  The sets are dev now, their rows still held
out of the fitted figures; each case here is written in other words than its row (another task, another field, other
figures, the same way of writing), with the status the row's reading gives.  Known misses are strict xfails, each with
a reason describing the phenomenon as the label row reads it."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def _xfail(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


OCT = date(2026, 10, 31)
JUNE = date(2026, 6, 30)
NOV = date(2026, 11, 30)

# Mended by statuse at stop 62 by general rules written from texts of our own (tests/test_status_statuse62.py), the
# cases kept in place without their marks: a bare 时限： field is a deadline column's label as 完成时限： is (words.toml
# task.deadline_label); a works' design size in brackets after the works (（设计规模…万吨/日）: words.toml
# status.works_capacity) is no target and no design to do (rules/building._works_capacity, clauses._task_prep_after).
# Mended by statusa at stop 63 by general rules written from texts of our own (tests/test_status_statusa63.py), seven
# cases kept in place without their marks (each says how); the one firm entered beside one applying stays a strict
# xfail: the engine gives the label's alt_status (on track, the pending one read in by rule question 12).
KNOWN_MISSES_HELDOUT62 = [
    pytest.param(
        "8、城东污水处理厂。目标：开工建设城东污水处理厂（处理规模3万吨/日）。责任股室：排水管理股。时限：12月底。",
        "进展情况：项目已于8月18日开工建设，目前正在进行生化池主体施工。",
        OCT,
        "completed",
        id="start_task_with_bracketed_capacity_started",
        # mended by statuse at stop 62 (tests/test_status_statuse62.py) — a normal case now; the reason was:
        # a task to start works whose design capacity sits in brackets (处理规模…万吨/日) is a start task: started and
        # building is completed (rule question 13); the engine read the capacity as a figure to reach and, finding
        # none in the report, said unclear
    ),
    pytest.param(
        "21、老旧供水管网改造。目标：完成县城老旧供水管网改造45公里。责任股室：供水管理股。时限：11月底。",
        "进展情况：已完成改造36公里。",
        OCT,
        "behind",
        id="own_deadline_in_plain_time_limit_field",
        # mended by statuse at stop 62 (tests/test_status_statuse62.py) — a normal case now; the reason was:
        # the task's own deadline given in a bare 时限： field (11月底) sets the pace (304/334 = 91.0%); 36 of 45 (80.0%)
        # is more than five points under it — behind; the engine kept the year's pace (83.3%) and said on track
    ),
    pytest.param(
        "19、城区行道树补植。目标：补植城区行道树6000株。责任股室：园林绿化股。时限：12月底。",
        "进展情况：已补植5200株；其余800株受季节影响，安排在明年春季栽植。",
        OCT,
        "behind",
        id="trees_in_band_rest_planted_next_spring",
        # mended by statusa at stop 63 (tests/test_status_statusa63.py) — a normal case now: the rest of a count arranged for
        # next year (其余…安排在明年春季) is behind (rules/status_statements._rest_to_next_year);
        # the reason was: 5200 of 6000 (86.7%) is within the pace, but the rest is put off to next spring, past the
        # year's end, so the task cannot be done in the year (rule question 33) — behind (or on track by the figure
        # alone); the engine reads the figure only and says on track
    ),
    pytest.param(
        "任务9　开展家电以旧换新，全年完成家电以旧换新补贴50万台。（责任处室：市场运行和消费促进处）",
        "上半年进展：累计受理家电以旧换新补贴申请41.5万份，已审核兑付补贴36.4万份，兑付资金7.3亿元。",
        JUNE,
        "ahead",
        id="appliance_trade_ins_paid_in_copies_for_units",
        # mended by statusa at stop 63 (tests/test_status_statusa63.py) — a normal case now: a per-item programme's subsidies
        # in copies are its items in the task's unit (progress._subsidies_per_item);
        # the reason was: subsidies paid counted in 份 (兑付…万份) answer a count of trade-ins in 台: 36.4 of 50 (72.8%) is
        # more than five points over the pace (49.6%) — ahead; the engine does not take the 份 count for the 台 count
        # and says on track by stage
    ),
    pytest.param(
        "任务15　组织好第五届中国国际消费品博览会参展采购工作。（责任处室：市场体系建设处）",
        "上半年进展：已印发采购团组建方案，正在组织采购商报名，截至6月底已有300家企业报名。",
        JUNE,
        "on_track",
        id="trade_fair_participation_preparing",
        # mended by statusa at stop 63 (tests/test_status_statusa63.py) — a normal case now: a task's row number after its
        # label (任务15　组…) is no count (indicators._excluded, words.toml task.row_number_label);
        # the reason was: taking part in an event later in the year is work whose preparation is its progress: a
        # buyers' delegation plan issued and buyers signing up is on track (rule question 6); the engine reads it as
        # works still before their start and says behind
    ),
    pytest.param(
        "任务17　服务外包执行额增长10%。（责任处室：服务贸易处）",
        "上半年进展：一季度全省服务外包执行额132亿元，同比增长7.4%；上半年数据尚未发布。",
        JUNE,
        "behind",
        id="trade_growth_floor_answered_by_first_quarter",
        # mended by statusa at stop 63 (tests/test_status_statusa63.py) — a normal case now: a growth whose measure's name
        # holds a verb of service answers the target naming it (rules/judging.judge_indicator);
        # the reason was: a growth floor (增长10%) answered by the latest figure available, the first quarter's 7.4%,
        # under it — behind (or unclear for want of the half year's figure); the engine finds no comparable figure and
        # says unclear
    ),
    pytest.param(
        "任务20　做好成品油储备，省级成品油储备规模保持在5万吨以上。（责任处室：市场运行和消费促进处）",
        "上半年进展：截至6月底，省级成品油储备实际库存5.3万吨，储备规模保持稳定。",
        JUNE,
        "on_track",
        id="fuel_reserve_level_held_over_floor",
        # mended by statusa at stop 63 (tests/test_status_statusa63.py) — a normal case now: a stock held (实际库存) answers a
        # stock target (judging.toml words.stock_held);
        # the reason was: a level to keep (保持在5万吨以上) answered by the stock held (实际库存5.3万吨) in a year not yet over —
        # on track (rule question 10); the engine does not compare the stock with the level and says unclear
    ),
    pytest.param(
        "6.商贸经济——目标：新增限上商贸企业2家。责任：经济发展办",
        "入库1家；另1家已达标，正在申报。",
        NOV,
        "behind",
        id="one_firm_entered_one_applying_in_november",
        marks=_xfail(
            "1 of 2 (50.0%) is more than five points under the pace (91.5%); the one still applying is not counted"
            " (rule question 12) — behind (or on track reading the pending one in); the engine reads both counts as one"
            " figure and says on track"
        ),
    ),
    pytest.param(
        "14.美丽庭院创建——目标：创建省级美丽宜居示范村1个。责任：人居环境办",
        "已通过省级评审，待公布。",
        NOV,
        "on_track",
        id="model_village_reviewed_awaiting_announcement",
        # mended by statusa at stop 63 (tests/test_status_statusa63.py) — a normal case now: a title awaited after its review
        # (待公布) is under way (words.toml status.recognition_pending, StageAgainstDeadline);
        # the reason was: a creation counts when the higher level names it: reviewed and awaiting its announcement is
        # on track (rule question 12; or completed by the review); the engine reads the review as the end and says
        # completed
    ),
    pytest.param(
        "9.林地抚育——目标：完成中幼林抚育800亩。责任：农业综合服务中心",
        "完成680亩；余120亩坡陡路远，调整至明年。",
        NOV,
        "behind",
        id="forest_tending_short_rest_moved_to_next_year",
        # mended by statusa at stop 63 (tests/test_status_statusa63.py) — a normal case now: the rest of a count arranged for
        # next year (余…调整至明年) is behind (rules/status_statements._rest_to_next_year);
        # the reason was: 680 of 800 (85.0%) is more than five points under the pace (91.5%), and the rest is moved to
        # next year, so the task cannot be done in the year (rule question 33) — behind; the engine reads it by stage
        # and says on track
    ),
]


@pytest.mark.parametrize("task,progress,as_of,expected", KNOWN_MISSES_HELDOUT62)
def test_heldout62_known_misses(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
