"""Targets of a place in a ranking (issue 10): read from a targets clause as kind ``rank`` (targets.py) and
judged against the places a review states (verify/ranks.py), as tables of invented examples with guards —
clauses that hold a numeral after 前 or 第 and are no rank (前三季度, 第三产业), a rise in points (提升0.2个百分点),
and a rank beside a rate, which answers the rate nothing."""

from datetime import date

import pytest

from luoshi.engine import targets
from luoshi.engine.assess import assess_row
from luoshi.engine.indicators import parse
from luoshi.engine.judgement import Task
from luoshi.engine.progress import parse_row
from tests.test_verify_ways import _check, _verdict

pytestmark = pytest.mark.engine

MID, YEAR_END = date(2024, 6, 30), date(2024, 12, 31)


def _read(clause, previous=""):
    return [(i.metric, i.comparator, i.value, i.unit, i.kind) for i in targets.parse_clause(clause, previous)]


CLAUSES = [
    # a place: at most N (前N), the first held (=)
    ("县域经济综合考核进入全省前十", "", [("县域经济综合考核", "<=", 10.0, "名", "rank")]),
    ("科技创新指数力争进入全省前5名", "", [("科技创新指数", "<=", 5.0, "名", "rank")]),
    ("高质量发展综合绩效评价进入全市前三", "", [("高质量发展综合绩效评价", "<=", 3.0, "名", "rank")]),
    ("营商环境评价保持全市第一", "", [("营商环境评价", "=", 1.0, "名", "rank")]),
    ("粮食产量稳居全省首位", "", [("粮食产量", "=", 1.0, "名", "rank")]),
    ("综合考核位次保持全省第三", "", [("综合考核", "<=", 3.0, "名", "rank")]),
    ("力争综合排名进入全省前二十", "", [("综合排名", "<=", 20.0, "名", "rank")]),     # 综合 alone names nothing
    ("固定资产投资增速位居全市第一", "", [("固定资产投资增速", "=", 1.0, "名", "rank")]),
    # the growth's place after the growth: that metric's
    ("增速保持全市前三", "地区生产总值", [("地区生产总值增速", "<=", 3.0, "名", "rank")]),
    # a change of place: places gained (unit 位), none named: any
    ("高质量发展综合考核位次前移2位", "", [("高质量发展综合考核", ">=", 2.0, "位", "rank")]),
    ("综合实力排名提升3个位次", "", [("综合实力", ">=", 3.0, "位", "rank")]),
    ("县域经济考核争先进位", "", [("县域经济考核", ">=", None, "位", "rank")]),
    # a standing with no number: qualitative, held (=) or reached (>=)
    ("营商环境评价进入全省第一方阵", "", [("营商环境评价", ">=", None, "", "qualitative")]),
    ("主要经济指标增速保持全省前列", "", [("主要经济指标增速", "=", None, "", "qualitative")]),
    ("生态环境质量排名稳居全市前列", "", [("生态环境质量", "=", None, "", "qualitative")]),
    # a list of the top N places of a kind (百强县, 十强区): within N; with no metric before it, the list names it
    ("县域经济综合实力进入全国百强县", "", [("县域经济综合实力", "<=", 100.0, "名", "rank")]),
    ("力争进入全国百强县行列", "", [("全国百强县", "<=", 100.0, "名", "rank")]),
    ("跻身全国综合实力百强县", "", [("全国综合实力百强县", "<=", 100.0, "名", "rank")]),
    ("工业经济跻身全省工业十强县市", "", [("工业经济", "<=", 10.0, "名", "rank")]),
    # guards: a count of enterprises of such a list is no rank
    ("引进世界500强企业3家", "", [("引进世界500强企业", ">=", 3.0, "家", "count")]),
    ("培育全国百强企业2家", "", [("培育全国百强企业", ">=", 2.0, "家", "count")]),
    # guards: a numeral after 前 or 第 that is no place, a rise in points, a place with no metric
    ("前三季度地区生产总值增长6%", "", [("前三季度地区生产总值", ">=", 6.0, "%", "growth_rate")]),
    ("第三产业增加值增长7%", "", [("第三产业增加值", ">=", 7.0, "%", "growth_rate")]),
    ("研发投入强度提升0.2个百分点", "", [("研发投入强度", ">=", 0.2, "个百分点", "growth_rate")]),
    ("常住人口城镇化率提高1.5个百分点", "", [("常住人口城镇化率", ">=", 1.5, "个百分点", "growth_rate")]),
    ("保持全市第一", "", []),
]


