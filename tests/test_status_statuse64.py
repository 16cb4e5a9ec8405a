"""Stop 64, statuse: a single rate cap (控制在…‰以内) said kept under its limit in words, no figure (远低于控制指标,
控制在目标以内) is a level held — on track before the deadline, completed after it (README rule question 8;
words.toml report.cap_kept_in_words, rules/status_measures._cap_kept_in_words).  Near misses: a denial (不低于), a
forecast, a count target, a lag said beside it."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUNE = date(2026, 6, 30)
DEC31 = date(2026, 12, 31)

CAP_KEPT = [
    (
        "5 | 安全生产 | 工矿商贸企业从业人员伤亡率控制在1.2‰以内 | 全年 | 安监科",
        "1—6月：全县工矿商贸企业从业人员伤亡率低于控制目标。",
    ),
    (
        "7 | 食品安全 | 食品抽检不合格率控制在3%以内 | 全年 | 食品科",
        "1—6月：完成抽检860批次，不合格率远低于控制指标。",
    ),
    (
        "9 | 火灾防控 | 较大火灾发生率控制在2%以内 | 全年 | 防火科",
        "上半年火灾形势平稳，较大火灾发生率控制在目标以内。",
    ),
    (
        "3 | 林业有害生物 | 林业有害生物成灾率控制在3‰以内 | 全年 | 森防站",
        "截至6月底，成灾率在控制指标以内，监测覆盖率98%。",
    ),
]


@pytest.mark.parametrize("task,progress", CAP_KEPT)
def test_rate_cap_kept_in_words_held(task, progress):
    assert judge(task, progress, JUNE).status == "on_track"


def test_rate_cap_kept_in_words_after_deadline_completed():
    task, progress = CAP_KEPT[1]
    assert judge(task, progress.replace("1—6月", "全年"), DEC31).status == "completed"


NEAR_MISSES = [
    # denied: not under the cap
    (
        "7 | 食品安全 | 食品抽检不合格率控制在3%以内 | 全年 | 食品科",
        "1—6月：受个别批次影响，不合格率不低于控制指标。",
    ),
    # a forecast, not a level held
    (
        "9 | 火灾防控 | 较大火灾发生率控制在2%以内 | 全年 | 防火科",
        "1—6月：正在开展隐患排查，预计全年较大火灾发生率将低于控制指标。",
    ),
]


@pytest.mark.parametrize("task,progress", NEAR_MISSES)
def test_rate_cap_not_said_kept_is_not_held(task, progress):
    assert (
        judge(task, progress, JUNE).status != "on_track"
        or judge(task, progress, JUNE).rule != "RateWithoutFigure"
    )


def test_count_target_not_read_as_cap_kept():
    # a count to reach is no cap: the words do not make it held
    r = judge(
        "4 | 消防站 | 新建乡镇专职消防站6个 | 全年 | 防火科",
        "1—6月：已建成2个，火灾发生率低于控制指标。",
        JUNE,
    )
    assert r.rule != "RateWithoutFigure"


# A round of checks or service dated to a later quarter (安排在三季度开展) or by a bare month and its start verb (11月开展),
# before its deadline, nothing else said: not started (README rule question 46; rules/status_statements._service_round_dated).
ROUND_DATED = [
    (
        "6 | 校园安全 | 开展中小学校园安全专项检查 | 三季度 | 教育股",
        "1—6月：该项工作安排在三季度开展。",
        JUNE,
    ),
    (
        "8 | 健康体检 | 组织65岁以上老年人健康体检 | 四季度 | 医政股",
        "上半年：体检工作计划于第四季度开展，目前已制定实施方案。",
        JUNE,
    ),
    ("12 抽查 / 开展年度出版物市场抽查 / 11月 / 市场科", "11月开展。", date(2026, 10, 31)),
    ("3 | 电梯安全 | 开展全市电梯安全大检查 | 10月 | 特设股", "该项工作安排于10月开展。", date(2026, 9, 30)),
]


@pytest.mark.parametrize("task,progress,as_of", ROUND_DATED)
def test_round_dated_later_not_started(task, progress, as_of):
    assert judge(task, progress, as_of).status == "not_started"


ROUND_NEAR_MISSES = [
    # the quarter already over with no word the round happened: late, not "not started"
    (
        "6 | 校园安全 | 开展中小学校园安全专项检查 | 全年 | 教育股",
        "该项工作安排在二季度开展。",
        date(2026, 9, 30),
        "not_started",
    ),
    # a bare month already past is a narrative of work, never a round dated to come
    ("12 抽查 / 开展年度出版物市场抽查 / 12月 / 市场科", "5月开展。", date(2026, 10, 31), "not_started"),
    # work done beside the date: judged by what is done
    (
        "6 | 校园安全 | 开展中小学校园安全专项检查 | 三季度 | 教育股",
        "1—6月：已检查学校42所，其余安排在三季度开展。",
        JUNE,
        "not_started",
    ),
]


@pytest.mark.parametrize("task,progress,as_of,not_expected", ROUND_NEAR_MISSES)
def test_round_dated_near_misses(task, progress, as_of, not_expected):
    assert judge(task, progress, as_of).status != not_expected


def test_event_task_not_a_round():
    # an event to hold keeps rule question 6 (its preparation on pace), not the round's reading
    r = judge(
        "9 | 宣传月 | 举办“安全生产月”宣传活动 | 6月 | 宣教股",
        "该活动安排在6月开展，目前正在筹备。",
        date(2026, 5, 31),
    )
    assert r.status != "not_started"
