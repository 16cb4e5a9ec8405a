"""Issue 11, statusd (stop 57): the misses of stop 57's held-out invented status sets — invented229, invented230 and
invented231 (bench/labels/status/, sealed by holdout, committed in 25715bf5) — first runs judged once (52 of 66).  The
sets are dev now, their rows still held out of the fitted figures; each case here is written in other words than its
row (another task, another field, other figures, the same way of writing), with the status the row's reading gives.
Known misses are strict xfails, each with a reason describing the phenomenon as the label row reads it."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def _xfail(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


KNOWN_MISSES_HELDOUT57 = [
    pytest.param(
        "二、社会保障｜6.失业保险参保人数达到1050万人（牵头处室：失业保险处）",
        "3月末全省失业保险参保人数1032万人，比上年末增加8万人。",
        date(2026, 3, 31),
        "on_track",
        id="insured_stock_short_in_first_quarter",
        marks=_xfail(
            "the number insured is a stock to reach by the year's end, not a flow to add up: short of it in "
            "March with the year not over and no lag said is on pace (rule question 10), not ahead (inv229-005)"
        ),
    ),
    pytest.param(
        "三、职业技能｜14.3月底前启动全省“技能中国行”职业技能竞赛（牵头处室：职业能力建设处）",
        "全省“技能中国行”竞赛于3月5日启动，一季度累计举办各级赛事86场，参赛选手2.1万人次。",
        date(2026, 3, 31),
        "completed",
        id="start_target_said_started_on_a_date",
        marks=_xfail(
            "a task to start something, the reply saying it started on a date: completed (rule question 13), "
            "not under way (inv229-011)"
        ),
    ),
    pytest.param(
        "四、人才队伍｜21.建成省级高技能人才公共实训基地2个（牵头处室：职业能力建设处）",
        "某某公共实训基地已于2月正式投入使用；某某实训基地仍处于前期论证阶段。",
        date(2026, 3, 31),
        "ahead",
        id="two_built_one_in_use_one_at_study",
        marks=_xfail(
            "one of two built (50%) is over the pace by more than five points; the other still at its study "
            "is no works under way, so rule question 4 does not hold it: figures and margin decide, ahead "
            "(inv229-019, alt on_track)"
        ),
    ),
    pytest.param(
        "（五）口袋公园：建设口袋公园4个。（承办：城市建设办公室）",
        "4个口袋公园已全部建成，并于8月20日通过街道组织的验收。",
        date(2026, 8, 31),
        "completed",
        id="unit_label_after_task_all_built_accepted",
        marks=_xfail(
            "the office in charge bracketed after the task's full stop is no second sub-target left "
            "unreported: all built and accepted is completed (inv230-004)"
        ),
    ),
    pytest.param(
        "（九）充电设施：新增电动自行车充电端口800个。（承办：平安建设办公室）",
        "利用小区闲置空间新建集中充电点12处，已建成投用充电端口920个。",
        date(2026, 8, 31),
        "completed",
        id="unit_label_after_task_count_over",
        marks=_xfail(
            "the office in charge after the task is no sub-target: 920 of 800 is completed (inv230-008)"
        ),
    ),
    pytest.param(
        "（十二）视力筛查：为辖区中小学生免费开展视力筛查6000人。（承办：社区卫生服务中心）",
        "1-8月已为辖区中小学生免费开展视力筛查6450人。",
        date(2026, 8, 31),
        "completed",
        id="unit_label_after_task_people_over",
        marks=_xfail(
            "the office in charge after the task is no sub-target: 6450 of 6000 people is completed "
            "(inv230-010)"
        ),
    ),
    pytest.param(
        "（十四）适老改造：为困难老年人家庭实施适老化改造200户。（承办：社会事务办公室）",
        "已完成改造146户，其余54户已排定施工计划，将于10月底前完成改造。",
        date(2026, 8, 31),
        "ahead",
        id="unit_label_after_task_just_over_band",
        marks=_xfail(
            "the office in charge after the task is no sub-target; 146/200 = 73% is just over the band (71.6), "
            "the rest's plan a future (rule question 2): ahead (inv230-011, alt on_track)"
        ),
    ),
    pytest.param(
        "（十五）运动会：举办第二届社区居民趣味运动会。（承办：宣传统战办公室）",
        "运动会原定于6月举办，因体育场地改造，推迟至11月举办，目前比赛规程已制定，各社区正在组队报名。",
        date(2026, 8, 31),
        "on_track",
        id="event_put_off_within_year_preparing",
        marks=_xfail(
            "an event first planned earlier, put off to a later month of the year and being prepared, is not "
            "held: timed by its own new month (rule question 33), preparation going on (rule question 6), on "
            "pace — not completed (inv230-013)"
        ),
    ),
    pytest.param(
        "（十九）儿童之家：7月底前建成社区儿童之家1处。（承办：社会事务办公室）",
        "儿童之家已于7月12日建成投用，日均接待儿童60余人次。",
        date(2026, 8, 31),
        "completed",
        id="unit_label_after_task_opened_before_deadline",
        marks=_xfail(
            "the office in charge after the task is no sub-target: opened before its own deadline is completed "
            "(inv230-018)"
        ),
    ),
    pytest.param(
        "【交通】城市快速路二期——年度目标：完成路基工程的70%；年度计划投资5亿元。责任单位：市交通投资集团",
        "督查情况：1—11月完成投资4.7亿元；路基工程已完成总工程量的67%。",
        date(2026, 11, 30),
        "on_track",
        id="year_target_a_share_of_works_reached_near",
        marks=_xfail(
            "the year's target is itself a share of the works (70%): 67/70 = 95.7% against the pace, in the "
            "band; the investment 94% in the band; the worse decides, on pace — not the 67% read against "
            "the pace, behind (inv231-004)"
        ),
    ),
    pytest.param(
        "【卫生】市第二人民医院新院区——年度目标：年内开工建设。责任单位：市卫健委",
        "督查情况：项目已于10月18日开工，目前正在进行基坑开挖。",
        date(2026, 11, 30),
        "completed",
        id="start_of_works_said_started_on_a_date",
        marks=_xfail(
            "a task to start the works this year, the reply saying they started on a date and go on: completed "
            "(rule question 13), not under way (inv231-008)"
        ),
    ),
    pytest.param(
        "【文化】市图书馆新馆——年度目标：年内建成开放；年度计划投资2.5亿元。责任单位：市文广旅体局",
        "督查情况：1—11月完成投资2.42亿元；主体及室内装修工程已完工，正在进行书架安装和智能系统调试，计划12月26日开馆。",
        date(2026, 11, 30),
        "on_track",
        id="opening_due_year_end_fitting_and_money_just_over",
        marks=_xfail(
            "the investment 96.8% is just over the band (96.5) but the opening, its fitting-out going on and "
            "due by the year's end, is on pace; the worse decides: on pace, not ahead (inv231-011, alt ahead)"
        ),
    ),
    pytest.param(
        "【教育】市第一中学新校区——年度目标：确保秋季开学前投入使用。责任单位：市教育局",
        "督查情况：教学综合楼已于8月下旬交付使用；食堂因燃气验收未通过，正在进行整改，尚未交付使用。",
        date(2026, 11, 30),
        "behind",
        id="campus_partly_in_use_past_own_deadline",
        marks=_xfail(
            "its own deadline (the autumn term) passed with a part still not handed over, being rectified: "
            "behind (rule questions 18 and 21), begun so not seriously — not on pace (inv231-016)"
        ),
    ),
    pytest.param(
        "【城建】某某老城区有机更新——年度目标：完成更新单元规划编制并启动首批项目建设。责任单位：某某区人民政府",
        "督查情况：更新单元规划已编制完成，8月经市政府批复；首批项目已于10月启动旧厂房拆除。",
        date(2026, 11, 30),
        "completed",
        id="plan_approved_and_first_batch_started",
        marks=_xfail(
            "the plan approved and the first batch said started are both reached (rule question 13): "
            "completed, not a start read as works barely begun, behind (inv231-019)"
        ),
    ),
]


@pytest.mark.parametrize("task,progress,as_of,expected", KNOWN_MISSES_HELDOUT57)
def test_heldout57_known_misses(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
