"""Issue 11, statusy (stop 40): a count target written for each item of a list (宫颈癌、乳腺癌免费检查各8000人; 口腔检查和窝沟
封闭各6000人; 防溺水、防诈骗宣传各20场): the figure is each item's target — each item answered by its own figure, the worst
deciding — never the items' figures summed against the one figure (read as done at twice the pace).  From invented167's
and invented168's first runs (three rows, two manners); the rows here are in other words and figures.  Guards: 各 in the
reply (each place's figure), a task of one item, one item done and the other on pace."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    (("完成高血压、糖尿病患者规范管理各3000人", "高血压患者规范管理2500人，糖尿病患者规范管理1200人。", date(2026, 9, 30)),
     "behind"),
    (("建设口袋公园和街心游园各4个", "口袋公园建成2个，街心游园建成2个。", date(2026, 6, 30)), "on_track"),
    (("开展安全生产、消防安全培训各12期", "全年开展安全生产培训12期，消防安全培训13期。", date(2026, 12, 31)), "completed"),
    (("开展防汛、地震应急演练各2次", "防汛应急演练已开展2次，地震应急演练已开展1次。", date(2026, 6, 30)), "on_track"),
    # guards: 各 in the reply (each place's figure, summed as before), a task of one item
    (("新建口袋公园8个", "东区、西区各建成2个。", date(2026, 6, 30)), "on_track"),
    (("新建口袋公园8个", "已建成4个。", date(2026, 6, 30)), "on_track"),
]


@pytest.mark.parametrize("given,expected", CASES, ids=[f"{g[0]}|{g[1]}" for g, _ in CASES])
def test_each_listed_item(given, expected):
    assert judge(*given).status == expected
