"""Issue 11, statusd (stop 51): phenomena mended after stop 51's held-out invented sets, each tested from a table of
(text, expected) cases written for this file in its own words — no label's sentence, no scored row."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

# A reply in one cell opened by its column's label (完成情况：, 进展情况：…): the label's 完成 is a name, no stage of the work;
# what the cell says after it is read as if the label were not there.
SECTION_LABEL = [
    ("建设全区智慧停车管理平台，年内上线运行。", "完成情况：因上级资金尚未下达，该平台暂未启动建设。",
     date(2025, 8, 31), "not_started"),
    ("建成乡镇综合文化站3个，年底前投入使用。", "完成情况：该项目暂未实施。",
     date(2025, 4, 30), "not_started"),
    ("开展城区雨污分流改造工程，年内完工。", "完成情况：受征迁影响，工程暂未开工。",
     date(2024, 7, 31), "not_started"),
    ("建设县级应急指挥中心，年内建成。", "进展情况：受资金影响，项目尚未启动。",
     date(2025, 9, 30), "not_started"),
    # guards: the words after the label still say done or under way
    ("建成社区养老服务站5个。", "完成情况：5个养老服务站已全部建成并投入使用。", date(2025, 9, 30), "completed"),
    ("实施老旧供水管网改造，年内完工。", "完成情况：工程主体正在施工，已完成进度的六成。", date(2025, 6, 30), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", SECTION_LABEL)
def test_section_label_is_no_stage(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
