"""The engine's vocabulary (词表), read once from ``luoshi/engine/data/``.

Words are data, not code: units and scale words (``units.toml``), the words
of targets, progress, structure and honours (``words.toml``) and the table
header names (``headers.toml``).  Every engine module takes its words from
here, so a word is added in one place and every reader sees it.

* ``units()`` — every ``Unit`` (its text, kind, indicator kind and whether it
  may follow a Chinese numeral); ``unit_alternation()`` the regex alternative
  of them all, longest first.
* ``scales()`` / ``scale_alternation()`` — 万, 亿, 千万 … and their factors;
  ``base_unit(unit, scale)`` splits 万平方米 into (平方米, 1e4).
* ``words(key)`` — a word list such as ``"comparator.ceiling_before"``;
  ``alternation(*keys)`` its regex alternative (longest first, escaped) and
  ``pattern(*keys)`` the compiled pattern.  An unknown key raises KeyError at
  import time of the module that asks, never a silent empty list.
* ``headers()`` — the table header vocabulary (exact names and keywords).

The files are TOML (``tomllib``, standard library): comments for whoever
edits them, a ``help`` field per list for the generated reference
(docs/reference/vocabulary.md).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from re import _constants as _re_constants  # type: ignore[attr-defined]  # the parsed form of a pattern (quick)
from re import _parser as _re_parser  # type: ignore[attr-defined]

DATA = Path(__file__).with_name("data")

UNIT_KINDS = ("count", "money", "mass", "area", "length", "volume", "concentration", "energy", "power", "duration",
              "percent")


@dataclass(frozen=True)
class Unit:
    """A unit of measure as written (套, 平方米, %)."""

    text: str
    kind: str                 # one of UNIT_KINDS
    indicator_kind: str       # the Indicator.kind of a target in this unit (count, amount, duration, ratio)
    chinese_numeral: bool     # may follow a Chinese numeral (三套), not only an Arabic number


@dataclass(frozen=True)
class WordList:
    key: str                  # "stage.done"
    help: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class Headers:
    """Table header vocabulary: exact names (compacted) and keywords tried in order."""

    exact: dict[str, str]
    keywords: tuple[tuple[str, str], ...]
    help: str


def _load(name: str) -> dict:
    with (DATA / name).open("rb") as f:
        return tomllib.load(f)


# --- units and scales -----------------------------------------------------------

@cache
def _units_file() -> dict:
    return _load("units.toml")


@cache
def units() -> dict[str, Unit]:
    """Every unit by its text, in the order of the data file."""
    out: dict[str, Unit] = {}
    for kind, group in _units_file()["units"].items():
        for flag, key in ((True, "chinese_numeral"), (False, "arabic_only")):
            for text in group[key]:
                if text in out:
                    raise ValueError(f"units.toml: unit {text} listed twice ({out[text].kind}, {kind})")
                out[text] = Unit(text, kind, group["indicator_kind"], flag)
    return out


def unit_groups() -> dict[str, dict]:
    """The unit groups as in the data file (kind → help, indicator_kind, lists): for the docs."""
    return dict(_units_file()["units"])


def unit(text: str) -> Unit | None:
    return units().get(text)


@lru_cache(maxsize=1024)
def unit_kind(text: str) -> str:
    """The kind of a unit as written, scale removed (万平方米 → area); "" when unknown.  Cached:
    verification asks it of every claim against every target."""
    found = units().get(base_unit(text, "")[0])
    return found.kind if found else ""


def is_rate(text: str) -> bool:
    """A percent-kind unit (%, ‰, 个百分点)."""
    return unit_kind(text) == "percent"


def units_of_kind(*kinds: str) -> tuple[str, ...]:
    return tuple(u.text for u in units().values() if u.kind in kinds)


@cache
def scales() -> dict[str, float]:
    """Scale word → factor (万 → 1e4)."""
    return {k: float(v) for k, v in _units_file()["scales"]["values"].items()}


def scales_help() -> str:
    return _units_file()["scales"]["help"]


@cache
def synonyms() -> dict[str, str]:
    """Unit → the unit it counts the same as (起 → 件)."""
    return dict(_units_file()["synonyms"]["units"])


def synonyms_help() -> str:
    return _units_file()["synonyms"]["help"]


@lru_cache(maxsize=4096)
def base_unit(unit_text: str, scale: str = "") -> tuple[str, float]:
    """(unit without its scale prefix, multiplier): 万平方米 → (平方米, 1e4), 亿元 → (元, 1e8).

    ``scale`` is the scale the parser kept apart; when given it is the
    multiplier and the unit's own prefix is not counted twice."""
    table = scales()
    mult = table.get(scale, 1.0)
    for prefix in _scales_longest_first():
        if unit_text.startswith(prefix) and len(unit_text) > len(prefix):
            return unit_text[len(prefix):], mult if scale else table[prefix]
    return unit_text, mult