@pytest.mark.parametrize(("clause", "previous", "expected"), CLAUSES, ids=[c for c, _, _ in CLAUSES])
def test_rank_target_clause(clause, previous, expected):
    assert _read(clause, previous) == expected


@pytest.mark.parametrize(("passage", "expected"), [
    # a rank after 、 in the clause of another target: the items one by one, the rank of the last one's metric
    ("地区生产总值增长6%以上、增速保持全市前三", [("地区生产总值", ">=", 6.0, "%", "growth_rate"),
                                   ("地区生产总值增速", "<=", 3.0, "名", "rank")]),
    ("主要经济指标增速高于全省平均水平、位居全省前列", [("主要经济指标", ">=", None, "", "qualitative"),
                                      ("主要经济指标", ">=", None, "", "qualitative")]),
    # guards: figures after 、 as before; a place with no metric before it names none
    ("城镇新增就业1.2万人、城镇调查失业率5.5%以内", [("城镇新增就业", ">=", 1.2, "万人", "count"),
                                       ("城镇调查失业率", "<=", 5.5, "%", "ratio")]),
    ("确保全市第一、力争全省前三", []),
], ids=lambda v: v if isinstance(v, str) else "")
def test_rank_after_another_target_in_one_clause(passage, expected):
    assert [(i.metric, i.comparator, i.value, i.unit, i.kind)
            for _, found in targets.parse_targets(passage) for i in found] == expected


# The list itself named as the metric (力争进入全国百强县行列: 全国百强县) is named again by the review with no place
# after it: the review's verb of entering it (跻身, 进入) says it was entered, a negation before it that it was not
# (verify/ranks.py _entered_list).  Guards: the list named with no verb of entering stays unclear, a place stated
# outside it is judged by the place, and a review that never names it leaves it not reported.
@pytest.mark.parametrize(("said", "outcome"), [
    ("成功跻身全国百强县。", "achieved"),
    ("县域经济综合实力稳步提升，首次进入全国百强县。", "achieved"),
    ("县域经济综合实力稳步提升，但未能进入全国百强县。", "not_met"),
    # (guards)
    ("距全国百强县仍有差距。", "unclear"),
    ("全国百强县评选结果公布，我县位列第112位。", "not_met"),
    ("地区生产总值增长6.5%。", "not_reported"),
])
def test_entering_a_list_named_as_the_metric(said, outcome):
    x = _verdict("力争进入全国百强县行列", "review", said, "全国百强县")
    assert x.outcome == outcome, x.reason


# A place with no metric of its own in the clause after another target's (targets._rank_target, previous_kind):
# after a growth rate's clause it ranks that growth (…增长6.5%左右，确保全市第一 → 地区生产总值增速), after a rank's
# clause the same metric again (保持全市第一，力争进入全国前十).  Guards: a place standing alone, or after a size,
# a qualitative target or nothing, names no metric and is no target; a rate after a rank is read as before; a list
# of the top N (进入全国百强县) still names itself.
@pytest.mark.parametrize(("passage", "expected"), [
    ("地区生产总值增长6.5%左右，确保全市第一、力争全省前三",
     [("地区生产总值", "=", 6.5, "%", "growth_rate"), ("地区生产总值增速", "=", 1.0, "名", "rank"),
      ("地区生产总值增速", "<=", 3.0, "名", "rank")]),
    ("地区生产总值增长6.5%左右，力争进位", [("地区生产总值", "=", 6.5, "%", "growth_rate"),
                                ("地区生产总值增速", ">=", None, "位", "rank")]),
    ("规模以上工业增加值增长8%，位次前移2位", [("规模以上工业增加值", ">=", 8.0, "%", "growth_rate"),
                                 ("规模以上工业增加值增速", ">=", 2.0, "位", "rank")]),
    ("固定资产投资增长5%以上，确保进入全省第一方阵", [("固定资产投资", ">=", 5.0, "%", "growth_rate"),
                                    ("固定资产投资增速", ">=", None, "", "qualitative")]),
    ("营商环境评价保持全市第一，力争进入全国前十", [("营商环境评价", "=", 1.0, "名", "rank"),
                                   ("营商环境评价", "<=", 10.0, "名", "rank")]),
    # (guards)
    ("确保全市第一", []),
    ("力争进位", []),
    ("地区生产总值达到500亿元，确保全市第一", [("地区生产总值", ">=", 500.0, "亿元", "amount")]),
    ("城乡居民收入稳步增长，确保全市第一", [("城乡居民收入", ">=", None, "", "qualitative")]),
    ("营商环境评价保持全市第一，地区生产总值增长6.5%", [("营商环境评价", "=", 1.0, "名", "rank"),
                                       ("地区生产总值", ">=", 6.5, "%", "growth_rate")]),
    ("地区生产总值增长6.5%，力争进入全国百强县行列", [("地区生产总值", ">=", 6.5, "%", "growth_rate"),
                                    ("全国百强县", "<=", 100.0, "名", "rank")]),
], ids=lambda v: v if isinstance(v, str) else "")
def test_place_with_no_metric_after_another_target(passage, expected):
    assert [(i.metric, i.comparator, i.value, i.unit, i.kind)
            for _, found in targets.parse_targets(passage) for i in found] == expected


