"""Bullet field titles and bracketed lead units in a plan part (issue 10): a field title on a line of its own opened by a
bullet (● 产业发展, ■ 社会事业：) is the group of the items under it, no task; a bracket naming an item's units after or
before it (（牵头单位：县工信局）, 【责任单位：区教育局】, (区民政局牵头)) is the item's lead unit (``Task.lead``), never a
task of its own nor a part of its text.  Guards: a bulleted list of measures (each line opened by the same bullet) keeps
its lines as tasks; a bracket naming no unit (（含续建项目）) stays in its task.

The reports below were written for these tests (某某 names) and read before the engine ran on them."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

_HEAD = """某某区人民政府工作报告
——2027年1月8日在某某区第九届人民代表大会第三次会议上

各位代表：

一、2026年工作回顾

2026年，全区地区生产总值增长5.6%。

二、2027年主要任务

全区经济社会发展的主要预期目标是：地区生产总值增长5.4%左右，一般公共预算收入增长4%。
"""


def _read(tmp_path, body: str):
    (tmp_path / "r.txt").write_text(_HEAD + body, encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


def _texts(found):
    return [for_parsing(t.text).strip() for t in found]


_SQUARES = """
围绕全年目标，区政府确定以下五个方面工作，逐项落实责任。

■ 数字经济

引进数字经济企业40家，培育上市后备企业5家。【责任单位：区科技局】

建成区级算力服务中心，年内投入运营。【责任单位：区大数据中心】

■ 社会事业

新建公办幼儿园3所，新增学位900个。【责任单位：区教育局、区财政局】

改造提升社区卫生服务站12个。【责任单位：区卫健局】

以上任务由区政府办公室按月调度，年终纳入绩效考评。
"""


def test_square_field_titles_group_their_items_and_are_no_tasks(tmp_path):
    found = _read(tmp_path, _SQUARES)
    assert not [t for t in found if for_parsing(t.text).strip().lstrip("■").strip() in ("数字经济", "社会事业")]
    assert [(t.heading, t.text[:4]) for t in found] == [
        ("数字经济", "引进数字"), ("数字经济", "建成区级"), ("社会事业", "新建公办"), ("社会事业", "改造提升")]


def test_lead_unit_in_brackets_after_the_item_is_its_lead_and_no_text_of_it(tmp_path):
    found = _read(tmp_path, _SQUARES)
    assert not [t for t in found if "责任单位" in t.text]
    # (each unit as the registry of organisations writes it: 区卫健局 is 区卫生健康局)
    assert [t.lead for t in found] == [["区科技局"], ["区大数据中心"], ["区教育局", "区财政局"], ["区卫生健康局"]]
    assert found[0].text.startswith("引进数字经济企业40家") and found[0].indicators


def test_lead_in_announcing_the_fields_and_the_closing_on_tracking_are_no_tasks(tmp_path):
    texts = _texts(_read(tmp_path, _SQUARES))
    assert not [t for t in texts if t.startswith(("围绕全年目标", "以上任务"))]


_DIAMONDS = """
今年重点推进以下三个方面任务。

◆ 城市更新：

1．改造老旧小区22个，加装电梯60部。（区住建局牵头）

2．新建口袋公园8个。（牵头单位：区城管局；配合单位：各街道）

交通是城市的血脉，各街道要全力配合征迁。

◆ 民生兜底：

3．【牵头单位：区民政局】新建社区嵌入式养老服务机构6家。

4．开展职业技能培训5000人次（含新就业形态劳动者培训）。
"""


def test_diamond_titles_with_colons_unit_verbs_and_brackets_before_the_item(tmp_path):
    found = _read(tmp_path, _DIAMONDS)
    assert [t.text[:4] for t in found] == ["改造老旧", "新建口袋", "新建社区", "开展职业"]
    assert [t.heading for t in found] == ["城市更新", "城市更新", "民生兜底", "民生兜底"]
    assert [t.lead for t in found[:3]] == [["区住建局"], ["区城管局"], ["区民政局"]]
    # guard: a bracket naming no unit is part of the item, which has no lead
    assert "含新就业形态" in found[3].text and found[3].lead == []


def test_worth_then_the_units_exhorted_is_no_task(tmp_path):
    texts = _texts(_read(tmp_path, _DIAMONDS))
    assert not [t for t in texts if t.startswith("交通是城市的血脉")]


_BULLET_LIST = """
今年重点做好以下工作：

● 优化营商环境

● 深化国资国企改革

● 推进城乡融合发展
"""


def test_guard_a_list_of_bulleted_measures_keeps_its_lines(tmp_path):
    texts = _texts(_read(tmp_path, _BULLET_LIST))
    assert [t.lstrip("●").strip() for t in texts] == ["优化营商环境", "深化国资国企改革", "推进城乡融合发展"]


_MEASURE_BEFORE_TITLE = """
■ 产业升级

