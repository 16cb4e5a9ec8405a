"""Issue 10, the plan import preview: what an address to the deputies (各位代表！) does to the tasks after it.

* An address that opens a titled part's body (三、持续提升政府…能力 then 各位代表！奋进新征程，…) does not end the
  part: the commitments after it keep the part's title (they were shown with an empty part, as after an address in
  mid-section).  An address after the section's own measures still places what follows under no part.
* A couplet right after an address (新征程当有新气象，新使命呼唤新作为。: two clauses of as many characters, no
  figure) exhorts and is no task; two measures of one length elsewhere are tasks.

The reports below were written for these tests (某某 names)."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.tasks.report import _couplet

pytestmark = pytest.mark.engine

_REPORT = """某某市政府工作报告
——2026年1月18日在某某市第十六届人民代表大会第四次会议上

各位代表：

一、2025年工作回顾

过去一年，全市地区生产总值增长5.6%。

二、2026年重点工作

（一）提升城市功能品质

改造老旧小区16个，加装电梯100部。新建城市口袋公园15个。

{tail}

各位代表！让我们团结一心，奋勇前进！
"""


def _read(tmp_path, tail: str):
    (tmp_path / "r.txt").write_text(_REPORT.format(tail=tail), encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


@pytest.mark.parametrize(("body", "couplet"), [
    ("新征程当有新气象,新使命呼唤新作为。", True),
    ("扬帆早趁春风满,奋楫更惜夏日长。", True),
    ("春潮涌动催人进,实干笃行正当时!", True),
    # guards: clauses of unequal length, a figure, three clauses, one clause
    ("新征程当有新气象,新使命呼唤我们有新作为。", False),
    ("新建污水处理厂2座,改造老旧管网30公里。", False),
    ("坚持依法行政,坚持廉洁从政,坚持务实勤政。", False),
    ("持续强化政治统领。", False),
])
def test_couplet_shape(body, couplet):
    assert _couplet(body) is couplet


def test_address_opening_a_titled_part_keeps_its_title(tmp_path):
    tail = ("三、持续提升政府治理能力\n\n"
            "各位代表！奋进新征程，对政府治理能力提出更高要求。\n\n"
            "坚持依法行政，认真办理人大代表建议和政协委员提案。坚持廉洁从政，严格落实中央八项规定精神。")
    found = _read(tmp_path, tail)
    conduct = [t for t in found if t.text.startswith("坚持")]
    assert [t.part for t in conduct] == ["持续提升政府治理能力"] * 2
    # guard: the measures above keep their own part
    assert next(t for t in found if t.text.startswith("改造老旧小区")).part == "提升城市功能品质"


def test_address_after_a_sections_measures_still_places_under_no_part(tmp_path):
    # guard: an untitled conduct paragraph after the last sub-section's measures belongs to no part above it
    tail = ("各位代表！新的征程对政府自身建设提出了更高要求。\n\n"
            "坚持依法行政，认真办理人大代表建议和政协委员提案。坚持廉洁从政，严格落实中央八项规定精神。")
    found = _read(tmp_path, tail)
    conduct = [t for t in found if t.text.startswith("坚持")]
    assert len(conduct) == 2 and all(t.part == "" for t in conduct)


@pytest.mark.parametrize("couplet", ["新征程当有新气象，新使命呼唤新作为。", "扬帆早趁春风满，奋楫更惜夏日长。"])
def test_couplet_after_an_address_is_no_task(tmp_path, couplet):
    tail = ("各位代表！" + couplet + "\n\n"
            "坚持依法行政，认真办理人大代表建议和政协委员提案。")
    texts = [t.text for t in _read(tmp_path, tail)]
    assert not any(t.startswith(couplet[:4]) for t in texts)
    assert any(t.startswith("坚持依法行政") for t in texts)


def test_two_measures_of_one_length_are_tasks(tmp_path):
    # guard: outside the words right after an address, two clauses of one length are a measure
    tail = "建成城东污水处理厂，新建城西污水处理厂。完成管网改造12公里。"
    texts = [t.text for t in _read(tmp_path, tail)]
    assert any(t.startswith("建成城东污水处理厂") for t in texts)


def test_measure_shaped_like_a_couplet_after_the_transition_is_a_task(tmp_path):
    # guard: only the sentence right after the address is read as a couplet; the conduct's own measures of two
    # clauses of one length, after the transition, are tasks
    tail = ("各位代表，同志们！新的形势和任务，对政府工作提出了新的更高要求。"
            "加强法治政府建设，全面推进依法行政。健全科学、民主、依法决策机制，规范重大行政决策程序。")
    texts = [t.text for t in _read(tmp_path, tail)]
    assert any(t.startswith("加强法治政府建设") for t in texts)