def test_place_after_a_growth_in_a_work_report():
    # the report's targets sentence is read clause by clause with the kind carried (tasks/report.py)
    from luoshi.engine import reader
    from luoshi.engine.model import SourceText
    from luoshi.engine.tasks import tasks_from_document
    text = ("政府工作报告\n一、2024年工作回顾\n过去一年，全区经济平稳运行。\n二、2025年工作安排\n"
            "今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，确保全市第一、力争全省前三；"
            "一般公共预算收入增长5%。\n重点做好以下工作：\n（一）加快产业发展。新建口袋公园12个。\n")
    found = [[(i.metric, i.value, i.kind) for i in t.indicators]
             for t in tasks_from_document(reader.read_text(SourceText(text, "txt"))) if t.id.startswith("E")]
    assert found == [[("地区生产总值", 6.5, "growth_rate")],
                     [("地区生产总值增速", 1.0, "rank"), ("地区生产总值增速", 3.0, "rank")],
                     [("一般公共预算收入", 5.0, "growth_rate")]]


def test_rank_after_a_growth_in_one_targets_sentence():
    found = [(i.metric, i.comparator, i.value, i.unit, i.kind)
             for _, inds in targets.parse_targets("地区生产总值增长6.5%左右，增速保持全市前三；一般公共预算收入增长5%")
             for i in inds]
    assert found == [("地区生产总值", "=", 6.5, "%", "growth_rate"), ("地区生产总值增速", "<=", 3.0, "名", "rank"),
                     ("一般公共预算收入", ">=", 5.0, "%", "growth_rate")]


