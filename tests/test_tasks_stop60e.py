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

