"""Flattened tables: fused header, rows glued into one line, wrapped rows.

Labels for the real progress table (tests/fixtures/h1_rows.json) come from
reading every row against the work report, not from the algorithm.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from luoshi.engine.orgs import Organisation, Registry
from luoshi.engine.tables import flat

pytestmark = pytest.mark.engine

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "luoshi" / "samples"
FIXTURE = json.loads((ROOT / "tests" / "fixtures" / "h1_rows.json").read_text(encoding="utf-8"))["rows"]


@pytest.fixture(scope="module")
def h1_text() -> str:
    return (SAMPLES / "shangcheng-2020-h1-progress.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def reference() -> list[str]:
    return flat.split_sentences((SAMPLES / "shangcheng-2020-work-report.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def with_reference(h1_text, reference):
    tables = flat.find(h1_text, Registry.default(), reference)
    assert len(tables) == 1
    return tables[0]


@pytest.fixture(scope="module")
def without_reference(h1_text):
    tables = flat.find(h1_text, Registry.default())
    assert len(tables) == 1
    return tables[0]


def _boundary_ok(row, label) -> bool:
    return row.get("task").endswith(label["task_end"]) and row.get("progress").startswith(label["progress_start"])


# --- the real table ------------------------------------------------------------
def test_header_is_split_into_known_words(with_reference):
    assert with_reference.layout == "flat"
    assert with_reference.header == ["内容", "1-6月完成情况", "牵头单位"]
    assert with_reference.columns == ["task", "progress", "lead"]
    assert with_reference.start == 0


def test_row_count(with_reference, without_reference):
    # 114 lines after the header; line 38 holds only the unit of line 37
    assert len(FIXTURE) == 113
    assert len(with_reference.rows) == 113
    assert len(without_reference.rows) == 113


def test_every_lead_and_line(with_reference):
    for row, label in zip(with_reference.rows, FIXTURE, strict=True):
        assert row.line == label["line"]
        assert row.get("lead") == label["lead"], label["line"]


def test_every_boundary_with_reference(with_reference):
    wrong = [label["line"] for row, label in zip(with_reference.rows, FIXTURE, strict=True)
             if not _boundary_ok(row, label)]
    assert wrong == []


def test_boundary_accuracy_without_reference(without_reference):
    rows = without_reference.rows
    exact = sum(_boundary_ok(row, label) for row, label in zip(rows, FIXTURE, strict=True))
    accuracy = exact / len(FIXTURE)
    print(f"flat layout, task/progress boundary without reference: {exact}/{len(FIXTURE)} = {accuracy:.1%}")
    # measured 113/113 on this table (each task is one quoted sentence); the
    # floor leaves room for a few rows, not for a broken rule
    assert accuracy >= 0.95
    assert all(row.get("lead") == label["lead"] for row, label in zip(rows, FIXTURE, strict=True))


def test_wrapped_row_is_joined(h1_text, with_reference):
    lines = h1_text.split("\n")
    row = next(r for r in with_reference.rows if r.line == 37)
    assert row.get("lead") == "区城管局"
    assert row.get("progress").endswith("减量比14.67%。")
    assert row.get("task") == "全面深化垃圾分类“三定三服务”上城方案,全年源头减量3万吨,生活固废继续保持零增长。"
    start_37 = len("\n".join(lines[:36])) + 1
    end_38 = len("\n".join(lines[:38]))
    assert (row.start, row.end) == (start_37, end_38)
    assert h1_text[row.start:row.end] == lines[36] + "\n" + lines[37]
    # the next row starts on line 39
    following = with_reference.rows[with_reference.rows.index(row) + 1]
    assert following.line == 39


def test_offsets_span_each_row(h1_text, with_reference):
    for row in with_reference.rows:
        span = h1_text[row.start:row.end]
        assert span.startswith(row.get("task")[:5])
        assert span.endswith(row.get("lead"))
        # the three cells are the row's text, in order, less whitespace between them
        assert "".join(span.split()) == "".join((row.get("task") + row.get("progress") + row.get("lead")).split())


def test_rows_with_short_progress(with_reference):
    by_line = {r.line: r for r in with_reference.rows}
    assert by_line[44].get("progress") == "暂未改造。"
    assert by_line[105].get("progress") == "已完成。"
    assert by_line[105].get("task") == "完善清河坊等重点区域无障碍设施建设。"


def test_other_documents_hold_no_flat_table(reference):
    registry = Registry.default()
    for name in ("shangcheng-2020-work-report.txt", "shangcheng-2019-decomposition.txt",
                 "gongshu-2020-q2-progress.txt"):
        text = (SAMPLES / name).read_text(encoding="utf-8")
        assert flat.find(text, registry, reference) == [], name


# --- the rule is general: a table written for this test -------------------------
SYNTHETIC = """\
某县2021年民生实事项目上半年推进情况
工作任务上半年进展情况责任部门
新建城乡公交候车亭30个,更新公交车50辆。已建成候车亭18个;新车采购完成招标。县交通运输局
实施高标准农田建设2万亩;已完成1.2万亩。县农业农村局
新增普惠性托位200个,提升托育服务质量。截至6月底新增托位96个,
两家新机构正在装修。
县卫生健康局
推进老旧小区改造。完成改造面积10万平方米。已开工6个小区,改造面积4.2万平方米。县住建局
改造农村饮用水管网40公里。暂未开工。县城投集团