实施技术改造项目35个。

推动制造业数字化转型，培育智能工厂。

■ 乡村振兴

新建高标准农田1.2万亩。
"""


def test_guard_a_measure_closing_a_field_before_the_next_title_stays_a_task(tmp_path):
    found = _read(tmp_path, _MEASURE_BEFORE_TITLE)
    assert [(t.heading, t.text[:4]) for t in found] == [
        ("产业升级", "实施技术"), ("产业升级", "推动制造"), ("乡村振兴", "新建高标")]


def test_guard_worth_then_a_measure_with_a_figure_stays_a_task(tmp_path):
    found = _read(tmp_path, "\n教育是最大的民生工程，各街道要新建托育点10个。\n")
    assert _texts(found) == ["教育是最大的民生工程,各街道要新建托育点10个。"]


_FIELDS_COUNTED = """
（一）聚焦城市建设

在招商方面，当前全区签约项目落地偏慢，要素保障压力较大。全年引进亿元以上项目25个。

在征迁方面，目前已完成房屋征收1200户，年内完成剩余征收。

（二）聚焦民生服务

抓好托育、助餐两件实事。新建托育点5个，新增助餐点12个。

做好两项工作。

抓好道路、管网两项工程，新建道路3条。
"""


def test_situation_after_a_field_lead_is_no_task(tmp_path):
    texts = _texts(_read(tmp_path, _FIELDS_COUNTED))
    assert not [t for t in texts if "当前全区" in t]
    assert [t for t in texts if t.startswith("全年引进亿元以上项目25个")]
    # guard: a figure after 目前 keeps the sentence a task
    assert [t for t in texts if "目前已完成房屋征收1200户" in t]


def test_topic_counting_its_fields_in_words_is_no_task_but_its_measures_group(tmp_path):
    found = _read(tmp_path, _FIELDS_COUNTED)
    texts = _texts(found)
    assert not [t for t in texts if t.startswith("抓好托育")]
    assert [t.heading for t in found if t.text.startswith("新建托育点")] == ["抓好托育、助餐两件实事"]
    assert [t.heading or t.part for t in found if t.text.startswith("做好两项工作")] == ["聚焦民生服务"]
    # guards: such a sentence alone in its paragraph, or with a figure, stays a task
    assert [t for t in texts if t.startswith("做好两项工作")]
    assert [t for t in texts if t.startswith("抓好道路、管网两项工程")]


_RUN_IN_SUB_TITLES = """
（一）做强工业经济，夯实发展根基。提升园区能级。新增标准厂房20万平方米，园区亩均税收增长8%。壮大骨干企业。新增产值超十亿元企业3家。

（二）补齐城市短板，提升城市品质。支持某某食品扩大产能。新增规上工业企业10家。建设区应急指挥中心。新建消防站2座。

（三）优化营商环境，激发市场活力。优化政务服务。推行惠企政策免申即享，新增经营主体8000户。
"""


def test_short_sub_titles_inside_a_run_in_paragraph_group_the_measures_after_them(tmp_path):
    found = _read(tmp_path, _RUN_IN_SUB_TITLES)
    texts = _texts(found)
    assert not [t for t in texts if t.startswith(("提升园区能级", "壮大骨干企业", "优化政务服务"))]
    assert [(t.heading, t.text[:4]) for t in found if t.text.startswith(("新增标准", "新增产值", "推行惠企"))] == [
        ("提升园区能级", "新增标准"), ("壮大骨干企业", "新增产值"), ("优化政务服务", "推行惠企")]


def test_guard_a_short_measure_opening_on_its_verb_stays_a_task(tmp_path):
    texts = _texts(_read(tmp_path, _RUN_IN_SUB_TITLES))
    assert [t for t in texts if t.startswith("支持某某食品扩大产能")]
    assert [t for t in texts if t.startswith("建设区应急指挥中心")]


_SUB_TITLE_BEFORE_A_SUB_SECTION = """
（一）推动农业提质，建设农业强区。做优做强特色农业。一是新建高标准农田2万亩，粮食产量稳定在30万吨。二是新增市级农业龙头企业5家。

强化人才支撑。新引进高层次人才200名，建设人才公寓500套。
"""


def test_a_run_in_paragraph_with_a_sub_title_is_no_framing_before_the_next_run_in_title(tmp_path):
    found = _read(tmp_path, _SUB_TITLE_BEFORE_A_SUB_SECTION)
    assert [(t.heading, for_parsing(t.text)[:6]) for t in found] == [
        ("做优做强特色农业", "一是新建高标"), ("做优做强特色农业", "二是新增市级"), ("强化人才支撑", "新引进高层次")]
