"""Stop 53's held-out verify sets, judged once at the stop's second round (the benches' --verbose output on main
e6f78ef6, judged by b6c19ab and by the stop's starting engine a1e9d99 alike: bench/verify_real.py --set heldout_realh9,
bench/verify_invented.py --set seventy-seventh) and dev since: the real pairs heldout_realh9 (r133–r135, 31/35) and the
invented seventy-seventh set (v224–v226, 24/30).  Every miss of that run is recorded here row by row as a strict xfail —
the pair, the labelled metric or target, the label's verdict, what the engine does and why — so that a fix shows.
tests/test_verify_real_pairs.py and tests/test_verify_invented.py take their xfails for those rows from here."""

from __future__ import annotations

import pytest

from tests.verify_pair_answers import heldout_tests

pytestmark = pytest.mark.engine

# (pair, labelled metric) → (the label's verdict, why the engine's answer is not the label's).
REAL_MISSES: dict[tuple[str, str], tuple[str, str]] = {
    # (r135's environmental quality answered only by air quality against the plan's first year (较2016年下降…个百分点):
    # mended at stop 56, verifye, by the lead's decision D15 — a base year's change kept as the years' figure, an
    # environment quota's measures quoted, unclear; the two dev corpus rows of 047-048 it turns relabelled by D15,
    # tests/test_verify_stop56e.py)
    # (r133's and r134's all-inclusive revenue (财政总收入) answered only by the general budget revenue: relabelled
    # unclear → not_reported at stop 53 by the lead's method decision of stop 43, the engine's answer; r135's like-for-like
    # revenue answered only by its five-year level: mended at stop 53, verifye — a basis closing a target's name (同口径)
    # is no part of the metric a level of it answers, tests/test_verify_stop53e.py)
}

# (pair, labelled target text) → (the label's verdict, why).
INVENTED_MISSES: dict[tuple[str, str], tuple[str, str]] = {
    # (v225's ——field line whose first target is a range, and whose 分别 list and quota in words follow other clauses,
    # read whole: mended at stop 53, verifye — a clause list read whole is read clause by clause, targets.parse_clause,
    # tests/test_verify_stop53e.py; v225's investment answered only by the high-tech zone's figure relabelled
    # not_reported → unclear by the lead's decision of stop 48, the engine's answer since that fix)
}

# The misses of that run mended since: ordinary cases, (folder, pair, labelled metric or target).
MENDED: list[tuple[str, str, str]] = [
    ("verify_real", "r133", "财政总收入"),
    ("verify_real", "r134", "财政总收入"),
    ("verify_real", "r135", "一般公共预算收入"),
    ("verify_real", "r135", "生态环境质量"),
    ("verify_invented", "v225", "规模以上工业增加值增长7%"),
    ("verify_invented", "v225", "固定资产投资增长6%"),
    ("verify_invented", "v225", "社会消费品零售总额增长6%"),
    ("verify_invented", "v225", "城乡居民人均可支配收入分别增长5.5%和7%"),
    ("verify_invented", "v225", "单位地区生产总值能耗降低完成省下达任务"),
]


(
    test_real_heldout_row,
    test_invented_heldout_row,
    test_mended_heldout_row,
    test_the_misses_name_labelled_rows,
) = heldout_tests(REAL_MISSES, INVENTED_MISSES, MENDED, joined_invented=True)
