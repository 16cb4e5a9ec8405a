"""A part on the conduct of the body reporting when it is no government (a development zone's committee, a speech at a
work meeting): its title names the conduct of its leadership or cadres (…班子建设, …作风建设) — role conduct, as
加强政府自身建设 is (words.toml part.conduct).  Guards: a plan part naming talent teams (人才队伍建设) stays the plan."""

from __future__ import annotations

import pytest

from luoshi.engine import reader

pytestmark = pytest.mark.engine

_ZONE = """某某高新技术产业开发区管理委员会工作报告
——在某某高新区2026年工作会议上

同志们：

一、2025年工作回顾

2025年，全区规模以上工业总产值增长10.2%，新引进项目48个。

二、2026年重点工作

2026年主要预期目标是：规模以上工业总产值增长10%以上。

（一）抓招商。新引进亿元以上项目35个。

三、{title}

{body}

同志们！让我们奋勇争先，再创佳绩！
"""


@pytest.mark.parametrize("title,role", [
    ("持续加强班子建设和作风建设", "conduct"),
    ("驰而不息抓好作风建设", "conduct"),
    ("加强政府自身建设", "conduct"),
    ("加快人才队伍建设", "plan"),           # talent teams: the zone's work, no conduct
])
def test_conduct_of_the_leadership_and_cadres(tmp_path, title, role):
    body = "坚持从严管理干部，持续转变工作作风。" if role == "conduct" else "新引进高层次人才团队12个。"
    (tmp_path / "r.txt").write_text(_ZONE.format(title=title, body=body), encoding="utf-8")
    doc = reader.read(tmp_path / "r.txt")
    part = next(s for s in doc.sections if s.level == 0 and s.title.strip().endswith(title))
    assert part.role == role
