"""Run-in labels naming the kind of sentences after them (目标：…, 举措：…, 工作目标：…, 具体措施：…), and two metrics of a
plan's counts (issue 10; the thirty-fourth set's misses, t48, and the thirty-third's metric, t47, here in other words).

* A label naming the kind of the sentences after it and a colon opening a paragraph (words.toml report.kind_label, with a
  word saying which before it: report.kind_label_qualifier) is no run-in title: its sentences stay under the heading
  above, and the label is no part of any task — so a task set from above after it (完成上级下达的…任务) starts on its verb
  and a statement of worth after it (…是…的金名片。) is no task.  A run of such paragraphs is no run of places (东区：…).
  The year's targets after 主要目标： (part.targets_plain) are still read as expected targets.
* An item's short first sentence naming only what its words are (“两个中心”的发展定位。, “四个迈进”的奋斗目标。: words.toml
  task.kind_title_noun) is a title, no task; a measure ending so (完成省下达的发展目标。) stays one.
* The people a count or an amount serves (为种粮农民…, 为低保户…) are no part of its metric (target.beneficiary).
* 年内/全年 opening a metric before 新 and a verb of gaining (年内新开工…, 全年新签约…: completion.gain_new) is a date, no
  part of what is counted, as before a result verb (年内完成…).

Written for these tests (某某 names, no label's words) and read before the engine ran on them; the guards must not change."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

_REPORT = """某某市人民政府工作报告
——2027年1月8日在某某市第五届人民代表大会第四次会议上

各位代表：

一、2026年工作回顾

2026年，全市地区生产总值增长5.6%。

二、2027年工作安排

{targets}

围绕上述目标，重点做好三个方面工作。

（一）文旅融合提质增效

{label_a}接待游客人次增长10%。全年新签约文旅项目12个。

{label_b}文旅是城市的金名片。年内新开工文旅综合体项目3个。为高校毕业生提供见习岗位600个。

（二）城市更新提速扩面

{label_c}完成上级下达的保障性住房建设任务。改造城镇老旧小区35个。

{label_d}年内新培育物业服务示范小区10个，为低保户发放临时救助金300万元。

（三）东西两区协同发展

东区：新建停车泊位800个。

西区：建成滨江绿道5公里。

各位代表，让我们携手奋进，再创佳绩！
"""

_TARGETS = "主要目标：地区生产总值增长5.7%左右，一般公共预算收入增长5%，城镇调查失业率控制在5.4%以内。"

_LABELS = [
    ("目标：", "举措：", "目标：", "举措："),
    ("工作目标：", "主要举措：", "工作目标：", "具体措施："),
    ("重点任务：", "实施路径：", "主要任务：", "保障措施："),
]


def _read(tmp_path, labels, targets=_TARGETS):
    a, b, c, d = labels
    path = tmp_path / "r.txt"
    path.write_text(_REPORT.format(targets=targets, label_a=a, label_b=b, label_c=c, label_d=d), encoding="utf-8")
    return tasks.tasks_from_document(reader.read(path))


def _own(found):
    return [t for t in found if t.kind == "task"]


def _start(task):
    return for_parsing(task.text).strip()


def _group(task):
    return for_parsing(task.heading or task.part).strip()


@pytest.mark.parametrize("labels", _LABELS, ids=["plain", "qualified", "others"])
@pytest.mark.parametrize(("start", "group"), [
    ("接待游客人次增长10%", "文旅融合提质增效"),
    ("全年新签约文旅项目12个", "文旅融合提质增效"),
    ("年内新开工文旅综合体项目3个", "文旅融合提质增效"),
    ("完成上级下达的保障性住房建设任务", "城市更新提速扩面"),
    ("改造城镇老旧小区35个", "城市更新提速扩面"),
    ("年内新培育物业服务示范小区10个", "城市更新提速扩面"),
])
def test_sentences_after_a_kind_label_start_without_it_under_the_heading_above(tmp_path, labels, start, group):
    found = [t for t in _own(_read(tmp_path, labels)) if _start(t).startswith(start)]
    assert [_group(t) for t in found] == [group]


@pytest.mark.parametrize("labels", _LABELS, ids=["plain", "qualified", "others"])
def test_kind_label_is_no_task_nor_part_of_one(tmp_path, labels):
    starts = [_start(t) for t in _own(_read(tmp_path, labels))]
    assert not [s for s in starts if s.startswith(tuple(label.rstrip("：") for label in labels))]
    assert not [s for s in starts if "目标:" in s or "举措:" in s or "措施:" in s or "路径:" in s]


@pytest.mark.parametrize("labels", _LABELS, ids=["plain", "qualified", "others"])
def test_worth_statement_after_a_kind_label_is_no_task(tmp_path, labels):
    assert not [t for t in _own(_read(tmp_path, labels)) if "金名片" in t.text]


def test_places_after_kind_labels_still_group_their_measures(tmp_path):
    """Guard: a run of places and colons (东区：…, 西区：…) are run-in titles still, their measures' groups."""
    found = _own(_read(tmp_path, _LABELS[0]))
    assert [(_start(t), t.heading) for t in found if "停车泊位" in t.text or "滨江绿道" in t.text] == [
        ("新建停车泊位800个。", "东区"), ("建成滨江绿道5公里。", "西区")]


