"""Verify mends of stop 67 (verifyx, issue 10), from the forty-seventh real set's first run.  Every sentence below was
written for this file, with guards:

- a positive-growth target hedged by striving (争取正增长, 力争实现正增长: words.toml target.positive_cut) names the
  metric before the hedge, so the review's rate of that metric answers it;
- a growth said in words (保持两位数增长, 实现正增长) after a word of the future (要, 将: verify.work_future) or before a
  difficulty ahead in its sentence part (面临较大挑战, 难度较大: verify.difficulty) is an aim, not the year's result (the
  lead's decision of stop 66 (continued), 2) — neither a claim of growth nor a mention in words: a metric named right
  before a word of an aim (要, 将: verify.aim_after), or with a difficulty anywhere in its own clause, names no result;
- a review sentence opening on a part of the year right before its first metric, with no comma (1—10月规上工业增加值增长…；
  …；…), lists that part's figures in each of its ；-parts, as the same sentence with a comma after the period does; a
  clause naming the whole year after an earlier part's own figures (…增长20%，预计全年突破…；…) is that part's aside,
  while a ；-part opening on the whole year (…；全年，…; …；预计年内…: verify.whole_year) ends the period's reach.  A part of the year at or over the target
  settles nothing (the lead's method decision of stop 41: unclear).
"""

from __future__ import annotations

import pytest

from luoshi.engine import targets
from tests.verify_pair_answers import corpus
from tests.verify_pair_helpers import outcome_with_problems, verdicts_for

pytestmark = pytest.mark.engine


def _outcomes(target: str, said: str) -> list[str]:
    return [corpus.outcome(v) for v in verdicts_for(target, said)]


@pytest.mark.parametrize(
    ("clause", "metric"),
    [
        ("外贸出口总额争取正增长", "外贸出口总额"),
        ("实际使用外资力争实现正增长", "实际使用外资"),
        ("农业总产值争取与上年持平", "农业总产值"),
        # guards: the verbs alone were cut before
        ("货物进出口总额实现正增长", "货物进出口总额"),
        ("税收收入保持正增长", "税收收入"),
    ],
)
def test_a_hedge_before_positive_growth_is_no_part_of_the_metric(clause, metric):
    assert [(i.metric, i.value, i.comparator) for i in targets.parse_clause(clause)][:1] == [
        (metric, 0.0, "=" if "持平" in clause else ">=")]


@pytest.mark.parametrize(
    ("target", "said", "outcome"),
    [
        ("外贸出口总额争取正增长", "外贸出口总额增长3.8%，结构持续优化。", "achieved"),
        ("实际使用外资力争实现正增长", "实际使用外资下降12.3%。", "not_met"),
        # guard: the verb alone, as before
        ("外贸出口总额实现正增长", "外贸出口总额增长3.8%。", "achieved"),
    ],
)
def test_a_hedged_positive_growth_target_is_answered(target, said, outcome):
    assert _outcomes(target, said) == [outcome]


@pytest.mark.parametrize(
    ("target", "metric", "problems", "outcome"),
    [
        # the coming year's aim before a difficulty ahead, or after a word of the future: no result of the year
        ("固定资产投资增长8%", "固定资产投资", "一是有效需求不足，明年固定资产投资要保持两位数增长，难度较大。", "not_reported"),
        ("规模以上工业增加值增长6%以上", "规模以上工业增加值",
         "一是规模以上工业增加值保持两位数增长面临较大挑战；二是消费恢复偏慢。", "not_reported"),
        ("进出口总额增长3%", "进出口总额", "一是外需收缩，进出口总额将实现正增长的基础仍不稳固。", "not_reported"),
    ],
)
def test_an_aim_or_a_difficulty_ahead_is_no_result(target, metric, problems, outcome):
    assert outcome_with_problems(target, metric, "城市更新稳步推进。", problems) == outcome


@pytest.mark.parametrize(
    ("target", "said", "outcome"),
    [
        # guards: the growth said kept in the year's review, with no aim or difficulty, answers as before
        ("固定资产投资增长8%", "固定资产投资保持两位数增长，结构不断优化。", "achieved"),
        ("进出口总额增长3%", "进出口总额实现正增长，新兴市场开拓加快。", "unclear"),
    ],
)
def test_a_growth_said_kept_still_answers(target, said, outcome):
    assert _outcomes(target, said) == [outcome]


@pytest.mark.parametrize(
    ("target", "said", "outcome"),
    [
        # a sentence opening on 1—10月 right before its first metric: every ；-part is of those months
        ("社会消费品零售总额增长8.3%", "1—10月规上工业增加值增长9.1%；社会消费品零售总额增长12.4%；一般公共预算收入增长8.8%。",
         "unclear"),
        ("一般公共预算收入增长6.2%以上", "前三季度固定资产投资增长11.2%，增速居全市前列；一般公共预算收入增长9.5%。", "unclear"),
        # …an aside naming the whole year inside an earlier part's own figures does not end it
        ("规模以上工业增加值增长10.6%", "1—11月规上工业总产值增长20%，预计全年突破800亿元；规上工业增加值增长15%。", "unclear"),
        # guards: a ；-part opening on the whole year is the year's; a sentence opening on the whole year is the year's
        ("社会消费品零售总额增长8.3%", "1—10月规上工业增加值增长9.1%；全年，社会消费品零售总额增长12.4%。", "achieved"),
        ("社会消费品零售总额增长8.3%", "全年规上工业增加值增长9.1%；社会消费品零售总额增长12.4%。", "achieved"),
        # guard: a ；-part opening on the year's estimate (预计年内) is the year's too
        ("固定资产投资增长15%", "前三季度规上工业增加值增长7.2%，增速居全市第二；预计年内固定资产投资增长18%以上。", "achieved"),
        # guard: the same list with a comma after the period, as before
        ("社会消费品零售总额增长8.3%", "1—10月，规上工业增加值增长9.1%；社会消费品零售总额增长12.4%。", "unclear"),
    ],
)
def test_a_sentence_opening_on_a_part_of_the_year_with_no_comma(target, said, outcome):
    assert _outcomes(target, said) == [outcome]


def test_a_sectors_value_added_is_quoted_for_the_modern_services():
    # guard: a sector's value added named whole (金融业增加值) is quoted for the modern services' (a neighbour, unclear)
    assert _outcomes("现代服务业增加值增长7%", "金融业增加值突破600亿元，保持全市前列。") == ["unclear"]


@pytest.mark.xfail(strict=True, reason="a sector named in one clause and its value added in the next (金融业发展提速，增加值"
                                       "达到…) is not read as that sector's value added, so nothing is quoted for the "
                                       "modern services' (unclear by the lead's decision of stop 47) — r249's miss, left")
def test_a_sectors_value_added_in_the_next_clause():
    assert _outcomes("现代服务业增加值增长7%", "金融业发展提速，增加值达到600亿元。") == ["unclear"]
