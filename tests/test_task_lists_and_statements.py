"""A work report's plan written in lists and statements (issue 10, stop 34, fitted to t18–t20 of
bench/labels/tasks_invented/): each rule's examples and the near misses that must not trigger it.

* a lead-in ending in a colon inside a sentence that announces work (着力抓好以下任务：, 我们将持续用力：) — each ；-piece
  after it a task, the lead-in none; a lead-in naming what the list is (主要目标是：) keeps the list one statement;
* two comma clauses of a ；-piece each opening on a verb of a measure of its own (推动…达产，支持…扩能；) — two tasks;
  a clause of effect, milestone or purpose, a result verb, or a sentence with no ； keeps one;
* a lone topic (加快建设现代化产业体系。 as its own paragraph) — no task, the heading of the paragraphs after it, which
  are no framing; a short result to check (建成城东污水处理厂。) or a lead-in (重点做好八个方面工作。) is none;
* numbered items written as prose (1.推进…；… / （1）新建…) — tasks without their number, a short last item
  (10.开工建设…工程。) no heading, and the paragraph leading the list no task;
* statements — what a period is (今后五年，是…关键时期。), what a work is (城市更新是一项长期任务，要…), what something
  is twice (…是…，也是…), a task's description (隧道全长2.4公里，…), a couplet with a promise — no tasks.

The reports below were written for these tests (某某 names)."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

_REPORT = """某某县人民政府工作报告
——2026年1月10日在某某县第十八届人民代表大会第五次会议上

各位代表：

一、2025年工作回顾

过去一年，全县地区生产总值增长5.8%。新建学校6所。

二、2026年工作安排

（一）{title}

{body}

