"""Stop 60's verify rules from the thirty-third real set (r184–r186), in other words.

- Foreign capital received named by its receipt alone (到账外资, 实际到账外资, 注册外资实际到账) is 实际利用外资 (words.toml
  verify.aliases): a level of it beside a growth target is quoted, unclear, no longer a metric named nowhere.
- An R&D share named by its spending (研发支出占地区生产总值比重) is the R&D intensity (verify.aliases): the spending's growth
  beside it is a neighbouring figure, unclear.
- Environmental media named bare before the last item of a list that carries the 环境… head (大气、水环境质量; 节能减排和
  大气、水、土壤环境质量) each take the head (targets.split_metrics, words.toml target.medium).
- A review clause closed by its indicators' being done (…能耗下降、主要污染物减排指标完成: verify.done_closing) says the
  target met in words; 指标完成情况…, 指标完成率… say how it went, no more.

Left as strict xfails (the first run's misses not mended): a per-mille sign garbled as %。 (控制在6%。以内), and a target on
one pollutant answered only by the main pollutants' indicators said done.
"""

from __future__ import annotations

import pytest

from luoshi.engine.targets import split_metrics
from tests.verify_pair_answers import corpus
from tests.verify_pair_helpers import verdicts_for

pytestmark = pytest.mark.engine


def _outcomes(target: str, said: str) -> list[tuple[str, str]]:
    return [(v.metric, corpus.outcome(v)) for v in verdicts_for(target, said)]


# --- foreign capital received and an R&D share under other names -----------------------------------------------------

@pytest.mark.parametrize(("target", "said", "outcome"), [
    ("注册外资实际到账增长6%以上", "某某开发区招商成效明显，预计到账外资3.4亿美元，外贸进出口增长8%。", "unclear"),
    ("注册外资实际到账增长6%以上", "到账外资增长9.1%，外贸进出口增长8%。", "achieved"),
    ("实际到账外资增长10%", "到账外资4.2亿美元，增长3.5%。", "not_met"),
    ("研发支出占地区生产总值比重2.3%", "某某市创新投入加大，全社会研发投入增长11%以上。", "unclear"),
    ("研发支出占地区生产总值比重2.3%", "研发投入强度达到2.4%。", "achieved"),
])
def test_received_capital_and_the_rnd_share_under_other_names(target, said, outcome):
    assert [o for _, o in _outcomes(target, said)] == [outcome]


def test_contracted_capital_answers_no_received_capital():
    # guard: the capital contracted (合同外资) is another measure, as before
    assert [o for _, o in _outcomes("注册外资实际到账增长6%以上", "合同外资增长12%。")] == ["not_reported"]


# --- environmental media sharing a 环境… head ---------------------------------------------------------------------------

@pytest.mark.parametrize(("metric", "split"), [
    ("大气、水环境质量", ["大气环境质量", "水环境质量"]),
    ("大气和水环境质量", ["大气环境质量", "水环境质量"]),
    ("大气、水、土壤环境质量", ["大气环境质量", "水环境质量", "土壤环境质量"]),
    ("节能减排和大气、水环境质量", ["节能减排", "大气环境质量", "水环境质量"]),
    # guards: an item that is no medium right before the last, or before the media, keeps its name
    ("节能减排、水环境质量", ["节能减排", "水环境质量"]),
    ("城区、大气、水环境质量", ["城区", "大气环境质量", "水环境质量"]),
    ("水利、水运投资", ["水利", "水运投资"]),
    ("城镇、农村居民人均可支配收入", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
])
def test_media_take_the_environment_head(metric, split):
    assert split_metrics(metric) == split


def test_each_medium_is_a_target_answered_by_its_figures():
    got = _outcomes("大气、水环境质量完成省定目标", "某某市优良天数比率81.2%，国考断面水质优Ⅲ比例达92.5%。")
    assert got == [("大气环境质量", "unclear"), ("水环境质量", "unclear")]


# --- indicators said done at a clause's close ---------------------------------------------------------------------------

@pytest.mark.parametrize(("target", "said", "outcome"), [
    ("单位生产总值能耗下降2%", "某某市单位生产总值能耗下降、主要污染物减排指标完成。", "achieved"),
    ("单位生产总值能耗下降2%", "某某县单位生产总值能耗降低率、主要污染物减排目标完成，空气质量持续改善。", "achieved"),
    # guards: how it went, a share of it done, a difficulty, a figure of its own
    ("单位生产总值能耗下降2%", "单位生产总值能耗指标完成情况不够理想。", "unclear"),
    ("一般公共预算收入增长8%", "一般公共预算收入指标完成率98%。", "unclear"),
    ("单位生产总值能耗下降2%", "单位生产总值能耗指标完成难度较大。", "not_reported"),
    ("单位生产总值能耗下降2%", "单位生产总值能耗下降1.2%，约束性指标完成。", "not_met"),
])
def test_indicators_said_done_at_the_close(target, said, outcome):
    assert [o for _, o in _outcomes(target, said)] == [outcome]


# --- left: the first run's misses not mended ----------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="r186: a per-mille sign garbled as %。 (控制在6%。以内, 5.09％。。) is read as a percent, "
                                       "and its 。 ends the sentence, so the targets after it in the sentence are read apart; "
                                       "reading %。 before a word that cannot open a sentence as ‰ needs the normalised text's "
                                       "one-for-one offsets kept (text.for_parsing)")
def test_a_garbled_per_mille_cap():
    got = [(v.target.get("value"), v.target.get("unit"), corpus.outcome(v))
           for v in verdicts_for("人口自然增长率控制在7%。以内", "人口自然增长率4.6％。。")]
    assert got == [(7.0, "‰", "achieved")]


@pytest.mark.xfail(strict=True, reason="r186: a target on one pollutant (化学需氧量削减2%) answered only by the main "
                                       "pollutants' indicators said done (主要污染物减排指标完成): the group is written as the "
                                       "neighbour of its members (verify.neighbours 主要污染物>化学需氧量), not the other way; "
                                       "reading the plan period's binding pollutants as the group's members is left")
def test_one_pollutant_by_the_main_pollutants_done():
    assert [o for _, o in _outcomes("化学需氧量削减3%", "某某市主要污染物减排指标完成。")] == ["achieved"]
