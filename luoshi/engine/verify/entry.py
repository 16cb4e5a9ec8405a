"""The public entry points: ``verify_tasks``, ``verify_documents``, ``verify``, and the shortfalls a
review lists (未完成的指标).
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from .. import reader, tasks, vocab
from ..errors import ParseError, UnreadableInput
from ..judgement import Claim, Evidence, Task, Verdict
from ..model import Document
from ..parts import report_year
from ..text import for_parsing, normalise
from . import index
from .judge import _judge
from .mentions import _unbracketed
from .patterns import (
    _BARE_NAMES,
    _CLAUSE_END,
    _DONE_IN_WORDS,
    _GOAL_CLAUSE,
    _LOWER_BETTER,
    _MULTI_YEAR,
    _MULTI_YEAR_GOAL,
    _PART_END,
    _PLACE_PREFIX,
    _SHORTFALL,
    _SIZE_END,
    _YEAR_OPENING,
)
from .restated import _written_out
from .review import _reviewing, _whole_document, review_claims
from .years import YEAR, _five_years, _one_year


def verify_tasks(targets: list[Task], claims: list[Claim], mentions: list | None = None) -> tuple[
        list[Verdict], list[Claim]]:
    """Verdicts on every target of ``targets``; claims no verdict used.  ``mentions``: the review's
    sentences of the year, where a target with no figure is looked for."""
    # A figure of a five-year review that nothing dates answers no target; it is quoted (unclear) where
    # no dated figure does.
    # A plan-end review's five-year cumulative or average figure answers no target of the year; it is quoted (unclear)
    # where nothing else does (the lead's convention D3, stop 50).
    several = [c for c in claims if c.several_years]
    claims = [c for c in claims if not c.several_years]
    unsure = [c for c in claims if c.year_uncertain and not c.part_of_area]
    # A part of the area's figure (经济开发区规上工业增加值增长15.2%) answers no target of the whole; it is quoted
    # (unclear) where nothing of the whole answers (the lead's decision of stop 48).
    zones = [c for c in claims if c.part_of_area and not c.year_uncertain]
    claims = [c for c in claims if not c.year_uncertain and not c.part_of_area]
    mentions = mentions or []
    index._INDEXES = {}       # (what every target looks through, read once: see index._indexed)
    try:
        used: set[int] = set()
        verdicts: list[Verdict] = []
        metrics = [ind.metric for task in targets for ind in task.indicators]
        for task in targets:
            for k, ind in enumerate(task.indicators):
                try:
                    verdict = _judge(task, k, ind, claims, unsure, mentions, used, _general_keys(ind.metric, metrics),
                                     zones, several)
                except ParseError as e:
                    # One target the rules fail on is reported as not checked, with the error; the others are checked.
                    verdict = Verdict(task.id, ind.metric, {"value": ind.value, "unit": ind.unit, "comparator": ind.comparator,
                                                            "text": ind.text, "kind": ind.kind, "value_high": ind.value_high,
                                                            "qualifier": ind.qualifier}, None, "unclear", [],
                                      f"无法核对：{e}", outcome="not_reported")
                if verdict is not None:
                    verdicts.append(verdict)
        _shortfalls(verdicts, mentions)
        _not_turned_positive(verdicts, mentions)
    finally:
        index._INDEXES = None
    unanswered = [c for j, c in enumerate(claims) if j not in used] + unsure
    return verdicts, unanswered


_LISTED_AFTER = re.compile(f".{{0,4}}?(?:{vocab.alternation('verify.shortfall_list')})")


_BELOW_WORD = tuple(vocab.words("verify.shortfall_below"))


def _short_of(text: str, raw: str = "", below: bool | None = None) -> str:
    """Where a sentence saying targets were missed (``text`` as ``_written_out`` gives it) names them:
    before each of its shortfall words, back to the one before (地区生产总值等指标没有达到预期目标; 社会消费品零售总额
    增速低于年初预期，实际使用外资与目标仍有差距), and after them when a list follows (有两项指标没有完成预期目标，
    分别是地区生产总值和固定资产投资; in ``raw``, the sentence as written, after a colon: 部分主要指标未能完成年度目标：
    固定资产投资增速放缓，…).  ``below``: True, only before the words saying the result is below the target (低于预期:
    verify.shortfall_below); False, only before the others; None, before all."""
    names: list[str] = []
    prev = 0
    for m in _SHORTFALL.finditer(text):
        if below is not None and m.group().startswith(_BELOW_WORD) != below:
            prev = m.end()
            continue
        # 地区生产总值等主要指标完成年度目标，固定资产投资增速低于预期: the metrics said done before are not short.
        start = max((d.end() for d in _DONE_IN_WORDS.finditer(text, prev, m.start())), default=prev)
        names.append(text[start:m.start()])
        listed = _LISTED_AFTER.match(text, m.end())
        if listed:
            names.append(text[listed.end():listed.end() + 40])
        prev = m.end()
    if raw:
        names += _bare_short(for_parsing(raw))
    colon = _SHORTFALL_COLON.search(for_parsing(raw)) if raw else None
    if colon is not None:
        names.append(_written_out(for_parsing(raw)[colon.end():]))
    return "|".join(names)


# Bare head words standing as the items of a list before a shortfall word (投资、消费等主要指标增速不及预期): each the
# metric it names (verify.bare_names), as a bare word before a change word is.
_BARE_LISTED = re.compile("(?:^|(?<=[,;:、和及与]))({})(?=[、和及与等])".format(
    "|".join(map(re.escape, sorted(_BARE_NAMES, key=len, reverse=True)))))


_ECONOMY_SHORT = re.compile(f"(?:{vocab.alternation('verify.economy_scope')})?经济增[长速]")


def _bare_short(raw: str) -> list[str]:
    """The metrics a shortfall sentence (``raw`` as ``for_parsing`` gives it) names by bare words before each shortfall
    word: head words as a list's items (投资、消费等主要指标增速不及预期) and the economy's growth opening the clause
    (经济增速低于年初预期目标: 地区生产总值)."""
    out, prev = [], 0
    for m in _SHORTFALL.finditer(raw):
        piece = raw[prev:m.start()]
        clause = _CLAUSE_END.split(piece)[-1]
        words = [_BARE_NAMES[b.group(1)] for b in _BARE_LISTED.finditer(clause)]
        if _ECONOMY_SHORT.match(clause) and not clause.startswith("全国"):     # (the nation's is not the own)
            words.append("地区生产总值")
        out += words
        prev = m.end()
    return out


# A shortfall opening a list after a colon (部分主要指标未能完成年度目标：A…，B…): each listed metric is short.
_SHORTFALL_COLON = re.compile(f"(?:{vocab.alternation('verify.shortfall')})[^,;:。]{{0,4}}:")


# (a name without its size word, 地区生产, may stop a character or two before: 地区生产|总值能耗)
_LOWER_BETTER_NEXT = re.compile(f"[^,;:。、\\s]{{0,2}}(?:{vocab.alternation('target.lower_is_better')})")


def _named_short(key: str, names: str, lower_better: bool) -> bool:
    """``key`` (a metric) is among the ``names`` a shortfall sentence gives, not only inside another metric's name: 地区
    生产总值 within 单位地区生产总值能耗 (能耗强度 written out) is the energy intensity's, unless the target's own metric is
    a lower-is-better one too."""
    at = names.find(key)
    while at >= 0:
        if lower_better or not _LOWER_BETTER_NEXT.match(names, at + len(key)):
            return True
        at = names.find(key, at + 1)
    return False


_GENERAL_SHORT: dict[str, list[str]] = {}
for _w in vocab.words("verify.general_short"):
    _GENERAL_SHORT.setdefault(_w.split(">", 1)[0], []).append(_w.split(">", 1)[1])


_GROWTH_NAMED = re.compile(f"(?:{vocab.alternation('verify.growth_rate_word')})")


def _growth_named_after(text: str, key: str) -> bool:
    """``key`` (a metric) is followed in ``text`` by a word naming its growth (地区生产总值增速低于预期)."""
    at = text.find(key)
    while at >= 0:
        if _GROWTH_NAMED.match(text, at + len(key)):
            return True
        at = text.find(key, at + 1)
    return False


def _general_keys(metric: str, metrics: list[str]) -> tuple[str, ...]:
    """The general words (verify.general_short: 财政收入) that stand for ``metric`` in a sentence saying a target was
    missed or done: those whose metrics name it and no other of the year's target ``metrics`` (财政总收入 beside
    一般公共预算收入: neither)."""
    out = []
    for word, named in _GENERAL_SHORT.items():
        def names(m: str, named: list[str] = named) -> bool:
            return any(n in _written_out(m) for n in named)
        if names(metric) and len({_written_out(m) for m in metrics if names(m)}) == 1:
            out.append(word)
    return tuple(out)


def _shortfall_keys(v: Verdict, verdicts: list[Verdict]) -> list[str]:
    """The names a sentence saying a target was missed may give the target of ``v`` by."""
    keys = [k for k in dict.fromkeys((normalise(v.metric), _PLACE_PREFIX.sub("", _written_out(v.metric)),
                                      _unbracketed(v.metric)))
            if len(k) >= 2]      # 规上工业增加值增速低于预期 for 规模以上工业增加值; 细颗粒物平均浓度 for 细颗粒物(PM2.5)…
    # 外贸进出口承压 for 外贸进出口总额: the name without its size word (target.size_only), four characters or more
    keys += [short for k in keys if len(short := _SIZE_END.sub("", k)) >= 4 and short != k]
    keys += _general_keys(v.metric, [x.metric for x in verdicts])     # 财政收入未完成年度目标: the one revenue target
    # 城乡居民收入增速与预期目标还有差距 for 城镇居民人均可支配收入: both groups said short, each is
    keys += [both + k[len(group):] for k in keys for group in _URBAN_RURAL if k.startswith(group) for both in _TOGETHER]
    return keys


def _own_clause_allows(raw: str, keys: list[str], every_key: set[str]) -> bool:
    """Whether a sentence saying targets were missed may say so of the target named by ``keys``: a clause holding a
    shortfall word that names one of the year's targets before the word (``every_key``) names the metrics it says missed
    there, not in the clauses before it, each a complaint of its own (全县经济总量不大、产业层次不高，有效投资后劲不足，消费恢复
    不及预期: retail's, not the economy's) — so does a clause speaking of a target's result in other words
    (verify.shortfall_own_clause: 规上工业增加值增速与年度目标相差2.1个百分点, 规上工业增加值增速下降), and one naming none
    of them before its word names what the clause before it names (外贸进出口受…影响，未完成年度目标); a clause naming none before its word (地区生产总值增长5.2%，低于预期目标; 有两项
    指标没有完成预期目标，分别是…) reaches back and on as before, and so does a sentence whose shortfall word heads a list
    after a colon (部分主要指标未能完成年度目标：固定资产投资增速放缓，…: every item of it said missed)."""
    if _SHORTFALL_COLON.search(for_parsing(raw)):
        return True
    own = []
    raws = _CLAUSE_CUT.split(for_parsing(raw))
    clauses = [_written_out(c) for c in raws]
    for i, written in enumerate(clauses):
        m = _SHORTFALL.search(written) or _OWN_CLAUSE.search(written)
        if m:
            # (消费复苏不及预期: a bare head word opening the clause names its metric, verify.bare_names)
            named = written[:m.start()] + "|".join(("", *(metric for bare, metric in _BARE_NAMES.items()
                                                          if raws[i].startswith(bare))))
            if i and not any(k in named for k in every_key):
                named = clauses[i - 1] + named      # 外贸进出口受国际市场波动影响，未完成年度目标: the clause before names it
            own.append(named)
    if not any(k in o for o in own for k in every_key):
        return True
    return any(k in o for o in own for k in keys)


_CLAUSE_CUT = re.compile(r"[,;:。]")
_URBAN_RURAL = vocab.words("verify.urban_rural")
_TOGETHER = vocab.words("verify.groups_together")
_OWN_CLAUSE = vocab.pattern("verify.shortfall_own_clause")


def _shortfalls(verdicts: list[Verdict], mentions: list) -> None:
    """The report's own words (its problems paragraph, or the review) saying a metric missed its target (“…地区生产总值、规模工业增加值
    等指标没有达到预期目标”) wins over a reading of its figure within a hedge (9% against 9.5%左右): not_met.
    A figure at or beyond the target on its favourable side against the report's word is unclear (the two disagree)."""
    # (低于7%的预期目标 written out: 低于预期目标, the target's figure left out)
    said = [(s, _written_out(s.text)) for s in mentions
            if _SHORTFALL.search(s.text) or _SHORTFALL.search(_written_out(s.text))]
    if not said:
        return
    every_key = {k for v in verdicts for k in _shortfall_keys(v, verdicts)}
    for v in verdicts:
        if v.outcome == "not_met" or v.target.get("value") is None:
            continue
        keys = _shortfall_keys(v, verdicts)
        lower_better = bool(_LOWER_BETTER.search(v.metric))
        lower = v.target.get("comparator") == "<=" or (lower_better and v.target.get("kind") != "decline_rate")
        # 城镇登记失业率低于预期目标, 细颗粒物平均浓度低于年度目标: a cap's result below it is the cap kept, met
        below = lower and v.target.get("kind") != "growth_rate"
        hit = next((s for s, t in said if any(_named_short(k, _short_of(t, s.text, False if below else None), lower_better)
                                                for k in keys) and _own_clause_allows(s.text, keys, every_key)), None)
        if hit is None:
            kept = next((s for s, t in said if any(_named_short(k, _short_of(t, "", True), lower_better) for k in keys)),
                        None) if below else None
            if kept is not None and v.actual is None:
                v.verdict, v.outcome = "achieved", "achieved"
                v.evidence = [Evidence(text=kept.text, start=kept.start, end=kept.end, source="report")]
                v.reason = f"回顾称“{v.metric}”低于预期目标，目标为上限，完成（无数字）"
            continue
        actual = (v.actual or {}).get("value")
        if actual is not None and v.outcome == "achieved" and (
                actual <= v.target["value"] if lower else actual >= v.target["value"]):
            if not vocab.is_rate(v.target.get("unit", "")) and any(
                    _growth_named_after(t, k) for k in keys for s, t in said if s is hit):
                continue    # 地区生产总值增速低于预期 says nothing of its level target met (1236.5亿元 against 1200亿元)
            # 固定资产投资增长8.4% against 8%, and 固定资产投资增速低于预期 in the problems paragraph: the figure meets the
            # target and the report's own word says it fell short; the report disagrees with itself, for a person to
            # settle (bench/labels/verify_invented/README.md, v149).  Within a 左右 band on the unfavourable side the band
            # is only the reader's tolerance, and the report's word decides (not_met, below).
            v.verdict, v.outcome = "unclear", "unclear"
            v.evidence = [*v.evidence, Evidence(text=hit.text, start=hit.start, end=hit.end, source="report")]
            v.reason = f"回顾报告{v.actual['text']}，达到目标，但报告问题部分称{v.metric}未达到预期，两者不一致，无法核对"
            continue
        v.verdict, v.outcome = "not_met", "not_met"
        v.evidence = v.evidence or [Evidence(text=hit.text, start=hit.start, end=hit.end, source="report")]
        v.reason = f"报告问题部分称{v.metric}等指标未达到预期目标" + (f"（回顾报告{v.actual['text']}）" if v.actual else "")


