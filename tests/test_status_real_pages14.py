"""Issue 11, pagesh: the misses of the held-out real rows (bench/labels/status/pages14.json, labels landed in c933263
before any engine run, judged once at 14:14 UTC on 3 December 2026, no rule written from them), as strict xfails by
phenomenon.  Every row here is written for this file in other words than the pages'; none is a page's sentence or a
scored row.  A fix makes its case pass and the test fail."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def miss(given, expected, why):
    return pytest.param(given, expected, marks=pytest.mark.xfail(strict=True, reason=why), id=f"{given[0]}|{given[1]}")


KNOWN_MISSES_PAGES14 = [
    # items a page names in its own list of work done
    miss(("新建社区健身广场12个。", "进展情况:①学校操场错时开放工程5月底已完工。②社区健身广场项目8月底已完工。", date(2021, 10, 31)),
         "completed", "a numbered reply saying the project done by a month (8月底已完工) read as the count unanswered, on pace"),
    miss(("完成乡分茶叶种植任务", "截止6月份,我镇已完成乡分茶叶种植任务800.已完成油菜种植300亩.计划的标准化养殖小区正进行选址.",
          date(2021, 6, 30)), "completed",
         "a sentence listing several tasks: this task's clause done, another task's site selection read against it as behind"),
    miss(("完成油菜、茶叶种植", "截止6月份,我镇已完成油菜种植300亩、茶叶80.计划的标准化养殖小区正进行选址.", date(2021, 6, 30)),
         "completed", "planting said done for a task with no count, beside another task's planning, read as two parts behind"),
    # (table cells quoted with their column words: mended, tests/test_status_column_shares.py)
    # shares that are not the task's own
    miss(("教育卫生项目", "全市重点项目完成投资占年度计划的45.2%,其中教育卫生项目推进最快,比全市重点项目投资完成进度高出25.4个百分点。",
          date(2014, 8, 20)), "ahead", "a sector given as points over the whole's share read at the whole's share"),
    # figures beside works
    miss(("28个为民办实事项目", "至4月底,已有19个项目动工建设,开工率为67.9%,其余9个项目正在加紧开展前期准备。", date(2019, 4, 30)),
         "on_track", "a start rate over the pace for items to be finished in the year, the rest preparing, read as ahead "
         "(the label's alternative; this stop's engine, not the starting one; read right when the rest are 办理前期手续 or 开展前期工作)"),
    # stages late in the year
    miss(("城西幼儿园改扩建项目", "当前进展:①城北幼儿园主体已通过验收,室内装修已结束。②城西幼儿园扩建工程桩基施工中。", date(2021, 10, 31)),
         "behind", "a numbered reply for two projects: the other project's finished main body read for this one"),
    miss(("对县中医院住院楼进行改造提升。", "当前进展:施工单位已进场,住院楼4-6层拆除改造中。", date(2021, 10, 31)), "on_track",
         "a renovation under way (拆除改造) late in the year read as just begun, behind (the label's alternative)"),
    miss(("石门至庙湾道路硬化5公里", "截至6月底,石门至庙湾道路硬化5公里设计已完成,路基在平整;", date(2021, 6, 30)), "on_track",
         "design done with the roadbed begun read from the task's own length as none done, behind (the label's alternative)"),
    miss(("青山村至石门道路硬化3公里", "截至6月底,石门村路面硬化2公里、青山村组道硬化2公里已全部完工;青山村至石门道路硬化3公里,"
          "石门至庙湾道路硬化5公里设计均已完成,计划下半年施工。", date(2021, 6, 30)), "behind",
         "design only with works planned for later, the other roads' lengths in the sentence summed as done (a forecast read as done)"),
    miss(("新增省级卫生乡镇3个。", "李集镇、周庄镇、陈湾镇的验收材料已全部准备完毕,目前正完善制度台账。", date(2023, 11, 25)), "on_track",
         "recognitions with their acceptance files ready read as preparation only, behind (read right when the reply adds 等待验收 or other works under way)"),
    miss(("今年计划投用5个社区邻里中心,开工建设滨河邻里中心。", "目前各项工作按计划推进,东苑、西苑邻里中心已陆续营业,南苑、北苑邻里中心正开展竣工验收,"
          "中心苑正进行内部装修,滨河邻里中心正深化方案设计。", date(2021, 7, 15)), "behind",
         "a start still in design past mid-year read as started beside the rest opening (the label's alternative on_track)"),
    # counts of items started and not begun
    miss(("30个县级民生实事项目", "截至目前,30个县级民生实事项目累计开工27个,已有2个项目全面完成任务,其余3个项目预计10月开工。", date(2022, 8, 31)),
         "seriously_behind", "few items done with some not begun read from the start count as on pace"),
    miss(("城北全民健身中心", "截至目前,14个项目已开工,城北全民健身中心及社区养老驿站2个项目预计10月底前开工建设。", date(2022, 9, 10)),
         "not_started", "an item not begun with its start planned for a later month read by stage on pace"),
    miss(("确保8个水利项目5月底前开工、11月底前完工。", "县水务局、县林业局负责的“确保8个水利项目5月底前开工、11月底前完工。”截至目前,县水务局负责水利项目6个,"
          "开工2个,未开工4个,县林业局负责水利项目2个未开工;", date(2022, 5, 15)), "seriously_behind",
         "starts against the task's own start deadline given by two bureaus, started and unstarted summed as the whole"),
    # the office's own lists
    miss(("切实抓好乡村民宿集群建设。", "需要加快推进落实事项2件,如县文旅局负责的“切实抓好乡村民宿集群建设。”截至目前,12家民宿,达到开业标准4家,"
          "正在装修7家。", date(2023, 6, 10)), "behind",
         "a task in the office's list of 需要加快推进 with its counts read by stage on pace (the label's alternative)"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_PAGES14)
def test_known_misses_pages14(given, expected):
    assert judge(*given).status == expected


# Mended after the set was judged, by a rule written from pages16 (pagesb, stop 38: the whole's own amount between its name
# and 的 in a stated share, 完成全年指标任务X的Y% / 完成年度目标任务X的Y%; a count begun answers only a task counting starts),
# no rule written from this set: the cases that were strict xfails above, now plain.
MENDED_BY_LATER_RULES = [
    (("社会消费品零售总额", "实现社会消费品零售总额28.6亿元,同比增长9.1%,完成全年指标任务25亿元的114.4%,预计全年可实现31亿元",
      date(2021, 11, 30)), "completed"),
    (("一般公共预算收入", "1-11月,实现一般公共预算收入5.62亿元,同比增长4.1%,完成年度目标任务6亿元的93.7%,预计全年可实现6.1亿元。",
      date(2021, 11, 30)), "on_track"),
    (("今年,全县共有126个重点项目", "至目前开工70个,开工率55.6%,完成投资38.2亿元,占年度计划的40.3%。", date(2015, 8, 25)), "behind"),
]
# Mended by a rule written from pages18 (pagesa, stop 39: a list closed by its count is read as an office's list is, with no
# office's word — A、B 2个项目已提前完成), no rule written from this set: the case that was a strict xfail above.
MENDED_BY_LATER_RULES.append(
    (("社区食堂运营补贴", "按月度安排看,养老、托育、助餐等18个项目均完成当月计划,社区食堂运营补贴、背街小巷照明改造2个项目已提前完成。",
      date(2021, 5, 31)), "completed"))

# Mended by pagesfix2's own-year-plan reading (stop 40: 计划今年投资 is the year's plan as 今年计划投资 is — rules
# PlannedAmount; tests/test_status_done_reading.py OWN_YEAR_PLAN), no rule written from this set's wording alone.
MENDED_BY_LATER_RULES.append(
    (("城南保障房小区二期", "3号、5号楼正在内部装修,8号楼主体已建到十二层。该项目计划今年投资8600万元,已完成投资8100万元。",
      date(2015, 8, 31)), "ahead"))

# Mended by statusc's rule of stop 59 (guarding.WorksForecast, status_statements.named_done_apart: a forecast in another
# sentence of other items the office's done list does not name does not undo the task named done): a strict xfail above.
MENDED_BY_LATER_RULES.append(
    (("城区公厕改造提升", "截至目前,18个民生实事项目累计开工16个,已有农村饮水巩固、城区公厕改造提升、社区警务室建设3个项目全面完成任务。"
      "城南游园及老年食堂2个项目预计10月底前开工建设。", date(2021, 8, 20)), "completed"))


@pytest.mark.parametrize("given,expected", MENDED_BY_LATER_RULES)
def test_mended_by_later_rules(given, expected):
    assert judge(*given).status == expected


# Ground works only at the end of October for a main body due in the year (KNOWN_MISSES_PAGES14 until statusy's rule of
# stop 39: 地基 a first step of the works, judging.toml words.works_begun; tests/test_status_road_ladder.py), read on pace
# before.
def test_ground_works_late_in_the_year():
    assert judge("城东小学改扩建项目,新建教学楼1幢,建筑面积4200平方米。2021年完成主体工程建设。", "当前进展:该工程正进行地基施工。",
                 date(2021, 10, 31)).status == "behind"
