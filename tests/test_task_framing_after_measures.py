"""A section's own paragraphs before its first sub-section frame it (城市是…。我们将… before 1．…), unless they hold its
measures.  A paragraph opening on two figures or more is measures (tasks.report._figures_open); framing comes before the
measures, never after them, so every paragraph after such a one or one opened by a short result to check
(tasks.report._result_paragraphs) up to the first sub-section (here a run-in title) is
measures too, however few figures it holds — a ；-sentence of two objects with one figure or none is two tasks.  A
section whose paragraphs before its first sub-section hold no such opening frames it still (issue 10).

The reports below were written for these tests (某某 names) and read before the engine ran on them."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

_HEAD = """某某县人民政府工作报告
——2025年1月8日在某某县第十八届人民代表大会第四次会议上

各位代表：

一、2024年工作回顾

过去一年，全县地区生产总值增长5.9%。

二、2025年重点工作

（一）推进城乡建设

{body}

打造宜居乡村。新建农村户厕1200座，改造农村公路45公里。

（二）增进民生福祉

新增城镇就业4000人，开展职业技能培训6000人次。

各位代表！让我们团结一心，奋勇前进！
"""


def _starts(tmp_path, body):
    (tmp_path / "r.txt").write_text(_HEAD.format(body=body), encoding="utf-8")
    return [for_parsing(t.text).strip() for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt"))
            if t.kind == "task"]


# (the paragraphs before the run-in title 打造宜居乡村。, the task starts expected among them)
AFTER_MEASURES = [
    ("全年实施县城更新项目18个，完成投资22亿元。\n\n推进某某新区建设，完成房屋征收600户；某某客运站年内建成投用。",
     ["全年实施县城更新项目18个", "推进某某新区建设", "某某客运站年内建成投用"]),
    ("新建保障性住房800套，改造老旧小区16个。\n\n启动某某河公园二期建设；某某大桥年底前通车。",
     ["新建保障性住房800套", "启动某某河公园二期建设", "某某大桥年底前通车"]),
    ("完成城区雨污分流改造30公里，新增停车泊位2000个。\n\n加快某某片区棚户区改造，年内完成搬迁。",
     ["完成城区雨污分流改造30公里", "加快某某片区棚户区改造"]),
]

# A paragraph opened by a measure that dates its own result (a clause opening on a measure or result verb, then a
# deadline and a result verb; or the deadline opening the sentence) is measures too, with no figure.
DATED_MEASURES = [
    ("实施某某老街保护性改造，6月底前完成主体工程。\n\n新建社区卫生服务站3个。",
     ["实施某某老街保护性改造", "新建社区卫生服务站3个"]),
    ("加快某某安置区建设，力争9月前开工。", ["加快某某安置区建设"]),
    ("年内建成某某体育公园，同步配套健身步道。", ["年内建成某某体育公园"]),
]
AFTER_MEASURES += DATED_MEASURES

# Framing with no paragraph of measures before it: no task read from it.
FRAMING_STILL = [
    ("城市建设事关群众切身利益，我们将坚持规划引领，推动县城建设提档升级。", ["城市建设事关群众切身利益"]),
    ("今年，全县将实施城建项目40个。\n\n围绕补短板、强功能，重点抓好以下工作。",
     ["今年，全县将实施城建项目40个", "围绕补短板"]),
    # (guards) a framing sentence's date of the whole year's work, a measure verb with no date
    ("做好城乡建设工作，要坚持规划先行，确保年底前完成全年目标任务。", ["做好城乡建设工作"]),
    ("推进城乡建设，要坚持规划先行、建管并重。", ["推进城乡建设"]),
]


@pytest.mark.parametrize("body,starts", AFTER_MEASURES)
def test_paragraphs_after_a_measures_paragraph_are_measures(tmp_path, body, starts):
    found = _starts(tmp_path, body)
    for start in starts:
        assert any(f.startswith(start) for f in found), (start, found)


@pytest.mark.parametrize("body,openings", FRAMING_STILL)
def test_framing_with_no_measures_before_it_is_no_task(tmp_path, body, openings):
    found = _starts(tmp_path, body)
    for opening in openings:
        assert not any(f.startswith(opening) for f in found), (opening, found)


# The five years' goals in the framing of a part titled with the five years and the year: ordinal ；-pieces after a lead
# ending in a colon inside a sentence opening on the five years are tasks of the five years, each opened by its ordinal.
_MIXED = """某某县人民政府工作报告
——2026年1月9日在某某县第十八届人民代表大会第五次会议上

各位代表：

一、2025年工作回顾

过去一年，全县地区生产总值增长5.9%。

二、“十五五”时期目标任务和2026年重点工作

{body}

2026年是“十五五”开局之年。做好今年工作，要坚持稳中求进工作总基调。

（一）推动产业升级

新增规上工业企业30家，建成标准厂房12万平方米。

（二）增进民生福祉

新增城镇就业4000人，开展职业技能培训6000人次。

各位代表！让我们团结一心，奋勇前进！
"""


def _mixed(tmp_path, body):
    (tmp_path / "r.txt").write_text(_MIXED.format(body=body), encoding="utf-8")
    return [(for_parsing(t.text).strip(), t.five_year) for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt"))
            if t.kind == "task"]


FIVE_YEAR_ORDINALS = [
    ("未来五年，全县将紧扣建设生态强县的目标，重点在四个方面发力：一是生态环境持续改善，森林覆盖率达到68%；二是产业结构更加优化，"
     "文旅产业增加值占比提高到12%；三是县城能级明显提升；四是群众生活更加殷实。",
     ["一是生态环境持续改善", "二是产业结构更加优化", "三是县城能级明显提升", "四是群众生活更加殷实"]),
    ("“十五五”时期，我们将围绕打造区域物流枢纽，着力实现两个突破：一是建成某某铁路物流港，二期工程投入运营；二是培育百亿级物流企业2家。",
     ["一是建成某某铁路物流港", "二是培育百亿级物流企业2家"]),
]

# Framing still: the year's principles as ordinals, the five years' targets with no ordinal pieces.
FIVE_YEAR_FRAMING = [
    ("今后五年，全县发展的主要目标是：地区生产总值年均增长6%左右，城乡居民收入稳步增长。", "今后五年"),
    ("做好今年工作，要把握好以下原则：一是坚持稳中求进；二是坚持改革创新。", "一是坚持稳中求进"),
]


@pytest.mark.parametrize("body,starts", FIVE_YEAR_ORDINALS)
def test_five_year_goals_as_ordinals_in_the_framing_are_tasks(tmp_path, body, starts):
    found = _mixed(tmp_path, body)
    for start in starts:
        assert any(text.startswith(start) and five for text, five in found), (start, found)
    assert any(text.startswith("新增规上工业企业30家") and not five for text, five in found)


@pytest.mark.parametrize("body,opening", FIVE_YEAR_FRAMING)
def test_framing_with_no_five_year_ordinals_stays_framing(tmp_path, body, opening):
    assert not any(text.startswith(opening) for text, _ in _mixed(tmp_path, body))
