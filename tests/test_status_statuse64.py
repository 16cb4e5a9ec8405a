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
    ("5 | 安全生产 | 工矿商贸企业从业人员伤亡率控制在1.2‰以内 | 全年 | 安监科", "1—6月：全县工矿商贸企业从业人员伤亡率低于控制目标。"),
    ("7 | 食品安全 | 食品抽检不合格率控制在3%以内 | 全年 | 食品科", "1—6月：完成抽检860批次，不合格率远低于控制指标。"),
    ("9 | 火灾防控 | 较大火灾发生率控制在2%以内 | 全年 | 防火科", "上半年火灾形势平稳，较大火灾发生率控制在目标以内。"),
    ("3 | 林业有害生物 | 林业有害生物成灾率控制在3‰以内 | 全年 | 森防站", "截至6月底，成灾率在控制指标以内，监测覆盖率98%。"),
]


@pytest.mark.parametrize("task,progress", CAP_KEPT)
def test_rate_cap_kept_in_words_held(task, progress):
    assert judge(task, progress, JUNE).status == "on_track"


def test_rate_cap_kept_in_words_after_deadline_completed():
    task, progress = CAP_KEPT[1]
    assert judge(task, progress.replace("1—6月", "全年"), DEC31).status == "completed"


NEAR_MISSES = [
    # denied: not under the cap
    ("7 | 食品安全 | 食品抽检不合格率控制在3%以内 | 全年 | 食品科", "1—6月：受个别批次影响，不合格率不低于控制指标。"),
    # a forecast, not a level held
    ("9 | 火灾防控 | 较大火灾发生率控制在2%以内 | 全年 | 防火科", "1—6月：正在开展隐患排查，预计全年较大火灾发生率将低于控制指标。"),
]


@pytest.mark.parametrize("task,progress", NEAR_MISSES)
def test_rate_cap_not_said_kept_is_not_held(task, progress):
    assert judge(task, progress, JUNE).status != "on_track" or judge(task, progress, JUNE).rule != "RateWithoutFigure"


def test_count_target_not_read_as_cap_kept():
    # a count to reach is no cap: the words do not make it held
    r = judge("4 | 消防站 | 新建乡镇专职消防站6个 | 全年 | 防火科", "1—6月：已建成2个，火灾发生率低于控制指标。", JUNE)
    assert r.rule != "RateWithoutFigure"
