"""Issue 11, statusa (stop 66): general rules for the strict xfails of stop 65's held-out sets and older known misses,
each written for a way government progress sheets are written, tested here in other words than any label row, with
near-miss guards that must not move.

* Money named as in hand by its own name (到位资金, 拨付资金, 资金到位: words.toml figure.funds_available) is done —
  not pending by the application of a figure before it in the sentence; money named as only applied for (已申请…资金,
  申报资金: figure.funds_applied) is pending, no count (README rule question 25: funds won answer 争取, funds applied for
  never; rules/building._funds_in_hand, _funds_applied).
* A selection of people by a public procedure (公开招聘, 选聘, 选拔, 招录: words.toml task.selection_verb; not 招聘会,
  an event) has its own steps as its work — sign-up, qualification review, examinations, inspection, public notice
  (stage.selection_step) under way, never a works' preparation; the appointment awaited (待…聘任, 拟聘用:
  stage.selection_appoint) nearly done: on pace before the deadline, behind after it (README rule questions 12 and 57
  read for a selection; rules/status_stage.selection_stage).
* The lone figure of a unit whose name's head is the target's, a verb of holding on each side (举办, 开展, 组织, 召开:
  words.toml figure.hold_verb), counts the target's sessions though the verbs differ (rules/assigning, as
  figure.works_verb does for works).
* On a task naming its items one by one right after a result verb and before their count (建成A、B、C3所), a piece of the
  reply between semicolons opened by one of the names is read as one project on the works' ladder: its main works still
  going on late in the year, or their share under the band of the pace, make that item, so the task, behind (README rule
  questions 28 and 40 read for one item of several; rules/works._named_piece_works_late).  Not for items named after a
  process verb (加快推进A、B、C三个项目建设).
* A works named by its generic head (…提升工程, …改造项目: words.toml report.work_head) said finished by a date, then
  figures of what it holds or how it is used, is the whole task done (status_statements._opens_dated_done) — for a task
  asking the place opened after its works (…并开街, 并对外开放) only with the opening said done in a later clause.
* In a survey task's own clause part (完成…普查工作), a step of the survey said done (普查登记已全部完成) is a rung of its
  ladder, not the survey done: on pace before the deadline, behind after it; only the report through review or issued,
  or the one step the task names, completes it (README rule question 57; rules/judging_clauses.judge_clause).
* A part counting two items or more (公厕2处) answered by a clause under way, with a later clause of its sentence opened by
  the other item or the rest (另一处…, 其余…) still preparing or not begun past mid-year, is behind (README rule question 4:
  the rest not all under way; rules/judging_clauses._other_item_idle).
* A performance sheet's deadline cell (（期限：9月底前）, 截止时间：9月30日: words.toml task.deadline_label) is the task's
  deadline (assess._text_deadline), so work still going on after it is behind (README rule question 18).
"""

from datetime import date

import pytest

from luoshi.engine.rules.case import Case
from luoshi.engine.rules.status_stage import selection_stage, selection_task
from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUN = date(2026, 6, 30)
AUG = date(2026, 8, 31)
SEP = date(2026, 9, 30)
OCT = date(2026, 10, 31)
NOV = date(2026, 11, 30)

FUNDS = [
    # the sum in hand answers the funds to win, the sum applied for beside it none: under the band
    ("争取中央和省级补助资金3000万元", "已申请补助资金3600万元，已到位资金900万元。", JUN, "behind"),
    ("争取上级专项资金2000万元", "已申报资金2500万元，到位资金1000万元。", JUN, "on_track"),
    # funds passed down (已下达) are won, as before
    ("争取上级专项资金2000万元", "已申报项目资金2500万元，已下达资金1200万元。", JUN, "ahead"),
    # a target of funds to put in answered by the money paid out, as before (README rule question 54)
    ("全年计划投入资金5000万元", "已拨付资金2600万元。", JUN, "on_track"),
]

