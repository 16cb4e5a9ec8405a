"""An office's bulletin over a programme of items (statusy, issue 11; rules.ItemsNamed, progress._items_share,
rules.roles._role).

Supervision bulletins name items by how they run: among those running faster (A、B等项目进展较快) an item is ahead,
among those it says need speeding up (A、B等项目需要加快推进) behind; items named as having reached an interim
milestone early (已提前完成上半年节点目标) are ahead, not done for the year.  The share after such a list said of the
programme's total (占项目总数的12.5%) is the items' share among the programme's, never the work done; and a count of
the programme's items whose clause only says they go on as planned (全部按序时推进, 都在有序推进) counts items under
way, not done.  Every row is written for this file in other words than any label row."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

MAY_31, JUN_30, AUG_31, SEP_30 = date(2024, 5, 31), date(2024, 6, 30), date(2024, 8, 31), date(2024, 9, 30)

FAST_SLOW = ("县委督查室：前三季度，全县重点项目总体平稳，其中城南污水处理厂扩建、工业园区标准厂房等项目进展较快；"
             "乡村振兴示范带、城东学校新建等项目需要加快推进。")
EARLY_MILESTONE = ("县民政局：1-5月，全县25项民生实事均按序时推进，其中社区嵌入式养老、村卫生室标准化等3个项目已提前完成"
                   "半年度节点任务，占项目总数的12%。")
ON_TIME_MILESTONE = "区督办：上半年，全区20项民生实事中，智慧停车诱导、公交站台改造2个项目已完成半年目标，其余均按计划推进。"

OFFICE_LISTS = [
    # the office's lists of faster and slower items
    ("城南污水处理厂扩建", FAST_SLOW, SEP_30, "ahead", "ItemsNamed"),
    ("新建工业园区标准厂房", FAST_SLOW, SEP_30, "ahead", "ItemsNamed"),
    ("乡村振兴示范带建设", FAST_SLOW, SEP_30, "behind", "ItemsNamed"),
    ("城东学校新建工程", FAST_SLOW, SEP_30, "behind", "ItemsNamed"),
    # an interim milestone done early: ahead; on its date: on pace — never the year's task done
    ("社区嵌入式养老", EARLY_MILESTONE, MAY_31, "ahead", "ItemsNamed"),
    ("村卫生室标准化建设", EARLY_MILESTONE, MAY_31, "ahead", "ItemsNamed"),
    ("智慧停车诱导系统", ON_TIME_MILESTONE, JUN_30, "on_track", "ItemsNamed"),
    # not named, the rest on plan in the office's words
    ("新建农村幸福食堂", "区督办：上半年，全区民生实事中，老年助浴、儿童友好空间2个项目已提前完成全年任务，其余项目均按计划实施。",
     JUN_30, "on_track", "ItemsNamed"),
    # (pages14's rows, strict xfails in tests/test_status_real_pages14.py KNOWN_MISSES_PAGES14 until these rules)
    ("开展老年人免费体检", "一季度,28项区实事项目都在有序推进,无滞后项目。其中,开展老年人免费体检、新增公共自行车站点3个项目"
     "已提前实现半年度节点任务,占总数的11%。", date(2022, 3, 31), "ahead", "ItemsNamed"),
    ("城西污水泵站", "1-8月份,全区六大类80项民生实事项目稳步推进,76个项目达到或超过序时进度,城西污水泵站、实验小学扩建等项目进展较快。",
     date(2023, 8, 31), "ahead", "ItemsNamed"),
]


@pytest.mark.parametrize("task,progress,as_of,status,rule", OFFICE_LISTS, ids=[f"{t}→{s}" for t, _, _, s, _ in OFFICE_LISTS])
def test_an_offices_lists_of_items(task, progress, as_of, status, rule):
    a = judge(task, progress, as_of)
    assert (a.status, a.rule) == (status, rule), (a.rule, a.reason)


PROGRAMME_ON_PACE = [
    # the programme's count with only a word that its items go on: under way, on pace — not every item done
    ("25项民生实事", EARLY_MILESTONE, MAY_31, "on_track"),
    ("28项区实事项目", "一季度,28项区实事项目都在有序推进,无滞后项目。其中,开展老年人免费体检、新增公共自行车站点3个项目"
     "已提前实现半年度节点任务,占总数的11%。", date(2022, 3, 31), "on_track"),
    ("六大类80项民生实事项目", "1-8月份,六大类80项民生实事项目稳步推进,76个项目达到或超过序时进度。", date(2023, 8, 31), "on_track"),
    ("全年实施16项为民办实事项目", "截至8月底，16项为民办实事项目全部按序时推进，未出现滞后项目。", AUG_31, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", PROGRAMME_ON_PACE, ids=[t for t, _, _, _ in PROGRAMME_ON_PACE])
def test_a_programme_on_pace_is_not_done(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# guards: a done word stays done; a list done for the year stays completed; a share of the work stays the work's
@pytest.mark.parametrize("task,progress,as_of,status", [
    ("全年实施16项为民办实事项目", "截至11月底，16项为民办实事项目已全部完成。", date(2024, 11, 30), "completed"),
    ("完成12个老旧小区改造", "区住建局：已完成改造12个，其余配套工作有序推进。", SEP_30, "completed"),
    ("新建口袋公园", "区督办：全区民生实事中，口袋公园、街角绿地2个项目已提前完成全年任务，占项目总数的10%。", JUN_30, "completed"),
    ("城东学校新建工程", "县委督查室：城东学校新建、城北医院迁建等项目进度滞后，占项目总数的8%。", SEP_30, "behind"),
    ("年度计划投资8亿元", "1-9月完成投资4.6亿元，占年度计划的57.5%。", SEP_30, "behind"),
])
def test_guards_done_lists_and_shares_of_work(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


def test_a_units_own_list_with_fast_words_is_not_an_offices():
    # no word of an office's programme: a unit's own sub-items, left to the other rules
    a = judge("建设城市公园3个", "东湖公园、西山公园2个进展较快，南河公园正在施工。", SEP_30)
    assert a.rule != "ItemsNamed"
