"""Plans written as bulleted lists (issue 10): a list's bullet symbol (◆ ◇ ● ○ ■ □ ▲ △ ★ ☆ ▶ ➤ → ※ …) opening a line
is a list marker at either of two levels — a field or action title on a line of its own (◆产业提升行动, ■ 社会事业：),
the group of the items under it, or an item (▲新建…), no part of the item's task; an item opening on a short run-in
title closed by a full-width colon (▲园区建设：新建…。) or a full stop (□园区建设。新建…。) shows the title as its tasks'
group, no part of them, every sentence of the item a task under it; a bare item (▲开展…行动，…。) keeps the field's
group; bulleted items are measures, never a section's framing.

Written for these tests (某某 names, in other words than any labelled set) and read before the engine ran on them;
each table has guards that must not change."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

_REPORT = """某某市人民政府工作报告
——2027年1月12日在某某市第九届人民代表大会第三次会议上

各位代表：

一、2026年工作回顾

2026年，全市地区生产总值增长5.9%。

二、2027年工作安排

2027年是“十五五”承上启下之年。今年，全市以“三大提升工程”为牵引，具体安排如下：

{body}

各位代表，让我们团结一心，奋勇前进！
"""


def _read(tmp_path, body: str) -> list:
    (tmp_path / "r.txt").write_text(_REPORT.format(body=body), encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


def _shown(found) -> list[tuple[str, str]]:
    """(the task's first words, its group: its heading, else its part) for each task."""
    return [(for_parsing(t.text).strip()[:8], for_parsing(t.heading or t.part).strip().rstrip("。")) for t in found]


# (layout, body, the tasks' first eight characters and groups as a person importing the plan sees them)
_LAYOUTS = [
    ("diamond fields, triangle items with colon titles",
     "◆园区提升工程\n\n▲标准厂房：新建标准化厂房20万平方米，盘活闲置厂房5万平方米。\n\n"
     "▲企业培育：新增规上工业企业35家。力争高新技术企业达到150家。\n\n"
     "◆城区提升工程\n\n▲背街小巷：整治背街小巷60条。\n\n▲实施城区绿化行动，新增城市绿地30公顷。",
     [("新建标准化厂房2", "标准厂房"), ("新增规上工业企业", "企业培育"), ("力争高新技术企业", "企业培育"),
      ("整治背街小巷60", "背街小巷"), ("实施城区绿化行动", "城区提升工程")]),
    ("square fields with a colon, hollow squares with full-stop titles",
     "■ 园区提升：\n\n□ 标准厂房。新建标准化厂房20万平方米，盘活闲置厂房5万平方米。\n\n"
     "□ 企业培育。新增规上工业企业35家。\n\n■ 城区提升：\n\n□ 背街小巷。整治背街小巷60条，打通断头路8条。",
     [("新建标准化厂房2", "标准厂房"), ("新增规上工业企业", "企业培育"), ("整治背街小巷60", "背街小巷")]),
    ("circle fields of two clauses, hollow circles with colon titles",
     "●壮大园区经济，夯实发展根基\n\n○标准厂房：新建标准化厂房20万平方米。\n\n○企业培育：新增规上工业企业35家。\n\n"
     "●补齐城区短板，提升宜居品质\n\n○背街小巷：整治背街小巷60条。\n\n○城市绿地：新增城市绿地30公顷。",
     [("新建标准化厂房2", "标准厂房"), ("新增规上工业企业", "企业培育"), ("整治背街小巷60", "背街小巷"),
      ("新增城市绿地30", "城市绿地")]),
    ("one level of stars with colon titles, no field",
     "★标准厂房：新建标准化厂房20万平方米。\n\n★企业培育：新增规上工业企业35家。\n\n★背街小巷：整治背街小巷60条。",
     [("新建标准化厂房2", "标准厂房"), ("新增规上工业企业", "企业培育"), ("整治背街小巷60", "背街小巷")]),
    ("arrows with colon titles, a bare arrow item first under its field",
     "▶园区提升工程\n\n→新建园区污水处理厂1座。\n\n→标准厂房：新建标准化厂房20万平方米。\n\n→企业培育：新增规上工业企业35家。",
     [("新建园区污水处理", "园区提升工程"), ("新建标准化厂房2", "标准厂房"), ("新增规上工业企业", "企业培育")]),
]


@pytest.mark.parametrize("layout,body,want", _LAYOUTS, ids=[row[0] for row in _LAYOUTS])
def test_bulleted_plan_layouts(tmp_path, layout, body, want):
    assert _shown(_read(tmp_path, body)) == want


def test_no_bullet_or_title_in_a_task(tmp_path):
    for body, _, _ in ((row[1], 0, 0) for row in _LAYOUTS):
        for task in _read(tmp_path, body):
            text = for_parsing(task.text).strip()
            assert text[0] not in "◆▲■□●○★▶→" and ":" not in text[:8] and not text.startswith(("标准厂房。", "企业培育。"))


# Guards: what must stay as it was.
def test_one_titled_bullet_alone_is_left_whole(tmp_path):
    # one ▲ item with a colon in a list of items without titles: no run of titles, the words before the colon kept
    found = _read(tmp_path, "▲新建标准化厂房20万平方米。\n\n▲园区配套：新建园区污水处理厂1座。\n\n▲新增规上工业企业35家。")
    assert [for_parsing(t.text).strip()[:7] for t in found] == ["新建标准化厂房", "园区配套:新建", "新增规上工业企"]


def test_a_lead_in_colon_after_a_bullet_is_no_title(tmp_path):
    # ▲重点抓好三件事：一是…；二是… — a colon closing a lead-in of pieces, not a title run in before one measure: the words
    # before it are more than a short name, so no title; the pieces stay tasks
    found = _read(tmp_path, "▲围绕园区提升重点抓好以下三件事：一是新建标准化厂房20万平方米；二是新增规上工业企业35家；"
                            "三是整治背街小巷60条。\n\n▲新增城市绿地30公顷。")
    texts = [for_parsing(t.text).strip() for t in found]
    assert any(t.startswith("一是新建标准化厂房") for t in texts) and texts[-1].startswith("新增城市绿地")


def test_dash_lists_and_numbered_items_are_unchanged(tmp_path):
    found = _read(tmp_path, "（一）做强园区经济\n\n——新建标准化厂房20万平方米。\n\n——新增规上工业企业35家。\n\n"
                            "（二）提升城区品质\n\n1.整治背街小巷60条。\n\n2.新增城市绿地30公顷。")
    assert [(for_parsing(t.text).strip()[:6], for_parsing(t.heading or t.part).strip()) for t in found] == [
        ("新建标准化厂", "做强园区经济"), ("新增规上工业", "做强园区经济"), ("整治背街小巷", "提升城区品质"),
        ("新增城市绿地", "提升城区品质")]


def test_bulleted_expected_targets_still_read_as_targets(tmp_path):
    text = _REPORT.format(body="主要预期目标是：\n\n● 经济增长：地区生产总值增长6%左右。\n\n● 就业物价：城镇新增就业1.2万人。\n\n"
                               "（一）做强园区经济\n\n新建标准化厂房20万平方米。")
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    found = tasks.tasks_from_document(reader.read(tmp_path / "r.txt"))
    assert [t.kind for t in found].count("expected_target") == 2
    assert [for_parsing(t.text).strip()[:6] for t in found if t.kind == "task"] == ["新建标准化厂"]
