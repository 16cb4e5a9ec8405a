"""The misses of stop 57's held-out tasks set, the fifty-first (t65, bench/labels/tasks_invented/, labels sealed and
committed in 25715bf before any engine run on it; judged once by the lead: starts 4/16 found, 4/6 right, group 4/16,
indicators 4/16).  The document is a county's plan to put right what an inspection found (督察反馈意见整改方案): a
title, an opening on what was found ending 制定本方案。, 一、总体要求 (a guiding paragraph), 二、整改目标, 三、整改任务
with (一)… field headings on their own line and under each the problems, each a block of lines opening on a label and
a colon (问题N：, 整改目标：, 整改措施：, 责任单位：, 整改时限：), the measures numbered （1）（2） run on in one line or plain
sentences, then 四、保障措施 with run-in titles.
The engine read 总体要求 as the plan and 整改任务 as no part of it, so none of the measures (numbered run on, or plain
after 整改措施：) was a task, and took the guiding paragraph of 总体要求 and a worth statement among the safeguards for
tasks.

The plan below is written for this file in other words (another county, other fields and figures); none of it is a
label's sentence.  taskse's rules of stop 57 (整改任务 a plan title, 整改目标 a targets title, the block's
labelled lines no measures and 整改措施： no part of them: words.toml task.rectify_label) mend the measures, their groups, the numbers,
the guiding paragraph and the worth statement here; the two metrics were strict xfails until tasksx's rules of stop 58
(indicators.counted_thing: words.toml target.counted_holder, target.holder_work_end; indicators.programme_thing:
target.measured_result_lead)."""

from __future__ import annotations

import pytest

from tests.tasks_heldout_helpers import found_tasks, group_of, metrics_of, start_of, task_starting

pytestmark = pytest.mark.engine

_PLAN = """某某县关于中央第三环境保护督察组反馈问题的整改落实方案

2026年5月，中央第三环境保护督察组向我县反馈了督察意见，指出我县在固体废物处置、土壤污染防治等2个领域存在4个问题。为扎实推进反馈问题整改，制定本方案。

一、总体要求

以习近平新时代中国特色社会主义思想为指导，坚持边督边改、立行立改，把反馈问题整改作为践行新发展理念的重要检验，推动全县生态环境质量稳步提升。

二、整改目标

2026年11月底前，反馈的4个问题完成整改3个以上；2027年3月底前，全部问题整改到位并销号。

三、整改任务

（一）固体废物处置领域

问题1：县生活垃圾填埋场渗滤液处理能力不足，渗滤液积存量较大。
整改目标：渗滤液积存量全部处置完毕，处理设施稳定达标运行。
整改措施：（1）新建渗滤液应急处理设施一座，日处理能力200吨，7月底前投入运行。（2）委托第三方开展积存渗滤液清运处置，完成处置4.5万吨。（3）健全填埋场运行台账管理制度，落实日常巡查责任。
责任单位：县城市管理局、县生态环境分局
整改时限：2026年11月底前

问题2：部分工业企业一般固体废物随意堆放，贮存场所不规范。
整改目标：工业固体废物规范贮存率达到100%。
整改措施：组织开展工业固体废物专项排查，建立企业清单。年内完成86家企业固体废物贮存场所规范化改造，工业固体废物综合利用率达到70%以上。
责任单位：县工业和信息化局、县生态环境分局，各乡镇人民政府
整改时限：2026年10月底前，并长期坚持

（二）土壤污染防治领域

问题3：部分关闭搬迁企业地块土壤污染状况调查滞后。
整改目标：重点地块土壤污染状况调查全部完成。
整改措施：（1）全面完成关闭搬迁企业重点地块土壤污染状况调查。（2）完成某某化工厂原址污染地块风险管控面积36亩。
责任单位：县自然资源局、县生态环境分局
整改时限：2026年12月底前

问题4：受污染耕地安全利用措施落实不到位。
整改目标：受污染耕地安全利用率稳定在93%以上。
整改措施：年内完成受污染耕地安全利用2.1万亩。到2030年，全县受污染耕地安全利用措施全面落实到位。
责任单位：县农业农村局
整改时限：2027年3月底前

四、保障措施

（一）压实整改责任。建立“一个问题、一名牵头领导、一抓到底”的整改责任制，逐项明确责任单位和完成时限。

（二）强化跟踪督办。环境保护督察整改是一项重大的政治责任。县委、县政府督查室每半月调度一次整改进展，对推进迟缓的单位及时约谈。

（三）接受社会监督。整改落实情况通过县政府门户网站向社会公开。确保整改期间不发生重大环境信访事件。

各乡镇、各部门要主动担当作为，确保整改任务按时保质完成。
"""

