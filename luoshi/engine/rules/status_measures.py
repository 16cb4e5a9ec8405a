"""The status rules of a measure other than a figure done against a figure planned: a rank held (``RankHeld``),
a growth or a level set against a benchmark area (``BenchmarkGrowth``, ``BenchmarkLevel``),
a rate or level no figure answers (``RateWithoutFigure``), a ratio capped (``RatioCap``), a goal of coverage
answered by counts (``CoverageByCount``), a task measured by its own workload (``OwnWorkload``) and the year's
planned amount the report states itself (``PlannedAmount``).
"""

from __future__ import annotations

import re
from functools import cache

from .. import vocab
from ..indicators import LOWER_IS_BETTER
from ..judgement import Evidence
from ..numbers import parse_number
from ..text import bigrams, for_parsing
from .assigning import _RATE_END
from .base import (
    _CLAUSE,
    _COVERAGE_GOAL,
    _EVERY_ITEM_GOAL,
    _INTENTION_PLANNED,
    _NON_WORD,
    _NON_WORD_OR_DIGIT,
    _NOT_CJK,
    _PACE_OF,
    _TASK_WHOLE_INVESTMENT,
    _fmt,
    _is_level,
    _quick,
    _sim,
    _value,
    by_pace,
)
from .building import _THIS_YEAR, _TOTAL_LEAD
from .case import Fact, Outcome, _spans, _unit_of, quoting
from .clauses import _REST_OPENS, clause_stage
from .judging import _BUILDING_RATE, _COVERED_OF_WHOLE, _content_bigrams, _held, case_expected_done
from .status import StatusRule, _paced, behind_cues, shown_measure, status_word
from .works import _OWN_ITEMS

# A rank to reach or hold (保持全省前三, 进入全市前十, 位居全省第一) and the rank reported (位列第二, 排名第5).
_RANK_TASK = re.compile(f"(?:{vocab.alternation('rank.task_lead')})"
                        r"[^,;。，；]{0,10}?(?:前([一二三四五六七八九十\d]{1,2})|" f"(?:{vocab.alternation('rank.top')})"
                        f"(?!{vocab.alternation('verify.rank_not_place')})"
                        # 进入全国百强县: within the top N of a list of places (as targets.py reads it)
                        f"|([一二三四五六七八九十百\\d]{{1,3}})强(?:{vocab.alternation('target.rank_strong_kind')}))")
# A move up a ranking asked (位次前移2位, 排名提升3个位次, 争先进位) and a move stated (较上年前移3位, 倒退2位).
_RANK_NUMERAL = r"[一二两三四五六七八九十\d]{1,3}"
_MOVE_TASK = re.compile(f"(?:{vocab.alternation('target.rank_word')})[^,;。，；]{{0,6}}?(?:{vocab.alternation('target.rank_up')})"
                        f"(?:({_RANK_NUMERAL})个?(?:{vocab.alternation('target.rank_unit')}))?"
                        f"|{vocab.alternation('target.rank_up_bare')}")
_MOVE_REPORT = re.compile(f"(?:({vocab.alternation('target.rank_up')})|{vocab.alternation('target.rank_down')})"
                          f"({_RANK_NUMERAL})个?(?:{vocab.alternation('target.rank_unit')})(?!数)")
# A standing with no number asked (进入全省第一方阵) and the same stated (位列第一方阵).
_GROUP_TASK = re.compile(f"(?:{vocab.alternation('rank.task_lead')})[^,;。，；]{{0,8}}?"
                         f"({vocab.alternation('target.rank_group')})")


_RANK_NOT_OUT = vocab.pattern("rank.result_not_out")
_RANK_REPORT = re.compile(f"(?:{vocab.alternation('rank.report_lead')})"
                          r"[^,;。，；\d]{0,6}?第([一二三四五六七八九十百\d]{1,3})")


def _rank(text: str | None) -> int | None:
    """The place a rank names (前三: 3, 第十五: 15, 前二十: 20; none written, the first: 1)."""
    if not text:
        return 1
    n = parse_number(text)
    return int(n) if n else None


class RankHeld(StatusRule):
    help_text = ("A rank to reach or hold (保持全省前三, 位居全省第一) answered by the rank reported (位列第二): within it "
                 "→ on_track (completed once the year is over), outside it → behind, basis figures.  A move up asked "
                 "(位次前移2位, 争先进位) answered by the move reported (较上年前移3位; 倒退2位 → behind), and a standing "
                 "asked (进入第一方阵) answered by the same standing, alike; 第一方阵 is no first place.  With no place "
                 "reported, a reply saying the ranking's result is not out yet (排名结果尚未发布: words.toml "
                 "rank.result_not_out) is unclear, whatever work toward it is done.")

    def judge(self, case):
        moved = self._moved(case)
        if moved is not None:
            return moved
        task = _RANK_TASK.search(case.task_text)
        report = _RANK_REPORT.search(for_parsing(case.progress))
        not_out = _RANK_NOT_OUT.search(for_parsing(case.progress))
        if task and not report and not_out:
            # 已完成年度评估数据报送，排名结果尚未发布 for 排名进入前20位: no place yet, the work toward it shows none
            return quoting(case, not_out.span(), "unclear", f"目标{task.group(0)}，报告称排名结果尚未发布，无法判断", "none")
        if not task or not report or case.in_forecast(report.start()):
            return None
        want, got = _rank(task.group(1) or task.group(2)), _rank(report.group(1))
        if want is None or got is None:
            return None
        ok = got <= want
        status = _held(case.expected) if ok else "behind"
        return quoting(case, report.span(), status, f"目标{task.group(0)}，报告排名第{got}，判{status_word(status)}", "figures")


    @staticmethod
    def _moved(case):
        """A move up asked (位次前移2位, 争先进位) answered by the move stated (较上年前移3位: at least the places
        asked, any for none → held; fewer, or places lost, 倒退2位 → behind); a standing asked (进入全省第一方阵)
        answered by the same standing stated (位列第一方阵) → held.  None when neither is asked and answered."""
        norm = for_parsing(case.progress)
        move, said = _MOVE_TASK.search(case.task_text), _MOVE_REPORT.search(norm)
        if move and said and not case.in_forecast(said.start()):
            want = parse_number(move.group(1)) if move.group(1) else None
            n = parse_number(said.group(2))
            if n is None:
                return None
            gained = n if said.group(1) else -n
            ok = gained >= want if want is not None else gained > 0
            status = _held(case.expected) if ok else "behind"
            return quoting(case, said.span(), status, f"目标{move.group(0)}，报告{said.group(0)}，判{status_word(status)}",
                           "figures")
        group = _GROUP_TASK.search(case.task_text)
        at = norm.find(group.group(1)) if group else -1
        if group and at >= 0 and not case.in_forecast(at):
            status = _held(case.expected)
            b = at + len(group.group(1))
            return quoting(case, (at, b), status, f"目标{group.group(0)}，报告{group.group(1)}，判{status_word(status)}",
                           "figures")
        return None

# A growth target set against a benchmark area (增长高于全国平均水平, 增速快于全省) and the report's comparison with it.
_BENCH_GROWTH = vocab.alternation("benchmark.growth")
_BENCH_AREA = vocab.alternation("benchmark.area")
_BENCH_TASK = re.compile(f"(?:{_BENCH_GROWTH})[^,;。，；\\d]{{0,3}}?(?:{vocab.alternation('benchmark.above')})(?:同期)?"
                         f"(?P<area>{_BENCH_AREA})")
_BENCH_REPORT = re.compile(f"(?P<cmp>{vocab.alternation('benchmark.above')}|{vocab.alternation('benchmark.below')})"
                           f"(?:同期)?(?P<area>{_BENCH_AREA})")
_BENCH_BELOW = re.compile(vocab.alternation("benchmark.below"))
# 涨幅不超过全国平均, 不高于全省: a target at most the area's — the low side (BenchmarkGrowth, BenchmarkLevel).
_BENCH_AT_MOST = vocab.pattern("benchmark.at_most")
# A growth figure (增长8.1%, 增速为-2.3%) and the benchmark area's own (全省增长11.6%, 全国平均增速为6.2%).
_BENCH_COPULA = vocab.alternation("benchmark.figure_copula")
_GROWTH_FIGURE = re.compile(f"(?:{_BENCH_GROWTH})(?:{_BENCH_COPULA})?(?P<pct>-?\\d+(?:\\.\\d+)?)%")
_AREA_FIGURE = re.compile(f"(?P<area>{_BENCH_AREA})(?:{vocab.alternation('benchmark.area_qualifier')}){{0,2}}"
                          f"(?:{_BENCH_GROWTH})(?:{_BENCH_COPULA})?(?P<pct>-?\\d+(?:\\.\\d+)?)%")


def _at_most(task: re.Match) -> bool:
    """涨幅不超过全国平均: the growth asked is at most the area's (benchmark.at_most), under it the target met."""
    return _BENCH_AT_MOST.search(task.group(0)) is not None


