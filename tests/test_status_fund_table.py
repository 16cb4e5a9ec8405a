"""Issue 11, statusd (stop 49): a fund project table's rows (项目名称：建设内容；资金规模…；完成时限：2026年X月底前 in the
task, 项目进度：… then 资金拨付：… in the cell).  Readings, each general:

- the task's own dated deadline with the report's year named (完成时限：2026年8月底前) is the task's deadline
  (assess._text_deadline), not the year's end; a month of another year gives none;
- a deadline column's label opening a clause of the task (完成时限：…) is no part to finish (words.toml task.deadline_label);
- the project's fund size (资金规模…万元) is its size, as 总投资 is, no target beside its works (status.project_size);
- the payment section of the cell (资金拨付：已拨付…，拨付率…) is no part of the works and is set aside unless the task
  asks for the payment itself (report.payment_section, report.payment_asked);
- one figure of another unit in brackets after one item (冷库1座（库容1500吨）) is the item's size, no part;
- a dated pass of an office's acceptance (10月12日通过县住建局验收) is done, as 已通过…验收 is; an application for
  recognition filed (另有2个已提交认定申请) is pending, not counted.

Cases in other words, places and figures than any label; guards for what must not change."""

from datetime import date

import pytest

from luoshi.engine.assess import _text_deadline
from luoshi.engine.indicators import parse
from luoshi.engine.rules.task_parts import task_parts
from tests.status_judge import judge

pytestmark = pytest.mark.engine

_OCT31 = date(2026, 10, 31)

CASES = [
    # done and accepted after its deadline: completed, whatever was paid
    (("某某村灌排渠系项目：新建U型渠道4.5公里；资金规模120万元；完成时限：2026年8月底前。",
      "项目进度：已全面完工，10月10日通过县水利局验收。资金拨付：已拨付100万元，拨付率83%。", _OCT31), "completed"),
    (("某某乡冷链物流项目：新建冷库1座（库容1500吨）；资金规模300万元；完成时限：2026年10月底前。",
      "项目进度：冷库建设和设备安装已完成，10月25日通过竣工验收，已交付合作社使用。资金拨付：正在办理报账。", _OCT31),
     "completed"),
    # one item built with its size in brackets (装机容量…): the size is the item's, no part unreported
    (("某某村屋顶光伏项目：建设光伏电站1座（装机容量200千瓦）；资金规模100万元；完成时限：2026年5月底前。",
      "项目进度：电站5月25日建成并网，截至10月底累计发电11万千瓦时。资金拨付：已全部拨付。", _OCT31), "completed"),
    # a workshop at its last works before its own November deadline, little paid: on pace
    (("某某村食用菌车间项目：新建生产车间900平方米；资金规模150万元；完成时限：2026年11月底前。",
      "项目进度：主体已完工，正在进行门窗安装和内部装修。资金拨付：已拨付45万元，拨付率30%。", _OCT31), "on_track"),
    # a road short at its own deadline: behind by its length, not seriously behind by the payment
    (("某某乡通组路硬化项目：硬化通组道路6公里；资金规模240万元；完成时限：2026年10月底前。",
      "项目进度：已硬化4.1公里，剩余1.9公里正在施工。资金拨付：已拨付96万元。", _OCT31), "behind"),
    (("小额信贷贴息项目：对1200户脱贫户的小额贷款按季度贴息；资金规模80万元；完成时限：2026年12月底前。",
      "项目进度：1-3季度贴息已完成，累计贴息1050户次、资金55万元。资金拨付：按季度拨付。", _OCT31), "on_track"),
    (("某某村乡村民宿项目：改造闲置农房6户；资金规模120万元；完成时限：2026年12月底前。",
      "项目进度：6户均已动工，4户改造完成并试营业，其余2户正在室内装修。资金拨付：已拨付50万元。", _OCT31), "on_track"),
    (("农村改厕项目：新改建卫生户厕400座；资金规模120万元；完成时限：2026年12月底前。",
      "项目进度：已改厕436座，超额完成年度任务，正在组织县级验收。资金拨付：已拨付90万元。", _OCT31), "on_track"),
    (("技能培训项目：开展脱贫劳动力技能培训800人次；资金规模50万元；完成时限：2026年12月底前。",
      "项目进度：已举办养殖、电工等培训班14期，培训670人次。资金拨付：已拨付35万元。", _OCT31), "on_track"),
    (("某某村过河便桥项目：新建便桥1座；资金规模90万元；完成时限：2026年12月底前。",
      "项目进度：桥墩桥台已完成，正在预制桥面板，预计11月下旬吊装，12月中旬完工。资金拨付：已拨付27万元。", _OCT31),
     "on_track"),
    # an application for recognition filed is pending: the count short of the pace
    (("就业帮扶车间项目：新认定就业帮扶车间12个，吸纳脱贫劳动力就业400人以上；资金规模60万元；完成时限：2026年12月底前。",
      "项目进度：已认定帮扶车间8个，另有3个已提交认定申请，车间共吸纳脱贫劳动力就业330人。资金拨付：已拨付40万元。", _OCT31),
     "behind"),
]

GUARDS = [
    # a task asking for the payment itself keeps its payment section: the money paid is the work
    (("拨付产业发展奖补资金300万元；完成时限：2026年12月底前。",
      "项目进度：奖补对象已审核完毕。资金拨付：已拨付120万元。", _OCT31), "seriously_behind"),
    # no fund table: a project's figures as before
    (("新建农村公路12公里，年内建成。", "已建成10公里，其余正在铺设路面。", _OCT31), "on_track"),
]


@pytest.mark.parametrize("given,expected", CASES + GUARDS)
def test_fund_table_rows(given, expected):
    assert judge(*given).status == expected


@pytest.mark.parametrize("text,expected", [
    ("新建渠道3公里；完成时限：2026年8月底前。", date(2026, 8, 31)),
    ("新建渠道3公里，2026年9月底前完成。", date(2026, 9, 30)),
    ("新建渠道3公里，2025年8月底前完成。", None),          # another year's month: no deadline of this year's pace
    ("新建渠道3公里，8月底前完成。", date(2026, 8, 31)),
])
def test_own_year_month_deadline(text, expected):
    assert _text_deadline(text, _OCT31) == expected


@pytest.mark.parametrize("task,parts", [
    ("某某村渠系项目：新建渠道3公里；资金规模90万元；完成时限：2026年9月底前。", ["新建渠道3公里", "资金规模90万元"]),
    ("年内完成渠道建设3公里，完成验收。", ["渠道建设3公里"]),
])
def test_deadline_label_no_part(task, parts):
    # 资金规模 is dropped later (building.build_case, status.project_size); here only the deadline's label goes
    got = [p.text for p in task_parts(task, parse(task)[0])]
    assert not any("时限" in g for g in got)
    assert all(any(x in g for g in got) for x in parts)


@pytest.mark.parametrize("task,count", [
    ("新建冷库1座（库容1500吨）。", 1),            # one item's size: no part of its own
    ("新建冷库2座（库容1500吨）。", 2),            # two items: the bracket's figure is no one item's size
    ("开复工项目40项（续建31项，新建9项）。", 1),  # a breakdown adding up, as before
])
def test_bracketed_size_of_one_item(task, count):
    assert len(task_parts(task, parse(task)[0])) == count
