"""Issue 11, statusb (stop 45): budget shares and figures written with thousands separators.

Every row is invented for this file in the manner of budget-execution and progress reports (no page's sentence, no
scored row).  Two phenomena left open at stop 44 (bench/labels/status/README.md, pages32's first run):

* a figure with thousands separators (58,460万元) is one number everywhere it is read — its clause too, so the share
  after a whole restated with separators (为…预算58,460万元的66.9%) keeps the whole's words and reads as the share;
* a share of the year's budget, printed or not (为预算51.2%, 为年度预算36,800万元的58.0%, after the body that approved it:
  为县人民代表大会批准全县全年预算…的) is the work done against the year's budget (progress._STATED, words.toml
  progress.stated_share_of, progress.stated_share_approved), weighed against the pace like a share of the year's plan —
  the restated whole is no work done.

Guards: a plain amount with separators against its target, a growth target answered by its change beside the budget's
share, a count answered beside an investment amount, a share of the year's plan."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

MENDED = [
    # a share of the approved budget, its whole restated with separators, over the pace at mid-year
    (("非税收入 全年预算", "非税收入完成8,215万元,为市人民代表大会批准全市全年预算10,640万元的77.2%,同比增长4.1%", date(2023, 6, 30)),
     "ahead"),
    # shares of an unprinted budget: under half the pace, in the band
    (("土地出让收入 预算", "土地出让收入完成3.1亿元,为预算18.6%;", date(2023, 6, 30)), "seriously_behind"),
    (("一般公共预算收入 预算", "一般公共预算收入完成9.8亿元,为预算47.5%,同比增长6.2%;", date(2023, 6, 30)), "on_track"),
    # the year's budget restated with separators, its share under the band at 30 September
    (("教育支出 全年预算", "教育支出完成21,356万元,为年度预算36,800万元的58.0%。", date(2023, 9, 30)), "behind"),
]

# a share of the year's whole written as its amount after the year, no plan word (占全年18.4亿元的50.3%): the stated share
MENDED += [
    (("农民工务工收入 全年18.4亿元", "农民工务工收入9.25亿元,占全年18.4亿元的50.3%;", date(2023, 6, 30)), "on_track"),
    (("农民工务工收入 全年18.4亿元", "农民工务工收入4.1亿元,占全年18.4亿元的22.3%;", date(2023, 6, 30)), "seriously_behind"),
]

GUARDS = [
    (("社保基金收入 全年预算12,500万元", "社保基金收入完成13,020万元,为全年预算12,500万元的104.2%。", date(2023, 11, 30)),
     "completed"),
    (("完成固定资产投资5亿元。", "完成投资46,908万元。", date(2026, 6, 30)), "ahead"),
    (("一般公共预算收入增长6%", "一般公共预算收入完成12.3亿元,为年度预算的52.1%,同比增长7.4%。", date(2023, 6, 30)), "on_track"),
    (("一般公共预算收入增长6%", "一般公共预算收入完成12.3亿元,为年度预算的52.1%,同比增长3.1%。", date(2023, 6, 30)), "behind"),
    (("新建口袋公园12个", "已建成口袋公园5个,完成投资1,260万元。", date(2023, 6, 30)), "behind"),
    (("完成重点项目投资8亿元", "完成投资38,200万元,占年度计划的47.8%。", date(2023, 6, 30)), "on_track"),
    # a share of the year's task with its count (占今年5200户任务数的61.5%) is no share of a whole amount
    (("年内完成农村危房改造5200户", "已开工3198户,占今年5200户任务数的61.5%。", date(2023, 6, 30)), "on_track"),
]


@pytest.mark.parametrize("given,expected", MENDED + GUARDS, ids=lambda v: v[1] if isinstance(v, tuple) else v)
def test_budget_shares(given, expected):
    assert judge(*given).status == expected


def test_separator_keeps_the_clause():
    """The share after a whole written with separators takes the whole's words as its metric, as without them."""
    from luoshi.engine.progress import parse_row
    with_sep = parse_row("收入完成39,120万元,为全年预算58,460万元的66.9%", task="收入")
    without = parse_row("收入完成39120万元,为全年预算58460万元的66.9%", task="收入")
    assert [f.metric for f in with_sep.facts] == [f.metric for f in without.facts]
    assert with_sep.stated_pct == 66.9
