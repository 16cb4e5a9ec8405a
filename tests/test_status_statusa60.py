"""Issue 11, statusa (stop 60): three labelling questions stop 59 left open, written down as README rule questions
41-43 (bench/labels/status/README.md) and followed by the engine, each tested on sentences written here in other words
than any label row, with guards that must not move.

* (41) A task to build (建成, 新建, 建设 a facility) asks the works finished, not their use: a use foretold only for next
  year (预计明年…投入使用, 计划明年春季开放, 交付使用) tells no lag; the works' stage decides (words.toml forecast.use_result,
  forecast.build_task; rules/status_statements PaceStatement).  A task naming the use (建成投用, 建成并投入使用, 建成开放)
  keeps the forecast a lag; a finish of the works foretold for next year (明年竣工, 明年建成使用) stays behind; at the year's
  end works still fitting out are behind by the deadline.
* (42) Works named by a build verb and asked only to start (新建…1座，年内开工建设; words.toml task.build_named,
  task.start_of_build, task.finish_of_build): the start is the year's target, reached once the works are said begun
  (rules/clauses.start_asked_of_build, rules/status_stage._start_said, rules/task_parts); a finish asked beside it keeps
  the build.
* (43) Works with no deadline written are due at the year's end: nearly done at 31 December (基本完工, 进入扫尾阶段) is
  behind; a target that is itself 基本完成 / 基本建成 is reached by the same word (rules/judging_clauses).
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUN = date(2026, 6, 30)
SEP = date(2026, 9, 30)
OCT = date(2026, 10, 31)
NOV = date(2026, 11, 30)
DEC = date(2026, 12, 31)

CASES = [
    # (41) the use foretold next year for a task to build: no lag, the works' stage decides
    ("use_next_year_build_topped_out_mid_year", "建成某某区妇女儿童活动中心", "活动中心主体已于5月结顶，计划明年4月正式投入使用。",
     JUN, "on_track"),
    ("use_next_year_build_fitting_out_autumn", "年内建成某某县城市规划展示馆",
     "展示馆主体结构已封顶，目前正在进行外墙装饰和内部布线，预计2027年春季对外开放。", SEP, "on_track"),
    ("use_next_year_build_handed_for_use", "建成某某镇便民服务中心",
     "服务中心主体工程已完工，正在进行室内装修，预计明年一季度交付使用。", OCT, "on_track"),
    # guards: the use asked by the task, a finish of the works foretold, the year's end
    ("use_asked_in_task_next_year", "建成投用某某区妇女儿童活动中心", "活动中心主体已于5月结顶，计划明年4月正式投入使用。",
     JUN, "behind"),
    ("use_asked_with_bing_next_year", "建成某某县城市规划展示馆并对外开放",
     "展示馆主体结构已封顶，目前正在进行外墙装饰和内部布线，预计2027年春季对外开放。", SEP, "behind"),
    ("finish_of_works_next_year", "建成某某镇便民服务中心", "服务中心主体结构施工中，预计明年5月竣工。", SEP, "behind"),
    ("use_next_year_build_year_end_fitting_out", "建成某某镇便民服务中心",
     "服务中心主体工程已完工，室内装修正在进行，预计明年3月投入使用。", DEC, "behind"),
    ("handover_alone_next_year_count", "完成某某小区安置房建设600套", "已建成安置房450套，其余150套主体已结顶，预计明年4月交付。",
     DEC, "behind"),
    # (42) a start asked of works named to build
    ("build_named_start_asked_begun_structure_rising", "年度目标：新建某某污水处理厂1座（4万吨/日），年内开工建设",
     "截至11月底：项目已于5月开工建设，目前主体结构完成约半。", NOV, "completed"),
    ("build_named_start_asked_begun_count", "新建某某片区中小学2所，年内开工建设", "2所中小学已于4月全部开工，目前正在进行主体施工。",
     SEP, "completed"),
    ("start_opening_task_begun_structure_share", "年内开工建设某某物流园一期", "物流园一期已于6月正式开工，目前主体结构完成40%。",
     NOV, "completed"),
    # guards: the start not yet reached, a finish asked beside the start, a list of starts counted
    ("build_named_start_asked_only_designed", "新建某某体育馆，年内开工建设", "已完成施工图设计，具备开工条件，计划12月开工。",
     NOV, "behind"),
    ("build_named_start_and_topping_asked", "新建某某体育馆，年内开工建设，年底前主体封顶",
     "项目已于6月开工，目前正在进行基础施工。", NOV, "behind"),
    ("start_then_finish_asked_begun", "某某雨水泵站工程：5月底前开工，年底前完工", "泵站已于5月开工，目前正在进行基坑施工。",
     date(2026, 7, 31), "on_track"),
    ("start_list_counted_not_one_works", "推进60个计划新开工项目开工建设", "60个计划新开工项目中已开工24个，其余正在办理前期手续。",
     JUN, "behind"),
    # (43) nearly done at the year's end with no deadline written
    ("no_deadline_nearly_done_year_end", "某某河道生态整治工程", "该整治工程已基本完工。", DEC, "behind"),
    ("no_deadline_winding_up_year_end", "某某河道生态整治工程", "整治工程已进入扫尾阶段。", DEC, "behind"),
    ("nearly_asked_nearly_said_year_end", "基本完成某某片区棚户区改造", "某某片区棚户区改造已基本完成。", DEC, "completed"),
    ("nearly_asked_built_said_year_end", "基本建成某某区智慧社区服务平台", "平台已基本建成，各功能模块已上线试运行。", DEC, "completed"),
    # guards: before the year's end nearly done is on pace; a target not itself 基本 is not reached by 基本完成
    ("no_deadline_nearly_done_autumn", "某某河道生态整治工程", "该整治工程已基本完工。", SEP, "on_track"),
    ("full_asked_nearly_said_year_end", "完成某某片区棚户区改造", "某某片区棚户区改造已基本完成。", DEC, "behind"),
]


@pytest.mark.parametrize("name,task,progress,as_of,expected", CASES, ids=[c[0] for c in CASES])
def test_statusa60(name, task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
