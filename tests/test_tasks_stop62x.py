"""tasksx's sixty-second set (stop 62), in other words (texts written here, 某某 names): a government's notice dividing its
work report's key works among the units — the printed division's own title, 一、 parts (targets, the division of tasks,
the requirements to the units), Arabic field headings over （1） items with their units in brackets, the printing line —
and an exhortation of the whole body in attitude words alone in mid-plan."""

from __future__ import annotations

import pytest

from tests.tasks_heldout_helpers import found_tasks, group_of, start_of

pytestmark = pytest.mark.engine

_NOTICE = ("某某区人民政府文件\n\n某区政发〔2028〕2号\n\n"
           "某某区人民政府关于印发《2028年区政府工作报告重点任务分解》的通知\n\n"
           "各街道办事处，区政府各部门：\n\n"
           "现将《2028年区政府工作报告重点任务分解》印发给你们，请结合实际抓好落实。\n\n"
           "某某区人民政府\n2028年3月2日\n\n")
_DIVISION = ("2028年区政府工作报告重点任务分解\n\n"
             "一、主要目标\n\n全区规上工业增加值增长7.3%，区级税收收入增长4.6%。\n\n"
             "二、重点任务\n\n"
             "1.推动产业升级\n\n"
             "（1）新引进先进制造业项目18个，完成工业投资42亿元。（牵头单位：区发改局；配合单位：区投促中心）\n\n"
             "（2）建成某某智能制造产业园一期。（牵头单位：区工信局）\n\n"
             "2.提升城市品质\n\n"
             "（1）完成背街小巷整治45条。（牵头单位：区城管局）\n\n"
             "三、{title}\n\n"
             "（一）细化推进措施。各牵头单位要于3月底前制定推进计划，报区政府办公室备案。\n\n"
             "（二）加强督查通报。区政府督查室每季度通报一次任务进展，结果纳入年度绩效考核。\n")
_ITEMS = [("新引进先进制造业项目18个,完成工业投资42亿元。", "推动产业升级"),
          ("建成某某智能制造产业园一期。", "推动产业升级"),
          ("完成背街小巷整治45条。", "提升城市品质")]


def _read(tmp_path, text: str) -> list[tuple[str, str]]:
    return [(start_of(t), group_of(t)) for t in found_tasks(tmp_path, text)]


# t76 (stop 62): the division printed under a covering notice (…关于印发《X》的通知, then X on a line of its own), or pasted
# alone with X its first line (a title closed by the kind of document: 分工, 分解, 方案, 要点, 计划, words.toml
# part.own_title_kind), titles the whole text — no part over the 一、 headings — so its 一、 headings are its parts when one
# names a part (一、主要目标, 二、重点任务): the closing part of requirements to the units (三、工作要求, 三、落实要求) is a
# part of its own with no plan role, its sentences no tasks (structure._numbered_parts).
@pytest.mark.parametrize("head", [_NOTICE, ""], ids=["under its notice", "alone"])
@pytest.mark.parametrize("title", ["工作要求", "落实要求"])
def test_a_divisions_closing_requirements_part_is_no_plan(tmp_path, head, title):
    assert _read(tmp_path, head + _DIVISION.format(title=title)) == _ITEMS


def test_a_divisions_safeguards_part_stays_the_governments_measures(tmp_path):
    # a guard: 三、保障措施 after the plan in a plan or notice heads the government's own measures (parts.assign_roles), as
    # before — the part's run-in titles their groups
    found = _read(tmp_path, _NOTICE + _DIVISION.format(title="保障措施"))
    assert found == [*_ITEMS, ("各牵头单位要于3月底前制定推进计划,报区政府办公室备案。", "细化推进措施"),
                     ("区政府督查室每季度通报一次任务进展,结果纳入年度绩效考核。", "加强督查通报")]


# A guard: a first line closed by a kind of document (…工作计划) over un-numbered part titles standing over their 一、
# sub-sections (2027年工作总结, 2028年工作计划) keeps its reading — those titles are its parts, the 一、 headings under
# the plan's its sub-sections and the groups of its measures.
_SUMMARY_AND_PLAN = ("某某镇2027年工作总结和2028年工作计划\n\n"
                     "2027年工作总结\n\n"
                     "一、经济发展\n\n全年完成固定资产投资8.2亿元，增长6%。\n\n"
                     "2028年工作计划\n\n"
                     "一、产业发展\n\n新引进亿元以上项目5个。\n\n"
                     "二、基础设施\n\n改造农村公路12公里，新建村级停车场8个。\n")


def test_a_summary_and_plan_with_unnumbered_part_titles_keeps_its_reading(tmp_path):
    assert _read(tmp_path, _SUMMARY_AND_PLAN) == [("新引进亿元以上项目5个。", "产业发展"),
                                                   ("改造农村公路12公里,新建村级停车场8个。", "基础设施")]


# The printing line closing a notice (the office, spaces, the full date and 印发: words.toml task.printed_verb) is its
# sign-off, no task, wherever it stands (tasks.report._sign_off) — here right after the plan's last item.
_PLAN_LAST = ("某某县2028年政府工作报告重点任务分解\n\n"
              "一、主要目标\n\n全县固定资产投资增长7%。\n\n"
              "二、重点任务\n\n"
              "1.城乡建设\n\n"
              "（1）新建城区公共停车场3个。（牵头单位：县住建局）\n\n"
              "（2）{last}（牵头单位：县生态环境局）\n\n"
              "抄送：县委办公室，县人大常委会办公室。\n\n"
              "某某县人民政府办公室{spaces}2028年2月20日印发\n")


