"""Shapes of real reviews and targets met in the eighteenth set of real pairs (bench/labels/verify_real/README.md),
each rule as a table of this file's own invented sentences with guards:

- a part title made of a lead of doing and a named year's work (做好2023年工作) plans that year, as 做好今年工作 does, so
  the review ends before it and the next year's targets after it are no results (parts.title_role, words.toml
  part.do_the_year);
- a figure-less clause placing a metric by rank (经济总量位居全国城市前十) right before bare figures names them
  (verify/claims._placed_before, words.toml verify.rank_clause_verb); a measure alone placed (总量居全省第4位) names nothing;
- a basis named by who counts (按省口径计算增长…; （省口径） after a target's metric) is no metric (words.toml
  verify.counting_basis, verify/patterns._BASIS_WORDS, targets.strip_metric);
- a target written in full on both groups (城乡居民人均可支配收入…基本同步) is answered by the whole population's short name
  (居民收入增长同经济增长基本同步), not after one group's word (verify/qualitative._income_names, _one_group_before);
- a price metric before 上涨 and a figure in a target (居民消费价格指数上涨3%左右) is its rise rate, named as 涨幅 names it
  (a cap, lower being better; targets.strip_metric, words.toml target.price_rise_name);
- a name of both groups before two levels joined as a list, then a 分别 list of two rates naming none
  (城乡居民人均可支配收入…元、…元，分别增长…、…): the groups in order (verify/respective._groups_before_respectively).
"""

from __future__ import annotations

import pytest

from luoshi.engine import parts, reader, targets, verify
from luoshi.engine.model import SourceText
from luoshi.engine.verify.review import review_claims

pytestmark = pytest.mark.engine

_HEAD = "某市政府工作报告\n\n——2031年1月20日在某市人民代表大会上\n\n各位代表：\n\n一、2030年工作回顾\n\n"
_TAIL = "\n\n二、2031年重点工作\n\n今年主要预期目标是：地区生产总值增长6%左右。\n"


def _claims(review: str, tail: str = _TAIL) -> list[tuple[str, float]]:
    doc = reader.read_text(SourceText(_HEAD + review + tail, "txt"), "x.txt")
    return [(c.metric or c.context, c.value) for c in review_claims(doc)]


@pytest.mark.parametrize(("title", "role"), [
    ("做好2031年工作", "plan"),
    ("扎实做好2031年工作", "plan"),
    ("全力做好2031年的工作", "plan"),
    # guards: a year's work with no lead, or more after it, says no role; the review and 今年 as before
    ("2031年工作", ""),
    ("做好2031年工作的几点考虑", ""),
    ("回顾2030年工作", "review"),
    ("做好今年工作", "plan"),
])
def test_a_year_done_well_is_the_plan(title, role):
    assert parts.title_role(title) == role


def test_the_next_year_after_slogan_headings_is_no_result():
    review = ("回顾2030年工作\n\n我们砥砺前行\n\n一年来，全市生产总值增长4.2%，一般公共预算收入增长13.1%。\n\n"
              "做好2031年工作\n\n我们要接续奋斗\n\n今年主要预期目标是：全市生产总值增长7.3%左右，城镇调查失业率控制在5.2%以内，"
              "居民消费价格涨幅3.5%左右。\n")
    doc = reader.read_text(SourceText(_HEAD.replace("一、2030年工作回顾\n\n", "") + review, "txt"), "x.txt")
    values = {c.value for c in review_claims(doc)}
    assert {4.2, 13.1} <= values and not values & {7.3, 5.2, 3.5}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("决战四季度，全年好于预期，经济总量位居全国城市前十，达到8600.5亿元，同比下降3.2%。",
     [("经济总量", 8600.5), ("经济总量", 3.2)]),
    ("一季度下跌21.5%；全年企稳回升，地区生产总值稳居全省第二，达到3100亿元，增长1.5%。",
     [("地区生产总值", 3100.0), ("地区生产总值", 1.5)]),
    # guards: a measure alone placed names no other metric; a rank after the figures changes nothing
    ("全市实现地区生产总值2156.3亿元，总量居全省第4位，按可比价格计算增长5.9%。",
     [("地区生产总值", 2156.3), ("地区生产总值", 5.9)]),
    ("全年地区生产总值增长6.5%，增速居全省第二，总量达到3000亿元。",
     [("地区生产总值", 6.5), ("地区生产总值", 3000.0)]),
])
def test_a_metric_placed_by_rank_names_the_figures_after(sentence, expected):
    got = _claims(sentence)
    assert all(pair in got for pair in expected), got


@pytest.mark.parametrize(("sentence", "expected"), [
    ("完成财政总收入512.3亿元，按省口径计算增长9.4%；地方一般公共预算收入260.1亿元，增长7.7%。",
     [("财政总收入", 512.3), ("财政总收入", 9.4), ("地方一般公共预算收入", 7.7)]),
    ("全市财政收入完成200亿元，按市口径增长5%。", [("财政收入完成", 5.0)]),
    # guard: a same basis keeps its reading
    ("财政总收入312.3亿元，按可比口径增长6.1%。", [("财政总收入", 6.1)]),
])
def test_a_counting_basis_names_no_metric(sentence, expected):
    got = _claims(sentence)
    assert all(pair in got for pair in expected), got


