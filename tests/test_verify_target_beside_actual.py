"""A review that sets each target beside its result (issue 10, verification): …目标增长6.5%左右，实际增长5.8%；…目标控制在
5.5%以内，实际为5.1%.  The figure after 实际 is the result of the metric named in the clause right before it, where the
target is restated — not of the sentence part's opening clause (对照年初确定的主要预期目标，…) — and after a rate, share or
change named before it (…失业率…实际为…, …涨幅…实际为…) it is that measure's level, no share of a plan done
(progress.row_facts; a progress row's 计划进度50%，实际进度45% keeps its stated share).

The passages below were written for these tests (某某 names) in other words than the labelled set v180; each target
read by careful reading first."""

import pytest

from luoshi.engine import progress
from tests.test_verify_ways import _check
from tests.test_verify_ways_more import _verdict

pytestmark = pytest.mark.engine

ROWS = [
    # the first piece after a lead clause with no figure: the clause before 实际 names the metric
    ("地区生产总值增长7.3%左右", "review", "与年初确定的目标相比，地区生产总值目标增长7.3%左右，实际增长6.1%；固定资产投资目标增长10%，"
     "实际增长11.4%。", "地区生产总值", "not_met", "6.1%"),
    ("地区生产总值增长7.3%左右", "review", "对照年度计划，地区生产总值目标增长7.3%左右，实际增长6.8%。", "地区生产总值", "achieved", "6.8%"),
    ("固定资产投资增长10%", "review", "与年初确定的目标相比，地区生产总值目标增长7.3%左右，实际增长6.1%；固定资产投资目标增长10%，"
     "实际增长11.4%。", "固定资产投资", "achieved", "11.4%"),
    # a rate's level after 实际为: the level, no share of a plan
    ("城镇登记失业率控制在3.8%以内", "review", "对照年度计划，城镇登记失业率目标控制在3.8%以内，实际为3.3%。", "城镇登记失业率",
     "achieved", "3.3%"),
    ("城镇登记失业率控制在3.2%以内", "review", "对照年度计划，城镇登记失业率目标控制在3.2%以内，实际为3.6%。", "城镇登记失业率",
     "not_met", "3.6%"),
    ("居民消费价格涨幅2.8%左右", "review", "全年居民消费价格涨幅目标2.8%左右，实际为1.4%。", "居民消费价格涨幅", "achieved", "1.4%"),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), ROWS)
def test_a_result_set_beside_its_target_restated(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)


@pytest.mark.parametrize(("row", "share"), [
    # guards: a progress row's stated share after 实际 stays a share, the rule being the review's reading only
    ("计划进度50%，实际进度45%。", 45.0),
    ("主体工程形象进度：计划80%，实际65%。", 65.0),
])
def test_a_stated_share_after_actual_in_a_progress_row_stays(row, share):
    assert progress.parse_row(row).stated_pct == share


def test_a_rate_after_actual_in_a_review_sentence_is_a_figure():
    facts = progress.row_facts("城镇登记失业率目标控制在3.8%以内，实际为3.3%。")
    assert [(f.value, f.unit) for f in facts][-1:] == [(3.3, "%")]
    # guard: with no rate, share or change named before it, 实际 still states a share (no figure read)
    assert progress.row_facts("计划进度50%，实际进度45%。") == []
