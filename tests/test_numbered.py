"""luoshi/engine/numbered.py: a progress page of numbered rows with no header row, read as a progress table
(issue 11), with guards: a plan's numbered measures and a work report are not read so."""

from __future__ import annotations

import pytest

from luoshi.engine import numbered
from luoshi.engine.errors import UnreadableInput
from luoshi.engine.model import Document
from luoshi.engine.pipeline import progress_table

pytestmark = pytest.mark.engine

EXAMPLES = [
    # (page text, [(task, progress, unit)])
    ("1、新建城市书房5个：已建成3个，其余2个正在装修。\n2、改造老旧小区12个：已开工9个。\n",
     [("新建城市书房5个", "已建成3个，其余2个正在装修。", ""), ("改造老旧小区12个", "已开工9个。", "")]),
    ("1.实施河道综合整治工程\n已完成清淤8公里，完成年度计划的80%。\n2.建设智慧停车平台\n目前已完成招标，正在施工。\n",
     [("实施河道综合整治工程", "已完成清淤8公里，完成年度计划的80%。", ""),
      ("建设智慧停车平台", "目前已完成招标，正在施工。", "")]),
    ("一、城市建设\n1、完成棚户区改造500户\n进展情况：已签约420户，拆除310户。\n责任单位：区住建局\n"
     "2、新增停车泊位2000个\n进展情况：已新增1350个。\n责任单位：区城管局\n",
     [("完成棚户区改造500户", "已签约420户，拆除310户。", "区住建局"), ("新增停车泊位2000个", "已新增1350个。", "区城管局")]),
    # a heading between runs closes the row before it: not part of its progress text
    ("一、城市建设\n1、完成棚户区改造500户\n已签约420户。\n二、社会事业\n1、新建幼儿园3所\n已建成2所。\n"
     "（一）医疗卫生\n1、改造社区卫生服务站4处\n已完成改造3处。\n",
     [("完成棚户区改造500户", "已签约420户。", ""), ("新建幼儿园3所", "已建成2所。", ""),
      ("改造社区卫生服务站4处", "已完成改造3处。", "")]),
    ("序号  工作任务  进展情况  责任单位\n1  建成污水管网30公里  已建成18公里  区水利局\n2  新建幼儿园3所  2所主体完工  区教育局\n",
     [("建成污水管网30公里", "已建成18公里", "区水利局"), ("新建幼儿园3所", "2所主体完工", "区教育局")]),
    ("1、乡村公路提档升级，牵头部门：市交通运输局。全市已完工86公里。\n"
     "2、城乡供水一体化，牵头部门：市水务局。2个县区未完成年度任务。\n",
     [("乡村公路提档升级", "全市已完工86公里。", ""), ("城乡供水一体化", "2个县区未完成年度任务。", "")]),
]


@pytest.mark.parametrize(("text", "want"), EXAMPLES)
def test_numbered_rows_are_read(text, want):
    t = numbered.numbered_table(text)
    assert t is not None and t.layout == "numbered"
    got = [(r.get("task"), r.get("progress"), r.get("units")) for r in t.rows]
    if "牵头部门" in text:
        assert [r.get("lead") for r in t.rows] == ["市交通运输局", "市水务局"]
    assert got == want


NOT_HEADINGS = [
    # a progress text opening 一是 / 1. lists, or a figure of 一 with no mark, stays the row's text
    ("1、新建幼儿园3所\n一是已建成2所，二是1所正在施工。\n2、改造老旧小区12个\n已开工9个。\n", "一是已建成2所，二是1所正在施工。"),
    ("1、新建幼儿园3所\n十所学校均已开学，已建成2所。\n2、改造老旧小区12个\n已开工9个。\n", "十所学校均已开学，已建成2所。"),
    # a progress line listing its parts as (一)…；(二)…: clause marks and figures, no heading
    ("1、开展职业技能培训2万人次\n（一）开展职业技能培训1.2万人次；（二）新增技能人才900人。\n2、改造老旧小区12个\n已开工9个。\n",
     "（一）开展职业技能培训1.2万人次；（二）新增技能人才900人。"),
    ("1、新建幼儿园3所\n一、已建成2所，1所正在施工。\n2、改造老旧小区12个\n已开工9个。\n", "一、已建成2所，1所正在施工。"),
]


