"""The flag checks that read a row's figures again (judging.toml ``[[flags]]``): figures only in other units,
a percentage that may be a level or a share of time or money, several candidate figures for a part, an
implausible completion, a figure no rule read, a figure short of a completed statement, the rest of a count
holding the pace, a part the report names but no figure answered.
"""

from __future__ import annotations

import re

from .. import vocab
from ..text import for_parsing
from .assigning import _FIGURE_DONE, _assign
from .base import (
    _CLAUSE,
    _CLAUSE_MARK,
    _REACH_TAIL,
    _is_level,
    _is_rate,
    _target_value,
    _unit,
    _value,
    by_pace,
    threshold,
)
from .case import _spans, _unit_of
from .clauses import _OTHER_ITEMS, _THE_REST, clause_stage
from .flag_check import FlagCheck
from .judging import _content_bigrams, case_expected_done


class UnitMismatch(FlagCheck):
    flag = "unit_mismatch"
    help_text = ("A verdict other than unclear on a task whose figures the row answers only in other units "
                 "(目标新增岗位5000个, 报告新增就业6200人): the figures may or may not measure the target.")

    def check(self, case, outcome):
        units = {_unit_of(t) for t in case.numeric if not _is_rate(t)}
        done = [f for f in case.facts if f.role in ("done", "stock")]
        return (outcome.status != "unclear" and bool(units) and bool(done)
                and not any(_unit_of(f.fact) in units for f in done))


# A percentage that is a level (覆盖率, 普及率), or a share of time or money (时间进度, 投资完成率), not of the work;
# a share of the year's plan or target (占年度计划的38.7%) is the work's own.
_SHARE_OTHER = re.compile(f"{vocab.alternation('time.share_of_level')}$|{vocab.alternation('time.share_of')}")
_SHARE_OF_TARGET = re.compile(r"占[^,;。，；]{0,6}?" f"(?:{vocab.alternation('task.plan_object')})的?$")


# (?<![\d.]): tried where a figure begins only, not again at each of its digits (linear on a long run)
_TRAILING_PERCENT = re.compile(r"(?<![\d.])[\d.]+\s*%$")


class ShareOfWhat(FlagCheck):
    flag = "share_of_what"
    help_text = ("A verdict of on pace or ahead read from a percentage that may be a level (覆盖率92%) or a share "
                 "of time or of the investment (时间进度过半, 投资完成率60%), not the share of the task's own work done "
                 "(占年度计划的38.7% is).")

    def check(self, case, outcome):
        # A level read as behind does no harm; one read as done or on pace may hide a shortfall.
        if outcome.basis != "figures" or outcome.completion is None or outcome.status not in ("ahead", "on_track"):
            return False
        # What each percentage is a share of: a figure's metric, or the words before a stated rate (投资完成率55%).
        shares = [(f.fact.value, f.fact.metric) for f in case.facts if vocab.is_rate(f.fact.unit)]
        r = case.row
        if r.stated_pct is not None and r.stated_pct_span:
            norm = for_parsing(case.progress)
            start = max((m.end() for m in _CLAUSE_MARK.finditer(norm[:r.stated_pct_span[0]])), default=0)
            shares.append((r.stated_pct, _TRAILING_PERCENT.sub("", norm[start:r.stated_pct_span[1]])))
        return any(abs(v - outcome.completion) < 0.05 and not _SHARE_OF_TARGET.search(what)
                   and _SHARE_OTHER.search(_REACH_TAIL.sub("", what)) for v, what in shares)


class SeveralFigures(FlagCheck):
    flag = "several_figures"
    help_text = ("A verdict on figures where a part has several candidate figures of its unit (1050亩,其中620亩,430亩; "
                 "for a completed verdict also a running total, 今年新增5家,累计46家) and one reading would complete "
                 "the part while another would not.")

    def check(self, case, outcome):
        if outcome.basis != "figures" or not case.parts or sum(f.role in ("done", "stock", "started")
                                                                  for f in case.facts) < 2:
            return False
        assigned = _assign(case)
        for i, part in enumerate(case.parts):
            t = part.indicator
            if t is None or _is_rate(t) or not _target_value(t) or t.comparator == "<=":
                continue
            # Every figure of the part's unit when the part is the lone one of it, else those assigned.
            lone = sum(p.indicator is not None and _unit_of(p.indicator) == _unit_of(t) for p in case.parts) == 1
            facts = [f for f in case.facts if _unit_of(f.fact) == _unit_of(t)] if lone else assigned.get(i, [])
            # A running total beside this year's figure (累计46家 beside 今年新增5家) is a reading only for a
            # verdict that completes the part: one short of it has taken this year's figure, as it should.
            roles = ("done", "stock", "started") if outcome.status == "completed" else ("done", "started")
            done = [f for f in facts if f.role in roles]
            if len(done) < 2:
                continue
            values = [_value(f.fact) for f in done]
            readings = {by_pace(round(100.0 * v / _target_value(t), 1), case.expected) for v in [*values, sum(values)]}
            if "completed" in readings and len(readings) > 1:
                return True     # one reading finishes the part, another does not
        return False


