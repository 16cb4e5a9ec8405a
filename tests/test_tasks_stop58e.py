"""Three leftovers of the tasks' reading of a figure's metric (issue 10; taskse, stop 58), each a place or a scope
before the thing counted or measured, or a part of the works after it.

- The place after 在 before a count's verb may be one word and have its other kind in brackets after it
  (在村（社区）新建…, 在街道（乡镇）新增…): no part of the thing counted (indicators._PLACE_LEAD, words.toml
  target.place_end).
- A two-character verb opening a metric, then the whole area or system the work is done across (开展全系统…,
  组织全县…): the scope, no part of the thing; the verb stays (indicators.counted_thing: target.whole_area_lead).
- An area's or length's metric: a named zone after the verb (建成某某高新区…) and the phase closing it (…二期) are where
  and which part, no part of what is measured (indicators.programme_thing: target.zone_end, target.phase_end).

Every text below was written for these tests (某某 names), in other words than any label set's."""

from __future__ import annotations

import pytest

from luoshi.engine.tasks.table_rows import _parse

pytestmark = pytest.mark.engine


def _metrics(text: str) -> list[str]:
    return [i.metric for i in _parse(text)[0]]


@pytest.mark.parametrize(("text", "metric"), [
    ("在社区（村）新建儿童友好活动室40个。", "新建儿童友好活动室"),
    ("在镇新增快递物流综合服务点25个。", "新增快递物流综合服务点"),
    ("在各乡镇（街道）建设标准化农贸市场12个。", "建设标准化农贸市场"),
])
def test_a_place_of_one_word_or_with_its_other_kind_in_brackets_is_no_part_of_the_count(text, metric):
    assert _metrics(text) == [metric]


@pytest.mark.parametrize(("text", "metric"), [
    ("开展全系统安全生产警示教育8场。", "开展安全生产警示教育"),
    ("组织全县乡村医生能力提升培训4期。", "组织乡村医生能力提升培训"),
])
def test_a_scope_after_the_opening_verb_is_no_part_of_the_thing(text, metric):
    assert _metrics(text) == [metric]


@pytest.mark.parametrize(("text", "metric"), [
    ("建成某某高新区人才公寓二期8万平方米。", "建成人才公寓"),
    ("新建某某工业园区雨污分流管网三期15公里。", "新建雨污分流管网"),
])
def test_a_zone_after_the_verb_and_a_phase_closing_an_area_are_no_part_of_what_is_measured(text, metric):
    assert _metrics(text) == [metric]


@pytest.mark.parametrize(("text", "metric"), [
    # guards: a place with no verb of work after it, a short thing after a zone, a count and a sum keep zone and phase
    ("在全县推广稻渔综合种养模式5万亩。", "在全县推广稻渔综合种养模式"),
    ("建设工业园区道路5公里。", "建设工业园区道路"),
    ("建成某某产业园二期项目3个。", "建成某某产业园二期项目"),
    ("完成某某经济开发区二期投资8亿元。", "完成某某经济开发区二期投资"),
])
def test_what_the_rules_leave_as_written(text, metric):
    assert _metrics(text) == [metric]