各位代表！让我们团结一心，奋勇前进！
"""


def _tasks(tmp_path, body: str, title: str = "做强实体经济，夯实发展根基") -> list:
    path = tmp_path / "r.txt"
    path.write_text(_REPORT.format(title=title, body=body), encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(path)) if t.kind == "task"]


def _texts(found: list) -> list[str]:
    return [for_parsing(t.text).strip().rstrip("。") for t in found]


# --- a lead-in colon inside a sentence --------------------------------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    ("按照县委部署，我们将着力抓好以下任务：建成某某至某某快速通道；打造两个百亿级产业集群；完成县城老旧小区改造。",
     ["建成某某至某某快速通道", "打造两个百亿级产业集群", "完成县城老旧小区改造"]),
    ("民生改善方面，我们将持续用力：新增中小学学位3000个；每个乡镇建成一所综合养老服务中心。",
     ["新增中小学学位3000个", "每个乡镇建成一所综合养老服务中心"]),
    ("重点推进五项改革：深化国有企业改革，完善治理结构；深化财税体制改革，盘活存量资金。",
     ["深化国有企业改革,完善治理结构", "深化财税体制改革,盘活存量资金"]),
    ("同时，集中财力办好县级民生实事：新增公共充电桩300个；实施农村危房改造150户。",
     ["新增公共充电桩300个", "实施农村危房改造150户"]),
    # guards: a lead-in naming what the list is, ending in 是/为 — one statement
    ("全年工作的着力点为：扩大有效投资需求；提振居民消费信心；守牢安全发展底线。",
     ["全年工作的着力点为:扩大有效投资需求;提振居民消费信心;守牢安全发展底线"]),
    ("保持经济持续健康发展具有许多有利条件：产业基础不断夯实；区位优势日益凸显。",
     ["保持经济持续健康发展具有许多有利条件:产业基础不断夯实;区位优势日益凸显"]),
])
def test_a_lead_in_announcing_work_gives_each_piece_as_a_task(tmp_path, body, expected):
    assert _texts(_tasks(tmp_path, body)) == expected


# --- two measures joined by a comma before a ； ------------------------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    ("推动某某纺织项目建成投产，支持某某食品扩建冷链车间；新增规上工业企业15家。",
     ["推动某某纺织项目建成投产", "支持某某食品扩建冷链车间", "新增规上工业企业15家"]),
    ("举办促消费活动100场以上，支持某某商圈改造升级；落实以旧换新政策，带动消费30亿元。",
     ["举办促消费活动100场以上", "支持某某商圈改造升级", "落实以旧换新政策,带动消费30亿元"]),
    # guards: a milestone, a purpose, result verbs (a work and its parts), no ；, three clauses
    ("推进某某片区综合开发，确保年底前完成一期土地整理；新建口袋公园6个。",
     ["推进某某片区综合开发,确保年底前完成一期土地整理", "新建口袋公园6个"]),
    ("实施城区雨污分流改造，让群众出行更安心；新建口袋公园6个。",
     ["实施城区雨污分流改造,让群众出行更安心", "新建口袋公园6个"]),
    ("新建高标准农田2.6万亩，改造提升老旧茶园1万亩；建设县级农产品冷链物流中心。",
     ["新建高标准农田2.6万亩,改造提升老旧茶园1万亩", "建设县级农产品冷链物流中心"]),
    ("推动某某纺织项目建成投产，支持某某食品扩建冷链车间。",
     ["推动某某纺织项目建成投产,支持某某食品扩建冷链车间"]),
    ("推进投融资体制改革，加快组建农村商业银行，防范债务风险；新增规上工业企业15家。",
     ["推进投融资体制改革,加快组建农村商业银行,防范债务风险", "新增规上工业企业15家"]),
])
def test_two_measures_of_their_own_before_a_semicolon_are_two_tasks(tmp_path, body, expected):
    assert _texts(_tasks(tmp_path, body)) == expected


# --- lone topics --------------------------------------------------------------------------------------------------

def test_a_lone_topic_heads_the_paragraph_after_it_and_is_no_task(tmp_path):
    body = ("加快建设县域特色产业集群。\n\n推动某某纺织项目建成投产，支持某某食品扩建冷链车间。全年新增规上工业企业15家。\n\n"
            "提升科技创新能力。\n\n新建省级研发平台5个，高新技术企业达到120家。\n\n"
            "抓好招商引资。全年引进亿元以上项目20个。")
    found = _tasks(tmp_path, body)
    assert [(t.heading or t.part, for_parsing(t.text)[:8]) for t in found] == [
        ("加快建设县域特色产业集群", "推动某某纺织项目"), ("加快建设县域特色产业集群", "全年新增规上工业"),
        ("提升科技创新能力", "新建省级研发平台"), ("抓好招商引资", "全年引进亿元以上")]


@pytest.mark.parametrize("lone, after", [
    ("建成城东污水处理厂。", True),         # a short result to check: a task
    ("新建口袋公园12个。", True),           # a figure: a task
    ("推进县域普通高中振兴。", False),      # no paragraph of its section after it: a task, no topic
])
def test_a_short_paragraph_that_is_no_lone_topic(tmp_path, lone, after):
    rest = f"\n\n{_LAST}。" if after else ""
    body = f"{_FIRST}。\n\n{lone}{rest}\n\n（二）扩大有效投资\n\n全年实施重点项目120个，完成投资50亿元。"
    found = _tasks(tmp_path, body)
    assert lone.rstrip("。") in _texts(found)
    assert all(t.heading != lone.rstrip("。") for t in found)


# --- numbered items written as prose ------------------------------------------------------------------------------

def test_numbered_items_written_as_prose_are_tasks_without_their_number(tmp_path):
    body = ("新的一年，我们将集中财力，扎实办好民生实事。\n\n"
            "1.推进200个村公共基础设施补短板；新建改建农村公路300公里。\n\n"
            "2.建设智能化停车管理系统，提高停车泊位利用率；新增公共停车泊位2000个以上。\n\n"
            "3.开工建设某某河生态环境综合治理工程。")
    texts = _texts(_tasks(tmp_path, body, title="扎实办好民生实事"))
    assert texts == ["推进200个村公共基础设施补短板", "新建改建农村公路300公里", "建设智能化停车管理系统,提高停车泊位利用率",
                     "新增公共停车泊位2000个以上", "开工建设某某河生态环境综合治理工程"]


def test_parenthesised_items_lose_their_number_and_keep_their_heading(tmp_path):
    body = ("今年，县政府将集中财力办好十件民生实事：\n\n（1）新建城区幼儿园2所，新增学位540个。\n\n"
            "（2）实施县人民医院急诊急救中心建设。\n\n（3）建设县城应急避难场所。")
    found = _tasks(tmp_path, body, title="用心办好民生实事")
    assert [(t.heading or t.part, for_parsing(t.text).rstrip("。")) for t in found] == [
        ("用心办好民生实事", "新建城区幼儿园2所,新增学位540个"), ("用心办好民生实事", "实施县人民医院急诊急救中心建设"),
        ("用心办好民生实事", "建设县城应急避难场所")]


def test_a_short_numbered_title_with_its_own_body_stays_a_heading(tmp_path):
    """Guard: numbered sub-headings each followed by their paragraphs (1.着力推进农业现代化 then its measures) are
    no list of items."""
    body = ("1.着力推进农业现代化。\n\n新建高标准农田3万亩。\n\n2.着力增强微观主体活力。\n\n新增市场主体5000户。")
    found = _tasks(tmp_path, body)
    assert [(t.heading, for_parsing(t.text).rstrip("。")) for t in found] == [
        ("着力推进农业现代化", "新建高标准农田3万亩"), ("着力增强微观主体活力", "新增市场主体5000户")]


# Two measures a statement stands between (long enough that neither reads as a run-in title).
_FIRST = "推动某某纺织项目建成投产,全年新增规上工业企业15家"
_LAST = "实施制造业数字化转型行动,完成智能化改造项目60个"


# --- statements ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("statement", [
    "今后五年，是全县由大到强、实现跨越的关键时期。",
    "“十五五”时期，是我县全面融入都市圈的关键阶段，也是转型发展的窗口期。",
    "城市更新是一项长期工程，要坚持规划引领、分步实施，让群众住得更舒心。",
    "乡村振兴是一篇大文章，必须久久为功、持续发力，一年接着一年干。",
    "民生实事是群众最关心最直接最现实的利益问题，也是检验政府工作成效的重要标尺。",
    "民生无小事，枝叶总关情，我们将把每一件民生事办实办好。",
])
def test_a_statement_is_no_task(tmp_path, statement):
    body = f"{_FIRST}。{statement}{_LAST}。"
    assert _texts(_tasks(tmp_path, body)) == [_FIRST, _LAST]


@pytest.mark.parametrize("sentence", [
    "今后五年，要建成某某至某某快速通道。",              # the period with a modal: a task
    "今后五年，是新增学位3000个的关键时期。",            # a figure
    "城市更新是一项长期工程，今年改造老旧小区12个。",    # a figure
    "坚持依法行政，建设法治政府。",                      # two clauses of one length, no promise
    "全力抓好总投资50亿元的12个重点项目。",              # a verb before the size: the measure's object
])
def test_a_near_statement_stays_a_task(tmp_path, sentence):
    body = f"{_FIRST}。{sentence}"
    assert _texts(_tasks(tmp_path, body)) == [_FIRST, for_parsing(sentence).rstrip("。")]


@pytest.mark.parametrize("second, kept", [
    ("隧道全长2.4公里，双向六车道，建成后将缓解城东交通拥堵。", False),   # the task's description
    ("项目总投资12亿元，新建配套管网8公里。", True),                      # a measure of its own after it
])
def test_a_description_after_a_task_is_no_task(tmp_path, second, kept):
    body = f"{_FIRST}。开工建设某某快速路东延工程。{second}"
    texts = _texts(_tasks(tmp_path, body))
    assert (for_parsing(second).rstrip("。") in texts) is kept, texts


# --- the tenth set's starts ---------------------------------------------------------------------------------------

_T19 = "bench/labels/tasks_invented/t19_district_first_year_lists_and_lone_topics.txt"


def test_t19_two_result_clauses_before_a_semicolon_are_one_task():
    """The convention (bench/labels/tasks_invented/README.md, stop 35): result clauses joined by a comma before a ；
    are one task, their figures its indicators — t19's label was relabelled to t15's reading."""
    from pathlib import Path
    path = Path(__file__).resolve().parent.parent / _T19
    texts = [for_parsing(t.text) for t in tasks.tasks_from_document(reader.read(path)) if t.kind == "task"]
    assert any(text.startswith("整治背街小巷45条,新建口袋公园12个") for text in texts)
    assert not any(text.startswith("新建口袋公园12个") for text in texts)
