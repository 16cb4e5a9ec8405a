"""A part's numbered heading run on after the opening sentence on one line (issue 10): a pasted report whose line break
before part one was lost (…请予审议，并请市政协委员和其他列席人员提出意见。一、过去五年和2025年工作回顾) must still open
its part, or year N+1's review is not found and every target is read not reported.  Only a 一、 title naming the review
or the targets is split off (structure._part_run_in): numbered items run on in one paragraph stay one line.

The reports below were written for these tests (某某 names) and read before the engine ran on them."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, verify
from luoshi.engine.files import SourceText
from luoshi.engine.structure import _part_run_in, parse_structure

pytestmark = pytest.mark.engine


@pytest.mark.parametrize(("line", "heading"), [
    ("现在，我代表市人民政府，向大会报告政府工作，请予审议。一、过去五年和2025年工作回顾", "一、过去五年和2025年工作回顾"),
    ("现在，我代表县人民政府向大会报告工作，请予审议。一、2025年工作回顾", "一、2025年工作回顾"),
    ("综合考虑各方面因素，我们提出如下建议。二、2026年主要目标任务", "二、2026年主要目标任务"),
    # guards: a heading naming no review or targets, items run on in one paragraph, a heading alone on its line
    ("请予审议。一、坚定不移抓发展", None),
    ("重点抓好三件事。一、抓产业；二、抓项目；三、抓民生。", None),
    ("一、2025年工作回顾", None),
])
def test_a_part_heading_run_on_after_a_sentence(line, heading):
    cut = _part_run_in(line)
    assert (line[cut:] if cut else None) == heading


_N1 = ("某某市人民政府工作报告\n\n各位代表：\n\n现在，我代表市人民政府，向大会报告政府工作，请予审议，并请市政协委员和其他"
       "列席人员提出意见。一、过去五年和2025年工作回顾\n\n2025年，全市地区生产总值增长6.3%，社会消费品零售总额增长7.1%。\n\n"
       "二、2026年工作安排\n\n今年主要预期目标是：地区生产总值增长6%左右。\n")
_N = ("某某市人民政府工作报告\n\n一、2024年工作回顾\n\n2024年，全市地区生产总值增长5.8%。\n\n二、2025年工作安排\n\n"
      "今年主要预期目标是：地区生产总值增长6%左右，社会消费品零售总额增长7.5%。\n")


def _doc(text):
    return reader.read_text(SourceText(text, "txt"), "t.txt")


def test_the_run_on_heading_opens_its_part():
    sections, _, _ = parse_structure(_N1)
    assert [(s.title, s.role) for s in sections if s.level == 0][:1] == [("过去五年和2025年工作回顾", "review")]


def test_the_review_behind_a_run_on_heading_answers_the_targets():
    verdicts, _ = verify.verify_documents(_doc(_N), _doc(_N1), "t.txt")
    assert [(v.metric, v.outcome) for v in verdicts] == [("地区生产总值", "achieved"), ("社会消费品零售总额", "not_met")]
