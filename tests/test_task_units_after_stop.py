"""Stop 49 (taskse, issue 10), from the misses of t50's held-out run, each rule in other words than any label row, with
guards:

* a bracket of responsible units right after a sentence's full stop, in a paragraph not opened by such a bracket
  (…新建…。（责任科室：某某办）改造…), is the lead of the item before it (``Task.lead``) — never part or start of the
  sentence after it, nor a task or group of its own; a paragraph opened by a bracket keeps each bracket the next item's
  (tasks.report._lead_after_stop; 责任科室, 牵头科室, 责任处室… in words.toml task.lead_unit_label); the cooperating units
  named after the lead or alone (；配合单位：…, （配合部门：…）) are the item's ``Task.cooperating`` (task.cooperating_unit_label);
* what a work concerns, then an exhortation with no measure (…事关…，必须坚持…) is a statement, no task
  (task.worth_concerns, tasks.report._worth);
* people counted after their figure, then the service given them (为N名老人提供…) count the people
  (target.service_to_served, indicators.counted_thing); 全街道 opening a metric is the whole area (target.whole_area_lead).
"""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.tasks.report import _worth
from luoshi.engine.tasks.table_rows import _parse
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

_HEAD = """某某镇人民政府工作报告

一、2026年工作回顾

全镇完成农业总产值12亿元。

二、2027年工作安排

（一）农业农村稳步发展

"""


def _found(tmp_path, paragraph):
    (tmp_path / "r.txt").write_text(_HEAD + paragraph + "\n\n三、加强政府自身建设\n\n坚持依法行政。\n", encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


@pytest.mark.parametrize("paragraph,expected", [
    # units after each item's full stop: the item's lead, the next item starting after the bracket
    ("新建高标准农田8000亩。（牵头单位：农业服务中心）改造农村公路12公里。（责任部门：交通办）",
     [("新建高标准农田8000亩", ["农业服务中心"]), ("改造农村公路12公里", ["交通办"])]),
    ("建成村级养老互助点4个。（责任科室：民政办、卫生院）开展农技培训20期。（牵头科室：农技站）",
     [("建成村级养老互助点4个", ["民政办", "卫生院"]), ("开展农技培训20期", ["农技站"])]),
    ("新建村级污水处理站5座。（责任处室：环保办）整治农村河塘15口。（责任处室：水利站）各村要落实河长巡查制度，做到常态管护。",
     [("新建村级污水处理站5座", ["环保办"]), ("整治农村河塘15口", ["水利站"])]),     # the villages exhorted after the bracket: no task
    # guard: a paragraph opened by a bracket keeps each bracket the item after it
    ("【责任单位：农业服务中心】新建高标准农田8000亩。【责任单位：交通办】改造农村公路12公里。",
     [("新建高标准农田8000亩", ["农业服务中心"]), ("改造农村公路12公里", ["交通办"])]),
])
def test_units_after_the_full_stop_lead_the_item_before(tmp_path, paragraph, expected):
    found = [t for t in _found(tmp_path, paragraph) if "依法行政" not in t.text]
    assert [(for_parsing(t.text).strip().rstrip("。"), t.lead) for t in found] == expected
    assert all(for_parsing(t.heading or t.part).strip() == "农业农村稳步发展" for t in found)


@pytest.mark.parametrize("paragraph,expected", [
    # cooperating units after the lead, or alone: the item's, never the next item's start
    ("新建高标准农田8000亩。（牵头单位：农业服务中心；配合单位：各村）改造农村公路12公里。（配合单位：交通办）",
     [("新建高标准农田8000亩", ["农业服务中心"], ["各村"]), ("改造农村公路12公里", [], ["交通办"])]),
    ("建成村级养老互助点4个（责任单位：民政办，配合部门：卫生院）。开展农技培训20期。（牵头科室：农技站）",
     [("建成村级养老互助点4个", ["民政办"], ["卫生院"]), ("开展农技培训20期", ["农技站"], [])]),
])
def test_cooperating_units_in_the_bracket(tmp_path, paragraph, expected):
    found = [t for t in _found(tmp_path, paragraph) if "依法行政" not in t.text]
    assert [(for_parsing(t.text).strip().rstrip("。"), t.lead, t.cooperating) for t in found] == expected


@pytest.mark.parametrize("sentence,worth", [
    ("乡村治理事关农民切身利益，必须坚持党建引领。", True),
    ("食品安全关乎千家万户，务必守牢底线。", True),
    ("安全生产关系到群众生命财产，任何时候都不能放松。", True),
    # guards: a measure or a figure after what the work concerns stays a task
    ("乡村治理事关农民切身利益，要新建村民议事厅6个。", False),
    ("抓好事关群众切身利益的民生实事，新建幼儿园2所。", False),
])
def test_what_a_work_concerns_then_an_exhortation(sentence, worth):
    assert _worth(for_parsing(sentence).strip()) is worth


@pytest.mark.parametrize("text,expected", [
    ("为600名困难群众发放冬季救助物资。", [("困难群众", 600, "名")]),
    ("为150户低保户安装燃气报警器。", [("低保户", 150, "户")]),
    ("为2000名学生开展免费视力筛查。", [("学生", 2000, "名")]),
    ("全街道新增就业岗位800个。", [("新增就业岗位", 800, "个")]),
    # guards: the people with no service verb after them, and a service counted before its people, read as before
    ("帮助300名就业困难人员实现再就业。", [("就业困难人员", 300, "名")]),
    ("为80岁以上老年人发放高龄津贴500万元。", [("发放高龄津贴", 500, "万元")]),
])
def test_people_served_counted_and_the_whole_street(text, expected):
    found, _ = _parse(text)
    assert [(i.metric, i.value, i.unit) for i in found] == expected
