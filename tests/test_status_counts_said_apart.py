"""Issue 11, statusa (stop 46): six ways a reply writes a count beside the one done, prompted by the misses of the
held-out invented185–187 and pages33 (a street office's third-quarter table, a bureau's half-year reply sheet, a
district's key-project bulletins), each written here in other words with guards:

* what works still building will give once finished (建成后可提供学位900个, 竣工后将新增床位300张) is a capacity to
  come, not work done (words.toml intention.once_built, intention.once_built_then: rules/forecasts._FORECAST);
* for a target of landing (招引落地…项目), a project signed and not landed is pending, no work holding the pace
  (rules/judging.judge_indicator);
* the rest of the items only being assessed (其余65栋正在开展安全评估) is preparation, not works under way holding
  the pace (judging.toml words.preparing);
* places' counts summed by the reply itself (东关社区新增320个、…，合计670个) — the total is the figure, not a fourth
  part (rules/assigning._places_total);
* the task's own count of items written as the subject of what follows (80个新开工项目完成投资35亿元,…其中已开工41个;
  其中新开工项目56个,已开工30个) is the items counted, not a count done (rules/building._scope_counts);
* beside the year's planned investment, a task's count of projects put on a list (全市共有15个项目列入省级重点项目) is
  the list's size, no part to finish (rules/task_parts._list_size).
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUNE_30, SEPT_30 = date(2026, 6, 30), date(2026, 9, 30)

CASES = [
    # a capacity once built
    ("新增公办幼儿园学位1800个。", "上半年新增学位420个，另有2所幼儿园正在建设，建成后可提供学位900个。", JUNE_30,
     "seriously_behind"),
    ("新增养老床位600张。", "上半年新增养老床位120张，另有1所养老院正在建设，竣工后将新增床位300张。", JUNE_30, "seriously_behind"),
    ("新增城市公共停车泊位3000个。", "上半年新增公共停车泊位1600个。", JUNE_30, "on_track"),     # guard
    # signed is not landed
    ("招引落地10亿元以上项目5个。", "已签约10亿元以上项目6个，其中已注册落地3个。", SEPT_30, "behind"),
    ("引进亿元以上项目5个。", "已签约亿元以上项目6个。", SEPT_30, "completed"),     # guard: bringing in counts signing
    # the rest only assessed
    ("完成城市危旧房屋安全隐患整治80栋。", "上半年完成整治15栋，其余65栋正在开展安全评估。", JUNE_30, "seriously_behind"),
    ("完成城市危旧房屋安全隐患整治80栋。", "上半年完成整治15栋，其余65栋正在施工。", JUNE_30, "on_track"),     # guard
    # places' counts and their total
    ("新增城镇就业岗位900个。", "东关社区新增320个、南门社区新增180个、北苑社区新增170个，合计670个。", SEPT_30, "on_track"),
    ("新增公益性岗位300个。", "一村新增40个、二村新增35个、三村新增50个，共计125个。", JUNE_30, "behind"),
    ("新增城镇就业岗位900个。", "东关社区新增320个、南门社区新增180个、北苑社区新增170个。", SEPT_30, "on_track"),    # guard
    # the task's own count as the subject
    ("新开工项目80个 年度计划", "80个新开工项目完成投资35亿元,占年度计划的52.1%,其中已开工41个。", JUNE_30, "on_track"),
    ("其中新开工项目56个", "其中新开工项目56个,已开工30个,开工率53.6%。", JUNE_30, "on_track"),
    # guards: a target restated before what is done, a count said done, a scope opened by 中
    ("新建农村公路800公里", "新建农村公路800公里，已完成450公里。", JUNE_30, "ahead"),
    ("改造老旧小区20个", "完成改造20个小区，已完成验收12个。", SEPT_30, "behind"),
    ("新开工项目60个", "60个新开工项目中，已开工45个。", JUNE_30, "ahead"),
    # the count of projects put on a list beside the year's planned investment is the list's size
    ("全市共有15个项目列入省级重点项目 年度计划投资62亿元",
     "全市共有15个项目列入省级重点项目,其中续建项目9个,新开工项目6个。年度计划投资62亿元,1-6月已完成投资35.1亿元,"
     "完成年度计划的56.6%,新开工项目已开工5个。", JUNE_30, "ahead"),
    # guards: no year's plan beside it; a count of new starts beside the plan
    ("全县共有8个项目列入省级重点项目", "全县共有8个项目列入省级重点项目,已开工6个。", JUNE_30, "on_track"),
    ("新开工项目15个 年度计划投资62亿元", "1-6月新开工项目5个,完成投资35.1亿元,完成年度计划的56.6%。", JUNE_30, "ahead"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", CASES, ids=[f"{c[0]}|{c[1]}" for c in CASES])
def test_counts_said_apart(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
