"""The vocabulary data (luoshi/engine/data/*.toml) is consistent and every reader uses it."""

import ast
import importlib
import re
import tomllib
from pathlib import Path

import pytest

from luoshi.engine import indicators, progress, targets, vocab
from luoshi.engine.judgement import INDICATOR_KINDS, STAGES
from luoshi.engine.model import COLUMNS

pytestmark = pytest.mark.engine

ENGINE = Path(vocab.__file__).parent
UNITS = list(vocab.units().values())

# Lists whose words must not meet: a word in two of them would read one text two ways.
DISJOINT = [
    tuple(f"stage.{s}" for s in STAGES),
    ("comparator.ceiling_before", "comparator.floor_before"),
    ("comparator.ceiling_after", "comparator.floor_after"),
    ("change.growth", "change.fall"),
    ("part.review", "part.plan", "part.plan_year"),
    ("part.targets", "part.targets_short"),
    ("honour.national_title", "honour.provincial_title", "honour.city_title"),
    ("qualifier.stretch", "qualifier.assurance", "comparator.about_before"),
    ("comparator.above_other", "comparator.below_other"),
    ("completion.signed", "completion.landed"),
    ("task.process_lead", "completion.must"),
    ("not_yet.not_begun", "underway.strong", "underway.doing"),
    ("target.people_verb", "target.people_noun"),        # a noun of people is captured as the metric, a verb is not
]

# Lists read by different modules that must agree: every word of the first is a word of the second.
SUBSETS = [
    ("completion.finish", "completion.verb"),        # a finishing verb makes a figure's clause done
    ("completion.finish", "stage.done"),             # … and a progress clause done
    ("completion.finish", "forecast.late_result"),   # … and a finish forecast for next year late
    ("stage.topped_out", "stage.nearly_done"),       # a step a part asks for is a stage nearly done in a report
    ("metric.trail_kept_task", "metric.trail"),      # a reader keeps only words of the one trail list
    ("metric.trail_kept_reported", "metric.trail"),
    ("metric.trail_kept_review", "metric.trail"),
    ("stage.finish_verb", "stage.done"),             # not yet + a finishing verb: a done word negated, so underway
    ("stage.complete_word", "stage.done"),           # completion itself is asked of a done-stage word found
    ("stage.nearly_done_word", "stage.nearly_done"),  # judged by their clause as done words are
    ("target.level_manner", "target.in_step_manner"),  # a manner kept with 持平 is one kept with 同步
    ("progress.planned_verb", "progress.stated_reach"),  # a planned share is said as a progress figure is
    ("progress.stated_reach", "progress.stated_verb"),
    ("verify.stats_stage", "verify.stats_stage_lead"),  # a stage naming no metric in a figure opens a sentence too
]


@pytest.mark.parametrize("part,whole", SUBSETS, ids=lambda k: k)
def test_lists_that_must_agree(part, whole):
    missing = set(vocab.words(part)) - set(vocab.words(whole))
    assert not missing, f"{sorted(missing)} of {part} are not in {whole}"


@pytest.mark.parametrize("group", DISJOINT, ids=lambda g: "/".join(g))
def test_conflicting_lists_share_no_word(group):
    seen: dict[str, str] = {}
    for key in group:
        for word in vocab.words(key):
            assert word not in seen, f"{word} is in {seen.get(word)} and {key}"
            seen[word] = key


@pytest.mark.parametrize("key", list(vocab.word_lists()))
def test_every_word_list_is_documented_distinct_and_used(key):
    wl = vocab.word_lists()[key]
    assert wl.help.strip(), f"{key} has no help line"
    assert wl.words and all(w.strip() == w and w for w in wl.words)
    assert len(set(wl.words)) == len(wl.words), f"{key} lists a word twice"
    for module in ENGINE.rglob("*.py"):      # every engine module imported: every list it reads was asked for
        importlib.import_module("luoshi." + ".".join(module.relative_to(ENGINE.parent).with_suffix("").parts))
    assert key in vocab.asked(), f"no engine module reads {key}: dead vocabulary"


JUDGING_WORDS = tomllib.loads((ENGINE / "data" / "judging.toml").read_text(encoding="utf-8"))["words"]


def _engine_strings() -> set[str]:
    """Every string constant of the engine's code (a comment is no constant; a docstring never equals a key)."""
    found: set[str] = set()
    for path in ENGINE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