class BenchmarkGrowth(StatusRule):
    help_text = ("A growth target set against a benchmark area (增长高于全国平均水平, 增速快于全省) answered by the report's "
                 "comparison of its growth with the same area (同比增长23.8%,低于同期全国增长水平; 增速高于全省平均水平): over "
                 "it → on_track (completed once the year is over), under it → behind, basis figures.  The comparison must "
                 "follow a growth within its sentence (失业率低于全省平均 answers nothing), and a target of a growth in "
                 "points (增长8%以上) is no benchmark target; one at most the area's (涨幅不超过全国平均) is met under it.  With no comparison word, the area's own growth given beside the "
                 "report's (同比增长8.1%，全省增长11.6%) is compared by figure.")

    def judge(self, case):
        task = _BENCH_TASK.search(case.task_text)
        if not task:
            return None
        norm = for_parsing(case.progress)
        for m in _BENCH_REPORT.finditer(norm):
            if m.group("area") != task.group("area") or case.in_forecast(m.start()):
                continue
            sentence = norm[max(norm.rfind("。", 0, m.start()) + 1, m.start() - 20):m.start()]
            if not re.search(_BENCH_GROWTH, sentence + norm[m.end():m.end() + 8]):
                continue
            low = _BENCH_BELOW.fullmatch(m.group("cmp")) is not None
            status = _held(case.expected) if low == _at_most(task) else "behind"
            return quoting(case, m.span(), status, f"目标{task.group(0)}，报告增速{m.group(0)}，判{status_word(status)}", "figures")
        return self._by_figures(case, task, norm)

    @staticmethod
    def _by_figures(case, task, norm):
        """同比增长8.1%，全省增长11.6%: the area's own growth given beside the report's, compared by figure (the report's
        is the first growth figure not the area's, in the same sentence)."""
        for m in _AREA_FIGURE.finditer(norm):
            if m.group("area") != task.group("area") or case.in_forecast(m.start()):
                continue
            lo = norm.rfind("。", 0, m.start()) + 1
            hi = norm.find("。", m.end())
            own = next((g for g in _GROWTH_FIGURE.finditer(norm, lo, hi if hi >= 0 else len(norm))
                        if not (m.start() <= g.start() < m.end())), None)
            if own is None or case.in_forecast(own.start()):
                return None
            ours, theirs = float(own.group("pct")), float(m.group("pct"))
            status = "behind" if (ours > theirs if _at_most(task) else ours < theirs) else _held(case.expected)
            a, b = min(own.start(), m.start()), max(own.end(), m.end())
            return quoting(case, (a, b), status, f"目标{task.group(0)}，报告增速{ours:g}%，{m.group('area')}{theirs:g}%，"
                           f"判{status_word(status)}", "figures")
        return None


# A level target set against a benchmark area (失业率低于全省平均水平, 覆盖率不低于全国平均, 控制在全市平均水平以下) and the
# report's comparison of the same level with the same area (2.9%，低于全省平均水平) or the area's own figure beside it.
_BL_CORE = f"[^\\W\\d_]{{2}}(?:{vocab.alternation('benchmark.level_measure')})"
_BL_CMP = vocab.alternation("benchmark.above", "benchmark.below", "benchmark.better", "benchmark.worse", "benchmark.at_most")
_BL_TASK = re.compile(f"(?P<core>{_BL_CORE})[^,;。，；\\d]{{0,4}}?(?P<cmp>{_BL_CMP}|{vocab.alternation('benchmark.cap')})"
                      f"(?:同期)?(?P<area>{_BENCH_AREA})(?:平均)?(?:{vocab.alternation('benchmark.level_noun')})?"
                      f"(?P<side>{vocab.alternation('benchmark.cap_under', 'benchmark.cap_over')})?")
# The report's comparison: 低于全省平均水平, or the area first (比全省平均高0.5个百分点, 较全市平均水平低).
_BL_REPORT = re.compile(f"(?P<cmp>{_BL_CMP})(?:同期)?(?P<area>{_BENCH_AREA})"
                        f"|(?:{vocab.alternation('benchmark.than')})(?:同期)?(?P<area_first>{_BENCH_AREA})"
                        f"(?:{vocab.alternation('benchmark.area_qualifier')}){{0,2}}(?:{vocab.alternation('benchmark.level_noun')})?"
                        f"(?:(?P<low>{vocab.alternation('benchmark.lower')})|{vocab.alternation('benchmark.higher')})")
# The area's own level (全省平均为46.5%, 全市平均水平95.2%) and the report's (普及率为93.5%), compared by figure.
_BL_AREA_FIGURE = re.compile(f"(?P<area>{_BENCH_AREA})(?:{vocab.alternation('benchmark.area_qualifier')}){{0,2}}"
                             f"(?:{vocab.alternation('benchmark.level_noun')})?(?:{_BL_CORE})?(?:{_BENCH_COPULA})?"
                             r"(?P<pct>\d+(?:\.\d+)?)%")
_BL_OWN_FIGURE = re.compile(f"(?P<core>{_BL_CORE})(?:{_BENCH_COPULA})?" r"(?P<pct>\d+(?:\.\d+)?)%")
_BL_LOW_WORDS = vocab.pattern("benchmark.below", "benchmark.cap_under")
_BL_BETTER = vocab.pattern("benchmark.better")
_BL_WORSE = vocab.pattern("benchmark.worse")
_BL_CAP = vocab.pattern("benchmark.cap")
_BL_OR_EQUAL = vocab.pattern("benchmark.or_equal")
_BL_FORECAST = vocab.pattern("forecast.late_lead")     # 预计全年失业率3%左右，低于全市: a forecast level


def _low_side(cmp: str, lower_better: bool, side: str | None = None) -> bool:
    """Whether a comparison word puts the level under the area's: 低于 yes, 高于 no, 优于 under for a metric lower is
    better (失业率) and over otherwise, 差于 the reverse, 控制在 … under unless 以上 follows."""
    if _BL_CAP.fullmatch(cmp):
        return not (side and not _BL_LOW_WORDS.fullmatch(side))
    if _BL_BETTER.fullmatch(cmp):
        return lower_better
    if _BL_WORSE.fullmatch(cmp):
        return not lower_better
    return _BENCH_BELOW.fullmatch(cmp) is not None or _BENCH_AT_MOST.fullmatch(cmp) is not None


class BenchmarkLevel(StatusRule):
    help_text = ("A level target set against a benchmark area (城镇登记失业率低于全省平均水平, 森林覆盖率不低于全国平均, "
                 "控制在全市平均水平以下, 优于全省平均) answered by the report's comparison of the same level with the same "
                 "area (2.9%，低于全省平均水平; 好于全省平均; 比全省平均高0.5个百分点) or the area's own figure beside it (3.1%，全省平均3.6%): on the "
                 "side the target asks → on_track (completed once the deadline is reached), the other side → behind, basis "
                 "figures.  优于/好于 is the low side for a metric lower is better (target.lower_is_better: 失业率), 不高于/不超过 the low side.  The "
                 "level's own word (失业率, 占比) must stand before the comparison in its sentence with no growth between; a "
                 "growth target is rules.BenchmarkGrowth's; another area, or no comparison, answers nothing here.")

    def judge(self, case):
        task = _BL_TASK.search(case.task_text)
        if not task or _BENCH_TASK.search(case.task_text):
            return None
        core = task.group("core")
        lower_better = LOWER_IS_BETTER.search(case.task_text[max(0, task.start() - 8):task.end("core")]) is not None
        want_low = _low_side(task.group("cmp"), lower_better, task.group("side"))
        norm = for_parsing(case.progress)
        for m in _BL_REPORT.finditer(norm):
            if (m.group("area") or m.group("area_first")) != task.group("area") or case.in_forecast(m.start()):
                continue
            lo = max(norm.rfind("。", 0, m.start()) + 1, m.start() - 40)
            at = norm[lo:m.start()].rfind(core)
            if at < 0 or re.search(_BENCH_GROWTH, norm[lo + at:m.start()]) or case.in_forecast(lo + at) \
                    or _BL_FORECAST.search(norm, lo, lo + at):
                continue    # the level's word before the comparison, no growth between, no forecast (预计…失业率)
            low = _low_side(m.group("cmp"), lower_better) if m.group("cmp") else m.group("low") is not None
            met = low == want_low
            status = _held(case.expected) if met else "behind"
            return quoting(case, m.span(), status, f"目标{task.group(0)}，报告{m.group(0)}，判{status_word(status)}", "figures")
        return self._by_figures(case, task, norm, want_low)

    @staticmethod
    def _by_figures(case, task, norm, want_low):
        """失业率3.1%，全省平均3.6%: the area's own level given beside the report's, in the same sentence."""
        for m in _BL_AREA_FIGURE.finditer(norm):
            if m.group("area") != task.group("area") or case.in_forecast(m.start()):
                continue
            lo = norm.rfind("。", 0, m.start()) + 1
            hi = norm.find("。", m.end())
            if _BL_FORECAST.search(norm, lo, m.start()):
                return None
            own = next((g for g in _BL_OWN_FIGURE.finditer(norm, lo, hi if hi >= 0 else len(norm))
                        if g.group("core") == task.group("core") and not (m.start() <= g.start() < m.end())), None)
            if own is None or case.in_forecast(own.start()):
                return None
            ours, theirs = float(own.group("pct")), float(m.group("pct"))
            met = (ours < theirs if want_low else ours > theirs) or (ours == theirs and (
                _BL_OR_EQUAL.fullmatch(task.group("cmp")) or _BENCH_AT_MOST.fullmatch(task.group("cmp"))) is not None)
            status = _held(case.expected) if met else "behind"
            a, b = min(own.start(), m.start()), max(own.end(), m.end())
            return quoting(case, (a, b), status, f"目标{task.group(0)}，报告{ours:g}%，{m.group('area')}{theirs:g}%，"
                           f"判{status_word(status)}", "figures")
        return None


# A rank or level to hold (保持全省领先, 位居全市前列) and what would answer it (排名, 第一, 领先).
_LEVEL_TASK = re.compile(f"(?:{vocab.alternation('rank.level_task_lead')})[^,;。，；]{{0,14}}?"
                         f"(?:{vocab.alternation('rank.level')})")


_LEVEL_REPORT = re.compile(f"{vocab.alternation('rank.level_report')}"
                           r"|第[一二三四五六七八九十\d]+[名位]|指数[^,;。，；]{0,6}\d")


_FALL_WORDS = re.compile(f"同比(?:{vocab.alternation('change.fall_on_year')})|负增长")
# …收入完成91亿元，与上年基本持平: level with last year, no growth (against a growth target, short of it).
_FLAT_WORDS = re.compile(f"(?:{vocab.alternation('change.flat_lead')})(?:{vocab.alternation('change.flat_hedge')})?"
                         f"(?:{vocab.alternation('change.flat')})")
