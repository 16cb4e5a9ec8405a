"""A work report's topic sentences (``_topic_sentences``): a short sentence heading the measures after it in its
paragraph, in a parallel series, whose measures are the tasks and the topic their heading; and the paragraphs
opened by a short result to check (``_result_paragraphs``), which are tasks, not topics; and the lone topics, a short
sentence standing as its own paragraph over the paragraphs of measures after it (``_lone_topics``).
"""

from __future__ import annotations

import re
from collections import Counter

from .. import vocab
from ..model import Document, Sentence
from ..parts import is_plan
from ..structure import is_closing_formula, is_result_task, is_worth_statement
from ..text import NOT_A_DECIMAL, for_parsing
from .table_rows import _NUMBER

# A topic sentence's shape: no list, colon or exclamation inside; quotation marks are not counted.
_TOPIC_MARKS = re.compile(r"[、;:!?]")
_QUOTE_MARKS = re.compile(r"[“”\"'《》「」]")
# An ordinal opening a topic (一是…, 二是…, 十二是…).
_ORDINAL = re.compile(r"[一二三四五六七八九十]{1,3}是")


_TOPIC_LONGEST = 16      # characters of a topic sentence at most, quotation marks and its comma aside
# … and of a two-clause opener parallel to a lone topic of its section (坚持…。 then 坚持…，加快建设…高地。): the parallel
# says it is a topic, so it may be as long as a topic's second clause runs.
_PARALLEL_TOPIC_LONGEST = 30
# A principle opening a plan paragraph of measures (坚持以产城融合带动县域发展，加快补齐园区配套短板。 then 新建…300套…): words.toml
# task.principle_topic.
_PRINCIPLE_OPEN = re.compile(rf"(?:{vocab.alternation('task.principle_topic')})")
_PRINCIPLE_LONGEST = 2 * _TOPIC_LONGEST      # …its two clauses each as long as a topic at most
# Three or more very short sentences in mid-paragraph, each heading longer ones (建好平台。…办好高校。…聚好人才。…),
# are a series of topics even with no characters in common.
_SHORT_TOPIC = 6
# A modal opening a topic (要旗帜鲜明讲政治。): _MODAL_SERIES of them in a paragraph are a series of topics.
_MODAL_OPEN = re.compile(rf"(?:{vocab.alternation('task.modal_topic_open')})(?!求)")
_MODAL_SERIES = 3
_SHORT_SERIES = 3
# The lead's decision D19 (stop 60): a short sentence of one clause in mid-paragraph whose next, longer sentence of measures
# repeats a content word of it (提振消费信心。落实大宗消费品…，打造夜间消费街区5条。) is their topic, parallel or not.
_REPEATED_LONGEST = 12
# … but a title to win or a result to check opening it (创建国家园林城市。, 完成园区扩区调区。) keeps it a task.
_WIN_LEAD = re.compile(rf"(?:{vocab.alternation('task.result_manner')})?(?:{vocab.alternation('task.win_lead', 'task.result_lead')})")
# … and D19a (the lead's refinement, stop 60): an event or meeting to hold (召开…大会。, 举办…节。) is a measure, a task;
# a statement of principle whose predicate is 是/为/来源于/在于 with no aim verb before it is neither topic nor task heading.
_EVENT_HOLD = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{vocab.alternation('task.event_hold')})")
_AIM_OPEN = re.compile(rf"(?:{vocab.alternation('task.own_measure', 'task.result_lead', 'task.win_lead', 'task.principle_topic')})")
_PRINCIPLE_PREDICATE = re.compile(rf"(?!以)([\u4e00-\u9fff“”]{{2,10}}?)(?<![成作视改转认称])"
                                  rf"(?:{vocab.alternation('task.principle_predicate')})")
_WORDS_NOT = vocab.words('task.topic_word_not')
_CHARS_NOT = frozenset(w for w in _WORDS_NOT if len(w) == 1)
_PAIRS_NOT = frozenset(w[k:k + 2] for w in _WORDS_NOT if len(w) > 1 for k in range(len(w) - 1))
_HAN_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")


# An ordinal word or connective of sequence and a comma opening a sentence (首先，…; 其次，…; 最后，…: words.toml
# task.ordinal_open): in mid-paragraph, two or more of them before a topic's shape are a series of topics.
_CONNECTOR = re.compile(rf"^(?:{vocab.alternation('task.ordinal_open')}),\s*")
_CONNECTED = 2