@lru_cache(maxsize=4096)
def comparable_unit(unit_text: str, scale: str = "") -> tuple[str, float]:
    """``base_unit`` with synonyms merged (起 → 件): the unit two figures must share to be compared."""
    base, mult = base_unit(unit_text, scale)
    return synonyms().get(base, base), mult


@cache
def conversions() -> dict[str, tuple[str, float]]:
    """Unit → (the unit of the same measure it converts to, factor): 斤 → (公斤, 0.5)."""
    return {k: (v[0], float(v[1])) for k, v in _units_file()["conversions"]["units"].items()}


def conversions_help() -> str:
    return _units_file()["conversions"]["help"]


@lru_cache(maxsize=4096)
def measured_unit(unit_text: str, scale: str = "") -> tuple[str, float]:
    """``comparable_unit`` with units of one measure converted (亿斤 → (公斤, 5e7), 万吨 → (公斤, 1e7)):
    the unit a target and a review's figure of another unit of the same measure are compared in."""
    base, mult = comparable_unit(unit_text, scale)
    to, factor = conversions().get(base, (base, 1.0))
    return to, mult * factor


@cache
def _scales_longest_first() -> tuple[str, ...]:
    return tuple(sorted(scales(), key=len, reverse=True))


def longest_first(items) -> list[str]:
    """Distinct items, longest first (ties keep their order): the order a regex alternation needs."""
    return sorted(dict.fromkeys(items), key=len, reverse=True)


def _alt(items) -> str:
    return "|".join(re.escape(w) for w in longest_first(items))


@cache
def unit_alternation(chinese_numeral_only: bool = False) -> str:
    """Regex alternative of every unit (or of those that may follow a Chinese numeral)."""
    return _alt(u.text for u in units().values() if u.chinese_numeral or not chinese_numeral_only)


@cache
def not_units() -> tuple[str, ...]:
    """Words that open with a unit's character but are no unit (方案, 零部件)."""
    return tuple(_units_file()["not_units"]["words"])


@cache
def unit_group(chinese_numeral_only: bool = False) -> str:
    """A unit in a figure pattern: ``unit_alternation`` guarded against words that only open
    like a unit (3.0方案 is no 3.0方).  No capturing group: wrap it in one."""
    return f"(?!{_alt(not_units())})(?:{unit_alternation(chinese_numeral_only)})"


@cache
def header_unit_pattern() -> re.Pattern:
    """A unit in brackets right after a metric's name and before its figure, a table's header unit written into the
    cell (城镇登记失业率低于(%)4.5, PM2.5年均浓度（微克/立方米）不高于38, 万元GDP能耗下降(%)3): groups ``scale``, ``unit``,
    ``between`` (a comparator or change word) and ``num``.  Half-width brackets: match it on ``for_parsing`` text.
    Not a bracketed unit right after a figure's own one-character unit (征集实物档案300件(套), 1.2万台(套)): the same count's
    other unit, written beside it, no header of the next figure."""
    after_figure = "".join(sorted({u.text for u in units().values() if len(u.text) == 1}))
    scale_chars = "".join(sorted({k for k in scales() if len(k) == 1}))
    return re.compile(rf"(?<=[^\W\d_])(?<![\d{re.escape(scale_chars)}][{re.escape(after_figure)}])"
                      rf"\((?P<scale>{scale_alternation()})?(?P<unit>{unit_alternation()})\)"
                      r"(?P<between>[^\d(),，。;；:：]{0,6}?)(?P<num>\d+(?:\.\d+)?)(?![\d.%])")


@cache
def unit_alternation_of(*kinds: str) -> str:
    """Regex alternative of the units of ``kinds`` (duration, percent …)."""
    return _alt(units_of_kind(*kinds))


@cache
def unit_group_of(*kinds: str) -> str:
    """A unit of ``kinds`` in a figure pattern (12座, 3栋, 5户 for ``count``): ``unit_alternation_of`` guarded, as
    ``unit_group``, against words that only open like a unit (2部门, 3片区).  No capturing group: wrap it in one."""
    return f"(?!{_alt(not_units())})(?:{unit_alternation_of(*kinds)})"


@cache
def scale_alternation() -> str:
    return _alt(scales())


# --- word lists ------------------------------------------------------------------

