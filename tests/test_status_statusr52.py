"""Issue 11, statusr (stop 52): a rate written as a range in a real progress page (预计增长4.5-5.0%, 增长4.8%-5.2%,
提高1~2个百分点) is one figure with two ends, never two figures: with one per-cent sign the engine read no figure at all,
and with a sign on each end it read the second end as a fall (-5.2%).  Read by its lower end, the range's floor: a
range meets a floor target only when its lower end does (statusr's convention, docs/status-rules.md; the labels'
README rule question 32).  Sentences written here in other words, never a label's row text."""

from datetime import date

import pytest

from luoshi.engine.progress import parse_row
from tests.status_judge import judge

pytestmark = pytest.mark.engine

# (progress text, the figures read as (value, unit))
FIGURES = [
    ("前三季度全区外贸进出口增长3.2-3.9%。", [(3.2, "%")]),
    ("全年限额以上批发业销售额增长7.1%-7.6%。", [(7.1, "%")]),
    ("城镇居民人均可支配收入增长5～6%。", [(5.0, "%")]),
    ("全年税收收入占比提高0.5-1个百分点。", [(0.5, "个百分点")]),
    ("出生率维持在7.5—8‰。", [(7.5, "‰")]),
    # guards: a rate going from one level to another is two figures; a falling pair is no range; a sign is kept
    ("森林覆盖率由41%提高至43.5%。", [(41.0, "%"), (43.5, "%")]),
    ("工业投资增速为-3.5%。", [(-3.5, "%")]),
    ("工业和服务业增速分别为6.1%、5.4%。", [(6.1, "%"), (5.4, "%")]),
]


@pytest.mark.parametrize("text,figures", FIGURES, ids=[f[0][:12] for f in FIGURES])
def test_rate_range_read_as_one_figure(text, figures):
    assert [(f.value, f.unit) for f in parse_row(text).facts] == figures


# (task, progress, as of, expected)
CASES = [
    # one per-cent sign, an ended period's estimate under the floor (rule question 29): behind
    ("全区外贸进出口增长5%。", "前三季度全区外贸进出口预计增长3.2-3.9%。", date(2025, 9, 30), "behind"),
    # a sign on each end: its upper end is no fall
    ("全年限额以上批发业销售额增长8%。", "全年限额以上批发业销售额预计增长7.1%-7.6%。", date(2025, 12, 31), "behind"),
    # the lower end at or over the floor: met, on pace (an estimate is never done)
    ("全年限额以上批发业销售额增长7%。", "全年限额以上批发业销售额预计增长7.1%-7.6%。", date(2025, 12, 31), "on_track"),
    ("城乡居民人均可支配收入增长6%。", "全年城乡居民人均可支配收入预计增长6-6.5%。", date(2025, 12, 31), "on_track"),
    # the range straddles the floor: its lower end decides, behind
    ("全年限额以上批发业销售额增长7.3%。", "全年限额以上批发业销售额预计增长7.1%-7.6%。", date(2025, 12, 31), "behind"),
    ("城乡居民人均可支配收入增长6%。", "全年城乡居民人均可支配收入预计增长5.6-6.4%。", date(2025, 12, 31), "behind"),
    # an actual range reported, not an estimate: the same reading
    ("规模以上工业增加值增长6.5%。", "上半年,全县规模以上工业增加值增长6.8%-7.2%。", date(2025, 6, 30), "on_track"),
    # an estimate of a period still to come stays a forecast, range or not
    ("规模以上工业增加值增长6.5%。", "全年规模以上工业增加值预计增长4.8%-5.2%。", date(2025, 6, 30), "unclear"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", CASES, ids=[f"{c[1][:14]}|{c[3]}" for c in CASES])
def test_rate_range_against_floor(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
