"""The lead's decision of stop 48 (docs/reading-reports.md, "5 December 2026, stop 48, the lead's figures"): a part of the
area's figure alone — a development zone's, a high-tech zone's, a bonded zone's, a park's (verify.part_of_area) — is a part
of the target's topic as a kind's or a channel's is (tests/test_verify_parts_quoted.py): it answers nothing of the whole,
never achieved nor not met, but is quoted, unclear, where nothing of the whole answers; the whole's own figure always wins
(naming._area_part_claim).  Every sentence below was written for these tests, each outcome by reading before the engine
was run on it."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, verify
from luoshi.engine.model import SourceText

pytestmark = pytest.mark.engine

N = "某某市政府工作报告\n\n二、2024年工作安排\n\n主要预期目标是：地区生产总值增长6%左右，{target}。\n"
N1 = "{title}\n\n一、2024年工作回顾\n\n{review}。\n\n我们也清醒认识到，发展中还存在一些困难和问题。\n"
CITY = "某某市政府工作报告"


def _doc(text):
    return reader.read_text(SourceText(text, "txt"), "t.txt")


def _verdict(target, review, metric, title=CITY):
    verdicts, _ = verify.verify_documents(_doc(N.format(target=target)), _doc(N1.format(title=title, review=review)),
                                          "t.txt")
    found = [v for v in verdicts if v.metric == metric]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(("target", "metric", "review", "quoted"), [
    # a zone's rate over the target and one under: neither settles the whole
    ("规模以上工业增加值增长7%", "规模以上工业增加值", "新投产项目46个，其中，高新技术产业开发区规模以上工业增加值增长13.6%",
     "13.6%"),
    ("规模以上工业增加值增长7%", "规模以上工业增加值", "受龙头企业停产检修影响，某某高新区规上工业增加值增长2.1%", "2.1%"),
    # a bonded zone's trade, a level with its rate: the rate in the target's unit is quoted
    ("外贸进出口总额增长5%", "外贸进出口总额", "某某综合保税区实现外贸进出口总额86亿元，增长18%", "18%"),
    # an industrial park's investment with the verb of its result before the name
    ("固定资产投资增长8%", "固定资产投资", "某某工业园区完成固定资产投资52亿元，增长11.4%", "11.4%"),
    # the parks above a level together (园区), a park's count of firms (科技园)
    ("规模以上工业增加值增长7%", "规模以上工业增加值", "市级以上园区规模以上工业增加值增长5.3%，占全市比重提高到64%", "5.3%"),
    ("新增科技型中小企业50家", "新增科技型中小企业", "某某科技园新增科技型中小企业35家，孵化面积扩大到12万平方米", "35家"),
    # a free-trade area's foreign capital in the target's own unit
    ("实际使用外资2亿美元", "实际使用外资", "某某自贸片区实际使用外资1.6亿美元，新设外资企业18家", "1.6亿美元"),
])
def test_a_part_of_the_area_alone_is_quoted_unclear(target, metric, review, quoted):
    v = _verdict(target, review, metric)
    assert v.outcome == "unclear", v.reason
    assert v.actual is not None and v.actual["text"] == quoted, v.reason
    assert v.evidence, v.reason


@pytest.mark.parametrize(("target", "metric", "review", "outcome", "title"), [
    # the whole's own figure wins, before the zone's or after it
    ("规模以上工业增加值增长7%", "规模以上工业增加值", "全市规模以上工业增加值增长6.2%，其中经济开发区增长13.6%", "not_met", CITY),
    ("一般公共预算收入增长5%", "一般公共预算收入", "某某高新区一般公共预算收入增长15%，全市一般公共预算收入增长5.5%", "achieved",
     CITY),
    # a zone's figure of another metric is no part of the target's topic
    ("一般公共预算收入增长5%", "一般公共预算收入", "某某经济开发区实际使用外资增长20%", "not_reported", CITY),
    # a zone's metric said in words only, no figure: nothing quoted (as a kind's in words)
    ("规模以上工业增加值增长7%", "规模以上工业增加值", "某某经济开发区规上工业增加值稳步增长", "not_reported", CITY),
    # the zone's own report: its figures are the whole's
    ("规模以上工业增加值增长7%", "规模以上工业增加值", "经济开发区规模以上工业增加值增长9.5%", "achieved",
     "某某经济开发区管委会工作报告"),
])
def test_what_a_part_of_the_area_is_not(target, metric, review, outcome, title):
    v = _verdict(target, review, metric, title)
    assert v.outcome == outcome, v.reason