FUNDS_GUARDS = [
    # only applied for: no count, the application under way before the deadline (README rule question 12)
    ("争取上级专项资金2000万元", "已申报项目资金2500万元，正在审批。", JUN, "on_track"),
    ("争取省级文化产业扶持资金800万元", "已申请扶持资金1000万元。", JUN, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", FUNDS + FUNDS_GUARDS, ids=[p for _, p, _, _ in FUNDS + FUNDS_GUARDS])
def test_funds_in_hand_and_applied(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


SELECTION = [
    # the notice out, the written test over, interviews going on: on pace
    ("公开招聘社区专职工作者45名", "招聘公告已于5月发布，笔试已结束，正在组织面试。", AUG, "on_track"),
    # recommendation and inspection done, the chosen on public notice, before the October deadline
    ("选拔优秀年轻干部到乡镇挂职20名｜完成时限：10月底", "已完成民主推荐和组织考察，拟任人选正在公示。", SEP, "on_track"),
    # the appointment awaited: nearly done, on pace
    ("完成区属国有企业职业经理人选聘3名", "已完成资格审查和面试，待区国资委研究后聘用。", OCT, "on_track"),
    # the deadline passed with the medical checks still going on: behind (README rule question 18)
    ("6月底前完成乡村教师招聘80名", "已完成笔试和面试，正在进行体检。", AUG, "behind"),
]

SELECTION_GUARDS = [
    # a job fair is an event, no selection: its preparation on pace as before (README rule question 6)
    ("举办秋季招聘会3场", "招聘会场地已落实，正在发布招聘信息。", AUG, "on_track"),
    # nothing begun: not started, as before
    ("公开招聘医学类专业技术人员50名", "尚未启动招聘工作。", AUG, "not_started"),
]


@pytest.mark.parametrize("task,progress,as_of,status", SELECTION + SELECTION_GUARDS,
                         ids=[p for _, p, _, _ in SELECTION + SELECTION_GUARDS])
def test_selection_steps(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


def _case(task: str) -> Case:
    from luoshi.engine.indicators import parse
    from luoshi.engine.progress import parse_row
    from luoshi.engine.rules import build_case
    return build_case(parse_row("", task=task), task, parse(task)[0], 50.0, JUN)


@pytest.mark.parametrize("task,is_selection", [
    ("公开招聘社区专职工作者45名", True),
    ("完成新一届人民陪审员选任工作", False),        # no verb of the list
    ("选聘第三方运营机构", True),                   # a party chosen by the same procedure
    ("举办秋季招聘会3场", False),                   # an event
    ("开展招聘活动20场", False),                    # an event
    ("完成公租房分配300套", False),                 # an allocation, its qualification review a preparation
    ("招聘服务岗位提供1000个", False),              # a count of posts, no people
])
def test_selection_task(task, is_selection):
    assert selection_task(_case(task)) is is_selection


@pytest.mark.parametrize("clause,rung", [
    ("已完成公开报名", "underway"),
    ("面试已全部结束", "underway"),
    ("拟聘用人员名单正在公示", "nearly_done"),
    ("待县委研究后任命", "nearly_done"),
    # near misses: no step named, or the start denied
    ("已完成场地布置", None),
    ("尚未开始报名", None),
])
def test_selection_stage(clause, rung):
    assert selection_stage(clause) == rung


SESSIONS = [
    # sessions held under another verb, under the band beside people in it: the worst decides
    ("开展消防安全培训（年度指标值：50期、5000人次）", "举办培训32期，参训4700人次。", NOV, "behind"),
    ("开展普法讲座（年度指标值：20期、2000人次）", "组织讲座19期，听众1950人次。", NOV, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", SESSIONS, ids=[p for _, p, _, _ in SESSIONS])
def test_sessions_under_another_holding_verb(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


def test_sessions_of_another_thing_not_counted():
    # 座谈会 is no 培训: the sessions' head not the target's, the count answers nothing
    a = judge("开展统计业务培训（年度指标值：30期、3000人次）", "召开座谈会24期，参会2800人次。", NOV)
    assert a.completion_pct is None and not any(s.target.endswith("30期") and s.reported for s in a.sub_targets), a.reason


DEADLINE_CELL = [
    # the sheet's own deadline passed with the work going on: behind
    ("编印《区志（2021—2025）》（期限：10月底前）", "已完成初审，正在进行终审修改。", NOV, "behind", 100.0),
    ("完成全区地名普查成果汇编（截止时间：9月30日）", "正在进行校对。", NOV, "behind", 100.0),
    ("完成全区地名普查成果汇编（截止时间：9月30日）", "成果汇编已于9月20日印发。", NOV, "completed", 100.0),
    # the same work before its own deadline: on pace
    ("编印《区志（2021—2025）》（期限：12月底前）", "已完成初审，正在进行终审修改。", NOV, "on_track", 91.5),
]


@pytest.mark.parametrize("task,progress,as_of,status,expected", DEADLINE_CELL, ids=[t for t, _, _, _, _ in DEADLINE_CELL])
def test_deadline_cell(task, progress, as_of, status, expected):
    a = judge(task, progress, as_of)
    assert (a.status, a.expected_pct) == (status, expected), (a.rule, a.reason)


def test_a_term_of_service_is_no_deadline():
    # 服务期限：5年 names no month: the year's pace stands
    a = judge("引进养老机构运营企业1家（服务期限：5年）", "已签订运营协议。", JUN)
    assert a.expected_pct == 49.6


NAMED_ITEMS = [
    # one named item's main works under the band of the pace to the year's end
    ("建成甲镇卫生院、乙镇卫生院、丙镇卫生院3所（年内）", "甲镇卫生院已投入使用；乙镇卫生院正在进行内部装修；丙镇卫生院主体结构完成40%。",
     JUN, "behind"),
    ("新建城东、城西2个污水泵站", "城东泵站已建成；城西泵站土建完成70%。", OCT, "behind"),
    # one named item's main works still going on at 30 November
    ("建成甲镇卫生院、乙镇卫生院、丙镇卫生院3所（年内）", "甲镇卫生院已投入使用；乙镇卫生院正在进行内部装修；丙镇卫生院土建完成85%。",
     NOV, "behind"),
]

NAMED_ITEMS_GUARDS = [
    # the share within the band: the stage decides, on pace
    ("建成甲镇卫生院、乙镇卫生院、丙镇卫生院3所（年内）", "甲镇卫生院已投入使用；乙镇卫生院正在进行内部装修；丙镇卫生院主体结构完成50%。",
     JUN, "on_track"),
    # the last item fitting out: on pace (README rule question 4)
    ("新建城东、城西2个污水泵站", "城东泵站已建成；城西泵站正在安装水泵设备。", OCT, "on_track"),
    # items named after a process verb: no result asked of each, on pace by their stages
    ("加快推进甲村、乙村、丙村三个安置房项目建设", "甲村项目正在进行室外配套施工；乙村项目主体结顶；丙村项目已完成桩基施工，正在开挖基坑。",
     SEP, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", NAMED_ITEMS + NAMED_ITEMS_GUARDS,
                         ids=[p for _, p, _, _ in NAMED_ITEMS + NAMED_ITEMS_GUARDS])
def test_named_item_works_late(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


OPENED_THEN_USED = [
    # the works finished and the place opened on past days, then its use since: done
    ("完成滨河夜市提升改造并开市｜完成时限：2026年9月底前", "夜市改造项目已于9月10日完工，9月18日开市，开市以来日均客流8000人次。",
     NOV, "completed"),
    ("完成滨江公园改造提升并开园｜完成时限：2026年8月底前", "公园改造工程已于8月20日完工，8月25日正式开园，开园以来累计接待游客12万人次。",
     NOV, "completed"),
    # no opening asked: the works finished by a date, then what was spent, done
    ("完成体育馆改造｜完成时限：8月底前", "体育馆改造工程已于8月20日完工，共投入资金300万元。", NOV, "completed"),
]

OPENED_GUARDS = [
    # the opening asked and never said: not done, the deadline passed
    ("完成体育馆改造并对外开放｜完成时限：8月底前", "体育馆改造工程已于8月20日完工，共投入资金300万元。", NOV, "behind"),
    # a step or a phase of the works finished is no whole done
    ("完成体育馆改造｜完成时限：8月底前", "主体工程已于8月20日完工，共投入资金300万元。", NOV, "behind"),
    ("完成体育馆改造｜完成时限：8月底前", "一期工程已于8月20日完工，共投入资金300万元。", NOV, "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,status", OPENED_THEN_USED + OPENED_GUARDS,
                         ids=[p for _, p, _, _ in OPENED_THEN_USED + OPENED_GUARDS])
def test_works_done_then_used(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


SURVEY_PART = [
    # a step done, the data still being put together: a rung, not the census done
    ("完成全市第五次经济普查工作｜完成时限：10月底前", "普查登记已全部完成，正在开展数据汇总。", SEP, "on_track"),
    ("完成全市第五次经济普查工作｜完成时限：10月底前", "普查登记已全部完成，正在开展数据汇总。", NOV, "behind"),
    ("完成全县农房安全体检评估工作", "现场踏勘已完成，正在编制评估报告。", AUG, "on_track"),
]

SURVEY_PART_GUARDS = [
    # the step the task names, done whole: completed
    ("完成经济普查清查工作", "清查工作已全部完成。", SEP, "completed"),
    # the report through review: completed
    ("完成全县农房安全体检评估工作", "评估报告已通过专家评审。", AUG, "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,status", SURVEY_PART + SURVEY_PART_GUARDS,
                         ids=[p + str(d) for _, p, d, _ in SURVEY_PART + SURVEY_PART_GUARDS])
def test_survey_step_in_part(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


OTHER_ITEM_IDLE = [
    ("新建村级文化广场3个、健身步道2条", "文化广场已全部建成；一条步道正在铺设面层，另一条步道仍在办理用地手续。", SEP, "behind"),
    ("新建社区书屋1个、公厕2处", "社区书屋已建成；一处公厕主体完成80%，另一处公厕仍在选址。", AUG, "behind"),
]

OTHER_ITEM_GUARDS = [
    # the other item under way: on pace
    ("新建社区书屋1个、公厕2处", "社区书屋已建成；一处公厕主体完成80%，另一处公厕正在进行基础施工。", AUG, "on_track"),
    # before mid-year its preparation is on pace
    ("新建社区书屋1个、公厕2处", "社区书屋已建成；一处公厕主体完成80%，另一处公厕仍在选址。", date(2026, 5, 31), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", OTHER_ITEM_IDLE + OTHER_ITEM_GUARDS,
                         ids=[p + str(d) for _, p, d, _ in OTHER_ITEM_IDLE + OTHER_ITEM_GUARDS])
def test_other_item_idle(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)
