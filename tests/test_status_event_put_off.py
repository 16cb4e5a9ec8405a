"""Issue 11, statusy (stop 40): an event of this year (举办…, 召开…) put off to next year (推迟至明年, 改为明年举办,
延期到下一年度) is not held this year: behind (the lead's decisions D9 and D11, stops 52 and 53; not started until then;
a person should look, as for a cancellation) — not under way by its preparation.  From invented167's and invented168's first runs and invented164's (three manners); the rows here are in
other words.  Guards: an event put off within the year with its preparation going on, an event held with next year's
edition planned."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    # put off to next year, before the year's end as well: behind (the lead's decision D11, stop 53; it was not_started)
    (("举办首届山地自行车邀请赛", "区文体局：赛事原定10月举行，因赛道改造未完成，推迟至明年举办。", date(2026, 10, 31)), "behind"),
    (("召开全市民营经济发展大会", "大会延期到下一年度召开，会议方案已完成修改。", date(2026, 11, 30)), "behind"),
    # at the year's end, its deadline come, the deferral is behind (the lead's decision D9, stop 52; it was not_started)
    (("举办第四届梨花文化节", "梨花节因花期提前、筹备不及，改为明年春季举办。", date(2026, 12, 31)), "behind"),
    # guards
    (("举办全县中小学生运动会", "运动会由6月推迟至10月举办，场地维修正在进行。", date(2026, 6, 30)), "on_track"),
    (("召开全县招商引资推介会", "推介会已于6月举办，签约项目12个，明年将继续举办。", date(2026, 6, 30)), "completed"),
]


@pytest.mark.parametrize("given,expected", CASES, ids=[f"{g[0]}|{g[1]}" for g, _ in CASES])
def test_event_put_off_to_next_year(given, expected):
    assert judge(*given).status == expected
