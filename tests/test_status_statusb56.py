"""Issue 11, statusb (stop 56): what invented224's first run missed — a district's half-year key-task table at 30 June,
on pace read as unclear and behind read as on pace — mended by general rules and tested on sentences written here in
other words than any label row, each with guards that must not move.

* A part of the year right after a later year (明年上半年开工, 明年一季度开工) is due at that part's end in that year, not at
  this year's (assess._later_deadline, _LATER_PERIOD): a preparation task whose start is next year is on pace at mid-year.
* 打造 opening a task clause whose object is an aim (品牌, 环境, 体系: words.toml task.aim_verb, task.aim_object) is no
  measurable part (rules/task_parts.py; README rule question 28); a facility after 打造 (街区) stays one.
* Measures in place and services running (落实到位, 整改到位, 规范运行: words.toml status.action) are concrete work.
* On a task with no figure and no part, a unit's word of normal progress beside routine work that names no preparation,
  nothing not begun and no lag is on pace, basis unit_statement (ConcreteWork; rule 5) — not for a rate aimed at, nor at
  the deadline.
* 尚未正式启动 is not begun (words.toml stage.not_yet_manner); 尚未全面完成 under way (stage.finish_verb, not_yet.not_before).
* A stage reached only in a plan (尚未开展，计划7月进场) is no stage of the work: the clauses outside the plans decide
  (status_statements._not_begun_beside_plans); an event prepared for its date is left to the event rules.
* A share after the finishing verb (主体工程已完成约40%, 主体结构完成80%) is the works going on, not finished nor nearly
  finished (rules/clauses._DONE_SHARE).
"""

from datetime import date

import pytest

from luoshi.engine.assess import _later_deadline
from luoshi.engine.rules.clauses import clause_stage
from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUN = date(2025, 6, 30)

LATER_PERIOD = [
    ("抓紧推进城南水厂二期前期工作，确保明年一季度开工。", date(2026, 3, 31)),
    ("力争明年上半年建成投用", date(2026, 6, 30)),
    ("确保明年年中前建成", date(2026, 6, 30)),
    ("2026年三季度完成主体施工", date(2026, 9, 30)),
    # guards: this year's period is no later deadline; a later year's month as before
    ("上半年开工建设城南水厂二期", None),
    ("力争明年6月底前开工", date(2026, 6, 30)),
]


@pytest.mark.parametrize(("text", "expected"), LATER_PERIOD)
def test_a_later_years_period_is_its_deadline(text, expected):
    assert _later_deadline(text, JUN) == expected


