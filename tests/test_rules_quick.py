"""vocab.quick (rules.base._quick): a pattern with the characters its matches begin with checked first finds exactly what the
pattern finds, and is left as it is where that set cannot be told or re already skips ahead by itself."""

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

from luoshi.engine import assess, indicators, linking, progress, rules, targets, tasks, verify, vocab
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

SAMPLES = Path(__file__).resolve().parent.parent / "luoshi" / "samples"

# Invented clauses in the manner of progress replies, beside the 上城 samples' own.
CLAUSES = [
    "已于5月底建成投用", "于4月顺利开街", "计划于9月底前完成", "预计年底前全部完工", "剩余3条推迟至11月施工",
    "1处因用地问题取消", "目前均在装修", "已全部完成", "均已全面建成", "发生较大事故1起", "完成过半", "三分之二已完成",
    "已编制完成初步设计", "取得用地批复", "并实现全覆盖", "", "，", "已", "7月开工", "2020年7月开工", "完成进度50%",
]


def _texts() -> list[str]:
    out = list(CLAUSES)
    for name in ("shangcheng-2020-h1-progress.txt", "shangcheng-2019-decomposition.txt"):
        text = for_parsing((SAMPLES / name).read_text(encoding="utf-8"))
        out += [m.group(0) for m in re.finditer(r"[^。；\n]+", text)]
    return out


def _wrapped() -> list[tuple[str, re.Pattern, re.Pattern]]:
    out = []
    # (verify's given by name: its _BARE_NAME opens on a lookahead of its own making)
    # (the rules package's modules each: its __init__ keeps only the public API)
    rules_modules = [importlib.import_module(f"{rules.__name__}.{m.name}") for m in pkgutil.iter_modules(rules.__path__)]
    # (and the linking and tasks packages', likewise)
    linking_modules = [importlib.import_module(f"{linking.__name__}.{m.name}") for m in pkgutil.iter_modules(linking.__path__)]
    tasks_modules = [importlib.import_module(f"{tasks.__name__}.{m.name}") for m in pkgutil.iter_modules(tasks.__path__)]
    named = [(n, rx) for module in (*rules_modules, progress, assess, indicators, *linking_modules, *tasks_modules, targets)
             for n, rx in vars(module).items()] + [(n, getattr(importlib.import_module(f"{verify.__name__}.{m}"), n))
                                                 for m, n in (q.split(".") for q in (*verify.QUICK, "restated._RESTATED"))]
    for name, rx in named:
        if isinstance(rx, re.Pattern) and rx.pattern.startswith("(?=[") and "])(?:" in rx.pattern:
            bare = re.compile(rx.pattern[rx.pattern.index("])(?:") + 5:-1])
            out.append((name, bare, rx))
    return out


def test_quick_patterns_find_what_the_patterns_find():
    wrapped = _wrapped()
    assert {"_FORECAST", "_DONE_EVENT", "_DATED_RESULT", "_CUMUL", "_TAIL_STRIP", "_PERIOD_DEADLINE",
            "_METRIC_TRAIL", "_STAGE_RE", "_NUM", "_DATED_TASK", "_TEXT_DEADLINE", "_RATIO", "_RANGE_LOW",
            "_NOT_YET", "_ITEM_MARK", "_INTERIM_DATE", "_COVERED_OF_WHOLE", "_FIGURE", "_RANGE", "_RESTATED"} <= {
        n for n, _, _ in wrapped}
    texts = _texts()
    for name, bare, quick in wrapped:
        for t in texts:
            assert [(m.span(), m.groups()) for m in bare.finditer(t)] == \
                [(m.span(), m.groups()) for m in quick.finditer(t)], (name, t)
            for pos in (0, 1, 3):
                found, quickly = bare.match(t, pos), quick.match(t, pos)
                assert (found and found.span()) == (quickly and quickly.span()), (name, t, pos)
            assert bool(bare.fullmatch(t)) == bool(quick.fullmatch(t)), (name, t)
            assert bare.sub("#", t) == quick.sub("#", t), (name, t)


@pytest.mark.parametrize("pattern", [
    r"\d+项",                 # a class by category: its first characters are not listed
    r"(?:已)?",               # can match the empty string
    r"完成|建成",              # alternatives opened by a literal: re skips ahead by itself
    r"[一二三]成",             # a class first: the same
    r".完成",                 # any character
    r"(?i)(?<!x)abc",         # flags of its own
    r"^(?:年底前|年内)",       # opens with ^: re tries the first position only
    r"(?:^(?:已)?完成|^建成)",  # the same, inside a group
])
def test_quick_leaves_a_pattern_it_cannot_help(pattern):
    rx = re.compile(pattern)
    assert vocab.quick(rx) is rx


def test_quick_lists_the_first_characters_past_lookbehinds_and_optional_groups():
    rx = vocab.quick(re.compile(r"(?<!未)(?:已(?:于\d月)?)?(?:建成|投用)|获[^,]{0,3}认定"))
    assert rx.pattern.startswith("(?=[")
    assert sorted(rx.pattern[4:rx.pattern.index("]")]) == sorted("已建投获")
    assert rx.search("该中心未建成,今年已于5月投用").group(0) == "已于5月投用"


def test_short_names_written_out_as_without_the_lookahead():
    # vocab._aliases checks the first characters of the short names first, under the same IGNORECASE flag
    table, alias = vocab._aliases()
    bare = re.compile(alias.pattern[alias.pattern.index("])(?:") + 5:-1], re.IGNORECASE)
    for t in _texts() + ["gdp增长6%,Cpi涨幅2%,规上工业企业12家,社零增长5%", "r&d经费投入强度", "ＧＤＰ"]:
        assert [m.span() for m in bare.finditer(t)] == [m.span() for m in alias.finditer(t)], t


def test_quick_lists_digits_and_more_first_characters_only_when_asked():
    # a figure's pattern (a lookbehind, then \d) is wrapped only with digits=True, the class listed as itself
    rx = re.compile(r"(?<![\d.])(\d+)/(\d+)|共(\d+)项")
    assert vocab.quick(rx) is rx
    wrapped = vocab.quick(rx, digits=True)
    assert wrapped.pattern.startswith("(?=[\\d共])(?:")
    for t in ["完成12/20", "1.5/3", "共8项，完成3/8", "第3/4季度", "１２/２０"]:
        assert [(m.span(), m.groups()) for m in rx.finditer(t)] == [(m.span(), m.groups()) for m in wrapped.finditer(t)]
    # more first characters than the default 64 only under a larger ``most``
    words = "|".join(chr(0x4E00 + 7 * i) + "成" for i in range(70))
    many = re.compile(f"(?<!未)(?:{words})")
    assert vocab.quick(many) is many
    assert vocab.quick(many, most=128).pattern.startswith("(?=[")
