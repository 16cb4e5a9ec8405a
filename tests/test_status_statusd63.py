"""Issue 11, statusd (stop 63): what invented258's first run missed — a province's ledger of its key reform tasks with a
完成时限 column at 30 September — mended by general rules and tested on sentences written here in other words than any
label row, each with guards that must not move.

* A dated clause after the cell's lead-in (工作进展：4月16日召开…大会, 截至9月底：8月20日正式上线运行, 完成情况：9月23日在…举办…)
  is read as without the lead: rules/clauses.clause_stage matched an opening or a holding on its day (_OPENED_DATED) only
  at the clause's very start, so an event held on its day behind a section label read as nothing begun past its deadline.
  A day still to come, a plan and a date first set (原定于…) stay as before.

* A later batch only listed (第二批12项已形成初步清单: judging.toml words.preparing, words.toml stage.preparatory_object
  初步清单) is a batch in preparation, not added to the batch done; firms only audited and valued before their ownership
  reform (另有4户已完成审计评估, 已完成清产核资: stage.preparatory_object) are not reformed.
* Licensing items a reform task counts (取消和下放省级行政许可事项18项: words.toml stage.licence_items) are the task's
  items, not a permit in preparation (办理施工许可 stays one): masked before the words of preparation are looked for
  (rules/clauses.clause_stage, rules/roles._role).

Left as strict xfails (MISSES), each a miss of the first run written here in other words (the first found while
writing the guards above):
* pilots launched in every named city by their deadline (N个试点市均已印发实施方案并执行…) read short of the count.
Mended by statusa at stop 64 (MENDED, tests/test_status_statusa64.py): a later batch only sent up for approval
(第二批4项已报省政府审定) counted with the batch done; a ranking target whose result is not yet published read on pace as
work done; a system's go-live moved past its deadline (上线时间调整至11月) read completed by its development finished.
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

SEP = date(2026, 9, 30)

STATUS = [
    # an event held on its day behind the cell's section label, past its deadline
    ("召开全市民营经济发展大会｜完成时限：2026年4月底前", "工作进展：4月16日召开全市民营经济发展大会，表彰优秀民营企业30家。", SEP,
     "completed"),
    ("召开全市民营经济发展大会", "完成情况：4月16日在市会议中心召开全市民营经济发展大会。", SEP, "completed"),
    # an activity held on its day behind an as-of lead
    ("6月底前组织开展全市安全生产应急演练", "截至9月底：6月12日在某某化工园区组织开展安全生产应急演练。", SEP, "completed"),
    # a facility opened on its day behind a section label
    ("上线运行某某市政务服务“好差评”系统", "推进情况：8月20日正式上线运行，累计收到评价1.2万条。", SEP, "completed"),
    # a later batch only listed and consulted on is no batch done
    ("全年精简市级证明事项40项", "工作进展：第一批精简证明事项22项已公布，第二批18项已形成初步清单，正在征求各部门意见。", SEP, "behind"),
    # licensing items counted are the task's items, no permit in preparation; the later batch only listed
    ("全年再取消和下放市级行政许可事项20项", "工作进展：已公布取消和下放市级行政许可事项第一批11项，第二批9项已形成初步清单。", SEP, "behind"),
    # firms only audited and valued before their ownership reform are not reformed
    ("全年完成市属企业子企业混改20户", "工作进展：已完成混改10户，另有6户已完成审计评估，其余4户正在制定方案。", SEP, "behind"),
    ("全年完成市属企业子企业混改20户", "工作进展：已完成混改12户，其余8户已完成清产核资，正在进场交易。", SEP, "on_track"),
]

GUARDS = [
    # a day still to come behind the label is no event held
    ("召开全市民营经济发展大会", "工作进展：11月15日召开全市民营经济发展大会，目前正在筹备。", SEP, "on_track"),
    # a plan behind the label
    ("召开全市民营经济发展大会", "工作进展：计划11月15日召开全市民营经济发展大会。", SEP, "unclear"),
    # a date first set, put off within the year
    ("召开全市民营经济发展大会", "工作进展：原定于9月召开全市民营经济发展大会，因故推迟至11月。", SEP, "on_track"),
    # a permit for works stays preparation
    ("年内新建社区养老服务中心10个", "工作进展：已建成6个，另有4个正在办理施工许可。", SEP, "behind"),
    # an audit that is the task's own work is counted
    ("完成20家国有企业审计评估", "工作进展：已完成审计评估15家。", SEP, "on_track"),
    # a list that is the task's own result, drafted: work going on
    ("梳理形成全市政务服务事项清单", "工作进展：已形成初步清单，正在征求意见。", SEP, "on_track"),
    # licensing items done alone, over the band
    ("全年再取消和下放市级行政许可事项20项", "工作进展：已公布取消和下放市级行政许可事项16项。", SEP, "ahead"),
]


def miss(task, progress, as_of, status, why):
    return pytest.param(task, progress, as_of, status, marks=pytest.mark.xfail(strict=True, reason=why))


MISSES = [
    miss("6月底前在4个县（市）开展农村宅基地改革试点", "工作进展：4个试点县均已印发试点方案，并于6月起组织实施。", SEP, "completed",
         "pilots launched in every named county by the deadline read short of the count"),
]

# Mended by statusa at stop 64 by general rules written in other words (tests/test_status_statusa64.py), kept here
# without their marks: items sent up for a body's decision (已报…审定: words.toml report.sent_for_decision) are pending;
# a rank whose ranking's result is not out (排名结果尚未发布: rank.result_not_out) is unclear; a result's date moved to a
# month past the task's own deadline (上线时间调整至11月: rules/status_statements._DATE_MOVED_MONTH) is behind.
MENDED = [
    ("全年再取消和下放市级行政许可事项20项", "工作进展：已公布取消和下放市级行政许可事项第一批16项，第二批4项已报省政府审定。", SEP,
     "ahead"),
    ("政务服务满意度全国排名进入前20位", "工作进展：已完成年度评估数据报送，排名结果尚未发布。", SEP, "unclear"),
    ("9月底前完成不动产登记系统升级并上线运行", "工作进展：系统升级开发已完成，因需与省级平台对接，上线时间调整至11月。", SEP,
     "behind"),
]


@pytest.mark.parametrize(("task", "progress", "as_of", "status"), STATUS + GUARDS + MENDED + MISSES)
def test_status(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status
