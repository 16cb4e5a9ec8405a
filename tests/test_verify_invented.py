"""The invented consecutive-year pairs of bench/labels/verify_invented/ (written and labelled by reading before
the engine was run on them; each set's first run is in bench/verify_invented.py): every labelled target of
year N is found, and its verdict against year N+1's report is the label's, by bench/corpus.py's own matching."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from luoshi.engine import reader, verify
from luoshi.engine.model import SourceText
from tests.test_verify_heldout51 import INVENTED_MISSES
from tests.test_verify_heldout52 import INVENTED_MISSES as INVENTED_MISSES_52
from tests.test_verify_heldout53 import INVENTED_MISSES as INVENTED_MISSES_53
from tests.test_verify_heldout56 import INVENTED_MISSES as INVENTED_MISSES_56
from tests.test_verify_heldout57 import INVENTED_MISSES as INVENTED_MISSES_57
from tests.test_verify_heldout58 import INVENTED_MISSES as INVENTED_MISSES_58
from tests.test_verify_heldout59 import INVENTED_MISSES as INVENTED_MISSES_59
from tests.test_verify_heldout60 import INVENTED_MISSES as INVENTED_MISSES_60
from tests.test_verify_heldout61 import INVENTED_MISSES as INVENTED_MISSES_61
from tests.test_verify_heldout62 import INVENTED_MISSES as INVENTED_MISSES_62
from tests.test_verify_heldout63 import INVENTED_MISSES as INVENTED_MISSES_63
from tests.test_verify_heldout64 import INVENTED_MISSES as INVENTED_MISSES_64
from tests.test_verify_heldout65 import INVENTED_MISSES as INVENTED_MISSES_65
from tests.test_verify_heldout66 import INVENTED_MISSES as INVENTED_MISSES_66
from tests.test_verify_heldout67 import INVENTED_MISSES as INVENTED_MISSES_67

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "bench" / "labels" / "verify_invented"
sys.path.insert(0, str(ROOT / "bench"))
import corpus  # noqa: E402  (bench/corpus.py)

pytestmark = pytest.mark.engine

PAIRS = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(HERE.glob("v*.json"))]


def _name(pair):
    """The pair's number (v07, v100): the file name up to its first underscore."""
    return pair["targets_file"].split("_")[0]


def _doc(name):
    return reader.read_text(SourceText((HERE / name).read_text(encoding="utf-8"), "txt"), name)


