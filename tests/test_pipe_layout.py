"""Pipe-separated tables: the 2019 decomposition sample and small built inputs."""

from pathlib import Path

import pytest

from luoshi.engine.tables import pipe

pytestmark = pytest.mark.engine

SAMPLES = Path(__file__).resolve().parents[1] / "luoshi" / "samples"


@pytest.fixture(scope="module")
def decomposition(registry):
    text = (SAMPLES / "shangcheng-2019-decomposition.txt").read_text(encoding="utf-8")
    return text, pipe.find(text, registry)


def by_seq(table, seq):
    return next(r for r in table.rows if r.values["seq"] == str(seq))


def test_sample_has_two_tables_with_exact_rows(decomposition):
    _, tables = decomposition
    assert [len(t.rows) for t in tables] == [148, 15]
    first, second = tables
    assert first.columns == ["seq", "task", "indicator", "lead", "cooperating", "target_class"]
    assert second.columns == ["seq", "task", "indicator", "lead", "cooperating"]
    assert [r.values["seq"] for r in first.rows] == [str(i) for i in range(1, 149)]
    assert [r.values["seq"] for r in second.rows] == [str(i) for i in range(1, 16)]
    assert first.header[1] == "任 务 名 称"


def test_sample_titles_and_notes(decomposition):
    _, (first, second) = decomposition
    # 附件1 has no title line: resolved through the notice's 附件 list.
    assert first.title == "2019年《政府工作报告》目标任务分解表"
    assert second.title == "2019年民生实事项目目标任务分解表"
    assert first.notes == ["(注:A类指责任目标;B类指激励目标;C类指争先创优目标)"]
    assert second.notes == []


def test_sample_regular_rows(decomposition):
    text, (first, second) = decomposition
    row = by_seq(first, 1)
    assert row.values == {
        "seq": "1", "task": "地区生产总值", "indicator": "增长5.5%(市下达指标)", "lead": "区发改经信局",
        "cooperating": "区财政局、区住房和城建局、区商务局、区文化和广电旅游体育局、区统计局、区投促局、"
                       "区电子机械功能区管委会、各街道办事处",
        "target_class": "A类",
    }
    assert row.line == 11 and text[row.start:row.end].startswith("1 | 地区生产总值")
    last = by_seq(first, 148)
    assert last.values["lead"] == "区发改经信局" and last.values["target_class"] == "B类"
    assert by_seq(second, 15).values == {
        "seq": "15", "task": "建成蓝领公寓500套", "indicator": "完成", "lead": "区住房和城建局", "cooperating": "上投集团",
    }


@pytest.mark.parametrize("seq,lead,cls", [
    (12, "区教育局", "A类"), (13, "区卫生健康局", "A类"), (20, "小营街道办事处", "B类"),
    (85, "望江指挥部", "A类"), (104, "上城交警大队", "A类"), (109, "区教育局", "A类"),
    (130, "区退役军人管理局", "A类"),
])
def test_sample_shifted_rows_are_repaired(decomposition, seq, lead, cls):
    _, (first, _) = decomposition
    row = by_seq(first, seq)
    assert row.values["lead"] == lead
    assert row.values["cooperating"] == ""
    assert row.values["target_class"] == cls


def test_sample_repeated_task_names_kept_as_written(decomposition):
    _, (first, _) = decomposition
    assert {by_seq(first, n).values["task"] for n in (10, 11, 12, 13, 14)} == {"打造“数字政府”“掌上政府”"}


def test_sample_missing_cooperating_in_second_table(decomposition):
    _, (_, second) = decomposition
    assert by_seq(second, 6).values["cooperating"] == ""
    assert by_seq(second, 14).values["lead"] == "望江指挥部"


HEADER = "序号 | 任务名称 | 指标要求 | 牵头部门 | 配合部门 | 目标类型 |"


def read(registry, body, head="重点工作任务分解表\n" + HEADER):
    tables = pipe.find(head + "\n" + body, registry)
    assert len(tables) == 1
    return tables[0]


