"""Misses of the lead's one judging of the fifty-ninth held-out set (stop 61), in other words (texts written here,
某某 names): a city bureau's half-year summary and its plan for the second half — the plan's headings over numbered
run-in titles and measures, then a closing paragraph exhorting the whole bureau (全局上下要…) before the sign-off."""

from __future__ import annotations

import pytest

from tests.tasks_heldout_helpers import found_tasks, group_of, start_of

pytestmark = pytest.mark.engine

_HEAD = ("某某县文化和旅游局2027年上半年工作总结及下半年工作计划\n\n"
         "2027年上半年，县文化和旅游局紧紧围绕县委、县政府决策部署，各项工作取得积极成效。现将有关情况报告如下：\n\n"
         "一、上半年工作完成情况\n\n"
         "上半年，全县接待游客320万人次，同比增长12%。\n\n"
         "二、下半年工作计划\n\n"
         "下半年，我们将重点抓好以下工作：\n\n"
         "（一）提升旅游供给质量\n\n"
         "1.抓好景区提质。完成某某古镇游客中心改造，新增停车位300个。\n\n"
         "2.丰富文化活动。举办送戏下乡演出80场次以上。\n\n"
         "（二）加强行业队伍建设\n\n"
         "全年组织从业人员培训6期。\n\n")
_SIGN = "\n某某县文化和旅游局\n2027年7月8日\n"
_MEASURES = ["完成某某古镇游客中心改造,新增停车位300个。", "举办送戏下乡演出80场次以上。", "全年组织从业人员培训6期。"]


def _starts(tmp_path, closing: str) -> list[str]:
    return [start_of(t) for t in found_tasks(tmp_path, _HEAD + closing + _SIGN)]


# t73 (stop 61): the plan's last paragraph exhorting the whole body (全局上下, 全体干部职工, 全市各级各部门 … + 要) with
# attitude words alone — the spirit, the manner, the work carried to its end in general words, no figure, no measure,
# no object — is an exhortation, no task (tasks.topics._whole_body_exhorted), before the sign-off as at the end.
@pytest.mark.parametrize("closing", [
    "全系统上下要以只争朝夕的干劲，担当作为、狠抓落实，确保下半年各项工作任务全面完成。\n",
    "全体干部职工要以更加饱满的热情，真抓实干、善作善成，为全县文旅高质量发展作出新的更大贡献。\n",
    "下半年，全局上下要更加主动作为、密切配合，确保全年各项目标任务圆满完成。\n",
    "全县文旅系统广大干部要以时不我待的紧迫感，勇毅前行，奋力开创文旅融合发展新局面。\n",
])
def test_a_closing_exhortation_of_the_whole_body_in_attitude_words_is_no_task(tmp_path, closing):
    assert _starts(tmp_path, closing) == _MEASURES


# Guards: the whole body told to carry out a measure, with an object, or a figure, stays a task.
@pytest.mark.parametrize("closing, start", [
    ("全局上下要加快推进某某文旅综合体建设，确保年底前建成投用。\n", "全局上下要加快推进某某文旅综合体建设,确保年底前建成投用。"),
    ("全系统上下要以时不我待的紧迫感，组织开展文旅市场安全隐患排查整治，确保不发生较大安全事故。\n",
     "全系统上下要以时不我待的紧迫感,组织开展文旅市场安全隐患排查整治,确保不发生较大安全事故。"),
    ("全局上下要只争朝夕，确保全年接待游客突破600万人次。\n", "全局上下要只争朝夕,确保全年接待游客突破600万人次。"),
])
def test_the_whole_body_told_a_measure_or_a_figure_stays_a_task(tmp_path, closing, start):
    assert _starts(tmp_path, closing) == [*_MEASURES, start]


def test_an_attitude_exhortation_with_no_whole_body_before_it_stays_as_read(tmp_path):
    # a guard: the rule asks for the whole body (全…上下, 全体…干部); a sentence of the government's own promise with
    # a measure's verb is not answered by it
    closing = "我们要以时不我待的紧迫感，加快推进某某文旅综合体建设。\n"
    assert _starts(tmp_path, closing) == [*_MEASURES, "我们要以时不我待的紧迫感,加快推进某某文旅综合体建设。"]


# tasksx's note of stop 61: a modal alone, an adverb and a burden taken up (要切实扛起发展重任。) after a run-in title is
# a statement of duty like 经济大区必须挑大梁。 (words.toml task.duty_take_verb, task.duty_burden), no task; the measures
# after it stay under the title.
_DUTY = ("某某县2028年政府工作报告\n\n一、2028年重点工作\n\n"
         "（一）壮大县域经济。{sentence}全年新开工亿元以上项目45个，完成工业投资120亿元。\n")


@pytest.mark.parametrize("sentence", ["要切实扛起发展重任。", "必须勇于担起时代使命。", "要肩负起振兴重担。"])
def test_a_burden_taken_up_said_alone_is_no_task(tmp_path, sentence):
    found = found_tasks(tmp_path, _DUTY.format(sentence=sentence))
    alone = found_tasks(tmp_path, _DUTY.format(sentence=""))
    assert [(start_of(t), group_of(t)) for t in found] == [(start_of(t), group_of(t)) for t in alone]
    assert [start_of(t) for t in found] == ["全年新开工亿元以上项目45个,完成工业投资120亿元。"]


@pytest.mark.parametrize("sentence", ["要切实扛起安全生产责任。", "要扛起某某大桥建设重任，年底前建成通车。"])
def test_a_responsibility_or_a_work_taken_up_stays_a_task(tmp_path, sentence):
    # guards: a responsibility to carry out (责任) names no burden in general words; a work with its date is a measure
    found = found_tasks(tmp_path, _DUTY.format(sentence=sentence))
    assert [start_of(t) for t in found][0] == start_of_text(sentence)


def start_of_text(sentence: str) -> str:
    return sentence.replace("，", ",")