# Pairs the engine still gets partly wrong (the first runs' misses not yet fitted, bench/verify_invented.py):
# strict, so a fix shows.
KNOWN_MISSES: dict[str, str] = {
    # holdout's held-out check of stop 35 (v158–v160, judged once, no rule written from it)
    # (v159's figure of a development zone with the verb of its result before the name, 经济开发区完成规上工业增加值…: mended at
    # stop 45, verifyx — tests/test_verify_part_area_verb.py)
    "v159": "a same-basis revenue growth after the natural one is read as two readings that disagree (unclear, as the corpus "
            "README reads 026's) where the label reads the same-basis growth met",
    # holdout's held-out check of stop 36 (v165–v167, judged once at 10:47 UTC on 3 December 2026, no rule written from it)
    # (v165's year growth on the year before after a two-year average, mended at stop 39: verify.one_year 比上年)
    # (v167's 保持稳定 target joined by a comma to an amount target on one ——line, mended at stop 39: tests/test_targets.py)
    # holdout's held-out check of stop 38 (v171–v173, judged once at 17:39 UTC on 3 December 2026, the stop's starting
    # engine the same; no rule written from it)
    # (v173's estimated growth joined by 、 to a two-year average, mended at stop 39: tests/test_verify_ways_more.py)
    # (v175, the fifty-ninth set's first-run miss — a piece numbered ① before a 分别 pair — mended at stop 39:
    # tests/test_targets.py test_pieces_numbered_with_one_character)
    # holdout's held-out check of stop 39 (v176–v178, judged once at 21:28 UTC on 3 December 2026, the stop's starting
    # engine the same; no rule written from it)
    # (v176's quota said done under another name of the energy targets, 完成…能耗双控目标任务: mended at stop 45, verifyx —
    # tests/test_verify_quota_named_otherwise.py)
    # holdout's held-out check of stop 41 (v186–v188, judged once at 05:17 UTC on 4 December 2026, the stop's starting
    # engine the same; no rule written from it)
    # (v188's 主要污染物排放总量持续减少 after a comma in a ；-piece: read as a target all along, its label's comparator corrected
    # to the corpus format at stop 45; the falls of the named pollutants answering it, mended at stop 45, verifyx —
    # tests/test_verify_fall_without_figure.py)
    # holdout's held-out check of stop 42 (v191–v193, judged once at 11:50 UTC on 4 December 2026, the stop's starting
    # engine the same; no rule written from it)
    # (v191's city quota with no number on 细颗粒物（PM2.5）平均浓度 answered by the year's PM2.5 level: the bracketed name not
    # looked for without its brackets; mended at stop 45, verifyx — tests/test_verify_quota_named_otherwise.py)
    # (v192's growth in brackets right after the metric's name, …（增长7.4%）: mended at stop 43, verifyb —
    # tests/test_verify_other_names.py test_a_rate_in_brackets_after_the_name)
    # (v193's 外贸进出口保持稳定: read as a target all along; its label's comparator corrected to the labels' format, `=`,
    # at stop 43 — bench/labels/verify_invented/README.md, "Format correction")
    # holdout's held-out check of stop 43 (v194–v196, judged once at 15:30 UTC on 4 December 2026, the stop's starting
    # engine the same; no rule written from it)
    # (v194's targets under labelled heads, (一)经济发展：…；…, none read: mended at stop 44, verifyh —
    # tests/test_targets_under_heads.py)
    # (v195's growth over its floor held against a problems clause naming another metric, and a stock's total read as the
    # count of new entities: mended at stop 44, verifyh — tests/test_verify_problem_clauses.py)
    # (v184's year's targets untagged at the end of a five-year part and v185's review pasted without its part headings,
    # the sixty-third set's first-run misses, mended at stop 41: tests/test_reading_real_leftovers.py)
    # holdout's held-out check of stop 44 (v197–v199, judged once at 18:23 UTC on 4 December 2026, the stop's starting
    # engine the same; no rule written from it)
    # (v199's targets in two labelled sentences, 主要预期性指标为：… 主要约束性指标为：…, read but for one, and the province's
    # energy quota said done as 节能降耗完成…下达年度目标: mended at stop 45, verifyx — tests/test_verify_quota_named_otherwise.py;
    # its emissions label's comparator corrected to the corpus format, bench/labels/verify_invented/README.md)
    # holdout's held-out check of stop 45 (v200–v202, judged once at 22:07 UTC on 4 December 2026, the stop's starting
    # engine ec62080 the same; no rule written from it)
    # (v200's targets written as lines of a label, a full-width colon and the target, 地区生产总值：增长6%左右, read with no
    # metric: mended at stop 49, verifyx — tasks.report's label lines, tests/test_targets_label_lines.py)
    # (v202's park's own count of new high-tech firms, 某某科技园新增…41家, taken for the district's: by the lead's decision
    # of stop 48 quoted, unclear — relabelled with changed_from and mended at stop 48, verifyd —
    # tests/test_verify_area_parts_quoted.py)
    # holdout's held-out check of stop 46 (v203–v205, the seventieth set, judged once at 01:14 UTC on 5 December 2026 by
    # a189e90; the stop's starting engine 4c774d1 the same; no rule written from it)
    # (v204's count unit with its bracketed alternative, 万头（只）, read without the bracket (万头): mended at stop 50,
    # verifyx — units.toml 头(只), tests/test_verify_bracketed_unit.py)
    # (v205's amount to win from above answered by 全年争取上级各类资金…, read as a plan's figure (争取) and not found: mended
    # at stop 49, verifyx — words.toml intention.plan_won, tests/test_verify_funds_won.py)
    # (v205's income every village is to reach answered by how many of the villages reached it, the rest short, read as
    # the level reached: mended at stop 49, verifyx — judge._every_unit, tests/test_verify_every_unit.py)
    # holdout's held-out check of stop 47 (v206–v208, the seventy-first set, judged once at 04:10 UTC on 5 December 2026
    # by 5e72f3a; no rule written from it).  (v206's and v208's whole-year estimates short, read not met by the written
    # stop 47 convention — docs/reading-reports.md, the lead's decision — where their labels, written from the brief's
    # shorter words before the lead's confirmation, read them unclear: relabelled not_met at stop 48 with changed_from.)
    # (v206's firms' total energy use for an energy-intensity target, v207's agreed funds for funds paid in, buildings'
    # occupancy for firms moving in and the larger retailers' eleven-month growth for all retail sales, v208's tourism
    # revenue for visitor numbers — neighbouring measures quoted, unclear: mended at stop 48, verifyx —
    # tests/test_verify_parts_quoted.py)
    # holdout's held-out check of stop 48 (v209–v211, the seventy-second set, judged once at 07:33 UTC on 5 December 2026
    # by 8364c68; the stop's starting engine b555e88 the same; 17/30; no rule written from it — in other words below,
    # THE_SEVENTY_SECOND_IN_OTHER_WORDS)
    # (v209's rise in points on the year before, …比上年提高N个百分点, answered only by the year's level, read not reported
    # with the words of comparison kept in the metric's name: mended at stop 49, verifyx — targets.strip_metric)
    "v210": "a count of visitors of one kind of tourism answered by the place's visitors with no qualifier is not reported "
            "where the label reads them the same measure, achieved",
    # (v210's floor every village is to reach answered by the villages' total and their average, read as reached on the
    # total: mended at stop 49, verifyx — judge._every_unit)
    # (v211's targets after a slogan's lead-in and colon, 全力实现“N个突破”：…, not read at all: mended at stop 49, verifyx —
    # structure._targets_in_slogan, tests/test_targets_slogan.py)
    # holdout's held-out check of stop 49 (v212–v214, the seventy-third set, judged once at 10:41 UTC on 5 December 2026
    # by 58cfdc60; the stop's starting engine the same; 21/30)
    # (v212's review lines restating each target before its result under short run-in titles, 指标：年度目标…，完成…, read
    # as no figure; a growth after a part-year amount, …1—11月完成…亿元，增长…%, read as the whole year's; hogs sold for
    # the livestock output: mended at stop 49, verifye — tests/test_verify_review_title_lines.py)
    # (v214's revenue growth answered only as a share of the year's budget: relabelled unclear by the lead at stop 49, as
    # v69's label reads the same words)
    "v214": "a new 4A scenic spot through its review with the notice pending (unclear labelled) read not reported",
    # holdout's held-out check of stop 50 (v215–v217, the seventy-fourth set, judged once at 13:50 UTC on 5 December 2026
    # by d2b7587; the stop's starting engine adb1c75 the same; 7/31)
    # (v215's targets after 主要目标建议如下。 grouped by run-in field names (经济增长方面，…。投资消费方面，…), v217's after
    # 主要指标安排如下： numbered (1)…；(2)… in one paragraph, and v216's growths in the sentence after the overall requirement:
    # mended at stop 50, verifye — part.targets_as_follows, structure._targets_after_requirements,
    # tests/test_targets_listed_as_follows.py)
    "v216": "funds paid in (到位资金) answered only by signed projects' agreed investment (协议总投资), a neighbouring measure, "
            "read not reported where the label quotes it, unclear",
    "v217": "an energy-intensity fall answered only by the firms' total energy use falling, a neighbouring measure, read "
            "not reported where the label quotes it, unclear",
    # holdout's held-out check of stop 51 (v218–v220, the seventy-fifth set, judged once on main efaedc4c; 28/31): the
    # misses recorded in tests/test_verify_heldout51.py, row by row (v218's harvest total closing a streak of years, v220's
    # 经营主体 for 市场主体: mended at stop 51, verifye — tests/test_verify_levels_streaks_renames.py)
    **{name: "; ".join(why for (n, _), why in INVENTED_MISSES.items() if n == name) for name, _ in INVENTED_MISSES},
    # holdout's held-out check of stop 52 (v221–v223, the seventy-sixth set, judged once on main c5a2280a; 36/37): the
    # misses recorded in tests/test_verify_heldout52.py, row by row
    **{name: "; ".join(why for (n, _), (_, why) in INVENTED_MISSES_52.items() if n == name)
       for name, _ in INVENTED_MISSES_52},
    # holdout's held-out check of stop 53 (v224–v226, the seventy-seventh set, judged once on main e6f78ef6; 24/30): the
    # misses recorded in tests/test_verify_heldout53.py, row by row
    **{name: "; ".join(why for (n, _), (_, why) in INVENTED_MISSES_53.items() if n == name)
       for name, _ in INVENTED_MISSES_53},
    # the lead's held-out check of stop 56 (v233–v235, the eightieth set, judged once; 26/27): the misses recorded in
    # tests/test_verify_heldout56.py, row by row
    **{name: "; ".join(why for (n, _), (_, why) in INVENTED_MISSES_56.items() if n == name)
       for name, _ in INVENTED_MISSES_56},
    # the lead's held-out check of stop 57 (v236–v238, the eighty-first set, judged once; 30/31): the misses recorded in
    # tests/test_verify_heldout57.py, row by row
    **{name: "; ".join(why for (n, _), (_, why) in INVENTED_MISSES_57.items() if n == name)
       for name, _ in INVENTED_MISSES_57},
    # the lead's held-out check of stop 58 (v239–v241, the eighty-second set, judged once; 29/31): the misses recorded in
    # tests/test_verify_heldout58.py, row by row
    **{name: "; ".join(why for (n, _), (_, why) in INVENTED_MISSES_58.items() if n == name)
       for name, _ in INVENTED_MISSES_58},
    # the lead's held-out check of stop 59 (v242–v244, the eighty-third set, judged once; 28/30): the misses recorded in
    # tests/test_verify_heldout59.py, row by row
    **{name: "; ".join(why for (n, _), (_, why) in INVENTED_MISSES_59.items() if n == name)
       for name, _ in INVENTED_MISSES_59},
    # the lead's held-out check of stop 60 (v245–v247, the eighty-fourth set, judged once; 26/28): the misses recorded in
    # tests/test_verify_heldout60.py, row by row
    **{name: "; ".join(why for (n, _), (_, why) in INVENTED_MISSES_60.items() if n == name)
       for name, _ in INVENTED_MISSES_60},
    # the lead's held-out check of stop 61 (v248–v250, the eighty-fifth set, judged once; 30/30): no miss to record
    # (tests/test_verify_heldout61.py)
    **{name: "; ".join(why for (n, _), (_, why) in INVENTED_MISSES_61.items() if n == name)
       for name, _ in INVENTED_MISSES_61},
    # the lead's held-out check of stop 62 (v251–v253, the eighty-sixth set, judged once; 21/33): the misses recorded in
    # tests/test_verify_heldout62.py, row by row
    **{name: "; ".join(why for (n, _), (_, why) in INVENTED_MISSES_62.items() if n == name)
       for name, _ in INVENTED_MISSES_62},
    # the lead's held-out check of stop 63 (v254–v256, the eighty-seventh set, judged once; 29/30): the misses recorded in
    # tests/test_verify_heldout63.py, row by row
    **{name: "; ".join(why for (n, _), (_, why) in INVENTED_MISSES_63.items() if n == name)
       for name, _ in INVENTED_MISSES_63},
    # the lead's held-out check of stop 64 (v257–v259, the eighty-eighth set, judged once; 19/30): the misses recorded in
    # tests/test_verify_heldout64.py, row by row
    **{name: "; ".join(why for (n, _), (_, why) in INVENTED_MISSES_64.items() if n == name)
       for name, _ in INVENTED_MISSES_64},
    # the lead's held-out check of stop 65 (v260–v262, the eighty-ninth set, judged once; 10/31): the misses recorded in
    # tests/test_verify_heldout65.py, row by row
    **{name: "; ".join(why for (n, _), (_, why) in INVENTED_MISSES_65.items() if n == name)
       for name, _ in INVENTED_MISSES_65},
    # the lead's held-out check of stop 66 (v263–v265, the ninetieth set, judged once; 2/33): the misses recorded in
    # tests/test_verify_heldout66.py, row by row
    **{name: "; ".join(dict.fromkeys(why for (n, _), (_, why) in INVENTED_MISSES_66.items() if n == name))
       for name, _ in INVENTED_MISSES_66},
    # the lead's held-out check of stop 67 (v266–v268, the ninety-first set, judged once; 18/30): the misses recorded in
    # tests/test_verify_heldout67.py, row by row
    **{name: "; ".join(dict.fromkeys(why for (n, _), (_, why) in INVENTED_MISSES_67.items() if n == name))
       for name, _ in INVENTED_MISSES_67},
}


