"""Completed rows read on pace (issue 11, pagesfix): the reading gaps behind done counts the rules left unanswered on
real pages of several governments (pages1–19 tabulated by cause in the stop-40 report).  Rows invented in other
words than the labelled ones; each table has guards that must not change."""

from datetime import date

import pytest

from tests.status_judge import judge as judge_row

pytestmark = pytest.mark.engine

MID_YEAR = date(2024, 6, 30)
SEPTEMBER = date(2024, 9, 30)
OCTOBER = date(2024, 10, 31)
NOVEMBER = date(2024, 11, 30)
YEAR_END = date(2024, 12, 31)


def judge(task_text, progress, as_of=MID_YEAR):
    return judge_row(task_text, progress, as_of)


# A count named by nothing but a finish and its manner (超额完成14个, 提前完成3200个, 已按期完成42个, 顺利完成: words.toml
# figure.terse_lead) or a finish in place (已配备到位: figure.terse_verb 到位) is the task's own count done, as 已完成14个
# is; and a table's next cell (进度状态：…, 状态:…) after a gap is no word of the figure before it (progress._metric).
# Before, the manner or the next cell's column word read as another thing named, the count answered no part and the
# verdict fell to the stage (on pace).
FINISH_MANNER = [
    (("改造提升农贸市场12个", "截至10月底，已超额完成14个。", OCTOBER), "completed", 116.7),
    (("新增公共停车泊位3000个", "上半年提前完成3200个。", MID_YEAR), "completed", 106.7),
    (("建设村级综合服务站40个", "已按期完成42个，均已投用。", YEAR_END), "completed", 105.0),
    (("实施农村户厕改造2000户", "已顺利完成1100户。", MID_YEAR), "ahead", 55.0),
    (("为敬老院配备护理床2000张", "完成情况：2030张已配备到位 进度状态：完成 备注：无", NOVEMBER), "completed", 101.5),
    (("更换老旧燃气管道80公里", "9月完成情况:86公里已更换到位 状态:已完成", SEPTEMBER), "completed", 107.5),
    # guards: a finish planned or forecast (计划, 力争, 预计) is no count done; a finish of another unit answers nothing;
    # 超额 in the task's own sentence is no finish reported; 超额完成序时进度 is a pace, the count beside it decides;
    # a next cell's figure of another thing named before the gap answers nothing
    (("改造提升农贸市场12个", "计划年底前超额完成14个。", OCTOBER), "unclear", None),
    (("改造提升农贸市场12个", "力争提前完成12个，目前已完成5个。", MID_YEAR), "behind", 41.7),
    (("改造提升农贸市场12个", "预计10月底提前完成12个。", MID_YEAR), "unclear", None),
    (("改造提升农贸市场12个", "超额完成投资1.2亿元。", OCTOBER), "on_track", None),
    (("超额完成新建社区食堂60个的任务", "已建成35个。", SEPTEMBER), "behind", 58.3),
    (("改造提升农贸市场12个", "已超额完成序时进度，完成5个。", MID_YEAR), "behind", 41.7),
    (("新增城镇就业5000人", "完成情况：1200人参加技能培训 进度状态：推进中", MID_YEAR), "on_track", None),
]


@pytest.mark.parametrize("given,status,completion", FINISH_MANNER)
def test_a_count_named_only_by_a_finish_and_its_manner_is_the_task_count_done(given, status, completion):
    a = judge(*given)
    assert (a.status, a.completion_pct) == (status, completion), a.reason


