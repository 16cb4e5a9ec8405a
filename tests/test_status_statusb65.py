"""Issue 11, statusb (stop 65): what invented264's first run missed — a county housing and urban-rural development
bureau's key-task sheet at 31 August — mended by general rules and tested on sentences written here in other words than
any label row, each with guards that must not move.

* An order to stop others' works that the unit reports as enforcement done (责令停工整改, 下达停工整改指令, 签发停工令) is no
  halt of the task's own work: the halt word right after an order word (judging.toml words.halt_order_lead) or before
  the order's paper (words.halt_order_paper) is no lag (rules/status.behind_cues).  The task's own works stopped
  (因征地纠纷停工) stay behind.
* A building site's machines and dust named with 施工 (施工升降机, 施工电梯, 施工扬尘, 施工机械) are no works going on
  (words.toml underway.construction_not), so a check said finished by its date and then what it covered is done.
* Works under construction named as the object of an inspection (检查在建项目88个, 抽查在建工地): the sites looked at,
  no work under way (words.toml stage.inspect_verb, stage.site_in_building; rules/clauses.mask_inspected_sites) — the
  count of inspections is work done against the pace.  在建项目 as the task's own works stays under way.
* A count put into use (通气, 通水, 投入使用, 并网: words.toml completion.use_within) after a count of its unit at least as
  large in its sentence is of the items counted before it, never added to them (rules/judging._checked_within).
* A works' design size in brackets after the works, with what it adds (扩建工程（新增供水规模5万吨/日）), describes the
  works as （设计规模…） does: no target (words.toml status.works_capacity_lead).  Outside brackets a capacity stays one.

Left as a strict xfail at first (in other words than the row), mended by statusy's survey ladder (README rule question 57)
and now plain (SURVEY_MENDED): a survey-and-assessment task (体检评估) whose household survey (入户调查) is done and whose
report is being drafted, read as works only prepared past mid-year.
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

AUG = date(2026, 8, 31)

STATUS = [
    # an order to stop others' works is enforcement done, no lag
    ("全年对房屋建筑工地开展安全检查不少于180次", "已检查工地135次，下达停工整改指令5份。", AUG, "ahead"),
    ("全年开展质量安全巡查150次", "已开展质量安全巡查96次，勒令停工整改工地2个。", AUG, "on_track"),
    ("全年开展质量安全巡查150次", "已开展质量安全巡查96次，签发停工令3份。", AUG, "on_track"),
    # the task's own works stopped stay behind
    ("年内建成城东污水泵站", "泵站主体施工中，因征地纠纷停工，尚未复工。", AUG, "behind"),
    ("年内建成城东污水泵站", "泵站主体施工中，7月因征地纠纷停工整改。", AUG, "behind"),
    # a site's machines named with 施工 are no works going on
    (
        "序号5｜重点任务：7月底前完成全区建筑起重机械安全专项检查｜牵头股室：质量安全股｜完成时限：7月底前",
        "进展情况（截至8月31日）：专项检查已于7月22日完成，共检查塔式起重机60台、施工升降机28台，已全部整改到位。",
        AUG,
        "completed",
    ),
    (
        "序号5｜重点任务：完成全市在建工地施工机械专项排查｜牵头股室：安全监督科｜完成时限：6月底前",
        "截至8月底：专项排查已于6月18日完成，共排查施工升降机40台、物料提升机12台。",
        AUG,
        "completed",
    ),
    # a check still going on at its passed deadline stays behind
    ("7月底前完成全区建筑起重机械安全专项整治", "已检查施工升降机20台，其余正在检查。", AUG, "behind"),
    # sites under construction inspected: the inspections counted against the pace
    ("全年开展建筑市场执法检查，检查在建项目120个", "已检查在建项目88个，查处违法违规行为14起。", AUG, "ahead"),
    ("全年开展建筑市场执法检查，检查在建项目120个", "已抽查在建工地88个。", AUG, "ahead"),
    # the task's own works under construction stay under way
    ("建成保障性住房800套", "在建项目5个，正在进行主体施工。", AUG, "on_track"),
    # a count put into use within the count done before it
    ("完成城中村天然气入户安装4000户", "已完成安装2800户，已通气1800户。", AUG, "on_track"),
    ("完成农村自来水入户改造5000户", "已完成改造入户3400户，已通水3100户。", AUG, "on_track"),
    ("完成农村自来水入户改造5000户", "已完成改造入户3400户，已全部通水3400户。", AUG, "on_track"),
    ("建成光伏发电项目20个", "已建成14个，并网发电10个。", AUG, "on_track"),
    # a design size in brackets with what it adds: the stage asked is judged
    ("城西水厂扩建工程（新增供水规模5万吨/日）年内建成", "主体构筑物已完工，设备正在安装调试。", AUG, "on_track"),
    ("城西水厂扩建工程（新增供水规模5万吨/日）6月底前建成", "主体构筑物已完工，设备正在安装调试。", AUG, "behind"),
    ("城南再生水厂（设计规模2万吨/日）年内建成", "主体构筑物已完工，设备正在安装调试。", AUG, "on_track"),
]

# Guards: the figures these rules set aside never swallow a figure that answers.
FIGURES = [
    # a capacity outside brackets stays the task's own target
    ("年内新增污水处理能力3万吨/日", "已新增处理能力1.5万吨/日。", AUG, "behind", 50.0),
    # counts of different items in one sentence with no use word still add up
    ("完成农村自来水入户改造5000户", "已完成改造入户3400户。", AUG, "on_track", 68.0),
    ("全年对房屋建筑工地开展安全检查不少于180次", "已检查工地135次。", AUG, "ahead", 75.0),
]

# A strict xfail of tests/test_status_leftovers_139_140.py that completion.use_within mends (a first batch connected,
# 并网, within the arrays installed before it), moved here as its rule's example.
USE_WITHIN_MENDED = [
    ("30兆瓦渔光互补电站：共12个方阵，年内全容量并网。", "已完成10个方阵组件安装，首批4个方阵于12月26日并网。",
     date(2020, 12, 31), "behind"),
]

# Its strict xfail until statusy's survey ladder (README rule question 57): a survey-and-assessment task, its household
# survey done and its report drafting, read as works only prepared.
SURVEY_MENDED = [
    ("完成全县农房安全体检评估｜完成时限：10月底前", "已完成入户调查，正在编制体检报告。", AUG, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", STATUS + USE_WITHIN_MENDED + SURVEY_MENDED,
                         ids=[p for _, p, _, _ in STATUS + USE_WITHIN_MENDED + SURVEY_MENDED])
def test_status(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


@pytest.mark.parametrize(
    "task,progress,as_of,status,completion", FIGURES, ids=[p for _, p, _, _, _ in FIGURES]
)
def test_figures_still_answer(task, progress, as_of, status, completion):
    a = judge(task, progress, as_of)
    assert (a.status, a.completion_pct) == (status, completion), (a.rule, a.reason)
