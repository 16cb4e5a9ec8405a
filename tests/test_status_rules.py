"""The status rules (luoshi/engine/rules/) as tables of (task, progress) → verdict.

Every row is invented in the manner of progress reports, one per phenomenon the
issue names (multi-part tasks, forecasts, a figure's noun, parts of a figure,
signs, completion statements, a unit's own statement, stages against deadlines).
Known misses are strict xfails.  As of 30 June 2020 the expected pace is 49.7%:
on pace within ±5 points (44.7–54.7), seriously behind under 24.85."""

from datetime import date

import pytest

from luoshi.engine import rules, vocab
from luoshi.engine.rules.base import threshold
from luoshi.engine.rules.clauses import clause_stage
from luoshi.engine.rules.verdict import GUARD_CLASSES, RULE_CLASSES
from tests.status_judge import judge as judge_row

pytestmark = pytest.mark.engine

MID_YEAR = date(2020, 6, 30)


def miss(given, expected, why):
    """A known miss, strict: ``why`` says in other words what the engine gets wrong, so pytest's report says it."""
    return pytest.param(given, expected, marks=pytest.mark.xfail(strict=True, reason=why), id=f"{given[0]}|{given[1]}")


def judge(task_text, progress, as_of=MID_YEAR):
    return judge_row(task_text, progress, as_of)


CASES = [
    # (task, progress) → (status, completion %, basis)
    # every part judged, the worst decides, completion the mean of the parts (each at most 100)
    (("新增省级研发中心12家、专利授权300件", "新增省级研发中心13家,专利授权90件。"), ("behind", 65.0, "figures")),
    (("举办讲座20场,送戏下乡40场,赠书3000册", "举办讲座12场,送戏下乡10场,赠书2500册。"), ("behind", 56.1, "figures")),
    (("举办讲座20场,送戏下乡40场,赠书3000册", "举办讲座12场,送戏下乡4场,赠书2500册。"),
     ("seriously_behind", 51.1, "figures")),
    # a part without a fact caps the task at on pace
    (("新建口袋公园8个,改造绿道20公里", "新建口袋公园9个。"), ("on_track", 100.0, "figures")),
    # a figure goes to the noun it counts
    (("新建社区食堂8个", "8个街道社区食堂5个已基本建成。"), ("on_track", None, "stage")),
    (("新增停车位600个", "建成停车楼等3个项目新增停车位210个。"), ("behind", 35.0, "figures")),
    # a stock (规模, 余额) is answered by the same stock, never by a flow of the same unit
    (("风险补偿基金规模扩大到5亿元", "风险补偿基金使用金额3000万元。"), ("unclear", None, "none")),
    (("创业担保基金规模扩大到8亿元", "创业担保基金规模已达4亿元。"), ("on_track", 50.0, "figures")),
    # a fall keeps its sign
    (("单位GDP能耗下降3%", "单位GDP能耗同比下降1.8%。"), ("behind", None, "figures")),
    (("工业增加值增长5%", "工业增加值同比下降1.8%。"), ("seriously_behind", None, "figures")),
    (("单位GDP能耗下降3%", "单位GDP能耗同比下降3.4%。"), ("on_track", None, "figures")),
    # a plain completion statement closes the task
    (("完善老街区无障碍设施建设。", "已完成。"), ("completed", None, "statement")),
    (("建成社区文化家园", "项目已全面完成并投入使用"), ("completed", None, "statement")),
    # a completion statement with its adverb, or the top of the stage ladder (投产), or a passed acceptance
    (("建设县级融媒体中心", "已提前完成。"), ("completed", None, "statement")),
    (("引进新能源电池项目", "已投产"), ("completed", None, "statement")),
    (("创建省级文明城市", "已通过验收。"), ("completed", None, "statement")),
    (("实施河道清淤工程", "全面完成全年任务。"), ("completed", None, "statement")),
    (("新增就业岗位5000个", "已超额完成全年目标。"), ("completed", None, "statement")),
    (("建设智慧停车平台", "平台已上线运行。"), ("completed", None, "statement")),
    (("举办第五届茶文化节", "已于5月成功举办。"), ("completed", None, "statement")),
    (("实现5G信号全覆盖", "已实现全覆盖。"), ("completed", None, "statement")),
    # a shell finished is not a building finished; a 完成 that is a noun (完成进度) is no statement
    (("建成社区服务中心", "主体工程已完工,正在进行内部装修。"), ("on_track", None, "stage")),
    (("建成社区服务中心", "完成进度较慢。"), ("behind", None, "statement")),
    # figures naming no noun count the lone target of their unit, one done and the rest at their stage
    (("新建公办幼儿园3所", "1所已建成,2所正在进行方案设计。"), ("behind", 33.3, "figures")),
    (("新建公办幼儿园3所", "2所已建成,1所主体结顶。"), ("on_track", None, "stage")),
    # 完成 of a preparatory object is preparation; items prepared and then under way are under way
    (("改造农贸市场4个", "已完成改造3个,另1个完成设计。"), ("ahead", 75.0, "figures")),
    (("实施义务教育学校改薄项目8个", "8个项目均已完成招标,正在施工。"), ("on_track", None, "stage")),
    (("实施义务教育学校改薄项目8个", "8个项目均已完成招标。"), ("behind", None, "stage")),
    # a statement (the unit's or the office's) that the work is not on pace
    (("建成社区服务中心", "尚未达到序时进度。"), ("behind", None, "statement")),
    (("建成社区服务中心", "进展不理想,滞后于年度计划。"), ("behind", None, "statement")),
    (("推进城北污水处理厂扩建工程", "城北污水处理厂扩建工程未达序时进度。"), ("behind", None, "statement")),
    (("完成农村公路提档升级", "建设进度相对较慢的乡镇为东岭镇。"), ("behind", None, "statement")),
    (("完成农村公路提档升级120公里", "全县未完成年度建设任务的乡镇为东岭镇、西山乡。"), ("behind", None, "statement")),
    (("推进城北污水处理厂扩建工程", "受征地影响,项目严重滞后。"), ("seriously_behind", None, "statement")),
    (("推进城北污水处理厂扩建工程", "工程有序推进,未出现进度滞后。"), ("on_track", None, "unit_statement")),
    # the unit's own statement of normal progress: on pace, marked as claimed; not for a rate
    (("推进智慧社区建设。", "正常推进。"), ("on_track", None, "unit_statement")),
    (("推进社区服务中心建设", "进展正常。"), ("on_track", None, "unit_statement")),
    (("社会消费品零售总额增长9%", "正常推进中。"), ("unclear", None, "none")),
    # stages against the deadline
    (("完成管网改造工程10个", "完成管网改造工程3个,施工7个。"), ("on_track", 30.0, "figures")),
    (("修缮历史建筑6处", "修缮并通过验收2处,施工2处,招标2处。"), ("behind", 33.3, "figures")),
    (("开工建设区体育馆。", "区体育馆完成方案审批。"), ("behind", None, "stage")),
    (("开工建设区体育馆。", "区体育馆已开工建设。"), ("completed", None, "statement")),
    (("建成社区文化家园", "一期主体结顶"), ("on_track", None, "stage")),
    (("完成滨江片区规划方案编制。", "滨江片区规划方案编制正在进行中。"), ("on_track", None, "stage")),
    # preparation nearly done, a signed contract, material being prepared: still preparation
    (("区图书馆新馆正式运行", "区图书馆新馆设计方案调研基本完成,进入招标流程。"), ("behind", None, "stage")),
    (("开工建设城西养老中心。", "城西养老中心已签订施工合同。"), ("behind", None, "stage")),
    (("整治西溪河道,改善沿岸设施。", "完成整治方案评审,准备申报材料。"), ("behind", None, "stage")),
    (("建成社区文化家园", "二期主体工程基本完工"), ("on_track", None, "stage")),
    # a process verb sets no stage, nor does an aim after it (有效改善…): design under way is on pace
    (("协同推进滨江步道建设,有效改善沿河环境。", "步道方案设计中。"), ("on_track", None, "stage")),
    # several result clauses: each judged on its own object
    (("完成东门小学搬迁,开工建设文化中心、社区公园。", "东门小学已完成搬迁;文化中心已开工;社区公园正在进行方案设计。"),
     ("behind", None, "statement")),
    # a time limit met
    (("实现工程建设项目审批“最多60天”", "全区工程建设项目审批时间均未超过60天。"), ("completed", 100.0, "figures")),
    # the task's own workload measured as a rate
    (("全力做好信访积案化解。", "信访积案化解率达80%。"), ("ahead", 80.0, "figures")),
    # a cancelled event
    (("办好第三届美食节。", "受疫情影响,美食节停办。"), ("not_started", None, "statement")),
    # 片 counts courts and plots (篮球场30片): the built ones answer the task, the rest under way or not begun
    (("新建农村篮球场30片", "已建成10片，在建12片，8片尚未选址。"), ("behind", 33.3, "figures")),
    (("改造提升城市足球场6片", "已完成改造4片，其余2片正在施工。"), ("ahead", 66.7, "figures")),
    # one recognised and the rest submitted for recognition is on pace, though another part counts in the same unit;
    # a count pending that answers the other part does not lift this one
    (("新增市级以上星创天地3家，新增农业龙头企业2家", "新认定市级星创天地1家，另有2家已提交申报材料；农业龙头企业新增2家。"),
     ("on_track", 66.7, "figures")),
    (("新增省级专精特新企业4家，新增高新技术企业10家", "新认定专精特新企业1家，高新技术企业已申报6家。"),
     ("behind", 25.0, "figures")),
    # a goal of covering the whole answered only by a count of things installed measures no share of it: unclear;
    # a count of the units to be covered, or a reply that speaks of the coverage, still answers it
    (("推进“智慧社区”建设，实现城市社区智慧安防全覆盖", "已安装智慧安防摄像头420个。"), ("unclear", None, "none")),
    (("实现行政村5G网络全覆盖", "已建成农村5G基站86个。"), ("unclear", None, "none")),
    (("实现城市社区智慧安防全覆盖", "已安装摄像头420个，覆盖社区38个。"), ("on_track", None, "stage")),
    (("完成全区中小学空调全覆盖", "全区48所中小学已全部完成空调安装。"), ("completed", None, "statement")),
    # a cap on a ratio with no unit: held under it on pace, over it behind; 收入比上年 (比 as "than") is no ratio
    (("城乡居民收入比控制在1.7以内", "上半年城乡居民收入比为1.66。"), ("on_track", None, "figures")),
    (("城乡居民收入比缩小到1.65以内", "城乡居民收入比为1.68，较上年同期缩小0.02。"), ("behind", None, "figures")),
    (("城乡居民收入倍差控制在1.8以内", "城乡居民收入比上年同期增长8.2%。"), ("on_track", None, "stage")),
    # a count with no word of its own takes the figureless clauses after it in its sentence: none begun is not
    # started (the count is how many are not begun, not how many are built)
    (("新建社区托育服务点4个", "4个托育点受场地影响，目前均未开工。"), ("not_started", 0.0, "stage")),
    (("新建社区托育服务点4个", "4个托育点受场地影响，目前均已建成。"), ("completed", 100.0, "figures")),
    (("新建口袋公园6个", "口袋公园6个，已全部建成。"), ("completed", 100.0, "figures")),
    # the rest still to come or still going on: not the whole task (a series of events opened, the rest later)
    (("举办“社区邻里节”系列活动", "邻里节于6月上旬启动，已举办启动仪式和亲子运动会等活动4场，后续活动持续开展至9月。"),
     ("on_track", None, "statement")),
    (("举办“社区邻里节”系列活动", "邻里节于6月上旬启动，已举办启动仪式和亲子运动会等活动4场，其余活动将于9月举办。"),
     ("on_track", None, "statement")),
    (("举办“社区邻里节”系列活动", "邻里节系列活动已于6月全部举办完毕，共举办活动12场。"), ("completed", None, "statement")),
    # nothing checkable: unclear, never a guess
    (("新增托育机构5家", "积极推进托育工作。"), ("unclear", None, "none")),
    (("新建城市书房10个", "供水改造工程小区2个。"), ("unclear", None, "none")),
    # the progress only restates the task with process verbs: nothing checkable
    (("继续落实稳岗政策,减轻企业负担。", "深入贯彻落实各项稳岗政策,确保应享尽享、应减尽减。"), ("unclear", None, "none")),
]


@pytest.mark.parametrize("given,expected", CASES, ids=[f"{t}→{p}" for (t, p), _ in CASES])
def test_verdict(given, expected):
    a = judge(*given)
    assert (a.status, a.completion_pct, a.basis) == expected, a.reason
    assert a.rule in RULE_CLASSES or a.rule in GUARD_CLASSES
    assert a.reason and "\n" not in a.reason


# Invented progress sentences in the manner of progress reports in general (not of one government's
# tables), one table per verdict the engine used to miss: a lag stated in words or by a stage, a report
# with nothing checkable, and a completion stated for an event, a policy or a facility.  Labelled by the
# method of bench/labels/status/README.md: a count below half its pace is seriously behind; nothing begun
# and no preparation named is not started; process verbs alone (积极推进, 深入落实) are no work reported.
GENERAL = [
    # behind: stated in words (进度有所滞后, 推进缓慢, 低于预期, 存在差距, 施工暂停), or by a stage that is only
    # preparation (仍在办理…手续, 初步设计已完成, 暂未开工) for a task that must start or finish, or by figures
    # whose remaining items have not begun (尚未进场)
    ("开工建设城东污水处理厂二期", "受疫情影响,项目开工时间延后,目前仍在办理土地报批手续。", "behind"),
    ("建成区档案馆新馆", "项目仍处于前期阶段,正在办理施工许可。", "behind"),
    ("完成老旧小区改造12个", "已完成改造3个,其余项目受资金影响推进缓慢。", "behind"),
    ("新建5G基站800个", "已建成基站200个,受疫情影响进度有所滞后。", "behind"),
    ("建成城市书房10家", "受场地选址影响,目前仅建成2家。", "seriously_behind"),
    ("完成背街小巷改造30条", "完成8条。", "behind"),
    ("完成背街小巷改造30条", "完成3条。", "seriously_behind"),
    ("开工建设人民医院新院区", "项目初步设计已完成,施工图设计正在审查,暂未开工。", "behind"),
    ("开工建设第二实验学校", "方案已通过评审,正在进行施工招标。", "behind"),
    ("建成智慧停车系统", "受疫情影响,工作进展较上年同期有所放缓。", "behind"),
    ("完成河道综合整治5条", "因汛期影响,施工暂停,目前完成1条。", "seriously_behind"),
    ("实现垃圾分类覆盖率达到90%", "目前覆盖率为72%。", "behind"),
    ("新增城镇就业1.2万人", "新增城镇就业4000人。", "behind"),
    ("建成农村文化礼堂20家", "已完成建设6家,其余尚在选址。", "behind"),
    ("启动城西综合体建设", "项目土地尚未出让,暂未启动。", "not_started"),
    ("完成雨污分流改造小区15个", "仅完成2个,其余13个尚未进场施工。", "seriously_behind"),
    ("推动3个项目开工建设", "1个项目已开工,2个项目因规划调整暂未开工。", "behind"),
    ("实施老年食堂建设项目", "项目因选址问题进展缓慢,尚未完成年度任务量的三分之一。", "behind"),
    ("完成全区道路黑化工程", "受雨季影响工期延误,完成比例低于预期。", "behind"),
    ("建成社区养老服务中心8家", "建成2家,6家正在办理前期手续。", "behind"),
    ("新增公共停车泊位2000个", "完成600个,与序时进度存在差距。", "behind"),
    ("完成全年固定资产投资100亿元", "完成投资32亿元,未达序时进度。", "behind"),
    ("完成全年固定资产投资100亿元", "完成投资32亿元。", "behind"),
    ("新建公园绿地10万平方米", "已完成2.8万平方米,仍有较大差距。", "behind"),
    ("开工建设城南安置房项目", "项目因征迁未完成,仍未具备开工条件。", "behind"),
    ("推进地铁站点周边综合开发", "相关工作推进较为缓慢,尚未取得实质性进展。", "behind"),
    ("建成区体育中心", "项目已完成土地征收,正在进行施工招标。", "behind"),
    ("开工建设城北学校", "目前正在开展前期工作。", "behind"),
    ("开工建设滨江公园二期", "完成可研批复,正在开展初步设计。", "behind"),
    ("新建社区卫生服务中心", "目前已完成选址,正在编制设计方案。", "behind"),
    ("完成投资20亿元", "完成投资6亿元,占年度计划的30%。", "behind"),
    ("城乡居民医保参保率达到99%", "目前参保率97.5%。", "behind"),
    ("完成老旧小区改造30个", "累计完成12个,完成率40%。", "behind"),
    ("建成未来社区试点2个", "试点方案已报省里审批,尚未批复。", "behind"),
    ("完成征迁500户", "已签约180户,受疫情影响入户工作延后。", "behind"),
    ("改造提升农贸市场6家", "完成1家,其余5家正在进行方案设计。", "seriously_behind"),
    ("建成区综合养老服务中心", "受资金影响,项目暂缓实施。", "behind"),
    ("新建充电桩500个", "目前完成150个,进度偏慢。", "behind"),
    ("完成农村公路提升改造50公里", "目前完成15公里,距年度目标还有较大差距。", "behind"),
    ("开工建设区人民医院迁建工程", "项目用地尚在报批,预计三季度开工。", "behind"),
    ("完成造林绿化1000亩", "已完成造林绿化300亩,其余地块正在进行规划设计。", "behind"),
    ("地区生产总值增长6%", "上半年地区生产总值同比增长2.1%。", "behind"),
    ("地区生产总值增长6%", "上半年地区生产总值同比下降3.2%。", "seriously_behind"),
    ("城镇登记失业率控制在3.5%以内", "城镇登记失业率为3.9%。", "behind"),
    ("完成新建幼儿园3所", "3所幼儿园均在办理施工许可。", "behind"),
    ("年底前完成老旧小区改造10个", "尚未启动。", "not_started"),
    ("开工建设城东学校", "尚未开工,目前正在进行方案设计。", "behind"),
    ("6月底前完成老旧小区改造10个", "已完成改造7个。", "behind"),
    ("完成老旧小区改造10个", "已完成改造2个,4个正在施工,4个正在办理前期手续。", "seriously_behind"),
    ("完成老旧小区改造10个,新建口袋公园5个", "已完成改造5个,口袋公园尚在选址。", "behind"),
    ("全年接待游客1000万人次", "受疫情影响,上半年接待游客210万人次,同比下降45%。", "seriously_behind"),
    ("完成固定资产投资80亿元", "1-6月完成固定资产投资31亿元,未完成序时进度。", "behind"),
    ("完成固定资产投资80亿元", "上半年未完成序时进度要求,完成投资31亿元。", "behind"),
    ("外贸出口增长3%", "1-6月外贸出口同比增长1.2%。", "behind"),
    ("开工建设文体中心", "项目于6月完成施工图审查,正在进行施工招标,计划8月开工。", "behind"),
    ("9月底前建成城市驿站10个", "已建成城市驿站3个,其余7个尚未开工。", "seriously_behind"),
    ("完成有机更新项目4个", "2个项目已开工,2个项目处于方案设计阶段。", "behind"),
    ("完成数字化改革应用场景建设10个", "已上线3个,其余正在开发。", "behind"),
    ("实施污水零直排区建设", "完成年度任务的30%。", "behind"),
    ("完成工业企业技改项目40个", "完成15个,完成率37.5%。", "behind"),
    ("完成工业企业技改项目40个", "完成8个。", "seriously_behind"),
    ("完成老旧小区改造10个", "计划完成10个,目前已完成2个,8个正在办理前期手续。", "seriously_behind"),
    ("全年实现税收收入50亿元", "1-6月实现税收收入19.8亿元,同比下降12.3%。", "behind"),
    ("新增城镇就业1.5万人", "上半年新增城镇就业5800人,完成年度目标的38.7%。", "behind"),
    ("完成老旧小区改造10个、加装电梯30台", "完成改造5个,加装电梯9台。", "behind"),
    ("完成老旧小区改造10个、加装电梯30台", "完成改造5个,加装电梯尚在摸排意向。", "behind"),
    ("招引亿元以上项目20个,其中10亿元以上项目3个", "招引亿元以上项目4个,10亿元以上项目尚未落地。", "seriously_behind"),
    ("完成100个小区垃圾分类提升", "已完成31个小区的提升改造。", "behind"),
    ("新增婴幼儿照护服务机构8家", "已开业2家,另有1家正在装修,其余尚在选址。", "behind"),
    ("完成地下管网改造50公里", "累计完成18公里,受雨季影响施工进度放缓。", "behind"),
    ("新增省级高新技术企业研发中心10家,完成技改投资30亿元", "1.新增省级研发中心3家;2.完成技改投资16亿元。", "behind"),
    ("完成5个农贸市场改造提升", "1.东新市场已完成改造;2.其余4个市场正在进行方案设计。", "behind"),
    ("建成城市综合体项目", "(1)项目正在开展施工图设计;(2)土地征收工作推进中。", "behind"),
    ("上半年完成老旧小区改造10个", "已完成改造7个。", "behind"),
    ("一季度完成全部企业复工复产", "复工率达到92%。", "behind"),
    ("5月底前完成雨污分流改造小区8个", "已完成2个。", "seriously_behind"),
    ("建成区域应急指挥中心", "项目选址仍在协调中。", "behind"),
    ("开工建设城北综合体", "受土地指标影响,项目仍在等待用地审批。", "behind"),
    ("建成社区体育公园3个", "因疫情原因,三个公园建设暂缓,目前仍在前期阶段。", "behind"),
    ("完成河道生态修复10公里", "仍在开展前期调查。", "behind"),
    ("完成智慧停车场建设5个", "暂未形成实物工作量。", "not_started"),
    # unclear: nothing checkable — generic activity against a figure, a unit's word on a rate, the task restated
    ("规模以上工业增加值增长7%", "加大企业服务力度,帮助企业解决困难。", "unclear"),
    ("城镇居民人均可支配收入增长6%", "正常推进。", "unclear"),
    ("新增市场主体3000户", "积极开展商事制度改革,持续优化营商环境。", "unclear"),
    ("招引亿元以上项目15个", "加大招商引资力度,积极对接各类项目。", "unclear"),
    ("新建人才公寓500套", "积极谋划,多方对接。", "unclear"),
    ("完成全区绿化提升工程20万平方米", "按要求开展相关工作。", "unclear"),
    ("实现外贸出口增长5%", "组织企业参加线上展会,帮助企业开拓市场。", "unclear"),
    ("新增就业岗位5000个", "深入实施就业优先政策,多渠道促进就业。", "unclear"),
    ("培育国家高新技术企业50家", "加强培育,做好服务。", "unclear"),
    ("推进全域旅游发展", "深入推进全域旅游发展。", "unclear"),
    ("打造一批特色街区", "持续打造特色街区。", "unclear"),
    ("城乡居民收入增长和经济增长保持同步", "居民收入稳步增长。", "unclear"),
    ("实现地区生产总值增长6.5%", "各项工作有序推进。", "unclear"),
    ("完成市下达的节能降耗任务", "正常推进中。", "unclear"),
    ("新建人才公寓500套", "已与3家企业签订合作意向。", "unclear"),
    ("推进长三角一体化发展", "该项工作由市级部门统筹,我区积极配合。", "unclear"),
    ("新增规上工业企业20家", "/", "unclear"),
    ("提升群众满意度", "继续加强宣传,提升群众知晓率。", "unclear"),
    ("加快推进“智慧教育”工程,继续保持教育信息化指数全省领先。", "建立教师数字素养培训制度,打造智慧课堂示范校,开展课堂教学评比。", "unclear"),
    ("持续提升营商环境,营商环境评价保持全省领先。", "建立营商环境监测机制,开展营商环境专项督查,推出便企服务举措20条。", "unclear"),
    ("招引亿元以上项目15个", "举办线上招商推介会3场,对接在谈项目12个。", "unclear"),
    ("新增市场主体3000户", "开展“个转企”宣传培训4场,发放宣传资料2000余份。", "unclear"),
    ("新增就业岗位5000个", "举办线上招聘会6场,提供岗位1.2万个。", "unclear"),
    ("规上工业增加值增长6%", "开展企业走访120家次,帮助解决问题56个。", "unclear"),
    ("完成国有建设用地供应1200亩", "已启动相关工作。", "unclear"),
    ("社会消费品零售总额增长7%", "发放消费券5000万元,带动消费2.1亿元。", "unclear"),
    ("实现税收收入增长5%", "加强税源管理,开展重点税源监控。", "unclear"),
    ("引进高层次人才100名", "持续优化人才政策,做好人才服务。", "unclear"),
    ("打造一批特色街区", "积极推进,加快建设。", "unclear"),
    ("推进垃圾分类工作", "持续推进垃圾分类工作。", "unclear"),
    ("加强安全生产监管", "/", "unclear"),
    ("深化“放管服”改革", "无。", "unclear"),
    ("9月底前建成社区食堂5个", "", "unclear"),
    ("打造未来社区5个", "按照省市要求,全力推进未来社区建设。", "unclear"),
    # (only a start forecast: nothing begun — not_started since statusy's start forecast only, stop 40, as the labels of
    # pages1, pages20 and invented89 read it; unclear before)
    ("开工建设城东学校", "计划于9月开工。", "not_started"),
    ("新增停车泊位1000个", "预计年底可完成。", "unclear"),
    ("开展消防安全专项整治", "按上级要求开展。", "unclear"),
    ("深化“亩均论英雄”改革", "一是加强组织领导;二是强化政策宣传;三是抓好督促落实。", "unclear"),
    ("新增就业岗位5000个", "新增城镇就业6200人,力争提前完成全年目标。", "unclear"),   # a plan to finish is no finish
    # completed: figures at or above the target, every item done, an event held, a policy issued, a start reached
    ("新建口袋公园5个", "已建成口袋公园6个,超额完成年度任务。", "completed"),
    ("完成老旧电梯更新50台", "完成老旧电梯更新52台,完成率104%。", "completed"),
    ("举办第二届文化旅游节", "文化旅游节已于4月顺利举办。", "completed"),
    ("建成区便民服务中心", "便民服务中心已建成并投入使用。", "completed"),
    ("完成城区道路改造10条", "10条道路已全部完成改造。", "completed"),
    ("出台促进数字经济发展若干政策", "《关于促进数字经济发展的若干政策》已正式印发实施。", "completed"),
    ("新增省级示范社区3个", "3个社区已获评省级示范社区。", "completed"),
    ("开工建设区疾控中心", "区疾控中心已于3月开工建设,目前正在进行基础施工。", "completed"),
    ("完成土地出让任务300亩", "已出让土地356亩,完成率118.7%。", "completed"),
    ("实现农村生活污水治理全覆盖", "已实现全覆盖。", "completed"),
    ("建成投用区消防救援站", "已竣工并投入使用。", "completed"),
    ("完成200户困难家庭危房改造", "200户危房改造任务已全部完成。", "completed"),
    ("召开全区民营经济发展大会", "大会已于3月召开。", "completed"),
    ("完成全年招商引资任务", "已完成全年目标任务的105%。", "completed"),
    ("完成河道清淤10万立方米", "全年目标任务已全部完成。", "completed"),
    ("推动5个重大项目开工", "5个项目已全部开工。", "completed"),
    ("完成10所学校校舍改造", "10所学校均已完成改造。", "completed"),
    ("建成社区综合服务中心", "已完成竣工验收并交付使用。", "completed"),
    ("创建省级全域旅游示范区", "已通过省级验收,成功创建。", "completed"),
    ("建成智慧安防小区20个", "已建成智慧安防小区23个。", "completed"),
    ("新增公共停车泊位2000个", "新增公共停车泊位2160个,超额完成年度目标。", "completed"),
    ("完成2个地块出让", "2个地块均已成功出让。", "completed"),
    ("举办第三届数字经济峰会", "峰会于5月20日成功举办,签约项目12个。", "completed"),
    ("完成新建幼儿园3所", "3所幼儿园已全部竣工。", "completed"),
    ("6月底前完成老旧小区改造10个", "已完成改造10个。", "completed"),
    ("完成3个城中村改造项目签约", "3个项目均已完成签约。", "completed"),
    ("新增科技型中小企业50家", "新增科技型中小企业62家,已超额完成全年目标。", "completed"),
    ("新增科技型中小企业50家", "已完成全年目标任务,新增62家。", "completed"),
    ("完成全年招商任务", "完成年度目标的112%。", "completed"),
    ("完成棚户区改造400户", "完成率100%。", "completed"),
    ("建成社区卫生服务站2个", "2个服务站均已建成投用。", "completed"),
    ("完成农房改造200户", "已完成农房改造215户,超额完成。", "completed"),
    ("出台加快数字经济发展实施意见", "实施意见已于3月经区委常委会审议通过并印发。", "completed"),
    ("开展垃圾分类示范小区创建,新增示范小区10个", "新增示范小区12个。", "completed"),
    ("完成老旧小区改造10个、加装电梯30台", "完成改造10个,加装电梯32台。", "completed"),
    ("新建城市书房10家", "已建成并开放城市书房12家。", "completed"),
    ("培育市级以上专精特新企业15家", "新认定市级专精特新企业9家、省级7家。", "completed"),
    ("实现全区中小学食堂“阳光厨房”全覆盖", "全区56所中小学食堂已全部完成阳光厨房改造。", "completed"),
    ("上半年完成老旧小区改造10个", "已完成改造10个。", "completed"),
    ("新增就业岗位5000个", "新增城镇就业6200人,已完成全年目标。", "completed"),
    ("完成造林2000亩", "已完成全年造林任务,共计造林2150亩。", "completed"),
    ("招引落地项目30个", "已超额完成年度目标任务,落地项目36个。", "completed"),
    # (a start target of one works reached by the start said is done — README rule questions 13 and 42, statusa, stop 60;
    # on_track before it)
    ("开工建设城东污水处理厂二期", "已开工建设,完成桩基施工40%。", "completed"),
    # on track: positive evidence of pace — figures in the band, items done and the rest under way, a stage,
    # work reported on a task with no number (a policy name such as 十条 is no number); a unit's claim of pace
    # (已完成序时进度) is no completion, a finished step (完成机房装修) not the work, a signing not items brought in
    ("完成老旧小区改造12个", "已完成改造6个,其余正在施工。", "on_track"),
    ("建成城市书房10家", "已建成5家。", "on_track"),
    ("建成区档案馆新馆", "主体结构已封顶,正在进行内部装修。", "on_track"),
    ("推进智慧城管平台建设", "平台一期已上线试运行,二期正在开发。", "on_track"),
    ("新增城镇就业1.2万人", "新增城镇就业6200人。", "on_track"),
    ("推进全域旅游发展", "编制完成全域旅游发展规划,成功创建3A级景区2个。", "on_track"),
    ("深化“最多跑一次”改革", "新增“一件事”联办事项20项,网上办理率达95%。", "on_track"),
    ("推进城西综合体建设", "按计划推进中。", "on_track"),
    ("新增城镇就业1万人", "新增城镇就业5100人,完成年度目标的51%。", "on_track"),
    ("完成老旧小区改造30个", "已完成改造10个,其余20个均在施工。", "on_track"),
    ("建成区体育中心", "主体工程施工中,完成总工程量的50%。", "on_track"),
    ("开展“三服务”活动", "走访企业1200家,解决问题360个。", "on_track"),
    ("推进城市大脑建设", "新上线应用场景6个,完成数据归集2亿条。", "on_track"),
    ("贯彻落实支持小微企业发展十条,优化营商环境。", "出台配套实施细则,开展政策宣讲5场。", "on_track"),
    ("培育省级专精特新企业10家", "正在组织企业开展申报培训。", "on_track"),
    ("完成造林绿化1000亩", "各项工作按计划推进。", "on_track"),
    ("完成造林绿化1000亩", "已完成造林绿化500亩。", "on_track"),
    ("推进垃圾分类工作", "新建垃圾分类示范小区12个,垃圾分类覆盖率达到85%。", "on_track"),
    ("城镇登记失业率控制在3.5%以内", "城镇登记失业率为2.8%。", "on_track"),
    ("完成新建幼儿园3所", "3所幼儿园均已开工建设。", "on_track"),
    ("9月底前完成老旧小区改造10个", "已完成改造7个,其余3个正在施工。", "on_track"),
    ("推进老旧小区综合改造提升", "已完成改造5个小区,惠及居民3200户。", "on_track"),
    ("完成老旧小区改造10个,新建口袋公园5个", "已完成改造5个,新建口袋公园3个。", "on_track"),
    ("全年接待游客1000万人次", "上半年接待游客480万人次。", "on_track"),
    ("全年新增小微企业园3个", "已达到序时进度要求,新增小微企业园1个,2个正在建设。", "on_track"),
    ("完成固定资产投资80亿元", "1-6月完成固定资产投资40.5亿元。", "on_track"),
    ("完成固定资产投资80亿元", "1-6月累计完成固定资产投资52亿元,超序时进度。", "ahead"),
    ("新增高新技术企业30家", "新增高新技术企业15家,同比增长20%。", "on_track"),
    ("外贸出口增长3%", "1-6月外贸出口同比增长3.5%。", "on_track"),
    ("完成老旧小区改造10个", "改造工作已完成序时进度。", "on_track"),
    ("建成区级数据中心", "项目正在进行设备安装调试。", "on_track"),
    ("建成区级数据中心", "完成机房装修,正在进行设备采购。", "on_track"),
    ("实施城中村改造项目3个", "3个项目均已完成签约,正在进行腾空拆除。", "on_track"),
    # (a target of bringing in alone is counted by the contract signed: the labels' rule question 20)
    ("引进亿元以上产业项目5个", "已完成签约5个。", "completed"),
    ("完成拆迁清零项目5个", "已完成清零2个,其余3个正在拆除。", "on_track"),
    ("推进有机更新项目4个", "2个项目已开工,2个项目处于方案设计阶段。", "on_track"),
    ("完成数字化改革应用场景建设10个", "已上线3个,其余7个正在开发。", "on_track"),
    ("打造未来社区5个", "5个未来社区均已开工建设。", "on_track"),
    ("推进城市数字治理", "城市大脑新上线场景5个,数据共享率提升至92%。", "on_track"),
    ("全年实现税收收入50亿元", "1-6月实现税收收入25.3亿元,同比增长3.2%。", "on_track"),
    ("全年实现税收收入50亿元", "1-6月实现税收收入30亿元。", "ahead"),
    ("完成老旧小区改造10个、加装电梯30台", "完成改造5个,加装电梯16台。", "on_track"),
    ("完成老旧小区改造10个、加装电梯30台", "完成改造5个,加装电梯正在推进。", "on_track"),
    ("招引亿元以上项目20个,其中10亿元以上项目3个", "招引亿元以上项目10个,其中10亿元以上项目2个。", "on_track"),
    ("完成100个小区垃圾分类提升", "已完成52个小区的提升改造。", "on_track"),
    ("开展消防安全专项整治", "排查隐患3200处,整改完成2980处。", "on_track"),
    ("新增省级高新技术企业研发中心10家,完成技改投资30亿元", "1.新增省级研发中心5家;2.完成技改投资15.5亿元。", "on_track"),
    ("完成5个农贸市场改造提升", "一是东新市场已完成改造;二是其余4个市场均已进场施工。", "on_track"),
    ("深化“亩均论英雄”改革", "一是完成2019年度亩均效益评价,涉及企业1560家;二是出台低效企业整治方案。", "on_track"),
    ("年内完成雨污分流改造小区8个", "已完成4个。", "on_track"),
    ("完成河道生态修复10公里", "已完成5.2公里,其余正在施工。", "on_track"),
    ("完成造林2000亩", "完成造林1050亩。", "on_track"),
]


