"""The status rules that read what a report says of the whole task: the office's class given to the row
(``OfficeClass``), a stated rate (``StatedRate``), the whole
said done (``WholeStatement``), cancelled (``Cancelled``), not started (``NotStarted``), a pace statement
(``PaceStatement``) and the unit's own statement of normal progress (``UnitStatement``).  They ask the parts'
verdict (``status_parts.SubTargets``) and the stage's (``status_stage.StageAgainstDeadline``) below them.
"""

from __future__ import annotations

import re
from functools import cache

from .. import vocab
from ..judgement import Evidence, SubTarget
from ..progress import REMAINDER_LEAD, in_cause, pushed_aim_clause, stated_shares
from ..text import for_parsing
from .assigning import _assign, _match
from .base import (
    _BARE_DONE,
    _CLAUSE,
    _CLAUSE_MARK,
    _COMPLETION_EVENT_PREPARING,
    _COMPLETION_FINISH,
    _DIGIT,
    _FIGURE_START_RATE,
    _INTENTION_PLANNED,
    _MILESTONE_START,
    _NON_WORD,
    _NOT_HAN,
    _REPORT_ONLY_SOME,
    _REPORT_WORKS_QUANTITY_SHARE,
    _SENTENCE,
    _STAGE_WORK_STEP,
    _STATEMENT_FILL,
    _fmt,
    _is_level,
    _quick,
    by_pace,
    pattern,
    rest_holds_pace,
    threshold,
    words,
    works_measure,
)
from .building import _SECTION_LABEL, _SECTION_NONE
from .case import Case, Outcome, _spans, _unit_of, clause_around, date_named, month_number, quoting
from .clauses import (
    _DONE_EVENT,
    _EVENT_TASK,
    _LABEL_ONLY_LEAD,
    _PACE_MET,
    _PREP_OBJECT,
    _REMAINING,
    _REPLY_LEAD,
    clause_stage,
    failed_finish,
    negated_done,
)
from .forecasts import _FORECAST, _NEW_START_PLANNED, _TARGET_LABEL, starts_fulfilled
from .judging import (
    _BUILDING_RATE,
    _PROCESS_TASK,
    _WORKS_SHARE_TARGET,
    _content_bigrams,
    held_level,
    result_level,
)
from .roles import _PUSHED_ON_FINISHED, _SURVEY_REMEDY, _survey_done
from .status import (
    _CN_DIGIT,
    _PAUSED_END,
    StatusRule,
    _caught_up_after,
    _missed_outright,
    _paced,
    _past_lag,
    _past_period,
    behind_cues,
    status_word,
)
from .status_measures import _COVERAGE_RATE, _FULL_COVERAGE
from .status_parts import SubTargets, _quoted_zero
from .status_stage import _TASK_QUOTA, StageAgainstDeadline, _start_forecast_only
from .works import _PLAN_DRAFT, _SHARE_DONE, _project_works_late

_FRACTION = re.compile(r"完成[^,;。，；\d]{0,10}?" f"(?:{vocab.alternation('task.whole_noun')})" r"(?:量)?的(一半|([二三四五六七八九十])分之([一二三四五六七八九]))")


# Done over the target written as a fraction (12/20, 完成3/8), the denominator the task's own figure.
_RATIO = _quick(re.compile(r"(?<![\d./\-年月])(\d+(?:\.\d+)?)\s*/\s*(\d+(?:\.\d+)?)(?![\d./%年月日号])"), digits=True)


# 已完成年度任务的七成 / 已完成近九成 / 已完成两成 / 已完成过半: a share in tenths, or past half, written in words;
# 完成年度计划均超过八成 (年度计划均超过八成, the verb left out or mistyped): each of the items listed past that share,
# its floor read as theirs.
_TENTHS = re.compile(r"(?:完成(?:[^,;。，；\d]{0,10}?" f"(?:{vocab.alternation('task.whole_noun')})" r"(?:量)?的?)?"
                     f"|(?:{vocab.alternation('task.whole_noun')})" r"(?:量)?的?"
                     f"(?=(?:{vocab.alternation('figure.share_each')})))"
                     f"(?:{vocab.alternation('figure.share_each')})?(?:{vocab.alternation('figure.share_hedge')})?" r"(?:([一二三四五六七八九两])成(?![效果员立本品交])|过半)")


# 全年完成投资4.1亿元，比年度计划低6.5个百分点: the year's plan missed by points — done 100 less the points, read once the
# deadline has passed (before it a margin under the year's plan says nothing of the share done); never of a rate target
# (增长2.1%，比年度目标低3.9个百分点 is the growth short, words.toml report.under_by).
_UNDER_PLAN = re.compile(f"比(?:{vocab.alternation('task.whole_year_lead')})?(?:{vocab.alternation('report.over_task')})"
                         f"(?:{vocab.alternation('report.under_by')})" r"(\d+(?:\.\d+)?)个百分点")


# A share stated in a clause (约六成, 过半, 一半, 60%, 三分之二): of the work, not the whole said done.
_SHARE_STATED = re.compile(r"[一二三四五六七八九两]成(?![效果员立本品交])|(?<![\d.])\d+(?:\.\d+)?%|[一二三四五六七八九十]分之|"
                           f"{vocab.alternation('figure.share_half')}")


# A clause that opens on the share it states, with no subject of its own (完成省定任务的132.95%; 分别完成年度任务的100%;
# 为市定任务的164%): the share of the amount the clause before it gives.
_SHARE_OPENS = re.compile(rf"[\s,，]*(?:{vocab.alternation('progress.share_clause_lead')})?"
                          rf"(?:完成|{vocab.alternation('progress.stated_share_said')})")


# A clause that is only a start rate and its figure (开工率86.5%, 项目开复工率达92%): see _other_works_short.
_START_RATE_ONLY = re.compile(f"[^,;。，；\\d]{{0,12}}?(?:{vocab.alternation('figure.start_rate')})"
                              f"(?:{vocab.alternation('progress.stated_verb')})?\\s*\\d+(?:\\.\\d+)?\\s*%")


# A task that names only the year's plan after its subject (国轩新能源项目 年计划, …年度投资计划).
_PLAN_ONLY_TASK = re.compile(f"(?:{vocab.alternation('task.plan_only_tail')})\\s*$")
# A clause naming other items than the plan's own project (另有2个附属工程仍在施工, 其余…): other works of the task.
_OTHER_ITEMS = REMAINDER_LEAD


def _other_works_short(case: Case, norm: str, s: int, e: int) -> tuple[int, int] | None:
    """A clause of the reply other than the stated rate's (s, e), not planned, that reports works still building or nearly
    done (3所新建幼儿园均已开工建设, 2个项目正在施工): a measure of the task not finished beside the rate.  Not a clause
    with a figure before the rate in its sentence (全市棚改新开工17283套，完成省定任务的132.95%; 新开工11万套、基本建成
    13.21万套，分别完成年度任务的100%、100.1%): that figure is the amount the rate is the share of, the rate's own
    measure, not another works."""
    start = max((x for x, y in _spans(_CLAUSE, norm) if x <= s), default=0)
    own_share = bool(_SHARE_OPENS.match(norm, start))
    starts_asked = bool(pattern("start_verb").search(for_parsing(case.task_text)))
    # 甲镇、乙镇、丙镇进展较好,分别完成年度计划的116%、100%和91%: the shares given 分别, the clauses of their sentence
    # before them name the units they are of and what is said of all — the subject, no other works still building.
    listed_from = _sentence_start(norm, s) if _RESPECTIVE.search(norm, start, s) else None
    plan_only = bool(_PLAN_ONLY_TASK.search(case.task_text or ""))
    for a, b in _spans(_CLAUSE, norm):
        if a <= s < b or case.in_forecast(a) or not norm[a:b].strip():
            continue
        if listed_from is not None and listed_from <= a and b <= s:
            continue
        if not starts_asked and _START_RATE_ONLY.fullmatch(norm[a:b].strip()):
            continue    # 开工率86.5% beside 完成年度计划的104.2% for a year's investment: a rate of the list's projects
            #             begun, no target of the task's and no works of it still building
        if b <= s and _DIGIT.search(norm, a, b) and not _SENTENCE_END.search(norm, a, s) and own_share:
            continue
        if plan_only and not _DIGIT.search(norm, a, b) and not _OTHER_ITEMS.match(norm[a:b]):
            continue    # (国轩新能源项目 年计划: the plan's own project's works, 项目已经进入试生产阶段, are no measure of a
            #             task that is only the year's plan; other items counted or said apart, 另有2个附属工程, are)
        if clause_stage(norm[a:b]) in ("underway", "nearly_done"):
            return a, b
    return None


_RESPECTIVE = vocab.pattern("progress.respective")


def _sentence_start(norm: str, at: int) -> int:
    return max(norm.rfind("。", 0, at), norm.rfind(";", 0, at)) + 1


def _start_rate_of_start_task(case: Case):
    """The first rate of items begun (words.toml figure.start_rate) that the reply states, not in a forecast, when the
    task is one of starts (开工, 新开项目: start_verb) asking no finish (完成, 建成: completion.finish) — else None."""
    task = for_parsing(case.task_text)
    if not pattern("start_verb").search(task) or _COMPLETION_FINISH.search(task):
        return None
    return next((f for f in case.facts if vocab.is_rate(f.fact.unit) and _FIGURE_START_RATE.search(f.fact.metric)
                 and f.fact.value > 0 and not case.in_forecast(f.fact.span[0])), None)


# A task that is only a programme of investment projects by its name (全市80个重点项目, 第二批45个建设项目, 交通类重大
# 项目: words.toml task.project_programme), a count after it at most, no verb before it.
_PROGRAMME_TASK = re.compile(r"([^,;。，；:：]{0,16}?)" f"(?:{vocab.alternation('task.project_programme')})"
                             r"(?:\s*\d+\s*[个项])?")
_PROGRAMME_VERB = re.compile(f"{vocab.alternation('task.project_programme_verb')}")
_NOT_BEGUN = vocab.pattern("not_yet.not_begun")


def _start_rate_of_programme(case: Case) -> tuple[float, tuple[int, int], str] | None:
    """The first rate of items begun (words.toml figure.start_rate) the reply states, not in a forecast, or every item
    said begun (已全部开工: status.all_started, nothing said not begun or remaining: 100), when the task is only a
    programme of investment projects by its name (words.toml task.project_programme, no verb before it:
    task.project_programme_verb) and the reply counts none of them finished (no count of items done): the page
    measures the programme by its starts — (share, span, words), else None."""
    task = for_parsing(case.task_text or "").strip().rstrip("。.;；")
    m = _PROGRAMME_TASK.fullmatch(task)
    if m is None or _PROGRAMME_VERB.search(m.group(1)):
        return None
    if any(f.role == "done" and vocab.unit_kind(f.fact.unit) == "count" and not vocab.is_rate(f.fact.unit)
           for f in case.facts):
        return None     # (已开工40个，其中竣工12个: the programme measured by its finishes too)
    rate = next((f for f in case.facts if vocab.is_rate(f.fact.unit) and _FIGURE_START_RATE.search(f.fact.metric)
                 and f.fact.value > 0 and not case.in_forecast(f.fact.span[0])), None)
    if rate is not None:
        return rate.fact.value, rate.fact.span, f"{rate.fact.metric}{_fmt(round(rate.fact.value, 1))}%"
    # 民生类重点项目已全部开工建设: every item begun, the whole share (nothing said not begun)
    norm = for_parsing(case.progress)
    every = next((m for m in _ALL_STARTED.finditer(norm) if not case.in_forecast(m.start())), None)
    if every is None or _NOT_BEGUN.search(norm) or _REMAINING.search(norm):
        return None
    return 100.0, every.span(), every.group(0)


# A rate the task names as its measure (58个重点项目 开工率): words.toml figure.task_named_rate.  In the reply: that name,
# a few linking characters (占年度计划的, 开工率达, 投入率为), and its figure; or names joined before 分别 and their
# figures after it in the same order (开工率和投入率分别为90%和52%).
_TASK_NAMED_RATE = vocab.alternation("figure.task_named_rate")
_NAMED_RATE_END = re.compile(rf"({_TASK_NAMED_RATE})[\s,;。，；:：]*$")
_RATE_JOIN = f"(?:{vocab.alternation('figure.task_named_rate_joiner')})"
_NAMED_RATE_SAID = {name: re.compile(re.escape(name) + f"(?:(?:{vocab.alternation('figure.task_named_rate_judged')})[,，]?)?"
                                     f"(?:{vocab.alternation('figure.task_named_rate_link')}){{0,3}}"
                                     r"\s*(\d+(?:\.\d+)?)\s*%")
                    for name in vocab.words_of("figure.task_named_rate")}
_RATE_PAIR = re.compile(rf"((?:[^\d,;。，；%]{{1,12}}?{_RATE_JOIN}){{1,3}}[^\d,;。，；%]{{1,12}}?)"
                        f"(?:{vocab.alternation('figure.task_named_rate_pair')})"
                        rf"(\d+(?:\.\d+)?%(?:{_RATE_JOIN}\d+(?:\.\d+)?%){{1,3}})")
_PAIR_SPLIT = re.compile(_RATE_JOIN)
_LISTED_AFTER = re.compile(rf"\s*%?{_RATE_JOIN}\s*\d")
_SCOPE_COUNT = re.compile(rf"(?<![\d.])(\d+)\s*({vocab.alternation('figure.task_scope_count_word')})")


def _rate_the_task_names(case: Case, norm: str):
    """The rate the task names as its measure, ending it (words.toml figure.task_named_rate: 42个重大项目 开工率), as
    the reply states it under that name — ``(value, (start, end), chosen among several)`` — or None.  The task has no figure of its own but
    the count of its scope (a rate's target, 开工率达到90%, is judged as a target is).  Of several rates of that name
    in the reply, the one after the task's scope restated (its count, else four characters of its name) and before
    the previous such rate: one list of a sentence listing several (甲类12个，开工率75%，乙类8个，开工率100%)."""
    task = for_parsing(case.task_text or "")
    end = _NAMED_RATE_END.search(task)
    if not end or any(t.kind != "count" for t in case.numeric):
        return None
    name, scope = end.group(1), task[:end.start()]
    if _MILESTONE_START.search(scope) and not _FIGURE_START_RATE.search(name):
        return None     # 占年度计划的35% beside 已开工38个 for 157个新开工项目 年度计划: the starts answer too
    found = [(float(m.group(1)), m.span(1), m.start()) for m in _NAMED_RATE_SAID[name].finditer(norm)]
    if any(_LISTED_AFTER.match(norm, span[1]) for _, span, _ in found):
        return None     # 分别完成年度计划的39%、26%和24%: a list of scopes' rates, read by position elsewhere
    for m in _RATE_PAIR.finditer(norm):
        names = [n.strip() for n in _PAIR_SPLIT.split(m.group(1))]
        values = _PAIR_SPLIT.split(m.group(2))
        if len(names) == len(values):
            at = m.start(2)
            for n, v in zip(names, values, strict=True):
                if n.endswith(name):
                    found.append((float(v.rstrip("%")), (at, at + len(v)), m.start()))
                at += len(v) + 1
    found = sorted((f for f in found if 0 < f[0] and not case.in_forecast(f[2])), key=lambda f: f[2])
    if len(found) <= 1:
        return (found[0][0], found[0][1], False) if found else None
    counts = {c.group(1) + c.group(2) for c in _SCOPE_COUNT.finditer(scope)}
    scope_han = _NOT_HAN.sub("", _SCOPE_COUNT.sub("", scope))
    scored, prev = [], 0
    for v, span, at in found:
        stretch = norm[prev:at]
        if counts & {c.group(1) + c.group(2) for c in _SCOPE_COUNT.finditer(stretch)}:
            scored.append((2, v, span))
        elif len(scope_han) >= 4 and len(_longest_common_run(_NOT_HAN.sub("", stretch), scope_han)) >= 4:
            scored.append((1, v, span))
        else:
            scored.append((0, v, span))
        prev = span[1]
    best = max(s for s, _, _ in scored)
    chosen = [(v, span) for s, v, span in scored if s == best]
    return (*chosen[0], True) if best > 0 and len(chosen) == 1 else None


# The text of a share's own entry: after the last sentence end, semicolon or numbered mark before it.
_ENTRY_START = re.compile(r"[。;；!?！？①②③④⑤⑥⑦⑧⑨⑩]")


def _other_works_quantity(case, norm: str, span: tuple[int, int]) -> bool:
    """A share of one works' own quantity (完成主体结构工程量的20%, 总体形象进度30%: words.toml
    report.works_quantity_share) in an entry that names at most one word pair of the task's (东港客运码头…工程 for 加快建设滨海城市带，
    打造海上画廊): a stage of another works the reply lists, no pace of the task (渔塘畈闸已完成全部工程量的75% for
    完成渔塘畈闸重建 names the task's own works and stays its share)."""
    a = span[0]
    start = max((m.end() for m in _ENTRY_START.finditer(norm, 0, a)), default=0)
    entry = norm[start:a]
    return bool(_REPORT_WORKS_QUANTITY_SHARE.search(norm[max(start, a - 12):span[1]])) and \
        len(_content_bigrams(entry) & _content_bigrams(case.task_text)) < 2


