"""Issue 11, pagesh: the misses of the held-out real rows (bench/labels/status/pages20.json, labels landed in 33f175a
at 21:27 UTC on 3 December 2026, after the 21:25 rule deadline and before any engine run, judged once at 21:28 UTC,
no rule written from them), as strict xfails by phenomenon.  Every row here is written for this file in other words,
places and figures than the pages'; none is a page's sentence or a scored row.  A fix makes its case pass and the
test fail."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def miss(given, expected, why):
    return pytest.param(given, expected, marks=pytest.mark.xfail(strict=True, reason=why), id=f"{given[0]}|{given[1]}")


KNOWN_MISSES_PAGES20 = [
    # a count or share at or over the target said plainly, read as some work done on pace (or as no comparable figure)
    # (a count over the plan with its 其中 split: mended by pagesfix, MENDED_PAGES20 below)
    # (the task said wholly done, 全面完成…任务, beside follow-up work: mended by pagesfix, MENDED_PAGES20 below)
    # column-worded table cells
    # the scope, the programme or a name in the task read as a part unreported
    # (two measures' shares of the year's task in one 分别 sentence: mended by pagesx, tests/test_status_set_task_share.py)
    miss(("对人民路、环城路8处路口进行渠化改造,缓解人民路交通拥堵问题。提升改造城区60条小街巷。打通建设路等3条断头路。"
           "改革停车管理体制,规范“三车”运营。", "截至2015年12月底,共完成解放路口、新华路口、中山路口等9个路口改造,超额完成年度任务。"
          "60条小街巷提升改造任务已圆满完成。建设路工程、光明路工程、东风路工程已全部完工并通车,圆满完成既定任务目标。停车改革实施方案"
          "已经常务会议原则通过,于2016年1月1日起实施。", date(2015, 12, 31)), "completed",
         "junctions done under another noun (路口改造 for 处路口渠化) and three named roads done read as parts unreported"),
    miss(("今年该县将投入2100万元建设160条90公里农村屯级道路", "截至9月20日,已完成屯级道路里程数72公里,累计完工项目152个,"
          "累计完成投资数1850万元。", date(2016, 9, 20)), "ahead",
         "three measures (length, items, money) over the band said under other nouns read as parts unreported"),
    miss(("农田水利项目新开工及在建项目12项,年度计划投资5.2亿元。", "截至目前,开工10项,开工率83.3%。完成投资8.3亿元,"
          "完成年度计划的159.6%。", date(2014, 7, 31)), "completed",
         "a start rate beside the year plan exceeded read as a part still short (ahead, not done)"),
    # several figures of one count summed
    # (mended by statusb, stop 47, rules/building.py _scope_subject: the scope (80所), the finished and the delivered
    # counts were summed into one figure over 100%, read as done)
    (("新建80所乡镇幼儿园", "截至目前,全省已建设的80所乡镇幼儿园中,完工52所,交付使用4所;", date(2021, 7, 30)), "ahead"),
    # two checks of one group counted apart
    miss(("为60万农村适龄妇女免费做“两癌”检查", "共完成宫颈癌检查31.5万人次,乳腺癌检查14.2万人次;", date(2021, 7, 30)),
         "seriously_behind", "the two cancer checks each owed to every woman, one under half the pace, read by stage on pace"),
    # preparation or early stages late in the year or the season
    # (design only at the end of October for works to start in the year, once read on pace: mended by pagesx's facility
    # or road named alone — now a plain case in tests/test_status_facility_name.py MENDED)
    miss(("完成社区公园改造3个。", "西门公园已完成施工招标准备进场,北湖公园原址临时用房拆除中,南山公园改造工程已完成100%。",
          date(2023, 7, 10)), "behind", "one park of three done with the others at tender and site clearing read on pace"),
    miss(("卫健局180套", "卫健局已建成4个卫生院,6个卫生院已开工修建,其余12个卫生院已完成前期准备工作,预计6月份动工",
          date(2016, 4, 20)), "behind", "sites done under the band with most of the rest only prepared read on pace"),
    miss(("考核指标:应急广播村村响工程 40座发射台完成数字化改造 工作目标:6", "11月下旬设备开始发货,计划12月上旬安装调试。 备注:文广局",
          date(2020, 11, 30)), "behind", "equipment only shipping at the end of November for the year's target read as no comparable figure"),
    miss(("推进现代设施农业建设。", "项目区确定在东岗村、西岗村两个村3000余亩,建设内容包括大棚、灌溉、道路等,目前已顺利开工,"
          "预计明年5月底完工。", date(2021, 12, 10)), "on_track",
         "a process task (推进) started, its completion next year a forecast, read as behind (the label's alternative)"),
    # this year's share against a past cumulative count, a part under the band at the year's end
    miss(("2020年计划改造的3个村分别为东王、西李和南庄,共计划改造380户", "清洁取暖工程持续推进,目前已有涉及15个村的2900户改造完成,"
          "2020年计划改造的3个村分别为东王、西李和南庄,共计划改造380户,目前正在进行管道施工,暖气片安装已完成42%。",
          date(2020, 7, 25)), "behind", "this year's radiator share under the band beside a past cumulative count read on pace"),
    miss(("深入开展建筑节能改造和清洁取暖工作。", "做好气代煤改造工作,现工程进展顺利,正在进行入户管线施工。今年我镇共有东村、"
          "西村等6个村1900户开展建筑节能改造,现已完成980户。", date(2021, 12, 8)), "behind",
         "a household count near half done in December beside a part going on read by stage on pace"),
    # no fact, only a forecast: mended by statusy's start forecast only (stop 40; tests/test_status_forecast_start_only.py)
    # a qualitative task whose every item reached the year's aim
    miss(("二、扎实开展沟渠清淤工作。", "为确保汛期排水通畅,今年我乡共有包括东干渠、西支渠在内的6条沟渠进行清淤。截止目前,6条沟渠全部具备"
          "排涝能力。", date(2021, 12, 8)), "completed",
         "every item of a process task reaching the year's aim at the year's end read on pace (the label's alternative)"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_PAGES20)
def test_known_misses_pages20(given, expected):
    assert judge(*given).status == expected


# Mended after the held-out run (pages20's figure is a dev figure since): cases that pass now, with the rule that
# mended them.
MENDED_PAGES20 = [
    # pagesfix: a count named only by a finish and its manner (超额完成N个: words.toml figure.terse_lead) is the task's
    # own count done (tests/test_status_done_reading.py FINISH_MANNER)
    pytest.param(("我区计划新建或改造60个便民菜店", "现已超额完成71个;", date(2013, 10, 31)), "completed",
                 id="我区计划新建或改造60个便民菜店|现已超额完成71个;"),
    # pagesfix: the task's own work said done as a 任务 (全面完成改厕任务) is the whole task done (rules.WholeStatement;
    # tests/test_status_done_reading.py OWN_TASK_DONE)
    pytest.param(("积极响应上级号召,推进农村“改厕”工作", "全面完成改厕任务,组织开展“回头看”,确保后续维护顺利开展。",
                  date(2019, 7, 20)), "completed", id="推进农村“改厕”工作|全面完成改厕任务"),
    # pagesfix: a breakdown after 其中 with no step of its own (其中城区11条) is within its count, no second count done
    # (tests/test_status_done_reading.py BREAKDOWN)
    pytest.param(("计划新增9条公交线路", "现已新增15条,其中城区11条、北镇4条;", date(2013, 10, 31)), "completed",
                 id="计划新增9条公交线路|现已新增15条,其中城区11条、北镇4条;"),
    # pagesfix (stop 41): a share of the year's task in forms the reader missed — 占…的X% after a 、, a table's
    # 占年任务之比:X% cell (tests/test_status_done_reading.py SHARE_FORMS); each read by stage on pace before
    pytest.param(("“美丽乡村路”建设工程", "乡村公路完工5300公里、占年度任务的108.6%;全市乡镇公交通达率达到95.2%。",
                  date(2022, 11, 20)), "completed", id="“美丽乡村路”建设工程|占年度任务的108.6%"),
    pytest.param(("考核指标:城镇新增就业 单位:万人 工作目标:3.8", "已完成数:4.6 占年任务之比:121.1% 备注:人社局",
                  date(2020, 11, 30)), "completed", id="城镇新增就业|占年任务之比:121.1%"),
    pytest.param(("考核指标:孕产妇免费产前筛查 单位:万人 工作目标:2.2", "已完成数:2.31 占年任务之比:105.0% 备注:卫健局",
                  date(2020, 11, 30)), "completed", id="孕产妇免费产前筛查|占年任务之比:105.0%"),
    pytest.param(("考核指标:农村宽带网络覆盖工程 新建800个行政村5G基站 工作目标:45", "已完成数:45 占年任务之比:100.0%",
                  date(2020, 11, 30)), "completed", id="农村宽带网络覆盖工程|占年任务之比:100.0%"),
    # pagesfix (stop 41): the one figure done in the target's measure under another verb or noun, at or over the target
    # (rules/status_stage.py _measure_met; tests/test_status_done_reading.py MEASURE_MET)
    pytest.param(("我县今年计划建成150公里乡村公路", "现已完成路面铺设162公里;", date(2013, 10, 31)), "completed",
                 id="我县今年计划建成150公里乡村公路|现已完成路面铺设162公里;"),
    pytest.param(("公交化改造乡村客运班线8条。", "已完成8条线路改造。", date(2023, 7, 10)), "completed",
                 id="公交化改造乡村客运班线8条。|已完成8条线路改造。"),
    # pagesfix (stop 41): a programme's size counted with its whole (共38个, 共安排80项) beside the year's plan (计划投资,
    # 计划完成投资) is no part (rules/task_parts.py _list_size; tests/test_status_done_reading.py PROGRAMME_SIZE)
    pytest.param(("全年计划实施重点民生项目共38个,计划投资6.2亿元。", "截至目前,已开工项目37个,开工率97%;累计完成投资4.5亿元,"
                  "完成全年计划投资的72.6%。", date(2016, 7, 5)), "ahead", id="全年计划实施重点民生项目共38个|72.6%"),
    pytest.param(("2022年全区民生类重点项目共安排80项,总投资2400亿元,计划完成投资420亿元", "截至11月底,全区重点民生项目按照实物工作量累计"
                  "完成投资441亿元,为年计划的105%,比去年同期提高6.2个百分点。其中,教育项目、养老项目超额完成年度计划,分别达到118%、109%。",
                  date(2022, 11, 30)), "completed", id="民生类重点项目共安排80项|为年计划的105%"),
    # statuse (stop 59): the count each place is to have beside the whole's total in its unit spreads the total, no
    # target of its own; the total decides (rules/task_parts.py _each_quotas; tests/test_status_statuse59.py)
    pytest.param(("今年全市的任务目标是:每个乡镇建成1个标准化文化广场,全市共建成48个", "已全部开工,其中已建成41个、建成率85.4%。",
                  date(2022, 6, 30)), "ahead", id="每个乡镇建成1个标准化文化广场,全市共建成48个|已建成41个"),
]


@pytest.mark.parametrize("given,expected", MENDED_PAGES20)
def test_mended_pages20(given, expected):
    assert judge(*given).status == expected
