"""verifye, stop 61 (second round), a verify leftover: a list of pollutants sharing its measure (化学需氧量、氨氮、二氧化硫、
氮氧化物排放量分别下降…) keeps the measure only on its last item in the writing; every bare pollutant before it takes it
(targets.split_metrics, words.toml target.pollutant), as bare media take a list's 环境质量 (target.medium), and a review
naming the pollutant bare (二氧化硫削减2.6%) still answers it (targets.bare_pollutant, verify.naming._target_phrases).
Inputs are this file's own wording."""

from __future__ import annotations

import pytest

from luoshi.engine import targets
from tests.verify_pair_helpers import outcomes_by_metric

pytestmark = pytest.mark.engine


@pytest.mark.parametrize(
    ("clause", "metrics"),
    [
        ("化学需氧量、氨氮、二氧化硫、氮氧化物排放量分别下降2%、2%、3%、3%",
         ["化学需氧量排放量", "氨氮排放量", "二氧化硫排放量", "氮氧化物排放量"]),
        ("二氧化硫和氮氧化物排放量分别削减3%、2.5%", ["二氧化硫排放量", "氮氧化物排放量"]),
        # guards: an item that is no bare pollutant keeps the list as written; a list with no shared measure too
        ("节能减排、二氧化硫排放量分别完成2%、3%", ["节能减排", "二氧化硫排放量"]),
        ("化学需氧量、氨氮分别减少2%、2.2%", ["化学需氧量", "氨氮"]),
    ],
)
def test_a_pollutants_list_shares_its_measure(clause, metrics):
    assert [i.metric for i in targets.parse_clause(clause)] == metrics


PLAN = "某某县政府工作报告\n\n二、2031年工作安排\n\n主要预期目标是：地区生产总值增长6%左右，{target}。\n"
REVIEW = "某某县政府工作报告\n\n一、2030年工作回顾\n\n2030年，全县地区生产总值增长6.3%。{said}\n\n同时，我们也清醒地看到，困难不少。\n"
LIST = "化学需氧量、二氧化硫排放量分别下降2%、3%"


@pytest.mark.parametrize(
    ("said", "metric", "outcome"),
    [
        # the review naming the pollutant bare, or with its measure
        ("二氧化硫削减3.4%，化学需氧量下降1.2%。", "二氧化硫排放量", "achieved"),
        ("二氧化硫削减3.4%，化学需氧量下降1.2%。", "化学需氧量排放量", "not_met"),
        ("化学需氧量排放量下降2.6%。", "化学需氧量排放量", "achieved"),
        # guard: nothing of the pollutants said
        ("新建公园5个。", "二氧化硫排放量", "not_reported"),
    ],
)
def test_a_pollutant_given_the_lists_measure_is_answered_by_its_bare_name(said, metric, outcome):
    assert outcomes_by_metric(PLAN.format(target=LIST), REVIEW.format(said=said)).get(metric) == outcome
