"""The misses of stop 64's held-out tasks set, the sixty-fifth (t79, bench/labels/tasks_invented/, labels sealed and
committed in 1f254ce before any engine run on it; judged once by the lead: starts 17/17 found, 17/19 right, group 17/17,
indicators 13/17).  The document is a county bureau director's annual debriefing and integrity report (述职述廉报告):
duty, integrity and shortcomings parts, then next year's plans under 第一，… run-in titles, closed by a request for
appraisal, a pledge to accept supervision and 谢谢大家！.  The engine read every measure, but took the closing request
(以上报告，请…评议。) and the pledge after it (我将…接受…监督，以…) for tasks; and four indicators' metrics held more
than the counted thing: a subsidy's beneficiaries before it, a share's scope before 中, a completion verb and a kind
before the counted thing, a rate's whole subject with the verb of holding (保持在) after it.

The report below is written for this file in other words (another county, bureau, year, figures and nouns); none of it
is a label's sentence."""

from __future__ import annotations

import pytest

from tests.tasks_heldout_helpers import found_tasks, group_of, metrics_of, start_of

pytestmark = pytest.mark.engine

_REPORT = ("某某县水利局局长2028年度述职述廉报告\n\n某某　2029年1月12日\n\n"
           "各位领导、同志们：\n\n根据县委组织部通知要求，现将本人2028年度履职和廉洁自律情况报告如下，请予评议。\n\n"
           "一、履职尽责情况\n\n一年来，我带领全局干部职工，较好完成了各项工作任务。新建农村供水工程14处。\n\n"
           "二、存在的不足\n\n一是学习不够深入；二是工作创新不够。\n\n"
           "三、2029年工作打算\n\n"
           "第一，聚焦水利建设抓项目。{measure}\n\n"
           "{closing}\n\n"
           "谢谢大家！\n")
_MEASURE = "全年新建农村供水工程15处。"
_FIRST = ("全年新建农村供水工程15处。", "聚焦水利建设抓项目")


def _read(tmp_path, text: str) -> list[tuple[str, str]]:
    return [(start_of(t), group_of(t)) for t in found_tasks(tmp_path, text)]


# (mended by taskse, stop 64: tasks.report._closing_request, words.toml task.closing_request_lead, task.pledge_subject)
@pytest.mark.parametrize("closing", [
    "以上述职，请各位领导和同志们评议。",
    "以上报告，请予审议。",
    "以上汇报如有不妥之处，请各位领导批评指正。",
    "以上报告，请各位领导和同志们评议。本人将自觉接受组织和干部群众的监督，以更加昂扬的斗志，推动全县水利事业再上新台阶。",
    "我将诚恳接受大家的监督，以更加务实的作风，为全县经济社会发展作出新的贡献。",
])
def test_a_closing_request_and_pledge_are_no_tasks(tmp_path, closing):
    assert _read(tmp_path, _REPORT.format(measure=_MEASURE, closing=closing)) == [_FIRST]


@pytest.mark.parametrize("measure", [
    # guards: a government's commitment to accept an institution's supervision, a request to units, a report named
    "我们将始终坚持依法行政，主动接受县人大及其常委会的法律监督和工作监督。",
    "自觉接受县人大及其常委会的监督，认真办理人大代表建议和政协委员提案。",
    "我们将主动接受人大监督、政协民主监督和社会舆论监督。",
    "请各乡镇认真评议本单位整改落实情况。",
    "以上报告所列项目年底前全部开工。",
])
def test_a_commitment_or_request_in_the_plan_stays_a_task(tmp_path, measure):
    found = _read(tmp_path, _REPORT.format(measure=measure, closing=""))
    assert found == [(measure.replace("，", ",").replace("、", "、"), "聚焦水利建设抓项目")]


# (mended by taskse, stop 64: indicators._without_share_scope and _RATE_HOLD_END, words.toml target.share_end,
# target.share_scope_not, target.rate_end, target.rate_hold_verb)
@pytest.mark.parametrize(("measure", "metric", "value"), [
    # a share's scope before 中: the share is the metric
    ("推广节水灌溉，全县新增灌溉面积中高效节水灌溉占比达到60%。", "高效节水灌溉占比", 60.0),
    ("优化用地结构，新供应工业用地中标准地占比达到80%。", "标准地占比", 80.0),
    ("城中村改造项目中安置住房比重达到65%。", "安置住房比重", 65.0),
    # a rate's or a share's verb of holding after its name is no part of the metric
    ("加强水质监测，农村供水水质达标率稳定在92%以上。", "农村供水水质达标率", 92.0),
    ("民生支出占一般公共预算支出比重保持在78%以上。", "民生支出占一般公共预算支出比重", 78.0),
    # guards: 中 inside a name (中小学校, 中心, 中小企业) is no scope; a rate keeps its words
    ("中小学校视频监控覆盖率保持在100%。", "中小学校视频监控覆盖率", 100.0),
    ("规上工业企业中专精特新中小企业占比达到20%。", "专精特新中小企业占比", 20.0),
    ("乡镇卫生院中医馆覆盖率达到100%。", "乡镇卫生院中医馆覆盖率", 100.0),
    ("县域医疗次中心床位占比达到30%。", "县域医疗次中心床位占比", 30.0),
])
def test_a_shares_scope_and_a_rates_holding_verb_are_no_part_of_its_metric(tmp_path, measure, metric, value):
    found = found_tasks(tmp_path, _REPORT.format(measure=measure, closing=""))
    assert metrics_of(found, measure[:4]) == [(metric, value, "%")]


@pytest.mark.xfail(strict=True, reason="taskse64: an indicator's metric holds more than the counted thing")
@pytest.mark.parametrize(("measure", "metric", "value", "unit"), [
    # a rate's whole subject before it (the work whose rate it is)
    ("加强水质监测，农村集中供水工程水质达标率稳定在92%以上。", "水质达标率", 92.0, "%"),
    # a completion verb and a kind before the counted thing
    ("开展水库安全隐患排查，完成小型病险水库大坝安全鉴定30座。", "水库大坝安全鉴定", 30.0, "座"),
    # a subsidy's beneficiaries before it
    ("落实惠民政策，发放农村低收入家庭用水补贴900户。", "用水补贴", 900.0, "户"),
])
def test_an_indicators_metric_is_the_counted_thing(tmp_path, measure, metric, value, unit):
    found = found_tasks(tmp_path, _REPORT.format(measure=measure, closing=""))
    (got,) = metrics_of(found, measure[:4])
    assert metric in got[0] and len(got[0]) <= len(metric) + 4 and got[1:] == (value, unit)
