"""tasksy (stop 65): the lead's decision D23 on what a figure counts after 为, the ones served and a verb of equipping or
installing (为…配备…N台, 为…安装…N套), in other words than any label row (texts written here, 某某 names):

- when the figure's unit counts the equipment (块, 台, 套, 部, 辆, 个 …: words.toml target.equipment_unit), the places or
  people served and the verb (target.equip_verb) are no part of the counted thing: the thing is what follows the verb
  (indicators.counted_thing, the tasks' reading; the status rules read the figure as written);
- with no such figure — no count at all, or a count of the places themselves (所, 家), or of people (名) — the metric
  stays as it was (the guard in tests/test_task_worth_years_counted.py stands).  A task whose figure counts the places
  right after 为 (为N所…安装…) has the places as its metric since the lead's decision D24 (stop 66,
  tests/test_tasks_tasksx66.py); counted_thing alone still leaves it."""

from __future__ import annotations

import pytest

from luoshi.engine.indicators import counted_thing
from tests.tasks_heldout_helpers import found_tasks, metrics_of

pytestmark = pytest.mark.engine


@pytest.mark.parametrize("metric, unit, thing", [
    ("为乡镇中心小学配备电子白板", "块", "电子白板"),
    ("为全市公办幼儿园配置空气净化器", "台", "空气净化器"),
    ("为各社区卫生服务站配发便携式心电图机", "台", "便携式心电图机"),
    ("为山区教学点安装远程教学终端", "套", "远程教学终端"),
    ("为老旧住宅小区加装电梯", "部", "电梯"),
    ("为乡镇派出所配齐执法记录仪", "部", "执法记录仪"),
    ("为偏远村组增配巡逻车", "辆", "巡逻车"),
    ("为城区主要路口增设智能信号灯", "组", "智能信号灯"),
    ("为背街小巷更换节能路灯", "盏", "节能路灯"),
    ("为各镇农贸市场配备食品快检设备", "个", "食品快检设备"),
    ("为每所中学配备校园安全监控系统", "套", "校园安全监控系统"),
    ("为困难家庭安装燃气泄漏报警器", "台", "燃气泄漏报警器"),      # people served, the devices counted
    # near misses that must NOT change
    ("为全市公办幼儿园配置空气净化器", "", "为全市公办幼儿园配置空气净化器"),        # no figure
    ("为山区学校安装净水设备", "所", "为山区学校安装净水设备"),                    # the places counted
    ("为乡镇卫生院配备救护车", "家", "为乡镇卫生院配备救护车"),
    ("为农村小学配备心理健康教师", "名", "为农村小学配备心理健康教师"),            # people counted, no equipment unit
    ("为12个村配备健康一体机", "台", "为12个村配备健康一体机"),                   # a figure in the places: left
    ("为企业新建标准化厂房", "个", "为企业新建标准化厂房"),                        # a verb of building, no equipping
    ("为民办实事", "件", "为民办实事"),                                           # no verb of equipping
    ("为乡村学校配备", "台", "为乡村学校配备"),                                   # nothing after the verb
    ("为学校配备书", "套", "为学校配备书"),                                       # one character after it: too short
    ("在乡镇中心小学配备电子白板", "块", "在乡镇中心小学配备电子白板"),            # no 为 opening it
    ("为确保安全,配备消防器材", "套", "为确保安全,配备消防器材"),                  # a clause's end between (parsed text)
])
def test_places_served_before_a_verb_of_equipping(metric, unit, thing):
    assert counted_thing(metric, False, True, unit) == thing


@pytest.mark.parametrize("metric", ["为全市公办幼儿园配置空气净化器", "为老旧住宅小区加装电梯"])
def test_with_no_unit_given_the_metric_stays(metric):
    assert counted_thing(metric) == metric


_REPORT = """某某县人民政府工作报告
——2027年1月12日在某某县第十八届人民代表大会第二次会议上

各位代表：

一、2026年工作回顾

过去一年，全县地区生产总值增长5.9%。

二、2027年工作安排

（一）办好民生实事

{sentence}

各位代表，让我们同心协力，开拓进取！
"""


@pytest.mark.parametrize("sentence, start, metrics", [
    ("为全县农村小学配备录播教室设备45套。", "为全县农村小学", [("录播教室设备", 45.0, "套")]),
    ("为各乡镇敬老院安装太阳能热水器60台。", "为各乡镇敬老院", [("太阳能热水器", 60.0, "台")]),
    # guards: the people equipped keep the metric as the engine read it before; a count of the places served, the only
    # figure, counts the places (the lead's decision D24, stop 66: tests/test_tasks_tasksx66.py)
    ("为18所乡村学校安装净水设备。", "为18所乡村学校", [("乡村学校", 18.0, "所")]),
    ("为乡镇卫生院配备全科医生40名。", "为乡镇卫生院", [("为乡镇卫生院配备全科医生", 40.0, "名")]),
])
def test_a_tasks_figure_after_places_equipped(tmp_path, sentence, start, metrics):
    found = found_tasks(tmp_path, _REPORT.format(sentence=sentence))
    assert metrics_of(found, start) == metrics