# 18项主要经济指标除进口总额、社会消费品零售总额外，16项实现由负转正: the indicators excepted did not turn positive.
_NOT_TURNED = re.compile(f"除(?P<names>[^,;。]{{2,60}}?)外,?[^;。]{{0,16}}?(?:{vocab.alternation('verify.turned_positive')})")


def _not_turned_positive(verdicts: list[Verdict], mentions: list) -> None:
    """The review's words that every indicator but some turned from falling to growing (除…外，16项实现由负转正): a growth
    target above half a point on a metric named among the excepted, with no figure of the year read for it, is not met —
    its growth of the year is still not positive (verify.turned_positive)."""
    said = [(s, m.group("names")) for s in mentions for m in _NOT_TURNED.finditer(for_parsing(s.text))]
    for v in verdicts:
        target = v.target
        if (v.outcome not in ("unclear", "not_reported") or target.get("kind") != "growth_rate"
                or target.get("comparator") not in (">=", "=") or (target.get("value") or 0) <= 0.5
                or _LOWER_BETTER.search(v.metric)):
            continue
        keys = _shortfall_keys(v, verdicts)
        hit = next((s for s, names in said if any(_named_short(k, _written_out(names), False) for k in keys)), None)
        if hit is None:
            continue
        v.verdict, v.outcome = "not_met", "not_met"
        v.evidence = [Evidence(text=hit.text, start=hit.start, end=hit.end, source="report")]
        v.reason = f"回顾称除“{v.metric}”等指标外其余实现由负转正，即“{v.metric}”当年仍未实现正增长，低于目标“{target.get('text')}”"


