"""Tasks and their targets (目标任务) from the real samples."""

from collections import Counter
from pathlib import Path

import pytest

from luoshi.engine import reader
from luoshi.engine.model import Document, Row, SourceText, Table
from luoshi.engine.tasks import (
    tasks_from_document,
    tasks_from_progress_table,
    tasks_from_report,
    tasks_from_table,
)

pytestmark = pytest.mark.engine

SAMPLES = Path(__file__).resolve().parent.parent / "luoshi" / "samples"


@pytest.fixture(scope="module")
def report():
    doc = reader.read(SAMPLES / "shangcheng-2020-work-report.txt")
    return doc, tasks_from_document(doc, "shangcheng-2020-work-report.txt")


@pytest.fixture(scope="module")
def table_tasks():
    return tasks_from_document(reader.read(SAMPLES / "shangcheng-2019-decomposition.txt"))


# --- work report -------------------------------------------------------------

def test_report_count(report):
    doc, tasks = report
    # Counted by hand in the plan part (2020年重点工作):
    #   6 expected targets (E1–E6) and 12 民生实事 items (L1–L12);
    #   under 一、…五、 124 sentences from the first 一、 heading to the last
    #   sentence before the 民生实事 lead-in, less 5 一、 headings, 16 run-in
    #   sub-headings and 5 framing sentences (each part's opening sentence
    #   before its first sub-heading) = 98 sentences, one of which (建设道路3条…;
    #   建设公共停车场库2个…) is two clauses = 99;
    #   +1 after the 民生实事 list (今年,我们还要科学编制…“十四五”规划…);
    #   +7 after the closing address (加强法治政府建设… to 牢固树立过“紧日子”…),
    #   the address, its transition (新的形势和任务…, 区政府将高举…) and the
    #   exhortations ending in ！ are not tasks.
    kinds = Counter(t.kind for t in tasks)
    assert kinds == {"task": 107, "livelihood": 12, "expected_target": 6}
    assert len(tasks) == 125
    assert len({t.id for t in tasks}) == len(tasks)


def test_report_plan_part_only(report):
    doc, tasks = report
    plan = next(s for s in doc.sections if s.level == 0 and s.role == "plan")
    assert all(t.source["start"] >= plan.start for t in tasks)
    texts = " ".join(t.text for t in tasks)
    assert "2019年工作回顾" not in texts
    for t in tasks:
        assert doc.text[t.source["start"]:t.source["end"]] == t.text
        assert t.source["file"] == "shangcheng-2020-work-report.txt"
        assert t.lead == [] and t.cooperating == []


def test_report_part_and_heading(report):
    _, tasks = report
    t = next(t for t in tasks if "继续落实减税降费政策" in t.text)
    assert t.id == "R1-1-2"
    assert t.heading == "全面支持民营企业发展"
    assert t.part == "全力以赴优化营商环境,打造创新发展新高地"
    assert t.kind == "task"
    subs = [t for t in tasks if t.id.startswith("R4-2-")]
    assert {t.heading for t in subs} == {"大力推进重点项目建设"}


def test_report_skips_headings_and_framing(report):
    _, tasks = report
    texts = [t.text for t in tasks]
    assert not any(x.startswith("坚定不移把高质量发展作为第一任务") for x in texts)
    assert not any(x.startswith("全面支持民营企业发展") for x in texts)
    assert not any(x.startswith("2020年是") or x.startswith("今年工作的总体要求") for x in texts)
    assert not any(x.endswith(":") or x.endswith("：") for x in texts)
    assert not any("各位代表" in x for x in texts)
    assert not any(x.startswith("区政府将高举") for x in texts)
    closing = [t for t in tasks if t.id.startswith("R0-0-")]
    assert closing[0].text.startswith("加强法治政府建设") and len(closing) == 7
    assert all(t.part == "" and t.heading == "" for t in closing)


def test_report_clause_split(report):
    _, tasks = report
    a = next(t for t in tasks if t.id == "R4-2-6a")
    b = next(t for t in tasks if t.id == "R4-2-6b")
    assert a.text.endswith("有序推进“迎亚运”道路整治5条")
    assert b.text == "建设公共停车场库2个,新增泊位400个"


def test_expected_targets(report):
    _, tasks = report
    targets = [t for t in tasks if t.kind == "expected_target"]
    assert [t.text for t in targets] == [
        "地区生产总值增长5%", "服务业增加值增长7.5%", "固定资产投资增长10%",
        "社会消费品零售总额增长8%", "一般公共预算收入增长5%", "新增城镇就业10000人"]
    assert [t.id for t in targets] == [f"E{n}" for n in range(1, 7)]
    assert all(t.heading == "主要预期目标" for t in targets)


