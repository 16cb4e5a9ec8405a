"""The public engine API (luoshi/engine/api.py): what the web layer may call, as tables of examples."""

import ast
from datetime import date
from pathlib import Path

import pytest

from luoshi.engine import api
from luoshi.engine.judgement import Indicator, Milestone, Task

pytestmark = pytest.mark.engine

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "luoshi" / "samples"
MID_YEAR = date(2020, 6, 30)


def test_every_public_name_exists_and_none_is_private():
    assert all(hasattr(api, name) for name in api.__all__)
    assert not [name for name in api.__all__ if name.startswith("_")]
    documented = api.__doc__
    for name in api.__all__:
        if callable(getattr(api, name)) and name[0].islower():
            assert f"``{name}(" in documented, f"{name} is not in the module docstring"


def _engine_privates(paths):
    """(file:line, name) of every private engine name the files import or use."""
    found = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        engine_aliases = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("luoshi.engine"):
                for alias in node.names:
                    if alias.name.startswith("_"):
                        found.append((f"{path.relative_to(ROOT)}:{node.lineno}", alias.name))
                    engine_aliases.add(alias.asname or alias.name)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
                    and isinstance(node.value, ast.Name) and node.value.id in engine_aliases):
                found.append((f"{path.relative_to(ROOT)}:{node.lineno}", f"{node.value.id}.{node.attr}"))
    return sorted(found)


def test_the_web_layer_calls_no_engine_private():
    web = [p for d in ("supervision", "core", "web") for p in (ROOT / "luoshi" / d).rglob("*.py")]
    assert _engine_privates(web) == []


@pytest.mark.parametrize("text,year,expected", [
    ("年底", 2020, date(2020, 12, 31)),
    ("年内完成", 2020, date(2020, 12, 31)),
    ("6月底前", 2020, date(2020, 6, 30)),
    ("六月份", 2021, date(2021, 6, 30)),
    ("十二月底", 2020, date(2020, 12, 31)),
    ("2月底", 2020, date(2020, 2, 29)),
    ("尽快", 2020, None),
    ("", 2020, None),
])
def test_deadline_date(text, year, expected):
    assert api.deadline_date(text, year) == expected


@pytest.mark.parametrize("as_of,deadline,expected", [
    (date(2020, 6, 30), None, 49.7),               # 182 of 366 days
    (date(2021, 12, 31), None, 100.0),
    (date(2020, 3, 31), date(2020, 6, 30), 50.0),
    (date(2020, 7, 1), date(2020, 6, 30), 100.0),   # past the deadline
])
def test_expected_pct(as_of, deadline, expected):
    assert api.expected_pct(as_of, deadline) == expected


@pytest.mark.parametrize("unit,scale,expected", [
    ("万平方米", "万", ("平方米", 1e4)),
    ("亿元", "亿", ("元", 1e8)),
    ("亿元", "", ("元", 1e8)),
    ("万亿元", "万亿", ("元", 1e12)),
    ("套", "", ("套", 1.0)),
    ("%", "", ("%", 1.0)),
    ("万", "万", ("万", 1e4)),                       # a bare scale: 3.5万 (of something unsaid)
])
def test_base_unit(unit, scale, expected):
    assert api.base_unit(unit, scale) == expected


@pytest.mark.parametrize("unit,kind", [("亿元", "money"), ("公顷", "area"), ("个工作日", "duration"),
                                       ("‰", "percent"), ("套", "count"), ("光年", "")])
def test_unit_kind(unit, kind):
    assert api.unit_kind(unit) == kind


def _target(text, **kw):
    ind = api.parse_indicators(text)[0][0]
    for k, v in kw.items():
        setattr(ind, k, v)
    return ind


