"""Items under way hold the pace of a count up to its deadline (issue 11, "完成2个,施工8个 of 10 at mid-year"; the labels'
README rule question 4 as decided at stop 47): a table of (task, progress, as of) → verdict.  Every row is invented
for this file.

A count of separate works (个, 座, 所, 户) with some done and every other item said begun — the rest named (其余…正在施工)
or the whole said begun (…已全部开工，其中完工…; …全部进场施工), its step in the clause after it read with it
(其余5所均已进场，正在进行屋面施工) — is on track at any date before the deadline, however
few are done; once the deadline has passed it is behind.  Where an item is only prepared, the figure decides."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUN, SEP, OCT, DEC = date(2024, 6, 30), date(2024, 9, 30), date(2024, 10, 31), date(2024, 12, 31)

ROWS = [
    # the whole said begun, few done, before the deadline
    (("完成城中村微改造24个", "24个村已全部开工，其中完工6个。", JUN), "on_track"),
    (("新建社区食堂12个", "12个食堂均已开工建设，建成投用3个。", SEP), "on_track"),
    (("完成农村供水站提升15座", "15座供水站全部进场施工，完工7座。", OCT), "on_track"),
    # the rest named under way, late in the year
    (("新建乡镇敬老院5所", "已建成2所，其余3所正在进行内部装修。", OCT), "on_track"),
    # the rest said begun, its step in the next clause with no subject of its own: read together
    (("完成农村中小学校舍改造8所", "3所已完工，其余5所均已进场，正在进行管线改造和路面施工。", SEP), "on_track"),
    # (guard: that step itself short of what the time asks — the foundations a month before November)
    (("完成农村中小学校舍改造8所", "3所已完工，其余5所均已进场，正在进行基础施工。", OCT), "seriously_behind"),
    # the deadline passed with items still under way: behind
    (("完成城中村微改造24个", "24个村已全部开工，其中完工18个。", DEC), "behind"),
    # guards: an item only prepared beside them — the figure decides
    (("新建社区食堂12个", "建成投用3个，5个正在施工，4个正在选址。", SEP), "seriously_behind"),
    # a plan to begin them all is no work begun
    (("完成农村供水站提升15座", "已完工4座，计划7月底前全部开工。", SEP), "seriously_behind"),
]


@pytest.mark.parametrize("row,expected", ROWS, ids=[f"{r[1]}@{r[2]}" for r, _ in ROWS])
def test_items_under_way_hold_the_pace_until_the_deadline(row, expected):
    a = judge(*row)
    assert a.status == expected, (a.rule, a.reason)
