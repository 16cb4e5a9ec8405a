"""Verify mends of stop 54 (verifyx), found by the twenty-third real set's first run (r136–r138,
bench/labels/verify_real/README.md, docs/reading-reports.md).  Every sentence below was written for these tests (某某 and
made-up figures, in other words than any label), each outcome by reading before the engine was run on it.

- A review part whose title names a government's term of several years and no year (一、过去三年工作回顾, 一、本届政府工作
  回顾) looks back over those years as 过去五年 does: its cumulative amounts and caps said kept are the years', not the
  reviewed year's — quoted, unclear (D3) — and a metric it names with no figure is not reported (D7).  A review part
  titled with the year (一、2024年工作回顾, 一、2024年及本届政府工作回顾) stays the year's.
"""

from __future__ import annotations

import pytest

from tests.test_verify_ways import verdict_against

pytestmark = pytest.mark.engine

# A review whose part title is {title}: one paragraph of results, the problems paragraph and next year's targets.
TERM_REVIEW = """某市政府工作报告
——2025年1月8日在某市第十届人民代表大会第一次会议上

各位代表：

现在，我代表市人民政府，向大会报告工作，请予审议。

{title}

开放型经济稳步发展。{review}

同时，我们也清醒认识到，发展中还存在不少困难和问题。

三、2025年工作安排

今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。
"""

SEVERAL = ["一、过去三年工作回顾", "一、本届政府工作回顾", "一、过去六年工作回顾"]
YEAR = ["一、2024年工作回顾", "一、2024年及本届政府工作回顾"]


def _verdict(title, target, said, metric):
    return verdict_against(TERM_REVIEW.replace("{title}", title), target, "review", said, metric)


@pytest.mark.parametrize("title", SEVERAL)
@pytest.mark.parametrize(
    ("target", "said", "metric", "quoted"),
    [
        (
            "实际使用外资3亿美元",
            "全市实际使用外资累计9.5亿美元、总量位居全省前列。",
            "实际使用外资",
            "9.5亿美元",
        ),
        (
            "城镇登记失业率控制在3.5%以内",
            "就业形势总体稳定，城镇登记失业率控制在3.2%以下。",
            "城镇登记失业率",
            "3.2%",
        ),
    ],
    ids=["a cumulative amount", "a cap said kept"],
)
def test_a_term_review_part_gives_the_years_figures(title, target, said, metric, quoted):
    x = _verdict(title, target, said, metric)
    assert x.outcome == "unclear", x.reason
    assert x.actual and quoted in x.actual["text"], x.reason


@pytest.mark.parametrize("title", YEAR)
@pytest.mark.parametrize(
    ("target", "said", "metric", "outcome"),
    [
        ("实际使用外资3亿美元", "全市实际使用外资9.5亿美元、总量位居全省前列。", "实际使用外资", "achieved"),
        (
            "城镇登记失业率控制在3.5%以内",
            "城镇登记失业率3.2%，就业形势总体稳定。",
            "城镇登记失业率",
            "achieved",
        ),
    ],
    ids=["the year's amount", "the year's rate"],
)
def test_a_review_part_titled_with_the_year_stays_the_years(title, target, said, metric, outcome):
    x = _verdict(title, target, said, metric)
    assert x.outcome == outcome, x.reason


@pytest.mark.parametrize("title", SEVERAL)
def test_a_term_review_part_naming_a_metric_by_its_rank_only_reports_nothing(title):
    x = _verdict(title, "固定资产投资增长8%", "固定资产投资总量连续三年位居全省第三。", "固定资产投资")
    assert x.outcome == "not_reported", x.reason
