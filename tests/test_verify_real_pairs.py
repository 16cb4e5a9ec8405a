"""The real consecutive-year pairs of bench/labels/verify_real/ (excerpts of non-scored governments' reports,
labelled by reading before the engine was run on them; first run in bench/verify_real.py), row by row, and the
rules written from that first run: a qualitative target asking a metric to hold (or grow) its size while its
quality improves (量稳质升, 稳量提质, 促稳提质, 量增质升, 量质齐升) is read as a target and answered by the metric's
growth rate, as 保持稳定 and 稳中有增 are; the whole trade's figure (进出口) beside an export target (出口总额) is a
neighbouring metric's, quoted and unclear; a channel's or kind's part of the trade (新通道, 口岸, 跨境电商: verify.part_of_trade,
also on the next item of its 、 list) answers no target on the whole trade; a price basis inside a target's name (可比价) is no part of its metric, 增长高于
地区生产总值增长 ties incomes to the economy, 外贸基本盘 is 外贸, answered by the whole trade's growth.  Inputs of the tables are this
file's own wording."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from luoshi.engine import reader, targets, verify
from luoshi.engine.errors import UnreadableInput
from luoshi.engine.model import SourceText
from luoshi.engine.verify.review import review_claims
from tests.test_verify_heldout51 import REAL_MISSES
from tests.test_verify_heldout52 import REAL_MISSES as REAL_MISSES_52
from tests.test_verify_heldout53 import REAL_MISSES as REAL_MISSES_53
from tests.test_verify_heldout54 import REAL_MISSES as REAL_MISSES_54
from tests.test_verify_heldout55 import REAL_MISSES as REAL_MISSES_55
from tests.test_verify_heldout56 import REAL_MISSES as REAL_MISSES_56
from tests.test_verify_heldout57 import REAL_MISSES as REAL_MISSES_57
from tests.test_verify_heldout58 import REAL_MISSES as REAL_MISSES_58
from tests.test_verify_heldout59 import REAL_MISSES as REAL_MISSES_59
from tests.test_verify_heldout60 import REAL_MISSES as REAL_MISSES_60
from tests.test_verify_heldout61 import REAL_MISSES as REAL_MISSES_61
from tests.test_verify_heldout62 import REAL_MISSES as REAL_MISSES_62
from tests.test_verify_heldout63 import REAL_MISSES as REAL_MISSES_63
from tests.test_verify_heldout64 import REAL_MISSES as REAL_MISSES_64
from tests.test_verify_heldout65 import REAL_MISSES as REAL_MISSES_65
from tests.test_verify_heldout66 import REAL_MISSES as REAL_MISSES_66
from tests.test_verify_heldout67 import REAL_MISSES as REAL_MISSES_67
from tests.verify_pair_answers import answers

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "bench" / "labels" / "verify_real"
sys.path.insert(0, str(ROOT / "bench"))
import corpus  # noqa: E402  (bench/corpus.py)

pytestmark = pytest.mark.engine

PAIRS = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(HERE.glob("r*.json"))]


def _doc_file(name):
    return reader.read_text(SourceText((HERE / name).read_text(encoding="utf-8"), "txt"), name)


# The first run's misses not fitted (bench/labels/verify_real/README.md): strict, so a fix shows.
KNOWN_MISSES: dict[tuple[str, str], str] = {
    # (r22's harvest named only as a run of good years, 十八连丰, in the five years' paragraph: relabelled not_reported at
    # stop 52 by the lead's decision D7, the engine's answer)
    ("r22", "能耗及生态环境质量指标"): "a quota target on two measures joined by 及 read as two targets; the label's bundle "
                               "is matched to the energy half (not named), the environment half read unclear as labelled",
    # (r25's rates to November short of their floors, r40's parks' output value, r51's retail rate to November, r82's
    # above-quota retail sales, r103's GDP share: relabelled unclear at stop 47 by the lead's decision on part-year
    # shortfalls and neighbouring measures, docs/reading-reports.md; the engine's answers were these)
    # (r29's channel's export growth relabelled unclear at stop 48 by the same decision, the engine's answer; r32's share
    # target and r93's trade with a group of countries answered by a part's figure, quoted unclear since stop 48, verifyx —
    # naming._part_claim; r104's consumer market said steady in words, no figure of retail sales, relabelled not_reported
    # at stop 48 by the decision's "no figure of the topic", the engine's answer)
    # twelfth set's first run (verifya, stop 39): the miss left (the rest fitted, two labels corrected)
    # (r44's industry said only to run low in the problems paragraph, 工业经济低位运行: read unclear since stop 66 by the
    # lead's decision on a metric named in words only, verifyy — mentions._topic_mention, words.toml verify.topic_said)
    # the decision of stop 66 (verifyy): rows relabelled unclear whose words the engine does not yet read
    ("r68", "社会消费品零售总额"): "consumption's pull on growth said greater in words (消费的拉动作用进一步加大) is not read as "
                           "the retail sales' matter (no topic name of verify.topic_said), not_reported",
    ("r86", "固定资产投资"): "investment said weakened in the problems paragraph by its bare short name (投资减弱) is not "
                       "read (a two-character name is no topic name), not_reported",
    ("r194", "节能减排降碳约束性指标"): "energy's indicator said near its ceiling inside a list of constraints (土地、能耗、环境"
                              "容量等指标已接近“天花板”) is not read as the quota's matter, not_reported",
    # (r104's consumer market said steady in words, read unclear since stop 66: relabelled unclear at stop 66 by the
    # lead, the decision of stop 66 applying to every set, held out too — README "Decision, stop 66 (continued)", verifyq)
    # thirteenth set's first run (verifya, stop 39): the misses left (the rest fitted)
    ("r47", "生态红线区域"): "a share of the land to keep (严守占…%的…区域) is not read as a target",
    # held out (r58, judged once at 01:52 UTC on 4 December 2026, the stop's starting engine the same; no rule written from it)
    ("r58", "外贸进出口总额"): "a target of positive growth with no figure (…实现正增长) in a ；-list of rates is not read as a "
                        "target, so the whole trade's rate answers nothing",
    ("r58", "居民消费价格指数"): "a price index's cumulative rise with no hedge (居民消费价格指数累计增长3%) is not read as a "
                          "target (its label not_reported: prices said nowhere in the review)",
    # (r17's two incomes for the first three quarters only, held out, and r51's and r64's three quarters' rates at or
    # over the year's target: mended at stop 41 by the lead's method decision, a part of the year is never the year's
    # result — tests/test_verify_shares_floors_periods.py PERIODS)
    # fourteenth set's first run (verifya, stop 40): the misses left (the rest fitted, one label's format corrected)
    # (r50's investment rate written as a floor a point under a bare target: mended at stop 59 by the lead's D18, verifye
    # — a whole point or more under is not_met; tests/test_verify_d18.py)
    # (r53's and r59's total revenue beside the budget revenue's rate or a level: mended at stop 43 by the lead's method
    # decision, a total revenue target is not answered by the budget revenue — tests/test_verify_other_names.py)
    ("r54", "城镇、农村居民人均可支配收入"): "an in-step target on both groups answered by all residents' rate and a named "
                                    "shortfall is read as not reported",
    ("r55", "生态环境"): "the environment said much improved in the five years' paragraph, beside the year the goals were "
                     "reached, is read as the year's statement in the target's words; the label reads it as the five years'",
    ("r57", "粮食产量"): "the harvest's total given as the terse 总产 in a list of area, total and yield is not read as the "
                     "output",
    # fifteenth set's first run (verifyb, stop 40): the misses left (two fitted on r63: a ceiling of the result over
    # a ceiling target; a metric named with its rate of fall, 能耗下降率)
    # (r61's farming and services answered by the sectors written as ordinals sharing one measure, 一、二、三产业增加值
    # 分别增长…, mended at stop 41 by readt: tests/test_reading_real_leftovers.py,
    # tests/test_verify_judge.py SECTORS_ORDINALS)
    # (r59 failed whole until stop 41 — its year's targets untagged under 今年，是…。要力争… in a five-year part; one row left)
    # (r61's urban rate in a 分别 list opened by 其中, 其中城镇和农村居民…分别增长…: mended at stop 42 by verifyb —
    # test_a_scope_word_before_the_groups)
    ("r61", "粮食播种面积、粮食总产量、单位GDP能耗、二氧化碳排放和其他污染物排放指标"): "a national quota bundle answered "
        "in parts (grain 三个增长, the five years' emissions goal met early) is read as not named",
    # (r62's emission held level, 二氧化硫排放量与上年持平, read as a cap: mended at stop 42 by verifyb —
    # test_held_level_is_a_cap_when_lower_is_better)
    ("r62", "人口自然增长率"): "a cap whose figure the source garbles (8.8％。以内) is not read as a target",
    # (r63's incomes said kept in step with the two groups named in turn, 城镇、农村居民…保持同步: mended at stop 42 by
    # verifyb — tests/test_verify_qualitative.py BOTH_GROUPS_IN_TURN)
    # (r65's cap said kept over the five years: mended at stop 50, verifyf — the lead's convention D3, a five-year figure
    # quoted unclear; tests/test_verify_conventions_d.py)
    # sixteenth set's first run (verifya, stop 41): the misses as they were read
    ("r68", "货物进出口总额"): "containers' foreign-trade throughput beside a goods-trade target is read as no answer where "
                        "the label reads a freight volume as a neighbour (unclear)",
    ("r68", "细颗粒物（PM2.5）年均浓度"): "a cut by an amount (降低1微克/立方米左右) answered by 下降1个单位 (one unit, the "
                                  "concentration's unit not written) beside the year's level: read as unclear where the "
                                  "label reads the unit as one microgram (before the fall-by-an-amount rule: not met)",
    # (r68's energy/emissions quota beside energy intensity said to keep falling in words: mended at stop 50, verifyx —
    # tests/test_verify_quota_fields.py, a neighbour of two characters, 能耗, read in words)
    # seventeenth set's first run (verifya, stop 42): the misses as they were read
    # (r76's rate over its floor read unclear beside a shortfall found in another complaint of the problems sentence:
    # mended at stop 44, verifyh — tests/test_verify_problem_clauses.py)
    # (r76's cap written 城镇调查失业率在5%以内: mended, test_a_copula_before_the_figure)
    # (r76's incomes 0.1 point under the economy for a 基本同步 target: mended at stop 50, verifyf — the lead's convention D1,
    # in step within 0.2 point; tests/test_verify_conventions_d.py)
    # (r76's environmental spending ratio answered by the R&D ratio: mended, test_a_share_answered_by_another_share)
    # (r78's retail 基本恢复到上年水平: mended, test_back_at_the_year_before_level)
    # (r78's industry output value beside a value-added target: mended at stop 47, test_output_value_for_a_value_added)
    # (r78's figure-less quota item after a rate in one 、 list: mended at stop 50, verifyf — targets._quota_items_after,
    # tests/test_verify_conventions_d.py)
    # (r80's fall-rate floor written 下降率不低于, read as a target since stop 43: tests/test_targets_short_change.py)
    # (r80's energy intensity said only better than the nation's level: mended at stop 47,
    # test_an_intensity_said_better_than_the_average)
    # (r81's review with its heading missing, opened by 2020年是…的一年: mended, test_a_review_opened_by_naming_its_year)
    ("r82", "地区生产总值"): "a level and a rate in one clause (完成…亿元、增长…左右): the level is not read, and the rate is not tied to the review's 全年增长 written after the quarters' 经济增速",
    # (r82's three sectors by their ordinals before 分别: mended, test_sectors_by_their_ordinals)
    ("r82", "规模以上工业增加值"): "industry's fall said in words with no figure (工业经济下跌) read as not named where the label reads a shortfall",
    # (r83's year paragraph read as the five years': the excerpt's own defect, its opening paragraph 2020年是… restored after
    # the first run — bench/labels/verify_real/README.md; no rule written)
    # seventeenth set's r77, read once its targets were (stop 43): the misses left
    # (r77's job situation beside the registered unemployment rate: mended at stop 43, verifyb —
    # tests/test_verify_other_names.py test_the_job_situation_beside_related_figures)
    ("r77", "万元地区生产总值能耗"): "energy intensity's five falls in a row to the year (实现“5连降”) is read as not named where "
                             "the label reads the run as saying the year fell too",
    # held out (r84, judged once at 11:50 UTC on 4 December 2026, the stop's starting engine the same; no rule written)
    # (r84's 分别 pair of incomes written with 增 for 增长 and the review's short name 社消总额: mended at stop 43, verifyb —
    # tests/test_targets_short_change.py, tests/test_verify_other_names.py test_a_short_name_of_retail_sales)
    # eighteenth set's first run (verifya, stop 43, engine b5521fd): the misses, by phenomenon
    # (r85's quarter's fall, r87's 按省口径计算 rate: mended at stop 43, verifya — tests/test_verify_year_shapes.py)
    ("r88", "筹集人才房和保障房"): "housing raised answered under the programme's wider name (保障性安居工程项目…套) read as not named",
    ("r88", "人才房和保障房供应"): "a part of the housing supplied (to registered waiting families) read as the whole and under its target",
    ("r88", "廉租房货币补贴"): "a standard per household (提高到795元) set against a total spent (2.8亿元) and met",
    ("r88", "新增病床"): "new hospital beds written 床位 (新增床位600张) not read as 病床",
    # (r89's next-year targets after 做好2023年工作: mended, test_the_next_year_after_slogan_headings_is_no_result)
    # (r89's air quality's composite index beside a PM quota: mended at stop 50, verifyf — the lead's convention D2, a
    # related measure quoted unclear; tests/test_verify_quota_named_otherwise.py)
    # (r89's quota clause of the next year, r90's 城乡 levels then 分别 rates: mended, tests/test_verify_year_shapes.py)
    # (r91's 居民消费价格指数上涨 target read with 上涨 in its name: mended, test_a_price_rising_is_its_rise_rate)
    ("r91", "城镇调查失业率"): "jobs said stable in words only (就业…总体稳定) read as not named where the label reads no figure (unclear)",
    # (r91's incomes in step under 居民收入: mended, test_all_residents_short_name_answers_both_groups)
    # (r91's grain output given bare after the sown area in one 、 list: mended at stop 47, test_a_bare_measure_after_its_object)
    # held out (r93, judged once at 15:30 UTC on 4 December 2026, the stop's starting engine the same; no rule written)
    # (r93's revenue said grown in words beside a second subject joined to its shorter name: mended at stop 47,
    # test_a_second_subject_joined_to_the_name)
    # (r93's trade with one group of countries read as the whole trade's growth (achieved): read as a part since stop 44,
    # verifyh — tests/test_verify_trade_partners.py; the row's answer left is the parts' convention's)
    ("r93", "节能减排、安全生产等约束性指标"): "a quota bundle said nowhere but a neighbouring safety count read as a mention "
                                    "(unclear) where the label reads it not reported",
    # nineteenth set's first run (verifya, stop 44): the misses left (r95's safety quota, r96's cap said kept with no
    # subject, r98's 全面达标 clause and r101's 稳产: mended, tests/test_verify_said_kept_and_quotas.py)
    # (r97's groups' incomes as levels at the plan period's end in the five years' paragraph: mended at stop 47,
    # test_a_level_at_the_plan_period_end)
    # (r99's cap said of the five years: mended at stop 50, verifyf — convention D3)
    ("r101", "主要污染物减排"): "a quota bundle joined by 和 before 等约束性指标 (单位生产总值能耗和主要污染物减排等约束性指标…) "
                         "read as one target (an 等 bundle stays whole, as r64's and r93's labels read it), its second "
                         "item missing",
    # held out (r94, judged once at 18:23 UTC on 4 December 2026, the stop's starting engine the same; no rule written)
    ("r94", "生态环境质量"): "an environment-quality target answered only by related work and figures (pollution control's "
                           "results kept, grass cover) read as not named where the label reads related results (unclear)",
    # held out (r103–r105, realh, judged once at 22:05 UTC on 4 December 2026, the stop's starting engine the same; no rule
    # written)
    # (r103's in-step income answered by the groups' levels only: mended at stop 50, verifyx —
    # tests/test_verify_related_answers.py)
    ("r103", "城乡居民收入倍差"): "the income ratio said narrowed with its new figure read as not named (achieved labelled)",
    ("r103", "外贸自营进出口总额"): "the trade's share of the nation's answered only by a rank on trade competitiveness read as "
                             "not named (unclear labelled)",
    # (r104's quota said done by its field, 完成节能减排降碳任务, and its 环境质量改善目标 said 生态环境质量持续改善: mended at
    # stop 50, verifyx — tests/test_verify_quota_fields.py)
    # held out (r106–r108, realh, stop 46, judged once at 01:14 UTC on 5 December 2026 by main a189e90, the stop's
    # starting engine 4c774d1 the same; no rule written)
    # (r108's 进出口保持稳定增长, given no verdict: its label's comparator corrected to the labels' format for 保持, =, at
    # stop 49, verifyx — the engine's reading, answered by the trade's growth)
    ("r108", "城镇居民人均可支配收入"): "a rate target for the urban group's income answered only by the level both groups "
                                "passed at the five years' end, in the next part, read as not reported (unclear labelled)",
    ("r108", "农村居民人均可支配收入"): "the rural group's rate target answered only by the same level sentence read as not "
                                "reported (unclear labelled)",
    ("r108", "节能减排降碳约束性指标"): "the province's binding quota answered only by related cuts (capacity, coal use) and the "
                                "five years' claim read as not reported (unclear labelled)",
    ("r108", "环境质量改善目标"): "the second quota of a 和 bundle, answered by good days said over the province's target "
                            "(超过省定目标), read as a related figure only (unclear; achieved labelled, r104's phenomenon)",
    # held out (r109–r111, realh, stop 47, judged once at 04:10 UTC on 5 December 2026 by main 5e72f3a, the stop's
    # starting engine 479d31e the same; no rule written)
    # (r109's key projects' amount for an investment rate, a part quoted: mended at stop 48, verifyx — naming._part_claim)
    # (r110's industry rate answered only by the parks' rate, a part of the area: quoted unclear by the lead's decision of
    # stop 48, mended at stop 48, verifyd — tests/test_verify_area_parts_quoted.py)
    ("r110", "全社会研发投入占GDP比重"): "a research share target answered by the share said raised to the target over the plan "
                                "period ending that year read as a lagging statistic, unclear (achieved labelled: a "
                                "level at the year's end)",
    # (r110's all-residents income rate answered only by the two groups' rates, both under it: mended at stop 48, verifyx —
    # judge._both_groups)
    ("r111", "规模以上工业增加值"): "an industry value-added rate answered only by the same firms' revenue rank, another "
                            "measure with no rate, read as not reported (unclear labelled: a neighbouring measure)",
    ("r111", "固定资产投资"): "an investment rate target answered only by key projects said over their plan and projects "
                        "started, a part, read as not reported (unclear labelled: a neighbouring measure)",
    # held out (r112–r114, realh, heldout_realh4, stop 48, judged once at 07:33 UTC on 5 December 2026 by main 8364c68,
    # the stop's starting engine b555e88 the same; no rule written)
    # (r112's 外贸进出口稳定增长, a growth said steady with no 保持, read = where the labels read >=: mended at stop 49,
    # verifyx — targets._STEADY_GROWTH, tests/test_targets_steady_growth.py)
    # (r112's registered unemployment rate given at the plan period's end, 期末…, in the five years' paragraph, and its two
    # groups' income rates answered only by all residents' level in a sentence opening on “十三五”末: mended at stop 49,
    # verifyx — verify.period_close, judge's neighbour at the period's end, tests/test_verify_plan_period_end.py)
    # (r112's binding quota answered only by the five years' energy-intensity fall: mended at stop 50, verifyf —
    # convention D3, the five years' figure of a quota's neighbour quoted unclear)
    # (r113's 生态环境质量巩固提升 not read as a target and answered only by the water's quality said to meet its target;
    # r114's harvest written 粮食生产面积…、总产…万吨 under the city's floor beside the province's quota said exceeded:
    # mended at stop 49, verifyx — target.predicate_end, verify.neighbours, target.bare_measure,
    # tests/test_verify_plan_period_end.py)
    # held out (r115–r117, realh, heldout_realh5, stop 49, judged once at 10:41 UTC on 5 December 2026 by main 58cfdc60,
    # the stop's starting engine the same; 20/29)
    # (r115's two groups' rates after their names with no 分别, 城镇和农村常住居民人均可支配收入增长…%、…%, read as all
    # residents' first rate: mended at stop 49, verifye — verify/respective._respectively_unsaid,
    # tests/test_verify_quota_list_counts.py)
    # (r116's two groups' levels after their names sharing a tail, 城镇居民、农村居民人均可支配收入…元、…元，分别增长…, and the
    # quotas' sentence whose last item is a group counted in 项 (…和4项主要污染物总量控制指标完成省委、省政府下达任务), read
    # as a count, the quotas then answered under neighbouring names: mended at stop 49, verifye —
    # tests/test_verify_quota_list_counts.py)
    # (r117's energy/emissions quota beside 单位GDP能耗完成自治区下达任务 alone: mended at stop 50, verifyx —
    # tests/test_verify_quota_fields.py, unclear)
    # (r117's 高质量发展水平 named without 水平 and with another predicate: mended at stop 50, verifyx —
    # tests/test_verify_subject_named.py)
    # held out (r118–r120, realh, heldout_realh6, stop 50, judged once at 13:50 UTC on 5 December 2026 by d2b7587, the
    # stop's starting engine adb1c75 the same; 12/29)
    # (r118's review heading run into year N+1's opening sentence on one line, no review part found: mended at stop 50,
    # verifye — structure._part_run_in, tests/test_parts_heading_run_in.py)
    # (r118's trade and urbanisation answered only by the five years' averages: mended at stop 50, verifyf — the lead's
    # convention D3, quoted unclear; no rule written from the held-out pair)
    # (r118's rural income answered only by a five years' 分别 list, …分别达到…元、…元，年均增长8%和10.2%, the second rate
    # lost; its two quotas of one predicate and r120's environment quality read with the comparator = where the labels'
    # format reads >= (labels corrected); r120's 经济增长 read as a metric 经济 and its energy intensity judged over the
    # plan period not read: mended at stop 51, verifyx — tests/test_verify_period_and_average.py)
    # (r118's revenue answered only by the five years' rank, 由2016年的第7位上升到第5位: relabelled not_reported at stop 52
    # by the lead's decision D7, the engine's answer)
    ("r119", "省定约束性指标"): "a blanket quota, the province's binding targets (全面完成省定约束性指标), answered by new "
                         "projects' energy intensity (新上项目能耗强度…), read as a neighbour quoted unclear (not_reported "
                         "labelled: new projects' figure is no binding indicator of the city)",
    # held out (r121–r123, realh, heldout_realh7, stop 51, judged once on main efaedc4c; 29/33): the misses recorded in
    # tests/test_verify_heldout51.py, row by row (r121's bare PM2.5 level, r122's investment and trade said to miss 既定目标:
    # mended at stop 51, verifye — tests/test_verify_levels_streaks_renames.py)
    **REAL_MISSES,
    # held out (r124–r126, realh, heldout_realh8, stop 52, judged once on main c5a2280a; 28/32): the misses recorded in
    # tests/test_verify_heldout52.py, row by row
    **{key: why for key, (_, why) in REAL_MISSES_52.items()},
    # held out (r133–r135, realh, heldout_realh9, stop 53, judged once on main e6f78ef6; 31/35): the misses recorded in
    # tests/test_verify_heldout53.py, row by row
    **{key: why for key, (_, why) in REAL_MISSES_53.items()},
    # held out (r139–r141, realh, heldout_realh10, stop 54, judged once on main 78e6d0d9; 14/25): the misses recorded in
    # tests/test_verify_heldout54.py, row by row
    **{key: why for key, (_, why) in REAL_MISSES_54.items()},
    # held out (r145–r147, realh, heldout_realh11, stop 55, judged once by the lead; 27/35): the misses recorded in
    # tests/test_verify_heldout55.py, row by row
    **{key: why for key, (_, why) in REAL_MISSES_55.items()},
    # held out (r151–r153, realh, heldout_realh12, stop 56, judged once by the lead; 22/25): the misses recorded in
    # tests/test_verify_heldout56.py, row by row
    **{key: why for key, (_, why) in REAL_MISSES_56.items()},
    # held out (r160–r162, realh, heldout_realh13, stop 57, judged once by the lead; 24/27): the misses recorded in
    # tests/test_verify_heldout57.py, row by row
    **{key: why for key, (_, why) in REAL_MISSES_57.items()},
    # held out (r169–r171, realh, heldout_realh14, stop 58, judged once by the lead; 25/28): the misses recorded in
    # tests/test_verify_heldout58.py, row by row
    **{key: why for key, (_, why) in REAL_MISSES_58.items()},
    # held out (r178–r180, realh, heldout_realh15, stop 59, judged once by the lead; 20/23): the misses recorded in
    # tests/test_verify_heldout59.py, row by row
    **{key: why for key, (_, why) in REAL_MISSES_59.items()},
    # held out (r187–r189, realh, heldout_realh16, stop 60, judged once by the lead; 29/34): the misses recorded in
    # tests/test_verify_heldout60.py, row by row
    **{key: why for key, (_, why) in REAL_MISSES_60.items()},
    # held out (r196–r198, realh, heldout_realh17, stop 61, judged once by the lead; 24/28): the misses recorded in
    # tests/test_verify_heldout61.py, row by row
    **{key: why for key, (_, why) in REAL_MISSES_61.items()},
    # held out (r205–r207, realh, heldout_realh18, stop 62, judged once by the lead; 19/30): the misses recorded in
    # tests/test_verify_heldout62.py, row by row
    **{key: why for key, (_, why) in REAL_MISSES_62.items()},
    # held out (r214–r216, realh, heldout_realh19, stop 63, judged once by the lead; 28/30): the misses recorded in
    # tests/test_verify_heldout63.py, row by row
    **{key: why for key, (_, why) in REAL_MISSES_63.items()},
    # held out (r223–r225, realh, heldout_realh20, stop 64, judged once by the lead; 24/27): the misses recorded in
    # tests/test_verify_heldout64.py, row by row
    **{key: why for key, (_, why) in REAL_MISSES_64.items()},
    # held out (r232–r234, realh, heldout_realh21, stop 65, judged once by the lead; 25/28): the misses recorded in
    # tests/test_verify_heldout65.py, row by row
    **{key: why for key, (_, why) in REAL_MISSES_65.items()},
    # held out (r241–r243, realh, heldout_realh22, stop 66, judged once by the lead; 26/34): the misses recorded in
    # tests/test_verify_heldout66.py, row by row
    **{key: why for key, (_, why) in REAL_MISSES_66.items()},
    # held out (r250–r252 and r253–r255, realh and realh2, heldout_realh23 and heldout_realh24, stop 67, judged once by
    # the lead; 14/16 and 20/26): the misses recorded in tests/test_verify_heldout67.py, row by row
    **{key: why for key, (_, why) in REAL_MISSES_67.items()},
    # twenty-first set's first run (verifyx, stop 52; 24/27): r128's 分别 list joined by 和 after a floor mended
    # (indicators._RESPECTIVE_JOIN, tests/test_verify_conventions_d.py); left:
    ("r129", "环境质量改善和能耗“双控”、主要污染物减排"): "a regional quota on the environment, energy dual control and "
        "emissions (环境质量改善和能耗“双控”、主要污染物减排任务) read as three targets; the label's bundle is matched to the "
        "environment item, said improved in the review's words (achieved), while the label reads the bundle unclear: "
        "nothing on the energy and emission quotas",
    # twenty-third set's first run (verifyx, stop 54; 21/28): r137's review of a government's four years under a part
    # title naming no year mended (parts: part.several_years_review, tests/test_verify_stop54x.py); left, r138's six
    # years' figures after a paragraph cut from the excerpt (本届政府任职以来 opens it), in a part titled with the year:
    ("r138", "城镇居民人均可支配收入"): "a group's income target answered only by all residents' average growth over the "
        "government's years (居民人均可支配收入年均增长…): the whole is not matched to the group, read not reported where "
        "the label quotes it, unclear (D3)",
    ("r138", "农村居民人均可支配收入"): "as the urban group: all residents' several years' average not matched to the "
                                 "rural group (not_reported read, unclear labelled, D3)",
    ("r138", "城镇新增就业"): "new urban jobs answered only by the years' cumulative count written with 累计 inside the "
                         "name (城镇累计新增就业…万人): not read as the metric's, not reported where the label quotes it, "
                         "unclear (D3)",
    # twenty-fourth set's first run (verifyx, stop 55; 24/28): a sector's value added matched to another sector's rate
    # (建筑业 to 规上工业, 第一产业 to 服务业) mended (words.toml verify.distinct); industry's value added answered only by
    # its gross output (r142, r144) relabelled unclear by the lead's convention D8 of stop 55; r144's primary sector,
    # answered by industry's gross output and investment quoted as neighbours, mended at stop 56 (verifyx: another
    # sector's measure is no neighbour, mentions._neighbour by verify.distinct; tests/test_verify_stop56x.py)
    # twenty-fifth set's first run (verifyx, stop 56; 28/29): r150's in-step income target on both groups answered
    # only by one group's rank (农村居民收入…保持全省首位) mended at stop 57 (verifyx: one group named with how it stands,
    # no figure, quoted unclear — qualitative._lone_group_said; tests/test_verify_stop57x.py)
    # twenty-seventh set's first run (verifyx, stop 57; 28/30): r157's 外贸进出口稳中提质 answered by the whole trade's
    # growth mended (verify.steady 稳中提质, patterns._asks_steady); r157's 环境质量改善目标 relabelled not_reported by the
    # lead's decisions D15 and D7 (words with no figure over five years)
    # twenty-sixth set's first run (verifyy, stop 56; 32/36): a harvest said in words (实现大旱之年粮食丰收), one group's
    # income alone for an all-residents in-step target and a good-air quota beside the PM2.5 concentration at its best
    # mended (verify.harvest_crop, qualitative's lone group, verify.neighbours 优良天数>PM2.5 —
    # tests/test_verify_stop56y.py); left:
    ("r154", "技改投资"): "an investment level answered only by the count of its projects (实施技改项目402个): read not "
                      "reported where the label quotes it as another measure of the same object, unclear; one row, no "
                      "rule written for it",
    # twenty-eighth set's first run (verifyy, stop 57; 28/34): a part titled 关于2023年工作 (part.do_the_year) and a
    # level in 万标箱 (units.count 标箱) mended — tests/test_verify_stop57y.py; r163's drinking-water row relabelled (its
    # comparator, a bare share a floor) and read as labelled; its three rows left then, all mended since:
    # (r164's energy dual-control quota beside energy intensity's fall alone: mended at stop 58, verifyy —
    # words.toml verify.neighbours 能耗双控>生产总值能耗; tests/test_verify_stop58y.py)
    # (r163's air rank among the country's key cities, target.rank_peers, its comparator relabelled =, and r165's
    # containers answered by the level after the bound it passed, verify.bound_passed: mended at stop 58, verifyx —
    # tests/test_verify_stop58x.py)
    # thirtieth set's first run (verifyy, stop 58; 26/31): r174's registered rate said below the province's control
    # target in words mended (words.toml verify.done_in_words 低于省定控制目标; tests/test_verify_stop58y.py); left:
    ("r174", "进出口总值"): "trade 平稳增长 answered only by a part's growth rank (跨境电商…增幅居全省第1位) and a five-year rank "
                         "in words (进出口增幅连年位居全省前列): read as a mention with no verdict, unclear, where the label "
                         "reads nothing of the year's whole trade, not_reported (D15, D7)",
    ("r174", "常住人口城镇化率"): "an urbanisation level answered only by a threshold passed in the five-year part (常住人口城镇化率"
                            "突破50%): read not reported where the label quotes it, unclear",
    # (r174's energy quota of the 、-bundle relabelled unclear at stop 59 by the lead's D15 — the five years' fall of
    # energy intensity quoted — the engine's answer)
    ("r174", "环境保护约束性指标"): "the second item of the 、-bundle (环境保护等约束性指标完成省下达任务) not read as a target of its "
                             "own; the label reads it achieved (the year's air indicators 均优于省定目标)",
    # thirty-second set's first run (verifyy, stop 59; 24/28): r183's share after 其中 and a 、 read (indicators.
    # _another_named), its urban income beside all residents' five-year rate (verify/judge._whole_population_rate) and
    # its retail excepted from the indicators turned positive (verify/entry._not_turned_positive) mended —
    # tests/test_verify_stop59y.py; left:
    # (r182's grain-capacity quota answered only by the grain-security assessment's provincial rank: mended at stop 67,
    # verifyy — verify/qualitative._duty_assessed, words.toml verify.duty_topic; tests/test_verify_verifyy67.py)
    # thirty-third set's first run (verifyx, stop 60; 35/45): r184's received capital and R&D share under other names
    # (words.toml verify.aliases), its 大气、水环境质量 (targets.split_metrics, target.medium) and r186's energy said done
    # at a clause's close (verify.done_closing) mended — tests/test_verify_stop60x.py; r186's rural net income relabelled
    # by the fourteenth set's reading (the engine's answer); left:
    ("r186", "人口自然增长率"): "a per-mille cap whose sign the source garbles as %。 (控制在6%。以内): read as 6%, so the "
                          "label's 6‰ is matched by no engine target (missing)",
    ("r186", "化学需氧量"): "the main pollutants' indicators said done (主要污染物减排指标完成) answer no single pollutant's "
                        "cut; and the garbled 6%。 before them ends the sentence, so the 分别 list is read as one target",
    ("r186", "氨氮"): "the 分别 list of three pollutants read as one target after the garbled %。 (missing)",
    ("r186", "氮氧化物"): "as 氨氮 (missing)",
    ("r186", "二氧化硫"): "the main pollutants' indicators said done answer no single pollutant's cut (not reported)",
    # thirty-fourth set's first run (verifyy, stop 60; 27/33): r190's term paragraphs after 市某届人大一次会议以来 (words.toml
    # verify.five_year_opener) and per-capita GDP written 人均生产总值 (verify.aliases) mended —
    # tests/test_verify_stop60y.py; its trade comparator relabelled = (保持); left:
    ("r190", "居民人均可支配收入"): "an in-step income target beside the income's level in the term's part only (居民人均可支配"
                             "收入达2.8万元): read unclear at the first run (the level taken as the year's), not reported once "
                             "the term's paragraphs are the term's; quoting a level of the years for a qualitative target "
                             "turned four dev corpus rows (047-048, labelled not_reported) unclear, so it was not written",
    ("r190", "研发经费投入强度"): "an R&D intensity to reach answered only by the R&D spending's average growth over the term "
                            "(全社会研发经费投入年均增长18.9%): read not reported where the label quotes a neighbour's "
                            "plan-end figure, unclear (D3)",
    ("r191", "财政收入"): "a total revenue target (财政收入, the organised revenue) beside the general budget revenue only: read "
                      "as a neighbour, unclear, where the label reads it unanswered by the lead's stop-43 decision, "
                      "not_reported (财政收入 also stands short for the budget revenue elsewhere: verify.neighbours keeps "
                      "the pair)",
    # thirty-fifth set's first run (verifyx, stop 61; 20/34): r193's un-numbered 2019年政府工作目标 heading read as a targets
    # part (words.toml part.targets_title) — tests/test_verify_stop61x.py; left:
    ("r193", "农村低收入人口脱贫"): "a poverty-exit task in the targets list (基本完成农村低收入人口脱贫任务) is not read as a "
                              "target (missing); its answer, the exit rate at 100%, is never judged",
    # thirty-seventh set's first run (verifyx, stop 62; 20/31): mended — the 分别 list's later rates set against 2010
    # (r202's incomes), 单月正增长 as part of the year (r204's industry), 能耗和主要污染物排放量不超过省控目标 read as
    # targets (r203's emissions), with the brief's part-of-investment and 分别-unit rules (tests/test_verify_stop62x.py);
    # left:
    ("r202", "注册外资实际到账"): "foreign capital 比上年确认数略有增长 (a growth in words against the year before's confirmed "
                           "figure) not read as the growth 保持适度增长 asks: a mention, unclear (label achieved)",
    ("r203", "地区生产总值"): "GDP's rate after two level clauses of its list (全市生产总值再跨百亿台阶、突破1200亿元、增长3.2%左右) "
                        "loses its name (突破…), so the term's per-capita level (人均生产总值达6万元左右) is quoted as a "
                        "neighbour: unclear, where the label reads 3.2% under the 8% floor not_met",
    ("r203", "城乡常住居民人均可支配收入"): "a growth not under the province's average on both groups (城乡常住居民…增速不低于全省"
                                "平均水平) not matched to 城镇和农村居民…分别增长8%、11.6%: not reported, where the label quotes "
                                "the rates with no provincial average, unclear (r153's reading)",
    ("r203", "城镇登记失业率"): "the term's four years' cap (城镇登记失业率始终控制在2.8%以内, 四年拼搏实干…) read as the year's "
                         "rate, achieved, where the label reads a several years' cap by D3, unclear (alternative achieved)",
    # (r203's energy dual control named in the year's review with no figure, 强化能耗“双控”: relabelled unclear at stop 66 by
    # the lead's decision on a metric named in words only, the engine's answer)
    ("r204", "外贸"): "two subjects run together with no mark (外贸外资促稳提质) read as one metric 外贸外资: the trade's row "
                    "answered by nothing (not_reported; label unclear, cross-border e-commerce quoted) and",
    ("r204", "外资"): "… foreign capital's row not found (missing; label achieved by 实际利用外资增长11.2%)",
    ("r204", "环境质量改善目标"): "the environment's improvement target beside the sea's water share only (近岸海域优良水体比例"
                            "达93%): not reported, where the label quotes the related figure, unclear (D2)",
    # thirty-eighth set's first run (verifyy, stop 62; 30/42): deposits and loans told apart, the year's additions kept
    # off a stock target and the stock at the years' end judged, levels reached in a paragraph on the five years quoted
    # (D3) — tests/test_verify_stop62y.py; left:
    ("r208", "先进制造业增加值占规模以上工业增加值比重"): "a 分别占…的a%和b% list of shares in a paragraph on the five "
                                        "years is not read; the growth of the same value added (15.1%) is quoted",
    ("r208", "高技术制造业增加值占规模以上工业增加值比重"): "the second share of that list is lost (not reported)",
    ("r208", "研发经费支出占生产总值比重"): "the R&D share written R&D比重 (预计达2.4%) in a paragraph on the five years is "
                                  "not read",
    ("r208", "城市居民人均可支配收入"): "a group's growth target beside all residents' term-end level and rise since "
                               "2011 only: read not reported where the label quotes a neighbour's plan-end figure "
                               "(its alternative not_reported)",
    ("r208", "农村居民人均可支配收入"): "as the urban group's",
    ("r209", "金融机构存款余额"): "deposits said only at the term's end in words (存贷款余额均突破千亿大关): not reported, the "
                           "label quotes it unclear (D3); before the stop's rule the loans' 18% was read for it",
    ("r209", "城镇调查失业率"): "a five-year statement (城镇调查失业率控制在省定任务以内) for a quota joined by 、: not "
                         "quoted (D3)",
    ("r210", "单位地区生产总值能耗降低率"): "an undated fall of energy intensity in a numbered paragraph under the five "
                                 "years' lead-in (五年来，主要做了以下工作：) for a target tied to the plan: not quoted",
    # (r208's revenue and r209's incomes, levels reached at the term's end in a paragraph on the five years (分别达…545亿元,
    # 分别突破3万元、1.2万元): quoted unclear by the lead's D22 of stop 62, verifyz — tests/test_verify_stop62z.py)
    ("r210", "一般公共预算收入"): "a level after a milestone passed (跨过百亿元大关、达到116.8亿元) is left unnamed",
    # thirty-ninth set's first run (verifyx, stop 63; 33/47, 37/42 against the corrected labels, 38/42 after its rules):
    # the 等 bundle kept one target past a verb inside it and a class before a share word no level, 总量持平 a zero growth
    ("r211", "节能减排降碳"): "the quota said done under a shorter name (完成省下达的减排降碳任务) is not matched to it",
    ("r212", "主要污染物排放"): "an emissions quota answered only by air quality (PM2.5, the good days) is not quoted (D2)",
    ("r213", "固定资产投资"): "the whole investment beside the key projects' year's level only is not quoted as a part (D8)",
    ("r213", "单位地区生产总值能耗和二氧化碳排放下降率、主要污染物减排、空气质量优良天数比例、PM_2.5平均浓度、地表水达到或好于Ⅲ类水体比例等指标"):
        "an 等 bundle answered by its items' figures under other names (PM2.5年均浓度, 断面水质优Ⅲ比例) is not quoted",
    # fortieth set's first run (verifyy, stop 63; 29/32): r217's 分别 pair with its first unit written short and r219's
    # incomes beside the whole population's five-year rate mended (tests/test_verify_stop63y.py)
    ("r218", "规上工业增加值"): "the parks' gross output, their name only the sentence's subject (“三园一城”…规上工业总产值), "
                         "quoted for the whole industry's value added (unclear; labelled not_reported, alternative unclear)",
    # forty-second set's first run (verifyy, stop 64; 26/31, 28/32 on the corrected labels): r226's goods exports after
    # 其中 and r228's industry below the size mended (tests/test_verify_verifyy64.py)
    ("r226", "城乡居民收入"): "the two groups' 预计 levels after a time word (预计去年分别达…) with their five years' rates as a "
                        "second list (年均增速分别为…) not quoted for incomes 基本同步 (unclear, D3)",
    ("r228", "固定资产投资总额"): "a 分别 list of the province's and the city's key projects sharing one name (省、市重点建设项目"
                          "分别完成投资…) read as 省 alone, the parts not quoted for the whole investment (unclear, D8)",
    # forty-third set's first run (verifyx, stop 65; 27/29): r230's services' trade taken for the whole trade's rate mended
    # (words.toml verify.part_of_trade 服务贸易; tests/test_verify_verifyx65.py)
    # (r231's key projects' shares of their yearly plans: relabelled not_reported by the lead's D25 of stop 67, decide —
    # the engine's answer; tests/test_verify_verifyx65.py)
    # forty-fourth set's first run (verifyy, stop 65; 21/28, 23/28 on r235's corrected comparators): r235's goods trade by
    # rank and its employment indicators as a group, r236's revenue level set as a multiple of 2017's mended
    # (tests/test_verify_verifyy65.py)
    ("r236", "规模以上工业增加值"): "industry above the size answered only by the high-tech industries' value-added growth by rank "
                           "(a kind's part with no figure, 产业 not 工业) is not quoted (unclear, D8; alternative not_reported)",
    # (r236's grain production said turned around in words in the year's review: relabelled unclear at stop 66 by the
    # lead's decision on a metric named in words only, the engine's answer)
    # forty-fifth set's first run (verifyx, stop 66; 24/26): r239's state investment in the key projects and r240's
    # consumer goods' prices said steady in words mended (tests/test_verify_verifyx66.py)
    # forty-sixth set's first run (verifyy, stop 66; 18/22, 20/22 after its mends: tests/test_verify_verifyy66.py)
    ("r244", "河流水质"): "the rivers' class (总体达到Ⅳ类以上) answered by the share of rivers at a better class (…条河流…%达到Ⅲ类"
                      "及以上水质) is not read: not_reported where the label reads the class reached (achieved)",
    ("r244", "近岸海域水质优良率"): "a water share kept at 100% answered by the waters said kept at the best class (保持一类) is "
                           "not read: not_reported where the label reads the whole share excellent (achieved)",
    # forty-seventh set's first run (verifyx, stop 67; 12/18, 17/18 after its mends: tests/test_verify_verifyx67.py —
    # a next year's aim with a difficulty no result, a sentence opening on 1—11月 with no comma carried to its ；-parts,
    # 争取 before 正增长 no part of the metric)
    ("r249", "现代服务业增加值"): "finance named in one clause and its value added in the next (金融高地巩固提升，增加值实现约"
                          "1900亿元) is not read as a part of the modern services (not_reported; unclear labelled, stops "
                          "47–48)",
    # thirty-first set's first run (verifyx, stop 59; 30/34): r175's revenues after a bracket of what they hold mended
    # (claims._HOLDING_BRACKET, words.toml verify.bracket_holds), its grain comparator relabelled by the labels' format;
    # r177's GDP floor exactly a point under a bare 8% floor mended at stop 59 by the lead's D18, verifye
    # (tests/test_verify_d18.py)
}
# (r66's text of no part: mended at stop 41, verifyb — test_a_text_of_no_part_is_read_from_its_targets)
KNOWN_PAIR_MISSES: dict[str, str] = {
    # (r77's targets sentence with no figure and no tag, 我们提出：…, and r75's targets in an excerpt whose only part is the
    # year's under a title naming the five-year plan's good start: mended at stop 43, verifyb —
    # tests/test_targets_proposed.py, tests/test_parts_good_start.py test_a_year_part_cut_alone_under_its_good_start_title)
}
# A miss on one row of a metric labelled twice in its pair (by the row's index in the pair's results).
KNOWN_ROW_MISSES: dict[tuple[str, int], str] = {
    ("r46", 1): "a lead over the nation's growth written as a comparison (比全国高…个百分点左右的增幅) is read as a ratio of "
                "its own; a rule reading it as the margin of the metric before changed status rows that read those words "
                "as they stand, so it was dropped"
}

ROWS = [(p["targets_file"].split("_")[0], i, r["metric"], r["verdict"]) for p in PAIRS for i, r in enumerate(p["results"])]
_CACHE: dict[str, list[str]] = {}


@pytest.mark.parametrize(("name", "index", "metric", "label"),
                         [pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[row[0], row[2]]))
                          if (row[0], row[2]) in KNOWN_MISSES
                          else pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=KNOWN_ROW_MISSES[row[0], row[1]]))
                          if (row[0], row[1]) in KNOWN_ROW_MISSES
                          else pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=KNOWN_PAIR_MISSES[row[0]]))
                          if row[0] in KNOWN_PAIR_MISSES else row for row in ROWS],
                         ids=[f"{n}-{i}-{m}" for n, i, m, _ in ROWS])
def test_real_pair_row(name, index, metric, label):
    pair = next(p for p in PAIRS if p["targets_file"].startswith(name + "_"))
    if name not in _CACHE:
        try:
            _CACHE[name] = answers("verify_real", name)[1]
        except UnreadableInput:
            _CACHE[name] = ["missing"] * len(pair["results"])
    assert _CACHE[name][index] == label


def test_there_are_real_pairs():
    assert len(PAIRS) >= 3 and len(ROWS) >= 30


# --- the rule: size held (or grown) with quality, as a target and as a verdict --------------------------------

def _read(clause):
    return [(i.metric, i.comparator, i.kind) for i in targets.parse_clause(clause)]


@pytest.mark.parametrize(("clause", "expected"), [
    ("外贸出口量稳质升", [("外贸出口", ">=", "qualitative")]),
    ("货物贸易进出口量增质升", [("货物贸易进出口", ">=", "qualitative")]),
    ("利用外资稳量提质", [("利用外资", ">=", "qualitative")]),
    ("利用外资、外贸出口促稳提质", [("利用外资", ">=", "qualitative"), ("外贸出口", ">=", "qualitative")]),
    ("服务贸易量质齐升", [("服务贸易", ">=", "qualitative")]),
    # guards: a figure keeps its own reading; the words already read stay as they were
    ("外贸出口增长4%以上", [("外贸出口", ">=", "growth_rate")]),
    ("利用外资稳中提质", [("利用外资", ">=", "qualitative")]),
])
def test_size_with_quality_is_a_target(clause, expected):
    assert _read(clause) == expected


def test_size_with_quality_keeps_the_rates_around_it():
    passage = "地区生产总值增长6%左右，外贸出口量稳质升，农村居民人均可支配收入增长8%左右。"
    found = [(i.metric, i.kind) for _, f in targets.parse_targets(passage) for i in f]
    assert found == [("地区生产总值", "growth_rate"), ("外贸出口", "qualitative"), ("农村居民人均可支配收入", "growth_rate")]


def _doc(text):
    return reader.read_text(SourceText(text, "txt"), "t.txt")


N = "某某市政府工作报告\n\n二、2024年工作安排\n\n主要预期目标是：地区生产总值增长6%左右，{target}。\n"
N1 = ("某某市政府工作报告\n\n一、2024年工作回顾\n\n过去一年，全市地区生产总值增长6.2%，{review}。\n\n"
      "我们也清醒认识到，发展中还存在一些困难和问题。\n")


def _assert_outcome(target, metric, review, outcome):
    """The verdict on `metric` of a year-N report with `target` beside a GDP target, against a review saying `review`."""
    verdicts, _ = verify.verify_documents(_doc(N.format(target=target)), _doc(N1.format(review=review)), "t.txt")
    assert [corpus.outcome(v) for v in verdicts if v.metric == metric] == [outcome], [(v.metric, v.reason) for v in verdicts]


@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("外贸出口量稳质升", "外贸出口", "外贸出口增长12.5%", "achieved"),            # a rise holds the size
    ("外贸出口量稳质升", "外贸出口", "外贸出口下降0.3%", "achieved"),             # within half a point of steady
    ("外贸出口量稳质升", "外贸出口", "外贸出口下降6.1%", "not_met"),              # a fall well past steady
    ("利用外资稳量提质", "利用外资", "实际利用外资增长3.1%", "achieved"),
    ("货物贸易进出口量增质升", "货物贸易进出口", "货物贸易进出口下降2.4%", "not_met"),  # asked to grow, it fell
    ("货物贸易进出口量增质升", "货物贸易进出口", "货物贸易进出口增长2.4%", "achieved"),
    # guard: the metric not named at all in the review is no answer
    ("外贸出口量稳质升", "外贸出口", "社会消费品零售总额增长5.1%", "not_reported"),
])
def test_size_with_quality_answered_by_the_growth(target, metric, review, outcome):
    _assert_outcome(target, metric, review, outcome)


# --- the whole trade beside an export target: a neighbouring metric (words.toml verify.neighbours 出口总额>进出口) ----

@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("出口总额增长5%", "出口总额", "外贸进出口增长8.3%", "unclear"),
    ("出口总额稳中提质", "出口总额", "进出口增长8.3%，其中机电产品出口增长12.1%", "unclear"),
    # guards: the export figure itself answers; the whole trade answers a trade target; an emissions task beside
    # air quality only is not answered at all (the dev labels' reading, bench/labels/corpus/pairs/019-020.json)
    ("出口总额增长5%", "出口总额", "出口总额增长6.2%", "achieved"),
    ("进出口总额增长5%", "进出口总额", "进出口总额增长6.2%", "achieved"),
    ("主要污染物排放总量完成省下达任务", "主要污染物排放总量", "PM2.5平均浓度29微克/立方米，空气优良天数比率92.1%",
     "not_reported"),
])
def test_whole_trade_for_an_export_target(target, metric, review, outcome):
    _assert_outcome(target, metric, review, outcome)


# --- a freight volume is no trade value (words.toml verify.distinct 总额>货运量, verify.neighbours 进出口>货运量) -------

@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("进出口总额增长10%左右", "进出口总额", "全市港口进出口货运量增长21.4%", "unclear"),
    # guards: the trade value itself answers; a freight-volume target keeps its own figure
    ("进出口总额增长10%左右", "进出口总额", "进出口总额增长12.1%，港口进出口货运量增长21.4%", "achieved"),
    ("港口货运量增长5%", "港口货运量", "港口货运量增长6.3%", "achieved"),
])
def test_freight_volume_for_a_trade_value(target, metric, review, outcome):
    _assert_outcome(target, metric, review, outcome)


# --- industry's output value is a neighbour of its value added (words.toml verify.neighbours 工业增加值>工业产值; the
# lead's decision of stop 47: a figure of the target's topic on another measure, quoted in the review, is unclear) ------

@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("规模以上工业增加值增长7%", "规模以上工业增加值", "全县规上工业产值增长11.2%，新增规上企业12家", "unclear"),
    ("规模以上工业增加值增长7%", "规模以上工业增加值", "预计规模以上工业产值增长4.5%", "unclear"),
    # guards: the value added itself answers; another topic's output value is no neighbour; no figure of industry at all
    ("规模以上工业增加值增长7%", "规模以上工业增加值", "规上工业增加值增长7.6%，规上工业产值增长11.2%", "achieved"),
    ("规模以上工业增加值增长7%", "规模以上工业增加值", "农林牧渔业产值增长4.1%，新建高标准农田3万亩", "not_reported"),
    ("规模以上工业增加值增长7%", "规模以上工业增加值", "新建标准厂房20万平方米，引进项目35个", "not_reported"),
])
def test_output_value_for_a_value_added(target, metric, review, outcome):
    _assert_outcome(target, metric, review, outcome)


# --- a second subject joined to a metric's name (A和B实现增长) shares the word saying how it went: the metric is named
# as gone some way, no figure (unclear, quoted); another measure right after the name is still that measure's -----------

@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("一般公共预算收入增长6%", "一般公共预算收入", "财政收入和利税较快增长，民生支出占比超过八成", "unclear"),
    ("规模以上工业增加值增长7%", "规模以上工业增加值", "规上工业增加值与营收回升，新增规上企业12家", "unclear"),
    # guards: a measure of firms right after the name (营收) is that measure's; nothing said of the metric
    ("规模以上工业增加值增长7%", "规模以上工业增加值", "规上工业营收稳步增长，新增规上企业12家", "not_reported"),
    ("一般公共预算收入增长6%", "一般公共预算收入", "民生支出占比超过八成，新建学校5所", "not_reported"),
])
def test_a_second_subject_joined_to_the_name(target, metric, review, outcome):
    _assert_outcome(target, metric, review, outcome)


# --- a bare measure after 、 in a review list whose first item names its object (…播种面积…万亩、总产量…万吨) measures
# that object (claims._object_of, the words of target.bare_measure) -----------------------------------------------------

@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("粮食产量稳定在50万吨以上", "粮食产量", "粮食播种面积80万亩、总产量52万吨", "achieved"),
    ("粮食产量稳定在50万吨以上", "粮食产量", "粮食种植面积80万亩、产量48万吨", "not_met"),
    # guards: another sentence, another object; no output at all; another crop's list (the grain's sown area alone is a
    # figure of its topic on another measure, quoted: unclear, the lead's decision of stop 47)
    ("粮食产量稳定在50万吨以上", "粮食产量", "粮食播种面积80万亩。茶叶总产量52万吨", "unclear"),
    ("粮食产量稳定在50万吨以上", "粮食产量", "粮食播种面积80万亩，新建高标准农田3万亩", "unclear"),
    ("粮食产量稳定在50万吨以上", "粮食产量", "油料播种面积20万亩、总产量52万吨", "not_reported"),
])
def test_a_bare_measure_after_its_object(target, metric, review, outcome):
    _assert_outcome(target, metric, review, outcome)


# --- an intensity said better than a wider area's (优于/好于…平均水平) names it as gone some way, no figure (unclear,
# quoted; verify.mention_predicate); 万元地区生产总值能耗 is the energy intensity's other name (verify.synonyms) -----------

@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("单位地区生产总值能耗下降3%", "单位地区生产总值能耗", "能耗强度好于全省平均水平，清洁取暖全覆盖", "unclear"),
    ("万元地区生产总值能耗下降3%", "万元地区生产总值能耗", "能耗强度优于全省平均水平，清洁取暖全覆盖", "unclear"),
    # guards: the rate itself answers; another metric said better; nothing said of energy
    ("万元地区生产总值能耗下降3%", "万元地区生产总值能耗", "单位地区生产总值能耗下降3.4%", "achieved"),
    ("单位地区生产总值能耗下降3%", "单位地区生产总值能耗", "空气质量优于国家二级标准，清洁取暖全覆盖", "not_reported"),
    ("万元地区生产总值能耗下降3%", "万元地区生产总值能耗", "新建充电桩300个，清洁取暖全覆盖", "not_reported"),
])
def test_an_intensity_said_better_than_the_average(target, metric, review, outcome):
    _assert_outcome(target, metric, review, outcome)


# --- a level in a five-year review's sentence opening on the plan period's end (“十四五”末，…达到…) is the level at the
# five years' end, the reviewed year's though not dated to it: kept uncertain, quoted where nothing else answers -------

PERIOD_N = "某某州政府工作报告\n\n二、2025年工作安排\n\n主要预期目标是：地区生产总值增长6%左右，{target}。\n"
PERIOD_N1 = ("某某州政府工作报告\n\n各位代表：\n\n一、“十四五”时期工作回顾\n\n“十四五”时期，全州上下攻坚克难，经济社会发展取得新成就。"
             "{review}\n\n各位代表，刚刚过去的2025年，全州地区生产总值增长6.2%{year}。\n\n我们也清醒认识到，发展中还存在一些困难和问题。\n")


@pytest.mark.parametrize(("target", "metric", "review", "year", "outcome"), [
    ("城镇居民人均可支配收入增长6%", "城镇居民人均可支配收入",
     "“十四五”末，城镇、农村常住居民人均可支配收入分别达到52000元和28000元。", "", "unclear"),
    ("一般公共预算收入增长5%", "一般公共预算收入", "十四五期末，一般公共预算收入达到86亿元，五年翻了一番。", "", "unclear"),
    # guards: the year's own rate answers; no period end named; a rate at the period's end is the years' average; a
    # cumulative total
    ("城镇居民人均可支配收入增长6%", "城镇居民人均可支配收入", "“十四五”末，城镇居民人均可支配收入达到52000元。",
     "，城镇居民人均可支配收入增长6.3%", "achieved"),
    # (the lead's D22 of stop 62: a level reached in a paragraph on the five years with no period-end word is the term
    # end's, D3's quote, unclear — before it, not_reported; never achieved or not_met, tests/test_verify_stop62z.py)
    ("城镇居民人均可支配收入增长6%", "城镇居民人均可支配收入", "城镇和农村居民人均可支配收入分别达到52000元、28000元。", "",
     "unclear"),
    # (the lead's convention D3 of stop 50 (verifyf): a five-year cumulative or average figure of the same measure alone is
    # quoted unclear, not unreported; before it these two read not_reported)
    ("城镇居民人均可支配收入增长6%", "城镇居民人均可支配收入", "“十四五”末，城镇居民人均可支配收入年均增长6.5%。", "",
     "unclear"),
    ("一般公共预算收入增长5%", "一般公共预算收入", "“十四五”末，五年累计完成一般公共预算收入386亿元。", "", "unclear"),
])
def test_a_level_at_the_plan_period_end(target, metric, review, year, outcome):
    verdicts, _ = verify.verify_documents(_doc(PERIOD_N.format(target=target)),
                                          _doc(PERIOD_N1.format(review=review, year=year)), "t.txt")
    assert [corpus.outcome(v) for v in verdicts if v.metric == metric] == [outcome], [(v.metric, v.reason) for v in verdicts]


# --- the year's targets after a five-year paragraph tagged as the targets (tasks.years._year_list) ----------------

FIRST = ("某某市人民政府工作报告\n\n各位代表：\n\n一、过去五年工作回顾\n\n二、今后五年的目标任务\n\n"
         "主要预期目标是：地区生产总值年均增长6.5%左右，一般公共预算收入年均增长6%，城乡居民人均可支配收入年均增长7%。\n\n"
         "三、2025年工作安排\n\n{opening}\n\n（一）做强实体经济\n\n{inner}\n")
OPENING = ("新的一年，我们将紧扣高质量发展，力争地区生产总值增长6%左右，一般公共预算收入增长4%，社会消费品零售总额增长7%，"
           "城乡居民人均可支配收入增长6.5%，确保各项事业取得新进展。")
REVIEWED = ("某某市人民政府工作报告\n\n各位代表：\n\n一、2025年工作回顾\n\n过去一年，全市地区生产总值增长5.1%，一般公共预算收入增长4.3%，"
            "社会消费品零售总额增长6.2%，城乡居民人均可支配收入增长6.8%。\n\n我们也清醒认识到，发展中还存在一些困难和问题。\n")


def _judged(opening, inner="推进工业技术改造，规上工业增加值增长8%。"):
    verdicts, _ = verify.verify_documents(_doc(FIRST.format(opening=opening, inner=inner)), _doc(REVIEWED), "t.txt")
    return [(v.metric, v.target.get("value"), corpus.outcome(v)) for v in verdicts]


YEAR_METRICS = ("地区生产总值", "一般公共预算收入", "社会消费品零售总额", "城乡居民人均可支配收入")


def test_year_list_read_when_the_tagged_targets_are_five_years():
    got = _judged(OPENING)
    assert [g for g in got if g[0] in YEAR_METRICS] == [
        ("地区生产总值", 6, "not_met"), ("一般公共预算收入", 4, "achieved"), ("社会消费品零售总额", 7, "not_met"),
        ("城乡居民人均可支配收入", 6.5, "achieved")]
    assert not [m for m, _, _ in got if "年均" in m]       # the five years' targets are not judged beside them


@pytest.mark.parametrize(("opening", "inner", "year", "five"), [
    # guards: the year's targets tagged in the year's part are read as before
    ("主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长4%，社会消费品零售总额增长7%。",
     "推进工业技术改造，规上工业增加值增长8%。", ["地区生产总值", "一般公共预算收入", "社会消费品零售总额"], False),
    # an opening with fewer than three rates states no year's list: the five years' targets stay all there is
    ("新的一年，我们将力争地区生产总值增长6%左右。", "推进工业技术改造，规上工业增加值增长8%。", [], True),
    # rates inside a sub-section of the year's part are its measures, no list of the year's targets
    ("新的一年，我们将凝心聚力抓发展。", "规上工业增加值增长8%，工业投资增长10%，技改投资增长12%。", [], True),
])
def test_year_list_guards(opening, inner, year, five):
    got = [m for m, _, _ in _judged(opening, inner)]
    assert [m for m in got if m in YEAR_METRICS] == year, got
    assert ("地区生产总值年均" in got) == five, got


# --- both groups named 城乡常住居民 split by 分别; a growth 高于经济增速 set against the economy's -------------------

@pytest.mark.parametrize(("clause", "metrics"), [
    ("城乡常住居民人均可支配收入分别增长7%、9%", ["城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"]),
    ("城乡居民人均可支配收入分别增长6%和8%", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    # guards: one figure keeps the metric of both groups; a gap between them is no pair of groups
    ("城乡常住居民人均可支配收入增长7%", ["城乡常住居民人均可支配收入"]),
    ("城乡居民收入差距持续缩小", ["城乡居民收入差距"]),
])
def test_both_groups_split_in_a_target(clause, metrics):
    assert [i.metric for i in targets.parse_clause(clause)] == metrics


ECONOMY = ("某某市政府工作报告\n\n二、2024年工作安排\n\n主要预期目标是：地区生产总值增长6%左右，{target}。\n")
ECONOMY_REVIEW = ("某某市政府工作报告\n\n一、2024年工作回顾\n\n过去一年，全市{economy}，{incomes}。\n\n"
                  "我们也清醒认识到，发展中还存在一些困难和问题。\n")


@pytest.mark.parametrize(("target", "economy", "incomes", "outcome"), [
    ("城乡常住居民人均可支配收入增速高于经济增速", "地区生产总值增长2.3%", "城乡常住居民人均可支配收入分别增长3.1%、4.6%",
     "achieved"),
    ("城乡常住居民人均可支配收入增速高于经济增速", "地区生产总值与上年持平", "城乡常住居民人均可支配收入分别增长0.8%、1.9%",
     "achieved"),                                                              # a flat economy is a growth of zero
    ("城乡常住居民人均可支配收入增速高于经济增速", "地区生产总值增长4.2%", "城乡常住居民人均可支配收入分别增长3.9%、3.5%",
     "not_met"),
    ("居民人均可支配收入增速高于经济增速", "地区生产总值增长5.5%", "居民人均可支配收入增长5.5%", "not_met"),   # level is not above
    # guards: 同步 is met level with the economy; an average of others is not the economy's growth
    ("居民人均可支配收入增速与经济增速保持同步", "地区生产总值增长5.5%", "居民人均可支配收入增长5.5%", "achieved"),
    ("居民人均可支配收入增速高于全省平均水平", "地区生产总值增长5.5%", "居民人均可支配收入增长6.5%", "unclear"),
])
def test_growth_above_the_economy(target, economy, incomes, outcome):
    verdicts, _ = verify.verify_documents(_doc(ECONOMY.format(target=target)),
                                          _doc(ECONOMY_REVIEW.format(economy=economy, incomes=incomes)), "t.txt")
    got = [corpus.outcome(v) for v in verdicts if v.metric != "地区生产总值"]
    assert got == [outcome], [(v.metric, v.reason) for v in verdicts]


# --- the rule: a channel's part of the trade answers no target on the whole trade -------------------------------

def _trade_outcome(review_sentence, target="外贸进出口总额增长12%"):
    plan = ("某某州政府工作报告\n\n各位代表：\n\n一、2023年工作回顾\n\n经济平稳运行。\n\n二、2024年工作安排\n\n"
            f"今年全州经济社会发展的主要预期目标是：地区生产总值增长6%，{target}。\n")
    review = ("某某州政府工作报告\n\n各位代表：\n\n一、2024年工作回顾\n\n" + review_sentence +
              "\n\n二、2025年工作安排\n\n今年主要预期目标是：地区生产总值增长5.5%。\n")
    verdicts, _ = verify.verify_documents(_doc_text(plan), _doc_text(review), "t.txt")
    return next(corpus.outcome(v) for v in verdicts if "进出口" in v.metric)


def _doc_text(text):
    return reader.read_text(SourceText(text, "txt"), "t.txt")


@pytest.mark.parametrize(("sentence", "target", "expected"), [
    # a channel's trade in a list item after the one naming it: not the whole trade's, a part's figure quoted (unclear:
    # the lead's decision of stop 47, a figure of the topic on a part)
    ("沿边开放步伐加快，完成陆海新通道进出口货运量88万吨、进出口额42.5亿元。", "外贸进出口总额增长12%", "unclear"),
    # a port's or a kind's trade named in its own item
    ("口岸进出口货值完成51亿元，增长18%。", "外贸进出口总额增长12%", "unclear"),
    ("跨境电商进出口额增长35%，新设海外仓3个。", "外贸进出口总额增长12%", "unclear"),
    # guards: the whole trade's own figure still answers; a target naming the channel is answered by it
    ("外贸进出口总额增长13.4%，口岸进出口货值完成51亿元。", "外贸进出口总额增长12%", "achieved"),
    ("口岸进出口货值增长9%，通关效率提升。", "口岸进出口货值增长12%", "not_met"),
    # guard: a port's freight growth stays a neighbouring figure, quoted
    ("全州口岸进出口货运量增长20.5%，通关时间压缩三成。", "进出口总额增长12%", "unclear"),
    # guard: a comma ends the list, the next clause's trade is the whole's again
    ("新开通道两条，外贸进出口总额增长10.2%。", "外贸进出口总额增长12%", "not_met"),
])
def test_part_of_trade(sentence, target, expected):
    assert _trade_outcome(sentence, target) == expected


# --- the fifth set's first run (r13–r16): a price basis inside a target's name, incomes above the economy's growth
# named as GDP, a trade target held steady named by a figure of speech -----------------------------------------------

def _fifth(target, review):
    plan = ("某某市政府工作报告\n\n各位代表：\n\n一、2023年工作回顾\n\n经济平稳运行。\n\n二、2024年工作安排\n\n"
            f"今年主要目标是：固定资产投资增长8%以上，{target}。\n")
    reviewed = ("某某市政府工作报告\n\n各位代表：\n\n一、2024年工作回顾\n\n" + review +
                "\n\n在肯定成绩的同时，我们也清醒认识到，发展中还存在一些困难和问题。\n\n二、2025年工作安排\n\n今年主要目标是：固定资产投资增长6%以上。\n")
    verdicts, _ = verify.verify_documents(_doc_text(plan), _doc_text(reviewed), "t.txt")
    return [(v.metric, corpus.outcome(v)) for v in verdicts if v.metric != "固定资产投资"]


@pytest.mark.parametrize(("clause", "metric"), [
    ("规上工业可比价增加值增长7.5%左右", "规上工业增加值"),
    ("农林牧渔业可比价总产值增长5%", "农林牧渔业总产值"),
    ("工业不变价增加值增长9%以上", "工业增加值"),
    # guards: 按可比价计算 is how the figure is counted, no word of the name to drop here; a name with no basis stays
    ("地区生产总值按可比价计算增长6%", "地区生产总值按可比价计算"),
    ("规模以上工业增加值增长7.5%左右", "规模以上工业增加值"),
])
def test_price_basis_inside_a_target_name(clause, metric):
    assert [i.metric for i in targets.parse_clause(clause)] == [metric]


@pytest.mark.parametrize(("target", "review", "expected"), [
    # the basis left out of the name: the review's rate of the metric answers it
    ("规上工业可比价增加值增长7.5%左右", "全年规上工业增加值增长5.9%，投资增长9%。", [("规上工业增加值", "not_met")]),
    ("规上工业可比价增加值增长7.5%左右", "全年规上工业增加值增长7.2%，投资增长9%。", [("规上工业增加值", "achieved")]),
    # guard: the review's own name with the basis answers the plain target as before
    ("规上工业增加值增长7.5%左右", "全年规上工业可比价增加值增长8.1%，投资增长9%。", [("规上工业增加值", "achieved")]),
])
def test_price_basis_inside_a_target_name_verified(target, review, expected):
    assert _fifth(target, review) == expected


@pytest.mark.parametrize(("target", "review", "expected"), [
    # 增长高于地区生产总值增长: in step, strictly above the economy, every group against it
    ("城乡常住居民人均可支配收入增长高于地区生产总值增长",
     "全市地区生产总值增长5.8%；城镇常住居民人均可支配收入增长5.6%；农村常住居民人均可支配收入增长4.9%。", "not_met"),
    ("城乡常住居民人均可支配收入增长高于地区生产总值增长",
     "全市地区生产总值增长4.1%；城镇常住居民人均可支配收入增长5.2%；农村常住居民人均可支配收入增长6.9%。", "achieved"),
    ("居民人均可支配收入增长高于GDP增长", "全市地区生产总值增长6.3%，居民人均可支配收入增长5.5%。", "not_met"),
    # guards: level with the economy is not above it; 高于经济增长 as before; one group above and one below is unclear
    ("居民人均可支配收入增长高于生产总值增长", "全市地区生产总值增长5.5%，居民人均可支配收入增长5.5%。", "not_met"),
    ("居民人均可支配收入增长高于经济增长", "全市地区生产总值增长5.5%，居民人均可支配收入增长6.1%。", "achieved"),
    ("城乡常住居民人均可支配收入增长高于地区生产总值增长",
     "全市地区生产总值增长5.5%；城镇常住居民人均可支配收入增长5.1%；农村常住居民人均可支配收入增长7.2%。", "unclear"),
])
def test_incomes_above_the_economy_named_as_gdp(target, review, expected):
    got = _fifth(target, review)
    assert [o for m, o in got if "收入" in m] == [expected], got


@pytest.mark.parametrize(("clause", "metric"), [
    ("外贸基本盘保持稳定", "外贸"),
    ("外资基本盘稳定", "外资"),
    # guards: a name with no such words stays as it was
    ("外贸进出口保持稳定", "外贸进出口"),
    ("就业形势保持稳定", "就业形势"),
])
def test_base_figure_left_out_of_a_target_name(clause, metric):
    assert [i.metric for i in targets.parse_clause(clause)] == [metric]


@pytest.mark.parametrize(("target", "review", "expected"), [
    # a bare head word as the whole target (外贸): the metric it names answers it, as 保持稳定 is read
    ("外贸基本盘保持稳定", "外贸进出口总额增长14.2%，实际利用外资增长3%。", [("外贸", "achieved")]),
    ("外贸基本盘保持稳定", "外贸进出口总额下降8.6%，实际利用外资增长3%。", [("外贸", "not_met")]),
    ("外贸保持稳定", "进出口总额增长0.8%。", [("外贸", "achieved")]),
    # guards: a longer name keeps its own figure; no trade figure at all is no answer
    ("外贸出口保持稳定", "外贸出口下降7.5%，进出口总额增长2%。", [("外贸出口", "not_met")]),
    ("外贸基本盘保持稳定", "社会消费品零售总额增长4.4%。", [("外贸", "not_reported")]),
])
def test_bare_trade_target_held_steady(target, review, expected):
    assert _fifth(target, review) == expected
# --- the sixth set's rules (r18–r21): two lists in one 分别 clause, a sector's part of the whole, a condition opening
# a target, an increase clause before the level, a target's short income name in words ---------------------------

def _outcomes(target, review, metrics):
    verdicts, _ = verify.verify_documents(_doc(N.format(target=target)), _doc(N1.format(review=review)), "t.txt")
    return [(v.metric, corpus.outcome(v)) for v in verdicts if v.metric in metrics]


INCOMES = "城镇居民人均可支配收入增长7%；农村居民人均可支配收入增长8.5%"
URBAN_RURAL = ("城镇居民人均可支配收入", "农村居民人均可支配收入")


@pytest.mark.parametrize(("review", "expected"), [
    # levels then rates in one 分别 clause, the second list opened by 、 and a change word: the rates, in order
    ("城乡居民人均可支配收入分别达到45406元和17162元、增长5%和6%", ["not_met", "not_met"]),
    ("城镇和农村居民人均可支配收入分别为52310元、23140元、增长7.5%、9%", ["achieved", "achieved"]),
    # guards: the second list after a comma (read before), one list of rates, levels only (another basis)
    ("城乡居民人均可支配收入分别达到45406元和17162元，增长5%和6%", ["not_met", "not_met"]),
    ("城乡居民人均可支配收入分别增长7.2%和6%", ["achieved", "not_met"]),
    ("城乡居民人均可支配收入分别达到45406元和17162元", ["unclear", "unclear"]),
])
def test_levels_then_rates_in_one_respective_clause(review, expected):
    assert [o for _, o in _outcomes(INCOMES, review, URBAN_RURAL)] == expected


@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    # a sector's, owner's or kind's part of the whole (verify.part_by_kind) answers no target on the whole: quoted, unclear
    # (the lead's decision of stop 47, a figure of the topic on a part)
    ("固定资产投资增长10%以上", "固定资产投资", "出台一批产业政策，工业固定资产投资增速9.7%", "unclear"),
    ("固定资产投资增长8%", "固定资产投资", "民间固定资产投资增长3.2%", "unclear"),
    ("全社会用电量增长6%", "全社会用电量", "工业用电量增长9.7%", "unclear"),
    # guards: the whole's own figure beside the part answers; a target on the part is answered by the part
    ("固定资产投资增长10%以上", "固定资产投资", "固定资产投资增长11.2%，其中工业固定资产投资增长9.7%", "achieved"),
    ("工业固定资产投资增长10%以上", "工业固定资产投资", "工业固定资产投资增长9.7%", "not_met"),
    ("全社会用电量增长6%", "全社会用电量", "全社会用电量增长5.1%，其中工业用电量增长9.7%", "not_met"),
    ("规模以上工业增加值增长7%", "规模以上工业增加值", "规模以上工业增加值增长7.7%", "achieved"),
])
def test_a_sectors_part_answers_no_target_on_the_whole(target, metric, review, outcome):
    assert _outcomes(target, review, (metric,)) == [(metric, outcome)]


@pytest.mark.parametrize(("clause", "metric"), [
    # a condition opening the target (target.condition_lead) is no part of the metric's name
    ("正常年景下粮食产量稳定在800亿斤以上", "粮食产量"),
    ("在正常年景下，粮食总产量达到1500亿斤", "粮食总产量"),
    # guards: the name without a condition, and a condition word inside the name, stay as they were
    ("粮食产量稳定在800亿斤以上", "粮食产量"),
    ("正常年景粮食产量800亿斤", "正常年景粮食产量"),
])
def test_a_condition_opening_a_target_is_left_out(clause, metric):
    assert [i.metric for i in targets.parse_clause(clause)] == [metric]


@pytest.mark.parametrize(("review", "outcome"), [
    # an increase clause (增产…) with no figure before it is no level; the level after it is named by the subject
    ("粮食生产再获大丰收，增产8.32亿斤，总产量达到816.16亿斤，稳居全国第5位", "achieved"),
    ("粮食生产遭遇旱灾，减产12.5亿斤，总产量为786.3亿斤", "not_met"),
    # guards: the level first, the increase after; an increase alone is no level
    ("粮食总产量达到816.16亿斤，增产8.32亿斤", "achieved"),
    ("粮食生产再获大丰收，增产8.32亿斤", "unclear"),
])
def test_an_increase_clause_is_no_level(review, outcome):
    assert _outcomes("正常年景下粮食产量稳定在800亿斤以上", review, ("粮食产量",)) == [("粮食产量", outcome)]


@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    # a short income name (城乡居民收入) is said in words by the review's 居民人均可支配收入 (verify.income_name)
    ("城乡居民收入增长高于地区生产总值增长", "城乡居民收入", "居民人均可支配收入与经济增长基本同步", "unclear"),
    ("城乡居民收入与地区经济发展同步", "城乡居民收入", "居民人均可支配收入与经济增长基本同步", "unclear"),
    ("城乡居民收入增长与经济增长基本同步", "城乡居民收入", "居民人均可支配收入与经济增长基本同步", "achieved"),
    # guards: one group's target is not answered by the whole population's words; words on something else answer none
    ("农村居民收入增长高于地区生产总值增长", "农村居民收入", "居民人均可支配收入与经济增长基本同步", "not_reported"),
    ("城乡居民收入增长高于地区生产总值增长", "城乡居民收入", "社会大局保持稳定", "not_reported"),
    ("城乡居民收入增长高于地区生产总值增长", "城乡居民收入", "居民人均可支配收入增长6.5%", "achieved"),
])
def test_a_short_income_name_said_in_words(target, metric, review, outcome):
    assert _outcomes(target, review, (metric,)) == [(metric, outcome)]


@pytest.mark.parametrize(("review", "outcome"), [
    # a fall moved from an earlier reading to the latest (降幅从…收窄至…): the latest is the figure, its period named;
    # three quarters falling against a growth target settle it (the part-year rule: under half the target)
    ("地区生产总值累计降幅从一季度7.9%收窄至前三季度的1.6%", "not_met"),
    ("地区生产总值降幅由上半年的3.1%收窄至前三季度的0.5%", "not_met"),
    # guards: a part of the year's growth near the target settles nothing; the year's own figure answers
    ("地区生产总值前三季度增长5.1%", "unclear"),
    ("地区生产总值增长6.3%", "achieved"),
])
def test_a_fall_moved_to_its_latest_reading(review, outcome):
    n = "某某省政府工作报告\n\n二、2022年工作安排\n\n主要预期目标是：地区生产总值增长6%左右。\n"
    n1 = f"某某省政府工作报告\n\n一、2022年工作回顾\n\n{review}。\n\n我们也清醒认识到，发展中还存在一些困难和问题。\n"
    verdicts, _ = verify.verify_documents(_doc(n), _doc(n1), "t.txt")
    assert [corpus.outcome(v) for v in verdicts if v.metric == "地区生产总值"] == [outcome]


def test_the_earlier_reading_of_a_moved_rate_is_no_claim():
    doc = _doc("某某省政府工作报告\n\n一、2022年工作回顾\n\n固定资产投资降幅从一季度的12%收窄至2.3%。\n")
    assert [(c.metric, c.value, c.kind) for c in review_claims(doc)] == [("固定资产投资", 2.3, "decline_rate")]


# --- the seventh set's first run (r22): a margin over the province's growth is no growth of its own -------------------

@pytest.mark.parametrize(("clause", "expected"), [
    ("全市地区生产总值高于全省增速0.5个百分点", [("地区生产总值", None, "qualitative", "高于全省增速0.5个百分点")]),
    ("固定资产投资高于全省增速1个百分点左右", [("固定资产投资", None, "qualitative", "高于全省增速1个百分点左右")]),
    ("规模以上工业增加值增速高于全省平均水平1个百分点以上",
     [("规模以上工业增加值", None, "qualitative", "增速高于全省平均水平1个百分点以上")]),
    # guards: a rate of its own stays a rate; a rise in points of a ratio stays a figure; no margin, no change
    ("地区生产总值增长7%以上", [("地区生产总值", 7.0, "growth_rate", "以上")]),
    ("研发投入强度提高0.2个百分点", [("研发投入强度", 0.2, "growth_rate", "")]),
    ("进出口总额增速高于全国平均水平", [("进出口总额", None, "qualitative", "高于全国平均水平")]),
])
def test_margin_over_another_government_is_no_growth(clause, expected):
    got = [(i.metric, i.value, i.kind, i.qualifier) for i in targets.parse_clause(clause)]
    assert got == expected


@pytest.mark.parametrize(("target", "review", "expected"), [
    # the city's own rate and no rate of the province: the margin cannot be set
    ("地区生产总值高于全省增速0.5个百分点", "全市地区生产总值增长7.2%，投资增长9%。", "unclear"),
    # the review's margin against the target's
    ("地区生产总值高于全省增速0.5个百分点", "全市地区生产总值增长7.2%，高于全省1.4个百分点。", "achieved"),
    ("地区生产总值高于全省增速0.5个百分点", "全市地区生产总值增长7.2%，高于全省0.2个百分点。", "not_met"),
    ("地区生产总值高于全省增速0.5个百分点", "全市地区生产总值增长5.2%，低于全省0.6个百分点。", "not_met"),
    ("农村居民人均可支配收入高于全省增速1个百分点左右", "农村居民人均可支配收入增长9.1%，高于全省0.7个百分点。", "achieved"),
    # above with no figure settles no margin
    ("农村居民人均可支配收入高于全省增速1个百分点左右", "农村居民人均可支配收入增长9.1%，增速高于全省平均水平。", "unclear"),
    # guards: a target above the average with no margin is met by the words as before; silence is not_reported
    ("进出口总额增速高于全国平均水平", "进出口总额增长9.1%，增速高于全国平均水平。", "achieved"),
    ("地区生产总值高于全省增速0.5个百分点", "社会消费品零售总额增长5%。", "not_reported"),
])
def test_margin_over_another_government_verified(target, review, expected):
    got = _fifth(target, review)
    assert [o for _, o in got] == [expected], got


@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    # an amount named only by what it is compared with (比…多 / 比…少, verify.difference_end) is the figure before's
    # increase, no level of its own: the rate after it is still the metric's named at the chain's head
    ("营业收入增长8%", "营业收入", "全年营业收入实现520亿元，净增40亿元，比前两年增量之和多12亿元，同比增长7.4%", "not_met"),
    ("营业收入增长8%", "营业收入", "全年营业收入实现520亿元，比上年多42亿元，同比增长8.8%", "achieved"),
    ("粮食产量稳定在25亿斤以上", "粮食产量", "粮食产量达到24.7亿斤，比上年少0.6亿斤", "not_met"),
    # guards: a rate over another area (比…高) stays a lead; a chain with no 比 reads as before; a difference with
    # nothing before it in its part names no level either
    ("营业收入增长8%", "营业收入", "全年营业收入实现520亿元，同比增长7.4%，比全省高1.2个百分点", "not_met"),
    ("营业收入增长8%", "营业收入", "全年营业收入实现520亿元，净增40亿元，同比增长8.6%", "achieved"),
    ("粮食产量稳定在25亿斤以上", "粮食产量", "比上年多0.6亿斤", "not_reported"),
])
def test_an_amount_compared_with_another_is_an_increase(target, metric, review, outcome):
    assert _outcomes(target, review, (metric,)) == [(metric, outcome)]


@pytest.mark.parametrize(("clause", "metric"), [
    # 不折不扣完成 opens the predicate (target.predicate), as 全面完成 does: no part of the metric
    ("约束性指标不折不扣完成国家和省下达的任务", "约束性指标"),
    ("节能减排指标不折不扣完成省下达任务", "节能减排指标"),
    # guard: 全面完成 as before
    ("约束性指标全面完成省下达任务", "约束性指标"),
])
def test_an_unreserved_done_opens_the_predicate(clause, metric):
    assert [i.metric for i in targets.parse_clause(clause)] == [metric]


@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    # a quota on the binding indicators answered by one of them alone (energy or carbon intensity, verify.neighbours
    # 约束性指标>…), in figures or said done in words: related, unclear; a neighbour lower being better (能耗) is named
    # in words by its own direction
    ("约束性指标不折不扣完成省下达的任务", "约束性指标", "单位地区生产总值能耗下降完成省定目标", "unclear"),
    ("约束性指标完成国家下达任务", "约束性指标", "单位GDP能耗下降2.9%", "unclear"),
    ("约束性指标完成国家下达任务", "约束性指标", "二氧化碳排放强度下降完成年度目标", "unclear"),
    # guards: the indicators said done themselves; nothing on them; energy said done answers no other target
    ("约束性指标完成国家下达任务", "约束性指标", "各项约束性指标均完成省下达任务", "achieved"),
    ("约束性指标完成国家下达任务", "约束性指标", "社会治安持续好转", "not_reported"),
    ("一般公共预算收入增长6%", "一般公共预算收入", "单位GDP能耗下降完成年度任务", "not_reported"),
])
def test_binding_indicators_beside_one_of_them(target, metric, review, outcome):
    assert _outcomes(target, review, (metric,)) == [(metric, outcome)]


# --- the ninth set's rules (verifyb): a review part with its heading missing, targets named and then listed, a
# mechanism's name, a cap held through the five years ------------------------------------------------------------

_N9 = "某某省政府工作报告\n\n各位代表：\n\n一、2024年工作回顾\n\n二、2025年工作安排\n\n主要预期目标是：{targets}。\n"


def _ninth(targets_text, review_text):
    verdicts, _ = verify.verify_documents(_doc(_N9.format(targets=targets_text)), _doc(review_text), "t.txt")
    return [(v.metric, corpus.outcome(v)) for v in verdicts]


_UNTITLED = ("某某省政府工作报告\n\n各位代表：\n\n现在，我代表省人民政府向大会报告工作，请予审议。\n\n{body}"
             "{number}、2026年工作安排\n\n主要预期目标是：地区生产总值增长5%左右。\n")


@pytest.mark.parametrize(("body", "number", "expected"), [
    # the first part numbered two, the past year's figures before it: the review whose heading is missing
    ("一年来，全省克服多重困难，实现地区生产总值1.4万亿元，增长4.1%。\n\n全年城镇新增就业52万人。\n\n", "二",
     [("地区生产总值", "not_met"), ("城镇新增就业", "achieved")]),
    ("过去一年，全省地区生产总值增长6.3%，城镇新增就业47万人。\n\n", "三",
     [("地区生产总值", "achieved"), ("城镇新增就业", "not_met")]),
    # a first part numbered one has no review part before it: since stop 66 (verifye) a document with no review part is
    # read whole, with the warning that it was (按全文核对), so the past year's figure there still answers; guard: an
    # opening with no past result is none
    ("一年来，全省克服多重困难，实现地区生产总值1.4万亿元，增长4.1%。\n\n", "一",
     [("地区生产总值", "not_met"), ("城镇新增就业", "not_reported")]),
    ("我们将坚持稳中求进，着力扩大内需，努力完成全年目标任务。\n\n", "二",
     [("地区生产总值", "not_reported"), ("城镇新增就业", "not_reported")]),
])
def test_review_with_its_heading_missing(body, number, expected):
    review = _UNTITLED.format(body=body, number=number)
    assert _ninth("地区生产总值增长6%左右，城镇新增就业50万人以上", review) == expected


def _tagged(text):
    return [s.text for s in _doc(text).sentences if "expected_targets" in s.tags]


_PLAN9 = "某某市政府工作报告\n\n各位代表：\n\n一、2024年工作回顾\n\n二、2025年工作安排\n\n{para}\n"


@pytest.mark.parametrize(("para", "expected"), [
    # the targets named with nothing after them, then listed in the next sentence of the paragraph
    ("结合形势变化，我们对年初拟定的预期目标作了调整。今年力争外贸出口量稳质升；城镇调查失业率控制在5.6%以内；居民消费价格"
     "涨幅3%左右；居民收入增长快于经济增长。",
     ["今年力争外贸出口量稳质升；城镇调查失业率控制在5.6%以内；居民消费价格涨幅3%左右；居民收入增长快于经济增长。"]),
    ("考虑到外部环境，预期指标有所调整。全年要稳住就业，城镇登记失业率控制在4.2%以内，居民消费价格涨幅3%左右。",
     ["全年要稳住就业，城镇登记失业率控制在4.2%以内，居民消费价格涨幅3%左右。"]),
    # guards: a sentence naming the targets done, then the year's results (no coming year's will); one rate only;
    # the next paragraph; a sentence stating them with 是 is read as before
    ("年初确定的预期目标全面完成。全市地区生产总值增长6.1%，城镇调查失业率5.2%。", []),
    ("我们对预期目标作了调整。今年要稳住就业，城镇调查失业率控制在5.6%以内。", []),
    ("我们对预期目标作了调整。\n\n今年力争城镇调查失业率控制在5.6%以内，居民消费价格涨幅3%左右。", []),
    ("今年的主要预期目标是：地区生产总值增长6%左右，城镇调查失业率5.5%以内。",
     ["今年的主要预期目标是：地区生产总值增长6%左右，城镇调查失业率5.5%以内。"]),
])
def test_targets_named_then_listed(para, expected):
    assert _tagged(_PLAN9.format(para=para)) == expected


_REVIEW9 = "某某省政府工作报告\n\n一、2024年工作回顾\n\n过去一年，全省地区生产总值增长5.6%，{said}\n\n二、2025年工作安排\n"


@pytest.mark.parametrize(("said", "expected"), [
    # a mechanism's name holding the metric and the word for a rise says nothing of the prices
    ("健全社会救助标准与物价上涨挂钩机制，全年发放补贴1.2亿元。", "not_reported"),
    ("完善最低工资与物价上涨联动机制。", "not_reported"),
    # guards: the prices said to have gone some way are a mention with no figure; a figure answers
    ("物价温和上涨，市场供应充足。", "unclear"),
    ("居民消费价格上涨2.1%。", "achieved"),
])
def test_prices_in_a_mechanisms_name(said, expected):
    got = _ninth("地区生产总值增长6%左右，居民消费价格涨幅3%左右", _REVIEW9.format(said=said))
    assert dict(got)["居民消费价格涨幅"] == expected, got


_FIVE9 = ("某某市政府工作报告\n\n——2025年1月10日在某某市人民代表大会上\n\n各位代表：\n\n一、过去五年和2024年工作回顾\n\n"
          "过去五年，全市经济总量跨上新台阶。\n\n——民生福祉持续增进。{said}\n\n2024年，全市地区生产总值增长6.2%。\n\n"
          "二、2025年工作安排\n")


@pytest.mark.parametrize(("cap", "said", "expected"), [
    # held under the cap through the five years: the year too
    ("城镇登记失业率控制在4.2%以内", "城镇登记失业率始终控制在3.5%以内。", "achieved"),
    ("城镇登记失业率控制在3.5%以内", "城镇登记失业率保持在3.5%以下。", "achieved"),
    # guards: held above the cap, a level reached, a floor, no word of holding: settled by none
    ("城镇登记失业率控制在3.2%以内", "城镇登记失业率保持在3.5%以下。", "unclear"),
    ("城镇登记失业率控制在4.2%以内", "城镇登记失业率下降到3.5%。", "unclear"),
    ("城镇登记失业率控制在4.2%以内", "城镇登记失业率保持在3.5%以上。", "unclear"),
])
def test_cap_held_through_five_years(cap, said, expected):
    got = _ninth("地区生产总值增长6%左右，" + cap, _FIVE9.format(said=said))
    assert dict(got)["城镇登记失业率"] == expected, got


@pytest.mark.parametrize(("clause", "expected"), [
    # a cap on intensities kept within the range a higher government controls (在省控范围内 / 在市控范围内 /
    # 在控制范围内, target.predicate; 控范围内 a ceiling): qualitative, <=, each listed measure
    ("单位地区生产总值能耗、水耗在市控范围内", [("单位地区生产总值能耗", "<="), ("水耗", "<=")]),
    ("能耗总量在控制范围内", [("能耗总量", "<=")]),
    # guards: 控制在 as before; a reasonable range names no control and stays unread
    ("单位生产总值能耗控制在省控范围内", [("单位生产总值能耗", "<=")]),
    ("居民消费价格涨幅在合理范围内", []),
])
def test_a_cap_within_the_controlled_range(clause, expected):
    assert [(i.metric, i.comparator) for i in targets.parse_clause(clause)] == expected


@pytest.mark.parametrize(("opening", "year", "five"), [
    # the year's targets one short sentence each (今年…增长6%左右。…增长4%。…): the run of sentences of the paragraph
    # holding a rate counted together (tasks.years._year_list); a figure-less quota in the run is read with them
    ("综合考虑各方面因素，今年地区生产总值增长6%左右。一般公共预算收入增长4%。社会消费品零售总额增长7%。"
     "城镇新增就业完成省下达任务。", ["地区生产总值", "一般公共预算收入", "社会消费品零售总额"], False),
    # guards: two short sentences of rates are no list; a rate then prose stays none
    ("今年地区生产总值增长6%左右。一般公共预算收入增长4%。", [], True),
    ("新的一年，我们将力争地区生产总值增长6%左右。推动高质量发展取得新成效。社会消费品零售总额增长7%。", [], True),
])
def test_year_list_of_short_sentences(opening, year, five):
    got = [m for m, _, _ in _judged(opening)]
    assert [m for m in got if m in YEAR_METRICS] == year, got
    assert ("地区生产总值年均" in got) == five, got
    assert ("城镇新增就业" in got) == ("城镇新增就业" in opening and not five), got


@pytest.mark.parametrize(("clause", "expected"), [
    # money per head (元/人) is its own unit, its scale kept apart as with 元
    ("社会劳动生产率达到15万元/人", [("社会劳动生产率", 15.0, "万元/人", "amount")]),
    ("人均税收贡献2.5万元/人以上", [("人均税收贡献", 2.5, "万元/人", "amount")]),
    # guards: a total in 元 and 美元 stay as they were
    ("社会劳动生产率达到15万元", [("社会劳动生产率", 15.0, "万元", "amount")]),
    ("实际使用外资3亿美元以上", [("实际使用外资", 3.0, "亿美元", "amount")]),
])
def test_money_per_head_is_its_own_unit(clause, expected):
    assert [(i.metric, i.value, i.unit, i.kind) for i in targets.parse_clause(clause)] == expected


@pytest.mark.parametrize(("review", "expected"), [
    # a level per head answers a target per head; a total in 万元 does not
    ("全市社会劳动生产率达到15.8万元/人。", "achieved"),
    ("全市社会劳动生产率达到14.1万元/人。", "not_met"),
    ("全市社会劳动生产率达到15.8万元。", "unclear"),
])
def test_money_per_head_verified(review, expected):
    review_text = f"某某市政府工作报告\n\n一、2024年工作回顾\n\n过去一年，全市地区生产总值增长6.2%，{review}\n\n二、2025年工作安排\n"
    got = dict(_ninth("地区生产总值增长6%左右，社会劳动生产率达到15万元/人", review_text))
    assert got["社会劳动生产率"] == expected, got


# --- the tenth set's rules (r32–r35): a short group named as the full one after it, bare sectors measured as the
# last, an output value or a named industry for a sector's value added, manufacturing apart from all industry, the
# size word of a statistic only kept above a size ---------------------------------------------------------------

@pytest.mark.parametrize(("clause", "metrics"), [
    # a short group (城镇) before a group of residents named in full takes what that group adds after its place
    ("城镇和农村常住居民人均可支配收入分别增长6%、8%", ["城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"]),
    ("城镇、农村牧区常住居民人均可支配收入分别增长5.5%、7%", ["城镇常住居民人均可支配收入", "农村牧区常住居民人均可支配收入"]),
    # guards: 居民 alone is added as before; a group named in full keeps its own name
    ("城镇和农村居民人均可支配收入分别增长6%和8%左右", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ("城镇居民、农村常住居民人均可支配收入分别增长6%、8%", ["城镇居民人均可支配收入", "农村常住居民人均可支配收入"]),
])
def test_a_short_group_named_as_the_group_after_it(clause, metrics):
    assert [i.metric for i in targets.parse_clause(clause)] == metrics


@pytest.mark.parametrize(("clause", "metrics"), [
    # bare sectors listed before the last one's 增加值 are each measured so (target.sector, target.sector_measure)
    ("第一产业、第二产业、第三产业增加值分别增长3%、6%、5.5%", ["第一产业增加值", "第二产业增加值", "第三产业增加值"]),
    ("工业和建筑业增加值分别增长6%和4%", ["工业增加值", "建筑业增加值"]),
    # guards: a list holding a metric of its own, or a last item that is no sector, is left as it is
    ("地区生产总值、规模以上工业增加值分别增长5%、7%", ["地区生产总值", "规模以上工业增加值"]),
    ("数字经济、文化产业增加值分别增长12%、8%", ["数字经济", "文化产业增加值"]),
])
def test_bare_sectors_measured_as_the_last(clause, metrics):
    assert [i.metric for i in targets.parse_clause(clause)] == metrics


@pytest.mark.parametrize(("target", "review", "expected"), [
    # an output value (产值) is no value added, and one named industry (…产业) is no whole sector (verify.distinct)
    ("农业增加值增长4%", "特色农业产值增长6.1%", "not_reported"),
    ("服务业增加值增长6%", "文旅产业增加值增长9.2%", "not_reported"),
    ("规模以上工业增加值增长7%", "装备制造产业增加值增长11%", "not_reported"),
    # all industry is no manufacturing (verify.distinct 制造业>工业): no answer (read as met before)
    ("制造业增加值增长8%", "规模以上工业增加值增长9.1%", "not_reported"),
    ("制造业增加值占地区生产总值比重达到30%", "工业增加值占地区生产总值比重达32.5%", "not_reported"),
    # guards: each metric's own figure answers it; 第三产业 is the services sector itself
    ("农业增加值增长4%", "农业增加值增长3.6%", "not_met"),
    ("农业产值增长5%", "农业产值增长6%", "achieved"),
    ("服务业增加值增长6%", "第三产业增加值增长6.4%", "achieved"),
    ("制造业增加值增长8%", "制造业增加值增长9.1%，规模以上工业增加值增长7%", "achieved"),
    ("制造业增加值占地区生产总值比重达到30%", "社会消费品零售总额增长5%", "not_reported"),
])
def test_output_value_named_industry_and_manufacturing_apart(target, review, expected):
    got = [o for m, o in _outcomes(target, review, (targets.parse_clause(target)[0].metric,))]
    assert got == [expected], got


@pytest.mark.parametrize(("target", "review", "expected"), [
    # 规模以上 before a statistic kept only above a size (verify.size_scope_usual: 固定资产投资) names the usual one
    ("规模以上固定资产投资增长12%", "固定资产投资增长7.5%", "not_met"),
    ("规模以上固定资产投资增长12%", "固定资产投资增长13.1%", "achieved"),
    # guard: industry's value added over all units is still a wider neighbour of the units above a size
    ("规模以上工业增加值增长8%", "工业增加值增长9%", "unclear"),
])
def test_size_word_of_a_statistic_kept_above_a_size(target, review, expected):
    got = [o for m, o in _outcomes(target, review, (targets.parse_clause(target)[0].metric,))]
    assert got == [expected], got


# --- eleventh set's rules (verifyb, stop 38): a basis sum before a metric, a factor taken out, posts counted by
# persons.  Tables in this file's own wording. ---------------------------------------------------

@pytest.mark.parametrize(("clause", "expected"), [
    # a sum before 口径 names the basis the metric after it is counted on: no figure, no part of the name
    ("800万元口径工业投资增长12%", [("工业投资", 12.0, "%")]),
    ("3000万元及以上口径规模以上服务业营业收入增长9%", [("规模以上服务业营业收入", 9.0, "%")]),
    ("1000万元以上口径限额以上批发业销售额增长8%", [("限额以上批发业销售额", 8.0, "%")]),
    # guards: a threshold naming projects, and an amount that is the target, stay as they were
    ("引进5000万元以上项目20个", [("引进5000万元以上项目", 20.0, "个")]),
    ("500万元以上项目投资增长10%", [("500万元以上项目投资", 10.0, "%")]),
    ("民间投资达到300亿元", [("民间投资", 300.0, "亿元")]),
])
def test_a_basis_sum_before_the_metric(clause, expected):
    assert [(i.metric, i.value, i.unit) for i in targets.parse_clause(clause)] == expected


_N11 = "某某市政府工作报告\n\n二、2024年工作安排\n\n主要预期目标是：地区生产总值增长6%左右，{target}。\n"
_N11_REVIEW = ("某某市政府工作报告\n\n一、2024年工作回顾\n\n过去一年，全市地区生产总值增长6.2%，{review}。\n\n"
               "我们也清醒认识到，发展中还存在一些困难和问题。\n")


def _eleventh(target, review):
    verdicts, _ = verify.verify_documents(_doc(_N11.format(target=target)), _doc(_N11_REVIEW.format(review=review)),
                                          "t.txt")
    return {v.metric: corpus.outcome(v) for v in verdicts}


@pytest.mark.parametrize(("target", "review", "metric", "outcome"), [
    # a factor taken out (剔除/扣除…因素后) is a second basis: the two bases disagreeing leave it unclear
    ("一般公共预算收入增长9%", "一般公共预算收入完成86.2亿元、增长7.4%，剔除大规模增值税留抵退税因素后增长10.6%",
     "一般公共预算收入", "unclear"),
    ("一般公共预算收入增长9%", "一般公共预算收入完成86.2亿元、增长10.2%，扣除一次性土地出让收入因素后增长11.5%",
     "一般公共预算收入", "achieved"),
    ("一般公共预算收入增长9%", "一般公共预算收入完成86.2亿元、增长7.4%，扣除一次性土地出让收入因素后增长8.1%",
     "一般公共预算收入", "not_met"),
    # guards: the prices taken out give a real growth, no second basis — the headline figure decides
    ("城镇居民人均可支配收入增长6%", "城镇居民人均可支配收入增长6.1%，扣除价格因素实际增长4.2%",
     "城镇居民人均可支配收入", "achieved"),
    ("城镇居民人均可支配收入增长6%", "城镇居民人均可支配收入增长5.2%，剔除价格因素后增长3.9%",
     "城镇居民人均可支配收入", "not_met"),
    # a basis sum before the metric in the target and in the review
    ("800万元口径工业投资增长12%", "完成800万元口径工业投资126亿元、增长9.5%", "工业投资", "not_met"),
    ("800万元口径工业投资增长12%", "工业投资增长13.1%", "工业投资", "achieved"),
    # posts (就业岗位…个) counted by the persons who fill them
    ("城镇新增就业岗位1.2万个", "全年城镇新增就业1.35万人", "城镇新增就业岗位", "achieved"),
    ("城镇新增就业岗位1.2万个", "全年城镇新增就业1.05万人", "城镇新增就业岗位", "not_met"),
    # guards: jobs offered in posts answer no target in persons; another count in another unit answers nothing
    ("城镇新增就业1.2万人", "全年提供就业岗位1.5万个", "城镇新增就业", "not_reported"),
    ("城镇新增就业岗位1.2万个", "全年新增市场主体1.5万户", "城镇新增就业岗位", "not_reported"),
])
def test_eleventh_set_rules_verified(target, review, metric, outcome):
    assert _eleventh(target, review)[metric] == outcome


# --- the twelfth set's rules (verifya, stop 39); inputs in this file's own wording -------------------------------------

# A space between a figure's digits and its scale or unit (a page's layout): the same figure (indicators._NUM).
@pytest.mark.parametrize(("clause", "expected"), [
    ("城镇新增就业4.5 万人以上", [("城镇新增就业", 4.5, "万人", ">=")]),
    ("粮食产量稳定在120 万吨", [("粮食产量", 120.0, "万吨", ">=")]),
    ("新建中小学校12\u3000所", [("新建中小学校", 12.0, "所", ">=")]),
    # guards: no space, the same reading; a space before a word that is no unit joins nothing
    ("城镇新增就业4.5万人以上", [("城镇新增就业", 4.5, "万人", ">=")]),
    ("新增1 批项目", []),
])
def test_a_space_inside_a_figure(clause, expected):
    assert [(i.metric, i.value, i.unit, i.comparator) for i in targets.parse_clause(clause)] == expected


def _outcome_of(target, review, metric):
    verdicts, _ = verify.verify_documents(_doc(N.format(target=target)), _doc(N1.format(review=review)), "t.txt")
    return [corpus.outcome(v) for v in verdicts if v.metric == metric]


# 城市居民 is the urban residents' older name (words.toml verify.city_dweller, verify.aliases 城市居民>城镇居民).
@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("城镇居民人均可支配收入增长7%", "城镇居民人均可支配收入", "城市居民人均可支配收入52000元，增长6.1%", "not_met"),
    ("城镇居民人均可支配收入增长7%", "城镇居民人均可支配收入", "城市居民人均可支配收入增长7.4%", "achieved"),
    # guards: the rural group is no answer to the urban one, nor the city's residents to the rural one
    ("城镇居民人均可支配收入增长7%", "城镇居民人均可支配收入", "农村居民人均可支配收入增长7.4%", "not_reported"),
    ("农村居民人均可支配收入增长8%", "农村居民人均可支配收入", "城市居民人均可支配收入增长8.4%", "not_reported"),
])
def test_city_dwellers_are_the_urban_group(target, metric, review, outcome):
    assert _outcome_of(target, review, metric) == [outcome]


# One branch of services is not all services (verify.distinct 服务业>金融业 …), nor does its clause name the figure after
# it (金融业增加值增长…，税收增长…: the tax is no services' value added).  Finance's value added, a branch, is quoted as a
# neighbour (verify.neighbours; unclear, the lead's decision of stop 47).
@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("服务业增加值增长9%左右", "服务业增加值", "金融业增加值增长11.3%", "unclear"),
    ("服务业增加值增长9%左右", "服务业增加值", "房地产业增加值增长4.1%，税收增长15%", "not_reported"),
    ("第三产业增加值增长9%", "第三产业增加值", "金融业增加值增长11.3%", "unclear"),
    # guards: the sector's own figure answers beside its branch; a finance target keeps its own
    ("服务业增加值增长9%左右", "服务业增加值", "服务业增加值增长8.8%，其中金融业增加值增长11.3%", "achieved"),
    ("金融业增加值增长10%", "金融业增加值", "金融业增加值增长11.3%", "achieved"),
])
def test_a_branch_of_services_is_no_answer(target, metric, review, outcome):
    assert _outcome_of(target, review, metric) == [outcome]


# A price cap said kept in words in the clause after the price figure, its subject only the change (涨幅控制在…以内):
# said of the metric the clause before names (verify.bare_change_subject); a water class said fully up to standard.
@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("居民消费价格指数控制在省定目标以内", "居民消费价格指数", "居民消费价格上涨1.9%，涨幅控制在省定目标以内", "achieved"),
    ("居民消费价格涨幅控制在年度调控目标以内", "居民消费价格涨幅", "物价总体平稳，居民消费价格上涨2.1%，涨幅控制在调控目标以内",
     "achieved"),
    ("长江干流出境断面Ⅱ类水质稳定向好", "长江干流出境断面", "长江干流出境断面Ⅱ类水质全面达标", "achieved"),
    # guards: the change word after another metric's clause says nothing of prices; a water class merely steady is no
    # word of the target met
    ("居民消费价格指数控制在省定目标以内", "居民消费价格指数", "规上工业增加值增长5.2%，增速实现预期目标", "not_reported"),
    ("长江干流出境断面Ⅱ类水质稳定向好", "长江干流出境断面", "长江干流出境断面水质总体稳定", "unclear"),
])
def test_kept_or_reached_said_in_words(target, metric, review, outcome):
    assert _outcome_of(target, review, metric) == [outcome]


# The targets paragraph opened by a lead-in without 预期: 主要指标是： (part.targets_plain), or 主要发展目标： with the
# colon right after it when the sentence holds rates of several targets; its qualitative targets are kept.
PLAIN = ("某某市人民政府工作报告\n\n各位代表：\n\n一、2024年工作回顾\n\n二、2025年工作安排\n\n{lead}地区生产总值增长6%；"
         "规上工业增加值增长7%；一般公共预算收入增长5%；完成省下达的节能减排目标任务。\n\n（一）做强实体经济\n")


@pytest.mark.parametrize(("lead", "expected"), [
    ("今年的主要发展目标：", True),
    ("2025年经济社会发展主要指标是：", True),
    ("今年经济社会发展的主要目标是：", True),
    # guard: a lead-in naming no targets leaves the paragraph a plain task
    ("今年我们将重点抓好以下工作：", False),
])
def test_plain_targets_lead_keeps_the_quota(lead, expected):
    from luoshi.engine import tasks
    found = tasks.tasks_from_document(_doc(PLAIN.format(lead=lead)), "t.txt")
    quota = [t for t in found for i in t.indicators if i.metric == "节能减排"]
    assert (bool(quota) and all(t.kind == "expected_target" for t in quota)) == expected, \
        [(t.kind, [i.metric for i in t.indicators]) for t in found]


# --- the thirteenth set's rules (verifya, stop 39); inputs in this file's own wording ----------------------------------

# A verb of carrying out (落实, 执行) before an object ending in the task word states a quota target (target.fulfil_task_verb);
# before any other object it states none.
@pytest.mark.parametrize(("clause", "expected"), [
    ("落实主要污染物减排任务", [("主要污染物减排", ">=", "qualitative")]),
    ("全面落实省下达的能耗双控目标任务", [("能耗双控", ">=", "qualitative")]),
    # guards: a policy or a system carried out is no target; 完成 keeps its reading
    ("落实减税降费各项政策", []),
    ("执行最严格的水资源管理制度", []),
    ("完成主要污染物减排目标", [("主要污染物减排", ">=", "qualitative")]),
])
def test_carrying_out_a_quota(clause, expected):
    assert _read(clause) == expected


# A quota said met as the province's target reached (verify.done_in_words 实现省定 …), and a measure named with the noun
# 指标 answered in a list sharing that noun (verify.head_trail 指标).
@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("用水总量控制完成省下达任务", "用水总量控制", "用水总量控制实现省定目标", "achieved"),
    ("能耗双控指标控制在省下达目标以内", "能耗双控指标", "安全生产、能耗双控和水资源指标均在控制目标以内", "achieved"),
    # guards: a measure outside the list is not said met by it; a province's title won is no target reached
    ("能耗双控指标控制在省下达目标以内", "能耗双控指标", "安全生产和水资源指标均在控制目标以内", "not_reported"),
    ("用水总量控制完成省下达任务", "用水总量控制", "用水总量控制工作实现省级示范创建", "unclear"),
])
def test_quota_said_met(target, metric, review, outcome):
    assert _outcome_of(target, review, metric) == [outcome]



# A target over the units above a size (限额以上) against the whole statistic named with its size word (总额 for 额): a wider
# metric's figure, quoted, unclear — never the target's answer (verify/naming._wider_scope, verify.head_trail set aside).
@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("限额以上消费品零售额增长7%", "限额以上消费品零售额", "社会消费品零售总额增长5.2%", "unclear"),
    ("限额以上餐饮收入增长10%", "限额以上餐饮收入", "餐饮收入总额增长12.4%", "unclear"),
    # guards: the target's own units answer beside the whole; the whole keeps its own target
    ("限额以上消费品零售额增长7%", "限额以上消费品零售额", "社会消费品零售总额增长5.2%，其中限额以上消费品零售额增长7.8%",
     "achieved"),
    ("社会消费品零售总额增长7%", "社会消费品零售总额", "社会消费品零售总额增长7.4%", "achieved"),
])
def test_size_scope_against_the_whole_total(target, metric, review, outcome):
    assert _outcome_of(target, review, metric) == [outcome]


# 控制 before the target word closing a quota (…安全生产控制目标) is the target's kind, not part of the measure's name
# (targets._TASK_GOAL_TAIL): the measure named in the review with no word on its quota is then quoted, unclear.
@pytest.mark.parametrize(("clause", "expected"), [
    ("全面完成省下达的能耗总量和用水总量控制目标", ["能耗总量", "用水总量"]),
    ("确保完成上级下达的主要污染物减排控制目标", ["主要污染物减排"]),
    # guards: a bare target word and a task word keep their readings
    ("完成省下达的节能减排目标", ["节能减排"]),
    ("完成安全生产目标任务", ["安全生产"]),
])
def test_control_before_the_target_word(clause, expected):
    assert [m for m, _, _ in _read(clause)] == expected


# --- fourteenth set's rules (verifya, stop 40) ----------------------------------------------------------------------

# A review with no year figure of its own but the ones the cases give (N1 holds a GDP rate of its own).
N1_BARE = "某某市政府工作报告\n\n一、2024年工作回顾\n\n{review}。\n\n我们也清醒认识到，发展中还存在一些困难和问题。\n"


def _bare_outcome(target, review, metric):
    verdicts, _ = verify.verify_documents(_doc(N.format(target=target)), _doc(N1_BARE.format(review=review)), "t.txt")
    return [corpus.outcome(v) for v in verdicts if v.metric == metric]


# A year word before a part of the year opening the sentence part (去年前三季度，…: words.toml verify.part_year_year) keeps
# its figures of that part: a shortfall under the target settles nothing unless under half of it, as for 前三季度，…
@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("社会消费品零售总额增长9%左右", "社会消费品零售总额", "去年前三季度，全市实现社会消费品零售总额812亿元，比上年同期增长8.1%",
     "unclear"),
    ("固定资产投资增长10%", "固定资产投资", "去年前三季度，全市完成固定资产投资1290亿元，增长3.1%", "not_met"),
    # guards: the whole year with its year word is the year's; part of the year at the target settles nothing either
    ("社会消费品零售总额增长9%左右", "社会消费品零售总额", "去年，全市社会消费品零售总额增长8.1%", "not_met"),
    # the lead's method decision (stop 41): a part of the year at or above the year's target is not the year's result, unclear
    ("社会消费品零售总额增长9%左右", "社会消费品零售总额", "今年1—11月，社会消费品零售总额增长9.4%", "unclear"),
])
def test_a_year_word_before_a_part_of_the_year(target, metric, review, outcome):
    assert _bare_outcome(target, review, metric) == [outcome]


# Prices' older full name (居民消费价格总水平) is the consumer price level the abbreviation names (words.toml verify.aliases
# 居民消费价格总水平>居民消费价格, as CPI>居民消费价格).
@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("居民消费价格总水平涨幅控制在3%左右", "居民消费价格总水平涨幅", "CPI上涨2.4%", "achieved"),
    ("居民消费价格总水平涨幅控制在3%以内", "居民消费价格总水平涨幅", "CPI平均上涨3.8%", "not_met"),
    ("居民消费价格涨幅控制在3%以内", "居民消费价格涨幅", "居民消费价格总水平上涨1.9%", "achieved"),
    # guards: another price index answers nothing; another price level is not the consumer's
    ("居民消费价格总水平涨幅控制在3%左右", "居民消费价格总水平涨幅", "工业生产者出厂价格上涨1.6%", "not_reported"),
    ("商品零售价格总水平涨幅控制在3%以内", "商品零售价格总水平涨幅", "CPI上涨1.6%", "not_reported"),
])
def test_price_level_full_name_and_abbreviation(target, metric, review, outcome):
    assert _bare_outcome(target, review, metric) == [outcome]


# The new forms of trade (外贸新业态, 市场采购: words.toml verify.part_of_trade) are parts of the trade: their growth answers no
# target on the whole, whose level is then quoted (unclear), or else the part's figure (unclear, stop 48).
@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("外贸进出口总额增长5%", "外贸进出口总额", "外贸新业态进出口增长31.5%", "unclear"),
    ("外贸进出口总额增长5%", "外贸进出口总额", "实现外贸进出口总额512亿元，外贸新业态进出口增长31.5%", "unclear"),
    ("进出口总额增长8%", "进出口总额", "市场采购进出口增长44%", "unclear"),
    # guards: the whole's own growth answers beside a part's; a target on the new forms takes their figure
    ("外贸进出口总额增长5%", "外贸进出口总额", "外贸进出口总额增长3.2%，其中新业态进出口增长31.5%", "not_met"),
    ("外贸新业态进出口增长20%", "外贸新业态进出口", "外贸新业态进出口增长31.5%", "achieved"),
])
def test_new_forms_of_trade_are_a_part(target, metric, review, outcome):
    assert _bare_outcome(target, review, metric) == [outcome]


# A local government's budget revenue named with 地方 or without it is one revenue (verify.aliases
# 地方一般公共预算收入>一般公共预算收入): its level alone is quoted, its rate answers.
@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("地方一般公共预算收入增长6%", "地方一般公共预算收入", "一般公共预算收入达到86.2亿元", "unclear"),
    ("地方一般公共预算收入增长6%", "地方一般公共预算收入", "一般公共预算收入86.2亿元，增长4.3%", "not_met"),
    ("一般公共预算收入增长6%", "一般公共预算收入", "地方一般公共预算收入增长6.8%", "achieved"),
    # guards: the tax part is still a neighbour, quoted; a revenue named nowhere is not reported
    ("地方一般公共预算收入增长6%", "地方一般公共预算收入", "税收收入增长7.1%", "unclear"),
    ("地方一般公共预算收入增长6%", "地方一般公共预算收入", "城镇新增就业1.2万人", "not_reported"),
])
def test_local_budget_revenue_named_without_local(target, metric, review, outcome):
    assert _bare_outcome(target, review, metric) == [outcome]


# A count in 项 opening a clause before a group of indicators (六项污染物…, 四项主要污染物…: words.toml target.counted_group)
# numbers the group, part of its name: the clause is the quota it states.  A count after a verb or before other nouns stays
# a count.
@pytest.mark.parametrize(("clause", "expected"), [
    ("四项主要污染物排放量完成国家下达的减排任务", [("四项主要污染物排放量", ">=", "qualitative")]),
    ("三项主要大气污染物和单位地区生产总值能耗均完成省定目标",
     [("三项主要大气污染物", ">=", "qualitative"), ("单位地区生产总值能耗", ">=", "qualitative")]),
    ("六项污染物减排指标、万元地区生产总值二氧化碳排放量和万元工业增加值用水量均完成省下达任务",
     [("六项污染物减排指标", ">=", "qualitative"), ("万元地区生产总值二氧化碳排放量", ">=", "qualitative"),
      ("万元工业增加值用水量", ">=", "qualitative")]),
    # guards
    ("完成3项改革任务", [("", ">=", "count")]),
    ("新增5项国家标准", [("新增", ">=", "count")]),
])
def test_a_counted_group_is_named_not_counted(clause, expected):
    assert _read(clause) == expected


# A count opening its clause names what it counts after it (9个贫困县摘帽), not the metric of the clause before; a size
# alone (总量达到…) is still the metric before.
def test_a_count_opening_its_clause_names_what_follows():
    passage = "地区生产总值增长6%左右，总量达到2500亿元，12个贫困村退出、5个贫困乡镇摘帽。"
    found = [(i.metric, i.value, i.unit) for _, f in targets.parse_targets(passage) for i in f]
    assert found == [("地区生产总值", 6.0, "%"), ("地区生产总值", 2500.0, "亿元"), ("贫困村退出", 12.0, "个"),
                     ("贫困乡镇摘帽", 5.0, "个")]


# People counted in 万 opening a clause or a list item (40万贫困人口脱贫: words.toml target.people_counted) are a count in
# 万人 named by the words after the figure; a count of other things in 万 is read as before.
@pytest.mark.parametrize(("clause", "expected"), [
    ("3万农村劳动力转移就业", [("农村劳动力转移就业", 3.0, "万人")]),
    ("12个贫困村出列、2.5万贫困人口脱贫", [("贫困村出列", 12.0, "个"), ("贫困人口脱贫", 2.5, "万人")]),
    # guards
    ("40万亩高标准农田", [("", 40.0, "万亩")]),
    ("城镇新增就业1.2万人", [("城镇新增就业", 1.2, "万人")]),
])
def test_people_counted_in_wan_before_their_name(clause, expected):
    assert [(i.metric, i.value, i.unit) for i in targets.parse_clause(clause)] == expected


# The binding targets named after the expected ones (约束性指标是：…: words.toml part.targets_short) are targets of the year too;
# a plan sentence naming 约束性指标 with no 是/为 is none.
def _expected_metrics(text):
    from luoshi.engine import tasks
    return [i.metric for t in tasks.tasks_from_document(_doc(text), "t.txt") if t.kind == "expected_target"
            for i in (t.indicators or [])]


def test_binding_targets_paragraph_is_read():
    text = ("某某市政府工作报告\n\n二、2024年工作安排\n\n主要预期目标是：地区生产总值增长6%左右，固定资产投资增长8%。\n\n"
            "约束性指标是：单位地区生产总值能耗下降3%，化学需氧量和氨氮排放量均完成省下达任务。\n\n"
            "（一）加快产业转型。全面完成节能减排等约束性指标，新建5G基站1200个。\n")
    found = _expected_metrics(text)
    assert found[:2] == ["地区生产总值", "固定资产投资"]
    assert "单位地区生产总值能耗" in found and "化学需氧量" in found and "氨氮排放量" in found
    assert "5G基站" not in " ".join(found)


# An intensity's denominator (万元工业增加值用水量: words.toml verify.intensity_lead, intensity_measure) is no neighbour of it:
# a figure on the industry's value added is not quoted for its water use.
@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("万元工业增加值用水量完成省下达任务", "万元工业增加值用水量", "规模以上工业增加值增长9.1%", "not_reported"),
    ("单位工业增加值能耗完成省下达任务", "单位工业增加值能耗", "规模以上工业增加值达到1280亿元", "not_reported"),
    # guards: the intensity's own figure answers; a target on the industry keeps its wider neighbour
    ("万元工业增加值用水量下降3%", "万元工业增加值用水量", "万元工业增加值用水量下降4.1%", "achieved"),
    ("工业增加值增长8%", "工业增加值", "规模以上工业增加值增长10.1%", "unclear"),
])
def test_an_intensity_denominator_is_no_neighbour(target, metric, review, outcome):
    assert _bare_outcome(target, review, metric) == [outcome]


# A qualitative target's metric right before problems or their rectification (生态环境突出问题整改: words.toml
# verify.problems_after) names the problems put right: a word of improvement later in the sentence (空气质量改善幅度) is no
# word on the metric's state.  The metric said improved in its own words still answers.
@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("生态环境进一步改善", "生态环境", "深入推进生态环境突出问题整改，空气质量改善幅度居全省第一", "unclear"),
    ("安全生产形势持续稳定", "安全生产形势", "安全生产形势问题隐患整治全面推进，全市群众安全感保持稳定", "not_reported"),
    # guards
    ("生态环境进一步改善", "生态环境", "生态环境质量明显改善", "achieved"),
    ("生态环境质量进一步改善", "生态环境质量", "生态环境问题整改全面完成，生态环境质量持续改善", "achieved"),
    ("安全生产形势保持稳定", "安全生产形势", "安全生产隐患排查整治扎实推进，全市安全生产形势保持稳定", "achieved"),
])
def test_a_metric_naming_problems_put_right_says_nothing_of_its_state(target, metric, review, outcome):
    assert _bare_outcome(target, review, metric) == [outcome]


# A cut written 削减 (words.toml change.fall): a fall of at least that rate, as 下降 is, never a share of a lower-is-better
# metric read as a ceiling (so a cut beyond the target was judged over it: not met).  The sixteenth set's first run (r67, the
# last of a 分别 list of cuts) and r62 (a cut after a 均 clause), two provinces' reports.
@pytest.mark.parametrize(("clause", "expected"), [
    ("挥发性有机物排放量削减3%", [("挥发性有机物排放量", 3.0, ">=", "decline_rate")]),
    ("烟粉尘、总磷排放量分别削减2%和1.2%", [("烟粉尘排放量", 2.0, ">=", "decline_rate"), ("总磷排放量", 1.2, ">=", "decline_rate")]),
    # guards: a fall said 下降 as before; a share and a cap of a lower-is-better metric keep their reading
    ("碳排放强度下降3.5%", [("碳排放强度", 3.5, ">=", "decline_rate")]),
    ("城镇登记失业率控制在3.85%以内", [("城镇登记失业率", 3.85, "<=", "ratio")]),
])
def test_a_cut_is_a_fall(clause, expected):
    assert [(i.metric, i.value, i.comparator, i.kind) for i in targets.parse_clause(clause)] == expected


@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("挥发性有机物排放量削减3%", "挥发性有机物排放量", "挥发性有机物排放量削减4.4%", "achieved"),
    ("挥发性有机物排放量削减3%", "挥发性有机物排放量", "挥发性有机物排放量下降1.2%", "not_met"),
    # guard: a cut not said in the review is no answer
    ("挥发性有机物排放量削减3%", "挥发性有机物排放量", "空气质量优良天数比例达到88%", "not_reported"),
])
def test_a_cut_verified_as_a_fall(target, metric, review, outcome):
    assert _bare_outcome(target, review, metric) == [outcome]


# A space between two Chinese characters inside a target's name is the source's line wrap (targets.strip_metric): 社会消费
# 品零售总额 is 社会消费品零售总额, so the review's figure of it answers.  From r69 (天津 2013, 外贸进 出口); r17's review
# wraps words the same way.
@pytest.mark.parametrize(("clause", "expected"), [
    ("社会消费 品零售总额增长7.6%左右", [("社会消费品零售总额", 7.6)]),
    ("单位地区生产总值 能耗下降3%", [("单位地区生产总值能耗", 3.0)]),
    # guards: a space beside a figure or a mark changes nothing
    ("一般公共预算收入增长 6%", [("一般公共预算收入", 6.0)]),
    ("城镇调查失业率控制在5.35% 以内", [("城镇调查失业率", 5.35)]),
])
def test_a_wrapped_name_is_joined(clause, expected):
    assert [(i.metric, i.value) for i in targets.parse_clause(clause)] == expected


@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("社会消费 品零售总额增长7.6%左右", "社会消费品零售总额", "社会消费品零售总额增长7.9%", "achieved"),
    ("社会消费 品零售总额增长7.6%左右", "社会消费品零售总额", "社会消费品零售总额增长5.1%", "not_met"),
])
def test_a_wrapped_name_verified(target, metric, review, outcome):
    assert _bare_outcome(target, review, metric) == [outcome]


# A fall word right before a level's or an amount's figure (降低1微克/立方米, 减少0.8万吨: indicators.fall_by) is a fall
# by that much — kind decline_rate in the figure's unit, answered by a fall, never by the year's level; a level target is
# answered by a level, not by a fall.  Before, a cut of PM2.5 by 1微克/立方米左右 was judged against the year's level of
# 16 (not met: r68, 海南 2019), and any level met a cut written as a floor.
@pytest.mark.parametrize(("clause", "expected"), [
    ("PM10年均浓度下降3微克/立方米", [("PM10年均浓度", 3.0, "微克/立方米", ">=", "decline_rate")]),
    ("二氧化硫排放量减少0.8万吨", [("二氧化硫排放量", 0.8, "万吨", ">=", "decline_rate")]),
    # guards: lowered to a level, or capped, stays a level
    ("PM10年均浓度下降到57微克/立方米", [("PM10年均浓度", 57.0, "微克/立方米", "<=", "level")]),
    ("PM10年均浓度控制在61微克/立方米以内", [("PM10年均浓度", 61.0, "微克/立方米", "<=", "level")]),
])
def test_a_fall_by_an_amount_is_no_level(clause, expected):
    assert [(i.metric, i.value, i.unit, i.comparator, i.kind) for i in targets.parse_clause(clause)] == expected


@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("PM10年均浓度下降3微克/立方米", "PM10年均浓度", "PM10年均浓度下降3.6微克/立方米", "achieved"),
    ("PM10年均浓度下降3微克/立方米", "PM10年均浓度", "PM10年均浓度下降1.1微克/立方米", "not_met"),
    ("PM10年均浓度下降3微克/立方米", "PM10年均浓度", "PM10年均浓度为58微克/立方米", "unclear"),
    ("二氧化硫排放量减少0.8万吨", "二氧化硫排放量", "二氧化硫排放量9.4万吨", "unclear"),
    # guards: a level target keeps its level; a fall is no level
    ("PM10年均浓度控制在61微克/立方米以内", "PM10年均浓度", "PM10年均浓度为58微克/立方米", "achieved"),
    ("PM10年均浓度控制在61微克/立方米以内", "PM10年均浓度", "PM10年均浓度下降3.6微克/立方米", "unclear"),
    # guard: 减量 as a noun names the amount reduced (源头减量…万吨), its figure that amount
    ("生活垃圾源头减量2.8万吨", "生活垃圾源头减量", "生活垃圾源头减量3.1万吨", "achieved"),
])
def test_a_fall_by_an_amount_verified(target, metric, review, outcome):
    assert _bare_outcome(target, review, metric) == [outcome]


# One rate after two groups joined by 和 under one head (城镇和农村居民人均可支配收入均增长7.5%: verify/respective
# _shared_names) is each group's, as after 、: the rural group's name lies inside the list's, so it was taken for the
# figure's own name and the rural target read the rate as another basis (unclear).  From r68 (海南 2019).
@pytest.mark.parametrize(("target", "review", "expected"), [
    ("城镇居民人均可支配收入增长6%，农村居民人均可支配收入增长7.5%", "城镇和农村居民人均可支配收入均增长7.1%",
     {"城镇居民人均可支配收入": "achieved", "农村居民人均可支配收入": "not_met"}),
    ("规模以上工业增加值增长6%，固定资产投资增长9%", "规模以上工业增加值和固定资产投资均增长7.3%",
     {"规模以上工业增加值": "achieved", "固定资产投资": "not_met"}),
    # guard: the list joined by 、 as before
    ("城镇居民人均可支配收入增长6%，农村居民人均可支配收入增长7.5%", "城镇、农村居民人均可支配收入均增长7.1%",
     {"城镇居民人均可支配收入": "achieved", "农村居民人均可支配收入": "not_met"}),
])
def test_one_rate_after_two_groups_joined_by_and(target, review, expected):
    verdicts, _ = verify.verify_documents(_doc(N.format(target=target)), _doc(N1.format(review=review)), "t.txt")
    assert {v.metric: corpus.outcome(v) for v in verdicts if v.metric in expected} == expected


# A target doubling its metric in the year with no figure (外资翻一番, …实现翻番: words.toml target.doubled) is a growth of
# at least 100%, answered by the year's growth; with a base named before it (比2015年翻一番: target.doubled_since) it is
# several years' gain and no target of the year.  From r68 (海南 2019: the FDI target, and its next year's 实际利用外资翻番).
@pytest.mark.parametrize(("clause", "expected"), [
    ("跨境电商进出口额翻一番", [("跨境电商进出口额", 100.0, ">=", "growth_rate")]),
    ("技术合同成交额实现翻番", [("技术合同成交额", 100.0, ">=", "growth_rate")]),
    # guards: a base year or an earlier period named makes it no target of the year
    ("技术合同成交额比2015年翻一番", []),
    ("高新技术企业数量较“十三五”末实现翻番", []),
])
def test_a_doubling_is_a_growth_of_a_hundred(clause, expected):
    assert [(i.metric, i.value, i.comparator, i.kind) for i in targets.parse_clause(clause)] == expected


@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("技术合同成交额实现翻番", "技术合同成交额", "技术合同成交额增长121%", "achieved"),
    ("技术合同成交额实现翻番", "技术合同成交额", "技术合同成交额增长38%", "not_met"),
    # guard: not said in the review
    ("技术合同成交额实现翻番", "技术合同成交额", "新增高新技术企业210家", "not_reported"),
])
def test_a_doubling_verified(target, metric, review, outcome):
    assert _bare_outcome(target, review, metric) == [outcome]


# A text of no part at all — a report's year pasted alone from its 总体要求 or its targets on, no title, heading or address
# (r66's shape; parts._plan_without_parts): the sentence naming the main expected targets and what follows it are the plan,
# so its targets are read and checked.  A text naming no targets keeps no plan: nothing to check.
def _targets_of(text):
    from luoshi.engine import tasks as tasks_module
    doc = _doc(text)
    return [(i.metric, i.value, i.comparator) for t in tasks_module.tasks_from_document(doc, "t.txt")
            if t.kind == "expected_target" for i in t.indicators]


@pytest.mark.parametrize(("text", "expected"), [
    ("2025年是“十五五”开局之年，全县经济社会发展的总体要求是：坚持稳中求进，推动高质量发展。\n\n"
     "主要预期目标是：地区生产总值增长5.3%左右，一般公共预算收入增长4%，城镇调查失业率控制在5.4%以内。\n\n"
     "为实现上述目标，重点抓好以下五个方面工作：\n",
     [("地区生产总值", 5.3, "="), ("一般公共预算收入", 4.0, ">="), ("城镇调查失业率", 5.4, "<=")]),
    ("今年经济社会发展的主要预期目标为：规模以上工业增加值增长8%，社会消费品零售总额增长6.3%。\n",
     [("规模以上工业增加值", 8.0, ">="), ("社会消费品零售总额", 6.3, ">=")]),
    # guards: a text naming no targets has none (a review's figures are no plan); a titled report is read as before
    ("过去一年，全县地区生产总值增长5.1%，一般公共预算收入增长3.2%，城镇调查失业率5.2%。\n", []),
    ("某某县政府工作报告\n\n二、2025年工作安排\n\n主要预期目标是：地区生产总值增长5.3%左右，一般公共预算收入增长4%。\n",
     [("地区生产总值", 5.3, "="), ("一般公共预算收入", 4.0, ">=")]),
])
def test_a_text_of_no_part_is_read_from_its_targets(text, expected):
    assert _targets_of(text) == expected


def test_a_text_of_no_part_is_checked_against_the_review():
    n = "主要预期目标是：地区生产总值增长5.3%左右，一般公共预算收入增长4%。\n\n为实现上述目标，重点抓好以下五个方面工作：\n"
    review = N1_BARE.format(review="过去一年，全县地区生产总值增长5.9%，一般公共预算收入增长2.1%")
    verdicts, _ = verify.verify_documents(_doc(n), _doc(review), "t.txt")
    assert [(v.metric, corpus.outcome(v)) for v in verdicts] == [("地区生产总值", "achieved"),
                                                                  ("一般公共预算收入", "not_met")]


# A scope word opening a list of groups before their shared rest (其中城镇和农村居民人均可支配收入分别增长…; 全县城镇、农村常住
# 居民…): no part of the first group's name (words.toml target.scope_prefix), so each group takes the shared rest and its
# own figure.  From r61 (宁夏: 全体居民… then 其中城镇和农村居民…分别增长…); plainly general.  Guards: the list with no scope
# word as before, and a scope word before a list that is no groups' left as it was.
@pytest.mark.parametrize(("target", "review", "expected"), [
    ("城镇居民人均可支配收入增长6%，农村居民人均可支配收入增长7%",
     "全体居民人均可支配收入增长6.4%，其中城镇和农村居民人均可支配收入分别增长5.2%和8.1%",
     {"城镇居民人均可支配收入": "not_met", "农村居民人均可支配收入": "achieved"}),
    ("城镇常住居民人均可支配收入增长6%，农村常住居民人均可支配收入增长7%",
     "全县城镇、农村常住居民人均可支配收入分别增长6.3%、6.6%",
     {"城镇常住居民人均可支配收入": "achieved", "农村常住居民人均可支配收入": "not_met"}),
    # guard: no scope word, as before
    ("城镇居民人均可支配收入增长6%，农村居民人均可支配收入增长7%", "城镇和农村居民人均可支配收入分别增长5.2%、8.1%",
     {"城镇居民人均可支配收入": "not_met", "农村居民人均可支配收入": "achieved"}),
])
def test_a_scope_word_before_the_groups(target, review, expected):
    verdicts, _ = verify.verify_documents(_doc(N.format(target=target)), _doc(N1.format(review=review)), "t.txt")
    assert {v.metric: corpus.outcome(v) for v in verdicts if v.metric in expected} == expected


@pytest.mark.parametrize(("metric", "expected"), [
    ("其中城镇和农村居民人均可支配收入", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ("全市城镇、农村常住居民人均可支配收入", ["城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"]),
    # guard: the groups with no scope word, as before
    ("城镇和农村居民人均可支配收入", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
])
def test_a_scope_word_is_no_part_of_the_first_group(metric, expected):
    assert targets.split_metrics(metric) == expected


# --- the seventeenth set's rules (verifya, stop 42) ---------------------------------------------------------------

@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    # two shares of one whole measuring different things (verify.share_lead, measure words set aside): no answer
    ("环保投入占地区生产总值比重保持在2.8%左右", "环保投入占地区生产总值比重",
     "全社会研发经费支出占地区生产总值比重提高到3.1%", "not_reported"),
    ("环保投入相当于全区生产总值的比例保持在2.5%左右", "环保投入相当于全区生产总值的比例",
     "全社会研发经费支出相当于全区生产总值的比例达到2.7%", "not_reported"),
    ("旅游产业增加值占地区生产总值比重达到8%", "旅游产业增加值占地区生产总值比重",
     "数字经济核心产业增加值占地区生产总值比重达到9.4%", "not_reported"),
    # guards: the same share answers it, in either of the two wordings, a wider or narrower name of the same thing too
    ("环保投入相当于全区生产总值的比例保持在2.5%左右", "环保投入相当于全区生产总值的比例",
     "环保投入相当于全区生产总值的比例为2.6%", "achieved"),
    ("旅游产业增加值占地区生产总值比重达到8%", "旅游产业增加值占地区生产总值比重",
     "文化和旅游产业增加值占地区生产总值比重达到7.1%", "not_met"),
    ("制造业增加值占地区生产总值比重达到28%", "制造业增加值占地区生产总值比重",
     "全市制造业增加值占GDP比重提高到28.6%", "achieved"),
])
def test_a_share_answered_by_another_share(target, metric, review, outcome):
    assert _outcomes(target, review, (metric,)) == [(metric, outcome)]


@pytest.mark.parametrize(("clause", "metrics"), [
    # the sectors by their ordinals alone before one measure (一、二、三产, 第一、二、三产业, 二、三产业): each in full
    ("一、二、三产增加值分别增长5%、9%和7.5%", ["第一产业增加值", "第二产业增加值", "第三产业增加值"]),
    ("第一、二、三产业增加值分别增长3.5%左右、8%左右、7%左右", ["第一产业增加值", "第二产业增加值", "第三产业增加值"]),
    ("二、三产业增加值分别增长8%和7%", ["第二产业增加值", "第三产业增加值"]),
    # guards: sectors named in words as before; ordinals of something else (prizes) are no sectors
    ("农业、工业、服务业增加值分别增长4%、8%、7%", ["农业增加值", "工业增加值", "服务业增加值"]),
    ("一、二等奖分别奖励5万元、3万元", ["一、二等奖分别奖励", "一、二等奖分别奖励"]),
])
def test_sectors_by_their_ordinals(clause, metrics):
    assert [i.metric for i in targets.parse_clause(clause)] == metrics


def test_sectors_by_their_ordinals_verified():
    # each sector's target is set against the review's sector written the same way or in full
    got = _outcomes("一、二、三产增加值分别增长5%、9%和7.5%", "第一产业增加值增长5.4%，第二产业增加值增长7.2%，第三产业增加值增长8.1%",
                    ("第一产业增加值", "第二产业增加值", "第三产业增加值"))
    assert got == [("第一产业增加值", "achieved"), ("第二产业增加值", "not_met"), ("第三产业增加值", "achieved")]


@pytest.mark.parametrize(("clause", "metric"), [
    # a copula right before the figure (…在5.5%以内, …在3%左右) is no part of the metric's name
    ("城镇调查失业率在5.5%以内", "城镇调查失业率"),
    ("城镇登记失业率在4%以内", "城镇登记失业率"),
    ("居民消费价格涨幅在3%左右", "居民消费价格涨幅"),
    # guards: a verb with 在 (控制在, 稳定在) as before; a name holding 在 inside it keeps it
    ("城镇登记失业率控制在4.2%以内", "城镇登记失业率"),
    ("粮食产量稳定在85亿斤以上", "粮食产量"),
    ("所在地区生产总值增长6%", "所在地区生产总值"),
])
def test_a_copula_before_the_figure(clause, metric):
    assert [i.metric for i in targets.parse_clause(clause)] == [metric]


@pytest.mark.parametrize(("target", "review", "outcome"), [
    # the cap so written is answered by the review's rate, or said kept under the year's target in words
    ("城镇调查失业率在5.5%以内", "城镇调查失业率5.1%", "achieved"),
    ("城镇调查失业率在5.5%以内", "城镇调查失业率明显低于年初预期目标", "achieved"),
    ("城镇调查失业率在5.5%以内", "城镇调查失业率5.8%", "not_met"),
])
def test_a_copula_before_the_figure_verified(target, review, outcome):
    assert _outcomes(target, review, ("城镇调查失业率",)) == [("城镇调查失业率", outcome)]


# A metric lower being better held at last year's level (二氧化硫排放量与上年持平, 化学需氧量排放总量与上年持平): at most last
# year's, a cap of no growth (a fall beats it, a rise misses it); any other metric held level keeps 持平 as zero growth.
# From r62 (广西 2013's emission list); plainly general (an emission or a rate of loss kept from rising).
@pytest.mark.parametrize(("clause", "expected"), [
    ("二氧化硫排放量与上年持平", [("二氧化硫排放量", 0.0, "<=")]),
    ("氨氮排放总量与上年持平", [("氨氮排放总量", 0.0, "<=")]),
    # guard: a metric higher being better held level keeps zero growth as its figure
    ("税收收入与上年持平", [("税收收入", 0.0, "=")]),
])
def test_held_level_is_a_cap_when_lower_is_better(clause, expected):
    assert [(i.metric, i.value, i.comparator) for i in targets.parse_clause(clause)] == expected


@pytest.mark.parametrize(("target", "review", "expected"), [
    ("氮氧化物排放量与上年持平", "氮氧化物排放量下降3.6%", {"氮氧化物排放量": "achieved"}),
    ("氮氧化物排放量与上年持平", "氮氧化物排放量比上年增长0.8%", {"氮氧化物排放量": "not_met"}),
    ("氮氧化物排放量与上年持平", "森林覆盖率达到62%", {"氮氧化物排放量": "not_reported"}),
])
def test_held_level_cap_verified(target, review, expected):
    verdicts, _ = verify.verify_documents(_doc(N.format(target=target)), _doc(N1.format(review=review)), "t.txt")
    assert {v.metric: corpus.outcome(v) for v in verdicts if v.metric in expected} == expected


_NO_HEADING = ("某某市人民政府工作报告\n\n各位代表:\n\n现在，我代表市人民政府向大会报告工作，请予审议。\n\n{opening}\n\n{results}\n\n"
               "二、“十四五”主要任务\n\n三、{year}年主要工作\n\n发展的主要预期目标为:地区生产总值增长6%左右。\n")


@pytest.mark.parametrize(("opening", "results", "year", "expected"), [
    # the review's heading missing: a sentence calling the year before the planned one "a year" (…是…的一年, …之年),
    # then the year's results with no 过去一年 of their own — that text is the review
    ("2020年是全市发展极不平凡的一年。面对疫情冲击，我们统筹推进各项工作。",
     "全市地区生产总值增长5.1%；固定资产投资增长9.2%。", "2021", [("地区生产总值", "not_met")]),
    ("2022年，是党的二十大召开之年，也是全市爬坡过坎的关键之年。",
     "全市地区生产总值增长6.4%。", "2023", [("地区生产总值", "achieved")]),
    # a year that is not the one before the planned year opens no review part; since stop 66 (verifye) the document is
    # then read whole, with its warning, and the figure answers; guard: the words on the year with no result after them
    ("2019年是新中国成立70周年。", "全市地区生产总值增长5.1%。", "2021", [("地区生产总值", "not_met")]),
    ("2020年是全市发展极不平凡的一年。", "我们统筹推进疫情防控和经济社会发展。", "2021", [("地区生产总值", "not_reported")]),
])
def test_a_review_opened_by_naming_its_year(opening, results, year, expected):
    targets_text = _NO_HEADING.format(opening="", results="", year=year).replace("\n\n\n\n", "\n\n")
    review_text = _NO_HEADING.format(opening=opening, results=results, year=year)
    verdicts, _ = verify.verify_documents(_doc(targets_text), _doc(review_text), "t.txt")
    assert [(v.metric, corpus.outcome(v)) for v in verdicts] == expected


@pytest.mark.parametrize(("target", "review", "outcome"), [
    # a metric said back at the year before's level (…基本恢复到上年水平, …恢复至上年同期水平): a growth of zero
    ("社会消费品零售总额增长9%", "预计社会消费品零售总额基本恢复到上年水平", "not_met"),
    ("社会消费品零售总额增长9%", "社会消费品零售总额恢复至上年同期水平", "not_met"),
    # guards: back at another time's level is no figure of the year's growth (named in words only, as before);
    # level with last year as before
    ("社会消费品零售总额增长9%", "社会消费品零售总额恢复到疫情前水平", "unclear"),
    ("社会消费品零售总额增长9%", "社会消费品零售总额与上年基本持平", "not_met"),
])
def test_back_at_the_year_before_level(target, review, outcome):
    assert _outcomes(target, review, ("社会消费品零售总额",)) == [("社会消费品零售总额", outcome)]

