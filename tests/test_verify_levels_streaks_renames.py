"""Four ways reports write a target or its result that recur across governments (issue 10, stop 51, verifye; found by
the held-out pairs of stop 51, r121–r123 and v218–v220, dev since — tests/test_verify_heldout51.py):

* a pollutant's concentration written bare in the list of targets, with no verb and no hedge (PM2.5平均浓度34微克/立方米,
  臭氧浓度160微克/立方米): a cap, lower is better, as …控制在…以内 is — a concentration unit (units.toml
  units.concentration) or a lower-is-better measure (target.lower_is_better) makes a bare level a ceiling (targets);
* the problems paragraph naming the indicators that missed 既定目标, the targets set (…、固定资产投资、外贸进出口总额等8项指标
  没有实现既定目标): each named target missed, as …未完成年度目标 already says (verify.shortfall);
* 经营主体, the newer official name of 市场主体, counts the same firms and households (verify.aliases);
* a level followed by a streak of years to date (粮食总产量61.5万吨，连续6年稳定在60万吨以上) is the last year's, the
  reviewed year's, even in a part on the five years (verify.streak_to_date) — never a total summed over the years.

The clauses and reports below were written for these tests (某某 names)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from luoshi.engine import reader, targets, verify
from luoshi.engine.model import SourceText

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import corpus  # noqa: E402  (bench/corpus.py)

pytestmark = pytest.mark.engine


def _read(clause):
    return [(i.metric, i.value, i.comparator, i.kind) for i in targets.parse_clause(clause)]


@pytest.mark.parametrize(("clause", "expected"), [
    # a concentration written bare: a cap
    ("PM2.5平均浓度34微克/立方米", [("PM2.5平均浓度", 34.0, "<=", "level")]),
    ("细颗粒物平均浓度31微克/立方米", [("细颗粒物平均浓度", 31.0, "<=", "level")]),
    ("PM10年均浓度58微克/立方米", [("PM10年均浓度", 58.0, "<=", "level")]),
    ("臭氧浓度150微克/立方米", [("臭氧浓度", 150.0, "<=", "level")]),
    ("主要河流化学需氧量浓度18毫克/升", [("主要河流化学需氧量浓度", 18.0, "<=", "level")]),
    # guards: a hedge keeps =, a written ceiling its own reading, a share of good days stays a floor
    ("PM2.5平均浓度33微克/立方米左右", [("PM2.5平均浓度", 33.0, "=", "level")]),
    ("PM2.5平均浓度控制在36微克/立方米以内", [("PM2.5平均浓度", 36.0, "<=", "level")]),
    ("空气质量优良天数比例88%", [("空气质量优良天数比例", 88.0, ">=", "ratio")]),
    ("森林覆盖率62%", [("森林覆盖率", 62.0, ">=", "ratio")]),
])
def test_a_bare_concentration_is_a_cap(clause, expected):
    assert _read(clause) == expected


def _doc(text):
    return reader.read_text(SourceText(text, "txt"), "t.txt")


N = "某某市政府工作报告\n\n二、2025年工作安排\n\n主要预期目标是：地区生产总值增长6%左右，{target}。\n"
N1 = ("某某市政府工作报告\n\n一、2025年工作回顾\n\n过去一年，全市地区生产总值增长6.2%。{review}\n\n"
      "{problems}\n\n二、2026年工作安排\n\n今年主要预期目标是：全市生产总值增长6.3%以上。\n")


def _outcome(target, metric, review, problems="我们也清醒认识到，发展中还存在一些困难和问题。"):
    verdicts, _ = verify.verify_documents(_doc(N.format(target=target)),
                                          _doc(N1.format(review=review, problems=problems)), "t.txt")
    found = [corpus.outcome(v) for v in verdicts if v.metric == metric]
    assert len(found) == 1, [(v.metric, v.reason) for v in verdicts]
    return found[0]


@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("PM2.5平均浓度34微克/立方米", "PM2.5平均浓度", "PM2.5平均浓度29微克/立方米，空气质量持续改善。", "achieved"),
    ("PM2.5平均浓度34微克/立方米", "PM2.5平均浓度", "PM2.5平均浓度37微克/立方米，同比上升2.8%。", "not_met"),
    ("细颗粒物平均浓度30微克/立方米", "细颗粒物平均浓度", "细颗粒物平均浓度降至27微克/立方米。", "achieved"),
])
def test_a_bare_concentration_is_judged_as_a_cap(target, metric, review, outcome):
    assert _outcome(target, metric, review) == outcome


@pytest.mark.parametrize(("target", "metric", "problems", "outcome"), [
    ("固定资产投资增长8%", "固定资产投资",
     "回顾过去一年，全市固定资产投资、进出口总额等5项指标没有实现既定目标，发展中还存在一些困难和问题。", "not_met"),
    ("进出口总额增长10%左右", "进出口总额",
     "一年来，全市固定资产投资、外贸进出口总额等指标未完成既定目标，经济回升基础还不稳固。", "not_met"),
    ("社会消费品零售总额增长7%", "社会消费品零售总额",
     "社会消费品零售总额等3项指标未能达到既定目标，消费潜力释放不够。", "not_met"),
    # guard: a target the list does not name is not said missed by it
    ("一般公共预算收入增长5%", "一般公共预算收入",
     "全市固定资产投资等2项指标没有实现既定目标，发展中还存在一些困难和问题。", "not_reported"),
])
def test_indicators_that_missed_the_targets_set(target, metric, problems, outcome):
    assert _outcome(target, metric, "各项工作取得新进展。", problems) == outcome


@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("新增市场主体8000户", "新增市场主体", "全年新增经营主体8650户，总量突破9万户。", "achieved"),
    ("新增市场主体8000户", "新增市场主体", "全年新增经营主体7420户。", "not_met"),
    ("新增经营主体1.2万户", "新增经营主体", "新增市场主体1.35万户。", "achieved"),
])
def test_business_entities_under_their_newer_name(target, metric, review, outcome):
    assert _outcome(target, metric, review) == outcome


P = ("某某县政府工作报告\n\n二、2026年工作安排\n\n全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，{target}。\n")
P1 = ("某某县政府工作报告\n\n一、过去五年和2026年工作回顾\n\n"
      "过去五年，是全县发展极不平凡的五年。五年来，地区生产总值年均增长6.5%。\n\n{five}\n\n"
      "我们也清醒认识到，发展中还存在一些困难和问题。\n\n二、今后五年的目标任务\n\n今后五年，全县地区生产总值年均增长6%左右。\n")


def _plan_end(target, metric, five):
    verdicts, _ = verify.verify_documents(_doc(P.format(target=target)), _doc(P1.format(five=five)), "t.txt")
    found = [corpus.outcome(v) for v in verdicts if v.metric == metric]
    assert len(found) == 1, [(v.metric, v.reason) for v in verdicts]
    return found[0]


@pytest.mark.parametrize(("target", "metric", "five", "outcome"), [
    # a level closing a streak of years to date: the reviewed year's
    ("粮食产量稳定在60万吨以上", "粮食产量", "农业基础不断夯实。粮食总产量61.5万吨，连续6年稳定在60万吨以上。", "achieved"),
    ("森林覆盖率达到45%", "森林覆盖率", "生态底色更加鲜明。森林覆盖率达到45.6%，连续三年位居全市第一。", "achieved"),
    ("粮食产量稳定在60万吨以上", "粮食产量", "农业基础不断夯实。粮食总产量58.2万吨，连续两年低于60万吨。", "not_met"),
    # guards: a total summed over the years, or a level after a word of several years, stays the five years'
    ("粮食产量稳定在60万吨以上", "粮食产量", "农业基础不断夯实。粮食总产量61.5万吨。", "unclear"),
    ("新增城镇就业5000人", "新增城镇就业", "民生保障有力。累计新增城镇就业2.6万人，连续五年超额完成任务。", "unclear"),
])
def test_a_level_closing_a_streak_is_the_years(target, metric, five, outcome):
    assert _plan_end(target, metric, five) == outcome
