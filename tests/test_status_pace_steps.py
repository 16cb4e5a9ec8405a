"""Status rules from statusa's stop on behind against on pace (issue 11): the categories of the pooled first-run
misses behind→on_track (docs/status-rules.md, "Behind read as on pace: the categories"), one table per rule, each
with a twin that must not move.  Rows are invented in the manner of progress reports, never copied from a set."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


# invented96's first run (engine 1e7caa1): a task to set up a facility and open it (设立…并开诊, 开园, 开业) named no
# result the engine knew it must reach, so only preparation past mid-year read as on pace.  设立, 开诊, 开园, 开业, 开馆 are
# results to reach (words.toml [completion.must]).
SET_UP_AND_OPEN = [
    ("年内设立县人民医院城东分院并开诊", "分院选址已落实，正在开展装修方案设计。", date(2020, 9, 30), "behind"),
    ("年内设立区级人才服务驿站", "驿站选址已确定，正在进行装修设计。", date(2020, 8, 31), "behind"),
    ("年内设立街道托育中心并开园", "托育中心选址已确定，正在编制装修方案。", date(2020, 10, 31), "behind"),
    # twins: before mid-year preparation is on pace; the work under way is on pace
    ("年内设立县人民医院城东分院并开诊", "分院选址已落实，正在开展装修方案设计。", date(2020, 5, 31), "on_track"),
    ("年内设立区级人才服务驿站", "驿站主体装修正在施工。", date(2020, 8, 31), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", SET_UP_AND_OPEN,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _ in SET_UP_AND_OPEN])
def test_a_facility_to_set_up_and_open_only_prepared_past_mid_year_is_behind(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# Category A (a decision pending counted as work under way), from invented95's first run and the earlier sets' left
# misses: a figure whose subject is recognised (…家企业通过省级认定) counts the recognised items of a target named
# otherwise (新增省级…企业), loosely (words.toml [figure.recognition]); and a month before the year's end, items only
# pending another body's decision no longer hold a short count on pace (judging.toml pending_late).
RECOGNISED = [
    ("新增省级科技型中小企业30家", "已有15家企业通过省级认定，另有6家正在公示。", date(2020, 9, 30), "behind"),
    ("新增国家高新技术企业40家", "已有25家企业通过认定，另有18家已完成申报，等待评审。", date(2020, 11, 30), "behind"),
    # invented54's left miss (statuslag's strict xfail until now)
    ("新增省级以上“专精特新”企业10家", "已有4家企业通过省级认定，另有3家已进入公示阶段。", date(2020, 9, 30), "behind"),
    # twins: recognised on pace; before the last month the items pending still hold the count on pace
    ("新增省级科技型中小企业30家", "已有23家企业通过省级认定。", date(2020, 9, 30), "on_track"),
    ("新增国家高新技术企业40家", "已有25家企业通过认定，另有18家已完成申报，等待评审。", date(2020, 9, 30), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", RECOGNISED,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _ in RECOGNISED])
def test_items_recognised_count_and_items_pending_stop_holding_pace_late(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)