以上为上半年推进情况,下半年将加快进度
"""

SYNTHETIC_REFERENCE = [
    "新建城乡公交候车亭30个,更新公交车50辆。",
    "实施高标准农田建设2万亩,建成一批现代农业园区。",
    "新增普惠性托位200个,进一步提升托育服务质量和水平。",
    "推进老旧小区改造。",
    "完成改造面积10万平方米。",
    "改造农村饮用水管网40公里。",
]


@pytest.fixture
def small_registry() -> Registry:
    # two of the five units are known; 县卫生健康局 and 县城投集团 are found by shape
    return Registry([Organisation("县交通运输局"), Organisation("县农业农村局"), Organisation("县住建局")])


def test_synthetic_table_with_reference(small_registry):
    tables = flat.find(SYNTHETIC, small_registry, SYNTHETIC_REFERENCE)
    assert len(tables) == 1
    table = tables[0]
    assert table.title == "某县2021年民生实事项目上半年推进情况"
    assert table.header == ["工作任务", "上半年进展情况", "责任部门"]
    assert table.columns == ["task", "progress", "lead"]
    got = [(r.line, r.get("task"), r.get("progress"), r.get("lead")) for r in table.rows]
    assert got == [
        (3, "新建城乡公交候车亭30个,更新公交车50辆。", "已建成候车亭18个;新车采购完成招标。", "县交通运输局"),
        (4, "实施高标准农田建设2万亩;", "已完成1.2万亩。", "县农业农村局"),
        (5, "新增普惠性托位200个,提升托育服务质量。", "截至6月底新增托位96个,两家新机构正在装修。", "县卫生健康局"),
        (8, "推进老旧小区改造。完成改造面积10万平方米。", "已开工6个小区,改造面积4.2万平方米。", "县住建局"),
        (9, "改造农村饮用水管网40公里。", "暂未开工。", "县城投集团"),
    ]
    wrapped = table.rows[2]
    assert SYNTHETIC[wrapped.start:wrapped.end].endswith("正在装修。\n县卫生健康局")
    assert table.end == table.rows[-1].end   # the closing sentence is not a row


def test_synthetic_table_without_reference(small_registry):
    table = flat.find(SYNTHETIC, small_registry)[0]
    tasks = [r.get("task") for r in table.rows]
    assert tasks[0] == "新建城乡公交候车亭30个,更新公交车50辆。"
    # one sentence holding both: split where the clause of work done opens
    assert tasks[1] == "实施高标准农田建设2万亩;"
    assert tasks[2] == "新增普惠性托位200个,提升托育服务质量。"
    # a two-sentence task is where the rule without reference falls short
    assert tasks[3] == "推进老旧小区改造。"
    assert tasks[4] == "改造农村饮用水管网40公里。"


@pytest.mark.parametrize("line, expected", [
    ("内容1-6月完成情况牵头单位", ["内容", "1-6月完成情况", "牵头单位"]),
    ("工作任务进展情况责任单位", ["工作任务", "进展情况", "责任单位"]),
    ("重点任务第二季度推进情况牵头部门", ["重点任务", "第二季度推进情况", "牵头部门"]),
    ("任务名称牵头部门", ["任务名称", "牵头部门"]),
])
def test_split_header(line, expected):
    cells, _ = flat.split_header(line)
    assert [line[a:b] for a, b in cells] == expected


@pytest.mark.parametrize("line", [
    "内容 1-6月完成情况 牵头单位",     # separated: another layout's header
    "内容牵头单位完成情况",             # the unit column is not last
    "完成情况",                         # one word is not a fused header
    "推进情况良好的单位",               # prose
])
def test_split_header_refuses(line):
    assert flat.split_header(line) is None


def test_header_alone_is_not_a_table(small_registry):
    assert flat.find("内容1-6月完成情况牵头单位\n这是一段正文,不是表格。\n还是正文。\n", small_registry) == []


def test_reference_matcher_tolerates_paraphrase_but_not_other_figures():
    matcher = flat.ReferenceMatcher(["继续做好文体惠民工程,开展文化走亲10场,惠民演出、戏剧下乡60场,送书5000册。"])
    assert matcher.is_quoted("开展文化走亲10场,惠民演出、戏剧下乡60场,送书5000册。")
    assert not matcher.is_quoted("开展文化走亲11场,惠民演出、戏剧下乡21场,送书500册。")


def _coverage_by_strings(reference: str, sentence: str) -> float:
    """The coverage rule written plainly (n-grams as strings, every character marked): what the matcher's
    packed n-grams must give."""
    key, text = flat._match_key(sentence), flat._match_key(reference)
    if not key:
        return 0.0
    if len(key) < 4 or key in text:
        return 1.0 if key in text else 0.0
    grams = {text[i:i + 4] for i in range(len(text) - 3)}
    covered = [False] * len(key)
    for i in range(len(key) - 3):
        if key[i:i + 4] in grams:
            covered[i:i + 4] = [True] * 4
    if any(ch.isdigit() and not c for ch, c in zip(key, covered, strict=True)):
        return 0.0
    return sum(covered) / len(key)


@pytest.mark.parametrize("reference", [
    "继续做好文体惠民工程,开展文化走亲10场,惠民演出、戏剧下乡60场,送书5000册。推进老旧小区改造12个。",
    "继续做好文体惠民工程,开展文化走亲10场,惠民演出、戏剧下乡60场,送书5000册。推进𠮷祥里小区改造12个。",
])
@pytest.mark.parametrize("sentence", [
    "开展文化走亲10场,惠民演出、戏剧下乡60场,送书5000册。",
    "开展文化走亲11场,惠民演出、戏剧下乡21场,送书500册。",
    "继续做好文体惠民工程,完成老旧小区改造12个",
    "推进𠮷祥里小区改造12个",
    "推进吉祥里小区改造12个",
    "戏剧下乡",
    "全年新增就业岗位3000个",
    "",
])
def test_reference_matcher_coverage_as_the_rule_says(reference, sentence):
    # A reference in the BMP alone is matched by packed n-grams, one with a character past it (𠮷) by strings:
    # both as the rule says, and a sentence's character past the BMP is never found in a reference without it.
    matcher = flat.ReferenceMatcher([reference])
    assert matcher.coverage(sentence) == _coverage_by_strings(reference, sentence)
    assert matcher.is_quoted(sentence) == (_coverage_by_strings(reference, sentence) >= 0.8)
