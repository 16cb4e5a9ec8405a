"""Issue 11, statusb (stop 58): what invented232's first run missed — a city's key-project quarterly supervision table at
30 September — mended by general rules and tested on sentences written here in other words than any label row, each
with guards that must not move.

* A class or field title in 【】 opening a project row's task cell (【竣工类】, 【新开工类】, 【交通】) is no clause of the
  task's: its words (竣工, 开工) are no verb of a part, so the reply's first 已完成 does not close it
  (rules/task_parts._BRACKET_LEAD).
* A project row's label before its target (年度目标：, 建设目标：; words.toml task.target_label) is no head of the verb
  after it: 年度目标：完成主体工程 is a part to finish, 年度目标：10月底前竣工验收并投入使用 a part due by its own date
  (rules/task_parts._HEAD_TARGET_LABEL).
* 交付使用 asks the thing in use as 投入使用 does, and a pipe's 恢复供气 / 通气 / 通水 its service back: the works done with
  the purge or pressure test still going on (吹扫, 压力试验) have not reached it (judging.toml words.use_target,
  words.use_step; rules/judging_clauses._moving_in).
* 工程已完工 closing the reply beside an acceptance still in hand (正在组织竣工验收, 竣工验收资料正在整理) is no whole done:
  finished awaiting acceptance is nearly done (rule question 21; rules/status_statements._closes_done); the acceptance
  passed, or an audit after it, as before.
* An amount done whose share of the project's whole investment follows it (截至9月底累计完成投资21亿元，占总投资的52.5%)
  is the project's since its start, never the answer to a year's plan (rule question 25; words.toml
  status.life_share_lead, rules/building._life_total_beside_share): no longer read as the year's plan done four times.

Left as strict xfails (MISSES, in other words than the rows): a road's surface short after August beside its roadbed done
read by the investment alone; a capacity connected short after August with the rest installing read on its stage.  (A start
by the year's end whose approval and land are still pending in September, once read as preparation with no stage to reach,
is mended by statusd, stop 61: a normal case in STATUS.)  (The life total alone, once read as work under way rather than no
answer, is mended by statuse, stop 58: its clause states no stage of the year's work, so the reply is unclear.)
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

SEP = date(2026, 9, 30)

STATUS = [
    # a class title in 【】 names no verb: the target after 年度目标： is the part
    (
        "【竣工类】城东文体中心改造工程。年度目标：11月底前竣工验收并交付使用。（牵头单位：区文旅局）",
        "三季度进展：工程已于9月20日通过竣工验收，正在进行场馆设备调试，计划11月上旬交付使用。",
        SEP,
        "on_track",
    ),
    (
        "【续建类】某某粮食储备库项目。年度目标：完成主体工程。（牵头单位：市发改委）",
        "主体工程已于8月底完工，目前正在进行道路硬化和附属设施施工。",
        SEP,
        "completed",
    ),
    (
        "【续建类】某某粮食储备库项目。建设目标：完成主体工程。（牵头单位：市发改委）",
        "主体结构施工至第4层（共5层），正在同步开展屋面钢结构加工。",
        SEP,
        "on_track",
    ),
    # guards: the same target with nothing done yet at its passed deadline; the whole said done
    (
        "【竣工类】城东文体中心改造工程。年度目标：8月底前竣工验收并交付使用。（牵头单位：区文旅局）",
        "工程主体已完工，室内装修正在进行，预计11月交付使用。",
        SEP,
        "behind",
    ),
    (
        "【竣工类】城东文体中心改造工程。年度目标：9月底前竣工验收并交付使用。（牵头单位：区文旅局）",
        "工程已于9月20日通过竣工验收，9月28日正式交付使用。",
        SEP,
        "completed",
    ),
    # a pipe's service back asked: the works done, the test going on, the service put off past its deadline
    (
        "7月底前完成老城区供水管网更新并恢复供水。（牵头单位：市水务集团）",
        "管网更新已全部完成，目前正在进行管道冲洗消毒和试压，恢复供水时间调整至10月上旬。",
        SEP,
        "behind",
    ),
    (
        "7月底前完成老城区供水管网更新并恢复供水。（牵头单位：市水务集团）",
        "管网更新已于7月20日全部完成，7月28日已恢复供水。",
        SEP,
        "completed",
    ),
    # finished, the acceptance in hand: nearly done — on pace before the deadline, behind after it
    ("年底前建成城南全民健身中心。", "中心工程已完工，正在组织竣工验收。", SEP, "on_track"),
    ("8月底前建成城南全民健身中心。", "中心工程已完工，正在组织竣工验收。", SEP, "behind"),
    # guards: the acceptance passed; an audit after it
    ("年底前建成城南全民健身中心。", "中心工程已完工，已通过竣工验收。", SEP, "completed"),
    ("年底前建成城南全民健身中心。", "中心工程已完工，正在进行审计结算。", SEP, "completed"),
    # the project's life total with its share of the whole investment: no answer to the year's plan; the year's own decides
    (
        "某某物流园项目。年度计划投资5亿元。",
        "1-9月完成投资3.8亿元；项目截至9月底累计完成投资21亿元，占总投资的52.5%。",
        SEP,
        "on_track",
    ),
    # guard: a running total of the year with its share of the year's plan
    ("某某物流园项目。年度计划投资5亿元。", "截至9月底累计完成投资3.9亿元，占年度计划的78%。", SEP, "on_track"),
    # the life total alone answers no year's plan: unclear (mended by statuse, stop 58: rules/status_stage._life_total)
    ("某某物流园项目。年度计划投资5亿元。", "截至9月底累计完成投资21亿元，占总投资的52.5%。", SEP, "unclear"),
    # a start this year whose approval and land are still pending in September (mended by statusd, stop 61: the comma
    # clause 年内开工建设 after a task of preparation goes on to the start, rules/clauses._THEN_MUST)
    ("某某冷链基地项目。年度目标：完成项目立项和用地摘牌，年内开工建设。", "项目可研报告正在评审，用地征收工作正在开展。", SEP,
     "behind"),
]

MISSES = [
    # a road's surface short after August, its roadbed done, the investment in the band: the surface decides
    (
        "某某路改建工程。年度目标：建成道路12公里；年度计划投资3亿元。",
        "1-9月完成投资2.3亿元，占年度计划的76.7%；路基12公里已全部完成，沥青面层完成7公里，其余路段正在铺筑基层。",
        SEP,
        "behind",
    ),
    # a capacity connected short after August, the rest installing
    (
        "某某风电场项目。年度目标：全容量并网。",
        "已并网风机容量60兆瓦（总容量100兆瓦），其余风机正在吊装，预计12月全容量并网。",
        SEP,
        "behind",
    ),
]


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), STATUS)
def test_status(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


@pytest.mark.xfail(strict=True, reason="invented232's first-run misses left unmended (see the module docstring)")
@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), MISSES)
def test_known_misses(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
