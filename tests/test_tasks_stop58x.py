"""A department's first-person commitment letter for the year's targets, each item closed by its score (issue 10;
tasksx, stop 58), and three leftovers of the tasks' reading.

- An item's weight in the assessment in brackets after its full stop (1．新建…。（10分）) is the item's score, no task of
  its own (tasks.report._SCORE_ALONE; words.toml table.score_word for 一票否决 and the like).
- The things a count names after its figure, then the work done to what they hold (完成25个行政村生活垃圾分类治理): the
  count is of the holders (indicators.counted_thing: words.toml target.counted_holder, target.holder_work_end); a short
  work after the thing (老旧小区改造) and a building (服务中心建设) stay as written.
- An area's or a length's metric opened by the result verb 完成 before four characters or more (完成盐碱地综合利用3万亩):
  the verb no part of what is measured (indicators.programme_thing: target.measured_result_lead); a short work (完成造林)
  and a sum (完成投资) stay.
- What something is worth said alone with a subject of up to twelve characters (…整改是一项严肃的政治任务。) is a
  statement, no task (structure.is_worth_statement).

Every text below was written for these tests (某某 names), in other words than any label set's."""

from __future__ import annotations

import pytest

from luoshi.engine.structure import is_worth_statement
from luoshi.engine.tasks.table_rows import _parse
from tests.tasks_heldout_helpers import found_tasks, group_of, metrics_of, start_of, task_starting

pytestmark = pytest.mark.engine

_LETTER = """某某县卫生健康局2028年度目标任务承诺书

为确保全面完成县委、县政府下达的2028年度卫生健康工作目标任务，我局郑重承诺如下：

一、目标任务

（一）核心指标

1．居民健康素养水平达到32%以上。（10分）
2．新建村卫生室标准化建设项目18个。（8分）

（二）重点任务

3．推进县医院医共体建设，年底前完成信息平台主体功能。（6分）
4．完成12家乡镇卫生院医疗废物暂存设施规范化提升。（5分）
5．确保全年不发生重大医疗安全事故。（一票否决）

二、考核与奖惩

我局自觉接受县政府目标管理考核，未完成目标任务的，自愿接受通报批评和相应处理。

承诺单位：某某县卫生健康局（盖章）
主要负责人：（签字）
2028年3月1日
"""

_ITEMS = {"居民健康素养水平达到32%以上": "核心指标", "新建村卫生室标准化建设项目18个": "核心指标",
          "推进县医院医共体建设": "重点任务", "完成12家乡镇卫生院医疗废物暂存设施规范化提升": "重点任务",
          "确保全年不发生重大医疗安全事故": "重点任务"}


def test_each_numbered_item_is_a_task_under_its_heading_and_no_score_is_one(tmp_path):
    found = found_tasks(tmp_path, _LETTER)
    assert {s: (group_of(t) if (t := task_starting(found, s)) else None) for s in _ITEMS} == _ITEMS
    assert len(found) == len(_ITEMS)


def test_a_score_is_no_indicator_nor_part_of_its_item(tmp_path):
    found = found_tasks(tmp_path, _LETTER)
    assert [start_of(t) for t in found if "分)" in start_of(t) or "否决" in start_of(t)] == []
    assert metrics_of(found, "居民健康素养水平") == [("居民健康素养水平", 32.0, "%")]


def test_the_assessment_paragraph_and_the_signature_block_are_no_tasks(tmp_path):
    # a guard (right before the rule too)
    found = found_tasks(tmp_path, _LETTER)
    assert [start_of(t)[:6] for t in found if start_of(t).startswith(("为确保", "我局", "承诺单位", "主要负责人", "2028年3月"))] == []


COUNTED = [
    ("年内完成25个行政村生活垃圾分类治理。", "行政村"),
    ("推动40家企业清洁生产设施升级改造。", "企业"),
    ("完成18家养殖场粪污资源化利用设施改造。", "养殖场"),
    # guards: a short work after the thing and a building stay as written
    ("完成12个老旧小区改造。", "老旧小区改造"),
    ("完成10个社区服务中心建设。", "社区服务中心建设"),
]


@pytest.mark.parametrize(("text", "metric"), COUNTED)
def test_a_count_before_its_holders_is_of_the_holders(text, metric):
    assert [i.metric for i in _parse(text)[0]] == [metric]


MEASURED = [
    ("年内完成盐碱地综合利用3万亩。", "盐碱地综合利用"),
    ("完成某某江干流堤防加固12公里。", "某某江干流堤防加固"),
    # guards: a short work and a sum keep the verb
    ("完成造林1.5万亩。", "完成造林"),
    ("完成投资30亿元。", "完成投资"),
]


@pytest.mark.parametrize(("text", "metric"), MEASURED)
def test_an_areas_metric_drops_the_result_verb_before_a_long_thing(text, metric):
    assert [i.metric for i in _parse(text)[0]] == [metric]


@pytest.mark.parametrize(("sentence", "worth"), [
    ("安全生产专项整治三年行动是一项严肃的政治任务。", True),
    ("农村人居环境整治提升是一项重要的民生工程。", True),
    ("招商是发展的生命线。", True),
    # guards: a measure after 是, a figure, an ordinal
    ("今年工作的重点是建成某某大道的主体工程。", False),
    ("二是做强主导产业链的关键环节。", False),
    ("某某大桥工程是全县2028年投资最大的项目。", False),
])
def test_a_worth_statement_with_a_long_subject(sentence, worth):
    assert is_worth_statement(sentence) is worth
