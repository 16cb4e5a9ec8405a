"""Target tasks (目标任务): what a department can be held to.

Three sources, one ``Task`` shape (see ``judgement.Task``):

* a work report (政府工作报告): its plan part only (role ``plan``: 2020年重点工作,
  今年工作安排 …);
* a decomposition table (目标任务分解表): one task per row;
* a progress table that states its own tasks (the 拱墅 Q2 page, the 上城 H1
  table): one task per row.

Work report: the unit
---------------------
A sentence (。！？) is the natural unit: government prose writes one measure
per sentence, and the decomposition tables and progress reports quote the
report sentence by sentence.  A sentence is cut further at ；/; only when it
has no lead-in colon before the first ； and every piece is a clause of its own
(at least six characters of text): 新建道路4条…;新建停车场3个… are two
commitments, whereas 目标为:A;B;C is one statement governed by its lead-in.

Not tasks:

* headings (一、…, run-in sub-headings such as 全面支持民营企业发展。);
* framing: a section's own sentences before its first sub-section, when it
  has sub-sections (the part's opening 坚定不移把高质量发展作为第一任务…努力打造…
  under 一、, and the plan part's preamble 2020年是… / 今年工作的总体要求是… before
  the first 一、) — they state what the sub-sections below deliver;
* list lead-ins: a sentence ending in a colon (重点抓好以下五方面工作:,
  …现提交大会审议:) — its content is the list that follows;
* topic sentences: a short sentence heading the measures after it in its paragraph, in a
  parallel series (做强整车平台。…做强材料平台。…; 坚持招大引强，壮大主导产业。 opening each
  paragraph of a section) — the measures are the tasks, the topic their ``heading``
  (``_topic_sentences``); a sentence saying what the coming year is (2026年是…开局之年);
  a sentence whose last clause says only how much the work matters (做好今年的工作，意义重大。;
  …，使命光荣、责任重大。; …，必须久久为功。: words.toml task.importance).  A short result to check opening
  a paragraph (建成城东污水处理厂。, 新建城市口袋公园12个。: structure.is_result_task) is a task, no run-in
  title nor topic, and its paragraph no framing;
* statements (``_statement``): the general line (今年政府工作的总体要求是：…), why the targets are as they are
  (上述目标…), the situation (当前，…; 同时也要看到，…), what something rests on in every clause (…在于…), what the
  times ask of the government (…提出了更高要求。), and the 民生实事 vote (…候选项目，提请本次大会票决。) with the
  government's promise right after it (我们将…);
* the speech's address and exhortation: an address to the deputies
  (各位代表，同志们！) and the sentences right after it in the voice of a
  transition (新的形势和任务…, 区政府将高举…, 让我们…), and any sentence ending
  in ！.  Sentences after such an address no longer belong to the part above it
  (a report's unheaded closing on the government's own conduct: 加强法治政府建设…),
  so their ``part`` and ``heading`` are empty (ids R0-0-n).

The expected-targets sentence (…主要预期目标为:地区生产总值增长5%;…) gives one
task per target (kind ``expected_target``), and the 民生实事 list one task per
item (kind ``livelihood``), both only from the plan part.

``part`` is the title of the enclosing 一、 heading (the level-0 part title when
there is none, as for the expected targets); ``heading`` is the innermost
heading below it (the run-in sub-heading, or a (一)/1. heading; in a part with no
numbered sub-section, a bold or run-in title straight under it), "民生实事" for
the 民生实事 items and "主要预期目标" for the expected targets.

Ids
---
* ``R{p}-{h}-{s}``: report task — part p (1 for 一、, 0 when outside any part),
  heading h within the part (1-based; 0 for text directly under the part),
  sentence s within that heading (1-based, counting only task sentences); a
  sentence cut at ； gets a letter per clause: ``R4-2-6a``, ``R4-2-6b``.
* ``E{n}``: the n-th expected target; ``L{n}``: 民生实事 item n (its own number).
* ``T{seq}``: a decomposition-table row, by its 序号 (the row number when there
  is none); the k-th task table of a document (k ≥ 2) prefixes ``T{k}-``, so
  the 民生实事 table of a two-table decomposition gives T2-1 … T2-15.
* ``P{row}``: a progress-table row (1-based row number; ``P{k}-{row}`` for the
  k-th table, k ≥ 2).

Ids depend only on the document's structure, so reading the same document
again gives the same ids.

Spans: report tasks carry ``source = {"file", "start", "end"}`` (offsets into
``Document.text``); table tasks ``{"file", "row", "line"}`` (and ``start``/``end``
of the row when the layout knows them).  Indicator and milestone spans are
relative to ``Task.text``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Any

from . import indicators, targets, vocab
from .errors import parses
from .judgement import Indicator, Milestone, Task
from .model import Document, Row, Section, Sentence, Table
from .orgs import Registry
from .parts import is_plan, report_year
from .structure import is_result_task, livelihood_items
from .text import for_parsing

_ADDRESS = re.compile(rf"^\s*(?:{vocab.alternation('part.address')})")
# The voice of a transition after an address: the situation, or the government
# speaking of itself (新的形势和任务…, 区政府将高举…, 让我们…).
_TRANSITION = re.compile(f"(?:{vocab.alternation('part.transition_subject')})(?:{vocab.alternation('part.transition_verb')})"
                         f"|{vocab.alternation('part.transition')}")
_CLAUSE_CHARS = re.compile(r"[^\s,，;；:：。!！?？、“”\"'()（）]")
_TARGETS_LEAD = re.compile(rf"^.*?(?:{vocab.alternation('part.targets', 'part.targets_short', 'part.targets_plain')})[^:]*:")
# A listed target after the lead-in: ——, a bullet, or an item number (1. / （1）).
_BULLET = re.compile(r"^\s*(?:\*\*)?(?:[—－-]{1,2}|[·•●▪◆]|\d{1,2}[.、．](?!\d)|[(（]\d{1,2}[)）])\s*")
# A bullet's heading word before its targets (——经济增长。, ——就业物价：): a few characters, no figure.
_BULLET_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}[。.:]$")
_BULLET_LABEL_COLON = re.compile(r"^[\u4e00-\u9fff]{2,8}:(?=.)")
# A heading that names the targets and nothing else ((一)主要预期目标): its paragraph states them.
_TARGETS_HEADING = re.compile(rf"^(?:(?:19|20)\d\d年|{vocab.alternation('target.heading_year')})?(?:全[市省区县])?(?:经济社会发展)?的?主要(?:预期)?"
                               f"(?:{vocab.alternation('target.heading_noun')})$")
_CLASS = re.compile(r"([ABCＡＢＣ])\s*类?")
_LIVELIHOOD = vocab.pattern("part.livelihood")
_FIVE_YEAR = vocab.pattern("part.five_year")
_PLAN_YEAR = vocab.pattern("part.plan_year")
_EXPECTED = vocab.pattern("part.targets_short")
_NOT_TARGET = vocab.pattern("target.not_target")
_AFTER_TARGETS = vocab.pattern("target.after_targets")
# The header cells of a targets table flattened one cell per line: metric, unit, target value.
_TABLE_HEADERS = {
    "index": re.compile(rf"^(?:{vocab.alternation('target.table_index_header')})$"),
    "other": re.compile(rf"^(?:(?:19|20)\d\d年(?:度)?|{vocab.alternation('time.last_year')})?(?:{vocab.alternation('target.table_other_header')})"
                        r"(?:\(%\)|\(单位\))?$"),
    "metric": re.compile(rf"^(?:{vocab.alternation('target.table_metric_header')})$"),
    "unit": re.compile(rf"^(?:{vocab.alternation('target.table_unit_header')})$"),
    "value": re.compile(rf"^(?:(?:19|20)\d\d年(?:度)?)?(?:{vocab.alternation('target.table_value_header')})"
                        r"(?:\(%\)|\(单位\))?$"),
}
_NUMBERED_HEAD = re.compile(r"^(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)")
_CELL_VALUE = re.compile(r"^(\d+(?:\.\d+)?)(.{0,8})$")
# A markdown table's line (| 地区生产总值增长 | % | 5.5左右 |): its cells between the outer pipes; its rule line.
_PIPE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")
# A sentence announcing the work that follows (重点做好八个方面的工作。): no target.
_ANNOUNCE = re.compile(f"(?:{vocab.alternation('part.announce_scope')})的?"
                       f"(?:{vocab.alternation('part.announce_object')})" r"[。.]?$")
# A figure in an indicator cell: a digit, or a Chinese numeral before a unit it counts in (三个).
_NUMBER = re.compile(rf"\d|[一二三四五六七八九十百千万两]+(?:{vocab.unit_alternation(chinese_numeral_only=True)})")


# --- dispatch ---------------------------------------------------------------

@parses("tasks.tasks_from_document")
def tasks_from_document(doc: Document, name: str = "", registry: Registry | None = None) -> list[Task]:
    """Every task a document states: a work report's plan part, or one task per
    row of its decomposition (task + indicator/lead) or progress tables."""
    name = name or doc.name
    if doc.kind == "work_report" or any(is_plan(s.role) and s.level == 0 for s in doc.sections):
        found = tasks_from_report(doc, name)
        if found:
            return found
    registry = registry or Registry.default()
    out: list[Task] = []
    plan_tables = [t for t in doc.tables if is_task_table(t)]
    if plan_tables:
        for k, table in enumerate(plan_tables, 1):
            out += tasks_from_table(table, name, registry, prefix="T" if k == 1 else f"T{k}-")
        return out
    progress_tables = [t for t in doc.tables if is_progress_table(t)]
    for k, table in enumerate(progress_tables, 1):
        out += tasks_from_progress_table(table, name, registry, prefix="P" if k == 1 else f"P{k}-")
    return out


def is_task_table(table: Table) -> bool:
    """A decomposition table: a task column with an indicator or lead column."""
    cols = set(table.columns)
    return "task" in cols and bool(cols & {"indicator", "lead", "examiner", "score"}) and "progress" not in cols


def is_progress_table(table: Table) -> bool:
    cols = set(table.columns)
    return "task" in cols and "progress" in cols


def _parse(text: str, norm: str | None = None) -> tuple[list[Indicator], list[Milestone]]:
    return indicators.parse(text, norm)


def _shift(items: list, offset: int) -> list:
    for item in items:
        a, b = item.span
        item.span = (a + offset, b + offset)
    return items


# --- work report --------------------------------------------------------------

def tasks_from_report(doc: Document, name: str = "") -> list[Task]:
    """Tasks of a work report's plan part; see the module docstring."""
    name = name or doc.name
    text = doc.text
    sections = doc.sections
    if not any(is_plan(s.role) for s in sections):
        return []
    children: dict[int, list[int]] = {}
    for i, s in enumerate(sections):
        if s.parent is not None:
            children.setdefault(s.parent, []).append(i)
    items = _plan_livelihood(doc)
    in_item = [(it["start"], it["end"]) for it in items]

    tasks: list[Task] = []
    expected = 0
    bullets = False              # inside a ——bulleted list of expected targets
    target_sentences = _year_target_sentences(doc)
    counters: dict[tuple[int, int], int] = {}
    addressed: int | None = None  # where an address to the deputies (各位代表) was last made
    transition = False           # inside the framing that follows an address
    livelihood_done = False
    continuing: int | None = None   # the paragraph of the expected-targets sentence
    previous = ""                # the last expected target's metric (增长7%，总量达到2500亿元)
    heading_targets = False      # past a heading naming the targets ((一)主要预期目标)
    table_end = -1               # the end of a flattened targets table read already
    places: dict[int | None, tuple[int, int, str, str]] = {}    # _place of a section's sentences, found once
    topics = _topic_sentences(doc)
    # Paragraphs opened by a short result (建成城东污水处理厂。…): measures, never a heading's framing.
    result_paragraphs = _result_paragraphs(doc)
    topic: tuple[int | None, str] | None = None      # (paragraph, title) of the last topic sentence
    first_kid: dict[int, int | None] = {}            # _framing's first sub-section of a section, found once
    norm = for_parsing(text)
    for sentence in doc.sentences:
        if not is_plan(sentence.role):
            continue
        # The sentence's span of the normalised text, as long as the span is the sentence.
        same = text[sentence.start:sentence.end] == sentence.text
        normalised = norm[sentence.start:sentence.end] if same else for_parsing(sentence.text)
        body = normalised.strip()
        if _ADDRESS.match(body):
            addressed, transition = sentence.start, True
            continue
        if transition:
            if _TRANSITION.search(body) or body.endswith("!"):
                continue
            transition = False
        if in_item and any(a <= sentence.start < b for a, b in in_item):
            if not livelihood_done:
                tasks += _livelihood_tasks(doc, items, name)
                livelihood_done = True
            continue
        if sentence.start < table_end:
            continue                  # a cell of the targets table read below
        if "expected_targets" in sentence.tags and sentence.start in target_sentences:
            spans = _target_clauses(text, sentence)
            bullets = not spans       # 主要预期目标是： then a ——bulleted list
            rows, end = _table_targets(doc, sentence) if bullets else ([], 0)
            if rows:
                # 主要预期目标如下表： then 指标名称 / 单位 / 2025年目标 / 工业总产值 / 亿元 / 52 …
                for a, b, found in rows:
                    expected += 1
                    tasks.append(_target_task(doc, f"E{expected}", a, b, name, sentence, found))
                table_end, bullets = end, False
                continue
            heading_targets = False   # a lead-in under the heading states them itself
            if "heading" in sentence.tags and sentence.section is not None and \
                    _TARGETS_HEADING.match(for_parsing(sections[sentence.section].title).strip()):
                heading_targets, bullets = True, True      # (一)主要预期目标, its paragraph after it
                continue
            for clause_start, clause_end in spans:
                found = targets.parse_clause(text[clause_start:clause_end], previous)
                if found:
                    previous = found[-1].metric
                    expected += 1
                    tasks.append(_target_task(doc, f"E{expected}", clause_start, clause_end, name, sentence, found))
            continuing = sentence.paragraph
            continue
        if heading_targets and "heading" not in sentence.tags:
            continuing, heading_targets = sentence.paragraph, False
        if continuing == sentence.paragraph:
            # The targets go on in the paragraph's next sentences (…力争实现更高增长。规模以上工业增加值
            # 增长4%，…; 保持“三个同步”，即…), until a sentence states none.
            found_here = _continued_targets(text, sentence, previous)
            if found_here:
                for clause_start, clause_end, found in found_here:
                    previous = found[-1].metric
                    expected += 1
                    tasks.append(_target_task(doc, f"E{expected}", clause_start, clause_end, name, sentence, found))
                continue
        continuing = None
        if bullets and _BULLET.match(body):
            a, b = _bullet_span(text, sentence)
            label = _BULLET_LABEL_COLON.match(for_parsing(text[a:b]))
            if label:
                a += label.end()     # ——就业物价：城镇新增就业1.2万人，…: the heading word is no part of the target
            elif _BULLET_LABEL.match(for_parsing(text[a:sentence.end]).strip()) and sentence.paragraph is not None \
                    and text[sentence.end:doc.paragraphs[sentence.paragraph].end].strip():
                # ——民生改善。城乡居民收入差距持续缩小。: a heading word opens the bullet (no target, though it may read
                # as one), its targets follow it in the paragraph
                continuing = sentence.paragraph
                continue
            found = targets.parse_clause(text[a:b], previous)
            if found:
                previous = found[-1].metric
                expected += 1
                tasks.append(_target_task(doc, f"E{expected}", a, b, name, sentence, found))
                continue
        elif bullets and "heading" not in sentence.tags:
            # 主要预期目标是： then the targets one paragraph each, unmarked (地区生产总值增长6%左右；…)
            found_here = _continued_targets(text, sentence, previous)
            if found_here:
                for clause_start, clause_end, found in found_here:
                    previous = found[-1].metric
                    expected += 1
                    tasks.append(_target_task(doc, f"E{expected}", clause_start, clause_end, name, sentence, found))
                continue
        bullets = False
        if "heading" in sentence.tags or (sentence.paragraph not in result_paragraphs
                                          and _framing(sentence, sections, children, first_kid)):
            continue
        if body.endswith((":", "!")) or not _CLAUSE_CHARS.search(body):
            continue
        if _YEAR_IS.match(body):
            continue        # 2026年是“十五五”开局之年，…: what the year is, no task
        if _IMPORTANCE.search(body) and not _DIGIT.search(body):
            continue        # 做好今年的工作，意义重大。: how much the work matters, no task
        if _statement(body):
            # 今年政府工作的总体要求是：…; 上述目标…; 当前，…; …在于…; …提请本次大会票决。: no task.  After the
            # 民生实事 vote, the government's promise (我们将…, 市政府将…) closes it like an address's transition.
            transition = transition or bool(_VOTE.search(body))
            continue
        if sentence.start in topics:
            topic = (sentence.paragraph, topics[sentence.start])    # 做强材料平台。 heading the measures after it
            continue
        if sentence.section not in places:
            places[sentence.section] = _place(sentence, sections, children)
        part_no, head_no, part, heading = places[sentence.section]
        if addressed is not None and (sentence.section is None or sections[sentence.section].start < addressed):
            # After an address, in the same section: the government's own words, under no heading.  A
            # heading after it (各位代表，生态为要。 closing one sub-section, （二） opening the next) places again.
            part_no, head_no, part, heading = 0, 0, "", ""
        if topic is not None and topic[0] == sentence.paragraph and part:
            heading = topic[1]
        key = (part_no, head_no)
        counters[key] = counters.get(key, 0) + 1
        base = f"R{part_no}-{head_no}-{counters[key]}"
        clauses = _clauses(text, sentence, normalised)
        for n, (a, b) in enumerate(clauses):
            tid = base + (chr(ord("a") + n) if len(clauses) > 1 else "")
            tasks.append(_report_task(doc, tid, a, b, name, part=part, heading=heading, norm=norm))
    _mark_five_year(doc, tasks)
    return tasks