FIGURES = [
    # (target text, figure, unit, scale) → (status, completion %)
    ("地区生产总值增长6%以上", 6.8, "%", "", ("on_track", None)),
    ("地区生产总值增长6%以上", 5.0, "%", "", ("behind", None)),
    ("地区生产总值增长6%以上", -2.1, "%", "", ("seriously_behind", None)),
    ("能耗下降3%", 3.4, "%", "", ("on_track", None)),
    ("完成固定资产投资120亿元", 60, "亿元", "亿", ("on_track", 50.0)),
    ("完成固定资产投资120亿元", 600000, "万元", "万", ("on_track", 50.0)),   # same base unit, other scale
    ("完成固定资产投资120亿元", 130, "亿元", "亿", ("completed", 108.3)),
    ("完成固定资产投资120亿元", 20, "亿元", "亿", ("seriously_behind", 16.7)),
    ("审批时间压缩至5个工作日", 4, "个工作日", "", ("completed", None)),
    ("审批时间压缩至5个工作日", 7, "个工作日", "", ("behind", None)),
    ("完成固定资产投资120亿元", 7.5, "%", "", ("unclear", None)),          # another unit: not compared
]


@pytest.mark.parametrize("text,value,unit,scale,expected", FIGURES,
                         ids=[f"{t}={v}{u}" for t, v, u, _s, _e in FIGURES])
def test_judge_figure(text, value, unit, scale, expected):
    a = api.judge_figure(_target(text), value, MID_YEAR, unit=unit, scale=scale)
    assert (a.status, a.completion_pct) == expected
    assert a.expected_pct == 49.7 and a.reason and "\n" not in a.reason


def test_judge_figure_quotes_the_target_and_uses_the_task_deadline():
    task = Task(id="T9", source={}, text="6月底前完成投资120亿元", indicators=[], milestones=[
        Milestone("完成投资", "done", "6月底")])
    task.indicators = api.parse_indicators(task.text)[0]
    a = api.judge_figure(task.indicators[0], 45, MID_YEAR, unit="亿元", scale="亿", task=task)
    assert a.task_id == "T9" and a.expected_pct == 100.0 and a.status == "seriously_behind"
    assert [(e.text, e.source) for e in a.evidence] == [("120亿元", "task")]


def test_a_zero_target_is_not_judged_by_a_number():
    zero = Indicator(metric="信访", value=0.0, unit="", comparator="<=", kind="zero")
    assert api.judge_figure(zero, 0, MID_YEAR, unit="").status == "unclear"


def test_reading_from_bytes_and_from_a_path_agree():
    path = SAMPLES / "shangcheng-2019-decomposition.txt"
    from_bytes = api.read_document(path.read_bytes(), path.name)
    from_path = api.read_document(path)
    assert from_bytes.to_json() == from_path.to_json()
    tasks = api.extract_tasks(from_bytes)
    assert len(tasks) == 163 and tasks[0].id == "T1"
    with pytest.raises(api.UnreadableInput):
        api.read_document(b"", "empty.txt")
    with pytest.raises(api.UnreadableInput):
        api.progress_table(from_bytes)              # a decomposition table has no progress column


def test_progress_linking_and_assessing_through_the_api():
    report = api.read_document(SAMPLES / "shangcheng-2020-work-report.txt")
    plan = api.extract_tasks(report)
    doc = api.read_document(SAMPLES / "shangcheng-2020-h1-progress.txt", reference=api.reference_sentences(report))
    rows = api.parse_progress_table(api.progress_table(doc))
    links = api.link_rows([r.task for r in rows], plan)
    assert len(links) == len(rows) == 113
    by_id = {t.id: t for t in plan}
    judged = [api.assess_row(r, by_id.get(lk.task_id), MID_YEAR, task_id=lk.task_id) for r, lk in zip(rows, links, strict=True)]
    assert {a.status for a in judged} <= set(api.STATUSES)


@pytest.mark.parametrize("a,b,alike", [
    ("新建口袋公园5个。", "优化城市环境,新建口袋公园5个", 1.0),     # contained
    ("新建城市书房10个", "新建城市书房10个", 1.0),
])
def test_text_similarity(a, b, alike):
    assert api.text_similarity(a, b) == alike
    assert api.normalise_text(" 新建，城市书房！") == "新建城市书房"


def test_honours_through_the_api():
    assert api.honour_level("2018年度某区获省级和省属部门先进集体荣誉") == "provincial"
    assert api.honour_year("2015—2017年度某区文明单位") == 2017
    rows = api.honour_rows([{"title": "获奖情况", "rows": [
        {"unit_name": "区教育局", "honour": "某省文明单位", "date": "2018年1月"}, {"person": "张三"}]}])
    assert [(r.row, r.unit, r.level, r.year) for r in rows] == [(1, "区教育局", "provincial", 2018)]
