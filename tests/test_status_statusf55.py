"""Issue 11, statusf (stop 55): stop 54's and 55's strict xfails of status judging that recur in how progress reports
are written, mended by general rules and tested on sentences written here in other words than any label.

* A draft (初稿, 草案, 送审稿) is preparation, as a draft for comment (征求意见稿) was (judging.toml words.preparing): a
  listing target answered by inclusion in a draft plan, a document still in draft, are on pace while no date is due.
* A count with no noun of its own (截至目前已完成3项; 在建16个; 其余12项均已开工) in another item counter than the task's
  (个, 项, 件) counts the task's items, understood (progress._bare_count: words.toml progress.bare_count_verb,
  bare_count_adverb, bare_count_rest).
* An eligibility review (资格审核, 资格审查, 资格复核) is a step of preparation before letting or paying out
  (words.toml stage.preparatory_object), the task's own work when it counts it (stage.own_step).
* Running totals each opened by a project's name beside the period's figure naming the target's measure more fully
  (甲水库累计完成投资1.5亿元；1-6月全县完成水利投资9.8亿元 for 完成水利投资20亿元): the period's figure is the whole
  (rules/judging._named_running_totals).
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUN = date(2025, 6, 30)
SEP = date(2025, 9, 30)

DRAFTS = [
    # taken into a draft plan or a draft list: pending, on pace mid-year
    ("争取南部快速路列入省“十五五”综合交通规划。", "已纳入省综合交通“十五五”规划初稿。", JUN, "on_track"),
    ("力争县域医疗中心项目列入省级补短板项目库。", "经积极汇报，已列入省级项目库草案名单。", JUN, "on_track"),
    # a document still in draft or sent for review, no date due
    ("出台《城市供水管理办法》。", "管理办法草案已形成。", JUN, "on_track"),
    ("出台《城市供水管理办法》。", "管理办法送审稿已报市政府。", JUN, "on_track"),
    # guards: a draft when the task's own date has come is behind; a draft for comment as before
    ("上半年出台《城市供水管理办法》。", "管理办法草案已形成。", JUN, "behind"),
    ("争取南部快速路列入省“十五五”综合交通规划。", "已纳入省综合交通“十五五”规划征求意见稿。", JUN, "on_track"),
]


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), DRAFTS)
def test_a_draft_is_preparation(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


BARE_COUNTS = [
    # (task, progress, as of, expected status, expected completion)
    ("办好年度民生实事20件。", "截至目前已完成3项，其余尚未启动。", date(2024, 9, 30), "seriously_behind", 15.0),
    ("办好年度民生实事20件。", "已完成3项，5项正在开展前期工作，其余尚未启动。", date(2024, 9, 30), "seriously_behind", 15.0),
    ("计划竣工重点项目70个", "截至9月底已竣工14项。", date(2024, 9, 30), "seriously_behind", 20.0),
    ("实施老旧小区改造项目16个", "已完工12项，其余正在施工。", date(2024, 6, 30), "ahead", 75.0),
    # the rest counted bare and under way holds the pace (README rule question 4)
    ("实施重点民生工程25项。", "已完成9个，在建16个。", date(2024, 5, 31), "on_track", 36.0),
    ("完成为民办实事项目12项。", "已完工8个，其余4个正在施工。", date(2024, 10, 31), "on_track", 66.7),
    ("办好年度民生实事20件。", "已办结8项，其余12项均已开工。", date(2024, 6, 30), "on_track", 40.0),
]
BARE_COUNT_GUARDS = [
    # a count with a noun of its own that is not the task's: no answer to the count
    ("办好年度民生实事项目40件。", "已覆盖乡镇12个，各项工作有序推进。", date(2024, 6, 30), "on_track"),
    # a count of a step of preparation (a noun after the counter): not the items done
    ("办好年度民生实事20件。", "已完成8项前期工作。", date(2024, 6, 30), "behind"),
]


@pytest.mark.parametrize(("task", "progress", "as_of", "expected", "completion"), BARE_COUNTS)
def test_a_bare_count_counts_the_tasks_items(task, progress, as_of, expected, completion):
    verdict = judge(task, progress, as_of)
    assert (verdict.status, verdict.completion_pct, verdict.basis) == (expected, completion, "figures")


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), BARE_COUNT_GUARDS)
def test_bare_count_guards(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


ELIGIBILITY = [
    # the rest only reviewed for eligibility: not let, not paid
    ("完成保障性租赁住房分配200套。", "已分配150套，其余50套已完成资格复核。", SEP, "on_track"),
    ("完成人才公寓分配400套。", "已分配入住人才公寓300套，其余100套已完成资格审核。", SEP, "on_track"),
    # only reviewed at the end of September: behind
    ("完成公租房配租600套。", "已完成资格审核600户。", SEP, "behind"),
    # guards: the review is the task's own work; the letting itself reported
    ("完成困难家庭资格审核500户", "已完成资格审核500户，将于10月发放补助。", SEP, "completed"),
    ("完成公租房配租600套。", "已配租600套。", JUN, "completed"),
]


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), ELIGIBILITY)
def test_an_eligibility_review_is_preparation(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


WHOLE_BESIDE_NAMED_TOTALS = [
    (
        "推进清溪水库、东干渠等重点水利工程建设，全年完成水利投资20亿元。",
        "清溪水库累计完成投资1.5亿元；1-6月全县完成水利投资9.8亿元。",
        JUN,
        "on_track",
        49.0,
    ),
    (
        "加快推进环城北路、滨湖大道等重点交通工程建设，力争全年完成交通投资40亿元以上。",
        "环城北路累计完成年度投资3亿元，路基工程全面铺开；1-6月完成交通有效投资14亿元。",
        JUN,
        "behind",
        35.0,
    ),
    # guards: the whole first and its part after 其中; a total with no name of its own stays the running total
    (
        "推进清溪水库、东干渠等重点水利工程建设，全年完成水利投资20亿元。",
        "1-6月全县完成水利投资9.8亿元，其中清溪水库完成投资1.5亿元。",
        JUN,
        "on_track",
        49.0,
    ),
    ("全年完成水利投资20亿元。", "累计完成水利投资9.6亿元，6月完成水利投资1.2亿元。", JUN, "on_track", 48.0),
]


@pytest.mark.parametrize(("task", "progress", "as_of", "expected", "completion"), WHOLE_BESIDE_NAMED_TOTALS)
def test_the_whole_beside_a_named_projects_total(task, progress, as_of, expected, completion):
    verdict = judge(task, progress, as_of)
    assert (verdict.status, verdict.completion_pct) == (expected, completion)
