"""A text in questions and answers (a government's interpretation of its work report on its website, an interview):
its questions on lines of their own group the answers after them (structure._QUESTION), the answer's label is no part
of its first task (structure._ANSWER), a 民生实事 list numbered in brackets inside an answer is the livelihood list
(structure.livelihood_items with bracketed items, tasks.report._plan_livelihood for a text with no part), and a
supplier line in brackets closing it is no task (tasks.report._SUPPLIER_LINE).  taskse, stop 65; every sentence here
is written for this file."""

from __future__ import annotations

import pytest

from luoshi.engine import structure
from luoshi.engine.tasks.report import _SUPPLIER_LINE
from luoshi.engine.text import for_parsing
from tests.tasks_heldout_helpers import found_tasks, group_of, start_of

pytestmark = pytest.mark.engine


@pytest.mark.parametrize(("line", "question"), [
    ("问一：今年在城市更新方面有哪些打算？", True),
    ("问12：如何推进县域商业体系建设？", True),
    ("问：报告对稳就业作了哪些部署？", True),
    ("记者：今年的民生投入有什么变化？", True),
    ("某某日报记者：乡村振兴有哪些新抓手？", True),
    ("问十一：怎样理解“三个转变”？", True),
    # near misses: a problem found (问题：), a word holding 问 (问政, 访问), an answer, a line with no question mark
    ("问题一：部分项目开工滞后？", False),
    ("问政：群众反映的停车难问题如何解决？", False),
    ("访问量：全年达到120万人次？", False),
    ("答：今年将新建停车泊位800个。", False),
    ("问二：今年在城市更新方面的打算", False),
])
def test_a_question_line(line, question):
    norm = for_parsing(line)
    assert bool(structure._QUESTION.match(norm) and norm.endswith("?")) is question


@pytest.mark.parametrize(("line", "answer"), [
    ("答：报告提出，今年将新建停车泊位800个。", True),
    ("答一：今年将改造老旧管网40公里。", True),
    # near misses: a reply (答复), an answer's word inside a sentence, a label with nothing after it
    ("答复：对代表建议已全部办结。", False),
    ("回答：今年将新建停车泊位800个。", False),
    ("答：", False),
])
def test_an_answer_label(line, answer):
    assert bool(structure._ANSWER.match(for_parsing(line))) is answer


_QA = ("某某区2030年政府工作报告解读\n\n"
       "3月1日，区人大会议通过了政府工作报告。下面以问答形式解读。\n\n"
       "问一：2030年全区发展的主要预期目标是什么？\n\n"
       "答：报告提出，2030年全区经济社会发展的主要预期目标是：地区生产总值增长6.2%左右，城镇新增就业6200人以上，"
       "居民人均可支配收入增长6%。\n\n"
       "问二：今年在城市更新方面有哪些打算？\n\n"
       "答：报告提出，今年将改造老旧小区35个，新增停车泊位900个。实施雨污分流改造工程，新建排水管网18公里。\n\n"
       "问三：今年将实施哪些民生实事？\n\n"
       "答：经区人大代表票决，今年区政府将办好八件民生实事：（1）新建社区食堂10个；（2）改造背街小巷30条；"
       "（3）新增公办幼儿园学位600个；（4）建设智慧体育公园2个；（5）为城乡居民免费体检2万人次；"
       "（6）新建城市驿站12个；（7）改造农贸市场4个；（8）开展文化惠民演出150场。\n\n"
       "（区发展和改革局供稿）\n")


def test_questions_group_their_answers_and_the_livelihood_list_is_left_out(tmp_path):
    found = found_tasks(tmp_path, _QA)
    assert [(start_of(t), for_parsing(group_of(t))) for t in found] == [
        ("报告提出,今年将改造老旧小区35个,新增停车泊位900个。", "今年在城市更新方面有哪些打算?"),
        ("实施雨污分流改造工程,新建排水管网18公里。", "今年在城市更新方面有哪些打算?"),
    ]


def test_a_bracketed_livelihood_list_gives_livelihood_items(tmp_path):
    from luoshi.engine import reader, tasks
    path = tmp_path / "qa.txt"
    path.write_text(_QA, encoding="utf-8")
    items = [t for t in tasks.tasks_from_document(reader.read(path)) if t.kind == "livelihood"]
    assert [for_parsing(t.text).rstrip(";。") for t in items][:2] == ["新建社区食堂10个", "改造背街小巷30条"]
    assert len(items) == 8


def test_a_list_in_brackets_not_naming_livelihood_works_stays_tasks(tmp_path):
    # guard: a lead announcing other works, its items (1)(2) in brackets, stays the answer's tasks
    text = _QA.replace("经区人大代表票决，今年区政府将办好八件民生实事：", "今年区政府将重点抓好八项工作：")
    found = found_tasks(tmp_path, text)
    assert any(start_of(t).startswith("新建社区食堂10个") for t in found)


def test_a_single_question_line_groups_nothing(tmp_path):
    # guard: one question line alone is prose, no Q&A — no group for the sentences after it, 答： not taken off
    text = _QA.replace("问一：", "").replace("问三：", "")
    groups = {for_parsing(group_of(t)) for t in found_tasks(tmp_path, text)}
    assert "今年在城市更新方面有哪些打算?" not in groups


def test_a_press_conference_transcript_reads_its_turns_not_questions(tmp_path):
    # guard: a transcript (…新闻发布会实录) keeps its reporters' turns: no question section over an official's answer
    text = ("某某市2030年城市更新新闻发布会实录\n\n主持人：各位记者朋友，上午好。\n\n"
            "某日报记者：今年城市更新有哪些安排？\n\n"
            "某某（市住建局局长）：今年，我们将改造老旧小区35个，新增停车泊位900个。\n\n"
            "某台记者：今年排水管网建设有哪些安排？\n\n"
            "某某（市住建局局长）：今年，我们将新建排水管网18公里，完成雨污分流改造。\n")
    sections, _, _ = structure.parse_structure(text)
    assert sections == [] or not any("有哪些安排" in s.title for s in sections)
    # (the same turns with no transcript title are questions: the guard is the title's)
    untitled, _, _ = structure.parse_structure(text.replace("新闻发布会实录", "情况介绍"))
    assert any("有哪些安排" in s.title for s in untitled)


@pytest.mark.parametrize(("line", "supplier"), [
    ("（县发展和改革局、县政府办公室供稿）", True),
    ("（市统计局撰稿）", True),
    ("(记者 王某 整理)", True),
    ("（区融媒体中心供图）", True),
    # near misses: an item's lead unit, a release note, a numbered title, a bracket holding a clause
    ("（县交通运输局牵头）", False),
    ("（此件公开发布）", False),
    ("（一）整理闲置土地。", False),
    ("（县自然资源局负责，整理闲置土地）", False),
])
def test_a_supplier_line(line, supplier):
    assert bool(_SUPPLIER_LINE.fullmatch(for_parsing(line).strip())) is supplier
