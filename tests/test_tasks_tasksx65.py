"""tasksx's sixty-eighth set (t82, stop 65), in other words (texts written here, 某某 names):

- a table pasted with its cells set apart by runs of spaces (a PDF's text layer copied with its layout) is read as the
  tab-separated table it is, under a header row naming a task column (tables.tabbed.spaced_as_tabbed);
- a plan or notice printing its tasks in an annexed table outside its prose (附件, the table's title, its rows) gives the
  rows as tasks after its own — one per numbered sub-item of a row's task cell, the row's project its group — and its
  part titled with the general requirements frames them (tasks.document._with_annex_tables, table_rows.sub_item_tasks);
  a 民生实事 table annexed to a plan of the 民生实事 themselves holds that plan's tasks, not a livelihood list beside it;
- the annex's mark alone on its line (附件, 附件2) is the sign-off's, no task (tasks.report._sign_off);
- a count's holders named by two holder words (8个乡镇卫生院…改造) are the second's (indicators.counted_thing:
  target.counted_holder);
- schools equipped after 为 (为…学校配备…N台) no part of the counted thing: left by tasksx as a strict xfail (a question
  for the lead), made plain by tasksy after the lead's decision D23 (tests/test_tasks_tasksy65.py: the thing is what
  follows the verb of equipping when the figure's unit counts the equipment; 为全县中小学校安装直饮水设备 with no figure
  stays whole, tests/test_task_worth_years_counted.py)."""

from __future__ import annotations

import pytest

from luoshi.engine.tables.tabbed import spaced_as_tabbed
from luoshi.engine.tasks.report import _ANNEX_MARK_ALONE
from tests.tasks_heldout_helpers import found_tasks, group_of, metrics_of, start_of

pytestmark = pytest.mark.engine


# --- a table whose cells are set apart by runs of spaces --------------------------------------------------------

@pytest.mark.parametrize("text, lines", [
    ("序号  任务名称  牵头单位  完成时限\n1  新建污水泵站3座。  区水务局  2027年9月底前\n",
     ["序号\t 任务名称\t 牵头单位\t 完成时限", "1\t 新建污水泵站3座。\t 区水务局\t 2027年9月底前"]),
    ("序号　　工作任务　　责任单位　　完成时限\n2　　改造背街小巷40条。　　区城管局　　2027年11月底前\n"
     "3    建成社区食堂8个。    区民政局    2027年12月底前\n",
     ["序号\t　工作任务\t　责任单位\t　完成时限", "2\t　改造背街小巷40条。\t　区城管局\t　2027年11月底前",
      "3\t   建成社区食堂8个。\t   区民政局\t   2027年12月底前"]),
    ("注：按项目排列\n序号  任务名称  牵头单位  完成时限\n1  新建污水泵站3座。  区水务局  2027年9月底前\n\n"
     "以上任务请按时完成。  各单位要加强协调。\n",
     ["注：按项目排列", "序号\t 任务名称\t 牵头单位\t 完成时限", "1\t 新建污水泵站3座。\t 区水务局\t 2027年9月底前", "",
      "以上任务请按时完成。  各单位要加强协调。"]),
], ids=["two ASCII spaces", "ideographic spaces, then four", "prose after the rows left"])
def test_a_table_split_by_runs_of_spaces_reads_as_tabbed(text, lines):
    out = spaced_as_tabbed(text)
    assert len(out) == len(text)
    assert out.splitlines() == lines


@pytest.mark.parametrize("text", [
    "今年以来，全区  新建污水泵站3座，改造背街小巷40条。\n",                           # prose with a double space
    "序号  指标名称  单位\n1  地区生产总值  亿元\n",                                   # a header naming no task column
    "序号  任务名称\n1  新建污水泵站3座。\n",                                          # two cells: no spaced table
    "序号  工作任务  进展情况  责任单位\n1  新建污水泵站3座  已建成2座  区水务局\n",        # a progress page's (numbered)
    "任务名称  牵头单位  完成时限\n新建污水泵站3座。  区水务局  2027年9月底前\n",        # a row with no number
], ids=["prose", "indicator table", "two cells", "progress page", "row with no number"])
def test_text_that_is_no_spaced_task_table_is_left_as_it_is(text):
    assert spaced_as_tabbed(text) == text


