"""Issue 11, statusa (stop 52): three ways real progress pages are written that the engine misread on pages41's first
run (bench/labels/status/pages41.json, real rows of 浙江 and 山东 districts, cities and a township), each a rule for how
such pages are written, tested on sentences written here in other words.

* A drafting verb that holds 拟 (已草拟实施方案, 正在拟订细则) is work done, not an intention: the clause is no forecast
  (words.toml intention.drafting, blanked as intention.plan_noun is).
* A finishing verb before a share of the works under the whole (东闸已完成全部工程量的70%) says how far the works
  have come, never that they are finished (clauses._DONE_SHARE, words.toml completion.share_of_works).
* A survey outline or a paper sent for review (工作大纲, 送审稿) is a project's preparation: for a target to start
  the works, past mid-year with nothing more it is behind (words.toml stage.preparatory_object, stage.preparing).
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    # drafting verbs: work done, not a plan
    ("深化医疗服务价格改革。", "已草拟价格调整实施方案。", date(2022, 3, 31), "on_track"),
    ("深化医疗服务价格改革。", "已草拟价格调整实施方案，近期将提请区政府常务会议研究。", date(2022, 3, 31), "on_track"),
    ("健全基层应急管理体系。", "正在拟订乡镇应急预案管理细则，已征求各街道意见。", date(2022, 6, 30), "on_track"),
    # a plan in words is still a plan
    ("深化医疗服务价格改革。", "拟于下半年启动价格调整实施方案编制。", date(2022, 3, 31), "not_started"),
    # a share of the works after a finishing verb: under way, not done
    ("完成南渠闸、北渠闸改建，提升灌溉能力；完成3个以上排灌站标准化改造。",
     "南渠闸已完成全部工程量的72%，北渠闸已完成全部工程量的88%。已完成4个排灌站标准化改造，并通过验收。",
     date(2024, 9, 30), "on_track"),
    ("完成南渠闸改建。", "南渠闸已完成总工程量的55%，正在进行闸室浇筑。", date(2024, 9, 30), "behind"),
    ("完成南渠闸改建。", "南渠闸改建工程已全部完成，并通过验收。", date(2024, 9, 30), "completed"),
    # papers for review before a start: preparation
    ("力争某某抽水蓄能电站开工建设。", "完成电站建设征地实物调查工作大纲(送审稿)", date(2024, 7, 31), "behind"),
    ("力争某某抽水蓄能电站开工建设。", "电站初步设计送审稿已报省能源局。", date(2024, 8, 31), "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", CASES, ids=[f"{c[0][:8]}|{c[1][:10]}" for c in CASES])
def test_statusa52(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# Mended by statusr (stop 52, tests/test_status_statusr52.py): an estimated growth written as a range with one per-cent
# sign (增长4.6-5.1%) was no figure and the row unclear; a range is now one figure read by its lower end, the range's
# floor (statusr's convention, the labels' README rule question 32).
RANGE_MENDED = [
    ("规模以上工业增加值增长6%。", "前三季度预计规模以上工业增加值增长4.6-5.1%。", date(2023, 9, 30), "behind"),
    ("规模以上工业增加值增长6%。", "全年预计规模以上工业增加值增长6.5-7%。", date(2023, 12, 31), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", RANGE_MENDED)
def test_statusa52_range(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
