"""A plan's titles in 【】 and places in a list of the top N (issue 10, the import preview).

* 【数字经济】建设… opening a paragraph, or 【扩大高水平开放】 alone on its line, is a sub-heading as a bold one is
  (structure.py): the measures after it are tasks under it, and the title no task; prose after a 【】 title is no
  result list (tables/bracket.py reads honour rolls, whose lines are names, never sentences).
* 力争进入全国百强县前80位 is a place in a list (targets.list_places): the list is what is ranked (全国百强县), 80 the
  place, unit 名, at most — not a count of 80 位.
* A run-in title or topic opening on an ordinal (一是做强主导产业。) is shown without it (做强主导产业).

The reports below were written for these tests (某某 names), in the manner of capital and county plan parts."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.tables import bracket
from luoshi.engine.tasks.table_rows import _parse

pytestmark = pytest.mark.engine

_HEAD = """某某市政府工作报告
——2026年1月20日在某某市第十六届人民代表大会第五次会议上

各位代表：

一、2025年工作回顾

过去一年，全市地区生产总值增长5.8%。新建学校6所。

二、2026年重点工作

（一）着力推动产业升级

{body}

各位代表！让我们团结一心，奋勇前进！
"""


def _read(tmp_path, body: str):
    (tmp_path / "r.txt").write_text(_HEAD.format(body=body), encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


# (paragraphs, [(task start, heading shown)], words no task may open on)
_TITLES = {
    "bracket_run_in": (
        "【先进制造业】实施制造业重点产业链提升行动，新增规上工业企业150家。工业投资增长9%。\n\n"
        "【数字经济】建设市级算力中心。新建5G基站2000个。",
        [("实施制造业重点产业链", "先进制造业"), ("工业投资增长9%", "先进制造业"), ("建设市级算力中心", "数字经济"),
         ("新建5G基站", "数字经济")], ["【"]),
    "bracket_own_line": (
        "【深化重点领域改革】\n\n深化国有企业改革，完成市属企业整合重组。开展营商环境提升行动。\n\n"
        "【扩大高水平开放】\n\n开通国际货运航线3条。中欧班列开行800列以上。",
        [("深化国有企业改革", "深化重点领域改革"), ("开展营商环境提升行动", "深化重点领域改革"),
         ("开通国际货运航线3条", "扩大高水平开放"), ("中欧班列开行", "扩大高水平开放")], ["【"]),
    "ordinal_topics": (
        "一是做强主导产业。推动某某新材料项目建成投产。全年新增规上工业企业12家。二是抓好园区平台。"
        "完成开发区扩区调规，新建标准化厂房10万平方米。三是培育创新主体。新认定高新技术企业8家。",
        [("推动某某新材料项目", "做强主导产业"), ("完成开发区扩区调规", "抓好园区平台"),
         ("新认定高新技术企业", "培育创新主体")], ["一是", "二是", "三是"]),
    # guard: a bold run-in title keeps its reading
    "guard_bold_title": (
        "**促进消费提质扩容。**开展促消费系列活动200场。培育特色步行街3条。",
        [("开展促消费系列活动", "促进消费提质扩容"), ("培育特色步行街", "促进消费提质扩容")], []),
}


@pytest.mark.parametrize("name", list(_TITLES))
def test_plan_titles(tmp_path, name):
    body, expected, never = _TITLES[name]
    found = _read(tmp_path, body)
    for start, heading in expected:
        hit = [t for t in found if t.text.startswith(start)]
        assert hit, (start, [t.text for t in found])
        assert hit[0].heading == heading, (start, hit[0].heading)
    for word in never:
        assert not [t for t in found if t.text.startswith(word)], (word, [t.text for t in found])


class _NoOrgs:
    def lookup(self, name):
        return None

    def looks_like_org(self, name):
        return name.endswith(("局", "委", "办", "街道", "部"))


# (text, result lists read): prose after a 【】 title is no list; an honour roll stays one
_LISTS = [
    ("【先进制造业】\n实施制造业重点产业链提升行动，新增规上工业企业150家。工业投资增长9%。\n", 0),
    ("【扩大高水平开放】\n开放是城市发展的活力所在，必须以更大力度推进。开通国际货运航线3条。\n", 0),
    ("【2024年度综合考评先进集体】\n综合考评优胜单位\n区教育局、区委宣传部、区委组织部、某某街道\n", 1),
]


@pytest.mark.parametrize(("text", "lists"), _LISTS)
def test_bracket_prose_is_no_result_list(text, lists):
    assert len(bracket.find(text, _NoOrgs())) == lists


# (a task's text, (metric, value, unit, comparator) of its rank, or None: no rank)
_RANKS = [
    ("新认定高新技术企业8家，力争进入全国百强县前80位。", ("全国百强县", 80.0, "名", "<=")),
    ("规上工业企业达到300家，力争进入全国先进制造业百强市前30位。", ("全国先进制造业百强市", 30.0, "名", "<=")),
    ("新增规上工业企业20家，跻身全省十强县。", ("全省十强县", 10.0, "名", "<=")),
    # guards: a count of things called 百强 (企业 is no kind of place in a list), a plain count, a rank with no list
    ("培育百强企业5家，新增规上工业企业12家。", None),
    ("全年新增规上工业企业12家。", None),
]


@pytest.mark.parametrize(("text", "rank"), _RANKS)
def test_place_in_a_list_of_the_top(text, rank):
    found, _ = _parse(text)
    ranks = [(i.metric, i.value, i.unit, i.comparator) for i in found if i.kind == "rank"]
    assert ranks == ([rank] if rank else [])
    if rank:
        assert not [i for i in found if i.unit == "位"], [(i.metric, i.value, i.unit) for i in found]


# What something is worth, then only an exhortation, is no task (tasks.report._WORTH); (sentence, a task)
_WORTH = [
    ("项目是发展的生命线，必须牢牢抓在手上。", False),
    ("开放是省会城市的最大优势，必须以更大力度推进。", False),
    ("生态是某某最宝贵的财富，务必倍加珍惜。", False),
    # guards: a work named after 是 (no 的), a figure, an ordinal's measure
    ("重点是建成某某大桥，必须确保年内通车。", True),
    ("产业是发展的根基，必须新建标准化厂房10万平方米。", True),
    ("二是抓好园区的基础设施，必须完善配套。", True),
]


@pytest.mark.parametrize(("sentence", "task"), _WORTH)
def test_worth_statement_is_no_task(tmp_path, sentence, task):
    body = f"全年实施重点项目120个，完成投资110亿元以上。{sentence}开工建设某某互通立交，建成某某二级公路。"
    texts = [t.text for t in _read(tmp_path, body)]
    assert (sentence in texts) is task, texts


# A ；-piece stating only when the piece before it is done is that piece's milestone (tasks.report._MILESTONE_PIECE);
# (sentence, the tasks' first words)
_PIECES = [
    ("建设某某镇污水处理站，日处理能力2000吨；确保年底前通水运行。", ["建设某某镇污水处理站"]),
    ("推进地铁5号线二期建设；力争年内实现洞通。", ["推进地铁5号线二期建设"]),
    ("完成某某水库除险加固；上半年完工。", ["完成某某水库除险加固"]),
    # guards: pieces each a measure, a piece opening on a time that names its own work
    ("改造老旧小区12个；新建城市停车泊位800个。", ["改造老旧小区12个", "新建城市停车泊位800个"]),
    ("建成某某大桥；年内开工建设某某医院新院区。", ["建成某某大桥", "年内开工建设某某医院新院区"]),
]


@pytest.mark.parametrize(("sentence", "starts"), _PIECES)
def test_milestone_piece_stays_with_its_measure(tmp_path, sentence, starts):
    body = f"开工建设某某互通立交，建成某某二级公路。{sentence}新增城镇就业3000人。"
    texts = [t.text for t in _read(tmp_path, body)]
    mine = [t for t in texts if not t.startswith(("开工建设某某互通", "新增城镇就业"))]
    assert len(mine) == len(starts) and all(t.startswith(s) for t, s in zip(mine, starts, strict=True)), mine


_CONDUCT_AFTER_ADDRESS = """某某市政府工作报告

