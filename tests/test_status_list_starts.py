"""Issue 11, statusa (stop 51): a year's list of key projects measured by its starts (rules.ListStarts), in sentences
written for this file.

Key-project bulletins of cities, prefectures and counties count a year's list (计划实施N个重点项目, 新开工项目N个,
第一批N个项目集中开复工) and report how many have started (已开复工M个) or the start rate (开复工率X%, X%的新建项目已开工).
With no finish asked of the list, no finish counted and no share of an investment plan beside it, the share started
against 序时进度 decides: ahead over the band, on pace within it.  Under the band, all started, at the year's end, or with
an investment share or a finish beside the starts, the other rules decide (a short start share alone is thin evidence).
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

# (task, progress, as of) → status, all decided by ListStarts
CASES = [
    (("今年全镇安排市级重点项目40个", "截至4月底，已开复工30个，完成投资12亿元。", date(2025, 4, 30)), "ahead"),
    (("计划新开工亿元以上项目80个", "一季度新开工项目开工率达45%。", date(2025, 3, 31)), "ahead"),
    (("全区计划实施重大项目120个", "截至6月底，实际开复工项目62个，开复工率51.7%。", date(2025, 6, 30)), "on_track"),
    (("全县第二批150个项目集中开工", "截至8月15日，已开工项目142个，开工率94.7%。", date(2025, 8, 15)), "ahead"),
    (("今年共安排5000万元以上重点项目75项", "60%的续建项目已复工，", date(2025, 2, 28)), "ahead"),
]

# the rule stands aside: another rule decides
GUARDS = [
    # the share started under the band: thin evidence of a lag, left to the other rules
    ("全区计划实施重点项目100个", "截至6月底，已开复工30个。", date(2025, 6, 30)),
    # the list must be finished, not started
    ("年内建成重点项目20个", "截至4月底，已开工15个。", date(2025, 4, 30)),
    # an investment share beside the starts measures the list
    ("今年安排重点项目60个", "已开复工45个，投资完成率38%。", date(2025, 6, 30)),
    ("今年安排重点项目60个，年度计划投资80亿元", "已开复工45个，完成投资41亿元。", date(2025, 6, 30)),
    # a finish counted beside the starts
    ("今年安排重点项目50个", "已开工40个，其中竣工8个。", date(2025, 7, 31)),
    # only a plan of starts, none counted
    ("今年安排重点项目100个", "1-6月计划开复工项目90个。", date(2025, 4, 30)),
    # livelihood items are to be delivered within the year
    ("30个民生实事项目", "截至5月底，已开工25个。", date(2025, 5, 31)),
    # the year's end: started is not the whole
    ("今年安排重点项目50个", "全年已开复工45个。", date(2025, 12, 31)),
    # a rate of another whole than the task's count
    ("今年安排重点项目200个", "上半年计划开工项目80个，已开工78个，开工率97.5%。", date(2025, 6, 30)),
]


@pytest.mark.parametrize("args,expected", CASES)
def test_list_starts(args, expected):
    a = judge(*args)
    assert (a.status, a.rule) == (expected, "ListStarts")


@pytest.mark.parametrize("task,progress,as_of", GUARDS)
def test_list_starts_stands_aside(task, progress, as_of):
    assert judge(task, progress, as_of).rule != "ListStarts"
