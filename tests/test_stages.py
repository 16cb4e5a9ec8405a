"""The stage ladder against the time gone (issue 11 item 4: rules.StageAgainstDeadline, rules.judge_clause,
judging.toml [words.works_*], [words.preparation_*], [words.use_*], thresholds first_step_late and
main_works_late), as a table of (task, progress, as of) → verdict.  Every row is invented for this file.

A project to be finished by the year's end (建成, 完工, 投用) must have passed its first step of works by
about three quarters of the year and be past its main works by about eleven twelfths; a task that is itself
one step of preparation is done once a later step is approved; a target of use is not reached while the
move into the finished building goes on."""

from datetime import date

import pytest

from luoshi.engine import rules
from luoshi.engine.progress import parse_row
from luoshi.engine.rules.works import _WORKS_LADDER, ladder_step
from luoshi.engine.text import for_parsing
from tests.status_judge import judge

pytestmark = pytest.mark.engine

MAR, JUN, SEP, NOV = date(2020, 3, 31), date(2020, 6, 30), date(2020, 9, 30), date(2020, 11, 30)
OCT, DEC = date(2020, 10, 31), date(2020, 12, 31)


def miss(case, status, why):
    """A known miss, strict: ``why`` says in other words what the engine gets wrong, so pytest's report says it."""
    return pytest.param(case, status, marks=pytest.mark.xfail(strict=True, reason=why),
                        id=f"{case[0]}|{case[1]}|{case[2]:%m-%d}")