def test_targets_after_a_plain_targets_lead_are_expected_targets(tmp_path):
    """Guard: 主要目标：… naming the year's targets is their lead-in, no kind label cut off before tasks."""
    found = _read(tmp_path, _LABELS[1])
    assert [(i.metric, i.value) for t in found if t.kind == "expected_target" for i in t.indicators] == [
        ("地区生产总值", 5.7), ("一般公共预算收入", 5.0), ("城镇调查失业率", 5.4)]
    assert not [t for t in _own(found) if "地区生产总值" in t.text]


@pytest.mark.parametrize(("words", "metric", "value", "unit"), [
    ("为高校毕业生提供见习岗位600个", "提供见习岗位", 600, "个"),
    ("为低保户发放临时救助金300万元", "发放临时救助金", 300, "万元"),
    ("年内新开工文旅综合体项目3个", "新开工文旅综合体项目", 3, "个"),
    # (since stop 50 a verb of fostering or lining up is no part of the thing counted either: target.foster_verb)
    ("全年新签约文旅项目12个", "文旅项目", 12, "个"),
    ("年内新培育物业服务示范小区10个", "物业服务示范小区", 10, "个"),
])
def test_metric_without_the_people_served_or_the_year_word(tmp_path, words, metric, value, unit):
    shown = [(i.metric, i.value, i.unit, i.comparator) for t in _own(_read(tmp_path, _LABELS[0]))
             for i in t.indicators if words[:6] in t.text and i.value == value]
    assert shown == [(metric, value, unit, ">=")]


# A numbered item's short first sentence naming only what its words are (“两个中心”的发展定位。, “四个迈进”的奋斗目标。): a title,
# no task (words.toml task.kind_title_noun); a measure ending so (完成市下达的发展目标。) stays a task.
_VISION = """某某市人民政府工作报告

各位代表：

一、2026年工作回顾

2026年，全市地区生产总值增长5.6%。

二、“十五五”时期的奋斗目标

**“十五五”的发展定位、奋斗目标、总体布局是：**

1、“两个中心”的发展定位。就是加快建设区域商贸物流中心和区域医疗教育中心，提升城市辐射带动能力。

2、“四个迈进”的奋斗目标。一是迈进“城际铁路时代”，城际铁路通达周边三市。二是迈进“现代产业时代”，培育两个千亿产业集群。

3、“一核两翼”的总体布局。以中心城区为核，东西两个新区为翼，推动城乡融合发展。

4、完成省下达的发展目标。全面落实省委省政府部署，确保各项指标走在全省前列。

三、2027年工作安排

（一）稳住经济增长

新建标准厂房20万平方米。

各位代表，让我们团结奋斗，再创佳绩！
"""


def _vision_starts(tmp_path):
    (tmp_path / "r.txt").write_text(_VISION, encoding="utf-8")
    return [_start(t) for t in _own(tasks.tasks_from_document(reader.read(tmp_path / "r.txt")))]


def test_an_items_kind_title_is_no_task(tmp_path):
    starts = _vision_starts(tmp_path)
    assert not [s for s in starts if s.rstrip("。").endswith(("发展定位", "奋斗目标", "总体布局"))]
    assert any(s.startswith("就是加快建设区域商贸物流中心") for s in starts)
    assert any(s.startswith("以中心城区为核") for s in starts)


def test_a_measure_ending_on_a_kind_noun_stays_a_task(tmp_path):
    """Guard: 完成省下达的发展目标。 opens on a result verb: a task."""
    assert any(s.startswith("完成省下达的发展目标") for s in _vision_starts(tmp_path))