@pytest.mark.parametrize("task,progress,status", GENERAL, ids=[f"{t}→{p}" for t, p, _ in GENERAL])
def test_general_progress_sentences(task, progress, status):
    a = judge(task, progress)
    assert a.status == status, (a.rule, a.reason)


# Phenomena of issue 11 the rules missed in other governments' phrasing (each also in the invented dev set,
# bench/labels/status/invented.json), with a twin that must not move.
GENERALISING = [
    # the task's own object opened, held or named completes it; a piece of it, or something else created, does not
    ("建设智慧养老服务平台", "平台已正式上线运行,接入老人3200名。", "completed"),
    ("成立区企业服务中心", "区企业服务中心已挂牌成立并实体化运作。", "completed"),
    ("创建国家卫生县城", "已获国家卫生县城命名。", "completed"),
    ("举办第四届运河文化节", "运河文化节已于6月12日开幕,各项活动圆满结束。", "completed"),
    ("加速文化产业园区提质增效。", "已成功创建3条省级文化创意街区。", "on_track"),
    # a start reached in a one-sentence report
    ("开工建设城北实验学校", "项目已于4月正式动工,目前正在进行基础施工。", "completed"),
    # the report's own plan for the year is the denominator when the task has no number
    ("推进运河新城核心区建设", "年度计划投资8亿元,1-6月完成投资2.1亿元。", "behind"),
    ("推进运河新城核心区建设", "年度计划投资8亿元,1-6月完成投资4.2亿元。", "on_track"),
    # the task's own workload as a share
    ("年内完成国道改建工程", "目前完成总工程量的30%。", "behind"),
    # the same thing gained, named otherwise; not things offered
    ("招引亿元以上产业项目20个", "受疫情影响,招商引资工作推进难度较大,目前签约落地项目4个。", "seriously_behind"),
    ("新增就业岗位5000个", "举办线上招聘会6场,提供岗位1.2万个。", "unclear"),
    # 其中 breaks a figure down, never adds to it
    ("完成低效用地整治2000亩", "已整治低效用地1050亩,其中工业用地620亩,商服用地430亩。", "on_track"),
    # work halted or blocked, a finish forecast for next year on a task of this year: behind
    ("建成全民健身中心", "因用地性质调整,项目暂停推进。", "behind"),
    ("新建社区食堂10个", "受疫情影响,选址工作进展受阻,暂未开工建设。", "behind"),
    ("年内建成投用区残疾人康复中心", "项目主体工程正在施工,预计明年3月竣工。", "behind"),
    ("年内建成投用区残疾人康复中心", "项目主体工程正在施工,预计11月竣工。", "on_track"),
    # work going on named by its step (安装调试中)
    ("建成区级数据中心", "设备安装调试中,预计9月投入使用。", "on_track"),
    # completion in other words (办结, 拨付到位, 已全面实现, 注册成立, 建成并通过验收)
    ("完成区级机关事务集中办公用房调配", "已办结。", "completed"),
    ("兑现企业扶持资金", "扶持资金已全部拨付到位。", "completed"),
    ("实现城乡公交一体化", "已全面实现城乡公交一体化运营。", "completed"),
    ("组建区国有资本投资运营公司", "公司已于3月注册成立,完成组建。", "completed"),
    ("建成区智慧消防物联网平台", "平台已建成并通过验收,投入试运行。", "completed"),
    # a lag beside a cause is no negation (未批复而暂缓)
    ("出台区级国土空间总体规划", "规划编制因上位规划未批复而暂缓。", "behind"),
    # a level to reach or hold (总数达到, 稳定在) is not vouched for by a unit's word nor shown by activity
    ("科技型中小企业总数达到800家", "正常推进中。", "unclear"),
    ("粮食播种面积稳定在10万亩以上", "春粮已收割,夏粮播种正在进行。", "unclear"),
    # figures not yet published: no verdict, not work not begun
    ("全社会研发投入增长10%", "研发投入数据按年度统计,暂无法提供。", "unclear"),
    # several measures a task (the third invented set)
    ("规模以上企业数量增至520家", "按序时推进。", "unclear"),
    ("提升社区治理水平", "工作正常开展。", "on_track"),
    ("完成垃圾分类示范片区创建5个", "5个片区已完成创建,正在等待市级考核验收。", "on_track"),
    ("完成城市体检评估工作", "已完成城市体检评估报告编制并报送省厅。", "completed"),
    ("新建农村文化礼堂15家", "受资金影响,目前仅完成主体施工2家,其余尚未动工。", "behind"),
    ("实现污水处理厂提标改造", "处于设备采购阶段。", "behind"),
    ("建成投用城北体育公园,开工建设全民健身中心", "城北体育公园已建成开放;全民健身中心正在办理施工许可。", "behind"),
    ("开工建设区人民医院二期、区妇幼保健院", "区人民医院二期已开工;区妇幼保健院已完成施工招标,正在进场施工。", "completed"),
    ("开工建设区人民医院二期、区妇幼保健院", "区人民医院二期已开工;区妇幼保健院已完成施工招标,正在办理施工许可。", "behind"),
    # this year's figure, not a running total since earlier years; the month, not the year to date
    ("新增加装电梯100台", "今年新增加装电梯23台,累计加装电梯186台。", "seriously_behind"),
    ("完成老旧小区改造15个", "2020年已完成改造4个,自2018年以来累计完成改造38个。", "behind"),
    ("新增公共充电桩1000个", "1-6月新增公共充电桩520个,全区累计建成3100个。", "on_track"),
    ("完成固定资产投资300亿元", "6月当月完成投资32亿元,1-6月累计完成投资141亿元。", "on_track"),
    ("科技型中小企业总数达到800家", "今年新增科技型中小企业60家,累计达到810家。", "on_track"),   # a level held
    # a project table: total investment and the running total are no work of the year; the year's plan is
    ("推进万达广场综合体项目建设", "项目总投资45亿元,年度计划投资10亿元,1-6月完成投资5.3亿元。", "on_track"),
    ("推进滨江科创园建设", "项目总投资20亿元,已累计完成投资8.5亿元,今年计划投资6亿元,上半年完成1.2亿元。",
     "seriously_behind"),
    # one item in words; candidates for listing are pending; 服务业 is an industry, not people served
    ("打造特色美食街区1条", "美食街区已于4月开街运营。", "completed"),
    ("新增上市公司3家", "1家已过会,2家已报会。", "on_track"),
    ("服务业增加值增长7%", "上半年服务业增加值同比增长4.1%,增速较一季度回升2.3个百分点。", "behind"),
    ("完成区行政中心节能改造", "改造工作于4月底全面结束。", "completed"),
    # a count to deliver within the year is a result to reach: preparation alone past mid-year is behind
    ("建设数字乡村示范村10个", "已确定示范村名单,正在编制建设方案。", "behind"),
    # the fifth set: Chinese numerals with 万, 中心 is a noun, caps on a level held, zero targets, ranks
    ("新增一万二千个停车位", "新增停车位6100个。", "on_track"),
    ("新建社区养老服务中心6家", "6家中心已全部建成投用。", "completed"),
    ("PM2.5平均浓度控制在35微克/立方米以内", "上半年PM2.5平均浓度为32微克/立方米。", "on_track"),
    ("企业开办时间压缩至1个工作日", "目前企业开办全流程平均用时0.5个工作日。", "completed"),
    ("实现重大安全生产事故零发生", "上半年全区未发生重大安全生产事故。", "on_track"),
    ("实现重大安全生产事故零发生", "上半年发生较大安全生产事故1起。", "behind"),
    ("营商环境评价保持全省前三", "在全省营商环境评价中位列第二。", "on_track"),
    ("营商环境评价保持全省前三", "在全省营商环境评价中排名第5。", "behind"),
    ("新建两座跨江大桥", "一座已完成主体施工,另一座尚在前期阶段。", "behind"),
    ("建成全区统一的公共资源交易平台", "平台于5月上线试运行。", "on_track"),
    # the sixth set: shares in words, a task's own list of items, every object done, acceptance pending
    ("完成农村公路提升改造60公里", "已完成全年任务的一半。", "on_track"),
    ("完成农村公路提升改造60公里", "已完成全年任务的三分之一。", "behind"),
    ("完成年度投资任务", "实现时间过半、任务过半。", "on_track"),
    ("完成年度投资任务", "投资完成率未过半,进度偏慢。", "behind"),
    ("开展违法用地专项整治行动", "专项行动共12项任务,已完成7项。", "ahead"),
    ("建成城东小学、城西幼儿园、南门体育馆", "三个项目均已竣工并投入使用。", "completed"),
    ("建成区档案馆", "该项目尚未完成竣工验收。", "on_track"),
    ("建成区档案馆", "工程已完工,正在办理竣工验收手续。", "on_track"),
    ("完成粮食生产功能区提标改造3个", "各项工作均按时间节点推进。", "on_track"),
    ("实现财政收入增长5%", "受疫情和减税降费影响,财政收入同比下降。", "seriously_behind"),
    ("新增省级美丽乡村特色精品村3个", "3个村已通过省级验收。", "completed"),
    ("完成全区中小学空调安装", "暂未完成招标采购,尚未进场安装。", "behind"),
    # the seventh set: on pace in other words, the own work's progress, a document issued, cancelled
    ("建设城市数据大脑", "项目按计划有序实施。", "on_track"),
    ("完成农村人居环境整治提升", "各项工作进展良好。", "on_track"),
    ("城镇登记失业率控制在3.5%以内", "进展良好。", "unclear"),
    ("完成全区房屋安全隐患排查", "已排查房屋1.2万幢,排查进度达到85%。", "ahead"),
    ("出台老旧小区改造三年行动计划", "三年行动计划已由区政府办公室正式发文。", "completed"),
    ("完成全区地名普查成果转化", "已完成全部成果转化工作,并通过市级验收。", "completed"),
    ("完成背街小巷整治40条", "已完成12条,另有18条在施工,10条尚未启动。", "behind"),
    ("完成国有企业改制3家", "该项目已调整,不再实施。", "not_started"),
    # the eighth set: 目前1个 is a count (前 a rank only in 前三), signed items with 其中 those landed,
    # acceptance pending, a coverage short of 全覆盖, a plan approved is no work done, deferred to next year
    ("新建公共停车场5个", "目前1个已建成,2个正在施工,2个正在办理用地手续。", "seriously_behind"),
    ("招引亿元以上项目12个", "今年以来,已签约亿元以上项目7个,其中5个已注册落地。", "behind"),
    ("完成小学扩建工程2个", "2个扩建工程均已完工,正在进行验收,确保9月投入使用。", "on_track"),
    ("完成农村生活垃圾分类处理行政村全覆盖", "已有86个行政村实现分类处理,覆盖率达到92%。", "behind"),
    ("完成农贸市场智慧化改造5个", "该任务已调整至明年实施。", "behind"),
    # the ninth set: a cultivation pool is pending, not the count; people reached when the target counts
    # them; a process task is not finished by one aspect's coverage; a unit's word on a growth aim
    ("新增“小升规”企业30家", "已完成“小升规”企业培育入库45家,预计年底可实现升规30家以上。", "on_track"),
    ("培育省级未来工厂1家", "已列入省级未来工厂培育名单。", "on_track"),
    ("完成老旧小区改造10个,惠及居民5000户", "已完成改造6个,惠及居民3200户。", "ahead"),
    ("深化医共体建设", "医共体各分院统一管理已实现全覆盖,上半年下转患者1200人次。", "on_track"),
    ("实现城乡居民收入增长与经济增长基本同步", "正常推进中。", "unclear"),
    # the tenth set: a lag beside words of normal progress; completion beside more work; a preparatory word
    # that is the target's own work; the rest under way in words; half the year's share is not the year's
    ("新建标准化菜市场6个", "各项工作稳步推进,2个正在施工,4个正在选址。", "behind"),
    ("建成区全民健身中心", "项目进展顺利,目前已完成初步设计批复。", "behind"),
    ("完成道路绿化提升10万平方米", "已完成绿化提升3.5万平方米,其余正在施工。", "on_track"),
    ("完成背街小巷改造15条", "已完成改造5条,剩余10条预计9月底全部完成。", "behind"),
    ("完成年度供地1500亩", "已完成供地780亩。", "on_track"),
    ("出台加快总部经济发展的若干意见", "《若干意见》已于4月正式出台,正在开展政策宣传。", "completed"),
    ("完成年度征兵任务", "已圆满完成上半年征兵任务,下半年征兵工作正在筹备。", "on_track"),
    # the twelfth set: a running total far past the target beside the year's figure; research is preparation;
    # a work verb before the figure names nothing else (管网铺设23公里 for 新建…管网100公里)
    ("新建口袋公园10个", "已建成口袋公园4个,6个正在施工,累计建成口袋公园32个。", "on_track"),
    ("建成数字化驾驶舱", "驾驶舱需求调研已完成,正在编制建设方案。", "behind"),
    ("新建城乡供水管网100公里", "累计完成管网铺设23公里,目前正在全面推进。", "seriously_behind"),
    # the thirteenth set: a recognition won for a one-item target; a clause whose subject is the part's own
    # object; a system established
    ("新增国家级非遗代表性项目1项", "已获国务院公布为国家级非遗代表性项目。", "completed"),
    ("新增国家级众创空间1家", "已通过科技部备案,正式获批国家级众创空间。", "completed"),
    ("完成全区户外广告整治", "已拆除违规户外广告320处,整治工作已全面完成。", "completed"),
    ("建立企业服务专员制度", "已建立企业服务专员制度,选派服务专员120名。", "completed"),
    ("建成全国首个“无废城市”数字化监管平台", "平台已完成开发,正在试运行。", "on_track"),
    # the fourteenth set: a short name (规上, 限上) is its full name, and 规模以上 names a class of firms, no stock
    ("新增规模以上工业企业30家", "本月新增3家,1-6月累计新增规上工业企业15家。", "on_track"),
    ("新增限额以上批零企业40家", "1-6月新增限上批零企业10家。", "behind"),
    ("新增规上服务业企业20家", "上半年新增规模以上服务业企业4家。", "seriously_behind"),
    # the fifteenth set: a rate is a level reached, never people served (政务服务事项…率); finishing a residents'
    # consultation or a pipe relocation is preparation; 6所学校中 opens the scope the next figures count in; a
    # share of the whole (占总数的40%) or of each project's year plan (占年度计划的41%), the worst deciding
    ("政务服务事项网上可办率达到95%以上", "全区政务服务事项网上可办率达到96.3%。", "on_track"),
    ("加装电梯50台", "已完成加装21台,另有18台正在施工,11台完成意见征询。", "behind"),
    ("加装电梯50台", "已完成加装21台,另有29台正在施工。", "on_track"),
    ("开工建设地铁配套工程", "已完成施工图设计,正在进行管线迁改。", "behind"),
    ("新建中小学和幼儿园6所", "6所学校中,2所已完工;3所正在进行主体施工;1所完成土地出让,正在办理施工许可。", "behind"),
    ("新建中小学和幼儿园6所", "6所学校中,2所已完工,其余4所正在进行主体施工。", "on_track"),
    ("实现清廉村居建设全覆盖", "已有28个村(社区)通过区级验收,占总数的40%。", "behind"),
    ("推进湘湖三期、白马湖二期等重大项目建设", "湘湖三期已完成投资12亿元,占年度计划的52%;白马湖二期完成投资3.1亿元,"
     "仅占年度计划的31%。", "behind"),
    ("推进湘湖三期、白马湖二期等重大项目建设", "湘湖三期已完成投资12亿元,占年度计划的52%;白马湖二期完成投资3.1亿元,"
     "占年度计划的50%。", "on_track"),
    # the sixteenth set: a task's own deadline before the year's end (上半年, X月底前), passed or not; a period
    # beside the whole year is an interim target, not the deadline; the half year's work done is the task done when
    # the task is due then; a step of the works done (装修) is not the result (搬迁, 开放运营)
    ("上半年新增城镇就业5000人", "1-6月新增城镇就业4320人。", "behind"),
    ("全年新增城镇就业12000人,上半年完成50%以上", "上半年新增城镇就业6100人。", "on_track"),
    ("上半年完成征兵任务", "上半年征兵任务已圆满完成。", "completed"),
    ("4月底前完成全区违法建筑摸底排查", "已完成12个街道的摸底排查,另有2个街道仍在排查中。", "behind"),
    ("9月底前完成全区违法建筑摸底排查", "已完成12个街道的摸底排查,另有2个街道仍在排查中。", "on_track"),
    ("5月底前完成方案编制并报区政府审定", "方案初稿已完成,正在征求各部门意见,尚未报区政府审定。", "behind"),
    ("11月底前完成区人民医院改扩建工程", "工程主体已结顶,正在进行内外装修,工程形象进度约65%。", "ahead"),
    ("9月底前完成区行政服务中心搬迁", "新址装修工程已完成,正在进行设备安装调试。", "on_track"),
    ("开放运营城市书房5家", "5家城市书房已完成装修,正在配置图书。", "on_track"),
    ("完成城市书房装修5家", "5家城市书房已完成装修。", "completed"),
    # the seventeenth set: shares in tenths or past half written in words; a task's own list counted in its scope
    # (15项…中); a recognition won beside applications; main works done is nearly done
    ("完成农村公路养护工程120公里", "已完成年度任务的五成。", "on_track"),
    ("完成中小河流治理30公里", "已完成近九成。", "ahead"),
    ("完成土地征收2000亩", "已完成征收任务的三成。", "behind"),
    ("新建保障性住房1200套", "已完成过半。", "on_track"),
    ("深入开展营商环境提升专项行动", "专项行动15项重点任务中,已完成6项,正在推进8项,1项尚未启动。", "behind"),
    ("新增国家高新技术企业20家", "今年申报国家高新技术企业68家,已通过认定12家。", "ahead"),
    ("新增国家高新技术企业20家", "今年申报国家高新技术企业68家,正在等待认定。", "on_track"),
    ("建设美丽乡村精品线3条", "3条精品线均已完成主体建设,正在进行景观节点提升。", "on_track"),
    # the eighteenth set: a count written before its noun and verb (完成全区3000户困难家庭走访慰问) is matched by
    # those words (this also mends the eleventh set's 612 of 1000 油烟净化改造, a known miss until now); a scope after a
    # section label (进展情况：12个小区中…); a unit's word with its empty sections and plans (存在问题：无, 下步计划：…)
    ("完成全区3000户困难家庭走访慰问", "上半年已走访慰问困难家庭1600多户。", "on_track"),
    ("完成全区1000家餐饮单位油烟净化设施改造", "已完成油烟净化改造612家。", "ahead"),
    ("完成老旧小区改造12个", "进展情况：12个小区中,已完工4个,正在施工5个,3个正在进行方案设计。", "behind"),
    ("完成区级公立医院改革任务", "进展情况：各项改革任务正常推进,存在问题：无,下步计划：继续推进。", "on_track"),
    ("完成区级公立医院改革任务", "进展情况：各项改革任务正常推进,存在问题：受疫情影响,改革进度有所滞后。", "behind"),
    # the nineteenth set, a tracking sheet in one cell: the actual share beside the planned one, never the planned;
    # 完成率： with a colon; a bare verdict word 滞后; 序时推进 a unit's word; 实际完成/建成开通 name nothing else;
    # a scope ended by a colon (5项工程中：2项完工…)
    ("完成老旧小区改造20个", "计划进度50%,实际进度45%。", "on_track"),
    ("完成老旧小区改造20个", "计划进度50%,实际进度30%。", "behind"),
    ("建成区文化中心", "形象进度：计划60%,实际65%。", "ahead"),
    ("完成企业上云500家", "完成率：62%", "ahead"),
    ("建成城市客厅项目", "计划完成投资3亿元,实际完成1.2亿元,滞后。", "behind"),
    ("建成城市客厅项目", "计划完成投资3亿元,实际完成1.2亿元,未滞后。", "on_track"),
    ("推进数字政府建设", "序时推进。", "on_track"),
    ("新建5G基站300个", "已建成开通320个,超额完成。", "completed"),
    ("新建城市书房12个", "计划6月底前完成6个,实际完成4个。", "behind"),
    ("实施道路提升改造工程5项", "5项工程中：2项完工,2项在建,1项未开工(前期手续办理中)", "behind"),
    ("实施道路提升改造工程5项", "5项工程中：2项完工,3项在建。", "on_track"),
    # the twenty-first set: a process task whose whole object is reported established in full (not one aspect);
    # 完成<the task's own work>X% at the clause's end is its share done (not 实现…100%实体化运营)
    ("完善农村人居环境长效管护机制", "长效管护机制已全面建立,并出台考核办法。", "completed"),
    ("完善农村人居环境长效管护机制", "已建立保洁员队伍,正在制定考核办法。", "on_track"),
    ("推进城乡供水一体化,年底前完成全区农村供水管网改造", "施工单位已进场,累计完成管网改造35%。", "behind"),
    ("推进城乡供水一体化,年底前完成全区农村供水管网改造", "施工单位已进场,累计完成管网改造50%。", "on_track"),
    # the twenty-second set: a project landed and started (落地开工8个) is one brought in, counted once among the
    # signed (其中), so 8 of 20 with 6 more signed is behind; all the rest signed is on pace
    ("引进亿元以上产业项目20个", "上半年共签约亿元以上项目14个,其中已落地开工8个。", "behind"),
    ("引进亿元以上产业项目20个", "上半年共签约亿元以上项目20个,其中已落地开工8个。", "on_track"),
    # the twenty-fourth set: one county's lag beside the whole's figure (C县进度较慢) is the county's, the figure
    # decides; a count of 项目 names no other thing, so bare figures still count the lone target
    ("新建农村公路100公里", "全市已完成60公里,其中A县已提前完成全年任务,C县进度较慢。", "ahead"),
    ("新建农村公路100公里", "全市已完成30公里,C县进度较慢。", "behind"),
    ("建设标准化菜市场20个", "已开工18个,其中完工6个;D区2个项目尚未开工。", "behind"),
    # the twenty-fifth set: done over the target as a fraction (its denominator the task's figure, so 6/30 is no
    # date read as a share); a target restated under a label (目标数：12个) is no work done
    ("新建口袋公园20个", "12/20", "ahead"),
    ("建成便民服务中心8个", "完成3/8。", "behind"),
    ("建成便民服务中心8个", "截至6/30,已建成4个。", "on_track"),
    ("完成老旧小区改造12个", "完成数：4个;目标数：12个。", "behind"),
    ("完成老旧小区改造12个", "完成数：6个;目标数：12个。", "on_track"),
    # the twenty-sixth set: 完成 of a preparatory object after its own words (完成改造方案设计) is preparation;
    # 勘探/考古 are preparation; 可新增 is a forecast
    ("完成10个生活小区“污水零直排区”创建", "10个小区均已完成改造方案设计,其中4个小区已进场施工。", "behind"),
    ("完成10个生活小区“污水零直排区”创建", "10个小区均已完成改造,其中4个小区已通过验收。", "completed"),
    ("完成南宋太庙遗址保护展示工程", "工程已完成文物考古勘探,展示方案已报国家文物局审批,尚未开工。", "behind"),
    ("新建改扩建学校5所,新增学位3000个", "5所学校均已开工建设,其中2所计划9月投用,可新增学位1200个。", "on_track"),
    # the twenty-seventh set: a count's cause after it (1家因选址调整暂未开工) is no noun; past mid-year an item not
    # begun beside others under way and none done is behind; 未实施/暂缓实施 is not begun, never done
    ("建成投用社区卫生服务中心3家", "2家已完成主体施工,1家因选址调整暂未开工。", "behind"),
    ("建成投用社区卫生服务中心3家", "3家均已完成主体施工。", "on_track"),
    ("完成河道整治15条", "已完成河道整治6条,1条因规划调整未实施。", "behind"),
    # the twenty-eighth set: figures each in a clause opening with its own month or quarter, the periods apart, are
    # the months' parts of the half year's figure (summed); items that still await their result (待落地, 待注册) are
    # not brought in, the figure done beside them in the same sentence stays done; a project cancelled (该项目已取消,
    # 取消建设) is not begun, 取消 as the work itself is not
    ("新增农村劳动力转移就业2400人", "1月300人,2月150人,3月220人,4月200人,5月160人,6月190人。", "on_track"),
    ("新增农村劳动力转移就业2400人", "1月300人,2月100人,3月120人,4月150人,5月160人,6月140人。", "behind"),
    ("完成高标准农田建设5万亩", "一季度完成1.2万亩,二季度完成1.9万亩。", "ahead"),
    ("完成城乡道路绿化60公里", "1-5月完成22公里,6月完成8公里。", "on_track"),
    ("招引先进制造业项目8个", "已落地3个,另有2个已签约待落地。", "behind"),
    ("招引先进制造业项目8个", "已落地4个,另有4个已签约待注册。", "on_track"),
    ("新建乡镇公共停车场", "经论证,该项目已取消。", "not_started"),
    ("新建街道文化站", "因用地性质变化,取消建设。", "not_started"),
    ("深化“无证明”改革", "已取消各类证明事项42项。", "on_track"),
    # the twenty-ninth set: a task that is itself a preparatory step (立项) is done once the step is approved, not
    # while it waits; 启动 is a stage the task must reach, so past mid-year a plan alone is behind, work begun reaches
    # it; a doer before the verb (由区交通局统一…, 区城管局已…) names no other thing counted; a clause opened by a
    # target's label (全年目标：…) restates the target, never work done
    ("完成体育馆改造工程立项", "工程已于5月取得立项批复。", "completed"),
    ("完成体育馆改造工程立项", "立项申请已上报,尚待审批。", "on_track"),
    ("启动智慧社区试点建设", "试点实施方案已制定,尚未启动实施。", "behind"),
    ("启动智慧社区试点建设", "试点已于5月启动。", "completed"),
    ("新增公共自行车站点40个", "由区交通局统一新建站点43个。", "completed"),
    ("新增公共自行车站点40个", "区城管局已新建站点12个。", "behind"),
    ("实施农村饮水提升工程20处", "全年目标：实施农村饮水提升工程20处。", "unclear"),
    ("实施农村饮水提升工程20处", "全年目标：20处;目前已完工10处。", "on_track"),
    # the thirtieth set: units of one measure are compared (米 and 公里); a count after a comparison with last year
    # (同比增加, 较去年同期多) is the change, not work done; on a task whose parts no figure measures, figures of
    # the task's own work (已排查…处) before its deadline are work under way
    ("新建城市慢行道18公里", "已建成慢行道9500米。", "on_track"),
    ("新建城市慢行道18公里", "已建成慢行道5000米。", "behind"),
    ("完成河道驳岸整治2000米", "已完成驳岸整治1.0公里。", "on_track"),
    ("新增科技型中小企业40家", "已新增科技型中小企业18家,同比增加5家。", "on_track"),
    ("新增科技型中小企业40家", "已新增科技型中小企业18家,较去年同期多7家。", "on_track"),
    ("完成辖区燃气安全隐患排查整治", "已排查燃气用户隐患3,200处,督促整改2,950处。", "on_track"),
    # the thirty-first set: a clause closed by 取消 whose subject is the task's own object is a cancellation; not
    # when denied (未取消) or planned (拟取消), nor 取消 of a count (the reform's own work)
    ("举办全区职工篮球联赛", "受疫情影响,本年度篮球联赛取消。", "not_started"),
    ("举办全区职工篮球联赛", "篮球联赛未取消,正在组队报名。", "on_track"),
    ("举办全区职工篮球联赛", "篮球联赛拟取消。", "unclear"),
    # the thirty-second set: one phase done (一期已建成) while another is still under way is the part under way, not
    # done; a deadline before the verb (年内交付) is no part of the verb, so
    # 已交付…350套 answers it; a dated part beside the year's investment (年度计划投资…,上半年完成…) dates only that
    # part, the investment is paced to the year's end
    ("年内建成投产光伏组件项目", "项目一期已建成投产,二期厂房正在施工。", "on_track"),
    ("年内交付保障性住房800套", "已交付保障性住房300套。", "behind"),
    ("年内交付保障性住房800套", "已交付保障性住房420套。", "on_track"),
    ("物流信息平台项目,年度计划投资600万元,上半年完成平台建设", "平台已于6月建成,上半年完成投资310万元。",
     "on_track"),
    # the thirty-third set: figures each right after its own town are the towns' parts of the whole (summed), the
    # towns still building or not begun beside them; items put off (推迟至…) or cancelled (…取消) are not moving;
    # items whose plan is finished and that await opening (已完成规划待开通) are only prepared; ㎡ is 平方米
    ("完成农村改厕900户", "东山镇完成150户,西河乡完成160户,南湖街道完成140户。", "on_track"),
    ("新建村级文化广场24个", "东山镇3个、西河乡2个已建成,南湖街道8个正在施工,北岭镇11个尚未动工。", "seriously_behind"),
    ("改造提升农贸市场8个", "已完成改造3个,其余5个正在施工。", "on_track"),
    ("改造提升农贸市场8个", "已完成改造3个,其余5个推迟至9月施工。", "behind"),
    ("新建口袋公园6个", "已建成2个,3个正在施工,1个因征地问题取消。", "behind"),
    ("新开通城乡公交线路4条", "已开通1条,另3条已完成线路规划待开通。", "behind"),
    ("完成屋顶绿化3万平方米", "完成屋顶绿化1.6万㎡。", "on_track"),
    # the lone figure of its unit, its noun's head in the target's name (旅游公厕 for 城区公厕), counts the target
    ("完成城区公厕提档改造30座", "30座旅游公厕改造已全部完工。", "completed"),
    ("完成城区公厕提档改造30座", "12座旅游公厕改造已完工。", "behind"),
    # the thirty-fourth set: head of livestock and poultry (头, 羽) are counts, so the target is measured
    ("完成肉牛出栏5000头", "上半年肉牛出栏1800头。", "behind"),
    ("完成蛋鸭存栏60万羽", "已新增蛋鸭存栏20万羽。", "behind"),
    # the thirty-fifth set: Chinese numerals throughout — 一 before a scale (一万亩), 点 as the decimal point
    # (四点五公里), a Chinese numeral before 立方米 — are figures, never read as a whole completion statement
    ("完成封山育林一万亩", "已完成封山育林0.4万亩。", "behind"),
    ("疏浚河道八万立方米", "已完成疏浚二万立方米。", "behind"),
    ("新建绿道九公里", "已建成绿道四点五公里。", "on_track"),
    # the thirty-sixth set: a share stated in the sentence of one measure (beside its figure, or naming it) of a
    # task of several answers that measure alone, not the whole task; a share stated over both stays the task's
    ("完成工业投资50亿元，新增规上企业20家", "新增规上企业6家；完成工业投资26.1亿元，完成年度目标的52.2%。", "behind"),
    ("完成河道清淤15公里，新建堤防加固工程2处", "河道清淤已完成年度任务的58%；2处堤防加固工程均在施工。", "on_track"),
    ("完成投资10亿元，新开工项目8个", "完成投资5.1亿元，新开工项目4个，完成年度目标的51%。", "on_track"),
    # one item of a task of several measures, stated done in words by its name, is that part done
    ("建成区级综合文化中心1个，新增公共阅读空间20个", "区级综合文化中心已建成并对外开放；新增公共阅读空间21个。", "completed"),
    ("建成区级综合文化中心1个，新增公共阅读空间20个", "区级综合文化中心已建成并对外开放；新增公共阅读空间6个。", "behind"),
    # the thirty-seventh set: what was found or collected is the pool the next figure of its unit is taken from,
    # not more of the same work (before, 260 + 150 was read as 136.7%)
    ("解决企业反映问题300个", "收集企业问题260个，已解决150个。", "on_track"),
    ("完成安全隐患整改800处", "发现隐患900处，已整改300处。", "behind"),
    # the thirty-eighth set: a zero target beside measures (also in quotes) is held or broken over the whole year, so
    # before its end the task is not completed; an event to hold beside measures is a part (held done, else on pace);
    # a figure whose sentence awaits a higher level's decision (待省级认定) is pending, not the result
    ("新建污水管网10公里，实现安全生产“零事故”", "新建污水管网10.5公里，提前完成全年任务；上半年未发生安全生产事故。", "on_track"),
    ("完成消防设施改造50处，实现火灾“零死亡”", "完成消防设施改造52处；上半年发生亡人火灾1起。", "behind"),
    ("举办第二届美食节，新建美食街区2条", "美食节筹备工作正在开展，计划10月举办；已建成美食街区2条。", "on_track"),
    ("举办第二届美食节，新建美食街区2条", "第二届美食节已于5月成功举办；已建成美食街区2条。", "completed"),
    ("创建省级森林城镇3个，新建绿道5公里", "3个镇已完成创建并通过市级验收，待省级认定；新建绿道5.3公里。", "on_track"),
    # the thirty-ninth set: a share stated for one measure outweighs a stage read from the same words; money put into
    # the treasury (已入库…亿元) is collected, not a listing pending; a measure's head noun (路灯 of 新增城市路灯) names
    # it in a clause that gives its stage
    ("新增就业岗位4000个，开展创业培训1500人次", "新增就业岗位已过半，达2100个；创业培训受疫情影响进度较慢，完成进度为33%。",
     "behind"),
    ("完成税收收入60亿元", "1-6月税收收入已入库18.2亿元。", "behind"),
    ("完成背街小巷改造20条，新增城市公厕30座", "背街小巷改造完成11条；新增公厕工程正在招标，尚未开工。", "behind"),
    ("新建口袋公园10个，新增城市景观灯500盏", "已建成口袋公园6个；新增景观灯工程正在设计，尚未开工。", "behind"),
    ("新建口袋公园10个，新增城市景观灯500盏", "已建成口袋公园5个；新增景观灯工程已进场施工。", "on_track"),
    # the forty-first set: a rate tied to another measure (与经济增长同步) needs that measure in the reply; a rate of 100%
    # is held when the reply says every item meets it (全部达标), and stays unclear on a claim alone
    ("农民人均可支配收入增长与经济增长同步", "上半年农民人均可支配收入增长6.1%。", "unclear"),
    ("集中式饮用水水源地水质达标率100%", "全区3个集中式饮用水水源地水质全部达标。", "on_track"),
    ("集中式饮用水水源地水质达标率100%", "水源地保护工作有序推进。", "unclear"),
    # the forty-second set (the check after the last fix; these make it fitted): works accepted as finished (完成竣工验收)
    # are the thing built, not yet in use; a reply that opens with 已全部完成 beside a total of the target's unit whose
    # noun is named otherwise is the whole done; what was inspected (排查) is the pool for what was put right
    ("建成区级文化艺术中心", "艺术中心已完成竣工验收，正在布展。", "completed"),
    ("建成投用区级文化艺术中心", "艺术中心已完成竣工验收，正在布展。", "on_track"),
    ("完成农村公厕改造200座", "已全部完成，共改造村级公共厕所206座。", "completed"),
    ("整改安全隐患800处", "共排查安全隐患1150处，整改620处。", "ahead"),
]


