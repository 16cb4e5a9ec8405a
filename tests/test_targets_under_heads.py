"""The year's expected targets set out under labelled heads (issue 10, stop 44; found by a held-out pair's miss, v194): a
lead-in ending in a colon (…主要预期目标分三个方面安排：, …主要预期目标如下：) and then groups of targets each under the head
of a field — （一）经济增长：…；…。 with the head and its targets on one line, or the head on a line of its own
(【民生改善】, **绿色低碳**, 2.开放合作：, 经济增长：, （二）民生改善 in a part on the targets) and its targets on the next.
The head is no part of a target (tasks.expected._group_head); the heads are read only when the first item after the
lead-in is one, each later head of the same shape, in the lead-in's part (tasks.report): a sub-heading of the work
after a list of targets is never a group's head.  The reports below were written for these tests (某某 names)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from luoshi.engine import reader
from luoshi.engine.model import SourceText

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import corpus  # noqa: E402  (bench/corpus.py)

pytestmark = pytest.mark.engine

_REPORT = """某某区人民政府工作报告
——2026年1月9日在某某区第五届人民代表大会第七次会议上

区长　某某

各位代表：

一、2025年工作回顾

2025年，全区地区生产总值增长4.9%，一般公共预算收入增长3.1%。

二、{title}

{lead}
{body}

三、2026年重点工作

（一）壮大数字经济。新建5G基站800个，培育数字经济核心企业40家。

各位代表，让我们勇毅前行，奋力谱写某某发展新篇章！
"""
_TARGETS_TITLE = "2026年主要预期目标"
_LEAD = "综合考虑发展基础和各方面因素，2026年全区经济社会发展主要预期目标分三个方面安排："

_FIVE = [
    ("一般公共预算收入", ">=", 3.5),
    ("城镇新增就业", ">=", 12000.0),
    ("居民人均可支配收入", ">=", 5.5),
    ("地区生产总值", "=", 5.0),
    ("细颗粒物平均浓度", "<=", 30.0),
]


def _targets(body, lead=_LEAD, title=_TARGETS_TITLE):
    text = _REPORT.format(title=title, lead=lead, body=body)
    doc = reader.read_text(SourceText(text, "txt"), "n.txt")
    return sorted((t["metric"], t["comparator"], t["value"]) for t in corpus.engine_targets(doc))


@pytest.mark.parametrize(
    "body",
    [
        # the head and its targets on one line: numbered, in 【】, bold, 1., 方面：
        "（一）经济增长：地区生产总值增长5%左右；一般公共预算收入增长3.5%。\n"
        "（二）民生改善：城镇新增就业12000人；居民人均可支配收入增长5.5%。\n"
        "（三）绿色低碳：细颗粒物平均浓度控制在30微克/立方米以内。",
        "【经济增长】地区生产总值增长5%左右；一般公共预算收入增长3.5%。\n"
        "【民生改善】城镇新增就业12000人；居民人均可支配收入增长5.5%。\n"
        "【绿色低碳】细颗粒物平均浓度控制在30微克/立方米以内。",
        "**经济增长：**地区生产总值增长5%左右；一般公共预算收入增长3.5%。\n"
        "**民生改善：**城镇新增就业12000人；居民人均可支配收入增长5.5%。\n"
        "**绿色低碳：**细颗粒物平均浓度控制在30微克/立方米以内。",
        "1.经济增长：地区生产总值增长5%左右；一般公共预算收入增长3.5%。\n"
        "2.民生改善：城镇新增就业12000人；居民人均可支配收入增长5.5%。\n"
        "3.绿色低碳：细颗粒物平均浓度控制在30微克/立方米以内。",
        "经济增长方面：地区生产总值增长5%左右；一般公共预算收入增长3.5%。\n"
        "民生改善方面：城镇新增就业12000人；居民人均可支配收入增长5.5%。\n"
        "绿色低碳方面：细颗粒物平均浓度控制在30微克/立方米以内。",
        # the head on a line of its own, its targets on the next
        "经济增长：\n地区生产总值增长5%左右；一般公共预算收入增长3.5%。\n"
        "民生改善：\n城镇新增就业12000人；居民人均可支配收入增长5.5%。\n"
        "绿色低碳：\n细颗粒物平均浓度控制在30微克/立方米以内。",
        "【经济增长】\n地区生产总值增长5%左右；一般公共预算收入增长3.5%。\n"
        "【民生改善】\n城镇新增就业12000人；居民人均可支配收入增长5.5%。\n"
        "【绿色低碳】\n细颗粒物平均浓度控制在30微克/立方米以内。",
        "**经济增长**\n地区生产总值增长5%左右；一般公共预算收入增长3.5%。\n"
        "**民生改善**\n城镇新增就业12000人；居民人均可支配收入增长5.5%。\n"
        "**绿色低碳**\n细颗粒物平均浓度控制在30微克/立方米以内。",
        "1.经济增长：\n地区生产总值增长5%左右；一般公共预算收入增长3.5%。\n"
        "2.民生改善：\n城镇新增就业12000人；居民人均可支配收入增长5.5%。\n"
        "3.绿色低碳：\n细颗粒物平均浓度控制在30微克/立方米以内。",
        "（一）经济增长：\n地区生产总值增长5%左右；一般公共预算收入增长3.5%。\n"
        "（二）民生改善：\n城镇新增就业12000人；居民人均可支配收入增长5.5%。\n"
        "（三）绿色低碳：\n细颗粒物平均浓度控制在30微克/立方米以内。",
        # a bare numbered head alone, in a part on the targets
        "（一）经济增长\n地区生产总值增长5%左右；一般公共预算收入增长3.5%。\n"
        "（二）民生改善\n城镇新增就业12000人；居民人均可支配收入增长5.5%。\n"
        "（三）绿色低碳\n细颗粒物平均浓度控制在30微克/立方米以内。",
    ],
    ids=[
        "numbered",
        "brackets",
        "bold",
        "digit",
        "fangmian",
        "colon-alone",
        "brackets-alone",
        "bold-alone",
        "digit-alone",
        "numbered-colon-alone",
        "numbered-bare-alone",
    ],
)
def test_targets_under_labelled_heads(body):
    assert _targets(body) == sorted(_FIVE)


@pytest.mark.parametrize(
    "lead",
    [
        "2026年全区经济社会发展的主要预期目标是：",
        "今年主要预期目标如下：",
    ],
)
def test_other_lead_ins(lead):
    body = (
        "（一）经济增长：地区生产总值增长5%左右；一般公共预算收入增长3.5%。\n"
        "（二）民生改善：城镇新增就业12000人；居民人均可支配收入增长5.5%。\n"
        "（三）绿色低碳：细颗粒物平均浓度控制在30微克/立方米以内。"
    )
    assert _targets(body, lead=lead) == sorted(_FIVE)


def test_heads_in_a_plan_part_with_colons():
    """The lead-in at the top of the year's plan part, the heads with colons: read the same."""
    body = (
        "（一）经济增长：地区生产总值增长5%左右；一般公共预算收入增长3.5%。\n"
        "（二）民生改善：城镇新增就业12000人；居民人均可支配收入增长5.5%。\n"
        "（三）绿色低碳：细颗粒物平均浓度控制在30微克/立方米以内。"
    )
    assert _targets(body, title="2026年工作安排") == sorted(_FIVE)