class StatedRate(StatusRule):
    help_text = ("The report states its own completion rate (完成率45%, 完成年度任务的60%): compared with "
                 "序时进度 (±band points on pace, under serious_share of the pace seriously behind).  A task ending "
                 "on a rate it names as its measure, with no figure but its scope's count (42个重点项目 投入率: "
                 "words.toml figure.task_named_rate): the reply's rate of that name is the share done — of several, "
                 "the one after the task's scope restated, or by position in a 分别 pair of names — and the count "
                 "is no target.  On a task "
                 "of several measures, a rate stated in the sentence of one measure (its figure or its name) "
                 "while others are reported apart answers that measure alone: the parts are judged as "
                 "SubTargets judges them, the rate standing for its measure where no figure of it does.  One "
                 "sentence reporting several measures, each with its own share (完成A工程14公里，占目标任务20公里的70%；完成B工程"
                 "9公里，占目标任务10公里的90%): the share of the one measure the task names; naming neither or both, the "
                 "worst share decides; one share read twice (with and without its amount) is one.  A share whose sentence "
                 "opens on a clause of the task that is no part of it (加快建设工业园区污水管网: process verbs, no result), the "
                 "parts reported apart: the share answers that clause alone, and the parts decide.  Once the deadline has passed, the year's plan missed by points (比年度计划低6.5个百分点: "
                 "words.toml report.under_by) is done 100 less the points, on a task with no rate target.  A share of the "
                 "year's plan beside the change on the year, for a task whose every figure is a growth or a decline (为年度"
                 "计划的72%，同比下降2% for …收入增长5%), gives way to the change (SubTargets).  A task of starts (新开工项目) with "
                 "no figure of its own and no finish asked: a start rate it reports (开工率达到87.5%: words.toml "
                 "figure.start_rate) is its share done; for a task asking no start, a clause that is only a start rate "
                 "beside a share over 100 (完成年度计划的104%，开工率86%) is no works of it still building, and the share "
                 "decides; nor are a project's works (进入试生产阶段) for a task that is only its year's plan (某某项目 年计划).  "
                 "A task that is only a programme of investment projects by its name (全市80个重点项目, 交通类重大"
                 "项目: words.toml task.project_programme, no verb before it), with no share of its plan given and none of "
                 "its items counted finished: the start rate it reports (开工率达到61%) is its share done, every item said begun "
                 "(已全部开工建设: words.toml status.all_started, none said not begun) the whole.  A share short of the pace "
                 "beside every item of a count said begun (status.all_started) is on pace before the deadline (rule question "
                 "4); for a task measured by the works' size (a length, an area, a volume), beside the works all under way "
                 "(施工单位已全部进场: status.works_all_under_way), only a share short within the serious share and before "
                 "measure_rest_late.  A share of one works' quantity (路基工程已完成总工程量的67%) answering a target that is "
                 "itself a share of the same works (年内完成路基工程的70%: figure.works_share_target) is the way gone to it, "
                 "67 of 70, as a rate that builds up is.")

    def judge(self, case):
        r = case.row
        named = _rate_the_task_names(case, for_parsing(case.progress))
        if named is not None:
            # 投入率52.7% for 全区172个重大项目 投入率: the rate the task names, its count the scope measured.
            v, (s, e), among_several = named
            c = round(v, 1)
            out = _paced(case, c, f"报告任务所指的{_fmt(c)}%", [case.quote(s, e)])
            # (one scope's rate chosen among several lists': the other clauses are the other lists', no works of its own)
            short = _other_works_short(case, for_parsing(case.progress), s, e) \
                if out.status == "completed" and not case.numeric and not among_several else None
            if short:
                # (the rate over its whole beside other works of the task still building: not finished, on pace)
                a, b = short
                return Outcome("on_track", None, "figures", f"报告任务所指的{_fmt(c)}%仅为其中一项，另有工程仍在实施，判达进度",
                               out.evidence + [case.quote(a, b)])
            return out
        frac = _FRACTION.search(for_parsing(case.progress))
        if r.stated_pct is None and frac and not case.in_forecast(frac.start()):
            # 已完成全年任务的一半 / 三分之一: a share written in words.
            c = 50.0 if frac.group(1) == "一半" else round(100.0 * _CN_DIGIT.get(frac.group(3), 0) / max(
                1, _CN_DIGIT.get(frac.group(2), 1)), 1)
            a, b = frac.span()
            return _paced(case, c, f"报告完成{frac.group(1)}（{_fmt(c)}%）", [case.quote(a, b)])
        if r.stated_pct is None and not case.numeric:
            found = []
            for f in case.facts:
                m = f.fact
                said = for_parsing(case.progress)[f.clause[0]:m.span[0]]
                share = _SHARE_DONE.search(said)
                # (农业项目完成投资达到99.2% for 农业项目 完成投资: the work after 完成 names the task's, and its subject before
                # 完成 does too — two word pairs in all; of several such shares, the one whose clause shares most)
                own = len(_content_bigrams(share.group(1)) & _content_bigrams(case.task_text)) if share else 0
                shared = len(_content_bigrams(said) & _content_bigrams(case.task_text))
                if vocab.is_rate(m.unit) and share and 0 < m.value <= 100 and f.role == "done" \
                        and not case.in_forecast(m.span[0]) and m.span[1] >= f.clause[1] - 1 and own >= 1 \
                        and (own >= 2 or shared >= 2):
                    found.append((shared, m))
            if found:
                # 累计完成管网改造35% for 完成全区农村供水管网改造: the share of the task's own work done.
                m = max(found, key=lambda x: x[0])[1]
                c = round(m.value, 1)
                return _paced(case, c, f"报告{m.metric}{_fmt(c)}%", [Evidence(m.text, *m.span)])
            started = _start_rate_of_start_task(case)
            if started is not None:
                # 开工率达到87.5% for 省级重点新开工项目: a task of starts with no count of its own — the share begun is
                # the share of the task done.
                m = started.fact
                c = round(m.value, 1)
                return _paced(case, c, f"开工任务报告{m.metric}{_fmt(c)}%", [Evidence(m.text, *m.span)])
        begun = _start_rate_of_programme(case) if r.stated_pct is None else None
        if begun is not None:
            # 开工率达到72% for 全县60个重点项目, no share of its plan given: the programme's share begun.
            v, (s, e), said = begun
            c = round(v, 1)
            out = _paced(case, c, f"项目计划以开工计，报告{said}", [case.quote(s, e)])
            # (every item said begun in words, no figure: a statement)
            return out if "%" in said else Outcome(out.status, out.completion, "statement", out.reason, out.evidence)
        ratio = next((m for m in _RATIO.finditer(for_parsing(case.progress)) if not case.in_forecast(m.start())
                      and 0 < float(m.group(1)) <= float(m.group(2))
                      and any(t.value == float(m.group(2)) and not vocab.is_rate(t.unit) for t in case.numeric)), None)
        if r.stated_pct is None and ratio:
            # 12/20, 完成3/8 for a target of 20, of 8: done over the target (a count's or a measure's, never a rate's:
            # 占比全部项目的近2/3 beside 增长3%的全年目标 is a share of another whole).
            c = round(100.0 * float(ratio.group(1)) / float(ratio.group(2)), 1)
            a, b = ratio.span()
            return _paced(case, c, f"报告完成{ratio.group(0)}（{_fmt(c)}%）", [case.quote(a, b)])
        tenths = _TENTHS.search(for_parsing(case.progress))
        if r.stated_pct is None and tenths and not case.in_forecast(tenths.start()):
            c = 10.0 * _CN_DIGIT[tenths.group(1)] if tenths.group(1) else 50.0
            a, b = tenths.span()
            return _paced(case, c, f"报告{case.progress[a:b]}（约{_fmt(c)}%）", [case.quote(a, b)])
        under = _UNDER_PLAN.search(for_parsing(case.progress)) if r.stated_pct is None and case.expected >= 100 else None
        if under and not case.in_forecast(under.start()) and not any(vocab.is_rate(t.unit) for t in case.targets) \
                and 0 < float(under.group(1)) < 100:
            c = round(100.0 - float(under.group(1)), 1)
            a, b = under.span()
            return _paced(case, c, f"报告{case.progress[a:b]}（完成约{_fmt(c)}%）", [case.quote(a, b)])
        if r.stated_pct is None or (r.stated_pct_span and case.in_forecast(r.stated_pct_span[0])):
            return None
        c = round(r.stated_pct, 1)
        s, e = r.stated_pct_span or (0, 0)
        norm = for_parsing(case.progress)
        if case.numeric and all(t.kind in ("growth_rate", "decline_rate") for t in case.numeric) and any(
                _assign(case).get(i) for i, p in enumerate(case.parts) if p.indicator is not None):
            return None     # 为年度计划的72%，同比下降2% for …收入增长5%: the change answers the growth, not the plan's share
        if _listed_apart(case, norm, s):
            return None     # A、B、C确定事项全部完成;D确定事项44项…完成率97.7%: D's rate, the task named in the list before it
        if _counted_list_share(case, norm, s):
            return None     # 推进缓慢的有3(A、B、C),占目标任务的30% for A: the list's share of the programme, not A's
        if _whole_share_after_listed_parts(case, norm, s):
            return None     # 完成造林1.6万亩、封山育林1万亩、营林抚育1.35万亩,完成全年任务的50.6% for 封山育林1万亩: the whole's
        shares = [(v, sp) for v, sp in stated_shares(norm) if not case.in_forecast(sp[0])
                  and "其中" not in norm[max(0, sp[0] - 12):sp[0]]]
        # 完成投资935万元,占年度计划的93.5%: one share read twice (with and without its amount) is one, not two projects'
        shares = [(v, sp) for v, sp in shares if not any(o != sp and o[0] <= sp[0] and sp[1] <= o[1] for _, o in shares)]
        if not case.numeric and len(shares) >= 2 and all(_other_works_quantity(case, norm, sp) for _, sp in shares):
            # 码头工程完成主体结构工程量的20%…改造工程完成工程量的39% for 加快建设滨海城市带: several other works' own
            # stages listed, none the task's — no pace of the task (ConcreteWork).  (One works' share, 改造工程已完成
            # 工程量的55% for 完成门诊楼改造, is the task's own works said otherwise: its share, as before.)
            return None
        named = _share_of_named_measure(case.task_text, norm, shares) if len(shares) >= 2 else None
        if named is not None:
            # 甲县完成A工程14公里，占目标任务20公里的70%；完成B工程9公里，占目标任务10公里的90% for the task B工程: one
            # sentence reporting several measures, each with its own share; the task names one of them — its share.
            v, (s, e) = named
            c = round(v, 1)
            return _paced(case, c, f"报告所列多项中本项完成率{_fmt(c)}%", [case.quote(s, e)])
        if not case.numeric and len(shares) >= 2:
            # 湘湖三期…占年度计划的76%;白马湖二期…仅占年度计划的41%: several projects of a task with no number
            # of its own, each its share of its plan; the worst decides, as between parts.
            v, (s, e) = min(shares, key=lambda x: x[0])
            c = round(v, 1)
            return _paced(case, c, f"报告各项目完成率中最低为{_fmt(c)}%", [case.quote(s, e)])
        if _share_of_money_beside_count(case, norm, s, e):
            return None     # 完成年度计划投资的51.2% beside 已开工9宗 for 42宗新开工项目: the count answers
        if _works_share_beside_amount(case, norm, s, e):
            # 完成投资2.1亿元，形象进度达60% for 年度计划投资3亿元: the amount answers, not the works' share — or the
            # amount's own share of the year's plan where the reply states one too (占年度投资额的45.18%)
            own = [(v, sp) for v, sp in shares if not _REPORT_WORKS_QUANTITY_SHARE.search(norm[max(0, sp[0] - 12):sp[1]])]
            if not own:
                return None
            c, (s, e) = round(own[0][0], 1), own[0][1]
        way = _rate_target_share(case, norm, s, e, c)
        out = self._one_part(case, c, s, e) or (_paced(case, way, f"报告完成率{_fmt(c)}%，为目标比率的{_fmt(way)}%",
                                                       [case.quote(s, e)]) if way != c else
                                                _paced(case, c, f"报告完成率{_fmt(c)}%",
                                                       [case.quote(s, e)]))
        short = _other_works_short(case, norm, s, e) if out.status == "completed" and not case.numeric else None
        if short:
            # 新增公办学位完成率达115%，3所新建幼儿园均已开工建设 for 学前教育扩容行动: one measure over its figure, another
            # of the task's works still building — the task is not finished; on pace (the labels' rule question 4).
            a, b = short
            return Outcome("on_track", None, "figures", f"报告完成率{_fmt(c)}%仅为其中一项，另有工程仍在实施，判达进度",
                           out.evidence + [case.quote(a, b)])
        counted = case.numeric and all(t.kind == "count" for t in case.numeric)
        started = _ALL_STARTED.search(norm) if counted else _WORKS_ALL_UNDER_WAY.search(norm)
        if started and not case.in_forecast(started.start()) and case.expected < 100 and case.numeric and (
                out.status in ("behind", "seriously_behind") and counted
                or out.status == "behind" and all(works_measure(t.unit) and rest_holds_pace(t.unit, case.expected)
                                                  for t in case.numeric)):
            # 已完成21件,完成率42%;已开工事项50件,开工率达100% for 办好50件民生实事 in October: the items not done are
            # all begun — the rest under way holds the pace (the labels' rule question 4).  For a measure of the works
            # (120公里…施工单位已全部进场，完成工程量的36% at 30 June) only before measure_rest_late, and only a share
            # short within the band's serious share: far under, the works started do not hold it.
            a, b = started.span()
            said = "其余事项均已开工" if counted else "工程已全面施工"
            return Outcome("on_track", c, "figures", f"报告完成率{_fmt(c)}%，{said}，判达进度",
                           out.evidence + [case.quote(a, b)])
        return out


    @staticmethod
    def _one_part(case: Case, c: float, s: int, e: int) -> Outcome | None:
        """A share stated in the sentence of one measure of a task of several, the others reported apart
        (合同利用外资0.52亿美元;实际利用内资16.3亿元，完成全年目标的54.3%; 河道治理已完成总工程量的60%;3座泵站中1座已完工…):
        the share answers that measure alone, and the parts are judged as SubTargets judges them, the share
        standing for its part where no figure of that part does."""
        if len(case.parts) < 2:
            return None
        norm = for_parsing(case.progress)
        a = max((m.end() for m in _SENTENCE_END.finditer(norm, 0, s)), default=0)
        b = next((m.start() for m in _SENTENCE_END.finditer(norm, e)), len(norm))
        assigned = _assign(case)
        inside = {i for i, fs in assigned.items() for f in fs if a <= f.fact.span[0] < b}
        if not inside:
            words = _content_bigrams(norm[a:s])
            inside = {i for i, p in enumerate(case.parts) if len(words & _content_bigrams(p.text)) >= 2}
        if len(inside) != 1 or not any(f.fact.span[0] < a or f.fact.span[0] >= b for f in case.facts):
            # 工程已铺设主管网60公里，占总工程量的65%，…受益人口1.8万人 for 完成…工程，受益人口5万人: in one sentence, the
            # share stands after the words of the one part no figure answers, and another part's figure stands beside.
            words = _content_bigrams(norm[a:e])
            bare = [j for j, p in enumerate(case.parts) if not assigned.get(j)]
            bare = bare if len(bare) == 1 and words & _content_bigrams(case.parts[bare[0]].text) else []
            if len(bare) != 1 or not any(assigned.get(j) for j in range(len(case.parts)) if j != bare[0]):
                return StatedRate._share_of_process_clause(case, norm, a, s)
            inside = {bare[0]}
        i = inside.pop()
        c = _rate_target_share(case, norm, s, e, c, i)     # (投资完成率42.75% for 投资完成率达到50%: 85.5% of the way)
        case.shares = {i: SubTarget(case.parts[i].text, case.progress[s:e], by_pace(c, case.expected), c, "figures",
                                    [case.quote(s, e)])}
        try:
            out = SubTargets().judge(case)
        finally:
            case.shares = None
        if out is None:
            return None
        bits = [f"{x.target}：{status_word(x.status) if x.status else '未报告'}" for x in out.sub_targets]
        reason = (f"报告完成率{_fmt(c)}%仅指其中一项；{len(out.sub_targets)}个分项（" + "；".join(bits)
                  + f"），最差分项定为{status_word(out.status)}")
        return Outcome(out.status, out.completion, out.basis, reason[:300], out.evidence, out.sub_targets,
                       out.flags)


    @staticmethod
    def _share_of_process_clause(case: Case, norm: str, a: int, s: int) -> Outcome | None:
        """A share whose sentence opens on the name of a clause of the task that is no part of it — a clause of process
        verbs (加快建设工业园区污水管网) — beside the task's parts reported apart (泵站已完成主体工程…城西泵站改造11月中旬开标):
        the share answers that clause alone, and the task is its parts, judged as SubTargets judges them (worst decides).
        The name is the share sentence's words before its first figure, sharing a run of six characters with the task
        outside every part; none when the parts have no fact or stage of their own."""
        seg = norm[a:s]
        digit = _DIGIT.search(seg)
        name = _NOT_HAN.sub("", seg[:digit.start()] if digit else seg)
        task_han = _NOT_HAN.sub("", for_parsing(case.task_text))
        run = _longest_common_run(name, task_han)
        if len(run) < 6 or any(run in _NOT_HAN.sub("", p.text) or _NOT_HAN.sub("", p.text) in run for p in case.parts):
            return None
        case.shares = {}
        try:
            out = SubTargets().judge(case)
        finally:
            case.shares = None
        if out is None or not any(x.status for x in out.sub_targets):
            return None
        bits = [f"{x.target}：{status_word(x.status) if x.status else '未报告'}" for x in out.sub_targets]
        reason = (f"报告完成率仅指推进类事项“{run}”；任务分项（" + "；".join(bits) + f"），最差分项定为{status_word(out.status)}")
        return Outcome(out.status, out.completion, out.basis, reason[:300], out.evidence, out.sub_targets, out.flags)


def _longest_common_run(a: str, b: str) -> str:
    """The longest run of characters two short texts share (the first found of that length)."""
    best, end, row = 0, 0, [0] * (len(b) + 1)
    for i, x in enumerate(a, 1):
        prev_diag = 0
        for k, y in enumerate(b, 1):
            cur = row[k]
            row[k] = prev_diag + 1 if x == y else 0
            if row[k] > best:
                best, end = row[k], i
            prev_diag = cur
    return a[end - best:end]


_NOT_FIGURE = re.compile(r"[\d.%]+")


def _rate_target_share(case: Case, norm: str, s: int, e: int, c: float, part: int | None = None) -> float:
    """A stated rate (计划投资完成率42.75%) answering a target of the same rate that builds up over the year (投资完成率达到
    50%及以上: words.toml figure.building_rate): the way gone to it, the rate over the target's (85.5%), which the pace
    then weighs; otherwise the rate itself.  ``part``: the one part the rate answers, else the one rate target of the
    task that the rate names."""
    named = _NOT_FIGURE.sub("", norm[max(0, s - 10):e])
    targets = [case.parts[part].indicator] if part is not None else case.numeric
    if not _BUILDING_RATE.search(named):
        if not _REPORT_WORKS_QUANTITY_SHARE.search(named):
            return c
        # 路基工程已完成总工程量的67% for 年度目标：完成路基工程的70%: a share of one works answering a target that is
        # itself a share of the same works (words.toml figure.works_share_target) — the way gone to it, 67 of 70
        # (statusa, stop 58), as a rate that builds up is.
        shares = [t for t in targets if t is not None and vocab.is_rate(t.unit) and t.comparator == ">="
                  and 0 < t.value < 100 and _WORKS_SHARE_TARGET.search(t.metric or "")
                  and len(_content_bigrams(named) & _content_bigrams(t.metric or "")) >= 2]
        return round(100.0 * c / shares[0].value, 1) if len(shares) == 1 else c
    rates = [t for t in targets if t is not None and vocab.is_rate(t.unit) and t.comparator == ">=" and 0 < t.value < 100
             and _BUILDING_RATE.search(t.metric or "") and _content_bigrams(named) & _content_bigrams(t.metric or "")]
    return round(100.0 * c / rates[0].value, 1) if len(rates) == 1 else c


# The last word of work done before a share's figure (完成, 建成, 实现…): what follows it is the measure's name.
_DONE_BEFORE_NAME = re.compile(rf"(?:{vocab.alternation('progress.stated_share_done')})了?")


def _share_of_named_measure(task: str, norm: str,
                            shares: list[tuple[float, tuple[int, int]]]) -> tuple[float, tuple[int, int]] | None:
    """Of several stated shares, the one whose measure the task names: each share's measure is the name between the
    last word of work done before it (or its sentence's start) and the next figure (完成A工程14公里，占目标任务20公里的70%:
    A工程); the task names it when they share a run of four characters.  Every share needs a name of its own (four
    characters or more: 路基完成率100%、路面完成率54.7% are one subject's parts), and exactly one is named, or none chosen."""
    task_han = _NOT_HAN.sub("", task)
    named, prev = [], 0
    for v, (s, e) in shares:
        start = max(prev, max((m.end() for m in _SENTENCE_END.finditer(norm, 0, s)), default=0))
        seg = norm[start:s]
        seg = seg[max((m.end() for m in _DONE_BEFORE_NAME.finditer(seg)), default=0):]
        digit = _DIGIT.search(seg)
        name = _NOT_HAN.sub("", seg[:digit.start()] if digit else seg)
        if len(name) < 4:
            return None
        if len(_longest_common_run(name, task_han)) >= 4:
            named.append((v, (s, e)))
        prev = e
    return named[0] if len(named) == 1 else None


# A share of money (words.toml status.share_money_measure) and every item said begun (status.all_started).
_SHARE_MONEY = vocab.pattern("status.share_money_measure")
_ALL_STARTED = vocab.pattern("status.all_started")
_WORKS_ALL_UNDER_WAY = vocab.pattern("status.works_all_under_way")


def _share_of_money_beside_count(case: Case, norm: str, s: int, e: int) -> bool:
    """A stated share of money (完成年度计划投资的51.2%) against a task counted in items naming no money, with a count
    of the task's own unit in the reply besides the task's own count restated: the count answers the task, not the
    share."""
    clause = clause_around(norm, s, e)
    if not _SHARE_MONEY.search(norm, clause[0], e) or _SHARE_MONEY.search(for_parsing(case.task_text)):
        return False
    counts = case.numeric
    if not counts or any(t.kind != "count" for t in counts):
        return False
    # A count begun answers only a task counting starts (42宗新开工项目); for a list of projects to build or invest in
    # (重点建设项目116个) the projects begun are no part of it done, and the share of the year's plan is read.
    starts_counted = bool(_MILESTONE_START.search(for_parsing(case.task_text)))
    return any(f.fact.unit == t.unit and f.fact.value != t.value
               and (f.role == "done" or (f.role == "started" and starts_counted))
               for f in case.facts for t in counts)


def _works_share_beside_amount(case: Case, norm: str, s: int, e: int) -> bool:
    """A stated share of one works' own quantity (形象进度达60%, 完成总工程量的45%: words.toml
    report.works_quantity_share) beside an amount of money done of the unit of an amount the task sets (完成投资2.1亿元
    for 年度计划投资3亿元): the works' share is the project's stage over its life, not the share of the year's money —
    the amount answers the task (statusc, stop 56).  (For a count, 其中2个已完工，整体形象进度约65% for 改造8个, the
    share of the works stays the reading: the items' works are the task's.)  Not when the task itself asks a share of
    the works (形象进度达到80%)."""
    if not _REPORT_WORKS_QUANTITY_SHARE.search(norm[max(0, s - 12):e]) or _REPORT_WORKS_QUANTITY_SHARE.search(for_parsing(case.task_text)):
        return False
    units = {_unit_of(t) for t in case.numeric if vocab.unit_kind(t.unit) == "money"}
    return any(f.role == "done" and _unit_of(f.fact) in units and not case.in_forecast(f.fact.span[0]) for f in case.facts)