_SENTENCE_END = re.compile(r"[。;；!?]")
_CLAUSE_BREAK = re.compile(r"[,，]")
# 第二批, 第3批, 二期: a batch or phase of the work after the first (not 首批 / 一期).
_LATER_BATCH = re.compile(r"第(?:[2-9]|\d{2}|[二三四五六七八九十])[批期轮]|(?<![第\d一二三四五六七八九十])[二三四五][期批]")
_SENTENCE_BREAK = re.compile(r"[;；。]")


def _batch_rate(case, norm: str, at: int) -> bool:
    """A rate stated in a sentence opened on a later batch (第二批300套已配租90套，配租率30%) while another sentence of the
    reply says an earlier batch done (首批…已全部完成配租): the rate is that batch's, not the task's own."""
    start = max((m.end() for m in _SENTENCE_BREAK.finditer(norm, 0, at)), default=0)
    if not _LATER_BATCH.search(norm, start, at):
        return False
    return any(clause_stage(norm[a:b]) == "done" and not case.in_forecast(a)
               for a, b in _spans(_SENTENCE_BREAK_SPANS, norm[:start]) if norm[a:b].strip())


_SENTENCE_BREAK_SPANS = re.compile(r"[^;；。]+")


class RateWithoutFigure(StatusRule):
    help_text = ("Every measurable target is a rate or level (增长5%, 满意率95%), or the task's only checkable aim "
                 "is a rank or level to hold (保持全省领先, 位居全市前列), and no comparable figure or rank is "
                 "reported: activity cannot show a rate or a rank, so unclear.  A rate of 100% answered by every "
                 "item meeting it in words (均达到考核要求, 全部达标), or doing what the rate counts in the rate's own verb "
                 "(全部按期办结 for 按期办结率100%), or a coverage rate of 100% answered by full coverage said reached (实现全覆盖: "
                 "words.toml report.full_coverage, not after 基本), is held; a rate named by its verb (办结率, 整改率) answered by "
                 "no rate but by the whole received and, after it in the same sentence, the part in that verb (共受理诉求856件，"
                 "已办结698件: words.toml report.rate_whole_lead, report.rate_count_unit), or the part not yet done in it (尚未办结30件: "
                 "report.remainder_not_yet, the rest of the whole done), is that share against its level (short "
                 "before the deadline, behind); so is a share of the items it names (…的村占比达到30%: words.toml "
                 "report.share_of_items_word) answered by the whole of those items (全县212个村中) and the count of them "
                 "that qualify after it in the sentence (…的村55个); a growth target answered by its figure level with last "
                 "year's in words (与上年基本持平) is behind; a single rate cap (控制在0.9‰以内) answered by no figure but "
                 "by the cap said kept in words (远低于控制指标, 控制在目标以内: words.toml report.cap_kept_in_words; not "
                 "after 不, nor in a forecast or after a plan word in its clause) is a level held (rule question 8); so is "
                 "such a cap whose rate the reply says nought with no unit (重新犯罪率为0: words.toml report.rate_at_zero, "
                 "the reply's rate ending as the cap's name does).  A change in percentage points (年度目标提升4个百分点) "
                 "answered by one figure in points after a change word (提升3.89个百分点; a fall, 下降0.4个百分点, counts "
                 "below nought), however the two name the metric, is a level against its target: reached, held; short, "
                 "behind (rule question 9).")

    def judge(self, case):
        rates = [t for t in case.numeric if _is_level(t)]
        level = _LEVEL_TASK.search(case.task_text)
        if level and not case.numeric and not case.parts and not _LEVEL_REPORT.search(case.progress):
            return Outcome("unclear", None, "none", f"目标为{level.group(0)}（水平或排名），报告中无可比数据")
        if not rates or len(rates) != len(case.numeric) or case.row.stage == "nearly_done":
            return None
        if any(p.indicator is None for p in case.parts):
            return None
        norm = for_parsing(case.progress)
        fall = _FALL_WORDS.search(norm)
        growth = next((t for t in rates if t.kind == "growth_rate"), None)
        if fall and growth and len(rates) == 1 and not case.in_forecast(fall.start()) and _sim(
                growth.metric, norm[max(0, fall.start() - 12):fall.start()]) >= 0.5:
            # 财政收入同比下降 against 财政收入增长5%: a fall said in words is a fall.
            return quoting(case, fall.span(), "seriously_behind",
                           f"目标{shown_measure(growth.metric)}{growth.text}，报告同比下降，判严重滞后")
        flat = _FLAT_WORDS.search(norm)
        if flat and growth and len(rates) == 1 and growth.value and growth.value > 0 and not case.in_forecast(flat.start()):
            # 收入完成91亿元，与上年基本持平 against 收入增长6%: level with last year is no growth, short of the target.
            before = norm[max(0, flat.start() - 40):flat.start()]
            ends = list(_SENTENCE_END.finditer(before))
            sentence = before[ends[-1].end():] if ends else before
            if _sim(growth.metric, sentence) >= 0.5 and not _INTENTION_PLANNED.search(_CLAUSE_BREAK.split(sentence)[-1]):
                return quoting(case, flat.span(), "behind", f"目标{shown_measure(growth.metric)}{growth.text}，报告与上年持平，判滞后")
        every = _ALL_MEET.search(norm)
        every = every.span() if every else (_every_by_own_verb(norm, rates[0].metric) if len(rates) == 1 else None)
        if every is None and len(rates) == 1 and _COVERAGE_RATE.search(rates[0].metric or ""):
            # 课后服务实现全覆盖 for 课后服务覆盖率达到100%: every item covered, the rate's own word in the reply.
            full = _FULL_COVERAGE.search(norm)
            every = full.span() if full else None
        if len(rates) == 1 and rates[0].value == 100 and every and not case.in_forecast(every[0]) \
                and not behind_cues(norm):
            # 8个市控断面水质均达到考核要求 for 断面水质达标率100%: every item meets it, the rate is held.
            a, b = every
            # A rate of items reaching a step once (开工率: figure.building_rate) is no level held: every item
            # begun, the rate cannot fall back and the task is done.  A level (达标率) is held until the deadline.
            status = "completed" if _BUILDING_RATE.search(rates[0].metric) else _held(case.expected)
            return quoting(case, (a, b), status, f"目标{shown_measure(rates[0].metric)}100%，报告均已达到，判{status_word(status)}")
        zero = _cap_at_zero(case, norm, rates) if every is None else None
        if zero is not None:
            # 事故死亡率为0 for 事故死亡率控制在0.3‰以内: the rate at nought is under its cap, a level held (rule question 8).
            status = _held(case.expected)
            return quoting(case, zero, status, f"目标{shown_measure(rates[0].metric)}{rates[0].text}以内，报告该率为0，"
                           f"判{status_word(status)}")
        kept = _cap_kept_in_words(case, norm, rates) if every is None else None
        if kept is not None:
            # 森林火灾受害率远低于控制指标 for 受害率控制在0.9‰以内: the cap said kept in words, a level held (rule question 8).
            a, b = kept
            status = _held(case.expected)
            return quoting(case, (a, b), status, f"目标{shown_measure(rates[0].metric)}{rates[0].text}以内，报告明言在控制指标以内，"
                           f"判{status_word(status)}")
        counted = _rate_of_counts(case, norm, rates[0]) if len(rates) == 1 else None
        counted = counted or (_share_of_counts(case, norm, rates[0]) if len(rates) == 1 else None)
        if counted:
            # 共受理企业诉求856件，已办结698件 for 诉求办结率达到90%以上: the rate the reply's counts give (81.5%), a level
            # against its target as a rate stated is (README rule question 9: short before the deadline, behind).
            c, (a, b) = counted
            t = rates[0]
            status = _held(case.expected) if c >= t.value else "behind"
            return quoting(case, (a, b), status, f"目标{shown_measure(t.metric)}{t.text}，报告所列件数折算{_fmt(c)}%，"
                           f"判{status_word(status)}", "figures")
        points = _points_against_points(case, norm, rates[0]) if len(rates) == 1 else None
        if points:
            # 提升3.6个百分点 for 占比年度提升4个百分点: the change in points the target sets, said in the same unit and
            # direction — a level against its target (README rule question 9: short before the deadline, behind).
            c, (a, b) = points
            t = rates[0]
            status = _held(case.expected) if c >= t.value else "behind"
            return quoting(case, (a, b), status, f"目标{t.text}，报告{_fmt(c)}个百分点，判{status_word(status)}", "figures")
        return Outcome("unclear", None, "none", f"目标为{shown_measure(rates[0].text or rates[0].metric)}，报告中无可比数据")


_POINTS_UNIT = "个百分点"
_RISE_WORDS = tuple(vocab.words("change.growth"))
_FALL_WORDS_LIST = tuple(vocab.words("change.fall"))


def _direction(text: str) -> str | None:
    """Up or down by the last change word in ``text`` (change.growth: 提升, 提高; change.fall: 下降, 降低), else None."""
    at = [(text.rfind(w), "up") for w in _RISE_WORDS] + [(text.rfind(w), "down") for w in _FALL_WORDS_LIST]
    pos, way = max(at)
    return way if pos >= 0 else None


def _points_against_points(case, norm: str, target) -> tuple[float, tuple[int, int]] | None:
    """A target that is a change in percentage points (提升4个百分点) answered by one figure in 个百分点 whose clause carries
    a change word before it (提升3.89个百分点; 下降0.4个百分点 counts below nought), outside a forecast: the change and its
    span; None when the target is no such change or the reply gives none, several or no direction."""
    if (target.unit or "") != _POINTS_UNIT or target.value is None or target.comparator == "<=":
        return None
    way = _direction(target.metric or "") or _direction(case.task_text)
    found = [f for f in case.facts if (f.fact.unit or "") == _POINTS_UNIT and f.role == "done"
             and not case.in_forecast(f.fact.span[0])]
    if way is None or len(found) != 1:
        return None
    f = found[0]
    said = _direction(norm[f.clause[0]:f.fact.span[0]])
    if said is None:
        return None
    # (下降0.4个百分点 for 提高3个百分点: a change the other way, below nought against the target)
    return (abs(float(f.fact.value)) if said == way else -abs(float(f.fact.value))), f.fact.span


