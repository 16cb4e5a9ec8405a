"""Topics told by a word the measure after them repeats, and a plan's closing paragraph of exhortations (issue 10 item 2;
tasksx, stop 60).

- The lead's decision D19: a short sentence in mid-paragraph — one clause, no figure, at most about 12 characters, no
  result to check nor title to win — right before a longer sentence of measures that repeats a content word of it (two
  characters in a row that are no general verb) is the topic of the measures after it, parallel or not
  (tasks.topics._repeated_word_topics).  Sharing no word, or only a general verb (加强, 推进…), it stays a task; so do a
  title to win (创建…城市) and a result to check (完成…, 建成…) before measures repeating its words.
- A plan whose last section is followed by a paragraph of 要… exhortations (要坚定发展信心。要保持战略定力。…) read the
  paragraph's first sentence as a run-in title and the others as tasks under it: every sentence and ；-piece of such a
  last plan paragraph opening on a modal with no figure (after an address, 同志们，要…), it is an exhortation, no task
  (tasks.topics._closing_exhortations); the run-in paragraph before it keeps its tasks and groups.

Every text below was written for these tests (某某 names), in other words than any label set's."""

from __future__ import annotations

import pytest

from tests.tasks_heldout_helpers import found_tasks, group_of, start_of, task_starting

pytestmark = pytest.mark.engine

_PLAN = """某某县人民政府工作报告

各位代表：

一、2026年工作回顾

2026年，全县地区生产总值增长5.6%。

二、2027年工作安排

（一）壮大县域经济。全年实施重点项目90个，完成投资150亿元。{paragraph}

（二）建设美丽乡村。新建农村公路60公里，改造农村危房300户。

{closing}
"""


@pytest.mark.parametrize(("paragraph", "topic", "measure"), [
    ("盘活闲置厂房。收回低效厂房12万平方米，引进中小企业30家入驻。", "盘活闲置厂房", "收回低效厂房"),
    ("做优茶叶产业。新建生态茶园5000亩，培育茶叶加工龙头企业3家。", "做优茶叶产业", "新建生态茶园"),
])
def test_a_short_sentence_whose_measure_repeats_its_word_is_their_topic(tmp_path, paragraph, topic, measure):
    found = found_tasks(tmp_path, _PLAN.format(paragraph=paragraph, closing=""))
    assert task_starting(found, topic) is None
    assert group_of(task_starting(found, measure)) == topic


@pytest.mark.parametrize(("paragraph", "short"), [
    # no word of it in the measure after it
    ("做优特色农业。新建生态茶园5000亩，培育加工龙头企业3家。", "做优特色农业"),
    # a general verb only
    ("加强要素保障。加强土地收储，新增建设用地800亩。", "加强要素保障"),
    # a title to win and a result to check
    ("创建省级园林县城。新建城区公园6个，新增园林绿地30万平方米。", "创建省级园林县城"),
    ("完成园区扩容。新建标准厂房8万平方米，园区道路延伸5公里。", "完成园区扩容"),
])
def test_a_short_sentence_sharing_no_content_word_stays_a_task(tmp_path, paragraph, short):
    # guards (D19)
    found = found_tasks(tmp_path, _PLAN.format(paragraph=paragraph, closing=""))
    assert task_starting(found, short) is not None


_CLOSINGS = [
    "要坚定发展信心。要保持战略定力。要强化责任担当。",
    "要坚定发展信心，锚定目标不放松。要保持战略定力，一张蓝图绘到底。要强化责任担当，以实干实绩回应群众期盼。",
    "要坚定发展信心，锚定目标不放松；要保持战略定力，一张蓝图绘到底；要强化责任担当，以实干实绩回应群众期盼。",
    "同志们，要坚定发展信心，锚定目标不放松。要保持战略定力，一张蓝图绘到底。",
    "要坚定发展信心。要保持战略定力。\n\n各位代表，让我们团结一心，奋勇前进！",
]


@pytest.mark.parametrize("closing", _CLOSINGS)
def test_a_closing_paragraph_of_exhortations_gives_no_task(tmp_path, closing):
    found = found_tasks(tmp_path, _PLAN.format(paragraph="", closing=closing))
    assert [start_of(t)[:6] for t in found if start_of(t).startswith(("要", "同志们"))] == []