_TWO = sorted([("地区生产总值", "=", 5.0), ("城镇新增就业", ">=", 12000.0)])


@pytest.mark.parametrize(
    "body",
    [
        # a ——list, then a sub-heading of the work in the same part: no group's head
        "——经济增长：地区生产总值增长5%左右。\n——民生改善：城镇新增就业12000人。\n"
        "（一）做优现代服务业\n新建商业综合体2个，培育限额以上商贸企业30家。",
        # targets under heads with colons, then a sub-heading of the work of another shape
        "（一）经济增长：地区生产总值增长5%左右。\n（二）民生改善：城镇新增就业12000人。\n"
        "（三）做优现代服务业\n新建商业综合体2个，培育限额以上商贸企业30家。",
        # … or a run-in title of the work
        "（一）经济增长：地区生产总值增长5%左右。\n（二）民生改善：城镇新增就业12000人。\n"
        "（三）做优现代服务业。新建商业综合体2个，培育限额以上商贸企业30家。",
        # a paragraph of targets, then a sub-heading of the work
        "地区生产总值增长5%左右；城镇新增就业12000人。\n"
        "（一）做优现代服务业\n新建商业综合体2个，培育限额以上商贸企业30家。",
    ],
    ids=["dash-list", "other-shape", "run-in-title", "paragraph"],
)
def test_a_sub_heading_of_the_work_is_no_group_head(body):
    assert _targets(body, lead="2026年全区经济社会发展的主要预期目标是：", title="2026年工作安排") == _TWO


def test_the_next_part_is_not_read():
    """After the last group, the next part's sub-heading and measures are the work, not targets."""
    body = "（一）经济增长：地区生产总值增长5%左右。\n（二）民生改善：城镇新增就业12000人。"
    assert _targets(body) == _TWO


@pytest.mark.xfail(
    strict=True,
    reason="bare numbered heads alone ((一)经济增长 on its own line, no colon) in the year's "
    "plan part are not read: there they cannot be told from sub-headings of the work",
)
def test_bare_numbered_heads_in_a_plan_part():
    body = "（一）经济增长\n地区生产总值增长5%左右。\n（二）民生改善\n城镇新增就业12000人。"
    assert _targets(body, lead="2026年全区经济社会发展的主要预期目标是：", title="2026年工作安排") == _TWO
