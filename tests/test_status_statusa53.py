"""Issue 11, statusa (stop 53): three ways real progress pages are written that the engine misread on pages42's first
run (bench/labels/status/pages42.json, real rows of a district, cities, prefectures and a county in 浙江, 宁夏, 新疆,
四川 and 辽宁), each a rule for how such pages are written, tested on sentences written here in other words.

* A stage word right before the words that the work has not begun (申报工作暂未启动, 验收事宜尚未开展) names the work
  not begun; it is no stage reached (progress._stage, words.toml stage.not_begun_link, stage.not_begun_adverb).
* On a task with no number, shares of several other works' own quantity listed in the reply (…码头工程完成主体工程量的20%,
  总体形象进度30%) are those works' stages, no pace of the task (status_statements._other_works_quantity, words.toml
  report.works_quantity_share); a share in an entry naming the task's own works stays its share.
* The projects' total investment (总投资772.4亿元) beside the amount done this year (当年已完成投资26.3亿元) is their
  size over their life, no amount done: it answers no investment target (building._projects_size_beside_done).
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    # the work named before 暂未启动 / 尚未开展 has not begun
    ("积极申报省级现代服务业集聚示范区。", "示范区申报工作暂未启动。", date(2023, 10, 31), "not_started"),
    ("争创国家级生态文明建设示范县。", "创建申报工作目前尚未开展。", date(2023, 8, 31), "not_started"),
    ("推进城南片区综合验收。", "验收工作暂未开始。", date(2023, 9, 30), "not_started"),
    # a stage reached beside a later step not begun stays begun
    ("积极申报省级现代服务业集聚示范区。", "申报材料已报送省发改委，现场评审尚未开始。", date(2023, 10, 31), "on_track"),
    # other works' own quantity on a task with no number: stages, on pace
    ("加快打造沿江风光带，提升滨江公园品质。",
     "①北岸游步道工程累计完成总工程量的25%。②亲水平台一期完工。③灯光秀改造工程完成工程量的40%。",
     date(2022, 6, 30), "on_track"),
    ("加快打造沿江风光带。", "①南岸绿廊项目总体形象进度30%。②北岸游步道工程完成工程量的35%。", date(2022, 9, 30), "on_track"),
    # one works' share, the task's own works said otherwise, stays its share
    ("完成南门医院住院楼改造。", "改造工程已完成工程量的30%。", date(2022, 9, 30), "seriously_behind"),
    # the task's own works keep their share
    ("完成西河闸、东河闸改建。", "西河闸已完成全部工程量的40%，东河闸已完成全部工程量的45%。", date(2022, 9, 30), "behind"),
    # the projects' size beside this year's amount done
    ("全年完成重点项目投资200亿元。", "全市重点项目215个，总投资980亿元，今年已完成投资52亿元。", date(2021, 3, 31), "on_track"),
    ("全年完成重点项目投资200亿元。", "全市重点项目215个，总投资980亿元，今年已完成投资21亿元。", date(2021, 5, 31), "seriously_behind"),
    # a growth within half a point under its 左右 target is met (the labels' rule question 36); more than half short is not
    ("规上工业增加值增长8%左右。", "前三季度规上工业增加值增长7.6%。", date(2023, 11, 30), "on_track"),
    ("规上工业增加值增长8%左右。", "前三季度规上工业增加值增长7.3%。", date(2023, 11, 30), "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", CASES, ids=[f"{c[0][:8]}|{c[1][:10]}" for c in CASES])
def test_statusa53(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# Left (pages42's first run): each the label's status, the engine giving the label's alternative reading.
KNOWN_MISSES = [
    # revenue growth for a target tied to the economy's growth whose figure stands only in another row of the page:
    # the label reads it in step (on_track, its alternative unclear); the engine, with the other side unnamed, unclear
    ("财政收入增长与经济增长基本同步。", "前三季度全市财政收入增长12.6%。", date(2023, 9, 30), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", KNOWN_MISSES)
@pytest.mark.xfail(strict=True, reason="pages42's first-run misses left: the label's reading against its alternative")
def test_statusa53_known_misses(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