# Rows labelled under the corpus labels' earlier reading (a part-year figure above the target settles it), which the
# lead's method decision of stop 41 reverses — a year's target is judged on the year's result, a figure of part of the
# year settles nothing: the labels stand as written (never changed after a first run; bench/verify_invented.py counts
# them as disagreements), the engine is held to the decision's answer.
METHOD_DECISION: dict[tuple[str, str], str] = {
    ("v29", "固定资产投资增长7%"): "unclear",            # 1—11月 8.1%
    ("v75", "区级一般公共预算收入增长5%"): "unclear",      # 1—11月 6.7%
    ("v75", "规模以上工业增加值增长7%"): "unclear",        # 1—11月 8.3%
    ("v143", "规模以上工业增加值增长6%"): "unclear",       # 1—11月 6.4%
}


@pytest.mark.parametrize("pair", [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[_name(p)]))
                                  if _name(p) in KNOWN_MISSES else p for p in PAIRS],
                         ids=[_name(p) for p in PAIRS])
def test_verdicts_of_the_pair(pair):
    verdicts, _ = verify.verify_documents(_doc(pair["targets_file"]), _doc(pair["review_file"]), pair["targets_file"])
    wrong = []
    for result, j in zip(pair["results"], corpus.assign(pair["targets"], corpus.verdict_targets(verdicts)), strict=True):
        answer = corpus.outcome(verdicts[j]) if j is not None else "missing"
        expected = METHOD_DECISION.get((_name(pair), result["target"]), result["verdict"])
        if answer != expected:
            wrong.append((result["target"], expected, answer, verdicts[j].reason if j is not None else ""))
    assert not wrong


