"""tasksx's sixty-fourth set (t78, stop 63) and the stop's leftovers, in other words (texts written here, 某某 names): a
speech at a meeting of the cadres opening on 同志们： with slogan parts and no targets sentence, an address in mid-plan
(同志们，…), a reply's next-steps part titled 下一步工作 / 下一步打算 / 今后工作措施 after facts titled with no review word, and
the reply's closing formula (特此答复。) with what closes it after it."""

from __future__ import annotations

import pytest

from tests.tasks_heldout_helpers import found_tasks, group_of, start_of

pytestmark = pytest.mark.engine


def _read(tmp_path, text: str) -> list[tuple[str, str]]:
    return [(start_of(t), group_of(t)) for t in found_tasks(tmp_path, text)]


# A speech to a meeting of the cadres: the title block, 同志们： on a line of its own, an opening, then 一、 slogan parts — the
# first on last year or on why the work matters, the second the year's measures under run-in titles, the third the
# government's own measures to carry them out beside an exhortation to the units — and no sentence naming the year's
# targets.  The salutation line makes it a speech (structure._numbered_parts: its 一、 headings its parts), read by the
# parts' place (parts._cadres_speech): the first untitled part the review, the untitled parts after it the plan.
_SPEECH = ("在{meeting}上的讲话\n\n{speaker}\n\n（2028年3月2日）\n\n同志们：\n\n"
           "这次会议的主要任务是，动员全区上下抢抓机遇、真抓实干，推动各项工作开好局。下面，我讲三点意见。\n\n"
           "一、{first_title}\n\n{first_body}\n\n"
           "二、锚定目标，奋力推动各项工作提速增效\n\n"
           "（一）扩大有效投资。全年安排区级重点项目85个，完成投资96亿元以上。\n\n"
           "（二）培育新兴产业。新引进数字经济企业15家。\n\n"
           "三、强化担当，以过硬作风抓好工作落实\n\n"
           "（一）健全推进机制。区政府实行重点项目周调度、月通报制度。各街道、各部门主要负责同志要亲自抓、负总责。\n\n"
           "同志们，让我们坚定信心、埋头苦干，奋力谱写全区高质量发展新篇章！\n")
_SPEECH_READ = [("全年安排区级重点项目85个,完成投资96亿元以上。", "扩大有效投资"),
                ("新引进数字经济企业15家。", "培育新兴产业"),
                ("区政府实行重点项目周调度、月通报制度。", "健全推进机制")]


@pytest.mark.parametrize("meeting, speaker", [("全区2028年经济工作会议", "区长　某某"),
                                              ("全区重点项目推进大会", "某某某"),
                                              ("区政府第一次全体会议", "区长　某某某")])
@pytest.mark.parametrize("first_title, first_body", [
    ("回顾过去，坚定做好今年工作的信心", "2027年，全区地区生产总值增长6.1%，固定资产投资增长7.4%。成绩来之不易。"),
    ("正视差距，增强加快发展的紧迫感", "过去一年，全区规上工业增加值增长8.2%。同时也要看到，产业结构还不够优。"),
    ("提高站位，深刻认识抓落实的重要意义", "抓落实是推动发展的关键。全区上下要把思想和行动统一到区委的决策部署上来。"),
], ids=["a year's results", "the past year's results", "why the work matters"])
def test_a_cadres_speech_with_slogan_parts_and_no_targets_reads_its_plan_by_place(tmp_path, meeting, speaker,
                                                                                    first_title, first_body):
    text = _SPEECH.format(meeting=meeting, speaker=speaker, first_title=first_title, first_body=first_body)
    assert _read(tmp_path, text) == _SPEECH_READ


def test_a_cadres_speech_naming_its_targets_keeps_its_situation_part(tmp_path):
    # a guard: a speech to the cadres whose first part reports last year and names the year's expected targets (as t74's)
    # is read from its targets sentence as before (parts._situation_part): the targets no task, the plan after it read
    body = ("2027年，全区地区生产总值增长6.1%。今年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右，"
            "一般公共预算收入增长5%。")
    text = _SPEECH.format(meeting="全区2028年经济工作会议", speaker="区长　某某", first_title="认清形势，坚定信心",
                          first_body=body)
    assert _read(tmp_path, text) == _SPEECH_READ


