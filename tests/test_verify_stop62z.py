"""The lead's decision D22 of stop 62 (verifyz, issue 10; bench/labels/verify_real/README.md, Rule questions).  Every
sentence below was written for this file, with guards:

- a level a plan-end review's paragraph on the five years names as reached with no period-end word (…达到57.3亿元,
  分别突破4万元、2万元, 达…亿元，是五年前的N倍) is the measure's own figure at the term's end: kept (verify.claims.reached_end)
  and quoted `unclear` where nothing of the year answers — D3's reading of a plan-end figure of the same measure — never
  `achieved` nor `not_met`, whether the target is a rate or a level;
- a level the year's own paragraph gives is read as before (a verdict where it settles the target), and five years said
  in words with no figure stay `not_reported` (D7).
"""

from __future__ import annotations

import pytest

from luoshi.engine import verify
from tests.verify_pair_answers import corpus
from tests.verify_pair_helpers import doc, outcomes_by_metric

pytestmark = pytest.mark.engine

PLAN_N = "某县人民政府工作报告\n\n二、今年工作安排\n\n今年全县发展的主要预期目标是：地区生产总值增长6%，{target}。\n"
FIVE_N1 = ("某县人民政府工作报告\n\n一、过去五年工作回顾\n\n{five}\n\n过去一年，地区生产总值增长6.3%。{year}\n\n"
           "二、今年工作安排\n\n今年主要预期目标是：地区生产总值增长5.5%。\n")


def _verdict(target: str, five: str, year: str, metric: str):
    found, _ = verify.verify_documents(doc(PLAN_N.format(target=target)), doc(FIVE_N1.format(five=five, year=year)),
                                       "t.txt")
    return [v for v in found if v.metric == metric]


@pytest.mark.parametrize(
    ("target", "five", "metric", "quote"),
    [
        # a rate target answered only by the term's end level: quoted, unclear
        ("城乡居民人均可支配收入分别增长7%和9%", "——这五年，民生持续改善。城镇、农村居民人均可支配收入分别突破4万元、2万元。",
         "城镇居民人均可支配收入", "4万元"),
        ("城乡居民人均可支配收入分别增长7%和9%", "——这五年，民生持续改善。城镇、农村居民人均可支配收入分别突破4万元、2万元。",
         "农村居民人均可支配收入", "2万元"),
        ("城乡居民人均可支配收入分别增长7%和9%", "过去五年，民生持续改善。城乡居民人均可支配收入分别达到4.1万元、2.2万元。",
         "农村居民人均可支配收入", "2.2万元"),
        ("一般公共预算收入增长7%", "过去五年，综合实力持续增强，一般公共预算收入达到57.3亿元。", "一般公共预算收入", "57.3亿元"),
        ("税收收入增长8%", "五年来，县域经济量质齐升，地区生产总值、税收收入分别达218亿元、19.6亿元，是五年前的1.6倍和1.8倍。",
         "税收收入", "19.6亿元"),
        # a level target with a level of its own at the term's end: no verdict from it either (a level above or under)
        ("粮食产量稳定在50亿斤以上", "过去五年，农业基础稳固，粮食产量突破55亿斤。", "粮食产量", "55亿斤"),
        ("社会消费品零售总额达到120亿元", "过去五年，消费市场稳步扩大，社会消费品零售总额达到108亿元。", "社会消费品零售总额",
         "108亿元"),
    ],
)
def test_a_level_reached_in_the_five_years_is_quoted_unclear(target, five, metric, quote):
    got = _verdict(target, five, "", metric)
    assert [corpus.outcome(v) for v in got] == ["unclear"], [(v.metric, v.reason) for v in got]
    assert quote in got[0].actual["text"] if got[0].actual else any(quote in e.text for e in got[0].evidence), \
        (got[0].actual, got[0].evidence)


@pytest.mark.parametrize(
    ("target", "five", "year", "metric", "outcome"),
    [
        # guards: the year's own level or rate answers as before, the five years' level beside it settles nothing
        ("粮食产量稳定在50亿斤以上", "过去五年，农业基础稳固，粮食产量突破55亿斤。", "粮食产量达到52亿斤。", "粮食产量", "achieved"),
        ("粮食产量稳定在50亿斤以上", "过去五年，农业基础稳固。", "粮食产量48亿斤。", "粮食产量", "not_met"),
        ("社会消费品零售总额达到120亿元", "过去五年，消费市场稳步扩大，社会消费品零售总额达到108亿元。",
         "社会消费品零售总额达到112亿元。", "社会消费品零售总额", "not_met"),
        ("一般公共预算收入增长7%", "过去五年，综合实力持续增强，一般公共预算收入达到57.3亿元。", "一般公共预算收入增长7.4%。",
         "一般公共预算收入", "achieved"),
        ("一般公共预算收入增长7%", "过去五年，综合实力持续增强，一般公共预算收入达到57.3亿元。", "一般公共预算收入增长5.1%。",
         "一般公共预算收入", "not_met"),
        # five years said in words with no figure: not reported (D7); another measure's level answers nothing
        ("一般公共预算收入增长7%", "过去五年，综合实力持续增强，财政实力明显提升。", "", "一般公共预算收入", "not_reported"),
        ("一般公共预算收入增长7%", "过去五年，综合实力持续增强，金融机构存款余额突破300亿元。", "", "一般公共预算收入",
         "not_reported"),
    ],
)
def test_a_level_of_the_year_is_read_as_before(target, five, year, metric, outcome):
    got = outcomes_by_metric(PLAN_N.format(target=target), FIVE_N1.format(five=five, year=year))
    assert got.get(metric) == outcome
