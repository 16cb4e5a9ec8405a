"""Stop 65, statuse (second round): ways of writing the held-out sets invented265–267 showed the engine misreading,
mended as general rules — each a table of examples in other words (other places, nouns, figures) with near-miss guards
that must not match.

1. A task cell's section field after the target (承办股室：…。) is a field, never a part unanswered (words.toml
   task.lead_unit_label: 承办 is an event verb too, so the label must be known whole).
2. A clause opening on a date already reached and the finish of the task's own work (已于7月上旬完成清理, 7月28日完成…
   样本轮换) is the named step done, whatever follows it (status_stage._dated_finish).
3. A cell's section label before its colon (完成值：) is no word of the work: its 完成 no finish (clauses.clause_stage).
4. A single rate cap whose rate the reply says nought with no unit (重新犯罪率为0) is a level held
   (status_measures._cap_at_zero, words.toml report.rate_at_zero).
5. The figures of a value field in brackets after an indicator's name (…轮训（年度指标值：30期、3000人次）) measure that
   name (indicators._value_field_name, words.toml target.value_field_label)."""

from datetime import date

import pytest

from luoshi.engine.indicators import parse
from luoshi.engine.rules.clauses import clause_stage
from luoshi.engine.rules.task_parts import task_parts
from tests.status_judge import judge

pytestmark = pytest.mark.engine

AUG = date(2026, 8, 31)
SEPT_10 = date(2026, 9, 10)
NOV = date(2026, 11, 30)
DEC = date(2026, 12, 31)