# A numbered item's own number opening its paragraph (1. 2、 (3)): no part of the result it names.
_OWN_NUMBER = re.compile(rf"\s*(?:\d{{1,2}}(?:、(?!\d)|\.{NOT_A_DECIMAL})|\(\d{{1,2}}\))\s*")


def _result_paragraphs(doc: Document) -> set[int]:
    """The plan's paragraphs whose first sentence is a short result to check (``structure.is_result_task``), after
    its item number when it has one (1.建成某某大桥。 before 2.提升园区能级。…, a numbered run-in title)."""
    out: set[int] = set()
    seen: set[int] = set()
    norm = for_parsing(doc.text)
    for s in doc.sentences:
        if s.paragraph is None or s.paragraph in seen:
            continue
        seen.add(s.paragraph)
        if not is_plan(s.role):
            continue
        body = _normalised(doc.text, norm, s)
        number = _OWN_NUMBER.match(body)
        if is_result_task(body[number.end():] if number else body):
            out.add(s.paragraph)
    return out


def _normalised(text: str, norm: str, sentence: Sentence) -> str:
    """``for_parsing(sentence.text)``, sliced from the document's normalised text ``norm`` when the sentence is
    its span of ``text`` (for_parsing maps character by character): no call of its own per sentence."""
    if text[sentence.start:sentence.end] == sentence.text:
        return norm[sentence.start:sentence.end]
    return for_parsing(sentence.text)


def _topic_clauses(body: str, longest: int = _TOPIC_LONGEST) -> list[str] | None:
    """The clauses of a sentence shaped as a topic (做强材料平台。, 坚持招大引强，壮大主导产业。): at most two,
    each of two characters or more, together short, with no figure and no list; None for any other."""
    body = body.strip()
    if not body.endswith(("。", ".")):
        return None
    core = body.rstrip("。.").strip()
    if not core or _TOPIC_MARKS.search(core) or _NUMBER.search(core):
        return None
    clauses = [_QUOTE_MARKS.sub("", c) for c in core.split(",")]
    if len(clauses) > 2 or any(len(c) < 2 for c in clauses) or sum(map(len, clauses)) > longest:
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


