"""End to end: every table of the five sample documents through reader.read.

Exact row counts per table are what a careful reader counts by hand (see the
layout tests for how each was checked); this file asserts that the whole
pipeline — file reading, layout dispatch, structure, kind — keeps them.
"""

from pathlib import Path

import pytest

from luoshi.engine import reader

pytestmark = pytest.mark.engine

SAMPLES = Path(__file__).resolve().parent.parent / "luoshi" / "samples"


@pytest.fixture(scope="module")
def reference():
    return reader.reference_sentences(SAMPLES / "shangcheng-2020-work-report.txt")


def layout_counts(doc):
    return [(t.layout, len(t.rows)) for t in doc.tables]


def test_decomposition_tables():
    doc = reader.read(SAMPLES / "shangcheng-2019-decomposition.txt")
    assert doc.kind == "decomposition_table"
    assert layout_counts(doc) == [("pipe", 148), ("pipe", 15)]
    main, livelihood = doc.tables
    assert main.columns == ["seq", "task", "indicator", "lead", "cooperating", "target_class"]
    assert [r.get("seq") for r in main.rows] == [str(i) for i in range(1, 149)]
    assert {r.get("target_class") for r in main.rows} == {"A类", "B类", "C类"}
    assert "cooperating" in livelihood.columns and "target_class" not in livelihood.columns
    # Every row's offsets quote its own line of the source.
    for row in main.rows:
        assert doc.text[row.start:row.end].startswith(row.get("seq"))


def test_h1_flattened_rows_with_reference(reference):
    doc = reader.read(SAMPLES / "shangcheng-2020-h1-progress.txt", reference=reference)
    assert doc.kind == "progress_table"
    (table,) = doc.tables
    assert (table.layout, len(table.rows)) == ("flat", 113)
    assert table.columns == ["task", "progress", "lead"]
    for row in table.rows:
        assert row.get("task") and row.get("lead")
        # task + progress + lead is the row as written (a wrapped row's line break aside).
        joined = "".join(doc.text[row.start:row.end].split())
        assert joined == "".join((row.get("task") + row.get("progress") + row.get("lead")).split())


def test_gongshu_page_read_once():
    doc = reader.read(SAMPLES / "gongshu-2020-q2-progress.txt")
    assert doc.kind == "progress_table"
    (table,) = doc.tables
    assert (table.layout, len(table.rows)) == ("cells", 128)
    keys = [(r.get("section"), r.get("task")) for r in table.rows]
    assert len(set(keys)) == len(keys)
    assert all(r.get("units") for r in table.rows)


def test_yearbook_award_tables():
    doc = reader.read(SAMPLES / "shangcheng-yearbook-awards-and-plans.txt")
    assert doc.kind == "awards_table"
    assert sorted(layout_counts(doc)) == sorted([
        ("tabbed", 36), ("tabbed", 68), ("tabbed", 12), ("tabbed", 11), ("tabbed", 53), ("tabbed", 31),
        ("bracket", 25), ("bracket", 9), ("bracket", 3), ("bracket", 17), ("bracket", 1),
        ("bracket", 71), ("bracket", 1), ("bracket", 14), ("bracket", 16),
    ])
    results = next(t for t in doc.tables if "综合考评先进集体" in t.title)
    assert {"category", "rank", "unit_name"} <= set(results.columns)


def test_work_report_has_structure_and_no_tables():
    doc = reader.read(SAMPLES / "shangcheng-2020-work-report.txt")
    assert doc.kind == "work_report"
    assert doc.tables == []
    assert [s.role for s in doc.sections if s.level == 0] == ["review", "plan"]
    assert all(doc.text[s.start:s.end] == s.text for s in doc.sentences)


def test_every_sample_reads_and_its_rows_name_only_their_table_columns():
    # (bench/read.py measures reading speed.)
    for path in sorted(SAMPLES.glob("*.txt")):
        doc = reader.read(path)
        for table in doc.tables:
            for row in table.rows:
                assert set(row.values) <= set(table.columns), (path.name, table.title)
