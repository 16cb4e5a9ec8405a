"""Issue 11, statusb (stop 45): a programme of items measured by its starts and the page's start rate.

Invented rows in the manner of county and district key-project bulletins (no page's sentence, no scored row).  Left open
at stop 44 (pages32's first run): key projects' start rate far over an early pace read on pace.  The labels' conventions
(bench/labels/status/README.md: a share against the pace, above the band ahead; docs/status-rules.md: a programme of
items with no verb of its own is measured by its starts): a task naming its items with no verb of its own (35个市级重点
项目), answered by the count started, none done anywhere in the reply, beside the start rate of the whole in the same
sentence (within a point of the count's share), is judged by that share against the pace.

Stop 48: the start rate alone (no count) of a programme of investment projects by its name (重点项目, 建设项目) is its share
begun too.  Guards: a livelihood programme's start rate alone, a task with a verb of its own, items finished beside the starts."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

EARLY = date(2023, 4, 30)       # pace 32.9%
MID_YEAR = date(2023, 6, 30)    # pace 49.6%

CASES = [
    (("35个市级重点项目", "城区供水管网改造等35个市级重点项目已开工24个,开工率68.6%。", EARLY), "ahead"),
    (("50个县级重点项目", "50个县级重点项目已开工26个,开工率52%。", MID_YEAR), "on_track"),
    # under half the pace: the starts' share, a figure, seriously behind (was behind by the rest's preparation)
    (("50个县级重点项目", "50个县级重点项目已开工9个,开工率18%,其余正在办理前期手续。", MID_YEAR), "seriously_behind"),
    # the start rate alone of a programme of investment projects by its name (stop 48: pages28's and pages30's held-out
    # rows so labelled; rules/status_statements.py _start_rate_of_programme)
    (("35个市级重点项目", "35个市级重点项目开工率68.6%。", EARLY), "ahead"),
    (("水利类重大项目", "水利类重大项目开工率45%。", MID_YEAR), "on_track"),
    (("第二批60个建设项目", "全县60个建设项目上半年开工21项,开工率35%。", MID_YEAR), "behind"),
    # every item said begun in words: the whole share begun
    (("交通类重大项目", "交通类重大项目已全部开工建设。", EARLY), "completed"),
    # guards
    (("20个民生实事项目", "20个民生实事项目开工率75%。", EARLY), "on_track"),
    (("实施30个重点项目", "30个重点项目开工率80%。", EARLY), "on_track"),
    (("新建改造农村公路35条", "已开工24条,开工率68.6%。", EARLY), "on_track"),
    (("20个民生实事项目", "20个民生实事项目已开工15个,开工率75%,其中2个项目已全面完成。", date(2023, 8, 31)),
     "seriously_behind"),
]


@pytest.mark.parametrize("given,expected", CASES, ids=lambda v: v[1] if isinstance(v, tuple) else v)
def test_programme_start_rate(given, expected):
    assert judge(*given).status == expected


def test_programme_start_rate_not_with_items_finished():
    # 其中已竣工12个: the programme measured by its finishes too — the start rate is not its share done
    assert judge("40个重点项目", "40个重点项目开工率90%,其中已竣工12个。", MID_YEAR).rule != "StatedRate"


def test_programme_all_begun_not_with_some_not_begun():
    # 其中2个尚未开工: not every item begun, whatever the first words say
    assert judge("全县重点项目20个", "全县重点项目已全部开工建设,其中2个尚未开工。", EARLY).rule != "StatedRate"