_CAP_KEPT = vocab.pattern("report.cap_kept_in_words")
_CAP_KEPT_DENIED = re.compile(r"[未不没]$")
# 预计全年…将低于控制指标: a plan or forecast word earlier in the clause (words.toml intention.planned), nothing held yet.
_CAP_KEPT_PLANNED = re.compile(f"(?:{vocab.alternation('intention.planned')})[^,;。，；:：]*$")


def _cap_kept_in_words(case, norm: str, rates) -> tuple[int, int] | None:
    """The span of 远低于控制指标 when the task's one measure is a rate cap (comparator <=) and the reply says it kept
    under its limit in words (words.toml report.cap_kept_in_words), not denied (不低于控制指标), not in a forecast nor
    after a plan word in its clause (预计…将低于), and no lag said; None otherwise."""
    if len(rates) != 1 or rates[0].comparator != "<=" or behind_cues(norm):
        return None
    for m in _CAP_KEPT.finditer(norm):
        if _CAP_KEPT_DENIED.search(norm, max(0, m.start() - 1), m.start()) or case.in_forecast(m.start()):
            continue
        if not _CAP_KEPT_PLANNED.search(norm, max(0, m.start() - 30), m.start()):
            return m.span()
    return None


# 重新犯罪率为0 (no unit): a rate's name, then the rate said nought (words.toml report.rate_at_zero), no digit after.
_RATE_AT_ZERO = re.compile(f"(?P<stem>[\u4e00-\u9fff]{{2}})率(?:{vocab.alternation('report.rate_at_zero')})"
                          r"(?![\d.．])")


def _cap_at_zero(case, norm: str, rates) -> tuple[int, int] | None:
    """The span of 重新犯罪率为0 when the task's one measure is a rate cap (comparator <=, 控制在0.2%以内) whose name ends
    as the reply's rate does (犯罪率) and the reply says that rate nought with no unit (words.toml report.rate_at_zero) —
    not in a forecast nor after a plan word in its clause, no lag said; None otherwise (the rate at zero is under any cap above zero: a level held)."""
    if len(rates) != 1 or rates[0].comparator != "<=" or not rates[0].value or behind_cues(norm):
        return None
    metric = (rates[0].metric or "").rstrip()
    for m in _RATE_AT_ZERO.finditer(norm):
        if metric.endswith(m.group("stem") + "率") and not case.in_forecast(m.start()) \
                and not _CAP_KEPT_PLANNED.search(norm, max(0, m.start() - 30), m.start()):
            return m.span()     # (预计全年重新犯罪率为0: a plan word earlier in the clause, nothing held yet)
    return None


# 共受理企业诉求856件，已办结698件: a whole received or found (words.toml report.rate_whole_lead), then in the same sentence
# the part done in the rate's own verb, in the same unit (report.rate_count_unit; the verb is put in by _rate_part).
_RATE_WHOLE = re.compile(f"(?:{vocab.alternation('report.rate_whole_lead')})[^,;。，；:：\\d]{{0,12}}?"
                         f"(?P<whole>\\d+)(?P<unit>{vocab.alternation('report.rate_count_unit')})")
_RATE_STEM = re.compile(r"([\u4e00-\u9fff]{2,4})率$")
# 尚未办结30件 after the whole: the part of the whole not yet done, in a verb (words.toml report.remainder_not_yet).
_RATE_LEFT = re.compile(f"(?:{vocab.alternation('report.remainder_not_yet')})(?P<verb>[\\u4e00-\\u9fff]{{2}})"
                        f"[^,;。，；\\d]{{0,4}}?(?P<n>\\d+)(?P<unit>{vocab.alternation('report.rate_count_unit')})")


@cache
def _rate_part(verb: str, unit: str) -> re.Pattern:
    """The part counted in a rate's own verb (已办结698件, 已整改到位36条), not one denied (尚未办结12件)."""
    return re.compile(rf"(?<!未){re.escape(verb)}[^,;。，；\d]{{0,4}}?(\d+){re.escape(unit)}")


def _rate_of_counts(case, norm: str, target) -> tuple[float, tuple[int, int]] | None:
    """A rate target named by its verb (办结率, 整改率: the two characters before 率) answered by no rate but by a whole
    (共受理…856件) and, after it in the same sentence, the part in that verb (已办结698件): the part over the whole, in
    percent, and the span from the whole to the part; None when the reply does not say so."""
    verb = _RATE_END.search(target.metric or "")
    if verb is None or target.value is None or target.comparator == "<=":
        return None
    # 按时办结率100% answered by 已办结2179件，其中按时办结2163件: the rate's fuller verb (its last four or three characters
    # before 率) counts its part before the bare two (办结), which may count every item closed, late or not.
    stem = _RATE_STEM.search(target.metric or "")
    verbs = [stem.group(1)[-k:] for k in (4, 3) if stem and len(stem.group(1)) >= k] + [verb.group(1)]
    for whole in _RATE_WHOLE.finditer(norm):
        end = _SENTENCE_END.search(norm, whole.end())
        stop = end.start() if end else len(norm)
        part = next((p for p in (_rate_part(v, whole.group("unit")).search(norm, whole.end(), stop) for v in verbs) if p),
                    None)
        if part and not case.in_forecast(part.start()) and 0 < int(part.group(1)) <= int(whole.group("whole")):
            return 100.0 * int(part.group(1)) / int(whole.group("whole")), (whole.start(), part.end())
        # 受理信访事项200件，尚未办结30件: the part not yet done in the rate's verb, the rest of the whole done
        left = next((m for m in _RATE_LEFT.finditer(norm, whole.end(), stop) if m.group("verb") == verb.group(1)
                     and m.group("unit") == whole.group("unit")), None)
        if left and not case.in_forecast(left.start()) and 0 <= int(left.group("n")) < int(whole.group("whole")):
            done = int(whole.group("whole")) - int(left.group("n"))
            return 100.0 * done / int(whole.group("whole")), (whole.start(), left.end())
    return None


_SHARE_ITEMS = re.compile(r"(?P<noun>[\u4e00-\u9fff]{1,2})(?:" f"{vocab.alternation('report.share_of_items_word')})$")


@cache
def _share_whole(noun: str) -> re.Pattern:
    """The whole of a share's items (全县212个村中, 全区312家规上工业企业中): a count, a few words, the items' noun, 中."""
    return re.compile(rf"(?P<whole>\d+)(?P<unit>{vocab.alternation('report.rate_count_unit')})[^,;。，；:：\d]{{0,6}}?"
                      rf"{re.escape(noun)}中")


@cache
def _share_part(noun: str, unit: str) -> re.Pattern:
    """The count of a share's items that qualify (…的村55个): the items' noun, a few words, the count in the whole's unit."""
    return re.compile(rf"{re.escape(noun)}[^,;。，；\d]{{0,2}}?(\d+){re.escape(unit)}")


def _share_of_counts(case, norm: str, target) -> tuple[float, tuple[int, int]] | None:
    """A share target naming the items it counts (…的村占比达到30%: words.toml report.share_of_items_word) answered by
    no share but by the whole of those items (全县212个村中) and, after it in the same sentence, the count of them that
    qualify (…的村55个), in the same unit: the count over the whole, in percent, and the span from the whole to the
    count; None when the reply does not say so."""
    named = _SHARE_ITEMS.search(for_parsing(target.metric or "").strip())
    if named is None or target.value is None or target.comparator == "<=" or target.unit != "%":
        return None
    for noun in dict.fromkeys((named.group("noun"), named.group("noun")[-1:])):
        for whole in _share_whole(noun).finditer(norm):
            end = _SENTENCE_END.search(norm, whole.end())
            stop = end.start() if end else len(norm)
            part = _share_part(noun, whole.group("unit")).search(norm, whole.end(), stop)
            if part and not case.in_forecast(part.start()) and 0 < int(part.group(1)) < int(whole.group("whole")):
                return 100.0 * int(part.group(1)) / int(whole.group("whole")), (whole.start(), part.end())
    return None


# (not after 基本, nor after a word denying or only aiming at it: 未能保持全覆盖, 力争保持全覆盖 — statusa, stop 62)
_FULL_COVERAGE = re.compile("(?<!基本)(?<!未)(?<!未能)(?<!没有)(?<!难以)(?<!力争)(?<!争取)(?<!确保)(?<!将)"
                            f"(?:{vocab.alternation('report.full_coverage')})"
                            # 完成年度监督检查全覆盖: the coverage said done by a verb of work before it in the clause
                            f"|(?<![未没不])(?<!基本)(?:{vocab.alternation('report.full_coverage_done_verb')})"
                            r"[^,;。，；:：未没不]{0,20}?(?<!基本)全覆盖")
_COVERAGE_RATE = re.compile(f"(?:{vocab.alternation('figure.coverage_rate_word')})")
_ALL_MEET = re.compile(f"(?:{vocab.alternation('report.all_meet_lead')})(?:已经?)?"
                       f"(?:{vocab.alternation('report.all_meet_verb')})")


_DENIED_BEFORE = re.compile(r"[未不没]")     # 未全部按期办结: not every one
_ALL_LEAD = re.compile(f"(?:{vocab.alternation('report.all_meet_lead')})")
_LEAD_GAP = re.compile(r"[^,;。，；:：\d未不没]{0,6}")


