"""Issue 11, pagesfix (stop 43): a report listing several works' figures with 、 and closing the list with a share of
the whole's task (完成A 0.8万亩、B 2万亩、C 1.1万亩,完成全年任务的48.2%): for a task that is one of the works, the share
is the whole's, and the work's own figure in the list answers it (rules.StatedRate gives way:
_whole_share_after_listed_parts); the other works' figures, named by words of their own, are no pieces of it
(assigning._other_work_listed).  With no share of the whole after it, a list may be the steps of one work (已完成河道清淤
…、护岸砌筑…) and is left as it was read.  Every row is invented for this file in the manner of such reports; none is a page's sentence."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

LISTED_WORKS_WHOLE_SHARE = [
    (("完成湿地修复1.5万亩", "截至6月底,完成湿地修复1.5万亩、退耕还林0.6万亩、水土保持治理2.2万亩,完成全年任务的46.3%。",
      date(2023, 6, 30)), "completed"),
    (("水土保持治理5万亩", "截至6月底,完成湿地修复1.5万亩、退耕还林0.6万亩、水土保持治理2.2万亩,完成全年任务的46.3%。",
      date(2023, 6, 30)), "behind"),
    (("退耕还林1.2万亩", "截至6月底,完成湿地修复1.5万亩、退耕还林0.6万亩、水土保持治理2.2万亩,完成全年任务的46.3%。",
      date(2023, 6, 30)), "on_track"),
    (("新建乡村道路60公里", "今年以来,新建乡村道路42公里、改造危桥5公里、硬化村组道路18公里,完成年度任务的61%。",
      date(2023, 8, 31)), "on_track"),
    # the whole's own task: its share decides
    (("全年完成国土绿化任务10万亩", "截至6月底,完成湿地修复1.5万亩、退耕还林0.6万亩、水土保持治理2.2万亩,完成全年任务的46.3%。",
      date(2023, 6, 30)), "on_track"),
]


@pytest.mark.parametrize("given,expected", LISTED_WORKS_WHOLE_SHARE, ids=lambda v: v[1] if isinstance(v, tuple) else v)
def test_listed_works_whole_share(given, expected):
    assert judge(*given).status == expected
