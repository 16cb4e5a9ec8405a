"""Verify mends of stop 56 (verifyy, issue 10), from the twenty-sixth set's first run.  Every sentence below was written
for these tests (某市 and made-up figures, in other words than any label), each outcome by reading before the engine was
run on it.

- A crop's bare word right before a harvest word (粮食再获丰收, 粮食喜获丰收, 油料增产: words.toml verify.harvest_crop,
  verify.harvest_lead, verify.harvest_word) says in words how the crop's output went: with no figure of the output in the
  review, the output target is unclear (quoted), not unreported.  Worked for (确保粮食丰收), another measure of the crop
  (播种面积) or a figure of the output (which decides) reads as before.
- A good-air share quota (空气质量优良天数比率完成省下达任务) answered only by the fine particles' concentration, as a figure or
  in words (达到有记录以来最好水平: verify.mention_predicate), is a related air measure, unclear with the quote (the lead's
  convention D2, the mirror of a PM2.5 quota answered by the good days' share).
- An in-step income target on all residents (居民人均可支配收入增幅与经济增幅同步) answered only by one group's rate, the other
  group's not given, is unclear: one group says nothing of the whole.  On both groups (城乡居民…) one group alone settles
  only a shortfall (D1: the group further under decides); both groups or all residents given decide as before.
"""

from __future__ import annotations

import pytest

from tests.verify_pair_helpers import verdicts_for

pytestmark = pytest.mark.engine


def _outcomes(target: str, said: str) -> list[tuple[str, str]]:
    return [(v.metric, v.outcome) for v in verdicts_for(target, said)]


HARVESTS = [
    # (target, review sentence, outcome)
    ("粮食产量稳定在80万吨以上", "面对持续阴雨，全市粮食再获丰收，蔬菜供应充足。", "unclear"),
    ("粮食总产量保持在30亿斤以上", "克服春旱夏涝，粮食喜获丰收。", "unclear"),
    ("油料产量增长3%", "油料增产明显，茶叶品牌影响扩大。", "unclear"),
    # guards: the harvest worked for; another measure of the crop; a figure of the output decides; no harvest word
    ("粮食产量稳定在80万吨以上", "落实种粮补贴，确保粮食丰收。", "not_reported"),
    ("粮食播种面积稳定在120万亩以上", "全市粮食再获丰收。", "not_reported"),
    ("粮食产量稳定在80万吨以上", "全市粮食再获丰收，总产量达到83万吨。", "achieved"),
    ("粮食产量稳定在80万吨以上", "粮食安全责任制考核获全省优秀。", "not_reported"),
]


@pytest.mark.parametrize(("target", "said", "outcome"), HARVESTS)
def test_a_harvest_said_in_words_names_the_output(target, said, outcome):
    got = _outcomes(target, said)
    assert len(got) == 1
    assert got[0][1] == outcome


AIR = [
    # (target, review sentence, outcome)
    ("空气质量优良天数比率完成省下达任务", "细颗粒物平均浓度达到有监测记录以来最好水平。", "unclear"),
    ("空气质量优良率完成省定目标", "PM2.5平均浓度下降到29微克/立方米。", "unclear"),
    # guards: another measure said at its best; nothing on air
    ("空气质量优良天数比率完成省下达任务", "森林覆盖率达到历史最好水平。", "not_reported"),
    ("空气质量优良天数比率完成省下达任务", "新建污水管网80公里。", "not_reported"),
]


@pytest.mark.parametrize(("target", "said", "outcome"), AIR)
def test_a_good_air_quota_beside_fine_particles_only(target, said, outcome):
    got = _outcomes(target, said)
    assert len(got) == 1
    assert got[0][1] == outcome


LONE_GROUP = [
    # (target, review sentence, outcome); the economy grew 6.4%
    ("居民人均可支配收入增幅与经济增幅同步", "农村居民人均可支配收入增长7.5%，高于城镇居民。", "unclear"),
    ("居民收入增长与经济增长基本同步", "城镇居民人均可支配收入增长6.8%。", "unclear"),
    ("城乡居民收入与经济增长基本同步", "农村居民人均可支配收入增长8%。", "unclear"),
    # a target on both groups: one group further under than D1's band settles the shortfall
    ("城乡居民收入与经济增长基本同步", "城镇居民人均可支配收入增长5%。", "not_met"),
    # guards: both groups, all residents
    ("居民人均可支配收入增幅与经济增幅同步", "城镇、农村居民人均可支配收入分别增长6.6%、7.5%。", "achieved"),
    ("居民人均可支配收入增幅与经济增幅同步", "全体居民人均可支配收入增长6.9%。", "achieved"),
]


@pytest.mark.parametrize(("target", "said", "outcome"), LONE_GROUP)
def test_one_group_alone_for_an_in_step_income_target(target, said, outcome):
    got = _outcomes(target, said)
    assert len(got) == 1
    assert got[0][1] == outcome
