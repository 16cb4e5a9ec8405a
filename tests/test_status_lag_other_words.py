"""Issue 11, pagesx (stop 41): a lag stated in words the engine did not know — the progress said short of what was hoped
(进展情况未如理想, 效果不尽如人意), and the pace said affected with the work's own name between (影响了移民安置项目的实施进度,
the name longer than six characters) — is behind by the reply's own statement (PaceStatement), not on pace by the stage
of the work beside it.  Seen in the real rows of two governments (pages13, a street office's road at the year's end;
pages23, a prefecture's resettlement plan awaiting its change); the rows here are in other words.  Guards: the effect
denied or avoided, a slight effect, a hope met (达到预期), an effect on something other than the pace."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    (("新建城北农贸市场", "因用地手续办理周期较长，市场建设进展未如理想，目前主体施工至二层。", date(2026, 9, 30)), "behind"),
    (("完成老旧小区改造12个", "受居民意见不统一影响，改造推进情况不尽如人意，目前已完成5个。", date(2026, 6, 30)), "behind"),
    (("实施城南污水管网改造工程", "汛期持续降雨，影响了城南管网改造的施工进度，目前已完成管道铺设。", date(2026, 8, 31)),
     "behind"),
    # guards: the effect denied or avoided, a slight effect, an effect on something else, a hope met
    (("实施城南污水管网改造工程", "采取夜间施工措施，未影响城南管网改造的施工进度，目前正在铺设管道。", date(2026, 8, 31)),
     "on_track"),
    (("实施城南污水管网改造工程", "为避免影响周边居民出行，分段围挡施工，目前正在铺设管道。", date(2026, 8, 31)), "on_track"),
    (("实施城南污水管网改造工程", "汛期降雨对管网改造工程施工进度的影响不大，目前正在铺设管道。", date(2026, 8, 31)), "on_track"),
    (("新建城北农贸市场", "市场主体结构已封顶，正在进行内部装修，进展达到预期。", date(2026, 9, 30)), "on_track"),
]


@pytest.mark.parametrize("given,expected", CASES, ids=[f"{g[0]}|{g[1]}" for g, _ in CASES])
def test_lag_in_other_words(given, expected):
    assert judge(*given).status == expected
