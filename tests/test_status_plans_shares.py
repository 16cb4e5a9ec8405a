"""Issue 11, pagesfix (stop 43): one figure's shares of several plans named after 分别 (分别占省计划、县计划的171.8%、100%),
and a task's count of households then persons (搬迁1085户3974人).  Every row is invented for this file in the manner of
progress reports; none is a page's sentence.

* 分别占A计划、B计划的x%、y%: the shares in the order of the plans named after 分别 and 占/为/完成, each name ending on a
  plan, task or target word; the row whose task names one plan (市计划 in 市计划下达…) takes its share; a plan named
  twice or never, or counts that differ, give none (progress._plans_share).
* A count in persons written right after a count of households, nothing between and no name of its own (…户…人: words.toml
  figure.group_then_members), counts the same group twice: one target, answered by the households' count or the plan's
  share (task_parts._second_unit_dropped) — not a second part left unreported."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

PLANS_SHARES = [
    (("市计划下达易地搬迁300户1100人", "年内安置房已全部建成;搬迁入住330户1210人,分别占市计划、县计划的110%、100%。", date(2022, 12, 31)),
     "completed"),
    (("县计划实施易地搬迁360户", "搬迁入住330户1210人,分别占市计划、县计划的110%、91.7%。", date(2022, 12, 31)), "behind"),
    (("省定任务新建农村公路80公里", "新建农村公路96公里,分别完成省定任务、市定任务的120%、96%。", date(2022, 12, 31)), "completed"),
    (("市定任务新建农村公路100公里", "新建农村公路96公里,分别完成省定任务、市定任务的120%、96%。", date(2022, 12, 31)), "behind"),
    # the households then persons counted once: the persons' count is no second part
    (("计划实施易地搬迁400户1500人", "截至9月底,已搬迁300户1120人。", date(2022, 9, 30)), "on_track"),
    # two units with words between them are two targets
    (("新建保障房1200套、9万平方米", "已建成600套、4.5万平方米。", date(2022, 9, 30)), "behind"),
]


@pytest.mark.parametrize("given,expected", PLANS_SHARES, ids=lambda v: v[1] if isinstance(v, tuple) else v)
def test_plans_shares(given, expected):
    assert judge(*given).status == expected


# A figure with no unit right between two runs of words (…示范点6美丽庭院…): its unit and the clause mark lost in copying
# a table; after the very name a count target of the task ends on, it is that target's count in its unit, its clause
# ending at the figure (building._unit_lost).  Not before a unit's or a date's word, nor where several names fit.
UNIT_LOST = [
    (("建成乡村振兴示范点12个,创建美丽庭院200户", "建成乡村振兴示范点6美丽庭院创建正在推进。", date(2022, 11, 30)), "behind"),
    (("新建社区养老服务站8个", "新建社区养老服务站8老年助餐点运行良好。", date(2022, 12, 31)), "completed"),
    (("新建社区养老服务站8个", "新建社区养老服务站3月底前完成选址,目前正在施工。", date(2022, 6, 30)), "on_track"),
    (("新建社区养老服务站8个", "社区养老服务站第3批正在施工。", date(2022, 6, 30)), "on_track"),
]


@pytest.mark.parametrize("given,expected", UNIT_LOST, ids=lambda v: v[1] if isinstance(v, tuple) else v)
def test_unit_lost_in_copying(given, expected):
    assert judge(*given).status == expected
