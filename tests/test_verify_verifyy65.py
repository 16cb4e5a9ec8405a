"""Verify mends of stop 65 (verifyy, issue 10), from the forty-fourth real set's first run.  Every sentence below was
written for this file, with guards:

- the goods trade written 货物贸易进出口 (with or without 总额/总值) is the trade's own name (words.toml verify.aliases), so a
  trade target is answered by it — its figure, or its place in words with no figure (增幅居全省第二: quoted, unclear);
- the employment indicators said done or short as a group (12项就业指标均超额完成年度任务) are new jobs' neighbour in words
  (verify.neighbours 城镇新增就业>就业指标): quoted, unclear, where no count answers — and no answer to an unemployment cap;
- in a plan-end review's paragraph on the five years, a bare level its sentence then sets as a multiple of the term's first
  year (…68.2亿元，是2018年的1.4倍; 是五年前的1.5倍: verify.multiple_copula, verify.term_start_base) is the level at the
  term's end — the lead's D22, as a level opened by 达到 or 突破 is: quoted unclear for a one-year rate target, never a
  verdict (verify/claims.multiple_of_start_after).
"""

from __future__ import annotations

import pytest

from tests.verify_pair_helpers import outcomes_by_metric, verdicts_for

pytestmark = pytest.mark.engine


def _outcomes(target: str, said: str) -> dict[str, str]:
    from tests.verify_pair_answers import corpus

    return {v.metric: corpus.outcome(v) for v in verdicts_for(target, said)}


@pytest.mark.parametrize(
    ("target", "said", "expected"),
    [
        ("外贸进出口总额稳定增长", "全年引进外资、货物贸易进出口增幅分别居全省第四、第二。", "unclear"),
        ("进出口总额增长7%", "货物贸易进出口增速居全市第一方阵。", "unclear"),
        ("进出口总值增长7%", "货物贸易进出口总值增长9.4%，跨境电商加快发展。", "achieved"),
        ("进出口总额增长10%", "货物贸易进出口增长3.2%。", "not_met"),
        # guards: a channel's trade is no whole trade (a part quoted, stops 47–48: never achieved by it); a target on
        # exports takes the exports' own figure, not the whole goods trade's; a trade named nowhere is not reported
        ("进出口总额增长10%", "跨境电商进出口增长35%。", "unclear"),
        ("出口总额增长6%", "货物贸易进出口增长3.2%，其中出口增长7.7%。", "achieved"),
        ("进出口总额稳定增长", "社会消费品零售总额增长5.6%。", "not_reported"),
    ],
)
def test_the_goods_trade_written_with_trade_is_the_trades_name(target, said, expected):
    got = _outcomes(target, said)
    assert list(got.values()) == [expected]


@pytest.mark.parametrize(
    ("target", "said", "expected"),
    [
        ("城镇新增就业1.8万人", "稳岗扩岗有力，12项就业指标均超额完成年度任务。", "unclear"),
        ("城镇新增就业4万人以上", "各项就业指标全面完成省下达任务。", "unclear"),
        # guards: the count itself beside the group is read; the group is no answer to a rate cap
        ("城镇新增就业1.8万人", "城镇新增就业2.1万人，12项就业指标均超额完成年度任务。", "achieved"),
        ("城镇调查失业率控制在5.6%以内", "稳岗扩岗有力，12项就业指标均超额完成年度任务。", "not_reported"),
        ("城镇登记失业率控制在3.5%以内", "12项就业指标均超额完成年度任务，城镇登记失业率2.9%。", "achieved"),
    ],
)
def test_the_employment_indicators_as_a_group(target, said, expected):
    got = _outcomes(target, said)
    assert list(got.values()) == [expected]


PLAN_N = "某市人民政府工作报告\n\n二、今年工作安排\n\n今年全市经济社会发展的主要预期目标是：地区生产总值增长6%，{target}。\n"
FIVE_N1 = (
    "某市人民政府工作报告\n\n一、过去一年及五年工作回顾\n\n过去一年，地区生产总值增长6.4%。\n\n{five}\n\n"
    "二、今年工作安排\n\n今年主要预期目标是：地区生产总值增长5%。\n"
)


@pytest.mark.parametrize(
    ("target", "metric", "five", "expected"),
    [
        ("一般公共预算收入增长7%", "一般公共预算收入",
         "过去五年，是实力跃升的五年。一般公共预算收入68.2亿元、支出150.6亿元，分别是2018年的1.4倍、1.5倍。", "unclear"),
        ("社会消费品零售总额增长8.2%", "社会消费品零售总额",
         "过去五年，我们持续扩大内需，社会消费品零售总额540亿元，是五年前的1.6倍。", "unclear"),
        # guards: a level with no multiple after it stays dropped (the year not reported); a rate set beside a multiple
        # is no level (the rate's own reading); the year's own figure decides where the review gives it
        ("一般公共预算收入增长7%", "一般公共预算收入",
         "过去五年，是实力跃升的五年。一般公共预算收入68.2亿元，财源结构持续优化。", "not_reported"),
        ("一般公共预算收入增长7%", "一般公共预算收入",
         "过去五年，一般公共预算收入68.2亿元，是2018年的1.4倍。去年，一般公共预算收入增长8.3%。", "achieved"),
    ],
)
def test_a_level_set_as_a_multiple_of_the_terms_start(target, metric, five, expected):
    got = outcomes_by_metric(PLAN_N.format(target=target), FIVE_N1.format(five=five))
    assert got.get(metric) == expected


# Known misses of the forty-fourth set's shapes, written in other words (strict: a mend shows).


@pytest.mark.xfail(
    strict=True,
    reason="industry above the size answered only by a kind's part said by rank with no figure (高技术产业增加值增速居"
    "全市第二): the part is neither named by the whole's measure word (产业, not 工业) nor a figure, so it is not "
    "quoted (D8's part, unclear; labelled so with the alternative not_reported, r236)",
)
def test_a_kinds_value_added_said_by_rank_for_industry():
    got = _outcomes("规模以上工业增加值增长9%", "高技术产业增加值增速居全市第二，新动能加快成长。")
    assert got.get("规模以上工业增加值") == "unclear"


# The harvest's production said turned around in words with no figure and no harvest word (粮食生产实现由减到增的转变), in
# the year's review: the output named in words only, unclear by the lead's decision of stop 66 (r236's row relabelled; it
# was a strict xfail expecting not_reported).
def test_grain_production_said_in_words_with_no_figure():
    got = _outcomes("粮食产量稳定在80万吨以上", "灾后抢种补种，粮食生产实现由减到增的转变。")
    assert got.get("粮食产量") == "unclear"
