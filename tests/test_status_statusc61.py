"""Issue 11, statusc (stop 61): the real published rows' misses re-clustered (bench/labels/status/pages*.json), the
largest cluster a count read against the wrong noun — in the reply (items named in a 、-list, several to a clause, no
figure) and in the task (a count's noun named after a verb, after a topic; a count-first noun holding a 、).  Every row
here is written for this file in other words than the pages'; none is a page's sentence or a scored row.

* Items named in 、-lists (rules/status_parts._items_listed_by_clause): a count no figure answers, the reply naming its
  items several to a clause under the clause's one stage (东门菜市场、西关菜市场已改造完成，北街菜市场正在施工 for 改造3座
  社区菜市场) — every clause naming the target's head noun names only such items, as many as the count — is counted by
  the items said done, against the pace as a figure is; the rest all under way holds the pace (rule question 4), as the
  items named one a sentence already were (statusa, stop 58); past mid-year an item still at preparation makes a count
  within the band behind (rule question 4), not one the done items carry over it.  Guards: a piece without the head
  noun, a figure of its own.
* The count's noun after a verb of work, the topic before it naming the same thing (社区菜市场改造提升工程年内改造4座社区
  菜市场: indicators.parse) — what is counted is that noun, so the named items are read against it; a lead of time and
  plan with no topic (去年计划新增110家…) stays as read before.
* A 、 inside a count-first noun (实施5个农村供水、排水提升项目和8个村庄绿化项目): the name runs to the 和 right before
  the next count (indicators._NEXT_ITEM), not cut at the 、.
* Preparation: a step said approved short (可研已批) passes the steps before it (完成…立项: words.preparation_order) and
  is no whole preparation finished (完成…前期工作 stays under way until the works are ready to begin, rule question 19's
  text); a preparatory group formed or the works made ready (筹备组已成立, 已完成施工筹备/施工准备: words.toml
  stage.preparatory_object) is preparation, never the thing done.
"""

from datetime import date

import pytest

from luoshi.engine import indicators
from tests.status_judge import judge

pytestmark = pytest.mark.engine

APR, JUN, AUG, SEP, DEC = date(2025, 4, 30), date(2025, 6, 30), date(2025, 8, 31), date(2025, 9, 30), date(2025, 12, 31)

ITEMS_LISTED_BY_CLAUSE = [
    ("改造3座社区菜市场", "东门菜市场、西关菜市场已改造完成，北街菜市场正在施工", JUN, "ahead"),
    ("改造提升社区菜市场3座", "东门菜市场、西关菜市场已改造完成，北街菜市场已完成方案设计", JUN, "ahead"),
    ("新建城市书房4家", "图书馆城市书房、湖滨城市书房、高铁站城市书房已于5月建成开放，科技园城市书房已完成施工准备", JUN,
     "ahead"),
    ("建成口袋公园2个", "滨河口袋公园已于3月建成开放，另一处长乐口袋公园已完成施工筹备", APR, "ahead"),
    ("建成口袋公园2个", "滨河口袋公园已于3月建成开放，长乐口袋公园已建成开放", APR, "completed"),
    ("建成甲广场、乙广场、丙广场3个", "甲广场、乙广场已建成，丙广场正在铺装", JUN, "ahead"),
    ("建成甲广场、乙广场、丙广场3个", "甲广场已建成，乙广场、丙广场正在施工", JUN, "on_track"),   # the rest under way
    ("改造3座社区菜市场", "东门菜市场、西关菜市场已改造完成，北街菜市场正在施工", DEC, "behind"),
    # within the band past mid-year: the rest under way holds it, an item still designed does not
    ("改造3座社区菜市场", "东门菜市场、西关菜市场已改造完成，北街菜市场正在施工", AUG, "on_track"),
    ("改造3座社区菜市场", "东门菜市场、西关菜市场已改造完成，北街菜市场已完成方案设计", AUG, "behind"),
    # the topic before the verb, the count's noun after it
    ("社区菜市场改造提升工程年内改造4座社区菜市场",
     "已改造完成东门菜市场、西关菜市场、南湖菜市场，北街菜市场已完成方案设计", JUN, "ahead"),
    # guards: a piece without the head noun (西关路) — the rule does not count it
    ("改造3座社区菜市场", "东门菜市场、西关路已改造完成，北街菜市场正在施工", JUN, "on_track"),
    # a figure of its own answers the count
    ("改造3座社区菜市场", "已改造完成2座，北街菜市场正在施工", JUN, "ahead"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", ITEMS_LISTED_BY_CLAUSE,
                         ids=[f"{r[0]}|{r[1]}|{r[2]}" for r in ITEMS_LISTED_BY_CLAUSE])
def test_items_named_in_lists_counted_by_their_clause(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)


COUNT_NOUNS = [
    ("社区菜市场改造提升工程年内改造4座社区菜市场", [("社区菜市场改造提升工程年内改造社区菜市场", 4.0, "座")]),
    ("实施5个农村供水、排水提升项目和8个村庄绿化项目",
     [("农村供水、排水提升项目", 5.0, "个"), ("村庄绿化项目", 8.0, "个")]),
    ("新建2所学校、医院和3个公园", [("学校、医院", 2.0, "所"), ("公园", 3.0, "个")]),
    # guards: a lead of time and plan with no topic naming the thing; a 、 before a figure of its own; 和 before a figure
    ("去年计划新增110家普惠托育机构", [("去年计划新增", 110.0, "家")]),
    ("建成3座110千伏变电站、新增供电能力60万千瓦", [("110千伏变电站", 3.0, "座"), ("新增供电能力", 60.0, "万千瓦")]),
    ("培育至少20家专精特新企业、5家以上单项冠军企业",
     [("培育专精特新企业", 20.0, "家"), ("单项冠军企业", 5.0, "家")]),
    ("加快12个产业园区和30个产业片区建设", [("产业园区", 12.0, "个"), ("产业片区建设", 30.0, "个")]),
]


@pytest.mark.parametrize("text,expected", COUNT_NOUNS, ids=[r[0] for r in COUNT_NOUNS])
def test_a_count_read_with_its_own_noun(text, expected):
    found, _ = indicators.parse(text)
    assert [(i.metric, i.value, i.unit) for i in found] == expected


PREPARATION = [
    ("完成某某项目立项", "项目可研已批，正在开展初步设计", SEP, "completed"),      # a later step approved, said short
    ("完成某某物流园项目前期工作", "项目可研已批，正在开展初步设计", SEP, "on_track"),   # one step of the whole
    ("完成某某物流园项目前期工作", "项目可研已批，初步设计正在审查", DEC, "behind"),     # the year over, not ready
    ("完成某某物流园项目前期工作", "项目可研、初步设计均已批复，施工图已审查，具备开工条件", SEP, "completed"),
    ("完成某某项目立项", "项目可研尚未批，正在修改", SEP, "on_track"),          # guard: not approved
    ("完成某某项目立项、可研、初步设计等前期工作", "可研已批，正在开展初步设计", SEP, "on_track"),
    # a body's preparatory group formed is no body formed, past the task's own deadline
    ("小区治理。整改目标：引入物业服务，成立业主委员会。整改时限：8月底前。",
     "已确定由某某物业公司托管，7月进场服务；业主委员会筹备组已成立，正在推选候选人。", date(2025, 10, 31), "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", PREPARATION, ids=[f"{r[0]}|{r[1]}" for r in PREPARATION])
def test_preparation_finished_only_with_its_steps(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)
