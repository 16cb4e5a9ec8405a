"""The status rules of docs/status-rules.md, on inputs built by hand."""

from datetime import date

import pytest

from luoshi.engine.assess import assess_row, expected_pct
from luoshi.engine.judgement import Indicator, Milestone, ProgressFact, ProgressRow, Task

MID_YEAR = date(2020, 6, 30)


def target(metric, value, unit, scale="", comparator=">=", kind="count", cumulative=False):
    return Indicator(metric=metric, value=value, unit=unit, scale=scale, comparator=comparator, kind=kind,
                     cumulative=cumulative, text=f"{metric}{value}{scale}{unit}")


def row(progress, facts=(), **kw):
    return ProgressRow(row=1, task=kw.pop("task", ""), units="", progress=progress, facts=list(facts), **kw)


def fact(progress, text, metric, value, unit, scale="", cumulative=False):
    start = progress.index(text)
    return ProgressFact(metric, value, unit, scale, cumulative, text, (start, start + len(text)))


def task(text, *indicators, milestones=()):
    return Task(id="T1", source={}, text=text, indicators=list(indicators), milestones=list(milestones))


def one_line_chinese(reason):
    assert reason and "\n" not in reason
    assert any("\u4e00" <= ch <= "\u9fff" for ch in reason)


def test_expected_pace_is_the_elapsed_share_of_the_year():
    assert expected_pct(MID_YEAR) == 49.7          # 182 of 366 days in 2020
    assert expected_pct(date(2021, 12, 31)) == 100.0
    assert expected_pct(date(2021, 1, 1)) == pytest.approx(0.3, abs=0.05)


def test_figure_above_target_is_completed_with_its_evidence():
    p = "完成安置938套。"
    a = assess_row(row(p, [fact(p, "完成安置938套", "安置", 938, "套")]),
                   task("全域化完成存量项目征迁清零,完成安置800套。", target("安置", 800, "套")), MID_YEAR)
    assert a.status == "completed" and a.completion_pct == pytest.approx(117.2, abs=0.1)
    assert [e.text for e in a.evidence if e.source == "progress"] == ["完成安置938套"]
    one_line_chinese(a.reason)


def test_cumulative_figure_near_pace_is_on_track():
    p = "累计回迁安置519户,完成率51.9%"
    r = row(p, [fact(p, "累计回迁安置519户", "回迁安置", 519, "户", cumulative=True)])
    a = assess_row(r, task("回迁安置1000户以上", target("回迁安置", 1000, "户")), MID_YEAR)
    assert a.status == "on_track" and a.completion_pct == pytest.approx(51.9)
    assert "519" in a.reason and "49.7" in a.reason


def test_stated_completion_rate_is_used():
    p = "已完成收储6宗212.65亩,完成率45%"
    start = p.index("完成率45%")
    a = assess_row(row(p, stated_pct=45.0, stated_pct_span=(start, start + 6)), None, MID_YEAR)
    assert a.status == "on_track" and a.completion_pct == 45.0
    assert a.evidence[0].text == "完成率45%"


def test_pace_bands():
    p = "完成12个"
    def status_for(done):
        r = row(p, [ProgressFact("完成", done, "个", text=p, span=(0, len(p)))])
        return assess_row(r, task("完成100个", target("完成", 100, "个")), MID_YEAR).status
    assert status_for(65) == "ahead"
    assert status_for(45) == "on_track"
    assert status_for(30) == "behind"
    assert status_for(12) == "seriously_behind"
    assert status_for(100) == "completed"


def test_scale_is_respected():
    p = "完成扩绿2.5万平方米。"
    a = assess_row(row(p, [fact(p, "完成扩绿2.5万平方米", "扩绿", 2.5, "平方米", scale="万")]),
                   task("扩绿2万平方米", target("扩绿", 2, "平方米", scale="万")), MID_YEAR)
    assert a.status == "completed" and a.completion_pct == 125.0


def test_a_figure_of_another_metric_answers_nothing():
    p = "完成供水改造工程小区2个。"
    a = assess_row(row(p, [fact(p, "完成供水改造工程小区2个", "供水改造工程小区", 2, "个")]),
                   task("新建城市书房10个", target("新建城市书房", 10, "个")), MID_YEAR)
    assert a.status == "unclear" and a.completion_pct is None