CASES = [
    # a project to finish, its works only begun: on pace in spring and at mid-year, behind from 30 September
    (("建成投用东湖片区邻里中心", "项目已进场，正在开挖基坑。", JUN), "on_track"),
    (("建成投用东湖片区邻里中心", "项目已进场，正在开挖基坑。", SEP), "behind"),
    (("年底前建成滨河小学风雨操场", "7月下旬开工建设，目前在做桩基。", SEP), "behind"),
    # the main works still going on: on pace at 30 September, behind at 30 November
    (("年内建成区老年大学新校舍", "桩基已全部完成，主体结构正在施工，现施工至第六层。", SEP), "on_track"),
    (("年内建成区老年大学新校舍", "桩基已全部完成，主体结构正在施工，现施工至第六层。", NOV), "behind"),
    (("年底前完工北环路排水改造工程", "土建工程完成约七成。", NOV), "behind"),
    (("年底前完工北环路排水改造工程", "土建完成65%。", NOV), "behind"),
    # a step finished counts as the next one begun; the works finishing are never behind before the deadline
    (("建成投用区急救站", "主体结构已封顶，正在进行内部装修和设备安装。", NOV), "on_track"),
    (("年底前完工北环路排水改造工程", "土建工程已完成，正在进行路面恢复和绿化。", NOV), "on_track"),
    (("建成投用区数据中心", "机房设备已安装完毕，正在联合调试。", NOV), "on_track"),
    # a task to start is reached once work is on site, whatever the month; its tendering is not a start
    (("开工建设西郊净水厂", "已进场，正在开挖基坑。", NOV), "completed"),
    (("开工建设西郊净水厂", "可研已获批，正在组织施工招投标。", MAR), "on_track"),
    # a task of several projects is left to the items' own rules (one project's step is not the task's)
    (("建成投用城北、城南两座消防站", "城北消防站主体结构施工至三层，城南消防站正在装修。", NOV), "on_track"),
    # a step of the works finished is not the project finished; piers, demolition are steps of the ladder too
    (("年内建成沿江大道南延段", "路基已全部完成，正在摊铺水稳层。", SEP), "on_track"),
    (("年底前建成清水河人行桥", "桥墩完成一半，钢箱梁正在工厂预制。", NOV), "behind"),
    (("10月底前完工区游泳馆改造", "正在拆除原有看台和泳池设备。", SEP), "behind"),
    # the main works at half or less of themselves with a quarter of the time left
    (("年内建成区人民医院住院楼", "主体结构已施工至第五层（共十二层）。", SEP), "behind"),
    (("年内建成区人民医院住院楼", "主体结构已施工至第十层（共十二层）。", SEP), "on_track"),
    (("年内建成区人民医院住院楼", "主体结构已施工至第五层（共十二层）。", JUN), "on_track"),
    # the finishing works not begun with a month left; the papers and parties of the works are no start
    (("年内建成投产区食品加工厂房", "厂房已结顶，生产线设备还未进场。", NOV), "behind"),
    (("年内建成投产区食品加工厂房", "厂房已结顶，生产线设备还未进场。", SEP), "on_track"),
    (("开工建设区妇幼保健院新院", "施工合同已签订，施工单位已确定，正在办理施工许可。", SEP), "behind"),
    # a task that is itself preparation: still at its first step late in the year is behind; a later step
    # approved passes the task's own step
    (("完成南湖片区综合整治项目前期工作", "目前正在开展前期调研。", NOV), "behind"),
    (("完成南湖片区综合整治项目前期工作", "目前正在开展前期调研。", JUN), "on_track"),
    (("完成区职教中心扩建项目立项", "项目初步设计已批复。", SEP), "completed"),
    (("完成区职教中心扩建项目立项", "项目建议书正在编制。", JUN), "on_track"),
    (("完成区职教中心扩建项目立项", "项目建议书正在编制。", NOV), "on_track"),   # the step right before its own
    (("完成职教中心初步设计", "项目建议书正在编制。", NOV), "behind"),
    # the works accepted, the move into them still going on: a target of use is not yet reached
    (("年内建成投用区青少年活动中心", "已完成竣工验收，各场馆正在布展。", NOV), "on_track"),
    (("年内完工区青少年活动中心", "已通过竣工验收。", NOV), "completed"),
    # the count before its words, all done and in use (N座已全部完成改造并投入使用): the lone figure of the unit
    # answers the count, at a dated deadline as before it (invented76's first run: read as behind, as on pace)
    (("6月底前完成公共厕所提升改造10座", "10座已全部完成改造并投入使用。", JUN), "completed"),
    (("年内完成农村文化礼堂提升12个", "12个已全面完成提升并投入使用。", SEP), "completed"),
    (("年内完成农村文化礼堂提升12个", "6个已全部完成提升，其余正在施工。", SEP), "on_track"),   # the rest under way
    # a step finished counts as the next begun only when no clause says the works still stand at it (承台 after
    # 桩基: still the first step); environmental and land approvals are preparation, never the start; a road's
    # surface laid is its last layer, not the road open (invented75's first run: on pace, completed, completed)
    (("年底前完成区妇幼保健院综合楼建设", "桩基工程已完成，目前正在进行承台和地梁施工。", OCT), "behind"),
    (("年底前完成区妇幼保健院综合楼建设", "桩基工程已完成，目前正在进行承台和地梁施工。", JUN), "on_track"),
    (("年底前完成区妇幼保健院综合楼建设", "承台施工已完成，主体结构正在施工。", OCT), "on_track"),
    (("开工建设城南再生水厂", "项目可研已获批，正在开展环评和用地预审。", MAR), "on_track"),
    (("开工建设城南再生水厂", "项目可研已获批，正在开展环评和用地预审。", SEP), "behind"),
    (("年内建成通车环湖东路", "沥青面层已铺设完成，正在进行标线施划和路灯安装。", NOV), "on_track"),
    (("年内建成通车环湖东路", "路基已完成，正在进行沥青摊铺。", SEP), "on_track"),
    # a deadline in a later year (明年底前, 2021年6月底前): the pace runs to it from 1 January, not to this
    # year's end (invented75's first run: preparation at mid-year read as behind)
    (("明年底前建成投用区会展中心", "已完成土地摘牌，正在开展方案设计。", JUN), "on_track"),
    (("年底前建成投用区会展中心", "已完成土地摘牌，正在开展方案设计。", JUN), "behind"),
    (("2021年6月底前建成区美术馆新馆", "主体结构施工至第四层（共六层）。", SEP), "on_track"),
    (("6月底前建成区美术馆新馆", "主体结构施工至第四层（共六层）。", SEP), "behind"),
    # a start due this year missed at the year's end, only prepared, next year's start forecast: missed outright,
    # as without the forecast (invented75's first run: behind, by the late forecast)
    (("年内开工建设城西综合客运枢纽", "用地报批已获批复，施工图正在审查，计划明年4月开工。", DEC), "seriously_behind"),
    (("年内开工建设城西综合客运枢纽", "用地报批已获批复，施工图正在审查。", DEC), "seriously_behind"),
    (("年内建成城西综合客运枢纽", "主体结构已封顶，正在进行装修，计划明年4月竣工。", DEC), "behind"),
    # one item of several to finish, in a sentence of its own opened by its count, still at the first step of its
    # works late in the year: the ladder read on that sentence (invented76's first run: on pace)
    (("年内新建公办幼儿园3所", "1所已竣工验收；1所主体结构已封顶；1所正在进行桩基施工。", SEP), "behind"),
    (("年内新建公办幼儿园3所", "1所已竣工验收；1所主体结构已封顶；1所正在进行桩基施工。", JUN), "on_track"),
    (("年内新建公办幼儿园3所", "1所已竣工验收；2所主体结构正在施工。", SEP), "on_track"),
]


