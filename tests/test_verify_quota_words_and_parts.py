"""How work reports write a quota's result in words and a measure's neighbours (stop 52, verifye; sentences written here,
none a label's row):
- a quota handed down by the level above said done in the target's own words, the done word before its field
  (完成上级下达的…减排任务) — achieved; 未完成… — not met;
- a quota named only among the pressures ahead (…、节能减排降碳和要素保障压力加大; …任务难度较大) — no result: not reported;
- a growth target answered by the year's level of the measure and only a part's growth (manufacturing's share of
  industry: 高技术制造业投资增长…) — the level quoted, unclear, the part's rate no answer;
- a sector target answered by another sector's figure, farming written as its four trades (农林牧渔业增加值 for
  工业增加值) — no answer."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, verify
from luoshi.engine.model import SourceText

pytestmark = pytest.mark.engine

N = "某县人民政府工作报告\n\n二、明年工作安排\n\n今年经济社会发展的主要预期目标是：地区生产总值增长6.7%左右，{target}。\n"
N1 = ("某县人民政府工作报告\n\n一、过去一年工作回顾\n\n一年来，全县地区生产总值增长6.9%，{review}。\n\n"
      "同时也要看到，我们的工作还存在不少差距和不足。{problems}\n")


def _outcome(target, metric, review, problems=""):
    def doc(text):
        return reader.read_text(SourceText(text, "txt"), "t.txt")
    verdicts, _ = verify.verify_documents(doc(N.format(target=target)),
                                          doc(N1.format(review=review, problems=problems)), "t.txt")
    found = [v for v in verdicts if v.metric == metric]
    assert found, [v.metric for v in verdicts]
    return found[0].outcome


@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("完成市下达的主要污染物减排任务", "主要污染物减排",
     "城乡人居环境明显改善，完成市下达的主要污染物减排任务", "achieved"),
    ("完成上级下达的主要污染物总量减排任务", "主要污染物总量减排",
     "全面完成上级下达的主要污染物总量减排任务，河流断面水质稳定达标", "achieved"),
    ("完成省下达的节能降碳任务", "节能降碳", "圆满完成省下达的节能降碳目标任务", "achieved"),
    ("完成省下达的主要污染物减排任务", "主要污染物减排", "受重点项目投产影响，未完成省下达的主要污染物减排任务",
     "not_met"),
    # guards: the difficulty ahead says nothing done; a mention with no word of completion stays unclear
    ("完成省下达的主要污染物减排任务", "主要污染物减排", "完成省下达的主要污染物减排任务难度较大", "not_reported"),
    ("完成省下达的能耗双控任务", "能耗双控", "能耗双控形势依然严峻", "unclear"),
])
def test_a_quota_said_done_in_its_own_words(target, metric, review, outcome):
    assert _outcome(target, metric, review) == outcome


@pytest.mark.parametrize(("target", "metric", "problems", "outcome"), [
    ("完成省下达的节能减排任务", "节能减排", "产业转型任务较重，生态保护、节能减排降碳和用地保障压力加大。", "not_reported"),
    ("完成市下达的能耗双控任务", "能耗双控", "能耗双控和要素保障难度加大，民生短板仍然不少。", "not_reported"),
    # guard: the problems paragraph saying the quota missed is a result
    ("完成市下达的能耗双控任务", "能耗双控", "受项目集中投产影响，未完成市下达的能耗双控任务。", "not_met"),
])
def test_a_quota_named_among_the_pressures_is_not_reported(target, metric, problems, outcome):
    assert _outcome(target, metric, "城乡居民收入稳步增长", problems) == outcome


@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("工业投资增长15%左右", "工业投资",
     "全县完成工业投资86亿元，其中制造业投资完成60亿元，高技术制造业投资增长37.5%", "unclear"),
    ("工业投资增长12%", "工业投资", "全年完成工业投资40亿元，先进制造业投资增长21%", "unclear"),
    # guard: the whole's own growth beside the part's is judged
    ("工业投资增长15%左右", "工业投资", "全县完成工业投资86亿元、增长16%，其中高技术制造业投资增长37.5%", "achieved"),
])
def test_a_level_with_only_a_parts_growth(target, metric, review, outcome):
    assert _outcome(target, metric, review) == outcome


@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("工业增加值增长9%以上", "工业增加值", "农林牧渔业增加值增长3.8%，粮食生产实现八连丰", "not_reported"),
    ("服务业增加值增长7%", "服务业增加值", "农林牧渔业增加值增长4.1%", "not_reported"),
    # guards: farming's four trades answer a farming target; industry's own rate answers industry
    ("农业增加值增长4%", "农业增加值", "农林牧渔业增加值增长4.6%", "achieved"),
    ("工业增加值增长9%以上", "工业增加值", "农林牧渔业增加值增长3.8%，工业增加值增长9.4%", "achieved"),
])
def test_another_sectors_figure_is_no_answer(target, metric, review, outcome):
    assert _outcome(target, metric, review) == outcome
