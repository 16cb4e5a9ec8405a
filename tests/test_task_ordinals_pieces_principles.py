"""Where a plan's tasks start (issue 10), in ways of numbering and leading that governments write alike:

- an ordinal word and a comma opening a paragraph (第一，扩大有效投资。…; 其次，…) before a short aim: the aim is the
  group of the measures after it, as 一是… is, shown with no ordinal, and no task (words.toml task.ordinal_open);
- a ；-piece opening on an item number written as one character (①…⑳) is a task without its number;
- after a lead-in ending in a colon, ；-pieces each opening on the verb of a measure or result (改造…；新建…；完成…) are
  tasks of their own, the lead-in none, unless the lead-in names what the list is (…主要目标是：);
- a work and what it hinges on said alone (抓工业关键在项目。, 稳就业就是稳民生。; task.principle_link) is a statement,
  as a worth statement is: no task, no group, and no framing — the paragraph it opens holds the measures after it.

The reports below were written for these tests (某某 names) in other words than the labelled set t35–t36; each
table has guards, rows the rule must not touch."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.structure import is_worth_statement
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

_REPORT = """某某区人民政府工作报告

——2025年1月9日在某某区第五届人民代表大会第四次会议上

各位代表：

一、2024年工作回顾

2024年，全区地区生产总值增长5.1%。

二、2025年重点工作

（一）激发消费活力

{first}

（二）建设宜居城区

{second}

三、加强政府自身建设

坚持依法行政，自觉接受区人大的监督。