def _topic_sentences(doc: Document, lone: tuple[set[int], dict[int, str]] | None = None) -> dict[int, str]:
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
      (二是扩大投资。) and another sentence of its paragraph does too (一是提振消费。 opening it), or it is very
      short (six characters at most: 建好平台。, 优化托育服务。) and so are two more of its paragraph's, or it opens on a
      modal (要旗帜鲜明讲政治。: words.toml task.modal_topic_open) and so do two more of its paragraph's;
    * opening its paragraph with two clauses, the opening sentence of another paragraph of its section has
      two clauses as well and shares two characters with it at the same places (坚持依法行政，建设法治政府 /
      坚持廉洁从政，建设廉洁政府).

    A sentence with a figure (新建健身步道40公里。) is never a topic, nor one with no parallel.  ``lone``: the
    document's ``_lone_topics``, when the caller has them already (they are read once)."""
    rows: dict[int, list[Sentence]] = {}
    for s in doc.sentences:
        if is_plan(s.role) and s.paragraph is not None:
            rows.setdefault(s.paragraph, []).append(s)
    mids: list[list[tuple[Sentence, str]]] = []
    out: dict[int, str] = {}
    openers: dict[int | None, list[tuple[Sentence, str]]] = {}
    long_openers: dict[int | None, list[tuple[Sentence, str]]] = {}     # two clauses, longer than a topic's shape
    ordinal_heads: dict[int, int] = {}      # a paragraph's run-in heading opening on an ordinal (一是提振消费。): 1
    modal_heads: dict[int, int] = {}        # … and on a modal (要坚定扛起发展责任。): 1
    paragraph_of: dict[int, int] = {}
    connected: dict[int, list[tuple[Sentence, int]]] = {}     # a paragraph's mid topics after a connective (首先，…)
    norm = for_parsing(doc.text)
    for paragraph, row in rows.items():
        ordinal_heads[paragraph] = sum(1 for s in row if "heading" in s.tags
                                       and _ORDINAL.match(_normalised(doc.text, norm, s).strip()))
        modal_heads[paragraph] = sum(1 for s in row if "heading" in s.tags
                                     and _MODAL_OPEN.match(_normalised(doc.text, norm, s).strip()))
        found = []
        for i, s in enumerate(row[:-1]):
            opening = i == 0 and not s.tags and not doc.text[doc.paragraphs[paragraph].start:s.start].strip(" \t*　")
            if opening and s.role == "plan" and _principle_heads(doc.text, norm, row, i):
                # 坚持产城融合，加快…短板。 then 新建…300套…: its measures' topic (after a run-in title — 积极发展…产业。坚持
                # 以…为牵引，…。 — the title heads the paragraph, and the principle is left as read)
                out[s.start] = _topic_title(s.text)
                continue
            if opening and _short_principle_heads(doc.text, norm, row, i):
                # 坚持依法行政，建设法治政府。 then 严格…: a short one's measures' topic, in the conduct part as well (and a
                # parallel of the section's other openers still, read below)
                out[s.start] = _topic_title(s.text)
            body = _normalised(doc.text, norm, s)
            # (其次，办好教育。 then 新建…: the connective no part of the topic, its length nor its title)
            connector = None if i == 0 else _CONNECTOR.match(body.lstrip())
            own = body.lstrip()[connector.end():] if connector else body
            if "heading" in s.tags or "expected_targets" in s.tags or len(row[i + 1].text) <= (
                    len(own.strip()) if connector else len(s.text)):
                continue
            clauses = _topic_clauses(own) if connector else _topic_clauses(body)
            first = i == 0 or all("heading" in r.tags for r in row[:i])
            if first and doc.text[doc.paragraphs[paragraph].start:s.start].strip(" \t*　"):
                first = False     # (一)构建…。做大…: a numbered heading ran into the line before it
            if clauses is None and first and not is_result_task(body):
                longer = _topic_clauses(body, _PARALLEL_TOPIC_LONGEST)
                if longer is not None and len(longer) == 2:
                    long_openers.setdefault(s.section, []).append((s, ",".join(longer)))
            if clauses is None or is_result_task(own):
                continue
            shape = ",".join(clauses)
            if first:
                if len(clauses) == 2:
                    openers.setdefault(s.section, []).append((s, shape))
            else:
                found.append((s, shape))
                paragraph_of[s.start] = paragraph
                if connector:
                    connected.setdefault(paragraph, []).append((s, connector.end()))
        mids.append(found)
    for found in mids:
        # Counted once for the paragraph, not again for each of its sentences.
        openings = Counter(o[:2] for _, o in found)
        endings = Counter(o[-2:] for _, o in found)
        found_ordinals = sum(1 for _, o in found if _ORDINAL.match(o))
        shorts = sum(1 for _, o in found if len(o) <= _SHORT_TOPIC)
        modals = sum(1 for _, o in found if _MODAL_OPEN.match(o))
        for k, (s, shape) in enumerate(found):
            ordinals = ordinal_heads[paragraph_of[s.start]] + found_ordinals
            # (要坚定扛起发展责任。…要把稳增长…。…要强化…。: a run-in title opening on a modal is one of the series)
            modals_here = modal_heads[paragraph_of[s.start]] + modals
            if openings[shape[:2]] >= 3 or endings[shape[-2:]] >= 3 or (_ORDINAL.match(shape) and ordinals >= 2) \
                    or (len(shape) <= _SHORT_TOPIC and shorts >= _SHORT_SERIES) \
                    or (modals_here >= _MODAL_SERIES and _MODAL_OPEN.match(shape)) \
                    or any(j != k and abs(len(o) - len(shape)) <= 2 and _same_places(shape, o) >= 3
                           for j, (_, o) in enumerate(found)):
                out[s.start] = _topic_title(s.text)
    for series in connected.values():
        # 民生是最大的政治。首先，稳定就业。新增…。其次，办好教育。新建…: a series of topics told by their connectives
        if len(series) >= _CONNECTED:
            for s, cut in series:
                raw = s.text.lstrip()
                out[s.start] = _topic_title(raw[cut:])
    for found in openers.values():
        for k, (s, shape) in enumerate(found):
            if any(j != k and abs(len(o) - len(shape)) <= 2 and _same_places(shape, o) >= 2
                   for j, (_, o) in enumerate(found)):
                out[s.start] = _topic_title(s.text)
    for row in rows.values():
        # D19: a short sentence whose next measure repeats a content word of it (a series' own reading kept first)
        for start, title in _repeated_word_topics(doc.text, norm, row).items():
            out.setdefault(start, title)
    # A paragraph opened by two clauses after a lone topic of its section opening on the same two characters
    # (坚持以绿色低碳引领产业转型。 then 坚持节约集约，全面提升土地利用效率。…): the lone topic is its parallel.
    lone_starts, _ = _lone_topics(doc) if lone is None else lone
    lone_openings = [(s.start, s.section, _normalised(doc.text, norm, s).strip()[:2]) for s in doc.sentences
                     if s.start in lone_starts]
    for section in {*openers, *long_openers}:
        for s, shape in openers.get(section, []) + long_openers.get(section, []):
            if s.start not in out and any(start < s.start and where == section and shape[:2] == opening
                                          for start, where, opening in lone_openings):
                out[s.start] = _topic_title(s.text)
    return out


