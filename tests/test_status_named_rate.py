"""Issue 11 (statusb, stop 47): two ways key-project bulletins write their measures, each missed on real pages of more
than one government (bench/labels/status/pages34.json, held out at stop 46) and written here in other words, places
and figures than any label row.

* A rate the task names as its measure (words.toml figure.task_named_rate: 开工率, 投入率, 投资完成率, 完成投资比例, a
  share of the 年度计划): the items counted before it are the scope measured, not a target.  The reply's rate of that
  name is the share done, against the pace (rules/status_statements.py StatedRate, _rate_the_task_names); of several
  rates of that name in one sentence, the one after the task's scope restated.  Before, the scope's count was read as
  the target and compared with whatever count the reply gave (another list's, the projects begun), or the reply's
  stage was read instead of its rate.
* 开(复)工, 开复工 written with its second verb in brackets: a result verb after a part of the year (上半年开(复)工率达
  90%) that makes the part's end the task's deadline (assess._text_deadline: one character in brackets is a word's
  alternative, not an interim date), and a rate that builds up to its target (figure.building_rate), as 开复工 is.
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

_TWO_CLASSES = "甲类项目20个,开工率70%,乙类项目9个,开工率100%。"
_TWO_LEVELS = ("省级重点项目12个,完成投资8亿元,占年度计划的46%;市级重点项目30个,完成投资20亿元,占年度计划的71%。")
_PAIR = "园区项目25个,开工22个,开工率和投入率分别为88%和47.5%。"

NAMED_RATE = [
    # the scope's count restated, one rate of the name: the rate against the pace
    ("30个市重点项目 投入率", "30个市重点项目累计完成投资12亿元,投入率48%。", date(2021, 6, 30), "on_track"),
    ("全镇45个重点项目 开工率", "全镇45个重点项目中,开工率达82.2%,累计完成投资6.4亿元。", date(2021, 7, 31), "ahead"),
    ("全镇45个重点项目 开工率", "全镇45个重点项目中,开工率为20%。", date(2021, 7, 31), "seriously_behind"),
    ("产业项目60个 投资完成率", "产业项目60个,已开工51个,投资完成率105.3%。", date(2021, 11, 30), "completed"),
    # the rate named among several lists: the list the task names
    ("乙类项目9个 开工率", _TWO_CLASSES, date(2021, 9, 30), "completed"),
    ("甲类项目20个 开工率", _TWO_CLASSES, date(2021, 9, 30), "on_track"),
    ("省级重点项目12个 年度计划", _TWO_LEVELS, date(2021, 6, 30), "on_track"),
    ("市级重点项目30个 年度计划", _TWO_LEVELS, date(2021, 6, 30), "ahead"),
    # two names before 分别 and their figures after it, in order
    ("园区项目25个 投入率", _PAIR, date(2021, 6, 30), "on_track"),
    ("园区项目25个 开工率", _PAIR, date(2021, 6, 30), "ahead"),
    # the rate over its whole beside other works of the task still building: on pace, as a stated rate is
    ("城区改造项目 年计划", "其中城区改造项目1至9月完成投资3.1亿元,完成年计划的124%,另有2个附属工程仍在施工。",
     date(2021, 9, 30), "on_track"),
    # guards: a list of places' shares by position is read as before; a task of new starts keeps its starts
    ("西片区 年度计划", "东片区、西片区分别完成年度计划的80%和55%。", date(2021, 6, 30), "ahead"),
    ("东片区 年度计划", "东片区、西片区分别完成年度计划的80%和30%。", date(2021, 6, 30), "ahead"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", NAMED_RATE)
def test_rate_the_task_names(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


BRACKETED_START = [
    # the part of the year's end is the deadline: reached at it, done; short at it, behind
    ("重点项目一季度开(复)工率达到80%", "一季度末,全镇重点项目已开(复)工45个,开(复)工率82%。", date(2021, 3, 31), "completed"),
    ("重点项目一季度开(复)工率达到80%", "截至3月底,全镇重点项目已开(复)工38个,开(复)工率69%。", date(2021, 3, 31), "behind"),
    ("重点项目一季度开（复）工率达到80%", "一季度末,全镇重点项目已开（复）工45个,开（复）工率82%。", date(2021, 4, 15), "completed"),
    # before the deadline, a rate that builds up: its share of the target against the pace to it
    ("续建项目上半年开(复)工率达到95%", "截至5月底,续建项目已开(复)工40个,开(复)工率88%。", date(2021, 5, 31), "ahead"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", BRACKETED_START)
def test_bracketed_start_verb(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


@pytest.mark.parametrize("bracketed,plain", [
    ("重点项目上半年开(复)工率达到90%", "重点项目上半年开复工率达到90%"),
])
@pytest.mark.parametrize("progress,as_of", [
    ("上半年,重点项目已开(复)工50个,开(复)工率91%。", date(2021, 6, 30)),
    ("截至4月底,重点项目已开(复)工30个,开(复)工率55%。", date(2021, 4, 30)),
])
def test_bracketed_reads_as_plain(bracketed, plain, progress, as_of):
    assert judge(bracketed, progress, as_of).status == judge(plain, progress.replace("(复)", "复"), as_of).status


# The task's own count of items as the subject of its clause (rules/building.py _scope_subject): closed by 中 (among
# them), or followed in its clause by a figure of another kind — the items the figures after it are of, never a count
# done.  Before, the count was read as done beside the counts after it (the items among them summed past the whole,
# or one part said done capping the rest at on pace).  Missed on real pages of several governments (a province's
# kindergartens in pages20, a county's rebuilt housing in pages11, an invented market row in invented155).
SCOPE_SUBJECT = [
    ("新建120个社区养老服务站", "截至9月底,全区正在建设的120个社区养老服务站中,建成20个,运营5个。", date(2021, 9, 30),
     "seriously_behind"),
    ("新建120个社区养老服务站", "截至9月底,全区正在建设的120个社区养老服务站中,建成86个,运营40个。", date(2021, 9, 30),
     "on_track"),
    # guards: the whole said of the count (a full share, 全部) keeps it done
    ("建设口袋公园30个", "30个口袋公园已100%完成建设并开放。", date(2021, 6, 30), "completed"),
    ("新开工项目60个", "60个新开工项目全部开工建设。", date(2021, 6, 30), "completed"),
    ("改造背街小巷45条", "45条背街小巷中,已完成改造45条。", date(2021, 10, 31), "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", SCOPE_SUBJECT)
def test_scope_count_as_subject(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


def test_scope_count_beside_money_is_no_count_done():
    # the list's investment to date with no year plan: its count is the list, not the projects finished
    got = judge("全区80个重点项目", "1至5月,全区80个重点项目完成投资31.2亿元,比去年同期增加5亿元。", date(2021, 5, 31))
    assert got.status != "completed"
