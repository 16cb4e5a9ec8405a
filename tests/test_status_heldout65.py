"""Stop 65, statuse: the misses of stop 65's held-out invented status sets — invented265, invented266 and invented267
(bench/labels/status/, sealed by holdout, committed in 4956417) — first runs judged once by the lead (49/66; seventeen
misses, five of them the label's alt_status).  The sets are dev now, their rows still held out of the fitted figures;
each case here is written in other words than its row (another task, another field, other figures, the same way of
writing), with the status the row's reading gives.  Known misses are strict xfails, each with a reason describing the
phenomenon as the label row reads it.  The five whose engine answer is the label's alt_status are recorded too, their
reason saying so ("the label's alternative")."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def _xfail(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


JUNE = date(2026, 6, 30)
AUG = date(2026, 8, 31)
NOV = date(2026, 11, 30)

KNOWN_MISSES_HELDOUT65 = [
    pytest.param(
        "二-3 工作任务：技能提升；目标要求：举办退役军人职业技能培训班3期（科室：教育培训科；时限：2026年12月底）",
        "推进情况：首期培训计划于9月开班，目前正在比选承训机构。存在问题：无。",
        JUNE,
        "not_started",
        id="ledger_first_class_dated_later_provider_chosen",
        # mended by statusa at stop 67 (tests/test_status_statusa67.py) — a normal case now: a class of training held with
        # an event's verb (举办…培训班: words.toml task.service_round_held) is a round of service, its provider compared (比选)
        # its preparation, a problems section saying none no clause of it (README rule question 46); the reason was: the
        # label's alternative (on_track) is the engine's answer: a training's first class dated to open in a later month
        # before the deadline, only its provider being chosen — not started (rule question 46); the engine reads a stage
        # under way and says on track
    ),
    pytest.param(
        "五-2 工作任务：争取项目资金；目标要求：争取上级专项资金1500万元（科室：规划财务科；时限：2026年12月底）",
        "推进情况：已申报项目资金1900万元，到位资金420万元。存在问题：部分项目尚在审批。",
        JUNE,
        "behind",
        id="ledger_funds_arrived_not_applied",
        # mended by statusa at stop 66 (tests/test_status_statusa66.py) — a normal case now: money named as in hand by its
        # own name (到位资金, 拨付资金: words.toml figure.funds_available) is done, not pending by the application of the
        # figure before it (rules/building._funds_in_hand); the reason was: funds to win answered by the sum arrived, the
        # sum applied for not counted (rule question 25) — under the band, behind; the engine took both figures and said
        # on track
    ),
    pytest.param(
        "【督办05】调解组织：实现乡镇（街道）人民调解委员会规范化建设全覆盖（共48个）。承办股室：人民参与和促进法治股。"
        "办结时限：2026年12月31日。",
        "8月进展：已完成规范化建设32个，其余16个尚未启动。",
        AUG,
        "behind",
        id="supervised_coverage_rest_not_begun",
        # mended by statusa at stop 67 (tests/test_status_statusa67.py) — a normal case now: a coverage whose count keeps
        # the pace with its rest said not begun is behind (rules/judging.judge_indicator, README rule questions 22 and
        # 10); the reason was: the label's alternative (on_track) is the engine's answer: a full coverage two thirds done
        # with the rest not begun (rule questions 22, 10) — behind; the engine reads the section field 承办股室：… as a second
        # part unanswered and the count on pace, and says on track
    ),
    pytest.param(
        "【督办08】备案审查：完成部门规范性文件备案审查专项清理。承办股室：行政复议与应诉股。办结时限：2026年7月31日。",
        "8月进展：已于7月中旬完成清理，拟修改文件目录已报县政府审定。",
        AUG,
        "completed",
        id="supervised_cleanup_done_before_deadline",
        # mended by statuse at stop 65 (tests/test_status_statuse65.py) — a normal case now: a clause opening on a date
        # already reached and the finish of the task's own work (its action alone or with another of its words) is the
        # named step done, whatever follows (rules/status_stage._dated_finish); the reason was: a clean-up said done on a
        # date before its own deadline (已于…中旬完成清理), a follow-up list sent up — completed (rule 3); the engine reads the
        # deadline passed with work left and says behind
    ),
    pytest.param(
        "【督办10】法律援助：法律援助申请审查时限压缩至3个工作日以内。承办股室：法律援助中心。办结时限：2026年12月31日。",
        "8月进展：1—8月受理法律援助申请842件，平均审查时限2.1个工作日，均在3个工作日内审结。",
        AUG,
        "completed",
        id="supervised_process_cap_met_by_every_case",
        # mended by statuse at stop 65 (tests/test_status_statuse65.py) — a normal case now: a section field's label after
        # the target (承办股室：…) is a unit's field, never a part (words.toml task.lead_unit_label); the reason was: a process
        # cap in days met by every case (均在…个工作日内审结) and its average — completed (rule question 8);  the engine reads the
        # section field as a second part and says on track
    ),
    pytest.param(
        "【督办13】基层法律服务：新增基层法律服务工作者20名。承办股室：基层工作股。办结时限：2026年12月31日。",
        "8月进展：新增基层法律服务工作者23名。",
        AUG,
        "completed",
        id="supervised_count_over_target",
        # mended by statuse at stop 65 (tests/test_status_statuse65.py) — a normal case now: a section field's label after
        # the target (承办股室：…) is a unit's field, never a part (words.toml task.lead_unit_label); the reason was: a count
        # over its target (23 ≥ 20) — completed; the engine reads the section field 承办股室：… as a second  part unanswered
        # and says on track
    ),
    pytest.param(
        "【督办14】调解员配备：实现行业性专业性调解组织专职调解员配备全覆盖。承办股室：人民参与和促进法治股。"
        "办结时限：2026年12月31日。",
        "8月进展：全县行业性专业性调解组织专职调解员配备率保持100%。",
        AUG,
        "completed",
        id="supervised_full_coverage_kept_at_hundred",
        marks=_xfail(
            "the label's alternative (on_track) is the row's engine answer: a full coverage said kept at 100% — reached,"
            " completed (rule question 22; alternative on_track by rule question 17); the engine finds no coverage"
            " said and says unclear here"
        ),
    ),
    pytest.param(
        "【督办17】法治宣传阵地：新建青少年法治教育基地3个。承办股室：普法与依法治理股。办结时限：2026年10月31日。",
        "8月进展：某某社区法治文化长廊已建成；某某广场正在进行绿化施工；某某镇法治公园因用地调整尚未开工。",
        AUG,
        "seriously_behind",
        id="supervised_sites_one_built_one_not_begun",
        marks=_xfail(
            "the label's alternative (behind) is the engine's answer: three sites, one built, one building and one not"
            " begun — 1/3 under half the pace to October (rule questions 4, 2), seriously behind; the engine reads one"
            " not begun and says behind"
        ),
    ),
    pytest.param(
        "【督办18】律师培训：组织全县执业律师年度业务能力测试。承办股室：律师公证工作管理股。办结时限：2026年10月31日。",
        "8月进展：测试定于10月中旬举行，试题已拟定，报名工作正在进行。",
        AUG,
        "not_started",
        id="supervised_test_dated_later_only_prepared",
        # mended by statusa at stop 67 (tests/test_status_statusa67.py) — a normal case now: a unit's field in the task
        # (承办股室：…) is no event; a test dated by 举行 with its sign-up going on is a round only prepared (words.toml
        # task.service_round, intention.service_round_start, stage.service_round_prep; README rule question 46); the
        # reason was: the label's alternative (on_track) is the engine's answer: a test dated later before its deadline
        # with only its papers and sign-up prepared — not started (rule question 46); the engine reads a stage and says on
        # track
    ),
    pytest.param(
        "【督办20】行政执法监督员：完成新一届特邀行政执法监督员选聘30名。承办股室：行政执法协调监督股。"
        "办结时限：2026年12月31日。",
        "8月进展：已完成公开报名和资格审核，待县政府研究聘任。",
        AUG,
        "on_track",
        id="supervised_selection_awaiting_appointment",
        # mended by statusa at stop 66 (tests/test_status_statusa66.py) — a normal case now: a selection of people's own
        # steps (报名, 资格审核, 面试, 考察: words.toml stage.selection_step) are its work under way and its appointment
        # awaited nearly done (rules/status_stage.selection_stage); the reason was: a selection with its steps done,
        # awaiting appointment, the year not over — on track (rule question 12); the engine read a preparation stage past
        # the pace and said behind
    ),
    pytest.param(
        "产出指标—质量指标—统计报表报送及时率（年度指标值：100%）",
        "完成值：1—11月各项统计报表均按规定时限报送，报送及时率100%。",
        NOV,
        "on_track",
        id="sheet_on_time_rate_kept_at_hundred",
        # mended by statuse at stop 65 (tests/test_status_statuse65.py) — a normal case now: the figures of a value field
        # in brackets (…（年度指标值：100%）) measure the name before the bracket (indicators._value_field_name, words.toml
        # target.value_field_label); the reason was: the label's alternative (completed) is not the engine's answer
        # either: a rate of 100% kept through  November, the year not over — on track (rule question 17); the engine finds
        # no comparable figure and  says unclear
    ),
    pytest.param(
        # (this case's census step, 清查, said done is read completed by statusy's survey ladder, README rule question
        # 57, and is plain now — SURVEY_STEP_MENDED below; the way of writing stays a miss outside a survey)
        "产出指标—数量指标—完成全区道路管养台账整理（期限：8月底前）",
        "完成值：8月22日完成全区道路管养台账整理，录入路段1.6万条。",
        NOV,
        "completed",
        id="sheet_work_done_on_date_before_deadline",
        # mended by statuse at stop 65 (tests/test_status_statuse65.py) — a normal case now: a clause opening on a date
        # already reached and the finish of the task's own work is the named step done, whatever follows
        # (rules/status_stage._dated_finish); the reason was: work said done on a day before its own deadline (8月25日完成…,
        # deadline 8月底前) — completed (rule 3); the  engine reads the deadline passed and says behind
    ),
    pytest.param(
        "产出指标—数量指标—开展统计法治宣传讲座（年度指标值：30期、3000人次）",
        "完成值：举办讲座24期，受众2860人次。偏差原因：部分单位讲座安排推迟至12月。",
        NOV,
        "behind",
        id="sheet_sessions_under_band_people_in_it",
        # mended by statusa at stop 66 (tests/test_status_statusa66.py) — a normal case now: the lone figure of a unit
        # whose head is the target's, a verb of holding on each side (举办, 开展: words.toml figure.hold_verb), counts the
        # target's sessions; the reason was: sessions under the band, people in it — the worst decides, behind; the
        # engine left the sessions unanswered and said on track
    ),
    pytest.param(
        "产出指标—数量指标—编印《某某市第五次经济普查资料汇编》（期限：9月底前）",
        "完成值：汇编已完成排版校对，正在印制。偏差原因：部分数据核定时间较长。",
        NOV,
        "behind",
        id="sheet_printing_past_deadline",
        # mended by statusa at stop 66 (tests/test_status_statusa66.py) — a normal case now: a performance sheet's
        # deadline cell (（期限：9月底前）: words.toml task.deadline_label) is the task's deadline; the reason was: a
        # compilation still printing after its September deadline — behind (rule question 18); the engine read a stage
        # and said on track
    ),
    pytest.param(
        "效益指标—社会效益指标—不发生统计数据泄密事件（年度指标值：零发生）",
        "完成值：未出现。",
        NOV,
        "on_track",
        id="sheet_zero_held_before_year_end",
        # mended by statuse at stop 65 (tests/test_status_statuse65.py) — a normal case now: a cell's section label before
        # its colon (完成值：) is no word of the work, its 完成 no finish (rules/clauses.clause_stage, words.toml
        # report.section_label); the reason was: a zero held (未…) before the year's end — on track (rule question 8); the
        # engine reads the bare reply as  done and says completed
    ),
    pytest.param(
        "产出指标—数量指标—基层统计员业务培训覆盖率（年度指标值：100%）",
        "完成值：已有84.7%的基层统计员参加业务培训。",
        NOV,
        "behind",
        id="sheet_share_of_people_just_under_band",
        # mended by statuse at stop 65 (tests/test_status_statuse65.py) — a normal case now: the figures of a value field
        # in brackets (…（年度指标值：100%）) measure the name before the bracket (indicators._value_field_name, words.toml
        # target.value_field_label); the reason was: a share written before its noun (已有…%的…) just under the band (86.5)
        # against a 100% rate — behind (rule  question 9); the engine finds no comparable figure and says unclear
    ),
    pytest.param(
        "效益指标—可持续影响指标—推进统计信用体系建设（年度指标值：持续推进）",
        "完成值：按计划持续推进中。",
        NOV,
        "on_track",
        id="sheet_process_task_going_on",
        # mended by statuse at stop 65 (tests/test_status_statuse65.py) — a normal case now: a cell's section label before
        # its colon (完成值：) is no word of the work, its 完成 no finish (rules/clauses.clause_stage, words.toml
        # report.section_label); the reason was: a process task (持续推进) answered only by its going on — on track (rule 5);
        # the engine reads it as done  and says completed
    ),
]


@pytest.mark.parametrize("task,progress,as_of,expected", KNOWN_MISSES_HELDOUT65)
def test_heldout65_known_misses(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# The first case of sheet_work_done_on_date_before_deadline, a census's own step (清查) said done on a day before its
# deadline: mended by statusy's survey ladder (README rule question 57), plain since.
SURVEY_STEP_MENDED = [
    ("产出指标—数量指标—完成经济普查单位清查底册整理（期限：8月底前）", "完成值：8月25日完成全市清查底册整理，整理单位名录2.3万条。",
     NOV, "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", SURVEY_STEP_MENDED)
def test_heldout65_survey_step_mended(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)
