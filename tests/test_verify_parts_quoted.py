"""The lead's decision of stop 47 on neighbouring measures (docs/reading-reports.md), followed at stop 48: a figure of the
target's topic on a part of the whole (a kind's or a sector's investment, the key projects' investment, a channel's trade)
or on a neighbouring measure (online retail sales for all retail sales, finance's value added for services', the sown
area for grain output, the firms' total energy use for an intensity, funds agreed for funds paid in, occupancy for firms
moving in, tourism revenue for visitors) answers nothing of the whole but is quoted, unclear; not_reported is left for a target of whose
topic the review gives no figure (naming._part_claim, words.toml verify.part_of_whole, verify.neighbours_other_unit)."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, verify
from luoshi.engine.model import SourceText

pytestmark = pytest.mark.engine

N = "某某市政府工作报告\n\n二、2024年工作安排\n\n主要预期目标是：地区生产总值增长6%左右，{target}。\n"
N1 = "某某市政府工作报告\n\n一、2024年工作回顾\n\n{review}。\n\n我们也清醒认识到，发展中还存在一些困难和问题。\n"


def _doc(text):
    return reader.read_text(SourceText(text, "txt"), "t.txt")


def _verdict(target, review, metric):
    verdicts, _ = verify.verify_documents(_doc(N.format(target=target)), _doc(N1.format(review=review)), "t.txt")
    found = [v for v in verdicts if v.metric == metric]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(("target", "metric", "review", "quoted"), [
    # a kind's investment, written with the measure word only (工业投资, 高技术制造业投资, 产业投资)
    ("固定资产投资增长8%", "固定资产投资", "新开工亿元以上项目120个，高技术制造业投资增长23%", "23%"),
    ("固定资产投资增长8%", "固定资产投资", "工业投资增长19.1%，占全部投资比重提高到35%", "19.1%"),
    ("固定资产投资额增长8%左右", "固定资产投资额", "全年完成工业投资301亿元，同比增长34.3%", "34.3%"),
    # the key projects' investment, an amount with no rate
    ("固定资产投资增长10%", "固定资产投资", "带动120个重点项目完成投资738亿元", "738亿元"),
    # a channel's trade with no rate: its value quoted before its freight
    ("外贸进出口总额增长16%", "外贸进出口总额", "实现新通道进出口货物149万吨、进出口额65.8亿元", "65.8亿元"),
    # neighbouring measures of the topic
    ("社会消费品零售总额增长6%", "社会消费品零售总额", "举办促销活动500多场次，全年实现网络零售额665亿元、增长9%", "9%"),
    ("服务业增加值增长11%左右", "服务业增加值", "金融业增加值增长8.1%，税收增长22.5%", "8.1%"),
    ("粮食产量300万吨", "粮食产量", "新建高标准农田41万亩，落实粮食播种面积728万亩", "728万亩"),
    ("单位工业增加值能耗下降3%", "单位工业增加值能耗", "规模以上工业企业综合能耗下降1.8%", "1.8%"),
    ("引进内资项目实际到位资金10亿元", "引进内资项目实际到位资金", "引进内资项目协议资金15亿元", "15亿元"),
    ("新增楼宇入驻企业100家", "新增楼宇入驻企业", "某某大厦入驻率提高到90%", "90%"),
    ("社会消费品零售总额增长5%", "社会消费品零售总额", "1—11月限上企业零售额增长3.9%", "3.9%"),
    ("接待游客人次增长10%", "接待游客人次", "旅游综合收入增长18%", "18%"),
])
def test_a_part_or_neighbour_of_the_topic_is_quoted_unclear(target, metric, review, quoted):
    v = _verdict(target, review, metric)
    assert v.outcome == "unclear"
    assert v.actual is not None and v.actual["text"] == quoted


@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    # guards: the whole's own figure beside a part answers
    ("固定资产投资增长8%", "固定资产投资", "固定资产投资增长9.2%，其中工业投资增长19.1%", "achieved"),
    # a count of projects is work done, no figure of the investment
    ("固定资产投资增长8%", "固定资产投资", "新开工重点项目650个，竣工项目320个", "not_reported"),
    # another sector is no part (verify.distinct): industry's value added for services'
    ("服务业增加值增长7%", "服务业增加值", "规模以上工业增加值增长6.5%", "not_reported"),
    # a share target's measure word is no topic: another sector's share is no part of an R&D share
    ("研发经费投入强度达到2.5%", "研发经费投入强度", "第三产业比重提高0.9个百分点", "not_reported"),
    # the funds paid in answer beside the funds agreed
    ("引进内资项目实际到位资金10亿元", "引进内资项目实际到位资金", "引进内资项目实际到位资金12亿元，协议资金15亿元", "achieved"),
    # a target naming the part is answered by the part
    ("工业投资增长15%", "工业投资", "工业投资增长19.1%", "achieved"),
])
def test_what_a_part_is_not(target, metric, review, outcome):
    assert _verdict(target, review, metric).outcome == outcome


@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    # all residents' income growth lies between its groups': both under the target miss it, both at or over meet it,
    # one each settles nothing (r44's and r110's readings)
    ("全体居民人均可支配收入增长8%", "全体居民人均可支配收入", "城乡居民人均可支配收入分别增长5.2%、7.3%", "not_met"),
    ("居民人均可支配收入增长6%", "居民人均可支配收入", "城镇、农村居民人均可支配收入分别增长6.1%和7.4%", "achieved"),
    ("全体居民人均可支配收入增长7%", "全体居民人均可支配收入", "城乡居民人均可支配收入分别增长5.9%、7.8%", "unclear"),
    # guards: a revenue target is no residents' income; a group's target keeps its own group's figure
    ("一般公共预算收入增长5%", "一般公共预算收入", "城乡居民人均可支配收入分别增长5.4%、7.3%", "not_reported"),
    ("农村居民人均可支配收入增长8%", "农村居民人均可支配收入", "城乡居民人均可支配收入分别增长5.2%、7.3%", "not_met"),
])
def test_all_residents_income_between_its_groups(target, metric, review, outcome):
    assert _verdict(target, review, metric).outcome == outcome
