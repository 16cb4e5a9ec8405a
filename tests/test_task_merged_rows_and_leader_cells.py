"""A task division table (重点工作任务分工方案) as a .docx table reads when flattened one row to a line, cells split by
tabs and merged cells repeated (issue 10; t57): a field row merged across the table holds its title in every cell
(二、建设美丽城区\\t二、建设美丽城区\\t…) — read once, the group of the rows under it (structure._merged_row); a leader
column (牵头区领导: 副区长某某某, 区委常委、常务副区长某某某) is one of the row's cells after its task cell, no unit and no task
(tasks.report._leader_cell, words.toml report.row_leader_post); a task cell of one short clause closed by a full stop
before the row's other cells (7\\t新增公共充电桩800个。\\t…) is the task, no run-in title over them; the header row
repeated after a page break (序号\\t重点工作任务\\t…) is no task (tasks.report._header_row); units along a work's route
(沿线街道) are a group of units (words.toml org.collective_lead).

The plans below were written for these tests (某某 names) and read before the engine ran on them."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.orgs import Registry
from luoshi.engine.structure import _merged_row
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

_HEADER = "序号\t重点工作任务\t牵头区领导\t牵头单位\t配合单位\t完成时限"
_PLAN = """某某区2028年政府工作报告重点工作任务分工方案

为推动区政府工作报告确定的目标任务落地见效，现将重点工作任务分工如下：

{header}
一、培育新兴产业\t一、培育新兴产业\t一、培育新兴产业\t一、培育新兴产业\t一、培育新兴产业\t一、培育新兴产业
1\t引进数字经济项目25个，签约总额60亿元。\t区委常委、常务副区长周某某\t区商务局\t区投资促进中心\t2028年12月底前
2\t新增国家高新技术企业40家。\t区委常委、常务副区长周某某\t区科技局\t区科技局\t2028年12月底前
二、建设美丽城区\t二、建设美丽城区\t二、建设美丽城区\t二、建设美丽城区\t二、建设美丽城区\t二、建设美丽城区
{header}
3\t新增公共充电桩800个。\t副区长吴某某\t区发展改革局\t国网某某供电公司\t2028年11月底前
4\t打通滨江路断头路。\t副区长吴某某\t区住房城乡建设局\t区自然资源局、沿线街道\t2028年9月底前

各牵头单位要按季度报送工作进展。
"""


def _tasks(tmp_path, header=_HEADER):
    (tmp_path / "r.txt").write_text(_PLAN.format(header=header), encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


def test_a_flattened_table_with_merged_rows_gives_each_row_its_task_group_and_units(tmp_path):
    found = _tasks(tmp_path)
    assert [for_parsing(t.text).strip()[:8] for t in found] == ["引进数字经济项目", "新增国家高新技术", "新增公共充电桩8",
                                                               "打通滨江路断头路"]
    assert [(t.heading or t.part) for t in found] == ["培育新兴产业", "培育新兴产业", "建设美丽城区", "建设美丽城区"]
    assert found[0].lead == ["区商务局"]                       # the leader's cell is no unit
    assert found[3].lead == ["区住房城乡建设局"] and "沿线街道" in found[3].cooperating


# (a line; the length of its one cell when it is a row merged across, else 0)
MERGED = [
    ("三、优化营商环境\t三、优化营商环境\t三、优化营商环境", len("三、优化营商环境")),
    ("备注\t备注\t备注\t备注", 2),
    # guards: two cells alike only, cells that differ, cells left empty after the first (a merged cell written once)
    ("区财政局\t区财政局", 0),
    ("5\t新建口袋公园6个。\t区城管局\t区城管局", 0),
    ("三、优化营商环境\t\t\t", 0),
    ("三、优化营商环境", 0),
]


@pytest.mark.parametrize("line, expected", MERGED)
def test_which_lines_are_a_row_merged_across(line, expected):
    assert _merged_row(line) == expected


# (a cell after a row's task cell; whether it names the leaders heading the task)
LEADERS = [
    ("副区长吴某某", True),
    ("区委常委、常务副区长周某某", True),
    ("副镇长钱某、副镇长孙某某", True),
    ("市委常委、副市长", False),          # posts with no name: not asked, nor a unit
    # guards: units and a deadline are no leader
    ("市生态环境局某某分局", False),
    ("区长热线办公室", False),
    ("2028年6月底前", False),
]


@pytest.mark.parametrize("cell, expected", LEADERS)
def test_which_cells_name_a_leader(cell, expected):
    from luoshi.engine.tasks.report import _leader_cell
    assert _leader_cell(for_parsing(cell)) is expected


# (a row's cells after its task cell; whether they are read as the row's cells)
CELLS = [
    ("副区长吴某某\t区教育局\t区财政局\t2028年8月底前", True),
    ("区交通运输局\t沿线各镇\t长期坚持", True),
    # guard: a leader with no unit after him is no row's cells (one of them must be units)
    ("副区长吴某某\t2028年8月底前", False),
]


@pytest.mark.parametrize("text, expected", CELLS)
def test_a_rows_cells_with_its_leader(text, expected):
    from luoshi.engine.tasks.report import _row_cells
    assert _row_cells(for_parsing(text), Registry.default()) is expected


# (a line with tabs; whether it is a table's header row)
HEADERS = [
    (_HEADER, True),
    ("序号\t工作任务\t责任单位\t完成时间", True),
    # guards: a row of a task and its cells, a name and its figure
    ("8\t新建社区食堂12个。\t区民政局\t各街道\t2028年12月底前", False),
    ("地区生产总值\t增长6%\t区统计局", False),
]


@pytest.mark.parametrize("line, expected", HEADERS)
def test_which_lines_are_a_repeated_header(line, expected):
    from luoshi.engine.tasks.report import _header_row
    assert _header_row(for_parsing(line)) is expected
