"""A table's unit cells read once per table (febd1ed: columns.table_orgish, tasks.table_rows._table_orgs) give what
reading them row by row gives: over several tables built here, with unit cells repeated row after row and
varied between rows and tables, and with two registries that read the same cell differently.  Each check
fails if the once-per-table reading handed out one list shared by several tasks, or kept a reading from
another table (another registry) or from another cell."""

import pytest

from luoshi.engine.model import Row, Table
from luoshi.engine.orgs import Organisation, Registry
from luoshi.engine.tables.columns import Cell, _orgish, assign, table_orgish
from luoshi.engine.tasks import tasks_from_table
from luoshi.engine.tasks.table_rows import _orgs

pytestmark = pytest.mark.engine

COLUMNS = ["seq", "task", "indicator", "lead", "cooperating"]


def _registry(city_investment: str) -> Registry:
    """Two registries differ in what the short name 区城投 (no unit ending) stands for: in one it is an
    alias of a company, in the other unknown (then neither known nor shaped like a unit)."""
    orgs = [Organisation("区发展和改革局", ["区发改局", "区发展改革局"]),
            Organisation("区财政局", ["区财政"]),
            Organisation("区住房和城乡建设局", ["区住建局"])]
    if city_investment:
        orgs.append(Organisation(city_investment, ["区城投"], kind="company"))
    return Registry(orgs)


KNOWS = _registry("区城市建设投资集团有限公司")
UNKNOWN = _registry("")

# Unit cells as decomposition tables write them: one lead named row after row under several spellings,
# cooperating lists repeated with their order changed, a collective, an empty cell, one unknown short name.
LEADS = ["区发改局", "区发改局", "区发展改革局", "区住建局", "区发改局", "区城投", "区住建局", ""]
COOPS = ["区财政局、各街道", "区财政局、各街道", "各街道、区财政", "区发改局、区财政局", "区财政局、各街道",
         "区住建局、区城投", "", "区财政局、各街道"]


def _table(title: str, shift: int) -> Table:
    """A table of eight tasks, its unit cells rotated by ``shift`` (the same cells, in other rows)."""
    rows = []
    for i in range(len(LEADS)):
        lead, coop = LEADS[(i + shift) % len(LEADS)], COOPS[(i * 3 + shift) % len(COOPS)]
        rows.append(Row({"seq": str(i + 1), "task": f"推进第{i + 1}项重点工作", "indicator": f"年内完成{i + 2}项",
                         "lead": lead, "cooperating": coop}, line=i + 1))
    return Table(title, COLUMNS, rows, "tabbed")


TABLES = [_table("2020年重点工作任务分解表", 0), _table("附件2 重点项目分解表", 3), _table("民生实事分解表", 5)]


def test_each_task_reads_its_own_cells_as_a_row_by_row_reading_does():
    for registry in (KNOWS, UNKNOWN):
        for table in TABLES:
            tasks = tasks_from_table(table, "t", registry=registry)
            assert len(tasks) == len(table.rows)
            for task, row in zip(tasks, table.rows, strict=True):
                assert task.lead == _orgs(row.get("lead"), registry)
                assert task.cooperating == _orgs(row.get("cooperating"), registry)


def test_the_registry_read_with_is_the_tables_own():
    # the same cells read under two registries read apart: a reading kept from the table read before
    # (under the other registry) would give the company's name where the short name stays as written
    for table in TABLES:
        known = tasks_from_table(table, "t", registry=KNOWS)
        unknown = tasks_from_table(table, "t", registry=UNKNOWN)
        for a, b, row in zip(known, unknown, table.rows, strict=True):
            if "区城投" in row.get("lead") + row.get("cooperating"):
                assert "区城市建设投资集团有限公司" in a.lead + a.cooperating
                assert "区城市建设投资集团有限公司" not in b.lead + b.cooperating
                assert "区城投" in b.lead + b.cooperating
            else:
                assert (a.lead, a.cooperating) == (b.lead, b.cooperating)


def test_tasks_naming_the_same_units_hold_lists_of_their_own():
    table = TABLES[0]
    tasks = tasks_from_table(table, "t", registry=KNOWS)
    lists = [t.lead for t in tasks] + [t.cooperating for t in tasks]
    assert len({id(x) for x in lists}) == len(lists)
    before = [(list(t.lead), list(t.cooperating)) for t in tasks]
    # a reviewer editing one task's units (as the review screens do) changes that task alone
    tasks[0].lead.append("区审计局")
    tasks[0].cooperating.clear()
    assert [(t.lead, t.cooperating) for t in tasks[1:]] == before[1:]
    assert tasks_from_table(table, "t", registry=KNOWS)[0].lead == before[0][0]


def _cells(row: list[str]) -> list[Cell]:
    out, at = [], 0
    for text in row:
        out.append(Cell(text, at, at + len(text)))
        at += len(text) + 1
    return out


# Rows as a tabbed export writes them: in place, a cell missing (the units then anchored from the right),
# an extra blank, units shifted left, and the short name that only one registry knows standing as a unit.
SHIFTED = [
    ["1", "推进老旧小区改造", "完成20个", "区住建局", "区财政局、各街道"],
    ["2", "推进老旧小区改造", "区住建局", "区财政局、各街道"],
    ["3", "建设城东学校", "年内竣工", "区城投", "区住建局、区城投"],
    ["4", "建设城东学校", "区城投", "区住建局、区城投"],
    ["5", "", "完成20个", "区住建局", "区财政局、各街道", ""],
    ["6", "推进老旧小区改造", "区住建局", "区财政局、各街道"],
    ["7", "推进项目前期工作", "正在办理用地手续；", "区发改局"],
]


def test_a_tables_cells_assigned_with_its_one_reading_as_row_by_row():
    for registry in (KNOWS, UNKNOWN):
        shared = table_orgish(registry)
        for row in SHIFTED + SHIFTED[::-1]:
            cells = _cells(row)
            assert assign(COLUMNS, cells, registry, shared) == assign(COLUMNS, cells, registry)


def test_a_cells_answer_is_its_own_and_its_registrys():
    known, unknown = table_orgish(KNOWS), table_orgish(UNKNOWN)
    cells = [c for row in SHIFTED for c in row] + COOPS + LEADS
    for cell in cells + cells[::-1]:
        assert known(cell) == _orgish(cell, KNOWS)
        assert unknown(cell) == _orgish(cell, UNKNOWN)
    # the rows above read apart under the two registries (else the last checks could not tell them apart)
    assert known("区住建局、区城投") and not unknown("区住建局、区城投")
