"""Issue 11, statusc (stop 57): older strict xfails mended by general rules, each tested on sentences written here in
other words than any label row, with guards that must not move.

* (a) A works word between a part's noun and its verb (护岸工程完成3公里, 管网工程已完成12公里) or ending the figure's name
  is no word of the thing compared: a task whose project name holds 工程 no longer draws that figure from the part its
  noun names (words.toml figure.works_word_in_name; rules/assigning._match).
* (b) A month's own figure alone (当月完成投资1.8亿元, 9月份新增就业260人), with no running total or figure of the year so
  far of its unit, is no reading of the year's work: set aside, the row gives no comparable figure — unclear, not paced
  as the year's total (rules/building._month_figures_alone; StageAgainstDeadline reads no stage from its clause).  Not
  a rate, a quota per period, a task of one month, nor a report at 31 January.
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUN = date(2026, 6, 30)
SEP = date(2026, 9, 30)

WORKS_WORD = [
    # the project's name holds 工程; the second measure's figure names its noun, 工程 and the verb
    ("西溪湿地治理工程（完成河道疏浚15公里、新建护坡5公里）", "已完成河道疏浚16公里，护坡工程完成1.5公里。", JUN, "behind"),
    ("某某江防洪治理工程（加固堤防10公里、新建护岸6公里）", "已加固堤防6公里；护岸工程已完成1公里。", JUN, "seriously_behind"),
    ("滨湖绿道提升工程（新建绿道30公里、改造步道10公里）", "已建成绿道16公里，步道工程完成2公里。", JUN, "seriously_behind"),
    ("城北片区配套工程（新建道路8公里、新建管廊3公里）", "道路工程完成4.2公里，管廊工程完成1.4公里。", JUN, "on_track"),
    ("城北片区配套工程（新建道路8公里、新建管廊3公里）", "道路工程完成4.2公里，管廊工程完成0.5公里。", JUN, "seriously_behind"),
]

WORKS_WORD_GUARDS = [
    # no 工程 in the figure's name: as before
    ("西溪湿地治理工程（完成河道疏浚15公里、新建护坡5公里）", "已完成河道疏浚16公里，护坡完成1.5公里。", JUN, "behind"),
    # the works word after the first measure's noun, which the project's name does not hold: as before
    ("西溪湿地治理工程（完成河道疏浚15公里、新建护坡5公里）", "河道疏浚工程完成7公里，护坡完成2.5公里。", JUN, "on_track"),
    # one measure, the figure named by its works: as before
    ("新建污水管网50公里。", "污水管网工程已完成26公里。", JUN, "on_track"),
    ("新建污水管网50公里。", "管网工程完成12公里。", JUN, "seriously_behind"),
]

MONTH_ALONE = [
    ("完成固定资产投资20亿元。", "当月完成固定资产投资1.8亿元。", SEP, "unclear"),
    ("全年完成工业投资50亿元。", "9月份完成工业投资4.2亿元。", SEP, "unclear"),
    ("新增城镇就业3000人。", "当月新增城镇就业260人。", SEP, "unclear"),
    ("完成交通建设投资8亿元。", "本月完成交通建设投资6000万元，同比增长5%。", date(2026, 7, 31), "unclear"),
]

MONTH_GUARDS = [
    # the year so far beside the month's figure: the year's figure decides
    ("完成固定资产投资20亿元。", "1-9月完成固定资产投资15亿元，其中当月完成1.8亿元。", SEP, "on_track"),
    ("完成固定资产投资20亿元。", "当月完成投资1.8亿元，累计完成15.2亿元。", SEP, "on_track"),
    ("完成固定资产投资20亿元。", "截至9月底完成固定资产投资15亿元。", SEP, "on_track"),
    # a month a stretch runs from, in a clause before the count: the year's count as before
    ("开展送文化下乡活动120场。", "活动受疫情影响暂停，6月份起陆续恢复，已开展35场。", JUN, "behind"),
    ("新增城镇就业3000人。", "当月起实施稳岗新政，新增城镇就业2300人。", SEP, "on_track"),
    # no month word: the figure is read as the year's as before
    ("完成固定资产投资20亿元。", "完成固定资产投资1.8亿元。", SEP, "seriously_behind"),
    # at 31 January the month is the year so far
    ("完成固定资产投资20亿元。", "当月完成固定资产投资1.8亿元。", date(2026, 1, 31), "on_track"),
    # a quota per month, and a rate: the month's figure answers them as before
    ("每月开展安全检查2次。", "本月开展安全检查2次。", SEP, "completed"),
    ("社会消费品零售总额增长7%。", "当月社会消费品零售总额同比增长6.1%。", SEP, "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", WORKS_WORD + WORKS_WORD_GUARDS + MONTH_ALONE + MONTH_GUARDS)
def test_statusc57(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# (c) Rule question 38: a 全覆盖 task's rest with its equipment in place and being tested (正在调试, 试运行) is at the last
# step of its works, under way — the share over the pace holds the pace (rule question 22 with rule 4), as a rest
# installing and testing always did; a rest only said pushed on (同步推进) states no stage, and the share decides.
COVERAGE_REST_TESTING = [
    ("实现全区社区卫生服务站智慧药房全覆盖。", "全区24个服务站中已有17个建成智慧药房，其余7个设备已到位，正在调试。", JUN, "on_track"),
    ("实现全县学校校园安防监控联网全覆盖。", "全县学校共120所，已完成联网98所，其余22所正在调试设备。", SEP, "on_track"),
    ("实现行政村应急广播全覆盖。", "全镇36个行政村中已有28个开通应急广播，其余8个正在试运行。", JUN, "on_track"),
]

COVERAGE_REST_GUARDS = [
    # the rest only pushed on: the share over the pace decides, ahead
    ("实现全区社区卫生服务站智慧药房全覆盖。", "全区24个服务站中已有17个建成智慧药房，其余7个同步推进。", JUN, "ahead"),
    # nothing said of the rest: ahead
    ("实现全区社区卫生服务站智慧药房全覆盖。", "全区24个服务站中已有17个建成智慧药房。", JUN, "ahead"),
    # part of the rest testing, part not begun: not all under way, the share decides
    ("实现全区社区卫生服务站智慧药房全覆盖。", "全区24个服务站中已有17个建成智慧药房，其余7个中4个正在调试，3个尚未启动。", JUN, "ahead"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", COVERAGE_REST_TESTING + COVERAGE_REST_GUARDS)
def test_statusc57_coverage_rest_testing(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
