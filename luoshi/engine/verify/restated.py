"""A review's clauses with the year's targets it restates (坚持年初确定的…增长6.5%左右的目标) set
aside, and short names written out in full.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import vocab
from ..text import for_parsing, normalise
from .patterns import _CLAUSE_END, _review_names

# A clause restating the year's target (坚持年初确定的地区生产总值增长6.5%左右的目标): from the clause's start
# (or the end of the restatement before it) up to the target's noun.  The pattern is the figure and what
# follows it, tried only where a digit run starts; _without_restated reaches back for the clause's start
# (a lazy lead in the pattern was tried from every character, cubic on a long run of digits).
_RESTATED = vocab.quick(re.compile(r"(?<!\d)\d+(?:\.\d+)?\s*%?(?:{})?的?(?:(?:{})?(?:{})?(?:{}))".format(
    vocab.alternation("verify.target_hedge"),
    vocab.alternation("verify.target_period"), vocab.alternation("verify.target_kind"), vocab.alternation("verify.target_noun"))),
    digits=True)
_RESTATED_CLAUSE_MARKS = ",;:，；：。"


def _without_restated(text: str) -> str:
    """``text`` with each restated target cut out from its clause's start, or from the end of the one before
    it in the same clause."""
    kept, pos = [], 0
    for m in _RESTATED.finditer(text):
        start = max(pos, max(text.rfind(c, pos, m.start()) for c in _RESTATED_CLAUSE_MARKS) + 1)
        kept.append(text[pos:start])
        pos = m.end()
    kept.append(text[pos:])
    return "".join(kept)


# …the target restated after a done word (有望实现地区生产总值增长6.5%左右的预期目标): the target said met in words.
_RESTATED_DONE = vocab.quick(re.compile(f"(?P<neg>{vocab.alternation('verify.not_achieved')})?(?P<verb>{vocab.alternation('verify.achieve_verb')})"
                            r"(?P<metric>[^,;:，；：。\d]{{2,16}}?)"
                            r"(?:{})?\d+(?:\.\d+)?\s*%?(?:{})?的?"
                            r"(?:(?:{})?(?:{})?(?:{}))".format(vocab.alternation("verify.restated_change"),
                                                           vocab.alternation("verify.target_hedge"),
                                                           vocab.alternation("verify.target_period"),
                                                           vocab.alternation("verify.target_kind"),
                                                           vocab.alternation("verify.target_noun"))))


# …a cap restated as the bound the metric was kept within (城镇调查失业率控制在5.5%的预期目标以内, 控制在5.5%预期目标下
# 运行): the cap said kept in words, its figure the target's, no result (→ 控制在预期目标以内).
_KEPT_WITHIN = vocab.quick(re.compile(r"(?P<verb>{})\d+(?:\.\d+)?\s*%?(?:{})?的?(?:(?:{})?(?:{})?(?:{}))(?=(?:{}))".format(
    vocab.alternation("verify.kept_within_verb"), vocab.alternation("verify.target_hedge"),
    vocab.alternation("verify.target_period"), vocab.alternation("verify.target_kind"),
    vocab.alternation("verify.target_noun"), vocab.alternation("verify.kept_within_after"))))

# …a result said above or below the target it restates with no result figure (固定资产投资增速高于8%的预期目标, 增长低于7%
# 的年度目标): above or below the target said in words, the figure the target's (→ 高于预期目标, 低于预期目标).
_VERSUS_RESTATED = vocab.quick(re.compile(r"(?P<verb>{}|{})\d+(?:\.\d+)?\s*%?(?:{})?的(?:(?:{})?(?:{})?(?:{}))".format(
    vocab.alternation("verify.versus_target_above"), vocab.alternation("verify.versus_target_below"),
    vocab.alternation("verify.target_hedge"), vocab.alternation("verify.target_period"),
    vocab.alternation("verify.target_kind"), vocab.alternation("verify.target_noun"))))

_TARGET_NOUNS = vocab.words("verify.target_noun")
# …the done word led by the work aimed at the target (围绕实现…的年度目标, 确保完成…的目标): the target restated, not met.
_PURPOSE_BEFORE = re.compile(f"(?:{vocab.alternation('verify.purpose_lead')})$")


def _restated_done(m: re.Match) -> str:
    if _PURPOSE_BEFORE.search(m.string, max(0, m.start() - 4), m.start()):
        return m.group()        # left for _without_restated to cut out
    return f"{m.group('metric')}{m.group('neg') or ''}{m.group('verb')}预期目标"


def _unrestated(text: str) -> str:
    """``text`` (as ``for_parsing`` gives it) with a restated target left out, or, after a done word, said
    met in words (…实现地区生产总值增长6.5%左右的预期目标 → 地区生产总值实现预期目标; 未能实现…: 未能实现).
    Both patterns end on a target noun (verify.target_noun): a text naming none is left as it is
    without trying them."""
    if not any(w in text for w in _TARGET_NOUNS):
        return text
    text = _KEPT_WITHIN.sub(r"\g<verb>预期目标", text)
    text = _VERSUS_RESTATED.sub(r"\g<verb>预期目标", text)
    text = _RESTATED_DONE.sub(_restated_done, text)
    return _without_restated(text)


@lru_cache(maxsize=8192)
def _written(text: str) -> str:
    """``text`` with its short names written out (物价 → 居民消费价格) and a restated target left out
    (``_unrestated``), not normalised.  Cached: ``_written_out``, ``_written_clauses`` and ``_said_clauses``
    each read every review sentence so."""
    return _review_names(_unrestated(for_parsing(text)))


@lru_cache(maxsize=8192)
def _written_out(text: str) -> str:
    """``text`` normalised with its short names written out, a restated target left out (``_written``): as
    compared."""
    return normalise(_written(text))


@lru_cache(maxsize=4096)
def _written_clauses(text: str) -> tuple[str, ...]:
    """The clauses of ``text``, each as ``_written_out`` gives it."""
    return tuple(normalise(c) for c in _CLAUSE_END.split(_written(text)))