def test_maximum_target_met_when_at_or_under():
    p = "全区重大建设项目审批时间平均75天。"
    a = assess_row(row(p, [fact(p, "审批时间平均75天", "审批时间", 75, "天")]),
                   task("最多80天", target("审批时间", 80, "天", comparator="<=", kind="duration")), MID_YEAR)
    assert a.status == "completed"


def test_growth_rate_below_target_and_negative_is_seriously_behind():
    p = "GDP增长率为-9.6%"
    a = assess_row(row(p, [fact(p, "GDP增长率为-9.6%", "GDP增长率", -9.6, "%")]),
                   task("地区生产总值增长6.5%以上", target("地区生产总值增长率", 6.5, "%", kind="growth_rate")), MID_YEAR)
    assert a.status == "seriously_behind" and a.completion_pct is None


def test_not_started_and_neutral_and_unclear():
    a = assess_row(row("暂未改造。", stage="not_started", stage_span=(0, 4)),
                   task("完成88间校园厕所提升改造"), MID_YEAR)
    assert a.status == "not_started" and a.evidence[0].text == "暂未改造"
    assert assess_row(row("正常进行中。", neutral=True), task("有效投资确保完成市下达目标任务"), MID_YEAR).status == "unclear"
    numeric = task("新增托育机构3家", target("新增托育机构", 3, "家"))
    assert assess_row(row("积极推进托育工作。"), numeric, MID_YEAR).status == "unclear"


def test_work_reported_on_a_task_without_a_number_is_on_track():
    a = assess_row(row("出台《改革区属国有企业工资决定机制实施办法》。"), task("深化国资国企改革。"), MID_YEAR)
    assert a.status == "on_track" and a.evidence


def test_only_preparation_after_mid_year_for_a_build_task_is_behind():
    p = "贴沙河、龙山河绿道工程正在招标。"
    r = row(p, stage="preparing", stage_span=(p.index("正在招标"), p.index("正在招标") + 4))
    assert assess_row(r, task("建成龙山河、贴沙河沿河绿道。"), MID_YEAR).status == "behind"
    assert assess_row(r, task("建成龙山河、贴沙河沿河绿道。"), date(2020, 3, 31)).status == "on_track"


def test_a_deadline_in_the_task_sets_the_pace():
    p = "完成50个"
    r = row(p, [ProgressFact("完成", 50, "个", text=p, span=(0, 4))])
    t = task("6月底前完成100个", target("完成", 100, "个"), milestones=[Milestone("完成", "done", "6月底")])
    a = assess_row(r, t, MID_YEAR)
    assert a.expected_pct == 100.0 and a.status == "seriously_behind"


def test_a_figure_in_a_clause_about_pending_work_is_not_work_done():
    p = "10座老旧垃圾房提升改造准备发布招投标公告;已安装70套称重设备。"
    r = row(p, [fact(p, "10座", "老旧垃圾房提升改造", 10, "座"), fact(p, "70套", "安装称重设备", 70, "套")])
    a = assess_row(r, task("提升改造老旧垃圾房10座", target("提升改造老旧垃圾房", 10, "座")), MID_YEAR)
    assert a.status != "completed" and a.completion_pct is None


def test_an_outcome_rate_is_not_shown_by_activity():
    r = row("开展研发投入统计辅导,发动233家企业系统注册。", stage="underway", stage_span=(0, 2))
    t = task("全社会R&D经费支出增长15%", target("全社会R&D经费支出", 15, "%", kind="growth_rate"))
    assert assess_row(r, t, MID_YEAR).status == "unclear"


def test_reason_shows_the_unit_as_written():
    p = "使用金额共计4200万元"
    r = row(p, [fact(p, "使用金额共计4200万元", "使用金额", 4200, "万元", scale="万")])
    a = assess_row(r, task("使用金额6亿元", target("使用金额", 6, "亿元", scale="亿")), MID_YEAR)
    assert "6亿元" in a.reason and "4200万元" in a.reason and "亿亿" not in a.reason
    assert a.completion_pct == pytest.approx(7.0)
