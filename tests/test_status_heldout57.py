"""Issue 11, statusd (stop 57): the misses of stop 57's held-out invented status sets — invented229, invented230 and
invented231 (bench/labels/status/, sealed by holdout, committed in 25715bf5) — first runs judged once (52 of 66).  The
sets are dev now, their rows still held out of the fitted figures; each case here is written in other words than its
row (another task, another field, other figures, the same way of writing), with the status the row's reading gives.
Known misses are strict xfails, each with a reason describing the phenomenon as the label row reads it; those mended
at stop 57 by general rules are in MENDED_HELDOUT57, with more cases in other words and guards."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def _xfail(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


# Mended by statusa at stop 58 (tests/test_status_statusa58.py has more cases in other words and guards): items named one
# a piece counted by their stage (inv229-019); a year's target that is a share of the works answered by the works' share
# (inv231-004); a year's-list heading before 年内建成开放 no head of the part (inv231-011); the rest's schedule set no work
# done (inv230-011).
KNOWN_MISSES_HELDOUT57 = [
    pytest.param(
        "四、人才队伍｜21.建成省级高技能人才公共实训基地2个（牵头处室：职业能力建设处）",
        "某某公共实训基地已于2月正式投入使用；某某实训基地仍处于前期论证阶段。",
        date(2026, 3, 31),
        "ahead",
        id="two_built_one_in_use_one_at_study",
    ),
    pytest.param(
        "【交通】城市快速路二期——年度目标：完成路基工程的70%；年度计划投资5亿元。责任单位：市交通投资集团",
        "督查情况：1—11月完成投资4.7亿元；路基工程已完成总工程量的67%。",
        date(2026, 11, 30),
        "on_track",
        id="year_target_a_share_of_works_reached_near",
    ),
    pytest.param(
        "【文化】市图书馆新馆——年度目标：年内建成开放；年度计划投资2.5亿元。责任单位：市文广旅体局",
        "督查情况：1—11月完成投资2.42亿元；主体及室内装修工程已完工，正在进行书架安装和智能系统调试，计划12月26日开馆。",
        date(2026, 11, 30),
        "on_track",
        id="opening_due_year_end_fitting_and_money_just_over",
    ),
    pytest.param(
        "（十四）适老改造：为困难老年人家庭实施适老化改造200户。（承办：社会事务办公室）",
        "已完成改造146户，其余54户已排定入户计划，将于9月底前完成改造。",
        date(2026, 8, 31),
        "ahead",
        id="count_just_over_band_rest_scheduled",
    ),
]


@pytest.mark.parametrize("task,progress,as_of,expected", KNOWN_MISSES_HELDOUT57)
def test_heldout57_known_misses(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# statusd, stop 57: mended by general rules, the rows' own cases in other words first, then more in other words and
# guards (GUARDS_HELDOUT57):
# * a unit's label after the task, often after its full stop and in brackets (。（承办：城市管理办公室）, 主办：…; words.toml
#   task.lead_unit_label, task.cooperating_unit_label), names who does the work: never a part of the task — 承办 there is
#   no event to hold left unreported (rules/task_parts.py _UNIT_LABEL; inv230-004, -008, -010, -018);
# * a start target (3月底前启动…, 年内开工建设) in a table's cell opening with its field's heading and the item's number
#   (一、稳就业｜11.…) or a bracketed field (【社会事业】…——年度目标：…) is still a part to reach: said started on a
#   date, it is completed (rule question 13; rules/task_parts.py _HEAD_ITEM, _START_CLOSING; inv229-011, inv231-008).
MENDED_HELDOUT57 = [
    (
        "start_target_said_started_on_a_date",
        "三、职业技能｜14.3月底前启动全省“技能中国行”职业技能竞赛（牵头处室：职业能力建设处）",
        "全省“技能中国行”竞赛于3月5日启动，一季度累计举办各级赛事86场，参赛选手2.1万人次。",
        date(2026, 3, 31),
        "completed",
    ),
    (
        "unit_label_after_task_all_built_accepted",
        "（五）口袋公园：建设口袋公园4个。（承办：城市建设办公室）",
        "4个口袋公园已全部建成，并于8月20日通过街道组织的验收。",
        date(2026, 8, 31),
        "completed",
    ),
    (
        "unit_label_after_task_count_over",
        "（九）充电设施：新增电动自行车充电端口800个。（承办：平安建设办公室）",
        "利用小区闲置空间新建集中充电点12处，已建成投用充电端口920个。",
        date(2026, 8, 31),
        "completed",
    ),
    (
        "unit_label_after_task_people_over",
        "（十二）视力筛查：为辖区中小学生免费开展视力筛查6000人。（承办：社区卫生服务中心）",
        "1-8月已为辖区中小学生免费开展视力筛查6450人。",
        date(2026, 8, 31),
        "completed",
    ),
    (
        "unit_label_after_task_opened_before_deadline",
        "（十九）儿童之家：7月底前建成社区儿童之家1处。（承办：社会事务办公室）",
        "儿童之家已于7月12日建成投用，日均接待儿童60余人次。",
        date(2026, 8, 31),
        "completed",
    ),
    (
        "start_of_works_said_started_on_a_date",
        "【卫生】市第二人民医院新院区——年度目标：年内开工建设。责任单位：市卫健委",
        "督查情况：项目已于10月18日开工，目前正在进行基坑开挖。",
        date(2026, 11, 30),
        "completed",
    ),
    (
        "unit_label_after_task_all_adapted",
        "（七）无障碍改造：完成困难残疾人家庭无障碍改造80户。（承办：社会事务办公室）",
        "80户无障碍改造已全部完工并通过验收。",
        date(2026, 8, 31),
        "completed",
    ),
    (
        "unit_department_label_after_task_all_done",
        "（三）便民市场：改造提升农贸市场2个。（承办部门：经济发展办公室）",
        "2个农贸市场改造提升工程已全部完工，8月15日重新开业。",
        date(2026, 8, 31),
        "completed",
    ),
    (
        "unbracketed_host_label_after_task",
        "为辖区老年人免费提供健康体检3000人。主办：社区卫生服务中心",
        "1-8月已为辖区老年人免费提供健康体检3320人。",
        date(2026, 8, 31),
        "completed",
    ),
    (
        "numbered_start_in_field_cell_started_early",
        "一、稳就业｜5.4月底前启动2026年高校毕业生“就业服务月”活动（牵头处室：高校毕业生就业处）",
        "“就业服务月”活动已于3月18日启动，累计举办专场招聘会45场。",
        date(2026, 3, 31),
        "completed",
    ),
    (
        "bracketed_field_year_start_begun",
        "【交通】城市快速路三期——年度目标：年内开工建设。责任单位：市交通投资集团",
        "督查情况：项目已于8月2日开工，目前正在进行路基施工。",
        date(2026, 11, 30),
        "completed",
    ),
    (
        "bracketed_field_dated_start_begun",
        "【水利】某某水库除险加固工程——年度目标：10月底前开工。责任单位：市水利局",
        "督查情况：工程已于9月20日开工，正在进行围堰施工。",
        date(2026, 11, 30),
        "completed",
    ),
    # statuse, stop 57 (tests/test_status_statuse57.py): a register's headcount a stock level (words.toml level.enrolled,
    # rule question 10); an event's date first set no event held (completion.event_first_date, rule question 33);
    # 年度目标： a heading, no deadline beside the task's own (time.year_heading, rule questions 18, 21); a plan
    # finished and the works asked only to start said begun, done (rules/status_stage._drawn_then_begun, rule question 13).
    (
        "insured_stock_short_in_first_quarter",
        "二、社会保障｜6.失业保险参保人数达到1050万人（牵头处室：失业保险处）",
        "3月末全省失业保险参保人数1032万人，比上年末增加8万人。",
        date(2026, 3, 31),
        "on_track",
    ),
    (
        "event_put_off_within_year_preparing",
        "（十五）运动会：举办第二届社区居民趣味运动会。（承办：宣传统战办公室）",
        "运动会原定于6月举办，因体育场地改造，推迟至11月举办，目前比赛规程已制定，各社区正在组队报名。",
        date(2026, 8, 31),
        "on_track",
    ),
    (
        "campus_partly_in_use_past_own_deadline",
        "【教育】市第一中学新校区——年度目标：确保秋季开学前投入使用。责任单位：市教育局",
        "督查情况：教学综合楼已于8月下旬交付使用；食堂因燃气验收未通过，正在进行整改，尚未交付使用。",
        date(2026, 11, 30),
        "behind",
    ),
    (
        "plan_approved_and_first_batch_started",
        "【城建】某某老城区有机更新——年度目标：完成更新单元规划编制并启动首批项目建设。责任单位：某某区人民政府",
        "督查情况：更新单元规划已编制完成，8月经市政府批复；首批项目已于10月启动旧厂房拆除。",
        date(2026, 11, 30),
        "completed",
    ),
]

GUARDS_HELDOUT57 = [
    # a count short of the pace stays short with its unit's label after it
    (
        "unit_label_after_task_count_short",
        "（六）助浴服务：为失能老人提供上门助浴服务500人次。（承办：社会事务办公室）",
        "已提供上门助浴服务210人次。",
        date(2026, 8, 31),
        "behind",
    ),
    (
        "unit_label_after_task_count_on_pace",
        "（十五）科普讲座：举办社区科普讲座12场。（承办：宣传统战办公室）",
        "已举办科普讲座8场，累计参与居民600余人次。",
        date(2026, 8, 31),
        "on_track",
    ),
    # 承办 opening the task is a verb, the event to host still a part
    (
        "hosting_event_still_a_part",
        "承办全区第五届社区运动会，组织全民健身活动200场次。",
        "已组织全民健身活动210场次，运动会定于10月举办。",
        date(2026, 8, 31),
        "on_track",
    ),
    # a numbered start not begun by its own reached deadline, and a year's start still at its permits late in the year
    (
        "numbered_start_not_begun_past_deadline",
        "三、职业技能｜14.3月底前启动全省“技能中国行”职业技能竞赛（牵头处室：职业能力建设处）",
        "竞赛方案已制定，计划4月中旬启动。",
        date(2026, 3, 31),
        "seriously_behind",
    ),
    (
        "bracketed_field_year_start_at_permits",
        "【卫生】市第二人民医院新院区——年度目标：年内开工建设。责任单位：市卫健委",
        "督查情况：项目正在办理施工许可，计划12月中旬开工。",
        date(2026, 11, 30),
        "behind",
    ),
    # a numbered count in a field cell is read as before
    (
        "numbered_count_in_field_cell_on_pace",
        "一、稳就业｜3.开展职业技能培训120万人次（牵头处室：职业能力建设处）",
        "一季度全省开展职业技能培训31.2万人次。",
        date(2026, 3, 31),
        "on_track",
    ),
]


@pytest.mark.parametrize(
    "phenomenon,task,progress,as_of,expected",
    MENDED_HELDOUT57 + GUARDS_HELDOUT57,
    ids=[c[0] for c in MENDED_HELDOUT57 + GUARDS_HELDOUT57],
)
def test_heldout57_mended(phenomenon, task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
