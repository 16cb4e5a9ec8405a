"""A year's part titled with the plan period's good start (issue 10): a part title naming the five-year plan only to say
its first year must start it well (奋力实现“十五五”良好开局, 乘势而上，确保“十四五”开好局起好步, 打好“十五五”开局之年
攻坚战) is the year's plan, not a part on the five years (parts.title_role, part.good_start); a title naming the
period's span beside it (…时期…, 今后五年…) stays on the five years.  So the year's targets in such a part are the
year's, and beside them a five years' part's 年均 goals are not checked against the next year's review.

The reports below were written for these tests (某某 names) and read before the engine ran on them."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, verify
from luoshi.engine.parts import title_role
from luoshi.engine.tasks import tasks_from_document

pytestmark = pytest.mark.engine


@pytest.mark.parametrize(("title", "role"), [
    # the plan period named for its first year's good start: the year's plan
    ("凝心聚力，推动“十五五”开好局起好步", "plan"),
    ("全力以赴实现“十四五”良好开局", "plan"),
    ("打好“十五五”开局之年攻坚战", "plan"),
    ("确保“十四五”首季开门红", "plan"),
    ("扎实做好2026年工作，确保“十五五”开好局", "plan"),
    # no plan named, the good start alone: the year's plan too
    ("奋力夺取新一年发展良好开局", "plan"),
    # the five years themselves named: still a part on the five years
    ("“十五五”时期发展目标和开局之年重点工作", "five_year"),
    ("今后五年的奋斗目标", "five_year"),
    ("“十四五”规划主要目标", "five_year"),
    # a review keeps its role
    ("“十四五”开局之年工作回顾", "review"),
])
def test_title_role_of_a_good_start(title, role):
    assert title_role(title) == role


_YEAR_N = """某某县人民政府工作报告
——2026年1月9日在某某县第十九届人民代表大会第六次会议上

各位代表：

一、2025年工作回顾

2025年，全县地区生产总值增长5.6%，规模以上工业增加值增长6.8%。

二、“十五五”时期的发展目标

今后五年，全县地区生产总值年均增长6%左右，规模以上工业增加值年均增长7%以上。

三、{title}

今年全县经济社会发展的目标是：地区生产总值增长6%左右；规模以上工业增加值增长7%；一般公共预算收入增长5%。

（一）壮大工业经济。新增规上工业企业20家。

四、加强政府自身建设

坚持依法行政，自觉接受县人大的监督。

各位代表！让我们团结奋斗，勇毅前行！
"""

_YEAR_N1 = """某某县人民政府工作报告
——2027年1月8日在某某县第十九届人民代表大会第七次会议上

各位代表：

一、2026年工作回顾

2026年，全县地区生产总值增长6.3%，规模以上工业增加值增长7.4%，一般公共预算收入增长5.2%。

二、2027年工作安排

今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。
"""


@pytest.mark.parametrize("title", ["乘势而上，确保“十五五”开好局起好步", "奋力实现“十五五”良好开局"])
def test_the_year_s_targets_in_a_good_start_part_are_the_year_s(tmp_path, title):
    (tmp_path / "n.txt").write_text(_YEAR_N.format(title=title), encoding="utf-8")
    (tmp_path / "n1.txt").write_text(_YEAR_N1, encoding="utf-8")
    doc = reader.read(tmp_path / "n.txt")
    part = next(s for s in doc.sections if s.title.endswith(title[-4:]))
    assert (part.role, part.five_year) == ("plan", False)
    tasks = tasks_from_document(doc, "n.txt")
    assert not any(t.five_year for t in tasks if "新增规上工业企业" in t.text)
    verdicts, _ = verify.verify_documents(doc, reader.read(tmp_path / "n1.txt"), "n.txt")
    # the year's three targets only, each answered; the five years' 年均 goals not checked against one year
    assert sorted((v.metric, v.outcome) for v in verdicts if v.target["unit"] == "%") == [
        ("一般公共预算收入", "achieved"), ("地区生产总值", "achieved"), ("规模以上工业增加值", "achieved")]


def test_a_part_on_the_five_years_stays_five_year(tmp_path):
    (tmp_path / "n.txt").write_text(_YEAR_N.format(title="2026年重点工作"), encoding="utf-8")
    doc = reader.read(tmp_path / "n.txt")
    five = next(s for s in doc.sections if "发展目标" in s.title)
    assert (five.role, five.five_year) == ("plan", True)


# An excerpt cut to the year's part alone, numbered as it stood in the report (三、… with no 一、 before it): a numbered
# title naming the good start is a part (structure._names_part), so its targets are the year's plan, not lost under
# no part at all.
_YEAR_PART_ALONE = """某某市政府工作报告
——2026年1月15日在某某市第十届人民代表大会第五次会议上
市长 某某
各位代表：
现在，我代表市人民政府，向大会报告政府工作，请予审议。
{heading}
今年是“十五五”规划的起步之年。今年政府工作的总体要求是：坚持稳中求进工作总基调，推动高质量发展。
今年经济社会发展的主要预期目标是：地区生产总值增长6%以上；一般公共预算收入增长5%；城镇登记失业率控制在3.5%以内。重点做好六个方面工作：
"""


@pytest.mark.parametrize(("heading", "expected"), [
    ("三、实干争先，确保“十五五”开好局", ("plan", 0, 3)),
    ("二、奋力实现“十五五”良好开局", ("plan", 0, 3)),
    ("四、凝心聚力，打好“十五五”开局之年攻坚战", ("plan", 0, 3)),
    # guard: the five years' span named beside the good start is no year's part: left as it was, no year's target
    ("三、“十五五”时期的奋斗目标和开局之年工作", ("other", 1, 0)),
])
def test_a_year_part_cut_alone_under_its_good_start_title(heading, expected):
    doc = reader.read_text(reader.SourceText(_YEAR_PART_ALONE.format(heading=heading), "txt"), "n.txt")
    part = next(s for s in doc.sections if heading[2:] in s.title)
    found = [t for t in tasks_from_document(doc, "n.txt") if t.kind == "expected_target" and not t.five_year]
    assert (part.role, part.level, len(found)) == expected
