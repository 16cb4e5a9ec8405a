"""Statusb's rules of stop 51 (invented207's first run; the same phenomena in invented154, invented186 and invented203):
events said held beside preparation still going on, a road's surface counted within its earlier layer, and a few
items named one by one, some finished and the rest not begun, past mid-year.

* An event said held (已于4月举办, 于9月23日举办 on or before the report's day) beside an event's preparation said going
  on or ready outside a plan (正在筹备, 筹备工作已就绪: words.toml completion.event_preparing) is not every event held —
  another the task names, or the same one put off from its first date, is still to come: on pace, not completed.
  Preparation only in a plan (下步将着手第二届的筹备工作) leaves the event held.
* A road's earlier layer (路基, 基层: words.toml figure.earlier_step) named with the task's own object matched the target
  by its subject; a smaller figure of its unit after 其中 in the same sentence naming no earlier layer (其中完成路面铺设16公里)
  is the surface laid, the count of the work done (rules/assigning._later_layer_within).
* A count answered batch by batch (第一批60户已全部完成；第二批90户已完成55户: words.toml report.batch_lead), the
  batches' own counts adding up to the task's: a batch said all done counts whole, another by the count said done in
  it, and their sum is the count done against the band (rules/status_stage._batches_done; invented156, invented157).
* On a task of two to five items, items said finished each in a clause of its own naming it, the rest not begun or only
  preparing past mid-year: that count against the items decides by the band (README rule question 4), not the item not
  begun — one of two finished at 30 June is on pace, at 30 September behind (rules/works.items_done_share).

Sentences invented in the manner of districts' and counties' mid-year and third-quarter tables."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

_JUN30, _SEP30 = date(2026, 6, 30), date(2026, 9, 30)

CASES = [
    # events: one held, another still preparing → on pace
    ("办好春季龙舟赛、秋季美食节两项节庆活动。",
     "龙舟赛已于6月18日圆满举办；美食节定于10月中旬举行，场地招商等筹备工作正在推进。", _JUN30, "on_track"),
    ("举办读书节、科普周、非遗展演等系列文化活动。",
     "读书节、科普周已顺利举办；非遗展演正在筹备，计划11月举行。", _SEP30, "on_track"),
    # the same event put off from its first date, preparation ready → on pace
    ("举办第二届乡村文化艺术节。",
     "艺术节原定于8月8日举办，因汛情推迟至10月下旬，目前各项筹备工作基本就绪。", _SEP30, "on_track"),
    # held, nothing else to come → completed; preparation only in a plan stays completed
    ("举办第四届全民健身运动会。", "运动会已于5月20日顺利举办，参赛群众3200人次。", _JUN30, "completed"),
    ("举办首届农产品展销会。", "展销会已于4月成功举办。下步将着手第二届展销会的筹备工作。", _JUN30, "completed"),
    # a road's surface within its earlier layer, the task's object named with the layer
    ("完成农村公路提档升级40公里。", "农村公路提档升级已完成路基工程24公里，其中完成路面铺筑13公里。", _JUN30, "behind"),
    ("完成县乡道路改造30公里，实施危桥改造6座。",
     "县乡道路改造已完成路基18公里，其中完成路面铺设9公里；危桥已完工2座，其余4座正在施工。", _JUN30, "behind"),
    # the layer unnamed with the object, and the surface's count in the band → on pace (as before)
    ("完成农村公路改造60公里。", "已完成路基45公里，其中完成路面铺设31公里。", _JUN30, "on_track"),
    # no earlier layer: the first figure is the work done, its 其中 a breakdown
    ("完成农村公路提档升级40公里。", "农村公路提档升级已完成21公里，其中完成路面黑化15公里。", _JUN30, "on_track"),
    # items named one by one: one of two finished, the other not begun, at mid-year → the band decides
    ("完成城东、城西2座公交首末站建设。", "城东首末站已建成投用；城西首末站因用地调规，尚未开工。", _JUN30, "on_track"),
    ("完成东街、西街2条背街小巷改造。", "东街改造已于5月完工；西街因管线迁改方案未定，尚未进场施工。", _JUN30, "on_track"),
    # two of three finished in one clause, the third designing → over the band
    ("新建社区公园3个。", "青松公园、翠湖公园已建成开放；滨江公园尚在方案设计。", _JUN30, "ahead"),
    # one of two finished at 30 September, or one of three at mid-year → behind
    ("完成城东、城西2座公交首末站建设。", "城东首末站已建成投用；城西首末站因用地调规，尚未开工。", _SEP30, "behind"),
    ("新建社区公园3个。", "青松公园已建成开放；翠湖公园正在施工；滨江公园尚在方案设计。", _JUN30, "behind"),
]


_JUL31, _AUG31 = date(2026, 7, 31), date(2026, 8, 31)

BATCHES = [
    # one batch whole, another part done: their sum against the task's count
    ("完成公租房配租490套", "首批房源310套已全部完成配租;第二批180套已配租54套,配租率30%。", _JUL31, "ahead"),
    ("完成农村低保家庭危房改造200户", "县住建局：第一批80户已全部改造完成；第二批120户已完成改造70户，其余正在施工。",
     date(2024, 8, 31), "ahead"),
    ("完成老旧住宅二次供水改造200户。", "第一批80户已全部完成改造；第二批120户已完成改造35户，其余正在施工。", _AUG31, "behind"),
    ("完成残疾人家庭无障碍改造100户。", "第一批40户均已完成改造；第二批60户已完成20户。", _JUN30, "ahead"),
    ("完成残疾人家庭无障碍改造100户。", "第一批40户均已完成改造；第二批60户已完成12户。", _JUN30, "on_track"),
    # both batches whole → done
    ("完成农村危房改造120户。", "第一批70户已全部完成改造；第二批50户已全部完工。", _AUG31, "completed"),
    # batches as a breakdown of a count done: that count, as before
    ("完成农村危房改造120户。", "已完成改造70户，其中第一批40户、第二批30户。", _AUG31, "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,status", BATCHES, ids=[f"{t}|{p}|{d}" for t, p, d, _ in BATCHES])
def test_statusb51_batches(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status


KNOWN_MISSES = [
    pytest.param("完成县乡道路改造30公里。", "县乡道路改造已完成路基工程18公里，其中完成沥青路面铺设9公里。", _JUN30, "behind",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "the surface laid named by its material (沥青路面) in the clause of work done is read as the rest of "
                     "the works at their last step, holding the pace, though nothing is said of the rest")),
                 id="asphalt-surface-within-roadbed"),
]


@pytest.mark.parametrize("task,progress,as_of,status", KNOWN_MISSES)
def test_statusb51_known_misses(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status


@pytest.mark.parametrize("task,progress,as_of,status", CASES, ids=[f"{t}|{p}|{d}" for t, p, d, _ in CASES])
def test_statusb51(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status
