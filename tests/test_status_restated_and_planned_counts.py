"""Issue 11, pagesfix (stop 43): three ways reports write a count that the reader misread.  Every row is invented for
this file in the manner of such reports; none is a page's sentence.

* Targets restated in brackets after the target a share is of, each with its name (分别占三年目标总任务(新建A、B)的
  71.7%、60.4%): no facts (progress._restated_list) — the figures before them and the shares answer.
* A one-character unit that opens the noun after it (改建330万户厕: 户 of 户厕) is part of the thing's name, so a figure
  of that noun (已改建254万户农村户厕) answers it (assigning._named_with_unit).
* A count before 计划 and a verb of finishing (62个计划建成项目: words.toml milestone.finish) counts the items planned
  to be finished — a target (indicators._PLANNED_STEP_AFTER), answered by the count finished, not by the investment."""

from datetime import date

import pytest

from luoshi.engine.indicators import parse
from tests.status_judge import judge

pytestmark = pytest.mark.engine

RESTATED_AND_PLANNED = [
    # the restated targets in brackets are no work done: the share decides
    (("两年目标总任务 新建村级文化广场600个",
      "截至9月底,全省已新建村级文化广场410个、农家书屋900家,分别占两年目标总任务(新建600个文化广场、1500家书屋)的68.3%、60%。",
      date(2021, 9, 30)), "behind"),
    (("新建农家书屋1500家",
      "截至6月底,全省已新建村级文化广场410个、农家书屋900家,分别占目标任务(新建600个文化广场、1500家书屋)的68.3%、60%。",
      date(2021, 6, 30)), "ahead"),
    # the unit opening the noun: 户 of 户厕
    (("改造农村户厕3万户", "已改造1.6万户农村户厕。", date(2021, 6, 30)), "on_track"),
    (("改建12万户厕", "已改建9万户农村户厕。", date(2021, 6, 30)), "ahead"),
    # the items planned to be finished, answered by the count finished beside the year's investment share
    (("40个计划竣工项目", "40个计划竣工项目1-9月完成投资52亿元,占全年计划投资的96%。其中,城北水厂等24个项目已经竣工。",
      date(2021, 9, 30)), "behind"),
    (("40个计划竣工项目", "40个计划竣工项目已竣工36个。", date(2021, 9, 30)), "ahead"),
]


@pytest.mark.parametrize("given,expected", RESTATED_AND_PLANNED, ids=lambda v: v[1] if isinstance(v, tuple) else v)
def test_restated_and_planned_counts(given, expected):
    assert judge(*given).status == expected


PLANNED_COUNT_PARSE = [
    ("62个计划建成项目", [(62.0, "个")]),
    ("30个计划竣工项目", [(30.0, "个")]),
    # a plan named by its number stays no target
    ("落实十四五计划", []),
]


@pytest.mark.parametrize("text,expected", PLANNED_COUNT_PARSE, ids=lambda v: v if isinstance(v, str) else None)
def test_planned_count_parse(text, expected):
    assert [(i.value, i.unit) for i in parse(text)[0]] == expected
