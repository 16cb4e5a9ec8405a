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
    text, table = gongshu
    first = table.rows[0]
    assert first.values == {
        "section": "(一)", "section_title": "经济社会发展主要预期目标",
        "task": "地区生产总值增长6.5%以上",
        "units": "区发改经信局、区科技工业区管委会、各街道", "progress": "正常进行中。",
    }
    assert first.line == 22 and text[first.start:first.start + 6] == "地区生产总值"
    last = table.rows[-1]
    assert last.get("section") == "(二十二)" and last.get("section_title") == "维护公共安全稳定"
    assert last.get("task") == "开展数字治理赛,平台共治处置率提升至90%以上"
    assert last.get("progress").endswith("数字治理赛驾驶舱初步完成UI设计")
    assert text[last.start:last.end].endswith("UI设计")
    by_task = {r.get("task"): r for r in table.rows}
    # A units cell with a bracketed second name and one with a bare abbreviation.
    assert by_task["推进公民个人和企业“一件事”联办"].get("units").startswith("区行政审批办、区委统战部(区民宗局)")
    assert by_task["筹建蓝领公寓500套"].get("units") == "拱投发"
    # Lines shaped like organisation names that are a task and a progress cell.
    assert by_task["办好中国非遗博览会"].get("units") == "区文广旅体局"
    left_bank = next(r for t, r in by_task.items() if t.startswith("推进运河左岸"))
    assert left_bank.get("progress") == "各项工作有序推进中"
    assert by_task["开工学校10所、竣工6所、投用9所"].get("units") == "区教育局、相关建设指挥部"
    assert by_task["推动劳动纠纷多元化解与信访超市接轨,完成省级“无欠薪”区创建工作"].get("units") == (
        "区人力社保局、区防范处置企业拖欠工资工作领导小组成员单位及责任单位")


def test_gongshu_sections(gongshu):
    _, table = gongshu
    titles = {}
    for r in table.rows:
        titles.setdefault(r.get("section"), r.get("section_title"))
    assert len(titles) == 22
    assert titles["(一)"] == "经济社会发展主要预期目标"
    assert titles["(十一)"] == "提高城市承载能力"      # number and title on one line
    assert titles["(十四)"] == "推动文化“两区”建设"
    # A section that recurs after a page break keeps collecting rows.
    assert sum(r.get("section") == "(八)" for r in table.rows) == 8
    tenth = [r for r in table.rows if r.get("section") == "(十)"]
    assert tenth[1].values["task"] == "竣工安置房14万平方米"
    assert tenth[1].values["progress"].startswith("已完成。拱宸39地块安置房")


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
    ("区发改经信局、区科技工业区管委会、各街道", 1.0),
    ("区委统战部(区民宗局)", 1.0),
    ("已完成7处,其中新建5处", 0.0),
    ("开工学校10所、竣工6所、投用9所", 0.0),
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
