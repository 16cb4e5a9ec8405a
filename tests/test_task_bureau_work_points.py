"""A bureau's yearly work points (某某县…局2026年工作要点): a title naming the work points with no date line and no address,
a preamble (the year's place, the general line 总体思路是：…, the year's targets 主要目标：…), 一、 headings on their own line
over run-in titles （一）… numbered on across the headings, each run-in title followed by the measures of its group, and a
closing call to the bureau's units to carry out the document (各股室要对照本要点，…).  The title is the plan part's title
(words.toml part.plan: 工作要点), so the document's measures are read as tasks; the call to carry out the document itself
(对照本要点, 按照本方案要求: task.own_document_verb, task.own_document_noun) is no task in any part.

The documents are written for these tests; none is a label's text."""

from __future__ import annotations

import pytest

from luoshi.engine import parts, reader, tasks
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

_POINTS = """某某县卫生健康局2026年工作要点

2026年是“十五五”开局之年，也是深化医药卫生体制改革的关键之年。全县卫生健康工作的总体思路是：以人民健康为中心，以基层为重点，以改革创新为动力，加快建设健康某某。

主要目标：人均预期寿命达到79.5岁，孕产妇死亡率控制在10/10万以下。

一、提升医疗服务能力

（一）推进县域医共体建设。完成县人民医院门诊综合楼主体工程。新建乡镇卫生院中医馆3个，村卫生室标准化率达到95%以上。

（二）加强医疗人才队伍建设。引进医学类紧缺人才25名，其中硕士研究生8名。组织乡村医生全员轮训。

二、筑牢公共卫生防线

（三）强化疾病预防控制。适龄儿童免疫规划疫苗接种率保持在95%以上。确保不发生重大传染病疫情扩散。

（四）深入开展爱国卫生运动。创建省级卫生乡镇2个。卫生是文明的底色，必须常抓不懈。

三、加强行业管理和自身建设

（五）加强干部队伍建设。举办全系统业务能力提升培训4期。

各股室、各医疗卫生单位要对照本要点，明确责任分工，确保各项工作落到实处。
"""

# (the start of each task, its group: the run-in title before it)
_EXPECTED = [("完成县人民医院门诊综合楼主体工程", "推进县域医共体建设"),
             ("新建乡镇卫生院中医馆3个", "推进县域医共体建设"),
             ("引进医学类紧缺人才25名", "加强医疗人才队伍建设"),
             ("组织乡村医生全员轮训", "加强医疗人才队伍建设"),
             ("适龄儿童免疫规划疫苗接种率保持在95%以上", "强化疾病预防控制"),
             ("确保不发生重大传染病疫情扩散", "强化疾病预防控制"),
             ("创建省级卫生乡镇2个", "深入开展爱国卫生运动"),
             ("举办全系统业务能力提升培训4期", "加强干部队伍建设")]


def _read(tmp_path, text: str):
    (tmp_path / "p.txt").write_text(text, encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "p.txt")) if t.kind == "task"]


def _start(task) -> str:
    return for_parsing(task.text).strip()


def test_a_title_naming_the_work_points_is_a_plan_title():
    assert parts.title_role("某某市市场监督管理局2026年工作要点") == "plan"
    assert parts.title_role("2026年全县林业工作要点") == "plan"


def test_each_measure_after_a_run_in_title_is_a_task_and_nothing_else_is(tmp_path):
    found = _read(tmp_path, _POINTS)
    starts = [next((s for s, _ in _EXPECTED if _start(t).startswith(for_parsing(s))), _start(t)[:16]) for t in found]
    assert starts == [s for s, _ in _EXPECTED]


def test_each_measure_is_grouped_under_its_run_in_title(tmp_path):
    found = _read(tmp_path, _POINTS)
    got = [(s, next((t.heading or t.part for t in found if _start(t).startswith(for_parsing(s))), None))
           for s, _ in _EXPECTED]
    assert got == _EXPECTED


def test_the_measures_figures_are_their_indicators(tmp_path):
    found = _read(tmp_path, _POINTS)
    got = {s: [(i.value, i.unit, i.comparator) for t in found if _start(t).startswith(for_parsing(s))
               for i in t.indicators] for s in ("引进医学类紧缺人才25名", "确保不发生重大传染病疫情扩散")}
    assert got == {"引进医学类紧缺人才25名": [(25.0, "名", ">="), (8.0, "名", ">=")],
                   "确保不发生重大传染病疫情扩散": [(0.0, "", "<=")]}


def test_the_call_to_carry_out_the_document_is_no_task_in_a_conduct_part(tmp_path):
    # (三、…自身建设 is the bureau's own conduct; its units told 各…要 stay tasks there, but not the call to carry out
    # the document itself)
    text = _POINTS.replace("各股室、各医疗卫生单位要对照本要点，明确责任分工，确保各项工作落到实处。",
                           "局机关各科室、各直属单位要按照本实施方案要求，细化工作举措，抓好贯彻落实。")
    found = _read(tmp_path, text)
    assert found and not [t for t in found if "本实施方案" in t.text]


def test_a_measure_naming_its_own_level_or_a_figure_stays_a_task(tmp_path):
    text = _POINTS.replace("组织乡村医生全员轮训。", "严格执行本级预算安排，组织乡村医生全员轮训。")
    text = text.replace("创建省级卫生乡镇2个。", "按照本计划，创建省级卫生乡镇2个。")
    found = [_start(t) for t in _read(tmp_path, text)]
    assert any(s.startswith("严格执行本级预算安排") for s in found)
    assert any(s.startswith("按照本计划,创建省级卫生乡镇2个") or s.startswith("创建省级卫生乡镇2个") for s in found)
