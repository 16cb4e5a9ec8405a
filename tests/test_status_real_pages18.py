"""Issue 11, pagesa: rules learnt from real published district, county, county-level-city and banner rows
(bench/labels/status/pages18.json, dev), each with a table of examples in other words than the pages' and the guards it
must not fire on, and the set's misses left open as strict xfails by phenomenon.  Every row here is written for this
file; none is a page's sentence or a scored row.

* A list of named items closed by its count is read as an office's list is, with no office's word beside it
  (rules/status_statements.py ItemsNamed): A、B、C 8大项 (words.toml report.items_list_size), A、B等小项, and one name
  with 等 and a count of two or more (A等3个项目已经完工); quotes inside the names (“安居工程”危房改造) are read through;
  a list closed by its count with no verdict of its own takes the verdict of the list in the next clause
  (A、B 8大项,C、D等小项已提前完成全年任务).  已完工, 已经完工 and 已竣工 are words of done after a list
  (report.items_done).  Never a plan, never a task the list does not name.
* The task's own count written again at the head of the reply, with no word of its own, before a clause counting fewer
  of its unit started, under way or preparing (今年全区的15个项目,已开工建设12个), or opening a scope through a modifier
  closed by 的 (12个进行雨污分流改造的背街小巷中,8个正在施工) is the whole the later figures count in, never the whole done
  (rules/building.py); a count with a verb of gain or work (新建…12个), the rest (另有5个…), or another count than the
  task's are read as before.
* A reply's closing clause headed by the task's own whole name and a word of done (…清淤项目已完工并通过验收; for a task
  with no figure of its own, its items counted between: …三年行动项目6家菜市场改造已完成) closes the task as 该项目已…
  does (rules/status_statements.py _closes_done): never a part named after it, a forecast, or work still under way
  after it.
* A growth rate reported for the measure named short, the end of the target's own name (完成投资96.8亿元,增速13.3% for
  固定资产投资增长10%以上), answers the target, a loose match flagged weak (rules/assigning.py _match); never another measure
  (产值 for 增加值) or a narrower one (工业投资 for 固定资产投资).
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def miss(given, expected, why):
    return pytest.param(given, expected, marks=pytest.mark.xfail(strict=True, reason=why), id=f"{given[0]}|{given[1]}")


NOV, AUG, JUN = date(2022, 11, 30), date(2022, 8, 31), date(2024, 6, 30)
TWO_LISTS = ("其中“安居工程”危房改造、农村公路养护、“放心粮油”供应点建设、城区排涝改造8大项,义诊下乡、法律讲堂、"
             "送戏进村等小项已提前完成全年任务,其余项目正按序时或超序时进度稳步推进。")
ONE_NAMED = "其中,城西污水管网改造等3个项目已经完工,社区食堂运营等8个项目达到序时进度。"

COUNTED_LISTS = [
    ("城区排涝改造", TWO_LISTS, NOV, "completed"),       # the first list, closed by 8大项, takes the second's verdict
    ("法律讲堂", TWO_LISTS, NOV, "completed"),           # the second list, closed by 等小项
    ("危房改造", TWO_LISTS, NOV, "completed"),           # a name with quoted words inside it
    ("城西污水管网改造", ONE_NAMED, AUG, "completed"),    # one name, 等 and a count: 已经完工
    ("滨江步道修复", "“智慧停车”平台建设、“一老一小”服务中心、滨江步道修复等5项已竣工。", AUG, "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", COUNTED_LISTS)
def test_a_list_closed_by_its_count(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


COUNTED_LIST_GUARDS = [
    # a plan is no verdict
    ("滨江步道修复", "“智慧停车”平台建设、滨江步道修复等5项计划年底前完成。", AUG),
    # the task not in the list
    ("老年食堂建设", ONE_NAMED, AUG),
    # a counted list with no verdict anywhere after it
    ("东湖清淤", "城西污水管网改造、东湖清淤、北街亮化3大项,正在加紧施工。", AUG),
]


@pytest.mark.parametrize("task,progress,as_of", COUNTED_LIST_GUARDS)
def test_a_list_closed_by_its_count_guards(task, progress, as_of):
    assert judge(task, progress, as_of).status != "completed"


WHOLE_RESTATED = [
    ("今年全区的6大类15个为民办实事项目", "截至6月底,今年全区的6大类15个为民办实事项目,已开工建设12个,开工率80%。", JUN, "on_track"),
    ("12个进行雨污分流改造的背街小巷", "12个进行雨污分流改造的背街小巷中,8个正在施工,4个正在开展设计招标。", date(2024, 9, 30), "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", WHOLE_RESTATED)
def test_the_tasks_count_written_again_before_its_breakdown(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


WHOLE_RESTATED_GUARDS = [
    # a verb of gain: work done, the rest other items
    (("新建口袋公园16个", "新建口袋公园10个,另有4个正在施工。", JUN), "ahead"),
    # the count written again and all of it said done
    (("改造老旧小区20个", "全区老旧小区20个,已全部完工。", JUN), "completed"),
    # another count than the task's, its clause with a word of its own (全部复工)
    (("实施重点工程项目40个,完成年度投资90亿元", "40个重点工程项目中,续建项目25个全部复工,新开工项目10个,尚有5个项目未开工;"
      "完成投资47.5亿元,完成年度计划的52.8%。", JUN), "on_track"),
]


@pytest.mark.parametrize("given,expected", WHOLE_RESTATED_GUARDS)
def test_the_tasks_count_written_again_guards(given, expected):
    assert judge(*given).status == expected


TASK_NAMED_DONE = [
    ("城北河(解放路-环城路段)清淤项目", "此外,城北河(解放路-环城路段)清淤项目已完工并通过验收;", date(2023, 6, 30), "completed"),
    ("东门菜市场提升改造项目", "目前,东门菜市场提升改造项目已竣工并投入使用。", date(2023, 9, 30), "completed"),
    # its items counted between the name and the word of done, for a task with no figure of its own
    ("城区菜市场改造三年行动项目", "城区菜市场改造三年行动项目6家菜市场改造已完成;", date(2023, 12, 31), "completed"),
    ("老旧电梯更新工程", "老旧电梯更新工程42部电梯已完成更新改造。", date(2024, 12, 31), "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", TASK_NAMED_DONE)
def test_the_tasks_own_name_said_done(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


TASK_NAMED_GUARDS = [
    # a part of the task named after it
    ("北街片区综合整治项目", "北街片区综合整治项目中,北街一期已完工并通过验收;", date(2023, 6, 30)),
    # a forecast
    ("城北河清淤项目", "城北河清淤项目预计10月底完工。", date(2023, 8, 31)),
    # work still under way after it
    ("城北河清淤项目", "城北河清淤项目主体已完工,配套步道正在施工。", date(2023, 8, 31)),
    ("城区菜市场改造三年行动项目", "城区菜市场改造三年行动项目6家菜市场改造已完成,另有3家正在施工。", date(2023, 12, 31)),
    # a task with a figure of its own is answered by its figures
    ("城区菜市场改造提升10家", "城区菜市场改造提升6家已完成。", date(2023, 12, 31)),
]


@pytest.mark.parametrize("task,progress,as_of", TASK_NAMED_GUARDS)
def test_the_tasks_own_name_guards(task, progress, as_of):
    assert judge(task, progress, as_of).status != "completed"


GROWTH_SAID_SHORT = [
    ("规上工业产值增长8%以上。", "进展情况:一季度累计完成产值42.5亿元,增速11.2%。", date(2022, 3, 31), "on_track"),
    ("外贸进出口总额增长5%以上。", "一季度完成进出口总额36.5亿元,增速8.2%。", date(2022, 3, 31), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", GROWTH_SAID_SHORT)
def test_a_growth_of_the_measure_said_short(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


GROWTH_SAID_SHORT_GUARDS = [
    # another measure of the same firms: 产值 is no end of 增加值
    ("规上工业增加值增长7%以上。", "进展情况:一季度累计完成产值42.5亿元,增速11.2%。", date(2022, 3, 31)),
    # a narrower measure than the target's: 工业投资 is no end of 固定资产投资
    ("固定资产投资增长10%以上。", "进展情况:一季度完成工业投资30.2亿元,增速15.6%。", date(2022, 3, 31)),
]


@pytest.mark.parametrize("task,progress,as_of", GROWTH_SAID_SHORT_GUARDS)
def test_a_growth_of_the_measure_said_short_guards(task, progress, as_of):
    assert judge(task, progress, as_of).status == "unclear"


KNOWN_MISSES_PAGES18 = [
    # (a page's share column beside preparation or units by stage: mended by pagesa, MENDED_PAGES18 below)
    # a start task one step from its start; procurement after its tender
    miss(("启动实施东湖小学扩建 具体完成情况:开工建设", "截至6月底进展:已完成施工招标,正在办理施工许可证 7月工作计划:开工建设",
          date(2025, 6, 30)), "on_track",
         "a task that is only a start, its tender done and its permit in hand at mid-year, read as preparation, behind "
         "(the label's alternative)"),
    miss(("实施中小学智慧黑板更新工程 具体内容:完成智慧黑板配备800套 具体完成情况:当年完成",
          "截至6月底进展:已完成招标,正在备货。 7月工作计划:完成配备", date(2025, 6, 30)), "on_track",
         "equipment being stocked after its tender read as preparation, behind (the label's alternative)"),
    # (a table's row closed by its status word beside a count over its target: mended by pagesfix, MENDED_PAGES18 below)
    # lengths with no target
    miss(("县道安全护栏完善工程", "县道安全护栏完善工程中,完成国道护栏32000米,县道护栏18500米。", date(2023, 6, 30)), "unclear",
         "lengths done with no target to answer read by stage on pace"),
    # a programme's total investment beside its year plan in the task
    miss(("今年,全县排定为民办实事项目5大类18个,项目计划总投资22.6亿元,年度计划投资9.4亿元。",
          "截至目前,已累计完成投资5.2亿元。其中,2个项目已经完工,6个项目达到序时进度。", date(2021, 8, 31)), "behind",
         "the programme's count of listed projects (5大类18个) read as a part to reach, seriously behind (the running "
         "total 已累计 answers the year plan since pagesc's rule of stop 39)"),
    # (a composition without progress beside the whole's share: mended by pagesfix, MENDED_PAGES18 below)
    # (works' shares of their own quantities beside the year's investment share: mended by statusc, stop 56,
    # MENDED_PAGES18 below)
    # (funds arrived and paid against the need: mended by statush, stop 65, MENDED_PAGES18 below)
    # the page's own deadline days away with most still building
    miss(("今年,全镇共实施了10个美丽乡村建设项目", "目前,已有3个村的项目建设已全部完成,其余五个村的项目正在抓紧建设中,"
          "要求在12月20日前全部建设完成。", date(2024, 12, 16)), "behind",
         "most items still building days before the page's own deadline read by stage on pace"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_PAGES18)
def test_known_misses_pages18(given, expected):
    assert judge(*given).status == expected


# Mended by a later rule (KNOWN_MISSES_PAGES18 until pagesc's rule of stop 39: the land paid for, handed over or allocated
# is a step before the start — words.toml stage.preparatory_object, tests/test_status_land_steps.py).
MENDED_BY_LATER_RULES = [
    (("开工建设区妇幼保健院迁建工程。三季度工作计划:项目开工建设。", "8月份完成情况:完成用地划拨,项目设计方案已完成公示。",
      date(2025, 8, 31)), "behind"),
]


@pytest.mark.parametrize("given,expected", MENDED_BY_LATER_RULES)
def test_mended_by_later_rules_pages18(given, expected):
    assert judge(*given).status == expected


# Mended after the first run: cases that pass now, with the rule that mended them.
MENDED_PAGES18 = [
    # statush (stop 65): funds needed for a work answered by the money made available to it, the amount named as money
    # in place (已到位资金) before a bare amount paid (README rule question 54; rules/assigning._funds_made_available;
    # tests/test_status_statush65.py FUNDS)
    pytest.param(("2020年民生工程共需资金6.5亿元,其中县级配套1.8亿元。", "截至11月底,已到位资金6.1亿元,已拨付5.6亿元,资金拨付率91.8%。",
                  date(2020, 11, 30)), "on_track", id="民生工程共需资金|已到位资金6.1亿元"),
    # statusc (stop 56): a works' share of its own quantity (占总工程量90%) beside an amount of money done for a money
    # target is no share of the year's money; 占年度投资额的42.5% is the year's plan's share, read (progress._STATED;
    # rules/status_statements._works_share_beside_amount; tests/test_status_statusc56.py WORKS_SHARES)
    pytest.param(("城南片区基础设施建设,今年计划投资约2.4亿元", "截至7月份已完成投资1.02亿元,占年度投资额的42.5%。其中,文体中心主体工程已完工;"
                  "站前广场已完成土石方开挖60万m3,占总工程量90%。", date(2020, 7, 31)), "behind", id="城南片区基础设施建设|占总工程量90%"),
    # pagesfix: a count fitted in place (已安装到位: words.toml figure.terse_verb 到位) is the task's own count done, and the
    # next cell's column word after a gap (进度状态:) is no word of it (tests/test_status_done_reading.py FINISH_MANNER)
    pytest.param(("更换教室护眼灯具6000盏。四季度计划目标:完成项目验收。", "10月完成情况:6120盏已安装到位 进度状态:办结 情况说明:项目完成",
                  date(2024, 10, 31)), "completed", id="更换教室护眼灯具6000盏|6120盏已安装到位"),
    # pagesfix: beside the year's planned investment a count of listed projects, an aside in brackets left out of its
    # class (重点项目(含省重点)), is the list's size, no part (tests/test_status_done_reading.py PROGRAMME_SIZE)
    pytest.param(("列入市级重点项目(含省重点)40个,计划总投资560亿元,年度计划投资88亿元",
                  "1-6月完成投资61.2亿元、投资完成率69.5%。其中,新建产业项目12个,计划总投资180亿元,年度计划投资30亿元,截至目前已全部开工。",
                  date(2025, 6, 30)), "ahead", id="列入市级重点项目(含省重点)40个|投资完成率69.5%"),
    # pagesa (stop 40): a progress column's header before a colon (形象进度(%):25%, 当前进度:92%) is the row's own share, as
    # 形象进度25% is (progress.py _STATED; tests/test_status_real_pages21.py PROGRESS_HEADER_COLON)
    pytest.param(("建设社区智能快递柜600组", "进展情况:已完成点位摸排及方案制定,正在对接运营企业。形象进度(%):25%", date(2025, 5, 15)),
                 "behind", id="建设社区智能快递柜600组|形象进度(%):25%"),
    pytest.param(("建成“绿色食堂”8家、“节水小区”20个", "进展情况:“绿色食堂”中2家已基本完成建设,6家进度60%以上;“节水小区”中5个已基本完成,"
                  "15个进度40%以上。形象进度(%):70%", date(2025, 5, 15)), "ahead", id="建成“绿色食堂”8家|形象进度(%):70%"),
]


@pytest.mark.parametrize("given,expected", MENDED_PAGES18)
def test_mended_pages18(given, expected):
    assert judge(*given).status == expected
