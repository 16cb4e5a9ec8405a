"""Issue 11, pagesb: rules learnt from real published township, street and city-bureau rows
(bench/labels/status/pages13.json, dev), each with a table of examples in other words than the pages' and the guards it
must not fire on.  Every row here is written for this file; none is a page's sentence or a scored row.

* An item closed as a whole (rules/status_statements.py _closes_done, words.toml report.whole_item_subject,
  report.closing_now, report.after_finish, report.bare_close, report.part_period): a street's or a township's reply
  describes what the item held, what it cost and who paid, then closes it — 该项目已于5月底完工并投入使用, 工程已完工,已验收,
  现已建成开放, 目前已经全部竣工并交付使用, 超额完成60条…的整治; steps after the finish (验收, 审计, 结算, 交付使用) leave it
  finished.  A bare 已… closes only a task naming a project (…项目, …工程), and only by the works as a whole (已完工, 已完成
  整治, 已验收审计), never by a part (已完成综合楼出地面); a closing clause headed by a part's name, a plan, a denial, a clause
  still under way, 超额完成 a quarter's or a step's task, or a task with a figure of its own is no whole done.
* An office's counted lists (rules ItemsNamed, _counted_verdicts; words.toml report.items_counted_on_pace, report.items_office):
  5项未完成进度(A、B、C…) names the items that missed the pace, 3项完成进度(…) / 3项达到序时进度(…) those on it, 2项已完成(…)
  those done — each named item takes its list's verdict, the lists of one sentence read apart.  A counted list with no
  office's word is read only for a task it names; the list of a unit's own steps (2项未完成(选址、招标)) for a task it does
  not name is left to the other rules; the main economic indicators (主要经济指标) are an office's programme.
* Items withdrawn (statusz; rules ItemsNamed, _ITEM_WITHDRAWN; words.toml report.items_withdrawn): an office's count of
  items taken off the year's list with the items in brackets (因政策调整取消1项(A), 撤销2项(A、B)) — the task named there
  was withdrawn, not left undone: unclear, flagged cancelled.  取消 with a count and no names is the work itself; an
  event called off stays not started; a planned withdrawal (拟取消…) or one of a part of the item (…(A)的收费功能) is none.
* All of them at a step (statusz; rules/building.py, the figures' roles; words.toml report.every_item): a count with no
  finish of its own (今年新增改造…40户) followed by a figureless clause on all of them (均已完成方案设计, 全部进场施工) is
  at that step — preparing, started or under way — never done; a finish after it (均已竣工) leaves it done.
* Needs reported up (statusz; rules/roles.py _role, rules/clauses.py clause_stage; words.toml stage.needs_gathered): a
  count of the needs reported (各村上报…需求共计N) is the scope gathered before the work, preparing — past mid-year with
  only a tender beside it, behind; an application pending (申报…家,等待评审) stays pending.
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

MAR, JUN, SEP, DEC = date(2021, 3, 31), date(2021, 6, 30), date(2021, 9, 30), date(2021, 12, 31)
JUL, AUG = date(2021, 7, 31), date(2021, 8, 15)

CLOSED_AS_A_WHOLE = [
    ("社区老年活动中心改造项目", "该项目投资约80万元,由街道出资。该项目已于5月底完工并投入使用。", SEP, "completed"),
    ("农贸市场提升改造工程", "总投资45万元,对市场顶棚和地面进行翻新,已完成整治,已验收。", DEC, "completed"),
    ("滨河绿道建设项目", "全长3公里,总投资600万元,现已建成并向市民开放。", SEP, "completed"),
    ("社区卫生服务站改建工程", "工程已完工,已验收,正在办理结算。", DEC, "completed"),
    ("小区儿童游乐场建设项目", "增设秋千、滑梯等设施,铺设塑胶地面,目前已经全部竣工并交付使用。", SEP, "completed"),
    ("背街小巷整治提升", "对沿街立面、路面和管线进行整治,超额完成60条背街小巷的整治。", DEC, "completed"),
    ("村级综合服务中心新建项目", "总投资120万元,资金由镇财政承担,已验收审计。", DEC, "completed"),
    # guards: a plan; part of the works still building; a part's name heads the closing clause; a part of the works
    # named done; a quarter's task exceeded; the finish denied; a task with a figure of its own
    ("社区老年活动中心改造项目", "该项目投资约80万元,计划于10月底完工。", SEP, "unclear"),
    ("农贸市场提升改造工程", "已完成地面翻新,顶棚正在施工。", SEP, "on_track"),
    ("城东三条道路建设项目", "东环路:已完工。西环路:正在施工,完成60%。", SEP, "on_track"),
    ("污水处理厂三期项目", "已完成综合楼出地面,沉淀池正在浇筑。", JUN, "on_track"),
    ("道路绿化提升项目", "超额完成一季度任务,补植行道树800株。", MAR, "on_track"),
    ("社区老年活动中心改造项目", "该项目未能按期完工,目前正在室内装修。", DEC, "behind"),
    ("新建社区养老服务站8个", "投资160万元,该项目已完成5个,其余正在装修。", SEP, "on_track"),
    ("推进城乡环境综合整治", "共清理垃圾300吨,已完成整治。", SEP, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", CLOSED_AS_A_WHOLE,
                         ids=[f"{r[0]}|{r[1]}" for r in CLOSED_AS_A_WHOLE])
def test_an_item_closed_as_a_whole_after_what_it_held_and_cost(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)


INDICATORS = "主要经济指标中3项达到序时进度(地区生产总值、财政收入、固定资产投资),2项未达到序时进度(社会消费品零售总额、外贸进出口)。"
COUNTED_LISTS = [
    ("城区背街小巷改造", "全区12项民生实事中,4项未达到序时进度(城区背街小巷改造、农贸市场升级、公厕新建、路灯更新)", SEP, "behind"),
    ("农贸市场升级", "3件未完成(敬老院改造、农贸市场升级、公交站亭建设),其余已全部完成。", DEC, "behind"),
    ("新建社区书屋", "2项已完成(新建社区书屋、口袋公园建设)", SEP, "completed"),
    ("外贸进出口", INDICATORS, SEP, "behind"),
    ("地区生产总值", INDICATORS, SEP, "on_track"),
    ("财政收入", "6项主要经济指标中4项完成进度(财政收入、工业投资、社会消费品零售总额、农民人均可支配收入)", SEP, "on_track"),
    # guards: a task not named beside the rest on plan; a unit's own steps in a counted list for a task it does not name
    ("公厕新建", "全区12项民生实事中,4项未达到序时进度(城区背街小巷改造、农贸市场升级、路灯更新、绿道贯通),其余均按计划推进。", SEP,
     "on_track"),
    ("社区养老服务站建设", "建成养老服务站5个,另有2项未完成(选址、招标)。", SEP, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", COUNTED_LISTS, ids=[f"{r[0]}|{r[1][:20]}" for r in COUNTED_LISTS])
def test_an_offices_counted_lists_give_each_named_item_its_verdict(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)


# A task named in brackets after a count of items taken off the year's list: withdrawn, nothing to judge (statusz).
WITHDRAWN = [
    ("建设智慧停车管理平台", "年度重点任务中,因规划调整取消1项(建设智慧停车管理平台)。", JUN, "unclear"),
    ("推行共享单车电子围栏", "全年任务中,撤销2项(推行共享单车电子围栏、新建地下通道)。", SEP, "unclear"),
    ("社区停车泊位错时共享", "全年32项重点工作中,因上级部署变化调出1项任务(社区停车泊位错时共享)。", SEP, "unclear"),
    ("推进城市绿地养护市场化改革", "年度重点工作中,因政策调整取消1项(推进城市绿地养护市场化改革)。", JUN, "unclear"),
    # guards: another item withdrawn beside the task's own figures; 取消 with a count and no names (the work itself);
    # an event called off (not started); a done list in brackets; a planned withdrawal of a part of the item
    ("新建社区图书室5个", "已建成社区图书室5个;因规划调整取消1项(建设智慧停车管理平台)。", JUN, "completed"),
    ("精简办事证明材料", "已取消证明材料56项,涉及12个部门。", JUN, "on_track"),
    ("举办全民健身运动会", "受天气影响,今年运动会取消。", SEP, "not_started"),
    ("新建社区食堂4个", "年度民生实事中,已完成2项(新建社区食堂4个、更新公交候车亭30座)。", JUN, "completed"),
    ("建设智慧停车管理平台", "平台建设方案已完成,拟取消1项(建设智慧停车管理平台)的收费功能。", JUN, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", WITHDRAWN, ids=[f"{r[0]}|{r[1][:20]}" for r in WITHDRAWN])
def test_a_task_named_among_the_items_withdrawn_is_unclear(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)
    assert ("cancelled" in a.flags) == (expected in ("unclear", "not_started"))


# A count with no finish of its own, then a clause on all of them (均已, 全部, 都已) at a step short of done (statusz).
ALL_OF_THEM_AT_A_STEP = [
    ("完成农村危房改造40户", "今年新增改造危房40户,均已完成入户鉴定和方案设计。", AUG, "behind"),
    ("完成农村危房改造40户", "今年新增改造危房40户,全部进场施工。", AUG, "on_track"),
    ("完成农村危房改造40户", "今年新增改造危房40户,均已完成方案设计,正在施工。", AUG, "on_track"),
    ("推进五个村土地整治项目", "在建项目12个,其中4个进入收尾;今年新增整治项目30个,均已完成招标。", AUG, "on_track"),
    # guards: the clause after says all finished; the count's own finish (已建成…) before an acceptance passed
    ("完成农村危房改造40户", "今年新增改造危房40户,均已竣工。", AUG, "completed"),
    ("新建口袋公园10个", "已建成口袋公园10个,均已完成验收。", AUG, "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", ALL_OF_THEM_AT_A_STEP,
                         ids=[f"{r[0]}|{r[1][:20]}" for r in ALL_OF_THEM_AT_A_STEP])
def test_a_count_with_no_finish_takes_the_step_all_of_them_reached(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)


# The needs reported up (上报…需求共计N) are the scope gathered before the work, not work pending (statusz).
NEEDS_GATHERED = [
    ("实施农村户厕改造", "各乡镇申报改造需求合计1200户,已于8月8日完成设备采购招标,计划11月底前完成安装。", AUG, "behind"),
    ("实施村庄路灯亮化工程", "各村上报亮化需求共计980盏,由县统一采购,已于8月5日公开招标,计划10月底前安装完毕。", AUG, "behind"),
    # guards: part built with the rest under way after the needs; a tender before mid-year; an application pending
    ("实施农村户厕改造", "各乡镇申报改造需求合计1200户,已完成改造700户,其余正在施工。", AUG, "on_track"),
    ("实施农村户厕改造", "各乡镇申报改造需求合计1200户,已于3月8日完成设备采购招标。", MAR, "on_track"),
    ("推荐省级示范企业", "已向省里申报示范企业8家,等待评审。", AUG, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", NEEDS_GATHERED, ids=[f"{r[0]}|{r[1][:20]}" for r in NEEDS_GATHERED])
def test_needs_reported_up_are_the_scope_not_work_pending(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)


# A later batch's rate (第二批…配租率30%) beside an earlier batch said done is that batch's, not the task's own (statusz;
# rules/status_measures.py _batch_rate).
LATER_BATCH = [
    ("有序推进安居住房分配工作", "一期200套已全部完成分配;二期150套已分配45套,分配率30%。", JUL, "on_track"),
    ("有序推进公租房配租工作", "首批房源310套已全部完成配租;第二批180套已配租54套,配租率30%。", JUL, "on_track"),
    # guards: the first batch not done; one whole with its own rate
    ("有序推进公租房配租工作", "首批房源310套正在配租;第二批180套已配租54套,配租率30%。", JUL, "behind"),
    ("有序推进公租房配租工作", "房源490套已配租147套,配租率30%。", JUL, "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", LATER_BATCH, ids=[f"{r[0]}|{r[1][:20]}" for r in LATER_BATCH])
def test_a_later_batchs_rate_beside_a_batch_done_is_not_the_tasks(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)


def miss(given, expected, reason):
    return pytest.param(*given, expected, marks=pytest.mark.xfail(strict=True, reason=reason), id=f"{given[0]}|{given[1]}")



# pages13's misses left after the rules of this file, each in other words than the page's, strict: a fix makes its row
# pass and its mark must then go.
KNOWN_MISSES_PAGES13 = [
    miss(("有序推进安置房交付工作", "获得首批专项资金2.4亿元支持以来,已审批拨付专项资金2.4亿元、拨付率100%,960套安置房已全部完成"
          "交付;第二批400套完成120套交付,交付率30%。", JUL), "on_track",
         "a process task answered by one batch done and another under way: the funds received (获得…支持以来) are taken "
         "for the task's target and the row read as behind"),
]


# invented156's misses left open (statusz), in other words than its rows.
KNOWN_MISSES_INVENTED156 = [
    # (a count task answered by batches, 310 whole and 54 of 180, mended at stop 51 by statusb:
    # tests/test_status_statusb51.py BATCHES)
    miss(("推进两个片区棚户区改造", "在改项目7个,其中2个进入收尾;今年新增改造片区15个,均已完成设计招标。", JUL), "on_track",
         "a task counting places (两个片区) answered by projects in hand and new ones tendered: every count summed "
         "against the task's two and read as done over 100%"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", KNOWN_MISSES_INVENTED156)
def test_known_misses_invented156(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


@pytest.mark.parametrize("task,progress,as_of,expected", KNOWN_MISSES_PAGES13)
def test_known_misses_pages13(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# Mended by a later rule (KNOWN_MISSES_PAGES13 until statusc's rule of stop 66: a plan's clause closed by its date takes
# the next clause as its predicate, 原工作计划是…，建成通车 — rules/building._plan_predicate, tests/test_status_statusc66.py).
MENDED_BY_LATER_RULES_PAGES13 = [
    (("建成城北大道延伸段", "原工作计划是11月底前,建成通车。因拆迁协议未达成,项目至今尚未动工。", DEC), "seriously_behind"),
]


@pytest.mark.parametrize("given,expected", MENDED_BY_LATER_RULES_PAGES13)
def test_mended_by_later_rules_pages13(given, expected):
    assert judge(*given).status == expected
