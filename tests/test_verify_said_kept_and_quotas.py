"""Shapes of real reviews and targets met in the nineteenth set of real pairs (bench/labels/verify_real/README.md),
each rule as a table of this file's own invented sentences with guards:

- a review clause with no subject, or with only a negation, that says a target met in words right after the clause
  giving the metric's figure (…居民消费价格指数同比上涨2.3%，控制在省下达目标以内; 未能控制在…) says it of that metric, as a
  clause whose subject is only a change word (涨幅控制在…) does (verify/mentions._said_clauses, _SUBJECTLESS_DONE);
- 达标 closing a target clause with no figure, with its manner (全面达标, 稳定达标), is the metric's quota or standard met, a
  floor: each item of a 、 list is a target (words.toml target.predicate_end); 达标 inside a name (达标天数, 达标率) is none;
- the production-safety accidents counted (生产安全事故起数…下降) are a neighbour of the safety quota (安全生产): quoted,
  unclear, never a verdict (words.toml verify.neighbours);
- 稳产, output held steady, is 产量稳定 (粮食稳产 answers 粮食产量保持稳定: words.toml verify.aliases).
"""

from __future__ import annotations

import pytest

from luoshi.engine import reader, targets, verify
from luoshi.engine.model import SourceText

pytestmark = pytest.mark.engine

_N = ("某县政府工作报告\n\n——2029年1月8日在某县人民代表大会上\n\n各位代表：\n\n一、2028年工作回顾\n\n二、2029年工作安排\n\n"
      "今年主要预期目标是：{t}。\n\n（一）抓好项目建设\n")
_R = ("某县政府工作报告\n\n——2030年1月9日在某县人民代表大会上\n\n各位代表：\n\n一、2029年工作回顾\n\n{r}\n\n"
      "二、2030年工作安排\n\n今年主要预期目标是：地区生产总值增长6.3%左右。\n")


def _outcomes(target: str, review: str) -> list[tuple[str, str]]:
    verdicts, _ = verify.verify_documents(reader.read_text(SourceText(_N.format(t=target), "txt"), "n.txt"),
                                          reader.read_text(SourceText(_R.format(r=review), "txt"), "n1.txt"), "n.txt")
    return [(v.metric, v.outcome) for v in verdicts]


@pytest.mark.parametrize(("target", "review", "expected"), [
    ("居民消费价格涨幅控制在省定目标以内", "全县居民消费价格指数同比上涨2.3%，控制在省下达目标以内。",
     [("居民消费价格涨幅", "achieved")]),
    ("城镇登记失业率控制在省定目标以内", "全县城镇登记失业率2.4%，控制在省定目标以内。", [("城镇登记失业率", "achieved")]),
    ("居民消费价格涨幅控制在省定目标以内", "全县居民消费价格指数同比上涨3.8%，未能控制在省下达目标以内。",
     [("居民消费价格涨幅", "not_met")]),
    # the subject a change word, as before
    ("居民消费价格涨幅控制在省定目标以内", "全县居民消费价格指数同比上涨2.3%，涨幅控制在省定目标以内。",
     [("居民消费价格涨幅", "achieved")]),
    # guards: the clause before names another metric (its words are that metric's); a figure in the clause is a figure
    ("居民消费价格涨幅控制在省定目标以内", "全县城镇新增就业4200人，控制在省定目标以内。", [("居民消费价格涨幅", "not_reported")]),
    ("居民消费价格涨幅控制在3%以内", "全县居民消费价格指数同比上涨2.3%，控制在3%以内。", [("居民消费价格涨幅", "achieved")]),
    ("居民消费价格涨幅控制在2%以内", "全县居民消费价格指数同比上涨2.6%，控制在3%以内。", [("居民消费价格涨幅", "not_met")]),
])
def test_a_done_clause_with_no_subject_says_it_of_the_figure_before(target, review, expected):
    assert _outcomes(target, review) == expected


@pytest.mark.parametrize(("clause", "expected"), [
    ("万元地区生产总值用水量、能耗全面达标", [("万元地区生产总值用水量", ">="), ("万元地区生产总值能耗", ">=")]),
    ("出境断面水质稳定达标", [("出境断面水质", ">=")]),
    ("县城生活污水处理厂出水水质达标", [("县城生活污水处理厂出水水质", ">=")]),
    # guards: 达标 inside a name with a figure; 达标 not closing the clause
    ("空气质量达标天数比例达到88%", [("空气质量达标天数比例", ">=")]),
    ("推进工业废水达标排放工程", []),
])
def test_meeting_the_standard_closes_a_target(clause, expected):
    assert [(i.metric, i.comparator) for i in targets.parse_clause(clause)] == expected


@pytest.mark.parametrize(("target", "review", "expected"), [
    ("单位地区生产总值用水量、能耗全面达标", "全年地区生产总值增长5.9%。",
     [("单位地区生产总值用水量", "not_reported"), ("单位地区生产总值能耗", "not_reported")]),
    ("出境断面水质稳定达标", "出境断面水质稳定达标，饮用水水源地水质达标率100%。", [("出境断面水质", "achieved")]),
])
def test_meeting_the_standard_verified(target, review, expected):
    assert _outcomes(target, review) == expected


@pytest.mark.parametrize(("target", "review", "outcome"), [
    ("安全生产完成省下达任务", "全县生产安全事故起数、死亡人数分别下降12%、20%。", "unclear"),
    ("安全生产形势完成市下达控制目标", "生产安全事故死亡人数下降31.5%。", "unclear"),
    # guards: the quota said done in words is met; a traffic count alone answers nothing
    ("安全生产完成省下达任务", "安全生产完成省下达任务，生产安全事故起数下降12%。", "achieved"),
    ("安全生产完成省下达任务", "全县道路交通事故起数下降12%。", "not_reported"),
])
def test_accidents_counted_are_the_safety_quotas_neighbour(target, review, outcome):
    assert [o for _, o in _outcomes(target, review)] == [outcome]


@pytest.mark.parametrize(("target", "review", "outcome"), [
    ("粮食产量保持稳定", "全县粮食稳产增收，总产量达到41.2万吨。", "achieved"),
    ("油料产量保持稳定", "遭遇严重倒春寒，油料稳产，总产量8.6万吨。", "achieved"),
    # guards: another crop's steady output; a fall; a figure target answered by its figure
    ("粮食产量保持稳定", "全县生猪稳产保供，出栏62万头。", "not_reported"),
    ("粮食产量保持稳定", "全县粮食产量38.5万吨，下降6.2%。", "not_met"),
    ("粮食产量达到40万吨以上", "全县粮食稳产，总产量达到41.2万吨。", "achieved"),
])
def test_output_held_steady_in_a_word(target, review, outcome):
    assert [o for _, o in _outcomes(target, review)] == [outcome]