各位代表：

一、2025年工作回顾

过去一年，全市地区生产总值增长5.8%。

二、2026年重点工作

（一）着力保障和改善民生

**稳定和扩大就业。**城镇新增就业12万人。

各位代表！实干铸就伟业，奋斗成就梦想。

**建设法治政府。**严格执行重大行政决策程序，认真办理人大代表建议和政协委员提案。

**建设廉洁政府。**严格落实中央八项规定精神，持之以恒纠治“四风”。

各位代表，让我们在市委的坚强领导下，团结奋斗、真抓实干，奋力谱写新篇章！
"""


def test_conduct_after_a_mid_part_address_is_no_closing(tmp_path):
    """The government's conduct under run-in titles after a mid-part address (各位代表！…): tasks under their
    titles, as a titled conduct part's; the last address closes the speech (guard: no task from it)."""
    (tmp_path / "r.txt").write_text(_CONDUCT_AFTER_ADDRESS, encoding="utf-8")
    found = [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]
    shown = {t.text[:8]: t.heading for t in found}
    assert shown.get("严格执行重大行政") == "建设法治政府", shown
    assert shown.get("严格落实中央八项") == "建设廉洁政府", shown
    assert not [t for t in found if "让我们" in t.text or "实干铸就" in t.text]


# A sub-section's paragraph before a run-in title: measures when it opens on two figures or more in digits, framing
# otherwise (tasks.report._figures_open); after a lead-in colon, ；-pieces each opening on an ordinal are tasks of
# their own (tasks.report._clauses).  (opening paragraph, task starts expected, starts that must not be tasks)
_OPENINGS = {
    "two_figures": (
        "全年安排县级重点项目120个，完成投资110亿元以上。盘活闲置土地1500亩。",
        ["全年安排县级重点项目120个", "盘活闲置土地1500亩"], []),
    "ordinal_pieces_after_colon": (
        "全年安排县级重点项目120个，完成投资110亿元以上。重点抓好三类项目：一是交通项目，建成某某至某某二级公路；"
        "二是水利项目，完成某某水库除险加固；三是社会事业项目，建成县第二人民医院门急诊楼。",
        ["全年安排县级重点项目120个", "一是交通项目", "二是水利项目", "三是社会事业项目"], ["重点抓好三类项目"]),
    # guards: aims with no figure, one figure, counts in words, a lead-in of targets: framing still
    "aims": ("坚持项目为王，以项目建设的加速度推动高质量发展。", [], ["坚持项目为王"]),
    "one_figure": ("今年已经过去3个多月，我们将坚定信心、迎难而上，全力完成全年目标任务。", [], ["今年已经过去"]),
    "counts_in_words": ("重点做好以下七个方面工作。", [], ["重点做好以下"]),
    "targets_lead_in": ("全年投资的主要目标是：完成投资110亿元以上，实施项目120个。", [], ["全年投资的主要目标是"]),
}