各位代表，让我们团结奋斗，再创佳绩！
"""


def _tasks(tmp_path, first: str, second: str = "新建口袋公园6个。") -> list[tuple[str, str]]:
    (tmp_path / "r.txt").write_text(_REPORT.format(first=first, second=second), encoding="utf-8")
    found = tasks.tasks_from_document(reader.read(tmp_path / "r.txt"))
    return [(for_parsing(t.text).strip(), (t.heading or t.part).rstrip("。")) for t in found if t.kind == "task"]


@pytest.mark.parametrize(("paragraphs", "starts", "groups"), [
    ("第一，繁荣夜间经济。打造夜市街区3个，延长重点商圈营业时间。\n\n第二，培育消费新场景。举办“某某购物节”等活动20场。",
     ["打造夜市街区3个", "举办“某某购物节”等活动20场"], ["繁荣夜间经济", "培育消费新场景"]),
    ("首先，稳住汽车消费。落实以旧换新补贴政策，新增新能源汽车充电桩800个。\n\n其次，扩大服务消费。新增养老托育机构12家。",
     ["落实以旧换新补贴政策", "新增养老托育机构12家"], ["稳住汽车消费", "扩大服务消费"]),
])
def test_an_ordinal_topic_groups_its_measures_and_is_no_task(tmp_path, paragraphs, starts, groups):
    found = _tasks(tmp_path, paragraphs)
    for start, group in zip(starts, groups, strict=True):
        assert any(text.startswith(start) and g == group for text, g in found), (start, found)
    assert not any(text.startswith(("第一", "第二", "首先", "其次")) for text, _ in found)


@pytest.mark.parametrize(("paragraph", "task"), [
    # a short result to check after the ordinal: a task, no title (its ordinal kept, as 一是… pieces keep theirs)
    ("第一，新建城市书房5个。", "第一,新建城市书房5个"),
    # an ordinal before a sentence of clauses: no run-in title, the sentence a task
    ("第一，推进商圈改造提升，新增限额以上商贸企业40家，全年举办促消费活动30场。", "第一,推进商圈改造提升"),
])
def test_an_ordinal_before_no_short_aim_leaves_the_task(tmp_path, paragraph, task):
    assert any(text.startswith(task) for text, _ in _tasks(tmp_path, paragraph))


@pytest.mark.parametrize("numbers", ["①②③", ["（1）", "（2）", "（3）"], ["1.", "2.", "3."], ["1、", "2、", "3、"]])
def test_item_numbers_are_no_part_of_the_pieces_after_a_lead(tmp_path, numbers):
    a, b, c = numbers
    found = _tasks(tmp_path, f"重点办好三件事：{a}新建社区嵌入式服务设施15个；{b}改造农贸市场4个；{c}开通城市微循环公交线路6条。")
    texts = [text for text, _ in found]
    for start in ("新建社区嵌入式服务设施15个", "改造农贸市场4个", "开通城市微循环公交线路6条"):
        assert any(text.startswith(start) for text in texts), (start, texts)
    assert not any(text[0] in "①②③(123" for text in texts)
    assert [i.metric for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"
            for i in t.indicators][:3] == ["新建社区嵌入式服务设施", "改造农贸市场", "开通城市微循环公交线路"]


def test_a_figure_opening_a_piece_is_no_item_number(tmp_path):
    # guard: 2.5万… after a ； is a figure, kept
    found = _tasks(tmp_path, "全年新建口袋公园12个；2.5万平方米绿地完成提质改造。")
    assert any(text.startswith("2.5万平方米绿地") for text, _ in found)


@pytest.mark.parametrize("second", [
    "推进老城区有机更新：改造背街小巷30条；新建公共停车场5个；完成某某湖沿岸截污纳管。",
    "实施城市品质提升工程：新增城市绿道20公里；建成某某体育公园；推动某某片区棚户区改造扫尾。",
])
def test_measure_pieces_after_a_lead_colon_are_tasks_of_their_own(tmp_path, second):
    found = _tasks(tmp_path, "新建社区食堂10个。", second)
    pieces = [p.strip() for p in second.split("：", 1)[1].rstrip("。").split("；")]
    texts = [text for text, _ in found]
    for piece in pieces:
        assert any(text.startswith(for_parsing(piece)[:8]) for text in texts), (piece, texts)
    assert not any(text.startswith(for_parsing(second)[:6]) for text in texts)


@pytest.mark.parametrize("second", [
    # the lead-in names what the list is: one statement
    "城区建设的主要目标是：改造背街小巷30条；新建公共停车场5个。",
    # pieces opening on no verb of a measure: one statement
    "实施老城区有机更新行动：背街小巷改造30条；公共停车场5个。",
])
def test_a_list_after_a_lead_colon_that_names_it_or_has_no_measures_stays_whole(tmp_path, second):
    found = _tasks(tmp_path, "新建社区食堂10个。", second)
    assert not any(text.startswith(("新建公共停车场", "公共停车场")) for text, _ in found)


@pytest.mark.parametrize("statement", ["抓消费关键在场景。", "稳就业就是稳民生。", "兴产业重在招商。"])
def test_a_principle_said_alone_is_no_task_no_group_and_no_framing(tmp_path, statement):
    found = _tasks(tmp_path, f"{statement}全年新增限额以上商贸企业50家。新建社区食堂10个。")
    assert not any(text.startswith(statement[:4]) for text, _ in found)
    assert ("全年新增限额以上商贸企业50家。", "激发消费活力") in found
    assert ("新建社区食堂10个。", "激发消费活力") in found


@pytest.mark.parametrize("sentence", [
    "关键是建成某某大桥。",                       # no subject before the link
    "抓项目关键在于完成投资120亿元。",              # a figure: a target
    "重点是建成某某污水处理厂。",                   # 是 before a measure
    "推动消费扩容提质，关键在于优化供给。",           # two clauses
])
def test_what_is_no_principle_said_alone(sentence):
    assert not is_worth_statement(for_parsing(sentence))


def test_a_principle_with_a_measure_after_its_link_is_no_statement():
    # the link before a verb of a result: 关键是建成… names the measure
    assert not is_worth_statement(for_parsing("交通建设关键是建成某某大道。"))


@pytest.mark.parametrize(("metric", "counted"), [
    # a bracket opening a part of the figure before it: the part's counted thing (target.bracket_part)
    ("(其中智能温室", "智能温室"),
    ("（其中新建幼儿园", "新建幼儿园"),
    ("(含改扩建学校", "改扩建学校"),
    # guards: a bracket naming no part, and one with too little after it, stay
    ("(智能温室", "(智能温室"),
    ("(其中", "(其中"),
])
def test_a_bracketed_part_counts_what_follows_its_opening(metric, counted):
    from luoshi.engine.indicators import counted_thing
    assert counted_thing(metric) == counted