def _before_years(sentence) -> list:
    """The sentence, or its clauses before the first one on several years (城镇新增就业完成年度目标，过去五年
    累计新增28万人 → 城镇新增就业完成年度目标，) and the sentence parts after that clause's (to ；) that name no
    several years (…，“十三五”以来累计达150万人；物价涨幅控制在目标以内 → also 物价涨幅…), or
    nothing when it opens on them: what may say the year's results in words."""
    m = _MULTI_YEAR.search(sentence.text)
    if m is None:
        return [sentence]
    cut = max((c.end() for c in _CLAUSE_END.finditer(sentence.text, 0, m.start())), default=0)
    if len(normalise(sentence.text[:cut])) < 4:
        return []
    out = [replace(sentence, text=sentence.text[:cut], end=sentence.start + cut)]
    ends = [e.end() for e in _PART_END.finditer(sentence.text, m.end())]
    for a, b in zip(ends, ends[1:] + [len(sentence.text)], strict=True):
        piece = sentence.text[a:b]
        if len(normalise(piece)) >= 4 and not _MULTI_YEAR.search(piece):
            out.append(replace(sentence, text=piece, start=sentence.start + a, end=sentence.start + b))
    return out


def _earlier_years_left_out(sentence, reported: int | None) -> list:
    """The sentence without its parts (to ；) opened by a year before the reviewed one (2022年，全市…增长4.1% in the
    review of 2024) that do not name the reviewed year after it: an earlier year's statement says nothing of the
    year, as a clause on several years does not."""
    if reported is None or _YEAR_OPENING.search(sentence.text) is None:
        return [sentence]
    ends = [0] + [e.end() for e in _PART_END.finditer(sentence.text)]
    out, dropped = [], False
    for a, b in zip(ends, ends[1:] + [len(sentence.text)], strict=True):
        piece = sentence.text[a:b]
        lead = len(piece) - len(piece.lstrip())
        m = _YEAR_OPENING.match(piece, lead)
        if m is not None and int(m.group(1)) < reported - 1 and not _one_year(piece[m.end():], reported):
            dropped = True
        elif piece.strip():
            out.append(replace(sentence, text=piece, start=sentence.start + a, end=sentence.start + b))
    return out if dropped else [sentence]


