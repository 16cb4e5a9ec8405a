"""Issue 11, pagesfix (stop 43): how progress pages write a quarter's own work, read as the quarter's, not the year's.
Every row is invented for this file in the manner of such pages; none is a page's sentence or a labelled row.

* A quarter's own target heading the figures it sets (第二季度 任务目标 …达到55%, 三季度目标：…) is due at that
  quarter's end (assess._quarter_target_deadline); a year's figure before it keeps the year's end.
* A quarter's list (一季度集中开工项目) is due at the quarter's end (time.period_result_verb 集中开工), and a count put
  on a list (被列入, 纳入) whose next clause says every item reached a step (6月底前全部开工) is at that step
  (building: _PUT_ON_LIST).
* A period opening a figure's words (前三季度, 第一季度, 二季度末) and the whole area (全县, 全省, 全镇…) name nothing:
  the figure's own words follow them (progress._LEAD_STRIP, words.toml figure.metric_lead).
* A class of items by size written as a range of amounts before their noun and count (500万元—1亿元项目40项) sets no
  amount target: the count is the target (indicators._SIZE_CLASS_RANGE)."""

from datetime import date

import pytest

from luoshi.engine.indicators import parse
from tests.status_judge import judge

pytestmark = pytest.mark.engine

QUARTER_OWN_TARGET = [
    (("推进村级卫生服务提升。 第三季度 任务目标 建有标准化卫生室的行政村达到80%。",
      "截至9月底,全乡30个行政村中,建有标准化卫生室的村25个,占比83%。", date(2024, 9, 30)), "completed"),
    (("优化营商环境。 第二季度 任务目标 新增市场主体300户。", "二季度新增市场主体240户。", date(2024, 6, 30)), "behind"),
    (("做好困难群众走访。二季度目标:走访困难农户1200户。", "已走访困难农户1200户。", date(2024, 6, 30)), "completed"),
    (("深化农村改革。 第一季度 工作目标 完成土地确权登记颁证500户。", "一季度完成登记颁证260户。", date(2025, 3, 31)), "behind"),
    # the quarter's target not yet due: the pace runs to its end
    (("优化营商环境。 第三季度 任务目标 新增市场主体300户。", "截至8月底,新增市场主体270户。", date(2024, 8, 31)), "on_track"),
    # a year's figure before the quarter's words: the year's end
    (("全年新建5G基站400个。三季度目标:完成主体选址。", "已新建5G基站300个。", date(2024, 9, 30)), "on_track"),
]


@pytest.mark.parametrize("given,expected", QUARTER_OWN_TARGET, ids=lambda v: v[1] if isinstance(v, tuple) else v)
def test_quarter_own_target(given, expected):
    assert judge(*given).status == expected


QUARTER_LIST_ALL_REACHED = [
    (("18个项目被列入全县二季度集中开工项目", "其中,县医院门诊楼、城南污水泵站等18个项目被列入全县二季度集中开工项目,6月底前全部开工建设。",
      date(2025, 6, 30)), "completed"),
    (("一季度集中开工项目40个", "40个项目3月底前全部开工。", date(2025, 3, 31)), "completed"),
    (("一季度集中开工项目40个", "已开工31个,其余9个正在办理施工许可。", date(2025, 3, 31)), "behind"),
    # put on a list with nothing said of its items: the listing only
    (("新建农村公路50公里", "全县12个项目被纳入市级补助计划,正在施工。", date(2025, 6, 30)), "on_track"),
]


@pytest.mark.parametrize("given,expected", QUARTER_LIST_ALL_REACHED, ids=lambda v: v[1] if isinstance(v, tuple) else v)
def test_quarter_list_all_reached(given, expected):
    assert judge(*given).status == expected


PERIOD_AND_AREA_LEAD = [
    (("今年计划农村危房改造开工1800户", "前三季度全县已开工1800户,开工率100%。", date(2021, 9, 30)), "completed"),
    (("棚户区改造开工任务6000套", "第一季度全市已开工1500套。", date(2021, 3, 31)), "on_track"),
    (("全年新建农村公路120公里", "前三季度全省新建农村公路60公里。", date(2021, 9, 30)), "behind"),
    (("全年新增城镇就业5000人", "二季度末全镇新增城镇就业2600人。", date(2021, 6, 30)), "on_track"),
]


@pytest.mark.parametrize("given,expected", PERIOD_AND_AREA_LEAD, ids=lambda v: v[1] if isinstance(v, tuple) else v)
def test_period_and_area_lead(given, expected):
    assert judge(*given).status == expected


SIZE_CLASS = [
    ("县级1000万元—5000万元重点项目60项", [(60.0, "项")]),
    ("实施500万元至1亿元项目20个", [(20.0, "个")]),
    # a range of amounts with no count after it stays a target
    ("计划投资8000万元,建成2个", [(8000.0, "万元"), (2.0, "个")]),
]


@pytest.mark.parametrize("text,expected", SIZE_CLASS, ids=lambda v: v if isinstance(v, str) else None)
def test_size_class_range_is_no_target(text, expected):
    assert [(i.value, i.unit) for i in parse(text)[0]] == expected