# A sentence's end: a stated share belongs to the sentence it stands in.
_SENTENCE_END = re.compile(r"[;。；!！?？\n]")


# 完成全年任务, 超额完成年度目标: the whole year's task said done; the year's target may be counted before it (提前完成20条
# 线路的年度目标任务: the year's 20 lines done), never a share (完成50%的年度目标任务) nor a share of it (…任务的60%).
# Never a column's label before its colon (完成情况：年度任务已分解下达, 完成进度：…: completion.noun_after; no colon in the gap):
# the label names the column, and the year's task after it is the sentence's own subject (statusd, stop 51).
_WHOLE_SCOPE_DONE = _quick(re.compile(f"(?<![未没])(?<!基本)(?<!初步)完成(?!{vocab.alternation('completion.noun_after')})(?:了)?"
                                      f"(?:{vocab.alternation('task.whole_year_lead')})?"
                                      r"(?:\d+(?:\.\d+)?(?![\d.%％])[^\d,;。，；的%％]{1,6}的)?"
                                      r"[^,;。，；:：\d]{0,4}?(?:" + "|".join(words("whole_scope"))
                               + r")(?![的\d])"))


# 超任务17元, 超目标42个, 超年度计划3.2个百分点: the task exceeded by a figure — the whole year's task done, as 超额完成 is;
# not 超任务进度 (a pace: no figure right after), nor 未超目标 (words.toml report.over_task).  The measure the plan is of may
# stand before or after it (超出年度投资计划3.1个百分点, 超出年度计划投资2.2个百分点: report.over_task_measure).
# (比年度计划高6.5个百分点, 比全年目标多出12个: the same excess said by comparison, report.over_by)
_OVER_MEASURE = f"(?:{vocab.alternation('report.over_task_measure')})?"
_WHOLE_SCOPE_OVER = _quick(re.compile(f"(?:(?<![未没不])超(?:出|过)?(?:{vocab.alternation('task.whole_year_lead')})?"
                                      f"(?:{vocab.alternation('progress.stated_share_issuer')})?"
                                      f"{_OVER_MEASURE}(?:{vocab.alternation('report.over_task')}){_OVER_MEASURE}"
                                      f"|比(?:{vocab.alternation('task.whole_year_lead')})?"
                                      f"(?:{vocab.alternation('report.over_task')})(?:{vocab.alternation('report.over_by')}))\\d"))


# …全部完成建设,超额完成任务。 / 同样超额完成: the task said exceeded with no object or only 任务, closing its clause — the
# whole task done beyond its count, as 超额完成全年任务 is (words.toml report.over_done_close); not 超额完成一季度任务 or
# 超额完成序时进度 (an object of a part or a pace), nor denied (未能超额完成) or foretold (力争超额完成任务: case.in_forecast).
_OVER_DONE_CLOSE = _quick(re.compile(f"(?<![未没不能])(?:{vocab.alternation('report.over_done_close')})(?:了)?(?:任务)?"
                                     r"(?=[,;。!?，；]|$)"))


# 与年度计划持平, 与全年目标持平: the amount done said equal to the year's task — the whole year's task done, as an excess
# is (words.toml report.even_with; the year's word required: 与上年持平 is no plan, 基本持平 no equality).
_WHOLE_SCOPE_EVEN = _quick(re.compile(f"与(?:{vocab.alternation('task.whole_year_lead')})"
                                      f"(?:{vocab.alternation('report.over_task')})(?:{vocab.alternation('report.even_with')})"))


def _over_task(case: Case, norm: str) -> re.Match | None:
    """The task said exceeded by a figure (_WHOLE_SCOPE_OVER) or met to the figure (_WHOLE_SCOPE_EVEN), no forecast earlier in its sentence (预计全年培训2.4万人次，
    超任务4000人次: the excess forecast too)."""
    m = _WHOLE_SCOPE_OVER.search(norm) or _WHOLE_SCOPE_EVEN.search(norm)
    if m is None or case.in_forecast(m.start()):
        return None
    start = max((e.end() for e in _SENTENCE_END.finditer(norm, 0, m.start())), default=0)
    return None if _INTENTION_PLANNED.search(norm, start, m.start()) else m


# The year's task named first, then said done, the clause ending there (年度目标任务已全部完成，…; 全年任务均已顺利完成。):
# the same statement as 完成全年任务 in the other order; not 年度任务已完成80% (a share) nor a forecast (预计…完成).
# 已实现主城区退役士兵参加培训率80%的年度目标: the page says the year's target, a level it names with its figure, reached
# (words.toml level.reached_verb, level.target_after_rate) — the whole year's task, as 已完成全年目标任务 is (README rule
# question 50; a held level so reached stays on pace by _level_held_early).
_TARGET_REACHED = _quick(re.compile(f"(?<![未没])已(?:提前)?(?:{vocab.alternation('level.reached_verb')})"
                                    r"[^,;。，；:：\d]{0,24}?\d+(?:\.\d+)?%"
                                    f"(?:{vocab.alternation('level.target_after_rate')})" r"(?![的\d])"))


_WHOLE_SCOPE_DONE_AFTER = _quick(re.compile(r"(?:^|(?<=[,;。，；]))[^,;。，；\d]{0,4}?(?:" + "|".join(words("whole_scope"))
                                     + f")(?:已经?|{vocab.alternation('report.every_done_lead')})"
                                     f"(?:{vocab.alternation('completion.whole_manner')})?完成(?=[,;。，；]|$)"))


# 全面完成改厕任务, 道路硬化任务提前完成, 完成了…适老化改造任务: the task's own work named as a 任务 and said done, before
# or after its finishing word with at most its manner (completion.whole_manner, completion.on_schedule) — the whole task
# done (_own_task_done: the work's last two characters are the task's words; no period, batch or preparation in it).
_MANNER = f"(?:{vocab.alternation('completion.whole_manner', 'completion.on_schedule')})"
_OWN_TASK_DONE = _quick(re.compile(f"(?<![未没能将])(?:{_MANNER})?完成(?:了)?(?P<a>[^\\d,;。，；的:：]{{2,16}}?)任务(?![的量数\\d])"
                                   f"|(?:^|(?<=[,;。，；]))(?P<b>[^\\d,;。，；的:：]{{2,16}}?)任务(?:已经?|"
                                   f"{vocab.alternation('report.every_done_lead')})?{_MANNER}?完成(?=[,;。，；]|$)"))
_NOT_WHOLE_WORK = re.compile(f"(?:{vocab.alternation('report.part_period', 'report.part_of_work')})"
                             f"|第[一二三四五六七八九十\\d]+批|{pattern('preparing').pattern}")


def _own_task_done(case: Case, norm: str) -> re.Match | None:
    """The task's own work said done as a 任务 (_OWN_TASK_DONE): the work's last two characters stand in the task's
    text, and it names no part of the year, batch, share or preparation (完成上半年改造任务, 完成第一批改造任务, 完成前期
    工作任务); never inside a forecast, nor beside a clause saying the work only nearly done (基本完成。完成…任务)."""
    if any(clause_stage(norm[a:b]) == "nearly_done" for a, b in _spans(_CLAUSE, norm) if not case.in_forecast(a)):
        return None
    task = for_parsing(case.task_text)
    for m in _OWN_TASK_DONE.finditer(norm):
        work = _NON_WORD.sub("", m.group("a") or m.group("b") or "")
        if len(work) >= 2 and work[-2:] in task and not _NOT_WHOLE_WORK.search(work) \
                and not case.in_forecast(m.start()):
            return m
    return None


# A clause that is only the whole done (已全部完成, 均已全面完成): no object of its own.
# (目前已全部建成并投入使用: all of it, then a finishing word, in a clause)
_ALL_OF_DONE = re.compile(f"(?:{vocab.alternation('report.all_of')})(?:{vocab.alternation('completion.finish')})")
_BARE_ALL_DONE = _quick(re.compile(f"(?:已经?|{vocab.alternation('report.every_done_lead')})?(?:{vocab.alternation('report.all_of')})"
                                   f"(?:{vocab.alternation('completion.finish')})"))


# A clause that ends by saying every item of the task finished (两处厕所已全部完工, 目前均已完工, 路灯目前全部更换完毕):
# a word of all (words.toml report.all_said_done_lead) right before a finish (completion.finish, or a verb closed by
# 完毕 — 更换完毕, 安装完毕), nothing after it but 了.
_ALL_SAID_DONE = re.compile(f"(?:{vocab.alternation('report.all_said_done_lead')})"
                            f"(?:{vocab.alternation('completion.finish')}|[\u4e00-\u9fff]{{1,2}}完毕)了?$")
# 桩基, 地下室, 土方, 基础工程: a stage of the works a finish may name (words.toml stage.works_stage).
_WORKS_STAGE = re.compile(f"{_STAGE_WORK_STEP.pattern}|{vocab.pattern('stage.works_stage').pattern}")


def _works_stage_only(clause: str, task_text: str) -> bool:
    """The clause's finish names a stage of the works (项目已完成桩基工程, 地下室已完工: words.toml stage.works_stage,
    stage.work_step) that the task's own text does not name: the works at that stage, not the task done."""
    return any(m.group(0) not in task_text for m in _WORKS_STAGE.finditer(clause))
# Said as happened: 已 in the clause, or a word of now before the finish (目前全部更换完毕: report.closing_now).
_SAID_HAPPENED = re.compile(f"已|(?:{vocab.alternation('report.closing_now')})")
# A word of plan or forecast anywhere in the clause (计划下周全部更换完毕: intention.clause_lead).
_INTENT_WORD = re.compile(f"(?:{vocab.alternation('intention.clause_lead')})")


# A share of some work said done, the figure right after 完成 and a few words (路面铺设完成80%, 完成总工程量的85%).
_SHARE_UNDER = re.compile(r"完成[^,;。，；\d%]{0,10}?(\d+(?:\.\d+)?)\s*%")


def _all_said_done(case: Case, norm: str) -> tuple[int, int] | None:
    """A clause of the reply that says all the task's items finished (_ALL_SAID_DONE), not foretold, not denied and
    not of a step of the works (主体已全部完工 is the shell), while no clause of the reply is still under way, nearly
    done, preparing or not begun, none states a share of some work short of its whole (路面铺设完成80%) and the reply
    states no lag: the whole done.  The clause's span, or None."""
    if behind_cues(norm):
        return None
    spans = [(a, b) for a, b in _spans(_CLAUSE, norm) if norm[a:b].strip()]
    if any(clause_stage(norm[a:b]) in ("underway", "nearly_done", "preparing", "not_started") for a, b in spans):
        return None
    if any(0 < float(m.group(1)) < 100 and not case.in_forecast(m.start()) for m in _SHARE_UNDER.finditer(norm)):
        return None     # 路基和桥梁已全部完工，路面铺设完成80%: another of the works a share short of its whole
    for a, b in spans:
        clause = norm[a:b].strip(" 。.;；,，")
        if _ALL_SAID_DONE.search(clause) and _SAID_HAPPENED.search(clause) and not _INTENT_WORD.search(clause) \
                and not case.in_forecast(a) and not _FORECAST.search(clause) \
                and not negated_done(clause) and not _works_stage_only(clause, case.task_text) and not _PLAN_DRAFT.search(clause):
            return a, b
    return None


# A task that opens (within its first two characters: 制定出台…) with a verb of a one-off result (出台, 组建, 举办, 建成…).
_RESULT_TASK = re.compile(f"\\s*.{{0,2}}?(?:{vocab.alternation('completion.opened')}|{vocab.alternation('completion.must')})")


def _opens_done(case: Case, norm: str, first: tuple[int, int]) -> bool:
    """A task with no figure of its own that opens with a verb of a one-off result (出台…政策, 建成…平台, 组建…公司),
    not a process, whose reply opens by saying its object issued, opened, set up or held (_DONE_EVENT), no preparation
    in that clause, and no clause of the reply still under way, preparing or not begun: the figures after it count
    what the thing did since, not the task."""
    a, b = first
    clause = norm[a:b]
    if case.numeric or case.in_forecast(a) or _PROCESS_TASK.match(case.task_text) or not _RESULT_TASK.match(
            case.task_text) or not _DONE_EVENT.search(clause) \
            or _PREP_OBJECT.search(clause) or _PLAN_DRAFT.search(clause) or behind_cues(norm):
        return False
    return all(clause_stage(norm[x:y]) in (None, "done") for x, y in _spans(_CLAUSE, norm) if norm[x:y].strip())


# Opening a task's clause beside its object's: an aim the object serves (实现…统一管理, 确保…), no part of its own
# (words.toml task.aim_lead; task.process_lead's words too).
_AIM_CLAUSE = re.compile(f"\\s*(?:{vocab.alternation('task.aim_lead', 'task.process_lead')})")
_OWN_STEM = 3       # the last characters of the opening clause's subject that must stand in the task's text


def _opens_own_done(case: Case, norm: str) -> tuple[int, int] | None:
    """A reply that opens with the task's own object said done as a whole — its subject the object's name (its last
    three characters in the task: 区级…管理平台已建成并上线运行 for 建设…管理平台, 普查清查工作已圆满完成 for 完成…清查工作),
    no figure, no part, batch, period or step of the works in it (一期, 首批, 上半年, 主体, 装修) — for a task with no figure
    of its own whose other clauses are aims the object serves (实现…, 确保…): the figures after it count what the thing
    holds, not the task.  Not when any clause of the reply is under way, nearly done, preparing, pending or not begun,
    nor beside a lag or a forecast.  The opening clause's span, or None."""
    if case.numeric or behind_cues(norm):
        return None
    spans = [(a, b) for a, b in _spans(_CLAUSE, norm) if norm[a:b].strip()]
    if not spans or case.in_forecast(spans[0][0]):
        return None
    a, b = spans[0]
    clause = norm[a:b].strip()
    lead = _LABEL_ONLY_LEAD.match(clause)
    if lead:
        clause = clause[lead.end():]    # 截至8月31日：…: the date the reply speaks to is no part of its subject
    at = clause.find("已")
    dated = _PAST_DATE_LEAD.search(clause)
    if dated and (at < 0 or dated.start() <= at) and _date_passed(case, dated):
        at = dated.start()      # 急诊急救中心于6月18日建成并投入使用: a day already past said as 已 says it
        # (功能已于8月20日在…上线运行: the date after 已 set aside, 已 kept — statusd, stop 64)
        keep = "已" if clause.startswith("已", dated.start()) else ""
        clause = clause[:dated.start()] + keep + clause[dated.end():]
    subject = _NON_WORD.sub("", clause[:at]) if at > 0 else ""
    task = for_parsing(case.task_text)
    if len(subject) < _OWN_STEM or _DIGIT.search(clause) or subject[-_OWN_STEM:] not in task \
            or _NOT_WHOLE_WORK.search(subject) or _works_stage_only(clause, case.task_text) or _PLAN_DRAFT.search(clause) \
            or negated_done(clause) or clause_stage(clause) != "done":
        return None
    stem = subject[-_OWN_STEM:]
    if any(stem not in c and not _AIM_CLAUSE.match(c) for c in (x.strip() for x in _CLAUSE_MARK.split(task))
           if _NON_WORD.sub("", c)):
        return None     # 建设…平台，完成…改造: another part of the task, not answered by the object's finish
    if any(case.in_forecast(x) or clause_stage(norm[x:y]) not in (None, "done") for x, y in spans[1:]):
        return None
    return a, b


# The day a finish is dated to, with no 已 before it (于6月18日, 于2026年3月): past by the report's date it tells the
# finish as done; a day still to come is a plan (rule 2).
_PAST_DATE_LEAD = re.compile(r"(?:已经?)?于(?:(?P<year>\d{4})年)?(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})日)?")


def _date_passed(case: Case, m: re.Match) -> bool:
    """Whether the day matched (_PAST_DATE_LEAD) is on or before the report's date; a bare month counts as passed only
    when it ends before it."""
    (month, day), year = date_named(m), int(m.group("year")) if m.group("year") else None
    return case.day_reached(month, day, year) if day is not None else case.month_ended(month, year)


# The work said finished by a date or as scheduled, its clause ending there (已于2月底前完成, 已于3月15日全部完成, 已按期
# 完成): a completion statement, the date no figure of the work.
_DATED_DONE = re.compile(r"已经?(?:于(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|"
                         f"{vocab.alternation('time.month_part', 'time.month_opened_part')})?"
                         f"(?:{vocab.alternation('time.before')})?|(?:{vocab.alternation('completion.on_schedule')}))"
                         f"(?:{vocab.alternation('completion.whole_manner')})?"
                         f"(?:{vocab.alternation('completion.bare_finish')})$")
# Before that clause's subject: the cell's label, a month before it (3月推进情况：).
# 8月下旬完成新一轮轮换 (no 已, no 于): a month (and its part) first, then the bare finish and its object — the work
# finished at that date, its object read against the task as _DATED_DONE's subject is (statuse, stop 63).
_DATE_THEN_DONE = re.compile(r"(?:\d{4}年)?(?P<month>1[0-2]|[1-9])月(?:\d{1,2}日|"
                             f"{vocab.alternation('time.month_part', 'time.month_opened_part')})?"
                             f"(?:{vocab.alternation('time.before')})?已?(?:{vocab.alternation('completion.whole_manner')})?"
                             f"(?:{vocab.alternation('completion.bare_finish')})了?"
                             r"(?P<object>[\u4e00-\u9fff]{2,16})$")
_MONTH_SECTION_LEAD = re.compile(r"\s*(?:\d{1,2}月份?)?" + _SECTION_LABEL.pattern + r"\s*")
# The subject's generic head (核查工作, 该项工作): the work named by what comes before it.
_WORK_HEAD = re.compile(f"(?:{vocab.alternation('report.work_head')})$")
_THIS_ITEM = re.compile(f"^(?:{vocab.alternation('report.this_item')})")


# 完成…改造并开街, …并对外开放: a task asking the place opened or put to use after its works (words.toml completion.opened,
# forecast.use_result).
_THEN_OPENED = re.compile(f"并(?:正式)?(?:对外)?(?:{vocab.alternation('completion.opened', 'forecast.use_result')})")


def _opens_dated_done(case: Case, norm: str) -> tuple[int, int] | None:
    """A reply to a task with no figure of its own that opens by saying the task's work finished by a date or as
    scheduled (核查工作已于2月底前完成, 已按期完成: _DATED_DONE) — its subject none, the item as a whole, or the task's
    own work (its last two characters in the task, less a generic 工作), no part, batch or step of the works — then
    counts what the work covered (共核查机构540家，注销备案18家): the whole task done, its figures its content.  Not
    beside a lag, a forecast, or a clause still under way, preparing or not begun; for a task asking the place opened
    after its works (…并开街, 并对外开放), only with a later clause said done (8月25日正式开街，开街以来接待游客…).  The
    opening clause's span, or None."""
    if case.numeric or behind_cues(norm):
        return None
    spans = [(a, b) for a, b in _spans(_CLAUSE, norm) if norm[a:b].strip()]
    if len(spans) < 2 or case.in_forecast(spans[0][0]):
        return None
    a, b = spans[0]
    clause = norm[a:b].strip(" 。.")
    lead = _MONTH_SECTION_LEAD.match(clause) or _REPLY_LEAD.match(clause)
    clause = clause[lead.end():] if lead else clause
    done = _DATED_DONE.search(clause)
    dated = _DATE_THEN_DONE.fullmatch(clause) if done is None else None
    if dated and not negated_done(clause):
        # 8月下旬完成新一轮轮换 for 9月底前完成…轮换: the task's own work (the object's last two characters in the task,
        # no part, batch or step of the works) finished at a date, then what it covered.
        obj = dated.group("object")
        if case.month_to_come(month_number(dated.group("month"))):
            return None      # (a month still to come at the report's date: a plan, not work finished)
        if obj[-2:] not in for_parsing(case.task_text) or _NOT_WHOLE_WORK.search(obj) \
                or _works_stage_only(clause, case.task_text):
            return None
        done = dated
        subject = ""
    elif done is None or negated_done(clause):
        return None
    else:
        subject = _THIS_ITEM.sub("", _NON_WORD.sub("", clause[:done.start()]))
    if subject and subject not in vocab.words("report.whole_item_subject"):
        stem = _WORK_HEAD.sub("", subject)
        if len(stem) < 2 or stem[-2:] not in for_parsing(case.task_text) or _NOT_WHOLE_WORK.search(subject) \
                or _works_stage_only(clause, case.task_text):
            return None
    if any(case.in_forecast(x) or clause_stage(norm[x:y]) not in (None, "done") for x, y in spans[1:]):
        return None
    if _THEN_OPENED.search(for_parsing(case.task_text)) and not any(
            clause_stage(norm[x:y]) == "done" for x, y in spans[1:]):
        return None     # (完成体育馆改造并对外开放 answered 改造工程已于8月完工，投入…: the opening asked after it unsaid)
    return a, b


