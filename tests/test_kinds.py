"""Document kind from recovered tables, structure and the words documents use."""

import pytest

from luoshi.engine.kinds import detect
from luoshi.engine.model import Row, Section, Table

pytestmark = pytest.mark.engine

NOTICE = """区政府各部门、各直属单位,各街道办事处:
现将《上城区2021年社区治理工作要点》印发给你们,请认真贯彻执行。
杭州市上城区人民政府办公室
2021年3月1日
"""

PLAN = """上城区全民健身三年行动计划(2021—2023年)
一、总体目标
到2023年,全区人均体育场地面积达到2.2平方米。
二、阶段安排
第一阶段(2021年):完成规划编制。
第二阶段(2022年):建成社区健身点30个。
第三阶段(2023年):全面达标,到2023年底完成验收。
"""


def table(columns, n):
    return Table(title="t", columns=columns, rows=[Row(dict.fromkeys(columns, "x")) for _ in range(n)], layout="pipe")


REPORT_PARTS = [Section(0, "2020年工作回顾", role="review"), Section(0, "2021年重点工作", role="plan")]
DECOMPOSITION = ["seq", "task", "indicator", "lead", "cooperating", "target_class"]

KINDS = [
    # (text, tables, sections) → kind
    ((NOTICE, [], []), "notice"),
    ((PLAN, [], []), "plan"),
    (("各位代表:\n现在,我代表区人民政府向大会报告工作。", [], REPORT_PARTS), "work_report"),
    # a decomposition table sent with a covering notice is a decomposition table
    ((NOTICE + "附件:目标任务分解表", [table(DECOMPOSITION, 20)], []), "decomposition_table"),
    (("", [table(["task", "units", "progress"], 12)], []), "progress_table"),
    (("", [table(["unit_name", "honour", "issuer", "date"], 12)], []), "awards_table"),
    (("今天天气很好。", [], []), "unknown"),
]


@pytest.mark.parametrize("given,kind", KINDS, ids=[k for _, k in KINDS])
def test_kind(given, kind):
    assert detect(*given) == kind
