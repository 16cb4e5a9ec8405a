"""Issue 11, statusa (stop 67): general rules for nine strict xfails of the held-out sets of stops 65 and 66, each written
for a way progress sheets are written, tested here in other words than any label row, with near-miss guards that must not
move.

* A round of service or a one-off activity dated to a later month (README rule question 46) is read so also when the task
  holds a class of it with an event's verb (举办…培训班4期: words.toml task.service_round_held), when the task is a test or
  a yearly assessment to organise (执法资格考试, 年度考核: task.service_round), when the reply dates it by 举行 or 进行
  (intention.service_round_start), and beside its preparation only — the provider compared (比选), the sign-up going on
  (考生报名正在进行: the sign-up's, not the round's), the papers or question bank made (stage.service_round_prep); a
  problems section saying there are none (存在问题：暂无) says nothing of the round, and a unit's field in the task
  (承办股室：…, 科室：…培训科) is no event and no round (rules/status_statements._service_round_dated).
* A bracketed unit right after a figure's own unit (150件（套）, 200台（套）) is that count's other unit, not a table's
  header unit of the next figure (vocab.header_unit_pattern), so a score cell after it (〔分值〕4分) or a sum (总投资300万元)
  is no second part.
* A ranking's or an assessment's result not yet announced (测评结果暂未通报: words.toml report.no_data) is no work not
  begun; the period's own figure said not out yet (今年数据尚未发布: report.this_period, report.period_figure_noun,
  report.figure_not_yet, report.figure_published) beside only an earlier year's figure is no answer to this year's level
  — unclear (rule 6; rules/status_statements.PeriodicIndicator).
* A running total of entries (累计入库…家: words.toml report.entered_running) counts the items entered, no pool awaiting
  its entry (rules/roles._ENTERED).
* A coverage (实现…全覆盖) whose count keeps the pace but whose rest is said not begun or only preparing (其余…尚未动工,
  其余…尚在选址) is behind before the deadline (README rule questions 22 and 10; rules/judging.judge_indicator); the rest
  under way keeps it on pace, and a plain count with its rest preparing stays with the band (rule question 4).
"""

from datetime import date

import pytest

from luoshi.engine.indicators import parse
from tests.status_judge import judge

pytestmark = pytest.mark.engine

APR = date(2026, 4, 30)
MAY = date(2026, 5, 31)
JUN = date(2026, 6, 30)
JUL = date(2026, 7, 31)
AUG = date(2026, 8, 31)
SEP = date(2026, 9, 30)
OCT = date(2026, 10, 31)

