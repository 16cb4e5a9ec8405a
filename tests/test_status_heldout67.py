"""Stop 67, statuse: the misses of stop 67's held-out invented status sets — invented275, invented276 and invented277
(bench/labels/status/, sealed by holdout) — first runs judged once by the lead (58/66; eight misses, three of them the
label's alt_status).  Four mended by statuse at stop 67 (second round); a guard beside each mend (GUARDS).  The sets are dev now, their rows still held out of the fitted figures; each case here is written
in other words than its row (another task, another field, other figures, the same way of writing), with the status the
row's reading gives.  Known misses are strict xfails, each with a reason describing the phenomenon as the label row
reads it; those whose engine answer is the label's alt_status say so ("the label's alternative")."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def _xfail(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


SEP = date(2026, 9, 30)
OCT = date(2026, 10, 31)
MAY = date(2026, 5, 31)

KNOWN_MISSES_HELDOUT67 = [
    pytest.param(
        "【企业培育】新认定省级“瞪羚”企业60家，争创国家级制造业单项冠军企业5家（牵头科室：产业发展科；完成期限：2026年12月底）",
        "落实情况：首批省级“瞪羚”企业认定名单已于5月公示，全市新增38家；第二批已推荐30家企业参评，省厅正在组织评审。"
        "国家级单项冠军已推荐9家企业申报，认定结果尚未公布。",
        SEP,
        "behind",
        id="recognised_first_batch_under_band_second_in_review",
        marks=_xfail(
            "the label's alternative (on_track) is the engine's answer: a recognition count whose first batch is under "
            "the band, over half, the second batch in review with no figure (rule question 12) beside a higher level's "
            "recognition applied for — behind by the worst part; the engine reads the province's part on pace"
        ),
    ),
    pytest.param(
        "【重大项目】推动某某光伏组件项目建成投产（牵头科室：项目推进科；完成期限：2026年10月底）",
        "落实情况：生产车间已竣工，生产线设备正在安装调试。存在问题：关键设备供货滞后，预计12月上旬试产。",
        SEP,
        "behind",
        id="plant_installing_with_late_supply_trial_after_deadline",
        marks=_xfail(
            "the label's alternative (on_track) is the engine's answer: a plant due in production next month still "
            "installing its equipment, a late supply written as a problem and its trial run planned after the deadline "
            "— behind; the engine reads the last step under way and says on track"
        ),
    ),
    pytest.param(
        "【人才培训】举办企业数字化转型专题研修班3期、培训300人次（牵头科室：信息化推进科；完成期限：2026年11月底）",
        "落实情况：研修班定于10月中旬在市委党校举办，教学计划和学员选调已完成。",
        SEP,
        "not_started",
        id="training_dated_next_month_before_deadline",
        marks=_xfail(
            "a training dated to a later month before its deadline, only its preparation done (rule question 46) — not "
            "started; the engine finds no figure to compare with the rounds and says unclear (the row itself: read as "
            "preparation past the pace, behind)"
        ),
    ),
    pytest.param(
        "畜牧稳产——全省肉牛存栏稳定在300万头左右。时间节点：全年。主责处室：畜牧处。",
        "进展：3月末全省肉牛存栏297.5万头，基础产能保持稳定。",
        MAY,
        "on_track",
        id="stock_held_about_its_level",
        # mended by statuse at stop 67 — a normal case now: a level to hold (words.toml level.hold) short of it before
        # the deadline is on pace, never ahead by its share (rules/judging.judge_indicator; README rule questions 55, 10);
        # the reason was: the engine counted the stock as the year's share and said ahead
    ),
    pytest.param(
        "秋季防疫——开展秋季动物疫病集中强制免疫，应免动物免疫密度常年保持在92%以上。时间节点：10月底。主责处室：兽医处。",
        "进展：秋季强制免疫已于10月18日全面结束，各病种应免动物免疫密度均保持在92%以上。",
        OCT,
        "completed",
        id="density_floor_kept_in_campaign_finished",
        # mended by statuse at stop 67 — a normal case now: 时间节点： before a date is the task's deadline field
        # (words.toml task.deadline_label), so the floor kept is judged at its own October deadline; the reason was: the
        # engine read the year's end as the deadline, the level held to keep to it, and said on track
    ),
    pytest.param(
        "土壤改良——完成酸化耕地土壤改良8万亩。时间节点：3月底。主责处室：耕地建设处。",
        "进展：已完成酸化耕地改良7.2万亩，剩余0.8万亩因承包户意见不一正在协调。",
        MAY,
        "behind",
        id="area_short_after_own_deadline",
        # mended by statuse at stop 67 — a normal case now: 时间节点： before a date is the task's deadline field
        # (words.toml task.deadline_label); the reason was: the engine judged the area by the year's pace, not the task's
        # own passed deadline, and said ahead
    ),
    pytest.param(
        "油菜秋播——完成油菜播种1200万亩。时间节点：10月底。主责处室：种植处。",
        "进展：油菜播种按农时于10月上旬启动，现阶段尚未开展，正在研究制定播种技术方案。",
        MAY,
        "not_started",
        id="seasonal_sowing_not_due",
        marks=_xfail(
            "a season's sowing dated by the farming calendar to begin months later, before its deadline, not begun, "
            "only planned (rule 4, rule question 19) — not started; the engine reads the planning as preparation past "
            "the pace to its October deadline and says behind (before the deadline field 时间节点 was read, at the "
            "year's pace: on track, the label's alternative)"
        ),
    ),
    pytest.param(
        "庭院建设——创建省级美丽庭院示范村300个。时间节点：12月底。主责处室：农村社会事业处。",
        "进展：已确定本年度示范村创建名单326个村，各地正在制定建设方案，少数村已动工。",
        MAY,
        "on_track",
        id="count_listed_for_creation_not_created",
        # mended by statuse at stop 67 — a normal case now: a count chosen (已确定…名单) after a cell's header and colon
        # is the items chosen, no work done (rules/building, words.toml found.choose_verb); the reason was: the engine read
        # the listed count as created and said completed
    ),
]


# Guards of the mends: what each rule must leave alone.
GUARDS = [
    pytest.param(
        "规模养殖——新增标准化肉牛养殖场30个。时间节点：12月底。主责处室：畜牧处。",
        "进展：已新增标准化肉牛养殖场22个。",
        MAY,
        "ahead",
        id="count_to_make_over_band_stays_ahead",
        # a count to make (新增), no level to hold: over the band it is still ahead
    ),
    pytest.param(
        "畜牧稳产——全省肉羊存栏稳定在800万只以上。时间节点：全年。主责处室：畜牧处。",
        "进展：4月末全省肉羊存栏812万只。",
        MAY,
        "on_track",
        id="level_held_over_its_floor_on_pace",
        # a level held over its floor before the year's end is on pace (README rule question 55)
    ),
    pytest.param(
        "渔业养殖——完成稻渔综合种养面积45万亩。主责处室：渔业处。",
        "进展：已完成稻渔综合种养面积28万亩，按时间节点推进。",
        MAY,
        "ahead",
        id="time_node_in_reply_no_deadline",
        # 时间节点 without a colon names no deadline: the year's pace judges the count
    ),
    pytest.param(
        "农村改革——集体经营性建设用地入市试点扩大到12个县。时间节点：11月底。主责处室：改革处。",
        "进展：已确定12个试点县，各县正在开展土地调查。",
        MAY,
        "completed",
        id="pilots_chosen_are_made",
        # a pilot is a pilot once named (words.toml found.chosen_is_made): the chosen count answers the task
    ),
]


@pytest.mark.parametrize("task,progress,as_of,expected", GUARDS)
def test_heldout67_guards(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)


@pytest.mark.parametrize("task,progress,as_of,expected", KNOWN_MISSES_HELDOUT67)
def test_heldout67_known_misses(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)
