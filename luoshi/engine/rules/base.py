"""The ground every part of the status rules stands on: judging.toml's configuration (``config``,
``threshold``, ``words``, ``pattern``), the severity order, the small patterns asked of every row, the
similarity of two phrases, pace against 序时进度 (``by_pace``), and ``RuleObject``, what a status rule,
a flag check and a guard share.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache, lru_cache
from pathlib import Path

from .. import vocab
from ..judgement import Indicator, ProgressFact
from ..text import bigrams, normalise

DATA = Path(__file__).parent.parent / "data" / "judging.toml"


@cache
def config() -> dict:
    with DATA.open("rb") as f:
        return tomllib.load(f)


def threshold(name: str) -> float:
    return float(config()["thresholds"][name])


# Measures of the work itself (words.toml units): a figure in one of these is how far the work has come.
_EXTENT_KINDS = ("length", "area", "volume", "mass", "money")


def rest_holds_pace(unit: str, expected: float) -> bool:
    """Whether the rest said to be under way can hold a short figure in ``unit`` on pace: always for items counted
    (each one under way may still be finished: the labels' rule question 4), for a measure of the work itself (a
    length, an area, an amount) only before measure_rest_late (judging.toml) — and so for persons (新增受益人口1.1万人，
    其余工程正在施工: words.toml figure.person_unit), who are no items of the works but what they reach, counted as
    the works come on."""
    extent = vocab.unit_kind(unit) in _EXTENT_KINDS or vocab.measured_unit(unit, "")[0] in vocab.words("figure.person_unit")
    return not extent or expected < threshold("measure_rest_late")


def works_measure(unit: str) -> bool:
    """A measure of the works themselves by their size (a length, an area, a volume): not money, which a programme's
    investment shares count, nor persons."""
    return vocab.unit_kind(unit) in _EXTENT_KINDS[:3]


def words(key: str) -> tuple[str, ...]:
    return tuple(config()["words"][key]["words"])


@cache
def pattern(key: str) -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in vocab.longest_first(words(key))))


# A pattern whose matches can begin with a few characters only, checked for them first (vocab.quick).
_quick = vocab.quick


# Severity when parts are combined: the worst part decides.
SEVERITY = {"completed": 0, "ahead": 1, "on_track": 2, "behind": 3, "not_started": 3, "seriously_behind": 4}
_CLAUSE = re.compile(r"[^,;。!?\n，；！？]+")
_SENTENCE = re.compile(r"[^;。!?\n；！？]+")

# Small patterns the judging asks for every row, compiled once (re's own cache costs a lookup per call).
_ALREADY_LEAD = re.compile(r"^已经?")
_AMONG = re.compile(r"其中")
_BARE_DONE = re.compile(f"(?:{vocab.alternation('report.done_lead')})?(?:{vocab.alternation('completion.bare_finish')})")
_CLAUSE_MARK = re.compile(r"[,;。，；]")
_COLON = re.compile(r"[:：]")
_COUNT_OR_ALL = re.compile(r"\d|" f"{vocab.alternation('report.each_or_all')}")
_DIGIT = re.compile(r"\d")
_DIGIT_OR_MAIN = re.compile(r"\d|主体")
_DONE_OR_ALREADY = re.compile(r"(?<!未)完成|已")
_EVERY_DONE = re.compile(f"{vocab.alternation('report.every_item')}|均(?:已经)?(?:{vocab.alternation('completion.finish')})")
_LIST_ITEM = re.compile(r"[^、及和]+")
_LIST_MARK = re.compile(r"[,、，]")
_MEASURE_CHAR = re.compile(r"[率度量数额值]")
_NON_WORD = re.compile(r"\W")
_NON_WORD_OR_DIGIT = re.compile(r"[\W\d]")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_NOT_HAN_CHAR = re.compile(r"[\W\d_A-Za-z]")
_NOT_HAN_RUN = re.compile(r"[\W\d_A-Za-z]+")
_NOUN_RUN = re.compile(r"[^\d,;。、，；:：()（）!！?？\s]{0,8}")
_PACE_OF = re.compile(r"([^\W\d]{2})进度" f"(?:{vocab.alternation('figure.reach_tail')})?$")
_PIECE = re.compile(r"[^。；;!?！？]+")
_REACH_TAIL = re.compile(f"(?:{vocab.alternation('figure.reach_tail')})$")
_SENTENCE_MARK = re.compile(r"[;。；]")
_STARTED_WORD = re.compile(f"开工(?!前期)|{vocab.alternation('stage.started')}")
_STATEMENT_FILL = re.compile(r"[\s。.,，;；!！]")
_GENERIC = set(vocab.words("stage.generic_bigram"))
# The month a period of the year named in words ends with (一季度 3, 上半年 6, 前三季度 9, 全年 12: words.toml
# time.period_end_q1, _h1, _q3, _year), one table for every reader of a period's end.
PERIOD_END_MONTH = {w: month for key, month in (("time.period_end_q1", 3), ("time.period_end_h1", 6),
                                                ("time.period_end_q3", 9), ("time.period_end_year", 12))
                    for w in vocab.words(key)}


# Vocabulary patterns read by more than one rules module, defined once here (each named by its words.toml key).
_COMPLETION_BRING_IN = vocab.pattern("completion.bring_in")  # 签约落地项目4个: brought in (rule question 20)
_COMPLETION_EVENT_PREPARING = vocab.pattern("completion.event_preparing")
_COMPLETION_FINISH = vocab.pattern("completion.finish")
_COMPLETION_IN_USE = vocab.pattern("completion.in_use")  # 交付使用, 投入使用: a thing handed over for use
_COMPLETION_LANDED = vocab.pattern("completion.landed")
_COMPLETION_LANDING_TARGET = vocab.pattern("completion.landing_target")
_COMPLETION_MUST = vocab.pattern("completion.must")
_COMPLETION_SIGNED = vocab.pattern("completion.signed")
_COMPLETION_VERB = vocab.pattern("completion.verb")
_FIGURE_FUNDS_AVAILABLE = vocab.pattern("figure.funds_available")  # 到位资金, 拨付资金: money said in hand by its own name
_FIGURE_FUNDS_UNAVAILABLE = vocab.pattern("figure.funds_unavailable")  # money only planned or applied for
_FIGURE_START_RATE = vocab.pattern("figure.start_rate")
_FIGURE_STOCK_TOTAL = vocab.pattern("figure.stock_total")  # 总数, 保有量: a whole count now
_FIGURE_WITHIN_LEAD = vocab.pattern("figure.within_lead")  # 其中 opening a part within the one before it
_INTENTION_PLANNED = vocab.pattern("intention.planned")  # 预计全年…: a forecast, no fact
_LEVEL_PER_HEAD_PERIOD = vocab.pattern("level.per_head_period")
_MILESTONE_START = vocab.pattern("milestone.start")
_REPORT_ITEMS_PUSHED_ON = vocab.pattern("report.items_pushed_on")  # 均按进度推进中: items go on as planned
_REPORT_ONLY_SOME = vocab.pattern("report.only_some")  # 部分…取消: only some called off
_REPORT_WORKS_QUANTITY_SHARE = vocab.pattern("report.works_quantity_share")  # 完成…工程量的20%: a works' own share
_STAGE_WORK_STEP = vocab.pattern("stage.work_step")
_STATUS_INVESTMENT_PLAN_LABEL = vocab.pattern("status.investment_plan_label")
_STATUS_LIFE_SHARE_LEAD = vocab.pattern("status.life_share_lead")
_TASK_REMOVAL = vocab.pattern("task.removal")  # 拆迁, 征迁, 拆违: a task of taking buildings down
_TASK_SIGNED_MEASURE = vocab.pattern("task.signed_measure")  # 征收: counted by agreements signed
_TASK_WHOLE_INVESTMENT = vocab.pattern("task.whole_investment")


def _fmt(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))


def _unit(item) -> str:
    return item.unit if item.unit.startswith(item.scale) else item.scale + item.unit


_NOT_HAN = re.compile(r"[\d\W_A-Za-z]+")


@lru_cache(maxsize=8192)
def _sim_form(text: str) -> str:
    """A noun phrase as ``_sim`` compares it (cached: a row's phrases meet every target's)."""
    return _NOT_HAN.sub("", vocab.full_names(normalise(text)))


@lru_cache(maxsize=8192)
def _sim_grams(form: str) -> frozenset[str]:
    return frozenset((bigrams(form) or {form}) - _GENERIC)


@lru_cache(maxsize=16384)
def _sim(a: str, b: str) -> float:
    """How alike two noun phrases are: containment 1.0, else the share of shared character pairs; short
    names written out first (规上工业企业 is 规模以上工业企业, vocab.full_names).  Cached: a part's target is
    compared with the same clause or figure several times."""
    a, b = _sim_form(a), _sim_form(b)
    if not a or not b:
        return 0.0
    if len(a) >= 2 and len(b) >= 2 and (a in b or b in a):
        return 1.0
    x, y = _sim_grams(a), _sim_grams(b)
    if not x or not y:
        return 0.0
    return len(x & y) / max(1, min(len(x), len(y)))


# A measure per head of a population (每千人口…托位数达到4.5个): a ratio level, not a count of work done in the year.
_PER_POPULATION = _quick(re.compile(vocab.alternation("level.per_population")))


# A measure per head counted in occurrences (抽检量达到每万人3批次, 每千人培训2人次: words.toml level.per_head_flow_unit):
# work done along the year per head, counted up as a count is — no ratio level held.
_PER_HEAD_FLOW_UNIT = frozenset(vocab.words("level.per_head_flow_unit"))


def _is_rate(t: Indicator) -> bool:
    return t.kind in ("growth_rate", "decline_rate", "ratio") or vocab.is_rate(t.unit) \
        or bool(_PER_POPULATION.search(t.metric or "")) and t.unit not in _PER_HEAD_FLOW_UNIT


# A stock or level to reach or hold (总数达到800家, 稳定在10万亩以上, 增至78家, 规模扩大到5亿元), not a count of
# work done in the year.
_LEVEL_METRIC = _quick(re.compile(f"(?:{vocab.alternation('level.metric', 'level.enrolled')})(?:{vocab.alternation('level.metric_reach')})?$"
                           f"|(?:{vocab.alternation('level.reach')})$"))
# A task's goal of covering the whole (实现…全覆盖, words.toml status.coverage_goal): a share of the whole to reach.
_COVERAGE_GOAL = vocab.pattern("status.coverage_goal")
# 全面复工 / 全部开工 at the end of a task's clause: every item of the task is to reach that verb (words.toml
# status.every_item_lead before a verb of two characters; rules.OwnWorkload).
_EVERY_ITEM_GOAL = re.compile(f"(?:{vocab.alternation('status.every_item_lead')})" r"(?P<verb>[\u4e00-\u9fff]{2})(?=$|[,;。，；])")


def _is_level(t: Indicator) -> bool:
    """A rate, or a stock or level to reach or hold: a unit's word of normal progress cannot vouch for it."""
    return _is_rate(t) or bool(_LEVEL_METRIC.search(t.metric or ""))