def test_the_method_decision_names_labelled_rows():
    """Each row held to the method decision is a row of its pair, labelled otherwise (no stale entry)."""
    rows = {(_name(p), r["target"]): r["verdict"] for p in PAIRS for r in p["results"]}
    assert all(key in rows and rows[key] != answer for key, answer in METHOD_DECISION.items())


def test_there_are_pairs_to_check():
    assert len(PAIRS) >= 8 and sum(len(p["results"]) for p in PAIRS) >= 60


# Pairs whose year-N targets the engine reads none of (a first run's miss): strict, so a fix shows.
# (v184's, untagged at the end of a five-year part, mended at stop 41)
NO_TARGETS_READ: dict[str, str] = {
    # (holdout's held-out v194, stop 43, its targets under labelled heads not read at all: mended at stop 44, verifyh)
    # (holdout's held-out v206, stop 47, its targets after 主要目标确定为： read as an ordinary task: mended at stop 48,
    # verifyx — the lead-in's verb 确定为 (拟定为, 设定为) read as 为, structure._TARGETS_PLAIN)
    # (holdout's held-out v211, stop 48, its targets after a slogan's lead-in, 今年…要全力实现“N个突破”：…, and a second
    # sentence opened by 同时 read as no expected target: mended at stop 49, verifyx — structure._targets_in_slogan)
    # (holdout's held-out v215–v217, stop 50: v215's targets grouped by run-in field names, v216's after the general
    # requirement, v217's numbered (1)…；(2)… in one paragraph, none read: mended at stop 50, verifye)
    # the lead's held-out check of stop 56 (found by verifye while recording the set's misses; failing on main 2f9946b2)
    "v235": "targets in paragraphs opened by a run-in field name closed by a full stop (经济增长方面。…) after a colon line "
            "(主要预期目标是：): the tasks reader (bench/corpus.engine_targets) reads no expected-target task there, though the "
            "verify engine judges each target",
    # (the lead's held-out v251, stop 62, its targets on lines each led by its field, 在经济发展方面：…, under a lead-in
    # closing on 安排如下。, none read: mended at stop 62, verifye — tasks/expected._AS_FOLLOWS_END)
    # (the lead's held-out v259, stop 64, its targets as a table after a lead line …预期目标如下表：, none read: mended at
    # stop 64, verifye — structure._TARGETS takes the short name before part.targets_table_follows and a colon)
    # the lead's held-out check of stop 65 (v260 and v262, judged once; failing on main 03177e43)
    # (v260's, a plan report's targets as a table under its caption, cells parted by full-width bars with no outer bar,
    # no row read: mended at stop 65, verifye — tasks/expected._SEE_TABLE_END, _CAPTION, _tab_cells, _CELL_SIGNS)
    # (v262's, targets on lines opened by a field in square brackets (【工业】…) under a part titled 主要目标, none read:
    # mended at stop 65, verifye — structure._targets_under_heading)
    # the lead's held-out check of stop 66 (v263–v265, judged once; failing on main 97f2ddae)
    # (v264's pair failing as a whole, its next document a statistics bureau's communiqué with no review part: mended at
    # stop 66, verifye — verify/review._whole_document judges each target against the whole document, with a warning)
    # (v264's targets set by 增长目标设定为 and a field's 目标设定为：, none read: mended at stop 67, verifyy —
    # structure._targets_set)
    # (the lead's held-out v266, stop 67, its targets an infographic's metric lines each over its figure's line, none
    # read: mended at stop 67's second round, verifye — structure._figure_under_name, structure.heads_targets_only)
}


