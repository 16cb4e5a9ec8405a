"""Verify mends of stop 66 (verifyx, issue 10), from the forty-fifth real set's first run.  Every sentence below was
written for this file, with guards:

- the state's, the central government's or the government's money put into investment (完成中央投资, 政府投资完成,
  国家投资: words.toml verify.part_of_whole) is a part of the whole investment by the source of its funds: where nothing
  of the whole answers, it is quoted as a part (the lead's decision of stop 47: unclear), not taken for no figure at all;
  the whole's own figure still decides beside it, and a target on the state's investment itself is answered by it;
- the prices of the residents' or the main consumer goods (居民消费品价格, 居民消费品市场价格, 主要消费品价格,
  主要消费品市场价格: words.toml verify.aliases) are the consumer prices a 居民消费价格 target caps: said in words they
  are a mention (unclear, quoted), with a figure they answer it; one good's or one group's prices (肉类, 农产品, 工业消费品,
  生活必需品) are not the consumer prices.
"""

from __future__ import annotations

import pytest

from tests.verify_pair_answers import corpus
from tests.verify_pair_helpers import verdicts_for

pytestmark = pytest.mark.engine


def _outcomes(target: str, said: str) -> list[str]:
    return [corpus.outcome(v) for v in verdicts_for(target, said)]


@pytest.mark.parametrize(
    ("target", "said", "outcome"),
    [
        # the state's or the government's money alone beside a whole-investment target: a part, quoted, unclear
        ("固定资产投资增长10%", "全年完成中央投资25亿元，实施重点项目120个。", "unclear"),
        ("全社会固定资产投资增长9%", "政府投资完成18.6亿元，带动社会投资加快。", "unclear"),
        ("固定资产投资增长7%以上", "落实国家投资41亿元，交通水利项目加快建设。", "unclear"),
        # guards: the whole's own rate decides beside the part (over and under the target)
        ("固定资产投资增长10%", "固定资产投资增长12.5%，其中完成中央投资25亿元。", "achieved"),
        ("固定资产投资增长10%", "固定资产投资增长6.4%，完成中央投资25亿元。", "not_met"),
        # guard: a target on the state's money itself is answered by it
        ("中央投资完成20亿元以上", "全年完成中央投资25亿元。", "achieved"),
        # guards: funds won with no investment word, a count of the government's projects, a national-level park's
        # amount: no figure of the investment by its source (not reported, as before)
        ("固定资产投资增长10%", "全年争取国家资金5.2亿元。", "not_reported"),
        ("固定资产投资增长10%", "政府投资项目开工建设56个。", "not_reported"),
        ("固定资产投资增长10%", "国家级开发区完成投资30亿元。", "not_reported"),
    ],
)
def test_the_governments_money_is_a_part_of_the_investment(target, said, outcome):
    assert _outcomes(target, said) == [outcome]


@pytest.mark.parametrize(
    ("target", "said", "outcome"),
    [
        # the consumer goods' prices said in words: a mention of the consumer prices, unclear
        ("居民消费价格涨幅3%左右", "居民消费品价格总体平稳，市场运行有序。", "unclear"),
        ("居民消费价格涨幅控制在3%以内", "主要消费品市场价格基本稳定，市场供应充足。", "unclear"),
        ("居民消费价格涨幅3%左右", "重要节日期间居民消费品市场价格保持平稳。", "unclear"),
        # …and with a figure: the figure answers the target
        ("居民消费价格涨幅3%左右", "居民消费品价格上涨2.1%。", "achieved"),
        ("居民消费价格涨幅控制在3%以内", "主要消费品价格上涨4.6%。", "not_met"),
        # guards: one good's or one group's prices are not the consumer prices (not reported, as before)
        ("居民消费价格涨幅3%左右", "猪肉市场价格保持稳定。", "not_reported"),
        ("居民消费价格涨幅3%左右", "农产品价格平稳，供应充足。", "not_reported"),
        ("居民消费价格涨幅3%左右", "工业消费品价格上涨1.5%。", "not_reported"),
        ("居民消费价格涨幅3%左右", "生活必需品市场供应充足、价格平稳。", "not_reported"),
    ],
)
def test_the_consumer_goods_prices_are_the_consumer_prices(target, said, outcome):
    assert _outcomes(target, said) == [outcome]
