"""Work-report structure (报告结构): parts, headings, paragraphs, sentences.

A government work report (政府工作报告) is written to a fixed pattern:

* parts (level 0): a review of the past year (2019年工作回顾, 过去一年工作回顾)
  and the plan for the coming one (2020年重点工作, 今年工作安排, 主要任务) —
  short title lines recognised by those cue words; their role (review / plan)
  is inherited by everything under them;
* headings 一、 (level 1), (一) (level 2) and 1. / 1、 on a line of its own
  (level 3);
* run-in sub-headings (level 4): a paragraph opening with a short topic
  clause ending in 。 with no comma (全面支持民营企业发展。) followed by the
  body.  A run-in heading governs its own paragraph only: the next paragraph
  without one belongs to the enclosing heading.

Paragraphs are non-blank lines (web and Word exports put one paragraph on a
line).  Sentences end at 。！？ (full- or half-width, with any closing quote or
bracket) and at line ends.  ； does NOT end a sentence: government prose uses
it to join clauses of one statement (an expected-targets list
地区生产总值增长5%;服务业增加值增长7.5%;… is one sentence), and keeping the
statement whole keeps its subject with every clause.  An inline numbered list
(…审议:1.建设“美好家园”。…2.加快校舍建设。…) is also cut at each item number.
"""

from __future__ import annotations

import re

from .model import Paragraph, Section, Sentence
from .text import for_parsing, line_spans

_CN = "一二三四五六七八九十百零"
_LEVEL1 = re.compile(rf"^([{_CN}]+)、\s*(.*)$")
_LEVEL2 = re.compile(rf"^\(([{_CN}]+)\)\s*(.*)$")
_LEVEL3 = re.compile(r"^(\d{1,2})[.、](?!\d)\s*(.*)$")
_REVIEW = re.compile(r"回顾|过去一年|过去五年|上年工作|工作总结")
_PLAN = re.compile(r"重点工作|今年工作|主要任务|工作安排|工作任务|工作建议")
_END = re.compile(r"[。!?]+[”’」』)\]]*")         # a sentence end with its closing marks
_LEAD = re.compile(r"^([^,;:。!?、]{2,16})。")       # a run-in sub-heading
_TARGETS = re.compile(r"主要预期目标|预期目标(为|是)|主要预期指标")
# An inline item number: at a paragraph start or after a clause end, not a decimal.
_ITEM = re.compile(r"(?:^|(?<=[:;。!?”)]))\s*(\d{1,2})[.、](?!\d)")
_LIVELIHOOD = re.compile(r"民生实事|实事项目|民生项目")


def _heading(line: str) -> tuple[int, str, int, int] | None:
    """(level, number, title start, title end) when ``line`` (normalised,
    stripped) opens with a heading.  一、 and (一) may run into their body
    ((一)全面支持民营企业发展。深入…): the title is then the first clause."""
    for level, pattern in ((1, _LEVEL1), (2, _LEVEL2), (3, _LEVEL3)):
        m = pattern.match(line)
        if not m:
            continue
        own_line = len(line) <= 40 and "。" not in line[:-1]
        if level == 3 and not own_line:
            return None
        first = line.find("。", m.start(2))
        end = len(line) if own_line or first < 0 else first
        end = len(line[:end].rstrip("。"))
        title = line[m.start(2):end]
        if level == 1 and len(title) <= 20 and (_REVIEW.search(title) or _PLAN.search(title)):
            level = 0    # 一、过去一年工作回顾: a part that is numbered
        return level, m.group(1), m.start(2), end
    if len(line) <= 20 and not re.search(r"[,。;:!?]", line):
        if _REVIEW.search(line) or _PLAN.search(line):
            return 0, "", 0, len(line)
    return None


def _role(title: str) -> str:
    if _REVIEW.search(title):
        return "review"
    return "plan" if _PLAN.search(title) else "other"


def inline_items(line: str) -> list[tuple[int, int, int]]:
    """(number, start, end) of an inline list numbered 1, 2, 3 … inside one line.

    Numbers must run on from 1 without gaps, so 2.5万 or a stray "3." is not
    an item; fewer than two items is no list.  Offsets are within ``line``."""
    found, want = [], 1
    for m in _ITEM.finditer(for_parsing(line)):
        if int(m.group(1)) == want:
            found.append((want, m.start(1)))
            want += 1
    if len(found) < 2:
        return []
    ends = [s for _, s in found[1:]] + [len(line.rstrip())]
    return [(n, s, e) for (n, s), e in zip(found, ends, strict=True)]


