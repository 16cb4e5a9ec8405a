"""A review's result linked to its target when the names differ (issue 10 item 4): the target's name without its size
word, a rate named by its growth word alone after a level (in the same sentence or opening the next), a revenue figure on
the headline basis beside a same-basis one, a short name of the industrial metric, a wider group or a neighbouring
measure (unclear), and a figure of another noun after a clause naming the target's metric with no figure.  Each row one
invented target and one invented passage, its outcome written by reading before the engine was run on it, under the
readings of bench/labels/corpus/README.md and bench/labels/verify_invented/README.md; every rule has a guard row."""

import pytest

from tests.test_verify_ways import REVIEW, verdict_against

pytestmark = pytest.mark.engine


def _verdict(target, said, metric, place="review"):
    return verdict_against(REVIEW, target, place, said, metric)


@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    # the target's name without its size word is the same metric (出口 for 出口总额), not the whole trade's
    ("出口总额增长6%", "全市进出口总值完成86.5亿元，增长3.1%，其中出口增长8.0%。", "出口总额", "achieved"),
    ("出口总额增长6%", "全市进出口总值增长3.1%，其中出口增长4.0%。", "出口总额", "not_met"),
    # (guard) the whole trade's figure answers no import target
    ("进口总额增长6%", "全市进出口总值增长3.1%。", "进口总额", "not_reported"),
    # a rate named by its growth word alone takes the metric of the level before it
    ("规模以上工业增加值增长8%", "规上工业增加值首次突破500亿元。增速达8.6%，居全省前列。", "规模以上工业增加值", "achieved"),
    ("规模以上工业增加值增长8%", "规上工业增加值首次突破500亿元，增速为7.1%。", "规模以上工业增加值", "not_met"),
    # (guard) …and not another metric's
    ("固定资产投资增长8%", "规上工业增加值首次突破500亿元。增速达9.2%。", "固定资产投资", "not_reported"),
    # the headline basis beside a same-basis figure: two readings either side of the target, or both above it
    ("一般公共预算收入增长6%", "一般公共预算收入可比增长6.4%、按自然口径增长3.0%。", "一般公共预算收入", "unclear"),
    ("一般公共预算收入增长6%", "一般公共预算收入同口径增长7.2%、自然口径增长6.5%。", "一般公共预算收入", "achieved"),
    # 规工, a short name of 规模以上工业
    ("规模以上工业增加值增长8%", "全年规工增加值增长8.8%。", "规模以上工业增加值", "achieved"),
    # a neighbouring measure (value added for gross output) and a wider group (all residents for the urban ones)
    ("规模以上工业总产值增长10%", "规上工业增加值增长11.2%。", "规模以上工业总产值", "unclear"),
    ("城镇居民人均可支配收入增长6%", "全体居民人均可支配收入增长6.3%。", "城镇居民人均可支配收入", "unclear"),
    # (guard) the group's own figure decides over the wider one's
    ("城镇居民人均可支配收入增长6%", "全体居民人均可支配收入增长6.3%，城镇居民人均可支配收入增长5.5%。",
     "城镇居民人均可支配收入", "not_met"),
    # a figure of another noun after a clause naming the target's metric with no figure
    ("城镇新增就业1万人", "城镇新增就业保持稳定，新增技术工人5200人。", "城镇新增就业", "unclear"),
    # (guard) a figure with no noun of its own is still the metric's named before it
    ("城镇新增就业1万人", "城镇新增就业稳步扩大，全年达到1.3万人。", "城镇新增就业", "achieved"),
], ids=["export inside trade", "export inside trade short", "import not the trade", "growth word next sentence",
        "growth word same sentence", "growth word not another metric", "two bases either side", "two bases above",
        "guigong", "value added for gross output", "all residents for urban", "urban figure decides",
        "another noun after a mention", "no noun of its own"])
def test_results_under_other_names(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


# Sector words (consumption, industry) listed together and compared with a wider area, with no figure, are not yet read
# as naming the retail-sales or industrial metric: the target is left unreported where the review does speak of it.
@pytest.mark.xfail(strict=True, reason="sector words listed as a group against a wider area are not read as the metrics")
def test_sector_words_in_a_group_compared_with_a_wider_area():
    x = _verdict("社会消费品零售总额增长6%", "消费、工业两项指标增速均快于全省平均。", "社会消费品零售总额")
    assert x.outcome == "unclear", x.reason