# --- pace, and a figure's value in its base unit ----------------------------------------------

def by_pace(completion: float, expected: float) -> str:
    band, serious = threshold("band"), threshold("serious_share")
    if completion >= 100:
        return "completed"
    if expected >= 100:
        # The deadline has passed: short of the whole is behind, however near (96% at the year's end).
        return "seriously_behind" if completion < expected * serious else "behind"
    if completion > expected + band:
        return "ahead"
    if completion >= expected - band:
        return "on_track"
    if completion < expected * serious:
        return "seriously_behind"
    return "behind"


def _value(f: ProgressFact) -> float:
    return f.value * vocab.measured_unit(f.unit, f.scale)[1]


def _ends(f: ProgressFact) -> tuple[float, ...]:
    """A figure's value in its base unit, both ends of a range (增长4.8%-5.2%, ProgressFact.value_high): a range meets a
    target only if each end does — its lower end decides a floor, its upper end a cap, both a band (README rule
    questions 32 and 35)."""
    mult = vocab.measured_unit(f.unit, f.scale)[1]
    return (f.value * mult,) if f.value_high is None else (f.value * mult, f.value_high * mult)


def _target_value(t: Indicator) -> float:
    # a range is held to one end: at most the high end of a ceiling range, at least the low end otherwise
    return (t.bound() or 0.0) * vocab.measured_unit(t.unit, t.scale)[1]


# --- what a rule, a flag check and a guard share -----------------------------------------------

class RuleObject:
    """What a status rule and a flag check share: the options judging.toml configures it with, its
    name (the class's) and its help text."""

    help_text = ""

    def __init__(self, **options):
        self.options = options

    @property
    def name(self) -> str:
        return type(self).__name__

    def get_help_text(self) -> str:
        return self.help_text