@pytest.mark.parametrize("name", list(_OPENINGS))
def test_opening_paragraph_before_a_run_in_title(tmp_path, name):
    opening, kept, framing = _OPENINGS[name]
    body = opening + "\n\n强化要素保障。争取地方政府专项债券资金15亿元以上。"
    texts = [t.text for t in _read(tmp_path, body)]
    for start in kept:
        assert any(t.startswith(start) for t in texts), (start, texts)
    for start in framing:
        assert not any(t.startswith(start) for t in texts), (start, texts)
    assert any(t.startswith("争取地方政府专项债券资金") for t in texts), texts


# (sentence, pieces' starts): a list after a lead-in colon is cut only when every piece opens on an ordinal
_COLON_LISTS = [
    ("重点抓好两类项目：一是交通项目，建成某某二级公路；二是水利项目，新建农村供水管网60公里。",
     ["一是交通项目", "二是水利项目"]),
    # guard: a lead-in's list of targets is one statement
    ("全年目标为：新建农村供水管网60公里；改造老旧小区12个。", ["全年目标为"]),
]


@pytest.mark.parametrize(("sentence", "starts"), _COLON_LISTS)
def test_ordinal_pieces_after_a_colon(tmp_path, sentence, starts):
    body = f"新增城镇就业3000人。{sentence}新建城区公办幼儿园2所。"
    texts = [t.text for t in _read(tmp_path, body) if not t.text.startswith(("新增城镇就业", "新建城区公办"))]
    assert len(texts) == len(starts) and all(t.startswith(s) for t, s in zip(texts, starts, strict=True)), texts


# (text, (value, unit) of its figures): trains run are counted in 列; 列入/列为 after a figure are no unit
_TRAINS = [
    ("中欧班列开行1200列以上。", [(1200.0, "列")]),
    ("开行中欧班列800列，新开通国际货运航线2条。", [(800.0, "列"), (2.0, "条")]),
    ("新增省级重点项目12个，3个项目列入国家储备库。", [(12.0, "个"), (3.0, "个")]),
]


@pytest.mark.parametrize(("text", "figures"), _TRAINS)
def test_trains_counted_in_lie(text, figures):
    found, _ = _parse(text)
    assert [(i.value, i.unit) for i in found] == figures