# Known misses (stage3's first run, left as they are): finishing works named beside a design read as
# preparation; a step of the works not on the ladder finished, read as the project finished; the main works
# nearly done two months before the year's end, read as on pace (main_works_late is 90%).
MISSES = [
    miss(("年底前建成投用区非遗展示馆", "正在进行内部装修和展陈设计。", date(2020, 10, 31)), "on_track",
         "finishing works inside a building beside the design of its displays are read as preparation, not works near their end"),
    miss(("完成西环路提升改造", "给水管道铺设完成，正在进行沥青摊铺。", NOV), "on_track",
         "one step of the works that is not on the ladder said finished is read as the whole project finished"),
    miss(("建成投用城南养老院", "主体结构施工至第六层（共七层）。", date(2020, 10, 31)), "behind",
         "a main structure one floor short of its top two months before the year's end is read on pace, not behind"),
]


@pytest.mark.parametrize(("case", "status"), MISSES)
def test_known_misses(case, status):
    assert judge(*case).status == status


@pytest.mark.parametrize(("case", "status"), CASES, ids=[f"{c[0]}|{c[1]}|{c[2]:%m-%d}" for c, _ in CASES])
def test_stage_against_the_time_gone(case, status):
    assert judge(*case).status == status


def test_the_ladder_takes_the_most_advanced_step_and_a_finished_step_as_the_next():
    progress = "完成桩基施工，主体结构施工至第8层。"
    case = rules.build_case(parse_row(progress, task="建成投用区图书馆"), "建成投用区图书馆", [], 91.5, NOV)
    norm = for_parsing(case.progress)
    k, (a, b) = ladder_step(case, norm, _WORKS_LADDER)
    assert k == 1 and "主体结构" in norm[a:b]
    case = rules.build_case(parse_row("桩基已完成。", task="建成投用区图书馆"), "建成投用区图书馆", [], 91.5, NOV)
    assert ladder_step(case, for_parsing(case.progress), _WORKS_LADDER)[0] == 1
    case = rules.build_case(parse_row("土建完成80%。", task="建成投用区图书馆"), "建成投用区图书馆", [], 91.5, NOV)
    assert ladder_step(case, for_parsing(case.progress), _WORKS_LADDER)[0] == 1


# invented75 and invented76's first run (engine 69f612b), its misses in other words, strict until mended (mended
# and moved to CASES: a finished first step beside a clause still at it, 环评/用地预审 as a start, a road's surface
# laid as the road built, a dated count all done as behind, 明年底前 as this year's end, a start missed at the
# year's end beside next year's start forecast read only behind, one item of a count still at its piles late in
# the year; a river's km of one work step beside the rest of the works: mended by statusb's measure short of
# pace, tests/test_status_rules.py MEASURE_SHORT): a pump station's works all done and on trial at the year's end
# for 竣工; a count with one item still at land approval read by its figure alone.
MISSES_75 = [
    miss(("年内竣工城北雨水泵站", "泵站土建及设备安装均已完成，12月20日起通水试运行。", DEC), "completed",
         "a station whose civil works and equipment are all done, on trial running at the year's end, is not read as finished"),
    miss(("新建口袋公园6个", "已建成开放2个，3个正在施工，1个正在办理用地手续。", OCT), "behind",
         "a count with one item still waiting for its land approval late in the year is judged by the done share alone, on pace"),
]


@pytest.mark.parametrize(("case", "status"), MISSES_75)
def test_known_misses_75(case, status):
    assert judge(*case).status == status


