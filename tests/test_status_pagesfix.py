"""Issue 11, pagesfix (stop 44): status rules from stop 43's held-out misses, now development material
(tests/test_status_real_pages30.py, KNOWN_MISSES_179 in tests/test_status_rules.py).  Every row here is invented in
other words, places and figures than the misses'; each table has its guards.

* A clause opened by 经 names the steps a result went through (经申报、推荐和评审，认定…34家), not work still awaiting
  them: the count is done (rules/roles.py _pending, _VIA_STEPS).  Guards: applications with the result still to come
  (待认定), 经 before a word of waiting.
* Once the deadline has come, the year's task itself said only nearly done (基本完成年度建设任务, 基本完成了全年…任务) is
  short of the whole — behind, whatever the task names (rules/status_stage.py StageAgainstDeadline,
  _YEAR_TASK_NEARLY); 基本完成全年目标任务 is no statement of the whole done (rules/status_statements.py
  _WHOLE_SCOPE_DONE).  Guard: 全面完成全年目标任务.
* The progress of the task's own work over 100 (筛查进度102.3%) is the work done past its plan: completed
  (rules/status_measures.py OwnWorkload).  Guards: a progress under the pace, a share of the schedule (序时进度的102%).
* An event of this year put off to a later year named by its number (延期至2027年举办 in 2026) is not held this year,
  as 推迟至明年 is (rules/status_statements.py Cancelled).  Guard: put off within the year.
* A key-project list's count of the year's new projects (新建产业项目60个, 新建重点项目45个) is a count to begin, as
  新开工项目 is: the projects started are its measure (rules/task_parts.py, words.toml task.new_projects_kind).  Guards:
  新建 projects to finish (完成…新建项目3个), a facility's projects (新建幼儿园项目).
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

YEAR_END = date(2026, 12, 31)

CASES = [
    # the steps a result went through
    (
        ("认定市级专精特新企业30家", "经企业申报、部门推荐和专家评审，认定市级专精特新企业34家。", YEAR_END),
        "completed",
    ),
    (
        ("培育省级示范家庭农场40家", "经逐级推荐和评审，新认定省级示范家庭农场43家，名单已公布。", YEAR_END),
        "completed",
    ),
    (("认定市级专精特新企业30家", "已组织企业申报52家，经初审推荐至市级评审，待认定。", YEAR_END), "behind"),
    (("认定市级专精特新企业30家", "经申报待认定企业34家。", YEAR_END), "behind"),
    # the year's task only nearly done at its deadline
    (
        ("十大民生工程", "十大民生工程基本完成年度建设任务，累计完成投资23.6亿元。", date(2024, 12, 31)),
        "behind",
    ),
    (("城乡环境综合整治", "已基本完成了全年整治任务。", date(2024, 12, 31)), "behind"),
    (("五项重点工程", "五项重点工程已基本完成全年目标任务。", date(2024, 12, 31)), "behind"),
    (("五项重点工程", "五项重点工程已全面完成全年目标任务。", date(2024, 12, 31)), "completed"),
    # the task's own work's progress
    (
        ("开展农村适龄妇女两癌筛查", "全年完成两癌筛查1.86万人，筛查进度102.3%。", date(2024, 12, 31)),
        "completed",
    ),
    (("开展老年人健康体检", "体检进度达到100.8%，共体检3.2万人。", date(2024, 11, 30)), "completed"),
    (("开展农村适龄妇女两癌筛查", "筛查进度达到38%。", date(2024, 9, 30)), "behind"),
    (("开展农村适龄妇女两癌筛查", "已筛查6200人，达到序时进度的102%。", date(2024, 9, 30)), "on_track"),
    # an event put off to a later year by its number
    # (at the year's end, its deadline come, the deferral is behind: the lead's decision D9, stop 52; it was not_started)
    (("举办第三届全市美食文化节", "因场馆改造，美食节延期至2027年举办。", YEAR_END), "behind"),
    (
        ("举办第三届全市美食文化节", "美食节调整至2026年10月举办，筹备工作有序推进。", date(2026, 6, 30)),
        "on_track",
    ),
    # the year's new projects of a key-project list: a count to begin
    (("全市新建产业项目60个", "新建产业项目已开工52个，完成投资41.3亿元。", date(2024, 6, 30)), "ahead"),
    (("新建重点项目45个", "已开工23个。", date(2024, 6, 30)), "on_track"),
    (("新建重点项目45个", "已开工9个，其余正在办理前期手续。", date(2024, 9, 30)), "seriously_behind"),
    (("完成义务教育学校新建项目3个", "3所学校均已开工，正在进行主体施工。", date(2024, 6, 30)), "on_track"),
    (("新建幼儿园项目4个", "4个项目均已开工建设。", date(2024, 6, 30)), "on_track"),
]


@pytest.mark.parametrize("given,expected", CASES, ids=[f"{g[0]}|{g[1]}" for g, _ in CASES])
def test_pagesfix_cases(given, expected):
    assert judge(*given).status == expected
