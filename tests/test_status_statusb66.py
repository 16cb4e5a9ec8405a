"""Issue 11, statusb (stop 66): what invented269's first run missed — a county ecology and environment sub-bureau's
ledger of its key work at 31 October — mended by general rules and tested on sentences written here in other words than
any label row, each with guards that must not move.

* Days counted (a metric ending on 天数: 优良天数, 重污染天数, 平均住院天数 — words.toml target.days_counted_end) are a
  count of the days a state held, never the time limit a bare 天 reads as: a floor of days (优良天数达到300天) is paced as
  any count, a cap of days (重污染天数控制在2天以内, 控制在0天) is held until the deadline and met only then, as any cap of a
  state (README rule questions 8 and 50).  A work report's targets read them so already (targets.py); the task text of a
  progress sheet now does too (indicators.days_counted).  An errand's days (审批天数, 办理天数, 开办平均天数, 拿地到开工天数:
  target.errand_days) stay a time limit, met once reached (rule question 8).
* A round of law-enforcement inspections (专项执法检查, 执法检查) is a round of checks as 专项检查 and 抽查 are
  (words.toml task.service_round): dated to start in a later month before its deadline with only its preparation, it is
  not yet begun (README rule question 46).  The list of those the round will reach being drawn up (正在编制检查对象清单,
  正在核对服务对象名单: stage.service_round_prep) is that preparation.  A round dated to a month already passed stays
  behind; a round begun with a count done is judged by its work.
"""

from datetime import date

import pytest

from luoshi.engine.indicators import parse
from luoshi.engine.targets import parse_targets
from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUN = date(2026, 6, 30)
SEP = date(2026, 9, 30)
OCT = date(2026, 10, 31)
DEC = date(2026, 12, 31)

# (task text, its first indicator's kind and comparator)
INDICATORS = [
    # days counted: a count, a floor unless a ceiling word says otherwise
    ("城区重污染天数控制在2天", "count", "<="),
    ("全年沙尘天气天数不超过4天", "count", "<="),
    ("空气质量优良天数不少于310天", "count", ">="),
    ("县城优良天数达到300天", "count", ">="),
    ("平均住院天数控制在8天以内", "count", "<="),
    # guards: an errand's days and a bare time limit stay a duration
    ("全流程审批天数压缩至50天以内", "duration", "<="),
    ("不动产登记办理天数压缩至3天以内", "duration", "<="),
    ("项目从拿地到开工天数压缩至60天", "duration", "<="),
    ("企业开办平均天数压缩至1天", "duration", "<="),
    ("审批时间压缩至80天以内", "duration", "<="),
    ("政务服务事项办理最多5天", "duration", "<="),
]

STATUS = [
    # a cap of days held before the deadline: on pace, not done
    ("全年重污染天数控制在2天以内", "截至9月底，全市重污染天数累计1天，未超出控制目标。", SEP, "on_track"),
    ("城区重污染天数控制在0天", "前三季度城区重污染天数0天，空气质量持续改善。", SEP, "on_track"),
    # held to the deadline: met
    ("重污染天数控制在3天以内", "全年重污染天数2天。", DEC, "completed"),
    # over the cap: behind
    ("重污染天数控制在3天以内", "1-9月重污染天数已达5天。", SEP, "behind"),
    # a floor of days: paced as a count
    ("城区空气质量优良天数达到300天以上", "1-9月城区空气质量优良天数为236天。", SEP, "on_track"),
    ("全年优良天数达到320天", "1-6月优良天数为120天。", JUN, "behind"),
    # guards: an errand's time limit met is done, missed after its deadline behind
    ("全流程审批天数压缩至50天以内", "目前全流程平均审批用时42天。", JUN, "completed"),
    ("不动产登记办理天数压缩至3天以内", "不动产一般登记平均办理天数2.5天。", JUN, "completed"),
    ("6月底前，审批天数压缩至30天以内", "目前平均审批天数为36天。", SEP, "behind"),
    # a round of law-enforcement inspections dated next month, only prepared: not yet begun
    ("开展全市餐饮油烟专项执法检查，检查餐饮单位200家", "执法检查方案已印发，定于12月启动，正在建立检查对象名单。", OCT,
     "not_started"),
    ("开展入河排污口执法检查｜完成时限：12月底前", "检查工作拟于11月中旬开展，目前正在编制检查对象清单。", OCT,
     "not_started"),
    # a list of those served drawn up for another round: its preparation too
    ("完成65岁以上老年人免费体检1.2万人", "体检定于11月开展，正在核对服务对象名单。", OCT, "not_started"),
    # guards: a round dated to a month passed is late; a round begun with a count done is judged by its work
    ("开展夏季臭氧污染执法检查", "检查方案已制定，计划于8月开展，目前正在汇总待查企业清单。", OCT, "behind"),
    ("开展秋冬季涉气企业执法检查", "执法检查已于10月启动，已检查企业32家，正在梳理第二批检查清单。", OCT, "on_track"),
    ("全年开展执法检查企业300家次", "1-10月已检查企业186家次。", OCT, "behind"),
    ("全年开展执法检查企业300家次", "1-10月已检查企业268家次，正在梳理下一批检查名单。", OCT, "ahead"),
]


@pytest.mark.parametrize("text,kind,comparator", INDICATORS, ids=[t for t, _, _ in INDICATORS])
def test_days_counted_or_a_time_limit(text, kind, comparator):
    ind = parse(text)[0][0]
    assert (ind.kind, ind.comparator) == (kind, comparator), ind


@pytest.mark.parametrize("text,kind,comparator", [
    ("空气质量优良天数保持在330天以上。", "count", ">="),
    ("全年重污染天数控制在3天。", "count", "<="),
    ("工程建设项目审批天数压缩至50天以内。", "duration", "<="),
])
def test_work_report_days_read_alike(text, kind, comparator):
    ind = next(i for _, found in parse_targets(text) for i in found)
    assert (ind.kind, ind.comparator) == (kind, comparator), ind


@pytest.mark.parametrize("task,progress,as_of,status", STATUS, ids=[p for _, p, _, _ in STATUS])
def test_status(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)
