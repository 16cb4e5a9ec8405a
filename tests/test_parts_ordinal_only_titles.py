"""A speech whose parts are titled only by their ordinals (一、 二、 三、 on lines of their own, no words; issue 10): each
part's role comes by position — the first the review, the next the plan — and a later one whose first paragraph names the
government's own conduct (…坚持依法行政…建设人民满意的政府: words.toml part.conduct) is the conduct part, by its body as a
titled one is by its title (parts._conduct_body).  A part with words in its title, or one whose first paragraph names
no conduct, keeps its reading.

The speeches below were written for these tests (某某 names) and read before the engine ran on them."""

from __future__ import annotations

import pytest

from luoshi.engine import reader

pytestmark = pytest.mark.engine

_SPEECH = """某某县人民政府工作报告
——2026年1月10日在某某县第十八届人民代表大会第六次会议上

各位代表：

一、

2025年，全县地区生产总值增长5.6%，一般公共预算收入增长4.2%。新建标准厂房15万平方米。

同时也要看到，项目储备不足、财政收支紧张等困难和问题依然存在。

二、

2026年是“十五五”开局之年。全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长4%。

全年实施重点项目90个，完成投资85亿元。新建改扩建学校3所。

{third}

{third_body}

各位代表，让我们真抓实干、奋勇争先，奋力谱写某某高质量发展新篇章！
"""


def _third(tmp_path, third, third_body):
    (tmp_path / "r.txt").write_text(_SPEECH.format(third=third, third_body=third_body), encoding="utf-8")
    doc = reader.read(tmp_path / "r.txt")
    tops = [s for s in doc.sections if s.level == 0]
    return [s.role for s in tops]


@pytest.mark.parametrize(("case", "third_body"), [
    ("a law-based government", "新的一年，全县各级政府要坚持依法行政，自觉接受县人大及其常委会的监督，加快建设法治政府。"),
    ("the conduct named last", "我们要始终对党忠诚，坚持实干为先，持续为基层减负，努力建设人民满意的政府。"),
])
def test_a_part_titled_only_by_its_ordinal_takes_conduct_from_its_body(tmp_path, case, third_body):
    assert _third(tmp_path, "三、", third_body) == ["review", "plan", "conduct"], case


@pytest.mark.parametrize(("case", "third", "third_body"), [
    # guards: a body naming no conduct; a title with words naming no part (its role by position)
    ("work of the year", "三、", "全年新建农村公路120公里，改造老旧小区20个。"),
    ("a titled thematic part", "三、凝心聚力抓落实", "新的一年，全县各级政府要坚持依法行政，加快建设法治政府。"),
])
def test_other_parts_keep_their_reading(tmp_path, case, third, third_body):
    assert _third(tmp_path, third, third_body) == ["review", "plan", "plan"], case
