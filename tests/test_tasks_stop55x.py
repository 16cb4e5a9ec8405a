"""A notice's title line, however long (issue 10; tasksx, stop 55): a notice often prints its whole title on its first
line with the issuing office before 关于 (某某县人民政府办公室关于…的通知), well past the length of a short title line.
Recognised by its form — a line of no clause mark, 关于…的 and a document's name at its end (words.toml
part.document_title_kind) — it titles the whole text as a short title line does (structure._heading), so the
numbered items under it are still the plan's tasks; a long line of that form naming no plan is still no part, nor is a covering notice's (关于印发…的通知:
words.toml part.document_title_covers), the plan it prints following under its own title.

The notices below were written for these tests (某某 names) and read before the engine ran on them."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.tables.columns import columns_for
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

_BODY = """
各乡镇人民政府，县政府各部门：

经县政府研究，现将2028年县政府重点工作安排通知如下：

一、重点事项

（一）交通水利

1．完成国道某某线改扩建工程，新建公路18公里。
牵头领导：副县长李某；责任单位：县交通运输局；时间节点：11月底前完工

2．加固病险水库4座。
牵头领导：副县长李某；责任单位：县水利局；时间节点：汛前完成主体工程

（二）教育卫生

3．新建幼儿园3所，新增学位900个。
牵头领导：副县长周某；责任单位：县教育局；时间节点：8月底前投用

二、有关要求

各责任单位要于每月20日前将进展情况报县政府督查室。

某某县人民政府办公室
2028年2月20日
"""


def _starts(first_line, tmp_path):
    (tmp_path / "n.txt").write_text(first_line + "\n" + _BODY, encoding="utf-8")
    found = [t for t in tasks.tasks_from_document(reader.read(tmp_path / "n.txt")) if t.kind == "task"]
    return [for_parsing(t.text).strip()[:6] for t in found]


_ITEMS = ["完成国道某某线", "加固病险水库4", "新建幼儿园3所"]

# (the notice's first line; whether its numbered items are tasks)
TITLES = [
    # the office before 关于, one line, past a short title's length
    ("某某县人民政府办公室关于2028年县政府重点工作安排督查落实事项的通知", True),
    ("某某县人民政府关于2028年县政府重点工作任务分解落实情况督查事项的通知", True),
    ("中共某某县委办公室某某县人民政府办公室关于做好2028年重点工作督查督办的通知", True),
    # a short title line did so already
    ("关于2028年县政府重点工作督办事项的通知", True),
    # guards: a long line of that form naming no plan, and a long line that is no document's title, title nothing
    ("某某县人民政府办公室关于进一步规范政务信息报送和公文处理有关事项的通知", False),
    ("某某县人民政府办公室2028年县政府重点工作安排督查落实事项清单", False),
    # a covering notice (关于印发…的通知) titles its letter only: the plan it prints follows under its own title
    ("某某县人民政府办公室关于印发2028年县政府重点工作任务分解方案的通知", False),
]


@pytest.mark.parametrize("first_line, gives_tasks", TITLES)
def test_a_long_title_line_of_a_notice_still_gives_its_items(tmp_path, first_line, gives_tasks):
    found = _starts(first_line, tmp_path)
    assert (found[:3] == [s[:6] for s in _ITEMS]) is gives_tasks


def test_the_requirements_after_the_items_stay_no_task(tmp_path):
    found = _starts("某某县人民政府办公室关于2028年县政府重点工作安排督查落实事项的通知", tmp_path)
    assert len(found) == 3


# --- a supervision ledger pasted as a Markdown pipe table (t61's layout, in other words) ----------------------------
# A supervision office's ledger (督查台账) exported to Markdown: field rows (| 一 | 产业发展 |  |  |) naming the field of
# the rows below; key-work rows whose 重点工作 cell groups the numbered sub-tasks in the 具体任务 cell; sub-rows whose
# 序号, 重点工作 and 责任领导 cells are left empty, the export keeping a merged cell's text in its first row only
# (tables.pipe: _field, _sub_row; tables.columns._parent_work; tasks.table_rows: a ledger's leader and units).

_LEDGER = """某某区人民政府督查室

2029年区政府重点工作推进台账

| 序号 | 重点工作 | 具体任务 | 责任领导 | 责任单位 | 完成时限 |
| --- | --- | --- | --- | --- | --- |
| 一 | 产业发展 |  |  |  |  |
| 1 | 推动园区扩容提质 | （1）新建标准厂房8万平方米。 | 副区长郑某 | 区园区管委会 | 2029年10月底前 |
|  |  | （2）新引进工业项目12个。 |  | 区投资促进中心 | 2029年12月底前 |
| 二 | 社会民生 |  |  |  |  |
| 2 | 提升养老服务水平 | （1）新建社区养老服务站6个。 | 副区长王某 | 区民政局 | 2029年9月底前 |
|  |  | （2）改造特困人员供养服务设施2处。 |  | 区民政局、区财政局 | 2029年11月底前 |
| 3 | 守住安全底线 | 开展燃气安全专项整治。 | 副区长王某 | 区应急管理局 | 长期坚持 |

备注：各责任单位于每月20日前报送进展。
"""


def _ledger_tasks(tmp_path, text=_LEDGER):
    (tmp_path / "l.txt").write_text(text, encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "l.txt")) if t.kind == "task"]


def test_a_ledgers_sub_tasks_are_its_tasks_under_their_key_work(tmp_path):
    found = _ledger_tasks(tmp_path)
    assert [for_parsing(t.text)[:6] for t in found] == ["新建标准厂房", "新引进工业项", "新建社区养老", "改造特困人员", "开展燃气安全"]
    assert [t.part for t in found] == ["推动园区扩容提质"] * 2 + ["提升养老服务水平"] * 2 + ["守住安全底线"]


def test_a_sub_row_keeps_its_own_units_and_the_merged_cells_of_its_key_work(tmp_path):
    found = _ledger_tasks(tmp_path)
    assert found[1].lead == ["区投资促进中心"]
    assert found[3].lead == ["区民政局", "区财政局"]


def test_the_field_row_groups_the_rows_when_the_table_has_no_key_work_column(tmp_path):
    # guard: without a 重点工作 column, the field named by the field row is the rows' group
    text = _LEDGER.replace("| 序号 | 重点工作 | 具体任务 |", "| 序号 | 分类 | 具体任务 |")
    text = text.replace("| 推动园区扩容提质 |", "|  |").replace("| 提升养老服务水平 |", "|  |").replace("| 守住安全底线 |", "|  |")
    found = _ledger_tasks(tmp_path, text)
    assert [t.part for t in found][:2] == ["产业发展"] * 2


# (a header row; its columns)
HEADERS = [
    (["序号", "重点工作", "具体任务", "责任领导", "责任单位", "完成时限"],
     ["seq", "section_title", "task", "leader", "units", "deadline"]),
    (["序号", "重点事项", "分项任务", "牵头单位", "完成时限"], ["seq", "section_title", "task", "lead", "deadline"]),
    # the key work's column alone is the task column
    (["序号", "重点工作", "牵头单位", "责任单位", "完成时限"], ["seq", "task", "lead", "units", "deadline"]),
    # guard: a table of its own section column keeps it
    (["序号", "类别", "重点工作", "工作任务", "牵头单位"], ["seq", "section", "section_title", "task", "lead"]),
]


@pytest.mark.parametrize("header, columns", HEADERS)
def test_which_column_a_key_works_header_is(header, columns):
    assert columns_for(header) == columns
