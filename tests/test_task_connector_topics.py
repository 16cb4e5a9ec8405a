"""Connectives of sequence (首先，/其次，/再次，/最后，, as 第一，/第二，) heading the measures of a plan, and a heading's first
paragraph of measures before a run-in title (issue 10; the thirty-third set's misses, t47, here in other words).

* A connective and a comma opening a paragraph before a short topic (最后，<topic>。<measures>) make the topic a run-in
  title with no connective, as an ordinal does (words.toml task.ordinal_open); a statement of worth after it is no task.
* Inside one paragraph, two or more sentences each opening on such a connective before a topic's shape (…。首先，<topic>。
  <measures>。其次，<topic>。<measures>。) are a series of topics: no tasks, each the group of the measures after it
  (tasks.topics._CONNECTOR).  Before a measure (其次，新增…) the connective stays the task's opening.
* A section's paragraph before its first sub-section whose every sentence, two or more, opens on the verb of a measure
  or a result and one of which counts something in digits is measures, no framing (tasks.report._measures_only); a
  framing paragraph opened on a principle, or counting nothing, still frames.

Written for these tests (某某 names, no label's words) and read before the engine ran on them; the guards must not change."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

_REPORT = """某某市某某区人民政府工作报告
——2027年1月15日在某某区第四届人民代表大会第二次会议上

各位代表：

一、2026年工作回顾

2026年，全区地区生产总值增长5.9%。

二、2027年工作安排

（一）聚焦重点领域发力

{first}

（二）提升城市治理水平

{second}

各位代表，让我们团结一心，奋勇前进！
"""

_PLAIN = "实施重点项目60个，完成投资120亿元。"


def _read(tmp_path, first: str, second: str = _PLAIN) -> list:
    (tmp_path / "r.txt").write_text(_REPORT.format(first=first, second=second), encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


def _starts(found) -> list[str]:
    return [for_parsing(t.text).strip() for t in found]


def _group_of(found, words: str) -> list[str]:
    return [for_parsing(t.heading or "").strip() for t in found if words in t.text]


# (a paragraph, its topics after connectives, {words of a measure: its topic})
_SERIES = {
    "statement_then_first_then_next": (
        "交通是发展的先行官。首先，畅通对外通道。开工建设某某高速连接线，新建农村公路45公里。其次，完善城区路网。"
        "打通断头路6条。",
        ["畅通对外通道", "完善城区路网"], {"农村公路": "畅通对外通道", "断头路": "完善城区路网"}),
    "numbered_ordinals_three": (
        "我们将围绕三个重点持续发力。第一，壮大文旅产业。创建国家4A级景区1个，接待游客增长10%。第二，提升商贸活力。"
        "新增限上商贸企业25家。第三，做优电商服务。建成县级电商物流中心。",
        ["壮大文旅产业", "提升商贸活力", "做优电商服务"],
        {"4A级景区": "壮大文旅产业", "限上商贸": "提升商贸活力", "电商物流": "做优电商服务"}),
    "first_and_last_after_a_worth": (
        "生态是最大的本钱。首先，守护碧水清流。完成河道综合整治18公里。最后，扩绿增绿。新增造林面积2万亩，"
        "建成口袋公园5个。",
        ["守护碧水清流", "扩绿增绿"], {"河道综合整治": "守护碧水清流", "造林面积": "扩绿增绿"}),
}


@pytest.mark.parametrize("name", sorted(_SERIES))
def test_connective_topics_inside_a_paragraph_group_their_measures(tmp_path, name):
    paragraph, topics, groups = _SERIES[name]
    found = _read(tmp_path, paragraph)
    ends = [s.rstrip("。") for s in _starts(found)]
    assert not [e for e in ends if e.endswith(tuple(topics))]
    for words, topic in groups.items():
        assert _group_of(found, words) == [topic]


def test_guard_a_connective_before_a_measure_stays_its_task(tmp_path):
    """其次，新增…20家。 in a series of topics: a measure, its connective kept, no topic."""
    found = _read(tmp_path, "首先，稳住外贸基本盘。新增外贸实绩企业40家。其次，新增跨境电商企业20家，进出口总额增长6%。")
    assert any(s.startswith("其次,新增跨境电商企业20家") for s in _starts(found))


def test_guard_connectives_before_short_results_stay_tasks(tmp_path):
    """首先，建成某某大桥。 is a result to check, a task, not a topic, though its series has connectives."""
    found = _read(tmp_path, "城市建设要提速。首先，建成某某大桥。年内实现通车运营。其次，建成某某体育中心。全面投入使用。")
    starts = _starts(found)
    assert any(s.startswith("首先,建成某某大桥") for s in starts)
    assert any(s.startswith("其次,建成某某体育中心") for s in starts)


@pytest.mark.parametrize("opening,topic,worth,measure", [
    ("最后，", "优化营商环境", "营商环境是城市的核心竞争力。", "压减审批时限30%，新增“一件事”集成服务20项。"),
    ("再次，", "做强农业品牌", "品牌是农业的金字招牌。", "新增绿色食品认证产品12个，培育区域公用品牌2个。"),
])
def test_a_last_or_again_connective_opening_a_paragraph_makes_a_run_in_title(tmp_path, opening, topic, worth, measure):
    found = _read(tmp_path, opening + topic + "。" + worth + measure)
    starts = _starts(found)
    assert not [s for s in starts if topic in s or s.startswith(for_parsing(worth)[:4])]
    assert _group_of(found, for_parsing(measure)[:4]) == [topic]


def test_guard_a_last_connective_before_a_measure_keeps_it(tmp_path):
    found = _read(tmp_path, "最后，年内建成5G基站300个，实现乡镇全覆盖。")
    assert any(s.startswith("最后,年内建成5G基站300个") for s in _starts(found))


_RUN_IN = "提升城市品质。新建城市公园3个，改造背街小巷20条。"


@pytest.mark.parametrize("paragraph,starts", [
    ("推进某某片区综合开发，新增商业面积8万平方米。建成智慧停车平台，9月底前投入使用。",
     ["推进某某片区综合开发", "建成智慧停车平台"]),
    ("深化城市管理体制改革，新增街道综合执法队伍4支。完成燃气管网更新改造30公里。开展违法建设专项整治。",
     ["深化城市管理体制改革", "完成燃气管网更新改造30公里", "开展违法建设专项整治"]),
])
def test_a_first_paragraph_of_measures_only_before_a_run_in_title_is_read(tmp_path, paragraph, starts):
    found = _starts(_read(tmp_path, _PLAIN, paragraph + "\n\n" + _RUN_IN))
    for start in starts:
        assert any(s.startswith(for_parsing(start)) for s in found), start
    assert any(s.startswith("新建城市公园3个") for s in found)


@pytest.mark.parametrize("paragraph", [
    "坚持规划引领，推进城市有机更新。加快建设宜居城市，力争常住人口城镇化率提高1个百分点。",   # a principle opening it
    "推进城市更新提质增效。加快补齐城市功能短板。",                                           # no count in digits
    "做好城市工作，要统筹规划建设管理。推进老旧小区改造，完成改造任务30个。",                 # an aim opening it
])
def test_guard_a_framing_paragraph_before_a_run_in_title_still_frames(tmp_path, paragraph):
    found = _starts(_read(tmp_path, _PLAIN, paragraph + "\n\n" + _RUN_IN))
    first = for_parsing(paragraph)[:6]
    assert not [s for s in found if s.startswith(first)]
    assert any(s.startswith("新建城市公园3个") for s in found)
