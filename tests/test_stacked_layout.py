"""The stacked layout: a grid flattened one cell per line, built here in code in the two shapes
that recur (invented names and figures): a plain grid with empty cells, and a 民生工程 completion
table with a column group per sub-indicator and one row per area."""

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.model import SourceText
from luoshi.engine.tables import stacked

pytestmark = pytest.mark.engine

AREAS = ["东城县", "西河区", "南山县"]
ITEMS = ["城乡居民医疗救助", "困难群众临时救助"]


def _grouped(interleaved: bool) -> str:
    header = ["序号", "县区"]
    if interleaved:
        for item in ITEMS:
            header += [item, "目标任务", "进度", "完成比例"]
    else:
        header += ITEMS + ["目标任务", "进度", "完成比例"] * len(ITEMS)
    lines = ["2024年民生工程1-6月完成情况表", ""] + header
    for n, area in enumerate(AREAS, 1):
        lines += [str(n), area]
        for k, _ in enumerate(ITEMS):
            target, done = 100 * (n + k), 50 * (n + k) + n
            lines += [str(target), str(done), f"{100 * done / target:.1f}%"]
    return "\n".join(lines + ["", "注：进度为截至6月底数。"]) + "\n"


def _plain() -> str:
    lines = ["某区2023年度目标责任制考核分解表", "", "项目", "分值", "目标任务", "监考单位"]
    rows = [
        ("经济发展", "10", "地区生产总值增长6%以上", "区发改局"),
        ("", "8", "一般公共预算收入增长5%", "区财政局"),
        ("", "", "新增规上工业企业12家", ""),
        ("社会民生", "6", "新增城镇就业3000人", "区人社局"),
        ("", "4", "完成老旧小区改造15个", "区住建局"),
    ]
    for row in rows:
        lines += list(row)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("interleaved", [True, False], ids=["name-then-subcolumns", "names-first"])
def test_grouped_completion_table(interleaved, registry):
    text = _grouped(interleaved)
    [table] = stacked.find(text, registry)
    assert table.layout == "stacked" and table.title == "2024年民生工程1-6月完成情况表"
    assert len(table.rows) == len(AREAS) * len(ITEMS)
    got = [(r.get("units"), r.get("task"), r.get("indicator"), r.get("progress"), r.get("rate")) for r in table.rows]
    assert got[0] == ("东城县", "城乡居民医疗救助", "100", "51", "51.0%")
    assert got[3] == ("西河区", "困难群众临时救助", "300", "152", "50.7%")
    assert text[table.rows[-1].start:table.rows[-1].end].startswith("3\n南山县")


def test_grouped_table_gives_tasks_instead_of_no_tasks_found(tmp_path):
    path = tmp_path / "minsheng.txt"
    path.write_text(_grouped(True), encoding="utf-8")
    doc = reader.read(path)
    found = tasks.tasks_from_document(doc)
    assert len(found) == len(AREAS) * len(ITEMS)
    assert found[0].text == "城乡居民医疗救助" and found[0].lead == ["东城县"]


def test_plain_grid_with_empty_cells(registry):
    text = _plain()
    [table] = stacked.find(text, registry)
    assert table.columns == ["section", "score", "task", "examiner"]
    assert [r.get("section") for r in table.rows] == ["经济发展"] * 3 + ["社会民生"] * 2
    assert [r.get("score") for r in table.rows] == ["10", "8", "", "6", "4"]
    assert table.rows[2].get("examiner") == "" and table.rows[2].get("task") == "新增规上工业企业12家"
    assert table.rows[4].line == 24


def test_plain_grid_gives_tasks_with_targets(tmp_path):
    path = tmp_path / "kaohe.txt"
    path.write_text(_plain(), encoding="utf-8")
    doc = reader.read(path)
    found = tasks.tasks_from_document(doc)
    assert [t.id for t in found] == ["T1", "T2", "T3", "T4", "T5"]
    assert found[0].lead == ["区发改局"]
    ind = found[0].indicators[0]
    assert (ind.value, ind.unit, ind.comparator, ind.kind) == (6.0, "%", ">=", "growth_rate")
    assert found[3].indicators[0].value == 3000


@pytest.mark.parametrize("text", [
    "项目\n分值\n目标任务\n监考单位\n",                          # a header with no rows
    "序号\n任务名称\n牵头单位\n1\n一句话\n",                    # fewer rows than a table
    "地区生产总值增长6%。\n\n固定资产投资增长8%。\n",             # prose
])
def test_not_a_stacked_table(text, registry):
    assert stacked.find(text, registry) == []


def test_source_text_reader_keeps_stacked_rows_out_of_prose():
    doc = reader.read_text(SourceText(_plain(), "txt"), "kaohe.txt")
    assert doc.tables and doc.tables[0].layout == "stacked"
    assert not any("区发改局" == s.text for s in doc.sentences)
