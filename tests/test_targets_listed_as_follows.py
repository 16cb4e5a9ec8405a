"""Expected targets listed after a lead-in saying they follow, and after the overall requirements (issue 10): a report
naming no expected targets otherwise may write 今年主要目标建议如下。 and list them in the paragraph's next sentences by
run-in field names (经济增长方面，…。投资消费方面，…), or 主要指标安排如下： and number them in one paragraph ((1)…；(2)…)
— part.targets_as_follows, structure._TARGETS_PLAIN; or state them in the sentence after an overall requirement that
holds no rate (总体要求是：坚持…。全县地区生产总值增长…，…) — structure._targets_after_requirements.

The reports below were written for these tests (某某 names) and read before the engine ran on them."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.files import SourceText

pytestmark = pytest.mark.engine

_N = ("某某县人民政府工作报告\n\n一、2025年工作回顾\n\n2025年，全县地区生产总值增长5.4%。\n\n二、2026年工作安排\n\n{body}\n\n"
      "（一）壮大实体经济。推进重点项目建设。\n")


def _targets(body):
    doc = reader.read_text(SourceText(_N.format(body=body), "txt"), "t.txt")
    return [(i.metric, i.value) for t in tasks.tasks_from_document(doc) if t.kind == "expected_target"
            for i in t.indicators]


@pytest.mark.parametrize(("body", "expected"), [
    ("统筹考虑需要与可能，今年全县发展主要目标建议如下。产业发展方面，地区生产总值增长5.3%上下，农业增加值增长4%。"
     "民生保障方面，城镇新增就业3200人，居民人均可支配收入增长6%。",
     [("地区生产总值", 5.3), ("农业增加值", 4.0), ("城镇新增就业", 3200.0), ("居民人均可支配收入", 6.0)]),
    ("园区今年主要指标安排如下：（1）工业总产值增长9%；（2）新签约项目22个；（3）实际利用外资1.5亿美元。",
     [("工业总产值", 9.0), ("新签约项目", 22.0), ("实际利用外资", 1.5)]),
    ("2026年政府工作的总体要求是：坚持稳中求进，统筹发展和安全。全县地区生产总值增长5.5%，一般公共预算收入增长3.5%。"
     "重点抓好以下工作：",
     [("地区生产总值", 5.5), ("一般公共预算收入", 3.5)]),
])
def test_targets_listed_after_their_lead_in(body, expected):
    assert _targets(body) == expected


@pytest.mark.parametrize("body", [
    # guards: a plan's steps said to follow, with no target word before 如下; requirements followed by one rate only
    ("重点工作安排如下。产业发展方面，新建标准厂房5万平方米。"),
    ("2026年政府工作的总体要求是：坚持稳中求进。全县地区生产总值增长5.5%。重点抓好以下工作："),
])
def test_no_targets_without_their_lead_in(body):
    assert _targets(body) == []