# Beside the year's planned investment (年度计划投资, 年计划投资: words.toml task.year_investment), a count of the
# programme's projects is the list's size, not a count to finish — also when the count is written before the name that
# holds the plan itself (45个…项目年度计划投资26亿元), when an aside in brackets interrupts the class named (重点项目(含续建)),
# and for the breakdown after 其中 of a list read as a size (其中跨年续建项目9项).  Before, the size stood as a part
# unreported (or judged against the projects the reply names in passing) and the year plan's share over the band read on
# pace or behind.
PROGRAMME_SIZE = [
    (("列入市级重点项目(含续建)120个，年度计划投资350亿元", "1-9月完成投资290亿元，完成年度计划的82.9%；已竣工项目12个。",
      SEPTEMBER), "ahead", 82.9),
    (("45个乡村振兴重点项目年度计划投资26亿元", "1-6月完成投资15.2亿元，占年度计划的58.5%；其中12个项目已完成年度投资计划。", MID_YEAR),
     "ahead", 58.5),
    (("全县列入市重点建设项目15项,其中跨年续建项目9项,年计划投资30亿元", "1-10月完成投资31.2亿元，为年计划的104%；尚有1个新开工项目在办理用地手续。",
      OCTOBER), "completed", 104.0),
    # guards: a count to start or to finish beside the plan stays a part (新开工…20个, 建成…10个, and the new starts after
    # 其中, a start to reach); a 其中 count with no year plan in its task is untouched
    (("新开工重点项目20个，年度计划投资80亿元", "已完成投资62亿元，新开工项目8个。", SEPTEMBER), "behind", 58.8),
    (("建成重点项目10个，年度计划投资50亿元", "已完成投资40亿元，建成项目3个。", SEPTEMBER), "seriously_behind", 55.0),
    (("全县列入市重点建设项目15项,其中新开工项目6项,年计划投资30亿元", "1-10月完成投资31.2亿元，为年计划的104%；新开工项目6项均已开工。",
      OCTOBER), "completed", 100.0),
    (("全年实施重点项目30个", "已开工28个。", MID_YEAR), "on_track", None),
]


@pytest.mark.parametrize("given,status,completion", PROGRAMME_SIZE)
def test_a_programme_count_beside_the_year_plan_is_the_list_size(given, status, completion):
    a = judge(*given)
    assert (a.status, a.completion_pct) == (status, completion), a.reason


# The task's own work named as a 任务 and said done — 完成(了)…任务 or …任务(已)(提前/全面/顺利…)完成, the work's last two
# characters in the task — is the whole task done (rules.WholeStatement), beside figures that answer no part too.
# Before, a reply of two sentences or with a figure of another measure read as some work done: on pace, or behind once
# the deadline had passed.
OWN_TASK_DONE = [
    (("推进农村危房改造工作", "圆满完成危房改造任务，同步开展入户回访。", NOVEMBER), "completed"),
    (("农贸市场改造项目，要求5月底前完成场内地面铺装", "整体进度良好。地面铺装任务提前完成。", date(2024, 6, 3)), "completed"),
    (("推进农村危房改造工作", "今年投入资金500万元。危房改造任务均已顺利完成。", YEAR_END), "completed"),
    (("完成15所学校校舍加固改造", "共投入资金320万元，为学校更换门窗1200扇，完成了校舍加固改造任务。", YEAR_END), "completed"),
    # guards: a part of the year, a batch, preparation, a share, a plan or forecast, a denial, another work (the task's
    # words not its last two), and the work said only nearly done beside it
    (("推进农村危房改造工作", "今年投入资金500万元。完成上半年危房改造任务。", MID_YEAR), "on_track"),
    (("推进农村危房改造工作", "今年投入资金500万元。完成第一批危房改造任务。", SEPTEMBER), "on_track"),
    (("建设城南污水处理厂", "完成前期工作任务，正在办理施工许可。", SEPTEMBER), "on_track"),
    (("推进农村危房改造工作", "完成危房改造任务量的60%。", SEPTEMBER), "behind"),
    (("推进农村危房改造工作", "计划年底前完成危房改造任务。", SEPTEMBER), "unclear"),
    (("推进农村危房改造工作", "预计11月完成危房改造任务。", SEPTEMBER), "unclear"),
    (("推进农村危房改造工作", "未能完成危房改造任务。", YEAR_END), "behind"),
    (("推进农村危房改造工作", "今年投入资金500万元。完成困难群众走访慰问任务。", SEPTEMBER), "on_track"),
    (("推进农村危房改造工作", "基本完成。完成危房改造任务，待县住建局验收。", OCTOBER), "on_track"),
]


@pytest.mark.parametrize("given,status", OWN_TASK_DONE)
def test_the_tasks_own_work_said_done_as_a_task_is_the_whole_done(given, status):
    a = judge(*given)
    assert a.status == status, a.reason