@pytest.mark.parametrize("spaces", ["　　　　", "  ", "\t"])
def test_a_notices_printing_line_is_no_task(tmp_path, spaces):
    found = _read(tmp_path, _PLAN_LAST.format(last="建设乡镇污水处理站20个。", spaces=spaces))
    assert found == [("新建城区公共停车场3个。", "城乡建设"), ("建设乡镇污水处理站20个。", "城乡建设")]


def test_a_measure_issuing_a_document_by_a_date_stays_a_task(tmp_path):
    # a guard: a date and 印发 in a measure's prose (…，2028年6月30日前印发实施) is no printing line
    last = "制定县城停车设施专项规划，2028年6月30日前印发实施。"
    found = _read(tmp_path, _PLAN_LAST.format(last=last, spaces="　　"))
    assert [start for start, _ in found] == ["新建城区公共停车场3个。", "制定县城停车设施专项规划,2028年6月30日前印发实施。"]


# t73's miss left at stop 61, in mid-plan: the whole body exhorted with attitude words alone (全局上下要以…的干劲，真抓实干…，
# 确保…圆满完成。; 全系统广大干部职工要…，奋力开创…新局面。) closing a paragraph of measures or standing as its own paragraph
# between two items — not the plan's last paragraph — is an exhortation, no task (tasks.topics._whole_body_exhorted, now
# read for every plan sentence outside the conduct part); the measures around it keep their groups.
_POINTS = ("某某市水利局2028年工作要点\n\n"
           "2028年，全市水利工作要坚持节水优先、空间均衡、系统治理、两手发力，重点抓好以下工作：\n\n"
           "一、加快水利基础设施建设\n\n"
           "1.推进重点水源工程。开工建设某某水库，完成投资3.5亿元。{in_paragraph}\n\n"
           "{own_paragraph}"
           "2.实施中小河流治理。完成某某河治理28公里。\n\n"
           "二、强化水资源管理\n\n全市用水总量控制在9.2亿立方米以内。\n")
_POINTS_READ = [("开工建设某某水库,完成投资3.5亿元。", "推进重点水源工程"), ("完成某某河治理28公里。", "实施中小河流治理"),
                ("全市用水总量控制在9.2亿立方米以内。", "强化水资源管理")]


@pytest.mark.parametrize("in_paragraph, own_paragraph", [
    ("全局上下要以只争朝夕的干劲，真抓实干、善作善成，确保全年各项目标任务圆满完成。", ""),
    ("", "全系统广大干部职工要以时不我待的紧迫感，主动作为、担当作为，奋力开创水利高质量发展新局面。\n\n"),
])
def test_the_whole_body_exhorted_in_attitude_words_in_mid_plan_is_no_task(tmp_path, in_paragraph, own_paragraph):
    assert _read(tmp_path, _POINTS.format(in_paragraph=in_paragraph, own_paragraph=own_paragraph)) == _POINTS_READ


@pytest.mark.parametrize("sentence", [
    "全局上下要加快推进某某水库前期工作，确保年内开工。",
    "全局上下要以时不我待的紧迫感，确保全年完成水利投资20亿元。",
])
def test_the_whole_body_told_a_measure_or_a_figure_in_mid_plan_stays_a_task(tmp_path, sentence):
    found = _read(tmp_path, _POINTS.format(in_paragraph=sentence, own_paragraph=""))
    assert (sentence.replace("，", ","), "推进重点水源工程") in found


# A speech at a meeting of the cadres (…经济工作会议上的讲话, 同志们： on a line of its own) whose parts are slogans with no
# targets sentence — last year's results in the first, the year's measures in the second, the government's own measures
# in the third — was a strict xfail here until tasksx's rules of stop 63: the salutation line makes it a speech, its 一、
# headings its parts (structure._numbered_parts) read by their place (parts._cadres_speech), the first the review, the
# untitled parts after it the plan (tests/test_tasks_stop63x.py holds more cases and the guards).
_CADRES = ("在全县2028年经济工作会议上的讲话\n\n某某某\n\n（2028年2月5日）\n\n同志们：\n\n"
           "今天召开全县经济工作会议，主要任务是部署今年经济工作。下面，我讲三点意见。\n\n"
           "一、统一思想，切实增强做好今年经济工作的责任感\n\n"
           "{past}，全县地区生产总值增长5.8%，一般公共预算收入增长4.1%。成绩来之不易。\n\n"
           "二、聚焦重点，全力以赴推动经济稳中向好\n\n"
           "（一）抓项目扩投资。全年实施重点项目120个，完成投资85亿元。\n\n"
           "（二）抓产业促升级。新增规上工业企业20家。\n\n"
           "三、压实责任，确保各项任务落地见效\n\n"
           "（一）强化责任落实。县政府将建立重点工作月调度制度，每月召开一次调度会。\n\n"
           "同志们，让我们撸起袖子加油干，奋力夺取今年经济工作新胜利！\n")


@pytest.mark.parametrize("past", ["2027年", "过去一年"])
def test_a_cadres_speech_with_slogan_parts_and_no_targets_reads_its_plan(tmp_path, past):
    starts = [start for start, _ in _read(tmp_path, _CADRES.format(past=past))]
    assert starts[:2] == ["全年实施重点项目120个,完成投资85亿元。", "新增规上工业企业20家。"]