@pytest.mark.parametrize("pair", [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=NO_TARGETS_READ[_name(p)]))
                                  if _name(p) in NO_TARGETS_READ else p for p in PAIRS],
                         ids=[_name(p) for p in PAIRS])
def test_every_extracted_target_gets_a_verdict(pair):
    """Each expected target the engine reads in year N's report (bench/corpus.engine_targets, as the targets bench
    counts them) has its own verdict, with the same metric, figure, unit, comparator and kind — none left with no
    verdict (the "missing" answer of the verify bench)."""
    verdicts, _ = verify.verify_documents(_doc(pair["targets_file"]), _doc(pair["review_file"]), pair["targets_file"])

    def key(t):
        return t["metric"], t["value"], t["value_high"], t["unit"], t["comparator"], t["kind"]
    extracted = Counter(map(key, corpus.engine_targets(_doc(pair["targets_file"]))))
    judged = Counter(map(key, corpus.verdict_targets(verdicts)))
    assert extracted and not extracted - judged


# The seventy-second set's misses (stop 48's held-out v209–v211) in other words, on a county's short pair of reports: strict,
# so a fix shows.  Each fails as its original did (checked when written).
_N = ("某某县人民政府工作报告\n\n一、2024年工作回顾\n\n2024年，全县地区生产总值达到286亿元。\n\n二、2025年目标任务\n\n"
      "{targets}\n\n三、重点工作\n\n（一）抓好产业发展。新建标准化厂房10万平方米。\n")