# statusb's fix from invented89's first run (and invented77's known miss, moved here from MISSES_77): a deadline named by
# a season, a school term or a holiday (汛期前 → end of May, 秋季开学前 → end of August, 国庆前 → end of September) is
# the task's own, this year's or, after 明年, next year's; once passed, work still going on is behind
SEASON_DEADLINES = [
    # (audit: the row moved from MISSES_77 kept its labelled row but for a word, reworded; it still fails before 17a7cdb)
    (("明年秋季开学前建成投用城东实验小学", "施工招标已结束，施工队伍9月进场平整场地。", SEP), "on_track"),
    (("秋季开学前建成城北第二幼儿园", "主体已完工，内部装修和室外工程仍在施工。", SEP), "behind"),
    (("汛期前完成城区排水管渠清淤疏浚", "已完成清淤疏浚120公里，剩余部分正在清淤。", date(2020, 7, 31)), "behind"),
    (("国庆前建成开放滨河公园", "公园主体绿化已完成，园路和照明正在施工。", date(2020, 10, 31)), "behind"),
    (("国庆前建成开放滨河公园", "公园主体绿化已完成，园路和照明正在施工。", JUN), "on_track"),
]


@pytest.mark.parametrize(("case", "status"), SEASON_DEADLINES, ids=[f"{c[0]}|{c[1]}|{c[2]:%m-%d}" for c, _ in SEASON_DEADLINES])
def test_a_season_deadline_is_the_task_s_own(case, status):
    assert judge(*case).status == status


def test_season_deadline_dates():
    from luoshi.engine.assess import _later_deadline, _text_deadline
    assert _text_deadline("秋季开学前建成城北第二幼儿园", SEP) == date(2020, 8, 31)
    assert _text_deadline("汛期前完成城区排水管渠清淤疏浚", SEP) == date(2020, 5, 31)
    assert _text_deadline("国庆前建成开放滨河公园", JUN) == date(2020, 9, 30)
    assert _text_deadline("明年秋季开学前建成投用城东实验小学", SEP) is None      # next year's (_later_deadline)
    assert _later_deadline("明年秋季开学前建成投用城东实验小学", SEP) == date(2021, 8, 31)


# statusb's fix from invented89's first run: 尚未开展 / 暂未开展 (not yet, then the verb of carrying the work out) is the
# work not begun, as 尚未启动 is — not the work under way
NOT_YET_CARRIED_OUT = [
    (("开展农村集体“三资”清理专项行动", "尚未开展。", SEP), "not_started"),
    (("开展农村集体“三资”清理专项行动", "目前暂未开展相关工作。", SEP), "not_started"),
]


@pytest.mark.parametrize(("case", "status"), NOT_YET_CARRIED_OUT,
                         ids=[f"{c[0]}|{c[1]}|{c[2]:%m-%d}" for c in (x for x, _ in NOT_YET_CARRIED_OUT)])
def test_not_yet_carried_out_is_not_begun(case, status):
    assert judge(*case).status == status


def test_a_deadline_in_a_later_year_is_the_pace_s_end():
    from luoshi.engine.assess import _later_deadline, expected_pct
    assert _later_deadline("明年底前建成投用城东体育中心", JUN) == date(2021, 12, 31)
    assert _later_deadline("力争明年6月底前建成投用区会展中心", JUN) == date(2021, 6, 30)
    assert _later_deadline("到2021年底建成城东大桥", JUN) == date(2021, 12, 31)
    assert _later_deadline("2020年6月底前完成", JUN) is None            # this year's
    assert _later_deadline("为明年打基础，年内完成10个", JUN) is None     # a year named, no deadline
    assert expected_pct(JUN, date(2021, 12, 31)) == 24.9


# invented77's first run (engine a1ce308), statusc's held-out check after the fixes from invented75/76, left unfixed
# (its misses in other words, strict): a tower only at its first floor above ground two months before its use (the
# main works without a share are late only from main_works_late); one item of several at its foundations
# when the figures decide (4 of 6 done, the rest under way); a kindergarten open since a month before the report
# (taking children from September on) read as behind; the main works' own share (约四成) read as the task's completion (seriously behind).
MISSES_77 = [
    # (audit: these kept their labelled rows but for a figure or a phrase, reworded; each misses as before)
    miss(("年内新建社区文化家园8家", "文化家园建成开放6家，内部装修1家，基础施工1家。", SEP), "behind",
         "one item of several still at its foundations in September is not held behind when the done share decides"),
    miss(("年内建成投用城南第三幼儿园", "项目竣工验收后配齐了教学设备，9月开学起招收幼儿。", DEC), "completed",
         "a facility in use since a month before the report, written without a word for 'already', is not read as done"),
    miss(("年底前完成城东排涝泵站新建工程", "泵站主体结构已完成四成左右。", NOV), "behind",
         "a share of the main structure written in tenths is read as the share of the whole task done, seriously behind"),
]