def _every_by_own_verb(norm: str, metric: str) -> tuple[int, int] | None:
    """Every item said to do what a rate of 100% counts, in the rate's own verb (全年受理投诉240件，全部按期办结 for
    投诉件按期办结率100%; 12个村均已完成验收 for 验收完成率100%): the rate's name less its 率, its last two or more
    characters after report.all_meet_lead, a few words between (均已按季度财务公开 for 村级财务公开率100%) but no
    denial — the rate held, as 均达到考核要求 holds it.  The span from the lead to the verb, or None."""
    name = for_parsing(metric or "").strip()
    if not name.endswith("率") or len(name) < 3:
        return None
    stem = name[:-1]
    for k in range(min(len(stem), 6), 1, -1):
        tail = stem[-k:]
        for x in _ALL_LEAD.finditer(norm):
            if _DENIED_BEFORE.match(norm, max(0, x.start() - 1)) and x.start() > 0:
                continue
            gap = _LEAD_GAP.match(norm, x.end()).group(0)
            at = norm.find(tail, x.end(), x.end() + len(gap) + len(tail))
            if at >= 0:
                return x.start(), at + len(tail)
    return None


_RATIO_METRIC = f"(?:{vocab.alternation('status.ratio_cap_metric_end')})"


_RATIO_VERB = f"(?:{vocab.alternation('status.ratio_cap_verb')})"


# 城乡居民收入比控制在1.7以内 (also 1.7:1): the ratio, a few words, a verb, a bare number; never 收入比上年 (比 as
# "than"), never a number with a unit or a share after it.
_RATIO_LEVEL = re.compile(f"{_RATIO_METRIC}(?!(?:{vocab.alternation('verify.year_before')}|同期))"
                          f"[^\\d,;。，；]{{0,6}}?{_RATIO_VERB}(\\d+(?:\\.\\d+)?)(?:[:：]1)?(?![\\d.%％:：])")


_RATIO_CAP = re.compile(f"{_RATIO_LEVEL.pattern}\\s*(?:{vocab.alternation('comparator.ceiling_after')})")


class RatioCap(StatusRule):
    help_text = ("A cap on a ratio with no unit (城乡居民收入比控制在1.7以内) against the ratio reported (收入比为1.66): "
                 "held at or under the cap is on pace until the deadline and completed after it; over the cap, "
                 "behind.  The number has no unit, so no figure was read from it.")

    def judge(self, case):
        if case.numeric:
            return None
        cap = _RATIO_CAP.search(for_parsing(case.task_text))
        if not cap:
            return None
        norm = for_parsing(case.progress)
        got = next((m for m in _RATIO_LEVEL.finditer(norm) if not case.in_forecast(m.start())), None)
        if got is None:
            return None
        limit, value = float(cap.group(1)), float(got.group(1))
        status = _held(case.expected) if value <= limit else "behind"
        return quoting(case, got.span(), status, f"目标比值控制在{cap.group(1)}以内，报告{got.group(1)}", "figures")


# After a count and its noun, every one of them (120个村已全部…, 48所均已…: words.toml report.every_item).
_EVERY_AFTER = re.compile(f"已?(?:{vocab.alternation('report.every_item')})")


# 其余3个村尚未启动: the rest of a coverage's units, counted, not begun (words.toml figure.rest_lead, not_yet.not_begun).
_REST_NOT_BEGUN = re.compile(f"(?:{vocab.alternation('figure.rest_lead')})(\\d+)({vocab.unit_alternation_of('count')})"
                             f"[^\\d,;。，；]{{0,8}}?(?:{vocab.alternation('not_yet.not_begun')})")
_COUNT_OF_UNIT = re.compile(f"(?<![\\d.])(\\d+)({vocab.unit_alternation_of('count')})")


def _covered_with_rest(case, norm: str) -> tuple[float, int, int] | None:
    """已在15个行政村推行…，其余3个村尚未启动 for …实现行政村全覆盖: the units reached (the last count before the
    rest, in a clause saying it done with 已, in the rest's unit) and the rest counted as not begun — the coverage is
    the share reached of the two together."""
    rest = _REST_NOT_BEGUN.search(norm)
    if rest is None or case.in_forecast(rest.start()):
        return None
    done = None
    for a, b in _spans(_CLAUSE, norm[:rest.start()]):
        if "已" not in norm[a:b] or case.in_forecast(a):
            continue
        for m in _COUNT_OF_UNIT.finditer(norm, a, b):
            if m.group(2) == rest.group(2):
                done = m
    if done is None or not done.end() <= rest.start():
        return None
    n, r = int(done.group(1)), int(rest.group(1))
    return (100.0 * n / (n + r), done.start(), rest.end()) if n > 0 and r > 0 else None


# 3月份在某某园区举办首场活动, 召开第二次推介会: an event held, named by its ordinal in a count of events (words.toml
# report.event_ordinal_held, report.event_ordinal_unit); no 将, 拟 or 计划 between (a forecast's span is set aside too).
_EVENT_ORDINAL = re.compile(f"(?:{vocab.alternation('report.event_ordinal_held')})"
                            r"(?P<gap>[^,;。，；:：\d]{0,4}?)(?:首|第(?P<n>[一二三四五六七八九十\d]{1,2}))"
                            f"(?P<unit>{vocab.alternation('report.event_ordinal_unit')})")
_EVENT_NOT_HELD = re.compile(f"(?:{vocab.alternation('intention.planned')})|[将拟未]")


class EventsByOrdinal(StatusRule):
    help_text = ("A task counting the events it holds (举办…活动5场, 召开推介会4次) answered by no count of them but by the "
                 "last event held named by its ordinal (3月份举办首场活动, 已召开第二次推介会: words.toml "
                 "report.event_ordinal_held, report.event_ordinal_unit, in the task's unit): the events are held in "
                 "turn, so those up to it are the count done, read against the pace as any count (the first of five in "
                 "April, 20.0% under the 32.9% pace: behind).  Not one foretold or planned (将于…举办第二场, 计划…), nor "
                 "where the reply counts the events itself.")

    def judge(self, case):
        if len(case.numeric) != 1 or len(case.parts) > 1:
            return None
        t = case.numeric[0]
        if t.kind != "count" or not t.value or t.comparator == "<=":
            return None
        if any(f.fact.unit == t.unit for f in case.facts):
            return None
        norm = for_parsing(case.progress)
        held = [m for m in _EVENT_ORDINAL.finditer(norm) if m.group("unit") == t.unit and not case.in_forecast(m.start())
                and not _EVENT_NOT_HELD.search(m.group("gap"))
                and not _EVENT_NOT_HELD.search(norm, max(0, m.start() - 6), m.start())]
        if not held:
            return None
        last = max(held, key=lambda m: parse_number(m.group("n")) or 0 if m.group("n") else 1)
        n = parse_number(last.group("n")) if last.group("n") else 1
        if n is None or n > t.value:
            return None
        a, b = last.span()
        return _paced(case, round(100.0 * n / t.value, 1),
                      f"目标{shown_measure(t.metric)}{_fmt(t.value)}{t.unit}，报告已举办至第{_fmt(n)}{t.unit}",
                      [case.quote(a, b)])


# 某某建设公司已完成增资扩股, 甲公司、乙集团均已完成混改: firms named by their own names opening a clause, then said done
# (words.toml report.named_firm_end); 将, 拟 or 计划 before 完成 is no firm done.
_FIRM = rf"[^,;。，；:：\d、]{{1,16}}(?:{vocab.alternation('report.named_firm_end')})"
_NAMED_FIRMS_DONE = re.compile(rf"(?:^|(?<=[,;。，；:：]))(?P<names>{_FIRM}(?:、{_FIRM}){{0,9}})均?已经?完成")


class NamedFirmsDone(StatusRule):
    help_text = ("A task counting the firms it reforms (完成国有企业股权多元化改革6户, 混改8家: words.toml "
                 "report.named_firm_count_unit) answered by no count of firms done but by firms named by their own names "
                 "said done (某某建设公司已完成增资扩股, 甲公司、乙集团均已完成混改: report.named_firm_end): each firm named is "
                 "one, read against the pace as any count (one of six in April, 16.7% under the 32.9% pace: behind); firms "
                 "counted only auditing or valuing (另有3户正在开展审计评估) are preparation, no more done.  Not a firm whose "
                 "clause is only preparation (某某公司已完成审计评估), nor a firm foretold to finish.")

    def judge(self, case):
        if len(case.numeric) != 1 or len(case.parts) > 1:
            return None
        t = case.numeric[0]
        if t.kind != "count" or not t.value or t.comparator == "<=" or t.unit not in _FIRM_UNITS:
            return None
        if any(f.fact.unit == t.unit and f.role == "done" for f in case.facts):
            return None
        norm = for_parsing(case.progress)
        named = []
        for m in _NAMED_FIRMS_DONE.finditer(norm):
            clause = norm[m.start():max(m.end(), (_CLAUSE.match(norm, m.start()) or m).end())]
            if case.in_forecast(m.start()) or clause_stage(clause) != "done":
                continue
            named.append(m)
        if not named:
            return None
        n = sum(m.group("names").count("、") + 1 for m in named)
        if n > t.value:
            return None
        a, b = named[0].start(), named[-1].end()
        return _paced(case, round(100.0 * n / t.value, 1),
                      f"目标{shown_measure(t.metric)}{_fmt(t.value)}{t.unit}，报告点名已完成{n}{t.unit}",
                      [case.quote(a, b)])


_FIRM_UNITS = frozenset(vocab.words("report.named_firm_count_unit"))


# 城镇登记失业率控制在省控线以内 answered by 低于省控线0.84个百分点: a cap by a line the task prints no figure of, and the
# reply's clause putting the measure under or over that line (words.toml status.cap_line, status.cap_line_held,
# status.cap_line_broken); 未 before 高于/超过 is held, not broken.
_CAP_LINE = vocab.alternation("status.cap_line")
_CAP_LINE_HELD = re.compile(rf"(?:{vocab.alternation('status.cap_line_held')})[^,;。，；\d]{{0,8}}?(?:{_CAP_LINE})")
_CAP_LINE_BROKEN = re.compile(rf"(?<![未没不])(?:{vocab.alternation('status.cap_line_broken')})[^,;。，；\d]{{0,8}}?"
                              rf"(?:{_CAP_LINE})")
