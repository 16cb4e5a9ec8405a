"""Issue 11, pagesh: the misses of the held-out real rows (bench/labels/status/pages23.json, labels landed in 35feb599
at 01:52 UTC on 4 December 2026, after the 01:50 rule deadline and before any engine run, judged once at 01:52 UTC,
no rule written from them), as strict xfails by phenomenon.  Every row here is written for this file in other words,
places and figures than the pages'; none is a page's sentence or a scored row.  A fix makes its case pass and the
test fail.  One miss is left out: a stated delay beside a little work (移民安置, read on pace) is judged
right in every other wording tried, so it has no case here."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def miss(given, expected, why):
    return pytest.param(given, expected, marks=pytest.mark.xfail(strict=True, reason=why), id=f"{given[0]}|{given[1]}")


KNOWN_MISSES_PAGES23 = [
    # a result at or over its target said plainly, read by stage as some work done on pace
    # (over-completion said, 同样超额完成, with the target unprinted — once "read by stage on pace": mended by statusc at
    # stop 64, words.toml report.over_done_close; now a plain case)
    pytest.param(("“四点半课堂”", "全市共开设1420个“四点半课堂”,同样超额完成,惠及小学生4.1万人。", date(2021, 12, 31)),
                 "completed", id="“四点半课堂”|同样超额完成"),
    miss(("领办项目:幸福里小区门前车位规划项目。", "工作进展:小区门前车辆乱停,经与交警协商,在门前规划好停车位,完成划线。",
          date(2022, 9, 1)), "completed", "spaces planned and marked (规划好…完成划线) read by stage on pace"),
    # the whole answered, read through its composition
    miss(("30件建议、批评和意见(2件列为议案办理,28件列为建议办理)", "截至2022年12月31日,2件议案,28件建议、批评和意见均按时限要求"
          "作出书面答复,办复率100%。", date(2022, 12, 31)), "completed",
         "every item answered (办复率100%) read as a part seriously behind through the bracketed composition"),
    miss(("关于集镇主街道改造的议案。", "镇政府实施了主街道路面、排水沟、路灯等改造,铺设沥青路面6200平方米、安装路灯80盏,"
          "主街面貌得到全面提升。", date(2022, 12, 31)), "completed",
         "a 议案's works listed as done with the whole improved read as partly done at the deadline (behind)"),
    # a due target short, read as done
    miss(("按照恢复重建规划,全县重建学校项目18个,总投资12.6亿元。", "截至8月底,全县开工项目18个,完工17个,完工率94%,"
          "与重建目标任务的差距为1个。累计完成投资13.1亿元,完成计划投资的104%。", date(2012, 8, 31)), "behind",
         "one project short of a due plan (the page's own 差距) beside the money over read as done"),
    miss(("3个非重灾县", "3个非重灾县完工6个,完工率86%,与重建目标任务的差距为1个,完成投资0.9亿元,完成计划投资的90%。",
          date(2012, 8, 31)), "behind", "the group's count of counties taken as its target and its projects summed over it, read as done"),
    miss(("“八项重点工作、六十项考核指标”", "60项指标中57项完成年度目标任务,占总数的95%;3项指标未完成年度目标任务,占5%。",
          date(2016, 12, 31)), "behind", "indicators mostly met with some missed at the year's end read as done"),
    miss(("市重点工作1-6月份工作任务620项", "已完成596项,未完成24项〔城建工作9项、招商工作6项、生态工作9项〕,完成率96.1%。",
          date(2020, 6, 30)), "behind",
         "a half-year's monthly task list short at its own deadline read against the year's pace (ahead)"),
    # a lag in the page's words beside a little work
    miss(("领办项目:西坡村核桃销路项目。", "工作进展:解决中。上半年已联系一家食品公司,但对方不再收购核桃,此销售渠道中断。"
          "正在联系其他渠道,争取年内解决。", date(2022, 9, 1)), "behind",
         "the one channel found lost and another still sought in September read as no comparable figure (unclear)"),
    # the label's first reading, where the engine gave the alternative
    miss(("12.做好城区供水管网改造、排水设施建设,新建公厕20座。", "持续推进城区供水管网改造,已完成管网改造3.2公里,项目正在加快推进。"
          " 完成进度(%):85%", date(2024, 3, 31)), "on_track",
         "a unit's share column beside counted parts unreported read as ahead (the label's alternative)"),
    miss(("为民实事8项20件", "20件为民实事中,已按期办结6件,按计划有序推进14件。", date(2024, 7, 20)), "on_track",
         "items done with every other on schedule read as behind by the share (the label's alternative)"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_PAGES23)
def test_known_misses_pages23(given, expected):
    assert judge(*given).status == expected


# Mended after this file's xfails were written (stop 41, pagesfix), each read on pace before: the share forms the reader
# missed (words.toml progress.stated_rate 完成度, progress._WHOLE_AMOUNT's unit ending in a digit) and every item said
# finished (rules/status_statements.py _all_said_done).
MENDED_PAGES23 = [
    # a target named only inside its result sentence, the result over it
    (("草地改良面积 计划任务3.5万hm2", "全县完成草地改良面积3.8万hm2,占计划任务3.5万hm2的108.6%。", date(2015, 12, 31)), "completed"),
    # a completion rate over 100 with the target unprinted
    (("困境儿童“爱心书桌”", "全年全省配送困境儿童“爱心书桌”3180张,完成度115.6%。", date(2022, 12, 31)), "completed"),
    # every voted project said done (均已完工) before its quantities
    (("确定本镇2023年度民生实事项目5个", "目前均已完工。其中,完成主街雨污分流管网860米;新建村道1200米;建成文化广场1个。",
      date(2023, 12, 20)), "completed"),
    # a repair wholly done (全部维修完毕), read as concrete work
    (("领办项目:东沟村饮水管道维修项目。", "工作进展:东沟村饮水管道老化漏水,单位出资3000元购买管材,目前已全部维修完毕。",
      date(2022, 9, 1)), "completed"),
    # statusb, stop 49: a reduction's level and its target named in a run of shares (降幅达4.2%,完成市定降幅3%) are no
    # listed shares of work done (words.toml progress.listed_share_not 降幅); the level over the target is done
    (("完成市定降幅3%的目标任务", "全县万元生产总值能耗降幅达4.2%,完成市定降幅3%的目标任务。", date(2014, 12, 31)), "completed"),
    (("完成区定降幅5%的目标任务", "全区单位工业增加值能耗降幅达6.3%,完成区定降幅5%的目标任务。", date(2016, 12, 31)), "completed"),
    (("完成区定降幅5%的目标任务", "全区单位工业增加值能耗降幅为3.1%,未完成区定降幅5%的目标任务。", date(2016, 12, 31)), "behind"),
    # statusa, stop 60 (README rule question 43, the rows relabelled by it): a work nearly done (基本完工) with no deadline
    # written is due at the year's end, so at 31 December it is behind — the strict xfail that asked on_track is retired
    (("城东湿地公园水系工程。对护城河长3.2千米河段进行综合治理,总投资1.5亿元,", "该项工程已基本完工。", date(2016, 12, 31)), "behind"),
]


@pytest.mark.parametrize("given,expected", MENDED_PAGES23)
def test_mended_pages23(given, expected):
    assert judge(*given).status == expected