# The head of a reply's closing clause that speaks of the item as a whole (该项目已…, 工程已…, 现已…, 目前已经…, 已…
# for a task naming a project), or says its target exceeded (超额完成150座…的建设); words.toml report.whole_item_subject,
# report.closing_now.
_CLOSING_ALREADY = vocab.alternation("report.closing_already")
_CLOSING_HEAD = re.compile(f"(?:(?:{vocab.alternation('report.whole_item_subject')})?(?:{vocab.alternation('report.closing_now')})?"
                           f"(?:{_CLOSING_ALREADY})|超额完成)")
_CLOSING_NAMED = re.compile(f"^(?:{vocab.alternation('report.whole_item_subject')}|{vocab.alternation('report.closing_now')}|超额)")
_PROJECT_TASK = re.compile(f"(?:{vocab.alternation('report.project_noun')})" r"[。.;；\s]*$")
_BARE_CLOSE = re.compile(f"(?:{_CLOSING_ALREADY})(?:{vocab.alternation('report.closing_all')})?"
                         f"(?:{vocab.alternation('report.bare_close')})+")
_AFTER_FINISH = re.compile(f"(?:{vocab.alternation('report.after_finish')})")
_ACCEPTANCE = re.compile("验收")
_PART_PERIOD = re.compile(f"超额完成[^,;。，；]{{0,6}}(?:{vocab.alternation('report.part_period')})")


# After the task's own name, a count of its items and their noun before the word of done (…项目6家菜市场改造已完成).
_OWN_COUNTED = re.compile(r"\d+(?:\.\d+)?[^\d,;。，；已]{1,14}?(?=已)")


def _closes_done(case: Case, norm: str) -> tuple[int, int] | None:
    """A reply whose closing clauses say the item done as a whole — 该项目已于10月底完成, 工程已完工,已验收, 现已完工并投入
    使用, 目前已经全面竣工并交付使用 (a bare 已… only for a task naming a project: 已完成整治,已验收,已审计), or 超额完成150座…
    的建设 — after clauses that describe what it held, what it cost and who paid (总投资约260万元, 资金由街道负责): the
    whole task done.  A task with a figure of its own is answered by its figures; no clause of the reply under way, nearly
    done or not begun (steps after the finish — 验收, 审计, 结算, 交付使用 — excepted); a closing clause headed by a part's
    name (艳阳路西延:已于4月初完工) is a part, one headed by the task's own whole name (…清淤项目已完工并通过验收) the whole;
    a forecast, a denial or a lag is no whole done.  The span of the closing clauses, or None."""
    if case.numeric or behind_cues(norm) or _PART_PERIOD.search(norm):
        return None
    spans = [(a, b) for a, b in _spans(_CLAUSE, norm) if norm[a:b].strip()]
    head = None
    own = for_parsing(case.task_text).strip(" 。.;；,，")
    for k in range(len(spans) - 1, -1, -1):
        a, b = spans[k]
        clause = norm[a:b].strip()
        lead = _REPLY_LEAD.match(clause) if k == 0 else None
        if lead:
            clause = clause[lead.end():]     # 截至9月底：项目已竣工验收 — the cell's label, then the reply's own clause
        counted = _OWN_COUNTED.match(clause, len(own)) if len(own) >= 4 and clause.startswith(own) else None
        if len(own) >= 4 and clause.startswith(own) and (_CLOSING_HEAD.match(clause, len(own)) or (
                counted and _CLOSING_HEAD.match(clause, counted.end()))):
            head = k     # 城北河(…)清淤项目已完工并通过验收: the task's own name is the subject, as 该项目 is (its items
            break        # counted between, for a task with no figure of its own: …三年行动项目6家菜市场改造已完成)
        if _CLOSING_HEAD.match(clause):
            if not _CLOSING_NAMED.match(clause) and not (_PROJECT_TASK.search(case.task_text)
                                                         and _BARE_CLOSE.fullmatch(clause)):
                return None      # a bare 已… closes only a task naming a project, and only by the works as a whole
            head = k
            break
    if head is None:
        return None
    if any(m.group(0) not in case.task_text for m in _WORKS_STAGE.finditer(norm, *spans[head])):
        return None     # 项目已完成桩基工程: a step of the works done (stage.work_step), not the item, unless the task names it
    finished = False
    for k, (a, b) in enumerate(spans):
        clause = norm[a:b]
        stage = clause_stage(clause)
        after = bool(_AFTER_FINISH.search(clause))
        if k >= head:
            if case.in_forecast(a) or negated_done(clause) or _PREP_OBJECT.search(clause) and stage != "done":
                return None
            if stage not in (None, "done") and not after:
                return None
            if after and stage == "nearly_done" and _ACCEPTANCE.search(clause):
                return None     # 工程已完工，正在组织竣工验收: the acceptance still in hand — nearly done (rule question 21)
            finished = finished or stage == "done" or (after and stage is None)
        elif stage in ("underway", "nearly_done", "not_started") and not after:
            return None
    return (spans[head][0], spans[-1][1]) if finished else None


# A closing clause with no subject of its own that dates the finish of all before it (均于1月底前发放到位, 已于5月25日前
# 全部维护到位, 均已于6月20日前完成): words.toml report.dated_close_lead, then 于 and a date, before it or not, the whole
# manner (全部, 足额) and a finishing verb (report.dated_close_end).
_DATED_CLOSE = re.compile(f"(?:{vocab.alternation('report.dated_close_lead')})于(?:(?P<year>\\d{{4}})年)?"
                          r"(?P<month>1[0-2]|[1-9])月(?:(?P<day>\d{1,2})日|(?P<part>"
                          f"{vocab.alternation('time.month_part')}))?(?:{vocab.alternation('time.before')})?"
                          f"(?:{vocab.alternation('report.dated_close_manner')})*"
                          f"[\u4e00-\u9fff]{{0,4}}?(?:{vocab.alternation('report.dated_close_end')})")
_MONTH_END_PART = re.compile(f"(?:{vocab.alternation('time.month_part_late')})")


def _closes_dated_done(case: Case, norm: str) -> tuple[int, int] | None:
    """A reply to a task with no figure of its own whose last clause, with no subject of its own, dates the finish of
    what the clauses before it did (…，慰问困难群众1840户，均于1月底前发放到位; 共检修设施86处，已于5月25日前全部维护到位) — a
    date already reached at the report's date (a month's end once that day has come): the task's work done, its figures
    what it covered.  Not beside a lag or a forecast, nor when a clause before it is under way, nearly done, preparing or
    not begun, nor when the date is still to come (于7月底前全部发放到位 in June is a plan).  The closing clause's span."""
    if case.numeric or behind_cues(norm) or case.forecast_spans:
        return None
    spans = [(a, b) for a, b in _spans(_CLAUSE, norm) if norm[a:b].strip(" 。.")]
    if len(spans) < 2:
        return None
    a, b = spans[-1]
    m = _DATED_CLOSE.fullmatch(norm[a:b].strip(" 。."))
    if not m or negated_done(norm[a:b]):
        return None
    month, day = date_named(m)
    year = int(m.group("year")) if m.group("year") else None
    if m.group("part") and _MONTH_END_PART.fullmatch(m.group("part")):
        reached = case.month_end_reached(month) if year is None else case.month_ended(month, year)
    elif m.group("day"):
        reached = case.day_reached(month, day, year)
    else:
        reached = case.month_ended(month, year)    # 均于3月前…: the month named gone by
    if not reached:
        return None
    if any(clause_stage(norm[x:y]) not in (None, "done") for x, y in spans[:-1]):
        return None
    return a, b


# 四圩河整治项目完成后, 文化长廊建成后: a clause that is only the work's finish with 后 (words.toml report.done_then), and a
# word that makes what follows it a forecast (report.done_then_forecast: 建成后将成为…, 建成后可新增…).
_DONE_THEN = re.compile(f"(?:{vocab.alternation('report.done_then')})后$")
_DONE_THEN_FORECAST = vocab.pattern("report.done_then_forecast")
_DONE_THEN_FORECAST_JOINED = re.compile(f"(?:{vocab.alternation('report.done_then')})后[^,;。，；]{{0,2}}?"
                                        f"(?:{vocab.alternation('report.done_then_forecast')})")


def _done_then_result(case: Case, norm: str) -> tuple[int, int] | None:
    """A one-sentence reply that opens on the work's finish with 后 (…项目完成后, …长廊建成后) and goes on to what the
    work is now — no figure, no plan or forecast (report.done_then_forecast), no clause under way, nearly done,
    preparing or not begun: the finish is told as past, the whole task done (a task with no figure of its own).  The
    span of the sentence, or None."""
    if case.numeric or behind_cues(norm) or case.forecast_spans:
        return None
    sentences = [x for x in _spans(_SENTENCE, norm) if norm[x[0]:x[1]].strip(" 。.;；")]
    if len(sentences) != 1:
        return None
    a0, b0 = sentences[0]
    clauses = [(a, b) for a, b in _spans(_CLAUSE, norm) if a0 <= a < b0 and norm[a:b].strip(" 。.;；")]
    if len(clauses) < 2 or not _DONE_THEN.search(norm[clauses[0][0]:clauses[0][1]].strip()):
        return None
    for a, b in clauses[1:]:
        clause = norm[a:b]
        if _DIGIT.search(clause) or _DONE_THEN_FORECAST.search(clause) or clause_stage(clause) not in (None, "done"):
            return None
    return clauses[0][0], clauses[-1][1]


# 未发现问题, 未发生安全事故: a clause opening with nothing found or happened (words.toml report.nothing_found).
_NOTHING_FOUND = re.compile(f"(?:{vocab.alternation('report.nothing_found')})")
_BENEFIT_LEAD = re.compile(f"(?:{vocab.alternation('report.benefit_lead')})")


# 已完成。 | 100 |: a table flattened with its cells between bars, the statement's cell followed only by cells of a full
# share (100, 100%) whose header is lost — the page's own figure of the work done in full, which the statement closes.
_FULL_SHARE_CELL = re.compile(r"\s*(?:100(?:\.0+)?\s*%?\s*)?")


def _less_full_share_cells(text: str) -> str:
    """``text`` less the cells of a full share (or empty ones) closing it after bars (已完成。 | 100 | → 已完成。)."""
    cells = text.split("|")
    while len(cells) > 1 and _FULL_SHARE_CELL.fullmatch(cells[-1]):
        cells.pop()
    return "|".join(cells)


# 完成成效:完成任务 / 完成结果：超额完成 closing the row: a table's column of the verdict, with its header, says done.
_VERDICT_CELL_DONE = re.compile(f"(?:{vocab.alternation('report.verdict_label')})[:：]\\s*"
                                f"(?:{vocab.alternation('report.verdict_done')})[\\s。.;；]*$")


# 该项目已完成, 本工程已全部完工, 已完成: the item as a whole (report.whole_item_subject) said done, nothing else.
_OPENING_BARE_DONE = re.compile(f"(?:{vocab.alternation('report.whole_item_subject')})?{_BARE_DONE.pattern}")


def _opens_bare_done(case: Case, norm: str) -> tuple[int, int] | None:
    """The reply's first sentence only says the item done as a whole (该项目已完成。, 已全部完成。: report.whole_item_subject,
    report.done_lead and completion.bare_finish, no figure), then tells how, every other clause done or of no stage and
    one at least done (完成县医院等3家和7家…的
    创建): the span of that first sentence.  Not when a later clause is still under way, in preparation or not begun
    (该项目已完成。正在进行验收), nor a forecast."""
    first = next(((a, b) for a, b in _spans(_SENTENCE, norm) if norm[a:b].strip()), None)
    if first is None or case.in_forecast(first[0]) or not _OPENING_BARE_DONE.fullmatch(
            _STATEMENT_FILL.sub("", norm[first[0]:first[1]])):
        return None
    rest = [(a, b) for a, b in _spans(_CLAUSE, norm) if a >= first[1] and norm[a:b].strip()]
    if not rest or any(case.in_forecast(a) or clause_stage(norm[a:b]) not in (None, "done") for a, b in rest) \
            or not any(clause_stage(norm[a:b]) == "done" for a, b in rest):
        return None      # (已完成。 | 60: a bare share cell after it is no telling how: the share decides)
    return first


class WholeStatement(StatusRule):
    help_text = ("The cell is only a completion statement (已完成。, 已全部完成; in a table flattened between bars, followed "
                 "only by cells of a full share: 已完成。 | 100), or closes with a table's verdict column saying done "
                 "(完成成效:完成任务, 完成结果:超额完成), or states the whole year's task "
                 "done (全面完成全年任务, 已超额完成年度目标任务, 提前完成20条线路的年度目标任务), or names the task's own work as a 任务 "
                 "said done (全面完成改厕任务, 道路硬化任务提前完成: the work's last two characters in the task, no part of the "
                 "year, batch or preparation), or opens with the whole done (已全部完成，共…; a first sentence saying only the "
                 "item done, 该项目已完成。, then how, every later clause done or of no stage; one sentence done but for a "
                 "clause telling the good it does, 为群众提供…: report.benefit_lead), "
                 "or, for a task with no figure of its own, opens with its own object said done (…管理平台已建成并上线运行; with no 已, "
                 "finished on a day already past by the report's date, 血站新址于9月20日建成并投入使用 — a day still to come a plan; "
                 "the date the reply speaks to before its colon, 截至9月30日：, no part of the subject) and then what it holds, "
                 "or opens by saying the task's work finished by a date or as "
                 "scheduled (核查工作已于2月底前完成, 已按期完成: its subject none, the item, or the task's own work) and then "
                 "counts what the work covered (共核查机构540家，注销备案18家), "
                 "or closes with the item said done as a whole (该项目已于10月底完成, 项目已竣工验收 — a lead-in before a colon opening "
                 "the cell, the reporting unit, a section's label or the date it speaks to, 截至9月底：, being no part's name: "
                 "words.toml report.as_of_lead; a step of the works, stage.work_step, the task does not name being no item done; "
                 "a reply whose done clauses name only stages of the works the task does not name, 项目已完成桩基工程, "
                 "stage.works_stage, is the works at that stage, no whole done), "
                 "or, for a task with no figure of its own, closes with a clause of no subject of its own dating the finish "
                 "of all before it (…慰问困难群众1840户，均于1月底前发放到位; words.toml report.dated_close_lead, "
                 "report.dated_close_end), the date reached at the report's date (a date still to come is a plan), no clause "
                 "before it under way, "
                 "or, in one sentence, tells the work's finish as past and what the work is now (…项目完成后,现已成为…; "
                 "words.toml report.done_then — not when what follows is foretold: 建成后将成为…), "
                 "with no figure that answers a part: the whole task is completed, basis statement.  A sentence one of "
                 "whose clauses says an interim node of the plan done (提前一个月完成6月份节点任务, 按期完成上半年节点目标: "
                 "words.toml report.items_milestone) tells that node done, no whole.  A task that is only "
                 "a level or a rate to reach (污水处理率达到年度目标, 提高…保障标准: words.toml status.level_task_noun; no rate "
                 "of a step reached once, 开工率) so answered before its deadline is the level reached and held, the year "
                 "not over: on track (README rule question 17) — unless the level is a result reached once (a coverage, "
                 "a standard raised: words.toml level.result_noun, none of level.held_noun nor a word keeping it, "
                 "level.hold_verb), which is completed when reached (README rule question 50).  A works named by its generic "
                 "head (…提升工程, …改造项目: words.toml report.work_head) said finished by a date, then figures of what it holds "
                 "or how it is used since, is the whole done — for a task asking the place opened after its works (…并开街, "
                 "并对外开放) only with the opening said done in a later clause.")

    def judge(self, case):
        out = self._judge(case)
        if out is not None and out.status == "completed" and _level_held_early(case):
            # 污水处理率达到年度目标 answered before the year's end by 已完成全年目标任务: a level reached is held, the
            # year not over (README rule question 17) — on pace, not done.
            return Outcome("on_track", None, "statement", "报告称已达到年度目标水平，年度未结束，按保持判达进度",
                           out.evidence)
        return out

    def _judge(self, case):
        if _PACE_MET.search(for_parsing(case.progress)):
            return None          # 已完成序时进度 is a claim of pace (UnitStatement), not a completion
        if _SURVEY_REMEDY.search(case.task_text) and _survey_done(case.progress):
            return None          # 隐患排查已经结束 for 完成…排查整治: the survey done, the works it calls for not said
        if _task_set_apart(case):
            return None          # 除“X”项目…取消外,其余…均已完成 for X: the rest done, X cancelled (Cancelled)
        if len(case.numeric) == 1 and _is_level(case.numeric[0]) and case.numeric[0].value == 100 \
                and _COVERAGE_RATE.search(case.numeric[0].metric or "") and _FULL_COVERAGE.search(for_parsing(case.progress)):
            return None          # 已实现全面覆盖 for 覆盖率达到100%: the coverage rate held, no whole done (RateWithoutFigure)
        text = _STATEMENT_FILL.sub("", _less_full_share_cells(case.progress))
        m = pattern("completion_statement").fullmatch(text) or _BARE_DONE.fullmatch(text)
        if m:
            return Outcome("completed", None, "statement", "报告整项任务已完成",
                           [Evidence(case.progress.strip(), 0, len(case.progress.strip()))])
        verdict = _VERDICT_CELL_DONE.search(for_parsing(case.progress))
        if verdict and not case.in_forecast(verdict.start()):
            # 年度完成情况:…。完成成效:完成任务 — the table's own column of the verdict closing the row says done.
            return quoting(case, verdict.span(), "completed", "表中完成成效栏为完成")
        norm = for_parsing(case.progress)
        if any(not _past_lag(case, norm, m) for m in behind_cues(norm)):
            return None     # a lag of an earlier period (上半年…一度滞后) beside the whole said done does not stand
        # 全面完成全年任务 / 已超额完成年度目标: the statement's object is the whole year's task.
        scope = _WHOLE_SCOPE_DONE.search(norm) or _WHOLE_SCOPE_DONE_AFTER.search(norm) or _over_task(case, norm) \
            or _own_task_done(case, norm) or _OVER_DONE_CLOSE.search(norm) or _TARGET_REACHED.search(norm)
        if scope and (case.in_forecast(scope.start()) or any(
                m.start() < scope.end() and scope.start() < m.end() for m in negated_done(norm))):
            scope = None     # (未能全面完成全年任务: the whole denied)
        started = _starts_all_made(case, norm)
        if started:
            # 本年度计划新开工项目9个,已全部开工 for that count: every planned start made, the start target met whole.
            return quoting(case, started, "completed", "报告计划新开工项目已全部开工")
        if case.facts or case.forecast_spans:
            # Beside figures, the statement decides only when the figures answer no part (新增城镇就业6200人,
            # 已完成全年目标 against 新增就业岗位5000个); otherwise the figures are judged.
            span = scope.span() if scope else None
            said = "报告已完成全年目标任务，所报数字与目标口径不同"
            first = next(((a, b) for a, b in _spans(_CLAUSE, norm) if norm[a:b].strip()), None)
            if span is None and first and _BARE_ALL_DONE.fullmatch(norm[first[0]:first[1]].strip()) \
                    and not case.in_forecast(first[0]):
                span = first     # 已全部完成，共改造学校食堂103所: the reply opens by saying the whole is done
            if span is None:
                span = _opens_bare_done(case, norm)     # 该项目已完成。新建…: the item said done first, then how
                said = "报告该项已完成，其后所述为完成情况" if span else said
            if span is None and first and _opens_done(case, norm, first):
                span = first     # 政策已于9月印发实施，已兑现补贴860万元: the task's one object issued or opened first
            if span is None:
                span = _opens_own_done(case, norm)  # …管理平台已建成并上线运行，接入泊位3260个: the object done, then what it holds
                said = "报告任务本身的对象已整体完成，其后数字为其内容" if span else said
            if span is None:
                span = _opens_dated_done(case, norm)    # 核查工作已于2月底前完成，共核查机构540家: done by a date, then what it covered
                said = "报告任务工作已按期完成，其后数字为其内容" if span else said
            if span is None:
                span = _closes_done(case, norm)     # …总投资约260万元。该项目已于10月底完成: the item closed as a whole
            if span is None:
                span = _closes_dated_done(case, norm)   # …慰问困难群众1840户，均于1月底前发放到位: all done by a date
                said = "报告所列工作均已于期限前完成" if span else said
            if span is None:
                span = _all_said_done(case, norm)   # 两处厕所已全部完工; 目前均已完工。其中,完成…: every item said finished
            if span is None and first and case.in_forecast(first[0]):
                # 全年建设任务8个，目前已全部建成并投入使用: the task's count restated, then all of it said done in a
                # clause with no figure of its own — the whole done.
                after = next(((a, b) for a, b in _spans(_CLAUSE, norm) if a >= first[1] and norm[a:b].strip()), None)
                if after and not case.in_forecast(after[0]) and not _DIGIT.search(norm, after[0], after[1]) \
                        and _ALL_OF_DONE.search(norm, after[0], after[1]) and clause_stage(norm[after[0]:after[1]]) == "done":
                    span = after
                    said = "报告复述任务数后称已全部完成"
            if not span or SubTargets().judge(case) is not None:
                return None
            return quoting(case, span, "completed", said)
        # One sentence whose every clause says done (平台已上线运行, 已于5月成功举办).
        sentences = [x for x in _spans(_SENTENCE, norm) if norm[x[0]:x[1]].strip()]
        # (已全部完成，未发现问题: a clause that only says nothing was found or happened says no stage)
        # (完成了…改造提升工程，为群众提供健身场所: a clause of no stage telling the good the finish does says no work left)
        clauses = [norm[a:b] for a, b in _spans(_CLAUSE, norm) if norm[a:b].strip()
                   and not _NOTHING_FOUND.match(norm[a:b].strip())
                   and not (_BENEFIT_LEAD.match(norm[a:b].strip()) and clause_stage(norm[a:b]) is None)]
        # (实施细则初稿已完成: only a draft of it done, the document still ahead — no whole task done.)
        # (累计完成投资约六成: a share of the work done, not the whole — StatedRate's or the stage's to read.)
        # (文化长廊建成后将成为居民休闲的去处: the finish foretold, not done.)
        # (提前一个月完成6月份节点任务: an interim node of the plan done, not the task — no whole done.)
        lone = len(sentences) == 1 and clauses and all(clause_stage(c) == "done" and not _PLAN_DRAFT.search(c)
                                                       and not _NODE_DONE.search(c)
                                                       and not _SHARE_STATED.search(c)
                                                       and not _DONE_THEN_FORECAST_JOINED.search(c) for c in clauses)
        # (项目已完成桩基工程: every clause done, but each only a stage of the works the task does not name — the works
        # at that stage, read by the stage rules, not the whole done; a clause saying the item done beside it stands.)
        lone = lone and not all(_works_stage_only(c, case.task_text) for c in clauses)
        if not scope and not lone and not _closes_done(case, norm) and not _all_said_done(case, norm) \
                and not _closes_dated_done(case, norm) \
                and not _opens_bare_done(case, norm):
            then = _done_then_result(case, norm)
            if then is None:
                return None
            # 四圩河整治项目完成后,现已呈现全新面貌: the work's finish told as past, what it is now after it.
            return quoting(case, then, "completed", "报告项目完成后的现状，整项任务已完成")
        ev = case.progress.strip()
        return Outcome("completed", None, "statement", "报告整项任务已完成", [Evidence(ev, 0, len(ev))])