_CAP_LINE_TASK = re.compile(f"(?:{_CAP_LINE})")


_CAP_PLANNED = re.compile(f"(?:{vocab.alternation('intention.planned')})")
_CAP_FIGURE = re.compile(r"\d")


def _cap_line_planned(case, norm: str, m: re.Match) -> bool:
    """The line's match is in a plan: a forecast clause, or a plan word (力争, 预计: intention.planned) before it in its
    clause (力争全年失业率低于省控线1个百分点)."""
    start = max(norm.rfind(c, 0, m.start()) for c in ",;。，；") + 1
    return case.in_forecast(m.start()) or _CAP_PLANNED.search(norm, start, m.start()) is not None


class CapLineHeld(StatusRule):
    help_text = ("A cap set by a line or target whose figure the task does not print (城镇登记失业率控制在省控线、市控线以内, "
                 "居民消费价格指数涨幅政府调控目标: words.toml status.cap_line), answered by the measure put under that line "
                 "(低于省控线0.84个百分点, 控制在市控线以内: status.cap_line_held) in a clause that is no plan, a rate or a gap "
                 "in figures in its sentence: the cap held — on "
                 "pace before the deadline, completed once the period is over (README rule questions 8 and 18: a cap held "
                 "over the period is completed); put over it (高于调控目标0.3个百分点, 超过控制线: status.cap_line_broken): "
                 "behind.  Not for a task that prints its cap's figure (控制在4.5%以内: the figures decide).")

    def judge(self, case):
        if case.numeric or not _CAP_LINE_TASK.search(for_parsing(case.task_text)):
            return None
        norm = for_parsing(case.progress)
        broken = next((m for m in _CAP_LINE_BROKEN.finditer(norm) if not _cap_line_planned(case, norm, m)), None)
        held = next((m for m in _CAP_LINE_HELD.finditer(norm) if not _cap_line_planned(case, norm, m)), None)
        if broken is not None:
            a, b = broken.span()
            return Outcome("behind", None, "figures", f"目标为控制线以内，报告{broken.group(0)}，判欠进度",
                           [Evidence(case.progress[a:b], a, b)])
        if held is None:
            return None
        a, b = held.span()
        start, end = norm.rfind("。", 0, a) + 1, norm.find("。", b)
        if not _CAP_FIGURE.search(norm, start, end if end >= 0 else len(norm)):
            return None     # 未超过省控线 with no rate and no gap: a claim with no figure (README rule question 8: unclear)
        status = "completed" if case_expected_done(case.expected) else "on_track"
        return Outcome(status, None, "figures", f"目标为控制线以内，报告{held.group(0)}，判{status_word(status)}",
                       [Evidence(case.progress[a:b], a, b)])


class CoverageByCount(StatusRule):
    help_text = ("A goal of covering the whole (实现行政村全覆盖) with no figure of its own, answered by the units reached "
                 "and the rest counted as not begun (已在15个行政村推行…，其余3个村尚未启动): the coverage is the share "
                 "reached, short of the whole — behind (a level short, rule question 22), below half seriously behind "
                 "once the deadline has passed.  "
                 "A goal of covering the whole (实现城市社区智慧安防全覆盖) with no figure of its own, answered only by "
                 "counts of things done that name no coverage (已安装智慧安防摄像头420个, 已建成5G基站86个): a count "
                 "measures no share of the whole, so nothing answers the goal — unclear, not work on pace.  A count of the "
                 "very units the goal covers with every one of them after it (全县120个村已全部开展清洁行动并通过验收, "
                 "86个村均已建成污水处理设施) and the task's own work done or carried out is the whole covered: completed "
                 "(均已开工, a step still under way, is not).")

    def judge(self, case):
        if case.numeric or not _COVERAGE_GOAL.search(case.task_text):
            return None
        norm = for_parsing(case.progress)
        covered = _covered_with_rest(case, norm)
        if covered is not None:
            share, a, b = covered
            status = by_pace(share, case.expected) if case.expected >= 100 else "behind"
            return Outcome(status, round(share, 1), "figures",
                           f"目标为全覆盖，报告已覆盖{share:.1f}%，其余尚未开始，判{status_word(status)}",
                           [case.quote(a, b)])
        if "覆盖" in case.progress:
            return None
        clauses = [(a, b) for a, b in _spans(_CLAUSE, norm) if norm[a:b].strip()]
        counts = [f for f in case.facts if f.role in ("done", "other") and not case.in_forecast(f.fact.span[0])]
        # Only a reply of counts: every clause holds one (a stage or work in words still speaks for itself).
        if not counts or not all(any(a <= f.fact.span[0] < b for f in counts) for a, b in clauses):
            return None
        every = next((f for f in counts if self._every_unit(f, case.task_text)), None)
        if every is not None:
            a, b = every.clause
            if clause_stage(norm[a:b]) in ("done", "active") and len(
                    _content_bigrams(norm[every.fact.span[1]:b]) & _content_bigrams(case.task_text)) >= 2:
                # 全县120个村已全部开展清洁行动并通过验收 for 完成村庄清洁行动全覆盖: every unit the goal covers has
                # the task's own work done or carried out — the whole covered (开工, 正在施工 are not: under way).
                return quoting(case, (a, b), "completed", "目标为全覆盖，报告所计单位已全部完成或开展任务工作")
        if any(self._counts_covered(f, case.task_text) for f in counts):
            return None     # 全区48所中小学已全部完成空调安装: the units to be covered, counted
        return Outcome("unclear", None, "none", "目标为全覆盖，报告仅有数量，未说明覆盖情况")

    @staticmethod
    def _every_unit(f: Fact, task_text: str) -> bool:
        """The figure counts units the task names and every one of them follows (全县120个村已全部…, 48所均已…)."""
        at = f.words.find(f.fact.text)
        after = f.words[at + len(f.fact.text):] if at >= 0 else ""
        return bool(f.noun) and f.noun in task_text and after.startswith(f.noun) \
            and bool(_EVERY_AFTER.match(after, len(f.noun)))

    @staticmethod
    def _counts_covered(f: Fact, task_text: str) -> bool:
        """The figure counts the units the goal covers (48所中小学, 186个小区 for 小区…全覆盖): its noun after it,
        or the head noun just before it (…摄像头420个: 像头), is in the task."""
        if f.noun and _content_bigrams(f.noun[:4]) & _content_bigrams(task_text):
            return True
        before = f.words[:f.words.find(f.fact.text)] if f.fact.text in f.words else ""
        head = _NOT_CJK.sub("", before)[-2:]
        return len(head) == 2 and head in task_text


# 其余7所正在施工, 其余23个正在整改, 其余4家正在调试: the rest at its own works or their last step (words.toml
# report.rest_works; rule question 38), not a bare 同步推进.
_REST_WORKS = vocab.pattern("report.rest_works")


def _rest_all_under_way(case, norm: str, after: int) -> bool:
    """After the part covered, a clause opened by the rest (其余7所正在施工; 其余23个已下达整改通知，正在整改) whose
    stage, or the next clause's in its sentence, is under way, and no clause of the rest after it at preparation or not
    begun (其余13处中，8处正在施工，5处尚在办理审批: not all), the rest at its own works (正在施工, 正在整改, or at their
    last step, 正在调试: rule question 38; not a bare 同步推进: there the count over the pace stays ahead) — rule question
    22 with rule 4."""
    spans = [(a, b) for a, b in _spans(_CLAUSE, norm) if a >= after]
    for i, (a, b) in enumerate(spans):
        if not _REST_OPENS.match(norm[a:b]) or case.in_forecast(a):
            continue
        stages = [clause_stage(norm[c:d]) for c, d in spans[i:]]
        first = next((st for st in stages if st is not None), None)
        return first in ("underway", "nearly_done") and not any(st in ("preparing", "not_started") for st in stages) \
            and _REST_WORKS.search(norm, a, spans[-1][1]) is not None
    return False


# 应缴国有资本收益3.6亿元，已收缴3.1亿元: the amount owed (words.toml figure.amount_due) and, in the next clause, the amount
# already collected or paid in the same money unit — the collection's own whole and its part (statuse, stop 63).
_DUE_THEN_PAID = _quick(re.compile(f"(?:{vocab.alternation('figure.amount_due')})" r"[^,;。，；\d]{0,16}?"
                                   rf"(?P<whole>\d+(?:\.\d+)?)(?P<unit>(?:{vocab.scale_alternation()})?(?:{vocab.unit_alternation_of('money')}))"
                                   r"[,，;；]\s*已[^,;。，；\d]{0,12}?"
                                   rf"(?P<part>\d+(?:\.\d+)?)(?P=unit)(?![\d%])"), digits=True)


class AmountDueShare(StatusRule):
    help_text = ("A task with no figure of its own (完成2025年度…收益收缴, …资金拨付) answered by the amount owed and then the "
                 "amount already collected or paid in the same money unit (应缴…3.6亿元，已收缴3.1亿元: words.toml "
                 "figure.amount_due): the part of its own whole is the collection's share done, compared with 序时进度 to "
                 "the task's own deadline (5月底前完成…: ahead more than five points over it).")

    def judge(self, case):
        if case.numeric:
            return None
        norm = for_parsing(case.progress)
        due = _DUE_THEN_PAID.search(norm)
        if due is None or case.in_forecast(due.start()) or not 0 < float(due.group("part")) <= float(due.group("whole")):
            return None
        # 应缴…3.6亿元，已收缴3.1亿元 for 5月底前完成…收缴: the amount collected of its own amount owed.
        c = round(100.0 * float(due.group("part")) / float(due.group("whole")), 1)
        a, b = due.span()
        return _paced(case, c, f"应缴{due.group('whole')}{due.group('unit')}，已缴{due.group('part')}"
                      f"{due.group('unit')}，完成{_fmt(c)}%", [case.quote(a, b)])


