"""A speech at a meeting of the government's cadres (…动员大会上的讲话, 同志们：) whose parts are titled as slogans, and a
count asked of the units with how often (issue 10; tasksx, stop 61: t74, a district head's speech at the year's
mobilisation meeting).

- No part names the plan by its title and the speech is none to the deputies: the part holding the expected-targets
  sentence is the plan (parts._plan_from_targets) — unless it is the speech's part on the situation, reporting last
  year's results in a sentence opening on that year or on 过去一年 (2026年，…增长5.8%; though it says 目标任务全面完成)
  before the targets, with no sub-section after them, and the next part, titled with no role, is the work: then that part
  frames the plan as a part titled with the targets does (role targets: its expected targets read, no other sentence a
  task) and the parts after it are the plan (parts._situation_part).
- A targets word in a title's clause opening on a firm commitment (三、压实责任，改进作风，确保全年目标任务圆满完成) names
  no targets part: the work carried through (parts._targets_named); 2027年目标任务 still does.
- A short sentence of a subject, a modal and the part it must play (产业大市必须挑大梁。, 中心城区要走在前列。: words.toml
  task.role_duty) is a statement of duty with no measure, no task (tasks.report._DUTY_STATEMENT; the labels' Method reads
  t03's 经济大区必须挑大梁。 so); with a measure or a figure in the sentence it stays a task.
- A count asked of the units, with how often each is to reach it (各乡镇每季度至少新增…, 各园区每年引进…: words.toml
  target.units_period), counts the thing after the verb: the units, the period and the floor no part of its metric
  (indicators._UNITS_EACH).

Every text below was written for these tests (某某 names), in other words than any label set's."""

from __future__ import annotations

import pytest

from luoshi.engine.parts import title_role
from tests.tasks_heldout_helpers import found_tasks, group_of, metrics_of, start_of, task_starting

pytestmark = pytest.mark.engine

_SPEECH = """在全县2027年经济工作暨“产业提升年”动员大会上的讲话

县长　某某

（2027年2月20日）

同志们：

今天召开全县动员大会，主要是部署今年的经济工作。下面，我讲两点意见。

一、正视差距，提振精神，切实增强发展的使命感

{past}

同时也要清醒看到，我县工业规模偏小，创新能力不强。

今年全县经济社会发展的主要预期目标是：地区生产总值增长5.3%左右，一般公共预算收入增长3.6%。

二、突出重点，攻坚克难，全力打赢三场硬仗

（一）打赢园区建设硬仗。全年新建标准厂房15万平方米，园区道路延伸6公里。引进规上工业项目25个。

（二）打赢乡村振兴硬仗。新建高标准农田2万亩，改造农村公路80公里。

三、{third}

（一）加强统筹调度。县政府建立重点工作周调度机制，及时协调解决项目推进难题。

同志们，让我们撸起袖子加油干，奋力夺取今年各项工作新胜利！
"""

_PASTS = [
    "2026年，全县上下攻坚克难，地区生产总值增长5.8%，新开工亿元以上项目38个，全年目标任务全面完成。",
    "过去一年，全县地区生产总值增长5.8%，规上工业增加值增长7.2%。",
]
_THIRDS = ["压实责任，改进作风，确保全年目标任务圆满完成", "压实责任，改进作风，推动各项工作落地见效"]


@pytest.mark.parametrize("third", _THIRDS)
@pytest.mark.parametrize("past", _PASTS)
def test_a_speechs_situation_part_frames_the_work_part_after_it(tmp_path, past, third):
    path = tmp_path / "speech.txt"
    path.write_text(_SPEECH.format(past=past, third=third), encoding="utf-8")
    from luoshi.engine import reader, tasks
    every = tasks.tasks_from_document(reader.read(path))
    found = [t for t in every if t.kind == "task"]
    # the situation part's sentences: no task; its targets read as the year's
    assert [start_of(t)[:8] for t in found if start_of(t).startswith(("2026年", "过去一年", "同时也要"))] == []
    assert sum(1 for t in every if t.kind == "expected_target") == 2
    # the work part's measures and the responsibility part's own measure: tasks under their titles
    assert group_of(task_starting(found, "全年新建标准厂房15万平方米")) == "打赢园区建设硬仗"
    assert group_of(task_starting(found, "引进规上工业项目25个")) == "打赢园区建设硬仗"
    assert group_of(task_starting(found, "新建高标准农田2万亩")) == "打赢乡村振兴硬仗"
    assert task_starting(found, "县政府建立重点工作周调度机制") is not None


_GUARD = """在全县2027年经济工作会议上的讲话

县长　某某

（2027年2月20日）

同志们：

一、坚定信心，奋力实现全年目标

{first}

二、突出重点，全力打赢三场硬仗

（一）打赢园区建设硬仗。全年新建标准厂房15万平方米，园区道路延伸6公里。
"""


@pytest.mark.parametrize(("first", "start"), [
    # no past year's result before the targets: the part holding them is the plan
    ("今年全县经济社会发展的主要预期目标是：地区生产总值增长5.3%左右，一般公共预算收入增长3.6%。\n\n"
     "新开工亿元以上项目40个，完成工业投资120亿元。", "新开工亿元以上项目40个"),
    # a sub-section of work after the targets in the same part: the part holding them is the plan
    ("2026年，全县地区生产总值增长5.8%。今年全县经济社会发展的主要预期目标是：地区生产总值增长5.3%左右。\n\n"
     "（一）扩大有效投资。新开工亿元以上项目40个，完成工业投资120亿元。", "新开工亿元以上项目40个"),
])
def test_a_part_holding_the_targets_and_work_stays_the_plan(tmp_path, first, start):
    # guards
    found = found_tasks(tmp_path, _GUARD.format(first=first))
    assert task_starting(found, start) is not None
    assert task_starting(found, "全年新建标准厂房15万平方米") is not None