# 提前一个月完成6月份节点任务, 按期完成上半年阶段性目标: a clause saying an interim node of the plan done (words.toml
# report.items_milestone) — that node, not the task, is what is done.
_NODE_DONE = re.compile(f"完成[^,;。]{{0,8}}?(?:{vocab.alternation('report.items_milestone')})")


# 县以上城镇污水处理率达到年度目标, 提高城乡低保标准: a task whose only measure is a level or a rate held (words.toml
# status.level_task_noun), none of a step reached once (figure.building_rate: 开工率), no count or amount to reach.
_LEVEL_TASK_NOUN = vocab.pattern("status.level_task_noun")


def _level_held_early(case: Case) -> bool:
    """The task is a level or a rate to reach (_LEVEL_TASK_NOUN), no building rate, every target of it a level or a
    rate, and its deadline not come: a whole said done is the level reached, held until the year's end (rule question
    17), not the task completed."""
    task = for_parsing(case.task_text or "")
    reached = _TARGET_REACHED.search(for_parsing(case.progress))
    if case.expected < 100 and reached and held_level(reached.group(0)):
        return True         # 已实现…污水集中处理率95%的年度目标: a held level the page says reached, held (rule question 50)
    if case.expected >= 100 or not _LEVEL_TASK_NOUN.search(task) or _BUILDING_RATE.search(task) \
            or result_level(task, task):
        return False        # (提高…低保标准 said reached: a result reached once, completed — README rule question 50)
    return all(t.kind in ("ratio", "level", "growth_rate", "decline_rate") for t in case.targets)


def _starts_all_made(case: Case, norm: str) -> tuple[int, int] | None:
    """The span of 已全部开工 after 本年度计划新开工项目9个 when the task counts new starts (words.toml status.new_start_target)
    and the reply is that planned count with every item said begun (forecasts.starts_fulfilled), no other clause
    telling a stage short of begun."""
    if not _NEW_START_PLANNED.search(for_parsing(case.task_text)):
        return None
    clauses = [c for c in _spans(_CLAUSE, norm) if norm[c[0]:c[1]].strip()]
    for c, nxt in zip(clauses, clauses[1:], strict=False):
        if starts_fulfilled(norm, c, nxt):
            rest = [norm[a:b] for a, b in clauses if (a, b) not in (c, nxt)]
            if any(clause_stage(x) in ("not_started", "preparing") or _DIGIT.search(x) for x in rest):
                return None
            return nxt
    return None


class Cancelled(StatusRule):
    help_text = ("The report says the work or event was cancelled (停办, 取消举办, 该项目已取消, or a clause "
                 "closed by 取消 whose subject is the task's own object: 今年运动会取消), or an event of this year (举办, 召开…: "
                 "words.toml [completion.event_task]) put off to the next (推迟至明年, 改为明年举办: [forecast.put_off_lead] "
                 "before [forecast.next_year], or before a later year by its number, 调整至2026年举办 in 2025): not held this year, not started, and a person "
                 "should look — the deferral past its deadline is behind, before the deadline as well as at or after it: the "
                 "year's miss is certain once the reply says so (the lead's decisions D9, stop 52, and D11, stop 53); an event put off to a later month of the year once its own deadline has come (5月举办 read at 31 May: 延期至10月举办) is behind.  取消 with a count (取消证明材料56项) is the work itself; only some of it called off (部分场次取消, "
                 "个别活动取消: words.toml [report.only_some]) is no cancellation of the task.")

    def judge(self, case):
        m = next((c for c in pattern("cancelled").finditer(case.progress) if not _only_some(case.progress, c.start())
                  and not _counted_clause(case.progress, c.start())), None) or _cancelled_clause(case)
        if not m and _EVENT_TASK.search(case.task_text or ""):
            # 联赛原定8月开赛，因防汛任务重延期，改为明年举办: an event of this year put off to the next — not held this year.
            # (调整至2026年举办 in a report of 2025: a later year named by its number is the next as well)
            m = next((c for c in _PUT_OFF_TO_NEXT_YEAR.finditer(case.progress)
                      if not _only_some(case.progress, c.start()) and (not c.group("year") or (
                          case.as_of is not None and int(c.group("year")) > case.as_of.year))), None)
            if m:
                # 博览会改为明年5月举办, read at 31 December or in September: put off past its own deadline — deferral
                # keeps its own rule, behind, not a cancellation, whether or not the deadline has come: the reply makes
                # the year's miss certain (the lead's decisions D9, stop 52, and D11, stop 53;
                # bench/labels/status/README.md rule questions 30 and 33).
                return Outcome("behind", None, "statement", "报告该活动推迟至明年举办，本年度不能如期举办，判欠进度，需人工确认",
                               [Evidence(m.group(0), m.start(), m.end())], flags=["cancelled"])
            # 运动会延期至10月举办 for 5月举办, its month come: put off past its own deadline within the year — behind.
            late = next((c for c in _PUT_OFF_TO_MONTH.finditer(case.progress)
                         if not _only_some(case.progress, c.start())), None) if case.expected >= 100 else None
            if late and case.month_to_come(month_number(late.group("month"))):
                return Outcome("behind", None, "statement", "活动期限已到而报告延期至以后月份举办，判欠进度",
                               [Evidence(late.group(0), late.start(), late.end())])
        if not m:
            return None
        return Outcome("not_started", None, "statement", "报告该项工作已取消或停办，需人工确认",
                       [Evidence(m.group(0), m.start(), m.end())], flags=["cancelled"])


def _counted_clause(progress: str, at: int) -> bool:
    """The clause of a cancellation counts the items called off (另有4个因选址调整取消建设): some of the task's items,
    the rest of the count judged against the target less them (rules.judging._called_off), no cancellation of the task."""
    a = max((progress.rfind(c, 0, at) for c in ",;。!?，；！？\n"), default=-1) + 1
    return bool(_DIGIT.search(progress, a, at))


# An event put off to next year (推迟至明年举办, 改为明年举办, 延期到下一年度: words.toml [forecast.put_off_lead],
# [forecast.next_year]).
_PUT_OFF_TO_NEXT_YEAR = re.compile(f"(?:{vocab.alternation('forecast.put_off_lead')})[至到于在]?"
                                   f"(?:{vocab.alternation('forecast.next_year')}|(?P<year>(?:19|20)\\d{{2}})年)")
# An event put off to a later month (延期至10月举办, 推迟到11月: words.toml [forecast.put_off_lead]).
_PUT_OFF_TO_MONTH = re.compile(f"(?:{vocab.alternation('forecast.put_off_lead')})[至到于在]?"
                               r"(?P<month>1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])月")


# A clause that ends in 取消 (今年运动会取消, 该活动已被取消), not denied or planned before it.
_CANCELLED_END = re.compile(r"(?<![^,;。!?，；！？\n])[^,;。!?，；！？\n]*?(?<![未不没拟将])(?:被)?取消了?(?=\s*(?:[,;。!?，；！？\n]|$))")


# 除“X”项目因故取消外: an item set apart from the rest as the one cancelled (not 未取消, 拟取消).
_EXCEPT_CANCELLED = re.compile(r"除(?P<item>[^,;。!?，；！？\n]{2,60}?)(?<![未不没拟将])(?:被)?取消(?:了)?(?:以)?外")


def _task_set_apart(case: Case) -> re.Match | None:
    """除“X”…取消外 with X the task's own item: the one set apart from the rest as cancelled."""
    if "取消" not in (case.progress or ""):
        return None
    return next((m for m in _EXCEPT_CANCELLED.finditer(case.progress)
                 if _content_bigrams(m.group("item")) & _content_bigrams(case.task_text) and not case.in_forecast(m.start())),
                None)


def _cancelled_clause(case: Case) -> re.Match | None:
    """A clause closed by 取消 whose subject is the task's own object (its words) or a project or event
    (项目, 活动): the work cancelled.  A clause with a figure (37项审批事项已取消) counts the work done."""
    if "取消" not in (case.progress or ""):
        return None         # (every match names it: the pattern's lazy lead is not tried from each character)
    apart = _task_set_apart(case)
    if apart:
        return apart        # 除“开办…课堂”项目受疫情影响取消外,其余…均完成: the one item set apart as cancelled, the task
    for m in _CANCELLED_END.finditer(case.progress):
        clause = m.group(0)
        if _DIGIT.search(clause) or case.in_forecast(m.start()) or _REPORT_ONLY_SOME.search(clause):
            continue
        if _content_bigrams(clause) & _content_bigrams(case.task_text) or _CANCELLED_ITEM.search(clause):
            return m
    return None


def _only_some(text: str, at: int) -> bool:
    """The clause before ``at`` says only some of the work (部分, 个别, 少数)."""
    start = max((text.rfind(c, 0, at) for c in ",;。!?，；！？\n"), default=-1) + 1
    return bool(_REPORT_ONLY_SOME.search(text, start, at))


# Figures not yet published (统计数据尚未发布, 暂无法提供): no verdict, not work not begun.
_CANCELLED_ITEM = vocab.pattern("report.cancelled_item")


_NO_DATA = vocab.pattern("report.no_data")


# README rule question 46 (the lead's decision, stop 63): a round of service or a one-off activity (words.toml
# task.service_round, not an event to hold) whose start the reply dates by a forecast's lead and a month
# (intention.clause_lead or 定, 于, the month, a day or a part of it, then intention.service_round_start).
_SERVICE_ROUND_TASK = vocab.pattern("task.service_round")
# The round arranged for a quarter or a month (该项工作安排在三季度开展: words.toml intention.round_arranged_lead) is dated
# alike; a quarter runs from its first month to its last.
_SERVICE_ROUND_DATED = re.compile(rf"(?:{vocab.alternation('intention.clause_lead', 'intention.round_arranged_lead')}|定)"
                                  rf"于?(?:(?P<month>1[0-2]|[1-9])月份?|第?(?P<quarter>[一二三四])季度)"
                                  rf"(?:[1-3]?\d日)?(?:{vocab.alternation('time.month_part')})?[^,;。，；\d]{{0,10}}?"
                                  rf"(?:{vocab.alternation('intention.service_round_start')})")
# 12月开展。: the whole clause a month and the start verb, no lead — a round dated (only ever to a month to come).
_SERVICE_ROUND_BARE = re.compile(rf"\s*(?P<month>1[0-2]|[1-9])月份?(?:{vocab.alternation('time.month_part')})?"
                                 rf"(?:{vocab.alternation('intention.service_round_start')})\s*[。.]?\s*$")
_QUARTER_NUMBER = {"一": 1, "二": 2, "三": 3, "四": 4}
# 10月组织开展两癌筛查宣传活动: an activity to hold about the service, named after it in the task's phrase — an event
# (rule question 6), no round of service (words.toml task.service_round_event).
_SERVICE_ROUND_EVENT = re.compile(rf"(?:{vocab.alternation('task.service_round')})[^,;。，；、]{{0,10}}?"
                                  rf"(?:{vocab.alternation('task.service_round_event')})")
_SERVICE_ROUND_PREP = vocab.pattern("stage.service_round_prep", "stage.preparing", "stage.preparatory_object")
_SERVICE_ROUND_GOING = vocab.pattern("report.service_round_going")
# 承办股室：…, （科室：教育培训科）: a unit's field in the task names who does the work — its words (承办, 培训) are no event to
# hold and no round to give (words.toml task.lead_unit_label, task.cooperating_unit_label, task.unit_field_label).
_TASK_UNIT_FIELD = re.compile(rf"(?:{vocab.alternation('task.lead_unit_label', 'task.cooperating_unit_label', 'task.unit_field_label')})"
                              r"\s*[:：][^;；。)）】〕]*")
# 举办退役军人职业技能培训班3期: an event's verb holding a class of a round of service — the round, no event (words.toml
# task.service_round_held; README rule question 46).
_SERVICE_ROUND_HELD = re.compile(rf"(?:{vocab.alternation('completion.event_task')})[^,;。，；、:：]{{0,12}}?"
                                 rf"(?:{vocab.alternation('task.service_round_held')})")


def _round_task_words(task_text: str) -> str:
    """The task's own words for the round of service: its unit fields blanked (承办股室：…, 科室：教育培训科)."""
    return _TASK_UNIT_FIELD.sub(lambda m: " " * len(m.group()), for_parsing(task_text))


def _round_event_task(own: str) -> bool:
    """An event to hold in the task's own words (rule question 6) — not an event's verb holding a class of the round of
    service (举办…培训班: _SERVICE_ROUND_HELD, rule question 46)."""
    return any(not _SERVICE_ROUND_HELD.match(own, m.start()) for m in _EVENT_TASK.finditer(own))


def _prep_going(norm: str, a: int, b: int) -> bool:
    """A clause whose going-on words follow a word of the round's preparation and no word of the round after them
    (考生报名正在进行, 试题命题工作已启动): the preparation going on, not the round (README rule question 46)."""
    going = _SERVICE_ROUND_GOING.search(norm, a, b)
    prep = _SERVICE_ROUND_PREP.search(norm, a, b)
    return going is not None and prep is not None and prep.end() <= going.start() \
        and not _SERVICE_ROUND_TASK.search(norm, going.end(), b)


def _service_round_dated(case: Case) -> tuple[str, int, int] | None:
    """A task to give a round of service or a one-off activity (接种, 筛查, 体检, 培训, 调查: _SERVICE_ROUND_TASK; not an
    event to hold, rule question 6) before its deadline, whose reply dates the round's start by a forecast (定于10月开展,
    预计9月开始接种, 拟于6月启动, 安排在三季度开展 — a quarter from its first month to its last — or a clause of a month and the
    start verb alone, 12月开展, only ever read as a month to come) and says nothing else but its preparation (疫苗采购已完成, 正在做好接种点位和人员准备) or
    nothing at all — no figure done, no clause of the round begun or going on.  README rule question 46: the month after
    the report's and no later than the deadline, the round is not yet due — "later" (not started, not lagging); a month
    already passed with no word the round happened, or past the deadline within the year — "late" (behind, as rule
    question 18).  The kind and the span of the dating clause, or None (the month of the report itself: left to the
    other rules)."""
    own = _round_task_words(case.task_text or "")
    if case.as_of is None or not _SERVICE_ROUND_TASK.search(own) or _round_event_task(own) \
            or _missed_outright(case) or _SERVICE_ROUND_EVENT.search(own):
        return None
    if any(not case.in_forecast(f.fact.span[0]) for f in case.facts):
        return None
    norm = for_parsing(case.progress)
    dated = None
    for a, b in _spans(_CLAUSE, norm):
        if not norm[a:b].strip() or _SECTION_NONE.search(norm, a, b):
            continue        # (存在问题：无: a section saying there is none)
        m = _SERVICE_ROUND_DATED.search(norm, a, b)
        bare = _SERVICE_ROUND_BARE.fullmatch(norm, a, b) if m is None else None
        if m is not None and m.group("quarter"):
            q = _QUARTER_NUMBER[m.group("quarter")]
            dated = dated or (3 * q - 2, 3 * q, False, a, b)
            continue
        if m is not None or bare is not None:
            month = int((m or bare).group("month"))
            dated = dated or (month, month, bare is not None, a, b)
            continue
        if case.in_forecast(a):
            continue
        if _SERVICE_ROUND_GOING.search(norm, a, b) and not _prep_going(norm, a, b) or not (
                _SERVICE_ROUND_PREP.search(norm, a, b) or clause_stage(norm[a:b]) == "not_started"):
            return None     # the round itself under way, or a clause of something else than its preparation
    if dated is None:
        return None
    first, last, bare, a, b = dated
    if not bare and (case.month_ended(last) or case.after_deadline(first)):
        return "late", a, b
    return ("later", a, b) if case.month_to_come(first) else None


def _not_begun_beside_plans(case: Case) -> tuple[int, int] | None:
    """The row's furthest stage stands in a plan (排查工作尚未开展，计划7月进场: 进场 is planned), and every clause of the
    reply outside the plans that names a stage says the work not begun: that clause's span, else None (statusb, stop 56)."""
    r = case.row
    if r.stage_span is None or not case.in_forecast(r.stage_span[0]):
        return None
    # (an event to hold, 尚未启动，计划12月举办: the event itself not yet begun before its date, the event rules judge
    # it; its preparation said not begun, 艺术节计划于11月举办，筹备工作尚未启动, is nothing begun — not started, the
    # labels' rule question 19 before the deadline: words.toml completion.event_preparing; statusa, stop 59)
    event = bool(_EVENT_TASK.search(case.task_text or ""))
    norm = for_parsing(case.progress)
    found = None
    for a, b in _spans(_CLAUSE, norm):
        if case.in_forecast(a):
            continue
        st = clause_stage(norm[a:b])
        if st in (None, "active") or st == "underway" and pushed_aim_clause(norm[a:b]) \
                or st == "preparing" and in_cause(norm, a):
            # (工作推进缓慢: the work pushed on, no stage; …正在积极协调各部门加快推进项目实施: the unit's aim beside the
            # start not made; 受管线迁改影响: the cause of the delay, another's step — no stage of the work)
            continue
        if st != "not_started" or event and not _COMPLETION_EVENT_PREPARING.search(norm, a, b):
            return None
        found = found or (a, b)
    return found