ROUNDS_DATED = [
    # a class of training held with an event's verb, its first class dated later, only its provider being compared, a
    # problems section saying there are none
    ("举办农村实用技术培训班4期（责任科室：农业技术推广科；完成时限：11月底）",
     "首期培训班拟于9月开班，目前正在比选承办机构。存在问题：暂无。", JUN, "not_started"),
    # a test dated by 举行, its papers printed and its sign-up going on; the unit's field holds 承办
    ("组织全市安全生产监管人员执法资格考试。承办科室：政策法规科。完成时限：2026年11月30日。",
     "考试定于11月上旬举行，试卷已印制完毕，考生报名正在进行。", SEP, "not_started"),
    # a yearly assessment arranged by custom for the last month
    ("组织开展全市交通运输企业安全生产年度考核（时限：12月31日）", "按照惯例安排于12月集中进行。", OCT, "not_started"),
]
ROUNDS_DATED_GUARDS = [
    # an event to hold keeps rule question 6: its preparation on pace before its date
    ("举办第五届农民丰收节（承办股室：农业股；时限：10月31日）", "丰收节定于9月下旬举办，筹备工作正在进行。", AUG, "on_track"),
    # the test's month already passed with no word it was held: behind (rule question 46)
    ("组织全市安全生产监管人员执法资格考试。承办科室：政策法规科。完成时限：2026年11月30日。",
     "考试定于7月举行，试卷已印制完毕。", AUG, "behind"),
    # classes already held are counted, the next one's sign-up beside them
    ("举办农村实用技术培训班4期（责任科室：农业技术推广科；完成时限：11月底）",
     "已举办培训班2期，第3期考生报名正在进行。", JUN, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", ROUNDS_DATED + ROUNDS_DATED_GUARDS,
                         ids=[p for _, p, _, _ in ROUNDS_DATED + ROUNDS_DATED_GUARDS])
def test_round_dated_later_only_prepared(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status


BRACKETED_UNIT = [
    ("〔指标〕红色史料征集〔目标值〕征集抗战时期实物史料150件（套）〔分值〕4分〔时限〕12月31日〔处室〕征集处",
     "自查进展：已征集抗战时期实物史料140件（套）。", OCT, "ahead"),
    ("购置应急救援装备200台（套）总投资300万元（完成时限：12月底）", "已购置应急救援装备150台（套）。", JUL, "ahead"),
]


@pytest.mark.parametrize("task,progress,as_of,status", BRACKETED_UNIT, ids=[t[:12] for t, _, _, _ in BRACKETED_UNIT])
def test_bracketed_other_unit_is_no_second_part(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status


def test_bracketed_other_unit_parses_once():
    found = [(i.value, i.unit) for i in parse("购置应急救援装备200台（套）总投资300万元")[0]]
    assert found == [(200.0, "台"), (300.0, "万元")]


@pytest.mark.parametrize("text,value,unit", [
    # a table's header unit before its figure is still moved after it (guards)
    ("城镇登记失业率低于(%)4.5", 4.5, "%"),
    ("PM2.5年均浓度（微克/立方米）不高于38", 38.0, "微克/立方米"),
])
def test_header_unit_still_read(text, value, unit):
    (ind,) = parse(text)[0]
    assert (ind.value, ind.unit) == (value, unit)


NOT_OUT = [
    ("全县文明城市创建在全市年度测评中排名进入前三位（时限：12月31日）",
     "对照测评体系补齐短板，上半年测评结果暂未通报。", JUL, "unclear"),
    ("全市每千人口拥有3岁以下婴幼儿托位数达到4.5个（时限：12月31日）",
     "据卫健部门统计，2025年底全市每千人口托位数为4.1个；今年数据尚未发布。", APR, "unclear"),
]
NOT_OUT_GUARDS = [
    # a recognition's result not yet out, applications under review: the work under way, no figure missing
    ("新增国家级高新技术企业20家（时限：12月31日）",
     "今年国家认定尚未公布结果，已组织35家企业提交申报材料，目前正在评审。", SEP, "on_track"),
    # work said not begun, no result awaited: not started, as before
    ("完成全市地下管网普查（时限：12月31日）", "该项工作尚未启动。", APR, "not_started"),
]


@pytest.mark.parametrize("task,progress,as_of,status", NOT_OUT + NOT_OUT_GUARDS,
                         ids=[p for _, p, _, _ in NOT_OUT + NOT_OUT_GUARDS])
def test_result_or_figure_not_yet_out(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status


ENTRIES = [
    ("全年新增入库科技型中小企业800家（时限：12月31日）", "截至5月底，累计入库科技型中小企业520家。", MAY, "ahead"),
    # firms still going through their entry are no count (guard)
    ("全年新增入库科技型中小企业800家（时限：12月31日）", "已有45家企业正在办理入库手续。", MAY, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", ENTRIES, ids=[p for _, p, _, _ in ENTRIES])
def test_running_total_of_entries(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status


COVERAGE_REST = [
    ("实现全区52个社区养老服务站全覆盖（完成时限：12月31日）", "已建成社区养老服务站34个，其余18个尚未动工。", AUG, "behind"),
    ("实现全县40个行政村快递服务站点全覆盖（完成时限：12月31日）", "已在24个村设立快递服务站点，其余16个村尚在选址。", JUL,
     "behind"),
]
COVERAGE_REST_GUARDS = [
    # the rest under way holds the pace (rule question 22 with rule 4)
    ("实现全区52个社区养老服务站全覆盖（完成时限：12月31日）", "已建成社区养老服务站34个，其余18个正在施工。", AUG, "on_track"),
    # a plain count, no coverage: the rest preparing leaves the band to decide (rule question 4)
    ("新建社区养老服务站52个（完成时限：12月31日）", "已建成社区养老服务站34个，其余18个正在选址。", AUG, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", COVERAGE_REST + COVERAGE_REST_GUARDS,
                         ids=[p for _, p, _, _ in COVERAGE_REST + COVERAGE_REST_GUARDS])
def test_coverage_rest_not_under_way(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status


@pytest.mark.xfail(strict=True, reason=(
    "left by statusa at stop 67: the rest said still securing its premises (尚在落实…用房) is read as done (落实 a word of "
    "finish), so the coverage reads whole and completed; the rest only preparing makes it behind (rule question 22)"))
def test_coverage_rest_securing_premises():
    assert judge("实现全县40个行政村快递服务站点全覆盖（完成时限：12月31日）",
                 "已在24个村设立快递服务站点，其余16个村尚在落实站点用房。", JUL).status == "behind"