def _content_pairs(text: str) -> set[str]:
    """The two characters in a row of ``text`` that may be a content word (no general verb, adverb or scope: words.toml
    task.topic_word_not)."""
    pairs = {text[k:k + 2] for k in range(len(text) - 1)}
    return {p for p in pairs if _HAN_PAIR.fullmatch(p) and p not in _PAIRS_NOT and not _CHARS_NOT.intersection(p)}


def _repeated_word_topics(text: str, norm: str, row: list[Sentence]) -> dict[int, str]:
    """The lead's decision D19 (stop 60): in a plan paragraph ``row``, a sentence after its first (a run-in title's or a
    measure's) that is short — one clause, no figure, at most ``_REPEATED_LONGEST`` characters — and immediately followed
    by a longer sentence of measures repeating a content word of it (two characters in a row that are no general verb:
    提振消费信心。 then 落实大宗消费品以旧换新政策，打造夜间消费街区5条。; 实施医疗卫生强基工程。 then 新建县域医疗次中心20个…)
    is the topic of the measures after it, parallel or not: {start: title}.  Sharing a general verb only (加强河道管理。
    then 加强…) or no word (提升教育质量。 then 推进集团化办学…) it stays a task; so does a result to check or a title to win
    (建成某某污水处理厂。, 完成园区扩区调区。, 创建国家园林城市。: words.toml task.result_lead, task.win_lead), a worth statement (旅游是…支柱产业。)
    and one before a sentence of one clause shaped as a topic itself (no measure)."""
    out: dict[int, str] = {}
    for i in range(1, len(row) - 1):
        s, after = row[i], row[i + 1]
        if {"heading", "expected_targets"} & (set(s.tags) | set(after.tags)) \
                or len(after.text.strip()) <= len(s.text.strip()):
            continue
        body = _normalised(text, norm, s).strip().strip("*").strip()
        clauses = _topic_clauses(body, _REPEATED_LONGEST)
        if clauses is None or len(clauses) != 1 or is_result_task(body) or _WIN_LEAD.match(body) \
                or is_worth_statement(body) or _EVENT_HOLD.match(body) or _states_principle(body):
            continue        # (D19a: 召开…大会。 a measure, a task; 政府的一切权力来源于人民。 as read before D19)
        measure = _normalised(text, norm, after).strip()
        shaped = _topic_clauses(measure)
        if shaped is not None and len(shaped) == 1:
            continue        # (经济大区必须挑大梁。要把稳增长放在更加突出的位置。: no measure after it)
        if _content_pairs(_QUOTE_MARKS.sub("", clauses[0])) & _content_pairs(measure):
            out[s.start] = _topic_title(s.text)
    return out


def _states_principle(body: str) -> bool:
    """D19a (the lead's refinement of D19, stop 60): ``body`` is a statement of principle with no aim verb — a subject
    of two to ten characters opening on no verb of a measure, result or principle, then 是/为/来源于/在于 (words.toml
    task.principle_predicate: 政府的一切权力来源于人民。, 发展是第一要务。), not 以…为 (以人民为中心: a principle's words)."""
    m = _PRINCIPLE_PREDICATE.match(body)
    return m is not None and not _AIM_OPEN.match(m.group(1))


