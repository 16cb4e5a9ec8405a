"""The cells layout: one cell per line, section rows, a page saved twice."""

from pathlib import Path

import pytest

from luoshi.engine.tables import cells

pytestmark = pytest.mark.engine

ROOT = Path(__file__).resolve().parents[1]
GONGSHU = ROOT / "luoshi" / "samples" / "gongshu-2020-q2-progress.txt"
SYNTHETIC = Path(__file__).with_name("fixtures") / "cells_duplicated_page.txt"


@pytest.fixture(scope="module")
def gongshu(registry):
    text = GONGSHU.read_text(encoding="utf-8")
    tables = cells.find(text, registry)
    assert len(tables) == 1
    return text, tables[0]


def test_gongshu_reads_each_row_once(gongshu):
    # Counted by hand with grep: lines 18-884 (first copy) hold 433 non-blank
    # lines = 15 bare section numbers + 15 title lines + 19 "(十一)title" lines
    # + 1 &nbsp; cell + 384 cells = 128 rows of task / units / progress.
    _, table = gongshu
    assert len(table.rows) == 128
    keys = [(r.get("section"), r.get("task")) for r in table.rows]
    assert len(set(keys)) == 128
    assert table.columns == ["section", "section_title", "task", "units", "progress"]
    assert table.header == ["项目名称", "项目内容", "责任单位", "进展情况"]
    assert table.title == "2020第二季度政府工作报告重点任务目标执行情况"
    assert any("重复" in n for n in table.notes)


def test_gongshu_rows(gongshu):
    # The 拱墅 page is a scored document (issue 11): its layout is checked by counts and positions,
    # never by its cells' words; the layout's features are tested on tests/fixtures/cells_sections_page.txt.
    text, table = gongshu
    for r in table.rows:
        assert r.get("task") and r.get("units") and r.get("section") and r.get("section_title")
        assert text[r.start:r.end].startswith(r.get("task"))
        assert r.get("units") in text[r.start:r.end]
    assert table.rows[0].line == 22
    assert sum(not r.get("progress") for r in table.rows) <= 1     # the page's one &nbsp; cell


def test_gongshu_sections(gongshu):
    _, table = gongshu
    titles = {}
    for r in table.rows:
        titles.setdefault(r.get("section"), r.get("section_title"))
    assert len(titles) == 22
    assert list(titles)[0] == "(一)" and list(titles)[-1] == "(二十二)"
    # A section that recurs after a page break keeps collecting rows.
    assert sum(r.get("section") == "(八)" for r in table.rows) == 8


SECTIONS = Path(__file__).with_name("fixtures") / "cells_sections_page.txt"


def test_sections_units_and_empty_cells(registry):
    text = SECTIONS.read_text(encoding="utf-8")
    [table] = cells.find(text, registry)
    assert table.title == "某县2022年政府工作报告重点任务落实情况"
    assert table.header == ["项目名称", "项目内容", "责任单位", "进展情况"]
    got = [(r.get("section"), r.get("section_title"), r.get("task"), r.get("units"), r.get("progress"))
           for r in table.rows]
    assert got == [
        ("(一)", "主要预期目标", "全县生产总值增长7%左右", "县发改局、县经济开发区管委会、各乡镇", "正常推进。"),
        # a units cell with a bracketed second name
        ("(二)", "深化营商环境改革", "推进企业开办“一网通办”", "县行政审批局、县委统战部(县民宗局)",
         "已实现线上办理率95%。"),
        # a progress cell left empty (a line of &nbsp;): the next row keeps its own cells
        ("(二)", "深化营商环境改革", "推进政务服务“就近办”", "县行政审批局", ""),
        # a bare abbreviation as the units cell
        ("(二)", "深化营商环境改革", "建设人才公寓300套", "城发投", "已开工180套。"),
        # number and title on one line; a task shaped like an organisation's name
        ("(十一)", "提升城市品质", "举办县域农民丰收节", "县农业农村局", "筹备工作有序开展中"),
        ("(十一)", "提升城市品质", "开工学校4所、竣工2所、投用3所", "县教育局、相关建设指挥部", "已开工3所,竣工1所。"),
        ("(十二)", "保障和改善民生", "新增城镇就业2000人", "县人力社保局、县就业工作领导小组成员单位及责任单位",
         "已新增就业1150人。"),
    ]
    for r in table.rows:
        assert text[r.start:r.end].startswith(r.get("task"))


def test_synthetic_duplicated_page(registry):
    text = SYNTHETIC.read_text(encoding="utf-8")
    [table] = cells.find(text, registry)
    assert table.title == "某区2021年重点任务推进情况"
    got = [(r.get("section"), r.get("section_title"), r.get("task"), r.get("units"), r.get("progress"))
           for r in table.rows]
    assert got == [
        ("(一)", "稳定经济增长", "完成固定资产投资120亿元", "区发改局、各街道", "已完成投资65亿元,完成率54%。"),
        ("(一)", "稳定经济增长", "新增规上企业30家", "区经信局", ""),            # no progress cell
        ("(二)", "推进城市更新", "改造老旧小区40个", "区住建局、相关街道",
         "已开工32个。\n其中完工12个,剩余8个正在招标。"),                       # progress on two lines
        ("(二)", "推进城市更新", "建设口袋公园5个", "区城管局、区住建局", "正在施工中"),
        ("(二)", "推进城市更新", "新建停车泊位800个", "区交警大队、区城投集团", "已完成新建泊位620个"),
        ("(二)", "推进城市更新", "实施道路整治10条", "区住建局", "已完成6条"),  # only in the copy
    ]
    for r in table.rows:
        assert text[r.start:r.end].startswith(r.get("task"))
    # The complete version of the cut-short row comes from the second copy.
    assert table.rows[4].line > 72


def test_no_header_no_table(registry):
    assert cells.find("项目内容\n\n进展情况\n\n随便一行\n", registry) == []
    assert cells.find("", registry) == []


@pytest.mark.parametrize("line,score", [
    ("县发改局、县经济开发区管委会、各乡镇", 1.0),
    ("县委统战部(县民宗局)", 1.0),
    ("城发投", 0.3),
    ("已完成5处,其中新建3处", 0.0),
    ("开工学校4所、竣工2所、投用3所", 0.0),
    ("正常进行中。", 0.0),
])
def test_unit_score(registry, line, score):
    assert cells.unit_score(line, registry) == score


@pytest.mark.parametrize("name", [
    "shangcheng-2019-decomposition.txt", "shangcheng-2020-h1-progress.txt",
    "shangcheng-2020-work-report.txt", "shangcheng-yearbook-awards-and-plans.txt",
])
def test_other_layouts_are_left_alone(registry, name):
    # Pipe rows and tabbed headers name the same columns but are not one cell a line.
    assert cells.find((GONGSHU.parent / name).read_text(encoding="utf-8"), registry) == []


def test_crlf_and_fullwidth_section_numbers(registry):
    text = SYNTHETIC.read_text(encoding="utf-8").replace("\n", "\r\n").replace("(二)", "（二）")
    [table] = cells.find(text, registry)
    assert [r.get("section") for r in table.rows] == ["(一)"] * 2 + ["（二）"] * 4
    for r in table.rows:
        assert text[r.start:r.end].startswith(r.get("task"))