@pytest.mark.parametrize("task,progress,as_of,status", [
    # a year's target and an interim one of the same measure: the figures answer both, the interim one due at its
    # own date (the sixteenth set's (6月底前10处), the twenty-third's 一季度完成春季造林8000亩)
    ("完成社区养老服务用房移交20处(6月底前10处)", "已完成移交12处。", MID_YEAR, "ahead"),
    ("全年完成造林绿化1.5万亩,一季度完成春季造林8000亩", "一季度完成春季造林8200亩。", date(2020, 3, 31), "ahead"),
    ("全年引进人才3000人,上半年完成1500人", "上半年引进人才1200人。", MID_YEAR, "behind"),
    ("全年完成造林1.5万亩,上半年完成8000亩", "一季度完成造林4000亩。", date(2020, 3, 31), "on_track"),
])
def test_an_interim_target_beside_the_years(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


@pytest.mark.parametrize("task,progress,status", [
    # the twentieth set: past mid-year, on a task of several items, one item named on its own that has not begun
    # or is still at preparation is behind (not for a start target, where it is one share of many started; not a
    # clause about all the items or about a plan); 施工图审查 is preparation
    ("新建北区、南区两个消防站", "北区消防站主体结构施工中;南区消防站正在进行用地报批。", "behind"),
    ("新建北区、南区两个消防站", "北区消防站主体结构施工中;南区消防站已进场施工。", "on_track"),
    ("建成东湖、西溪两个污水处理厂提标改造工程", "东湖污水处理厂提标改造已完工并通水运行;西溪污水处理厂因征地问题尚未开工。",
     "behind"),
    ("开工建设区人民法院审判楼、区检察院技术楼", "两个项目均已完成初步设计,正在进行施工图审查。", "behind"),
    ("实施城中村改造3个", "3个项目征迁工作均已完成,正在进行拆除清零。", "on_track"),
    ("新建、改造提升农贸市场5家(城东、城西、城南、城北、中心市场)", "城东、城西市场已完成改造并开业;城南、城北市场正在施工;"
     "中心市场尚在选址。", "behind"),
    # the fourteenth set's miss, mended by the same rule (1 of 2 schools not begun at the end of September)
    ("新建幼儿园5所、改扩建中小学2所", "新建幼儿园方面,2所已竣工交付,其余3所正在进行主体施工;改扩建中小学方面,"
     "实验小学扩建工程已完工,二中改扩建工程因规划调整尚未开工。", "behind"),
])
def test_an_item_of_several_not_begun_late_in_the_year(task, progress, status):
    a = judge(task, progress, date(2020, 9, 30))
    assert a.status == status, (a.rule, a.reason)


YEAR_END = date(2020, 12, 31)


@pytest.mark.parametrize("task,progress,status", [
    # once the deadline has passed a count short of its target is behind however near, a rate or cap held is met
    ("完成固定资产投资85亿元", "全年完成固定资产投资81.6亿元,完成年度目标的96%。", "behind"),
    ("新建公共停车泊位2000个", "全年新增公共停车泊位820个。", "seriously_behind"),
    ("新建城市书房10家", "全年建成城市书房10家,全部对外开放。", "completed"),
    ("城镇登记失业率控制在3.5%以内", "全年城镇登记失业率为3.1%。", "completed"),
    ("集中式饮用水水源地水质达标率100%", "全年3个集中式饮用水水源地水质全部达标。", "completed"),
    ("地区生产总值增长6%", "全年地区生产总值增长3.8%。", "behind"),
    # the task is the plan itself: finished is done, a draft is not
    ("完成区级国土空间总体规划编制", "规划成果已编制完成,已报市政府审批。", "completed"),
    ("完成区级国土空间总体规划编制", "规划初稿已完成,正在征求意见。", "behind"),
])
def test_at_the_years_end(task, progress, status):
    a = judge(task, progress, YEAR_END)
    assert a.status == status, (a.rule, a.reason)


@pytest.mark.parametrize("as_of,status", [(date(2020, 6, 30), "on_track"), (date(2020, 12, 31), "behind")])
def test_still_under_way_when_the_deadline_has_passed_is_behind(as_of, status):
    assert judge("建成区图书馆新馆", "主体已结顶,正在进行内部装修。", as_of).status == status


@pytest.mark.parametrize("progress,status", [("片区更新已启动,完成房屋征收签约320户。", "on_track"),
                                             ("片区更新方案正在编制。", "seriously_behind")])
def test_a_start_target_under_way_at_the_deadline_is_not_behind(progress, status):
    # 启动 is reached once work is under way: at the year's end that is no lag; a plan alone, nothing begun when the
    # time is up, is a serious one (the labels' rule question 19)
    assert judge("启动城西片区有机更新", progress, YEAR_END).status == status


@pytest.mark.parametrize("task,progress,as_of,status", [
    # the rest, with no figure of its own, only being prepared (其余…前期手续 / 方案设计 / 招标): past mid-year the items
    # started fall short and the rest has not begun — behind; before mid-year preparation is on pace, and the rest
    # under way keeps some done on pace (the fiftieth set, statuslag)
    ("实施重点技术改造项目30个", "已开工12个，其余项目正在办理前期手续。", MID_YEAR, "behind"),
    ("实施重点技术改造项目30个", "已开工12个，其余项目正在办理前期手续。", date(2020, 4, 30), "on_track"),
    ("完成老旧小区改造10个", "已开工6个，其余小区正在进行方案设计。", MID_YEAR, "behind"),
    ("完成老旧小区改造10个", "已完工3个，其余小区均已进场施工。", MID_YEAR, "on_track"),
    # a short name written out (技改 is 技术改造, words.toml [verify.aliases]): its figure answers the measure
    ("新增规模以上工业企业20家，实施重点技术改造项目30个",
     "新增规上工业企业10家；30个技改项目已开工12个，其余项目正在办理前期手续。", MID_YEAR, "behind"),
    ("完成工业技术改造投资30亿元", "1-9月完成技改投资18.6亿元，同比增长9.8%。", date(2020, 9, 30), "behind"),
    ("完成技改投资30亿元", "1-9月完成工业技术改造投资23亿元。", date(2020, 9, 30), "on_track"),
    # a target whose verb follows its object (…项目落地15个) answered by that verb (已落地开工5个); a signed total
    # without 另 holds the landed ones, so only the signed not landed are under way beside them — 另有…已签约 are others
    ("新增招商引资项目落地15个", "今年以来共签约项目13个，已落地开工5个。", MID_YEAR, "behind"),
    ("新增招商引资项目落地15个", "已落地5个，另有10个已签约正在办理注册。", MID_YEAR, "on_track"),
    ("新增招商引资项目落地15个，其中亿元以上项目5个",
     "今年以来共签约项目13个，其中亿元以上项目4个；已落地开工5个，其中亿元以上项目2个。", MID_YEAR, "behind"),
    ("新增招商引资项目落地15个", "已落地开工8个。", MID_YEAR, "on_track"),
    # the fifty-first set's misses (statuslag): a share of the year's plan with the measure named after it
    # (完成年度计划投资的58%) is a stated rate, never the whole done; firms that only meet the entry conditions
    # (另有5家已达到入规条件) are pending, no count; a start counted done for a start target is not also the rest
    # under way, so items only tendered leave it short; the task's own preparatory work (土地出让) read from the
    # clause before a figure is work done
    ("完成城市有机更新项目投资20亿元", "完成年度计划投资的58%。", date(2020, 9, 30), "behind"),
    ("完成城市有机更新项目投资20亿元", "完成年度计划投资的78%。", date(2020, 9, 30), "on_track"),
    ("新增规上工业企业15家", "新增规上工业企业6家，另有5家已达到入规条件，力争三季度纳统。", MID_YEAR, "behind"),
    ("新增规上工业企业15家", "新增规上工业企业6家，另有9家已达到入规条件，正在办理入库手续。", MID_YEAR, "on_track"),
    ("年内开工安置房项目4个", "已开工2个，另2个已完成施工招标，计划10月进场。", date(2020, 9, 30), "behind"),
    ("年内开工安置房项目4个", "已开工3个。", date(2020, 9, 30), "on_track"),
    ("完成土地出让收入30亿元", "上半年完成土地出让8宗，收入16.2亿元。", MID_YEAR, "on_track"),
    ("完成土地出让收入30亿元", "上半年完成土地出让5宗，收入9.6亿元。", MID_YEAR, "behind"),
    # the fifty-second set's misses (statuslag): intentions are preparation, no count, and a later step of some of
    # them (工商注册) is counted; firms whose output meets the bar (产值已达标) are pending; a stage written after
    # each count of an item list (2个主体施工) names no other thing, so the list answers the target; works done
    # while acceptance is being prepared (正在准备…验收材料) are not yet accepted
    ("引进各类金融机构5家", "已与8家金融机构达成入驻意向，其中2家已完成工商注册。", MID_YEAR, "behind"),
    ("新增“小升规”企业25家", "已新增“小升规”企业12家，另有8家9月产值已达标，将于四季度纳入统计。",
     date(2020, 9, 30), "behind"),
    ("完成学校新改扩建项目6个", "6个项目中，2个已完工，2个主体施工，1个完成招标，1个正在办理规划许可。", MID_YEAR,
     "behind"),
    ("完成学校新改扩建项目6个", "6个项目中，3个已完工，3个主体施工。", MID_YEAR, "on_track"),
    ("完成全区“污水零直排区”建设镇街验收3个", "3个镇街均已完成整治工程，正在准备市级验收材料。", MID_YEAR, "on_track"),
    ("完成全区“污水零直排区”建设镇街验收3个", "3个镇街均已通过市级验收。", MID_YEAR, "completed"),
    # the fifty-third set's misses (statuslag): land only listed (挂牌) for a target of selling or supplying land is
    # pending, no count; a figure after 届时 belongs to the forecast before it; land taken (完成土地摘牌) is
    # preparation for a start target; a lone figure of the unit with no noun after it answers by its name's head
    # (招商活动 for “双招双引”活动)
    ("完成社会投资项目“标准地”出让20宗", "已完成“标准地”出让11宗，另有5宗已挂牌。", date(2020, 9, 30), "behind"),
    ("完成社会投资项目“标准地”出让20宗", "已完成“标准地”出让15宗，另有5宗已挂牌。", date(2020, 9, 30), "on_track"),
    ("完成土地出让1000亩", "已挂牌出让土地780亩。", date(2020, 9, 30), "on_track"),
    ("新增学前教育学位1500个", "3所新建幼儿园将于9月开园，届时新增学位1080个；另有2所正在施工。", MID_YEAR, "on_track"),
    ("新增学前教育学位1500个", "2所新建幼儿园已于5月开园，新增学位720个。", MID_YEAR, "on_track"),
    ("年内开工建设城西综合体", "项目已完成土地摘牌，正在进行方案设计，计划12月开工。", date(2020, 9, 30), "behind"),
    ("组织开展“双招双引”活动12场，签约项目30个", "已开展招商活动5场，签约项目16个。", MID_YEAR, "behind"),
    ("组织开展“双招双引”活动12场，签约项目30个", "已开展招商活动6场，签约项目16个。", MID_YEAR, "on_track"),
    # the fifty-fourth set's misses (statuslag): firms newly entered (新入库) are the count, not a pool pending; what
    # other items await (另有3家已完成入库申报) does not make the entered ones pending; a survey (权籍调查) and a
    # negotiation (补偿安置协商) are preparation, 发证 is 颁证 (words.toml [verify.aliases]); a verb after the count
    # (18家企业签订投资意向协议) ends its noun
    ("新增国家级高新技术企业40家，新增科技型中小企业200家",
     "已有62家企业提交国家高企申报材料；新入库科技型中小企业86家。", MID_YEAR, "behind"),
    ("新增科技型中小企业200家", "新入库科技型中小企业106家。", MID_YEAR, "on_track"),
    ("新增规上服务业企业20家", "新增规上服务业企业12家，另有3家已完成入库申报，力争年底前完成全年目标任务。",
     date(2020, 9, 30), "behind"),
    ("新增规上服务业企业20家", "新增规上服务业企业15家，另有3家已完成入库申报。", date(2020, 9, 30), "on_track"),
    ("完成全区农村宅基地确权登记颁证2.5万宗", "已完成权籍调查2.1万宗，发证8600宗。", MID_YEAR, "behind"),
    ("完成土地征收3000亩", "已完成征收土地1650亩，剩余1350亩正在开展补偿安置协商。", date(2020, 9, 30), "behind"),
    ("完成土地征收3000亩", "已完成征收土地2200亩，剩余800亩正在开展补偿安置协商。", date(2020, 9, 30), "on_track"),
    ("新引进企业20家", "已与18家企业签订投资意向协议。", MID_YEAR, "behind"),
    # a decision other items await (另有4台待审批后开工) is not one the figure's own items await (the sixth forecast
    # set's known miss): 56 done and 20 under way of 80 is short at 31 October; all 80 accounted for is on pace
    ("完成老旧小区加装电梯80台", "已完成加装56台，在建20台，另有4台待审批后开工。", date(2020, 10, 31), "behind"),
    ("完成老旧小区加装电梯80台", "已完成加装60台，在建20台，另有4台待审批后开工。", date(2020, 10, 31), "on_track"),
    ("创建市级示范街道3个", "2个街道已通过区级验收，待市级考核验收。", MID_YEAR, "on_track"),
])
def test_the_rest_only_prepared_short_names_and_landed(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


@pytest.mark.parametrize("task,progress,status", GENERALISING, ids=[f"{t}→{p}" for t, p, _ in GENERALISING])
def test_generalising_phenomena(task, progress, status):
    a = judge(task, progress)
    assert a.status == status, (a.rule, a.reason)


@pytest.mark.parametrize("task,progress,completion", [
    # a doer opened by 由 or followed by how it did the work names no other thing counted: the figure is the task's
    ("新增公共自行车站点40个", "区城管局已新建站点12个。", 30.0),
    ("完成老旧小区改造15个", "由区住建局统一完成改造6个。", 40.0),
    # a verb ending like a unit's name (举办, 承办, 督办) is no doer: what follows it is another thing counted
    ("开展送戏下乡30场", "已举办展览20场。", None),
    ("开展文艺演出30场", "已承办赛事12场。", None),
    ("完成信访件办结100件", "已督办事项60件。", None),
])
def test_a_doer_before_the_figure_and_a_verb_that_ends_like_one(task, progress, completion):
    a = judge(task, progress)
    assert a.completion_pct == completion, (a.rule, a.reason)


FORECASTS = [
    ("完成老旧电梯更新50台", "50台老旧电梯更新目标将于9月底全部完成。"),
    ("建成社区卫生服务站3个", "社区卫生服务站预计年底建成3个。"),
    ("完成道路改造5条", "已完成道路改造1条,其余4条计划8月底前完成。"),
]


@pytest.mark.parametrize("as_of,status", [(date(2020, 6, 30), "behind"), (date(2020, 7, 31), "on_track")])
def test_a_result_dated_after_the_report_is_a_plan(as_of, status):
    # 7月份开工 in a reply of 30 June is a plan; in one of 31 July, work started
    assert judge("危桥改造10座", "危桥改造已完成设计招标,7月份开工。", as_of).status == status


@pytest.mark.parametrize("task,progress", FORECASTS)
def test_a_forecast_is_never_work_done(task, progress):
    a = judge(task, progress)
    assert a.status != "completed"
    assert "forecast" in a.flags


@pytest.mark.parametrize("progress,status", [
    ("工程进度未滞后,正在进行内部装修。", "on_track"),          # a lag denied
    ("严防工期延误,主体正在施工。", "on_track"),              # a lag to guard against
    ("工程进度有所滞后,正在进行内部装修。", "behind"),
])
def test_a_denied_lag_is_no_statement(progress, status):
    assert judge("建成社区服务中心", progress).status == status


def test_a_lag_named_only_in_a_plan_is_no_statement():
    a = judge("完成农村公路提档升级", "力争9月底扭转进度滞后局面。")
    assert a.status != "behind" and a.rule != "PaceStatement"


def test_sub_targets_carry_their_own_evidence():
    a = judge("举办讲座20场,送戏下乡40场,赠书3000册", "举办讲座12场,送戏下乡10场,赠书2500册。")
    assert [s.status for s in a.sub_targets] == ["ahead", "behind", "ahead"]
    assert [s.completion_pct for s in a.sub_targets] == [60.0, 25.0, 83.3]
    assert [[e.text for e in s.evidence] for s in a.sub_targets] == [["12场"], ["10场"], ["2500册"]]


def test_completed_only_when_every_part_has_a_fact():
    a = judge("新建口袋公园8个,改造绿道20公里", "新建口袋公园9个。")
    assert a.status == "on_track"
    assert [s.status for s in a.sub_targets] == ["completed", None]
    assert "part_without_fact" in a.flags


def test_parts_of_one_figure_are_summed():
    a = judge("盘活存量土地2000亩", "盘活存量土地:一期300亩,二期400亩,三期350亩。")
    assert (a.status, a.completion_pct) == ("on_track", 52.5)


@pytest.mark.parametrize("task,progress,needs", [
    ("推进智慧社区建设。", "正常推进。", True),                     # a claim, not checked
    ("办好第三届美食节。", "受疫情影响,美食节停办。", True),          # cancelled
    ("新增托育机构5家", "积极推进托育工作。", True),                 # unclear
    ("新建口袋公园8个", "新建口袋公园4个。", False),                 # a figure that answers the target
])
def test_needs_a_person_when_unsure(task, progress, needs):
    a = judge(task, progress)
    assert a.needs_person is needs
    assert 0.0 <= a.confidence <= 1.0
    policy = set(rules.config()["thresholds"]["needs_person_flags"])
    assert (a.confidence < threshold("needs_person_below") or bool(set(a.flags) & policy)) is needs


def test_words_alone_on_a_task_with_figures_need_a_person():
    a = judge("建成蓝领公寓940套", "蓝领公寓工程基本完工,进入验收阶段。")
    assert (a.status, a.basis) == ("on_track", "stage")
    assert "figures_unanswered" in a.flags and a.needs_person


def test_claims_and_no_evidence_are_never_confident():
    conf, line = rules.config()["confidence"], threshold("needs_person_below")
    assert conf["unit_statement"] < line and conf["none"] < line
    assert conf["none"] <= conf["unit_statement"] < min(conf[b] for b in ("figures", "statement", "stage"))


@pytest.mark.parametrize("task,expected_pct,status", [
    ("6月底前完成老旧小区改造10个", 100.0, "behind"),                 # the task's own deadline sets the pace
    ("九月底前完成老旧小区改造10个", 66.4, "behind"),
    ("上半年完成老旧小区改造10个", 100.0, "behind"),                 # a part of the year: due at its end
    ("三季度完成老旧小区改造10个", 66.4, "behind"),
    ("下半年完成老旧小区改造10个", 49.7, "ahead"),                   # 下半年 ends with the year
    ("完成老旧小区改造10个", 49.7, "ahead"),                          # none: the year
    ("3月底前完成方案编制,9月底前完成老旧小区改造10个", 49.7, "on_track"),  # two deadlines, two parts: the year;
    # the 方案 part has no fact, which caps the task at on pace
])
def test_a_deadline_in_the_task_sets_the_pace(task, expected_pct, status):
    a = judge(task, "已完成改造6个。")
    assert (a.expected_pct, a.status) == (expected_pct, status)


def test_preparation_is_on_pace_before_mid_year():
    assert judge("开工建设区体育馆。", "区体育馆完成方案审批。", date(2020, 3, 31)).status == "on_track"


@pytest.mark.parametrize("completion,expected", [
    (100.0, "completed"), (60.0, "ahead"), (54.7, "on_track"), (44.7, "on_track"), (44.6, "behind"),
    (24.9, "behind"), (24.8, "seriously_behind"), (0.0, "seriously_behind"),
])
def test_pace_band(completion, expected):
    assert rules.by_pace(completion, 49.7) == expected


def test_every_rule_has_help_text_and_is_configured_once():
    names = [r.name for r in rules.rules()]
    assert len(names) == len(set(names)) and names[-1] == "Unclear"
    assert all(r.get_help_text() for r in rules.rules())


# The extremes a district's key-task table reads as on pace (bench/labels/status/invented45.json, 46): nothing
# begun is not started, not unclear, and work only conceived (谋划) is no start reached; each with a twin.
EXTREMES = [
    # preparation only conceived, or a step of it not yet taken, beside words that nothing has begun: not started
    ("开工建设城西体育公园", "项目仍在谋划中，暂未实施。", MID_YEAR, "not_started"),
    ("启动老年大学新校区建设", "新校区用地尚未确定，建设工作尚未启动。", MID_YEAR, "not_started"),
    # 正在谋划 is preparation (never a start reached); a site being chosen is preparation under way
    ("开工建设城西体育公园", "项目正在谋划中。", MID_YEAR, "behind"),
    ("开工建设城西体育公园", "项目正在进行选址，尚未开工。", MID_YEAR, "behind"),
    # a figure in km or m² is one in 公里 or 平方米; a lone figure named by its unit's own measure (面积) beside the
    # target's own words answers the target, one named by another's words (拆除违建面积) does not
    ("新建改造农村公路30公里", "已完成农村公路新建改造31.2km。", MID_YEAR, "completed"),
    ("新建城市绿道20公里", "已建成绿道8.5km。", MID_YEAR, "behind"),
    ("完成老旧小区改造20万平方米", "完成老旧小区改造21.6万m²。", MID_YEAR, "completed"),
    ("完成老旧小区综合改造30万平方米", "9个小区已完工，改造建筑面积共计18.6万平方米。", MID_YEAR, "ahead"),
    ("新增绿地面积10万平方米", "拆除违建面积12万平方米。", MID_YEAR, "unclear"),
    # a pending word naming the items (列入计划的) is no pending state when the clause finishes them
    ("完成老旧小区综合改造20万平方米", "列入计划的12个小区已全部完工，改造建筑面积共计20.4万㎡。", MID_YEAR, "completed"),
    ("新增国家高新技术企业30家", "已申报国家高新技术企业36家。", MID_YEAR, "on_track"),
    # a figure after 各 counts once for each item listed before it
    ("开展应急演练4次", "已开展防汛、消防应急演练各1次。", MID_YEAR, "on_track"),
    ("开展应急演练6次", "已开展防汛、消防和地震应急演练各2次。", MID_YEAR, "completed"),
    ("开展应急演练4次", "已开展应急演练1次。", MID_YEAR, "behind"),
    # a short name (公租房) is the full one; land acquired (土地摘牌) is preparation, so a building part with only
    # that done is behind at mid-year beside a part done, never completed
    ("新建公共租赁住房300套，发放住房租赁补贴800户", "公租房项目已完成土地摘牌；住房租赁补贴已发放826户。", MID_YEAR, "behind"),
    ("新建公共租赁住房300套", "公租房项目已完成土地摘牌，尚未开工。", MID_YEAR, "behind"),
    ("新建公共租赁住房300套", "公租房项目主体结构正在施工。", MID_YEAR, "on_track"),
    # a clause whose subject is only 工程 speaks of the one part that is a 工程 (beside a figure's part)
    ("完成农村饮用水提标工程，受益人口3万人", "工程已全面完工，受益人口3.2万人。", MID_YEAR, "completed"),
    ("完成农村饮用水提标工程，受益人口3万人", "工程正在施工，已受益人口1.6万人。", MID_YEAR, "on_track"),
    # the lone figure of a unit named in near words answers the lone target of that unit; one word pair shared
    # (人才) is not enough
    ("培训企业职工技能8000人次", "开展职业技能培训4100人次。", MID_YEAR, "on_track"),
    ("引进高层次人才200人", "培训人才300人。", MID_YEAR, "unclear"),
    # works not begun and the measure's own noun written as not done (未完成投资): that measure at 0; the work's verb
    # not done (暂未改造) is a stage, not started; 尚未完成投资 beside works begun is under way
    ("年内完成项目投资3亿元", "项目尚未开工，上半年未完成投资。", MID_YEAR, "seriously_behind"),
    ("完成校园厕所改造50间", "暂未改造。", MID_YEAR, "not_started"),
    ("年内完成项目投资3亿元", "项目已开工，尚未完成投资。", MID_YEAR, "on_track"),
    # the rest under way by the task's own work verb (正在整治中) is the rest moving, as 正在施工 is; a process verb
    # (正在推进) is not
    ("完成河道排污口整治300个", "已完成整治130个，其余正在整治中。", MID_YEAR, "on_track"),
    ("完成老旧小区改造200个", "已完成改造86个，其余正在推进。", MID_YEAR, "behind"),
    # 和 before the next count ends the first count's noun: each count answers its own part
    ("创建省级示范乡镇1个、精品村4个", "1个示范乡镇和4个精品村均已通过省级验收。", MID_YEAR, "completed"),
    ("创建省级示范乡镇1个、精品村4个", "1个示范乡镇和2个精品村已通过省级验收。", MID_YEAR, "on_track"),
    # a preparation word inside a cause of delay (因选址调整) is no stage: items none begun are not started; items
    # being sited are in preparation
    ("新建社区养老机构4家", "4家机构因选址调整，目前均未开工。", date(2020, 9, 30), "not_started"),
    ("新建社区养老机构4家", "4家机构正在进行选址。", date(2020, 9, 30), "behind"),
    # completion in other words: a task cleared (已清零), a document's own title issued (《…方案》已印发, not its
    # preparation), a bare 实现全覆盖 after the items done; a plan still drafted, or coverage of another object, is not
    ("完成农村危房改造150户", "危房改造任务已清零。", MID_YEAR, "completed"),
    ("印发《区数字化改革工作方案》", "《工作方案》已于3月印发实施。", MID_YEAR, "completed"),
    ("印发《区数字化改革工作方案》", "《工作方案》正在征求意见。", MID_YEAR, "on_track"),
    ("实现行政村垃圾分类全覆盖", "全区86个行政村已全部实施垃圾分类，实现全覆盖。", MID_YEAR, "completed"),
    ("实现行政村垃圾分类全覆盖", "全区86个行政村均已启动垃圾分类，力争年底前实现全覆盖。", MID_YEAR, "on_track"),
    ("实现行政村垃圾分类全覆盖", "垃圾分类工作正在推进，基本实现全覆盖。", MID_YEAR, "on_track"),
    # a start that did not happen (未能开工) is work not begun; once the deadline has passed with all the work still to
    # do, or the year is over, nothing begun is a serious lag — also when the deadline is to start (the labels' rule
    # question 19): a start deadline passed with only preparation, a dated start beside the year's finish (3月底前开工，
    # 年底前完工) not begun after its month; before the start's own date, or begun, it is not
    ("开工建设城南污水泵站", "受用地指标制约，项目年内未能开工。", date(2020, 12, 31), "seriously_behind"),
    ("开工建设城南污水泵站", "受用地指标制约，项目目前未能开工，正在办理用地手续。", date(2020, 9, 30), "behind"),
    ("开工建设城南污水泵站", "项目尚未开工。", MID_YEAR, "not_started"),
    ("6月底前开工建设城北污水管网工程", "正在开展施工招标。", date(2020, 9, 30), "seriously_behind"),
    ("6月底前开工建设城北污水管网工程", "正在开展施工招标。", date(2020, 5, 31), "behind"),
    ("城东排涝泵站工程：4月底前开工，年底前完工", "项目用地手续正在办理，尚未开工。", date(2020, 7, 31), "seriously_behind"),
    ("城东排涝泵站工程：二季度开工，年底前完工", "施工图设计已完成，正在进行招标。", date(2020, 8, 31), "seriously_behind"),
    ("城东排涝泵站工程：9月底前开工，年底前完工", "项目用地手续正在办理，尚未开工。", date(2020, 7, 31), "behind"),
    ("城东排涝泵站工程：4月底前开工，年底前完工", "项目已于4月开工，正在进行基础施工。", date(2020, 7, 31), "on_track"),
    ("9月底前完成区级体育馆改造", "项目仍在进行施工图设计，尚未开工。", date(2020, 10, 31), "seriously_behind"),
    ("9月底前完成区级体育馆改造", "项目仍在进行施工图设计，尚未开工。", MID_YEAR, "behind"),
    ("年内建成城东农贸市场", "项目仍在办理规划许可，年内未能开工。", date(2020, 12, 31), "seriously_behind"),
    ("新建农村公厕20座", "受资金影响，年内未能开工。", date(2020, 12, 31), "seriously_behind"),
    # a survey of the households or homes to be served (危房鉴定, 对象核定, 现场踏勘) is preparation, not the rest under way
    ("完成农村危房改造300户", "已完成改造120户，其余正在开展房屋安全鉴定。", MID_YEAR, "behind"),
    ("完成农村危房改造300户", "已完成改造120户，其余正在施工。", MID_YEAR, "on_track"),
    ("完成困难家庭适老化改造200户", "已完成改造60户，其余正在进行对象核定。", date(2020, 9, 30), "seriously_behind"),
    ("完成全区学校校舍安全鉴定", "全区86所学校校舍安全鉴定工作已全部完成。", date(2020, 9, 30), "completed"),
    # 全面收官 closes the work it names; inside a plan (力争…全面收官) it does not
    ("完成村级组织换届选举工作", "全镇32个村换届选举工作全面收官。", MID_YEAR, "completed"),
    ("完成村级组织换届选举工作", "换届选举工作正在有序推进，力争9月底前全面收官。", MID_YEAR, "on_track"),
    # a stated rate said to be low (完成率仅为31.6%, 只有45%) is still the rate
    ("完成棚户区改造开工5000套", "1-10月棚改开工1580套，完成率仅为31.6%。", date(2020, 10, 31), "seriously_behind"),
    ("完成农村公路养护200公里", "养护工作受雨季影响，完成率只有45%。", date(2020, 9, 30), "behind"),
    # one item opened in words beside a figure of another unit (设12个班 for 1所), a date (9月1日) being no figure
    ("新建公办幼儿园1所", "城东幼儿园已于9月1日正式开园，设12个班。", date(2020, 9, 30), "completed"),
    ("新建公办幼儿园1所", "城东幼儿园主体已完工，设12个班，正在进行内部装修。", date(2020, 9, 30), "on_track"),
    # a building opened for use (起对外办公, 正式启用) is in use; planned to open (计划…起对外办公) is not
    ("建成投用区便民服务中心新大厅", "新大厅已建成并通过竣工验收，6月15日起对外办公。", MID_YEAR, "completed"),
    ("建成投用区便民服务中心新大厅", "新大厅已建成并通过竣工验收，计划7月1日起对外办公。", MID_YEAR, "on_track"),
    ("建成区青少年活动中心", "中心已于5月正式启用。", MID_YEAR, "completed"),
    # an event dated on or before the report's day, said without 已 (于9月18日至20日…举行), was held; one dated later, or
    # only scheduled (定于, 原计划于…推迟), was not
    ("举办第五届国际茶文化节", "第五届国际茶文化节于9月18日至20日在我市举行，签约项目26个。", date(2020, 9, 30), "completed"),
    ("举办第五届国际茶文化节", "第五届国际茶文化节定于10月18日在我市举行，筹备工作正在推进。", date(2020, 9, 30), "on_track"),
    ("举办第五届国际茶文化节", "茶文化节原计划于5月举行，受疫情影响推迟举办。", MID_YEAR, "on_track"),
    # a task's own numbered list (①…；②…；③…) names one item each, to be finished: all done completes it, one not begun
    # past mid-year holds it behind, one unreported caps it at on pace
    ("实施县城道路提升工程：①人民路改造；②解放路改造；③滨江路延伸段建设", "①人民路改造已完工；②解放路改造已完工；③滨江路延伸段已建成通车。",
     date(2020, 12, 31), "completed"),
    ("实施县城道路提升工程：①人民路改造；②解放路改造；③滨江路延伸段建设", "①人民路改造已完工；②解放路改造正在施工；③滨江路延伸段尚未开工。",
     date(2020, 9, 30), "behind"),
    ("实施县城道路提升工程：①人民路改造；②解放路改造；③滨江路延伸段建设", "①人民路改造已完工；②解放路改造已完工。",
     date(2020, 9, 30), "on_track"),
    # of several measures, the rest under way in the part of the sentence of a measure's figure (其余…正在进行室内装修, a
    # step of the works) is that measure's rest; the rest of another measure's part is not
    ("开工建设安置房3000套，交付安置房2000套", "开工安置房3200套；交付安置房800套，其余安置房正在进行室内装修。", MID_YEAR, "on_track"),
    ("开工建设安置房3000套，交付安置房2000套", "开工安置房3200套，其余正在施工；交付安置房800套。", MID_YEAR, "behind"),
    # bare figures after a scope (25个老旧小区中，已完工8个…) count the scope's target beside another of the unit
    ("完成老旧小区改造25个，同步实施“微更新”项目10个",
     "25个老旧小区中，已完工8个，在建12个，5个正在进行方案设计；“微更新”项目已完成4个，其余正在施工。", MID_YEAR, "behind"),
    ("完成老旧小区改造25个，同步实施“微更新”项目10个",
     "25个老旧小区中，已完工13个，其余12个均在施工；“微更新”项目已完成5个。", MID_YEAR, "on_track"),
    # a numbered list led by a result verb (完成三项改革任务：①…；②…；③…) is the list of items, its count the list's
    ("完成三项改革任务：①医共体改革；②国企改革；③事业单位改革", "①医共体改革已全面完成；②国企改革已完成；③事业单位改革已完成。",
     date(2020, 9, 30), "completed"),
    ("完成三项改革任务：①医共体改革；②国企改革；③事业单位改革", "①医共体改革已全面完成；②国企改革已完成；③事业单位改革方案已报批，尚未实施。",
     date(2020, 9, 30), "behind"),
    # people a works serves are written 覆盖人口, 受益人口 or 惠及人口 (words.toml verify.aliases): one measure
    ("完成农村饮水安全巩固提升工程覆盖人口5万人", "工作推进难度大，目前受益人口仅6000人。", date(2020, 9, 30), "seriously_behind"),
    ("完成农村饮水安全巩固提升工程覆盖人口5万人", "已完工供水工程8处，惠及人口3.9万人。", date(2020, 9, 30), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", EXTREMES, ids=[f"{t}→{p}" for t, p, _, _ in EXTREMES])
def test_the_extremes(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# Behind against on track (statusb): a reply that only organises the work — meetings to deploy or coordinate it
# (召开推进会/协调会/专题会议), talks with others (积极对接, 开展对接), surveys on site (实地踏勘, 调研) — is preparation: past
# mid-year, for a task with a result to reach, behind, and a count named in it (对20条…开展实地踏勘) is no count done;
# on a process task it is the work going on; a matchmaking event held (举办对接会) and a standing body (联席会议制度)
# are no preparation.  Clauses after 另有… go on about the other items: what they await is not the figure's own.
ORGANISED_ONLY = [
    ("新建城市书房6家", "已召开专题部署会，各街道正在积极对接场地。", MID_YEAR, "behind"),
    ("新建城市书房6家", "已召开专题部署会，各街道正在积极对接场地。", date(2020, 3, 31), "on_track"),
    ("完成背街小巷改造20条", "对20条背街小巷逐一开展实地踏勘，形成改造方案。", MID_YEAR, "behind"),
    ("建成农村寄递物流综合服务站40个", "多次召开协调会，与快递企业开展对接，摸清各村寄递需求。", date(2020, 9, 30), "behind"),
    ("推进垃圾分类示范小区创建", "召开推进会3次，组织开展入户宣传。", MID_YEAR, "on_track"),
    ("实现外贸进出口总额200亿元", "组织企业参加线上对接会12场，出台稳外贸措施。", MID_YEAR, "unclear"),
    # (纳统, entry into the statistics, is pending as 入库 is: the firms that reached the size are not yet counted)
    ("新增规上工业企业24家", "已新增规上工业企业9家，另有6家已达规上标准，正在办理入库手续。", date(2020, 9, 30), "behind"),
    ("新增限上商贸企业20家", "已新增限上商贸企业14家，另有5家已达到限上标准，正在办理纳统手续。", date(2020, 9, 30), "on_track"),
    # a contract for the works signed (已签订…合同) is preparation, as 施工合同 is; a preparation word before 安置 names
    # housing for those moved (征迁安置房, 拆迁安置小区), a thing to build or hand over, not a preparatory task
    ("完成老旧小区加装电梯40台", "已签订加装合同40台，计划8月起陆续施工。", MID_YEAR, "behind"),
    ("完成拆迁安置房交付800套", "安置房交付方案已报区政府审定，计划9月启动交付。", MID_YEAR, "behind"),
    ("完成拆迁安置房交付800套", "已交付拆迁安置房420套。", MID_YEAR, "on_track"),
    # the works' preparation (施工准备) is no work under way, as the works' papers are not; a plan for the rest whose
    # step is itself preparation (其余…计划下半年完成设计) says the rest is no further on (the two known misses of
    # statuslag's sets, mended, and rows of their own)
    ("新建改建农村公路30公里", "新改建农村公路项目已全部完成招标，正在进行施工准备。", MID_YEAR, "behind"),
    ("实施农贸市场改造6个", "6个市场均已确定施工单位，正在进行施工准备。", date(2020, 8, 31), "behind"),
    ("完成老旧小区改造10个", "已开工6个，其余小区计划下半年完成设计。", MID_YEAR, "behind"),
    ("完成背街小巷整治12条", "已开工整治7条，其余5条计划三季度完成方案设计。", MID_YEAR, "behind"),
    ("完成背街小巷整治12条", "已开工整治7条，其余5条正在施工。", MID_YEAR, "on_track"),
    # (from invented64's first run) finishing a list of preparatory objects (完成土地摘牌和施工图设计) is preparing; homes
    # checked at the door (入户核查, 入户评估) are preparation, not homes done; the works' tender under way (施工正在招标) is
    # no work on site; a count applied for before the done one in its sentence is the total it was drawn from
    ("开工建设人才公寓项目2个", "2个项目已完成土地摘牌和施工图设计，正在办理施工许可。", date(2020, 10, 31), "behind"),
    ("完成农村困难群众危房改造120户", "已完成入户核查120户，改造工程正在招标。", MID_YEAR, "behind"),
    ("新建社区足球场10片", "场地已全部落实，项目施工正在招标。", MID_YEAR, "behind"),
    ("完成中小企业数字化改造80家", "组织企业申报数字化改造项目70家，已完成改造验收25家。", date(2020, 9, 30),
     "seriously_behind"),
    ("完成中小企业数字化改造80家", "组织企业申报数字化改造项目70家，已完成改造验收62家。", date(2020, 9, 30), "on_track"),
    # (from invented65's first run) building points chosen (确定…建设点位) are siting, not items built; a study tour and
    # a plan being drawn (正在编制) are preparation; equipment bought (完成设备采购) is no item done; a share of the
    # year's count put off to next year (顺延至明年) is not done this year, however near the rest is to the pace
    ("新建公共充电桩500个", "开展充电设施布局调研，确定充电桩建设点位320个。", date(2020, 8, 31), "behind"),
    ("建设美丽乡村精品线3条", "赴外地考察学习2次，精品线规划正在编制。", MID_YEAR, "behind"),
    ("完成雨污分流改造小区40个", "已完成改造33个，其余7个已完成设备采购，正在安装调试。", date(2020, 10, 31), "on_track"),
    ("完成河道清淤50公里", "已完成清淤48公里，剩余2公里受汛期影响顺延至明年实施。", date(2020, 11, 30), "behind"),
    ("完成年度植树任务2万亩", "完成植树1.9万亩，剩余0.1万亩因用地问题推迟至明年春季。", date(2020, 11, 30), "behind"),
    ("完成河道清淤50公里", "已完成清淤48公里，剩余2公里正在施工。", date(2020, 11, 30), "on_track"),
    # coverage said as a share of the whole (占…总数…的53%) for a 全覆盖 target is the coverage, as 覆盖率 is: short of
    # 100 behind, at 100 done
    ("实现城区公厕长效保洁全覆盖", "长效保洁已覆盖公厕64座，占城区公厕总数120座的53%。", date(2020, 9, 30), "behind"),
    ("实现城市社区网格化管理全覆盖", "已有41个社区实行网格化管理，占社区总数的100%。", MID_YEAR, "completed"),
    # (statusb, from invented67's first run and flags1's: the same as a part of the whole counted, X个…中已有Y个)
    ("实现农村生活污水治理行政村全覆盖", "全镇24个行政村中已有15个完成治理。", date(2020, 9, 30), "behind"),
    ("实现中小学校园安保全覆盖", "全区58所中小学中已有58所配齐专职保安。", MID_YEAR, "completed"),
    ("推进农村生活污水治理", "全镇24个行政村中已有15个完成治理。", date(2020, 9, 30), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", ORGANISED_ONLY,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _ in ORGANISED_ONLY])
def test_work_only_organised_is_preparation(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# (statusb, from the first-run behind→on_track misses: a figure of the target's own measure left unplaced because its
# verb or noun differs — 管网铺设 for 供水管网, 12000米 for 绿道25公里, 堤防加固 for 河流治理 — so the stage read the row
# on pace) on a task with one figure to reach in a length, an area or an amount, the one figure done in that measure
# answers it when short of the pace; on pace, or with the rest said to be under way, the stage still decides
MEASURE_SHORT = [
    ("完成老旧供水管网改造30公里", "目前完成管道铺设2.6公里。", MID_YEAR, "seriously_behind"),
    ("年内完成中小河流治理20公里", "已完成堤防加固12公里，护岸砌筑正在进行。", date(2020, 11, 30), "behind"),
    # (statusc's invented76 miss, as written in tests/test_stages.py)
    ("年内完成河道综合治理20公里", "已完成堤防加高14公里，护岸砌筑正在进行。", date(2020, 11, 30), "behind"),
    ("完成城区道路绿化提升8万平方米", "已完成苗木栽植2.1万平方米，正在抓紧推进。", date(2020, 9, 30), "seriously_behind"),
    ("完成老旧供水管网改造30公里", "目前完成管道铺设15公里。", MID_YEAR, "on_track"),
    ("完成老旧供水管网改造30公里", "已完成管道铺设8公里，其余路段正在施工。", MID_YEAR, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", MEASURE_SHORT,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _ in MEASURE_SHORT])
def test_a_figure_of_the_measure_unplaced_short_of_pace(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


KNOWN_MISSES = [
    # statusb's invented68 misses (its last held-out check, left unfixed; in other words; its first, a 全覆盖 target
    # answered by the whole first and the part after, is mended: WHOLE_FIRST; its second, items all through a list
    # of preparatory objects, 已全部完成排查和方案设计, is mended: SURVEYED_ONLY; its third, items finished beside others
    # being built and the rest with residents' consent signed, is mended by statusc, stop 58: consent is preparation,
    # tests/test_status_statusc58.py CONSENT)
    # the seventy-first set's misses (statusa's last held-out check after invented61 and invented70's fixes, left
    # unfixed; in other words): one item listed beside another only through review (已通过…审核) counted as two done; the
    # works built (二期工程已建成并网发电) beside a capacity figure leave the works' own part unread; homes surveyed (已排查)
    # added to the homes put right; a stock cleared by its dated deadline (已于6月全部清零) read as nothing to judge
    miss(("推动企业上市，新增上市企业2家", "1家企业已在深交所创业板上市，1家已通过证监会发审会审核。", date(2020, 9, 30)),
     "on_track",
         "one item done beside another that has only passed a review is counted as two done"),
    # (mended by statusb, stop 46: the works said built beside a capacity figure answer the works' own part)
    (("完成城市污水处理厂三期工程，新增日处理能力5万吨", "三期工程已建成通水，新增日处理能力5万吨。", MID_YEAR), "completed"),
    miss(("完成全区自建房安全隐患排查整治800户", "已排查自建房4200户，完成整治260户。", date(2020, 11, 30)),
     "seriously_behind",
         "homes surveyed are added to the homes put right, so the count put right is not read short"),
    # (a stock cleared to nothing by its dated deadline, 存量…已于9月全部清零, was a miss here: mended by statusb, stop 54,
    # rules/clauses.py _CLEARED; its case is in tests/test_status_statusb54.py STOCK_CLEARED)
    # statusb's invented67 misses left (in other words; its coverage as a part of the whole counted is mended:
    # ORGANISED_ONLY; recognitions won short of the count beside others awaiting review late in the year, read as
    # work partly done on pace, are mended: tests/test_status_pending_counts.py): a platform tendered with its system being developed at mid-year read as preparation
    miss(("年内建成区级政务数据共享平台", "平台建设已完成招标，系统开发正在进行。", MID_YEAR), "on_track",
         "a platform tendered with its system being developed at mid-year is read as still in preparation"),
    # statusb's invented66 misses left (in other words; its fourth, items all tendered with the works to come in the
    # summer, is mended: tests/test_status_forecast.py DATED): the counted things only sited and designed beside
    # another thing of the task opened (总分馆…平台已建成运行) are read as work partly done on pace; a stated lag beside
    # a count under half the pace at 30 September (推进缓慢，仅3个村通过验收) decides behind before the figure
    miss(("新建乡镇文化分馆4个", "文化馆总分馆数字服务平台已建成运行，分馆选址已全部确定，正在进行装修设计。", MID_YEAR), "behind",
         "the counted branches only sited and designed, beside another part of the task running, read as partly done on pace"),
    miss(("完成“美丽庭院”示范村创建10个", "创建工作推进缓慢，目前仅3个村通过验收。", date(2020, 9, 30)), "seriously_behind",
         "a stated lag beside a count under half the pace decides behind before the figure can"),
    # the sixty-second set's misses (statusa's held-out check after invented61's fixes, left unfixed; in other words):
    # every village's creation done and accepted (均已完成，已通过市级验收) read as partly done; a coverage rate short of
    # 全覆盖 beside a count done is not read (实现…全覆盖 no part of its own); a document approved with its issue pending
    # (审议通过，待正式印发) read as issued (mended: ISSUE_PENDING), and its consultation draft written (征求意见稿…已完成起草) as the document done (mended: DRAFT_IS_NOT_THE_DOCUMENT);
    # the works all finished beside a count of people served leave the works' own part unread; a remainder only stored
    # (另有…已完成收储，正在办理出让手续) added to the count done
    miss(("新建充电桩300个，实现乡镇公共充电设施全覆盖", "已建成充电桩320个；乡镇公共充电设施覆盖率达到75%。", MID_YEAR),
     "behind",
         "a coverage rate short of full coverage beside a count exceeded is not read as a part of the task of its own"),
    # (statusb, probing ISSUE_PENDING's phenomenon beyond invented80's rows) adopted with the issue to come where no
    # completed verdict is reached for the guard to mend: 通过…审议 (the object between) beside a plan to issue read as
    # nothing to judge; 尚未正式发文 at the year's end read as nothing begun (seriously behind); (正在履行发文程序 at the
    # year's end, read as work partly done on pace, is mended: ISSUING_AT_YEAR_END below)
    # (mended by statusc, stop 67: the adoption is concrete work on a task whose part no figure measures, on pace before
    # the deadline — rules/status_stage.py ConcreteWork)
    (("出台支持总部经济发展政策", "政策文件已通过区政府常务会议审议，拟于10月正式发布。", date(2020, 9, 30)), "on_track"),
    miss(("制定老旧小区长效管理办法", "管理办法已经区委常委会审议通过，尚未正式发文。", date(2020, 12, 31)), "behind",
         "a rule adopted and not yet issued at the year's end is read as nothing begun, seriously behind"),
    # (audit, the same phenomenon) 审定通过 beside the issue to come, past the deadline, read as nothing to judge: the
    # guard knows 审定通过 but no completed verdict is reached for it to mend
    miss(("出台人才安居实施办法", "人才安居办法已由区政府常务会议审定通过，尚待印发。", date(2020, 12, 31)), "behind",
         "a measure approved at a meeting and awaiting issue past its deadline is read as nothing to judge"),
    # (mended by statusb, stop 46: the works all finished and in service, 完工并通水, answer the works' own part)
    (("完成城乡供水管网改造工程，受益人口3万人", "工程已全部完工并通水，受益人口3.1万人。", date(2020, 12, 31)), "completed"),
    miss(("完成低效用地再开发800亩", "完成低效用地再开发250亩，另有300亩已完成收储，正在办理出让手续。", MID_YEAR), "behind",
         "land only taken into the reserve, its sale still being arranged, is added to the count redeveloped"),
    # (the sixtieth set's misses, statusa's last held-out check after invented56-59's fixes: a count whose items are all
    # still in design when the year is over, 年内未能开工, and a platform 于8月正式上线运行 after its deployment, are mended:
    # COMPLETION_WORDS; some done, some under way and the rest still asking residents' views, mended by 征求 as preparation:
    # PUSHED_ON_AND_PREPARATION)
    # the fifty-eighth set's misses (statusa's last held-out check, left unfixed; in other words): a task that is itself
    # passing a review (通过…复审) answered by 顺利通过…复审 is read as concrete work on pace, not the task done (its other,
    # 已建成并网18座 beside the rest 尚处于备案阶段, is mended: COMPLETION_WORDS)
    miss(("通过省级园林城市复查", "顺利通过省级园林城市复查。", date(2020, 12, 31)), "completed",
         "a task that is itself passing a review, answered by the review passed, is read as concrete work on pace"),
    # the forty-eighth set's misses (statusdone's last held-out check, left unfixed; in other words): a project put
    # off (暂缓实施) and not begun is read as a pace statement (behind) where the labels say not started; a rate of
    # firms back at work (复工率100%) is read as answering a growth target of their spending, with no person asked
    miss(("开工建设区游泳馆", "因规划调整，项目暂缓实施，尚未启动。"), "not_started",
         "a project put off and not begun is read as a statement of pace (behind), not as not started"),
    miss(("实现规上工业增加值增长7%，规上工业企业研发费用增长12%", "深入开展“三服务”活动，规上工业企业复工率100%。"),
     "unclear",
         "a rate of firms back at work is read as answering the task's growth targets, with nothing asked of them"),
    # the forty-fourth set's misses (the check after status2's fixes, left unfixed; in other words): a series of
    # events opened and going on is read as held; a bare 正在…推进中 as work under way; items none of them begun,
    # with a reason (受场地影响…均未开工), counted as the items built; a figure of an abbreviated measure (技改投资 for
    # 工业技术改造投资) left unread beside its change on the year, so the stage decides (the items none begun,
    # the series going on and the abbreviation (技改, words.toml [verify.aliases]) were mended after: cases above)
    miss(("推进城市大脑平台建设", "此项工作正在抓紧推进中。", date(2020, 9, 30)), "unclear",
         "a bare statement that the work is being pushed on is read as work under way"),
    # a count written after its verb's object (完成…腾空3个) and answered by bare figures: the part is not
    # read, so the one item done of three is not seen as behind
    miss(("完成城中村改造项目腾空3个", "已完成1个,2个项目签约率不足80%。"), "behind",
         "a count written after its verb's object and answered by bare figures is not read, so one of three done is missed"),
    # (the last held-out invented set's, bench/labels/status/invented11.json, 8个小区改造方案均已完成,7月起陆续进场, is
    # mended: a month with 起 dates a plan, tests/test_status_forecast.py DATED; a third, 获批国家级众创空间, was mended by
    # the thirteenth set's rule for a recognition won, and a fourth, 612 of 1000 油烟净化改造, by the eighteenth set's)
    # the twenty-third set's miss: nothing begun in the first quarter, with a delay stated, read as behind (the
    # delay words decide before the stage does) where the labels say not started
    miss(("新建城市公园5个", "5个公园均未开工,受疫情影响前期工作有所推迟。", date(2020, 3, 31)), "not_started",
         "nothing begun in the first quarter with a delay stated is read as behind, the delay deciding before the stage"),
    # the twenty-second set's miss: 实现…全覆盖 is no part of its own (实现 is no result verb: made one, it moves h1
    # rows), so 重点区域已基本实现5G覆盖 does not hold the task at on pace beside 310 of 500 base stations
    miss(("建成5G基站500个,实现重点区域5G网络全覆盖", "累计建成5G基站1860个,其中今年新建310个,重点区域已基本实现5G覆盖。"),
     "on_track",
         "coverage said largely reached is no part of its own, so it cannot hold a count short of the pace on pace"),
    # the sixteenth set's misses left: a first-quarter figure beside the half year's running total leaves the
    # year's target and its interim one unanswered; 4 of 5 销号 read as done because all 5 were 整治
    miss(("全年新增市场主体1.5万户,上半年完成7500户", "一季度新增3120户,上半年累计新增6100户。"), "behind",
         "a first-quarter figure beside the half year's running total leaves the year's target and its interim one unanswered"),
    # the twenty-eighth set's miss: a target adjusted in the reply (经调整，改为…) with one item of the new list still
    # only designed past mid-year; the items under way are read against the old count and the design is not seen
    miss(("新建村级养老服务站4个", "经调整,改为新建3个、提升改造1个;3个新建站点正在施工,提升改造站点已完成设计。"), "behind",
         "a target changed in the reply, one item of the new list only designed past mid-year, is read against the old count"),
    # (a running total beside one of its months, 1-6月…,其中6月…, mended at stop 67: tests/test_status_statusb67.py)
    # the thirty-second set's miss left: 上线试运行 is read as nearly done (试运行), so a part 完成平台上线 launched on
    # trial is not reached, and the year's investment ahead of its pace is held at on pace
    miss(("政务服务平台项目,年度计划投资500万元,上半年完成平台上线", "平台已于4月上线试运行,上半年完成投资330万元。"), "ahead",
         "a launch on trial is read as nearly done, so the part to launch is not reached and spending ahead is held on pace"),
    # the fifty-fifth set's miss left (statuslag's last held-out check): work rolled out in full (排查整治工作全面铺开)
    # read as the items done (the other, 正在进行施工准备 read as under way, is mended: ORGANISED_ONLY)
    miss(("完成“污水零直排区”建设工业园区2个", "2个工业园区排查整治工作全面铺开，已完成企业雨污分流改造46家。"), "on_track",
         "survey and remedy work said rolled out everywhere is read as the items done"),
    # (the fifty-fourth set's miss left, a count recognised whose noun runs on into the recognition, is mended:
    # tests/test_status_pace_steps.py RECOGNISED)
    # the fifty-second set's miss left (statuslag): a running total with last year's part in brackets (含2019年1600户)
    # — the part is read as this year's work, where this year's is the total less it (1260 of 1500, ahead)
    miss(("完成美丽庭院创建1500户", "累计创建美丽庭院2860户（含2019年1600户）。", date(2020, 9, 30)), "ahead",
         "a running total with last year's part in brackets: the part is read as this year's work, not the total less it"),
    miss(("6月底前完成区域内黑臭水体整治销号", "5条黑臭水体已完成整治,其中4条已通过市级验收销号,1条正在等待验收。",
      date(2020, 9, 30)), "behind",
         "items all put right with only some struck off after acceptance are read as done because all were put right"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES)
def test_known_misses(given, expected):
    assert judge(*given).status == expected


# Mended at stop 66 (statusd): a task making a paper (制定…办法: words.toml status.paper_verb) still going through its
# issuing procedure at the year's end is behind, as a task to issue one is (a strict xfail of KNOWN_MISSES before).
ISSUING_AT_YEAR_END = [
    ("制定老旧小区长效管理办法", "管理办法已经区委常委会审议通过，正在履行发文程序。", date(2020, 12, 31), "behind"),
    # guard: the same paper issued before the year's end
    ("制定老旧小区长效管理办法", "管理办法已于11月印发实施。", date(2020, 12, 31), "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,status", ISSUING_AT_YEAR_END)
def test_a_paper_still_issuing_at_the_years_end_is_behind(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status


# Mended at stop 60 (statuse): items written 一期、二期工程 after a shared name are split into 改造一期 and 二期工程; the
# first phase done now answers its own part (a clause naming one phase answers that phase's part, never another's),
# and the second's amount then 占总量的60% is read by the share — behind at 30 September.
PHASES_MENDED = [
    (("完成老城区雨污分流改造一期、二期工程", "一期工程已完工;二期工程完成管网铺设8公里,占总量的60%。",
      date(2020, 9, 30)), "behind"),
]


@pytest.mark.parametrize("given,expected", PHASES_MENDED)
def test_phases_mended(given, expected):
    assert judge(*given).status == expected


# statusa's fixes from invented61's first run (and invented58's known miss, in other words): a count after 建成 and a
# verb of the result in use (并网, 通车, 通水, 投产) is read as the count built; a project's filing stage (备案阶段) is its
# papers, not its works
COMPLETION_WORDS = [
    ("新建农村光伏电站20座", "已建成并网22座。", date(2020, 12, 31), "completed"),
    ("新建农村分布式光伏电站40座", "已建成并网25座，其余15座尚处于备案阶段。", date(2020, 9, 30), "behind"),
    ("新建农村分布式光伏电站40座", "已建成并网36座，其余4座正在施工。", date(2020, 9, 30), "ahead"),
    ("新建农村供水站10座", "已建成通水4座。", date(2020, 9, 30), "behind"),
    # a facility opened in a later clause with no subject of its own, dated on or before the report's day (于7月正式上线
    # 运行, no 已), after a first clause naming it: the object opened; dated after the report's day or planned it is not
    ("建成区级应急指挥平台", "平台已完成系统部署，于7月正式上线运行。", date(2020, 9, 30), "completed"),
    ("建成区级智慧城管平台", "平台已完成系统部署和联调测试，于6月正式上线运行，已接入部门30个。", date(2020, 9, 30),
     "completed"),
    ("建成区级应急指挥平台", "平台已完成系统部署，于10月正式上线运行。", date(2020, 9, 30), "on_track"),
    ("建成区级应急指挥平台", "平台已完成系统部署，计划于8月正式上线运行。", MID_YEAR, "on_track"),
    # an event dated on or before the report's day with a place before the verb (于…在城南江滨举行), and no other stage
    # word: held
    ("举办第三届龙舟文化节", "第三届龙舟文化节于6月20日至22日在城南江滨举行，参与群众5万人次。", MID_YEAR, "completed"),
    ("举办第三届龙舟文化节", "本届龙舟文化节于6月20日至22日在城南江滨举行。", MID_YEAR, "completed"),
    ("举办第三届龙舟文化节", "本届龙舟文化节于9月20日在城南江滨举行。", MID_YEAR, "unclear"),
    # a count whose items are all only prepared when the year is over (均已完成初步设计…年内未能开工): nothing begun when
    # the time is up (the labels' rule question 19); 服务 heading a noun (服务站, 服务中心) is the thing to build, not
    # people served, so its count's clause is read for its stage
    ("新建社区卫生服务站4个", "4个服务站均已完成方案设计，因资金未落实，年内未能开工。", date(2020, 12, 31),
     "seriously_behind"),
    ("新建社区卫生服务站6个", "6个服务站均仍在进行方案设计，年内未能开工。", date(2020, 12, 31), "seriously_behind"),
    ("新建社区卫生服务站6个", "6个服务站均仍在进行方案设计。", date(2020, 9, 30), "behind"),
    ("新建社区卫生服务站6个", "2个服务站正在施工，4个仍在进行方案设计。", date(2020, 9, 30), "behind"),
    ("新建社区卫生服务站6个", "6个服务站均已建成投用。", date(2020, 9, 30), "completed"),
    # (from invented70's first run) a part that names a later step of the works (完成主体结顶) is answered by the main
    # works still going on (主体施工至第11层): short of it once the deadline has passed; and a part that is itself that
    # step (主体结顶, 封顶) reached (主体已结顶) is done, not nearly done
    ("4月底前开工建设城北安置房三期工程，年底前完成主体结顶", "三期工程于6月开工，目前主体施工至第11层（共24层）。",
     date(2020, 12, 31), "behind"),
    ("4月底前开工建设城北安置房三期工程，年底前完成主体结顶", "三期工程于4月开工，目前主体已结顶。", date(2020, 12, 31),
     "completed"),
    ("年底前完成城北安置房三期工程主体结顶", "目前主体已结顶。", date(2020, 12, 31), "completed"),
    ("年底前完成城北安置房三期工程主体结顶", "目前主体尚未结顶，施工至第20层。", date(2020, 12, 31), "behind"),
    ("建成城北安置房三期工程", "目前主体已结顶，正在进行装修。", date(2020, 12, 31), "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,status", COMPLETION_WORDS,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _ in COMPLETION_WORDS])
def test_completion_in_other_words(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# statusb's fix from invented80's first run: the rest of a task still going on once the deadline has passed is behind,
# not on pace (rules.RestStillToCome; rule question 18); before the deadline the guard keeps on pace
REST_AFTER_DEADLINE = [
    ("完成城市更新项目6个", "今年城市更新项目共6个，已竣工4个，其余2个正在进行扫尾。", date(2020, 12, 31), "behind"),
    ("举办系列文化惠民活动", "已举办4场，后续活动将持续开展至10月。", MID_YEAR, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", REST_AFTER_DEADLINE,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _ in REST_AFTER_DEADLINE])
def test_the_rest_still_going_after_the_deadline(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# statusb's fix from invented80's first run (and invented68's known miss, in other words): a total written first
# (共8个, 共计12条, no verb of the work in its clause) before a figure of its unit done in the same sentence is the whole
# the second counts in, not work done; for a 全覆盖 task the part done of that whole is the coverage reached
WHOLE_FIRST = [
    ("实现城区公厕智能化管理全覆盖", "城区公厕共52座，已完成智能化改造34座。", date(2020, 9, 30), "behind"),
    ("实现农村卫生室标准化建设全覆盖", "全镇村卫生室共计18个，已全部完成标准化建设18个。", date(2020, 9, 30), "completed"),
    ("完成城市更新项目6个", "今年城市更新项目共6个，已竣工2个，其余4个正在施工。", date(2020, 12, 31),
     "seriously_behind"),     # (2 of 6 after the deadline: under half, rule question 18)
    # 共 after the verb of the work (共完成8个) counts the work done
    ("完成城市更新项目6个", "今年共完成城市更新项目6个，其中4个已通过验收。", date(2020, 12, 31), "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,status", WHOLE_FIRST, ids=[f"{t}→{p}@{d}" for t, p, d, _ in WHOLE_FIRST])
def test_a_total_first_is_the_whole(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# statusb's fix from invented80's first run (and invented62's known miss, in other words): a document adopted (审议通过)
# with its issue still to come later in the sentence (待印发, 将…印发, 尚未发文) is not issued — on pace before the deadline,
# behind once it has passed (rules.IssuePending); adopted and issued is done
ISSUE_PENDING = [
    ("出台人才安居实施办法", "实施办法已经区长办公会议审议通过，目前尚待印发。", date(2020, 12, 31), "behind"),
    ("出台支持总部经济发展政策", "政策文件已在区政府常务会上审议通过，将于10月正式发布。", date(2020, 9, 30), "on_track"),
    ("出台支持总部经济发展政策", "政策文件已在区政府常务会上审议通过并对外发布。", date(2020, 9, 30), "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,status", ISSUE_PENDING,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _ in ISSUE_PENDING])
def test_adopted_is_not_issued(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# statusb's fix from invented80's first run: a routine reached (已实现常态化, 实现常态长效) is recurring work going on, not
# the task finished (实现 reads as a completion elsewhere) — on pace before the year's end
ROUTINE = [
    ("常态化开展安全生产大排查大整治", "排查整治工作已实现常态化，上半年共排查企业420家。", MID_YEAR, "on_track"),
    ("常态化推进河湖“清四乱”", "河湖“清四乱”工作已实现常态长效，上半年清理问题点位36处。", MID_YEAR, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", ROUTINE, ids=[f"{t}→{p}@{d}" for t, p, d, _ in ROUTINE])
def test_a_routine_reached_goes_on(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# statusb's fix from invented80's first run: a share of the works' whole (占工程总量的40%, 完成工程总量的48%) is the works'
# stated completion (words.toml progress.stated_share_of: 工程, 总工程), not the works done beside 已完成; in one
# sentence beside another part's figure it answers the one part no figure answers (StatedRate._one_part)
WORKS_SHARE = [
    ("完成城北片区燃气管网改造工程", "已完成燃气管道敷设6公里，占工程总量的40%。", date(2020, 9, 30), "behind"),
    ("完成滨江路综合管廊工程", "管廊主体已完成工程总量的48%。", MID_YEAR, "on_track"),
    ("完成乡村供水改造工程，受益人口3万人", "工程完成主管网铺设40公里，占总工程量的80%，受益人口1.1万人。", date(2020, 9, 30),
     "seriously_behind"),
]


@pytest.mark.parametrize("task,progress,as_of,status", WORKS_SHARE, ids=[f"{t}→{p}@{d}" for t, p, d, _ in WORKS_SHARE])
def test_a_share_of_the_works(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# statusb's invented81 first run (engine 0a178a2), the held-out check after the fixes from invented80, left unfixed, and
# invented80's one miss left outside the labels' alternatives; each in other words and checked to miss as the set did:
# adopted with the issue after a step of approval (履行报批程序，随后印发: IssuePending's words hold no 报批) read as issued;
# adopted in principle with a higher review to come (还要…审定后才能发布) at the year's end read as concrete work on pace; a
# trial run done then the facility running from a dated day without 已 (12月20日起正式投入运行) read as its works short of
# the deadline (mended since: 投入运行 is in use, now a case of PUT_INTO_OPERATION below); coverage and routine together (实现全覆盖和常态化) read as the whole done; a recurring task's year's work
# all done (年度各项工作任务全面完成) read as part done; a share of the works in words (工程总量的四成) beside the rest under
# way read as the rest to come on pace (mended since: words.toml task.whole_noun 总量, now a case in
# tests/test_status_year_beside_total.py); items all surveyed and their plans published (入户调查, 方案公示) read as the items
# done on pace; parks all surveyed (已全部完成排查) with the plans being drafted read as the parks done; a total first
# with 全部完成 after it (任务共12座，现已全部完成改造) read as part done
KNOWN_MISSES_81 = [
    miss(("出台促进文旅融合发展若干措施", "《若干措施》已经区政府常务会议审议通过，目前正在履行报批程序，随后印发。", date(2020, 9, 30)),
     "on_track",
         "adopted with its issue to follow one more step of approval is read as issued"),
    miss(("修订区级专项资金管理办法", "修订稿在区长办公会上获原则通过，还要提交区委常委会审定后才能发布。", date(2020, 12, 31)), "behind",
         "adopted in principle with a higher body's review still to come at the year's end is read as concrete work on pace"),
    miss(("常态化开展“企业服务日”活动", "“企业服务日”活动现已实现镇街全覆盖和常态化，上半年走访企业320家。", MID_YEAR), "on_track",
         "coverage and routine said reached together are read as the whole task done"),
    miss(("常态化开展背街小巷“周末清扫”行动", "清扫行动全年坚持常态化开展，年度各项工作任务全面完成。", date(2020, 12, 31)),
     "completed",
         "a recurring task's year of work said all done is read as part done"),
    miss(("完成农村危旧桥梁改造12座", "今年危桥改造任务共12座，目前已全部改造完成并通过交工验收。", date(2020, 11, 30)), "completed",
         "the year's total stated first with all of it done after is read as part done"),
    # invented82's first run (engine 94ba03d), the last held-out check of this stop, left unfixed: energising and its tests
    # done (完成送电调试) then 正式投入运行 without 已 at the year's end read as the works short of the deadline (mended
    # since, as above: a case of PUT_INTO_OPERATION); a survey
    # named with a modifier (现场排查, no preparatory object right after 完成) beside the plan drawn read as the items done
    miss(("完成老旧街巷整治24条", "24条街巷已全部完成现场排查和整治方案编制，11月起陆续进场。", date(2020, 9, 30)), "behind",
         "a survey with a word before it beside the plans drawn is read as the items done"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_81)
def test_known_misses_81(given, expected):
    assert judge(*given).status == expected


# invented84's first run (engine 866c1ce, statusd's held-out check after its stage-word, past-lag and finished-in-use
# fixes), left unfixed, in other words, each checked to miss as its set's row did: every item said done and accepted at
# the year's end, its count written as N个村的 (the village count unmatched to 行政村), read as part done past the
# deadline; a platform's software done beside its devices still being bought and no joint test, at 30 November, read
# as on pace by the clause done; one building of two with its main works at the top floor (施工至四层（共四层）) at
# 30 November read on the stage as on pace; a seasonal share a few points over the pace read as ahead; a coverage
# count a point or two under the pace read as behind
KNOWN_MISSES_84 = [
    miss(("年内建成城市智慧照明管控平台并上线运行", "软件平台开发工作已经完成，配套硬件正在采购中，联调测试还没有开始。",
      date(2020, 11, 30)), "behind",
         "a platform's software done beside its devices still being bought and no joint test, late in November, read on pace"),
    # (audit, the same phenomenon in other words) the system's software done beside its devices still being bought and
    # no joint test, read as the platform itself done (completed, SubTargets)
    miss(("年内建成城市智慧照明管控平台并上线运行", "系统软件已开发完成，终端设备还在采购，联调工作未开展。",
      date(2020, 11, 30)), "behind",
         "a system's software done beside devices still being bought and no joint test is read as the platform itself done"),
    miss(("年内新建2所乡镇敬老院", "东岭敬老院已完工，西岭敬老院主体施工至四层（共四层）。", date(2020, 11, 30)), "behind",
         "one building of two with its main structure at the top floor late in November is read on the stage as on pace"),
    miss(("全年完成退化林修复2万亩", "春季修复任务已结束，累计完成1.2万亩，秋季修复正在备苗。", MID_YEAR), "on_track",
         "a seasonal share a few points over the pace is read as ahead"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_84)
def test_known_misses_84(given, expected):
    assert judge(*given).status == expected


# statusb's fix after invented81's first run (its two rows below and invented68's known miss, in other words; invented81 is
# no longer held out for it): a figure's clause whose every finishing word finishes a preparatory object (已全部完成排查,
# 均已完成入户调查和…方案公示; 排查 alone, not 排查整治, rules._SURVEY_ONLY) counts items prepared, not done — and a
# plan's publication (公示) is no recognition pending
SURVEYED_ONLY = [
    ("完成雨污分流改造小区24个", "24个小区已全部完成排查和设计，施工队伍拟于11月进场。", date(2020, 9, 30), "behind"),
    ("完成老旧小区改造22个", "22个小区均已完成入户调查和改造方案公示，计划11月集中进场。", date(2020, 9, 30), "behind"),
    ("完成“污水零直排区”创建工业园区3个", "3个工业园区已全部完成排查，目前正在编制整治方案。", MID_YEAR, "behind"),
    # the work itself done after the survey is done
    ("完成“污水零直排区”创建工业园区3个", "3个工业园区已全部完成排查整治并通过验收。", date(2020, 9, 30), "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,status", SURVEYED_ONLY,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _ in SURVEYED_ONLY])
def test_items_surveyed_are_prepared(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# statusb's fix from invented88's first run: a clause that plans or forecasts a step of the works themselves (设备安装
# 预计…完成, 计划…通水调试, 预计…竣工) beside a component said finished (厂房已建成, 土建已完工) is the works going on, not
# the task done — on pace before the deadline, behind once it has passed (rules.WorksForecast); a task that is itself a
# step of the works (完成主体结顶) keeps its completion when later steps are planned
WORKS_FORECAST = [
    ("建成城东垃圾中转站", "站房已建成，压缩设备安装预计11月完成。", date(2020, 10, 31), "on_track"),
    ("完成区农产品冷链物流中心建设", "冷库库房已建成，制冷机组预计下月安装调试。", date(2020, 9, 30), "on_track"),
    ("建成镇污水处理站", "站房已建成，配套管网计划11月底前完工。", date(2020, 10, 31), "on_track"),
    ("完成城西粮食储备库建设", "仓房已建成，附属设施预计明年3月完工。", date(2020, 12, 31), "behind"),
    ("建成区残疾人康复中心", "中心土建工程已完工，内部设备采购预计10月完成安装调试。", date(2020, 9, 30), "on_track"),
    ("完成区体育馆主体结顶", "主体已结顶，计划10月开始装修。", date(2020, 9, 30), "completed"),
    ("建成区图书馆新馆", "新馆已建成并通过竣工验收，计划10月对外开放。", date(2020, 9, 30), "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,status", WORKS_FORECAST,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _ in WORKS_FORECAST])
def test_a_forecast_step_of_the_works_is_no_completion(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# statusb's fix from invented88's first run: a part of the whole written as 全市N个X中已有M个 beside a finishing verb, on a
# task with no figure, is the part's completion against 序时进度, not the whole done; the rest all under way keeps it on
# pace before the deadline (rule question 4); the whole reached is done
PART_OF_WHOLE_DONE = [
    ("完成全区老旧楼道照明改造", "全区420个老旧楼道中已有180个完成照明改造。", MID_YEAR, "behind"),
    ("完成全区老旧楼道照明改造", "全区420个老旧楼道中已有215个完成照明改造。", MID_YEAR, "on_track"),
    ("年内完成全县中小学校园安防设施升级", "全县86所中小学中已有52所完成安防设施升级，其余正在施工。", date(2020, 9, 30),
     "on_track"),
    ("年内完成全县中小学校园安防设施升级", "全县86所中小学中已有52所完成安防设施升级，其余正在施工。", date(2020, 12, 31),
     "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,status", PART_OF_WHOLE_DONE,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _ in PART_OF_WHOLE_DONE])
def test_a_part_of_the_whole_done_is_no_completion(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# invented88's first run (engine 2cbbc70), left as they are, each in other words and checked to miss as its row did: the
# labels read the works later than the stage ladder's first_step_late threshold (74% of the year) does — a building to
# be finished at the year's end with its base done and its ground-floor structure going on at the end of August, and a
# pipe length for the year's end whose builders came on site late in August, both read as on pace
KNOWN_MISSES_88 = [
    miss(("年内建成区第三人民医院住院楼", "地基与基础已全部施工完毕，底层主体结构正在浇筑。", date(2020, 8, 31)), "behind",
         "a building due at the year's end, its base done and its ground-floor structure going on at the end of August, read on pace"),
    miss(("年底前完成城区燃气老旧立管更新90公里", "施工招标已结束，中标单位8月下旬进场施工。", date(2020, 8, 31)), "behind",
         "a length of works due at the year's end whose builders came on site only late in August is read on pace"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_88)
def test_known_misses_88(given, expected):
    assert judge(*given).status == expected


# statusA's fix after invented83/85's first runs (their rows in other words): a clause that only says the work is being
# pushed on (项目正在推进中, 工程正在加快推进: words.toml [report.pushed_on]) is no stage beside a clause that reports one,
# like a unit's claim of normal progress; settling the land (协调用地, 用地指标) and asking residents' views (征求) are
# preparation; 施工 naming the works' plan (施工方案, 施工组织设计) is no work under way; 慢于计划 says the work is behind.
# Guards: the pushed-on clause alone, or beside works under way, stays on pace; faster than planned is no lag.
PUSHED_ON_AND_PREPARATION = [
    ("年内建成区便民服务中心", "工程正在积极推进，目前正在办理用地手续。", date(2020, 9, 30), "behind"),
    ("年内建成镇级垃圾中转站", "项目正在加快推进，现阶段正在协调用地指标。", date(2020, 8, 31), "behind"),
    ("年内完成区污水泵站改造", "泵站改造已完成施工招标，施工组织设计仍在审查，施工队伍尚未进场。", date(2020, 8, 31), "behind"),
    ("年内完成城北片区道路提升工程", "工程总体平稳，管线迁移施工进度慢于计划。", date(2020, 8, 31), "behind"),
    ("完成老旧小区改造10个", "已完工4个，3个正在施工，3个还在征求业主意见。", date(2020, 9, 30), "behind"),
    # invented60's known miss (KNOWN_MISSES until this fix), mended by the same word
    ("完成老旧小区加装电梯40台", "已完工17台，另有14台在施工，9台尚在征求意见。", date(2020, 10, 31), "behind"),
    # guards
    ("年内建成镇级垃圾中转站", "项目正在推进中。", date(2020, 9, 30), "on_track"),
    ("年内建成镇级垃圾中转站", "项目正在推进中，主体结构已封顶。", date(2020, 9, 30), "on_track"),
    ("年内完成区污水泵站改造", "已按施工方案进场施工，正在进行设备基础浇筑。", date(2020, 8, 31), "on_track"),
    ("年内完成城北片区道路提升工程", "工程总体平稳，管线迁移施工进度快于计划。", date(2020, 8, 31), "on_track"),
    ("完成老旧小区改造10个", "已完工4个，6个正在施工。", MID_YEAR, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", PUSHED_ON_AND_PREPARATION,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _ in PUSHED_ON_AND_PREPARATION])
def test_pushed_on_is_no_stage_beside_preparation(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# invented89's first run (engine 0a12b6f), the held-out check after the fixes from invented88, left unfixed, each in other
# words and checked to miss as its row did: only a plan to carry the work out later in the year, nothing done, at 30
# September read as unclear (the label: not begun); a purchase tendered with delivery forecast, beside a building
# accepted, read as the purchase still in preparation (behind); every terminal installed with the joint test forecast, on
# a coverage task, read as unclear; one instalment paid with the next scheduled later in the year read as unclear; a count
# of flats whose buildings stand at their first floor and foundations at 30 September read as on pace (mended:
# tests/test_status_items_works_late.py)
KNOWN_MISSES_89 = [
    # (only a plan to do the work later in the year read as unclear: mended by statusy's start forecast only, stop 40 —
    # tests/test_status_forecast_start_only.py)
    miss(("完成区急救中心业务楼建设和急救车辆购置", "业务楼已通过竣工验收；急救车辆已完成采购招标，预计12月交付。", date(2020, 9, 30)),
     "on_track",
         "a purchase tendered with delivery forecast, beside a building accepted, is read as the purchase still in preparation"),
    miss(("实现全镇村级便民服务站视频会议系统全覆盖", "各村终端设备已全部安装完毕，系统联调预计11月完成。", date(2020, 9, 30)),
     "on_track",
         "every terminal installed with the joint test forecast, on a coverage task, is read as unclear"),
    miss(("完成高龄津贴年度发放", "上半年津贴已足额发放，下半年津贴将于12月发放。", date(2020, 9, 30)), "on_track",
         "one instalment paid with the next scheduled later in the year is read as unclear"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_89)
def test_known_misses_89(given, expected):
    assert judge(*given).status == expected


# statusA's fix after invented83/85's first runs (their rows in other words): for a task to survey and put right what the
# survey finds (排查整治), the survey said done is its first step, not the task (WholeStatement and the clause's stage), and
# what the survey found with how much of it is put right, in one unit, is the completion (rules.FoundAndFixed; over the
# pace on pace, what was found being no year's plan).  Guards: the survey and the works said done, a task that is only a
# survey, everything found put right.
SURVEY_THEN_REMEDY = [
    ("完成全区餐饮场所燃气安全隐患排查整治", "排查已全面结束，共发现隐患点位240处，已整改完成96处。", date(2020, 8, 31), "behind"),
    ("完成辖区危旧房屋隐患排查整治", "排查工作已经全部完成。", date(2020, 7, 31), "on_track"),
    ("完成辖区危旧房屋隐患排查整治", "房屋排查已全面完成，整改工作正在进行。", date(2020, 9, 30), "on_track"),
    ("完成全区餐饮场所燃气安全隐患排查整治", "共发现隐患50处，已整改40处，其余正在整改。", MID_YEAR, "on_track"),
    # guards
    ("完成辖区危旧房屋隐患排查整治", "排查整治工作已全部完成。", date(2020, 9, 30), "completed"),
    ("完成辖区危旧房屋隐患排查", "房屋排查已全面完成。", date(2020, 9, 30), "completed"),
    ("完成全区餐饮场所燃气安全隐患排查整治", "共排查出隐患80处，已整改80处。", date(2020, 9, 30), "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,status", SURVEY_THEN_REMEDY,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _ in SURVEY_THEN_REMEDY])
def test_survey_done_is_the_first_step_of_survey_and_remedy(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# statusA's fixes after invented83/86/87's first runs (their rows in other words): for a 全覆盖 task, the whole counted
# after a word of the whole area or a register (全县, 辖区登记: words.toml [report.whole_lead]) and then the part already
# reached in the same unit is the coverage (OwnWorkload); the date of the result put back (投用时间推迟, 原定…的计划推迟:
# pace.subject, behind_statement) is a lag; the rest waiting for other works before its own (须待…完成后施工:
# intention.pending_result) is not under way.  Guards: the whole reached, the date brought forward, the rest under way.
COVERAGE_POSTPONED_WAITING = [
    ("年内实现全镇行政村垃圾分类全覆盖", "全镇28个行政村已有17个推行垃圾分类。", date(2020, 9, 30), "behind"),
    ("年内实现社区困难老人紧急呼叫设备安装全覆盖", "辖区在册困难老人152户，已安装紧急呼叫设备97户。", date(2020, 10, 31),
     "behind"),
    ("年内建成投用区档案查询服务中心", "查询中心装修已结束，启用时间推迟至明年春节后。", date(2020, 10, 31), "behind"),
    ("年内建成投用县政务数据共享平台", "平台主体功能开发完毕，正在进行部门数据接入，原定8月试运行的计划推迟。", date(2020, 9, 30),
     "behind"),
    ("完成镇区主干道路面改造4.2公里", "已完成路面改造2.6公里，剩余路段需待燃气管道迁移完成后施工。", date(2020, 10, 31), "behind"),
    # guards
    ("年内实现全镇行政村垃圾分类全覆盖", "全镇28个行政村已有28个推行垃圾分类。", date(2020, 9, 30), "completed"),
    # (at 31 July: before two-thirds of the time the rest under way holds a length short of the pace; from 31 August,
    # measure_rest_late, the figure decides: tests/test_status_measure_rest_late.py)
    ("完成镇区主干道路面改造4.2公里", "已完成路面改造2.0公里，剩余路段正在施工。", date(2020, 7, 31), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", COVERAGE_POSTPONED_WAITING,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _ in COVERAGE_POSTPONED_WAITING])
def test_coverage_whole_first_date_put_back_rest_waiting(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# statusb's fix from invented90's first run: a completed verdict not on figures beside a live clause that says the
# equipment is still being bought or has not arrived (终端尚在采购, 设备尚未到货), or, on a task of use, that the result is
# not yet in service (尚未投入使用), is no completion — on pace before the deadline, behind after (rules.NotYetInPlace);
# a task with no use to reach keeps 建成 whatever follows, and a count reached is done whatever is still bought
NOT_YET_IN_PLACE = [
    # (audit: two rows that kept invented90's row's first clause, reworded; each still fails before 12bc108)
    ("建成区智慧养老服务平台", "养老平台的系统软件已开发完成，入户智能设备还在采购。", date(2020, 10, 31), "on_track"),
    ("建成区智慧养老服务平台", "系统软件已开发完成，入户呼叫设备尚在采购。", date(2020, 12, 31), "behind"),
    ("建成投用区智慧停车平台", "停车平台软件已建成，尚未投入使用。", date(2020, 9, 30), "on_track"),
    ("建成区政务服务系统", "系统已建成，尚未投入使用。", date(2020, 9, 30), "completed"),
    ("完成老旧小区改造10个", "已完成改造10个，部分小区充电设施正在采购。", date(2020, 9, 30), "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,status", NOT_YET_IN_PLACE,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _ in NOT_YET_IN_PLACE])
def test_a_part_done_while_equipment_is_bought_is_no_completion(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# invented90's first run (engine 0a04432), the held-out check after the fixes from invented88-89, its other misses left
# unfixed, each in other words and checked to miss as its row did: seasonal planting with the spring's share done and
# the autumn's planned for the coming month read by its figure as behind (the label: on pace for seasonal work); a task
# of drawing up plans with every plan in draft and out for comment late in the year read as behind
KNOWN_MISSES_90 = [
    miss(("完成植树造林2000亩", "春季植树1300亩已完成，冬季植树定于11月下旬开始。", date(2020, 10, 31)), "on_track",
         "seasonal planting with one season's share done and the next planned for the coming month is read by its figure as behind"),
    miss(("完成社区发展规划编制8个", "8个社区规划初稿已全部形成，正在公开征求居民意见。", date(2020, 10, 31)), "on_track",
         "plans to draw up, every one in draft and out for comment late in the year, are read as behind"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_90)
def test_known_misses_90(given, expected):
    assert judge(*given).status == expected


# statusb, after statusA's FoundAndFixed met invented90's row (the survey done, what it found partly put right and the
# rest being put right, short of the pace at 31 October, read as behind): the rest all under way keeps it on pace before
# the deadline (rule question 4), as for items; after the deadline, or with no word of the rest, the share decides
REMEDY_REST_UNDER_WAY = [
    ("完成全区沿街店招店牌安全隐患排查整治", "共排查出隐患店招120块，已整治完成80块，其余40块正在整治。", date(2020, 10, 31),
     "on_track"),
    ("完成全区沿街店招店牌安全隐患排查整治", "共排查出隐患店招120块，已整治完成80块。", date(2020, 10, 31), "behind"),
    ("完成全区沿街店招店牌安全隐患排查整治", "共排查出隐患店招120块，已整治完成80块，其余40块正在整治。", date(2020, 12, 31),
     "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,status", REMEDY_REST_UNDER_WAY,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _ in REMEDY_REST_UNDER_WAY])
def test_the_rest_being_put_right_keeps_pace(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# statusA's fix after invented87's first run (its row in other words): only some of the work called off (部分…取消,
# 个别…取消: words.toml [report.only_some]) is no cancellation of the task; the count done decides.  Guard: the event
# itself called off.
ONLY_SOME_CALLED_OFF = [
    ("开展全民阅读推广活动40场", "已开展阅读推广活动24场，一些现场活动取消。", date(2020, 10, 31), "behind"),
    ("开展送戏下乡80场", "已演出35场，个别送戏下乡演出因天气原因取消。", date(2020, 9, 30), "behind"),
    # guard
    ("举办全民健身运动会", "受疫情影响，今年运动会取消。", date(2020, 9, 30), "not_started"),
]


@pytest.mark.parametrize("task,progress,as_of,status", ONLY_SOME_CALLED_OFF,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _ in ONLY_SOME_CALLED_OFF])
def test_only_some_called_off_is_no_cancellation(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# invented83, 85, 86 and 87's first runs (statusA; engines da1c650 and eec6e20), the misses left after statusA's fixes,
# each in other words and checked to miss as its row did: (equipment bought with the first third being installed and
# none finished at 30 September read as under way on pace, and builders entering in September with no section
# finished, on an area target, read as under way: both mended, tests/test_status_items_works_late.py); (projects signed short of a target of bringing in, some begun, read on the begun ones
# as seriously behind (the label: signing is bringing in, behind): mended, tests/test_status_leftovers_127_128.py); (firms entered in the register short of the count,
# beside others awaiting review, read as pending on pace: mended, tests/test_status_pending_counts.py); (homes finished short beside a larger count begun, the finished
# among the begun, read as the rest under way: mended, FINISHED_AMONG_BEGUN); (an area short of the pace beside the rest said under way, read on pace: mended,
# tests/test_status_measure_rest_late.py); (a first batch recognised short beside a
# second under review read as work partly done on pace: mended, tests/test_status_pending_counts.py); a fit-out finished with the kitchen's equipment being bought and
# the licence not sought late in November read as on pace (the label behind; on pace its alt_status)
KNOWN_MISSES_83_87 = [
    miss(("年内建成社区老年食堂1个", "食堂装修已完工，厨房设备正在采购，食品经营许可尚未办理。", date(2020, 11, 30)), "behind",
         "a fit-out finished with its equipment still being bought and its licence not sought, late in November, is read on pace"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_83_87)
def test_known_misses_83_87(given, expected):
    assert judge(*given).status == expected


# statusb's fix from invented91's first run: 两成 is a share in tenths like 三成 (完成年度治理任务的两成 → 20%), not the
# year's task said done
TWO_TENTHS = [
    # (audit: the row was invented91's own, a held-out row; reworded, it still fails before e1d16f2)
    ("完成中小河流治理60公里", "目前完成年度治理任务的两成。", MID_YEAR, "seriously_behind"),
    ("完成中小河流治理60公里", "已完成全年任务的两成左右。", date(2020, 3, 31), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", TWO_TENTHS, ids=[f"{t}→{p}@{d}" for t, p, d, _ in TWO_TENTHS])
def test_two_tenths_is_a_share(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# invented91's first run (engine e1e7701), the last held-out check of this stop, its other misses left unfixed, each in
# other words and checked to miss as its row did: items to build by stage with one not begun at mid-year, the done share
# on pace, read as on pace; a start target of two with one started and the other still in land clearing at mid-year read
# as on pace; every site's devices installed with the system still being developed and the joint test forecast read as
# the whole done (a forecast beside it)
KNOWN_MISSES_91 = [
    miss(("建成乡镇客运站6个", "3个已建成投用，2个正在施工，1个尚未开工。", MID_YEAR), "behind",
         "items with one not begun at mid-year, the done share on pace, are read as on pace"),
    miss(("开工建设城市快速路2条", "1条已于5月开工，另1条正在进行征地拆迁。", MID_YEAR), "behind",
         "a start target of two with one started and the other still clearing land at mid-year is read as on pace"),
    miss(("完成5个高速收费站智慧化改造", "5个收费站前端设备均已安装到位，管理系统正在开发，预计11月联调。", MID_YEAR), "on_track",
         "every site's devices installed with the system still being developed and its joint test forecast read as the whole done"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_91)
def test_known_misses_91(given, expected):
    assert judge(*given).status == expected


# statusA's fix after invented83's first run (its row in other words): a count begun before the done one in its sentence,
# with no 另 (已开工130户，已竣工70户), holds the done ones — the finished among the begun, as a count applied for holds
# those recognised — so only the begun and unfinished are under way beside them (rules.judge_indicator).  Guards: the
# begun after the done (已竣工…，已开工…) or with 另 are beside them; every item begun keeps the task on pace; 其中 is
# taken off once.
FINISHED_AMONG_BEGUN = [
    ("全年完成农村困难群众危房改造150户", "已开工130户，已竣工70户。", date(2020, 9, 30), "behind"),
    ("年内完成农村公厕改建80座", "已动工改建68座，完工39座。", date(2020, 10, 31), "behind"),
    # guards
    ("全年完成农村困难群众危房改造150户", "已竣工70户，另有80户已开工。", date(2020, 9, 30), "on_track"),
    ("全年完成农村困难群众危房改造150户", "已开工150户，已竣工70户。", date(2020, 9, 30), "on_track"),
    ("全年完成农村困难群众危房改造150户", "已开工150户，其中竣工70户。", date(2020, 9, 30), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", FINISHED_AMONG_BEGUN,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _ in FINISHED_AMONG_BEGUN])
def test_finished_among_begun_are_not_beside_them(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# statusD's fix from invented92's first run (its row in other words): a task's own deadline passed (to start or to
# finish) and the part named with nothing begun — not begun in words, or only its preparation (方案, 施工图, 审批) — is
# missed outright, seriously behind, also when SubTargets judges the part by the clause naming it (rule question 19).
# Guards: before the deadline it is behind; a task whose product is itself a plan or a written rule (规划编制, 实施细则)
# has its draft and consultation as that work begun, so a later step still ahead is behind (rule question 18).
NOTHING_BEGUN_BY_PART = [
    ("5月底前启动城区停车场智慧化改造", "城区停车场智慧化改造至今未启动，正在重新比选技术方案。", date(2020, 6, 30),
     "seriously_behind"),
    ("4月底前开工建设镇卫生院综合楼", "镇卫生院综合楼尚未开工，施工图正在审查。", date(2020, 6, 30), "seriously_behind"),
    ("上半年完成社区服务中心改造", "社区服务中心改造尚未实施，目前正在办理审批手续。", date(2020, 9, 30), "seriously_behind"),
    # guards
    ("9月底前启动城区停车场智慧化改造", "城区停车场智慧化改造至今未启动，正在重新比选技术方案。", date(2020, 6, 30), "behind"),
    ("6月底前完成片区更新规划编制并报区政府审批", "规划草案已形成，正在征求部门意见，尚未报审。", date(2020, 8, 31), "behind"),
    ("6月底前完成街道财务管理办法修订", "管理办法修订稿已形成，正在征求各社区意见。", date(2020, 7, 31), "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,status", NOTHING_BEGUN_BY_PART,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _ in NOTHING_BEGUN_BY_PART])
def test_a_part_with_nothing_begun_after_its_deadline_is_missed_outright(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# statusD's fix from invented93's first run: a verb whose only object is the task itself (已部署相关工作, 已开展各项工作)
# is no concrete work — the 已 before it no more than the verb — so a process task with nothing else is unclear
# (docs/status-rules.md: process verbs alone).  Guard: concrete work beside it keeps the task on pace.
RESTATED_WORK = [
    ("推进智慧养老服务体系建设", "已部署相关工作。", date(2020, 9, 30), "unclear"),
    ("深化农村综合改革", "已开展各项工作。", date(2020, 9, 30), "unclear"),
    ("深化农村综合改革", "已开展相关工作，召开改革推进会2次，出台实施方案1个。", date(2020, 9, 30), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", RESTATED_WORK,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _ in RESTATED_WORK])
def test_the_task_restated_after_already_is_no_concrete_work(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# invented92-94's first run (engine 80a10f7), statusD, its one other miss left unfixed, in other words and checked to
# miss as its row did: a count-taking whose preparatory steps (areas drawn, enumerators trained) are all finished and
# whose main work begins on a date after the report read as the whole done (the label: on pace).
KNOWN_MISSES_92_94 = [
    miss(("完成全市第五次经济普查清查工作", "普查小区划分已完成，普查指导员培训全部结束，清查工作定于10月15日全面开展。",
      date(2020, 9, 30)), "on_track",
         "a count-taking whose preparatory steps are all finished and whose main work begins on a later date is read as done"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_92_94)
def test_known_misses_92_94(given, expected):
    assert judge(*given).status == expected


# statusD, found while writing guards for invented92's row (a written rule to revise): a draft of the document done
# (征求意见稿已完成, 初稿已完成) on a task to issue it is the work under way, not the document issued (rules._clause_stage,
# WholeStatement's lone clause; words.toml stage.plan_draft).  Guards: the document issued completes it; a plan's own
# compiling finished still does.
DRAFT_IS_NOT_THE_DOCUMENT = [
    ("出台促进夜间经济发展实施意见", "实施意见征求意见稿已完成，正在征求各部门意见。", MID_YEAR, "on_track"),
    ("制定出台社区工作者管理办法", "管理办法初稿已完成。", MID_YEAR, "on_track"),
    ("出台人才安居实施办法", "《人才安居实施办法（征求意见稿）》已完成起草，正在征求意见。", MID_YEAR, "on_track"),
    # guards
    ("出台促进夜间经济发展实施意见", "实施意见已于5月正式印发。", MID_YEAR, "completed"),
    ("完成片区控制性详细规划编制", "规划成果已编制完成，已报区政府审批。", MID_YEAR, "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,status", DRAFT_IS_NOT_THE_DOCUMENT,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _ in DRAFT_IS_NOT_THE_DOCUMENT])
def test_a_draft_done_is_not_the_document_issued(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# At the year's end a task to issue a document with only its draft done is behind: a task to issue (出台, 印发) is held
# to its passed deadline as a result verb's task is (statusb; before, it read on pace; tests/test_status_issue_due.py).
def test_a_document_only_drafted_at_the_years_end_is_behind():
    assert judge("制定出台社区工作者管理办法", "管理办法初稿已完成，尚未印发。", date(2020, 12, 31)).status == "behind"


# statusD: a part of the year before a document's verb (上半年制定…, 上半年编制…, 一季度修订…) is the task's deadline as before
# 完成 or 出台 (words.toml time.period_result_verb): the pace runs to it, so past it the draft still in hand is behind.
PERIOD_BEFORE_A_DOCUMENT_VERB = [
    ("上半年编制全区养老服务设施布局规划", "规划初稿已形成，正在征求部门意见。"),
    ("上半年制定出台城市更新实施细则", "细则正在起草。"),
    ("一季度修订完善区级应急预案", "应急预案修订稿已形成，正在组织专家评审。"),
]


@pytest.mark.parametrize("task,progress", PERIOD_BEFORE_A_DOCUMENT_VERB,
                         ids=[f"{t}→{p}" for t, p in PERIOD_BEFORE_A_DOCUMENT_VERB])
def test_a_part_of_the_year_before_a_document_verb_is_the_deadline(task, progress):
    assert judge(task, progress, date(2020, 7, 31)).expected_pct == 100.0


def test_a_rule_still_drafted_past_its_period_is_behind():
    assert judge("上半年制定出台城市更新实施细则", "细则正在起草。", date(2020, 7, 31)).status == "behind"


# A plan or a revised document still in draft past its own date is behind: a task making a paper (编制, 修订: words.toml
# status.paper_verb) is due as one issuing it is (statusd, stop 66; a strict xfail before).
@pytest.mark.parametrize("task,progress", [PERIOD_BEFORE_A_DOCUMENT_VERB[0], PERIOD_BEFORE_A_DOCUMENT_VERB[2]])
def test_a_plan_still_drafted_past_its_period_is_behind(task, progress):
    assert judge(task, progress, date(2020, 7, 31)).status == "behind"


# statusb's fixes from the first runs of invented100–103 (each row here in other words than the set's):
# - a document drafted (起草完成, words.toml stage.plan_draft) for a task to issue it is a draft, not the document —
#   on pace before the deadline;
# - a task to finish a design (or other preparation) and then start or build (…设计并开工) is no task of preparation
#   alone: the design done with the works not begun past the deadline is seriously behind (rule question 19);
# - a task with no figure of its own whose reply opens by saying its object issued, opened or set up, no clause still
#   going on, is done however the figures after it count what the thing has done since (WholeStatement, _opens_done);
# - a road's surface laid (沥青, a step short of the result) with the road opened again to traffic (通车, words.toml
#   completion.result_reached) is the result reached.
FIRST_RUNS_100_103 = [
    ("制定出台促进夜间经济发展实施意见", "实施意见已起草完成，正在征求部门意见。", date(2020, 7, 31), "on_track"),
    ("制定出台促进夜间经济发展实施意见", "实施意见已起草完成，正在征求部门意见。", date(2020, 12, 31), "behind"),
    ("7月底前完成城北污水管网改造方案设计并开工", "设计方案已经审定，施工招标尚在进行，尚未进场施工。", date(2020, 9, 30),
     "seriously_behind"),
    ("出台稳外贸“十二条”", "政策已于5月正式印发，已为外贸企业兑现补助资金1200万元。", MID_YEAR, "completed"),
    ("组建区文化旅游投资公司", "公司已于3月挂牌成立，注册资本5亿元。", MID_YEAR, "completed"),
    ("建成区级网格化管理平台", "平台已于4月上线运行，累计受理事件8600件。", MID_YEAR, "completed"),
    ("建成区级网格化管理平台", "平台已于4月上线试运行，正在完善功能模块，累计受理事件8600件。", MID_YEAR, "on_track"),
    ("完成主干道“白改黑”改造4条", "4条主干道已全部完成沥青罩面并恢复通车。", MID_YEAR, "completed"),
    ("建成投用城东停车楼", "停车楼沥青面层铺设已完成，计划下月通车。", MID_YEAR, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", FIRST_RUNS_100_103,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _ in FIRST_RUNS_100_103])
def test_first_runs_100_to_103(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# Left open: the same design-and-start task past its start deadline, when the reply's clause names the task's own
# design (its words close to the task's), is read through the task's one part — the design done or going on counts as
# the part's work under way, behind rather than missed outright.
@pytest.mark.xfail(strict=True, reason="a design-and-start task past its start deadline, its own design named as done "
                                       "and the works at tender, reads behind through its one part")
def test_a_design_and_start_task_with_its_own_design_named_is_seriously_behind():
    a = judge("7月底前完成城北污水管网改造方案设计并开工", "改造方案设计已通过专家评审，施工单位尚在招标。", date(2020, 9, 30))
    assert a.status == "seriously_behind"


# invented104's first run (engine cc3af52, statusb's held-out check after the fixes from invented100–103), left
# unfitted: 15 of 16.  Its one miss, in other words: firms only entered in a cultivation pool, written after those
# added with 另有, are summed with them as the count — under half the pace read as behind, and not flagged.
@pytest.mark.xfail(strict=True, reason="firms only entered in a cultivation pool beside those added are summed with "
                                       "them, so a count under half the pace reads behind")
def test_a_cultivation_pool_beside_the_count_is_not_added():
    assert judge("新增规上服务业企业40家", "新增规上服务业企业12家，另有9家已纳入培育库。",
                 date(2020, 9, 30)).status == "seriously_behind"


@pytest.mark.parametrize("goal", vocab.words("status.coverage_goal"))
def test_every_word_of_the_coverage_goal_reads_a_part_of_the_whole_as_the_coverage(goal):
    # words.toml status.coverage_goal, one vocabulary for every rule: before, OwnWorkload and judge_clause asked for the
    # literal 全覆盖 while CoverageByCount asked the list, so a task written 全面覆盖 with a part of the whole reported
    # fell to unclear ("only a count").
    a = judge(f"实现全镇自然村卫生厕所改造{goal}", "全镇240个自然村中已有150个完成改厕。")
    assert (a.rule, a.completion_pct) == ("OwnWorkload", 62.5)


# holdout's held-out check of this stop (invented115–117, written blind to this stop's rules, judged once at 11:35 UTC
# on 2 December 2026, engine 667fa50): its misses, left unfixed on purpose — no rule was written from them.
# (Projects brought in counted by those building, not those signed, is mended by statusb's rule from invented127, its
# row in tests/test_status_leftovers_127_128.py MENDED_ELSEWHERE.)
# (Firms still being entered added to those entered is mended by statusb's fix from the pooled first runs, its row
# in other words in tests/test_status_pending_counts.py.)
KNOWN_MISSES_115 = [
    miss(("打造夜间经济示范街区2个", "某某路夜间经济街区已于9月开街运营，某某里街区改造工程已完成80%。", date(2020, 11, 30)), "behind",
         "one item open and the other's works at a share short of the late pace are read as partly done on pace"),
    miss(("完成区域内河道清淤12条", "12条河道清淤工程已全部完工，正在进行验收。", date(2020, 11, 30)), "completed",
         "works all finished with only their acceptance to come are read as a count on pace"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_115)
def test_known_misses_115(given, expected):
    assert judge(*given).status == expected


# holdout's held-out check of this stop (invented122–124, written blind to this stop's rules, judged once at 14:40 UTC
# on 2 December 2026, engine 7985109 with the labels of 38f337d): its misses, left unfixed on purpose — no rule was
# written from them.  (Firms newly entered, 新增入库, weighed as pending: mended by a reading written from invented126's
# first run, its row in tests/test_status_lag_masks.py.)
SEPT_30 = date(2020, 9, 30)
KNOWN_MISSES_122 = [
    miss(("新建5G基站300个，实现乡镇以上区域5G网络全覆盖。", "县工信局：已建成5G基站186个，超过序时进度，县城和8个乡镇驻地已实现5G信号覆盖。",
          MID_YEAR), "on_track", "a coverage still being reached beside a count over the pace is not weighed as a part"),
    miss(("完成高标准农田建设3.5万亩。", "县农业农村局：项目已完成招标，施工单位于4月进场，目前已完成土地平整1.2万亩，正在同步开展沟渠路配套施工。",
          MID_YEAR), "on_track", "works in full swing with one early step counted are read as an item not begun"),
    miss(("举办第三届某某茶文化旅游节。", "县文旅局：受疫情影响，原定4月中旬举办的茶文化旅游节推迟举办，目前正在制定线上线下结合的活动方案。",
          MID_YEAR), "behind", "an event put off past its planned month is read as ordinary preparation"),
    # (mended by statusb, stop 46: the breakdown's figure named as it answers the breakdown, rules/assigning._breakdown_named)
    (("引进亿元以上项目20个，其中10亿元以上项目3个。", "县投促中心：1-6月，新签约亿元以上项目11个，总投资56.3亿元，其中10亿元以上项目1个。",
      MID_YEAR), "behind"),
    miss(("推进智慧城市建设，区城市运行管理中心年内建成投用。", "区大数据局：城市运行管理中心平台软件开发已完成70%，指挥大厅装修尚未开始，硬件设备采购正在招标。",
          SEPT_30), "behind", "software partly written is taken for the centre's works under way though its hall is not begun"),
    # (two counts adding up to the whole beside 整治任务全部完成: mended by pagesfix, tests/test_status_done_reading.py
    # MENDED_XFAILS)
    # (mended by statusb, stop 48: the item left named in a clause of its own, its works going on, is the rest under way —
    # NAMED_REST)
    (("建成投用乡镇卫生院3家。", "2家已投用；某某镇卫生院正在进行内部装修。", SEPT_30), "on_track"),
    miss(("推进县职业中专扩容提升。", "18%（新校区用地报批尚未获批，严重滞后）", SEPT_30), "seriously_behind",
         "a page's own low percent and its word of grave delay are read as nothing begun"),
    miss(("新增城市书房5家。", "已建成开放5家。", SEPT_30), "completed",
         "every item built and opened is read as work partly done"),
    miss(("完成30个村农村生活污水治理。", "已完成25个村，剩余5个村正在进行管网铺设。", SEPT_30), "ahead",
         "a count well over the pace with the rest under way is held at on pace"),
    miss(("为全县60周岁以上老年人免费接种流感疫苗2万人次。", "疫苗已完成政府采购，接种工作将于10月中旬全面启动。", SEPT_30),
         "on_track", "a seasonal campaign ready to begin in its season is read as preparation late in the year"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_122)
def test_known_misses_122(given, expected):
    assert judge(*given).status == expected


# holdout's held-out check of stop 33 (invented129–131, written blind to this stop's rules, judged once at 18:39 UTC
# on 2 December 2026, engine b191fcf with its own labels): its misses, left unfixed on purpose — no rule was written
# from them.
JUNE_30_2021 = date(2021, 6, 30)
KNOWN_MISSES_129 = [
    miss(("新改建农村户用卫生厕所3000户。", "县农业农村局：已完成改厕3000户，正在组织县级验收。", SEPT_30), "completed",
         "the whole count done with its acceptance going on is read as on pace — the convention of invented128's and "
         "invented134's rows (works finished, acceptance in hand: on_track, alt completed) and of clauses._ACCEPTANCE_PENDING, "
         "which the engine keeps; this label (completed, alt on_track) departs from it, and the dev labels disagree "
         "(invented117/131 completed): a person should settle one convention before a rule is written"),
    miss(("完成城区主次干道“白改黑”提升改造12条。", "县住建局：已完成8条道路沥青摊铺，2条正在铣刨施工，其余2条计划10月进场。", SEPT_30),
         "behind", "8 of 12 surfaced with 2 not begun at 30 September is read on pace by its stage: 8条道路沥青摊铺 names "
         "roads, not the target's 主次干道, so no figure is placed, and 沥青摊铺 reads as a step of the works "
         "(judging._step_only); placing a breakdown whose counts add up to the target (8+2+2=12) moved a dev row "
         "(inv10-022) and was not landed"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_129)
def test_known_misses_129(given, expected):
    assert judge(*given).status == expected


# pages2 (pagesb, issue 11): 52 real published rows of non-scored governments, held out — labelled and landed (de47944)
# before the engine first judged them, judged once, no rule written from them.  Unlike the invented rows above, each
# case is the page's own row (task, progress, as-of date: bench/labels/status/pages2.json, a dev set); its misses at
# that first run, strict: a fix makes its case pass and the test fail.  (pg2-020, pg2-021, items named in the office's
# list of those not on pace: mended by statusx's rules.ItemsNamed, written from invented139–140; tests/test_status_items_named.py;
# pg2-036, the projects' 总投资 taken as the year's target: statusx's project size, tests/test_status_project_size.py.)
KNOWN_MISSES_PAGES2 = [
    miss(("困难残疾人生活补贴和重度残疾人护理补贴发放标准提高到每人每月55元", "困难残疾人生活补贴累计发放金额1.87亿元、累计发放人次292.48万人,重度残疾人护理补贴累计发放金额2.43亿元、累计发放人次424.2万人",
          date(2018, 6, 30)), "on_track",
         "pg2-007: a standard to raise answered only by payments made, the page saying time and task half done, read as completed"),
    miss(("为边远贫困地区农村教师建设1万套周转房", "已开工建设的农村教师周转房达9149套,大幅超过目标任务",
          date(2015, 9, 30)), "ahead",
         "pg2-016: a build count answered by units started over the pace, the page saying far ahead, read as on_track"),
    # pg2-017 (mended by statusc, stop 63: cases answer persons, units.toml synonyms 例/名 → 人, and a month's addition
    # then 达 is the running total, progress._TOTAL_REACHED — tests/test_status_statusc63.py)
    (("为1万名贫困白内障患者实施免费复明手术", "9月全省实施复明手术新增1203例,达8878例",
      date(2015, 9, 30)), "ahead"),
    # pg2-018, pg2-019 (mended by statusc, stop 64: the office's 未达到目标任务进度 is a behind statement, judging.toml
    # words.behind_statement — tests/test_status_statusc64.py; once "read as on_track" and "read as unclear")
    (("全面实现全省无电村通电", "20件民生大事中,有2件未达到目标任务进度",
      date(2015, 9, 30)), "behind"),
    (("全省每个县建成1个残疾人服务中心", "20件民生大事中,有2件未达到目标任务进度",
      date(2015, 9, 30)), "behind"),
    miss(("24处农村居民饮水安全项目", "解决了3万人的安全饮水问题",
          date(2014, 11, 30)), "completed",
         "pg2-047: an item of the page's done list answered by persons served, not its count, read as unclear"),
    miss(("城区供水复线工程", "第一阶段管道改造即将完成",
          date(2014, 11, 30)), "on_track",
         "pg2-051: a first stage nearly done (即将完成) in late November, read as unclear"),
    miss(("库区南岸公路建设", "已完成板富公路6公里路基",
          date(2014, 11, 30)), "unclear",
         "pg2-052: a length built with no target length, read as on_track"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_PAGES2)
def test_known_misses_pages2(given, expected):
    assert judge(*given).status == expected


YEAR_END = date(2020, 12, 31)

# A finish denied (年内未能竣工, 没有完成, 无法投入使用, 未能如期举办) is never the work done: failed (未能, 无法, or a
# deadline word: 未按时, 年底前未) it is behind at any date, unless a later clause says it was done after all; a plain
# 尚未完成 is under way, behind only once the deadline has passed.  Guards: 未完成的… names the unfinished items, a
# negated mention (没有出现未按期完工的情况) is no lag, and a later clause done (9月未能完工，已于12月建成投用) stands.
NEGATED_FINISH = [
    ("完成区职业教育中心实训楼建设。", "区教育局：实训楼主体结构已于10月封顶，目前正在进行外墙保温和内部装修，年内未能竣工。", YEAR_END, "behind"),
    ("建成城东污水处理厂二期。", "设备安装调试已基本完成，年内未能建成投用。", YEAR_END, "behind"),
    ("建成城东污水处理厂二期。", "受雨季影响，工程未能如期完工。", SEPT_30, "behind"),
    ("新建社区卫生服务站。", "服务站装修已结束，因消防验收未通过，暂时无法投入使用。", YEAR_END, "behind"),
    ("建成城东污水处理厂二期。", "项目截至年底没有完成。", YEAR_END, "behind"),
    ("举办第三届非遗文化节。", "受疫情影响，文化节未能如期举办。", YEAR_END, "behind"),
    ("完成城区雨污分流改造。", "主体管网已铺设，年底前未完工。", YEAR_END, "behind"),
    ("完成全县农村公路提档升级工程。", "工程未能按时竣工。", YEAR_END, "behind"),
    ("完成全年减税降费任务。", "未能全面完成全年任务。", YEAR_END, "behind"),
    ("建成城东污水处理厂二期。", "项目如期开工，但年内未能竣工。", YEAR_END, "behind"),
    # not yet finished, before the deadline: under way
    ("建成区档案馆新馆。", "新馆尚未完成建设，正在进行室内装修。", SEPT_30, "on_track"),
    ("建成城东污水处理厂二期。", "主体结构已封顶，尚未竣工。", SEPT_30, "on_track"),
    ("建成城东污水处理厂二期。", "主体结构已封顶，尚未竣工。", YEAR_END, "behind"),
    # guards: real completions stay completed
    ("建成城东污水处理厂二期。", "项目9月未能完工，已于12月建成投用。", YEAR_END, "completed"),
    ("建成城东污水处理厂二期。", "已建成投用，未发生安全事故。", YEAR_END, "completed"),
    ("完成全年造林任务。", "已完成造林任务，没有出现未完成的情况。", YEAR_END, "completed"),
    ("建成城东污水处理厂二期。", "工程已于11月竣工，没有出现未按期完工的情况。", YEAR_END, "completed"),
    ("建成城东污水处理厂二期。", "项目已按期建成投用。", YEAR_END, "completed"),
    ("完成老旧小区改造20个。", "20个小区已全部完成改造，此前未完成的3个已于12月完工。", YEAR_END, "completed"),
    # guards: a condition weighed (如不能…将, 若…无法…将: words.toml completion.negation_if) is no finish failed
    ("建成城东污水处理厂二期。", "主体已完工，正在设备安装，如不能按期完成将影响年度目标。", SEPT_30, "on_track"),
    ("建成城东污水处理厂二期。", "主体已完工，正在设备安装，若年内无法竣工将申请延期。", SEPT_30, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", NEGATED_FINISH)
def test_a_finish_denied_is_never_done(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status


@pytest.mark.parametrize("clause,stage", [
    ("年内未能竣工", "underway"), ("没有完成", "underway"), ("未能如期建成投用", "underway"), ("尚未完成", "underway"),
    ("主体已封顶但未能竣工", "nearly_done"),
    # guards: the unfinished items named, then done; a finish not denied
    ("未完成的2个已全部完成", "done"), ("已建成投用", "done"), ("未发生安全事故，已完成", "done"),
])
def test_the_stage_of_a_clause_with_a_finish_denied(clause, stage):
    assert clause_stage(clause) == stage


# An event closed on its date (9月26日闭幕, 5月23日圆满结束), on or before the report's day, was held, though the clause
# naming it only says it opened; a close still to come (预计10月15日闭幕, or dated after the report), or the end of
# its sign-up (报名工作于9月20日结束), is no event held.
EVENT_CLOSED = [
    ("举办第二届“乡村振兴”农民运动会。", "县文广体局：运动会已于9月23日在县体育中心开幕，设8个比赛项目，共有1200余名农民运动员参赛，9月26日闭幕。",
     SEPT_30, "completed"),
    ("举办第十届全民读书节。", "读书节于4月23日开幕，历时一个月，5月23日圆满结束。", MID_YEAR, "completed"),
    ("举办首届乡村旅游节。", "旅游节于8月8日在东湖景区开幕，8月10日闭幕，接待游客3.2万人次。", SEPT_30, "completed"),
    ("举办第二届农民运动会，新建健身步道10公里。", "农民运动会于9月23日开幕，9月26日闭幕；健身步道已建成10.5公里。", SEPT_30,
     "completed"),
    # guards
    ("举办第二届农民运动会，新建健身步道10公里。", "农民运动会已于9月23日开幕，10月6日闭幕；健身步道已建成10.5公里。", SEPT_30,
     "on_track"),
    ("承办全省青少年足球联赛。", "联赛已于9月20日开幕，目前正在进行小组赛，预计10月15日闭幕。", SEPT_30, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", EVENT_CLOSED)
def test_an_event_closed_on_its_date_was_held(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status


@pytest.mark.parametrize("task,progress", [
    ("举办第三届美食节。", "美食节已于9月28日开幕，10月5日闭幕。"),           # closed after the report's day
    ("举办全民健身运动会。", "运动会报名工作于9月20日结束，比赛定于10月开幕。"),   # the sign-up ended, not the event
])
def test_an_event_not_yet_closed_is_not_held(task, progress):
    assert judge(task, progress, SEPT_30).status != "completed"


MARCH_31 = date(2020, 3, 31)

# statusa's fixes from invented132–133's first runs (the rows in other words).  Expropriation (征收) is counted by its
# agreements signed — its bulletins give 征收签约 and 签约率 — so for a task of expropriation a count signed as
# expropriation's (征收签约30户, 已签订征收协议310户) is the work done, not a step under way (words.toml
# task.signed_measure), and a later step of the same households beside it (腾空交房, 拆除) is within it, not added.
# Guards: a task of taking buildings down (拆迁) keeps signing as its earlier step; a bare 已签约 beside 完成征收 is not
# the count; a count of projects signed and emptied with demolition going on stays on pace.
EXPROPRIATION_BY_AGREEMENT = [
    ("完成老城片区房屋征收400户", "一季度完成征收签约30户，其余正在入户摸底。", date(2020, 3, 31), "seriously_behind", 7.5),
    ("完成老城片区房屋征收400户", "已签订征收补偿协议260户。", MID_YEAR, "ahead", 65.0),
    ("完成老城片区房屋征收400户", "已签订征收协议200户。", MID_YEAR, "on_track", 50.0),
    ("全年完成集体土地征收1200亩", "1-9月完成征收签约780亩。", SEPT_30, "behind", 65.0),
    ("完成棚户区改造征收600户", "已签订征收协议310户，腾空交房180户。", MID_YEAR, "on_track", 51.7),
    # guards
    ("完成城中村拆迁500户", "已签约480户，拆除120户。", MID_YEAR, "seriously_behind", 24.0),
    ("完成旧城改造征收1000户", "已签约900户，完成征收830户。", date(2020, 10, 31), "on_track", 83.0),
    ("完成征收补偿安置项目4个", "4个项目均已完成签约腾空，正在拆除。", MID_YEAR, "on_track", None),
]


@pytest.mark.parametrize("task,progress,as_of,status,completion", EXPROPRIATION_BY_AGREEMENT,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _, _ in EXPROPRIATION_BY_AGREEMENT])
def test_expropriation_is_counted_by_its_agreements(task, progress, as_of, status, completion):
    a = judge(task, progress, as_of)
    assert (a.status, a.completion_pct) == (status, completion), (a.rule, a.reason)


# A count led by 其中 after a larger count in its sentence is a part of it, and 其余 after that part the rest of the
# same count: neither is added to it (a total allocated, of which so many occupied, was read as twice the target).
# Guards: a part named beside the whole still leaves the whole the count; two counts of one unit with no 其中 add up.
WITHIN_AN_EARLIER_COUNT = [
    ("完成公租房分配800套", "已完成分配800套，其中已入住650套。", YEAR_END, "completed", 100.0),
    ("完成公租房分配800套", "已完成分配800套，其中已入住650套，其余150套已选房。", YEAR_END, "completed", 100.0),
    ("新增就业岗位5000个", "新增就业岗位2600个，其中返乡创业带动900个，其余为企业吸纳。", MID_YEAR, "on_track", 52.0),
    ("新建改建农村公路120公里", "已完成120公里，其中新建45公里、改建75公里。", YEAR_END, "completed", 100.0),
    ("完成农村危房改造150户", "完成改造75户，其中C级加固40户、D级重建35户。", MID_YEAR, "on_track", 50.0),
    # guard: 另有, not 其中 — the two counts are added
    ("完成农村危房改造150户", "已完成改造40户，另有35户已竣工。", MID_YEAR, "on_track", 50.0),
]


@pytest.mark.parametrize("task,progress,as_of,status,completion", WITHIN_AN_EARLIER_COUNT,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _, _ in WITHIN_AN_EARLIER_COUNT])
def test_a_part_of_an_earlier_count_is_not_added_to_it(task, progress, as_of, status, completion):
    a = judge(task, progress, as_of)
    assert (a.status, a.completion_pct) == (status, completion), (a.rule, a.reason)


# 投入运行 is the thing in use as 投入使用 is (words.toml completion.finished_works, judging.toml words.use_target): a
# trial run followed by 正式投入运行 reaches a target of 建成投用.  Guards: not yet in use, a trial only, use forecast.
PUT_INTO_OPERATION = [
    ("建成投用城东污水处理厂", "污水厂10月建成并试运行，12月正式投入运行。", YEAR_END, "completed"),
    ("建成投用城东污水处理厂", "已于11月20日正式投入运行。", YEAR_END, "completed"),
    # (invented81's and invented82's misses, mended by the same words)
    ("建成投用城东再生水厂", "水厂已完成联动调试，12月20日起正式投入运行。", YEAR_END, "completed"),
    ("建成城北110千伏变电站", "土建和电气安装全部结束，12月下旬完成带电调试，正式投入运行。", YEAR_END, "completed"),
    # guards
    ("建成并投入运行区数据中心", "机房建成，设备安装调试中，尚未投入运行。", YEAR_END, "behind"),
    ("建成投用城东污水处理厂", "主体工程已建成，正在试运行。", YEAR_END, "behind"),
    ("建成投用城东污水处理厂", "已建成，计划明年1月正式投入运行。", YEAR_END, "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,status", PUT_INTO_OPERATION,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _ in PUT_INTO_OPERATION])
def test_put_into_operation_is_in_use(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# A part of the task written within the one before it (全年完成造林2万亩，其中春季造林1.5万亩), answered when the whole is
# not: what is done of the part is done of the whole too — a floor, so it answers the whole only when that floor is on
# pace or better (rules.status_parts._within_part).  Guards: a floor under the pace leaves the whole unanswered (a part
# without a fact caps at on pace), as does a part with no 其中; the whole answered on its own keeps its own figure.
WITHIN_PART_FLOOR = [
    ("全年完成造林2万亩，其中春季造林1.5万亩。", "春季造林已完成1.52万亩。", MARCH_31, "ahead", 88.0),
    ("全年完成造林2万亩，其中春季造林1.5万亩。", "春季造林已完成1.2万亩。", MARCH_31, "ahead", 70.0),
    ("全年新增城镇就业5000人，其中高校毕业生就业2000人。", "高校毕业生就业1300人。", MID_YEAR, "on_track", 65.0),
    # guards
    ("新增城镇就业5000人，其中失业人员再就业1000人。", "失业人员再就业800人。", MID_YEAR, "on_track", 80.0),
    ("全年完成造林2万亩，其中春季造林1.5万亩。", "全年已完成造林0.6万亩，其中春季造林0.5万亩。", MARCH_31, "ahead", 31.6),
]


@pytest.mark.parametrize("task,progress,as_of,status,completion", WITHIN_PART_FLOOR,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _, _ in WITHIN_PART_FLOOR])
def test_a_part_done_within_the_whole_is_a_floor_of_the_whole(task, progress, as_of, status, completion):
    a = judge(task, progress, as_of)
    assert (a.status, a.completion_pct) == (status, completion), (a.rule, a.reason)


# A task asking every item to reach a verb (全面复工, 全部开工: words.toml status.every_item_lead) answered by the whole and
# then those that have (续建项目38个，已复工35个): that share is the work done, against the pace or the task's own
# deadline (一季度), the whole completed (rules.OwnWorkload).  Guards: another verb than the task's is no such share; no
# 全面/全部 in the task, no such goal.
EVERY_ITEM_REACHED = [
    ("一季度完成续建项目全面复工。", "续建项目42个，已复工30个，其余正在做复工准备。", MARCH_31, "behind", 71.4),
    ("一季度完成续建项目全面复工。", "续建项目42个，已复工42个。", MARCH_31, "completed", 100.0),
    ("实现在建项目全部开工。", "在建项目20个，已开工14个。", MID_YEAR, "ahead", 70.0),
    ("实现在建项目全部开工。", "在建项目20个，已开工6个。", MID_YEAR, "behind", 30.0),
    # guards
    ("实现在建项目全部开工。", "在建项目20个，已完成招标14个。", MID_YEAR, None, None),
    ("推进在建项目开工。", "在建项目20个，已开工14个。", MID_YEAR, None, None),
]


@pytest.mark.parametrize("task,progress,as_of,status,completion", EVERY_ITEM_REACHED,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _, _ in EVERY_ITEM_REACHED])
def test_every_item_to_reach_a_verb_is_measured_by_those_that_have(task, progress, as_of, status, completion):
    a = judge(task, progress, as_of)
    if status is None:
        assert a.rule != "OwnWorkload", (a.rule, a.reason)
    else:
        assert (a.rule, a.status, a.completion_pct) == ("OwnWorkload", status, completion), (a.rule, a.reason)


# invented132–133's first-run misses not mended (statusa): strict, so a fix shows.  (全面复工 by the quarter's end answered
# by a count of the works and those resumed: mended, by OwnWorkload's every-item goal, EVERY_ITEM_REACHED above; the
# spring part of the year's planting: WITHIN_PART_FLOOR above.)
KNOWN_MISSES_132_133 = [
    miss(("完成保障性住房分配入住1200套。", "完成情况：已完成分配1200套，其中已入住1050套，其余150套已完成选房，正在办理入住手续。",
          YEAR_END), "behind", "a target of allocating and moving in, its allocation whole and the moving in (其中) short, "
         "is read as done by the allocation"),
    miss(("完成县城主干道改造3条，其中城东路6月底前完工。", "县住建局：城东路已完成管网铺设，正在进行路基施工；人民路、建设路正在进行施工图设计。",
          MARCH_31), "on_track", "the June deadline of one named road (其中城东路) is applied to the two others still designing"),
    miss(("完成2019年结转的农村饮水安全巩固提升工程12处。", "县水利局：12处工程已全部完工，其中9处已通水，3处正在进行管网试压。", MARCH_31),
         "on_track", "works all finished with three still pressure-testing their pipes are read as done (the label's "
         "alternative)"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_132_133)
def test_known_misses_132_133(given, expected):
    assert judge(*given).status == expected


# holdout's held-out check of stop 34 (invented136–138, written blind to this stop's rules, judged once at 04:43 UTC
# on 3 December 2026, engine bba2457 with its own labels): its misses, left unfixed on purpose — no rule was written
# from them.  (Heating begun and a station wholly connected on a date, and output value's growth read as the value
# added's: mended by statusx's rules, their tables in tests/test_status_use_reached.py and
# tests/test_status_distinct_measure.py.)
DEC_31_2022 = date(2022, 12, 31)
KNOWN_MISSES_136 = [
    miss(("G某某线某某至某某段改建工程：年度计划投资2.2亿元，年内完成路面铺筑23.6公里。",
          "县交通运输局：1-12月完成投资1.31亿元；完成路基18公里、路面铺筑9.5公里，因征地拆迁滞后，剩余段落未能按期施工。",
          DEC_31_2022), "seriously_behind", "a length under half its target at the year's end is held at behind"),
    miss(("某某旅游景区提升工程：完成游客服务中心、生态停车场建设，创成国家4A级旅游景区。",
          "县文广旅局：游客服务中心、生态停车场已建成投用；4A级景区创建已通过省级景观质量评审，待文化和旅游部门公告。",
          DEC_31_2022), "behind", "a recognition still awaiting its notice at the year's end is passed over for the works built"),
    miss(("实现中小学校园食堂“明厨亮灶”全覆盖。",
          "市市场监管局：全市386所中小学食堂已有352所完成“明厨亮灶”改造，覆盖率91.2%。", date(2023, 5, 31)),
         "behind", "a coverage short of the whole with the rest unreported is read against linear pace"),
    miss(("完成区人民医院门诊楼改扩建工程主体封顶。", "区卫健局：门诊楼改扩建已完成地下室施工，地上主体施工至第三层（共九层）。",
          date(2021, 9, 30)), "on_track", "floors built of a building's total are read as the share of a top-out target"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_136)
def test_known_misses_136(given, expected):
    assert judge(*given).status == expected


# holdout's held-out check of stop 35 (invented141–143, written blind to this stop's rules, judged once at 07:39 UTC on
# 3 December 2026, engine d610186 with its own labels): its misses, in other words than the held-out rows, by phenomenon;
# left unfixed on purpose — no rule was written from them.
KNOWN_MISSES_141 = [
    # (a same-basis growth beside a headline fall: mended, tests/test_status_same_basis.py)
    miss(("新建改扩建中小学校6所。",
          "市教育局：1所已竣工，3所主体施工，2所因规划调整尚未动工。", date(2021, 6, 30)),
         "behind", "schools some done with two not begun (read as seriously behind)"),
    miss(("招引5亿元以上项目30个，其中20亿元以上项目5个。",
          "市招商中心：上半年签约5亿元以上项目17个，其中20亿元以上1个。", date(2021, 6, 30)),
         "behind", "signings over the pace with the larger part short (read as on track)"),
    miss(("新建城区公共停车场3处，新增停车泊位600个。",
          "城西停车场已建成投用，提供泊位180个；城东停车场完成基础施工；高铁站停车场因规划调整，尚在办理用地手续。", date(2021, 9, 30)),
         "seriously_behind", "one of three done and one still in land procedures, both counts under half the pace, read by stage (read as behind)"),
    miss(("新建改造供水管网30公里。",
          "已完成管网敷设26公里，其中17公里已完成道路恢复。", date(2021, 9, 30)),
         "ahead", "a length over the band with a later step inside it (read as on track)"),
    miss(("为全县适龄儿童免费开展口腔健康检查。",
          "已完成全县98所小学和幼儿园5.6万名儿童的口腔检查，检查结果已全部告知家长。", date(2021, 9, 30)),
         "completed", "a task without a number done for all (read as on track)"),
    miss(("全县地区生产总值增长7%左右。",
          "县统计局：据快报数据，预计全年地区生产总值增长7.3%。自评：完成。", date(2021, 12, 31)),
         "completed", "an estimated growth within 左右 at the year's end (read as unclear)"),
    miss(("实施城乡供水提升项目8个，完成投资6亿元。",
          "县水利局：8个项目已全部开工实施，其中5个已完工，3个为跨年项目续建；全年完成投资6.4亿元。自评：完成。", date(2021, 12, 31)),
         "completed", "all carried out with the multi-year ones going on (read as behind)"),
    miss(("建成农村电商服务示范站20个。",
          "县商务局：20个服务站已全部建成运营，其中12个通过县级验收，其余8个待明年初验收。自评：完成。", date(2021, 12, 31)),
         "behind", "sites built with some acceptance put to next year (read as completed)"),
    miss(("举办第二届某某龙舟邀请赛。",
          "县文体局：因水域整治施工，经研究本年度赛事取消。自评：未完成。", date(2021, 12, 31)),
         "not_started", "an event cancelled (read as on track)"),
    # (a start target only prepared at the year's end, 年内未能开工: mended, tests/test_status_real_pages29.py
    # PART_NOT_BEGUN_AT_THE_DEADLINE)
    miss(("营商环境评价进入全省前五位。",
          "县发改局：全年减免税费2.8亿元，走访企业960家次，解决企业诉求215件。自评：完成。", date(2021, 12, 31)),
         "unclear", "a rank target answered by activity (read as on track)"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_141)
def test_known_misses_141(given, expected):
    assert judge(*given).status == expected


# holdout's held-out check of stop 36 (invented146–148, written blind to this stop's rules, landed as 8508d43 and judged
# once at 10:47 UTC on 3 December 2026 by that engine and by the stop's starting engine b767aa8, the same 53/68): its
# misses, in other words than the held-out rows, by phenomenon; left unfixed on purpose — no rule was written from them.
# Two misses were read right in every other wording tried (housing allocated in the band with the rest to choose later,
# summed with it as done; a coverage reached in words at the year-end).
KNOWN_MISSES_146 = [
    miss(("建成县妇幼保健院新院区并投入使用。",
          "县卫健局：新院区已于4月底完成竣工验收，5月18日正式搬迁开诊。", date(2022, 6, 30)),
         "completed", "a hospital opened on its date after its acceptance (read as on track)"),
    miss(("改造城区雨污管网20公里，6月底前完成12处积水点整治。",
          "县城管局：雨污管网已改造11.2公里；12处积水点已于5月中旬全部整治完成。", date(2022, 6, 30)),
         "ahead", "pipes over the band beside points done before their own June deadline (read as behind)"),
    miss(("启动城南片区有机更新，完成更新规划编制和首批项目招商。",
          "县住建局：城南片区更新规划已经县政府常务会议审议通过；首批项目招商推介会已于6月8日举办，签约项目5个。", date(2022, 6, 30)),
         "completed", "a plan adopted and a first promotion held with signings (read as behind)"),
    miss(("农村生活污水治理率达到80%。",
          "县农业农村局：全县120个行政村中，已完成生活污水治理的82个，另有10个正在施工。", date(2022, 6, 30)),
         "behind", "a coverage level answered by a count of the whole short of it (read as unclear)"),
    miss(("新建农村公路120公里。",
          "已完工83公里，其余37公里正在铺设路面。", date(2021, 9, 30)),
         "behind", "a length just under the band at 30 September with the rest paving (read as on track)"),
    miss(("建成县城第二自来水厂。",
          "水厂已于7月建成并正式投入运行，日供水能力5万吨。", date(2021, 9, 30)),
         "completed", "a plant built and in service (read as on track)"),
    # (mended by statusb, stop 46: the breakdown's figure named as it answers the breakdown)
    (("引进亿元以上项目15个，其中10亿元以上项目4个。",
      "前三季度新签约亿元以上项目13个，均已落地；其中10亿元以上项目1个，另有3个正在洽谈。", date(2021, 9, 30)), "seriously_behind"),
    miss(("营商环境评价进入全市前三位。",
          "前三季度营商环境持续优化，各项工作正在有序推进。", date(2021, 9, 30)),
         "unclear", "a rank answered by words (read as on track)"),
    miss(("免费开展“两癌”筛查3万人。",
          "全年完成宫颈癌筛查3.2万人、乳腺癌筛查2.8万人。", date(2022, 12, 31)),
         "behind", "two screenings of one count with one short at the year-end (read as completed)"),
    miss(("新建社区养老服务站20个。",
          "已建成20个，其中15个已投入运营，5个正在办理消防备案。", date(2022, 12, 31)),
         "completed", "care sites all built with some not yet open (read as behind)"),
    miss(("建成城市体育公园4个。",
          "城东体育公园已建成开放；其余3个主体已完工，正在进行绿化和配套施工，明年上半年开放。", date(2022, 12, 31)),
         "seriously_behind", "one park of several open at the year-end with the rest nearly done (read as behind)"),
    miss(("实施某某大街改造工程，年底前建成通车。",
          "区交通运输局：道路改造工程于4月开工，雨污管线已完成60%，路面正在施工。受征迁影响，整体进度较原计划滞后约一个月。", date(2022, 6, 30)),
         "behind", "works going with the unit saying they lag its plan (read as on track)"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_146)
def test_known_misses_146(given, expected):
    assert judge(*given).status == expected


# holdout's held-out sets invented153–155 (written blind to stop 37's rules, landed as f821532 and judged once at 14:13 UTC
# on 3 December 2026; the stop's starting engine 7bf0847 missed the same ten and two more this stop's rules mended): their
# misses, in other words than the held-out rows, by phenomenon; left unfixed on purpose — no rule was written from them.
KNOWN_MISSES_153 = [
    miss(("建成某某安置区三期，交付安置房600套。",
          "区建设局：三期6栋已全部结顶，正在进行外立面和水电施工；其中1栋（72套）已完成分户验收。", date(2022, 6, 30)),
         "on_track", "units accepted in one block counted against a delivery count while every block is topped out and being fitted (read as seriously behind)"),
    miss(("城镇新增就业2500人，城镇登记失业率控制在3.5%以内。",
          "区人社局：前三季度城镇新增就业2250人，完成年度目标的90%，城镇登记失业率2.9%。", date(2023, 9, 30)),
         "on_track", "a count over the band beside a cap kept with its figure, the cap not weighed (read as ahead)"),
    # (mended by statuse, stop 57: the date first set, 原定于9月16日举办, is no event held on it — words.toml
    # completion.event_first_date)
    (("举办第三届某某龙舟邀请赛。",
      "区文体局：龙舟赛原定于9月16日举办，因降雨推迟至10月下旬，目前各项准备工作已就绪。", date(2023, 9, 30)),
     "on_track"),
    miss(("建成区智慧停车服务平台。",
          "区城管局：平台已于5月上线试运行，8月通过专家评审验收并正式运行。", date(2023, 9, 30)),
         "completed", "a trial run followed by the acceptance and the formal running read as the trial only (on track)"),
    miss(("新开工项目30个，建成投产项目10个。",
          "上半年新开工项目17个，建成投产项目3个，另有4个项目正在试生产。", date(2022, 6, 30)),
         "behind", "completions short with some of the rest on trial production and the others unnamed read as all the rest under way (on track)"),
    # (mended by statusb, stop 46: works finished and in service after the answering unit's label answer the works' part)
    (("完成镇村供水管网改造工程，新增受益人口2万人。",
      "区水利局：工程已全部完工并通水，覆盖6个乡镇，受益群众2.1万人。", date(2022, 6, 30)), "completed"),
    # (mended by statusb, stop 47, rules/building.py _scope_subject: the scope's own count opening the reply (3个…中)
    # was read as the count done, completed)
    (("改造提升菜市场3个。",
      "区商务局：3个菜市场中，东关菜市场已完成改造并重新开业，西关菜市场正在施工，北关菜市场尚在做设计方案。", date(2022, 6, 30)),
     "behind"),
    miss(("全年组织企业与100个村结对共建。",
          "已组织75家企业与88个村签订结对共建协议，落地帮扶项目27个。", date(2022, 6, 30)),
         "ahead", "the villages paired taken from the wrong figure (the projects landed after them: behind)"),
    miss(("全面完成农村房屋安全隐患排查整治。",
          "排查整治工作有序推进，已完成底数核对，入户排查完成70%。", date(2022, 6, 30)),
         "ahead", "a stated share after a step done and a unit's word not read (by stage: on track)"),
    miss(("棚户区改造开工600套，其中货币化安置150套。",
          "棚改项目已开工570套，开工率95%；货币化安置已完成90套。", date(2022, 6, 30)),
         "ahead", "starts of a shortened name (棚改项目…开工) not read as the task's start count (on track)"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_153)
def test_known_misses_153(given, expected):
    assert judge(*given).status == expected


# holdout's held-out sets invented159–161 (written blind to stop 38's rules, landed as 3bf9f3f at 17:39 UTC on 3 December
# 2026 and judged once; the stop's starting engine 1f15961 missed the same nine): their misses, in other words than the
# held-out rows, by phenomenon; left unfixed on purpose — no rule was written from them.  Five of them read right in the
# first other wording tried (a start of preparatory work, a build with one part still under way at the year's end, a
# count with part of the rest not begun, a building accepted and in use, a duty done): those misses hang on the wording.
KNOWN_MISSES_159 = [
    # (an amount's share on pace beside its growth under the target read on track: mended by statusy's growth beside a
    # plan's share, stop 40 — tests/test_status_growth_beside_share.py)
    miss(("实施农田水利设施改造3.6万亩。",
          "县水利局：3.6万亩改造任务已全部完工，9月底通过县级初验，待市级复验。", date(2024, 10, 31)),
         "on_track", "works all finished with the higher acceptance still to come before the deadline read as done "
                     "(completed, the label's alternative)"),
    miss(("完成县城总体规划修编报批。",
          "县自然资源局：修编成果经专家评审后，已于9月获市人民政府批复同意。", date(2025, 12, 31)),
         "completed", "an approval to obtain reported granted (获…批复同意) not read as the task done (unclear; the held-out row "
                      "read behind)"),
    miss(("新增国家级高新技术企业50家。",
          "市科技局：全年通过高新技术企业认定71家，其中首次认定43家、复审通过28家。", date(2025, 12, 31)),
         "behind", "a count of new firms answered by all recognitions, renewals included, not by the first ones "
                   "(completed, the label's alternative)"),
    miss(("启动市档案馆新馆前期工作。",
          "市档案局：项目建议书已获市发改委批复，选址论证正在进行，设计方案同步征集。", date(2025, 12, 31)),
         "completed", "a task to start preparatory work, the work begun, read at the year's end as a task still going "
                      "(behind)"),
    miss(("完成市游泳馆改造提升工程。",
          "市体育局：泳池池体翻新和看台座椅更换已完工，馆内空调系统改造正在施工。", date(2025, 12, 31)),
         "behind", "two parts of the works finished and a third still building at the year's end read as the works done "
                   "(completed)"),
    # (mended by statusb, stop 46: items awaiting their works, 待施工, are in preparation — words.toml stage.awaiting_works)
    (("新建村级充电站8座。",
      "已建成通电3座，2座正在安装桩体，3座完成电力接入评估待施工。", date(2026, 6, 30)), "behind"),
    miss(("建成镇文化活动中心。",
          "活动中心主体及内部装修已于2月完工，3月通过县文旅局验收，4月起正式向群众开放。", date(2026, 6, 30)),
         "completed", "a building finished, accepted and open to the public at mid-year read by the pace (on track)"),
    miss(("完成征兵工作。",
          "今年上半年应征青年已全部批准入伍，按时送达部队，完成上级下达的兵员征集任务。", date(2026, 6, 30)),
         "completed", "a duty reported done in full (完成…任务) read as a task still at its approvals (批准: behind)"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_159)
def test_known_misses_159(given, expected):
    assert judge(*given).status == expected


# holdout's held-out sets invented163–165 (written blind to stop 39's rules, landed as 5c52348 at 21:28 UTC on 3 December
# 2026 and judged once; the stop's starting engine f9d30bc gave the same verdicts): their eight misses, in other words than
# the held-out rows, by phenomenon (two are the labels' alternatives); left unfixed on purpose — no rule was written from
# them.  Each of the eight read wrong in the first other wording tried.
KNOWN_MISSES_163 = [
    miss(("区级税收收入增长5%。",
          "区税务局：上半年完成税收收入26.3亿元，同比下降1.8%，主要受留抵退税影响。", date(2025, 6, 30)),
         "behind", "a growth target answered by a fall read as a share of the year's task under half the pace "
                   "(seriously behind)"),
    # (mended by statusb, stop 53: the key-project list's count beside 完成年度投资 is the list's size, the investment
    # decides — the lead's decision D12, rules/task_parts.py _key_list_size)
    (("实施县级重点项目150个，完成年度投资280亿元。",
      "县发改局：全年150个县级重点项目累计完成投资291亿元，占年度计划的103.9%；其中竣工项目37个。", date(2024, 12, 31)),
     "completed"),
    # (an event put off to next year read at the year's end as under way: mended by statusy's event put off, stop 40 —
    # tests/test_status_event_put_off.py)
    # (mended by statusb, stop 48: a growth hedged with 左右 is reached within the hedge's half point below it)
    (("税收收入增长4%左右。",
      "市税务局：全年完成税收收入198.6亿元，同口径增长3.7%。", date(2024, 12, 31)), "completed"),
    miss(("新增取得专业技术职称人员50人。", "新增持证42人。", date(2025, 9, 30)),
         "ahead", "the count said with another verb (持证 for 取得…职称) read as no comparable figure (unclear)"),
    miss(("实际使用外资3亿美元。", "市商务局：全年实际使用外资折合人民币9.8亿元。", date(2024, 12, 31)),
         "seriously_behind", "a dollar target answered in yuan not converted (unclear, the label's alternative)"),
    miss(("新增就业岗位800个。", "新增就业610人。", date(2025, 9, 30)),
         "on_track", "posts answered by persons employed read as no comparable figure (unclear, the label's alternative)"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_163)
def test_known_misses_163(given, expected):
    assert judge(*given).status == expected


# invented169 (statusy, stop 40): the held-out check of statusy's stop-40 rules, written after the last of them (cb843cb),
# labels landed as dbee539 and judged once by that engine (17/22, balanced 0.884; status or alt 19/22); no rule written
# from it.  Its five misses, in other words, places and figures than the set's rows.
KNOWN_MISSES_169 = [
    # (mended by statusb, stop 46: the scope's count said with 共 before a smaller count done is no work done —
    # rules/building._programme_size)
    (("建设社区养老服务驿站15处",
      "区民政局：共15处，分布在9个社区；已建成4处，6处正在施工，其余5处仍在协调用房。", date(2024, 9, 30)),
     "seriously_behind"),
    miss(("年内完成4座公厕提升改造",
          "4座公厕改造均已完成设计，其中1座12月中旬开工，其余3座正在询价。", date(2024, 12, 22)), "seriously_behind",
         "none of several items done days before the year's end, one just begun and the rest at procurement, read behind "
         "(the label's alternative)"),
    miss(("举办冬季人才招聘会4场", "人社局：首场招聘会定于11月中旬举办，场地已确定。", date(2024, 10, 31)), "on_track",
         "events of the season still to come with the first one's venue fixed read as no comparable figure (unclear)"),
    miss(("完成农田水利改造3万亩", "1-7月，新建农田水利设施1.8万亩，完成渠系清淤1.4万亩。", date(2024, 7, 31)), "on_track",
         "a second figure in a bare verb clause that is a step within the work (清淤 within 新建) summed into the count done "
         "(read completed)"),
    miss(("为全县1.5万名适龄妇女免费开展“两癌”检查", "宫颈癌检查1.2万人，乳腺癌检查0.5万人", date(2024, 9, 30)),
         "seriously_behind", "two checks owed to each woman, one under half the pace, read as no comparable figure (unclear)"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_169)
def test_known_misses_169(given, expected):
    assert judge(*given).status == expected


# holdout's held-out sets invented170–172 (written blind to stop 40's rules, landed as bcabcbf at 01:52 UTC on 4 December
# 2026 and judged once; the stop's starting engine 661dcdc gave the same verdicts on these rows): their misses, in other
# words than the held-out rows, by phenomenon (two are the labels' alternatives); left unfixed on purpose — no rule was
# written from them.  Two more misses (a bare unit statement on a task of two process clauses read unclear; a short length
# with the rest planned before the rainy season read on pace in the first quarter) read right in the first other wordings
# tried, so they have no case here.
KNOWN_MISSES_170 = [
    # (nothing begun, with the funds awaited and a later start planned: mended by statusb, stop 56 — a stage reached only
    # in a plan is no stage of the work; now a plain case in tests/test_status_statusb56.py)
    miss(("新建社区便民服务驿站6个。", "市商务局：受用地审批影响，6个驿站均未动工。", date(2025, 12, 31)),
         "not_started", "none of the items begun at the year's end read as seriously behind, not as not started"),
    miss(("建设“一刻钟便民生活圈”12个。",
          "市商务局：12个生活圈均已完成规划，其中5个通过验收，其余7个正在完善配套。", date(2025, 12, 31)),
         "seriously_behind", "fewer than half the items accepted at the year's end, the rest being fitted out, read as "
                             "behind (the label's alternative)"),
    miss(("完成中小学校食堂“互联网+明厨亮灶”建设200所。",
          "市市场监管局：已全部完成建设，实现全市中小学校食堂全覆盖。", date(2025, 12, 31)),
         "completed", "completion said in words with full coverage and no count read at the year's end as part done "
                      "(behind)"),
    miss(("一季度完成防汛物资储备。", "已储备编织袋5000条、救生衣300件，满足汛期需要。", date(2026, 3, 31)),
         "completed", "a quarter's own stocking task answered by the goods stocked and 满足…需要 read as no judgeable "
                      "reply (unclear)"),
    miss(("实施农村道路安全生命防护工程30公里。", "目前正在等待上级下达年度计划。", date(2026, 3, 31)),
         "not_started", "nothing begun while awaiting the year's allocation read as a stage under way (on track)"),
    miss(("新增家庭农场20家。", "全镇累计登记家庭农场86家。", date(2026, 3, 31)),
         "unclear", "a running total (累计) read against a target of new ones as done many times over (completed)"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_170)
def test_known_misses_170(given, expected):
    assert judge(*given).status == expected


# holdout's held-out sets invented173–175 (written blind to stop 41's rules, landed as 14fea6a at 05:17 UTC on 4 December
# 2026 and judged once; the stop's starting engine 818ea67 gave the same verdicts): their misses, in other words than the
# held-out rows, by phenomenon (three are the labels' alternatives); left unfixed on purpose — no rule was written from them.
# Three more misses (a reform done by the new company's founding read as its plan approved; a half-year count of new firms
# answered under another verb read as no figure; a centre with its equipment in and under test read as built) read right
# in the first other wordings tried, so they have no case here.
KNOWN_MISSES_173 = [
    miss(("清理处置批而未供土地800亩。", "县自然资源局：已完成处置210亩，另有390亩已进入司法程序，正在依法收回。",
          date(2026, 8, 31)), "seriously_behind",
         "a reduction's amount done beside a second amount still in proceedings summed into the count done (ahead)"),
    miss(("全市规上工业企业总数达到1500家。", "年末全市规上工业企业1452家，全年净增118家。", date(2025, 12, 31)),
         "behind", "a stock level short at the year's end summed with its net gain (read completed)"),
    miss(("引进5000万元以上项目60个。", "截至11月底正式签约项目71个，其中落地建设40个。", date(2025, 11, 30)),
         "behind", "projects signed over the count with a landed subset under the pace read as a stage on pace"),
    miss(("新开通农村客运班线10条。", "已开通7条，其余3条站亭已建好，车辆正在招标购置。", date(2025, 11, 30)),
         "on_track", "items short with every remaining one under way read behind by the figure (the label's alternative)"),
    miss(("火灾事故起数下降8%。", "全年发生火灾事故236起，同比增加5.4%。", date(2025, 12, 31)),
         "seriously_behind", "a count rising at the year's end against a reduction target read as no comparable figure"),
    miss(("6月底前完成权责清单调整并向社会公布。", "权责清单调整已完成，正在履行合法性审查程序，待审查后公布。",
          date(2026, 6, 30)), "behind", "a two-step task with only its first step done at the deadline read as done"),
    # (an event put off past its quarter, read on pace: mended by statusd at stop 49, tests/test_status_event_late_month.py)
    miss(("上半年发放文旅消费券500万元。", "已发放文旅消费券320万元，拉动文旅消费4200万元。", date(2026, 5, 31)),
         "behind", "the spending an amount drove summed with the amount issued (read completed)"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_173)
def test_known_misses_173(given, expected):
    assert judge(*given).status == expected


# holdout's held-out sets invented176–178 (written blind to stop 42's rules, landed as 960f0f6 at 11:49 UTC on 4 December
# 2026 and judged once; the stop's starting engine d4122593 gave the same 64 verdicts): their misses, in other words than the
# held-out rows, by phenomenon; left unfixed at stop 42 — no rule was written from them then (dev since: stop 43 wrote
# rules from them).  Stocks held said done as the county's quota (耕地…均完成…下达任务) read right in the first other wordings tried, so it has no case here; one of three
# works in use with one not begun at the first quarter (the label's alternative on pace) has none either.
# KNOWN_MISSES_176 (the four first-run misses of invented176-178 in other words) were all mended by pagesx at stop 43:
# tests/test_status_part_share_not_whole.py, tests/test_status_held_in_words.py and tests/test_status_units_report.py
# hold them (MENDED_176), their words unchanged.


# Known misses above mended at stop 41 by pagesfix's every item said finished (rules/status_statements.py _all_said_done;
# tests/test_status_done_reading.py ALL_SAID_DONE): each read as part done before.
MENDED_ALL_SAID_DONE = [
    # every item's creation said done and accepted, the count standing in the subject (KNOWN_MISSES)
    (("创建省级森林村庄8个", "8个村创建工作均已完成，已通过省级验收。", date(2020, 11, 30)), "completed"),
    # every item said done and accepted, its count written against another name for the unit (KNOWN_MISSES_84)
    (("完成全县18个行政村农村饮水设施提质改造", "涉及的18个村改造项目都已建设完毕，并通过竣工验收。", date(2020, 12, 31)), "completed"),
]


@pytest.mark.parametrize("given,expected", MENDED_ALL_SAID_DONE)
def test_mended_all_said_done(given, expected):
    assert judge(*given).status == expected


# holdout's held-out check of stop 43 (invented179–181, labels landed as a61721e at the 15:30 UTC rule deadline, judged once
# at 15:30 UTC on 4 December 2026 by that commit's engine; the stop's starting engine b30c9ded the same but for one row): its
# errors in other words, left unfixed — no rule written from them.
KNOWN_MISSES_179 = [
    # (a structure due by the year's end finished at mid-year beside investment over the pace, read on pace, is mended:
    # tests/test_status_main_works_done.py MAIN_WORKS_A_PART)
    miss(("某某片区配套道路工程（年度计划投资3000万元，完成道路3条）",
          "东一路、东二路已建成通车，东三路正在铺设沥青；1-6月完成投资1850万元。", date(2026, 6, 30)), "ahead",
         "two of three roads open with the third surfacing, the roads' count left unread, held on pace by investment"),
    # (one of three measures short at mid-year, its figure named 护坡工程完成, is mended by statusc, stop 57: words.toml
    # figure.works_word_in_name — a plain case now)
    (("某某溪综合治理工程（年度计划投资3000万元，完成河道清淤10公里、新建护坡5公里）",
      "已完成河道清淤10.6公里；护坡工程完成2公里；1-6月完成投资1420万元。", date(2026, 6, 30)), "behind"),
    miss(("开工建设某某医院。", "区卫健局：已完成施工招标，施工单位已进场平整场地，力争11月正式开工。", date(2026, 9, 30)),
         "behind", "a start task only tendered with the builders levelling the site at three quarters read on pace"),
    miss(("全省政策性农业保险保费规模达到60亿元。", "全年政策性农业保险保费收入63.5亿元，同比增长8.2%。",
          date(2025, 12, 31)), "completed",
         "a level of an amount reached at the year's end, said as its income (保费收入 for 保费规模), read as no comparable figure"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_179)
def test_known_misses_179(given, expected):
    assert judge(*given).status == expected


# Mended by pagesfix (stop 44), kept as they were written: a recognition's steps after 经 (rules/roles.py _VIA_STEPS), an
# event put off to a later year by its number (rules/status_statements.py Cancelled).  In other words:
# tests/test_status_pagesfix.py.
MENDED_179 = [
    (("认定省级重点文旅企业50家。", "经申报、推荐和评审，认定省级重点文旅企业56家，名单已于12月公布。", date(2025, 12, 31)),
     "completed"),
    # at the year's end the deferral is behind (the lead's decision D9, stop 52; it was not_started)
    (("举办第二届全省农民丰收节。", "受会展中心改造影响，经省政府同意，本届丰收节调整至2026年举办。", date(2025, 12, 31)),
     "behind"),
]


@pytest.mark.parametrize("given,expected", MENDED_179, ids=[f"{g[0]}|{g[1]}" for g, _ in MENDED_179])
def test_mended_179(given, expected):
    assert judge(*given).status == expected


# holdout's held-out check of stop 44 (invented182–184, labels landed as 68e69f0 after the 18:20 UTC rule deadline, judged
# once at 18:22 UTC on 4 December 2026 by that commit's engine; the stop's starting engine 85b3754f gave the same verdicts):
# its errors in other words, left unfixed — no rule written from them.
KNOWN_MISSES_182 = [
    miss(("城乡居民人均可支配收入分别增长6%和7.5%。", "一季度分别增长5.2%、7.9%。", date(2026, 6, 30)), "behind",
         "two groups' first-quarter growths in a 分别 pair, one under its target, read as no comparable figure"),
    miss(("全县国家级高新技术企业总数达到120家。", "目前有效期内高新技术企业112家，今年认定结果待四季度公布。",
          date(2026, 6, 30)), "behind",
         "a stock level still short of the total to reach read as a count over the pace"),
    miss(("5月底前组建县文旅投资集团。", "组建方案已经县政府常务会议通过，企业登记手续正在办理。", date(2026, 6, 30)),
         "behind", "a body still registering after its own deadline read as preparation only, seriously behind (组建 "
         "a result the task must reach since stop 45; registering is read as a preparatory 手续)"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_182)
def test_known_misses_182(given, expected):
    assert judge(*given).status == expected


# Mended by statusb (stop 45) from KNOWN_MISSES_182, in other words than the held-out rows, with guards: talks finished
# (完成洽谈) are preparation — signing is still to come (words.toml stage.preparatory_object); a month's own figure
# before the running total of its unit, parted by a semicolon only, is within the total (rules/building.py); kinds
# listed before 等 are one clause with the verb before them (progress._metric); 组建 a result to reach.
MENDED_182 = [
    (("引进签约亿元以上项目16个", "已正式签约5个,另有6个完成洽谈、等待签约。", date(2026, 6, 30)), "behind"),
    (("引进签约亿元以上项目16个", "已正式签约8个,另有4个已完成洽谈。", date(2026, 6, 30)), "on_track"),
    # a month's own figure and the running total parted by a semicolon only: the total answers the target
    (("新增城市公共停车泊位3000个", "本月新增0个；累计新增3120个。", date(2026, 9, 30)), "completed"),
    (("新建改造供水管网30公里", "本月新铺设2公里；累计完成11.5公里,总体进度正常。", date(2026, 9, 30)), "behind"),
    # kinds listed before 等 (广场舞展演、戏曲进村等活动) are one clause with the verb before them, the count's metric
    (("开展文化惠民活动120场", "全年开展广场舞展演、戏曲进村等文化惠民活动131场。", date(2026, 12, 31)), "completed"),
    (("开展文化惠民活动120场", "开展广场舞展演、戏曲进村等文化惠民活动41场。", date(2026, 6, 30)), "behind"),
    # forming a body (组建) is a result the task must reach: only its plan drafted past mid-year behind, past its own
    # deadline seriously behind (words.toml completion.must)
    (("年内组建区城市更新公司。", "正在起草组建方案。", date(2026, 9, 30)), "behind"),
    (("5月底前组建区城市更新公司。", "正在起草组建方案。", date(2026, 9, 30)), "seriously_behind"),
    (("年内组建区城市更新公司。", "正在起草组建方案。", date(2026, 3, 31)), "on_track"),
    (("组建区城市更新公司。", "公司已于4月注册成立。", date(2026, 6, 30)), "completed"),
    # a count done beside its full rate reached (按时办结率100%): the rate of items all handled can change no more
    (("办理群众来信来访320件，按时办结率100%", "已全部办结320件，按时办结率100%。", date(2026, 10, 31)), "completed"),
    # guards: the full rate alone before the year's end held on pace; the count short beside the full rate
    (("按时办结率100%", "按时办结率100%。", date(2026, 10, 31)), "on_track"),
    (("办理群众来信来访320件，按时办结率100%", "已办结180件，按时办结率100%。", date(2026, 10, 31)), "behind"),
    # guards: signings over the pace; talks as the task's own work; a month's figure and a total in two full sentences
    (("引进签约亿元以上项目16个", "已签约10个。", date(2026, 6, 30)), "ahead"),
    (("开展招商洽谈活动12场", "已开展招商洽谈活动6场。", date(2026, 6, 30)), "on_track"),
    (("新增城市公共停车泊位3000个", "累计新增3120个。", date(2026, 9, 30)), "completed"),
]


@pytest.mark.parametrize("given,expected", MENDED_182)
def test_mended_182(given, expected):
    assert judge(*given).status == expected


# Mended by statusb (stop 46), in other words than the rows they were prompted by, with guards.  A task naming the works
# first, then their own date and a start verb closing the clause (…工程4月底前开工, …项目年内动工), is a start to reach — begun,
# it is done (rules/task_parts._start_closing; before, read as a finish still short at its date); a finish asked in another
# clause of the task is still what it reaches.  An ellipsis (…) after a figure ends its clause: a name of two characters
# before the figure (水泥达620万吨…) keeps it, the words after the ellipsis are another sentence's (progress._metric).
MENDED_STATUSB46 = [
    (("滨河路跨线桥工程4月底前开工。", "4月20日已开工，正在进行桩基施工。", date(2026, 6, 30)), "completed"),
    (("市第二污水处理厂扩建项目年内动工。", "项目已于8月动工，场地平整基本完成。", date(2026, 9, 30)), "completed"),
    # guards: not begun past its own date; a finish asked after the start; a finish task begun; preparation late and early
    (("滨河路跨线桥工程4月底前开工。", "施工许可正在办理。", date(2026, 6, 30)), "seriously_behind"),
    (("滨河路跨线桥工程9月底前开工，年底前主体完工。", "4月20日已开工。", date(2026, 6, 30)), "on_track"),
    (("滨河路跨线桥工程年内建成。", "已开工。", date(2026, 6, 30)), "on_track"),
    (("滨河路跨线桥工程年内开工。", "正在进行施工招标。", date(2026, 10, 31)), "behind"),
    (("滨河路跨线桥工程年内开工。", "正在进行施工招标。", date(2026, 3, 31)), "on_track"),
    # an ellipsis after a figure with a short name: the figure is that name's
    (("全省水泥行业淘汰落后产能目标任务量500万吨",
      "各行业淘汰落后产能中，水泥达620万吨…据此测算，四个行业完成率分别为124%、108%、131%、117%。", date(2025, 12, 31)),
     "completed"),
    (("全省水泥行业淘汰落后产能目标任务量500万吨",
      "各行业淘汰落后产能中，水泥达420万吨…据此测算，四个行业完成率分别为84%、108%、131%、117%。", date(2025, 12, 31)),
     "behind"),
    # guards: no ellipsis
    (("全省水泥行业淘汰落后产能目标任务量500万吨", "各行业淘汰落后产能中，水泥达420万吨。", date(2025, 12, 31)), "behind"),
    (("全省水泥行业淘汰落后产能目标任务量500万吨", "各行业淘汰落后产能中，水泥达620万吨，据此测算，各行业均超额完成。",
      date(2025, 12, 31)), "completed"),
    # a task's breakdown (其中5亿元以上项目6个) whose name holds the whole's (亿元以上项目): the reply's figure named as the
    # breakdown word for word answers the breakdown, not the whole (rules/assigning._breakdown_named)
    (("招商引进亿元以上项目25个，其中5亿元以上项目6个。", "今年以来新落地亿元以上项目21个，其中5亿元以上项目1个。",
      date(2026, 9, 30)), "seriously_behind"),
    (("招商引进亿元以上项目25个，其中5亿元以上项目6个。", "今年以来新落地亿元以上项目21个，其中5亿元以上项目5个。",
      date(2026, 9, 30)), "ahead"),
    # guards: the whole short beside its breakdown over; no breakdown reported
    (("招商引进亿元以上项目25个，其中5亿元以上项目6个。", "今年以来新落地亿元以上项目12个，其中5亿元以上项目5个。",
      date(2026, 9, 30)), "behind"),
    (("招商引进亿元以上项目25个，其中5亿元以上项目6个。", "今年以来新落地亿元以上项目21个。", date(2026, 9, 30)), "on_track"),
    # works finished and put in service (完工并通水, 完工并通车: words.toml completion.generic_object) answer the task's works
    # part beside its count, the answering unit's label before its colon (区交通局：) no subject of the clause
    (("完成城区第二水厂扩建工程，新增日供水能力3万吨", "扩建工程已全部竣工并通水，新增日供水能力3.2万吨。", date(2026, 10, 31)),
     "completed"),
    (("完成东环快速路北延工程，新增道路里程6公里", "区交通局：工程已全面完工并通车，新增道路里程6.3公里。", date(2026, 11, 30)),
     "completed"),
    # guards: the main works only, the capacity not formed; a done verb with a step of its own in a clause going on about
    # the part is that step, not the part (judging_clauses._clause_stage); the part said done
    (("完成城区第二水厂扩建工程，新增日供水能力3万吨", "扩建工程主体已完工，设备正在安装调试，新增日供水能力尚未形成。",
      date(2026, 10, 31)), "behind"),
    (("全面完成农业普查入户登记工作。", "入户登记工作正在有序推进，已完成普查区划分和人员培训。", date(2026, 6, 30)), "on_track"),
    (("全面完成农业普查入户登记工作。", "县统计局：入户登记工作正在有序推进，已完成普查区划分和人员培训。", date(2026, 6, 30)),
     "on_track"),
    (("全面完成农业普查入户登记工作。", "县统计局：入户登记工作有序推进，已全部完成。", date(2026, 10, 31)), "completed"),
    (("建成区智慧城管平台。", "平台已完成系统部署，于7月正式上线运行。", date(2026, 9, 30)), "completed"),
    # a rollout task no figure measures (在全市各社区推行…: words.toml task.rollout_verb), said rolled out over the whole
    # with 已 (已…全面推行: report.rolled_out), is completed (rules/status_stage.ConcreteWork)
    (("在全市各社区推行垃圾分类积分制", "垃圾分类积分制已在全市126个社区全面推行，参与居民5.6万户。", date(2026, 9, 30)),
     "completed"),
    # guards: pilots only; a plan to roll out; the rollout denied; a works task whose work is 全面铺开; a reform task
    (("在全市各社区推行垃圾分类积分制", "垃圾分类积分制已在42个社区试点推行，其余社区正在准备。", date(2026, 9, 30)), "on_track"),
    (("在全市各社区推行垃圾分类积分制", "计划下半年在全市全面推行。", date(2026, 6, 30)), "unclear"),
    (("在全市各社区推行垃圾分类积分制", "目前尚未全面推开，已在3个社区试点。", date(2026, 9, 30)), "on_track"),
    (("完成农村户厕改造3000户", "户厕改造工作已在全镇全面铺开，各村均已进场施工。", date(2026, 6, 30)), "on_track"),
    # a count that passed a check (验收合格: words.toml completion.checked_within) after a larger count of its unit in its
    # sentence is of those items, not added to them (rules/judging.judge_indicator)
    (("改造提升城区老旧燃气管网60公里", "1-9月，完成老旧燃气管网改造47公里，验收合格41公里。", date(2026, 9, 30)), "on_track"),
    (("改造提升城区老旧燃气管网60公里", "1-9月，完成老旧燃气管网改造31公里，验收合格29公里。", date(2026, 9, 30)), "behind"),
    # guard: the rest under way beside the count done
    (("改造提升城区老旧燃气管网60公里", "1-9月，完成老旧燃气管网改造31公里，另有12公里正在施工。", date(2026, 9, 30)), "behind"),
    # items whose works are still awaited (已完成设计待施工: words.toml stage.awaiting_works) are in preparation, not under
    # way: they hold no short count on pace (rules/roles._role)
    (("新建农村污水处理站12座。", "已建成投运4座，3座正在设备安装，5座已完成设计待施工。", date(2026, 6, 30)), "behind"),
    # guards: the rest all under way (rule 4); the rest finished awaiting acceptance; a count over the band beside items
    # awaiting their start
    (("新建农村污水处理站12座。", "已建成投运4座，其余8座正在施工。", date(2026, 6, 30)), "on_track"),
    (("新建农村污水处理站12座。", "已建成投运4座，3座正在设备安装，5座已完工待验收。", date(2026, 6, 30)), "on_track"),
    (("新建农村污水处理站12座。", "已建成投运7座，5座已完成设计待开工。", date(2026, 6, 30)), "ahead"),
    # a programme's size said with 共 (全县农村危房改造共60户) before a smaller count said done is its scope, no work done
    # (words.toml report.programme_size_lead, rules/building._programme_size)
    (("完成农村危房改造60户",
      "县住建局：全县农村危房改造共60户，涉及8个乡镇，其中D级危房22户。截至9月底，已完成改造26户，在建20户，其余14户尚未开工。",
      date(2026, 9, 30)), "behind"),
    # guards: the rest under way; 共 after a verb of work done; the size said all done
    (("完成农村危房改造60户", "县住建局：全县农村危房改造共60户，涉及8个乡镇。截至9月底，已完成改造47户，其余13户正在施工。",
      date(2026, 9, 30)), "on_track"),
    (("完成农村危房改造60户", "全县共完成农村危房改造60户，已全部通过验收。", date(2026, 9, 30)), "completed"),
    (("完成农村危房改造60户", "今年全县农村危房改造共60户，均已完工。", date(2026, 9, 30)), "completed"),
]


@pytest.mark.parametrize("given,expected", MENDED_STATUSB46)
def test_mended_statusb46(given, expected):
    assert judge(*given).status == expected


# holdout's held-out check of stop 45 (invented185–187, labels landed as af6c188 after the 22:05 UTC rule deadline, judged
# once at 22:07 UTC on 4 December 2026 by that commit's engine; the stop's starting engine ec62080 gave the same verdicts):
# its errors in other words, left unfixed — no rule written from them (bridges under half the pace with the rest being
# assessed, read on pace on the set, did not fail again in other words and is left as this note).
KNOWN_MISSES_185 = [
    miss(("新开工农村公路桥梁10座，建成通车6座。", "新开工12座；建成通车3座，另有4座正在施工。", date(2026, 9, 30)),
         "behind", "of two measures, the count in use under the band read on pace with those still building"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_185)
def test_known_misses_185(given, expected):
    assert judge(*given).status == expected


# stop 46, statusa: three of them mended, and one of invented170's (a reply's own marker before its figure, a growth on a like-for-like
# base, not begun while waiting for another's step — tests/test_status_reply_marks.py has them in other words).
MENDED_185 = [
    (("推进城市供水价格改革。", "该项工作尚未启动，待省里出台相关办法后再研究推进。", date(2026, 6, 30)),
     "not_started"),  # a reform said not begun (尚未启动) at mid-year read as work on pace
    (("完成农村饮水安全巩固提升工程80处。", "【绿灯】全年完成80处，已全部通过竣工验收。", date(2025, 12, 31)),
     "completed"),  # a year-end count met exactly and all accepted, under a green light, read as work short at the deadline
    (("一般公共预算收入增长6%。", "【红灯】全年一般公共预算收入12.4亿元，同口径增长2.3%。", date(2025, 12, 31)),
     "behind"),  # revenue's amount then its 同口径 growth under the target, under a red light, read as no comparable figure
    # and KNOWN_MISSES_170's, mended by the same rule as invented187's registered rate for a surveyed cap
    (("城镇调查失业率控制在5.3%左右。", "市人社局：年末城镇登记失业率3.1%。", date(2025, 12, 31)),
     "unclear"),  # a surveyed unemployment cap answered by the registered rate read as met
    # (tests/test_status_counts_said_apart.py)
    (("新增公益性岗位600个。", "北苑社区新增150个、南湖社区新增142个、东岭社区新增160个，合计452个。", date(2026, 9, 30)),
     "on_track"),  # counts per community summed by 合计 read as no comparable figure
    (("招引落地亿元以上项目6个。", "已签约7个，其中已注册落地4个。", date(2026, 9, 30)),
     "behind"),  # a landing target's landed count under the band, the signed count over it beside, held on pace
    (("新增公共充电车位2000个。", "上半年新增充电车位400个，另有2个充电站正在建设，建成后可提供车位800个。", date(2026, 6, 30)),
     "seriously_behind"),  # a count under half the pace read ahead by adding the places of stations still building
    # (tests/test_status_recognition_pending.py)
    (("创建国家级全域旅游示范区。", "【黄灯】创建材料已上报文化和旅游部，验收结果尚未公布。", date(2025, 12, 31)),
     "behind"),  # a national recognition still pending after the year's end read as work on pace
]


@pytest.mark.parametrize("given,expected", MENDED_185)
def test_mended_185(given, expected):
    assert judge(*given).status == expected


# holdout's held-out check of stop 46 (invented188–190, labels landed as a189e90 after the 01:10 UTC rule deadline, judged
# once at 01:14 UTC on 5 December 2026 by that commit's engine; the stop's starting engine 4c774d1 gave the same verdicts):
# its errors in other words, left unfixed — no rule written from them.  Two of the seven did not fail again in other words
# and are left as this note: a process task's bare claim of steady work at the year's end (re-worded with another verb of
# steady work, judged on track as labelled), and a building task moved to another body, the unit no longer doing it
# (re-worded as handed over, judged not started as labelled).
KNOWN_MISSES_188 = [
    miss(("新建充电桩300个，实现镇区主要停车场充电设施全覆盖。",
          "已建成充电桩150个；北片停车场已全部覆盖，南片停车场待新充电桩建成后再覆盖。", date(2026, 4, 30)),
         "behind", "of two parts, a count ahead beside a coverage with half of it not begun, read ahead on the count alone"),
    # (a single month's investment with no running total, mended by statusc, stop 57: rules/building._month_figures_alone
    # — a plain case now)
    (("某某物流园项目：年度计划投资3.6亿元。", "当月完成投资0.5亿元。", date(2026, 4, 30)), "unclear"),
    miss(("提高城乡特困人员基本生活标准6%。",
          "自4月1日起，城市特困人员基本生活标准由每人每月1000元提高到1060元，农村由每人每年9000元提高到9540元。",
          date(2025, 12, 31)),
         "completed", "standards raised by a share answered by their old and new amounts, the share to be computed, read as "
                      "no comparable figure"),
    miss(("市政道路工程质量验收合格率保持100%。",
          "完成情况：1-9月完成验收市政道路工程46项，首次验收合格率95.7%，整改后复验全部合格。", date(2026, 9, 30)),
         "on_track", "a rate to hold at 100% met after rework (all passed on re-inspection) read on the first-pass rate, behind"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_188)
def test_known_misses_188(given, expected):
    assert judge(*given).status == expected


# holdout's held-out check of stop 47 (invented191–193, labels landed as 5e72f3a after the stop's last rule landing, judged
# once at 04:10 UTC on 5 December 2026 by that commit's engine): its errors in other words, left unfixed — no rule written
# from them.  All twenty-five failed again in other words, each the same way (a township's reply at 20 November, a
# department's half-year table with a 序时进度 column at 30 June, a city's ledger of supervised items at 30 April).
# A first rewording of six of them was judged otherwise (the area's share said as 完成进度 read right, behind; the
# coefficient as a rate read right, unclear; an earlier deadline's works in a count of 处 read right, completed; the policy
# with no count of its measures read on pace; the village level with no month range read unclear; the fixed count
# read completed on the found and fixed counts added): each case below is a rewording that fails as its original did.
_NOV20, _JUN30, _APR30 = date(2026, 11, 20), date(2026, 6, 30), date(2026, 4, 30)
KNOWN_MISSES_191 = [
    # a township's reply near the year's end
    miss(("培育省级专精特新企业5家。",
          "今年已有4家企业通过省级认定；另有1家企业已提交申报材料，预计12月公布认定结果。", _NOV20),
         "behind", "a count done under the pace near the year's end, the last one only expected, read on pace with it"),
    miss(("引进5000万元以上项目3个。",
          "已签约某某电子项目（总投资0.8亿元）、某某食品项目（总投资0.6亿元）、某某物流项目（总投资0.7亿元），均已开工建设。",
          _NOV20),
         "completed", "a count of projects to attract, each named signed and begun, read as a build only just begun, behind"),
    miss(("全镇各村土地流转面积全部达到300亩以上。",
          "全镇14个村中，10个村已流转土地超过300亩，其余4个村在200亩至260亩之间，预计年底前全部达到。", _NOV20),
         "on_track", "a level every village is to reach by the year's end, most there and the rest short, read as reached"),
    miss(("新建农村污水处理站6座，年内全部投入运行。",
          "6座处理站已全部建成，其中4座已投入运行，2座等待环保部门验收后运行。", _NOV20),
         "behind", "of two parts, all built but only some running by the year's end, read completed on the built count"),
    miss(("二季度完成防汛物资储备。", "6月底前已储备编织袋2万条、救生衣300件，满足防汛需要。", _NOV20),
         "completed", "a task of its own quarter said done within it (stocks laid in, enough for the need) read as too little "
                      "to judge"),
    # a department's half-year table
    miss(("汛前（5月底前）完成30座淤地坝除险加固主体工程。",
          "上半年完成：30座淤地坝主体工程已于5月22日前全部完工，均可安全度汛。序时进度：100%。", _JUN30),
         "completed", "works of its own earlier deadline all finished by it read as still under way past the deadline"),
    miss(("灌区渠系水利用系数达到0.65。",
          "上半年完成：经测算，2025年度全省灌区渠系水利用系数为0.641，2026年度测算将于年底进行。序时进度：—。", _JUN30),
         "unclear", "a coefficient answered only by last year's figure, this year's reckoning still to come, read on pace"),
    miss(("新建美丽乡村示范村50个。",
          "上半年完成：各县已申报示范村58个，省厅正在组织评审确定建设名单。序时进度：50%。", _JUN30),
         "behind", "a count of builds answered by the count applied for while the list is still chosen, read on pace"),
    # a city's ledger of supervised items
    miss(("4月底前出台支持民营经济发展二十条措施。",
          "办理时限：2026年4月30日。办理情况：文件初稿已征求有关单位意见，现由市司法局开展合法性审核，预计5月下旬印发。"
          "办理状态：未办结。", _APR30),
         "behind", "a policy in its last review at its deadline read seriously behind as if not begun"),
    miss(("5月底前完成全市养老机构消防安全检查。",
          "办理时限：2026年5月31日。办理情况：已检查养老机构118家，占全市养老机构总数的88%。办理状态：未办结。", _APR30),
         "ahead", "a share inspected over the pace to its own deadline read on pace as a count with no target"),
    miss(("一季度开工建设某某中学新校区。",
          "办理时限：2026年3月31日。办理情况：项目用地手续尚未办结，目前正在开展地块清表。办理状态：未办结。", _APR30),
         "seriously_behind", "a start due last quarter, the site only being cleared and its papers not done, read on pace"),
    miss(("年内实现全市自然村光纤网络全覆盖。",
          "办理时限：2026年12月31日。办理情况：全市3120个自然村中已有2650个通光纤，覆盖率84.9%。办理状态：未办结。", _APR30),
         "behind", "a coverage to reach by the year's end, short of it in spring with the rest not said under way (a share "
                   "of a whole, rule questions 9 and 22: the lead, stop 48), read ahead of the pace"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_191)
def test_known_misses_191(given, expected):
    assert judge(*given).status == expected


# statusb, stop 48: KNOWN_MISSES_191's mended by general rules — a cap on a rate of incidents held when none of the
# thing occurred (ZeroHeld), an event no longer held on its own (Cancelled: 不再单独举办), a ledger's row closed by its
# status cell (LedgerClosed: 办理状态：办结) — and three whose originals were relabelled by a written convention
# (a count of 户 with every remaining item under way is on pace before the deadline, rule question 4 as decided at stop
# 47; a rate to reach short before the deadline is behind, rule question 9, which rule question 10's stock-level decision
# leaves to rates and shares), read so by the engine as it stood.
MENDED_191 = [
    (("全年重大动物疫病发病率控制在0.5‰以内。", "今年以来全乡未发生重大动物疫情。", _NOV20), "on_track"),
    (("全年重大动物疫病发病率控制在0.5‰以内。", "今年以来全乡未发生重大动物疫情。", date(2026, 12, 31)), "completed"),
    (("举办全乡第三届农民运动会。",
      "经乡党委研究，今年运动会不再单独举办，参赛队伍统一参加县级全民健身运动会。", _NOV20), "not_started"),
    (("3月底前完成全市自建房安全隐患排查。",
      "办理时限：2026年3月31日。办理情况：全市共排查自建房18.3万栋，排查覆盖率100%，发现隐患房屋3200栋，已整治2900栋，"
      "其余已落实专人盯办。办理状态：办结。", _APR30), "completed"),
    (("一季度拨付2025年度农业保险保费补贴。",
      "办理时限：2026年3月31日。办理情况：已拨付保费补贴0.85亿元，惠及农户3.2万户。办理状态：办结。", _APR30), "completed"),
    (("6月底前建成全市统一的政务数据共享交换平台。",
      "办理时限：2026年6月30日。办理情况：平台已完成部署并于4月15日上线试运行，首批接入部门32个。办理状态：办结。", _APR30),
     "completed"),
    (("妥善处置某某物业公司拖欠保洁员工资问题，4月底前足额发放。",
      "办理时限：2026年4月30日。办理情况：经多方协调，已发放拖欠工资87万元，涉及保洁员64名，全部发放到位。办理状态：办结。",
      _APR30), "completed"),
    # a count put right after what a survey found (已整改销号N个 after 排查发现问题M个) counts the found thing, under a
    # cell's header too (上半年完成：…)
    (("开展水库“四乱”清理行动，清理整治问题600个以上。",
      "上半年完成：排查发现问题780个，已整改销号520个。序时进度：50%。", _JUN30), "ahead"),
    # KNOWN_MISSES_188's: the main works of a building named at length, topped out on a month with a manner word
    (("完成县中医院住院大楼主体结构施工。", "住院大楼主体结构已于10月顺利封顶，全年完成投资8600万元。", date(2025, 12, 31)),
     "completed"),
    # a firm reaching the scale then entered (达规入库) is one of the year's new firms above the scale
    (("新增规模以上工业企业4家。", "今年已有3家企业升规入库。", _JUN30), "ahead"),
    # a table's pace column (序时进度：50%) is no figure of the work: the rate is not read from it
    (("完成在建水利工程质量巡查，较大质量问题整改率100%。",
      "上半年完成：巡查发现一般质量问题380处，已整改372处；发现较大质量问题3处，已全部整改到位。序时进度：50%。", _JUN30),
     "on_track"),
    (("全省农村自来水普及率达到92%。", "上半年完成：普及率提升工作正在推进。序时进度：50%。", _JUN30), "unclear"),
    # relabelled originals (inv191-008, inv191-018, inv192-006: changed_from in the rows)
    (("完成农村户厕改造40户。", "已动工40户，完工27户，其余13户正在砌筑施工。", _NOV20), "on_track"),
    (("对全镇危旧桥梁开展排查，病害桥梁整治率达到100%。", "排查发现病害桥梁40座，已整治37座，整治率92.5%。", _NOV20),
     "behind"),
    (("全省城市污水集中收集率达到75%。",
      "上半年完成：全省城市污水集中收集率达到73.4%，较上年末提高1.1个百分点。序时进度：50%。", _JUN30), "behind"),
    # statusd, stop 53: an area done under another noun beside the rest's own figure, the rest waiting: the rest's figure
    # is what is left, not a second figure done, so the one figure done and the band decide (works.py _measure_short)
    (("完成撂荒地复垦面积600亩。",
      "已复垦种植小麦470亩，复垦进度78.3%；剩余130亩涉及果树清理，需待冬闲时节实施。", _NOV20), "behind"),
]


@pytest.mark.parametrize("given,expected", MENDED_191)
def test_mended_191(given, expected):
    assert judge(*given).status == expected


# The same rules' guards: 未办结 says nothing by itself; 办结 beside a lag (暂缓), a cancellation, a zero not said reached
# or a figure short of its target does not close the task; a cap on a rate with some incidents counted keeps its figure.
LEDGER_AND_CAP_GUARDS = [
    (("5月底前完成全区农贸市场消防检查。",
      "办理时限：2026年5月31日。办理情况：已检查农贸市场12家，其余正在检查。办理状态：未办结。", _APR30), "completed", False),
    (("3月底前解决某某小区居民用水难问题。",
      "办理时限：2026年3月31日。办理情况：已为860户中的812户接通自来水，剩余48户因管网产权纠纷暂缓实施。办理状态：办结。",
      _APR30), "completed", False),
    (("举办2026年全市青少年足球联赛。", "办理时限：2026年4月30日。办理情况：经研究，本年度联赛不再举办。办理状态：办结。", _APR30),
     "not_started", True),
    (("4月底前实现老城区主要路段“零乱摆”。",
      "办理时限：2026年4月30日。办理情况：开展整治行动6次，乱摆现象明显减少。办理状态：办结。", _APR30), "completed", False),
    (("4月底前完成城区路灯改造500盏。",
      "办理时限：2026年4月30日。办理情况：已完成改造320盏。办理状态：办结。", _APR30), "completed", False),
    (("全年森林火灾受害率控制在0.9‰以内。", "今年以来发生森林火灾2起，过火面积12亩。", _NOV20), "on_track", False),
    (("全年森林火灾受害率控制在0.9‰以内。", "今年以来未发生安全生产事故。", _NOV20), "on_track", False),
]


@pytest.mark.parametrize("given,status,expected", LEDGER_AND_CAP_GUARDS)
def test_ledger_and_cap_guards(given, status, expected):
    assert (judge(*given).status == status) is expected


# statusb, stop 48: the items left of a count named each in its own clause, with their works going on (某某镇卫生院正在
# 进行内部装修 after 2家已投用 for 3家), are the rest under way (rule question 4) — as many clauses as items left; one only
# being prepared, or fewer named than are left, holds nothing.
NAMED_REST = [
    (("建成投用社区养老服务中心3家。", "2家已投用；城西社区养老服务中心正在进行内部装修。", date(2020, 9, 30)), "on_track"),
    (("建成投用社区养老服务中心3家。", "2家已投用；城西社区养老服务中心正在办理施工许可。", date(2020, 9, 30)), "behind"),
    (("建成投用社区养老服务中心4家。", "2家已投用；城西社区养老服务中心正在进行内部装修。", date(2020, 9, 30)), "behind"),
]


@pytest.mark.parametrize("given,expected", NAMED_REST)
def test_named_rest_under_way(given, expected):
    assert judge(*given).status == expected


# holdout's held-out check of stop 48 (invented194–196, labels landed as 8364c68 after the stop's last rule landing 204001d,
# judged once at 07:33 UTC on 5 December 2026 by that commit's engine; the stop's starting engine b555e88 gave the same
# verdicts): 194 14/22, 195 17/24, 196 22/22.  Its fifteen errors in other words, left unfixed — no rule written from them;
# each case below fails as its original did (a county's wall chart of project nodes at 31 July, 实际进展：… 节点完成情况：…;
# a county's weekly dispatch sheet at 11 September, 本周进展：…；累计完成：…；下周计划：…).  A first rewording of the
# installation share (目前安装完成约50%) was read completed, not on pace as its original: the case below keeps the start said
# beside the share (安装工作已于7月中旬启动), as the original did.
_JUL31, _SEP11 = date(2026, 7, 31), date(2026, 9, 11)
KNOWN_MISSES_194 = [
    # a county's wall chart of its major projects' nodes
    miss(("某某旧城片区改造：年内完成征收520户（节点：4月底前完成入户摸底，7月底前签约率达到55%，12月底前完成征收）。",
          "实际进展：入户摸底于4月下旬完成；截至7月31日，已签订征收补偿协议340户，签约率65.4%。节点完成情况：按期。", _JUL31),
         "ahead", "households signed over the year's pace held on pace by the chart's own node share and the year's closing "
                  "node taken as parts"),
    miss(("某某体育公园改造：7月底前完成改造并对外开放。",
          "实际进展：改造工程已于7月15日完工，7月25日起重新对市民开放。节点完成情况：按期完成。", _JUL31),
         "completed", "works of a deadline due on the report's date finished and reopened read as short of the deadline"),
    # a county's weekly dispatch sheet
]

# Mended by statusb (stop 50): a works step its own clause says finished whole meets its dated node
# (rules/verdict._interim_met); most of a count's items not begun past mid-year with none done is under half the pace
# (rules/judging.py); a year's target that is itself a share of the works is built up as a rate of the way
# (words.toml figure.works_share_target).
MENDED_194 = [
    (("某某河堤防加固工程：汛前（5月底前）完成主体工程，9月底前完成竣工验收。",
      "实际进展：主体工程已于5月20日全部完工，通过汛前安全检查，现正开展绿化及附属设施收尾，竣工验收材料正在编制。"
      "节点完成情况：按期。", _JUL31), "on_track"),
    (("某某一级公路改建：年内完成路基工程12公里、桥梁4座。",
      "实际进展：路基完成7.5公里；4座桥梁中1座已开始下部结构施工，其余3座涉河审批手续尚未办结，未能开工。"
      "节点完成情况：滞后。", _JUL31), "seriously_behind"),
    (("某某综合医院新院区：年内完成主体结构工程的70%（节点：5月底前完成基坑支护）。",
      "实际进展：基坑支护于5月20日完成，目前地下室结构施工中，主体结构工程总体完成约40%。节点完成情况：按期。", _JUL31),
     "on_track"),
]


@pytest.mark.parametrize("given,expected", MENDED_194)
def test_mended_194(given, expected):
    assert judge(*given).status == expected


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_194)
def test_known_misses_194(given, expected):
    assert judge(*given).status == expected


# holdout's held-out check of stop 49 (invented197–199, labels landed as 34638f8e after the stop's last rule landing
# 6056f16d, judged once at 10:41 UTC on 5 December 2026 by main 58cfdc60; the stop's starting engine the same answers):
# 197 18/22, 198 5/22, 199 17/22.  Their twenty-six errors in other words, places and figures (statusd, stop 49), each
# failing as its original did: a city's half-year table (落实情况：…) at 30 June; a county's table of its
# rural-revitalisation link-fund projects at 31 October (项目名称：建设内容；资金规模…；完成时限… in the task, 项目进度：…
# 资金拨付：… in the cell — ten of them mended the same stop by statusd's rules, moved to tests/test_status_fund_table.py);
# a district education bureau's monthly report (工作进展：…) at 31 May.  Two first rewordings were
# read right and are kept in the originals' manner instead: a policy due 上半年 (not 6月底前) with its draft out for comment,
# and a policy 制定并向社会发布 with its plan passed and published.
_JUN30, _OCT31, _MAY31 = date(2026, 6, 30), date(2026, 10, 31), date(2026, 5, 31)
KNOWN_MISSES_197 = [
    # a city's half-year table at 30 June
    miss(("改造老旧住宅小区40个，6月底前全部开工。",
          "落实情况：40个小区均已开工建设，已有9个完成主体改造，其余加快推进。", _JUN30),
         "on_track", "every compound started by the June deadline, some finished and the rest building, read as the count short of 100% at mid-year"),
    miss(("油料播种面积稳定在45万亩以上。",
          "落实情况：春播油料已收获18.2万亩，秋播准备工作正有序推进。", _JUN30),
         "on_track", "a sown-area floor answered by one season's harvested area with the next sowing under way read as no comparable figure"),
    miss(("新建公办小学6所，新增学位5400个。",
          "落实情况：6所小学中，2所主体完工进入装修，2所正在主体施工，2所仍在办理用地审批手续。", _JUN30),
         "behind", "schools with some still in land approval at mid-year read as the main works nearly done"),
    # a county's link-fund project table at 31 October
    miss(("职业教育补助项目：补助脱贫家庭在读中高职学生400人；资金规模120万元；完成时限：2026年12月底前。",
          "项目进度：春季学期已补助380人，秋季学期名单正在审核。资金拨付：已拨付57万元。", _OCT31),
         "ahead", "students subsidised over the band read behind by the payment"),
    miss(("村集体经济项目：扶持4个村发展集体经济，每村年经营性收入达到8万元以上；资金规模200万元；完成时限：2026年12月底前。",
          "项目进度：4个村的扶持项目均已投运，1-10月有2个村经营性收入超过8万元，另2个村分别为5.6万元、4.9万元。资金拨付：已全部拨付。", _OCT31),
         "behind", "a per-village income floor with two villages short read as met (the floor taken as one figure reached)"),
    miss(("防止返贫帮扶项目：对监测对象落实帮扶措施，帮扶措施覆盖率100%；资金规模60万元；完成时限：2026年12月底前。",
          "项目进度：全县监测对象286户，已全部落实帮扶措施。资金拨付：已拨付40万元。", _OCT31),
         "on_track", "a coverage held at 100% read behind by the payment"),
    miss(("某某村烘干设施项目：购置谷物烘干机2台（套）；资金规模60万元；完成时限：2026年8月底前。",
          "项目进度：2台（套）烘干机已采购安装调试完毕，投入今秋粮食烘干。资金拨付：已拨付54万元。", _OCT31),
         "completed", "dryers bought, installed and in use read behind (the unit count misread) by the payment"),
    miss(("某某乡集贸市场改造项目：改造市场大棚1800平方米；资金规模150万元；完成时限：2026年12月底前。",
          "项目进度：因选址涉及基本农田，已申请将项目调整为某某村农产品仓储项目，调整方案待县领导小组审定。资金拨付：未拨付。", _OCT31),
         "not_started", "a project to be replaced by another, not begun, read as late preparation"),
    miss(("产业奖补项目：对发展种养业的脱贫户给予奖补，计划奖补1000户；资金规模200万元；完成时限：2026年12月底前。",
          "项目进度：入户核实已完成910户，奖补资金将在11月统一兑付。资金拨付：未拨付。", _OCT31),
         "on_track", "awards checked household by household and paid in one batch next month read as late preparation"),
    miss(("庭院经济项目：带动150户脱贫户发展庭院经济；资金规模30万元；完成时限：2026年12月底前。",
          "项目进度：按实施方案引导脱贫户利用房前屋后发展种植养殖，增加收入。资金拨付：已拨付8万元。", _OCT31),
         "unclear", "a restated task with only a payment read seriously behind by the payment"),
    # a district education bureau's monthly report at 31 May
    miss(("开展中小学教师全员培训，全年培训2万人次。",
          "工作进展：1-5月组织教师培训50期，培训9800人次，其中本月2100人次。", _MAY31),
         "on_track", "training over the band for a target of training every teacher (the coverage unanswered) read ahead"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_197)
def test_known_misses_197(given, expected):
    assert judge(*given).status == expected


# statusa, stop 50: five of KNOWN_MISSES_197 mended by general rules, kept here as ordinary cases — an event's bare month
# opening the task (5月举办…) is its own deadline; a lag against the plan said by its days (比计划滞后约20天) is a lag; a
# document issued at a date with its place between (于5月18日在区政府门户网站向社会发布) is done; a launch foretold past the
# task's own deadline (预计8月上线 for 上半年上线运行) is behind; a document due by a date of the task's own, still a draft
# when it has come, is behind.
MENDED_197 = [
    (("5月底前完成2026年普通高中招生政策制定并向社会发布。",
      "工作进展：《某某区2026年普通高中招生工作实施方案》已经区政府常务会议审议通过，于5月18日在区政府门户网站向社会发布。", _MAY31),
     "completed"),
    (("建成区教育资源公共服务平台，上半年上线运行。",
      "工作进展：平台项目已完成招标，承建单位5月进场开展系统开发，预计8月上线试运行。", _MAY31), "behind"),
    (("5月举办全区中小学生艺术节。", "工作进展：因主会场剧院维修，艺术节推迟到11月举办，目前筹备工作正在进行。", _MAY31), "behind"),
    (("完成区实验小学新建项目主体结构封顶。",
      "工作进展：主体施工至第2层（共7层），比计划滞后约20天，主要受4月连续阴雨影响。", _MAY31), "behind"),
    (("上半年出台支持外贸稳增长若干措施。",
      "落实情况：措施初稿已形成，正在征求部门和商协会意见，尚未提请区政府常务会议审议。", _JUN30), "behind"),
]


@pytest.mark.parametrize("given,expected", MENDED_197)
def test_mended_197(given, expected):
    assert judge(*given).status == expected


# statusa, stop 50: the rules behind MENDED_197 and the pages37 mends, in sentences of my own.  A bare month opening the
# task or a clause before a result verb (6月召开…, 9月举办…) is the task's deadline, as 6月底前 is; not a month inside a span
# (1-5月完成…) nor a plan's count under way.  A span of months from January, or the first half, heading its own plan
# (1—6月计划…, a table's 1—9计划 with its 月 left out, 上半年计划…) is due at the span's end, and its name is compared without
# the period.  A lag against the plan said by its days is behind unless caught up since.  A result the task asks for
# foretold after its own deadline within the year is behind; a later step foretold (竣工验收 for 主体施工) or a deadline
# at the year's end is not.  资金到位率 is a campaign's rate a task can name, answered by its own figure, not a neighbour's.
_SEP30_23 = date(2023, 9, 30)
STATUSA_50 = [
    # a bare month opening the task: its own deadline
    (("6月召开全县经济工作推进会。", "因上级会议安排调整，推进会延期至8月召开，会务准备已基本就绪。", _JUN30), "behind"),
    (("9月举办全市农民丰收节。", "丰收节筹备方案已印发，场地正在布置。", _JUN30), "on_track"),
    (("4月举办全区春季运动会。", "运动会于4月18日在区体育中心举办，全区28支代表队参赛。", _MAY31), "completed"),
    # a document made public at a date, its place between; statistics out (已公布…数据) are no work of the task
    (("6月底前制定并向社会公布全县中小学招生工作方案。", "方案已经县教育局党组会议审议通过，于6月12日在县政府网站向社会公布。", _JUN30),
     "completed"),
    # a document due by a date of the task's own, still a draft when it has come; before it, or due at the year's end, on pace
    (("6月底前印发全区养老服务体系建设实施方案。", "方案初稿已完成，正在征求相关部门意见。", _JUN30), "behind"),
    (("9月底前出台全区人才新政。", "政策初稿已形成，正在征求意见。", _JUN30), "on_track"),
    (("年内出台全区人才新政。", "政策初稿已形成，正在征求意见。", _JUN30), "on_track"),
    # a period's own plan, due at the span's end
    (("1—6月计划新开工项目40个", "截至6月底，全区新开工项目31个，占1—6月计划的77.5%。", _JUN30), "behind"),
    (("1-6月计划完成投资12亿元", "1-6月完成投资12.6亿元，完成计划的105%。", _JUN30), "completed"),
    (("1—9计划投资25亿元", "截至9月底完成投资18.2亿元，占1—9计划投资25亿元的72.8%。", _SEP30_23), "behind"),
    (("上半年计划开工项目24个", "全县已开工项目25个。", _JUN30), "completed"),
    # the year's plan beside a first half's: still the year's pace
    (("全年计划投资80亿元", "完成投资41亿元，占全年计划投资80亿元的51.3%。", _JUN30), "on_track"),
    # a lag against the plan said by its days; caught up since, no lag
    (("完成区文化中心主体结构封顶。", "主体施工至第4层（共9层），较节点计划滞后约半个月，主要受雨季影响。", _JUN30), "behind"),
    (("年内完成体育馆主体结构封顶。", "主体施工至第5层，较节点计划滞后半个月，目前正在抢抓工期，已基本追回。", _JUN30), "on_track"),
    # a result foretold after the task's own deadline; a later step, or a year-end deadline, holds no lag
    (("上半年上线运行区智慧停车平台。", "平台正在开发，预计9月上线运行。", _MAY31), "behind"),
    (("上半年上线运行区政务服务平台。", "平台已完成开发，正在测试，预计6月中旬上线运行。", _MAY31), "on_track"),
    (("6月底前完成区档案馆主体施工。", "主体施工正在进行，预计8月竣工验收。", _MAY31), "on_track"),
    (("年内建成区图书馆。", "主体完工，预计10月建成开放。", _JUN30), "on_track"),
    # a campaign's rates listed in one clause: the one the task names, by its own figure
    (("县重点项目 资金到位率", "截至9月底，县重点项目开工率100%、投资完成率103.5%、资金到位率86.2%。", _SEP30_23), "ahead"),
    (("县重点项目 资金到位率", "截至9月底，县重点项目开工率100%、投资完成率103.5%、资金到位率58.2%。", _SEP30_23), "behind"),
    (("县重点项目 投资完成率", "截至9月底，县重点项目开工率100%、投资完成率103.5%、资金到位率86.2%。", _SEP30_23), "completed"),
]


@pytest.mark.parametrize("given,expected", STATUSA_50)
def test_statusa_50(given, expected):
    assert judge(*given).status == expected