class OwnWorkload(StatusRule):
    help_text = ("A task with no number measured by its own workload: a rate of the task's own work "
                 "(积案化解率87%, 完成年度工程量60%; the progress of the work the task names, 排查进度达到85% for …隐患排查, over "
                 "100 done past its plan: 筛查进度104.6% for …视力筛查) is its completion, compared with 序时进度.  For a 全覆盖 task, "
                 "the coverage reached (覆盖率, a share of the whole, or a part of the whole counted in the same "
                 "unit: 240个自然村中已有150个, 全区9个街道已有5个, or the whole first and the part done after it: 共60条，已完成…38条) is "
                 "the items' work done against 序时进度, the whole completed; a coverage rate stated (覆盖率92%, 占总数的60%) "
                 "is a level to reach: short of the whole behind — before the deadline, with the rest all at its works or their "
                 "last step (覆盖率达到91.2%，其余…设备已到位，正在安装调试: rule questions 22, 38), on pace.")

    def judge(self, case):
        if case.numeric:
            return None
        norm = for_parsing(case.progress)
        items = _OWN_ITEMS.search(norm)
        whole, done = (items.group(1) or items.group(2), items.group(3)) if items else ("0", "0")
        if items and not case.in_forecast(items.start()) and float(whole) >= float(done) > 0:
            # 专项行动共12项任务,已完成7项 / 15项重点任务中,已完成6项: the task's own list of items.
            c = round(100.0 * float(done) / float(whole), 1)
            a, b = items.span()
            return _paced(case, c, f"任务自身{whole}项已完成{done}项",
                          [case.quote(a, b)])
        covered = (_COVERED_OF_WHOLE.search(norm) or _WHOLE_THEN_PART.search(norm)) if _COVERAGE_GOAL.search(case.task_text) else None
        if covered and not case.in_forecast(covered.start()) and 0 < float(covered.group("part")) <= float(
                covered.group("whole")):
            # 全镇240个自然村中已有150个完成改厕 for …自然村全覆盖: the part of the whole reached is the items' work done,
            # against 序时进度 as any count of items (statusa, from invented119's first run; before, a level short of the
            # whole, behind at any date), the whole completed.
            c = round(100.0 * float(covered.group("part")) / float(covered.group("whole")), 1)
            status = "completed" if c >= 100 else by_pace(c, case.expected)
            if status == "ahead" and _rest_all_under_way(case, norm, covered.end()):
                # 全区86所学校已完成79所，其余7所正在施工 for …全覆盖: coverage is counted by the whole, the rest all
                # under way holds the pace (rule questions 22 and 4), no ahead (statusd, stop 56).
                status = "on_track"
            a, b = covered.span()
            return Outcome(status, c, "figures", f"目标全覆盖，报告{covered.group('whole')}{covered.group('unit')}中"
                           f"{covered.group('part')}{covered.group('unit')}，覆盖{_fmt(c)}%，判{status_word(status)}",
                           [case.quote(a, b)])
        whole = next(((w, d) for w in case.facts if w.role == "scope" and _TOTAL_LEAD.search(norm[w.clause[0]:w.fact.span[0]])
                      for d in case.facts if d.role == "done" and d.sentence == w.sentence and d.fact.span[0] > w.fact.span[1]
                      and _unit_of(d.fact) == _unit_of(w.fact) and 0 < d.fact.value <= w.fact.value),
                     None) if _COVERAGE_GOAL.search(case.task_text) else None
        if whole:
            # 背街小巷共60条，已完成亮化提升38条 for …全覆盖: the whole first (共N), then the part done — the items'
            # work done against 序时进度, the whole completed.
            w, d = whole
            c = round(100.0 * d.fact.value / w.fact.value, 1)
            status = "completed" if c >= 100 else by_pace(c, case.expected)
            if status == "ahead" and _rest_all_under_way(case, norm, d.fact.span[1]):
                status = "on_track"     # the rest all under way: the whole's pace held, no ahead (rule question 22)
            a, b = w.fact.span[0], d.fact.span[1]
            return Outcome(status, c, "figures", f"目标全覆盖，报告共{w.fact.text}，已完成{d.fact.text}，覆盖{_fmt(c)}%，"
                           f"判{status_word(status)}", [case.quote(a, b)])
        every = _EVERY_ITEM_GOAL.search(case.task_text)
        done_of = _every_item_done(norm, every.group("verb")) if every else None
        if done_of and not case.in_forecast(done_of.start()):
            # 续建项目38个，已复工35个 for 一季度完成续建项目全面复工: the task asks every item to reach its verb, so the
            # items that have, of the whole given before them, are its work done (the whole completed).
            c = round(100.0 * float(done_of.group("part")) / float(done_of.group("whole")), 1)
            status = "completed" if c >= 100 else by_pace(c, case.expected)
            a, b = done_of.span()
            return Outcome(status, c, "figures", f"目标全部{every.group('verb')}，报告{done_of.group('whole')}"
                           f"{done_of.group('unit')}中已{every.group('verb')}{done_of.group('part')}{done_of.group('unit')}，"
                           f"完成{_fmt(c)}%，判{status_word(status)}", [case.quote(a, b)])
        task = _NON_WORD_OR_DIGIT.sub("", case.task_text)
        for f in case.facts:
            pace = _PACE_OF.search(f.fact.metric)
            if vocab.is_rate(f.fact.unit) and pace and pace.group(1) in task and 0 < f.fact.value \
                    and not case.in_forecast(f.fact.span[0]):
                # 排查进度达到85% for 完成全区房屋安全隐患排查: the progress of the task's own work; over 100 (筛查进度
                # 104.6%) the work is done past its plan.
                c = round(f.fact.value, 1)
                return _paced(case, c, f"任务本身工作的{f.fact.metric}{_fmt(c)}%", [Evidence(f.fact.text, *f.fact.span)])
            m = f.fact
            if vocab.is_rate(m.unit) and _COVERAGE_GOAL.search(case.task_text) and _SHARE_OF_WHOLE.match(m.metric) \
                    and 0 < m.value <= 100 and not case.in_forecast(m.span[0]):
                # 已覆盖52条，占城区背街小巷总数86条的60% for …全覆盖: the share of the whole covered is the coverage.
                status = "completed" if m.value >= 100 else "behind"
                return Outcome(status, m.value, "figures", f"目标全覆盖，报告占总数的{_fmt(m.value)}%，"
                               f"判{status_word(status)}", [Evidence(m.text, *m.span)])
            if vocab.is_rate(m.unit) and m.metric.endswith("率") and 0 < m.value <= 100 and f.role == "done":
                if _COVERAGE_GOAL.search(case.task_text) and m.metric.endswith("覆盖率"):
                    # 覆盖率92% for …全覆盖: a level to reach, held only at 100.
                    status = "completed" if m.value >= 100 else "behind"
                    if status == "behind" and not case_expected_done(case.expected) \
                            and _rest_all_under_way(case, norm, m.span[1]):
                        # 覆盖率达到91.2%，其余…设备已到位，正在安装调试 before the deadline: the rest all at its works
                        # or their last step holds the coverage on pace, as for a count of the whole (rule questions
                        # 22, 38 and 4; statusa, stop 62).
                        status = "on_track"
                    return Outcome(status, m.value, "figures", f"目标全覆盖，报告{m.metric}{_fmt(m.value)}%，"
                                   f"判{status_word(status)}", [Evidence(m.text, *m.span)])
                if _level_of_named_rate(m.metric, case.task_text):
                    continue    # 城镇登记失业率2.9% for 失业率低于全省平均水平: the metric's level, not the work's share
                core = m.metric[-4:-1]
                if _TARGET_AFTER_RATE.match(norm, m.span[1]):
                    continue    # 已实现…参加培训率80%的年度目标: the target said reached, no share of the work (rule question 50)
                if _batch_rate(case, norm, m.span[0]):
                    continue    # 首批…已全部完成配租；第二批…配租率30%: the later batch's rate, the first batch done
                if len(core) >= 2 and any(core[i:i + 2] in task for i in range(len(core) - 1)):
                    c = round(m.value, 1)
                    return _paced(case, c, f"任务本身工作量的完成{m.metric}{_fmt(c)}%", [Evidence(m.text, *m.span)])
        return None


# 已实现…参加培训率80%的年度目标: right after the rate's figure, the target it names (words.toml level.target_after_rate).
_TARGET_AFTER_RATE = re.compile(f"(?:{vocab.alternation('level.target_after_rate')})")


def _level_of_named_rate(metric: str, task: str) -> bool:
    """A rate that is a level of a named metric, never a share of the task's work done: one lower is better
    (失业率, 能耗: target.lower_is_better), or the very rate the task names (失业率 in 城镇登记失业率低于全省平均水平,
    覆盖率 in 提高森林覆盖率) — the task's metric is that rate, its figure the level reached."""
    return LOWER_IS_BETTER.search(metric) is not None or (len(metric) >= 3 and metric[-3:] in task)


_WHOLE_THEN_VERB = re.compile(r"(?<![\d.])(?P<whole>\d+)" f"(?P<unit>{vocab.unit_alternation_of('count')})"
                              r"[^\d。；;]{0,6}?" f"(?:{vocab.alternation('report.part_reached')})"
                              r"(?P<verb>[\u4e00-\u9fff]{2})(?P<part>\d+)(?P=unit)")


def _every_item_done(norm: str, verb: str) -> re.Match | None:
    """续建项目38个，已复工35个 / 38个项目中已复工35个: the whole, then the part that has reached the task's verb, in the
    same unit and sentence, the part no larger than the whole."""
    return next((m for m in _WHOLE_THEN_VERB.finditer(norm)
                 if m.group("verb") == verb and 0 < float(m.group("part")) <= float(m.group("whole"))), None)