ROWS = [
    # a place within the target, the first held, in figures or Chinese numerals
    ("县域经济综合考核进入全省前十", "review", "县域经济综合考核跃升至全省第八位。", "县域经济综合考核", "achieved"),
    ("县域经济综合考核进入全省前十", "review", "县域经济综合考核居全省第12位。", "县域经济综合考核", "not_met"),
    ("营商环境评价保持全市第一", "review", "营商环境评价连续三年位居全市第一。", "营商环境评价", "achieved"),
    ("营商环境评价保持全市第一", "review", "营商环境评价位居全市第二。", "营商环境评价", "not_met"),
    ("科技创新指数进入全省前五", "review", "科技创新指数排名全省第3位。", "科技创新指数", "achieved"),
    ("科技创新指数进入全省前五", "review", "科技创新指数成功跻身全省前三。", "科技创新指数", "achieved"),
    ("科技创新指数进入全省前三", "review", "科技创新指数进入全省前五。", "科技创新指数", "unclear"),    # wider
    ("文明城市测评进入全省前二十", "review", "文明城市测评成绩稳步提升。", "文明城市测评", "unclear"),    # no place
    ("文明城市测评进入全省前二十", "review", "全年新建口袋公园12个。", "文明城市测评", "not_reported"),
    # the growth's place: after the measure, not another metric's in the same part
    ("地区生产总值增长6.5%左右，增速保持全市前三", "review",
     "地区生产总值完成286.4亿元，增长6.9%，增速居全市第二；规上工业增加值增速排名全市第五。", "地区生产总值增速", "achieved"),
    ("地区生产总值增长6.5%左右，增速保持全市前三", "review",
     "地区生产总值完成286.4亿元，增长6.9%；规上工业增加值增长7.1%，增速排名全市第二。", "地区生产总值增速", "unclear"),
    ("地区生产总值增长6.5%左右，增速保持全市前三", "review", "全市经济增速居全市第二。", "地区生产总值增速", "achieved"),
    ("地区生产总值增长6.5%左右，增速保持全市前三", "review", "全市经济总量居全市第二。", "地区生产总值增速", "not_reported"),
    # within a list of the top N places (跻身全国百强县): within N; a list wider than the target is unclear
    ("县域经济综合实力进入全国百强县", "review", "县域经济综合实力成功跻身全国百强县。", "县域经济综合实力", "achieved"),
    ("县域经济综合实力进入全国百强县", "review", "县域经济综合实力位列全国百强县第65位。", "县域经济综合实力", "achieved"),
    ("县域经济综合实力进入全国百强县", "review", "县域经济综合实力居全国第112位。", "县域经济综合实力", "not_met"),
    ("县域经济综合考核进入全省前十", "review", "县域经济综合考核跻身全省综合实力百强县。", "县域经济综合考核", "unclear"),
    # (guard: enterprises of such a list beside a rate answer the rate nothing)
    ("规模以上工业增加值增长8%", "review", "规模以上工业增加值增长7.1%，引进世界500强企业3家。", "规模以上工业增加值", "not_met"),
    # a change of place
    ("高质量发展综合考核位次前移2位", "review", "高质量发展综合考核居全省第9位，较上年前移3位。", "高质量发展综合考核", "achieved"),
    ("高质量发展综合考核位次前移2位", "review", "高质量发展综合考核居全省第9位，较上年前移1位。", "高质量发展综合考核", "not_met"),
    ("高质量发展综合考核位次前移2位", "review", "高质量发展综合考核位次较上年倒退两位。", "高质量发展综合考核", "not_met"),
    ("高质量发展综合考核位次前移2位", "review", "高质量发展综合考核居全省第9位。", "高质量发展综合考核", "unclear"),
    ("县域经济考核争先进位", "review", "县域经济考核位次较上年提升4个位次。", "县域经济考核", "achieved"),
    # a move said with no count of places (实现进位, 排名稳步前移) or as the places of the year before and now
    ("县域经济考核争先进位", "review", "县域经济考核实现进位，由全市第七位升至第五位。", "县域经济考核", "achieved"),
    ("县域经济考核争先进位", "review", "县域经济考核进位明显，综合排名居全市前列。", "县域经济考核", "achieved"),
    ("县域经济考核争先进位", "review", "县域经济考核排名稳步前移。", "县域经济考核", "achieved"),
    ("县域经济考核争先进位", "review", "县域经济考核位次有所下滑。", "县域经济考核", "not_met"),
    ("县域经济考核争先进位", "review", "县域经济考核未能实现进位。", "县域经济考核", "not_met"),
    ("县域经济考核争先进位", "review", "县域经济考核由全省第12名下滑到第15名。", "县域经济考核", "not_met"),
    ("高质量发展综合考核位次前移2位", "review", "高质量发展综合考核由全省第十一位升至第九位。", "高质量发展综合考核", "achieved"),
    ("高质量发展综合考核位次前移2位", "review", "高质量发展综合考核由全省第十位升至第九位。", "高质量发展综合考核", "not_met"),
    ("高质量发展综合考核位次前移2位", "review", "高质量发展综合考核实现进位。", "高质量发展综合考核", "unclear"),  # how many?
    ("县域经济综合考核进入全省前十", "review", "县域经济综合考核由全省第十三位跃升至第八位。", "县域经济综合考核", "achieved"),
    ("县域经济综合考核进入全省前十", "review", "县域经济综合考核由全省第十五位升至第十二位。", "县域经济综合考核", "not_met"),
    # the assessment named with a short qualifier inside its name (县域经济 高质量发展 综合考核)
    ("县域经济综合考核争先进位", "review", "县域经济高质量发展综合考核实现进位。", "县域经济综合考核", "achieved"),
    ("招商引资考核位次前移2位", "review", "招商引资工作考核位次较上年前移3位。", "招商引资考核", "achieved"),
    ("县域经济综合考核进入全省前十", "review", "县域经济高质量发展综合考核居全省第8位。", "县域经济综合考核", "achieved"),
    # (guards: the subject and the assessment in separate clauses; another assessment's end)
    ("县域经济综合考核争先进位", "review", "县域经济稳中有进，综合考核位次前移3位。", "县域经济综合考核", "not_reported"),
    ("县域经济综合考核争先进位", "review", "县域经济发展考核位次前移3位。", "县域经济综合考核", "not_reported"),
    # (guards: an aim is no move; a score rising is no ranking's; another assessment's move; a place alone)
    ("县域经济考核争先进位", "review", "县域经济考核力争进位，各项指标稳步推进。", "县域经济考核", "unclear"),
    ("县域经济考核争先进位", "review", "县域经济考核成绩稳步提升。", "县域经济考核", "unclear"),
    ("县域经济考核争先进位", "review", "营商环境评价实现进位。", "县域经济考核", "not_reported"),
    ("县域经济考核争先进位", "review", "县域经济考核居全省第9位。", "县域经济考核", "unclear"),
    ("规模以上工业增加值增长8%", "review", "规模以上工业增加值增长7.1%，增速排名前移。", "规模以上工业增加值", "not_met"),
    # a standing with no number
    ("营商环境评价进入全省第一方阵", "review", "营商环境评价位列全省第一方阵。", "营商环境评价", "achieved"),
    ("营商环境评价进入全省第一方阵", "review", "营商环境评价结果持续向好。", "营商环境评价", "unclear"),
    # (the environment itself is not its evaluation's standing)
    ("营商环境评价进入全省第一方阵", "review", "营商环境持续优化，新增市场主体1.2万户。", "营商环境评价", "not_reported"),
    # guards: a rank beside a rate answers the rate nothing; 前三季度 is part of the year, not a place
    ("规模以上工业增加值增长8%", "review", "规模以上工业增加值增长7.1%，增速排名全市第三。", "规模以上工业增加值", "not_met"),
    ("固定资产投资增长10%", "review", "固定资产投资增速排名全省第五。", "固定资产投资", "unclear"),
    # the lead's method decision (stop 41): a part of the year at or above the year's target is not the year's result, unclear
    ("地区生产总值增长6%", "review", "前三季度地区生产总值增长6.4%。", "地区生产总值", "unclear"),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome"), ROWS)
def test_rank_results(target, place, said, metric, outcome):
    x = _verdict(target, place, said, metric)
    _check(x, said, outcome, None)


# Progress rows on a rank task (issue 11, rules.RankHeld): the place or move reported against the one asked —
# the task's indicators read either way (a plan task's text, indicators.parse; an expected target, the clause).
STATUS_ROWS = [
    ("县域经济综合考核进入全省前十", "上半年县域经济综合考核居全省第8位。", MID, "on_track"),
    ("县域经济综合考核进入全省前十", "上半年县域经济综合考核居全省第12位。", MID, "behind"),
    ("文明城市测评进入全省前二十", "上半年测评居全省第十五位。", MID, "on_track"),
    ("高质量发展综合考核位次前移2位", "上半年监测排名较上年前移3位。", MID, "on_track"),
    ("高质量发展综合考核位次前移2位", "上半年监测排名较上年前移1位。", MID, "behind"),
    ("高质量发展综合考核位次前移2位", "上半年监测排名较上年倒退2位。", MID, "behind"),
    ("高质量发展综合考核位次前移2位", "全年考核排名较上年前移3位。", YEAR_END, "completed"),
    ("县域经济考核争先进位", "一季度监测排名上升两位。", MID, "on_track"),
    ("营商环境评价进入全省第一方阵", "营商环境评价位列全省第一方阵。", MID, "on_track"),
    # within a list of the top N places (百强县): a place of three figures read whole (第112位, not 第11)
    ("县域经济综合实力进入全国百强县", "县域经济综合实力居全国百强县第65位。", MID, "on_track"),
    ("县域经济综合实力进入全国百强县", "上半年监测县域经济综合实力居全国第112位。", MID, "behind"),
    # guards: 第一方阵 is no first place (a place alone settles nothing); a rise in points is no move
    ("营商环境评价进入全省第一方阵", "营商环境评价排名全省第5。", MID, "unclear"),
    ("常住人口城镇化率提高1.5个百分点", "城镇化率较上年提升0.8个百分点。", MID, "behind"),
]


@pytest.mark.parametrize("read", ["task", "clause"])
@pytest.mark.parametrize(("task_text", "progress", "as_of", "status"), STATUS_ROWS)
def test_rank_progress_rows(task_text, progress, as_of, status, read):
    found = parse(task_text)[0] if read == "task" else targets.parse_clause(task_text)
    task = Task(id="T1", source={}, text=task_text, indicators=found, milestones=[])
    assert assess_row(parse_row(progress, task=task_text), task, as_of).status == status
