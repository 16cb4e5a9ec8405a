"""Issue 11, statuse (stop 55): the misses of stop 55's held-out invented status sets — invented221, invented222 and
invented223 (bench/labels/status/, sealed by holdout, committed in fdf218e5) — first runs judged once by the lead (20,
20 and 19 of 22).  The sets are dev now; each case here is written in other words than its row (another task, another
field, the same way of writing), with the status the row's reading gives.  Known misses are strict xfails, each with
the reason it is left."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def _xfail(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


KNOWN_MISSES_HELDOUT55 = [
    # a standard of allowance (a level per person a month) raised to its figure and paid: the raising done
    pytest.param(
        "十二、困难群众救助：特困人员基本生活标准提高到每人每月1200元。责任单位：市民政局",
        "已自6月1日起将特困人员基本生活标准统一提高至每人每月1200元，6至8月提标资金均已按月发放到位。",
        date(2026, 8, 31), "completed", id="standard_raised_to_its_figure_paid",
        marks=_xfail("a level per person a month (每人每月N元) in the reply is not read as the figure answering the "
                     "task's level: unclear, no comparable figure"),
    ),
    # a task to build, two-thirds of the year gone, answered only by a layout plan drafted and operators being sought
    pytest.param(
        "九、养老服务：建成社区嵌入式养老服务站15个。责任单位：市民政局",
        "已完成全市社区嵌入式养老服务站布局规划编制，正在开展运营机构遴选。",
        date(2026, 8, 31), "behind", id="build_task_only_layout_planned_late_in_year",
        marks=_xfail("a layout plan finished and a selection going on read as work under way (on pace by its stage), "
                     "not as preparation past the middle of the year"),
    ),
    # the first quarter over: its own estimate, the later figure, under the target beside an earlier month's figure over
    pytest.param(
        "3.社会消费品零售总额增长7%。（牵头单位：区商务局）",
        "推进情况：1-2月全区社会消费品零售总额同比增长9.1%；据初步测算，一季度预计增长6.2%。",
        date(2026, 3, 31), "behind", id="quarter_estimate_under_after_two_months_over",
        marks=_xfail("the elapsed quarter's estimate (预计) is read as a forecast and the earlier two months' figure "
                     "judged; the label's alt reads it so too (on_track), rule question 29 reads the later figure"),
    ),
    # a festival opened, its events running on: the festival held
    pytest.param(
        "8.办好第二届某某油菜花文化节。（牵头单位：区文旅局）",
        "推进情况：油菜花节已于3月12日开幕，系列活动将持续至4月中旬。",
        date(2026, 3, 31), "completed", id="festival_opened_events_running_on",
        marks=_xfail("an event's opening (已于…开幕) is not read as the event held: unclear"),
    ),
    # full grid connection due at the year's end: a share connected under the band, the rest installing
    pytest.param(
        "5．某某50兆瓦分散式风电项目｜年度建设目标：全部风机并网发电｜年度计划投资：4亿元｜责任单位：县发改局",
        "1-11月完成投资4.3亿元，占年度计划的107.5%；已实现75%容量并网发电，剩余风机正在吊装。",
        date(2026, 11, 30), "behind", id="connected_share_under_band_rest_installing",
        marks=_xfail("the share connected (75%容量并网) is not judged against the pace beside the rest under way; "
                     "the label's alt reads the rest at its last step on pace"),
    ),
    # a creation task awaiting the higher level's naming beside the year's investment met: the creation still going on
    pytest.param(
        "9．某某古镇保护利用项目｜年度建设目标：创建省级旅游度假区｜年度计划投资：2亿元｜责任单位：县文旅局",
        "1-11月完成投资2.1亿元；已通过省级旅游度假区现场评审，等待省文旅厅公示命名。",
        date(2026, 11, 30), "on_track", id="creation_awaiting_naming_beside_investment_met",
        marks=_xfail("the creation part (创建…) with its naming awaited is not a part of its own: the investment met "
                     "decides alone, completed"),
    ),
    # its own deadline passed, the trial run put off to next month, investment in the band
    pytest.param(
        "12．城北污水处理厂扩建项目｜年度建设目标：9月底前通水试运行｜年度计划投资：2.4亿元｜责任单位：县住建局",
        "1-11月完成投资2.25亿元，占年度计划的93.8%；设备正在安装调试，通水试运行推迟至12月下旬。",
        date(2026, 11, 30), "behind", id="own_deadline_passed_trial_run_put_off",
        marks=_xfail("the dated node's deadline (9月底前) passed with the run put off (推迟至) is not a part of its own; "
                     "the investment's share in the band decides, on pace"),
    ),
]


@pytest.mark.parametrize("task,progress,as_of,expected", KNOWN_MISSES_HELDOUT55)
def test_heldout55(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