def _sentences(text: str, start: int, end: int, cuts: list[int]) -> list[tuple[int, int]]:
    """Sentence spans in text[start:end], trimmed of spaces; ``cuts`` are extra starts."""
    body = for_parsing(text[start:end])
    stops = sorted({m.end() for m in _END.finditer(body)} | {c - start for c in cuts} | {len(body)})
    spans, prev = [], 0
    for stop in stops:
        piece = body[prev:stop]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece.rstrip())
        if trail > lead:
            spans.append((start + prev + lead, start + prev + trail))
        prev = stop
    return spans


def parse_structure(text: str) -> tuple[list[Section], list[Paragraph], list[Sentence]]:
    sections: list[Section] = []
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    stack: list[int] = []        # open sections, outermost first
    norm = for_parsing(text)

    def open_section(level: int, number: str, title: str, start: int) -> int:
        while stack and sections[stack[-1]].level >= level:
            sections[stack.pop()].end = _back(text, start)
        parent = stack[-1] if stack else None
        role = _role(for_parsing(title)) if level == 0 else (sections[parent].role if parent is not None else "other")
        sections.append(Section(level, title, number, start, start, role, parent))
        stack.append(len(sections) - 1)
        return stack[-1]

    for s, e in line_spans(text):
        line = norm[s:e].strip()
        if not line:
            continue
        s += len(norm[s:e]) - len(norm[s:e].lstrip())
        e = s + len(line)
        head = _heading(line)
        tags: list[str] = []
        lead_end = None
        if head:
            open_section(head[0], head[1], text[s + head[2]:s + head[3]], s)
            tags = ["heading"]
        else:
            m = _LEAD.match(line)
            # Run-in heading: the topic clause is shorter than the body it opens.
            if m and len(line) - m.end() > len(m.group(1)) and stack and not _LEVEL3.match(line):
                index = open_section(4, "", text[s:s + len(m.group(1))], s)
                sections[index].end = e
                lead_end = s + m.end()
        paragraphs.append(Paragraph(s, e, stack[-1] if stack else None))
        cuts = [s + i for _, i, _ in inline_items(text[s:e])]
        for a, b in _sentences(text, s, e, cuts):
            sentence = Sentence(text[a:b], a, b, len(paragraphs) - 1, paragraphs[-1].section)
            sentence.role = sections[sentence.section].role if sentence.section is not None else "other"
            sentence.tags = list(tags) or (["heading"] if b == lead_end else [])
            if _TARGETS.search(for_parsing(sentence.text)):
                sentence.tags.append("expected_targets")
            sentences.append(sentence)
        if lead_end is not None:
            stack.pop()          # a run-in heading governs its own paragraph only
    for index in stack:
        sections[index].end = len(text.rstrip())
    for item in livelihood_items(text, paragraphs):
        for sentence in sentences:
            if item["start"] <= sentence.start < item["end"]:
                sentence.tags.append("livelihood_item")
    return sections, paragraphs, sentences


def _back(text: str, pos: int) -> int:
    """End of the text before ``pos``, without the blank lines in between."""
    return len(text[:pos].rstrip())


def livelihood_items(text: str, paragraphs: list[Paragraph] | None = None) -> list[dict]:
    """The numbered 民生实事 projects: dicts of number, title, text, start, end.

    The list follows a paragraph naming 民生实事 (…12个民生实事候选项目…:), either
    inline in that paragraph (1.…2.…) or as following paragraphs numbered 1., 2. …
    The title is the item's first clause, up to its first 。."""
    if paragraphs is None:
        paragraphs = parse_structure(text)[1]
    items: list[dict] = []
    for i, p in enumerate(paragraphs):
        body = text[p.start:p.end]
        if items or not _LIVELIHOOD.search(body):
            continue
        spans = [(n, p.start + a, p.start + b) for n, a, b in inline_items(body)]
        if not spans and for_parsing(body).rstrip().endswith(":"):
            want = 1
            for q in paragraphs[i + 1:]:
                m = _LEVEL3.match(for_parsing(text[q.start:q.end]))
                if not m or int(m.group(1)) != want:
                    break
                spans.append((want, q.start, q.end))
                want += 1
        for number, a, b in spans:
            item = text[a:b].rstrip()
            body_start = _LEVEL3.match(for_parsing(item)).start(2)
            title = re.split(r"[。!?]", for_parsing(item[body_start:]), maxsplit=1)[0]
            items.append({"number": number, "title": item[body_start:body_start + len(title)],
                          "text": item, "start": a, "end": a + len(item)})
    return items