_FIELD_ONE, _FIELD_TWO = "固体废物处置领域", "土壤污染防治领域"

_MEASURES = {
    "新建渗滤液应急处理设施一座": _FIELD_ONE,
    "委托第三方开展积存渗滤液清运处置": _FIELD_ONE,
    "健全填埋场运行台账管理制度": _FIELD_ONE,
    "组织开展工业固体废物专项排查": _FIELD_ONE,
    "年内完成86家企业固体废物贮存场所规范化改造": _FIELD_ONE,
    "全面完成关闭搬迁企业重点地块土壤污染状况调查": _FIELD_TWO,
    "完成某某化工厂原址污染地块风险管控面积36亩": _FIELD_TWO,
    "年内完成受污染耕地安全利用2.1万亩": _FIELD_TWO,
    "到2030年，全县受污染耕地安全利用措施全面落实到位": _FIELD_TWO,
}

_SAFEGUARDS = {
    "建立“一个问题、一名牵头领导、一抓到底”的整改责任制": "压实整改责任",
    "县委、县政府督查室每半月调度一次整改进展": "强化跟踪督办",
    "整改落实情况通过县政府门户网站向社会公开": "接受社会监督",
    "确保整改期间不发生重大环境信访事件": "接受社会监督",
}


def test_the_measures_of_each_problem_are_tasks(tmp_path):
    found = found_tasks(tmp_path, _PLAN)
    assert [s for s in _MEASURES if task_starting(found, s) is None] == []


def test_the_measures_are_grouped_under_their_field(tmp_path):
    found = found_tasks(tmp_path, _PLAN)
    assert {s: (group_of(t) if (t := task_starting(found, s)) else None) for s in _MEASURES} == _MEASURES


def test_a_numbered_measures_number_is_no_part_of_it(tmp_path):
    found = found_tasks(tmp_path, _PLAN)
    assert [start_of(t)[:4] for t in found if start_of(t).startswith(("(", "（"))] == [] and task_starting(
        found, "委托第三方开展积存渗滤液清运处置"
    ) is not None


def test_the_problem_target_unit_and_deadline_lines_are_no_tasks(tmp_path):
    # a guard: a problem found, the result sought, the units and the deadline are no measures
    found = found_tasks(tmp_path, _PLAN)
    labels = (
        "问题",
        "整改目标",
        "责任单位",
        "整改时限",
        "县城市管理局",
        "2026年11月底前",
        "县生活垃圾填埋场",
        "渗滤液积存量全部处置",
        "工业固体废物规范贮存率",
    )
    assert [start_of(t)[:8] for t in found if start_of(t).startswith(labels)] == []


def test_the_guiding_paragraph_and_a_worth_statement_are_no_tasks(tmp_path):
    found = found_tasks(tmp_path, _PLAN)
    assert [start_of(t)[:8] for t in found if start_of(t).startswith(("以习近平", "环境保护督察整改是"))] == []


def test_the_opening_the_aims_and_the_closing_are_no_tasks(tmp_path):
    # a guard: what the inspection found, the plan's aim in counts of problems, the closing exhortation
    found = found_tasks(tmp_path, _PLAN)
    assert [start_of(t)[:8] for t in found if start_of(t).startswith(("2026年5月", "2026年11月", "各乡镇"))] == []


def test_the_safeguards_are_tasks_under_their_run_in_titles(tmp_path):
    # a guard (right in the first run too)
    found = found_tasks(tmp_path, _PLAN)
    assert {s: (group_of(t) if (t := task_starting(found, s)) else None) for s in _SAFEGUARDS} == _SAFEGUARDS


def test_a_count_before_its_thing_and_a_rate_are_read(tmp_path):
    assert metrics_of(found_tasks(tmp_path, _PLAN), "年内完成86家企业固体废物贮存场所规范化改造") == [
        ("企业", 86.0, "家"),
        ("工业固体废物综合利用率", 70.0, "%"),
    ]


def test_an_area_of_a_measure_is_read(tmp_path):
    assert metrics_of(found_tasks(tmp_path, _PLAN), "年内完成受污染耕地安全利用2.1万亩") == [
        ("受污染耕地安全利用", 2.1, "万亩")
    ]