# Strict xfails of other files that the readings above mended (their cases moved here, as they were written there).
MENDED_XFAILS = [
    # tests/test_status_real_pages15.py KNOWN_MISSES_PAGES15 (OWN_TASK_DONE: 完成了…适老化改造任务 at the deadline)
    (("健全高龄老人津贴制度,按时足额发放。完成15所农村互助幸福院适老化改造提升工程。",
      "严格落实高龄老人津贴制度,补贴标准为每人每月100元,1-12月份共发放津贴8.6万元,补贴人数72人。为15所敬老院铺设了坡道,"
      "安装了扶手,完成了农村互助幸福院适老化改造任务。", date(2021, 12, 31)), "completed"),
    # tests/test_status_rules.py KNOWN_MISSES_122 (OWN_TASK_DONE: 整治任务全部完成 beside two counts adding up to the whole)
    (("完成辖区32家“散乱污”企业整治。", "区生态环境分局：已关停取缔19家、整改提升13家，整治任务全部完成。", date(2020, 9, 30)), "completed"),
]


@pytest.mark.parametrize("given,status", MENDED_XFAILS)
def test_mended_xfails_of_other_files(given, status):
    assert judge(*given).status == status


# A count done by its own verb, then after 其中 in its sentence counts of its unit no larger that state no step of their
# own (其中通勤专线7条, 其中:低保户420户, 其中社区嵌入式托育点5家) is broken down by kind or place: the breakdown is within
# the count (building role "within"), no second count done; it answers only a part of the task it names (the task's own
# 其中 part), and the count it breaks down then answers the one part of its unit left.  Before, the two counts of one
# unit left the target unanswered (no comparable figure), or the whole read as a scope.
BREAKDOWN = [
    (("计划新增8条定制公交线路", "现已新增11条，其中通勤专线7条。", OCTOBER), "completed", 137.5),
    (("新增普惠托育机构12家", "今年已新增14家，其中社区嵌入式托育点5家。", NOVEMBER), "completed", 116.7),
    (("完成农村危房改造1500户，其中低保户400户", "已完成改造1520户(其中:低保户420户)。", YEAR_END), "completed", 100.0),
    (("新建城市书房20家，其中图书馆分馆8家", "已建成16家，其中图书馆分馆7家。", SEPTEMBER), "ahead", 83.8),
    (("新增普惠托育机构12家", "今年已新增5家，其中社区嵌入式托育点3家。", SEPTEMBER), "behind", 41.7),
    # guards: a breakdown that states its own step (其中落地开工7个 after a signing, 其中完工6个 after a start) is another
    # count, read as before
    (("引进500万元以上项目12个", "已签约项目16个，其中落地开工7个。", SEPTEMBER), "on_track", 58.3),
    (("改造老旧小区20个", "已开工16个，其中完工6个。", SEPTEMBER), "seriously_behind", 30.0),
]


@pytest.mark.parametrize("given,status,completion", BREAKDOWN)
def test_a_breakdown_after_its_count_is_within_it(given, status, completion):
    a = judge(*given)
    assert (a.status, a.completion_pct) == (status, completion), a.reason


# The reply's own plan of the year written with the year after 计划 (计划今年投资, 计划全年完成投资, 计划年内投资,
# 计划本年度投资: words.toml time.own_year_after_plan) is the year's plan as 今年计划投资 is: beside the amount done it
# gives the completion (rules PlannedAmount), also for a task whose numbers the reply leaves without a figure of their
# unit (a project's size, 建设…1200套, its reply only the year's investment).  Before, the reply read by its stage.
OWN_YEAR_PLAN = [
    (("滨江公园提升工程", "该工程计划全年完成投资3000万元,截至9月底已完成投资1200万元,园路正在铺设。", SEPTEMBER),
     "behind", 40.0),
    (("老城区雨污分流改造", "项目计划年内投资1.2亿元,上半年完成投资6500万元。", MID_YEAR), "on_track", 54.2),
    (("新建保障性租赁住房1200套", "一期主体施工中,二期正在桩基施工。该项目计划本年度投资1.5亿元,1-8月已完成投资1.3亿元。",
      date(2024, 8, 31)), "ahead", 86.7),
    # guards: a figure of the task's own unit answers the task, not the investment share; a plan to start this year is
    # no amount planned; a plan with nothing done says nothing; beside the projects' whole investment (计划总投资) the
    # amount done may be over their life; a money target is the task's own
    (("新建保障性租赁住房1200套", "已建成交付800套。项目计划今年投资1.5亿元,已完成投资1.3亿元。", date(2024, 8, 31)),
     "on_track", None),
    (("城北片区道路建设项目", "项目计划今年开工,目前已完成投资400万元,正在办理施工许可。", date(2024, 8, 31)), "on_track", None),
    (("城北片区道路建设项目", "计划今年投资5000万元,力争10月完工。", date(2024, 8, 31)), "unclear", None),
    (("续建学校5所,计划总投资8亿元", "累计完成投资6.2亿元,计划今年完成投资1.1亿元,5所学校均在施工。", SEPTEMBER),
     "on_track", None),
    (("年内完成投资2亿元", "计划今年投资2亿元,1-6月完成投资0.8亿元。", MID_YEAR), "behind", 40.0),
]