class Implausible(FlagCheck):
    flag = "implausible"
    help_text = ("A completion above implausible_pct of the year's target before the deadline (460% by "
                 "mid-year): more likely a running total since earlier years, a project's total or another "
                 "noun's figure.")

    def check(self, case, outcome):
        pcts = [outcome.completion] + [s.completion_pct for s in outcome.sub_targets]
        return not case_expected_done(case.expected) and any(
            p is not None and p > threshold("implausible_pct") for p in pcts)


# A percentage of change or a level (同比下降5.8%, 优良率88.5%), not a share of the work done.
_RATE_OF_CHANGE = re.compile(f"{vocab.alternation('change.of_rate')}|{vocab.alternation('time.share_of_level')}")


class FiguresUnused(FlagCheck):
    flag = "figures_unused"
    help_text = ("A verdict on a stage, a unit's word or nothing while the row reports an amount or a share "
                 "done (1-6月完成投资2.1亿元, 完成总工程量的30%) that no rule read: the figure may say more than "
                 "the words.  A change or a level (同比下降5.8%, 优良率88.5%) is no share of work done.")

    def check(self, case, outcome):
        if outcome.basis not in ("stage", "unit_statement", "none"):
            return False
        r = case.row
        if r.stated_pct is not None and not (r.stated_pct_span and case.in_forecast(r.stated_pct_span[0])):
            return True      # a stated completion rate (完成总工程量的40%) the verdict did not read
        return any(f.role == "done" and (_unit(f.fact).endswith("元") or (
            vocab.is_rate(f.fact.unit) and _FIGURE_DONE.search(f.fact.metric) and not _RATE_OF_CHANGE.search(f.fact.metric)))
            for f in case.facts)


class DoneShortOfFigure(FlagCheck):
    flag = "done_short_of_figure"
    help_text = ("A completed verdict on a completion statement while the row reports a figure done of the task's own "
                 "unit short of the target (已完成疏浚4万立方米 for 12万立方米), or a share of the whole under 100% (占工程"
                 "总量的四成, 完成年度投资计划的64%): the words say done, the figure does not, and a person reads which.")

    def check(self, case, outcome):
        if outcome.status != "completed" or outcome.basis != "statement":
            return False
        r = case.row
        if r.stated_pct is not None and r.stated_pct < 100 and not (
                r.stated_pct_span and case.in_forecast(r.stated_pct_span[0])):
            return True
        for t in case.numeric:
            tv = _target_value(t)
            if _is_level(t) or vocab.is_rate(t.unit) or tv <= 0:
                continue
            if any(f.role == "done" and _unit_of(f.fact) == _unit_of(t) and 0 < _value(f.fact) < tv for f in case.facts):
                return True
        return False


# A clause on the rest or on other items (其余3个…, 剩余…, 另有3个…, 另外…): words.toml [report.the_rest] and
# [report.other_items].
_REST_OR_OTHER_LEAD = re.compile(rf"(?:{_THE_REST}|{_OTHER_ITEMS})")


class RestHoldsPace(FlagCheck):
    flag = "rest_holds_pace"
    help_text = ("A verdict of on pace or ahead for a count whose items done fall short of the pace by themselves, "
                 "beside other items of the same count under way, pending or only prepared, or a clause on the rest "
                 "(已引进4个，另有3个已签约待落地; 已完成9条，剩余3条推迟至11月施工): the verdict rests on the rest being "
                 "done in time, which a person should confirm.")

    def check(self, case, outcome):
        if outcome.status not in ("on_track", "ahead") or case_expected_done(case.expected):
            return False
        norm = for_parsing(case.progress)
        # (the rest all under way, 其余7个正在施工, is the plain reading of such rows, not flagged)
        rest_clause = any(_REST_OR_OTHER_LEAD.match(norm, a) and clause_stage(norm[a:b]) not in ("underway", "nearly_done", "done")
                          for a, b in _spans(_CLAUSE, norm))
        for t in case.numeric:
            tv = _target_value(t)
            if _is_level(t) or vocab.is_rate(t.unit) or tv <= 0:
                continue
            mine = [f for f in case.facts if _unit_of(f.fact) == _unit_of(t)]
            done = sum(_value(f.fact) for f in mine if f.role == "done")
            moving = any(f.role in ("pending", "preparing", "not_started") for f in mine)
            if done and (moving or rest_clause) and by_pace(100.0 * done / tv, case.expected) in (
                    "behind", "seriously_behind"):
                return True
        return False


class PartNamedUnread(FlagCheck):
    flag = "part_named_unread"
    help_text = ("A verdict with a measurable part no figure or clause answered (part_without_fact) while the report "
                 "names that part's object (新增路灯工程正在招标 for 新增城市路灯1000盏; 公租房项目已完成土地摘牌 for 新建公共"
                 "租赁住房500套): the report speaks of the part and the rules could not read it, so the verdict, held at "
                 "the other parts' level, may be wrong.  A part the report does not name at all is only capped.")

    def check(self, case, outcome):
        if "part_without_fact" not in outcome.flags or outcome.status not in ("on_track", "ahead", "completed"):
            return False
        assigned = _assign(case)
        said = _content_bigrams(case.progress)
        for i, part in enumerate(case.parts):
            if part.indicator is None or assigned.get(i):
                continue
            if len(_content_bigrams(part.indicator.metric or part.text) & said) >= 2:
                return True
        return False
