"""A qualitative target on the environment's state or its indicators (环境质量…好转, 环境指标完成省下达任务) answered
only by related results — the air's good days or quality rate, a water section's grade, black and smelly water bodies
cleared — is quoted as a neighbour, unclear (words.toml verify.neighbours 环境质量, 环境指标, 生态环境>黑臭水体), as
生态环境 beside the same figures already was; a concentration's quota beside the good days alone stays not reported
(tests/test_verify_quota_named_otherwise.py).  Stop 46 (issue 10), from real pairs' misses of several governments; every
row invented in other words, its outcome written by reading before the engine ran."""

import pytest

from tests.test_verify_ways import REVIEW, verdict_against

pytestmark = pytest.mark.engine


def _verdict(target, said, metric):
    return verdict_against(REVIEW, target, "review", said, metric)


@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("环境质量稳步好转", "全年空气质量优良天数比率达89.5%，国控断面水质全部达标。", "环境质量", "unclear"),
    ("环境指标完成上级下达的年度任务", "城区空气质量优良率91.2%，地表水考核断面水质优良比例95%。", "环境指标", "unclear"),
    ("生态环境质量稳中向好", "城区17条黑臭水体全部完成整治。", "生态环境质量", "unclear"),
    # guards: said in the target's own words; nothing on the environment; a concentration's own figure under its
    # cap; an emissions quota beside air quality only (the dev labels' reading: not reported); the business
    # environment is no environment
    ("环境质量稳步好转", "环境质量稳步好转，空气质量优良率90.3%。", "环境质量", "achieved"),
    ("环境质量稳步好转", "粮食总产量稳定在210万吨。", "环境质量", "not_reported"),
    ("细颗粒物（PM2.5）平均浓度控制在35微克/立方米以内", "PM2.5平均浓度33微克/立方米，空气质量优良天数比例88%。",
     "细颗粒物(PM2.5)平均浓度", "achieved"),
    ("主要污染物排放总量完成省下达任务", "空气质量优良天数比例88.4%，国控断面水质优良率90%。", "主要污染物排放总量",
     "not_reported"),
    ("营商环境持续优化", "空气质量优良天数比例88.4%。", "营商环境", "not_reported"),
], ids=["quality by air and water", "indicators by air and water", "black water cleared",
        "own words", "nothing said", "own figure", "emissions beside air", "business environment"])
def test_an_environment_target_beside_related_results(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.metric == metric, (x.metric, x.reason)
    assert x.outcome == outcome, x.reason