@pytest.mark.parametrize(("case", "status"), MISSES_77)
def test_known_misses_77(case, status):
    assert judge(*case).status == status


# invented78's first run (engine 7ce0755): two misses mended — a deadline before the verb (三季度末前开工…) hid the
# task's clause, and the preparation of a project named at length (完成…扩建项目前期工作) was looked for only near the
# verb, so 具备开工条件 read as preparation behind — and two left, strict, in other words: a preparation task still at
# its stability assessment and household survey late in the year; a road's km surfaced beside more km of roadbed
# (mended since by the road-layer reading, words.toml figure.earlier_step: now a case).
CASES_78 = [
    (("三季度末前开工建设城东垃圾中转站", "已于9月10日开工，正在进行基础施工。", SEP), "completed"),
    (("第二季度末前开工建设城东垃圾中转站", "施工许可正在办理。", SEP), "seriously_behind"),
    (("完成城西再生水厂扩建项目前期工作", "可研、环评、初步设计均已批复，施工图审查已完成，具备开工条件。", NOV), "completed"),
    (("完成城西再生水厂扩建项目前期工作", "可研已批复，初步设计正在审查，尚不具备开工条件。", SEP), "on_track"),
    (("完成城西再生水厂扩建项目前期工作", "正在编制项目建议书。", NOV), "behind"),
    # a road's length surfaced beside a longer length of roadbed (statusa, tests/test_status_year_beside_total.py)
    (("年内完成乡村道路改造60公里", "路基完工45公里，路面已铺好30公里。", OCT), "behind"),
]
MISSES_78 = [
    miss(("年内完成城北片区旧城改造项目前期工作", "正在开展稳评和入户调查。", SEP), "behind",
         "a task of preliminary work still at its risk assessment and household survey late in the year is read on pace"),
]


@pytest.mark.parametrize(("case", "status"), CASES_78, ids=[f"{c[0]}|{c[1]}|{c[2]:%m-%d}" for c, _ in CASES_78])
def test_stages_78(case, status):
    assert judge(*case).status == status


@pytest.mark.parametrize(("case", "status"), MISSES_78)
def test_known_misses_78(case, status):
    assert judge(*case).status == status


# invented79's first run (engine d600e45), statusc's last held-out check, left unfixed (in other words, strict):
# the main works just begun (一层结构) three months before a building's use read on pace (as invented77's tower);
# a line energised and running (送电成功，投入运行) unread; a start put off and not made at the year's end (暂缓实施，
# 年内未能开工) read only behind by the lag word; a platform online on a date in the report's month without 已
# (…日正式上线运行) read as behind.
MISSES_79 = [
    miss(("年内开工建设城北新区综合管廊", "受规划调整影响，该项目暂缓推进，年内未能开工。", DEC), "seriously_behind",
         "a start put off and not made by the year's end is read only behind, from its lag words, not missed outright"),
    # (audit: reworded, it kept its labelled row but for a word and a day; it misses as before)
    miss(("年内建成投用区智慧停车平台", "11月完成系统调试，12月15日平台正式上线运行。", DEC), "completed",
         "a platform going live on a dated day of the report's month, written without 'already', is read as behind, not done"),
]


@pytest.mark.parametrize(("case", "status"), MISSES_79)
def test_known_misses_79(case, status):
    assert judge(*case).status == status