@pytest.mark.parametrize(("clause", "metric"), [
    ("财政总收入（省口径）增长8%左右", "财政总收入"),
    ("财政总收入(市口径)增长6%", "财政总收入"),
    # guards: a wider scope or a part left out in brackets stays in the name
    ("一般公共预算收入（全口径）增长5%", "一般公共预算收入(全口径)"),
    ("固定资产投资（不含农户）增长10%", "固定资产投资(不含农户)"),
])
def test_a_counting_basis_in_brackets_is_no_part_of_a_target(clause, metric):
    assert [i.metric for i in targets.parse_clause(clause)] == [metric]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("城乡居民人均可支配收入41200元、19800元，分别增长6.7%、8.9%。",
     [("城镇居民人均可支配收入", 41200.0), ("农村居民人均可支配收入", 19800.0),
      ("城镇居民人均可支配收入", 6.7), ("农村居民人均可支配收入", 8.9)]),
    ("全市城乡居民人均可支配收入41200元、19800元，分别增长6.7%和8.9%。",
     [("城镇居民人均可支配收入", 6.7), ("农村居民人均可支配收入", 8.9)]),
    # guards: two metrics' figures before a headless 分别 list keep theirs; the groups' 分别 levels as before
    ("接待游客5600万人次、实现旅游总收入620亿元，分别增长12%和15%。",
     [("接待游客", 5600.0), ("旅游总收入", 15.0)]),
    ("城乡居民人均可支配收入分别达到41200元、19800元，分别增长6.7%、8.9%。",
     [("城镇居民人均可支配收入", 6.7), ("农村居民人均可支配收入", 8.9)]),
])
def test_both_groups_levels_then_their_rates(sentence, expected):
    got = _claims(sentence)
    assert all(pair in got for pair in expected), got


_N = "某市政府工作报告\n\n——2030年1月10日在某市人民代表大会上\n\n各位代表：\n\n一、2029年工作回顾\n\n二、2030年重点工作\n\n今年主要预期目标是：{t}。\n"
_R = ("某市政府工作报告\n\n——2031年1月10日在某市人民代表大会上\n\n各位代表：\n\n一、2030年工作回顾\n\n{r}\n\n"
      "二、2031年重点工作\n\n今年主要预期目标是：地区生产总值增长6.5%左右。\n")


def _outcomes(target: str, review: str) -> list[str]:
    verdicts, _ = verify.verify_documents(reader.read_text(SourceText(_N.format(t=target), "txt"), "n.txt"),
                                          reader.read_text(SourceText(_R.format(r=review), "txt"), "n1.txt"), "n.txt")
    return [v.outcome for v in verdicts]


@pytest.mark.parametrize(("target", "review", "outcome"), [
    ("城乡居民人均可支配收入增长和经济增长基本同步", "全年地区生产总值增长5.1%。居民收入增长同经济增长基本同步。", "achieved"),
    # guards: one group's income answers no target on both groups; a group's own target keeps its answer
    ("城乡居民人均可支配收入增长和经济增长基本同步", "全年地区生产总值增长5.1%。城镇居民收入增长同经济增长基本同步。",
     "not_reported"),
    ("城乡居民人均可支配收入增长和经济增长基本同步", "全年地区生产总值增长5.1%。农村居民收入增长快于经济增长。", "not_reported"),
    ("城镇居民人均可支配收入增长和经济增长同步", "全年地区生产总值增长5.1%。城镇居民收入增长同经济增长同步。", "achieved"),
])
def test_all_residents_short_name_answers_both_groups(target, review, outcome):
    assert _outcomes(target, review) == [outcome]


@pytest.mark.parametrize(("clause", "expected"), [
    ("居民消费价格指数上涨3.5%左右", [("居民消费价格指数涨幅", 3.5, "=")]),
    ("CPI上涨3.5%左右", [("CPI涨幅", 3.5, "=")]),
    ("居民消费价格总水平上涨3.5%", [("居民消费价格总水平涨幅", 3.5, "<=")]),
    # guards: 涨幅 as before; a rise of another metric keeps its words
    ("居民消费价格涨幅3.5%左右", [("居民消费价格涨幅", 3.5, "=")]),
    ("农民收入上涨6%", [("农民收入上涨", 6.0, ">=")]),
])
def test_a_price_rising_is_its_rise_rate(clause, expected):
    assert [(i.metric, i.value, i.comparator) for i in targets.parse_clause(clause)] == expected


@pytest.mark.parametrize(("review", "outcome"), [
    ("全年地区生产总值增长5.1%，居民消费价格上涨1.9%。", "achieved"),
    ("全年地区生产总值增长5.1%。就业、物价总体稳定。", "unclear"),
    ("全年地区生产总值增长5.1%，居民消费价格上涨4.6%。", "not_met"),
])
def test_a_price_rising_target_is_a_cap(review, outcome):
    assert _outcomes("居民消费价格指数上涨3.5%左右", review) == [outcome]
