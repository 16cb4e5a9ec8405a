"""The misses of stop 65's held-out tasks set, the sixty-seventh (t81, bench/labels/tasks_invented/, labels sealed and
committed in 4956417 before any engine run on it; judged once by the lead: starts 11/18 found, 11/26 right, group 0/18,
indicators 10/18).  The document is a government's interpretation of its work report in questions and answers as
published on its website: a title, a source line, an opening paragraph, then numbered questions each on a line of its
own (问一：…？) with an answer paragraph after each (答：…), and a supplier line in brackets at the end.  The engine read
each question as a task (where it is the group of the answer after it), kept the answer's label 答： in the start of each
answer's first task, read the supplier line as a task, and so showed no group and missed the indicators of the answers'
first tasks.

The interpretation below is written for this file in other words (another city, year, figures and nouns); none of it is
a label's sentence."""

from __future__ import annotations

import pytest

from luoshi.engine.text import for_parsing
from tests.tasks_heldout_helpers import found_tasks, group_of, metrics_of, start_of

pytestmark = pytest.mark.engine

_QA = ("《2029年某某市人民政府工作报告》解读问答\n\n"
       "来源：某某市人民政府办公室　　发布时间：2029年2月11日\n\n"
       "2月3日，市十六届人大四次会议审议通过了《2029年某某市人民政府工作报告》。现以问答形式对报告作简要解读。\n\n"
       "{q1}2028年全市经济运行情况如何？\n\n"
       "{a}2028年，全市地区生产总值增长5.7%，新增市场主体1.1万户。\n\n"
       "{q2}2029年全市发展的主要预期目标有哪些？\n\n"
       "{a}报告提出，2029年全市经济社会发展的主要预期目标是：地区生产总值增长5.3%左右，城镇新增就业1.3万人以上，"
       "居民消费价格涨幅3%左右。\n\n"
       "{q3}今年在科技创新方面有哪些安排？\n\n"
       "{a}报告提出，今年将新建市级重点实验室12个，研发经费投入增长10%以上。加快建设科创走廊，引进高层次人才团队15个。\n\n"
       "{q4}城市建设方面有哪些重点工作？\n\n"
       "{a}文化方面，新建城市书房15个，提升公共文化服务水平。交通方面，推进城市快速路二期工程建设。\n\n"
       "（市科技局、市政府办公室供稿）\n")

_GROUP3 = "今年在科技创新方面有哪些安排？"
_GROUP4 = "城市建设方面有哪些重点工作？"
_EXPECTED = [
    ("报告提出，今年将新建市级重点实验室12个，研发经费投入增长10%以上。", _GROUP3),
    ("加快建设科创走廊，引进高层次人才团队15个。", _GROUP3),
    ("文化方面，新建城市书房15个，提升公共文化服务水平。", _GROUP4),
    ("交通方面，推进城市快速路二期工程建设。", _GROUP4),
]


def _qa(q: tuple[str, str, str, str] = ("问一：", "问二：", "问三：", "问四："), a: str = "答：") -> str:
    return _QA.format(q1=q[0], q2=q[1], q3=q[2], q4=q[3], a=a)


def _read(tmp_path, text: str) -> list[tuple[str, str]]:
    return [(start_of(t), for_parsing(group_of(t))) for t in found_tasks(tmp_path, text)]


def _parsed(rows):
    return [(for_parsing(s), for_parsing(g)) for s, g in rows]


# (mended by taskse, stop 65: structure._QUESTION, structure._ANSWER, words.toml report.question_label,
# report.question_asker, report.answer_label; tasks.report._SUPPLIER_LINE, task.supplier_mark)
@pytest.mark.parametrize(("questions", "answer"), [
    (("问一：", "问二：", "问三：", "问四："), "答："),
    (("问1：", "问2：", "问3：", "问4："), "答："),
    (("问：", "问：", "问：", "问："), "答："),
    (("记者：", "记者：", "记者：", "记者："), "答："),
])
def test_questions_group_the_answers_and_labels_are_no_part_of_a_task(tmp_path, questions, answer):
    assert _read(tmp_path, _qa(questions, answer)) == _parsed(_EXPECTED)


def test_the_answers_first_task_has_its_figures(tmp_path):
    found = found_tasks(tmp_path, _qa())
    got = metrics_of(found, "报告提出，今年将新建") or []
    assert [(v, u) for _, v, u in got] == [(12.0, "个"), (10.0, "%")]
    assert "市级重点实验室" in got[0][0] and "研发经费投入" in got[1][0]


def test_a_field_lead_opening_an_answer_has_its_figures(tmp_path):
    found = found_tasks(tmp_path, _qa())
    assert [(v, u) for _, v, u in metrics_of(found, "文化方面，新建城市书房") or []] == [(15.0, "个")]


def test_the_supplier_line_is_no_task(tmp_path):
    assert not any("供稿" in s for s, _ in _read(tmp_path, _qa()))


@pytest.mark.xfail(strict=True, reason="taskse65: a 其中 sentence of its own is part of the task before it (t42's "
                                       "convention, readt stop 43), where t81's label takes it as a task of its own: "
                                       "a label convention for the lead to decide")
def test_a_breakdown_sentence_in_an_answer_is_a_task_of_its_own(tmp_path):
    text = _qa().replace("研发经费投入增长10%以上。", "研发经费投入增长10%以上。其中，新建省级重点实验室3个。")
    starts = [s for s, _ in _read(tmp_path, text)]
    assert "其中,新建省级重点实验室3个。" in starts


@pytest.mark.xfail(strict=True, reason="taskse65: a scope with its bracketed alternative before the counted thing "
                                       "(新建村（社区）… ) kept in the metric")
def test_a_bracketed_scope_before_the_counted_thing_is_no_part_of_its_metric(tmp_path):
    text = _qa().replace("交通方面，推进城市快速路二期工程建设。", "助老方面，新建村（社区）老年食堂6个，方便老人就餐。")
    (got,) = metrics_of(found_tasks(tmp_path, text), "助老方面") or [("", None, "")]
    assert "老年食堂" in got[0] and len(got[0]) <= len("老年食堂") + 4 and got[1:] == (6.0, "个")
