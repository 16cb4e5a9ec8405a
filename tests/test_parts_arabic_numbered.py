"""Parts numbered in Arabic figures (issue 10): a report exported as Markdown or bold text whose parts stand on lines
of their own as **1. 2025年工作回顾**, **2. 2026年工作安排**, **3. 加强政府自身建设**, with no 一、 or (一) heading
anywhere, has those lines as its parts (structure._arabic_parts): the run numbered 1, 2, 3 … of two or more such lines,
one of which names a part.  Elsewhere a 1. line stays a heading below its part.  And an annex title in bold right after
the closing exhortation (**附件：…**), read as a sub-heading of the last part, still ends the closing there
(parts: the paragraph right after the exhortation, a heading too).

The reports below were written for these tests (某某 names) and read before the engine ran on them."""

from __future__ import annotations

import pytest

from luoshi.engine import reader

pytestmark = pytest.mark.engine

_ARABIC = """# 某某县人民政府工作报告

各位代表：

现在，我代表县人民政府，向大会报告工作，请予审议。

{p1}

2024年，全县地区生产总值增长5.7%，新增规上工业企业18家。

但也要看到，全县产业结构还不够优，县城承载能力还不够强。

{p2}

2025年是“十四五”规划收官之年。全县经济社会发展的主要预期目标是：地区生产总值增长6%，一般公共预算收入增长4%。

**（1）壮大县域工业。** 新增规上工业企业15家，建成标准厂房8万平方米。

**（2）推进乡村振兴。** 新建高标准农田2万亩。

{p3}

坚持依法行政，自觉接受县人大及其常委会的监督。

各位代表！让我们团结一心，奋力谱写某某高质量发展新篇章！

**附件：2025年县政府民生实事项目**

1．新建城区幼儿园2所。

2．改造农村公路40公里。
"""

# (the three part lines, their roles: review, plan, conduct)
PARTS = [
    ("**1. 2024年工作回顾**", "**2. 2025年工作安排**", "**3. 加强政府自身建设**"),
    ("**1．过去一年的工作**", "**2．今年的主要任务**", "**3．全面加强政府自身建设**"),
    ("**1、上年工作总结**", "**2、新的一年工作部署**", "**3、建设人民满意的政府**"),
]


def _role(doc, opening):
    return next(s.role for s in doc.sentences if s.text.replace("*", "").strip().startswith(opening))


def _read(tmp_path, text):
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    return reader.read(tmp_path / "r.txt")


@pytest.mark.parametrize("p1,p2,p3", PARTS)
def test_bold_parts_numbered_in_arabic_figures(tmp_path, p1, p2, p3):
    doc = _read(tmp_path, _ARABIC.format(p1=p1, p2=p2, p3=p3))
    assert _role(doc, "2024年，全县地区生产总值") == "review"
    assert _role(doc, "但也要看到") == "problems"
    assert _role(doc, "新增规上工业企业15家") == "plan"
    assert _role(doc, "坚持依法行政") == "conduct"
    assert _role(doc, "各位代表！") == "closing"
    assert _role(doc, "1．新建城区幼儿园2所") == "annex"
    assert any("expected_targets" in s.tags for s in doc.sentences)


# Guards: 1. lines that are no parts — in a report whose parts are numbered 一、, or none naming a part.
_GUARD_CN = """某某县人民政府工作报告

各位代表：

一、2024年工作回顾

2024年，全县地区生产总值增长5.7%。

二、2025年工作安排

（一）推动产业升级

**1. 2025年工业工作重点**

新增规上工业企业15家。

**2. 2025年农业工作重点**

新建高标准农田2万亩。

三、加强政府自身建设

坚持依法行政，自觉接受监督。

各位代表！让我们团结一心，奋勇前进！
"""

_GUARD_NO_PART = """某某县人民政府工作报告

各位代表：

**一年来的主要工作**

2024年，全县地区生产总值增长5.7%。

**今年的重点工作**

**1. 壮大工业经济**

新增规上工业企业15家。

**2. 发展现代农业**

新建高标准农田2万亩。

各位代表！让我们团结一心，奋勇前进！
"""


@pytest.mark.parametrize("text,opening", [(_GUARD_CN, "新增规上工业企业15家"), (_GUARD_CN, "新建高标准农田2万亩"),
                                          (_GUARD_NO_PART, "新建高标准农田2万亩")])
def test_numbered_lines_that_are_no_parts_stay_in_the_plan(tmp_path, text, opening):
    assert _role(_read(tmp_path, text), opening) == "plan"
