"""A clause opened by the rest's count (另外, 另有, 另, 其余, 剩余 + a count: words.toml report.other_items and
report.the_rest) as a table of (task, progress, as of) → verdict.  Every row is invented for this file.

Such a clause is about the items the counts before it do not cover: its lead word is not the noun it counts
(progress._metric), and it never takes the work of the clauses before it (rules.build_case) — items of the rest
that are put on hold are not begun, however many of the others are done."""

from datetime import date

import pytest

from luoshi.engine.progress import parse_row
from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUN, SEP = date(2020, 6, 30), date(2020, 9, 30)


# (progress) → the metrics of its figures: the rest's lead word is no part of what the figure counts.
METRICS = [
    ("已建成5个，另外7个因用地问题暂缓建设。", ["建成", "因用地问题暂缓建设"]),
    ("完成改造4个，其余6个正在施工。", ["改造", "正在施工"]),
    ("累计投用3所，另有2所尚未开工。", ["投用", "尚未开工"]),
    ("已验收11处，剩余4处计划10月底前完成。", ["验收", "计划10月底前完成"]),
]


@pytest.mark.parametrize("progress,metrics", METRICS, ids=[m[0] for m in METRICS])
def test_the_rests_lead_word_is_not_the_noun_counted(progress, metrics):
    assert [f.metric for f in parse_row(progress).facts] == metrics


CASES = [
    # the rest on hold: not begun, never counted with the items done before it (they were read as done too)
    (("改造农贸市场10个", "完成改造4个，其余6个因资金未到位暂缓。", SEP), ("behind", 40.0)),
    (("改造农贸市场10个", "其余6个因资金未到位暂缓，已完成改造4个。", SEP), ("behind", 40.0)),
    # … and where a halt word decides the verdict, the figures agree with it (no conflict of two readings)
    (("新建社区足球场12个", "已建成5个，另外7个因用地问题搁置。", SEP), ("behind", 41.7)),
    # the rest with a stage of its own keeps it: under way, or done with the others
    (("新建社区足球场12个", "已建成5个，另外7个正在施工。", SEP), ("on_track", 41.7)),
    (("改造农贸市场10个", "完成改造4个，另外6个已完工。", SEP), ("completed", 100.0)),
    (("新建村级卫生室9所", "已投用5所，另4所因选址调整停工。", SEP), ("behind", 55.6)),
    # a plan for the rest is a forecast, the items done before it judged on their own
    (("新建社区足球场12个", "已建成5个，另外7个计划下半年动工。", JUN), ("behind", 41.7)),
    (("新建社区足球场12个", "已建成7个，其余5个计划下半年动工。", JUN), ("ahead", 58.3)),
]


@pytest.mark.parametrize("row,expected", CASES, ids=[f"{r[1]}@{r[2]}" for r, _ in CASES])
def test_the_rest_is_read_on_its_own(row, expected):
    a = judge(*row)
    assert (a.status, a.completion_pct) == expected
    assert "conflict" not in a.flags


@pytest.mark.xfail(strict=True, reason="a start dated to a period of the year still running, with neither 已 nor a "
                   "plan word, is read as a start that has happened, so the rest counts as under way")
def test_the_rest_starting_in_a_period_still_running_is_not_yet_begun():
    a = judge("新建村级卫生室9所", "已投用5所，其余4所下半年开工。", SEP)
    assert a.status == "behind"
