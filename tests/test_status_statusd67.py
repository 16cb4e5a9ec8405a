"""Issue 11, statusd (stop 67): what invented278's first run missed — a city data resources bureau's report on its key
tasks at 31 March (the first quarter), a flattened row with bracketed field names (【重点任务】…【目标要求】…【牵头处室】…
【完成时限】…) and the cell 【一季度进展】… — mended by general rules and tested on sentences written here in other words
than any label row, each with guards that must not move.

* An office's word (事项, 重点项目: words.toml report.items_office) that the task itself uses to count its own items
  (集成服务事项15个, 20个高频事项) makes no office's list of the reply's counted items (“A”“B”2个事项已上线, “C”等5个事项,
  其余事项): they are the unit's own items, read by the figures (rules/status_statements._office_word), not a bulletin
  that names other tasks and leaves this one unclear.
* A figure a hundredfold and more the year's target in its unit (挂接数据资源2.3亿条 beside 目录186条 for 500条) answers
  no target and is no part summed into one (rules/assigning._dwarfs_target): it counts what the items hold or serve.
* A service's process re-engineered (已完成流程再造) is a step of its works short of its launch (words.toml
  stage.work_step): items so far along and now in joint testing are under way, not put online.
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

MAR = date(2026, 3, 31)
JUL = date(2026, 7, 31)

STATUS = [
    # the task counts its own items by 事项: the reply's counted 事项 are its items (4/20 = 20.0%, in the band of 24.7)
    ("全年推出“跨省通办”高频服务事项20个",
     "“异地就医备案”“社保关系转移”等4个事项已完成上线，“户口迁移”等6个事项正在对接省级系统，其余事项尚未启动。", MAR,
     "on_track"),
    # (5/20 = 25.0%, the six designed and in development under way)
    ("全年推出“跨省通办”高频服务事项20个",
     "“异地就医备案”“社保关系转移”等5个事项已完成开发并上线运行，“户口迁移”等6个事项已完成方案设计，正在开发。", MAR,
     "on_track"),
    # a figure a hundredfold its target beside the count that answers it: 230/800 = 28.8%, on pace, not done
    ("全年新增汇聚政务数据目录800条", "一季度新增汇聚数据目录230条，关联数据资源1.6亿条。", MAR, "on_track"),
    # the step short of the launch done for some items: 3/12 = 25.0% put online, on pace, not 7/12 ahead
    ("全年上线“一件事一次办”集成服务12个", "已上线3个，另有4个已完成流程再造，正在进行系统联调。", MAR, "on_track"),
]

GUARDS = [
    # an office's bulletin over a programme of items not naming the task, the rest on plan: still read as before
    ("新建社区食堂10家", "全区25项民生实事中，“老旧小区改造”“口袋公园建设”等3个事项未达到序时进度，其余均按计划推进。",
     JUL, "on_track"),
    # figures at another scale than the target are converted, never taken for a hundredfold (18600万元 of 3.2亿元 = 58.1%)
    ("全年完成数据中心项目投资3.2亿元", "1-7月完成投资18600万元。", JUL, "on_track"),
    ("新增城镇就业1.2万人", "一季度新增城镇就业2680人。", MAR, "on_track"),
    # a task that names the re-engineering itself counts it as its work (5/20 = 25.0%)
    ("全年完成20个高频事项流程再造", "一季度已完成5个高频事项流程再造。", MAR, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", STATUS + GUARDS,
                         ids=[f"{t}→{p}" for t, p, _, _ in STATUS + GUARDS])
def test_statusd67(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# Left open (strict xfails, in other words than invented278's rows): the misses the fixes above do not reach.
MISSES = [
    # a task cell whose field names stand in 【】 with no colon (【目标要求】…【完成时限】2026年12月底前): the level asked is
    # lost to a milestone read from the deadline field, so a rate short of it (81.3% of 85%) reads on pace
    ("【重点任务】提升不动产登记网上办理水平【目标要求】不动产登记网上申请率达到85%以上【牵头处室】登记服务处"
     "【完成时限】2026年12月底前", "【一季度进展】截至3月底，不动产登记网上申请率为81.3%。", MAR, "behind"),
    # the same cell: a rate asked answered only by other rates (unclear) reads on pace as works under way
    ("【重点任务】提升政务服务窗口服务质量【目标要求】窗口好评率保持在99%以上【牵头处室】窗口管理处"
     "【完成时限】2026年12月底前", "【一季度进展】一季度各窗口共办件12.4万件，按时办结率99.6%。", MAR, "unclear"),
    # a heading that names the report's own quarter (【一季度进展】) before a document passed: read as a quarter's share
    ("6月底前出台《某某市政务数据共享管理规定》",
     "【一季度进展】《某某市政务数据共享管理规定》已于3月12日经市政府常务会议审议通过。", MAR, "completed"),
    # an assessment of two kinds of units done by its March deadline and its result circulated after approval
    ("3月底前完成对县区和市直单位的年度绩效考核并通报结果",
     "已于3月18日完成考核，考核结果经市委常委会审定后于3月27日印发通报。", MAR, "completed"),
    # a works not begun in words, only waiting for its approval, before its deadline (the lead's question: not_started
    # or preparation on pace — see the report)
    ("建设全市视频资源共享平台", "项目尚未启动，目前正在等待立项审批，待批复后实施。", MAR, "not_started"),
]


@pytest.mark.xfail(strict=True, reason="left open at stop 67: see MISSES")
@pytest.mark.parametrize("task,progress,as_of,status", MISSES, ids=[f"{t}→{p}" for t, p, _, _ in MISSES])
def test_statusd67_misses(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)