@pytest.mark.parametrize(("text", "progress"), NOT_HEADINGS)
def test_not_a_heading(text, progress):
    assert numbered.numbered_table(text).rows[0].get("progress") == progress


GUARDS = [
    # a plan's numbered measures: intentions, no progress stated
    "1、加快产业转型升级：推动制造业高质量发展，培育新兴产业集群。\n2、深化改革开放：优化营商环境，扩大有效投资。\n",
    "1.坚持创新驱动\n大力发展数字经济，加快建设创新平台。\n2.坚持绿色发展\n深入打好污染防治攻坚战。\n",
    # numbers out of sequence: not a page of rows
    "3、新建学校2所：已建成1所。\n7、改造道路5条：已完工3条。\n",
    # a dated list (2.5 is a decimal, not a row number) and prose
    "今年以来，全区经济运行总体平稳。\n2.5万人参加培训，已完成。\n",
]


@pytest.mark.parametrize("text", GUARDS)
def test_not_a_numbered_progress_page(text):
    assert numbered.numbered_table(text) is None


def test_a_work_report_is_never_read_as_numbered_rows():
    doc = Document(name="report.txt", text=EXAMPLES[0][0])
    doc.kind = "work_report"
    with pytest.raises(UnreadableInput):
        progress_table(doc)
    doc.kind = "unknown"
    assert progress_table(doc).layout == "numbered"


def test_a_task_opening_with_a_figure():
    t = numbered.numbered_table("1、新建5G基站300个：已建成210个。\n2、5G网络覆盖重点区域：已覆盖12个园区。\n")
    assert t is not None and [r.get("task") for r in t.rows] == ["新建5G基站300个", "5G网络覆盖重点区域"]


ROWS = "1、新建城市书房5个：已建成3个，其余2个正在装修。\n2、改造老旧小区12个：已开工9个。\n"
PAGE_TABLE = [
    # (title line, kind the reader found, read as a numbered page)
    ("2023年民生实事项目推进情况通报\n", "notice", True),
    ("", "unknown", True),
    # a bulletin titled after the work report and its progress: read as one, its rows read
    ("某区2022年政府工作报告重点工作推进情况\n", "work_report", True),
    ("关于2024年《政府工作报告》重点任务落实情况的通报\n", "work_report", True),
    # guards: a work report itself (its title names no progress), or a title in the second line
    ("政府工作报告\n——2023年1月在某市人民代表大会上\n", "work_report", False),
    ("某市人民政府\n政府工作报告落实情况通报\n", "work_report", False),
]


@pytest.mark.parametrize(("title", "kind", "read"), PAGE_TABLE)
def test_page_table_decides_for_the_reader_and_the_pipeline(title, kind, read):
    assert (numbered.page_table(title + ROWS, [], kind) is not None) is read
    doc = Document(name="page.txt", text=title + ROWS)
    doc.kind = kind
    if read:
        assert progress_table(doc).layout == "numbered"
    else:
        with pytest.raises(UnreadableInput):
            progress_table(doc)


def test_a_table_with_a_progress_column_is_the_page_s_own():
    from luoshi.engine.model import Row, Table
    table = Table(title="", columns=["task", "progress"], rows=[Row(values={"task": "a", "progress": "b"})], layout="pipe")
    assert numbered.page_table(ROWS, [table], "progress_table") is None


def test_the_reader_adds_the_numbered_table_and_the_kind(tmp_path):
    from luoshi.engine import reader
    path = tmp_path / "page.txt"
    path.write_text("某区2022年政府工作报告重点工作推进情况\n" + ROWS, encoding="utf-8")
    doc = reader.read(path)
    assert doc.kind == "progress_table" and [t.layout for t in doc.tables] == ["numbered"]
    assert not doc.warnings          # no "report part not found" warnings: it is no report
