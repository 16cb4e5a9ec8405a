"""A numbered heading run into a paragraph that holds its whole sub-section: after the heading's title a framing sentence
of the heading with no figure, then two or more short sub-titles of one clause — opening on a verb of a measure or not
(开展…行动。, 推进…提质。, 壮大…队伍。) — each followed by a longer sentence: the framing is no task (shown under the heading),
each sub-title no task and the group of the sentences after it (issue 10; tasks.report._run_in_sub_titles; t46's shape).

Written for these tests (某某 names, in other words than t46) and read before the engine ran on them; guards after."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

_REPORT = """某某区人民政府工作报告

各位代表：

一、2026年工作回顾

2026年，全区地区生产总值增长6.0%。

二、2027年重点工作

{body}

各位代表，让我们团结一心，奋勇前进！
"""


def _read(tmp_path, body: str) -> list[tuple[str, str]]:
    (tmp_path / "r.txt").write_text(_REPORT.format(body=body), encoding="utf-8")
    found = [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]
    return [(for_parsing(t.text).strip()[:6], for_parsing(t.heading or t.part).strip().rstrip("。")) for t in found]


_FRAMED = ("（一）聚焦产业升级，壮大实体经济。把制造业高质量发展作为主攻方向，以链主企业带动配套企业，加快构建现代化产业体系。"
           "实施制造业倍增行动。新增规上工业企业40家，完成工业投资120亿元。推动某某电子三期项目投产。"
           "培育专精特新企业梯队。新增省级专精特新企业15家。支持企业上市挂牌。")


def test_a_framing_sentence_then_sub_titles(tmp_path):
    assert _read(tmp_path, _FRAMED) == [
        ("新增规上工业", "实施制造业倍增行动"), ("推动某某电子", "实施制造业倍增行动"),
        ("新增省级专精", "培育专精特新企业梯队"), ("支持企业上市", "培育专精特新企业梯队")]


# Guards: paragraphs read as before.
@pytest.mark.parametrize("body,first", [
    # the heading's second sentence states figures: measures, no framing — the short sentences after it stay tasks
    ("（一）聚焦产业升级，壮大实体经济。全年新增规上工业企业40家，完成工业投资120亿元。实施制造业倍增行动。"
     "推动某某电子三期项目投产，新增产值30亿元。深化园区体制改革。完善园区配套设施，新建标准厂房10万平方米。",
     ("全年新增规上", "聚焦产业升级,壮大实体经济")),
    # one short sentence only after the framing: no series of sub-titles, so no framing either
    ("（一）聚焦产业升级，壮大实体经济。把制造业高质量发展作为主攻方向，加快构建现代化产业体系。实施制造业倍增行动。"
     "新增规上工业企业40家，完成工业投资120亿元。推动某某电子三期项目投产，新增产值30亿元。",
     ("把制造业高质", "聚焦产业升级,壮大实体经济")),
    # an unnumbered run-in title's paragraph with no short sentence right after its title: its short sentences stay tasks
    # (a series from the first: tests/test_task_unnumbered_sub_titles.py)
    ("聚焦产业升级。把制造业高质量发展作为主攻方向，加快构建现代化产业体系。实施制造业倍增行动。新增规上工业企业40家。"
     "培育专精特新企业梯队。新增省级专精特新企业15家。",
     ("把制造业高质", "聚焦产业升级")),
])
def test_heading_paragraphs_read_as_before(tmp_path, body, first):
    assert _read(tmp_path, body)[0] == first


def test_a_short_measure_followed_by_a_shorter_sentence_is_no_sub_title(tmp_path):
    # 推动某某电子三期项目投产并达效。 then a shorter sentence, and 深化园区改革。 then another short one: measures, tasks
    # under the sub-title before them
    body = ("（一）聚焦产业升级，壮大实体经济。把制造业高质量发展作为主攻方向，加快构建现代化产业体系。"
            "实施制造业倍增行动。新增规上工业企业40家，完成工业投资120亿元。推动某某电子三期项目投产并达效。深化园区改革。"
            "培育专精特新企业梯队。新增省级专精特新企业15家，支持企业上市挂牌。")
    got = _read(tmp_path, body)
    assert ("推动某某电子", "实施制造业倍增行动") in got and ("深化园区改革", "实施制造业倍增行动") in got
