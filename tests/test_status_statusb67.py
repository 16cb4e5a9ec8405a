"""Issue 11, statusb (stop 67): what invented274's first run missed — a county forestry bureau's ledger of its key work
at 31 August, its columns flattened with bars (…｜目标｜时限｜股室; 进展情况：…｜存在问题：…｜下步措施：…) — mended by general
rules and tested on sentences written here in other words than any label row, each with guards that must not move.

* A zero aim ends at a table's column bar as at punctuation (不发生…事故｜2026年12月底前｜…: the thing, not the columns).
* A zero aim naming a grade (不发生重大…, 杜绝较大及以上…: words.toml report.incident_grade_named) is not broken by incidents
  said of the lowest grade (发生一般…3起: report.incident_grade_lowest); an incident with no grade, or an aim with none,
  breaks it as before.
* The rest's count (其余70户…) with no word of its own takes no stage from the clauses before it — the rest is what they
  did not reach — only from those after it, and with nothing said is no work done (rules/building).
* A period's figure after 其中 (其中8月份…, 其中本月…: words.toml time.among_period) is within the figure of its unit
  before it, never the count done (rules/building._period_among_within).
* 基层 of the grassroots (基层干部, 基层农技人员: judging.toml words.works_step_not) is no road's base course, so people
  trained there are no works only at a step (rules/judging._step_only).
* A round of service dated to a later month keeps rule question 46's reading beside a column that says there is no
  problem (｜存在问题：无): a section of none says nothing (rules/status_statements).
* The year opening a finished clause's subject (年度清淤任务已全面完成: completion.subject_period_lead) is no word of its
  object, and an acceptance by a level named between (并通过市级检查验收) is no other object of the finish
  (rules/judging_clauses).
"""

from datetime import date

import pytest

from luoshi.engine.indicators import parse
from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUL = date(2026, 7, 31)
AUG = date(2026, 8, 31)
SEP = date(2026, 9, 30)


@pytest.mark.parametrize("task,metric", [
    ("03｜安全监管｜全年不发生较大及以上生产安全事故｜2026年12月底前｜安全监管股", "较大及以上生产安全事故"),
    ("不发生重大水上交通事故|全年|海事股", "重大水上交通事故"),
    # guards: no bar, the aim's words as before
    ("全年不发生重大水上交通事故", "重大水上交通事故"),
    ("守住不发生规模性返贫的底线", "规模性返贫"),
])
def test_zero_aim_ends_at_a_column_bar(task, metric):
    zero = next(i for i in parse(task)[0] if i.kind == "zero")
    assert zero.metric == metric, zero