def test_a_plan_with_slogan_parts_and_no_salutation_is_no_speech(tmp_path):
    # a guard: a township's plan with slogan 一、 titles and no 同志们： line is no speech: with no part named by its title,
    # no targets sentence and no past year's results, no part is read by its place (the first is no review)
    text = ("某某镇2028年重点工作安排\n\n一、坚持项目为王，壮大镇域经济\n\n新引进亿元以上项目3个。\n\n"
            "二、坚持生态优先，建设美丽乡村\n\n新建农村公厕12座。\n")
    assert [start for start, _ in _read(tmp_path, text)] == ["新引进亿元以上项目3个。", "新建农村公厕12座。"]


# An address in mid-plan (同志们，目标已经明确，关键在于落实。 closing the year's part of a speech to the cadres) is the
# speaker's own words, no task, as 各位代表，… is in a report to the congress (words.toml part.meeting_address before a comma).
_ADDRESSED = ("在全县2028年经济工作会议上的讲话\n\n同志们：\n\n下面，我讲两点意见。\n\n"
              "一、总结成绩，坚定信心\n\n2027年，全县地区生产总值增长5.9%。\n\n"
              "二、突出重点，狠抓落实\n\n"
              "（一）抓招商引资。新签约亿元以上项目40个。\n\n"
              "（二）抓城乡建设。改造城镇老旧小区22个。{address}\n\n"
              "同志们，让我们真抓实干，奋力开创全县发展新局面！\n")


@pytest.mark.parametrize("address", ["同志们，目标已经明确，关键在于落实。", "同志们：任务艰巨，使命光荣。"])
def test_an_address_to_the_cadres_in_mid_plan_is_no_task(tmp_path, address):
    assert _read(tmp_path, _ADDRESSED.format(address=address)) == [("新签约亿元以上项目40个。", "抓招商引资"),
                                                                    ("改造城镇老旧小区22个。", "抓城乡建设")]


def test_a_measure_for_the_comrades_stays_a_task(tmp_path):
    # a guard: 同志们 inside a measure, not opening it before a comma, is no address
    found = _read(tmp_path, _ADDRESSED.format(address="组织基层同志们开展业务培训12场。"))
    assert ("组织基层同志们开展业务培训12场。", "抓城乡建设") in found


# A reply to a deputy's suggestion whose facts part names no review (一、基本情况, 一、办理情况, 一、…现状) and whose
# next steps are titled 二、下一步工作 / 下一步打算 / 今后工作措施: that part is the plan by its title (words.toml part.plan),
# its run-in titles the groups.
_REPLY = ("关于区十八届人大二次会议第37号建议的答复\n\n某某代表：\n\n"
          "您提出的《关于加强社区养老服务的建议》收悉。现答复如下：\n\n"
          "一、{facts}\n\n目前，全区共建成社区养老服务中心14个。\n\n"
          "二、{steps}\n\n"
          "（一）扩大服务供给。年内新建社区养老服务中心6个。\n\n"
          "（二）加强人才培养。开展养老护理员培训500人次。\n\n"
          "{closing}"
          "某某区民政局\n2028年5月20日\n")
_REPLY_READ = [("年内新建社区养老服务中心6个。", "扩大服务供给"), ("开展养老护理员培训500人次。", "加强人才培养")]


@pytest.mark.parametrize("facts", ["基本情况", "办理情况", "我区社区养老服务现状"])
@pytest.mark.parametrize("steps", ["下一步工作", "下一步打算", "今后工作措施", "下步工作措施", "下一步计划"])
def test_a_replys_next_steps_part_is_its_plan(tmp_path, facts, steps):
    assert _read(tmp_path, _REPLY.format(facts=facts, steps=steps, closing="特此答复。\n\n")) == _REPLY_READ