@cache
def _word_lists() -> dict[str, WordList]:
    out: dict[str, WordList] = {}

    def walk(node: dict, path: list[str]) -> None:
        if "words" in node:
            key = ".".join(path)
            if not isinstance(node["words"], list):     # [x.words] beside [x.y] would read x as one list of keys
                raise ValueError(f"words.toml: {key} holds lists, so none of them may be called words")
            out[key] = WordList(key, node.get("help", ""), tuple(node["words"]))
            return
        for name, child in node.items():
            if isinstance(child, dict):
                walk(child, [*path, name])

    walk(_load("words.toml"), [])
    return out


def word_lists() -> dict[str, WordList]:
    """Every word list by key, in the order of the data file (for the docs and the consistency test)."""
    return dict(_word_lists())


_ASKED: set[str] = set()   # keys some module asked for: the consistency test finds dead lists


def words(key: str) -> tuple[str, ...]:
    """The words of one list, as written in the data file."""
    found = _word_lists()[key]
    _ASKED.add(key)
    return found.words


def asked() -> frozenset[str]:
    """The keys of the word lists asked for so far (every engine module imported: all that are used)."""
    return frozenset(_ASKED)


def words_of(*keys: str) -> tuple[str, ...]:
    """The words of several lists together, first occurrence kept."""
    return tuple(dict.fromkeys(w for k in keys for w in words(k)))


@cache
def alternation(*keys: str) -> str:
    """Regex alternative of the words of ``keys``: escaped, longest first, no group."""
    return _alt(words_of(*keys))


@cache
def pattern(*keys: str) -> re.Pattern:
    """Compiled ``(?:w1|w2|…)`` of the words of ``keys``."""
    return re.compile(f"(?:{alternation(*keys)})")


@cache
def metric_trail_alternation(kept: str = "") -> str:
    """Regex alternative of the words a metric's name ends with: words.toml [metric.trail], the one
    list the target, figure, progress and review readers strip, less the words of the reader's own
    ``kept`` list (metric.trail_kept_task …); 均 only where it does not end 年均/人均/户均."""
    keep = set(words(kept)) if kept else set()
    trail = [w for w in words("metric.trail") if w not in keep]
    about = set(words("comparator.about_before"))
    alt = "|".join(_about_alone(w) if w in about else re.escape(w) for w in longest_first(trail) if w != "均")
    return alt + "|(?<![年人户])均" if "均" in trail else alt


def _about_alone(word: str) -> str:
    """``word`` (约) as the approximation marker: not the end of a word holding it (comparator.about_inside:
    签约, 节约, 预约 …), one lookbehind per length of what those words have before it."""
    heads: dict[int, list[str]] = {}
    for w in words("comparator.about_inside"):
        if w.endswith(word) and len(w) > len(word):
            heads.setdefault(len(w) - len(word), []).append(w[:-len(word)])
    return "".join(f"(?<!{_alt(hs)})" for _, hs in sorted(heads.items())) + re.escape(word)


@cache
def about_alternation() -> str:
    """Regex alternative of the approximation words before a figure (comparator.about_before: 约), none taken
    as the end of a word (签约4200户 is 4200 signed, not about 4200; 节约用水4200吨 is no hedged target)."""
    return "|".join(_about_alone(w) for w in longest_first(words("comparator.about_before")))


@cache
def metric_trail(kept: str = "") -> re.Pattern:
    """A run of ``metric_trail_alternation`` words ending a metric's name (保持在, 同比增长为, 分别)."""
    return quick(re.compile(f"(?:{metric_trail_alternation(kept)})+$"))


# --- quick searches -------------------------------------------------------------------------
#
# Python's re skips ahead to where a match can begin only when a pattern opens with a literal or a class; a
# pattern whose alternatives open with an optional group or a lookbehind (已(?:于…)?…|(?:于…)?(?:顺利|成功)…,
# (?<!待)获…) is tried in full at every character.  ``quick`` puts the characters a match can begin with in a
# lookahead first, ``(?=[已于顺…])(?:pattern)``: the same matches, each position rejected by one class test.

_MAX_FIRST = 64


_DIGIT_CLASS = "\\d"     # (in ``_first_chars``'s set with ``digits``: two characters, so never a character of its own)


