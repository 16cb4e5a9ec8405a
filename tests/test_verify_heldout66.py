"""Stop 66's held-out verify sets, judged once by the lead with the first round's rule landing 97f2ddae (the real pairs
heldout_realh22, r241–r243, 26/34, and the invented ninetieth set, v263–v265, 2/33; the starting engine afe1936 gave the
same answers) and dev since.  Every miss of that run is recorded here row by row as a strict xfail — the pair, the
labelled metric or target, the label's verdict, what the engine does and why — so that a fix shows; a shape mended is
moved to MENDED and written again in sentences of the mending helper's own tests.  tests/test_verify_real_pairs.py and
tests/test_verify_invented.py take their xfails for those rows from here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.verify_pair_answers import heldout_tests

pytestmark = pytest.mark.engine

# (pair, labelled metric) → (the label's verdict, why the engine's answer is not the label's).
REAL_MISSES: dict[tuple[str, str], tuple[str, str]] = {
    ("r241", "生态环境"): ("unclear", "a qualitative target on the environment's overall quality is not read as a target (missing)"),
    ("r242", "生态环境"): ("achieved", "a qualitative target on the environment's overall quality is not read as a target (missing)"),
    ("r243", "制造业增加值占地区生产总值比重"): (
        "not_reported", "a share kept stable answered by a figure the label does not take for it: read unclear by a related figure"),
    ("r243", "进出口规模占全省全国比重"): (
        "achieved", "two shares of the province's and the nation's in one target read as one, answered by a related figure, "
        "unclear; the label reads the words of a rising contribution as met"),
    ("r243", "实际使用外资规模占全省全国比重"): ("unclear", "the second share of a joined target not read as a target (missing)"),
    # (r243's R&D share under its official long name, answered by its short name: mended at stop 67, verifyy — words.toml
    # verify.alias_words; tests/test_verify_verifyy67.py)
    # (r243's farmland and grain-capacity quotas answered only by their duty's assessment and its place: mended at stop 67,
    # verifyy — verify/qualitative._duty_assessed; tests/test_verify_verifyy67.py)
}


def _rows(name: str) -> list[dict]:
    folder = Path(__file__).resolve().parent.parent / "bench" / "labels" / "verify_invented"
    return json.loads(next(folder.glob(name + "_*.json")).read_text(encoding="utf-8"))["results"]


_NO_REVIEW = {
    "v265": "questions and answers on the next report not found as a review part: every target read not_reported, and "
            "the trade's and the incomes' targets not read (missing)",
}

# The rows the whole-document reading of a next document with no review part answers as labelled (mended at stop 66,
# verifye — verify/review._whole_document: the pair no longer fails, each target is judged against the whole document
# but a part on the coming year, with a warning; the labelled rows by their place in the pair's results).
_WHOLE_DOCUMENT_MENDED = {
    name: tuple(_rows(name)[k]["target"] for k in rows)
    for name, rows in (("v263", (2, 4, 6, 8, 9)), ("v265", (0, 1, 2, 3, 5, 6, 8, 10)))
}

# The rows mended at stop 67 (verifyy; tests/test_verify_verifyy67.py): v264's whole pair, its targets set by a verb now
# read (structure._targets_set, words.toml part.targets_set_noun, target.proposal_lead, change.year_mean_level); v263's
# rows left above, its results box's lines (5.7%　地区生产总值增速) read as the growth of the metric after each figure
# (verify/claims._BOX_NAMED_AFTER, _BOX_LINE).
_STOP67_MENDED = {
    "v264": tuple(row["target"] for row in _rows("v264")),
    "v263": tuple(_rows("v263")[k]["target"] for k in (0, 1, 3, 5)),
}

# Why the rest still miss, read against the whole document since.
_STILL = {
    # (v263, read against the whole newspaper report since verifye's mend: its results box putting each figure before its
    # metric mended at stop 67, verifyy — _STOP67_MENDED)
    # (v264, whose review is a statistics bureau's communiqué read whole since verifye's mend: its targets set by
    # 增长目标设定为 and a field's 目标设定为： mended at stop 67, verifyy — _STOP67_MENDED)
    "v265": "read against the whole document since (no review part): the trade's and the incomes' targets not read "
            "(missing), the grain output in 亿斤 answered in words not found (not_reported)",
}

# (pair, labelled target) → (the label's verdict, why): every row of the three pairs but the two labelled not_reported
# that the engine's not_reported met by chance, and the rows mended since.
INVENTED_MISSES: dict[tuple[str, str], tuple[str, str]] = {
    (name, row["target"]): (row["verdict"], why + "; " + _STILL[name])
    for name, why in _NO_REVIEW.items()
    for row in _rows(name)
    if row["verdict"] != "not_reported" and row["target"] not in _WHOLE_DOCUMENT_MENDED.get(name, ())
}

# The misses of that run mended since: ordinary cases, (folder, pair, labelled metric or target).
MENDED: list[tuple[str, str, str]] = [
    ("verify_invented", name, target)
    for name, mended in (*_WHOLE_DOCUMENT_MENDED.items(), *_STOP67_MENDED.items()) for target in mended
] + [("verify_real", "r243", metric) for metric in ("全社会研究与试验发展经费支出占地区生产总值比重", "耕地保有量", "粮食综合生产能力")]

(
    test_real_heldout_row,
    test_invented_heldout_row,
    test_mended_heldout_row,
    test_the_misses_name_labelled_rows,
) = heldout_tests(REAL_MISSES, INVENTED_MISSES, MENDED, joined_invented=True)
