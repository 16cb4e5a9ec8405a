"""A supervision list (督办事项清单, issue 10; t59): a notice that puts the year's key works under supervision prints
each numbered item with its table's other cells on one line after it, joined by ； before each cell's label
(牵头领导：副市长某某某；责任单位：市某某局；时间节点：…) — the item's cells, no task, its units the item's lead
(structure.cell_lines cuts such a line only before a label, so a cell's own ； stays in it); and the notice's part
telling the units how to handle and report the listed work (二、督办要求; 三、有关要求: words.toml part.requirements)
is no plan, its sentences no tasks (parts.assign_roles).

The notices below were written for these tests (某某 names) and read before the engine ran on them."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.structure import cell_lines, item_cells
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

_NOTICE = """某某市人民政府办公室
督办通知

某政办督〔2027〕5号

关于2027年市政府重点工作督办事项的通知

各区人民政府，市政府各部门：

经市政府同意，现将2027年市政府重点工作督办事项通知如下：

一、督办事项

（一）城市建设

1．建成滨河东路跨江大桥，全长2.8公里。
牵头领导：副市长钱某某；责任单位：市交通运输局、市城建集团；时间节点：5月底前完成合龙；10月底前建成通车

2．新增城市公共停车泊位6000个。
牵头领导：副市长钱某某；责任单位：市住房城乡建设局；配合单位：各区人民政府；时间节点：每季度末通报进度

（二）社会事业

3．新建区域医疗中心2个，三级医院达到9家。
牵头领导：副市长孙某；责任单位：市卫生健康委；时间节点：12月底前完成

4．建成市民服务中心，2027年9月30日前投入使用。
牵头领导：副市长孙某；责任单位：市机关事务局；时间节点：9月30日前

{requirements}

联系人：某某某，电话：0000-7654321。

附件：督办事项办理情况季度报表

某某市人民政府办公室
2027年3月2日
"""

_REQUIREMENTS = """二、{title}

（一）定期报送进展。各责任单位要于每季度结束后5日内将办理情况报市政府督查室。

（二）严肃督查问责。办理情况纳入年度绩效考核，对工作滞后的单位予以通报。"""


def _tasks(tmp_path, title="督办要求"):
    text = _NOTICE.format(requirements=_REQUIREMENTS.format(title=title))
    (tmp_path / "n.txt").write_text(text, encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "n.txt")) if t.kind == "task"]


def _starts(found):
    return [for_parsing(t.text).strip()[:8] for t in found]


def test_an_items_cells_on_one_line_are_no_task_and_give_it_its_units(tmp_path):
    found = _tasks(tmp_path)
    assert _starts(found) == ["建成滨河东路跨江", "新增城市公共停车", "新建区域医疗中心", "建成市民服务中心"]
    assert found[0].lead == ["市交通运输局", "市城建集团"]
    assert found[1].lead == ["市住房城乡建设局"] and found[1].cooperating == ["各区人民政府"]
    assert [t.heading for t in found] == ["城市建设", "城市建设", "社会事业", "社会事业"]


@pytest.mark.parametrize("title", ["督办要求", "有关要求", "办理要求"])
def test_a_notices_requirements_to_the_units_give_no_task(tmp_path, title):
    assert not any("报市政府督查室" in t.text or "绩效考核" in t.text for t in _tasks(tmp_path, title))


def test_a_safeguards_part_after_the_list_stays_the_governments_measures(tmp_path):
    # guard: 保障措施 is the government's own measures (part.safeguards), read as a conduct part's commitments
    found = _tasks(tmp_path, "保障措施")
    assert any("报市政府督查室" in t.text for t in found)


def test_a_notices_sign_off_gives_no_task(tmp_path):
    # the contact, annex, office and date lines, even in a part whose sentences are tasks (保障措施); a task opening on
    # a full date inside it (…，2027年9月30日前投入使用。) stays one
    found = _tasks(tmp_path, "保障措施")
    assert _starts(found) == [
        "建成滨河东路跨江",
        "新增城市公共停车",
        "新建区域医疗中心",
        "建成市民服务中心",
        "各责任单位要于每",
        "办理情况纳入年度",
    ]


# (a line after a numbered item, normalised; the cells it is cut into — one piece when it is no line of cells)
LINES = [
    (
        "牵头领导:副县长某某某;责任单位:县水利局;时间节点:4月底前完成招标",
        ["牵头领导:副县长某某某", "责任单位:县水利局", "时间节点:4月底前完成招标"],
    ),
    # a cell's own ； stays in it: the cut is only before a label
    (
        "责任单位:县教育局;完成时限:6月底前完成选址;9月底前开工",
        ["责任单位:县教育局", "完成时限:6月底前完成选址;9月底前开工"],
    ),
    # guards: a sentence of measures joined by ； is no line of cells, nor a line opening on no label
    ("新建口袋公园8个;改造背街小巷20条", ["新建口袋公园8个;改造背街小巷20条"]),
    ("全年完成投资50亿元;责任单位:县发改局", ["全年完成投资50亿元;责任单位:县发改局"]),
]


@pytest.mark.parametrize("line, cells", LINES)
def test_which_lines_are_an_items_cells_joined_by_semicolons(line, cells):
    assert cell_lines(line) == cells


# (a line; whether it is an item's cells)
CELLS = [
    ("牵头领导:副县长某某某;责任单位:县水利局;时间节点:长期坚持", True),
    ("责任单位:县民政局;配合单位:各乡镇", True),
    # guards: measures, and a line opening on a measure before its unit
    ("新建口袋公园8个;改造背街小巷20条", False),
    ("全年完成投资50亿元;责任单位:县发改局", False),
]


@pytest.mark.parametrize("line, expected", CELLS)
def test_which_lines_are_cells(line, expected):
    assert item_cells(line) is expected


# mended at stop 55 (tasksx): a document's title line is recognised by its form however long (structure._heading)
def test_a_notice_titled_with_its_office_on_one_line_still_gives_its_items(tmp_path):
    text = _NOTICE.format(requirements=_REQUIREMENTS.format(title="督办要求"))
    text = "某某市人民政府办公室" + text[text.index("关于2027年") :]
    (tmp_path / "n.txt").write_text(text, encoding="utf-8")
    found = [t for t in tasks.tasks_from_document(reader.read(tmp_path / "n.txt")) if t.kind == "task"]
    assert _starts(found)[:3] == ["建成滨河东路跨江", "新增城市公共停车", "新建区域医疗中心"]