# invented69's first run (engine 8b89255, statusa): main works just begun late in the year (首层, 一层结构, 刚出正负零,
# 主体结构已开始施工: judging.toml words.works_main_begun, with no share stated) count as the first step, behind from
# first_step_late for one project to be finished — a quarter of the year is left for the structure, its fitting-out
# and acceptance; the works' late step speaks before the unit's claim (施工进展正常); a clause only claiming normal
# progress (项目正常推进中) is no stage beside one that reports a stage; a lag of an earlier period said to be caught up
# since (进度已追上序时: words.pace_caught_up) leaves the figures to decide; and 完工 after an earlier step (桩基及地下室
# 已完工) is that step finished, not the works.  The rows before the last four are invented77's and invented79's misses
# the rule mended; the rest are new rows in other words.  (Reworded in the audit: four rows shared a clause of 14-18
# characters with a labelled row, of invented77, invented79, invented73 and invented69.)
CASES_69 = [
    (("年内建成投用城北人才公寓", "基坑支护及地下室均已完工，地上首层结构施工中。", OCT), "behind"),
    (("年内建成投用城西社区卫生服务中心", "工程8月动工，基础施工已结束，正在进行一层主体结构施工。", SEP), "behind"),
    (("年内建成区档案馆新馆", "桩基和承台均已完成，首层主体结构施工中。", SEP), "behind"),
    (("年内建成区档案馆新馆", "桩基和承台均已完成，首层主体结构施工中。", JUN), "on_track"),
    (("年内建成区档案馆新馆", "主体结构施工至十一层，进展正常。", SEP), "on_track"),
    (("年内建成区档案馆新馆", "主体结构于3月开始施工，进展顺利。", OCT), "on_track"),
    (("年底前建成城东全民健身馆", "主体结构刚开始施工，工程进展顺利。", OCT), "behind"),
    (("年底前建成城东全民健身馆", "工作有序推进，目前仅完成初步设计。", SEP), "behind"),
    (("年内完成固定资产投资5亿元", "一季度因疫情停工进度有所滞后，现已赶上序时进度，累计完成投资3.9亿元。", SEP), "on_track"),
    (("年内完成固定资产投资5亿元", "上半年进度有所滞后，力争三季度追上序时，累计完成投资2.8亿元。", SEP), "behind"),
]


@pytest.mark.parametrize(("case", "status"), CASES_69, ids=[f"{c[0]}|{c[1]}|{c[2]:%m-%d}" for c, _ in CASES_69])
def test_stages_69(case, status):
    assert judge(*case).status == status


# Found in the audit, probing CASES_69's phenomenon in other words (left unfixed, strict): a project to be built whose
# foundations alone are finished (基础已完工, 基础部分现已完成) beside its first floor under way, read as the project
# completed (SubTargets takes the finished step for the task's own object); 主体首层 (首层 after 主体, in 正在进行…施工)
# beside the piles done at 30 September, read as on pace (the first floor not read as the main works just begun).
MISSES_69_AUDIT = [
    (("年内建成投用城北人才公寓", "地下车库及基础已完工，现正进行第一层主体结构施工。", OCT), "behind"),
    (("年内建成投用城西社区卫生服务中心", "7月下旬进场，基础部分现已完成，主体首层正在施工。", SEP), "behind"),
    (("年内建成区档案馆新馆", "桩基和承台均已完成，正在进行主体首层施工。", SEP), "behind"),
]


@pytest.mark.xfail(strict=True, reason="the base works finished read as the project done; the main structure's ground floor under way, written short, not read as the works begun")
@pytest.mark.parametrize(("case", "status"), MISSES_69_AUDIT,
                         ids=[f"{c[0]}|{c[1]}|{c[2]:%m-%d}" for c, _ in MISSES_69_AUDIT])
def test_known_misses_69_audit(case, status):
    assert judge(*case).status == status


# invented72's first run (engine 943d17e, statusa's held-out check after invented69's fixes): mended — the main works
# begun in other words (主体结构开始…: words.works_main_begun 开始), the earthworks done with the next step only about to
# begin (正准备进行主体结构施工: still the first step), a terse figure after 截至目前 (words figure.terse_lead), work
# paused at the end of its clause (线下培训暂停) a lag where no figure answers the task; rows in other words.
CASES_72 = [
    (("年内建成城西体育馆", "地下室已完工，主体结构开始砌筑。", OCT), "behind"),
    (("年内建成城西体育馆", "已完成桩基施工，正准备开展主体结构施工。", OCT), "behind"),
    (("年内建成城西体育馆", "已完成桩基施工，正准备开展主体结构施工。", JUN), "on_track"),
    (("全年引进紧缺型人才300名", "截至目前已引进158名。", SEP), "behind"),
    (("全年开展农民工技能培训3000人次", "工作有序推进，受汛期影响现场培训暂停。", JUN), "behind"),
    (("全年举办全民健身赛事40场", "受疫情影响一季度线下赛事暂停，目前已举办赛事19场。", JUN), "on_track"),
    # (first a strict xfail below; mended after: a clause opened by a count of items not begun, past mid-year)
    (("年内完成美丽乡村精品村建设4个", "建设工作总体平稳，其中3个村因规划调整至今尚未动工，已建成1个。", JUN), "behind"),
    (("年内完成美丽乡村精品村建设4个", "其余3个村正在施工，已建成1个。", JUN), "on_track"),
    # (first a strict xfail below; mended after: a lag of an earlier period, words.past_period — the figures decide;
    # with no figure the lag stands)
    (("年内完成河道生态修复12公里", "年初因征地问题推进较慢，目前已明显加快，累计完成9.5公里。", SEP), "on_track"),
    (("年内完成河道生态修复12公里", "年初因征地问题推进较慢，目前正在加快推进。", SEP), "behind"),
    # (first a strict xfail below, MISSES_72; mended by statusd: the lone figure of a compound unit of visits (家次, 人次)
    # with the target's verb counts it, the noun before it being what the visits went to — rules._assign_facts)
    (("全年开展消防安全检查800家次", "已检查商户460家次。", SEP), "behind"),
    (("全年开展消防安全检查800家次", "累计检查企业620家次。", SEP), "on_track"),
    # (another verb than the target's still answers nothing)
    (("全年开展消防安全检查800家次", "已培训企业460家次。", SEP), "unclear"),
]


