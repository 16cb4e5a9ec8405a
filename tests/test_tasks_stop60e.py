"""Misses of the lead's one judging of the fifty-seventh held-out set (stop 60), in other words (texts written here,
某某 names): a county's work report retold as an infographic's text (一图读懂｜…政府工作报告) — sections titled in 【】 on
lines of their own, one measure to a line with no full stop."""

from __future__ import annotations

import pytest

from luoshi.engine.text import for_parsing
from tests.tasks_heldout_helpers import found_tasks, group_of, start_of

pytestmark = pytest.mark.engine

_HEAD = ("一图读懂｜2029年某某区政府工作报告\n来源：某某区融媒体中心　　2029-01-15 20:00\n\n"
         "1月13日，某某区第五届人民代表大会第三次会议开幕，区长某某作政府工作报告。快来看↓↓↓\n\n"
         "【2028年成绩单】\n地区生产总值　512.4亿元　增长5.8%\n\n")
_WORKS = ("【2029年重点工作】\n\n"
          "01　培育新兴产业\n新增高新技术企业45家\n建设某某数字产业园二期\n\n"
          "02　改善人居环境\n新建口袋公园12个\n完成雨污分流改造35公里\n\n")


def _tasks(tmp_path, text: str) -> list:
    return found_tasks(tmp_path, _HEAD + text)


def test_zero_padded_numbered_field_titles_head_the_lines_after_them(tmp_path):
    # t71 (stop 60): a two-digit number and a space before a short title on its own line heads the lines after it
    found = _tasks(tmp_path, _WORKS)
    assert [(start_of(t), group_of(t)) for t in found] == [
        ("新增高新技术企业45家", "培育新兴产业"), ("建设某某数字产业园二期", "培育新兴产业"),
        ("新建口袋公园12个", "改善人居环境"), ("完成雨污分流改造35公里", "改善人居环境")]


def test_later_year_lines_under_a_bracketed_title_are_one_task_each(tmp_path):
    # t71 (stop 60): a line opening on the same clause and comma as the line before (到2033年，…) carries it not on;
    # a part titled in 【】 with no sub-section groups its lines under its title
    text = _WORKS + "【今后五年】\n到2033年，全区常住人口突破90万人\n到2033年，研发经费投入强度达到3.2%\n\n"
    found = [t for t in _tasks(tmp_path, text) if start_of(t).startswith("到2033年")]
    assert [(start_of(t), t.five_year, group_of(t)) for t in found] == [
        (for_parsing("到2033年，全区常住人口突破90万人"), True, "今后五年"),
        (for_parsing("到2033年，研发经费投入强度达到3.2%"), True, "今后五年")]


def test_circled_items_under_a_bracketed_livelihood_title_are_no_tasks(tmp_path):
    # t71 (stop 60): a 【】 title naming the 民生实事 alone on its line after the parts opens the list's own part
    text = _WORKS + ("【2029年民生实事】\n①新建社区食堂6个\n②改造背街小巷20条\n③新增公共充电桩800个\n\n")
    assert [start_of(t) for t in _tasks(tmp_path, text)] == [
        "新增高新技术企业45家", "建设某某数字产业园二期", "新建口袋公园12个", "完成雨污分流改造35公里"]


def test_the_editors_line_closing_the_post_is_no_task(tmp_path):
    # t71 (stop 60): a post's credits line, its roles each before a colon, is page residue (words.toml part.residue)
    text = "【2029年重点工作】\n新增高新技术企业45家\n新建口袋公园12个\n\n文字：某某　设计：某某　审校：某某\n"
    assert [start_of(t) for t in _tasks(tmp_path, text)] == ["新增高新技术企业45家", "新建口袋公园12个"]


def test_a_short_last_line_with_a_design_word_but_no_credits_colon_stays_a_task(tmp_path):
    # a guard: a role's word with no colon after it (设计) in a plan's last line is no credits line
    text = "【2029年重点工作】\n新增高新技术企业45家\n完成某某学校设计方案\n"
    assert [start_of(t) for t in _tasks(tmp_path, text)] == ["新增高新技术企业45家", "完成某某学校设计方案"]