@pytest.mark.parametrize("given,status,completion", OWN_YEAR_PLAN)
def test_the_replys_own_year_plan_with_the_year_after_plan(given, status, completion):
    a = judge(*given)
    assert (a.status, a.completion_pct) == (status, completion), a.reason


# The amount done said equal to the year's task, target or plan (与年度计划持平, 与全年目标持平: words.toml
# report.even_with) is the whole year's task done, as an excess over it (比年度计划高…) is (WholeStatement).  Before, the
# reply read as some work done.
EVEN_WITH_PLAN = [
    (("改造农村公路危桥", "全年完成投资2600万元,与年度目标持平,12座危桥全部完工通车。", YEAR_END), "completed"),
    (("建设城市书房", "截至11月底完成投资850万元,与全年计划持平。", NOVEMBER), "completed"),
    # guards: equal to last year is no plan; 基本持平 is no equality; a forecast or a plan of the equality is none done
    (("改造农村公路危桥", "完成投资2600万元,与上年持平,8座危桥完工。", YEAR_END), "behind"),
    (("改造农村公路危桥", "完成投资2300万元,与年度计划基本持平,11座危桥完工。", YEAR_END), "behind"),
    (("改造农村公路危桥", "预计全年完成投资2600万元,与年度计划持平,目前8座危桥完工。", OCTOBER), "on_track"),
    (("建设城市书房", "计划完成投资850万元,与全年计划持平,目前正在选址。", MID_YEAR), "behind"),
]


@pytest.mark.parametrize("given,status", EVEN_WITH_PLAN)
def test_the_amount_equal_to_the_years_plan_is_the_year_done(given, status):
    a = judge(*given)
    assert a.status == status, a.reason


# In use said with no subject of its own (已于…正式投入使用, 已于10月8日交付使用, 已正式投入运营: words.toml
# completion.opened) in a sentence opening with a word pointing back (该, 这一, 此: report.back_reference) at the noun
# ending the task's name is the task's own object opened — done (StageAgainstDeadline).  Before, in use was no opening
# and the clause had no subject: some work done.
IN_USE_BACK_REFERRED = [
    (("建设城东污水处理厂", "这一污水处理厂总投资1.8亿元,日处理规模3万吨,已于2024年9月20日正式投入运营,出水达一级A标准。",
      NOVEMBER), "completed"),
    (("改造区图书馆", "该馆改造投入资金650万元,新增阅览座位300个,已于10月8日交付使用。", YEAR_END), "completed"),
    (("新建区档案馆", "此馆建筑面积8000平方米,已于5月正式投用,库房可容纳档案40万卷。", SEPTEMBER), "completed"),
    # guards: in use planned is none; a back reference to another thing (该小区) is not the task's object; a part of
    # the object in use (一楼食堂) with the rest under way is not the whole
    (("新建社区养老服务中心", "该中心投入资金900万元,主体已完工,正在进行内部装修,计划10月投入使用。", date(2024, 8, 31)),
     "on_track"),
    (("新建社区养老服务中心", "该小区投入资金900万元,已于2024年6月18日正式投入使用,中心正在装修。", date(2024, 8, 31)),
     "on_track"),
    (("新建社区养老服务中心", "该中心投入资金900万元,一楼食堂已于6月投入使用,二楼正在装修。", date(2024, 8, 31)), "on_track"),
]


@pytest.mark.parametrize("given,status", IN_USE_BACK_REFERRED)
def test_in_use_under_a_back_reference_to_the_tasks_object(given, status):
    a = judge(*given)
    assert a.status == status, a.reason


