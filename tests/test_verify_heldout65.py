"""Stop 65's held-out verify sets, judged once by the lead with the first round's last engine (the real pairs
heldout_realh21, r232–r234, 25/28, and the invented eighty-ninth set, v260–v262, 10/31) and dev since.  Every miss of
that run is recorded here row by row as a strict xfail — the pair, the labelled metric or target, the label's verdict,
what the engine does and why — so that a fix shows; a shape mended is moved to MENDED and written again in sentences of
the mending helper's own tests.  tests/test_verify_real_pairs.py and tests/test_verify_invented.py take their xfails for
those rows from here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.verify_pair_answers import heldout_tests

pytestmark = pytest.mark.engine

# (pair, labelled metric) → (the label's verdict, why the engine's answer is not the label's).
REAL_MISSES: dict[tuple[str, str], tuple[str, str]] = {
    ("r233", "外贸进出口总额"): (
        "unclear",
        "the whole trade said only in words (restored to a former level, no figure): read not_reported, no mention of the "
        "trade found to quote",
    ),
    # (r234's two incomes, a 分别 pair of the two groups' levels then, after 、, a second 分别 list of their rates in one
    # 预计 sentence, only the levels read: mended at stop 65, verifye — verify/respective._respectively leaves the second
    # list's own 分别 to the pairing the first list gave it; the case in other words in tests/test_verify_verifye65.py)
}


def _rows(name: str) -> list[dict]:
    folder = Path(__file__).resolve().parent.parent / "bench" / "labels" / "verify_invented"
    return json.loads(next(folder.glob(name + "_*.json")).read_text(encoding="utf-8"))["results"]


V262 = {r["metric"]: r["target"] for r in _rows("v262")}

# (pair, labelled target) → (the label's verdict, why).
INVENTED_MISSES: dict[tuple[str, str], tuple[str, str]] = {
    # (v260's, a plan report's targets as a table under its caption (表1 …主要预期目标), cells parted by full-width bars
    # with no outer bar (指标名称｜上年实际｜本年预期目标｜指标属性), no row read as a target: mended at stop 65, verifye —
    # tasks/expected._SEE_TABLE_END (words.toml part.targets_see_table), _CAPTION, _tab_cells, _CELL_SIGNS and
    # tables/pipe._read; the case in other words in tests/test_verify_verifye65.py)
    # (v262's, targets on lines each opened by a field in square brackets (【工业】…增长9%。) under a part titled 主要目标
    # of a zone's 工作要点 issued by a notice, no line read: mended at stop 65, verifye — structure._targets_under_heading
    # tags the heading, tasks/report reads the lines after it as after a lead-in's colon; two rows left, below)
    ("v262", V262["园区企业营业收入"]): (
        "achieved",
        "its line read since: a zone's own work points naming its own firms' income (园区企业营业收入) answered in its own "
        "summary — the review's figure read as a part of the area (区域局部口径), unclear",
    ),
    # (v262's energy fall answered only by the work's words, no figure: read unclear since stop 66 by the lead's decision
    # on a metric named in words only — verifyy, mentions._topic_mention, words.toml verify.topic_said)
}

# The misses of that run mended since: ordinary cases, (folder, pair, labelled metric or target).
MENDED: list[tuple[str, str, str]] = [
    ("verify_real", "r234", "城镇居民人均可支配收入"),
    ("verify_real", "r234", "农村居民人均可支配收入"),
    *(("verify_invented", "v260", target) for target in dict.fromkeys(r["target"] for r in _rows("v260"))),
    *(("verify_invented", "v262", target) for target in dict.fromkeys(r["target"] for r in _rows("v262"))
      if target != V262["园区企业营业收入"]),
]


(
    test_real_heldout_row,
    test_invented_heldout_row,
    test_mended_heldout_row,
    test_the_misses_name_labelled_rows,
) = heldout_tests(REAL_MISSES, INVENTED_MISSES, MENDED, joined_invented=True)
