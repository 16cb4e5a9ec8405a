"""The lead's decision of stop 66 on a target whose metric the next year's review names only in words (issue 10;
bench/labels/verify_real/README.md, "Decision, stop 66"), written into the engine by verifyy.  Every sentence below was
written for this file, in other words than any label row:

- the review names the target's metric, or the name reviews give its matter (a consumer market for retail sales, the
  employment situation for an unemployment rate, the industrial economy for industry's value added, effective investment,
  energy saving's work or dual control for an energy target: words.toml verify.topic_said), with a word of how it went
  or how its work advanced (verify.topic_state), no figure of it and no word that the target was met: `unclear`, the
  sentence quoted (mentions._topic_mention), not `not_reported`;
- a metric the review does not name at all stays `not_reported`; words saying the target was met keep `achieved`.

Near misses (guards): the metric named with a figure is judged on the figure; a part of the topic only (重点群体, 农村消费市场)
or the nation's market names no whole; a related metric's figure alone stays as the README reads it (quoted, unclear, D2);
a difficulty ahead (…压力较大) and a mechanism's name (物价上涨联动机制) say nothing of how it went.  The work done for it
said in the review with the state it reached (推动…较快增长) reads unclear since the lead's answer of stop 66 (README
"Decision, stop 66 (continued)"; its table with guards in tests/test_verify_verifyq66.py).
"""

from __future__ import annotations

import pytest

from tests.verify_pair_helpers import outcome_with_problems

pytestmark = pytest.mark.engine

_outcome = outcome_with_problems


@pytest.mark.parametrize(("target", "metric", "said", "problems", "expected"), [
    # the metric's matter said in words only: unclear
    ("社会消费品零售总额增长8.3%", "社会消费品零售总额", "全区消费市场加快回暖，夜间经济持续升温。", "产业层次还不够高。", "unclear"),
    ("城镇调查失业率控制在5.6%以内", "城镇调查失业率", "开展线上招聘活动40场，全县就业形势总体稳定。", "产业层次还不够高。",
     "unclear"),
    ("规模以上工业增加值增长8%", "规模以上工业增加值", "新增规上工业企业15家，工业经济稳中向好。", "产业层次还不够高。", "unclear"),
    ("固定资产投资增长10%", "固定资产投资", "重大项目加快落地，有效投资稳中有升。", "产业层次还不够高。", "unclear"),
    ("单位地区生产总值能耗下降3%", "单位地区生产总值能耗", "关停落后产能企业2家，能耗双控工作稳步推进。", "产业层次还不够高。",
     "unclear"),
    ("单位地区生产总值能耗下降3%", "单位地区生产总值能耗", "节能降耗有序开展。", "产业层次还不够高。", "unclear"),
    ("居民消费价格涨幅3%左右", "居民消费价格涨幅", "民生实事全部完成。", "群众反映物价水平偏高，", "unclear"),
    ("社会消费品零售总额增长8.3%", "社会消费品零售总额", "文旅融合加快推进。", "消费复苏仍然偏慢，", "unclear"),
    # guards: words saying the target was met keep achieved; a figure of the metric decides
    ("城镇调查失业率控制在5.6%以内", "城镇调查失业率", "城镇调查失业率控制在预期目标以内。", "产业层次还不够高。", "achieved"),
    ("社会消费品零售总额增长8.3%", "社会消费品零售总额", "消费市场加快回暖，社会消费品零售总额增长9.2%。", "产业层次还不够高。",
     "achieved"),
    ("固定资产投资增长10%", "固定资产投资", "有效投资稳中有升，固定资产投资增长7.1%。", "产业层次还不够高。", "not_met"),
    # guards: a part of the topic, or the nation's, names no whole
    ("城镇调查失业率控制在5.6%以内", "城镇调查失业率", "高校毕业生等重点群体就业形势保持稳定。", "产业层次还不够高。",
     "not_reported"),
    ("社会消费品零售总额增长8.3%", "社会消费品零售总额", "农村消费市场加快回暖。", "产业层次还不够高。", "not_reported"),
    ("社会消费品零售总额增长8.3%", "社会消费品零售总额", "全国社会消费品零售总额增长4.1%，消费市场持续恢复。", "产业层次还不够高。",
     "not_reported"),
    # guards: a difficulty ahead, a mechanism's name, a metric not named at all
    ("单位地区生产总值能耗下降3%", "单位地区生产总值能耗", "民生实事全部完成。", "能耗双控压力较大，", "not_reported"),
    ("居民消费价格涨幅3%左右", "居民消费价格涨幅", "落实困难群众价格补贴与物价上涨联动机制。", "产业层次还不够高。",
     "not_reported"),
    ("社会消费品零售总额增长8.3%", "社会消费品零售总额", "发放惠民消费券3000万元。", "产业层次还不够高。", "not_reported"),
    # the work done for it said in the review with the state it reached: unclear since the lead's answer of stop 66
    # (README "Decision, stop 66 (continued)"; tests/test_verify_verifyq66.py) — it read not_reported before
    ("社会消费品零售总额增长8.3%", "社会消费品零售总额", "出台促消费措施，推动社会消费品零售总额较快增长。", "产业层次还不够高。",
     "unclear"),
    # guard: a related metric's figure alone stays as the README reads it (D2: quoted, unclear)
    ("细颗粒物平均浓度控制在35微克/立方米以内", "细颗粒物平均浓度", "空气质量优良天数比例达到90.2%。", "产业层次还不够高。",
     "unclear"),
], ids=["consumer market", "employment situation", "industrial economy", "effective investment", "energy dual control",
        "energy saving's work", "prices said high in the problems", "consumption slow in the problems",
        "met in words", "the figure decides", "a figure under the target", "key groups only", "the countryside's market",
        "the nation's market", "a difficulty ahead", "a mechanism's name", "vouchers, the metric not named",
        "the work done for it", "a related figure"])
def test_a_metric_named_only_in_words(target, metric, said, problems, expected):
    assert _outcome(target, metric, said, problems) == expected


@pytest.mark.xfail(strict=True, reason="a metric's matter said by its bare short name (投资减弱, 消费的拉动作用…加大) or in a "
                   "list of constraints (土地、能耗等指标接近上限) is not read (no topic name of verify.topic_said): "
                   "not_reported where the decision of stop 66 reads unclear (r86, r68, r194)")
def test_a_bare_short_name_said_in_words():
    assert _outcome("固定资产投资增长10%", "固定资产投资", "民生实事全部完成。", "受市场影响，投资明显减弱，") == "unclear"