# 全区9个街道已有5个 / 辖区登记残疾人家庭318户，已完成…204户: the whole, opened by a word of the whole area or a
# register (words.toml [report.whole_lead]), then the part already reached, in the same unit.
_WHOLE_THEN_PART = _quick(re.compile(
    f"(?:{vocab.alternation('report.whole_lead')})" r"[^\d,;。，；]{0,10}?(?<![\d.])(?P<whole>\d+)"
    f"(?P<unit>{vocab.unit_alternation_of('count')})" r"[^\d。；;]{0,16}?" f"(?:{vocab.alternation('report.part_reached')})"
    r"[^\d,;。，；]{0,12}?"
    r"(?<![\d.])(?P<part>\d+)(?P=unit)"))


# 占城区背街小巷总数86条的 / 占总数的: a share of the whole (the whole named as 总数, 总量).
_SHARE_OF_WHOLE = re.compile(r"占[^,;。，；]{0,16}?总(?:数|量)[^,;。，；]{0,10}?的?$")


# The year's plan the report states itself (年度计划投资8亿元, 全年目标完成投资12亿元), the year also after 计划
# (计划今年投资9976万元, 计划全年完成投资3亿元: words.toml time.own_year_after_plan).
_OWN_PLAN = re.compile(f"(?:(?:{vocab.alternation('time.own_year')})(?:{vocab.alternation('task.plan_object')})"
                       f"|计划(?:{vocab.alternation('time.own_year_after_plan')}))"
                       r"(?:完成)?(?:总)?([^\d,;。，；]{0,8}?)"
                       r"(\d+(?:\.\d+)?)\s*([亿万千]?元)")


_TERSE_PERIOD = vocab.pattern("figure.terse_period")


def _terse_period(metric: str) -> bool:
    """上半年完成 / 截至6月底完成: a period and a verb, naming nothing else."""
    core = _NON_WORD_OR_DIGIT.sub("", _THIS_YEAR.sub("", metric))
    return len(_TERSE_PERIOD.sub("", core)) == 0


_NOT_DONE_AMOUNT = vocab.pattern("figure.not_done_amount")


class PlannedAmount(StatusRule):
    help_text = ("A task with no number whose report states the year's planned amount and the amount done so far "
                 "(年度计划投资8亿元 or 计划今年投资8亿元, 1-6月完成投资2.1亿元): the share done is the completion, compared with 序时进度.  "
                 "So too a task whose numbers the reply answers with no figure of their units (a project's size: 建设公租房2328套, "
                 "its reply only the year's investment planned and done).")

    def judge(self, case):
        if case.numeric:
            units = {_unit_of(t) for t in case.numeric}
            # a money target, or the projects' whole investment in the task (计划总投资: the done amount may be over
            # their life), is left to the rules of amounts
            if any(f.role == "done" and _unit_of(f.fact) in units for f in case.facts) or any(
                    _unit_of(t) == "元" for t in case.numeric) or _TASK_WHOLE_INVESTMENT.search(case.task_text):
                return None
        norm = for_parsing(case.progress)
        for m in _OWN_PLAN.finditer(norm):
            unit, factor = vocab.comparable_unit(m.group(3), m.group(3)[0] if m.group(3)[0] in "亿万千" else "")
            plan = float(m.group(2)) * factor
            metric = _NON_WORD.sub("", m.group(1))
            done = [f for f in case.facts if f.role == "done" and not m.start() <= f.fact.span[0] < m.end()
                    and _unit_of(f.fact) == unit and not _NOT_DONE_AMOUNT.search(f.words)
                    and (not metric or metric[:2] in f.fact.metric or _terse_period(f.words.replace(f.fact.text, "")))]
            if not done or not plan:
                continue
            f = next((g for g in done if _THIS_YEAR.search(g.words)), None) or next(
                (g for g in done if g.fact.cumulative), done[0])
            c = round(100.0 * _value(f.fact) / plan, 1)
            return _paced(case, c, f"报告年度计划{m.group(2)}{m.group(3)}，已完成{f.fact.text}，完成率{_fmt(c)}%",
                          [case.quote(*m.span()),
                           Evidence(f.fact.text, *f.fact.span)])
        return None


# 计划二季度完成演出20场，实际完成27场 / 计划累计改造管网7公里，实际完成22.12公里: a supervision sheet's plan to date beside
# what was done, the same unit on both sides; a plan of the year (progress.plan_of_year) makes it a share of the year.
_PLAN_BESIDE_ACTUAL = re.compile(r"计划(?P<lead>[^\d,;。，；:：]{0,16}?)(?P<plan>\d+(?:\.\d+)?)\s*(?P<pu>[\u4e00-\u9fff]{1,2})"
                                 r"\s*[,，;；]\s*实际(?:[^\d,;。，；]{0,8}?)(?P<done>\d+(?:\.\d+)?)\s*(?P<du>[\u4e00-\u9fff]{1,2})"
                                 r"(?=[,，;；。\s]|$)")
_PLAN_OF_YEAR = vocab.pattern("progress.plan_of_year")
_OFFICE_LAG_WORD = vocab.pattern("table.stated_lag")


# 8月份目标：新增30台。 进展情况：新增41台。: a period's own target as the cell's first section (a month or a part of the
# year before the target's word: words.toml progress.period_target_period, progress.period_target_word), the figures of
# the progress section after it (report.section_label) — README rule question 59.
_PERIOD_TARGET = re.compile(
    rf"(?P<period>\d{{1,2}}月份?|(?:{vocab.alternation('progress.period_target_period')}))"
    rf"(?:工作)?(?:{vocab.alternation('progress.period_target_word')})\s*[:：]")
_SECTION_LABEL = re.compile(f"(?:{vocab.alternation('report.section_label')})\\s*[:：]")
_SECTION_FIGURE = re.compile(r"(?P<name>[\u4e00-\u9fff]{0,12}?)(?<![\d.])(?P<n>\d++(?:\.\d++)?+)\s*+(?P<u>[\u4e00-\u9fff])")
_RUNNING_OR_YEAR = vocab.pattern("progress.period_target_running")
_FIGURE_NAME_LEAD = re.compile(f"^(?:{vocab.alternation('progress.period_figure_lead')})+")


def _section_figures(text: str) -> list[tuple[str, float, str]]:
    return [(_FIGURE_NAME_LEAD.sub("", m.group("name")), float(m.group("n")), m.group("u"))
            for m in _SECTION_FIGURE.finditer(text)]


def _period_target_met(case, norm: str) -> Outcome | None:
    """A task with no number whose cell opens on a period's own target with figures (8月份目标：…, 二季度目标：…,
    本月目标：…) and gives the period's figures in its progress section (进展情况：…): each figure of the progress section
    against the target's figure of the same unit and name (the lone pair of a unit when the names differ) — the period's
    target being the pace at its end, as a plan to date (PlannedToDate) — the worst pair decides (README rule question 59).
    A running total or a year's figure in the progress section (累计, 全年, 年度) is no period's figure: left to the
    other rules, as is every task giving a year's figure of its own (the year's pace holds)."""
    m = _PERIOD_TARGET.search(norm)
    if not m:
        return None
    sec = _SECTION_LABEL.search(norm, m.end())
    if not sec:
        return None
    nxt = _SECTION_LABEL.search(norm, sec.end())
    target_text, done_text = norm[m.end():sec.start()], norm[sec.end():nxt.start() if nxt else len(norm)]
    if _RUNNING_OR_YEAR.search(done_text):
        return None
    targets, dones = _section_figures(target_text), _section_figures(done_text)
    if not targets or not dones:
        return None
    shares, said = [], []
    for name, plan, unit in targets:
        same = [(n, d) for n, d, u in dones if u == unit]
        named = [(n, d) for n, d in same if n and name and bigrams(n) & bigrams(name)]
        pick = named if len(named) == 1 else same if len(same) == 1 and len(
            [t for t in targets if t[2] == unit]) == 1 else []
        if not pick or not plan:
            return None
        done = pick[0][1]
        shares.append(min(case.expected * done / plan, 99.9))
        said.append(f"{_fmt(plan)}{unit}，实际{_fmt(done)}{unit}")
    what = f"报告{m.group('period')}目标" + "；".join(said) + f"，为目标的{_fmt(100.0 * min(shares) / case.expected)}%"
    return _paced(case, round(min(shares), 1), what, [case.quote(m.start(), nxt.start() if nxt else len(norm))])


class PlannedToDate(StatusRule):
    help_text = ("A task with no number whose report gives a plan to date beside what was actually done, in the same unit "
                 "(计划二季度完成演出20场，实际完成27场): done over planned times 序时进度 is the completion — the plan to "
                 "date being the pace — compared with 序时进度; a plan of the whole year (年度计划…，实际…) is a share of the "
                 "year instead.  Over the plan to date is ahead, never the year done.  A cell opening on a period's own "
                 "target (8月份目标：…, 二季度目标：…) with the period's figures in its progress section (进展情况：…) is "
                 "read the same way, figure by figure, the worst deciding — only when the task gives no year's figure and "
                 "the progress names no running total (README rule question 59).")

    def judge(self, case):
        norm = for_parsing(case.progress)
        # the office's own word on the row (滞后, 未滞后: table.stated_lag) is its verdict, left to the statement rules
        if case.numeric or _OFFICE_LAG_WORD.search(norm):
            return None
        for m in _PLAN_BESIDE_ACTUAL.finditer(norm):
            if m.group("pu") != m.group("du"):
                continue
            plan, done = float(m.group("plan")), float(m.group("done"))
            if not plan:
                continue
            year = bool(_PLAN_OF_YEAR.search(norm[max(0, m.start() - 4):m.start()] + m.group("lead")))
            # over the plan to date is ahead of the pace, never the year's work done (capped under 100)
            c = round(100.0 * done / plan if year else min(case.expected * done / plan, 99.9), 1)
            what = (f"报告计划{m.group('plan')}{m.group('pu')}，实际{m.group('done')}{m.group('du')}"
                    + ("" if year else f"，为计划的{_fmt(100.0 * done / plan)}%"))
            return _paced(case, c, what, [case.quote(*m.span())])
        return _period_target_met(case, norm)