def _principle_heads(text: str, norm: str, row: list[Sentence], i: int) -> bool:
    """The paragraph's sentence ``row[i]``, opening it (no run-in title before it), is a principle heading the measures
    after it (坚持产城融合，加快补齐园区配套设施短板。 then 新建人才公寓300套…): it opens on a principle word (words.toml
    task.principle_topic), is shaped as a topic of one or two clauses longer than a topic's ``_TOPIC_LONGEST`` and up to
    ``_PRINCIPLE_LONGEST`` characters with no figure, a sentence after it in its paragraph holds a figure, and no other
    sentence of the paragraph opens on a principle word (坚持依法行政，….坚持过紧日子，…。: commitments, each a task)."""
    body = _normalised(text, norm, row[i]).strip()
    if not _PRINCIPLE_OPEN.match(body) or _topic_clauses(body, _PRINCIPLE_LONGEST) is None \
            or _topic_clauses(body) is not None:
        return False        # (a topic's length or shorter: told by its parallels, _topic_sentences, or left a task)
    after = [_normalised(text, norm, s).strip() for s in row[i + 1:]]
    return any(_NUMBER.search(b) for b in after) and not any(_PRINCIPLE_OPEN.match(b) for b in after)


def _short_principle_heads(text: str, norm: str, row: list[Sentence], i: int) -> bool:
    """The paragraph's sentence ``row[i]``, opening it, is a short principle heading the measures after it with no
    parallel in its section (坚持招大引强，壮大主导产业。 then 围绕…精准招商，…; in the conduct part 坚持依法行政，建设法治政府。
    then 严格落实…): it opens on a principle word (words.toml task.principle_topic), is shaped as a topic of two clauses
    (``_topic_clauses``: a topic's length at most, no figure), a sentence follows it in its paragraph, and no other
    sentence of the paragraph opens on a principle word.  A longer commitment (坚持依法行政，自觉接受…的法律监督。), one with a figure
    (坚持过紧日子，一般性支出压减5%。) or a paragraph of several (坚持…。坚持…。) stays a task."""
    body = _normalised(text, norm, row[i]).strip()
    clauses = _topic_clauses(body)
    if not _PRINCIPLE_OPEN.match(body) or clauses is None or len(clauses) != 2 or i + 1 >= len(row):
        return False
    return not any(_PRINCIPLE_OPEN.match(_normalised(text, norm, s).strip()) for s in row[i + 1:])


def _lone_topics(doc: Document) -> tuple[set[int], dict[int, str]]:
    """A plan paragraph that is one short sentence of one clause shaped as a topic (加快建设现代化产业体系。,
    提升科技创新能力。), standing between paragraphs of its section, heads the paragraphs of measures after it:
    (the topics' starts, {governed paragraph: title}).  It governs the plain paragraphs of its section that follow
    it, up to the next heading, run-in titled paragraph or lone topic; none follows it in its section (重点做好八个
    方面工作。 then (一)…) — no topic.  A short result to check (建成城东污水处理厂。) or a sentence with a figure is a
    task, never a lone topic."""
    norm = for_parsing(doc.text)
    rows: dict[int, list[Sentence]] = {}
    for s in doc.sentences:
        if s.paragraph is not None:
            rows.setdefault(s.paragraph, []).append(s)
    starts: set[int] = set()
    governed: dict[int, str] = {}
    order = sorted(rows)
    lone: dict[int, str] = {}
    for p in order:
        row = rows[p]
        if len(row) != 1 or not is_plan(row[0].role) or row[0].tags:
            continue
        body = _normalised(doc.text, norm, row[0]).strip()
        clauses = _topic_clauses(body)
        if clauses is not None and len(clauses) == 1 and not is_result_task(body) and not is_closing_formula(body):
            lone[p] = _topic_title(row[0].text)
    for k, p in enumerate(order):
        if p not in lone:
            continue
        section = rows[p][0].section
        heads = []
        for q in order[k + 1:]:
            row = rows[q]
            if q in lone or row[0].section != section or "heading" in row[0].tags or len(row) < 2 and \
                    len(row[0].text) <= len(rows[p][0].text):
                break
            heads.append(q)
        if heads:
            starts.add(rows[p][0].start)
            governed.update(dict.fromkeys(heads, lone[p]))
    return starts, governed


# An address opening a sentence (同志们，…; 各位代表，…: words.toml task.exhortation_address), no part of the exhortation
# after it.
_ADDRESS_OPEN = re.compile(rf"^\s*(?:{vocab.alternation('task.exhortation_address')}),\s*")
_DIGIT = re.compile(r"\d")
_EXHORTATIONS = 2      # pieces opening on a modal, at least, in a closing paragraph of exhortations