STATUS = [
    # a preparation task whose start is next year: on pace at mid-year
    ("抓紧推进城南水厂二期前期工作，确保明年一季度开工。", "项目建议书已批复，正在开展环评和用地预审。", JUN, "on_track"),
    ("完成区体育中心项目前期工作，力争明年上半年开工建设。", "已完成可研编制，初步设计正在招标。", JUN, "on_track"),
    # guards: a start due this year's first half or this year, still at preparation
    ("上半年开工建设城南水厂二期。", "项目建议书已批复，正在开展环评和用地预审。", JUN, "seriously_behind"),
    ("年内开工建设城南水厂二期。", "项目建议书已批复，正在开展环评和用地预审。", JUN, "behind"),
    # a brand or an environment to build up is no part: the count and the rest under way decide
    ("改造提升农贸市场3家，打造放心消费环境。", "1家市场已完成改造，2家正在施工；放心消费环境创建方案已制定。", JUN, "on_track"),
    # guards: a facility after 打造 is a part, its design only at mid-year behind
    ("新建社区食堂5家，打造城东美食街区。", "已建成社区食堂3家；美食街区改造方案正在设计。", JUN, "behind"),
    ("打造城西文化街区。", "街区改造方案正在设计。", JUN, "behind"),
    # measures in place, services running: concrete work on a task with no figure
    ("抓好安全生产监管，压实企业主体责任。", "各项监管措施落实到位，重点企业隐患排查整改到位。", JUN, "on_track"),
    ("做好森林防火各项工作。", "护林员队伍常态化运行，林区防火检查点规范运行，火源管控措施落实到位。", JUN, "on_track"),
    # a unit's word of normal progress beside routine work
    ("加强市场价格监管，维护市场秩序。", "价格监管工作有序开展，执法人员按要求开展日常巡查，发现问题及时处置。", JUN, "on_track"),
    ("深化“河湖长制”，提升河湖管护水平。", "河湖长制工作正常开展，各级河湖长按要求巡查，问题及时交办。", JUN, "on_track"),
    # guards: a lag said; a rate aimed at; the year over
    ("加强市场价格监管，维护市场秩序。", "价格监管工作有序开展，但执法力量不足，进度相对滞后。", JUN, "behind"),
    ("推动居民收入增长与经济增长同步。", "各项工作有序开展，持续落实增收政策，做好困难群众帮扶。", JUN, "unclear"),
    ("加强市场价格监管，维护市场秩序。", "价格监管工作正常开展，执法人员按要求开展日常巡查，发现问题及时处置。",
     date(2025, 12, 31), "unclear"),
    # not begun formally, past the deadline; beside a plan of the start
    ("5月底前完成背街小巷环境整治。", "整治工作尚未正式启动。", JUN, "seriously_behind"),
    ("上半年完成社区议事规则修订。", "修订工作暂未正式开始。", JUN, "seriously_behind"),
    ("一季度启动老旧管网排查。", "排查工作尚未正式开展，计划7月进场。", JUN, "seriously_behind"),
    # not fully finished at the deadline: under way, behind
    ("5月底前完成背街小巷环境整治。", "整治工作尚未全面完成。", JUN, "behind"),
    # guards: before the deadline not begun is not started; the nearest mended words as before
    ("年内完成背街小巷环境整治。", "整治工作尚未正式启动。", JUN, "not_started"),
    ("5月底前完成背街小巷环境整治。", "整治工作尚未全部完成，已完成主要路段。", JUN, "behind"),
]


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), STATUS)
def test_status(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


def test_a_start_only_planned_after_funds_awaited_is_not_begun():
    # test_status_rules.py KNOWN_MISSES_170's strict xfail, mended by _not_begun_beside_plans (拟于11月启动 is a plan)
    assert judge("完成城区燃气老旧管道更新改造18公里。", "县住建局：因中央预算内资金尚未下达，改造工程尚未开工，拟于11月启动。",
                 date(2026, 9, 30)).status == "not_started"


def test_an_event_prepared_for_its_date_is_no_work_not_begun():
    # 尚未启动 beside the event's planned month: prepared for its date (the event rules), not a task not begun
    assert judge("举办全区秋季群众登山节。", "尚未启动，计划10月举办。", JUN).status == "on_track"


CLAUSES = [
    ("污水管网工程已完成约65%", "underway"),
    ("场馆主体工程已完成40%", "underway"),
    ("主体结构完成80%", "underway"),
    # guards: finished in words, a share of the works as before, a rate's name
    ("场馆主体工程已完成", "nearly_done"),
    ("已完成100%", "done"),
    ("已完成工程量的40%", "underway"),
    ("完成率65%", None),
]


@pytest.mark.parametrize(("clause", "expected"), CLAUSES)
def test_a_share_after_the_finishing_verb_is_under_way(clause, expected):
    assert clause_stage(clause) == expected


LEFT = [
    # the main works at a share under the pace to a deadline for the whole building: behind (invented224's inv224-028 in
    # other words) — mended by statusa, stop 59: the labels' rule question 40, a component's share under the band of the
    # pace to the whole's deadline bounds the whole (rules/works.works_late)
    ("8月底前建成并开放城北游泳馆。", "场馆主体工程已完成约35%，正在进行钢结构吊装，总体进展平稳。", JUN, "behind"),
    ("10月底前建成投用城西社区服务中心。", "中心主体结构已完成约30%，目前正在进行三层楼板浇筑。", JUN, "behind"),
    # guards: the share within or over the band tells nothing of the whole, the stage decides as before
    ("10月底前建成投用城西社区服务中心。", "中心主体结构已完成约65%，目前正在进行五层楼板浇筑。", JUN, "on_track"),
    ("年底前建成投用城西社区服务中心。", "中心土建工程已完成85%，同步开展机电安装。", date(2020, 9, 30), "on_track"),
]


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), LEFT)
def test_left(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
