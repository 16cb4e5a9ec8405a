"""Issue 11, statusq (stop 64): the lead's decision, README rule question 47 — the reply's own statement that the work
runs ahead of the time pace (超过序时进度, 快于序时进度, 大幅超过目标任务进度, 超序时进度N个百分点) is ahead, basis
statement, as its statement that it lags is behind, where no figure of the row places it (rules.AheadStatement,
judging.toml words.ahead_statement).  Cases in other words than any label, with near-miss guards."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

AHEAD = [
    ("推进全域土地综合整治试点。", "试点各项工作进展顺利，整体进度超过序时进度。", date(2026, 6, 30)),
    (
        "实施农村人居环境整治提升行动。",
        "行动开展以来，各镇街积极落实，工作进度远远超过序时进度。",
        date(2026, 8, 31),
    ),
    ("加快建设城市智慧停车平台。", "平台建设快于序时进度，数据接入工作同步开展。", date(2026, 9, 30)),
    ("推进高标准农田建设。", "项目实施大幅超过目标任务进度，群众反映良好。", date(2026, 7, 31)),
]
GUARDS = [
    # no pace: a rise over last year, a part's plan exceeded
    (
        "推进全域旅游发展。",
        "上半年接待游客人次超过去年同期，旅游工作有序推进。",
        date(2026, 6, 30),
        "on_track",
    ),
    # aimed at, denied
    (
        "加快建设城市智慧停车平台。",
        "平台建设已完成需求调研，下一步力争超过序时进度。",
        date(2026, 9, 30),
        None,
    ),
    ("实施农村人居环境整治提升行动。", "整治工作有序开展，但进度未超过序时进度。", date(2026, 8, 31), None),
    # a place below the task's
    (
        "实施农村人居环境整治提升行动。",
        "整治工作正在推进，其中东湖镇进度快于序时进度。",
        date(2026, 8, 31),
        None,
    ),
    # a figure that places the row decides: a share in the band is on pace, whatever the word
    ("完成农村道路硬化80公里。", "已完成道路硬化42公里，超过序时进度。", date(2026, 6, 30), "on_track"),
    # a figure under the pace decides
    (
        "完成农村道路硬化80公里。",
        "已完成道路硬化15公里，工作超过序时进度。",
        date(2026, 6, 30),
        "seriously_behind",
    ),
]


@pytest.mark.parametrize("task,progress,as_of", AHEAD)
def test_ahead_statement_is_ahead(task, progress, as_of):
    outcome = judge(task, progress, as_of)
    assert outcome.status == "ahead"
    assert outcome.basis == "statement"


@pytest.mark.parametrize("task,progress,as_of,expected", GUARDS)
def test_ahead_statement_near_misses(task, progress, as_of, expected):
    outcome = judge(task, progress, as_of)
    assert outcome.status != "ahead"
    if expected is not None:
        assert outcome.status == expected


# Task 2: a programme's name with a number word is no count (words.toml figure.programme_number, programme_after).
PROGRAMME_NAMES = ["实施千项重点技改项目", "推进百项重点文旅项目建设", "推进十大工程建设", "实施千企技改"]
COUNTS = [("新建百个村级便民服务站", 100.0), ("完成十项民生实事", 10.0), ("完成十项重点任务", 10.0)]


@pytest.mark.parametrize("task", PROGRAMME_NAMES)
def test_programme_name_is_no_count(task):
    from luoshi.engine.indicators import parse

    assert [i.value for i in parse(task)[0] if i.kind == "count"] == []


@pytest.mark.parametrize("task,value", COUNTS)
def test_number_word_count_kept(task, value):
    from luoshi.engine.indicators import parse

    assert [i.value for i in parse(task)[0] if i.kind == "count"] == [value]


def test_programme_name_beside_an_amount():
    from luoshi.engine.indicators import parse

    assert [(i.value, i.unit) for i in parse("百项重点产业项目完成投资80亿元")[0]] == [(80.0, "亿元")]


# Task 3: an activity held about a service, dated by the task (10月组织开展…宣传活动), is an event (README rule question
# 6: its preparation on pace before its date), not a round of service (rule question 46: not started).
EVENTS_ABOUT_A_SERVICE = [
    ("10月组织开展食品安全知识培训宣传活动。", "活动方案已制定，定于10月开展。", date(2026, 8, 31)),
    ("11月开展安全隐患排查宣传月活动。", "已完成活动方案制定，预计11月开始。", date(2026, 9, 30)),
    ("10月开展全县职工技能培训宣传周活动。", "宣传周将于10月启动，目前正在准备。", date(2026, 9, 30)),
]
ROUNDS_OF_SERVICE = [
    ("开展适龄妇女两癌筛查，并做好宣传。", "筛查拟于10月启动，已完成方案制定。", date(2026, 8, 31)),
    ("完成全市农村劳动力技能培训5000人次。", "培训定于10月开班，目前已完成机构遴选。", date(2026, 8, 31)),
]


@pytest.mark.parametrize("task,progress,as_of", EVENTS_ABOUT_A_SERVICE)
def test_event_about_a_service_is_an_event(task, progress, as_of):
    assert judge(task, progress, as_of).status == "on_track"


@pytest.mark.parametrize("task,progress,as_of", ROUNDS_OF_SERVICE)
def test_round_of_service_still_not_started(task, progress, as_of):
    assert judge(task, progress, as_of).status == "not_started"


# The statement's own margin in points is a figure, judged by the band (rule question 47): within five points on pace,
# beyond them ahead.
@pytest.mark.parametrize(
    ("progress", "status"),
    [
        ("全镇招商引资工作推进较好，超过时间进度3个百分点。", "on_track"),
        ("其中，城区更新项目完成投资进度较快，快于序时进度4.5个百分点。", "on_track"),
        ("全镇招商引资工作推进较好，超过时间进度8个百分点。", "ahead"),
        ("全县外贸工作超序时进度6个百分点。", "ahead"),
    ],
)
def test_the_statements_margin_in_points_is_judged_by_the_band(progress, status):
    outcome = judge("加快推进年度重点项目建设。", progress, date(2026, 8, 31))
    assert (outcome.status, outcome.basis) == (status, "figures")
