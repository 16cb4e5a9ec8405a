"""Verify mends of stop 66 (verifyy, issue 10), from the forty-sixth real set's first run (r244–r246).  Every sentence
below was written for this file, in other words than any label row, with guards:

- a fine-particle cap in 微克/立方米 answered only by the good days' share (%) or a composite air index (a bare figure):
  a neighbouring measure in another unit by its nature (words.toml verify.neighbours_other_unit, the lead's D2) — quoted,
  unclear, not unreported; the cap's own figure decides where the review gives it;
- trade and consumption said lifted in words (商贸消费有力提振) is the retail sales' matter named in words only (words.toml
  verify.topic_said, verify.topic_state; the lead's decision of stop 66) — unclear; a change still needed (…还需进一步
  提振, verify.change_needed) says no result.
"""

from __future__ import annotations

import pytest

from tests.verify_pair_helpers import outcome_with_problems

pytestmark = pytest.mark.engine

_outcome = outcome_with_problems


@pytest.mark.parametrize(("target", "metric", "said", "expected"), [
    ("PM2.5平均浓度控制在16微克/立方米以内", "PM2.5平均浓度", "全年空气质量优良天数比例达到96.1%，保持全市前列。", "unclear"),
    ("细颗粒物年均浓度控制在18微克/立方米以内", "细颗粒物年均浓度", "空气质量持续改善，环境空气质量综合指数下降4.1%。", "unclear"),
    # guards: the cap's own figure decides; a cap named nowhere, with no air figure, stays unreported
    ("PM2.5平均浓度控制在16微克/立方米以内", "PM2.5平均浓度",
     "PM2.5平均浓度为17.2微克/立方米，空气质量优良天数比例达到96.1%。", "not_met"),
    ("PM2.5平均浓度控制在16微克/立方米以内", "PM2.5平均浓度", "新建污水管网12公里。", "not_reported"),
], ids=["good days for a fine-particle cap", "a composite index for a fine-particle cap", "the cap's own figure",
        "nothing of the air"])
def test_a_fine_particle_cap_answered_by_other_air_measures(target, metric, said, expected):
    assert _outcome(target, metric, said) == expected


@pytest.mark.parametrize(("target", "metric", "said", "problems", "expected"), [
    ("社会消费品零售总额增长7.5%左右", "社会消费品零售总额", "商贸消费持续提振，举办促消费活动40场。", "产业层次还不够高。",
     "unclear"),
    # guards: a change still needed is no result; a figure of the metric decides
    ("社会消费品零售总额增长7.5%左右", "社会消费品零售总额", "举办促消费活动40场。", "居民消费活力还需进一步提振，",
     "not_reported"),
    ("社会消费品零售总额增长7.5%左右", "社会消费品零售总额", "商贸消费持续提振，社会消费品零售总额增长7.3%。",
     "产业层次还不够高。", "achieved"),
], ids=["trade and consumption lifted", "still to be lifted", "the figure decides"])
def test_trade_and_consumption_said_lifted_in_words(target, metric, said, problems, expected):
    assert _outcome(target, metric, said, problems) == expected


# Known misses of the forty-sixth set's shapes, written in other words (strict: a mend shows).


@pytest.mark.xfail(strict=True, reason="a rivers' class target (总体达到Ⅳ类以上) answered by the share of rivers at a better "
                   "class (…条河流…%达到Ⅲ类及以上): the share is not read against the class (not_reported; r244 labelled "
                   "achieved)")
def test_a_river_class_answered_by_the_share_at_a_better_class():
    got = _outcome("河流水质总体达到Ⅳ类以上", "河流水质", "全区32条河流97.5%达到Ⅲ类及以上水质。")
    assert got == "achieved"


@pytest.mark.xfail(strict=True, reason="a water share kept at 100% (近岸海域水质优良率保持100%) answered by the waters said "
                   "kept at the best class (近岸海域水质长期保持一类): the class is not read as the whole share excellent "
                   "(not_reported; r244 labelled achieved)")
def test_a_water_share_answered_by_the_best_class_kept():
    got = _outcome("近岸海域水质优良率保持100%", "近岸海域水质优良率", "近岸海域水质稳定保持一类。")
    assert got == "achieved"
