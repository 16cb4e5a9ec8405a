"""Issue 11, statusa (stop 51): work halted whose resumption is only named, not made, in sentences written for this
file.  A halt (停工, 暂停施工) makes a task behind unless the work has since resumed (复工); a word of resuming whose date
is still undecided (复工时间待定, 复工日期未定) or that is negated (尚未复工, 未能复工) is no resumption
(words.toml report.resume_undecided; rules/status.py behind_cues)."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    (("某某物流园项目：年内建成投用。", "项目因征地纠纷于5月停工，复工时间待定。", date(2025, 8, 31)), "behind"),
    (("某某污水处理厂提标改造：9月底前完工。", "受资金影响，工程已暂停施工，复工日期未定。", date(2025, 7, 31)), "behind"),
    (("某某学校综合楼：年内主体封顶。", "项目3月停工至今，目前尚未复工。", date(2025, 6, 30)), "behind"),
    # resumed since: the halt no longer counts
    (("某某学校综合楼：年内主体封顶。", "项目3月因疫情停工，4月已复工，目前正在进行主体结构施工。", date(2025, 6, 30)),
     "on_track"),
]


@pytest.mark.parametrize("args,expected", CASES)
def test_halt_undecided(args, expected):
    assert judge(*args).status == expected