def verify_documents(targets_doc: Document, report_doc: Document, targets_name: str = "",
                     found: list[Task] | None = None) -> tuple[list[Verdict], list[Claim]]:
    """Verdicts from already-read documents.  ``found``: the targets document's tasks, when the
    caller has already extracted them (``tasks.tasks_from_document(targets_doc, targets_name)``):
    not extracted a second time."""
    if found is None:
        found = tasks.tasks_from_document(targets_doc, targets_name or targets_doc.name)
    if not found:
        raise UnreadableInput(f"目标文件中未找到任务 (no targets found): {targets_name or targets_doc.name}")
    # The next report reviews one year: beside the year's expected targets, a five-year part's tasks (今后五年…年均
    # 增长…) are not checked against it.
    if any(t.kind == "expected_target" and not t.five_year for t in found):
        found = [t for t in found if not t.five_year]
    review = _reviewing(report_doc)
    whole = not review
    if whole:
        # No review part found (a statistics communiqué, a newspaper's account, questions and answers on the report):
        # the pair does not fail; each target is judged against the whole of the next document but a part on the
        # coming year, and every verdict says so.
        review = _whole_document(report_doc)
    # The year's sentences; in a paragraph of the year, a sentence's clauses before one on several years.
    reported = report_year(report_doc.text)     # (once, not for every sentence of the five years)
    year = [s for s in [piece for s in review for whole in (
                _before_years(s) if _five_years(report_doc, s) == YEAR else [] if _MULTI_YEAR.search(s.text) else [s])
                for piece in _earlier_years_left_out(whole, reported)]
            if not (_five_years(report_doc, s) != YEAR and not _one_year(s.text, reported))]
    # 全面建成小康社会取得决定性成就 in a five-year paragraph: the clause naming a goal of several years is about it.
    kept = {id(s) for s in year}
    year += [replace(s, text=clause) for s in review if id(s) not in kept and _MULTI_YEAR_GOAL.search(s.text)
             for clause in _GOAL_CLAUSE.split(s.text) if _MULTI_YEAR_GOAL.search(clause)]
    failures: list = []
    claims = review_claims(report_doc, failures, several_years=True, sentences=review if whole else None)
    verdicts, unanswered = verify_tasks(found, claims, year)
    if whole:
        for v in verdicts:
            v.reason = (v.reason + "；" if v.reason else "") + \
                f"报告中未找到工作回顾部分，按全文核对 (no review part in {report_doc.name}: judged against the whole document)"
    if failures:
        # Sentences of the review the rules failed on: a target not found may be in one of them.
        for v in verdicts:
            if v.outcome == "not_reported":
                v.reason += f"（回顾中{len(failures)}句无法解析，未核对：{failures[0]}）"
    return verdicts, unanswered


def verify(targets_doc_path: str | Path, report_path: str | Path) -> tuple[list[Verdict], list[Claim]]:
    """Year N targets (decomposition table or work report) against the year N+1 report's review."""
    targets_doc = reader.read(targets_doc_path)
    report_doc = reader.read(report_path)
    return verify_documents(targets_doc, report_doc, Path(targets_doc_path).name)