# The whole body a closing paragraph exhorts, then its modal (全局上下要…; 全体干部职工要…; 下半年，全市各级各部门要…:
# words.toml task.whole_body_noun), an optional short clause of time or occasion before it.
_WHOLE_BODY = re.compile(rf"^(?:[^,;:。、\d]{{2,12}},)?(?:全[\u4e00-\u9fff]{{1,8}}?|广大)"
                         rf"(?:{vocab.alternation('task.whole_body_noun')})[^,;:。\d]{{0,4}}?"
                         rf"(?:{vocab.alternation('task.whole_body_modal')})")
# A clause saying only how the work is to be done (以时不我待的紧迫感; 主动作为; 更加担当作为: task.attitude_noun,
# task.attitude_adverb, task.attitude_phrase) or the work carried to its end in general words (确保全年各项目标任务圆满
# 完成; 为全市高质量发展作出新的更大贡献: task.attitude_effect_lead, task.attitude_effect_end).
_ATTITUDE_CLAUSE = re.compile(rf"(?:{vocab.alternation('task.attitude_adverb')})?"
                              rf"(?:以[^,;:。、\d]{{0,16}}(?:{vocab.alternation('task.attitude_noun')})"
                              rf"|(?:{vocab.alternation('task.attitude_phrase')}))")
_ATTITUDE_EFFECT = re.compile(rf"(?:{vocab.alternation('task.attitude_effect_lead')})[^,;:。、\d]{{0,24}}?"
                              rf"(?:{vocab.alternation('task.attitude_effect_end')})")
_ATTITUDE_SPLIT = re.compile("[,、]")


def _whole_body_exhorted(body: str) -> bool:
    """The whole body exhorted with attitude words alone (全局上下要以时不我待的紧迫感，主动作为、真抓实干，确保全年各项
    目标任务圆满完成。): after the body and its modal every clause says only how the work is to be done or that it is to be
    carried to its end; no figure, no measure, no object.  A clause of a measure (…要加快推进某某物流园建设，…) or a
    figure keeps the sentence a task."""
    found = _WHOLE_BODY.match(body)
    if not found or _DIGIT.search(body):
        return False
    clauses = [c for c in _ATTITUDE_SPLIT.split(body[found.end():].strip().rstrip("。!")) if c]
    return bool(clauses) and all(_ATTITUDE_CLAUSE.fullmatch(c) or _ATTITUDE_EFFECT.fullmatch(c) for c in clauses)


def _closing_exhortations(doc: Document, signed: set[int] | frozenset[int] = frozenset()) -> set[int]:
    """The plan's paragraphs of exhortations after its last measures: the last plan paragraph before the conduct part,
    the closing, the sign-off (the starts ``signed``) or the document's end, whose every sentence — and every ；-piece
    of it — opens on a modal (要坚定发展信心。要保持战略定力。…; 要…，…；要…，…。: words.toml task.modal_topic_open; after
    an address, 同志们，要…) with no figure, two pieces or more; or whose every sentence exhorts the whole body with
    attitude words alone (全局上下要以…的紧迫感，主动作为…，确保…圆满完成。: _whole_body_exhorted).  Exhortations, never
    tasks: its first sentence is no run-in title and the others no measures under it.  A paragraph of 要… topics
    before measures (要大力提振企业信心。落实…) has sentences of no modal, and stays as read
    (tasks.topics._topic_sentences)."""
    rows: dict[int, list[Sentence]] = {}
    last_plan: int | None = None
    for s in doc.sentences:
        if s.paragraph is None or s.start in signed:
            continue
        rows.setdefault(s.paragraph, []).append(s)
        if s.role == "plan":
            last_plan = s.paragraph
    if last_plan is None or any(s.role != "plan" for s in rows[last_plan]):
        return set()
    norm = for_parsing(doc.text)
    if all(_whole_body_exhorted(_normalised(doc.text, norm, s).strip()) for s in rows[last_plan]):
        return {last_plan}
    pieces = []
    for s in rows[last_plan]:
        body = _normalised(doc.text, norm, s).strip()
        if _DIGIT.search(body):
            return set()        # (要确保新开工项目30个以上。: a figure, a target)
        body = _ADDRESS_OPEN.sub("", body, count=1)
        pieces += [p.strip() for p in body.split(";") if p.strip()]
    if len(pieces) < _EXHORTATIONS or not all(_MODAL_OPEN.match(p) for p in pieces):
        return set()
    return {last_plan}