SECTION_FIELD = [
    ("【督办09】审批提速：行政许可事项办理时限压缩至8个工作日以内。承办股室：审批服务股。办结时限：2026年12月31日。",
     "8月进展：办理许可事项1260件，平均办理时限5.6个工作日，均在8个工作日内办结。", AUG, "completed"),
    ("【督办03】人民调解：新增专职人民调解员12名。承办股室：人民参与和促进法治股。办结时限：2026年12月31日。",
     "8月进展：新增专职人民调解员14名。", AUG, "completed"),
    ("【督办02】法治宣传：开展“法律进乡村”巡回宣讲40场。承办股室：普法与依法治理股。办结时限：2026年12月31日。",
     "8月进展：开展巡回宣讲29场。", AUG, "ahead"),
    # near miss: the count under the band stays behind — the field gone changes nothing of the part's own reading
    ("【督办02】法治宣传：开展“法律进乡村”巡回宣讲40场。承办股室：普法与依法治理股。办结时限：2026年12月31日。",
     "8月进展：开展巡回宣讲22场。", AUG, "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", SECTION_FIELD)
def test_section_field_after_target_is_no_part(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


FIELD_PARTS = [
    ("新增专职人民调解员12名。承办股室：人民参与和促进法治股。", ["新增专职人民调解员12名"]),
    ("新增专职人民调解员12名。主办股室：人民参与和促进法治股；协办股室：办公室。", ["新增专职人民调解员12名"]),
    # near miss: 承办 as the verb of an event to host (no label, no colon) is a part of its own
    ("新增专职人民调解员12名，承办全市人民调解技能大赛。", ["新增专职人民调解员12名", "承办全市人民调解技能大赛"]),
]


@pytest.mark.parametrize("task,parts", FIELD_PARTS)
def test_section_field_parts(task, parts):
    assert [p.text for p in task_parts(task, parse(task)[0])] == parts


DATED_FINISH = [
    ("【督办08】档案清理：完成局机关历年诉讼档案集中清理。承办股室：办公室。办结时限：2026年7月31日。",
     "8月进展：已于7月上旬完成清理，拟销毁档案目录已报局务会审定。", AUG, "completed"),
    ("产出指标—数量指标—完成住户调查样本轮换（期限：7月底前）",
     "完成值：7月28日完成全市住户调查样本轮换，新增样本户320户。", AUG, "completed"),
    # near misses: a date still to come is a plan; another object finished is no finish of the task's work
    ("产出指标—数量指标—完成住户调查样本轮换（期限：9月底前）",
     "完成值：9月20日完成样本轮换，目前正在录入。", SEPT_10, "on_track"),
    ("【督办08】档案清理：完成局机关历年诉讼档案集中清理。承办股室：办公室。办结时限：2026年9月30日。",
     "8月进展：已于7月完成摸底排查，清理工作正在进行。", AUG, "on_track"),
    ("产出指标—数量指标—完成住户调查样本轮换（期限：7月底前）",
     "完成值：7月28日完成样本轮换培训，轮换工作正在进行。", AUG, "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", DATED_FINISH)
def test_dated_finish_of_own_work(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


SECTION_LABEL_STAGE = [
    ("完成值：未出现", None),
    ("完成值：按计划持续推进中", "underway"),
    ("完成值：已完成", "done"),          # near miss: the words after the label still say done
    ("完成情况：持续推进中", "underway"),
]


@pytest.mark.parametrize("clause,stage", SECTION_LABEL_STAGE)
def test_section_label_is_no_stage(clause, stage):
    assert clause_stage(clause) == stage


SECTION_LABEL = [
    ("效益指标—社会效益指标—不发生统计数据泄密事件（年度指标值：零发生）", "完成值：未出现。", NOV, "on_track"),
    ("效益指标—可持续影响指标—推进统计信用体系建设（年度指标值：持续推进）", "完成值：按计划持续推进中。", NOV, "on_track"),
    # near miss: a one-off task said done after the label is done
    ("产出指标—数量指标—完成住户调查样本轮换（期限：9月底前）", "完成值：已全部完成。", NOV, "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", SECTION_LABEL)
def test_section_label_before_reply(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


RATE_AT_ZERO = [
    ("【督办06】安置帮教：刑满释放人员重新犯罪率控制在0.5%以内。承办股室：安置帮教股。",
     "8月进展：1—8月刑满释放人员重新犯罪率为0，未发生漏管。", AUG, "on_track"),
    ("安全生产事故死亡率控制在0.3‰以内", "全年安全生产事故死亡率为零。", DEC, "completed"),
    # near misses: a figure of its own is compared; another rate at zero answers nothing; a forecast holds nothing
    ("【督办06】安置帮教：刑满释放人员重新犯罪率控制在0.25%以内。承办股室：安置帮教股。",
     "8月进展：刑满释放人员重新犯罪率为0.3%。", AUG, "behind"),
    ("【督办06】安置帮教：刑满释放人员重新犯罪率控制在0.5%以内。承办股室：安置帮教股。",
     "8月进展：社区矫正对象脱管率为0。", AUG, "unclear"),
    ("【督办06】安置帮教：刑满释放人员重新犯罪率控制在0.5%以内。承办股室：安置帮教股。",
     "8月进展：预计全年重新犯罪率为0。", AUG, "unclear"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", RATE_AT_ZERO)
def test_rate_cap_at_zero(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


VALUE_FIELD_METRICS = [
    ("产出指标—数量指标—开展统计业务轮训（年度指标值：30期、3000人次）",
     [("开展统计业务轮训", 30.0), ("开展统计业务轮训", 3000.0)]),
    ("产出指标—质量指标—统计报表报送及时率（年度指标值：100%）", [("统计报表报送及时率", 100.0)]),
    # near miss: a figure with words of its own in the field keeps them
    ("产出指标—数量指标—开展统计业务轮训（年度指标值：线上培训30期）", [("线上培训", 30.0)]),
]


@pytest.mark.parametrize("task,metrics", VALUE_FIELD_METRICS)
def test_value_field_measures_the_name(task, metrics):
    assert [(i.metric, i.value) for i in parse(task)[0]] == metrics


VALUE_FIELD = [
    ("产出指标—质量指标—统计报表报送及时率（年度指标值：100%）",
     "完成值：1—11月各项统计报表均按规定时限报送，报送及时率100%。", NOV, "on_track"),
    ("产出指标—数量指标—基层统计员业务培训覆盖率（年度指标值：100%）",
     "完成值：已有84.7%的基层统计员参加业务培训。", NOV, "behind"),
    # near miss: a share of other things (乡镇 finishing another work) answers no rate of the name
    ("产出指标—数量指标—基层统计员业务培训覆盖率（年度指标值：100%）",
     "完成值：已有91.2%的乡镇完成统计站标准化建设。", NOV, "unclear"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", VALUE_FIELD)
def test_value_field_answered(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