# Every item of the task said finished in a clause of its own (两处厕所已全部完工, 目前均已完工, 现已全部更换完毕: a word of
# all right before a finish or a verb closed by 完毕, said as happened — 已 or a word of now), no clause still under way,
# nearly done or preparing, no lag stated (rules/status_statements.py _all_said_done; pages16 德积, pages23 元宝山 and
# 良江, three governments).  Before, beside a count or an amount of money the reply's figures answered no part and the
# verdict fell to the stage or to concrete work (on pace); a bare 全部安装完毕 read as nothing to judge.
ALL_SAID_DONE = [
    (("村级公共卫生间建设 在南村、北村各新建公共卫生间一座。", "南北两村2处卫生间均已完工。", date(2024, 8, 31)), "completed"),
    (("确定本街道年度为民办实事项目6个", "截至目前均已完工。其中,新建停车位120个;改造背街小巷1.5公里;建成口袋公园2个。",
      date(2024, 11, 30)), "completed"),
    (("代表领办项目:南关社区破损井盖更换项目。", "工作进展:社区井盖破损严重,单位出资4000元购置新井盖,现已全部更换完毕。",
      date(2024, 9, 10)), "completed"),
    (("更新老旧小区监控设施", "监控探头已全部安装完毕。", date(2024, 8, 31)), "completed"),
    (("村级公共卫生间建设 在南村、北村各新建公共卫生间一座。", "南北两村2处卫生间均已完工,下步将做好后期管护。", date(2024, 8, 31)),
     "completed"),
]

# guards: a finish planned or foretold (计划下周, 预计月底前), the shell only (主体), starts (均已开工), part done and the
# rest building, a lag stated beside it — never completed by this reading.
ALL_SAID_DONE_GUARDS = [
    ("代表领办项目:南关社区破损井盖更换项目。", "工作进展:单位出资4000元购置新井盖,计划下周全部更换完毕。", date(2024, 9, 10)),
    ("代表领办项目:南关社区破损井盖更换项目。", "工作进展:单位出资4000元购置新井盖,预计月底前全部更换完毕。", date(2024, 9, 10)),
    ("村级公共卫生间建设 在南村、北村各新建公共卫生间一座。", "南北两村2处卫生间均已完工,化粪池正在施工。", date(2024, 8, 31)),
    ("村级公共卫生间建设 在南村、北村各新建公共卫生间一座。", "两处卫生间主体已全部完工。", date(2024, 8, 31)),
    ("村级公共卫生间建设 在南村、北村各新建公共卫生间一座。", "两处卫生间均已开工。", date(2024, 8, 31)),
    ("确定本街道年度为民办实事项目6个", "目前均已开工。其中,新建停车位120个;改造背街小巷1.5公里。", date(2024, 11, 30)),
    ("确定本街道年度为民办实事项目6个", "目前均已完工4个,其余2个正在施工。", date(2024, 11, 30)),
    ("代表领办项目:南关社区破损井盖更换项目。", "工作进展:单位出资4000元购置新井盖,已全部更换完毕,但部分井盖验收进度滞后。",
     date(2024, 9, 10)),
]


@pytest.mark.parametrize("given,status", ALL_SAID_DONE)
def test_every_item_said_finished_is_the_whole_done(given, status):
    a = judge(*given)
    assert a.status == status, a.reason


@pytest.mark.parametrize("given", ALL_SAID_DONE_GUARDS)
def test_a_finish_foretold_partial_or_of_the_shell_is_no_whole_done(given):
    a = judge(*given)
    assert a.status != "completed", a.reason


# A share of the year's task stated in forms the reader missed, each seen on another government's page: 占…的X% after
# a 、 (河北), a table's ratio cell 占年任务之比:X% (岳阳), the whole's own amount in a unit ending in a digit (1.8万hm2,
# 运城), and 完成度X% (江苏) — words.toml progress.stated_rate, progress.column_share_tail, progress._WHOLE_AMOUNT.
# Before, the share went unread and a result at or over its target fell to the stage (on pace); now the share is judged
# against the pace both ways (an under-share reads behind as every other stated share does).
SHARE_FORMS = [
    (("“四好农村路”建设", "农村公路完工1380公里、占年度任务的115%;农村客运班线公交化率达到88%。", date(2024, 11, 30)),
     "completed", 115.0),
    (("考核指标:新增城镇就业 单位:万人 工作目标:3.1", "已完成数:3.6 占年任务之比:116.1% 备注:人社局", date(2024, 11, 30)),
     "completed", 116.1),
    (("考核指标:改造农村危房 单位:户 工作目标:620", "已完成数:620 占年任务之比:100.0% 备注:住建局", date(2024, 11, 30)),
     "completed", 100.0),
    (("造林面积 计划任务2.4万hm2", "全县完成造林面积2.6万hm2,占计划任务2.4万hm2的108.3%。", YEAR_END), "completed", 108.3),
    (("“儿童之家”", "全年全市建成“儿童之家”318个,完成度106%。", YEAR_END), "completed", 106.0),
    # the same forms under the pace read as shares under it
    (("“四好农村路”建设", "农村公路完工620公里、占年度任务的51.7%。", date(2024, 11, 30)), "behind", 51.7),
    (("考核指标:新增城镇就业 单位:万人 工作目标:3.1", "已完成数:1.2 占年任务之比:38.7% 备注:人社局", date(2024, 11, 30)),
     "seriously_behind", 38.7),
    (("造林面积 计划任务2.4万hm2", "全县完成造林面积2.1万hm2,占计划任务2.4万hm2的87.5%。", YEAR_END), "behind", 87.5),
    (("“儿童之家”", "全年全市建成“儿童之家”246个,完成度82%。", YEAR_END), "behind", 82.0),
]

