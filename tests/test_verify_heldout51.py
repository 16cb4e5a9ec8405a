"""Stop 51's held-out verify sets, judged once at the stop's second round (the benches' --verbose output on main
efaedc4c, /work/coord/lead/main_vreal.txt and main_vinv.txt) and dev since: the real pairs heldout_realh7 (r121–r123,
29/33) and the invented seventy-fifth set (v218–v220, 28/31).  Every miss of that run, a verdict or a target not read
(the bench's "missing"), is recorded here row by row as a strict xfail — what the engine does, what the label says and
why — so that a fix shows.  tests/test_verify_real_pairs.py and tests/test_verify_invented.py take their xfails from
here for the same rows."""

from __future__ import annotations

import pytest

from tests.verify_pair_answers import heldout_tests

pytestmark = pytest.mark.engine

# (pair, labelled metric) → why the engine's answer is not the label's.
REAL_MISSES: dict[tuple[str, str], str] = {
    # (r121's fine-particle level written bare, PM2.5平均浓度34微克/立方米, read as a floor; r122's investment and trade
    # answered only by the problems paragraph's list of indicators that missed 既定目标: mended at stop 51, verifye —
    # tests/test_verify_levels_streaks_renames.py, ordinary cases in MENDED below)
    # (r122's energy-intensity quota: its label's comparator was =, every other quota-done label's >=; corrected by
    # the lead with changed_from at stop 51, and the engine's verdict is the label's — an ordinary case in MENDED)
}

# (pair, labelled target text) → why.
INVENTED_MISSES: dict[tuple[str, str], str] = {
    # (v218's harvest total closing a streak, 粮食总产量51.2亿斤，连续5年稳定在50亿斤以上, taken for a five years' figure;
    # v220's new entities under their newer name, 新增经营主体: mended at stop 51, verifye —
    # tests/test_verify_levels_streaks_renames.py, ordinary cases in MENDED below)
    # (v219's forest cover named in the five years' paragraph only with a rank, 森林覆盖率持续位居全市前列: relabelled
    # not_reported at stop 52 by the lead's decision D7, the engine's answer — an ordinary case in MENDED below)
}

# The misses of that run mended since (stop 51, verifye): ordinary cases, (folder, pair, labelled metric or target).
MENDED = [
    ("verify_real", "r121", "PM2.5平均浓度"),
    ("verify_real", "r122", "固定资产投资"),
    ("verify_real", "r122", "进出口总额"),
    ("verify_real", "r122", "单位地区生产总值能耗"),
    ("verify_invented", "v218", "粮食产量稳定在50亿斤以上"),
    ("verify_invented", "v220", "新增市场主体1.2万户"),
    ("verify_invented", "v219", "森林覆盖率稳定在70%以上"),
]


(
    test_real_heldout_row,
    test_invented_heldout_row,
    test_mended_heldout_row,
    test_the_misses_name_labelled_rows,
) = heldout_tests(REAL_MISSES, INVENTED_MISSES, MENDED)
