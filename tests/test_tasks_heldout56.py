"""The misses of stop 56's held-out tasks set, the forty-ninth (t63, bench/labels/tasks_invented/, labels sealed and
committed in 9efcc9f before any engine run on it; judged once by the lead: 12 of 12 task starts found, 12/14 right,
five_year 12/12, group 12/12, indicators 9/12).  The document is a county development bureau's half-year report on the
year's plan to the congress standing committee (关于…上半年国民经济和社会发展计划执行情况的报告): a title, a dash line
naming the session, the speaker's line and an address to the committee (主任、各位副主任、各位委员：), a review part, a
problems part, then the second half's plan part with (一)… headings on their own line, and a closing paragraph that
addresses the chair and members again and pledges the work under the party committee's lead.
The engine took the closing address and its pledge for two tasks, kept an aim's lead (确保, 力争) and its time
(全年, 三季度末) in a metric, and named a count of schools by the verb and place before the count (完成城区) rather than
by the counted noun after it.

The report below is written for this file in other words (another district, other headings and figures); none of it
is a label's sentence.  The cases were strict xfails (67917ab) until taskse's rules of stop 56 — the address to the
committee's chair and members an address (words.toml part.address), so the closing and its pledge after it no tasks
(tasks.report's transition after an address); an aim's lead and its time opening any figure's metric no part of it
(indicators.counted_thing: target.aim_lead, target.aim_time_lead); a part of the area between a verb and a count no part
of the counted thing, named after the count (indicators.parse: target.place_before_count) — and are ordinary cases now."""

from __future__ import annotations

import pytest

from tests.tasks_heldout_helpers import found_tasks, metrics_of, start_of, task_starting

pytestmark = pytest.mark.engine

_REPORT = """关于某某区2027年上半年国民经济和社会发展计划执行情况的报告
——2027年7月25日在某某区第八届人民代表大会常务委员会第十四次会议上

区发展和改革委员会主任　某某

主任、各位副主任、各位委员：

受区人民政府委托，现将我区2027年上半年国民经济和社会发展计划执行情况报告如下，请予审议。

一、上半年计划执行情况

上半年，全区地区生产总值完成92.5亿元，同比增长6.1%；固定资产投资增长3.8%。

（一）重大项目有序推进。41个区级重点项目完成投资18.2亿元。

二、存在的主要问题

一是消费恢复偏慢。二是项目储备不足。

三、下半年工作安排

下半年，重点抓好以下三个方面工作：

（一）狠抓项目建设

加快推进区中医院新院区、滨河路综合管廊等45个重点项目建设，确保全年完成投资52亿元以上。力争四季度末重点项目竣工率达到85%。

（二）扩大消费需求

举办家装、汽车等促消费活动6场以上。力争年底前社区商业网点覆盖率达到80%。

（三）办好民生实事

完成城区4所幼儿园改扩建，新增学位1600个。改造老旧小区12个。确保年内完成农村公路改造60公里。

主任、各位副主任、各位委员，完成下半年目标任务责任重大。我们将在区委的坚强领导下，在区人大及其常委会的监督指导下，攻坚克难、奋力拼搏，确保圆满完成全年各项目标任务。
"""


_MEASURES = ["加快推进区中医院新院区", "力争四季度末重点项目竣工率达到85%", "举办家装、汽车等促消费活动6场以上",
             "力争年底前社区商业网点覆盖率达到80%", "完成城区4所幼儿园改扩建", "改造老旧小区12个",
             "确保年内完成农村公路改造60公里"]


def test_the_measures_of_the_second_half_are_tasks(tmp_path):
    # (found in the first run too: the guard beside the closing address below)
    found = found_tasks(tmp_path, _REPORT)
    assert [s for s in _MEASURES if task_starting(found, s) is None] == []


def test_the_closing_address_to_the_committee_and_its_pledge_are_no_tasks(tmp_path):
    found = found_tasks(tmp_path, _REPORT)
    assert [start_of(t)[:8] for t in found if start_of(t).startswith(("主任", "我们将在"))] == []


def test_an_aims_lead_and_its_year_are_no_part_of_a_second_figures_metric(tmp_path):
    assert metrics_of(found_tasks(tmp_path, _REPORT), "加快推进区中医院新院区")[1] == ("完成投资", 52.0, "亿元")


def test_an_aims_lead_and_a_quarters_end_are_no_part_of_a_rates_metric(tmp_path):
    found = found_tasks(tmp_path, _REPORT)
    assert (metrics_of(found, "力争四季度末重点项目竣工率"), metrics_of(found, "力争年底前社区商业网点覆盖率")) == (
        [("重点项目竣工率", 85.0, "%")], [("社区商业网点覆盖率", 80.0, "%")])


def test_a_count_of_schools_is_named_by_the_counted_noun(tmp_path):
    metric = metrics_of(found_tasks(tmp_path, _REPORT), "完成城区4所幼儿园改扩建")[0][0]
    assert "幼儿园" in metric and "城区" not in metric


def test_a_count_with_its_noun_before_it_keeps_its_verb(tmp_path):
    # a guard: the counted noun before the count (改造老旧小区12个) is named as it is
    assert metrics_of(found_tasks(tmp_path, _REPORT), "改造老旧小区12个") == [("改造老旧小区", 12.0, "个")]