def test_shifted_cells_by_shape(registry):
    table = read(registry, "\n".join([
        "1 | 任务甲 | 增长5% | 区财政局 | A类 | |",            # no cooperating: class slid left
        "2 | 任务乙 | 区商务局 | 区统计局 | B类 |",           # no indicator: org lists in its place
        "3 | 任务丙 | 完成 | 区民政局 | | C类 |",            # blank cooperating in place
        "4 | 任务丁 | 新增10家 | 区科技局 | 区财政局、各街道办事处 | 一类 |",
        "5 | 任务戊 | 完成 | A类 | 区城管局 |",                # class before the org cell
    ]))
    v = [r.values for r in table.rows]
    assert len(v) == 5
    assert (v[0]["lead"], v[0]["cooperating"], v[0]["target_class"]) == ("区财政局", "", "A类")
    assert (v[1]["indicator"], v[1]["lead"], v[1]["cooperating"], v[1]["target_class"]) == (
        "", "区商务局", "区统计局", "B类")
    assert (v[2]["cooperating"], v[2]["target_class"]) == ("", "C类")
    assert v[3]["target_class"] == "一类" and v[3]["cooperating"] == "区财政局、各街道办事处"
    assert (v[4]["lead"], v[4]["cooperating"], v[4]["target_class"]) == ("区城管局", "", "A类")


def test_row_wrapped_inside_a_cell(registry):
    text = "\n".join([
        "附件",
        "重点工作任务分解表",
        HEADER,
        "1 | 建设数字E谷 | 推进中维商务中心建设,",
        "力争年底竣工 | 区发改经信局 | 区科技局 | A类 |",
        "2 | 深化改革 | 全年走访企业不少于",
        "2000人次 | 区财政局 | 区税务局 | B类 |",
        "3 | 打造平台 | 完成 | 区数据资源局 | 区财政局、",
        "各街道办事处 | A类 |",
    ])
    (table,) = pipe.find(text, registry)
    v = [r.values for r in table.rows]
    assert len(v) == 3
    assert v[0]["indicator"] == "推进中维商务中心建设,力争年底竣工"
    assert v[0]["lead"] == "区发改经信局" and v[0]["target_class"] == "A类"
    # a continuation that starts with a number is not a new row (2000 is not 序号 3)
    assert v[1]["indicator"] == "全年走访企业不少于2000人次"
    assert v[2]["cooperating"] == "区财政局、各街道办事处"
    assert table.rows[0].line == 4
    assert text[table.rows[0].start:table.rows[0].end].endswith("A类")


def test_continuation_laid_out_as_a_row(registry):
    table = read(registry, "\n".join([
        "1 | 推进老旧小区 | 完成改造 | 区住房和城建局 | 各街道办事处 | A类 |",
        " | 综合改造 | 10个小区 | | | |",
        "2 | 加装电梯 | 50台 | 区住房和城建局 | 区市场监管局 | A类 |",
    ]))
    assert [r.values["task"] for r in table.rows] == ["推进老旧小区综合改造", "加装电梯"]
    assert table.rows[0].values["indicator"] == "完成改造10个小区"


def test_markdown_pipes_and_table_end(registry):
    text = "\n".join([
        "2020年民生实事项目清单",
        "| 序号 | 项目内容 | 责任单位 |",
        "|---|---|---|",
        "| 1 | 新建公厕10座 | 区城管局 |",
        "| 2 | 加装电梯50台 | 区住房和城建局、各街道 |",
        "注:责任单位第一个为牵头单位。",
        "",
        "以上项目请各单位抓好落实。",
    ])
    (table,) = pipe.find(text, registry)
    assert table.title == "2020年民生实事项目清单"
    assert table.columns == ["seq", "task", "units"]
    assert [r.values["units"] for r in table.rows] == ["区城管局", "区住房和城建局、各街道"]
    assert table.notes == ["注:责任单位第一个为牵头单位。"]
    assert text[table.start:table.end].startswith("2020年民生实事项目清单")
    assert "以上项目" not in text[table.start:table.end]


def test_body_row_is_not_taken_for_a_header(registry):
    table = read(registry, "1 | 落实安全生产责任报告制度 | 推进企业每季度报送报告 | 区应急管理局 | 各街道办事处 | A类 |")
    assert len(table.rows) == 1


def test_title_from_attachment_list(registry):
    text = "\n".join([
        "附件:1. 甲表任务分解表",
        "2. 乙项目任务分解表",
        "区政府办公室",
        "附件2",
        HEADER,
        "1 | 任务 | 完成 | 区财政局 | 区统计局 | A类 |",
    ])
    (table,) = pipe.find(text, registry)
    assert table.title == "乙项目任务分解表"
    assert text[table.start:].startswith("附件2")
