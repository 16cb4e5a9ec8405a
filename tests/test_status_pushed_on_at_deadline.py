"""Issue 11, statusb (stop 45): the unit's 有序推进 when the time is up, and a count said to go on.

Invented rows in the manner of year-end progress tables (no page's sentence, no scored row).  Left open at stop 44:
a count said 正有序推进 read as the count done, and the unit's own 有序推进 at the deadline read on pace.  By the labels'
conventions (bench/labels/status/README.md: rule 5's 有序推进 is on pace with nothing checkable; docs/status-rules.md:
once the deadline has passed, a part that must be finished and is only under way is behind):

* a count whose verb of the work stands right before the formula (12个小区改造正有序推进) is under way, not done;
* once the deadline has passed, the unit's 有序推进 alone on a task asked finished (完成, 建成, 竣工: words.toml
  task.must_finish) is behind; a task asking no finish (建设, 深化, 谋划) stays on pace by the claim;
* a target whose items are themselves preparation (前期项目) said to go on at the year's end is on pace: no finish was
  asked of it."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

YEAR_END = date(2024, 12, 31)
MID_YEAR = date(2024, 6, 30)

MENDED = [
    (("完成城西片区雨污分流改造。", "区住建局：该项目正按计划有序推进中。", YEAR_END), "behind"),
    (("年内建成县档案馆新馆。", "项目建设有序推进。", YEAR_END), "behind"),
    (("完成老旧小区改造9个", "9个小区改造正有序推进。", YEAR_END), "behind"),
    (("完成老旧小区改造9个", "9个小区改造工作均在稳步推进。", MID_YEAR), "on_track"),
    (("8个前期项目", "8个前期项目均在有序推进。", YEAR_END), "on_track"),
]

GUARDS = [
    (("完成城西片区雨污分流改造。", "区住建局：该项目正按计划有序推进中。", MID_YEAR), "on_track"),
    (("建设智慧停车管理平台。", "正有序推进。", YEAR_END), "on_track"),
    (("深化国资国企改革", "各项改革举措有序推进。", YEAR_END), "on_track"),
    (("完成背街小巷整治15条", "15条背街小巷整治已全部完成。", YEAR_END), "completed"),
    (("完成背街小巷整治15条", "15条背街小巷整治工作正稳步推进。", YEAR_END), "behind"),
    (("完成老旧小区改造9个", "已改造9个小区,正有序推进验收。", YEAR_END), "completed"),
]


@pytest.mark.parametrize("given,expected", MENDED + GUARDS, ids=lambda v: v[1] if isinstance(v, tuple) else v)
def test_pushed_on_at_deadline(given, expected):
    assert judge(*given).status == expected
