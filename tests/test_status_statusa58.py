"""Issue 11, statusa (stop 58): stop 57's open status misses and three readings noticed then, mended by general rules,
each tested on sentences written here in other words than any label row, with guards that must not move.

* (a) Builders still moving onto the site (施工单位正在进场, words.toml underway.arriving) are the works' preparation, as
  builders on site getting ready are (进场做好准备): a start target (开工) is not reached by it (README rule questions 13,
  19) — before the deadline the stage ladder judges it, past the deadline nothing is begun.  已进场 alone stays begun.
* (b) A facility said opened for use with its date (已于7月5日开放运营, 开放使用: words.toml completion.opened) is done,
  as 开馆运营 and 投入运营 were; 开放 alone stays out (对外开放 is a policy).
* (c) One month's own figure after the year so far (今年以来新增…，当月新增…: words.toml time.so_far_to_date) is within
  it, not added to it (rules/building._month_after_so_far); a month by number after a period that ended before it
  (上半年…，7月…) is not.
* (d) A count whose rest has only had its schedule set (其余30户已排定施工计划: stage.schedule_verb, schedule_noun) is
  no rest done: the done count against the pace decides (README rule question 4).
* (e) A year's target that is itself a share of one works (完成桥梁下部结构工程的60%) answered by a share of that works'
  quantity (已完成总工程量的55%) beside another measure: the way gone to it, 55 of 60 (rules/status_parts).
* (f) 年度目标：年内建成开放 in a project row: the heading is no head of the verb, the works a part beside the year's
  investment (README rule question 31), so investment just over the band does not make the row ahead alone.
* (g) A count's items named one a piece, no figure (A馆已投入使用；B馆仍在可研): the ones said done are the count done
  (README rule question 4 for the rest).
* (h) Two steps joined by 并 (完成…方案编制并启动…) read done by the first step's statement alone: the second step read
  on its own decides.
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

MAR = date(2026, 3, 31)
JUN = date(2026, 6, 30)
AUG = date(2026, 8, 31)
SEP = date(2026, 9, 30)
NOV = date(2026, 11, 30)

CASES = [
    # (a) builders still arriving: no start reached
    ("arriving_before_deadline", "年内开工建设区中医院迁建项目。", "项目已完成施工招标，施工单位正在进场。", SEP, "behind"),
    ("arriving_mid_year", "开工建设城北保障性租赁住房项目。", "施工许可证已核发，施工单位正在组织进场。", JUN, "behind"),
    ("arriving_past_start_deadline", "3月底前开工建设城西再生水厂。", "施工单位正在进场，计划4月上旬开工。", MAR, "seriously_behind"),
    # (b) opened for use on a date
    ("opened_dated", "建成区档案馆新馆。", "区档案馆新馆已于7月5日开放运营。", AUG, "completed"),
    ("opened_for_use_dated", "建成街道党群服务中心。", "党群服务中心已于6月20日开放使用。", AUG, "completed"),
    ("opened_undated", "建成城市阅读空间1处。", "城市阅读空间已开放运营，日均接待读者300余人次。", AUG, "completed"),
    # (c) the month's own figure within the year so far
    ("month_after_year_so_far", "新增城镇就业岗位4000个。", "今年以来新增城镇就业岗位2600个，当月新增310个。", AUG, "on_track"),
    ("month_after_since_start", "新增登记市场主体6000户。", "年初以来新增登记市场主体4300户，本月新增520户。", AUG, "ahead"),
    # (d) the rest's schedule set
    ("rest_scheduled_count_over_band", "完成农村危房改造120户。", "已完成改造88户，其余32户已排定施工计划，10月底前全部完工。", AUG, "ahead"),
    ("rest_scheduled_count_short", "完成农村危房改造120户。", "已完成改造60户，其余60户已制定改造计划。", AUG, "behind"),
    # (e) a year's works share answered by the works' share
    ("works_share_target_with_investment", "某某大桥——年度目标：完成桥梁下部结构工程的60%；年度计划投资3亿元。",
     "1—11月完成投资2.8亿元；下部结构工程已完成总工程量的55%。", NOV, "on_track"),
    ("works_share_target_alone", "年内完成隧道主体工程的80%。", "隧道主体工程已完成总工程量的50%。", NOV, "behind"),
    # (f) a year's-list heading before the works' result
    ("year_heading_works_part_beside_investment", "【体育】市全民健身中心——年度目标：年内建成开放；年度计划投资1.5亿元。",
     "1—11月完成投资1.46亿元；主体及装修工程已完工，正在进行场馆设备调试，计划12月20日开放。", NOV, "on_track"),
    # (g) items named one a piece
    ("items_named_one_done_one_at_study", "建成区级公共实训基地2个。", "城南实训基地已于2月正式投入使用；城北实训基地仍处于可行性研究阶段。",
     MAR, "ahead"),
    ("items_named_one_done_one_fitting", "建成社区养老服务综合体2个。", "东湖养老服务综合体已于5月建成投用；西湖养老服务综合体正在进行内部装修。",
     SEP, "on_track"),
    ("items_named_all_done", "建成社区养老服务综合体2个。", "东湖养老服务综合体已于5月建成投用；西湖养老服务综合体已于8月建成投用。",
     SEP, "completed"),
    # (h) two steps joined by 并
    ("plan_done_works_not_begun", "完成城南片区改造方案编制并启动首期工程。", "城南片区改造方案已编制完成，首期工程尚未启动。", NOV, "behind"),
    ("plan_done_works_at_foundations", "完成体育公园设计方案编制并建成一期工程。", "体育公园设计方案已编制完成；一期工程已于9月开工，目前正在进行基础施工。",
     NOV, "behind"),
]

GUARDS = [
    # (a) builders on site, or works said begun beside them: begun as before
    ("on_site_start_reached", "年内开工建设区中医院迁建项目。", "项目已完成施工招标，施工单位已进场。", SEP, "completed"),
    ("start_held_then_arriving", "年内开工建设区中医院迁建项目。", "项目已于9月10日举行开工仪式，施工单位正在进场。", SEP, "completed"),
    ("arriving_to_build", "年内开工建设区中医院迁建项目。", "施工单位正在进场施工，目前正在进行桩基作业。", SEP, "completed"),
    # (b) 开放 alone after a policy word stays no opening
    ("policy_opening_not_a_facility", "建成区档案馆新馆。", "区档案馆新馆主体已封顶，正在进行室内装修。", AUG, "on_track"),
    # (c) the running total and a month inside it, as before
    ("month_inside_running_total", "新增城镇就业岗位4000个。", "1-8月累计新增城镇就业岗位2600个，其中8月新增310个。", AUG, "on_track"),
    # (d) the rest under way: on pace as before
    ("rest_under_way", "完成农村危房改造120户。", "已完成改造60户，其余60户正在施工。", AUG, "on_track"),
    # (e) a rate that builds up, as before
    ("building_rate_as_before", "年内完成主体工程的70%。", "主体工程已完成67%。", NOV, "on_track"),
    # (g) a count answered by its figure: the figure decides as before
    ("count_by_figure", "建成社区养老服务综合体2个。", "已建成投用社区养老服务综合体1个，另1个正在进行内部装修。", SEP, "on_track"),
    # (g) past its own deadline, the second item's fitting finished but its checks and opening still to come: behind
    ("items_named_second_checking_past_deadline", "新建社区托育点2个，确保秋季开学前投入使用。",
     "东门社区托育点已于8月18日开园；西门社区托育点装修已完成，正在进行消防检测，预计9月下旬开园。", AUG, "behind"),
    # (h) both steps done: done as before
    ("plan_done_works_begun", "完成城南片区改造方案编制并启动首期工程。", "城南片区改造方案已编制完成，首期工程已于10月启动。", NOV, "completed"),
]


@pytest.mark.parametrize("phenomenon,task,progress,as_of,expected", CASES + GUARDS, ids=[c[0] for c in CASES + GUARDS])
def test_statusa58(phenomenon, task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