@pytest.mark.parametrize(("case", "status"), CASES_72, ids=[f"{c[0]}|{c[1]}|{c[2]:%m-%d}" for c, _ in CASES_72])
def test_stages_72(case, status):
    assert judge(*case).status == status


# invented73's first run (engine 6065bc7), statusa's last held-out check after invented69 and invented72's fixes, left
# unfixed (strict, in other words): the whole task said done beside a lag of an earlier period (前期…有所滞后), read as
# behind by the lag word.
# (its one row, the whole year's task said done beside a lag of an earlier period, is mended: see WHOLE_DONE_PAST_LAG)


# invented74's first run (engine 4579f8b), statusa's further held-out check after invented69 and invented72's fixes,
# left unfixed then; all three misses since mended by statusd (in other words here): main works going on at a low floor
# with no total (施工至第二层) late in the year is the main works just begun (judging.toml works_main_begun: 至二层,
# 至第二层), behind from first_step_late on; the civil works just launched beside foundations dug (STAGE_WORDS_D); a
# figure done and in use after a dated lead clause (FINISHED_AND_IN_USE).
LOW_FLOOR_LATE = [
    (("年内建成投用街道文体中心", "文体中心主体结构8月底开始施工，现已施工至第二层。", OCT), "behind"),
    (("年内建成投用镇综合文化站", "主体结构正在施工，目前施工至二层。", SEP), "behind"),
    (("年内建成投用镇综合文化站", "主体结构正在施工，目前施工至二层。", JUN), "on_track"),
    (("年内建成投用镇综合文化站", "主体结构施工至第五层。", OCT), "on_track"),
    (("年内建成投用镇综合文化站", "主体结构施工至第二层（共二层）。", OCT), "on_track"),
    # a steel structure being hoisted is the main works (words.works_main: 钢结构), behind from main_works_late on
    (("年内建成投用区全民健身馆", "正在进行钢结构吊装。", NOV), "behind"),
    (("年内建成投用区全民健身馆", "正在进行钢结构吊装。", SEP), "on_track"),
    (("年内建成投用区全民健身馆", "钢结构吊装已完成，正在进行屋面施工。", NOV), "on_track"),
]


@pytest.mark.parametrize(("case", "status"), LOW_FLOOR_LATE, ids=[f"{c[0]}|{c[1]}|{c[2]:%m-%d}" for c, _ in LOW_FLOOR_LATE])
def test_low_floor_late(case, status):
    assert judge(*case).status == status


# statusb's fix from invented80's first run (and invented79's known miss, moved here from MISSES_79): a line energised
# (送电成功) or a facility in operation (已投入运行, 已投入运营) closes its clause (judging.toml [words.completion_statement])
ENERGISED = [
    (("年内建成城北110千伏输变电工程", "线路架设及设备安装全部结束，12月中旬一次送电成功，投入运行。", DEC), "completed"),
    (("建成城南污水提升泵站", "泵站已通过验收，于10月已投入运营。", date(2020, 11, 30)), "completed"),
    (("年内建成城西110千伏变电站", "电气设备调试中，拟于12月上旬送电成功后投运。", date(2020, 11, 30)), "on_track"),
]