# guards: a share of another whole after a 、 (占全省…总里程的3%) is no share done; a planned or forecast 完成度 is no
# share done (the count done decides).
SHARE_FORMS_GUARDS = [
    (("“四好农村路”建设", "农村公路完工620公里、占全省农村公路总里程的3%。", MID_YEAR), "on_track", None),
    (("新建农村公路1200公里", "计划完成度100%,目前已完成300公里。", MID_YEAR), "behind", 25.0),
    (("新建农村公路1200公里", "预计全年完成度110%,目前已完成300公里。", MID_YEAR), "behind", 25.0),
]


@pytest.mark.parametrize("given,status,completion", SHARE_FORMS + SHARE_FORMS_GUARDS)
def test_a_share_of_the_years_task_in_forms_once_missed(given, status, completion):
    a = judge(*given)
    assert (a.status, a.completion_pct) == (status, completion), a.reason


# The one figure done in the target's own measure under another verb or noun (完成路面铺设216公里 for 建成200公里农村公路,
# 已完成10条线路改造 for 改造农村班线10条), at or over the target, no clause still going, no rest named, no lag: the
# result reached (rules/status_stage.py _measure_met, the mirror of works._measure_short; 福州 and 缙云, pages20).  A
# count only when its words share two characters with the task's.  Before, the figure answered no part and the verdict
# fell to the stage (on pace).
MEASURE_MET = [
    (("今年计划新建改造供水管网40公里", "现已完成管道敷设43公里。", SEPTEMBER), "completed", 107.5),
    (("改造城区公交线路8条", "已完成8条线路优化调整。", MID_YEAR), "completed", 100.0),
    (("新增高标准农田5万亩", "已完成田块整治5.2万亩。", OCTOBER), "completed", 104.0),
]

# guards: under the target; the rest or another work still building; a forecast; a figure since the works began; a count
# of other things; a lag beside it — never completed by this reading.
MEASURE_MET_GUARDS = [
    ("今年计划新建改造供水管网40公里", "现已完成管道敷设30公里。", SEPTEMBER),
    ("今年计划新建改造供水管网40公里", "现已完成管道敷设43公里,其余管段正在施工。", SEPTEMBER),
    ("今年计划新建改造供水管网40公里", "现已完成管道敷设43公里,加压泵站正在建设。", SEPTEMBER),
    ("今年计划新建改造供水管网40公里", "预计年底前完成管道敷设43公里。", SEPTEMBER),
    ("今年计划新建改造供水管网40公里", "项目开工以来累计完成管道敷设43公里。", SEPTEMBER),
    ("改造城区公交线路8条", "已新增8条定制班车。", MID_YEAR),
    ("今年计划新建改造供水管网40公里", "现已完成管道敷设43公里,但部分路段进度滞后。", SEPTEMBER),
]


@pytest.mark.parametrize("given,status,completion", MEASURE_MET)
def test_the_one_figure_in_the_targets_measure_at_or_over_it(given, status, completion):
    a = judge(*given)
    assert (a.status, a.completion_pct) == (status, completion), a.reason


@pytest.mark.parametrize("given", MEASURE_MET_GUARDS)
def test_a_figure_under_beside_more_work_or_foretold_is_no_result_reached(given):
    a = judge(*given)
    assert a.status != "completed", a.reason


