"""The misses of stop 66's held-out tasks set, the sixty-ninth (t83, bench/labels/tasks_invented/, labels sealed and
committed in 41109247 before any engine run on it; judged once by the lead: starts 24/24 found, precision 24/37,
group 3/24, indicators 22/24).  The document is a county's briefing slides exported from the presentation to text: a
title slide, then every slide opened by the same running header and closed by its page number alone on a line, a
contents slide, the key-work slides each titled with the section's number and name, a bar ｜ and the slide's own title,
one measure to a ■ bullet, one bullet wrapped onto a second line, a safeguards slide and a closing slide of thanks.  The
engine read the title slide's lines, the date, the contents slide's lines, the page numbers and a wrapped bullet's
second line as tasks, and did not read the slide's own title after the bar as the group of its bullets.

The slides below are written for this file in other words (another county, year, figures and nouns); none of it is a
label's sentence."""

from __future__ import annotations

import pytest

from luoshi.engine.text import for_parsing
from tests.tasks_heldout_helpers import found_tasks, group_of, metrics_of, start_of

pytestmark = pytest.mark.engine

_HEADER = "某某县人民政府　2027年重点工作汇报"
_SLIDES = ("某某县2027年重点工作汇报\n"
           "——在全市二季度重点工作推进会上的交流发言\n"
           "某某县人民政府\n"
           "2027年4月\n\n"
           f"{_HEADER}\n"
           "目　录\n"
           "CONTENTS\n"
           "01　2026年工作回顾\n"
           "02　2027年主要目标\n"
           "03　2027年重点工作\n"
           "04　保障措施\n"
           "2\n\n"
           f"{_HEADER}\n"
           "01　2026年工作回顾\n"
           "■ 地区生产总值增长6.1%\n"
           "■ 新增市场主体4200户\n"
           "3\n\n"
           f"{_HEADER}\n"
           "03　2027年重点工作｜做强产业集群\n"
           "■ 实施重点产业项目45个，年度计划投资60亿元\n"
           "■ 新培育规上工业企业20家\n"
           "4\n\n"
           f"{_HEADER}\n"
           "03　2027年重点工作｜改善城乡环境\n"
           "■ 推进农村污水治理，行政村生活污水治理率和农村卫生厕所普及率均达\n"
           "　到85%以上\n"
           "■ 新建口袋公园8个\n"
           "5\n\n"
           f"{_HEADER}\n"
           "04　保障措施\n"
           "■ 压实部门责任，重点工作完成情况在年度考核中权重不低于25%\n"
           "6\n\n"
           "谢谢！\n")

_WRAPPED = "推进农村污水治理，行政村生活污水治理率和农村卫生厕所普及率均达到85%以上"
_EXPECTED = [
    ("实施重点产业项目45个，年度计划投资60亿元", "做强产业集群"),
    ("新培育规上工业企业20家", "做强产业集群"),
    (_WRAPPED, "改善城乡环境"),
    ("新建口袋公园8个", "改善城乡环境"),
    ("压实部门责任，重点工作完成情况在年度考核中权重不低于25%", "保障措施"),
]


def _starts(tmp_path, text: str = _SLIDES) -> list[str]:
    return [start_of(t) for t in found_tasks(tmp_path, text)]


def test_the_running_header_and_the_thanks_are_no_task(tmp_path):
    starts = _starts(tmp_path)
    assert not any(s.startswith(for_parsing("某某县人民政府")) and "汇报" in s for s in starts)
    assert not any("谢谢" in s for s in starts)


def test_the_last_years_results_are_no_task(tmp_path):
    assert not any(s.startswith(for_parsing("地区生产总值增长6.1%")) for s in _starts(tmp_path))


def test_the_safeguards_group_their_bullet(tmp_path):
    task = next(t for t in found_tasks(tmp_path, _SLIDES) if start_of(t).startswith(for_parsing("压实部门责任")))
    assert for_parsing(group_of(task)) == for_parsing("保障措施")


# (mended by taskse, stop 66: tasks.report._PAGE_NUMBER, _CONTENTS_HEADING, _MONTH_ALONE in _sign_off;
# tasks.report._SLIDE_TITLE in _place)
def test_page_numbers_are_no_task(tmp_path):
    assert not any(s.isdigit() for s in _starts(tmp_path))


def test_the_contents_slide_is_no_task(tmp_path):
    starts = _starts(tmp_path)
    assert for_parsing("目　录") not in starts and "CONTENTS" not in starts


def test_the_title_slides_issuer_and_date_are_no_task(tmp_path):
    starts = _starts(tmp_path)
    assert for_parsing("某某县人民政府") not in starts and for_parsing("2027年4月") not in starts


@pytest.mark.xfail(strict=True, reason="taskse66: a bullet wrapped onto a second line indented by a full-width "
                                       "space read as two tasks (the second with 到 for its metric)")
def test_a_wrapped_bullet_is_one_task_with_its_rates(tmp_path):
    found = found_tasks(tmp_path, _SLIDES)
    assert for_parsing(_WRAPPED) in [start_of(t) for t in found]
    got = metrics_of(found, _WRAPPED) or []
    assert [(v, u) for _, v, u in got] == [(85.0, "%"), (85.0, "%")]


def test_the_slide_title_after_the_bar_groups_its_bullets(tmp_path):
    got = [(start_of(t), for_parsing(group_of(t))) for t in found_tasks(tmp_path, _SLIDES)]
    want = [(for_parsing(s), for_parsing(g)) for s, g in _EXPECTED]
    assert [g for s, g in got if not s.startswith("到")] == [g for _, g in want]


@pytest.mark.parametrize(("line", "furniture"), [
    ("3", True), ("- 12 -", True), ("—7—", True), ("第4页", True), ("第4页/共20页", True), ("5/18", True),
    ("目录", True), ("目　录", True), ("CONTENTS", True), ("2027年4月", True),
    # near misses: a year alone, a numbered mark with its full stop, a date inside a measure, a heading with 目录 in it
    ("2027", False), ("3.", False), ("2027年4月底前建成投用", False), ("编制产业招商目录", False), ("1200", False),
])
def test_slide_furniture_alone_on_a_line(line, furniture):
    from luoshi.engine.tasks.report import _CONTENTS_HEADING, _MONTH_ALONE, _PAGE_NUMBER
    body = for_parsing(line).strip()
    got = any(p.fullmatch(body) for p in (_PAGE_NUMBER, _CONTENTS_HEADING, _MONTH_ALONE))
    assert got is furniture


@pytest.mark.parametrize(("title", "group"), [
    ("03　2027年重点工作｜做强产业集群", "做强产业集群"),
    ("二、重点任务 | 稳住农业基础", "稳住农业基础"),
    # near misses: a table's header row of three cells, a bar before a sentence, a figure after the bar
    ("指标名称｜单位｜目标", None), ("重点工作｜全年新建学校3所", None), ("重点工作｜推进改革，提升效能", None),
])
def test_a_slide_title_line_and_its_near_misses(title, group):
    from luoshi.engine.tasks.report import _SLIDE_TITLE
    m = _SLIDE_TITLE.fullmatch(for_parsing(title).strip())
    assert (m.group(1) if m else None) == group
