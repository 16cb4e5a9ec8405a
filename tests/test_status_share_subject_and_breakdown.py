"""Issue 11, pagesfix (stop 43): shares the reader misplaced.  Every row is invented for this file in the manner of
progress reports; none is a page's sentence.

* A share of the task's own work written with its subject before 完成 (农业项目完成投资达到99.2% for 农业项目 完成投资):
  the work after 完成 names the task's and the subject does too — the share of the task done (StatedRate); of several
  such shares, the one whose clause shares most of the task's words (各县项目完成投资均超过85% is the counties').
* A share of a whole right after an amount (土地流转面积138万亩,占耕地面积的63%): the share that amount is of the whole,
  a rate of the amount's thing (土地流转率), read against a rate target (progress: _SHARE_OF_WHOLE_ONLY).
* A share in a stretch opened by 其中 with no period of its own, beside a share of the period so far (1-10月份…): a
  breakdown of a figure the row does not give — the so-far share is read (progress._bare_breakdown_share)."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

SHARES = [
    (("工业项目 完成投资", "各县(区)项目完成投资均超过80%,工业项目完成投资达到97.5%。", date(2019, 8, 31)), "ahead"),
    (("文旅项目 完成投资", "文旅项目完成投资达到52%。", date(2019, 8, 31)), "behind"),
    # a share of another thing whose words quote the task: no share of the task
    (("新增公办学位", "市民生实事40项,其中“新增公办学位”“改造老旧小区”等22项超额完成、占比55%;", date(2022, 12, 31)),
     "completed"),
    (("全镇土地流转率达65%", "全镇土地流转面积3.2万亩,占耕地面积的67.4%。", date(2023, 12, 31)), "completed"),
    (("全镇土地流转率达65%", "全镇土地流转面积2.1万亩,占耕地面积的44.2%。", date(2023, 12, 31)), "behind"),
    (("全县重点项目年度投资计划", "其中,全县重点项目完成投资3亿元,完成年度投资计划的6.1%;1-9月份,累计完成投资40.2亿元,完成年度计划的81.9%。",
      date(2022, 9, 30)), "ahead"),
    (("全市重点工程年度投资计划", "其中,全市重点工程完成投资7亿元,完成年度投资计划的9%;1-6月份,累计完成投资31亿元,完成年度计划的40%。",
      date(2022, 6, 30)), "behind"),
    # a breakdown with no share so far beside it stands
    (("全市重点工程年度投资计划", "全市重点工程完成投资31亿元,完成年度计划的50%,其中,市本级完成年度计划的48%。", date(2022, 6, 30)),
     "on_track"),
]


@pytest.mark.parametrize("given,expected", SHARES, ids=lambda v: v[1] if isinstance(v, tuple) else v)
def test_share_subject_and_breakdown(given, expected):
    assert judge(*given).status == expected