def test_livelihood_items(report):
    _, tasks = report
    items = [t for t in tasks if t.kind == "livelihood"]
    assert [t.id for t in items] == [f"L{n}" for n in range(1, 13)]
    assert items[0].name == "建设“美好家园”"
    assert items[0].text.startswith("建设“美好家园”。加快老旧小区微更新")
    assert items[7].text == "改善居民用水“最后一公里”。完成2000户老旧高层住宅二次供水设施改造。"
    assert all(t.heading == "民生实事" for t in items)


def test_report_ids_stable(report):
    doc, tasks = report
    again = tasks_from_report(doc, "shangcheng-2020-work-report.txt")
    assert [t.id for t in again] == [t.id for t in tasks]


# --- decomposition table -------------------------------------------------------

def test_table_counts(table_tasks):
    main = [t for t in table_tasks if t.kind == "task"]
    livelihood = [t for t in table_tasks if t.kind == "livelihood"]
    assert len(main) == 148 and len(livelihood) == 15
    assert [t.id for t in main[:2]] == ["T1", "T2"]
    assert [t.id for t in livelihood[:2]] == ["T2-1", "T2-2"]
    assert len({t.id for t in table_tasks}) == 163
    assert all(len(t.lead) == 1 for t in table_tasks)
    assert Counter(t.target_class for t in main) == {"A": 131, "B": 15, "C": 2}
    assert {t.target_class for t in livelihood} == {""}


def test_table_row_23(table_tasks):
    t = next(t for t in table_tasks if t.id == "T23")
    assert t.name == "深入实施高新技术企业倍增计划"
    assert t.indicator_text == "新增国家高新技术企业25家,力争28家(市下达指标)"
    assert t.text == t.name + "：" + t.indicator_text
    assert t.lead == ["区科技局"]
    assert t.target_class == "B"      # the row says B类
    assert "区委宣传部" in t.cooperating and "区税务局" in t.cooperating
    assert t.source["row"] == 23 and t.source["line"] == 33
    # Indicator spans are relative to the task text.
    for i in t.indicators:
        assert t.text[i.span[0]:i.span[1]] == i.text


def test_table_first_row(table_tasks):
    t = table_tasks[0]
    assert t.name == "地区生产总值" and t.indicator_text.startswith("增长5.5%")
    assert t.lead == ["区发改经信局"] and t.target_class == "A"
    assert len(t.cooperating) == 8


# --- progress tables that state their tasks -----------------------------------

def test_gongshu_progress_tasks(samples):
    # A scored document (issue 11): checked by counts, not by its words.
    tasks = tasks_from_document(reader.read(samples / "gongshu-2020-q2-progress.txt"))
    assert len(tasks) == 128 and tasks[0].id == "P1"
    assert tasks[0].kind == "expected_target" and len(tasks[0].lead) == 1 and len(tasks[0].cooperating) == 2
    assert Counter(t.kind for t in tasks)["expected_target"] == 6


def test_sections_page_tasks():
    text = (Path(__file__).with_name("fixtures") / "cells_sections_page.txt").read_text(encoding="utf-8")
    tasks = tasks_from_document(reader.read_text(SourceText(text, "txt")))
    assert [t.id for t in tasks] == [f"P{i}" for i in range(1, 8)]
    first = tasks[0]
    assert first.text == "全县生产总值增长7%左右"
    assert first.part == "主要预期目标" and first.kind == "expected_target"
    assert first.lead == ["县发改局"]
    assert first.cooperating == ["县经济开发区管委会", "各乡镇"]


def test_progress_collective_first_unit_is_no_lead():
    table = Table("t", ["task", "units", "progress"],
                  [Row({"task": "完成X", "units": "各街道、区城管局", "progress": "已完成"})], "cells")
    t = tasks_from_progress_table(table, "x")[0]
    assert t.lead == ["区城管局"] and t.cooperating == ["各街道"]


# --- bad input ------------------------------------------------------------------

def test_no_tasks():
    doc = reader.read_text(SourceText("今天天气很好。我们去公园散步。", "txt"))
    assert tasks_from_document(doc) == []
    assert tasks_from_document(Document(name="empty", text="")) == []


def test_table_without_columns():
    table = Table("获奖", ["unit_name", "honour"], [Row({"unit_name": "区教育局", "honour": "先进"})], "tabbed")
    assert tasks_from_table(table, "x") == []
    assert tasks_from_progress_table(table, "x") == []
    assert tasks_from_document(Document(name="x", text="", tables=[table])) == []


def test_awards_document_has_no_tasks(samples):
    assert tasks_from_document(reader.read(samples / "shangcheng-yearbook-awards-and-plans.txt")) == []