# A topic sentence's shape: no list, colon or exclamation inside; quotation marks are not counted.
_TOPIC_MARKS = re.compile(r"[、;:!?]")
_QUOTE_MARKS = re.compile(r"[“”\"'《》「」]")
# An ordinal opening a topic (一是…, 二是…, 十二是…).
_ORDINAL = re.compile(r"[一二三四五六七八九十]{1,3}是")
# A sentence's last clause saying only how much the work matters (…，意义重大。, …，使命光荣、责任重大。, …，必须久久为功。).
_IMPORTANCE = re.compile(rf",(?:{vocab.alternation('task.importance_adverb')})?(?:{vocab.alternation('task.importance')})"
                         rf"(?:、(?:{vocab.alternation('task.importance')}))?[。!]?$")
_TOPIC_LONGEST = 16      # characters of a topic sentence at most, quotation marks and its comma aside
# Statements in a plan part, no tasks (words.toml task.general_line … task.vote_lead; each with its examples).
_GENERAL_LINE = re.compile(rf"(?:{vocab.alternation('task.general_line')})(?:是|为):")
_GENERAL_LINE_WITHIN = 40       # characters from the sentence's start to its 总体要求是：
_TARGETS_RESTATED = re.compile(rf"(?:{vocab.alternation('task.targets_restated')})[^,。;]{{0,6}}目标")
_SITUATION = re.compile(rf"(?:{vocab.alternation('task.situation_lead')})")
_MODAL = re.compile("要|将|必须")
_SEEN = re.compile(rf"(?:{vocab.alternation('task.seen')}),")
_RESTS_ON = re.compile(rf"[^,;]{{1,16}}(?:{vocab.alternation('task.rests_on')})[^,;]+")
_HIGHER_DEMAND = re.compile(rf"(?:{vocab.alternation('task.higher_demand')})[。!]?$")
_CLAUSE_SPLIT = re.compile("[,;]")
_VOTE = re.compile(rf"(?:{vocab.alternation('task.vote_lead')})[^,;。]{{0,12}}?票决(?!制)")


