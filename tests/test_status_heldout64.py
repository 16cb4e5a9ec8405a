"""Stop 64, statuse: the misses of stop 64's held-out invented status sets — invented260, invented261 and invented262
(bench/labels/status/, sealed by holdout, committed in 1f254ce1) — first runs judged once by the lead (49/66; seventeen
misses, twelve whose engine answer is neither the label nor its alt).  The sets are dev now, their rows still held
out of the fitted figures; each case here is written in other words than its row (another task, another field, other
figures, the same way of writing), with the status the row's reading gives.  Known misses are strict xfails, each with
a reason describing the phenomenon as the label row reads it.  Five rows' engine answer is the label's alt_status
(cases a rule may leave); they are not recorded here."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def _xfail(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


JUNE = date(2026, 6, 30)
SEPT = date(2026, 9, 30)
NOV = date(2026, 11, 30)

KNOWN_MISSES_HELDOUT64 = [
    pytest.param(
        "（03）林地保护——全市林地保有量不低于512.4万亩，公益林面积不低于180.6万亩〔完成时限：2026年12月底；"
        "责任处室：森林资源管理处〕",
        "进展：据林草湿调查初步成果，全市林地保有量513.2万亩，公益林180.6万亩，均守住保护目标。",
        SEPT,
        "on_track",
        id="stock_floors_held_in_september",
        # mended by statush at stop 65 (tests/test_status_statush65.py) — a normal case now: the words naming a level's
        # source before its figure (据…调查初步成果: words.toml report.figure_source_lead / report.figure_source) are no
        # survey under way (rules/building.py _FIGURE_SOURCE; README rule question 55); the reason was: floors of a stock
        # (保有量不低于…) answered by the stock held at or above them are levels held, the year not over — on track (rule
        # question 10); the engine counted the stocks under the year's pace and said behind
    ),
    pytest.param(
        "（07）企业开办提速——企业开办时间压缩至2个工作日以内，简易注销压缩至3个工作日以内〔完成时限：2026年12月底；"
        "责任处室：登记注册局〕",
        "进展：企业开办平均用时1.5个工作日，简易注销全部实现当日办结。",
        SEPT,
        "completed",
        id="process_caps_met_by_same_day",
        # mended by statusa at stop 65 (tests/test_status_statusa65.py) — a normal case now: a time cap in days whose
        # subject the reply says closed within its day is met (rules/building._same_day_closed, words.toml
        # report.same_day_close); the reason was: two process caps (压缩至…个工作日以内), one met by an average under it
        # and one by 全部实现当日办结 — both met, completed (rule question 8); the engine finds no figure for the second
        # and says on track
    ),
    pytest.param(
        "（10）危桥改造——完成危旧桥梁加固改造15座，汛前完工〔完成时限：2026年5月底；责任处室：公路管理处〕",
        "进展：15座危桥加固工程已于5月28日前全部完工并通过验收。",
        SEPT,
        "completed",
        id="bridges_finished_before_flood_season",
        # mended by statusa at stop 65 (tests/test_status_statusa65.py) — a normal case now: a date and a bare finish
        # whose rest is only a bracketed field (汛前完工〔完成时限：…〕) is no part of its own (rules/task_parts._FIELD_AFTER);
        # the reason was: a finish dated by 已于…前全部完工 reached by the task's own deadline is completed; the engine reads
        # the deadline clause 汛前完工 as a part unanswered and says on track
    ),
    pytest.param(
        "（15）水土保持——全年完成水土流失治理面积80平方公里，其中坡耕地治理20平方公里〔完成时限：2026年12月底；"
        "责任处室：水土保持处〕",
        "进展：上半年完成坡耕地治理21平方公里，完成封育保护、生态修复等45平方公里；下半年治理项目正在招标。",
        SEPT,
        "ahead",
        id="erosion_control_whole_summed_from_kinds",
        # mended by statush at stop 65 (tests/test_status_statush65.py) — a normal case now: a whole no figure answers,
        # its 其中 part answered, and figures of other kinds in the unit: their sum answers the whole
        # (rules/assigning._whole_from_kinds; README rule question 52); the reason was: a whole with a part named
        # (全年完成…，其中…) answered by two kinds: their sum 66/80 (82.5%) is over the pace band (74.8%), the part 21≥20
        # done — ahead (or on track); the engine found no figure for the whole and said on track
    ),
    pytest.param(
        "5 | 汛前检修 | 汛前完成排灌站、涵闸等水利设施检修维护 | 5月底前 | 水利工程股",
        "1—6月：汛前共检修水利设施86处，已于5月25日前全部维护到位。",
        JUNE,
        "completed",
        id="sheet_flood_works_done_before_may_deadline",
        # mended by statusa at stop 65 (tests/test_status_statusa65.py) — a normal case now: a closing clause with no
        # subject of its own dating the finish of all before it, the date reached, is the work done
        # (rules/status_statements._closes_dated_done, words.toml report.dated_close_lead/manner/end); the reason was:
        # a sheet parted by | with a deadline column (5月底前): a finish dated 已于…前全部…到位 by that deadline is completed;
        # the engine says unclear
    ),
    pytest.param(
        "7 | 视频监控 | 新建森林防火视频监控点60个 | 全年 | 科技和信息化股",
        "1—6月：已完成安装调试43个。",
        JUNE,
        "ahead",
        id="sheet_cameras_installed_over_pace",
        # mended by statush at stop 65 (tests/test_status_statush65.py) — a normal case now: devices installed and
        # commissioned are items done for a target of devices (rules/judging._step_only, words.toml task.device,
        # stage.install_step; README rule question 53); the reason was: 43 of 60 installed (71.7%) is over the pace band
        # in June (49.6%) — ahead; the engine read a stage under way and said on track
    ),
    pytest.param(
        "11 | 林业有害生物防治 | 林业有害生物成灾率控制在3‰以内 | 全年 | 森林资源股",
        "1—6月：发生松材线虫病疫情1起，处置面积12亩，林业有害生物成灾率远低于控制指标。",
        JUNE,
        "on_track",
        id="sheet_rate_cap_far_under_in_words",
        # mended by statuse at stop 64 (tests/test_status_statuse64.py) — a normal case now: a single rate cap said
        # kept under its limit in words is a level held (words.toml report.cap_kept_in_words,
        # rules/status_measures._cap_kept_in_words); the reason was: a rate cap said far under its limit in words
        # (远低于控制指标), the year not over — on track (rule question 8); the engine found no comparable figure and
        # said unclear
    ),
    pytest.param(
        "14 | 烟花爆竹 | 完成全县15家烟花爆竹批发企业安全评估 | 6月底前 | 危化品和工贸股",
        "1—6月：15家企业安全评估已全部完成，评估报告均已归档。",
        JUNE,
        "completed",
        id="sheet_assessments_all_done_by_june",
        # mended by statusa at stop 65 (tests/test_status_statusa65.py) — a normal case now: in a sheet whose cells are
        # joined by a bar between spaces, the space before the bar ends the count's noun as the bar does
        # (indicators._NOUN_FIRST), so the target counts 烟花爆竹批发企业安全评估, not 全县; the reason was: all 15 firms'
        # assessments said 已全部完成 by the June deadline — completed; the reply's 15家企业 is not paired with the
        # target's 15家烟花爆竹批发企业 (a long kind between count and noun), so the engine reads work under way past
        # the deadline and says behind
    ),
    pytest.param(
        "18 | 消防宣传 | 组织开展“119消防宣传月”活动 | 11月 | 火灾防治股",
        "1—11月：11月份组织开展“119消防宣传月”系列活动，举办消防安全公开课1场，发放宣传手册1.8万份。",
        NOV,
        "completed",
        id="sheet_event_month_held_in_its_month",
        # mended by statusa at stop 65 (tests/test_status_statusa65.py) — a normal case now: an activity dated by a month
        # alone, for a task to hold it, is held once the month is over or its last day has come (rules/clauses
        # ._ACTIVITY_MONTH, words.toml completion.activity_month_noun); the reason was: an event of its own month said
        # held in that month is done (rule question 6) — completed; the engine reads work under way and says on track
    ),
    pytest.param(
        "19 | 困难补助 | 春节慰问金1月底前足额发放到位 | 1月底前 | 社会救助股",
        "1—6月：已发放春节慰问金92万元，慰问困难群众1840户，均于1月底前发放到位。",
        JUNE,
        "completed",
        id="sheet_grants_paid_by_january",
        # mended by statusa at stop 65 (tests/test_status_statusa65.py) — a normal case now: a closing clause with no
        # subject of its own dating the finish of all before it, the date reached, is the work done
        # (rules/status_statements._closes_dated_done); the reason was: grants said 均于1月底前发放到位, the January deadline
        # past — completed; the engine sees no figure to compare and says on track
    ),
    pytest.param(
        "23 | 燃气安全 | 开展全县燃气安全专项检查 | 四季度 | 城镇燃气股",
        "1—6月：该项工作安排在四季度开展。",
        JUNE,
        "not_started",
        id="sheet_round_placed_in_later_quarter",
        # mended by statuse at stop 64 (tests/test_status_statuse64.py) — a normal case now: a round of checks dated to a
        # later quarter (intention.round_arranged_lead, a quarter from its first month) or by a bare month and its start
        # verb (rules/status_statements._service_round_dated); the reason was: a round the reply places in a later
        # quarter (安排在四季度开展), before its deadline — not started (rule question 46's reading); the engine said
        # unclear
    ),
    pytest.param(
        "24 安全检查 / 开展年度娱乐场所安全大检查 / 12月 / 执法大队",
        "12月开展。",
        NOV,
        "not_started",
        id="sheet_round_placed_in_december",
        # mended by statuse at stop 64 (tests/test_status_statuse64.py) — a normal case now: a round of checks dated to a
        # later quarter (intention.round_arranged_lead, a quarter from its first month) or by a bare month and its start
        # verb (rules/status_statements._service_round_dated); the reason was: a round of December said to run in
        # December, seen in November — not started; the engine said unclear
    ),
]


@pytest.mark.parametrize("task,progress,as_of,expected", KNOWN_MISSES_HELDOUT64)
def test_heldout64_known_misses(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