STATUS = [
    # a graded zero aim: incidents of the lowest grade do not break it
    ("全年不发生重大及以上道路交通事故，交通事故死亡人数控制在25人以内",
     "1—9月全县发生一般道路交通事故3起，死亡9人，未发生重大道路交通事故。", SEP, "on_track"),
    ("杜绝较大及以上水上交通事故｜2026年12月底前｜海事股",
     "进展情况：今年以来发生轻微水上交通事故1起，无人员伤亡，未发生较大及以上事故。", AUG, "on_track"),
    # guards: an incident of the aim's grade, an incident with no grade, or an aim naming no grade still break it
    ("全年不发生重大及以上道路交通事故", "1—9月发生重大道路交通事故1起。", SEP, "behind"),
    ("全年不发生较大及以上道路交通事故", "1—9月发生道路交通事故2起。", SEP, "behind"),
    ("全年不发生生产安全事故", "1—9月发生一般生产安全事故2起。", SEP, "behind"),
    # the rest's count with no stage of its own is no work done
    ("完成城镇燃气用户安全入户检查8000户｜2026年9月底前", "已完成入户安全检查7100户，其余900户用户长期不在家。", AUG,
     "on_track"),
    ("完成城镇燃气用户安全入户检查8000户｜2026年9月底前",
     "已完成入户安全检查7100户，其余900户用户长期不在家，工作人员正在预约上门。", AUG, "on_track"),
    ("完成沿街店铺燃气安全检查1200家", "已完成检查700家，其余500家店铺处于停业状态。", AUG, "behind"),
    # guards: the rest said done or under way by its own words
    ("完成农村危旧房屋整治600户", "已完成整治410户，其余190户已完成整治。", AUG, "completed"),
    ("完成农村危旧房屋整治600户", "已完成整治410户，其余190户正在整治。", AUG, "on_track"),
    # a period's figure after 其中 is within the figure before it
    ("全年开展企业安全生产培训2000人次", "今年以来培训企业从业人员1100人次，其中8月份培训260人次。", AUG, "behind"),
    ("全年开展企业安全生产培训2000人次", "今年以来培训企业从业人员1300人次，其中本月培训180人次。", AUG, "on_track"),
    # a running total beside one of its months after 其中 (a strict xfail of tests/test_status_rules.py before): the
    # half year's 22 of 60 is read, behind
    ("完成城乡道路绿化60公里", "1-6月完成22公里,其中6月完成8公里。", date(2026, 6, 30), "behind"),
    # guard: a breakdown by kind after 其中 is no period — the figure before it still answers
    ("全年开展企业安全生产培训2000人次", "今年以来开展企业安全生产培训1300人次，其中班组长420人次。", AUG, "on_track"),
    # 基层 of the grassroots: people trained, no works at a step
    ("全年开展干部教育培训1200人次", "已培训基层党员干部560人次。", AUG, "behind"),
    ("全年开展干部教育培训1200人次", "已培训基层党员干部780人次。", AUG, "on_track"),
    # a round dated to a later month beside a problems column of none: not yet begun
    ("完成全县中小学生视力筛查3万人｜2026年11月底前｜疾控股",
     "进展情况：筛查工作定于10月启动，目前已完成筛查设备采购。｜存在问题：无。｜下步措施：按计划组织筛查。", SEP, "not_started"),
    # guard: the month already passed is late
    ("完成全县中小学生视力筛查3万人｜2026年11月底前｜疾控股",
     "进展情况：筛查工作定于8月启动，目前已完成筛查设备采购。｜存在问题：无。", SEP, "behind"),
    # the year before a finished clause's subject, and an acceptance by a named level
    ("完成2026年度河道清淤疏浚，清淤土方8万立方米｜2026年6月底前｜河道股",
     "截至6月15日，累计清淤土方8.4万立方米，年度清淤任务已全面完成并通过市级检查验收。", JUL, "completed"),
    # guard: a finished clause about another work leaves the part unanswered
    ("完成2026年度河道清淤疏浚，清淤土方8万立方米｜2026年6月底前｜河道股",
     "截至6月15日，累计清淤土方8.4万立方米，年度堤防养护任务已全面完成。", JUL, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", STATUS, ids=[p for _, p, _, _ in STATUS])
def test_status(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# Left for a later stop (invented274's remaining misses, in other words):
MISSES = [
    # a figure's name shortening the part's in another order (低效林改造 for 改造低效毛竹林) after 已完成: unmatched,
    # the part unanswered and the row read on pace by its other part; a careful reader matches it (600/1500 under the band)
    ("新建竹林基地2000亩、改造低效毛竹林1500亩",
     "新建竹林基地2100亩已全部完成；低效林改造已完成600亩，其余900亩安排在冬季实施。", AUG, "behind"),
    # a quota's cap answered by the volume its permits allow (许可开采量): the permits read as the works' preparation and
    # the row behind by the stage ladder; a careful reader sees the cap held (on pace before the year's end)
    ("全年矿产资源开采总量控制在30万吨以内",
     "1—8月共核发采矿许可证12份，许可开采量18万吨，占年度控制总量的60%，未发生超量开采。", AUG, "on_track"),
]


@pytest.mark.xfail(strict=True, reason="invented274's remaining misses: left for a later stop")
@pytest.mark.parametrize("task,progress,as_of,status", MISSES, ids=[p for _, p, _, _ in MISSES])
def test_left_for_later(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)
