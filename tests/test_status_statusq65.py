"""Issue 11, statusq (stop 65): the lead's decisions on four label questions (README rule questions 48–51), read by the
engine as general rules and tested on sentences written here in other words than any label row, each with guards that
must not move.

* 48 — a page's share in the band with its own note that a named item lags (76%（城西小学进度滞后）) is behind: the item
  said lagging is behind its own pace and any part behind is behind (progress._BARE_SHARE leaves the note to the
  statement readers).
* 49 — a growth of the wrong sign against a growth target (6% asked, a fall said) is seriously behind (rule question 2).
* 50 — a level that is a result reached once (a coverage, a standard raised, a share of people trained: words.toml
  level.result_noun) is completed when reached before its deadline (rules/judging.result_level); a level kept through the
  year (level.held_noun: 处理率, 参保率, 绿化覆盖率; or kept by the task's words, level.hold_verb: 保持在, 稳定在) stays on
  pace, and a level of neither list keeps its reading.  A reply saying the year's target, a level with its figure,
  reached (已实现…参训率60%的年度目标) is the whole said done, no share of the work (status_statements._TARGET_REACHED,
  status_measures.OwnWorkload) — held on pace when its level is a held one.
* 51 — a running figure whose period ended before the sheet's date and before the deadline's month (1-9月, 前9个月,
  截至9月底, 前三季度, 上半年 in a later sheet) is judged against the pace at its period's end (rules/case.Case.period_month,
  Case.period_pace; status_parts._period_paces): statistics come a month late.  A later month's own figure beside it, a
  period compared with (较1-8月), or a day inside a month leaves the sheet's pace.
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

SEP = date(2025, 9, 30)
JUN = date(2025, 6, 30)
AUG = date(2025, 8, 31)
OCT = date(2024, 10, 31)
MAR = date(2025, 3, 31)

STATUS = [
    # 48: a share in the band, its note naming an item that lags
    ("新建社区卫生服务站6个，新增床位300张。", "76%（城西服务站进度滞后）", SEP, "behind"),
    ("改造提升农贸市场9个。", "85%（东门、南关两个市场推进缓慢）", OCT, "behind"),
    ("新建社区卫生服务站6个。", "进度78%，其中城西服务站进度滞后。", SEP, "behind"),
    # 49: a fall against a growth target, a minus sign or 下降
    ("规模以上服务业营业收入，2025年目标任务为增速9%", "该指标为季报指标，1—3月增速-11.2%", MAR, "seriously_behind"),
    ("农产品出口额增长6%", "1-9月农产品出口额同比下降4.5%。", SEP, "seriously_behind"),
    # 50: a coverage, a standard raised, a share of people trained, reached before the deadline
    ("农村适龄妇女宫颈癌筛查覆盖率达到80%", "截至9月底，全县已筛查适龄妇女1.9万人，筛查覆盖率82.3%。", SEP, "completed"),
    ("村级卫生室标准化率达到90%", "全县村级卫生室标准化率达到92%。", JUN, "completed"),
    ("提高城乡特困人员基本生活标准",
     "城乡特困人员基本生活标准均已提高到位，其中城市每人每月1150元、农村每人每月880元，已完成年度目标。", AUG, "completed"),
    ("新型职业农民培训", "已实现全县新型职业农民参训率60%的年度目标", JUN, "completed"),
    ("农村实用人才培训", "已实现参训率70%的年度目标。", JUN, "completed"),
    ("新建口袋公园5个，农村适龄妇女宫颈癌筛查覆盖率达到80%", "已建成口袋公园5个；筛查覆盖率82.3%。", SEP, "completed"),
    # 51: running figures of a period ended, paced at its end (30 September: 74.8) in a sheet of 31 October (83.3)
    ("全年新增个体工商户4000户", "1-9月全区新增个体工商户2950户。", OCT, "on_track"),
    ("全年完成农产品网络零售额12亿元", "前三季度全县农产品网络零售额8.9亿元。", OCT, "on_track"),
    ("全年新增市场主体2600户", "截至9月底，全县新增市场主体1930户。", OCT, "on_track"),
    ("全年新增市场主体2600户", "前9个月全县新增市场主体1930户。", OCT, "on_track"),
    # and over that pace's band, ahead; under half of it, seriously behind
    ("全年新增个体工商户4000户", "1-9月全区新增个体工商户3500户。", OCT, "ahead"),
]

GUARDS = [
    # 48: a share in the band with no note, or a note that names no lag, stays on pace
    ("新建社区卫生服务站6个，新增床位300张。", "76%", SEP, "on_track"),
    ("改造提升农贸市场9个。", "85%（东门市场已完工）", OCT, "on_track"),
    # a lag once said and now made good is no lag
    ("年内完成河道清淤12公里", "前期因汛期影响进度较慢，现已全面加快，已完成9公里。", SEP, "on_track"),
    # 49: a rise short of the growth target is behind only; a fall beside a same-basis growth over the target holds it
    ("农产品出口额增长6%", "1-9月农产品出口额同比增长3.1%。", SEP, "behind"),
    ("农产品出口额增长6%", "1-9月农产品出口额同比下降2.1%，剔除去年同期一次性大额订单因素后，同口径增长6.8%。", SEP,
     "on_track"),
    # 50: a level kept through the year, by its name or by the task's words, stays on pace when reached
    ("农村生活垃圾无害化处理率达到95%", "农村生活垃圾无害化处理率96.1%。", SEP, "on_track"),
    ("城乡居民医保参保率稳定在97%以上", "全县城乡居民医保参保率97.8%。", SEP, "on_track"),
    ("建成区绿化覆盖率达到40%", "建成区绿化覆盖率40.6%。", SEP, "on_track"),
    ("城区生活垃圾分类覆盖率保持在100%", "城区生活垃圾分类覆盖率100%。", SEP, "on_track"),
    ("城镇污水处理提质增效", "已实现城区生活污水集中处理率95%的年度目标", JUN, "on_track"),
    # 50: a level of neither list keeps its reading (held); a coverage short of its level is behind; a target reached
    # only in a forecast is no result
    ("政务服务事项网上可办率达到95%", "政务服务事项网上可办率96.5%。", SEP, "on_track"),
    ("农村适龄妇女宫颈癌筛查覆盖率达到80%", "截至9月底，筛查覆盖率72.3%。", SEP, "behind"),
    ("新型职业农民培训", "力争年底实现全县新型职业农民参训率60%的年度目标，目前正在组织第二期培训。", JUN, "on_track"),
    # 51: no period named, the sheet's own pace
    ("全年新增个体工商户4000户", "全区新增个体工商户2950户。", OCT, "behind"),
    # a later month's own figure beside the period: the data run to the sheet's month
    ("全年新增个体工商户4000户", "1-9月全区新增个体工商户2950户，10月新增个体工商户180户。", OCT, "behind"),
    # the period is the sheet's own (1-10月 at 31 October), or a day inside a month (截至10月20日)
    ("全年新增个体工商户4000户", "1-10月全区新增个体工商户3130户。", OCT, "behind"),
    ("全年新增市场主体2600户", "截至10月20日，全县新增市场主体1930户。", OCT, "behind"),
    # the period is the lag's, the figure today's (目前)
    ("完成年度造林任务5000亩", "上半年受降雨影响进度有所滞后，目前已完成造林3900亩，进度已追上序时。", SEP, "on_track"),
    ("全年新建绿道40公里", "上半年受雨季影响推进偏慢，三季度已追上进度，累计新建绿道31公里。", SEP, "on_track"),
    # the period is a pause's, the figure counted since the work resumed
    ("开展全民阅读推广活动60场", "受疫情影响，一季度活动暂停，恢复后已举办16场。", SEP, "seriously_behind"),
    # a rate is held or not, never paced by a period
    ("农产品出口额增长6%", "1-8月农产品出口额同比增长6.4%。", SEP, "on_track"),
    # a period the figure is compared with is not its own
    ("全年新增个体工商户4000户", "全区新增个体工商户2950户，增幅较1-9月提高2个百分点。", OCT, "behind"),
    ("全年新增个体工商户4000户", "与1-9月相比，全区新增个体工商户2950户。", OCT, "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,status", STATUS, ids=[p for _, p, _, _ in STATUS])
def test_statusq65_status(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


@pytest.mark.parametrize("task,progress,as_of,status", GUARDS, ids=[p for _, p, _, _ in GUARDS])
def test_statusq65_guards(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)