class NotStarted(StatusRule):
    help_text = ("The report says work has not begun (暂未改造, 尚未启动) and reports nothing done: not started; once "
                 "the deadline has passed with all the work still to do, the task's deadline being to finish or to start "
                 "it (年内未能开工 at 31 December; 3月底前开工 still not begun at 30 June), seriously behind.  "
                 "Figures not yet published (统计数据尚未发布) are no verdict of the work.  A report whose every clause "
                 "forecasts, by its own words of intent, the start or beginning of the work (预计10月底开工建设, 计划于9月开工, "
                 "预计10月开展接种，11月底前完成: words.toml [forecast.start_word], [forecast.begin_word]), nothing done beside "
                 "it, is not started too (seriously behind once the deadline has passed) — not work going on (将继续开展, "
                 "按计划有序实施: [forecast.begin_not]), not a target's label restating it, and not a task to finish something "
                 "past mid-year, which StageAgainstDeadline calls behind.  On a task that is only levels to reach, a "
                 "survey or assessment still to come (满意度测评将于明年1月开展: words.toml [report.measure_pending]) is no "
                 "stage of the work: the level has no figure yet (RateWithoutFigure, unclear).  A stage reached only in a plan "
                 "(尚未开展，计划7月进场) is no stage of the work: the clauses outside the plans decide.  Nor is a step "
                 "another awaits, said not yet taken in a clause of cause (因省级申报通知尚未印发: stage.cause_lead), nor a "
                 "stage word naming a document not yet issued (申报通知尚未…: stage.not_begun_document).  A round of "
                 "service or a one-off activity (接种, 筛查, 体检, 培训, 调查, 普查, 排查: words.toml [task.service_round]; "
                 "no event to hold, nor an activity held about one, 两癌筛查宣传活动: [task.service_round_event]) whose start the reply dates by a forecast to a month after the report's and no later "
                 "than the deadline (定于10月开展, 预计9月开始接种, 将于11月1日正式开始), beside only its preparation "
                 "(疫苗采购已完成, 方案已制定, 正在做好接种点位和人员准备: [stage.service_round_prep]) or nothing, is not "
                 "started — not yet due, no lag; the dated month already passed with no word the round happened, or past "
                 "the deadline, behind (README rule question 46, the lead's decision, stop 63).")

    def judge(self, case):
        r = case.row
        only = _forecast_start_only(case)
        if _measure_pending(case, only if only is not None else r.stage_span if r.stage == "not_started" else None):
            return None          # 满意度测评将于明年1月开展 for 满意度达到90%: the level not measured yet (RateWithoutFigure)
        round_dated = _service_round_dated(case)
        if round_dated is not None:
            kind, a, b = round_dated
            if kind == "late":
                return Outcome("behind", 0.0 if case.numeric else None, "stage",
                               "报告所定的开展时间已过而无开展之说，或晚于任务期限，判欠进度", [case.quote(a, b)])
            return Outcome("not_started", 0.0 if case.numeric else None, "stage",
                           "报告定于期限前的后续月份开展，目前仅有准备，尚未开始，未滞后", [case.quote(a, b)])
        if only is not None:
            a, b = only
            if _missed_outright(case):
                return Outcome("seriously_behind", 0.0 if case.numeric else None, "stage",
                               "任务期限已过，报告仅有开工或启动的安排，尚未启动，判严重滞后",
                               [case.quote(a, b)])
            return Outcome("not_started", 0.0 if case.numeric else None, "stage", "报告仅有开工或启动的安排，尚未启动",
                           [case.quote(a, b)])
        span = r.stage_span if r.stage == "not_started" else _not_begun_beside_plans(case)
        if span is None or any(f.role in ("done", "started", "underway") for f in case.facts):
            return None
        if _NO_DATA.search(case.progress):
            return None
        if behind_cues(for_parsing(case.progress)):
            return None      # 尚未达到序时进度: begun, but behind (PaceStatement)
        s, e = span or (0, 0)
        if _missed_outright(case):
            # 年内未能开工 at 31 December, 尚未启动 after a 9月底前完成 deadline: nothing begun when the time is up.
            return Outcome("seriously_behind", 0.0 if case.numeric else None, "stage", "任务期限已过，报告尚未启动，判严重滞后",
                           [case.quote(s, e)])
        return Outcome("not_started", 0.0 if case.numeric else None, "stage", "报告尚未启动",
                       [case.quote(s, e)])


# 该指标为季度指标, 属年度考核指标, 按季度统计: the indicator is counted by the quarter or the year (words.toml
# report.periodic_indicator); 2022年全年…, 上年…: a sentence of an earlier year (report.earlier_year).
_PERIODIC = vocab.pattern("report.periodic_indicator")
_EARLIER_YEAR_WORD = vocab.pattern("report.earlier_year")
_YEAR_NAMED = re.compile(r"(?<!\d)(20\d\d)\s*年")
# 今年数据尚未发布, 2026年统计数据待明年公布: the period's own figure said not out yet (words.toml report.this_period,
# report.period_figure_noun, report.figure_not_yet, report.figure_published; a year by its number only the report's own).
_PERIOD_FIGURE_PENDING = re.compile(
    rf"(?:(?:{vocab.alternation('report.this_period')})|(?<!\d)(?P<year>20\d\d)\s*年)[^,;。，；\d]{{0,8}}?"
    rf"(?:{vocab.alternation('report.period_figure_noun')})[^,;。，；\d]{{0,4}}?"
    rf"(?:{vocab.alternation('report.figure_not_yet')})[^,;。，；\d]{{0,6}}?"
    rf"(?:{vocab.alternation('report.figure_published')})")


def _period_figure_pending(case: Case, norm: str) -> re.Match | None:
    """The reply's clause saying the period's own figure is not out yet (今年数据尚未发布; 2026年统计数据待明年公布 in a
    report of 2026), not in a forecast."""
    for m in _PERIOD_FIGURE_PENDING.finditer(norm):
        if case.in_forecast(m.start()):
            continue
        if m.group("year") and (case.as_of is None or int(m.group("year")) != case.as_of.year):
            continue
        return m
    return None
# 3项指标: a count of the indicators the reply names, right before 指标 (after the count's unit).
_INDICATOR_COUNT = re.compile(r"\s*指标")


class PeriodicIndicator(StatusRule):
    help_text = ("The reply says the task's indicator is counted by the quarter or the year (该指标为季度指标, 属年度考核"
                 "指标, 按季度统计: words.toml report.periodic_indicator) and gives no figure of the indicator's own "
                 "measure for the period — only another measure's (a sector's revenue for a GDP growth), an earlier "
                 "year's (2022年全年…, 上年…: report.earlier_year), the count of the indicators it names (…等3项指标按年度"
                 "统计) or none: the period's figure is not out, unclear, "
                 "neither on pace by the work described nor by the other figure.  So too a reply saying the period's own "
                 "figure is not out yet (今年数据尚未发布, 2026年统计数据待明年公布 in a report of that year: words.toml "
                 "report.this_period, report.figure_not_yet, report.figure_published) beside only an earlier year's "
                 "figure (2025年末…为13.6件): that figure is no answer to this year's level (rule 6).")

    def judge(self, case):
        norm = for_parsing(case.progress)
        said = _PERIODIC.search(norm)
        reason = "报告称该指标按季度或年度统计，本期数据尚未出，无法判断"
        if said is None or case.in_forecast(said.start()):
            said = _period_figure_pending(case, norm)
            reason = "报告称本期数据尚未公布，所报仅为往年数据，无法判断"
        if said is None:
            return None
        names = [t.metric for t in case.numeric if t.metric] or [case.task_text]
        for f in case.facts:
            m = f.fact
            if case.in_forecast(m.span[0]) or self._earlier(case, norm, m.span[0]) \
                    or _INDICATOR_COUNT.match(norm, m.span[1]):
                continue    # (城镇登记失业率等2项指标按季度统计: the count of the indicators named, no figure of one)
            if any(len(_content_bigrams(m.metric) & _content_bigrams(n)) >= 2 for n in names):
                return None     # the indicator's own figure for the period: the figure rules judge it
        return quoting(case, said.span(), "unclear", reason, "none")

    @staticmethod
    def _earlier(case, norm: str, at: int) -> bool:
        start = _sentence_start(norm, at)
        sentence = norm[start:at]
        if _EARLIER_YEAR_WORD.search(sentence):
            return True
        years = [int(y) for y in _YEAR_NAMED.findall(sentence)]
        return bool(years) and case.as_of is not None and max(years) < case.as_of.year


# 预计10月底开工建设, 文旅局预计6月启动项目建设, 预计10月开展接种: a start or a beginning forecast (words.toml
# [forecast.start_word], [forecast.begin_word]); 继续, 持续 (words.toml [forecast.begin_not]) go on with work begun.
_BEGIN_FORECAST = vocab.pattern("forecast.start_word", "forecast.begin_word")
_BEGIN_NOT = vocab.pattern("forecast.begin_not")


def _begin_forecast(norm: str, a: int, b: int) -> bool:
    """The clause ``norm[a:b]`` forecasts by its words of intent the start or beginning of the work, no figure after the
    word (预计10月底开工建设, 4个口袋公园即将开工建设; not a plan's count, 计划新开工项目25个)."""
    m = _BEGIN_FORECAST.search(norm, a, b)
    return m is not None and bool(_FORECAST.search(norm[a:b])) and not _DIGIT.search(norm, m.end(), b)


_MEASURE_PENDING = vocab.pattern("report.measure_pending")


def _measure_pending(case: Case, span: tuple[int, int] | None) -> bool:
    """A task that is only levels to reach (满意度达到90%以上: every indicator a ratio) whose reply, with no figure, says
    the survey or assessment measuring it is still to come or not begun, in the clause of ``span`` (words.toml
    report.measure_pending): the level has no figure yet — no stage of the work."""
    if span is None or case.facts or not case.numeric or any(t.kind != "ratio" for t in case.numeric):
        return False
    norm = for_parsing(case.progress)
    a = max((x for x, _ in _spans(_CLAUSE, norm) if x <= span[0]), default=0)
    b = min((y for _, y in _spans(_CLAUSE, norm) if y >= span[1]), default=len(norm))
    return bool(_MEASURE_PENDING.search(norm, a, b))


def _forecast_start_only(case: Case) -> tuple[int, int] | None:
    """The report's every clause a forecast, no fact and no stage of its own outside them, and one of them forecasts
    the start or beginning of the work by its own words of intent (预计10月底开工建设; 预计10月开展接种，11月底前完成; not a
    target's label restating it, 全年目标：实施…, nor a plan's count after the word, 计划新开工项目25个): nothing has
    begun — the first such clause.  A task that must finish something past mid-year is left to StageAgainstDeadline (its start forecast
    only is behind there)."""
    if case.facts or not case.forecast_spans:
        return None
    norm = for_parsing(case.progress)
    clauses = [(a, b) for a, b in _spans(_CLAUSE, norm) if norm[a:b].strip()]
    if not clauses or not all(case.in_forecast(a) for a, _ in clauses):
        return None
    begun = [(a, b) for a, b in clauses if _begin_forecast(norm, a, b) and not _TARGET_LABEL.match(norm, a)]
    if not begun or any(_BEGIN_NOT.search(norm, a, b) for a, b in clauses):
        return None
    if _start_forecast_only(case, norm) is not None:
        return None
    return begun[0]


_NEGATED = re.compile(f"(?:{vocab.alternation('report.negation_before')})[^,;。，；而因致使]{{0,3}}$")


# A forecast that the work will finish (or start) only next year, on a task of this year: a lag the unit
# states itself (主体正在施工, 预计明年3月竣工 for 年内建成投用).
_LATE_FORECAST = re.compile(f"(?:{vocab.alternation('forecast.late_lead')})"
                            f"[^,;。，；]{{0,12}}?(?:{vocab.alternation('forecast.next_year')})"
                            f"[^,;。，；]{{0,12}}?(?:{vocab.alternation('forecast.late_result')})")


@cache
def _late_forecast_by_year(year: int) -> re.Pattern:
    """_LATE_FORECAST with next year by its number (预计2021年6月投入使用 in a report of 2020)."""
    return re.compile(f"(?:{vocab.alternation('forecast.late_lead')})[^,;。，；]{{0,12}}?{year + 1}年"
                      f"[^,;。，；]{{0,12}}?(?:{vocab.alternation('forecast.late_result')})")


@cache
def _put_off_result(year: int | None) -> re.Pattern:
    """The result itself put off to next year, the result before the deferral (项目开工调整至2027年, 竣工时间推迟至明年,
    投用延期到下一年度: words.toml forecast.late_result, then forecast.put_off_lead before forecast.next_year or the next
    year by its number): the deferral of the year's result, a lag the reply states (README rule questions 30, 33)."""
    later = vocab.alternation('forecast.next_year') + (f"|{year + 1}年" if year else "")
    return re.compile(f"(?:{vocab.alternation('forecast.late_result')})[^,;。，；]{{0,4}}?"
                      f"(?:{vocab.alternation('forecast.put_off_lead')})[至到于在]?(?:{later})")


# The rest of a count put off or arranged for next year (其余800株安排在明年春季栽植, 余120亩…调整至明年, 剩余部分留待今冬明春):
# a clause opened by the rest (words.toml figure.rest_lead, or a bare report.rest_bare before a numeral), then in its
# sentence an arrangement or deferral (forecast.rest_arranged_lead, forecast.put_off_lead) before next year
# (forecast.next_year, forecast.next_spring) — README rule question 33: the year's count cannot be finished this year.
_REST_TO_NEXT_YEAR = re.compile(
    f"(?:^|(?<=[,;。，；\\s]))(?:{vocab.alternation('figure.rest_lead')}|"
    f"(?:{vocab.alternation('report.rest_bare')})(?=[\\d一二三四五六七八九十两]))[^;。；!?！？]{{0,30}}?"
    f"(?:{vocab.alternation('forecast.rest_arranged_lead', 'forecast.put_off_lead')})[至到于在]?(?:今冬)?"
    f"(?:{vocab.alternation('forecast.next_year', 'forecast.next_spring')})")


def _rest_to_next_year(case: Case, norm: str) -> re.Match | None:
    """The rest of the task's count put off or arranged for next year (_REST_TO_NEXT_YEAR), not in a forecast of
    the whole and not beside the count already reached (SubTargets: completed)."""
    m = next((x for x in _REST_TO_NEXT_YEAR.finditer(norm) if not case.in_forecast(x.start())), None)
    if m is None:
        return None
    figures = SubTargets().judge(case)
    if figures is not None and figures.status == "completed":
        return None
    return m


# README rule question 41: a forecast of next year ending on the thing's use (预计明年6月投入使用, 计划2027年春季开放) for a task
# to build that names no use (建成…中心, 新建…馆; not 建成投用, 建成并投入使用, 建成开放): a 建成 target asks the works finished,
# not their use, so the forecast tells no lag — the works' stage decides (words.toml forecast.use_result, forecast.build_task).
_USE_FORETOLD_END = re.compile(f"(?:{vocab.alternation('forecast.use_result')})$")
_USE_NAMED_IN_TASK = re.compile(f"{vocab.alternation('forecast.use_result')}|{pattern('use_target').pattern}")
_BUILD_ASKED = vocab.pattern("forecast.build_task")


def _use_foretold_of_build(case: Case, m: re.Match) -> bool:
    """A late forecast (_LATE_FORECAST) of the use only of works a task asks to build, the task naming no use."""
    task = for_parsing(case.task_text or "")
    said = m.group(0) + ("使用" if m.string.startswith("使用", m.end()) and m.group(0).endswith("交付") else "")
    # (交付使用 is the use; 交付 alone, a handover of the works, is not)
    return bool(_USE_FORETOLD_END.search(said) and _BUILD_ASKED.search(task) and not _USE_NAMED_IN_TASK.search(task))


# A forecast of the task's result in a later month of the year than its own deadline (预计8月上线试运行 for 上半年上线运行,
# 计划7月底完工 for 6月底前完工): the unit itself says the deadline will be missed.
_FORECAST_MONTH = re.compile(f"(?:{vocab.alternation('forecast.late_lead')})"
                             r"[^,;。，；\d]{0,8}?(?<![\d年至\-—~～])(?P<month>1[0-2]|[1-9])月(?![\d]{1,2}[日号])"
                             r"[^,;。，；\d]{0,10}?"
                             f"(?P<verb>{vocab.alternation('forecast.late_result', 'forecast.late_result_month')})")


# 上线时间调整至11月, 投用时间推迟到10月: the date of a result moved (forecast.put_off_lead) to a month of the year, the
# result named before its date (…时间) rather than after the month (statusa, stop 64).
_DATE_MOVED_MONTH = re.compile(f"(?P<verb>{vocab.alternation('forecast.late_result', 'forecast.late_result_month')})"
                               r"时间[^,;。，；\d]{0,4}?"
                               f"(?:{vocab.alternation('forecast.put_off_lead')})[至到]?"
                               r"(?<![\d年\-—~～])(?P<month>1[0-2]|[1-9])月(?![\d]{1,2}[日号])")


def _forecast_past_deadline(case: Case, norm: str) -> re.Match | None:
    """A forecast (_FORECAST_MONTH) of a result the task itself asks for (its verb in the task), at a month after the
    task's own deadline within the report's year, while that deadline falls before the year's end; or the date of such
    a result said moved to that month (上线时间调整至11月 for 9月底前…上线运行: _DATE_MOVED_MONTH)."""
    if case.as_of is None or case.due_month == 12:
        return None
    task = for_parsing(case.task_text or "")
    for m in [*_FORECAST_MONTH.finditer(norm), *_DATE_MOVED_MONTH.finditer(norm)]:
        if case.after_deadline(int(m.group("month"))) and m.group("verb") in task:
            return m
    return None


# An office naming the units that have not finished their task (未完成建设任务的县区为…).
# 同比增长3.2%，塌目标1.8个百分点; 同比下降37.8%，塌目标47.8个百分点: a growth or a fall in its sentence, then the target
# missed by points (words.toml report.short_of_target).
_SHORT_OF_TARGET = re.compile(f"(?:(?P<grow>{vocab.alternation('report.short_growth_word')})|"
                              f"(?P<fall>{vocab.alternation('report.short_fall_word')}))"
                              r"[^。;；!?]{0,6}?-?\d+(?:\.\d+)?%[^。;；!?\d]{0,8}?"
                              f"(?:{vocab.alternation('report.short_of_target')})" r"(?=\d)")
_DECLINE_TASK = vocab.pattern("report.decline_task")


def _growth_short(case: Case, norm: str) -> tuple[str, re.Match] | None:
    """A rate in the reply said to miss its target by points (_SHORT_OF_TARGET), not foretold: behind, and seriously
    behind when the rate is a fall and the task is no fall of its own (下降37.8%，塌目标47.8个百分点 for 固定资产投资)."""
    for m in _SHORT_OF_TARGET.finditer(norm):
        if case.in_forecast(m.start()):
            continue
        fall = m.group("fall") is not None and not _DECLINE_TASK.search(case.task_text)
        return ("seriously_behind" if fall else "behind"), m
    return None


_UNFINISHED = re.compile(f"未(?:能)?(?:{vocab.alternation('report.unfinished_manner')})?完成" r"[^,;。，；:：]{0,8}?"
                         f"(?:{vocab.alternation('task.goal_noun')})")


# 如不能按期完成将…, 若年内无法竣工: a condition before a denied finish in its clause (words.toml completion.negation_if).
_IF = re.compile(f"(?:{vocab.alternation('completion.negation_if')})")


def _failed_finish(case: Case, norm: str) -> tuple[str, re.Match] | None:
    """A clause that says the finish failed or cannot be met (年内未能竣工, 未能如期建成, 没有按期投用; clauses.failed_finish),
    not in a plan nor after a condition (如不能按期完成将…), with no later clause saying the work done after all (9月未能完工，已于12月建成投用): behind."""
    clauses = [(a, b) for a, b in _spans(_CLAUSE, norm) if norm[a:b].strip()]
    for i, (a, b) in enumerate(clauses):
        m = next((m for m in negated_done(norm, a, b) if failed_finish(norm, m)), None)
        if m is None or case.in_forecast(m.start()) or _NEGATED.search(norm, a, m.start()) \
                or _IF.search(norm, a, m.start()) or norm[max(a, m.start() - 1):m.start()] == "如":
            continue
        if any(clause_stage(norm[c:d]) == "done" and not case.in_forecast(c) for c, d in clauses[i + 1:]):
            continue
        return "behind", m
    return None


# An office's verdict for several items it names at once: the names listed before a count of items (A、B、C等3项), or
# quoted (“A”“B”, “A”、“B”).
_ITEMS_BEHIND = vocab.pattern("report.items_behind")
_ITEMS_DONE = vocab.pattern("report.items_done")
# 有15项民生工程完成任务，分别是A、B: a verdict of done with no 已 (words.toml report.items_done_plain), never right after a
# word of partial, failed or planned work (部分完成任务, 未完成任务, 确保完成任务: report.items_done_plain_not_after), nor
# before a share of it (完成任务的60%, 完成任务量过半, 完成目标进度的80%).
_ITEMS_DONE_PLAIN = re.compile("".join(f"(?<!{re.escape(w)})" for w in vocab.words("report.items_done_plain_not_after"))
                               + f"(?:{vocab.alternation('report.items_done_plain')})(?![的量率进\\d])")