def _statement(body: str) -> bool:
    """A plan part's sentence that states rather than commits (``body``: normalised, stripped): the general
    line (今年政府工作的总体要求是：…), why the targets are as they are (上述目标…), the situation (当前，…;
    同时也要看到，…), what something rests on in every clause (…在于…), what the times ask of the government
    (…提出了更高要求。), or the 民生实事 vote (…提请本次大会票决。).  A figure keeps a sentence of the
    situation or of what something rests on a task."""
    body = body.lstrip("*")
    line = _GENERAL_LINE.search(body)
    if line and line.start() <= _GENERAL_LINE_WITHIN:
        return True
    if _TARGETS_RESTATED.match(body) or _HIGHER_DEMAND.search(body) or _VOTE.search(body):
        return True
    if _DIGIT.search(body):
        return False
    if _SITUATION.match(body) and not _MODAL.search(body):
        return True
    if _SEEN.match(body):
        return True
    clauses = [c for c in _CLAUSE_SPLIT.split(body.rstrip("。!")) if c]
    return bool(clauses) and all(_RESTS_ON.fullmatch(c) for c in clauses)


def _result_paragraphs(doc: Document) -> set[int]:
    """The plan's paragraphs whose first sentence is a short result to check (``structure.is_result_task``)."""
    out: set[int] = set()
    seen: set[int] = set()
    norm = for_parsing(doc.text)
    for s in doc.sentences:
        if s.paragraph is None or s.paragraph in seen:
            continue
        seen.add(s.paragraph)
        if is_plan(s.role) and is_result_task(_normalised(doc.text, norm, s)):
            out.add(s.paragraph)
    return out


