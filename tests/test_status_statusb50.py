"""Statusb's rules of stop 50: a measure per head of a population and a plan's draft at its deadline (invented203's
first run); a works step finished meeting its dated node, most items of a count not begun, a share of the works as the
year's target (KNOWN_MISSES_194 in tests/test_status_rules.py).

A target counted per head of a population (每千人口…托位数达到4.5个, 每万人口…拥有量达到20件) is a ratio level as a rate
is: at mid-year a figure short of it is behind (README rule question 9), one at or over it held — never a count done
along the year (4.1 of 4.5 is not 91% of the work).  A plan or document whose task is to draw it up by a deadline,
answered only by its draft for comment or review (初稿, 征求意见稿, 送审稿) awaiting adoption, is not done: at the
deadline it is behind.  Sentences invented in the manner of districts' quarter pages."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

_JUN30, _JUL31, _DEC31 = date(2026, 6, 30), date(2026, 7, 31), date(2026, 12, 31)

CASES = [
    # per head of a population: short at mid-year → behind; reached → held, on pace; reached at the year's end → met
    ("每千人口拥有3岁以下婴幼儿托位数达到4.5个。", "全区每千人口拥有3岁以下婴幼儿托位数达到4.1个。", _JUN30, "behind"),
    ("每万人口高价值发明专利拥有量达到12件。", "截至6月底，每万人口高价值发明专利拥有量为12.6件。", _JUN30, "on_track"),
    ("每千名老年人拥有养老床位数达到35张。", "每千名老年人拥有养老床位数33张，较年初提高1.2张。", _JUN30, "behind"),
    ("每万人口拥有公共文化设施面积达到1800平方米。", "年末每万人口拥有公共文化设施面积1860平方米。", _DEC31, "completed"),
    # beside a count in the band, the level short decides
    ("新增养老床位300张，每千名老年人拥有养老床位数达到35张。",
     "上半年新增养老床位150张；每千名老年人拥有养老床位数达到32张。", _JUN30, "behind"),
    # a count not per head stays a count on the pace
    ("新增托位400个。", "上半年新增托位190个。", _JUN30, "on_track"),
    # a draft at the deadline: not drawn up yet
    ("6月底前完成全区养老服务设施布局规划编制。",
     "规划初稿已编制完成，正在征求各街道和相关部门意见。", _JUN30, "behind"),
    ("6月底前完成城市更新专项规划编制。", "规划征求意见稿已形成，待提交区规委会审议。", _JUN30, "behind"),
    # the plan itself drawn up and passed by its deadline: done
    ("6月底前完成全区养老服务设施布局规划编制。",
     "规划编制工作已于5月完成，并经区政府常务会议审议通过。", _JUN30, "completed"),
    # a year's target that is itself a share of the works: the share reported over it, against the pace
    ("年内完成主体结构工程的70%。", "主体结构工程总体完成约36%。", _JUN30, "on_track"),
    ("年内完成主体结构工程的80%。", "主体结构工程完成约20%。", _JUN30, "behind"),
    # the same share short once the deadline has come stays behind
    ("年内完成主体结构工程的70%。", "主体结构工程总体完成约60%。", _DEC31, "behind"),
    # none of a count done past mid-year and most of its items not begun: under half the pace
    ("年内建成桥梁6座。", "6座桥梁中2座正在进行桩基施工，其余4座因用地手续未办结尚未开工。", _JUL31, "seriously_behind"),
    ("年内新建村级综合服务中心5个。", "已有1个开工建设，其余4个尚未开工。", _JUN30, "seriously_behind"),
    # half or fewer not begun stays behind
    ("年内建成桥梁6座。", "6座桥梁中4座正在进行桩基施工，其余2座因用地手续未办结尚未开工。", _JUL31, "behind"),
    # one of two lanes done at mid-year, the other not begun: half the count, in the band (mended at stop 51,
    # rules/works.items_done_share)
    ("完成某某街、某某巷2条背街小巷整治。",
     "某某街整治已于4月完成；某某巷因雨污分流管线方案调整，尚未进场施工。", _JUN30, "on_track"),
    # a works step of a dated node its own clause says finished whole: the node met, the later one on pace
    ("某某水库除险加固：汛前完成大坝主体加固，11月底前完成竣工验收。",
     "大坝主体加固已于5月25日全部完成，目前正在进行管理用房建设，竣工验收资料正在整理。", _JUL31, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", CASES, ids=[f"{t}|{p}" for t, p, _, _ in CASES])
def test_per_population_and_drafts(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status


def miss(task, progress, as_of, status, why):
    return pytest.param(task, progress, as_of, status, marks=pytest.mark.xfail(strict=True, reason=why),
                        id=f"{task}|{progress}")


# invented203's first-run misses not mended, in other words, places and figures.
KNOWN_MISSES_203 = [
    miss("开工建设某某片区排水管网改造工程，汛前完成5处积水点整治。",
         "5处积水点整治已于5月中旬全部完成；排水管网改造工程已完成初步设计，正在开展施工招标。", _JUN30, "behind",
         "one clause's own season deadline (汛前) taken as the whole task's, so the other clause's start, still tendering "
         "at mid-year for the year's end, is read as nothing begun after its deadline (seriously behind)"),
    miss("新开工安置房1200套，建成交付600套。",
         "安置房已全部开工1200套；已交付260套，其余交付房源正在进行主体施工。", _JUN30, "on_track",
         "homes handed over short of the band with every remaining block under construction read behind by the figure"),
    # a dated node of the works passed with its step only in part
    miss("某某水库除险加固：汛前完成大坝主体加固，11月底前完成竣工验收。",
         "大坝主体加固正在施工，完成约60%，管理用房已开工。", _JUL31, "behind",
         "a works node due before the flood season still at 60% at 31 July read on pace by the later node's stage"),
    # pages35's pg35-021 in other words: a share of a period's own target and the period's own pace
    miss("竣工投用项目 前三季度目标任务", "竣工投用项目完成投资52.4亿元，占前三季度目标任务92.3%；", _JUL31, "ahead",
         "a share of the first three quarters' target (占前三季度目标任务) not read as the completion, nor the pace run to 30 "
         "September; read on pace by the stage"),
    # pages23's pg23-016 in other words: a group's figures against a plan already due, with its gap said
    miss("3个轻灾乡镇", "3个轻灾乡镇完工安置房15套，完工率88%，与重建目标任务的差距为2套，完成投资0.62亿元，"
         "完成计划投资的91%。", _JUL31, "behind",
         "a group named by its count (3个乡镇) taken as the target the houses answer, and the gap to the plan's due target "
         "(与…目标任务的差距) not read as the plan still short"),
]


@pytest.mark.parametrize("task,progress,as_of,status", KNOWN_MISSES_203)
def test_known_misses_203(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status


# Mended by statusa at stop 58 (rules/status_statements._rate_target_share): a share of the works stated as such
# (总工程量的X%, 形象进度达到X%) against a year's target that is itself a share of them is the way gone to it (31 of 60 is
# 51.7% of the way), no longer read as the share done of the whole.
MENDED_203 = [
    ("年内完成总工程量的60%。", "已完成总工程量的31%。", _JUN30, "on_track"),
    ("年底前项目形象进度达到60%。", "项目形象进度达到31%。", _JUN30, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", MENDED_203, ids=[f"{t}|{p}" for t, p, _, _ in MENDED_203])
def test_mended_203(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status