def test_a_line_broken_off_mid_sentence_still_carries_on(tmp_path):
    # a guard: a line with no end whose next line opens on other words is one sentence broken across lines
    text = "【2029年重点工作】\n到2029年底，全区新建改造城市道路35公里，\n新增城市绿地面积20万平方米。\n"
    assert [start_of(t).replace("\n", "") for t in _tasks(tmp_path, text)] == [
        for_parsing("到2029年底，全区新建改造城市道路35公里，新增城市绿地面积20万平方米。")]


def test_a_bracketed_livelihood_title_running_into_its_text_opens_no_part(tmp_path):
    # a guard: 【民生实事】 running into its words on the line is a run-in title, its measures tasks
    text = "【2029年重点工作】\n新增高新技术企业45家\n\n【民生实事】新建社区食堂6个。改造背街小巷20条。\n"
    assert [(start_of(t), group_of(t)) for t in _tasks(tmp_path, text)][1:] == [
        ("新建社区食堂6个。", "民生实事"), ("改造背街小巷20条。", "民生实事")]


# D19a (the lead's refinement of D19, stop 60): an event or meeting to hold is a measure, a task, never a topic; a
# statement of principle whose predicate is 是/为/来源于/在于 with no aim verb is no topic by D19 (read as before it).
_PLAN = "某某区2029年政府工作报告\n\n二、2029年重点工作\n\n"


def _read(tmp_path, paragraphs: str) -> list[tuple[str, str]]:
    return [(start_of(t), t.heading) for t in found_tasks(tmp_path, _PLAN + paragraphs)]


def test_a_meeting_to_hold_before_a_measure_repeating_its_words_is_a_task(tmp_path):
    found = _read(tmp_path, "（一）扩大文旅消费。新建游客服务中心2处。召开全区文旅产业大会。"
                            "推动文旅产业项目签约15个，文旅产业投资突破20亿元。\n")
    assert found == [("新建游客服务中心2处。", ""), ("召开全区文旅产业大会。", ""),
                     ("推动文旅产业项目签约15个,文旅产业投资突破20亿元。", "")]


def test_an_event_to_hold_after_a_word_of_manner_is_a_task(tmp_path):
    found = _read(tmp_path, "（三）提升政府效能。新建政务服务驿站10个。高规格举办某某论坛。邀请某某论坛嘉宾200人，签约项目30个。\n")
    assert [start for start, _ in found] == ["新建政务服务驿站10个。", "高规格举办某某论坛。", "邀请某某论坛嘉宾200人,签约项目30个。"]
    assert all(heading == "" for _, heading in found)


def test_a_statement_of_principle_heads_no_measures(tmp_path):
    found = _read(tmp_path, "（一）建设法治政府。修订行政规范性文件15件。政府的一切权力来源于群众。"
                            "主动向群众报告工作，办理群众诉求1.5万件以上。\n")
    assert found == [("修订行政规范性文件15件。", ""), ("政府的一切权力来源于群众。", ""),
                     ("主动向群众报告工作,办理群众诉求1.5万件以上。", "")]


def test_a_short_aim_before_a_measure_repeating_its_words_is_still_their_topic(tmp_path):
    # a guard: D19 itself stands for a sentence of an aim verb (培育…), beside the event of D19a
    found = _read(tmp_path, "（一）扩大文旅消费。新建游客服务中心2处。召开全区文旅产业大会。"
                            "推动文旅产业项目签约15个。培育夜间消费业态。打造夜间消费街区3条，夜间消费业态门店新增200家。\n")
    assert found[-1] == ("打造夜间消费街区3条,夜间消费业态门店新增200家。", "培育夜间消费业态")


def test_a_measure_making_something_what_it_is_stays_as_d19_reads_it(tmp_path):
    # a guard: 为 after 成 (推动…成为…) is a measure's words, no predicate of a principle: D19 reads it a topic
    found = _read(tmp_path, "（一）扩大文旅消费。新建游客服务中心2处。推动古镇成为景区。"
                            "完善古镇景区配套设施，新增古镇景区停车位500个。\n")
    assert found[-1] == ("完善古镇景区配套设施,新增古镇景区停车位500个。", "推动古镇成为景区")
