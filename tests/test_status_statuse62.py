"""Stop 62, statuse: general rules written from texts of our own for two ways of writing the held-out sets of stop 62
showed (tests/test_status_heldout62.py): a task's own deadline in a bare 时限： field, as 完成时限： is read (words.toml
task.deadline_label), and a works' design size in brackets after the works a start or finish is asked of (words.toml
status.works_capacity; rules/building._works_capacity) — each with guards it must not change."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

OCT = date(2026, 10, 31)
JUNE = date(2026, 6, 30)
SEPT = date(2026, 9, 30)

# 时限：11月底 in a table's row written into the task's text: the task's own deadline, the pace running to it.
BARE_TIME_LIMIT = [
    pytest.param("5、雨污分流改造。目标：完成老城区雨污分流改造12公里。责任股室：排水管理股。时限：11月底。",
                 "进展情况：已完成改造9.5公里。", OCT, "behind", id="sewer_split_short_of_november_pace"),
    pytest.param("9、农村公路养护。目标：完成农村公路大中修80公里。责任单位：交通运输局。时限：9月底。",
                 "进展情况：已完成大中修68公里，其余路段正在施工。", JUNE, "ahead", id="road_repair_over_september_pace"),
    pytest.param("（4）完成城区停车泊位施划3000个。牵头单位：交警大队；时限：8月底",
                 "已施划停车泊位2200个。", JUNE, "on_track", id="parking_bays_within_august_pace"),
    # guards: the year's end in the field keeps the year's pace; 完成时限 read as before
    pytest.param("6、背街小巷整治。目标：完成背街小巷整治40条。责任股室：市容管理股。时限：12月底。",
                 "进展情况：已完成整治33条。", OCT, "on_track", id="guard_year_end_field_keeps_year_pace"),
    pytest.param("7、公厕改造。目标：完成城区公厕改造30座。【责任股室：环卫股】【完成时限：11月底】",
                 "进展情况：已完成改造24座。", OCT, "behind", id="guard_full_label_read_as_before"),
]

# （设计规模5万吨/日） after the works: the works' description, the stage asked of them is judged.
WORKS_CAPACITY = [
    pytest.param("3、垃圾焚烧发电厂。目标：开工建设县垃圾焚烧发电厂（日处理能力600吨）。责任股室：环卫股。时限：12月底。",
                 "进展情况：项目于7月10日正式开工，目前正在进行主厂房桩基施工。", OCT, "completed",
                 id="start_of_plant_with_daily_capacity_done"),
    pytest.param("（2）开工建设城北水厂（设计规模10万吨/日）。牵头单位：水务集团",
                 "已完成施工招标，计划10月开工建设。", SEPT, "behind", id="start_of_water_works_only_tendered"),
    pytest.param("（6）建成城南污水处理厂二期（处理规模2万吨/日），年底前通水运行。牵头单位：城投公司",
                 "主体结构已完工，正在进行设备安装调试。", OCT, "on_track", id="finish_of_sewage_works_installing"),
    # guards: a capacity that is the task's own object stays a figure to reach
    pytest.param("（8）新增污水日处理能力4万吨。牵头单位：水务局",
                 "已新增污水日处理能力3.2万吨。", JUNE, "ahead", id="guard_capacity_as_own_object"),
    pytest.param("（9）新增城镇供水能力5万吨/日。牵头单位：水务局",
                 "已新增供水能力1万吨/日。", OCT, "seriously_behind", id="guard_supply_capacity_short"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", BARE_TIME_LIMIT + WORKS_CAPACITY)
def test_statuse62_rules(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