def _first_chars(items, digits: bool = False) -> tuple[set[str], bool] | None:
    """(the characters a match of the parsed sequence ``items`` can begin with, whether it can match the empty
    string), or None when that cannot be told (a class by category or negated, any character, a back reference).
    With ``digits`` the digit category (\\d) is told too, as ``_DIGIT_CLASS``."""
    c = _re_constants
    first: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            return first | {chr(av)}, False
        if op is c.IN:
            chars: set[str] = set()
            for kind, value in av:
                if kind is c.LITERAL:
                    chars.add(chr(value))
                elif kind is c.RANGE and value[1] - value[0] < _MAX_FIRST:
                    chars.update(chr(x) for x in range(value[0], value[1] + 1))
                elif digits and kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                    chars.add(_DIGIT_CLASS)
                else:
                    return None
            return first | chars, False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue                 # zero-width: the match's first character comes after it
        if op is c.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return None
            inner = _first_chars(av[-1], digits)
        elif op is c.BRANCH:
            found = [_first_chars(alt, digits) for alt in av[1]]
            if any(f is None for f in found):
                return None
            inner = (set().union(*(f[0] for f in found)), any(f[1] for f in found))   # type: ignore[index]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            inner = _first_chars(av[2], digits)
            if inner is not None and av[0] == 0:
                inner = (inner[0], True)
        else:
            return None
        if inner is None:
            return None
        first |= inner[0]
        if not inner[1]:
            return first, False
    return first, True


def quick(rx: re.Pattern, most: int = _MAX_FIRST, digits: bool = False) -> re.Pattern:
    """``rx`` with the characters its matches begin with checked first (see above); ``rx`` itself when they cannot
    be told, when it can match the empty string, when it opens with ^ (re then tries the first position only: a
    lookahead before it would have every position tried), or when it has flags of its own.  ``most``: the most
    characters the lookahead lists (a long alternation of words, progress' stage words, may begin with more than
    64 and still be rejected at most characters of a text); ``digits``: a match may begin with \\d (a figure: 9月底前,
    12/20), listed as the class itself."""
    c = _re_constants
    if rx.flags & ~re.UNICODE:
        return rx
    parsed = _re_parser.parse(rx.pattern).data
    head = parsed
    while head and head[0][0] is c.SUBPATTERN:
        head = head[0][1][-1].data
    if head and head[0][0] is c.AT and head[0][1] in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
        return rx
    if not head or head[0][0] in (c.LITERAL, c.IN) or (head[0][0] is c.BRANCH and all(
            alt.data and alt.data[0][0] is c.LITERAL for alt in head[0][1][1])):
        return rx            # re skips ahead by itself (its literal or class prefix)
    found = _first_chars(parsed, digits)
    if found is None or found[1] or not found[0] or len(found[0]) > most:
        return rx
    chars = "".join(ch if ch == _DIGIT_CLASS else re.escape(ch) for ch in sorted(found[0]))
    return re.compile(f"(?=[{chars}])(?:{rx.pattern})")


@cache
def _aliases() -> tuple[dict[str, str], re.Pattern]:
    table = dict(tuple(w.split(">", 1)) for w in words("verify.aliases"))
    # The characters a short name begins with, checked first: re skips ahead by no prefix under IGNORECASE and
    # would try every name at every character (the lookahead is read under the same flag).
    first = "".join(re.escape(ch) for ch in sorted({k[0] for k in table}))
    return table, re.compile(f"(?=[{first}])(?:" + "|".join(re.escape(k) for k in longest_first(table)) + ")",
                             re.IGNORECASE)


@cache
def _alias_words() -> tuple[dict[str, str], re.Pattern]:
    table = dict(tuple(w.split(">", 1)) for w in words("verify.alias_words"))
    return table, re.compile("|".join(re.escape(k) for k in longest_first(table)), re.IGNORECASE)


@lru_cache(maxsize=8192)
def full_names(text: str) -> str:
    """Short names written out (words.toml [verify.aliases]): CPI涨幅 → 居民消费价格涨幅, 社零 →
    社会消费品零售总额, 规上工业企业 → 规模以上工业企业; the one rewriting the review checker and the status
    rules' noun matching share.  A word written otherwise inside many names (研究与试验发展, R&D: 研发) is made one
    first (words.toml [verify.alias_words]), so the names are listed once with it."""
    words_table, word = _alias_words()
    text = word.sub(lambda m: words_table.get(m.group(), words_table.get(m.group().upper(), m.group())), text)
    table, alias = _aliases()
    return alias.sub(lambda m: table.get(m.group(), table.get(m.group().upper(), m.group())), text)


# --- table headers -------------------------------------------------------------

@cache
def headers() -> Headers:
    raw = _load("headers.toml")
    exact: dict[str, str] = {}
    for column, names in raw["exact"].items():
        if column == "help":
            continue
        for name in names:
            if name in exact:
                raise ValueError(f"headers.toml: header {name} listed for {exact[name]} and {column}")
            exact[name] = column
    keywords = tuple((k["word"], k["column"]) for k in raw["keywords"]["rules"])
    return Headers(exact, keywords, raw["exact"].get("help", ""))