@pytest.mark.parametrize(("title", "role"), [
    ("三、压实责任，改进作风，确保全年目标任务圆满完成", ""),
    ("三、强化保障，确保各项目标任务落地见效", ""),
    # guards: the targets as the title's subject
    ("二、2027年目标任务", "targets"),
    ("二、2027年工作的总体要求和主要目标", "targets"),
    ("一、确保目标，明确任务", ""),
])
def test_a_targets_word_in_a_clause_of_commitment_names_no_targets_part(title, role):
    assert title_role(title) == role


_COUNTS = """某某县2027年工作要点

一、2027年重点工作

（一）扩大有效投资。{sentence}
"""


@pytest.mark.parametrize(("sentence", "start", "metric", "value"), [
    ("各乡镇每季度至少新增市场主体50户。", "各乡镇每季度至少新增市场主体", "新增市场主体", 50),
    ("各园区、各乡镇每年引进亿元以上项目3个。", "各园区、各乡镇每年引进", "引进亿元以上项目", 3),
])
def test_the_units_asked_a_count_and_its_period_are_no_part_of_the_thing(tmp_path, sentence, start, metric, value):
    found = found_tasks(tmp_path, _COUNTS.format(sentence=sentence))
    assert metrics_of(found, start) == [(metric, value, metrics_of(found, start)[0][2])]


@pytest.mark.parametrize(("sentence", "start", "metric"), [
    # guards: a whole of its kind (各类) with no period, and each place with a floor (每个乡镇至少建成…)
    ("各类市场主体达到5万户。", "各类市场主体", "各类市场主体"),
    ("每个乡镇至少建成1个综合文化站。", "每个乡镇至少建成", "建成综合文化站"),
])
def test_a_count_with_no_units_period_keeps_its_reading(tmp_path, sentence, start, metric):
    found = found_tasks(tmp_path, _COUNTS.format(sentence=sentence))
    assert [m for m, _, _ in metrics_of(found, start)] == [metric]


_DUTY = """某某市2027年工作要点

一、2027年重点工作

（一）扩大有效投资。要切实扛起发展重任。{sentence}全年新开工亿元以上项目60个，完成工业投资210亿元。
"""


@pytest.mark.parametrize("sentence", ["产业大市必须挑大梁。", "中心城区要走在前列。", "开发区更要当好排头兵。"])
def test_the_part_a_place_must_play_said_alone_is_no_task(tmp_path, sentence):
    found = found_tasks(tmp_path, _DUTY.format(sentence=sentence))
    assert task_starting(found, sentence[:4]) is None
    assert task_starting(found, "全年新开工亿元以上项目60个") is not None


@pytest.mark.parametrize(("sentence", "start"), [
    # guards: a measure or a figure in the sentence
    ("产业大市必须挑大梁，全年工业投资增长12%。", "产业大市必须挑大梁"),
    ("中心城区要走在前列，率先建成全域无废城市。", "中心城区要走在前列"),
])
def test_a_duty_with_a_measure_stays_a_task(tmp_path, sentence, start):
    assert task_starting(found_tasks(tmp_path, _DUTY.format(sentence=sentence)), start) is not None


# D20 (tasksx, stop 61; the labels' README, Method): an action to launch or carry out, a pilot, an appraisal to run, and a
# conduct part's short commitment, each a short sentence in mid-paragraph before a longer measure repeating a content word of
# it, are read as D19 reads them — the topic of the measures after it (as t46's 开展重大项目攻坚行动。 and t06's 实施医疗卫生
# 强基工程。 are labelled); an event to hold stays a task (D19a).
_D20 = """某某县人民政府工作报告

各位代表：

一、2026年工作回顾

2026年，全县地区生产总值增长5.6%。

二、2027年工作安排

（一）壮大县域经济。全年实施重点项目90个，完成投资150亿元。{plan}

三、加强政府自身建设

坚持依法行政，自觉接受县人大及其常委会的监督。{conduct}
"""


@pytest.mark.parametrize(("plan", "conduct", "topic", "measure"), [
    ("启动茶产业振兴三年行动。编制茶产业振兴规划，新建生态茶园3000亩。", "", "启动茶产业振兴三年行动", "编制茶产业振兴规划"),
    ("开展土地综合整治试点。在两个乡镇推进土地综合整治，新增耕地800亩。", "", "开展土地综合整治试点", "在两个乡镇推进土地综合整治"),
    ("", "主动接受社会监督。健全政务服务“好差评”制度，办好社会监督员座谈会。", "主动接受社会监督", "健全政务服务“好差评”制度"),
])
def test_d20_actions_pilots_and_conduct_commitments_head_the_measures_repeating_their_words(tmp_path, plan, conduct, topic,
                                                                                           measure):
    found = found_tasks(tmp_path, _D20.format(plan=plan, conduct=conduct))
    assert task_starting(found, topic) is None
    assert group_of(task_starting(found, measure)) == topic


@pytest.mark.parametrize(("plan", "short"), [
    # guards: an event to hold (D19a) and an action with no word of it in the measure after it
    ("举办茶产业发展大会。发布茶产业发展大会成果清单，签约项目20个。", "举办茶产业发展大会"),
    ("启动城乡融合三年行动。新建农村公路60公里，改造农村危房300户。", "启动城乡融合三年行动"),
])
def test_d20_an_event_or_an_action_sharing_no_word_stays_a_task(tmp_path, plan, short):
    assert task_starting(found_tasks(tmp_path, _D20.format(plan=plan, conduct="")), short) is not None