@pytest.mark.parametrize("key", sorted(JUDGING_WORDS))
def test_every_judging_word_list_is_documented_distinct_and_named_in_code(key):
    # judging.toml's [words.*] are read by name (rules.words / rules.pattern, or a tuple of names handed on),
    # so a list no engine code names is dead vocabulary, as test_every_word_list_is_documented_distinct_and_used
    # checks for words.toml through vocab.asked().
    entry = JUDGING_WORDS[key]
    assert entry.get("help", "").strip(), f"{key} has no help line"
    listed = entry["words"]
    assert listed and all(w.strip() == w and w for w in listed)
    assert len(set(listed)) == len(listed), f"{key} lists a word twice"
    assert key in _engine_strings(), f"no engine code names judging.toml words.{key}: dead vocabulary"


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.text)
def test_every_unit_has_a_kind_and_is_no_scale(unit):
    assert unit.kind in vocab.UNIT_KINDS
    assert unit.indicator_kind in INDICATOR_KINDS
    assert unit.text not in vocab.scales()
    assert not any(unit.text.startswith(w) for w in vocab.not_units())


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.text)
def test_every_figure_unit_is_a_target_unit(unit):
    """A figure in any unit is read by the progress parser and by the target parser alike."""
    text = f"完成12{unit.text}。"
    assert [(f.value, f.unit) for f in progress.parse_row(text).facts] == [(12, unit.text)]
    assert [(i.value, i.unit) for i in indicators.parse(text)[0]] == [(12, unit.text)]


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.text)
def test_chinese_numerals_only_before_the_units_that_take_them(unit):
    text = f"完成十二{unit.text}。"
    want = [(12, unit.text)] if unit.chinese_numeral else []
    assert [(f.value, f.unit) for f in progress.parse_row(text).facts] == want
    assert [(i.value, i.unit) for i in indicators.parse(text)[0]] == want


# Word lists of units: every word is a unit of units.toml of the kind named, so the unit vocabulary stays the one
# place a unit is defined.
UNIT_LISTS = [("report.item_unit", "count")]


@pytest.mark.parametrize("key,kind", UNIT_LISTS, ids=lambda k: k)
def test_unit_word_lists_are_units_of_their_kind(key, kind):
    strays = [w for w in vocab.words(key) if vocab.unit_kind(w) != kind or w not in vocab.units()]
    assert not strays, f"{strays} of {key} are no {kind} units of units.toml"
    assert all(vocab.unit(w).chinese_numeral for w in vocab.words(key)), f"{key}: counts are written in numerals too"


@pytest.mark.parametrize("scale,factor", list(vocab.scales().items()))
def test_scales_multiply(scale, factor):
    assert vocab.base_unit(f"{scale}元", scale) == ("元", factor)
    assert vocab.base_unit(f"{scale}元") == ("元", factor)


def test_synonyms_map_units_to_units():
    for unit, same in vocab.synonyms().items():
        assert vocab.unit(unit) and vocab.unit(same) and vocab.unit(unit).kind == vocab.unit(same).kind


@pytest.mark.parametrize("keys", [(k,) for k in vocab.word_lists()] + [("stage.done", "stage.underway")])
def test_alternations_compile_longest_first(keys):
    alternatives = vocab.alternation(*keys).split("|")
    lengths = [len(re.sub(r"\\(.)", r"\1", a)) for a in alternatives]
    assert lengths == sorted(lengths, reverse=True)
    for word in vocab.words_of(*keys):
        assert vocab.pattern(*keys).fullmatch(word)


def test_unit_patterns_compile_longest_first():
    alternatives = vocab.unit_alternation().split("|")
    assert [len(a.replace("\\", "")) for a in alternatives] == sorted(
        (len(a.replace("\\", "")) for a in alternatives), reverse=True)
    assert re.fullmatch(vocab.unit_group(), "个工作日") and not re.match(vocab.unit_group(), "方案")


# unit_group_of: a unit of the kinds named, guarded as unit_group is (built for the measure words the status rules and
# the stacked tables once wrote as inline classes; hygienex, stop 63).
@pytest.mark.parametrize(("text", "counted"), [
    ("座", True), ("栋", True), ("户", True), ("人次", True), ("批次", True), ("幢", True),
    ("部门", False), ("片区", False), ("类标准", False),          # words that only open like a unit
    ("公里", False), ("元", False), ("%", False), ("月", False),  # units of other kinds, and no unit
])
def test_unit_group_of_a_kind_is_guarded(text, counted):
    assert bool(re.fullmatch(vocab.unit_group_of("count"), text)) is counted


