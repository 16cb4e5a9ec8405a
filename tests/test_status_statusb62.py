"""Issue 11, statusb (stop 62): what invented249's first run missed — a county market supervision bureau's key-task
ledger at 30 November — mended by general rules and tested on sentences written here in other words than any label
row, each with guards that must not move.

* A table's column bar (｜, | once normalised) ends a target's clause: an amount with 以上 before the bar (…贷款投放5亿元
  以上｜完成时限：12月底前) is no threshold of a thing named after it, and a count's noun stops at the bar
  (indicators._DELIM, _NOT_NOUN_AFTER).
* A bracket right after a rate's percentage holding only the count of the whole (覆盖率100%（全县…260家）: words.toml
  figure.whole_bracket_lead) is the rate's base, no count to do (indicators._whole_bracket); a bracket after 实现…全覆盖
  keeps its count (README rule question 22).
* A figure named 实有 (实有个体工商户3.05万户) is the stock standing now (words.toml figure.stock_total): it answers a stock
  level beside its change since January, and is never counted for a target of new ones.
* A survey or round of work dated by a month after the report (定于12月中旬开展: words.toml intention.dated_result) is a
  plan, so 尚未启动 beside it is a task not yet begun, not a piece of works idle past the pace.
* A coverage said done by a verb of work (完成年度监督检查全覆盖: words.toml report.full_coverage_done_verb) answers a
  coverage rate of 100%, as 实现全覆盖 does; a year's inspection coverage (检查覆盖率) is reached once, not a level held
  (figure.building_rate); never after a denial (尚未实现全覆盖), which the reading had held before.
* The rest of a batch found beside a coverage of 100% (发现隐患31处，已整改26处，其余5处正在整改) is no rest of the task's when
  the task counts nothing in its unit and the batch's clause shares none of the task's words
  (rules/guarding._rest_of_other_count).
* A rate named by a fuller verb (按时办结率) answered by counts takes the part in that verb (其中按时办结482件) before the bare
  two characters (已办结496件); a whole undertaken or passed on (承办, 转办) is a whole received (words.toml
  report.rate_whole_lead; rules/status_measures._rate_of_counts).
* A lone amount named only by an amount's measure (融资金额, 登记金额: judging.toml words.amount_noun) answers the lone amount
  target when the target's own name stands earlier in its sentence (rules/assigning._amount_of_named).

Left as strict xfails (MISSES, in other words than the rows): works finished with some awaiting their acceptance
papers after the deadline (rule question 21; a dev row of another set, inv131-006, labels the same words completed
before the year's end, so the words were left unread).  Two more misses of this stop — rounds of a campaign with the
last set for December and its plan made, standards reviewed and awaiting publication — were mended at stop 63
(tests/test_status_statusb63.py) and are plain cases in STATUS since.
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

SEP = date(2026, 9, 30)
NOV = date(2026, 11, 30)

STATUS = [
    # a column bar after 以上: the amount is the target, no threshold of a thing after it
    ("事项04｜融资服务｜年度目标：新增普惠小微贷款投放5亿元以上｜完成时限：12月底前｜牵头单位：县金融办",
     "1-10月新增普惠小微贷款投放5.6亿元。", NOV, "completed"),
    # a rate's base in brackets; the coverage said done by a verb, the batch's rest another thing's
    ("特种设备使用单位监督检查覆盖率100%（全县特种设备使用单位260家）",
     "已完成全县260家使用单位年度监督检查全覆盖，发现隐患31处，已整改26处，其余5处正在整改。", NOV, "completed"),
    # a stock named 实有 beside its change since January: the stock answers the level
    ("全县实有个体工商户总量达到3.2万户", "截至10月底，全县实有个体工商户3.05万户，较年初净增1860户。", NOV, "on_track"),
    # ... and is never counted for a target of new ones
    ("新增个体工商户3000户", "1-11月新增个体工商户2650户，全县实有个体工商户3.1万户。", NOV, "on_track"),
    # a survey set for a later month, not begun: not started
    ("12月开展年度消费环境满意度调查", "调查工作定于12月中旬开展，目前尚未启动。", NOV, "not_started"),
    # a rate's fuller verb counts its part; 承办 is a whole received
    ("投诉举报按时办结率达到98%以上", "共受理投诉举报500件，已办结496件，其中按时办结482件。", NOV, "behind"),
    ("上级转办件按期办结率达到98%以上", "今年以来承办上级转办件86件，按期办结80件。", NOV, "behind"),
    # a lone amount named by its measure, the target's name earlier in its sentence
    ("年内实现商标质押融资1亿元以上", "办理商标质押融资登记12笔，融资金额1.3亿元。", NOV, "completed"),
    # full coverage denied is no coverage held
    ("辖区加油站计量检查覆盖率100%", "已对全县38座加油站完成计量器具检查，尚未实现全覆盖。", NOV, "unclear"),
    # a coverage that is a level (not a year's inspections) said done by a verb: held before the deadline, as 实现全覆盖
    ("学校食堂“明厨亮灶”覆盖率100%", "已完成全县学校食堂“明厨亮灶”改造全覆盖。", SEP, "on_track"),
    # mended at stop 63 (statusb63: status_parts._last_rounds_dated; words.toml report.decision_awaited 批准, 发布), plain
    # cases since: a campaign's last round set for a later month with its plan made is on pace (rule question 6) ...
    ("全年开展食品安全夜间巡查5轮", "已完成夜间巡查4轮，第5轮巡查方案已制定，定于12月下旬开展。", NOV, "on_track"),
    # ... and standards reviewed and awaiting publication are pending work under way (rule question 12)
    ("主导制定团体标准3项", "3项团体标准已通过专家评审，待标准化协会批准发布。", NOV, "on_track"),
]

GUARDS = [
    # an attributive threshold before a thing keeps its reading in a ledger's cell
    ("事项05｜项目招引｜年度目标：引进10亿元以上产业项目3个｜完成时限：12月底前｜牵头单位：县商务局",
     "已签约引进10亿元以上产业项目2个。", NOV, "behind"),
    # a count's noun stops at the bar, the count answered as before
    ("事项07｜专项检查｜年度目标：开展燃气安全突击检查6轮｜完成时限：12月底前｜牵头单位：县住建局",
     "已开展突击检查6轮，检查餐饮场所1320家次。", NOV, "completed"),
    # a bracket with a word of work is a target, not a base
    ("重点单位消防检查覆盖率100%（新增重点单位20家）", "已完成全部重点单位检查；新增重点单位12家。", NOV, "behind"),
    # a bracket after 实现…全覆盖 with no rate keeps its count of the whole
    ("实现全县养老机构消防安全检查全覆盖（全县共有养老机构42家）", "已完成42家养老机构消防安全检查，实现全覆盖。", SEP,
     "completed"),
    # a coverage only nearly done by its verb is no coverage reached
    ("辖区加油站计量检查覆盖率100%", "已基本完成全县加油站计量器具检查全覆盖。", NOV, "on_track"),
    # a month already past is no plan
    ("开展年度消费环境满意度调查", "调查工作已于9月集中开展，共回收有效问卷2400份。", NOV, "on_track"),
    # the bare verb still counts where the reply gives no fuller one
    ("诉求办结率达到95%以上", "共受理诉求400件，已办结390件。", NOV, "on_track"),
    # the rest of a whole the task itself names is the task's
    ("全镇村级集体经济经营性收入全部达到10万元以上",
     "全镇24个村中已有20个村经营性收入达到10万元以上，其余4个村正在发展物业租赁项目。", NOV, "on_track"),
    # an amount of another thing (intent) is not the target's
    ("年内实现知识产权质押融资2亿元", "举办银企对接会3场，意向签约金额1.5亿元。", NOV, "on_track"),
    ("完成政府投资项目审计金额20亿元", "完成审计项目45个，审计金额16.2亿元。", NOV, "behind"),
]


def miss(task, progress, as_of, status, why):
    return pytest.param(task, progress, as_of, status, marks=pytest.mark.xfail(strict=True, reason=why))


MISSES = [
    miss("10月底前完成6个社区菜市场标准化改造", "6个菜市场改造已于10月中旬全部完工，其中4个已通过验收，2个正在整理验收资料。",
         NOV, "behind",
         "works finished with some still putting their acceptance papers in order after the deadline are nearly done "
         "(rule question 21); 正在整理验收资料 before its noun is not read as acceptance pending — left unread because a "
         "dev label of the same words before the year's end reads them done"),
]


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), STATUS)
def test_status(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), GUARDS)
def test_guards(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), MISSES)
def test_known_misses(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