def _normalised(text: str, norm: str, sentence: Sentence) -> str:
    """``for_parsing(sentence.text)``, sliced from the document's normalised text ``norm`` when the sentence is
    its span of ``text`` (for_parsing maps character by character): no call of its own per sentence."""
    if text[sentence.start:sentence.end] == sentence.text:
        return norm[sentence.start:sentence.end]
    return for_parsing(sentence.text)


def _topic_clauses(body: str) -> list[str] | None:
    """The clauses of a sentence shaped as a topic (做强材料平台。, 坚持招大引强，壮大主导产业。): at most two,
    each of two characters or more, together short, with no figure and no list; None for any other."""
    body = body.strip()
    if not body.endswith(("。", ".")):
        return None
    core = body.rstrip("。.").strip()
    if not core or _TOPIC_MARKS.search(core) or _NUMBER.search(core):
        return None
    clauses = [_QUOTE_MARKS.sub("", c) for c in core.split(",")]
    if len(clauses) > 2 or any(len(c) < 2 for c in clauses) or sum(map(len, clauses)) > _TOPIC_LONGEST:
        return None
    return clauses


def _topic_title(text: str) -> str:
    """A topic sentence as its measures' heading: without its full stop and bold marks."""
    return text.strip().strip("*").strip().rstrip("。.").strip("*")


def _same_places(a: str, b: str) -> int:
    """Characters two sentences share at the same places, counted from the start or from the end (whichever more)."""
    ahead = sum(1 for x, y in zip(a, b, strict=False) if x == y and x != ",")
    behind = sum(1 for x, y in zip(reversed(a), reversed(b), strict=False) if x == y and x != ",")
    return max(ahead, behind)


