"""Stop 66, statuse: the misses of stop 66's held-out invented status sets — invented270, invented271 and invented272
(bench/labels/status/, sealed by holdout) — first runs judged once by the lead (51/66; fifteen misses, four of them the
label's alt_status or near it).  The sets are dev now, their rows still held out of the fitted figures; each case here is
written in other words than its row (another task, another field, other figures, the same way of writing), with the
status the row's reading gives.  Known misses are strict xfails, each with a reason describing the phenomenon as the
label row reads it; those whose engine answer is the label's alt_status say so ("the label's alternative")."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def _xfail(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


JUL = date(2026, 7, 31)
OCT = date(2026, 10, 31)
APR = date(2026, 4, 30)

KNOWN_MISSES_HELDOUT66 = [
    pytest.param(
        "任务编号：SQ07；任务名称：物业服务提升；年度目标：举办住宅小区物业管理人员业务培训班3期、培训450人次；完成时限：11月30日；责任股室：物业管理股",
        "1—7月进展：三期培训班已分别于4月、6月、7月举办，累计培训物业管理人员468人次。",
        JUL,
        "completed",
        id="two_part_rounds_and_people_both_done",
        marks=_xfail(
            "a training's rounds and its people both said done (the rounds each held in a named month, the people over the count) — completed; the engine finds no answer to the rounds part (分别于…月举办 not counted as rounds held) and says on track"
        ),
    ),
    pytest.param(
        "任务编号：SQ12；任务名称：垃圾分类进村；年度目标：实现全县35个行政村垃圾分类收集点全覆盖；完成时限：11月30日；责任股室：环卫股",
        "1—7月进展：已在23个行政村建成收集点并投入使用，其余12个村正在协调选址。",
        JUL,
        "behind",
        id="coverage_rest_only_finding_sites",
        # mended by statusa at stop 67 (tests/test_status_statusa67.py) — a normal case now: a coverage whose count keeps
        # the pace with its rest said not begun or only preparing is behind (rules/judging.judge_indicator, README rule
        # questions 22 and 10); the reason was: the label's alternative (on_track) is the engine's answer: a full coverage
        # about two thirds done, the rest only looking for sites, not building (rule questions 22, 10) — behind; the
        # engine reads the count on pace and says on track
    ),
    pytest.param(
        "任务编号：SQ20；任务名称：市容环境测评；年度目标：全县市容环境卫生在全市季度测评中保持前五名；完成时限：12月31日；责任股室：市容股",
        "1—7月进展：对照市测评标准逐项整改落实，二季度测评情况尚未通报。",
        JUL,
        "unclear",
        id="ranking_result_not_yet_published",
        # mended by statusa at stop 67 (tests/test_status_statusa67.py) — a normal case now: a result not yet announced
        # (尚未通报: words.toml report.no_data) is no work not begun; the reason was: a ranking target whose result has not
        # been announced (尚未通报), only work on the criteria said (rule 6, rule question 7) — unclear; the engine reads 尚未
        # as the work not begun and says not started
    ),
    pytest.param(
        "〔指标〕档案数字化〔目标值〕完成馆藏档案数字化扫描3.2万卷〔分值〕5分〔时限〕12月31日〔处室〕信息技术处",
        "自查进展：已完成婚姻、土地等类别档案数字化扫描3.5万卷。",
        OCT,
        "completed",
        id="scored_sheet_count_over_target",
        # mended by statuse at stop 66 (tests/test_status_statuse66.py) — a normal case now: archive volumes (卷) are a
        # unit of count (units.toml units.count); the reason was: a count of archive volumes (卷) over its target — completed; the engine did not read 卷 as a unit of count and read a stage, on track
    ),
    pytest.param(
        "〔指标〕档案整理〔目标值〕完成馆藏散存档案整理2.5万卷〔分值〕4分〔时限〕11月30日〔处室〕保管利用处",
        "自查进展：已完成散存档案整理1.4万卷，其中永久保管8200卷。",
        OCT,
        "behind",
        id="scored_sheet_count_under_band_to_november",
        # mended by statuse at stop 66 (tests/test_status_statuse66.py) — a normal case now: archive volumes (卷) are a
        # unit of count (units.toml units.count); the reason was: a count of archive volumes (卷) under the band to its November deadline, over half — behind; the engine did not read 卷 as a unit of count and read a stage, on track
    ),
    pytest.param(
        "〔指标〕志书编纂〔目标值〕编纂出版《某某区志（2021—2025）》〔分值〕4分〔时限〕8月31日〔处室〕编研处",
        "自查进展：《某某区志（2021—2025）》已于8月正式出版，印制800册，分送区直各部门。",
        OCT,
        "completed",
        id="scored_sheet_book_published_before_deadline",
        marks=_xfail(
            "a book to compile and publish said published in a month before its deadline (rule 3) — completed; the engine reads concrete work without a quantified target and says on track"
        ),
    ),
    pytest.param(
        "〔指标〕档案宣传〔目标值〕举办“百年家风”专题档案展〔分值〕3分〔时限〕6月10日前〔处室〕宣传教育处",
        "自查进展：专题展于6月9日在市图书馆一楼开展，截至10月底累计接待参观群众8600人次。",
        OCT,
        "completed",
        id="scored_sheet_exhibition_opened_before_deadline",
        marks=_xfail(
            "an exhibition to hold said opened on a day before its deadline, visitors counted since (rule question 6) — completed; the engine reads it as under way and says on track"
        ),
    ),
    pytest.param(
        "〔指标〕电子档案管理〔目标值〕在12家区直单位开展电子文件在线归档试点〔分值〕5分〔时限〕12月31日〔处室〕信息技术处",
        "自查进展：已有6家单位完成系统改造并实现在线归档，其余6家正在进行接口对接和测试。",
        OCT,
        "on_track",
        id="scored_sheet_pilots_half_rest_in_last_step",
        marks=_xfail(
            "the label's alternative (behind) is the engine's answer: pilots done one by one, half done and the rest all in their last step, testing (rule questions 4, 38) — on track; the engine counts half against the pace and says behind"
        ),
    ),
    pytest.param(
        "〔指标〕纸质档案保护〔目标值〕完成馆藏酸化档案脱酸处理2000卷〔分值〕4分〔时限〕11月30日〔处室〕保管保护处",
        "自查进展：项目于9月完成招标，服务单位已进场，已完成脱酸处理380卷。",
        OCT,
        "seriously_behind",
        id="scored_sheet_started_late_under_half_pace",
        # mended by statuse at stop 66 (tests/test_status_statuse66.py) — a normal case now: archive volumes (卷) are a
        # unit of count (units.toml units.count); the reason was: a count under half the pace to its November deadline after a late tender (rule question 2) — seriously behind (the label's alternative behind); the engine did not read 卷 as a unit of count and read a work just begun, behind
    ),
    pytest.param(
        "〔指标〕口述档案征集〔目标值〕征集革命老区口述史料及实物档案300件（套）〔分值〕3分〔时限〕12月31日〔处室〕接收征集处",
        "自查进展：已征集口述史料及实物档案281件（套），其中口述音视频112件。",
        OCT,
        "ahead",
        id="scored_sheet_unit_with_bracketed_alternative",
        # mended by statusa at stop 67 (tests/test_status_statusa67.py) — a normal case now: a bracketed unit right after
        # a figure's own unit (件（套）) is that count's other unit, no header of the next figure (vocab.header_unit_pattern);
        # the reason was: a count whose unit carries a bracketed alternative (件（套）) over the band — ahead; the engine
        # reads the bracketed unit as a second part unanswered and says on track
    ),
    pytest.param(
        "〔指标〕年度考核〔目标值〕组织开展市直单位档案工作年度考核〔分值〕2分〔时限〕12月31日〔处室〕业务指导处",
        "自查进展：该项考核按往年安排于12月集中进行。",
        OCT,
        "not_started",
        id="scored_sheet_routine_month_still_ahead",
        # mended by statusa at stop 67 (tests/test_status_statusa67.py) — a normal case now: a yearly assessment (年度考核:
        # words.toml task.service_round) dated by 进行 (intention.service_round_start) to a later month is a round not yet
        # due (README rule question 46); the reason was: the label's alternative (on_track) is not the engine's answer
        # either: work done by routine in a later month before its deadline (rule 4, rule question 19) — not started; the
        # engine finds nothing to read and says unclear
    ),
    pytest.param(
        "工作要点第6项：壮大技术先进型服务企业群体，全省技术先进型服务企业数量达到900家。（牵头处室：国际合作处；时限：12月31日）",
        "进展（截至4月30日）：全省有效期内技术先进型服务企业812家；本年度新一批评定于4月开始，已收到申报企业135家。",
        APR,
        "on_track",
        id="stock_level_short_new_applications_open",
        marks=_xfail(
            "a stock level (有效期内…家) short of a year-end target set only at year's end, new applications being received (rule questions 10, 12) — on track; the engine reads the stock as the year's count, far over the pace, and says ahead"
        ),
    ),
    pytest.param(
        "工作要点第9项：科技型企业创新积分入库企业1.5万家。（牵头处室：科技企业服务处；时限：12月31日）",
        "进展（截至4月30日）：累计入库创新积分企业0.92万家。",
        APR,
        "ahead",
        id="cumulative_entries_over_band",
        # mended by statusa at stop 67 (tests/test_status_statusa67.py) — a normal case now: a running total of entries
        # (累计入库: words.toml report.entered_running) counts the items entered (rules/roles._ENTERED); the reason was: a
        # cumulative count (累计入库) over the band — ahead; the engine reads the count as on pace and says on track
    ),
    pytest.param(
        "工作要点第11项：全省每万人口高价值发明专利拥有量达到15件。（牵头处室：成果转化处；时限：12月31日）",
        "进展（截至4月30日）：据知识产权部门统计，2025年末全省每万人口高价值发明专利拥有量为13.6件；本年数值尚未公布。",
        APR,
        "unclear",
        id="ratio_answered_by_last_year_only",
        # mended by statusa at stop 67 (tests/test_status_statusa67.py) — a normal case now: the period's own figure said
        # not out yet (本年数值尚未公布: words.toml report.this_period, report.period_figure_noun, report.figure_not_yet,
        # report.figure_published) beside an earlier year's figure is unclear (rules/status_statements.PeriodicIndicator);
        # the reason was: a level to reach answered only by last year's figure, this year's not yet out (rule 6) —
        # unclear; the engine compares last year's figure with the target and says behind
    ),
    pytest.param(
        "工作要点第22项：引进外国专业人才（B类）200人。（责任处室：人才引进处；时限：12月31日）",
        "进展（截至4月30日）：已为外国专业人才（B类）办理来华工作许可88人。",
        APR,
        "ahead",
        id="permits_issued_count_over_band",
        marks=_xfail(
            "people brought in counted by the permits done for them (办理…许可…人) over the band — ahead; the engine reads 办理 as a preparatory stage and says on track"
        ),
    ),
]


@pytest.mark.parametrize("task,progress,as_of,expected", KNOWN_MISSES_HELDOUT66)
def test_heldout66_known_misses(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)