@pytest.mark.parametrize(("case", "status"), ENERGISED, ids=[f"{c[0]}|{c[1]}|{c[2]:%m-%d}" for c, _ in ENERGISED])
def test_energised_and_in_operation(case, status):
    assert judge(*case).status == status


# statusd's fixes of invented73's and invented74's misses (issue 11): the ladder's first step gains the words a site
# report uses for it (场平, 平整场地, 基础开挖, 开挖基础; works just launched: 刚刚启动, 刚启动, for the project or its
# main works), so a project to be finished still there from first_step_late on is behind; on pace before it.
STAGE_WORDS_D = [
    (("年底前建成投用区应急指挥中心", "指挥中心土建工程刚刚启动，目前正在开挖基础。", SEP), "behind"),
    (("年内建成镇级垃圾中转站", "项目正在进行场平。", SEP), "behind"),
    (("年内建成镇级垃圾中转站", "项目正在进行场平。", JUN), "on_track"),
    (("年内建成社区卫生服务站", "目前正在进行基础开挖。", OCT), "behind"),
    (("年内建成社区卫生服务站", "施工单位已进场平整场地。", OCT), "behind"),
    (("年内建成社区卫生服务站", "项目刚启动。", OCT), "behind"),
    (("年内建成社区卫生服务站", "项目刚启动。", JUN), "on_track"),
]


@pytest.mark.parametrize(("case", "status"), STAGE_WORDS_D, ids=[f"{c[0]}|{c[1]}|{c[2]:%m-%d}" for c, _ in STAGE_WORDS_D])
def test_stage_words_d(case, status):
    assert judge(*case).status == status


# The year's task named first and said done (年度任务已全部完成: rules._WHOLE_SCOPE_DONE_AFTER, the same statement as
# 完成全年任务) is the whole done; a lag of an earlier period beside it (上半年…一度滞后, 年初…) no longer stops
# WholeStatement: the lag was made up.  A lag of now still does, and a share is no statement of the whole.
WHOLE_DONE_PAST_LAG = [
    (("年内完成农村公路安保工程30公里", "年度任务已全部完成，上半年因汛期影响施工进度一度滞后。", NOV), "completed"),
    (("年内新建乡村公厕40座", "全年目标任务均已完成，年初受雨雪天气影响开工偏晚。", DEC), "completed"),
    (("年内新建乡村公厕40座", "全年目标任务均已完成。", DEC), "completed"),
    (("年内新建乡村公厕40座", "年度任务已完成80%。", SEP), "on_track"),
    (("年内新建乡村公厕40座", "已建成22座，目前进度滞后。", NOV), "behind"),
]


@pytest.mark.parametrize(("case", "status"), WHOLE_DONE_PAST_LAG,
                         ids=[f"{c[0]}|{c[1]}|{c[2]:%m-%d}" for c, _ in WHOLE_DONE_PAST_LAG])
def test_whole_done_beside_past_lag(case, status):
    assert judge(*case).status == status


# A figure finished and in use (已完工并投入使用35台: words.toml figure.terse_verb gains 完工) names nothing but the work
# done, so it counts the task's lone target of its unit; and the plan naming the items before their count (计划实施的50个
# 项目已全部开工: progress._PLANNED_ITEMS, rules._PLANNED_ITEMS_DONE) is no plan when the clause says they are begun or
# done — the count stands beside the part done (其中…已完工投产) and the rest is under way.
FINISHED_AND_IN_USE = [
    (("年内完成老旧住宅加装电梯80台", "截至9月底，已完工并投入使用35台。", SEP), "behind"),
    (("年内新建城市公厕20座", "已完工并投入使用20座。", OCT), "completed"),
    (("年内新建城市公厕20座", "已完工并投入使用9座，另有11座正在施工。", JUN), "on_track"),
    (("实施重点技改项目60个", "计划实施的60个项目已全部开工，其中20个已完工投产。", JUN), "on_track"),
    # (the plan restated and only its start forecast: nothing begun, no plan read as done — not_started since statusy's
    # start forecast only, stop 40; unclear before)
    (("实施重点技改项目60个", "计划实施的60个项目，预计下半年全部开工。", JUN), "not_started"),
]


@pytest.mark.parametrize(("case", "status"), FINISHED_AND_IN_USE,
                         ids=[f"{c[0]}|{c[1]}|{c[2]:%m-%d}" for c, _ in FINISHED_AND_IN_USE])
def test_finished_and_in_use(case, status):
    assert judge(*case).status == status