# A programme's size counted with its whole closing the name (…重点项目共46个, …重点项目共安排93项, 共计: words.toml
# task.count_name_tail; the year opening the name, 2021年…, left out) beside the year's planned investment, now also
# written 计划完成投资 or 计划投资 (task.year_investment), is the list's size, not a count to finish (rules/task_parts.py
# _list_size): the year plan's share decides (新疆 and 乌什, pages20).  Before, the size stood as a part unreported and
# capped a share over the year's plan at on pace.
PROGRAMME_SIZE = [
    (("全年计划实施重点民生项目共40个,计划投资6亿元。", "截至目前,已开工项目39个,开工率97.5%;累计完成投资4.5亿元,完成全年计划投资的75%。",
      date(2024, 7, 5)), "ahead"),
    (("2024年全市民生类重点项目共安排60项,总投资900亿元,计划完成投资150亿元", "截至11月底,累计完成投资160亿元,为年计划的106.7%。"
      "其中,交通项目、教育项目超额完成年度计划,分别达到118%、109%。", NOVEMBER), "completed"),
    (("今年确定市重点项目共计52个,计划完成投资80亿元。", "1-9月完成投资64.8亿元,占年计划的81%,已开工项目50个。", SEPTEMBER), "ahead"),
]

# guards: a count to build beside the plan (计划建成…40个) stays a part; a project's own 计划投资 beside its length leaves
# the length a part; a year plan's share under the pace still reads behind.
PROGRAMME_SIZE_GUARDS = [
    (("全年计划建成民生项目40个,计划投资6亿元。", "已建成12个,完成投资4.5亿元。", date(2024, 7, 5)), "behind"),
    (("城南污水管网项目计划投资2亿元,新建管网20公里", "完成投资1.6亿元,建成管网8公里。", SEPTEMBER), "behind"),
    (("全年计划实施重点民生项目共40个,计划投资6亿元。", "已开工项目39个;累计完成投资2亿元,完成全年计划投资的33.3%。", date(2024, 7, 5)),
     "behind"),
]


@pytest.mark.parametrize("given,status", PROGRAMME_SIZE + PROGRAMME_SIZE_GUARDS)
def test_a_programmes_size_beside_the_years_plan_is_no_part(given, status):
    a = judge(*given)
    assert a.status == status, a.reason


def miss(given, expected, why):
    return pytest.param(given, expected, marks=pytest.mark.xfail(strict=True, reason=why), id=f"{given[0]}|{given[1]}")


# Completed or ahead rows of pages1–19 (stop 40's tabulation) left unmended, each shape written in other words: a fix makes
# its case pass and the test fail.
KNOWN_MISSES_DONE_READING = [
    miss(("改造提升社区菜市场4个", "目前已改造完成东门菜场、西街菜场、南湖菜场,北苑菜场已完成方案设计。", MID_YEAR), "ahead",
         "three named items done of a count of four, the fourth designed, read behind by the one in preparation (徐州)"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_DONE_READING)
def test_known_misses_done_reading(given, expected):
    assert judge(*given).status == expected


# Mended by another session's rule after this file's xfails were written: pagesb's 935981b2 (the households moved in after
# the finish are no second count beside the count finished).
MENDED_ELSEWHERE = [
    # pagesfix2's IN_USE_BACK_REFERRED above: in use mid-sentence under the sentence's 该中心 (铁岭)
    (("新建社区养老服务中心", "该中心投入资金900万元,建筑面积3200平方米,已于2024年6月18日正式投入使用,设有床位120张。",
      date(2024, 12, 20)), "completed"),
    # pagesfix2's EVEN_WITH_PLAN above: the year's investment equal to its plan at the year's end (万州)
    (("实施城区生活垃圾分类", "完成投资0.3亿元,与年度计划持平。城西中转站建成投用,分类收运全面启动。", YEAR_END), "completed"),
    # pagesfix2's own-year-plan reading (OWN_YEAR_PLAN above): the reply's own year plan written 计划今年投资 (随州)
    (("城南片区道路建设项目", "这一项目计划今年投资5200万元,已完成投资5050万元,路面工程正在施工。", date(2024, 8, 31)), "ahead"),
    (("全乡农村危房改造任务为860户", "截至5月20日,已动工880户,动工率达102%;竣工650户,竣工率达75.6%;入住600户,入住率达69.8%",
      date(2024, 5, 20)), "ahead"),
]


@pytest.mark.parametrize("given,expected", MENDED_ELSEWHERE)
def test_mended_elsewhere(given, expected):
    assert judge(*given).status == expected