# --- a plan with its tasks in an annexed table -------------------------------------------------------------------

_PLAN = ("某某区人民政府办公室关于印发某某区2027年为民办实事项目实施方案的通知\n\n"
         "各街道办事处，区政府各部门：\n\n现将《某某区2027年为民办实事项目实施方案》印发给你们，请认真贯彻执行。\n\n"
         "某某区人民政府办公室\n2027年3月2日\n\n"
         "某某区2027年为民办实事项目实施方案\n\n"
         "一、总体要求\n\n坚持群众点单、政府办事，聚焦托育、出行、助餐等群众关切，确保各项目如期建成见效。\n\n"
         "二、保障措施\n\n（一）强化统筹调度。区政府每月召开一次项目推进会，协调解决项目建设中的困难。\n\n"
         "（二）加强资金保障。区财政安排项目资金1.2亿元，及时足额拨付。\n\n"
         "{mark}\n\n某某区2027年为民办实事项目任务表\n\n"
         "序号  项目名称  建设内容及目标  责任单位  完成时限\n"
         "1  普惠托育扩容工程  （1）新建普惠性托育机构6家，新增托位360个。（2）为社区卫生服务中心配备儿童保健设备40台。  区卫生健康局  2027年11月底前\n"
         "2  社区助餐惠民工程  新建社区长者食堂9个，其中街道中心食堂不少于3个。  区民政局  2027年12月底前\n"
         "3  基层医疗提质工程  完成4个街道卫生院标准化改造。  区卫生健康局  2027年10月底前\n")


def test_an_annexed_tables_rows_are_the_plans_tasks(tmp_path):
    found = found_tasks(tmp_path, _PLAN.format(mark="附件"))
    assert [(start_of(t), group_of(t)) for t in found] == [
        ("区政府每月召开一次项目推进会,协调解决项目建设中的困难。", "强化统筹调度"),
        ("区财政安排项目资金1.2亿元,及时足额拨付。", "加强资金保障"),
        ("新建普惠性托育机构6家,新增托位360个。", "普惠托育扩容工程"),
        ("为社区卫生服务中心配备儿童保健设备40台。", "普惠托育扩容工程"),
        ("新建社区长者食堂9个,其中街道中心食堂不少于3个。", "社区助餐惠民工程"),
        ("完成4个街道卫生院标准化改造。", "基层医疗提质工程")]
    assert metrics_of(found, "新建普惠性托育机构") == [("新建普惠性托育机构", 6.0, "家"), ("新增托位", 360.0, "个")]
    canteens = metrics_of(found, "新建社区长者食堂")
    assert [(v, u) for _, v, u in canteens] == [(9.0, "个"), (3.0, "个")]
    assert canteens[0][0].endswith("社区长者食堂") and canteens[1][0].endswith("街道中心食堂")


@pytest.mark.parametrize("mark", ["附件", "附件1", "附件二", "附表"])
def test_the_annex_mark_alone_is_no_task(tmp_path, mark):
    found = found_tasks(tmp_path, _PLAN.format(mark=mark))
    assert not any(start_of(t).startswith("附") for t in found)
    assert len(found) == 6


@pytest.mark.parametrize("line, closes", [
    ("附件", True), ("附件3", True), ("附件 二", True), ("附录", True),
    ("附件材料于3月底前报送。", False), ("附件：某某区任务表", False), ("附近社区新建食堂2个。", False),
])
def test_the_annex_mark_alone(line, closes):
    assert bool(_ANNEX_MARK_ALONE.fullmatch(line)) is closes


