"""Sub-points numbered 1. 2. 3. run into a run-in title's paragraph, and mid-paragraph topics told by the measure after
them (issue 10; tasksx, stop 59: t70, a province department's annual work points, and the extra starts of t01, t03, t06).

- An arabic item number with its point opening a sentence after a full stop in mid-paragraph (加强…利用。1.实施…。2.推进…)
  is no part of its task when the paragraph's run of such numbers opens on 1 (tasks.report._numbered_after_stop); a
  figure opening a sentence (2.5万亩…) and a lone number with no 1 before it keep their words.
- A run-in title opening on a modal (要…。) counts toward a paragraph's series of modal topics (words.toml
  task.modal_topic_open; three make a series): with two more in mid-paragraph, each before a longer sentence, they are
  topics, the groups of the measures after them (tasks.topics._topic_sentences); a modal title and one more stay as read.
- One or two topics with no parallel in a run-in title's paragraph, each before a measure of clauses repeating a content
  word of it (…。激发消费活力。落实…，举办促消费活动…。), are topics by the lead's decision D19 of stop 60 (tasks.topics.
  _repeated_word_topics; strict xfails until stop 60, the guards of tests/test_task_topics.py and
  tests/test_task_unnumbered_sub_titles.py changed with it).
- A statement of the situation with 必须 in mid-paragraph (工业大县必须挑起重担。) is no task (a strict xfail until stop 61:
  the part a place must play said alone, words.toml task.role_duty; tests/test_tasks_stop61x.py has its guards).

Every text below was written for these tests (某某 names), in other words than any label set's."""

from __future__ import annotations

import pytest

from tests.tasks_heldout_helpers import found_tasks, group_of, start_of, task_starting

pytestmark = pytest.mark.engine

_POINTS = """2028年全省水利工作要点

2028年全省水利工作的总体要求是：坚持节水优先、空间均衡、系统治理、两手发力，加快建设水利强省。

一、提升水安全保障能力

（一）加强水资源节约集约利用。1.实施国家节水行动，万元地区生产总值用水量下降3%。2.推进灌区续建配套与现代化改造，新增恢复灌溉面积15万亩。3.开展县域节水型社会达标建设复核。（责任处室：水资源处）

（二）加快水利工程建设。全年完成水利投资260亿元。2.5万亩旱地改造列入年度计划。3.新建小型水库5座。（责任处室：规划计划处）
"""


def test_sub_points_run_into_a_run_in_title_paragraph_lose_their_numbers(tmp_path):
    found = found_tasks(tmp_path, _POINTS)
    for start in ("实施国家节水行动", "推进灌区续建配套与现代化改造", "开展县域节水型社会达标建设复核"):
        task = task_starting(found, start)
        assert task is not None, start
        assert group_of(task) == "加强水资源节约集约利用"
    assert task_starting(found, "推进灌区续建配套与现代化改造").indicators[0].value == 15


def test_a_figure_or_a_number_with_no_run_before_it_keeps_its_words(tmp_path):
    # guards: 2.5万亩 is a figure; 3. with no 1. before it in its paragraph is left as written
    found = found_tasks(tmp_path, _POINTS)
    assert task_starting(found, "2.5万亩旱地改造") is not None
    assert task_starting(found, "3.新建小型水库5座") is not None


_REPORT = """某某市人民政府工作报告

各位代表：

一、2026年工作回顾

2026年，全市地区生产总值增长5.6%。

二、2027年工作安排

（一）扩大有效需求。储备重大项目200个，完成投资500亿元。激发消费活力。落实以旧换新政策，举办促消费活动30场。

（二）提升城市品质。改造老旧小区80个，新建口袋公园20个。完善排水防涝体系。新建排水泵站3座，整治易涝点12处。

{speech}

（三）提升公共服务水平。推进职业教育提质。新建公办幼儿园5所。
"""

_MODALS = "要全力稳住经济大盘。工业大县必须挑起重担。要把扩内需摆在更加突出的位置。全年新开工项目50个，完成技改投资80亿元。" \
    "要持续优化营商环境。推行企业开办一网通办，实现审批时限压减一半。"
_TWO_MODALS = "要全力稳住经济大盘。要把扩内需摆在更加突出的位置。全年新开工项目50个，完成技改投资80亿元。"


@pytest.mark.parametrize(("topic", "measure"), [
    ("要把扩内需摆在更加突出的位置", "全年新开工项目50个"),
    ("要持续优化营商环境", "推行企业开办一网通办"),
])
def test_a_modal_title_and_two_modal_topics_are_a_series(tmp_path, topic, measure):
    found = found_tasks(tmp_path, _REPORT.format(speech=_MODALS))
    assert task_starting(found, topic) is None
    assert group_of(task_starting(found, measure)) == topic


def test_a_modal_title_and_one_modal_sentence_stay_as_read(tmp_path):
    # a guard: two modals in the paragraph are no series (the sentence after the title stays a task)
    found = found_tasks(tmp_path, _REPORT.format(speech=_TWO_MODALS))
    assert task_starting(found, "要把扩内需摆在更加突出的位置") is not None


@pytest.mark.parametrize("start", ["推进职业教育提质", "新建公办幼儿园5所"])
def test_a_step_before_a_short_result_stays_a_task(tmp_path, start):
    # a guard
    assert task_starting(found_tasks(tmp_path, _REPORT.format(speech=_MODALS)), start) is not None


# (a strict xfail until stop 60: D19, the measure after each repeating a content word of it — 消费, 排水)
@pytest.mark.parametrize(("topic", "measure"), [("激发消费活力", "落实以旧换新政策"), ("完善排水防涝体系", "新建排水泵站3座")])
def test_a_topic_with_no_parallel_before_a_measure_of_clauses_is_no_task(tmp_path, topic, measure):
    found = found_tasks(tmp_path, _REPORT.format(speech=_MODALS))
    assert task_starting(found, topic) is None
    assert group_of(task_starting(found, measure)) == topic


# (a strict xfail until stop 61: a subject, a modal and the part it must play said alone, tasks.report._DUTY_STATEMENT)
def test_a_statement_with_must_in_mid_paragraph_is_no_task(tmp_path):
    found = found_tasks(tmp_path, _REPORT.format(speech=_MODALS))
    assert [start_of(t) for t in found if start_of(t).startswith("工业大县")] == []
