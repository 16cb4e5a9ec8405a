"""Stop 66, statuse (second round): archive volumes (卷) are a unit of count (units.toml units.count, after an Arabic
number only).  An archive's work is counted in volumes — files received, sorted, digitised, restored — and a target in
卷 answered by a figure in 卷 is compared as any count is.  Near-miss guards: a volume's ordinal name (第3卷, 第二卷) and
卷 after a Chinese numeral carry no count."""

from datetime import date

import pytest

from luoshi.engine.indicators import parse
from tests.status_judge import judge

pytestmark = pytest.mark.engine

SEP = date(2026, 9, 30)
DEC = date(2026, 12, 31)

VOLUMES = [
    ("〔指标〕档案接收〔目标值〕接收机构改革撤并单位档案1.5万卷〔时限〕12月31日", "自查进展：已接收撤并单位档案1.62万卷。", SEP,
     "completed"),
    ("年度目标：完成馆藏民国档案修复3000卷；完成时限：12月31日", "1—9月进展：已修复民国档案2300卷。", SEP, "on_track"),
    ("年度目标：完成馆藏民国档案修复3000卷；完成时限：12月31日", "1—9月进展：已修复民国档案900卷。", SEP, "seriously_behind"),
    ("重点工作：完成县直机关文书档案数字化4万卷，时限12月底", "截至12月底：全年完成文书档案数字化4.1万卷。", DEC, "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", VOLUMES)
def test_volumes_are_counted(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)


@pytest.mark.parametrize("text", ["整理文书档案2.4万卷", "移交到期会计档案860卷"])
def test_volume_target_is_a_count(text):
    (ind,) = parse(text)[0]
    assert ind.kind == "count" and ind.unit.endswith("卷")


# near misses: a volume's ordinal name and 卷 after a Chinese numeral count nothing
@pytest.mark.parametrize("text", ["编纂出版地方志丛书第3卷", "出版《某某县志》第二卷", "修订年鉴上卷和下卷"])
def test_volume_name_is_no_count(text):
    assert not [i for i in parse(text)[0] if i.unit and i.unit.endswith("卷")]