def test_a_plan_with_no_annexed_table_keeps_its_requirements_part(tmp_path):
    # no table after the mark: 一、总体要求 is the only plan part there is, read as before
    text = _PLAN.format(mark="附件").split("某某区2027年为民办实事项目任务表")[0]
    found = found_tasks(tmp_path, text)
    assert any(start_of(t).startswith("坚持群众点单") for t in found)


def test_a_livelihood_table_annexed_to_another_plan_stays_a_livelihood_list(tmp_path):
    text = _PLAN.format(mark="附件").replace("为民办实事项目实施方案", "城市更新行动实施方案")
    assert "为民办实事项目任务表" in text
    found = found_tasks(tmp_path, text)
    assert [group_of(t) for t in found] == ["强化统筹调度", "加强资金保障"]


# --- sub-items of a task cell ------------------------------------------------------------------------------------

@pytest.mark.parametrize("cell, starts", [
    ("（1）改造燃气老旧管网15公里。（2）新建天然气调压站2座。",
     ["改造燃气老旧管网15公里。", "新建天然气调压站2座。"]),
    ("(1)新建公厕12座；(2)改造公厕30座。", ["新建公厕12座;", "改造公厕30座。"]),
    ("新建城市绿道8公里，串联（2）号公园与滨河公园。", ["新建城市绿道8公里,串联(2)号公园与滨河公园。"]),
    ("（1）新建城市绿道8公里。", ["新建城市绿道8公里。"]),
], ids=["two sub-items", "after a semicolon", "a number inside a sentence", "one sub-item"])
def test_a_task_cells_numbered_sub_items(tmp_path, cell, starts):
    text = ("某某区2027年为民办实事项目实施方案\n\n一、总体要求\n\n坚持尽力而为、量力而行。\n\n附件\n\n"
            "某某区2027年为民办实事项目任务表\n\n序号  项目名称  建设内容及目标  责任单位  完成时限\n"
            f"1  城市设施提升工程  {cell}  区城管局  2027年12月底前\n")
    assert [start_of(t) for t in found_tasks(tmp_path, text)] == starts


# --- counted holders and the places equipped -----------------------------------------------------------------------

@pytest.mark.parametrize("cell, metric", [
    ("完成4个街道卫生院标准化改造。", "街道卫生院"),
    ("完成9个乡镇卫生院污水处理设施改造。", "乡镇卫生院"),
    ("完成12个行政村生活污水治理。", "行政村"),          # one holder word: as before
    ("完成6个乡镇集镇污水管网改造。", "乡镇"),
    ("新建学校食堂15个。", "新建学校食堂"),               # no 为: the school's canteen is the thing
])
def test_counted_holders_and_places_equipped(tmp_path, cell, metric):
    text = ("某某区2027年为民办实事项目实施方案\n\n一、总体要求\n\n坚持尽力而为、量力而行。\n\n附件\n\n"
            "某某区2027年为民办实事项目任务表\n\n序号  项目名称  建设内容及目标  责任单位  完成时限\n"
            f"1  基层设施提升工程  {cell}  区教育局  2027年12月底前\n")
    found = found_tasks(tmp_path, text)
    assert [m for m, _, _ in metrics_of(found, cell[:6])] == [metric]


def test_schools_equipped_after_wei_are_no_part_of_the_counted_thing(tmp_path):
    # the lead's decision D23 (tasksy, stop 65): a figure counting the equipment (台) counts what follows the verb
    text = ("某某区2027年为民办实事项目实施方案\n\n一、总体要求\n\n坚持尽力而为、量力而行。\n\n附件\n\n"
            "某某区2027年为民办实事项目任务表\n\n序号  项目名称  建设内容及目标  责任单位  完成时限\n"
            "1  校园设施提升工程  为农村寄宿制学校配备洗衣机260台。  区教育局  2027年12月底前\n")
    found = found_tasks(tmp_path, text)
    assert [m for m, _, _ in metrics_of(found, "为农村寄宿制学校")] == ["洗衣机"]
