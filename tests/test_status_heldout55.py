"""Issue 11, statuse (stop 55): the misses of stop 55's held-out invented status sets — invented221, invented222 and
invented223 (bench/labels/status/, sealed by holdout, committed in fdf218e5) — first runs judged once by the lead (20,
20 and 19 of 22).  The sets are dev now; each case here is written in other words than its row (another task, another
field, the same way of writing), with the status the row's reading gives.  Known misses are strict xfails, each with
the reason it is left; the three plain errors that recur in how progress reports are written are mended
(MENDED_HELDOUT55, with more cases in other words and guards)."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def _xfail(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


KNOWN_MISSES_HELDOUT55 = [
    # full grid connection due at the year's end: a share connected under the band, the rest installing
    pytest.param(
        "5．某某50兆瓦分散式风电项目｜年度建设目标：全部风机并网发电｜年度计划投资：4亿元｜责任单位：县发改局",
        "1-11月完成投资4.3亿元，占年度计划的107.5%；已实现75%容量并网发电，剩余风机正在吊装。",
        date(2026, 11, 30), "behind", id="connected_share_under_band_rest_installing",
        marks=_xfail("the share connected (75%容量并网) is no figure the engine reads against the pace beside the rest "
                     "under way; not now (statusa, stop 56): the works target is judged as its own part "
                     "(WorksTargetOwnPart), but before the year's end its reading only keeps the task from completed, "
                     "and whether a share of capacity with the rest installing is behind after 31 August (rule "
                     "question 4: a measure of the works, the last step?) the label leaves open by its alt on_track; "
                     "the one dev row (inv223-007) reads the same way"),
    ),
]


@pytest.mark.parametrize("task,progress,as_of,expected", KNOWN_MISSES_HELDOUT55)
def test_heldout55(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# statuse, stop 55: mended by general rules, each with more cases in other words and guards (GUARDS_HELDOUT55):
# * 将 after 已 (and a date: 已于7月1日起将…, 已自6月1日起将…) marks the object, the change made, no plan (words.toml
#   intention.done_disposal; progress.py DONE_DISPOSAL, _DISPOSAL_LEAD; rules/building.build_case): a standard raised to
#   its figure is the figure, done;
# * a task to hold an event (not a series of activities) answered by its opening said done (已于3月12日开幕, its days
#   running on): held, completed (words.toml completion.event_opened, completion.event_series;
#   rules/judging_clauses._event_held_dated; rules/status_stage StageAgainstDeadline, whatever the clause's stage);
# * the operator or tenants of a facility still being chosen (正在开展运营机构遴选, 正在选聘第三方运营企业, 正在开展商户招引)
#   is preparation (judging.toml words.preparing, words.toml stage.preparatory_object): a task to build answered only so
#   past mid-year is behind.
MENDED_HELDOUT55 = [
    # noticed while mending (not a row of the sets), a strict xfail until statusc, stop 56: a standard raised, but short
    # of its figure — a level set at once, not a share of the year's work (words.toml level.per_head_period; rules/judging)
    ("standard_raised_short_of_its_figure", "孤儿基本生活费提高到每人每月1800元。", "已自7月起将孤儿基本生活费提高至每人每月1500元。",
     date(2026, 9, 30), "behind"),
    ("standard_raised_to_its_figure_paid", "十二、困难群众救助：特困人员基本生活标准提高到每人每月1200元。责任单位：市民政局",
     "已自6月1日起将特困人员基本生活标准统一提高至每人每月1200元，6至8月提标资金均已按月发放到位。", date(2026, 8, 31),
     "completed"),
    ("minimum_wage_raised_dated", "全市最低工资标准提高到每月2100元。", "已于4月1日起将全市最低工资标准统一提高至每月2100元。",
     date(2026, 6, 30), "completed"),
    ("pension_raised_undated", "城乡居民基础养老金提高到每人每月200元。", "已将城乡居民基础养老金提高至每人每月200元，并按月足额发放。",
     date(2026, 9, 30), "completed"),
    ("festival_opened_events_running_on", "8.办好第二届某某油菜花文化节。（牵头单位：区文旅局）",
     "推进情况：油菜花节已于3月12日开幕，系列活动将持续至4月中旬。", date(2026, 3, 31), "completed"),
    ("lantern_fair_opened_running", "办好第十届某某灯会。", "灯会已于2月10日开幕，将持续至3月5日。", date(2026, 2, 28), "completed"),
    ("food_festival_opened_undated", "举办首届某某美食节。", "美食节已开幕，各项活动正在进行。", date(2026, 9, 30), "completed"),
    ("build_task_only_layout_planned_late_in_year", "九、养老服务：建成社区嵌入式养老服务站15个。责任单位：市民政局",
     "已完成全市社区嵌入式养老服务站布局规划编制，正在开展运营机构遴选。", date(2026, 8, 31), "behind"),
    ("canteen_operator_sought_late", "建成社区老年食堂10个。", "老年食堂选址已全部确定，正在选聘第三方运营企业。", date(2026, 9, 30),
     "behind"),
    ("market_tenants_sought_late", "年内建成城东农贸市场。", "城东农贸市场改造方案已编制完成，正在开展商户招引。", date(2026, 10, 31),
     "behind"),
]

GUARDS_HELDOUT55 = [
    # a raise foretold is no raise made
    ("raise_foretold_early", "城乡低保标准提高到每人每月900元。", "经测算，城乡低保标准将于7月1日起提高至每人每月900元，方案已报市政府审定。",
     date(2026, 5, 31), "on_track"),
    ("raise_proposed", "城乡低保标准提高到每人每月900元。", "已完成提标测算，拟将城乡低保标准提高至每人每月900元，正在报市政府审定。",
     date(2026, 8, 31), "on_track"),
    # a series of activities opened has begun, not been held; an opening foretold or prepared is not the event held
    ("series_opened_beside_work", "举办“书香某某”全民阅读系列活动。", "系列活动已于4月23日开幕，已开展读书分享会12场，后续活动将持续至年底。",
     date(2026, 6, 30), "on_track"),
    ("opening_foretold", "举办第三届某某桃花节。", "桃花节将于4月2日开幕，各项筹备工作已基本就绪。", date(2026, 3, 31), "on_track"),
    ("opening_ceremony_prepared", "举办第三届某某桃花节。", "已完成开幕式筹备方案，正在布置会场。", date(2026, 3, 31), "on_track"),
    # the operator sought early in the year, or beside the works going on, is on pace
    ("operator_sought_early", "建成社区老年食堂10个。", "老年食堂选址已全部确定，正在开展运营机构遴选。", date(2026, 3, 31), "on_track"),
    ("operator_sought_beside_works", "建成社区老年食堂10个。", "老年食堂正在装修施工，同步开展运营机构遴选。", date(2026, 8, 31),
     "on_track"),
]


@pytest.mark.parametrize("phenomenon,task,progress,as_of,expected", MENDED_HELDOUT55 + GUARDS_HELDOUT55,
                         ids=[c[0] for c in MENDED_HELDOUT55 + GUARDS_HELDOUT55])
def test_heldout55_mended(phenomenon, task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# statusa, stop 56: mended by general rules (more cases in other words and guards in tests/test_status_statusa56.py):
# * an ended period's estimate in a sentence of its own naming only its change (一季度预计增长6.2%) answers the part the
#   earlier actual it outdates answers (rules/assigning.py _ESTIMATE_CHANGE_ONLY; rule question 29, D6);
# * a project row's works target after its label (年度建设目标：…) beside the year's investment plan is a part of its own
#   (guard WorksTargetOwnPart; rule question 31): a creation awaiting its naming keeps an investment met from completed,
#   a dated node passed with the run put off is behind whatever the investment's share.
MENDED_STATUSA56 = [
    pytest.param(
        "3.社会消费品零售总额增长7%。（牵头单位：区商务局）",
        "推进情况：1-2月全区社会消费品零售总额同比增长9.1%；据初步测算，一季度预计增长6.2%。",
        date(2026, 3, 31), "behind", id="quarter_estimate_under_after_two_months_over",
    ),
    pytest.param(
        "9．某某古镇保护利用项目｜年度建设目标：创建省级旅游度假区｜年度计划投资：2亿元｜责任单位：县文旅局",
        "1-11月完成投资2.1亿元；已通过省级旅游度假区现场评审，等待省文旅厅公示命名。",
        date(2026, 11, 30), "on_track", id="creation_awaiting_naming_beside_investment_met",
    ),
    pytest.param(
        "12．城北污水处理厂扩建项目｜年度建设目标：9月底前通水试运行｜年度计划投资：2.4亿元｜责任单位：县住建局",
        "1-11月完成投资2.25亿元，占年度计划的93.8%；设备正在安装调试，通水试运行推迟至12月下旬。",
        date(2026, 11, 30), "behind", id="own_deadline_passed_trial_run_put_off",
    ),
]


@pytest.mark.parametrize("task,progress,as_of,expected", MENDED_STATUSA56)
def test_heldout55_mended_statusa56(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