_ITEMS_DONE_ANY = re.compile(f"{_ITEMS_DONE.pattern}|{_ITEMS_DONE_PLAIN.pattern}")
_ITEMS_ON_PACE = vocab.pattern("report.items_on_pace")
_ITEMS_AHEAD = vocab.pattern("report.items_ahead")
_ITEMS_MILESTONE = vocab.pattern("report.items_milestone")
# (其余33项均按序时推进: the rest's count between 其余 and its verdict)
_ITEMS_REST = re.compile("|".join(re.escape(w).replace("其余", r"其余(?:\d+\s*[项件个])?", 1)
                                  for w in vocab.longest_first(vocab.words("report.items_rest_on_plan"))))
_ITEMS_OFFICE = vocab.pattern("report.items_office")
# (A、B、C等9个项目, 等7项工作, or with no count 等事项: the list closed by its items' noun, report.items_list_noun)
_LIST_NOUN = vocab.alternation("report.items_list_noun")
# (A、B、C 12大项; A、B等小项: the list's own size word before its count's 项, words.toml report.items_list_size)
_LIST_SIZE = vocab.alternation("report.items_list_size")
_ITEM_LIST = re.compile(r"((?:[^、,，:：;；。“”\"]{2,24}、)+[^、,，:：;；。“”\"]{2,24}?)"
                        r"(?:等?(?:\d+|[一二两三四五六七八九十]+)\s*(?:(?:" + _LIST_SIZE + r")?[项件]|个(?=" + _LIST_NOUN + r"))"
                        r"|等(?=" + _LIST_NOUN + r"))")
# 其中第一次会议、第二次会议、第三次会议确定事项全部完成: three names or more closed by their items' noun and the office's
# verdict of done straight after, with no count (words.toml report.items_done); the word opening the list
# (report.items_list_opening) is no part of the first name.
_ITEM_LIST_DONE = re.compile(f"(?:{vocab.alternation('report.items_list_opening')})?"
                             r"((?:[^、,，:：;；。“”\"]{2,24}、){2,}[^、,，:：;；。“”\"]{2,24}?)"
                             f"(?=(?:{_LIST_NOUN})?(?:{vocab.alternation('report.items_done')}))")
# 有11项进度滞后，分别为A、B、C: the items after a lead word, up to the clause's end (等 closing it).
_ITEM_LEAD = vocab.pattern("report.items_list_lead")
_ITEM_LIST_END = re.compile(r"[,，;；。]")
_ITEM_QUOTED = re.compile(r"[“\"]([^”\"]{2,24})[”\"]")
# 5项未完成进度(A、B、C、D、E): a count of items and the office's verdict, the items named in brackets after it.
_ITEM_COUNTED = re.compile(r"(?<![\d一二两三四五六七八九十])(?:\d+|[一二两三四五六七八九十]+)[项件](?P<verdict>"
                           f"{vocab.alternation('report.items_behind')}|{vocab.alternation('report.items_done')}"
                           f"|{vocab.alternation('report.items_counted_on_pace', 'report.items_on_pace')}"
                           r")[^(（,，;；。]{0,6}[(（]([^()（）]{4,})[)）]")
# 推进缓慢的有3(A、B、C); 进度滞后的项目有5个（A、B…）: the office's verdict first, then 的有 and the count of the items
# it fits, named in brackets — the same list as 3项推进缓慢(A、B、C), the verdict never after 未/不/没 (未完成 is behind).
_VERDICT_THEN_COUNT = re.compile(r"(?<![未不没])(?P<verdict>"
                                 f"{vocab.alternation('report.items_behind')}|{vocab.alternation('report.items_done')}"
                                 f"|{vocab.alternation('report.items_counted_on_pace', 'report.items_on_pace')}"
                                 r")的(?:" + _LIST_NOUN + r")?有(?:\d+|[一二两三四五六七八九十]+)\s*(?:[项件]|个(?:"
                                 + _LIST_NOUN + r")?)?\s*[(（]([^()（）]{4,})[)）]")
_ITEM_TITLE_END = re.compile(r"[:：,，。;；]")
# 因政策调整取消1项(A), 取消1项工作(A): a count of items taken off the year's list, named in brackets (words.toml report.items_withdrawn).
# (拟取消1项(A)的收费功能: planned, and only a part of A — no withdrawal.)
_ITEM_WITHDRAWN = re.compile(f"(?<![拟将])(?:{vocab.alternation('report.items_withdrawn')})了?"
                             r"(?:\d+|[一二两三四五六七八九十]+)[项件]"
                             f"(?:{vocab.alternation('report.items_withdrawn_noun')})?"
                             r"[(（]([^()（）]{2,})[)）](?!的)")


_QUOTES = re.compile(r"[“”\"]")
# 主城核心区景观亮化等2个项目已经完工: one name, then 等 and a count of two or more items (N个项目, N项) — the one named
# of a list the reply counts.
_ITEM_ONE_COUNTED = re.compile(r"([^、,，:：;；。“”\"]{2,24}?)等(?:[2-9]|\d{2,}|[二两三四五六七八九十]+)\s*"
                               r"(?:(?:" + _LIST_SIZE + r")?[项件]|个(?=" + _LIST_NOUN + r"))")


def _items_named(text: str) -> list[str]:
    """The items a sentence or clause names as a list: at least two, quoted or before their count.  Quotes inside the
    names (“四带一自”产业扶贫工程、“四好农村路”建设、老旧小区整治12大项) are read through: the quoted words are then
    pieces of the names, not the list."""
    quoted = _ITEM_QUOTED.findall(text)
    plain = _QUOTES.sub("", text)
    m = _ITEM_LIST.search(plain) or _ITEM_LIST_DONE.search(plain)
    listed = [n.strip() for n in m.group(1).split("、")] if m else []
    led = _led_names(text)
    if len(quoted) >= 2 and len(listed) <= len(quoted):
        # 分别是“四带一自”产业扶贫工程、党建引领扶贫工程、“四好农村路”建设: quotes inside the names of a list after
        # its lead word are pieces of the names, not the list
        if len(led) > len(quoted) and all(any(q in n for n in led) for q in quoted):
            return [_QUOTES.sub("", n) for n in led]
        return quoted
    if listed:
        return listed
    return led


def _led_names(text: str) -> list[str]:
    """The names after a list's lead word (有11项进度滞后，分别为A、B、C), up to the clause's end, 等 closing it."""
    lead = _ITEM_LEAD.search(text)
    if lead is None:
        return []
    listed = _ITEM_LIST_END.split(text[lead.end():], maxsplit=1)[0].lstrip(":：").strip()
    names = [n.strip() for n in listed.removesuffix("等").split("、")]
    return names if len(names) >= 2 and all(2 <= len(n) <= 24 for n in names) else []


def _counted_verdicts(norm: str, a: int, b: int) -> list[tuple[list[str], str, int, int]]:
    """The counted lists of a sentence, each with its own verdict: 3项完成进度(A、B、C)、5项未完成进度(D、E…) — on
    pace, behind or done by the words after the count (a finish word after 未/不/没 is behind, never on pace); or the
    verdict before 的有 and the count (推进缓慢的有3(A、B、C): _VERDICT_THEN_COUNT)."""
    out = []
    for m in [*_ITEM_COUNTED.finditer(norm, a, b), *_VERDICT_THEN_COUNT.finditer(norm, a, b)]:
        names = [n.strip() for n in m.group(2).removesuffix("等").split("、")]
        if len(names) < 2 or not all(2 <= len(n) <= 24 for n in names):
            continue
        verdict = m.group("verdict")
        status = ("behind" if _ITEMS_BEHIND.fullmatch(verdict) else "completed" if _ITEMS_DONE.fullmatch(verdict)
                  else "on_track")
        out.append((names, status, m.start(), m.end()))
    return out


def _item_verdicts(norm: str) -> list[tuple[list[str], str, int, int]]:
    """(items named, status, start, end) of each sentence, or clause of a sentence giving both verdicts, that names
    several items and gives them one verdict (behind: 未达到序时进度, 未完成; completed: 已完成)."""
    out = []
    for a, b in _spans(_SENTENCE, norm):
        counted = _counted_verdicts(norm, a, b)
        if counted:
            out.extend(counted)
            continue
        units = [(a, b)]
        verdicts = (("behind", _ITEMS_BEHIND), ("completed", _ITEMS_DONE_ANY), ("on_track", _ITEMS_ON_PACE),
                    ("ahead", _ITEMS_AHEAD))
        kinds = {k for k, rx in verdicts if rx.search(norm, a, b)}
        if len(kinds) > 1 or len(_ITEM_LIST.findall(_QUOTES.sub("", norm[a:b]))) > 1:
            units = list(_spans(_CLAUSE, norm[:b]))
            units = [(x, y) for x, y in units if x >= a]
        pending = None
        for x, y in units:
            text = norm[x:y]
            said = [k for k, rx in verdicts if rx.search(text)]
            if not said:
                # A、B、C 12大项, D、E等小项已提前完成全年任务: a list closed by its count with no verdict of its own
                # takes the verdict of the list that follows it in the next clause.
                names = _items_named(text)
                pending = (names, x) if len(names) >= 2 and _ITEM_LIST.search(_QUOTES.sub("", text)) else None
                continue
            if len(said) != 1:
                pending = None
                continue
            names = _items_named(text)
            if len(names) < 2:
                one = _ITEM_ONE_COUNTED.search(_QUOTES.sub("", text))
                names = [one.group(1).strip()] if one else []
            if names:
                out.append((names, said[0], x, y))
                if pending:
                    out.append((pending[0], said[0], pending[1], y))
            pending = None
    return out


def _names_task(names: list[str], task: str) -> bool:
    """One of the names is the task's own: in its text, or its title (before a colon) in the name."""
    task = for_parsing(task)
    title = _ITEM_TITLE_END.split(task, 1)[0].strip()
    bare = _NON_WORD.sub("", task)
    return any(len(n) >= 2 and (_NON_WORD.sub("", n) in bare or len(title) >= 4 and title in n
                                or _named_by_core(_NON_WORD.sub("", n), bare)) for n in names)


_ITEM_NAME_TAIL = re.compile(f"(?:{vocab.alternation('report.item_name_tail')})$")


def _named_by_core(name: str, bare_task: str) -> bool:
    """社区食堂建设 for 新建社区食堂10家: the name less the kind of work closing it (words.toml report.item_name_tail), at
    least four characters, in the task."""
    core = _ITEM_NAME_TAIL.sub("", name)
    return core != name and len(core) >= 4 and core in bare_task


def _whole_share_after_listed_parts(case: Case, norm: str, pos: int) -> bool:
    """A share closing a list of several works' figures in its sentence (完成人工种草0.8万亩、退化草原修复2万亩、草原围栏
    1.1万亩,完成全年任务的48.2%), the task one of the works, its own figure answering it in the list: the share is the
    whole's, of all the works the list gives, not the task's — its figure decides (SubTargets)."""
    if len(case.numeric) != 1:
        return False
    sentence = next(((a, b) for a, b in _spans(_SENTENCE, norm) if a <= pos < b), None)
    if sentence is None:
        return False
    part = next(p for p in case.parts if p.indicator is not None)
    own = [f for fs in _assign(case).values() for f in fs if sentence[0] <= f.fact.span[0] and f.fact.span[1] <= pos
           and not f.weak and _match(part, f) >= threshold("match")]
    if len(own) != 1:
        return False
    unit = _unit_of(own[0].fact)
    listed = [f for f in case.facts if sentence[0] <= f.fact.span[0] and f.fact.span[1] <= pos
              and _unit_of(f.fact) == unit and not vocab.is_rate(f.fact.unit)]
    if len(listed) < 3 or own[0] not in listed:
        return False
    # the figures joined by 、 in one run, the share right after its last clause
    joined = all(_ENUMERATION_COMMA.match(norm, x.fact.span[1]) for x in listed[:-1])
    return joined and not _DIGIT.search(norm, listed[-1].fact.span[1], pos)


_ENUMERATION_COMMA = re.compile(r"\s*、")


def named_done_apart(case: Case, norm: str, start: int) -> bool:
    """The task named among the items an office says done (A、B、C 3个项目全面完成任务: _item_verdicts, completed) in
    another sentence than the clause at ``start``, whose own sentence does not name the task (D及E 2个项目预计9月底前
    开工): that clause speaks of other items of the office's list, not of the task (guarding.WorksForecast)."""
    here = next(((a, b) for a, b in _spans(_SENTENCE, norm) if a <= start < b), None)
    if here is None or _names_task([_NON_WORD.sub("", norm[here[0]:here[1]])], case.task_text) \
            or _NON_WORD.sub("", for_parsing(case.task_text)) in _NON_WORD.sub("", norm[here[0]:here[1]]):
        return False
    return any(status == "completed" and not here[0] <= x < here[1] and not case.in_forecast(x)
               and _names_task(names, case.task_text) for names, status, x, _ in _item_verdicts(norm))


def _counted_list_share(case: Case, norm: str, pos: int) -> bool:
    """A share right after an office's counted list, in its sentence with no figure between (推进缓慢的有3(A、B、C),占目标
    任务的30%; 5项未完成进度(A、B…),占比25%): the share is the list's part of the programme, whether or not the list
    names the task, never the task's own progress — the list's verdict decides for a task it names (ItemsNamed)."""
    here = next(((a, b) for a, b in _spans(_SENTENCE, norm) if a <= pos < b), None)
    if here is None:
        return False
    return any(y <= pos and not _DIGIT.search(norm, y, pos) for _, _, _, y in _counted_verdicts(norm, *here))


def _listed_apart(case: Case, norm: str, pos: int) -> bool:
    """The task named in an office's list with its own verdict in another sentence than the one at ``pos``
    (A、B、C确定事项全部完成;D确定事项44项,完成43项,完成率97.7% for C): what stands at ``pos`` is another item's."""
    if not _ITEMS_OFFICE.search(norm):
        return False
    here = next(((a, b) for a, b in _spans(_SENTENCE, norm) if a <= pos < b), None)
    return here is not None and any(not (here[0] <= x < here[1]) and not case.in_forecast(x)
                                    and _names_task(names, case.task_text) for names, _, x, _ in _item_verdicts(norm))


# 新推出集成服务事项15个 answered “A”“B”2个事项已上线，“C”等5个事项正在联调: where the task counts its own items by an
# office's word (事项, 重点项目: words.toml report.items_office), the reply's count of such items is the unit's work on them,
# no office's list over a programme — the word before a count's classifier, or after one (事项15个, 15个事项), in both
# (or after the rest's word, 其余事项: words.toml report.the_rest).  A count's first digit only (no run entered midway).
_COUNT_START = r"(?:(?<![\d.])\d+|(?<![一二两三四五六七八九十])[一二两三四五六七八九十]+)"
_OWN_COUNT_BEFORE = re.compile(rf"(?:{_COUNT_START}\s*[个项件]|(?:{vocab.alternation('report.the_rest')}))\s*$")
_OWN_ITEMS_TASK = re.compile(rf"(?P<before>{vocab.alternation('report.items_office')})\s*(?<![\d.])\d+\s*[个项件]"
                             rf"|(?<![\d.])\d+\s*[个项件][^,，。;；:：]{{0,12}}?(?P<after>{vocab.alternation('report.items_office')})")


def _office_word(norm: str, task: str) -> re.Match | None:
    """The first office's word in the reply that is not the task's own items counted (see _OWN_ITEMS_TASK)."""
    own = {m.group("before") or m.group("after") for m in _OWN_ITEMS_TASK.finditer(for_parsing(task))}
    for m in _ITEMS_OFFICE.finditer(norm):
        if not (m.group(0) in own and _OWN_COUNT_BEFORE.search(norm, max(0, m.start() - 12), m.start())):
            return m
    return None


class ItemsNamed(StatusRule):
    help_text = ("An office's verdict given to several items it names at once (A、B、C等3项未达到序时进度; 未达到序时"
                 "进度的事项有：“A”“B”; A、B 2项已提前完成年度任务; A、B等事项推进不够理想; A、B等事项完成情况较好; in a "
                 "sentence giving several verdicts, the clause): the task named among them (or by its name's core, 社区食堂建设 "
                 "for 新建社区食堂10家) takes that verdict — behind or completed, basis statement; on pace where the list "
                 "goes well, basis unit_statement; ahead, basis statement, where the office names it among those "
                 "running faster (A、B等项目进展较快: words.toml report.items_ahead), and behind where among those "
                 "it says need speeding up (需要加快推进).  Named among those done where the thing done is an interim "
                 "milestone (已提前完成上半年节点目标: words.toml report.items_milestone): ahead when early (提前), "
                 "otherwise on pace.  Done may be said with no 已 (有15项民生工程完成任务，分别是A、B: words.toml "
                 "report.items_done_plain), never after 部分, 基本, 未 or a plan word.  A list closed by its count is the office's with no office's word beside it (A、B、C 8大项; A、B等小项; one "
                 "name with 等 and a count, A等3个项目已经完工), quotes inside its names read through; a list so closed "
                 "with no verdict of its own takes the verdict of the list in the next clause (A、B 8大项,C、D等小项已提前"
                 "完成全年任务).  "
                 "A task not named: "
                 "on pace where the office says the rest are on plan (其余均按计划推进, basis unit_statement), "
                 "unclear where the reply says nothing else; otherwise the other rules decide.  A task named in "
                 "brackets after a count of items taken off the year's list (因政策调整取消1项(A): words.toml "
                 "report.items_withdrawn) was withdrawn, not left undone: unclear, and a person should look.  An "
                 "office's word the task itself counts its own items by (集成服务事项15个 answered “A”等2个事项已上线, 其余"
                 "事项) makes no office's list: the items are the unit's own, read by the figures (statusd, stop 67).")

    def judge(self, case):
        norm = for_parsing(case.progress)
        withdrawn = next((m for m in _ITEM_WITHDRAWN.finditer(norm) if not case.in_forecast(m.start())
                          and _names_task([n.strip() for n in m.group(1).removesuffix("等").split("、")],
                                          case.task_text)), None)
        if withdrawn:
            x, y = withdrawn.span()
            return Outcome("unclear", None, "none", "督查通报本项已调整取消，无进度可判，需人工确认",
                           [case.quote(x, y)], flags=["cancelled"])
        office = _office_word(norm, case.task_text)
        plain = _QUOTES.sub("", norm)
        if not office and not _ITEM_COUNTED.search(norm) and not _VERDICT_THEN_COUNT.search(norm) \
                and not _ITEM_LIST.search(plain) \
                and not _ITEM_ONE_COUNTED.search(plain):
            return None      # (a list closed by its count, A、B、C 12大项 or A等2个项目, is counted as an office's is)
        found = [v for v in _item_verdicts(norm) if not case.in_forecast(v[2])]
        if not found:
            return None
        mine = {(status, x, y) for names, status, x, y in found if _names_task(names, case.task_text)}
        if not office and not mine:
            return None      # a counted list with no office's word: read only for a task it names (5项未完成进度(A、B…))
        if len({status for status, _, _ in mine}) == 1:
            status, x, y = min(mine, key=lambda v: v[1])
            if status == "completed" and _ITEMS_MILESTONE.search(norm, x, y):
                # 已提前完成上半年节点目标: an interim milestone done, not the year's task — ahead when early
                status = "ahead" if "提前" in norm[x:y] else "on_track"
            said = {"behind": "未达到进度或未完成", "completed": "已完成", "on_track": "进展较好", "ahead": "进展较快"}[status]
            if _ITEMS_MILESTONE.search(norm, x, y) and status in ("ahead", "on_track"):
                said = "已完成阶段节点目标"
            return quoting(case, (x, y), status, "督查通报点名本项" + said,
                           "statement" if status != "on_track" else "unit_statement")
        if mine:
            return None
        rest = _ITEMS_REST.search(norm)
        if rest:
            return quoting(case, rest.span(), "on_track", "督查通报未点名本项，称其余事项均按计划推进", "unit_statement")
        listed = sum(y - x for _, _, x, y in found)
        if listed >= 0.6 * len(norm.strip()) and _NON_WORD.sub("", for_parsing(case.task_text)) not in _NON_WORD.sub("", norm):
            return Outcome("unclear", None, "none", "督查通报点名的事项不含本项，无可判断内容", [])
        return None


