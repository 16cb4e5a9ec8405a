"""Whole progress pages read by the document path (bench/status_docpath.py, stop 61): two shapes real pages take
that the reader lost.

* A page of one task's progress copied cell by cell from a table (序号 / 工作任务 / 进展情况 / 1 / task / progress):
  a one-row grid was never taken for a table (tables/stacked.py asks two rows), so the page was refused.  A lone
  row is a table when its header names the row number, the task and the progress, its number is a figure and
  nothing but blank lines follows it.
* A page of a few numbered tasks, each ending with no mark and its progress on the next line, with titles of a
  like width (files/wrapped.py): the item number's 、 was taken for a clause mark, so each title looked broken off
  mid-sentence at a page's width and was joined to its progress.  A numbered line whose only mark is its number's
  is a title its writer ended, no evidence of a page's width.

The page texts are written for these tests (某某 names), in other words than any labelled set."""

from __future__ import annotations

import pytest

from luoshi.engine import reader
from luoshi.engine.files.wrapped import unwrapped
from luoshi.engine.tables import stacked

pytestmark = pytest.mark.engine


def _rows(tmp_path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    doc = reader.read(path)
    return [(r.get("task"), r.get("progress")) for t in doc.tables if "progress" in t.columns for r in t.rows]


ONE_ROW_PAGES = [
    ("序号\n工作任务\n进展情况\n1\n新建某某社区养老服务站6个\n1-6月已建成4个，其余2个正在装修。\n",
     "新建某某社区养老服务站6个", "1-6月已建成4个，其余2个正在装修。"),
    ("序号\n重点任务\n完成情况\n1\n改造某某老旧小区12个\n已开工12个，完工7个。\n\n\n",
     "改造某某老旧小区12个", "已开工12个，完工7个。"),
    ("某某县重点工作进展表\n\n序号\n工作任务\n进展情况\n1\n完成某某河道清淤8万立方米\n截至9月底完成清淤5.1万立方米。\n",
     "完成某某河道清淤8万立方米", "截至9月底完成清淤5.1万立方米。"),
]


@pytest.mark.parametrize(("text", "task", "progress"), ONE_ROW_PAGES)
def test_a_one_row_page_copied_cell_by_cell_is_read(tmp_path, text, task, progress):
    assert _rows(tmp_path, text) == [(task, progress)]


NOT_ONE_ROW_TABLES = [
    "序号\n任务名称\n牵头单位\n1\n某某一句话\n",                                    # no progress column
    "序号\n工作任务\n进展情况\n一\n新建某某书屋3个\n已建成2个。\n",                  # the number is no figure
    "序号\n工作任务\n进展情况\n1\n新建某某书屋3个\n已建成2个。\n\n附：某某说明一段。\n",   # text after the row
    "序号\n工作任务\n进展情况\n1\n新建某某书屋3个\n\n",                              # no progress cell
]


@pytest.mark.parametrize("text", NOT_ONE_ROW_TABLES)
def test_what_a_lone_stacked_row_is_not(text):
    assert stacked.find(text) == []


NUMBERED_TITLES = [
    [("6月底前完成某某堤防加固工程", "堤身加培已全部完成，6月28日通过验收。"),
     ("开工建设某某食品产业园一期工程", "环评已完成，用地预审正在办理，施工图设计过半。"),
     ("年内完成某某小型水库除险加固9座", "已完工4座，在建5座。"),
     ("二季度末前完成城区某某积水点改造", "12处积水点改造均已完工。"),
     ("年内完成某某村卫生室标准化建设30个", "已完成10个，其余20个正在选址。")],
    [("新建某某乡镇污水处理站5座", "3座已通水运行，2座正在安装设备。"),
     ("改造某某农村公路60公里", "1-9月完成改造41公里。"),
     ("新增某某城区停车泊位2000个", "已新增泊位1650个。"),
     ("建设某某智慧农业示范基地3个", "2个基地已建成，1个尚未开工。"),
     ("完成某某高标准农田建设2万亩", "已完成1.6万亩，进度滞后。"),
     ("培育某某规上工业企业15家", "新增规上工业企业9家。")],
]


@pytest.mark.parametrize("rows", NUMBERED_TITLES)
def test_numbered_titles_of_a_like_width_stay_apart_from_their_progress(tmp_path, rows):
    text = "".join(f"{k}、{task}\n{progress}\n" for k, (task, progress) in enumerate(rows, 1))
    assert unwrapped(text) == text
    assert _rows(tmp_path, text) == rows


def test_a_numbered_paragraph_broken_at_a_page_width_is_still_joined():
    """The guard: numbered paragraphs whose lines a page broke inside a sentence (clause marks after the number)
    are joined as before."""
    paragraphs = [
        "1、某某县坚持项目为王，全年谋划实施重点项目一百二十个，完成投资八十五亿元，其中产业项目占比超过六成，"
        "带动作用明显增强。",
        "2、某某县持续优化营商环境，新增市场主体五千六百户，办理时限压缩一半以上，企业开办实现一日办结，"
        "群众满意度稳步提升。",
        "3、某某县扎实推进乡村振兴，建成美丽乡村示范村十二个，农村人居环境整治成效明显，村集体经济收入"
        "全部超过三十万元。",
    ]
    lines = []
    for p in paragraphs:
        lines += [p[i:i + 20] for i in range(0, len(p), 20)]
    text = "\n".join(lines) + "\n"
    joined = unwrapped(text)
    assert joined != text
    assert [line for line in joined.splitlines() if line] == paragraphs
