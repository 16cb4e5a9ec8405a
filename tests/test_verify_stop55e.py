"""Stop 55, verifye: how reports write three things a plan and its review say, in this file's own words (sentences
written here, none a label's row).  A plan's sectors in one 分别 list with their ordinals run together (一二三产增加值分别
增长…), the review's sectors after 其中 with 产 alone (其中一、二、三产分别增长…); a rate target followed by an exhortation
as its own 、 item (增长6.5%、尽可能争取更好结果); a quota on every binding indicator (各项约束性指标…) answered by the binding
indicators said done; a nameless rate in a 、 item after its metric's name and growth word (零售总额增幅由负转正、实现N%的
增长), the part opened by another clause.  The heldout_realh11 rows these mend are in tests/test_verify_heldout55.py's MENDED."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, targets, verify
from luoshi.engine.model import SourceText

pytestmark = pytest.mark.engine

N = "某县人民政府工作报告\n\n二、明年工作安排\n\n明年全县经济社会发展的主要预期目标是：{first}。\n"
N1 = (
    "某县人民政府工作报告\n\n一、过去一年工作回顾\n\n{review}\n\n二、明年工作安排\n\n"
    "明年主要预期目标是：地区生产总值增长5%。\n"
)


def _outcomes(first: str, review: str) -> dict[str, str]:
    def doc(text):
        return reader.read_text(SourceText(text, "txt"), "t.txt")

    verdicts, _ = verify.verify_documents(doc(N.format(first=first)), doc(N1.format(review=review)), "t.txt")
    return {v.metric: v.outcome for v in verdicts}


def _targets(text: str) -> list[tuple[str, float | None, str]]:
    return [(i.metric, i.value, i.comparator) for _, found in targets.parse_targets(text) for i in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ordinals run together before 产 (一二三产增加值, 二三产业增加值): one sector each
        (
            "其中一二三产增加值分别增长5%、7%、8.5%",
            [("第一产业增加值", 5.0, ">="), ("第二产业增加值", 7.0, ">="), ("第三产业增加值", 8.5, ">=")],
        ),
        ("二三产业增加值分别增长6%、9%", [("第二产业增加值", 6.0, ">="), ("第三产业增加值", 9.0, ">=")]),
        # as before: the marks written, and sectors by their names
        (
            "一、二、三产增加值分别增长5%、7%、8.5%",
            [("第一产业增加值", 5.0, ">="), ("第二产业增加值", 7.0, ">="), ("第三产业增加值", 8.5, ">=")],
        ),
    ],
)
def test_sectors_by_ordinals_run_together(text, expected):
    assert _targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an exhortation as the 、 item after the figure's: the target before it stands
        ("地区生产总值增长7%、尽可能争取更好结果", [("地区生产总值", 7.0, ">=")]),
        ("地区生产总值增长7%左右、在实际工作中努力争取更好结果", [("地区生产总值", 7.0, "=")]),
        # guards: an exhortation alone, or with a figure after it, states no target
        ("在实际工作中尽可能争取更好结果", []),
        ("力争实现更高增长、增长8%", []),
    ],
)
def test_an_exhortation_item_after_the_target(text, expected):
    assert _targets(text) == expected


_SECTORS = "地区生产总值增长7%左右，其中一二三产增加值分别增长5%、8%、9%"


@pytest.mark.parametrize(
    ("review", "expected"),
    [
        # the review's sectors after 其中, 产 alone, a fall written 增长-N%
        ("全县地区生产总值增长2.1%，其中一、二、三产分别增长5.5%、-3.2%、4.4%。", ("achieved", "not_met", "not_met")),
        ("全县地区生产总值增长9.1%，其中一、二、三产业增加值分别增长5.5%、8.2%、9.4%。", ("achieved", "achieved", "achieved")),
        # guard: the sectors given nowhere
        ("全县地区生产总值增长2.1%。", ("not_reported", "not_reported", "not_reported")),
    ],
)
def test_the_sectors_answered_in_order(review, expected):
    got = _outcomes(_SECTORS, review)
    assert (got.get("第一产业增加值"), got.get("第二产业增加值"), got.get("第三产业增加值")) == expected


@pytest.mark.parametrize(
    ("review", "outcome"),
    [
        # the binding indicators said done in words answer a quota on every one of them
        ("预期性指标总体平稳，约束性指标全面完成省下达目标。", "achieved"),
        ("各项约束性指标全面完成。", "achieved"),
        # guard: said nowhere
        ("地区生产总值增长6%。", "not_reported"),
    ],
)
def test_a_quota_on_every_binding_indicator(review, outcome):
    got = _outcomes("地区生产总值增长6%；各项约束性指标确保完成国家和省下达的目标任务", review)
    assert got.get("约束性指标") == outcome


@pytest.mark.parametrize(
    ("review", "outcome"),
    [
        # the item's own clause names whose growth the nameless rate is, not the part's opening clause
        ("消费市场浴火重生，社会消费品零售总额增幅由负转正、实现2.5%的增长、增幅居全省前列。", "not_met"),
        ("商贸服务业回暖，社会消费品零售总额增速回升、实现9.2%的增长。", "achieved"),
        # guards: as before with no clause before it; a clause before the item naming nothing stays the part's
        ("社会消费品零售总额增幅由负转正、实现2.5%的增长。", "not_met"),
        ("消费市场回暖，增速回升、实现9.2%的增长。", "unclear"),
    ],
)
def test_a_nameless_rate_after_its_metric_s_growth_word(review, outcome):
    assert _outcomes("社会消费品零售总额增长7.2%左右", review).get("社会消费品零售总额") == outcome