_N1 = ("某某县人民政府工作报告\n\n一、2025年工作回顾\n\n{review}\n\n二、存在的问题\n\n产业支撑仍然偏弱。\n\n"
       "三、2026年目标任务\n\n今年主要预期目标是：地区生产总值增长6%。\n")
_AIMS = ("今年全县主要预期目标是：地区生产总值增长7%，湿地保护率比上年提高0.5个百分点，接待红色旅游游客20万人次，"
         "各村集体经济收入全部达到10万元以上。")
_DONE = "全县地区生产总值增长7.2%。湿地保护率达到62.4%。全年接待游客23万人次。村集体经济收入总额达到180万元，村均12万元。"


def _small(text):
    return reader.read_text(SourceText(text, "txt"), "t.txt")


def _miss(name, prefix, expected, why):
    return pytest.param(prefix, expected, marks=pytest.mark.xfail(strict=True, reason=why), id=name)


THE_SEVENTY_SECOND_IN_OTHER_WORDS = [
    # (a rise in points on the year before answered only by the year's level, read not reported with the comparison's
    # words kept in the metric: mended at stop 49, verifyx — targets.strip_metric)
    pytest.param("湿地保护率", "unclear", id="points_rise_by_level"),
    _miss("visitors_of_one_kind", "接待红色旅游游客", "achieved",
          "visitors of one kind of tourism answered by all the place's visitors: not reported"),
    # (a floor every village is to reach answered by the villages' total and average, read as reached on the total:
    # mended at stop 49, verifyx — judge._every_unit)
    pytest.param("各村集体经济收入", "unclear", id="every_village_by_average"),
]


