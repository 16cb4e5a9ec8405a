"""A supervision bulletin's key works with their progress (issue 10; tasksx, stop 56): a 督查通报 on the year's key works
lists them under field headings （一）…（四） as numbered items, each followed by lines of its own opening on a label
(责任单位：, 进展情况：, 存在问题：) — read as a numbered progress page (numbered.py), one task per item.  Two rules make its
tasks read as a plan's would:

- the last heading above a run of items, without its number, is their group (numbered.py puts it in the rows'
  ``section_title``, the task's ``part``); items before any heading have none, and a line that numbers a progress
  text's parts ((一)开展培训1.05万人次) is no heading;
- an item opened by a later year than the one the bulletin reports on (到2031年，… in a 2027 bulletin) is a goal of
  several years (five_year), as a decomposition table's row is; the year is the one year the bulletin's title line
  names (关于2027年上半年…的督查通报 under the office's name and an issue line: kinds.header_titles), else (since stop
  57) the year of its sign-off date, none when neither names one.

The bulletins below were written for these tests (某某 names) and read before the engine ran on them."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

_ITEMS = """
一、总体情况

今年以来，各街道、各部门围绕年初确定的目标任务，细化工作措施，加强协调配合，重点工作总体进展顺利。纳入本次督查的36项重点工作中，已完成5项，序时推进27项，进度滞后4项，滞后事项主要集中在项目建设和民生工程领域，部分单位存在重部署、轻落实的现象，需要引起高度重视。各牵头单位要对照年度目标，逐项分析原因，查找短板弱项，研究制定针对性措施，确保各项重点工作按期保质完成。

二、重点工作推进情况

（一）城乡建设

1．改造农村公路96公里，新建桥梁3座。
责任单位：区交通运输局
进展情况：截至6月底，已完成改造52公里，新建桥梁1座，序时推进。
存在问题：无。

2．完成区图书馆新馆建设。
责任单位：区文化旅游局
进展情况：主体工程已封顶，正在进行幕墙施工。
存在问题：资金拨付偏慢。

（二）社会事业

3．到2031年，全区每千人口拥有执业（助理）医师达到3.6人。
责任单位：区卫生健康局
进展情况：目前每千人口拥有执业（助理）医师3.1人。
存在问题：基层医疗人才引进难。

4．新建社区食堂18个，2027年底前全部投入运营。
责任单位：区民政局
进展情况：已建成社区食堂9个，完成年度目标的50%。
存在问题：无。

三、下步工作要求

各责任单位要加快推进滞后事项。

某某区人民政府督查室
2027年7月12日
"""


def _read(head, tmp_path):
    (tmp_path / "b.txt").write_text(head + "\n" + _ITEMS, encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "b.txt")) if t.kind == "task"]


_HEAD = "某某区人民政府督查室\n督查通报\n第3期\n\n关于2027年上半年区政府重点工作推进情况的督查通报\n\n各街道办事处，区政府各部门：\n\n现将督查情况通报如下：\n"


def test_the_heading_above_a_run_of_items_is_their_group(tmp_path):
    found = _read(_HEAD, tmp_path)
    assert [for_parsing(t.text)[:6] for t in found] == ["改造农村公路", "完成区图书馆", "到2031年", "新建社区食堂"]
    assert [t.part for t in found] == ["城乡建设", "城乡建设", "社会事业", "社会事业"]


def test_items_with_no_field_heading_are_under_the_part(tmp_path):
    # the same items with no field heading over them: the part's title above them is their group, as a report's
    # tasks with no heading show their part
    text = _HEAD + _ITEMS.replace("（一）城乡建设\n", "").replace("（二）社会事业\n", "")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    found = [t for t in tasks.tasks_from_document(reader.read(tmp_path / "b.txt")) if t.kind == "task"]
    assert len(found) == 4
    assert {t.part for t in found} == {"重点工作推进情况"}


def test_a_numbered_page_with_no_heading_has_no_group(tmp_path):
    # guard: a page whose items stand under no heading at all keeps no group
    text = "某某区重点工作进展情况\n\n" + _ITEMS.split("（一）城乡建设\n", 1)[1].split("三、")[0].replace("（二）社会事业\n", "")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    found = [t for t in tasks.tasks_from_document(reader.read(tmp_path / "b.txt")) if t.kind == "task"]
    assert len(found) == 4
    assert {t.part for t in found} == {""}


# (the bulletin's header; which items are marked five_year, by their first words)
HEADERS = [
    # the title line names 2027: 到2031年 is later — a goal of several years; …，2027年底前… inside an item is the year's
    (_HEAD, ["到2031年"]),
    # the title line under the office's name names no year, nor one title naming two, nor a title after a line of
    # prose (no title line): the year is the sign-off date's, 2027年7月12日 (tasksx, stop 57: years._signed_year; with no
    # sign-off date nothing is marked, tests/test_tasks_stop57x.py)
    (_HEAD.replace("关于2027年上半年", "关于上半年"), ["到2031年"]),
    (_HEAD.replace("关于2027年上半年", "关于2026年和2027年"), ["到2031年"]),
    ("某某区人民政府督查室\n按照区政府安排，开展督查。\n关于2027年上半年区政府重点工作推进情况的督查通报\n\n各街道办事处：\n",
     ["到2031年"]),
]


@pytest.mark.parametrize(("head", "marked"), HEADERS)
def test_a_later_year_item_of_a_bulletin_is_five_year(head, marked, tmp_path):
    found = _read(head, tmp_path)
    assert len(found) == 4
    assert [for_parsing(t.text)[:6] for t in found if t.five_year] == marked