def test_a_replys_problems_part_stays_no_plan(tmp_path):
    # a guard: a part titled with the difficulties alone (二、存在的困难) between the facts and the next steps is no plan
    text = _REPLY.format(facts="基本情况", steps="存在的困难\n\n专业护理人员短缺，服务能力不足。\n\n三、下一步工作",
                         closing="")
    assert _read(tmp_path, text) == _REPLY_READ


# The reply's closing formula (特此答复。, 特此函复。; here after facts titled 一、工作开展情况, read so before) — a paragraph of its own, opening the closing paragraph before a
# request or thanks, or closing the last measure's paragraph — is no task and heads nothing; a request after it in its
# section with no figure and the release note ((此件公开发布)) close the reply too (tasks.report._sign_off,
# structure.is_closing_formula).
@pytest.mark.parametrize("closing", [
    "特此答复。\n\n",
    "特此函复。\n\n",
    "特此答复。感谢您对民政工作的关心和支持。\n\n",
    "特此答复，感谢您对民政工作的关心和支持。\n\n",
    "特此答复。如对答复有不同意见，请及时与我局联系。\n\n",
    "特此答复。\n\n（此件公开发布）\n\n",
])
def test_a_replys_closing_formula_is_no_task_nor_group(tmp_path, closing):
    assert _read(tmp_path, _REPLY.format(facts="工作开展情况", steps="下一步工作", closing=closing)) == _REPLY_READ


def test_a_closing_formula_closing_the_last_measures_paragraph_is_no_task(tmp_path):
    text = _REPLY.format(facts="工作开展情况", steps="下一步工作", closing="").replace("500人次。", "500人次。特此答复。")
    assert _read(tmp_path, text) == _REPLY_READ


def test_a_measure_about_replies_stays_a_task(tmp_path):
    # a guard: 答复 inside a measure (…办理答复…) is no closing formula
    text = _REPLY.format(facts="工作开展情况", steps="下一步工作", closing="").replace(
        "开展养老护理员培训500人次。", "养老服务投诉答复率达到100%。")
    assert _read(tmp_path, text) == [_REPLY_READ[0], ("养老服务投诉答复率达到100%。", "加强人才培养")]


# A guard: a covering notice's 特此通知。 before the document it prints — its 一、 headings start the document — closes only
# the notice: the plan's measures after it, with or without a figure, stay tasks.
_NOTICE = ("某某区人民政府办公室关于印发某某区2028年重点工作安排的通知\n\n各街道办事处，区政府各部门：\n\n"
           "现将《某某区2028年重点工作安排》印发给你们，请认真抓好落实。\n\n特此通知。\n\n"
           "某某区人民政府办公室\n2028年2月26日\n\n"
           "某某区2028年重点工作安排\n\n"
           "一、重点任务\n\n（一）推进城市更新。改造城中村3个。\n\n（二）优化营商环境。深化企业开办一件事改革。\n")


def test_a_notices_closing_formula_leaves_the_printed_plan_read(tmp_path):
    assert _read(tmp_path, _NOTICE) == [("改造城中村3个。", "推进城市更新"), ("深化企业开办一件事改革。", "优化营商环境")]


# A guard: a supervision bulletin's 二、下步工作要求 (requirements to the units after the progress) is no plan by the next steps'
# words (words.toml part.next_steps, not followed by 要求): its sentences stay no tasks, as before.
_BULLETIN = ("某某县人民政府督查室关于2028年一季度县政府督办事项推进情况的通报\n\n各乡镇人民政府，县政府各部门：\n\n"
             "一、总体情况\n\n一季度，全县32项督办事项总体推进顺利。\n\n"
             "二、{title}\n\n（一）加快推进进度。各牵头单位要对照年度目标，倒排工期、挂图作战。\n\n"
             "（二）严格跟踪督办。县政府督查室将对滞后事项实行专项督办。\n")


def test_a_bulletins_next_steps_requirements_are_no_plan(tmp_path):
    assert _read(tmp_path, _BULLETIN.format(title="下步工作要求")) == []
