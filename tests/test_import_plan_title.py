"""A work report's import preview proposes the plan as an office names it — the government the report
names near its start and the year it plans (某某市2036年政府工作报告重点工作) — not the file's name and
the year its opening reviews (which it names most).  Found importing dev corpus reports through the
web UI: 龙华 2024 was proposed as a 2023 plan, 芜湖 2022 as '019_wuhu_2022_work_report'."""

from __future__ import annotations

import pytest

from .uploads import start_import

pytestmark = pytest.mark.django_db

REVIEW = """　　一、2035年工作回顾

　　2035年，全市经济平稳运行。2035年地区生产总值增长6%，2035年新增城镇就业1.2万人，2035年完成老旧小区改造30个。

"""
PLAN = """　　二、2036年工作安排

　　（一）扩大有效投资。实施重点项目120个，完成投资300亿元。

　　（二）增进民生福祉。新增托位500个，改造老旧小区30个。

　　各位代表！让我们团结一心，奋勇前进！
"""
CONGRESS = "政府工作报告\n\n——2036年1月8日在某某市第九届人民代表大会第三次会议上\n\n各位代表：\n\n　　现在，我代表市人民政府，向大会报告政府工作，请予审议。\n\n"
SPEAKS_FOR = "政府工作报告\n\n各位代表：\n\n　　现在，我代表某某区人民政府，向大会报告政府工作，请予审议。\n\n"
COUNTY = "政府工作报告\n\n各位代表：\n\n　　现在，我代表某某县人民政府，向大会报告政府工作，请予审议。\n\n"
NAMELESS = "政府工作报告\n\n各位代表：\n\n　　现在，我代表政府，向大会报告政府工作，请予审议。\n\n"
UNDATED_PLAN = PLAN.replace("二、2036年工作安排", "二、今年工作安排")


def _preview(office_client, text: str, name: str = "report.txt") -> dict:
    batch = start_import(office_client, name, text.encode("utf-8"))
    assert batch.preview.get("mode") == "plan_new", batch.preview.get("mode")
    return batch.preview


@pytest.mark.parametrize("head, title", [
    (CONGRESS, "某某市2036年政府工作报告重点工作"),      # the congress it is delivered to
    (SPEAKS_FOR, "某某区2036年政府工作报告重点工作"),    # the government it speaks for
    (COUNTY, "某某县2036年政府工作报告重点工作"),
])
def test_a_work_report_is_proposed_as_its_government_and_planned_year(office_client, head, title):
    preview = _preview(office_client, head + REVIEW + PLAN)
    assert (preview["title"], preview["year"]) == (title, 2036)


def test_a_report_naming_no_government_keeps_the_file_name(office_client):
    """Guard: nothing to name it by, the file's name with the planned year."""
    preview = _preview(office_client, NAMELESS + REVIEW + PLAN, name="某某报告.txt")
    assert (preview["title"], preview["year"]) == ("2036年某某报告", 2036)


def test_plan_parts_naming_no_year_leave_the_year_to_the_text(office_client):
    """Guard: the plan part's title names no year (今年工作安排): the year named most near the start."""
    preview = _preview(office_client, SPEAKS_FOR + REVIEW + UNDATED_PLAN)
    assert preview["year"] == 2035 and preview["title"] == "某某区2035年政府工作报告重点工作"