@pytest.mark.parametrize("closing", _CLOSINGS)
def test_the_run_in_paragraph_before_the_exhortations_keeps_its_tasks(tmp_path, closing):
    found = found_tasks(tmp_path, _PLAN.format(paragraph="", closing=closing))
    assert group_of(task_starting(found, "新建农村公路60公里")) == "建设美丽乡村"
    assert group_of(task_starting(found, "全年实施重点项目90个")) == "壮大县域经济"


@pytest.mark.parametrize("closing", [
    # a figure: a target said with 要
    "要确保新开工项目30个以上。要力争完成工业投资80亿元。",
    # 要 topics before measures
    "要稳住工业大盘。新开工亿元以上项目20个，完成技改投资40亿元。要扩大有效消费。举办促消费活动15场。",
])
def test_modal_sentences_with_figures_or_measures_stay_read(tmp_path, closing):
    # guards
    found = found_tasks(tmp_path, _PLAN.format(paragraph="", closing=closing))
    assert [t for t in found if start_of(t).startswith(("要确保", "新开工亿元", "举办促消费"))]


# t72's first run (a township's own annual work plan; tasksx, stop 60) in other words: the part stating the guiding
# thought (一、指导思想: 以…为指导，…) was read as measures, and the opening's drawing up of the plan itself (…，制定本计划。)
# stood as a task once that part no longer framed it (words.toml part.targets_title, task.own_document_verb).
_TOWNSHIP = """某某镇2027年工作计划

2027年是某某镇加快建设工贸强镇的关键一年。为推动全年工作落地见效，结合本镇实际，制定本计划。

一、指导思想

以习近平新时代中国特色社会主义思想为指导，深入贯彻落实上级决策部署，坚持稳中求进，着力建设宜居宜业和美城镇。

二、重点工作

（一）壮大镇域经济

新引进工业项目6个，新增规上工业企业3家。{measure}

各村（社区）、各部门要压实责任，确保各项任务落到实处。
"""


@pytest.mark.parametrize("opening", ["以习近平新时代", "为推动全年工作落地见效"])
def test_a_plans_guiding_thought_and_its_own_drawing_up_are_no_tasks(tmp_path, opening):
    found = found_tasks(tmp_path, _TOWNSHIP.format(measure=""))
    assert task_starting(found, opening) is None
    assert group_of(task_starting(found, "新引进工业项目6个")) == "壮大镇域经济"


def test_a_measure_drawing_up_a_document_stays_a_task(tmp_path):
    # a guard: 制定 before a document that is not the plan itself (no 本) is a measure
    found = found_tasks(tmp_path, _TOWNSHIP.format(measure="制定镇区商业网点布局方案，新建农贸市场1个。"))
    assert task_starting(found, "制定镇区商业网点布局方案") is not None


# The lead's mend of stop 60: 指导思想 as a part title (words.toml part.guiding_thought_title) gives the role targets only
# once the document's titles are read as parts; a plan of 指导思想 / 发展任务 / 保障措施 headings alone keeps them headings
# (tests/test_parts_slogan_excerpt.py).  The guiding thought's sentence (以…为指导，…) is no task in either case
# (task.guiding_thought_close), while 以…为抓手 opens a measure.
@pytest.mark.parametrize(("opening", "is_task"), [
    ("以某某思想为指导，坚持稳中求进工作总基调，着力推动高质量发展。", False),
    ("以产业园区建设为抓手，新建标准厂房5万平方米。", True),
])
def test_a_guiding_thought_sentence_is_no_task_in_a_plan_without_parts(tmp_path, opening, is_task):
    text = f"某某乡2027年工作要点\n\n一、总的思路\n\n{opening}\n\n二、发展任务\n\n新建村级道路12公里，改造危房30户。\n"
    found = found_tasks(tmp_path, text)
    assert (task_starting(found, opening[:6]) is not None) is is_task
    assert task_starting(found, "新建村级道路12公里") is not None
