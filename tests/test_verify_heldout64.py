"""Stop 64's held-out verify sets, judged once at the stop's second round by the lead with the first round's last engine
(the real pairs heldout_realh20, r223–r225, 24/27, and the invented eighty-eighth set, v257–v259, 19/30) and dev since.
Every miss of that run is recorded here row by row as a strict xfail — the pair, the labelled metric or target, the
label's verdict, what the engine does and why — so that a fix shows; each shape mended is also written again in sentences
of this file's own (cases in other words, with guards).  tests/test_verify_real_pairs.py and tests/test_verify_invented.py
take their xfails for those rows from here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.verify_pair_answers import heldout_tests
from tests.verify_pair_helpers import outcomes_by_metric

pytestmark = pytest.mark.engine

# (pair, labelled metric) → (the label's verdict, why the engine's answer is not the label's).
REAL_MISSES: dict[tuple[str, str], tuple[str, str]] = {
    # (r223's two incomes answered by one clause saying both groups grew alike, 城乡…人均可支配收入均增长N%左右, not split
    # into the urban and the rural income, read not_reported: mended at stop 64, verifye — verify/review._both_groups_alike
    # (words.toml verify.both_groups_alike); the case in other words below)
    ("r224", "进出口贸易总额"): (
        "achieved",
        "the whole trade answered by the ports' trade (口岸进出口贸易总额): read unclear as a narrower scope, the label's "
        "alternative",
    ),
}


def _targets_by_metric(name: str) -> dict[str, str]:
    """The labelled target of each metric of an invented pair: its rows named by their metric (a target's own words may
    be a clause every report writes, which tests/test_hygiene.py keeps out of the suite)."""
    folder = Path(__file__).resolve().parent.parent / "bench" / "labels" / "verify_invented"
    pair = json.loads(next(folder.glob(name + "_*.json")).read_text(encoding="utf-8"))
    return {r["metric"]: r["target"] for r in pair["results"]}


V257 = _targets_by_metric("v257")
V259 = _targets_by_metric("v259")
_V259_LABELS = {
    "地区生产总值": "not_met", "规模以上工业增加值": "achieved", "固定资产投资": "achieved", "实际使用外资": "not_met",
    "外贸进出口总额": "not_met", "一般公共预算收入": "achieved", "新增规模以上工业企业": "achieved",
    "高新技术企业数量": "achieved", "研发经费投入强度": "unclear", "空气质量优良天数比率": "not_reported",
}

# (pair, labelled target) → (the label's verdict, why).
INVENTED_MISSES: dict[tuple[str, str], tuple[str, str]] = {
    ("v257", V257["一般公共预算收入"]): (
        "achieved",
        "a revenue target answered by a headline rate under it and, after one-off factors taken out, a same-basis rate over "
        "it (增长N%，剔除一次性因素后同口径增长M%): read unclear, the two bases disagreeing",
    ),
    # (v259's targets table, a lead line …预期目标如下表： then rows 序号, 指标名称, 单位 and the year's 目标 parted by tabs,
    # no row read as a target: mended at stop 64, verifye — structure._TARGETS takes the lead (words.toml
    # part.targets_table_follows) and tasks/expected._table_targets reads the rows; the case in other words below)
    ("v259", V259["外贸进出口总额"]): (
        "not_met",
        "its table row read since, a growth target answered only by a bare 下滑 in the problems paragraph (外贸进出口下滑): "
        "read unclear, a mention — words.toml verify.fall_total_said leaves 下滑 out (it may be a slower growth); for the "
        "lead",
    ),
}

# The misses of that run mended since: ordinary cases, (folder, pair, labelled metric or target).
MENDED: list[tuple[str, str, str]] = [
    ("verify_real", "r223", "城镇常住居民人均可支配收入"),
    ("verify_real", "r223", "农村常住居民人均可支配收入"),
    *(("verify_invented", "v259", V259[metric]) for metric in _V259_LABELS if metric != "外贸进出口总额"),
]


(
    test_real_heldout_row,
    test_invented_heldout_row,
    test_mended_heldout_row,
    test_the_misses_name_labelled_rows,
) = heldout_tests(REAL_MISSES, INVENTED_MISSES, MENDED, joined_invented=True)


# The same shapes in this file's own sentences.
TABLE_PLAN = (
    "某某高新技术产业开发区管理委员会工作报告\n——2031年2月在园区工作会议上\n\n一、2030年工作回顾\n\n2030年，园区经济运行平稳。\n\n"
    "二、2031年主要目标\n\n2031年园区主要发展指标预期目标如下表：\n{rows}\n\n三、2031年重点工作\n\n"
    "（一）抓项目建设。全年开工亿元以上项目20个。\n"
)
TABS = ("序号\t指标名称\t单位\t2031年目标\n1\t工业总产值增速\t%\t9左右\n2\t实际利用外资\t亿美元\t1.8\n"
        "3\t新增高新技术企业\t家\t45\n4\t研发投入强度\t%\t3.5")
PIPES = ("| 序号 | 指标名称 | 单位 | 2031年目标 |\n| --- | --- | --- | --- |\n| 1 | 工业总产值增速 | % | 9左右 |\n"
         "| 2 | 实际利用外资 | 亿美元 | 1.8 |\n| 3 | 新增高新技术企业 | 家 | 45 |\n| 4 | 研发投入强度 | % | 3.5 |")
TABLE_REVIEW = (
    "某某高新技术产业开发区管理委员会工作报告\n——2032年2月在园区工作会议上\n\n一、2031年工作回顾\n\n"
    "2031年，园区实现工业总产值增长8.1%；实际利用外资2.0亿美元。新增高新技术企业40家，研发投入强度达到3.6%。\n\n"
    "二、2032年工作安排\n\n2032年园区主要发展指标预期目标：工业总产值增长8%左右。\n"
)
TABLE_VERDICTS = {"工业总产值": "not_met", "实际利用外资": "achieved", "新增高新技术企业": "not_met", "研发投入强度": "achieved"}


SPACES = (
    "序号    指标名称              单位      2031年目标\n1       工业总产值增速        %         9左右\n"
    "2       实际利用外资          亿美元    1.8\n3       新增高新技术企业      家        45\n4       研发投入强度          %         3.5"
)
FULL_PIPES = (
    "序号｜指标名称｜单位｜2031年目标\n1｜工业总产值增速｜%｜9左右\n2｜实际利用外资｜亿美元｜1.8\n3｜新增高新技术企业｜家｜45\n"
    "4｜研发投入强度｜%｜3.5"
)


@pytest.mark.parametrize(
    ("lead", "rows"),
    [
        # v259's shape (mended): a targets table after a lead line naming the expected targets by their short name and
        # saying a table follows (…预期目标如下表：, 预期目标见下表：), its cells parted by tabs, by pipes or by runs of
        # spaces: each row a target — a growth rate from 增速 in the name, a 左右 in the figure's cell, an amount in
        # 亿美元, a count in 家, a level from 强度
        ("2031年园区主要发展指标预期目标如下表：", TABS),
        ("2031年园区主要发展指标预期目标如下表：", PIPES),
        ("2031年园区主要发展指标预期目标如下表：", SPACES),
        ("园区2031年预期目标见下表：", TABS),
    ],
    ids=["tabs", "pipes", "spaces", "see-below"],
)
def test_a_targets_table_after_an_expected_targets_lead(lead, rows):
    plan = TABLE_PLAN.replace("2031年园区主要发展指标预期目标如下表：", lead)
    got = outcomes_by_metric(plan.format(rows=rows), TABLE_REVIEW)
    assert {m: got.get(m) for m in TABLE_VERDICTS} == TABLE_VERDICTS


@pytest.mark.parametrize(
    "lead",
    [
        # guards: a lead whose words between the targets' name and 如下 say something else (完成情况), or naming no targets
        # (重点项目如下表：), takes no row of the table after it as a target
        "2031年园区预期目标完成情况如下：",
        "2031年园区重点项目如下表：",
    ],
)
def test_a_table_after_another_lead_is_no_targets_table(lead):
    plan = TABLE_PLAN.replace("2031年园区主要发展指标预期目标如下表：", lead)
    got = outcomes_by_metric(plan.format(rows=TABS), TABLE_REVIEW)
    assert not set(got) & set(TABLE_VERDICTS)


def test_a_targets_table_with_full_width_bars():
    # a targets table with full-width bars and no outer bar (指标名称｜单位｜2031年目标): once the reader took its last row
    # as open and the parts after it as that row's wrapped cell, the whole text a table document; mended at stop 65,
    # verifye (tables/pipe._read: a blank line after a whole row ends a bar-less table; tasks/expected._tab_cells)
    got = outcomes_by_metric(TABLE_PLAN.format(rows=FULL_PIPES), TABLE_REVIEW)
    assert {m: got.get(m) for m in TABLE_VERDICTS} == TABLE_VERDICTS


JOINED_PLAN = "某某市政府工作报告\n\n二、2031年工作安排\n\n主要预期目标是：地区生产总值增长8%左右，{target}。\n"
JOINED_REVIEW = (
    "某某市政府工作报告\n\n一、2031年工作回顾\n\n过去一年，全市城镇新增就业1.2万人。\n\n{review}\n\n"
    "二、2032年工作安排\n\n今年主要预期目标是：地区生产总值增长5%。\n"
)


def _groups(got: dict[str, str], resident: str = "") -> list[str | None]:
    return [got.get(f"{g}{resident}居民人均可支配收入") for g in ("城镇", "农村")]


@pytest.mark.parametrize(
    ("target", "review", "resident", "verdict"),
    [
        # r223's shape (mended): both groups' incomes answered by one clause saying they grew alike (城乡…均增长N%, 都):
        # the rate each group's, against a target on both (城乡…均) or on each group apart
        ("城乡居民人均可支配收入均增长7%", "预计全年地区生产总值增长8.3%，城乡居民人均可支配收入均增长7.5%。", "", "achieved"),
        ("城乡常住居民人均可支配收入均增长8%左右", "全年地区生产总值增长8.4%，城乡常住居民人均可支配收入均增长6.9%左右。", "常住",
         "not_met"),
        ("城镇居民人均可支配收入增长7%，农村居民人均可支配收入增长7.2%", "全年城乡居民人均可支配收入都增长7.5%。", "",
         "achieved"),
    ],
)
def test_both_groups_incomes_answered_by_one_joined_clause(target, review, resident, verdict):
    got = outcomes_by_metric(JOINED_PLAN.format(target=target), JOINED_REVIEW.format(review=review))
    assert _groups(got, resident) == [verdict, verdict]


def test_both_groups_alike_answer_each_group_apart():
    # the one rate set against each group's own target: one met, one not
    got = outcomes_by_metric(
        JOINED_PLAN.format(target="城镇居民人均可支配收入增长7%，农村居民人均可支配收入增长8%"),
        JOINED_REVIEW.format(review="全年城乡居民人均可支配收入都增长7.5%。"),
    )
    assert _groups(got) == ["achieved", "not_met"]


@pytest.mark.parametrize(
    ("review", "expected"),
    [
        # guards: one group named alone answers only its own; the 城乡 name with no word of alike is no rate of each
        # group (read as before, unclear)
        ("全年城镇居民人均可支配收入增长7.5%。", ["achieved", "not_reported"]),
        ("全年城乡居民人均可支配收入增长7.5%。", ["unclear", "unclear"]),
    ],
)
def test_both_groups_alike_guards(review, expected):
    got = outcomes_by_metric(JOINED_PLAN.format(target="城乡居民人均可支配收入均增长7%"), JOINED_REVIEW.format(review=review))
    assert _groups(got) == expected


def test_alike_after_a_name_of_no_two_groups():
    # guard: 均 after a name of no two groups splits nothing
    got = outcomes_by_metric(JOINED_PLAN.format(target="规模以上工业增加值增长7%"),
                             JOINED_REVIEW.format(review="全年规模以上工业增加值均增长7.5%。"))
    assert got.get("规模以上工业增加值") == "achieved"


@pytest.mark.xfail(strict=True, reason="v257's shape: a plain revenue target answered by a headline rate under it and a "
                   "same-basis rate after one-off factors over it — read unclear, as the conventions read two disagreeing "
                   "bases (r37's correction, v177's); not mended, the label for the lead")
def test_a_plain_target_with_a_same_basis_rate_over_it_and_a_headline_under():
    got = outcomes_by_metric(JOINED_PLAN.format(target="一般公共预算收入增长7%"), JOINED_REVIEW.format(
        review="全年一般公共预算收入完成52亿元，增长3.8%，剔除一次性因素后同口径增长7.4%。"))
    assert got.get("一般公共预算收入") == "achieved"


@pytest.mark.xfail(strict=True, reason="r224's shape: the whole trade answered only by the ports' trade (口岸进出口贸易总额), "
                   "read unclear as a narrower scope — the label's alternative, left")
def test_the_whole_trade_answered_by_the_ports_trade():
    got = outcomes_by_metric(JOINED_PLAN.format(target="进出口贸易总额增长20%"), JOINED_REVIEW.format(
        review="全年口岸进出口贸易总额增长35.2%。"))
    assert got.get("进出口贸易总额") == "achieved"


def test_both_groups_alike_with_a_bound_after_the_rate():
    # the alike rate with 左右 after it, a clause after it in the same sentence: still each group's
    got = outcomes_by_metric(
        JOINED_PLAN.format(target="城乡常住居民人均可支配收入均增长6.5%左右"),
        JOINED_REVIEW.format(review="预计全年城乡常住居民人均可支配收入均增长6.5%左右，多项指标增速位居全省前列。"),
    )
    assert _groups(got, "常住") == ["achieved", "achieved"]