# The counters the old inline classes named (roles.py's party chosen and schedule set, works.py's count of main
# works, stacked.py's figure cell) are all units.toml units, so the patterns built from it still read them.
@pytest.mark.parametrize("counter", list("个项处所座户家条名栋套间幢"))
def test_rules_read_the_counters_their_classes_named(counter):
    from luoshi.engine.rules import roles, works
    assert roles._PARTY_CHOSEN.search(f"其余7{counter}已确定施工单位")
    assert roles._SCHEDULED.search(f"剩余15{counter}已制定施工计划")
    assert works._MAIN_WORKS_COUNT_TASK.search(f"完成4{counter}村级活动中心主体工程")
    assert not roles._PARTY_CHOSEN.search(f"其余7{counter}，8月确定施工单位")   # the count parted by a clause mark


@pytest.mark.parametrize(("cell", "figure"), [
    ("12", True), ("3.5万元", True), ("98%", True), ("86分", True), ("1200户", True), ("2.4公里", True),
    ("1.5万平方米", True), ("-3", True),
    ("12万", False), ("3个月内", False), ("约12户", False), ("12方案", False), ("已完成", False),
])
def test_stacked_figure_cell_reads_units_from_the_data(cell, figure):
    from luoshi.engine.tables import stacked
    assert bool(stacked._NUMBER.match(cell)) is figure


def test_headers_name_known_columns_once():
    headers = vocab.headers()
    assert set(headers.exact.values()) <= set(COLUMNS)
    assert {c for _, c in headers.keywords} <= set(COLUMNS)
    assert all(name == re.sub(r"\s", "", name) for name in headers.exact)


def test_an_unknown_key_fails_loudly():
    with pytest.raises(KeyError):
        vocab.words("stage.finished")


# A bound after a figure, as the comparator lists name them, read alike by every reader (the target
# reader's in-step check takes its bounds from the same lists).
@pytest.mark.parametrize("bound", vocab.words_of("comparator.floor_after", "comparator.ceiling_after",
                                                 "comparator.about_after"))
def test_a_bound_after_a_figure_keeps_the_in_step_target_after_it(bound):
    found = targets.parse_clause(f"居民消费价格涨幅3%{bound}、与经济增长基本同步。")
    assert [(t.value, t.qualifier) for t in found] == [(3.0, bound), (None, "基本同步")]


def test_conversions_map_units_to_units_of_the_same_measure():
    for unit, (to, factor) in vocab.conversions().items():
        assert vocab.unit(unit) and vocab.unit(to) and vocab.unit(unit).kind == vocab.unit(to).kind
        assert factor > 0
    assert vocab.measured_unit("亿斤") == ("公斤", 5e7) and vocab.measured_unit("万吨") == ("公斤", 1e7)


# The words a metric's name ends with: one list (metric.trail) that the target, task-figure,
# reported-figure and review readers strip, less each reader's own kept words.
TRAIL_READERS = [("targets", "_TRAIL_VERB", ""), ("indicators", "_METRIC_TRAIL", "metric.trail_kept_task"),
                 ("progress", "_TAIL_STRIP", "metric.trail_kept_reported"),
                 ("verify.patterns", "_TRAIL", "metric.trail_kept_review")]


@pytest.mark.parametrize(("module", "name", "kept"), TRAIL_READERS, ids=[m for m, _, _ in TRAIL_READERS])
def test_every_reader_strips_the_one_metric_trail(module, name, kept):
    pattern = getattr(importlib.import_module(f"luoshi.engine.{module}"), name)
    assert vocab.metric_trail_alternation(kept) in pattern.pattern
    keep = set(vocab.words(kept)) if kept else set()
    for word in vocab.words("metric.trail"):
        stripped = pattern.sub("", "地区生产总值" + word)
        assert (stripped == "地区生产总值") == (word not in keep), (module, word, stripped)
    assert pattern.sub("", "城乡居民人均") == "城乡居民人均"       # 人均/年均/户均 are no trail


def test_short_names_are_found_with_their_first_characters_checked_first():
    # vocab._aliases puts the characters a short name opens with (either case) in a lookahead: the same
    # matches as the bare alternation, on the samples and on random text made of the names' own characters
    import random

    table, alias = vocab._aliases()
    bare = re.compile("|".join(re.escape(k) for k in vocab.longest_first(table)), re.IGNORECASE)
    samples = Path(vocab.__file__).resolve().parent.parent / "samples"
    texts = [p.read_text(encoding="utf-8") for p in sorted(samples.glob("shangcheng-*.txt"))]
    chars = sorted({ch for k in table for ch in k + k.lower()} | set("，。、增长"))
    rng = random.Random(16)
    texts += ["".join(rng.choice(chars) for _ in range(60)) for _ in range(2000)]
    texts += [" ".join(rng.sample(sorted(table), 3)).lower() for _ in range(200)]
    for text in texts:
        assert [m.span() for m in alias.finditer(text)] == [m.span() for m in bare.finditer(text)]
