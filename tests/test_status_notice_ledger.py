"""Issue 11, statusd (stop 50): rectification ledgers and start rates, in sentences written for this file.

- A count whose clause only serves a notice or summons on its items (下达限期整改通知书, 约谈) is ordered, not done:
  the done count alone is measured (judging.toml words.notice_served) — unless the task itself is the summons.
- A rectification ledger's closing status (整改状态：已完成 / 已销号) is the office's verdict on the row (rules.LedgerClosed),
  unless a figure short of its target says otherwise.
- A start rate of 100% said met by every project (均已开工…开复工率达100%) is done: a rate of items reaching a step once
  cannot fall back, unlike a level held (达标率100%: on pace until the deadline).
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    # notices are not the work done
    (("拆除违法建设80处。整改时限：9月底前。", "已拆除违法建设30处，其余50处已下达限期整改通知书。", date(2025, 9, 30)),
     "seriously_behind"),
    (("清理整治违规广告牌60处。", "已拆除违规广告牌20处，其余40处已下达限期整改通知书。", date(2025, 6, 30)), "behind"),
    (("清理整治违规广告牌60处。", "已拆除违规广告牌20处，其余40处正在拆除。", date(2025, 6, 30)), "on_track"),
    # the summons is the task's own work
    (("约谈安全生产问题企业20家。", "已约谈问题企业12家。", date(2025, 9, 30)), "behind"),
    # a ledger closed
    (("某某路段井盖缺失。整改目标：补齐井盖并加装防坠网。整改时限：8月底前。",
      "整改进展：已补齐井盖14个并加装防坠网。整改状态：已完成。", date(2025, 10, 31)), "completed"),
    (("某某菜市场周边污水横流。整改目标：完成排水沟清淤和修复。整改时限：7月底前。",
      "整改进展：排水沟清淤修复已于7月10日完工，经街道验收合格。整改状态：已完成，已销号。", date(2025, 10, 31)), "completed"),
    # a ledger closed beside a figure short of its target: the figure decides
    (("某某片区占道经营。整改目标：清理占道摊点30处。整改时限：9月底前。",
      "整改进展：已清理占道摊点18处。整改状态：已完成。", date(2025, 10, 31)), "behind"),
    # every project started against a start rate of 100%
    (("省级重点项目开工率达到100%", "截至8月底，全市18个省级重点项目均已开工建设，开工率达100%。", date(2025, 8, 31)),
     "completed"),
]


@pytest.mark.parametrize("given,expected", CASES)
def test_notice_ledger(given, expected):
    assert judge(*given).status == expected


def test_level_of_100_is_held_until_the_deadline():
    # 断面达标率 is a level: every section meeting it mid-year holds the rate, it does not finish the task.
    out = judge("地表水断面水质达标率100%", "全市12个断面水质均达到考核要求。", date(2025, 6, 30))
    assert out.status == "on_track"


# Steps named to finish that lead to works asked by a later node (…完成土地摘牌，…开工) are not the whole task: before
# the start node, land taken and design in review is preparation on pace; a task of the step alone is done by it.
STEPS_THEN_WORKS = [
    (("某某仓储物流项目：3月底前完成土地摘牌，9月底前开工。", "土地已于3月摘牌，施工图设计正在审查。", date(2025, 5, 31)),
     "on_track"),
    (("某某仓储物流项目：4月底前完成土地摘牌。", "土地已于4月摘牌。", date(2025, 7, 31)), "completed"),
]


@pytest.mark.parametrize("given,expected", STEPS_THEN_WORKS)
def test_steps_then_works(given, expected):
    assert judge(*given).status == expected