def _topic_sentences(doc: Document) -> dict[int, str]:
    """Short sentences of the plan that head the measures after them in their paragraph, {start: title}.

    Chinese work reports often run a sub-section's measures in one paragraph, each run headed by a short
    sentence naming its aim: 做强整车平台。支持…。引导…。做强材料平台。加快…。 (in mid-paragraph), or open each
    paragraph of a section on two short clauses: 坚持招大引强，壮大主导产业。围绕…。推动…。  Such a sentence is a
    topic, no task: the measures after it are the tasks and it is their heading.  What tells it from a short
    real task (创建国家园林城市。, 推进县域普通高中振兴。) is the series: topics come in parallel forms.  A
    sentence shaped as a topic (``_topic_clauses``), followed in its paragraph by a longer one, is a topic when

    * in mid-paragraph, another such sentence of its paragraph shares three characters with it at the same
      places (做大产业平台 / 做强创新平台, 要大力提振企业信心 / …消费信心) within two characters of its
      length, or three or more of the paragraph open on the same two characters (创新思想理念, 创新体制机制,
      创新管理服务) or end on them (做大产业平台, 夯实金融平台, 共享智慧平台), or it opens on an ordinal
      (二是扩大投资。) and another sentence of its paragraph does too (一是提振消费。 opening it);
    * opening its paragraph with two clauses, the opening sentence of another paragraph of its section has
      two clauses as well and shares two characters with it at the same places (坚持依法行政，建设法治政府 /
      坚持廉洁从政，建设廉洁政府).

    A sentence with a figure (新建健身步道40公里。) is never a topic, nor one with no parallel."""
    rows: dict[int, list[Sentence]] = {}
    for s in doc.sentences:
        if is_plan(s.role) and s.paragraph is not None:
            rows.setdefault(s.paragraph, []).append(s)
    mids: list[list[tuple[Sentence, str]]] = []
    openers: dict[int | None, list[tuple[Sentence, str]]] = {}
    ordinal_heads: dict[int, int] = {}      # a paragraph's run-in heading opening on an ordinal (一是提振消费。): 1
    paragraph_of: dict[int, int] = {}
    norm = for_parsing(doc.text)
    for paragraph, row in rows.items():
        ordinal_heads[paragraph] = sum(1 for s in row if "heading" in s.tags
                                       and _ORDINAL.match(_normalised(doc.text, norm, s).strip()))
        found = []
        for i, s in enumerate(row[:-1]):
            if "heading" in s.tags or "expected_targets" in s.tags or len(row[i + 1].text) <= len(s.text):
                continue
            body = _normalised(doc.text, norm, s)
            clauses = _topic_clauses(body)
            if clauses is None or is_result_task(body):
                continue
            shape = ",".join(clauses)
            first = i == 0 or all("heading" in r.tags for r in row[:i])
            if first and doc.text[doc.paragraphs[paragraph].start:s.start].strip(" \t*　"):
                first = False     # (一)构建…。做大…: a numbered heading ran into the line before it
            if first:
                if len(clauses) == 2:
                    openers.setdefault(s.section, []).append((s, shape))
            else:
                found.append((s, shape))
                paragraph_of[s.start] = paragraph
        mids.append(found)
    out: dict[int, str] = {}
    for found in mids:
        # Counted once for the paragraph, not again for each of its sentences.
        openings = Counter(o[:2] for _, o in found)
        endings = Counter(o[-2:] for _, o in found)
        found_ordinals = sum(1 for _, o in found if _ORDINAL.match(o))
        for k, (s, shape) in enumerate(found):
            ordinals = ordinal_heads[paragraph_of[s.start]] + found_ordinals
            if openings[shape[:2]] >= 3 or endings[shape[-2:]] >= 3 or (_ORDINAL.match(shape) and ordinals >= 2) \
                    or any(j != k and abs(len(o) - len(shape)) <= 2 and _same_places(shape, o) >= 3
                           for j, (_, o) in enumerate(found)):
                out[s.start] = _topic_title(s.text)
    for found in openers.values():
        for k, (s, shape) in enumerate(found):
            if any(j != k and abs(len(o) - len(shape)) <= 2 and _same_places(shape, o) >= 2
                   for j, (_, o) in enumerate(found)):
                out[s.start] = _topic_title(s.text)
    return out


def _mark_five_year(doc: Document, tasks: list[Task]) -> None:
    """Mark the tasks read from a five-year part (parts.py's ``five_year``: 今后五年, “十四五”时期):
    goals of several years, which a year's plan imports only when asked to.

    A part whose title names the coming year as well (“十四五”时期重大举措及2021年工作部署, “十五五”时期主要
    任务和2026年工作安排, …和今年工作) holds both, each run under its lead: a sentence opening on the five years
    (今后五年，…; 未来五年，是…; “十五五”期间，…; 展望“十五五”，…) opens the five years' run, one opening on the coming year
    (2026年是…开局之年; 今年，…; 2026年经济社会发展的主要预期目标是) the year's, and a task is marked by the run
    it stands in (its own sentence's lead counting).  Before any lead, a task of such a part stays unmarked."""
    if not any(s.five_year for s in doc.sections):
        return
    year = report_year(doc.text)
    starts = [s.start for s in doc.sentences]
    leads: dict[int, tuple[list[int], list[bool]]] = {}     # a mixed part's leads: their starts, five years or not
    for task in tasks:
        i = bisect.bisect_right(starts, task.source["start"]) - 1
        section = doc.sentences[i].section if i >= 0 else None
        if section is None or not doc.sections[section].five_year:
            continue
        top = section
        while doc.sections[top].parent is not None:
            top = doc.sections[top].parent
        title = for_parsing(doc.sections[top].title)
        if not (_PLAN_YEAR.search(title) or (year is not None and f"{year}年" in title)):
            task.five_year = True
            continue
        if top not in leads:
            leads[top] = _period_leads(doc, top, year)
        at, five = leads[top]
        k = bisect.bisect_right(at, task.source["start"]) - 1
        task.five_year = k >= 0 and five[k]


# A sentence opening on the five years (今后五年，…; “十五五”期间，…) or on the coming year (今年，…; 2026年是…).
_FIVE_YEAR_OPENING = re.compile(rf"\W*(?:(?:{vocab.alternation('part.five_year_lead')})\W*)?(?:{vocab.alternation('part.five_year')})")


def _period_leads(doc: Document, top: int, year: int | None) -> tuple[list[int], list[bool]]:
    """The sentences of part ``top`` opening on a period: their starts, and whether the period is the five
    years (True) or the coming year (False).  A year in figures leads only as the report's own year."""
    part = doc.sections[top]
    at: list[int] = []
    five: list[bool] = []
    for s in doc.sentences:
        if s.start < part.start or s.start >= part.end:
            continue
        norm = for_parsing(s.text).strip().lstrip("*")
        one = _ONE_YEAR_LEAD.match(norm)
        if one and (not _YEAR_FIGURE.match(one.group()) or (year is not None and f"{year}年" in one.group())):
            at.append(s.start)
            five.append(False)
        elif not one and _FIVE_YEAR_OPENING.match(norm):
            at.append(s.start)
            five.append(True)
    return at, five


def _year_target_sentences(doc: Document) -> set[int]:
    """Starts of the expected-targets sentences that set the coming year's targets: those outside a
    five-year part (今后五年的奋斗目标), unless the report has no other."""
    found = [s for s in doc.sentences if "expected_targets" in s.tags and is_plan(s.role)]
    year = [s for s in found if (s.section is None or not doc.sections[s.section].five_year)
            and not _several_years(s.text)]
    if not year:
        year = [s for s in found if not _several_years(s.text)]
    return {s.start for s in (year or found)}