def _count_reached_apart(case: Case, norm: str, at: int) -> bool:
    """The task's own figure reached by the reply's figures (SubTargets: completed, basis figures), the first figure it
    reads in another sentence than the late forecast at ``at`` (实际新增412张养老床位。南湖养老院核定床位90张，…计划2022年4月
    竣工 for 新增400张养老床位): the forecast is of a building the count came from or will add to, not the task's finish."""
    figures = SubTargets().judge(case)
    if figures is None or figures.basis != "figures" or figures.status != "completed" or not figures.evidence:
        return False
    sentence = next(((a, b) for a, b in _spans(_SENTENCE, norm) if a <= at < b), None)
    return sentence is not None and not sentence[0] <= figures.evidence[0].start < sentence[1]


class PaceStatement(StatusRule):
    help_text = ("The report, or the office's bulletin, says the work is not on pace (未达序时, 进度滞后, 进展缓慢, "
                 "相对较慢) or names a unit that has not finished its task (未完成…任务), or says a growth missed its target by points "
                 "(同比增长3.2%，塌目标1.8个百分点): behind, basis statement; 严重滞后, or a fall said to miss a growth "
                 "target (下降37.8%，塌目标47.8个百分点), → seriously behind.  A negated mention (未出现进度滞后) or one inside a plan (力争扭转…) "
                 "does not count, nor one that a later clause says has since been caught up (进度已追上序时: "
                 "words.pace_caught_up).  Work paused at the end of its clause (线下培训暂停) is a lag where no figure "
                 "answers the task; where one does, the figure decides.  A finish foretold past the deadline in "
                 "another sentence than the figure that reaches the task's own count (实际新增412张养老床位。…养老院…计划"
                 "明年4月竣工) is of a source of the count, no lag: the figures decide.  A result the task asks for foretold in a later month of "
                 "the year than the task's own deadline before the year's end (预计8月上线试运行 for 上半年上线运行): behind, the unit's own "
                 "word that the deadline will be missed.  The use only foretold for next year (预计明年6月投入使用, 交付使用, "
                 "开放) of works a task asks to build and not to use (建成…中心, not 建成投用 or 建成并开放) is no lag: a 建成 "
                 "target asks the works finished, and their stage decides (README rule question 41).  The rest of the task's count put "
                 "off or arranged for next year (其余800株安排在明年春季栽植, 余120亩…调整至明年, 剩余…留待今冬明春: words.toml "
                 "figure.rest_lead or report.rest_bare, then forecast.rest_arranged_lead or forecast.put_off_lead before "
                 "forecast.next_year or forecast.next_spring), the count not reached: behind whatever the share done, the year's "
                 "miss made certain (README rule question 33).")

    def judge(self, case):
        norm = for_parsing(case.progress)
        found = None
        for key, status in (("seriously_behind_statement", "seriously_behind"), ("behind_statement", "behind")):
            found_ = pattern(key).finditer(norm) if key != "behind_statement" else behind_cues(norm)
            for m in found_:
                if not case.in_forecast(m.start()) and not _NEGATED.search(norm[:m.start()]) \
                        and not _caught_up_after(case, norm, m.end()):
                    found = found or (status, m)
        if found is None:
            m = next((m for m in _UNFINISHED.finditer(norm) if not case.in_forecast(m.start())), None)
            if m is not None:
                found = ("behind", m)
        if found is None:
            found = _growth_short(case, norm)
        if found is None:
            found = _failed_finish(case, norm)
        if found is None and not case.task_for_later_year():
            # 项目开工调整至2027年 for 开工建设… of this year: the result itself put off past the year — behind, a deferral
            # keeping its own rule (rule question 30: behind, not missed outright, at or after the deadline as before it).
            put_off = next((x for x in _put_off_result(case.as_of.year if case.as_of else None).finditer(norm)
                            if not case.in_forecast(x.start()) and not _only_some(norm, x.start())), None)
            if put_off is not None and not _count_reached_apart(case, norm, put_off.start()):
                found = ("behind", put_off)
        if found is None and not case.task_for_later_year():
            # 已补植5200株；其余800株安排在明年春季栽植: the rest of the count arranged for next year — the year's count
            # cannot be finished this year, behind (README rule question 33), whatever the share done against the pace.
            rest = _rest_to_next_year(case, norm)
            found = ("behind", rest) if rest is not None else None
        if found is None and not case.task_for_later_year():
            late = [*_LATE_FORECAST.finditer(norm), *(_late_forecast_by_year(case.as_of.year).finditer(norm) if case.as_of else ())]
            # 主体结构已封顶…预计明年6月投入使用 for 建成…中心: the use foretold, not the works — no lag told (rule question 41).
            m = next((x for x in late if not _use_foretold_of_build(case, x)), None)
            if m is not None and _count_reached_apart(case, norm, m.start()):
                return None     # 实际新增412张养老床位。南湖养老院…计划2022年4月竣工: the count reached, the forecast of a source of it
            if m is not None:
                found = ("behind", m)
                # 施工图正在审查，计划明年3月开工 at the year's end for 年内开工…: the deadline passed with only the
                # preparation done is missed outright, whatever is forecast (rule question 19).
                missed = StageAgainstDeadline().judge(case) if _missed_outright(case) else None
                if missed is not None and missed.status == "seriously_behind":
                    return missed
        if found is None:
            m = _forecast_past_deadline(case, norm)
            found = ("behind", m) if m is not None else None
            # (its deadline come with only the preparation done: missed outright, as a forecast of next year is above)
            missed = StageAgainstDeadline().judge(case) if m is not None and _missed_outright(case) else None
            if missed is not None and missed.status == "seriously_behind":
                return missed
        if found is None:
            return None
        status, m = found
        if status == "behind" and not pattern("halted").search(norm) and _missed_outright(case):
            # 工作推进缓慢。物探尚未开展。 after the task's own 6月底前: a word of slowness said of work with nothing begun
            # once its deadline has passed is no cap on a task missed outright (rule question 19), as a forecast past
            # the deadline is above.  A halt or deferral (暂缓实施, 项目暂缓) keeps its own rule: behind (rule question 30).
            # (a stage reached only in a plan, 原计划12月底前开通…项目还未正式动工: the clauses outside the plans decide,
            # as NotStarted reads them — _not_begun_beside_plans)
            r = case.row
            span = r.stage_span if r.stage == "not_started" else _not_begun_beside_plans(case)
            if span is not None and not (span[0] < m.end() and m.start() < span[1]) \
                    and not any(f.role in ("done", "started", "underway") for f in case.facts):
                a, b = span
                return Outcome("seriously_behind", 0.0 if case.numeric else None, "stage",
                               "任务期限已过，报告称进展缓慢且尚未启动，判严重滞后", [case.quote(a, b)])
            missed = StageAgainstDeadline().judge(case)
            if missed is not None and missed.status == "seriously_behind":
                return missed
        # Figures that put the work behind too decide the degree (完成3条, 进度滞后: seriously behind).
        figures = SubTargets().judge(case)
        if figures is not None and figures.basis == "figures" and figures.status in ("behind", "seriously_behind"):
            return figures
        if figures is not None and figures.basis == "figures" and _PAUSED_END.fullmatch(m.group(0)):
            # 上半年现场讲座暂停,改为网络授课60期: one way of the work paused, the figures of the rest decide.
            return figures
        clause = clause_around(norm, *m.span())
        if figures is not None and figures.basis == "figures" and _past_period(case, norm[clause[0]:m.start()]):
            # 年初因征地问题推进较慢,目前已明显加快,累计完成9.5公里: a lag of an earlier period; the figures decide.
            return figures
        if figures is not None and figures.basis == "figures" and _SUB_UNIT.search(norm[clause[0]:m.start()]):
            # 全市已完成168公里…C县进度较慢: one county lags; the figure of the whole decides the task.
            figures.flags = [*figures.flags, "conflict"]
            return figures
        flags = ["conflict"] if figures is not None and figures.basis == "figures" and figures.status in (
            "completed", "ahead") else []
        return Outcome(status, None, "statement", f"报告称{case.progress[m.start():m.end()]}，判{status_word(status)}",
                       [case.quote(*m.span())], flags=flags)


# A ledger row closed by its status cell (办理状态：办结, 办理结果：已办结; not 未办结), a note in brackets allowed after it.
_LEDGER_CLOSED = re.compile(f"(?:{vocab.alternation('report.ledger_status_label')})[:：]\\s*"
                            f"(?:{vocab.alternation('report.ledger_closed')})\\s*(?:[（(][^）)]*[）)])?[\\s。.;；]*$")


# An office's class given to the row: the row put in a class by its quoted name (本项列入“有一定进度”类, 本项为“达到时序
# 进度”, 列入“已完成”一档), or a class heading opening the row, its items counted after it (二是有一定进度的实事项目11个; the
# page names the items elsewhere) — judging.toml words.class_assign_lead, words.class_some_progress.
_CLASS_ASSIGNED = re.compile("(?:" + "|".join(words("class_assign_lead")) + ")\\s*[“\"「『]"
                             r"(?P<c>[^”\"」』,;。:]{2,16})[”\"」』]")
_CLASS_HEADING = re.compile(r"^\s*(?:(?:[一二三四五六七八九十]+是|[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．])\s*)?"
                            "(?P<c>" + "|".join(words("class_some_progress")) + ")的"
                            r"[^,;。:\d]{0,8}?(?:" + "|".join(words("class_item_noun")) + ")")


class OfficeClass(StatusRule):
    help_text = ("The office's class given to the row: the row put in a class by its quoted name (本项列入“有一定进度”类, "
                 "本项为“达到时序进度”; judging.toml words.class_assign_lead), or a class heading of some progress opening "
                 "the row with its items counted after it (二是有一定进度的实事项目11个,占比达27.5%, the page naming the "
                 "items elsewhere).  A class of some progress only (有一定进度, 有一定进展: judging.toml "
                 "words.class_some_progress), or of a lag in words (进度滞后), is the office's class below those on pace: "
                 "behind, basis statement; a class of normal progress (达到时序进度, 正常推进: words.unit_statement) on pace, "
                 "basis unit_statement; a class of done (已完成: words.class_done) completed, basis statement.  The other classes the page "
                 "lists beside it in brackets (各项任务分“已完成”“达到时序进度”“有一定进度”三档) are not the row's, and a share "
                 "after a heading (占比达27.5%) is the class's part of the programme, not the item's progress.  A unit's "
                 "own 已有一定进度 in a sentence, no class, is not read here.")

    def judge(self, case):
        norm = for_parsing(case.progress)
        m = _CLASS_ASSIGNED.search(norm) or _CLASS_HEADING.search(norm)
        if m is None or case.in_forecast(m.start()):
            return None
        name = m.group("c")
        a, b = m.span()
        ev = [case.quote(a, b)]
        if pattern("class_some_progress").fullmatch(name) or (
                m.re is _CLASS_ASSIGNED and any(True for _ in behind_cues(name))):
            return Outcome("behind", None, "statement", "督查通报将本项列入有一定进度（未达序时）一类，判欠进度", ev)
        if m.re is not _CLASS_ASSIGNED:
            return None
        if pattern("unit_statement").fullmatch(name):
            return Outcome("on_track", None, "unit_statement", "督查通报将本项列入达到序时进度一类，判达进度", ev)
        if pattern("class_done").fullmatch(name):
            return Outcome("completed", None, "statement", "督查通报将本项列入已完成一类，判已完成", ev)
        return None


class LedgerClosed(StatusRule):
    help_text = ("A ledger of supervised items (督办事项办理情况台账: 办理时限：… 办理情况：… 办理状态：…) whose row closes with "
                 "the item marked closed (办理状态：办结; words.toml report.ledger_status_label, report.ledger_closed) is "
                 "the office's verdict that the item is done: completed, basis statement (a rectification ledger's 整改状态：已完成，"
                 "已销号 the same) — read after the statements of a "
                 "cancellation, of nothing begun and of a lag (停办 or 暂缓 beside 办结 keep their own rules), and only where "
                 "no figure answers a target short of it and the task is no zero target (“零违停” is reached only by the zero "
                 "said: a clear fall marked closed is no zero).  未办结 says nothing by itself: the rest of the row is read.")

    def judge(self, case):
        norm = for_parsing(case.progress)
        m = _LEDGER_CLOSED.search(norm)
        if m is None or case.in_forecast(m.start()):
            return None
        if any(t.kind == "zero" for t in case.targets) or _quoted_zero(case):
            return None      # 办结 beside 违停现象明显减少 for 实现“零违停”: the zero is not said reached
        figures = SubTargets().judge(case)
        if figures is not None and figures.basis == "figures" and figures.status != "completed":
            return None      # a figure short of its target beside 办结: the figures decide
        a, b = m.span()
        return Outcome("completed", figures.completion if figures is not None and figures.basis == "figures" else None,
                       "statement", "督办台账办理状态为办结", [Evidence(case.progress[a:b].strip(), a, b)])


# A place below the one the task is about, as a clause's subject (C县, D区, 东湖镇, 城南街道): its lag is its own.
_SUB_UNIT = re.compile(rf"^\s*[^\d,;。，；]{{1,6}}?(?:{vocab.alternation('report.sub_unit_suffix')})(?:等)?$")


# An assigned quota (完成市下达的节能任务: status_stage._TASK_QUOTA): a unit's word cannot show it is met.
_MUST_FINISH = vocab.pattern("task.must_finish")


_RATE_AIM = re.compile(f"{vocab.alternation('task.rate_aim')}|率(?:{vocab.alternation('task.rate_aim_after_rate')})")


# An aside beside a claim of normal progress that says no work: a hindrance conceded (尽管受到…影响,但) and the plan
# followed (严格按照…下达的计划); neither holds a figure.
_SAID_ASIDE = re.compile(f"(?:{vocab.alternation('report.said_aside_lead')})(?:受到?|遭受)[^,;。，；\\d]*影响[,，]但?"
                         f"|(?:{vocab.alternation('report.said_aside_manner')})[^,;。，；\\d]{{1,12}}?计划")


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0))


def _said(case: Case, norm: str) -> str:
    """The progress (``norm``: as ``for_parsing`` gives it) without its section labels, the sections of
    none, its asides of no work (a hindrance conceded, the plan followed) and what it forecasts (进展情况：正常推进,
    存在问题：无,下步计划：继续推进: the labels, a section of none and the plans say nothing)."""
    text = _SAID_ASIDE.sub(_blank, _SECTION_LABEL.sub(_blank, _SECTION_NONE.sub(_blank, norm)))
    if not case.forecast_spans:
        return text
    return "".join(ch for i, ch in enumerate(text) if not case.in_forecast(i))


# Before an ahead statement in its clause, a place below the one the task is about as its subject, the pace's word
# optional after it (C县进度快于序时进度, 东湖镇超过序时进度): its pace is its own, not the task's.
_SUB_UNIT_PACE = re.compile(rf"^\s*[^\d,;。，；]{{1,6}}?(?:{vocab.alternation('report.sub_unit_suffix')})(?:等)?"
                            rf"(?:{vocab.alternation('pace.subject')})?(?:已|均|已经)?$")


# 超过时间进度4个百分点, 快于序时进度3.3个百分点: the statement's own margin over the pace, in points.
_AHEAD_MARGIN = re.compile(r"约?(\d+(?:\.\d+)?)个百分点")


class AheadStatement(StatusRule):
    help_text = ("The reply's own statement that the work runs ahead of the time pace (超过序时进度, 远远超过序时进度, "
                 "快于序时进度, 大幅超过目标任务进度: judging.toml words.ahead_statement), where no "
                 "figure of the row places it; a margin in points after it (超过时间进度4个百分点) is a figure, judged by "
                 "the band: within it on pace, beyond it ahead (a share or count the earlier rules read decides, in the band or out of "
                 "it): ahead, basis statement, as a stated lag is behind (README rule question 47, the lead's decision "
                 "of stop 64).  Not denied (未超过序时进度) or aimed at (力争超过…: a forecast), not of a place below "
                 "the task's (C县进度快于序时进度), nor once the deadline has passed (ahead of a pace then at 100% is "
                 "done or not, which the other rules judge), nor on a task whose only targets are rates or levels.  "
                 "超过去年同期 and 超过计划 of a part are no pace and not read.")

    def judge(self, case):
        if case.expected >= 100:
            return None
        if case.numeric and all(_is_level(t) for t in case.numeric):
            return None
        norm = for_parsing(case.progress)
        for m in pattern("ahead_statement").finditer(norm):
            if case.in_forecast(m.start()) or _NEGATED.search(norm[:m.start()]):
                continue
            clause = clause_around(norm, *m.span())
            if _SUB_UNIT_PACE.search(norm[clause[0]:m.start()]):
                continue      # C县进度快于序时进度: a place below the task's, its own pace
            if any(not case.in_forecast(sp[0]) for _, sp in stated_shares(norm)):
                return None   # 完成年度计划的52%，超过时间进度: the share stated places the row (the rules after judge it)
            figures = SubTargets().judge(case)
            if figures is not None and figures.basis == "figures":
                return None   # a figure that places the row decides (the rules after judge it as before)
            a, b = m.span()
            margin = _AHEAD_MARGIN.match(norm, b)
            if margin:
                # 超过时间进度4个百分点: the margin is a figure, judged by the band as a share beside the pace is
                b = margin.end()
                points = float(margin.group(1))
                if points <= threshold("band"):
                    return quoting(case, (a, b), "on_track",
                                   f"报告称{case.progress[a:b]}，在序时进度±{threshold('band'):g}个百分点内，判达进度", "figures")
                return quoting(case, (a, b), "ahead", f"报告称{case.progress[a:b]}，超出序时进度区间，判超进度", "figures")
            return quoting(case, (a, b), "ahead", f"报告称{case.progress[a:b]}，无数据反证，判超进度")
        return None


class UnitStatement(StatusRule):
    help_text = ("The unit's own statement of normal progress (正常推进, 有序推进) with nothing checkable: on_track "
                 "with basis unit_statement, except where the only targets are rates or levels, or the task is a "
                 "quota assigned from above (完成市下达的…任务): a unit cannot vouch for what it has not measured, "
                 "so unclear.  Beside one project's works short of the step the time gone asks for (主体结构已开始施工 "
                 "at 31 October), the works' step speaks, not the claim.  Once the deadline has passed, on a task "
                 "asked finished (完成, 建成, 竣工: words.toml task.must_finish) and nothing said finished, the claim "
                 "says the work still goes on: behind; on a task of a figure asked otherwise (新增…40家), the claim "
                 "at the deadline gives no pace and no figure: unclear (rule question 7).")

    def judge(self, case):
        m = pattern("unit_statement").search(case.progress)
        if not m:
            return None
        norm = for_parsing(case.progress)
        if not (case.row.neutral or len(_NON_WORD.sub("", case.progress)) <= 20
                or len(_NON_WORD.sub("", _said(case, norm))) <= 20):
            return None
        if any(clause_stage(norm[a:b]) in ("preparing", "not_started") for a, b in _spans(_CLAUSE, norm)
               if not a <= m.start() < b and not case.in_forecast(a)):
            return None      # 进展顺利,目前已完成初步设计批复: the stage reported speaks, not the claim
        if _project_works_late(case, norm):
            return None      # 主体已开始施工,项目推进正常 at 31 October for 年底前建成…: the works' step speaks
        ev = [Evidence(m.group(0), m.start(), m.end())]
        if case.numeric and all(_is_level(t) for t in case.numeric):
            return Outcome("unclear", None, "none", "目标为比率或水平，单位仅自述正常推进，无可比数据", ev)
        if _TASK_QUOTA.search(case.task_text):
            return Outcome("unclear", None, "none", "目标为上级下达的任务量，单位仅自述正常推进，无可比数据", ev)
        if not case.numeric and not case.parts and _RATE_AIM.search(case.task_text):
            # 实现城乡居民收入增长与经济增长基本同步: a rate with no number, which a unit's word cannot show.
            return Outcome("unclear", None, "none", "目标为增长或比率，单位仅自述正常推进，无可比数据", ev)
        if case.expected >= 100 and _MUST_FINISH.search(case.task_text) and not _PUSHED_ON_FINISHED.search(norm):
            # 项目正按计划有序推进 at 31 December for 完成…改造: the work still going on when the time is up is not done.
            return Outcome("behind", None, "unit_statement", "期限已到，单位仅自述有序推进，任务尚未完成，按滞后计", ev,
                           flags=["unit_statement"])
        if case.expected >= 100 and case.numeric:
            # 新增入库企业40家 at 31 December answered by 相关工作正常推进，预计能够完成全年任务: the time is up, so the
            # claim says no pace, and a count the unit gives no figure for it cannot vouch for (rule question 7).
            return Outcome("unclear", None, "none", "期限已到，目标为数量，单位仅自述正常推进，无完成数据", ev,
                           flags=["unit_statement"])
        return Outcome("on_track", None, "unit_statement", "单位自述正常推进，未经核实，按达进度计", ev,
                       flags=["unit_statement"])
