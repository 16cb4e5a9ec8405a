"""Issue 11, statusc (stop 67): rules from the misses of the real published dev rows (h1, corpus pages 055–057 and the
pages sets registered as dev and not held out), each with examples in other words, places and figures than the pages' and
the guards it must not fire on; the groups left are strict xfails in other words.  Every row here is written for this
file; none is a page's sentence or a scored row.

* Concrete work on a task whose parts no figure measures (rules/status_stage.py ConcreteWork): a reply with no figure at
  all that lists work done (优化…小程序, 出台…措施, 建立…台账) for 出台…政策，升级…平台 is on pace, as on a task with no
  parts — not unclear for want of a figure of the parts' own work.
* A step of the works finished is not the facility opened (rules/status_stage.py _step_finished): 文化站目前土建已经结束 /
  硬装部分已经结束 for 建设…文化站 says one step (words.toml stage.work_step) done, the works going on — on pace, never
  completed; a task naming the step itself (完成…硬装施工) is still completed by it.
* Points against points (rules/status_measures.py _points_against_points): a target that is a change in percentage points
  (覆盖率,年度目标提升5个百分点) answered by one figure in points after a change word (覆盖率提升1.6个百分点), however the two
  name the metric, is a level against its target (README rule question 9): short, behind; a change the other way counts
  below nought.

KNOWN_MISSES_REAL67 below: the groups of real dev misses left this stop (one row each, the rest of each group listed in
/work/coord/end/statusc.md), each in other words; a fix makes its case pass and the strict xfail fail.
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


CONCRETE_BESIDE_QUALITATIVE_PARTS = [
    ("出台稳岗扩岗、以工代训等援企政策,升级惠农惠企服务平台。",
     "一、优化惠农惠企服务小程序,新增补贴在线查询。二、出台稳岗扩岗若干措施,建立企业用工服务台账。", date(2024, 8, 31),
     "on_track"),
    ("从降低企业成本入手,实施助企行动,出台援企稳岗、春季满岗等纾困政策,升级涉企服务网上专区。",
     "1. 完善涉企服务专区手机端功能。 2. 出台援企稳岗若干举措,建立重点企业服务名单,开发纾困贷款产品。",
     date(2025, 9, 30), "on_track"),
    # guards: process words only; a plan only; a figure of other work in the reply (the parts' own reading decides)
    ("出台稳岗扩岗、以工代训等援企政策,升级惠农惠企服务平台。", "正在积极推进相关工作,确保按期完成。", date(2024, 8, 31),
     "unclear"),
    ("出台稳岗扩岗、以工代训等援企政策,升级惠农惠企服务平台。", "计划于10月印发稳岗扩岗若干措施。", date(2024, 8, 31),
     "unclear"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", CONCRETE_BESIDE_QUALITATIVE_PARTS,
                         ids=[r[1][:24] for r in CONCRETE_BESIDE_QUALITATIVE_PARTS])
def test_concrete_work_beside_parts_no_figure_measures(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)


STEP_FINISHED = [
    ("街道便民服务中心改造", "便民服务中心硬装部分已经结束,软装正在比选方案", date(2021, 4, 20), "on_track"),
    ("乡镇文化综合站建设", "文化综合站目前土建已经结束,布展方案正在深化", date(2022, 5, 31), "on_track"),
    # guards: the facility itself opened; the step the task names; an opening in a later clause after the steps done
    ("乡镇文化综合站建设", "文化综合站已建成并对外开放", date(2022, 5, 31), "completed"),
    ("完成文化站硬装施工", "文化站目前硬装已经结束", date(2022, 5, 31), "completed"),
    ("污水处理厂:9月底前建成通水", "厂区主体和设备安装已全部完成,9月20日开始调试,9月28日正式通水。", date(2023, 9, 30),
     "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", STEP_FINISHED, ids=[r[1][:20] for r in STEP_FINISHED])
def test_a_step_of_the_works_finished_is_not_the_facility_opened(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)


POINTS_AGAINST_POINTS = [
    ("规上工业企业研发机构覆盖率,年度目标提升5个百分点", "1-9月覆盖率提升1.6个百分点", date(2022, 9, 30), "behind"),
    ("规上工业企业研发机构覆盖率,年度目标提升5个百分点", "1-9月覆盖率提升5.3个百分点", date(2022, 9, 30), "on_track"),
    ("数字经济核心产业增加值占地区生产总值比重年内提高3个百分点", "占比较上年末下降0.4个百分点", date(2023, 6, 30), "behind"),
    # guards: a forecast of the points; the same metric named alike (SubTargets reads it, as before)
    ("规上工业企业研发机构覆盖率,年度目标提升5个百分点", "预计全年覆盖率提升5个百分点左右", date(2022, 9, 30), "unclear"),
    ("数字经济核心产业增加值占地区生产总值比重年内提高3个百分点", "全年占比提高3.2个百分点", date(2023, 12, 31), "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", POINTS_AGAINST_POINTS, ids=[r[1] for r in POINTS_AGAINST_POINTS])
def test_points_against_points(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)


# Groups of real dev rows left open (statusc, stop 67), each a strict xfail in other words.
KNOWN_MISSES_REAL67 = [
    # one item's share of its own works read as the task's share, the rest of the items counted and still in design
    # (0 of 6 done at mid-year: behind, or seriously behind by the count)
    (("全镇年内完成6个村生活污水治理", "东坑村已完成勘察、设计、招标,目前完成治理工程量60%左右,其余5个村正在设计中,个别已进场施工。",
      date(2021, 6, 30)), ("behind", "seriously_behind")),
    # a quarter's own step named in the cell and reported done, on a task that is a rate only the autumn shows: on pace
    (("城乡低保对象100%应保尽保",
      "二季度目标:完成低保对象年度复核 进展情况:5月底已完成低保对象年度复核。 目标完成情况:顺利推进", date(2022, 6, 30)),
     ("on_track",)),
    # the task's count said all done under a collective noun (场馆 for 图书馆、文化馆): completed
    (("新增28家公共图书馆、文化馆延时开放", "全市新增28家场馆均已按要求实行延时开放,全年共接待读者56万人次。", date(2022, 12, 31)),
     ("completed",)),
    # roads begun in April still at their roadbed at the end of September with the surface not laid, due open this year
    (("建设东环路等2条道路,年内建成通车", "2条道路均于4月开工,目前正在进行路基施工,路面尚未铺设。", date(2020, 9, 28)),
     ("behind",)),
    # two of nine done days before the page's own November deadline, the rest still building: behind
    (("今年实施9个村级活动场所建设", "目前,已有2个村的活动场所全部建成,其余7个村正在抓紧建设,要求11月底前全部完成。",
      date(2019, 11, 27)), ("behind",)),
    # the year's items only nearly finished (基本完工) at the year's end, the plan read instead: behind
    (("实施城区公园提升行动", "编制了城区公园提升工作方案,纳入提升项目共40个,按计划年内须完成的35个项目已基本完工。",
      date(2019, 12, 31)), ("behind",)),
    # a facility said in use, preliminarily (初步投入使用): completed (or on pace), never unclear
    (("建设区疾控中心检测实验室", "实验室已初步投入使用", date(2022, 8, 31)), ("completed", "on_track")),
]


@pytest.mark.xfail(strict=True, reason="real dev rows' groups left open at stop 67 (statusc)")
@pytest.mark.parametrize("given,expected", KNOWN_MISSES_REAL67, ids=[r[0][1][:20] for r in KNOWN_MISSES_REAL67])
def test_known_misses_real67(given, expected):
    assert judge(*given).status in expected