_AVERAGE = re.compile(f"年均(?:{vocab.alternation('change.annual_average')})?")
_FIGURE = vocab.quick(re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*%"), digits=True)
# A sentence opened by this year, next year or a year in figures: one year's targets, whatever plan it names.
_ONE_YEAR_LEAD = re.compile(rf"\W*(?:{vocab.alternation('time.one_year_lead')}|(?:19|20)\d\d年)")
_YEAR_FIGURE = re.compile(r"\W*(?:19|20)\d\d年")
# A sentence saying what the coming year is (2026年是…开局之年, 今年是…, 2021年，是…): framing, no task.
_YEAR_IS = re.compile(rf"{_ONE_YEAR_LEAD.pattern},?是")


def _several_years(text: str) -> bool:
    """An expected-targets sentence for several years: it opens on them (今后五年…的主要预期目标是,
    “十五五”时期…), or most of its rates are yearly averages (地区生产总值年均增长6.5%)."""
    norm = for_parsing(text)
    if _FIVE_YEAR.search(norm[:20]) and not _ONE_YEAR_LEAD.match(norm):
        return True         # not 今年是“十四五”开局之年，…的主要预期目标是
    rates = _FIGURE.findall(norm)
    return bool(rates) and len(_AVERAGE.findall(norm)) * 2 >= len(rates)


def _bullet_span(text: str, sentence: Sentence) -> tuple[int, int]:
    """A ——bulleted target's span without its dash and final ；/。."""
    body = text[sentence.start:sentence.end]
    marker = _BULLET.match(for_parsing(body))
    lead = marker.end() if marker else 0
    stripped = body.rstrip("；;。. 　*")
    return sentence.start + lead, sentence.start + len(stripped)


def _target_task(doc: Document, tid: str, start: int, end: int, name: str, sentence: Sentence,
                 found: list[Indicator]) -> Task:
    return Task(id=tid, source={"file": name, "start": start, "end": end}, text=doc.text[start:end],
                part=_part_title(sentence, doc.sections), heading="主要预期目标", kind="expected_target",
                indicators=found, milestones=[])


def _report_task(doc: Document, tid: str, start: int, end: int, name: str, kind: str = "task",
                 part: str | None = None, heading: str = "", sentence: Sentence | None = None,
                 title: str = "", norm: str | None = None) -> Task:
    """``norm``: the document's text normalised (``for_parsing(doc.text)``), when the caller has it."""
    body = doc.text[start:end]
    if part is None:
        part = _part_title(sentence, doc.sections) if sentence is not None else ""
    found, milestones = _parse(body, norm[start:end] if norm is not None else None)
    return Task(id=tid, source={"file": name, "start": start, "end": end}, text=body, part=part,
                heading=heading, name=title, kind=kind, indicators=found, milestones=milestones)


def _level1(index: int | None, sections: list[Section]) -> int | None:
    """The 一、 (level 1) section enclosing section ``index``."""
    while index is not None:
        if sections[index].level == 1:
            return index
        index = sections[index].parent
    return None


def _board(index: int | None, sections: list[Section]) -> int | None:
    """The section a task is grouped under (板块): its 一、 (level 1) section; in a report whose parts
    are numbered 一、 themselves (level 0), the numbered sub-section right below the part ((一), 1.),
    however it is indented."""
    found = _level1(index, sections)
    if found is not None or index is None:
        return found
    while sections[index].parent is not None and sections[sections[index].parent].level != 0:
        index = sections[index].parent
    if sections[index].parent is None or sections[index].level > 3:
        return None
    return index


def _part_title(sentence: Sentence | None, sections: list[Section]) -> str:
    if sentence is None or sentence.section is None:
        return ""
    part = _board(sentence.section, sections)
    if part is not None:
        return sections[part].title
    index = sentence.section
    while index is not None and sections[index].level != 0:
        index = sections[index].parent
    return sections[index].title if index is not None else ""


def _place(sentence: Sentence, sections: list[Section], children: dict[int, list[int]]) -> tuple[int, int, str, str]:
    """(part number, heading number, part title, heading title) of a sentence."""
    if sentence.section is None:
        return 0, 0, "", ""
    part = _board(sentence.section, sections)
    if part is None:
        top = sections[sentence.section]
        if top.level == 4 and top.parent is not None and sections[top.parent].level == 0 \
                and not for_parsing(top.title).rstrip().endswith(":"):
            # A bold or run-in title straight under a part with no numbered sub-section (a speech's plan of
            # **聚焦实体经济，夯实产业根基。** paragraphs): the title is its measures' group, in that part; not a
            # lead-in ending in a colon (“十三五”的发展定位、发展目标、发展路径是：).
            parent = sections[top.parent]
            return 0, 0, (parent.title if parent.number else ""), top.title
        # Straight under a numbered part with no sub-section (二、…总体要求和预期目标): that part.
        return 0, 0, (top.title if top.level == 0 and top.number else ""), ""
    level = sections[part].level
    siblings = [i for i in children.get(sections[part].parent, []) if sections[i].level == level] \
        if sections[part].parent is not None else [i for i, s in enumerate(sections) if s.level == 1 and s.parent is None]
    part_no = siblings.index(part) + 1 if part in siblings else 0
    if sentence.section == part:
        return part_no, 0, sections[part].title, ""
    # The heading: the section right below the part on the way to the sentence.
    index = sentence.section
    while sections[index].parent != part:
        index = sections[index].parent
    heads = children.get(part, [])
    head_no = heads.index(index) + 1
    return part_no, head_no, sections[part].title, sections[sentence.section].title


def _framing(sentence: Sentence, sections: list[Section], children: dict[int, list[int]],
             first_kid: dict[int, int | None] | None = None) -> bool:
    """A section's own sentence before its first sub-section, when it has any.  A paragraph opened by what the
    coming year is (今年是“十五五”规划开局之年。 then the year's targets), read as a run-in sub-heading, is no
    sub-section the section's own sentences frame: (二)建设区域交通枢纽。建成…。 before it keeps its tasks.
    ``first_kid``: the caller's memo of each section's first such sub-section's start (None: it has none)."""
    if sentence.section is None:
        return False
    if first_kid is None or sentence.section not in first_kid:
        kids = [k for k in children.get(sentence.section, ())
                if not _YEAR_IS.match(for_parsing(sections[k].title).strip())]
        start = sections[kids[0]].start if kids else None
        if first_kid is None:
            return start is not None and sentence.start < start
        first_kid[sentence.section] = start
    start = first_kid[sentence.section]
    return start is not None and sentence.start < start


def _split_points(body: str) -> list[int]:
    """Offsets of ；/; in ``body`` outside quotes and brackets."""
    if ";" not in body:
        return []           # (most bodies: no character to walk)
    depth, points = 0, []
    for i, ch in enumerate(body):
        if ch in "“(（《[【「":
            depth += 1
        elif ch in "”)）》]】」" and depth:
            depth -= 1
        elif ch == ";" and depth == 0:
            points.append(i)
    return points


def _pieces(text: str, start: int, end: int, points: list[int]) -> list[tuple[int, int]]:
    """Spans between split points, trimmed of spaces and a final 。."""
    out, prev = [], start
    for p in [*points, end - start]:
        a, b = prev, start + p
        piece = text[a:b]
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        stripped = piece.rstrip("。．.!！ ")
        if stripped:
            out.append((a + lead, a + lead + len(stripped)))
        prev = start + p + 1
    return out


def _clauses(text: str, sentence: Sentence, body: str | None = None) -> list[tuple[int, int]]:
    """A sentence's task spans: cut at ；/; when each piece is a clause of its own.  ``body``: the
    sentence normalised, when the caller has it."""
    body = for_parsing(sentence.text) if body is None else body
    points = _split_points(body)
    whole = [(sentence.start, sentence.end)]
    if not points or ":" in body[:points[0]]:
        return whole
    spans = _pieces(text, sentence.start, sentence.end, points)
    if len(spans) < 2 or any(len(_CLAUSE_CHARS.findall(text[a:b])) < 6 for a, b in spans):
        return whole
    return spans


def _target_clauses(text: str, sentence: Sentence) -> list[tuple[int, int]]:
    """The target clauses of an expected-targets sentence: after its lead-in colon, cut at ，；;."""
    body = for_parsing(sentence.text)
    m = _TARGETS_LEAD.match(body)
    offset = m.end() if m else 0
    base = sentence.start + offset
    return [(base + a, base + b) for a, b in targets.clauses(sentence.text[offset:])
            if _CLAUSE_CHARS.search(text[base + a:base + b])]


# A targets table's metric cell that is a figure, not a name: digits and no two Chinese characters together.
_DIGIT = re.compile(r"\d")
_TWO_HAN = re.compile(r"[\u4e00-\u9fff]{2}")


def _table_targets(doc: Document, sentence: Sentence) -> tuple[list[tuple[int, int, list[Indicator]]], int]:
    """A targets table flattened one cell per line after the lead-in (主要预期目标如下表：): header cells
    naming the metric, target and perhaps unit columns (a row number, 序号, and columns holding no target,
    2024年完成 or 备注, passed over), then rows of as many cells.  Each row is read as
    the clause its cells make (工业总产值 + 52 + 亿元 → 工业总产值52亿元), so every rule of the target reader
    holds; the indicator's span is its value cell.  Returns the rows (start, end, indicators) and where
    the table ends; no rows when the lines after the lead-in are no such table."""
    text = doc.text
    cells = []          # (start, end, cell) of the one-line paragraphs after the lead-in, a tabbed line's cells each
    for p in doc.paragraphs[sentence.paragraph + 1:] if sentence.paragraph is not None else []:
        line = _tab_cells(text, p.start, p.end)
        if any(not cell or len(cell) > 30 or "。" in cell or _NUMBERED_HEAD.match(cell) for _, _, cell in line):
            break
        cells += line
    columns: list[str] = []
    for _, _, cell in cells:
        kind = next((k for k, pattern in _TABLE_HEADERS.items() if pattern.match(cell.replace(" ", ""))), None)
        if kind is None or kind in columns and kind != "other":
            break
        columns.append(kind)
    if "metric" not in columns or "value" not in columns:
        return [], 0
    n = len(columns)
    rows, end = [], 0
    for k in range(n, len(cells) - n + 1, n):
        row = {kind: cell for kind, cell in zip(columns, cells[k:k + n], strict=True) if kind != "other"}
        value = _CELL_VALUE.match(row["value"][2].replace(" ", ""))
        metric = row["metric"][2]
        if value is None or _DIGIT.search(metric) and not _TWO_HAN.search(metric):
            break
        unit = row["unit"][2] if "unit" in row and row["unit"][2] not in ("-", "—", "/") else ""
        clause = f"{metric}{value.group(1)}{unit}{value.group(2)}"
        found = [i for i in targets.parse_clause(clause) if not i.stretch]
        if not found:
            break
        start, stop = cells[k][0], cells[k + n - 1][1]
        cell_start = row["value"][0] - start
        for ind in found:
            ind.text, ind.span = text[row["value"][0]:row["value"][1]], (cell_start, cell_start + row["value"][1] - row["value"][0])
        rows.append((start, stop, found))
        end = stop
    return rows, end


def _tab_cells(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The cells of a paragraph that is one line of a table: the whole line, or its cells apart by tabs (a table
    pasted from Word, 指标\t预期目标 / 地区生产总值增长\t5%左右) or between pipes (a markdown table, | 指标 | 单位 |
    预期目标 |; its rule line | --- | --- | has none), each (start, end, cell as parsed)."""
    line = text[start:end]
    piped = _PIPE_ROW.match(line)
    if piped:
        if _PIPE_RULE.match(line):
            return []
        start += piped.start(1)
        line = piped.group(1)
    out, pos = [], start
    for part in line.split("|") if piped else line.split("\t") if "\t" in line.strip() else [line]:
        # a pipe cell's span without the spaces around it
        lead, trail = (len(part) - len(part.lstrip()), len(part) - len(part.rstrip())) if piped else (0, 0)
        out.append((pos + lead, pos + len(part) - trail, for_parsing(part).strip()))
        pos += len(part) + 1
    return out


def _continued_targets(text: str, sentence: Sentence, previous: str = "") -> list[tuple[int, int, list[Indicator]]]:
    """Targets a sentence after the expected-targets sentence of the same paragraph states: its
    clauses that read as targets, unless it announces the work to follow (重点做好八个方面的工作),
    explains the targets (确定上述目标的主要考虑…), exhorts (在实际工作中…) or opens on the targets
    to start the year's work (为实现上述目标，…)."""
    body = for_parsing(sentence.text).strip()
    if body.endswith(":") or _ANNOUNCE.search(body):
        return []
    spans = [(sentence.start + a, sentence.start + b) for a, b in targets.clauses(sentence.text)
             if _CLAUSE_CHARS.search(sentence.text[a:b])]
    first = for_parsing(text[spans[0][0]:spans[0][1]]) if spans else ""
    if not spans or _NOT_TARGET.search(first) or _AFTER_TARGETS.search(first):
        return []
    out = []
    for a, b in spans:
        found = targets.parse_clause(text[a:b], previous)
        if found:
            previous = found[-1].metric
            out.append((a, b, found))
    return out


def _plan_livelihood(doc: Document) -> list[dict]:
    """民生实事 items inside the plan part."""
    plan = [(s.start, s.end) for s in doc.sections if is_plan(s.role) and s.level == 0]
    if not plan:
        return []
    paragraphs = [p for p in doc.paragraphs if any(a <= p.start < b for a, b in plan)]
    return livelihood_items(doc.text, paragraphs)


_ITEM_NUMBER = re.compile(r"\s*\d{1,2}[.、．]\s*")      # a livelihood item's own number (1. 2、)


def _livelihood_tasks(doc: Document, items: list[dict], name: str) -> list[Task]:
    out = []
    for item in items:
        raw = doc.text[item["start"]:item["end"]]
        m = _ITEM_NUMBER.match(for_parsing(raw))
        start = item["start"] + (m.end() if m else 0)
        sentence = next((s for s in doc.sentences if s.start <= start < s.end or s.start >= start), None)
        task = _report_task(doc, f"L{item['number']}", start, item["end"], name, kind="livelihood",
                            heading="民生实事", sentence=sentence, title=item["title"])
        out.append(task)
    return out


# --- decomposition tables --------------------------------------------------------

def _orgs(cell: str, registry: Registry) -> list[str]:
    names: list[str] = []
    for part in registry.split_list(cell):
        name = registry.normalise(part)
        if name and name not in names:
            names.append(name)
    return names


def _table_orgs(registry: Registry):
    """``_orgs`` for the unit cells of one table, each cell read once: its rows name the same units row
    after row (the registry does not change meanwhile).  Each answer a new list (a task's own)."""
    seen: dict[str, tuple[str, ...]] = {}

    def orgs(cell: str) -> list[str]:
        found = seen.get(cell)
        if found is None:
            found = seen[cell] = tuple(_orgs(cell, registry))
        return list(found)
    return orgs


def _row_source(name: str, number: int, row: Row) -> dict[str, Any]:
    source: dict[str, Any] = {"file": name, "row": number, "line": row.line}
    if row.start is not None and row.end is not None:
        source["start"], source["end"] = row.start, row.end
    return source


def _target_class(cell: str) -> str:
    m = _CLASS.search(for_parsing(cell).strip().upper()) if cell.strip() else None
    return m.group(1) if m else ""


def tasks_from_table(table: Table, name: str = "", registry: Registry | None = None,
                     prefix: str = "T") -> list[Task]:
    """One task per row of a decomposition table (任务名称, 指标要求, 牵头部门,
    配合部门, 目标类型).  A table without a task column and an indicator or
    lead column gives []."""
    if not is_task_table(table):
        return []
    registry = registry or Registry.default()
    kind = "livelihood" if _LIVELIHOOD.search(table.title) else "task"
    orgs = _table_orgs(registry)
    out: list[Task] = []
    seen: set[str] = set()
    for number, row in enumerate(table.rows, 1):
        task_name = row.get("task").strip()
        indicator = row.get("indicator").strip()
        if not task_name and not indicator:
            continue
        seq = row.get("seq").strip()
        tid = f"{prefix}{seq}" if seq.isdigit() else f"{prefix}{number}"
        if tid in seen:
            tid = f"{prefix}{number}"
        seen.add(tid)
        text = task_name + ("：" + indicator if indicator else "")
        found, milestones = _parse(indicator) if indicator else ([], [])
        _shift(found, len(task_name) + 1)
        _shift(milestones, len(task_name) + 1)
        if not found and (not indicator or not _NUMBER.search(for_parsing(indicator))):
            from_name, name_milestones = _parse(task_name)
            if from_name:
                found = from_name
            if not milestones:
                milestones = name_milestones
        out.append(Task(id=tid, source=_row_source(name, number, row), text=text, name=task_name,
                        indicator_text=indicator, lead=orgs(row.get("lead") or row.get("examiner")),
                        cooperating=orgs(row.get("cooperating")),
                        target_class=_target_class(row.get("target_class")), kind=kind,
                        indicators=found, milestones=milestones))
    return out


# --- progress tables stating their own tasks ------------------------------------

def tasks_from_progress_table(table: Table, name: str = "", registry: Registry | None = None,
                              prefix: str = "P") -> list[Task]:
    """One task per row of a progress table that states its tasks (项目内容 /
    task text with 责任单位 or 牵头单位).

    ``units`` (责任单位) does not tell lead from cooperating; by the convention
    of these lists the first unit named is the lead (排在首位的为牵头单位) and the
    rest cooperate.  A collective first name (各街道) is no lead: the first
    named single unit leads.  A ``lead`` column is taken as it is.
    ``part`` is the row's section title (…主要预期目标, 城市建设); rows under an
    expected-targets section are kind ``expected_target``."""
    if "task" not in table.columns:
        return []
    registry = registry or Registry.default()
    orgs = _table_orgs(registry)
    out: list[Task] = []
    for number, row in enumerate(table.rows, 1):
        body = row.get("task").strip()
        if not body:
            continue
        lead = orgs(row.get("lead"))
        cooperating = orgs(row.get("cooperating"))
        units = orgs(row.get("units"))
        if units and not lead:
            single = [u for u in units if not registry.is_collective(u)]
            first = single[0] if single else units[0]
            lead = [first]
            cooperating += [u for u in units if u != first and u not in cooperating]
        section = row.get("section_title").strip()
        found, milestones = _parse(body)
        out.append(Task(id=f"{prefix}{number}", source=_row_source(name, number, row), text=body,
                        part=section, heading="", lead=lead, cooperating=cooperating,
                        kind="expected_target" if _EXPECTED.search(section) else "task",
                        indicators=found, milestones=milestones))
    return out