@pytest.mark.parametrize(("prefix", "expected"), THE_SEVENTY_SECOND_IN_OTHER_WORDS)
def test_the_seventy_second_in_other_words(prefix, expected):
    verdicts, _ = verify.verify_documents(_small(_N.format(targets=_AIMS)), _small(_N1.format(review=_DONE)), "t.txt")
    found = [v for v in verdicts if v.metric.startswith(prefix)]
    assert len(found) == 1 and found[0].outcome == expected


# (v211 in other words: the year's targets after a slogan's lead-in and colon, 全力实现“N个突破”：, not read at all; mended at
# stop 49, verifyx — structure._targets_in_slogan)
def test_targets_after_a_slogans_lead_in_in_other_words():
    targets = _small(_N.format(targets="今年全县要全力实现“三个突破”：地区生产总值突破300亿元、增长7%，规模以上工业总产值"
                                       "突破500亿元，新增市场主体突破8000户。同时，城镇新增就业1万人。"))
    read = {(t["metric"], t["value"], t["unit"]) for t in corpus.engine_targets(targets)}
    assert {("地区生产总值", 300.0, "亿元"), ("地区生产总值", 7.0, "%"), ("规模以上工业总产值", 500.0, "亿元")} <= read


def test_the_same_targets_after_the_ordinary_lead_in_are_read():
    """The guard of the case above: the list after 主要预期目标是： is read, so the miss is the slogan's lead-in."""
    targets = _small(_N.format(targets="今年全县主要预期目标是：地区生产总值突破300亿元、增长7%，规模以上工业总产值突破500亿元。"))
    read = {(t["metric"], t["value"], t["unit"]) for t in corpus.engine_targets(targets)}
    assert {("地区生产总值", 300.0, "亿元"), ("地区生产总值", 7.0, "%"), ("规模以上工业总产值", 500.0, "亿元")} <= read
