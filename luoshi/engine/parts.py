"""Part roles of a work report (报告各部分的作用), from numbering, position and wording.

Every government work report, whoever writes it, runs in the same order: a title block (title,
date, speaker, 各位代表：), the review of the past year (review), ending in a paragraph on problems
and shortfalls (problems), the coming year's overall requirements and main expected targets
(targets, where they have a part of their own), the coming year's work (plan; a part on the next
five years is plan too, marked ``five_year``), the government's own conduct (conduct: a part, a
sub-section or a paragraph), the closing exhortation (closing), and after it sometimes a glossary
(glossary: 名词解释, 附注) and annexes (annex: a 民生实事 list printed after the closing) or page
residue (other).  Titles vary without end (2018年主要工作, 总体要求和预期目标, 奋斗目标和重点任务,
a thematic 全面系统深入学习贯彻…), so wording decides only where it is clear and position decides
the rest:

* a part's title decides first: glossary, review, five-year, conduct, targets (a targets word
  with no plan word: 总体要求和主要目标, not 目标任务和重点工作), plan (``part.*`` in words.toml);
* a part whose title says none of these takes its role from its place: the first part of the
  body is the review; a later one is plan (a thematic title between the review and the conduct);
* inside the review, the problems paragraph is the first paragraph in its last third that opens
  with a problems cue (我们也清醒认识到…, 还存在…不足); the rest of the review part after it is
  problems too; a review without one leaves them to the next part's situation analysis (从自身
  来看，…困难和问题: that paragraph alone);
* inside a plan or targets part, a sub-section whose title is about the government's own conduct
  (（十）更好发挥政府作用), or an unheaded paragraph whose first sentence is (新形势新任务对政府自身
  建设提出了更高的要求), is conduct to the end of its part;
* the closing is the trailing run of paragraphs of the body that open with an address to the
  deputies (各位代表！…), or the last paragraph when it exhorts (让我们…, ending in ！);
* after the closing: a glossary title opens the glossary, a 民生实事 list is an annex, anything
  else is other.

Roles: review, problems, targets, plan, conduct, closing, glossary, annex, other.  Readers of a
role ask ``is_plan(role)`` (plan, targets, conduct: the coming year's work) and
``is_review(role)`` (review, problems: what the past year achieved).  When no review or no plan
part is found, ``missing_roles`` says so; the caller turns it into a warning.
"""

from __future__ import annotations

import re

from . import vocab
from .model import Paragraph, Section, Sentence
from .text import for_parsing

ROLES = ("review", "problems", "targets", "plan", "conduct", "closing", "glossary", "annex", "other")
PLAN_ROLES = ("plan", "targets", "conduct")
REVIEW_ROLES = ("review", "problems")

_REVIEW = vocab.pattern("part.review")
# (the next steps, 下一步工作 / 今后工作措施, plan too — not 下步工作要求, requirements to the units)
_PLAN = re.compile(f"(?:{vocab.alternation('part.plan')})|(?:{vocab.alternation('part.next_steps')})(?!要求)")
_PLAN_YEAR = vocab.pattern("part.plan_year")
# A bulletin's title on how far the works have got (…关于全县重点工作推进情况的通报): no plan by the plan's words in it.
PROGRESS_BULLETIN = re.compile(rf"(?:{vocab.alternation('part.progress_bulletin_word')})的?"
                               rf"(?:{vocab.alternation('part.progress_bulletin_kind')})\s*$")
# 做好2023年工作: a lead of doing and a named year's work, the whole title (as 做好今年工作 is by part.plan_year).
_DO_THE_YEAR = re.compile(rf"(?:{vocab.alternation('part.do_the_year')})(?:19|20)\d\d年(?:的)?工作")
_TARGETS = vocab.pattern("part.targets_title")
_GUIDING_THOUGHT = vocab.pattern("part.guiding_thought_title")
_FIVE_YEAR = vocab.pattern("part.five_year")
_GOOD_START = vocab.pattern("part.good_start")
_FIVE_YEAR_SPAN = vocab.pattern("part.five_year_span")
_SEVERAL_YEARS_REVIEW = vocab.pattern("part.several_years_review")
_CONDUCT = vocab.pattern("part.conduct")
# A part title naming the safeguards of a plan or notice (三、保障措施, 四、组织保障): the government's own measures.
_SAFEGUARDS = vocab.pattern("part.safeguards")
# A notice's sub-section telling the units how to handle and report the work it lists (二、督办要求; 三、有关要求).
_REQUIREMENTS = re.compile(rf"(?:{vocab.alternation('part.requirements')})")
# Minutes of a meeting (…常务会议纪要 on the first line, or 现将会议议定事项纪要如下： in the opening).
_MINUTES_TITLE = re.compile(rf"(?:{vocab.alternation('part.minutes_title_end')})\s*$")
_MINUTES_PHRASE = vocab.pattern("part.minutes_phrase")
_FIRST_LINE = re.compile(r"[^\n]*\S[^\n]*")
MINUTES_HEAD = 1500     # the opening read for the minutes' phrase
# A title only (not a paragraph): 政府 then what it improves in itself (提升政府公共服务和社会治理能力).
_PROBLEMS_TITLE = vocab.pattern("part.problems_title")
_CONDUCT_TITLE = re.compile(rf"{_CONDUCT.pattern}|政府(?!工作)[^,。]{{0,10}}?(?:{vocab.alternation('part.conduct_object')})")
_GLOSSARY = vocab.pattern("part.glossary")
_PROBLEMS = vocab.pattern("part.problems")
_ADDRESS = re.compile(rf"^\s*(?:{vocab.alternation('part.address')})\s*[,!:]")
_EXHORT = vocab.pattern("part.closing")
_RESIDUE = vocab.pattern("part.residue")
_LIVELIHOOD = vocab.pattern("part.livelihood")
_SPEECH = re.compile(vocab.alternation("part.address"))
# The title block of a speech printed without its address (——2024年1月10日在某市…人民代表大会…会议上).
_VENUE = re.compile(f"(?:{vocab.alternation('part.speech_venue')})[^\n]{{0,20}}会议上")
# An annex marker line (附件, 附件1：, 附件二, 附：), a title it opens (附表：2024年重点项目计划), and the
# prefix or colon a glossary title may carry (附：名词解释, 附件二：名词解释, 注释：).
_MARK_NUMBER = r"[\d一二三四五六七八九十]*"
_ANNEX_MARK = re.compile(rf"^附[件录表]?\s*{_MARK_NUMBER}\s*:?$")
_ANNEX_TITLE = re.compile(rf"^附[件录表]\s*{_MARK_NUMBER}\s*[:\s]\s*\S")
_TITLE_FRAME = re.compile(rf"^附[件录]?\s*{_MARK_NUMBER}\s*:|:$")
# A note in brackets ending a title (名词解释（按在报告中出现的先后顺序排列）).
_NOTE = re.compile(r"\([^()]{2,30}\)$")
# A bare note title (注：, 说明：) and a title naming a table or list (…重点项目计划表, …清单).
_NOTE_MARK = re.compile(rf"^(?:{vocab.alternation('part.note_mark')})\s*:?$")
_TABLE_TITLE = re.compile(rf"(?:{vocab.alternation('part.annex_title_end')})$")
# A paragraph in the government's own voice (我们将始终对党忠诚。, 面向未来，我们将…), not a summary (总之…).
_PLEDGE = re.compile(rf"^(?!{vocab.alternation('part.summary_lead')})(?:[^,。!]{{0,6}},)?我们(?:将|要)")
_MARKUP = re.compile(r"\*\*|<!--.*?-->")


_MEETING_SALUTATION = re.compile(rf"^[ \t]*(?:{vocab.alternation('part.meeting_address')})[ \t]*:[ \t]*$", re.M)


def _cadres_speech(text: str, sentences: list[Sentence]) -> bool:
    """A speech to a meeting of the cadres (在全县经济工作会议上的讲话, then 同志们： on a line of its own in its opening
    lines) naming no expected targets in a sentence of its own: its parts are read by their place as a speech to the
    deputies' are — the first untitled part the review (last year's results, the shortcomings), the untitled parts
    after it the plan (二、聚焦重点，…; 三、压实责任，…).  One naming its targets (今年…的主要预期目标是：…) is read from
    that sentence (_plan_from_targets, _situation_part) as before (tasksx, stop 63)."""
    if not _MEETING_SALUTATION.search(for_parsing(text[:600])):
        return False
    return not any("expected_targets" in sent.tags and _NAMES_TARGETS.search(for_parsing(sent.text))
                   for sent in sentences)


def speech_venue(head: str) -> bool:
    """The title block names the session the report is delivered at (在…人民代表大会…会议上)."""
    return bool(_VENUE.search(head))


def is_minutes(text: str) -> bool:
    """Minutes of a meeting (会议纪要): the first line with text ends in 纪要, or the opening says the items decided are
    recorded below (现将会议议定事项纪要如下：)."""
    line = _FIRST_LINE.search(text[:MINUTES_HEAD])
    return bool(line and _MINUTES_TITLE.search(for_parsing(line.group()))) \
        or bool(_MINUTES_PHRASE.search(for_parsing(text[:MINUTES_HEAD])))


# A press conference's transcript (新闻发布会实录): its title, the speakers' labels opening a line and closed by a colon
# (主持人：, 某某日报记者：, 某某（市住建局局长）：, 市教育局局长 某某：…), and the sentence opening an official's plan.
_CONFERENCE_TITLE = vocab.pattern("part.transcript_title")
# (the blanks around the label possessive and its first character no blank: a line of tabs or spaces is not searched
# again from every blank it gives back, which took minutes on 20,000 tabs)
_TURN_LABEL = re.compile(r"^[ \t]*+(?P<label>[^,，。;；!！?？:：\n \t][^,，。;；!！?？:：\n]{0,39}?)[ \t]*+[:：]", re.M)
_TURN_HOST = re.compile(rf"^(?:{vocab.alternation('part.transcript_host')})")
_TURN_REPORTER = vocab.pattern("part.transcript_reporter")
_TURN_OFFICE = vocab.pattern("part.transcript_office")
_TURN_PLAN_OPENER = re.compile(rf"^(?:(?:{vocab.alternation('part.transcript_plan_opener')})(?!以来)|(?P<year>(?:19|20)\d\d)年)")
_TURN_PLAN_WORK = vocab.pattern("part.transcript_plan_work")
_CONFERENCE_YEAR = re.compile(r"(?:19|20)\d\d(?=年)")
CONFERENCE_HEAD = 600    # the title and header lines read for the conference's year (up to the first turn)


def is_transcript(text: str) -> bool:
    """A press conference's transcript: the first line with text names one (…新闻发布会实录)."""
    line = _FIRST_LINE.search(text[:MINUTES_HEAD])
    return bool(line and _CONFERENCE_TITLE.search(for_parsing(line.group())))


def _turns(norm: str) -> list[tuple[int, int, str]]:
    """(start, end, who) of each speaker's turn of a transcript: from a label opening a line to the next one; who is
    host (主持人), reporter (…记者) or official (a label naming an office: 某某（市民政局副局长）).  Lines whose label is
    none of these (the header's 主题：, 发布人：; a lead-in 今年我们主要做好两件事：) open no turn."""
    labels: list[tuple[int, str]] = []
    for m in _TURN_LABEL.finditer(norm):
        label = m.group("label").strip()
        who = ("host" if _TURN_HOST.match(label) else "reporter" if _TURN_REPORTER.search(label)
               else "official" if _TURN_OFFICE.search(label) else "")
        if who:
            labels.append((m.start(), who))
    ends = [start for start, _ in labels[1:]] + [len(norm)]
    return [(start, end, who) for (start, who), end in zip(labels, ends, strict=True)]


def transcript_plan(text: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """The spans of a press conference transcript that are a plan part: in each official's turn (a statement or an
    answer), from the first sentence opening on the coming year (今年，我们将…; 2027年，市住建局将…重点抓好…: a year not
    before the conference's own, part.transcript_plan_opener) with a word of work to do (part.transcript_plan_work) to
    the turn's end.  The header, the host's and the reporters' turns, and an official's thanks, last year's results
    (2026年，全市改造…) and what a work is before that sentence are none."""
    norm = for_parsing(text)
    turns = _turns(norm)
    # (the conference's year: in its title and header lines, before the first turn)
    head = norm[:min(CONFERENCE_HEAD, turns[0][0] if turns else CONFERENCE_HEAD)]
    years = [int(y) for y in _CONFERENCE_YEAR.findall(head)]
    out: list[tuple[int, int]] = []
    for start, end, who in turns:
        if who != "official":
            continue
        for sentence in sentences:
            if not start < sentence.start < end:
                continue
            body = norm[sentence.start:sentence.end].strip()
            opener = _TURN_PLAN_OPENER.match(body)
            if opener is None or not _TURN_PLAN_WORK.search(body):
                continue
            if opener.group("year") and not (years and int(opener.group("year")) >= min(years)):
                continue
            out.append((sentence.start, end))
            break
    return out


def _plan_of_transcript(text: str, sections: list[Section], sentences: list[Sentence]) -> None:
    """Roles of a transcript (``transcript_plan``): plan within an official's plan, other elsewhere."""
    spans = transcript_plan(text, sentences)
    for section in sections:
        section.role = "plan" if any(a <= section.start < b for a, b in spans) else "other"
    for sentence in sentences:
        sentence.role = "plan" if any(a <= sentence.start < b for a, b in spans) else "other"


BULLETIN_HEAD_LINES = 6     # the header block's lines read for a bulletin's title (the office, 督查通报, 第5期, 关于…)


def is_progress_bulletin(text: str) -> bool:
    """A bulletin on how far the works have got: a line of its header block — before the addressees or the first
    sentence — closed by a progress word and 通报 (…关于全县重点工作推进情况的通报; PROGRESS_BULLETIN)."""
    for line in _FIRST_LINE.findall(text[:2000])[:BULLETIN_HEAD_LINES]:
        line = for_parsing(line).strip()
        if line.endswith(":") or "。" in line:
            break
        if PROGRESS_BULLETIN.search(line):
            return True
    return False


def is_plan(role: str) -> bool:
    return role in PLAN_ROLES


def is_review(role: str) -> bool:
    return role in REVIEW_ROLES


def title_role(title: str) -> str:
    """The role a part title says by its wording alone; "" when it says none."""
    t = _NOTE.sub("", _TITLE_FRAME.sub("", for_parsing(title).strip())).rstrip()
    glossary = _GLOSSARY.search(t)
    # 名词解释, or a longer title ending in it (2024年政府工作报告名词解释, 《政府工作报告》有关用语解释).
    if glossary and (len(t) <= 12 or (len(t) <= 30 and not t[glossary.end():].strip(" *:)）"))):
        return "glossary"
    if _REVIEW.search(t) or targets_done(t):
        return "review"
    if PROGRESS_BULLETIN.search(t):
        return ""       # …重点工作推进情况的通报: a bulletin on the works' progress, no plan (tasksx, stop 64)
    # 奋力实现“十五五”良好开局, 确保“十四五”开好局起好步: the plan named for its first year, the year's part
    good_start = names_good_start(t)
    if _FIVE_YEAR.search(t) and not good_start:
        return "five_year"
    if _CONDUCT_TITLE.search(t):
        return "conduct"
    if (_targets_named(t) or _GUIDING_THOUGHT.search(t)) and not _PLAN.search(t):
        return "targets"        # 今年工作的总体要求和主要目标: the year named, its targets
    if _PROBLEMS_TITLE.search(t) and not _PLAN.search(t) and not _PLAN_YEAR.search(t):
        return "problems"       # 当前面临的主要困难和问题: a part of its own
    if _PLAN.search(t) or _PLAN_YEAR.search(t) or good_start or _DO_THE_YEAR.fullmatch(t):
        return "plan"
    led = _SLOGAN_LED.match(t)
    return title_role(led.group("part")) if led else ""


# A part title led by a slogan and a dash (砥砺奋斗、负重前行——本届政府工作回顾; 迈上新征程——全力做好2021年工作): the
# words after the dash, with no clause mark, name the part; the slogan (short phrases, joined by 、 or not) names none.
_SLOGAN_LED = re.compile(r"^[^,。;:!?—\n]{2,12}—{1,2}(?P<part>[^,。;:!?、—\n]{2,26})$")


def slogan_led_title(line: str) -> bool:
    """``line`` (normalised, stripped) is a part title led by a slogan and a dash whose words after the dash alone are a
    part's title (埋头苦干、勇毅前行——2022年主要工作), though the slogan's 、 would make the whole line read as a clause."""
    led = _SLOGAN_LED.match(line)
    return led is not None and is_part_title(led.group("part"))


# A clause of a title opening on a firm commitment (确保各项目标任务落地见效): the work carried through, no part's subject.
_ASSURED_CLAUSE = re.compile(rf"(?:^|,)(?:{vocab.alternation('qualifier.assurance')})[^,]*")


# 本届政府各项目标任务圆满完成: a clause of a title saying the targets were carried out (part.targets_done at its end).
_TARGETS_DONE = re.compile(rf"(?:{vocab.alternation('part.targets_done_subject')})[都均已]?"
                           rf"(?:{vocab.alternation('part.targets_done')})(?=[,;.!]|$)")
_TARGETS_STRIVEN = vocab.pattern("part.targets_striven")
_TITLE_CLAUSE = re.compile(r"[,;]")


def targets_done(title: str) -> bool:
    """A clause of the title says the targets were carried out (一、克难奋进，本届政府各项目标任务全面完成): the review
    of the year under a title naming no year nor a review word — not a clause striving for them (奋力推动全年目标任务
    全面完成, 确保…圆满完成: the plan's)."""
    for clause in _TITLE_CLAUSE.split(title):
        if _TARGETS_DONE.search(clause) and not _TARGETS_STRIVEN.search(clause):
            return True
    return False


def _targets_named(title: str) -> bool:
    """The title names the year's targets as its subject (2023年工作总体要求和预期目标, 目标任务和保障措施) — not in a clause
    saying the work is to be carried through (三、压实责任，转变作风，确保各项目标任务落地见效: a speech's part on
    responsibility; tasksx, stop 61)."""
    return bool(_TARGETS.search(_ASSURED_CLAUSE.sub(",", title)))


def names_good_start(title: str) -> bool:
    """A title naming the plan period's good start (三、奋勇争先，实现“十四五”良好开局): the year's plan, not the five
    years (unless it names their span too: “十五五”时期的奋斗目标和开局之年工作)."""
    return bool(_GOOD_START.search(title)) and not _FIVE_YEAR_SPAN.search(title)


_YEAR = re.compile(r"((?:19|20)\d\d)年?")
_YEAR_FIRST = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月")
_NUMERALS = "一二三四五六七八九"
_FIVE = re.compile(f"十([{_NUMERALS}])五")


def report_year(text: str) -> int | None:
    """The year a report plans: the year of the first date (2016年1月12日) of its title block, or the
    next one when it is delivered in November or December (2022年12月28日: the 2023 report)."""
    m = _YEAR_FIRST.search(for_parsing(text[:600]))
    if not m:
        return None
    return int(m.group(1)) + (int(m.group(2)) >= 11)


def _five_year_number(title: str) -> int:
    m = _FIVE.search(title)
    return _NUMERALS.index(m.group(1)) + 1 if m else 0


def is_part_title(title: str) -> bool:
    """An un-numbered short line that can only be a part's title (名词解释, 加强政府自身建设 …)."""
    return bool(title_role(title))


def assign_roles(text: str, sections: list[Section], paragraphs: list[Paragraph],
                 sentences: list[Sentence]) -> None:
    """Set ``role`` (and ``five_year``) on the sections and sentences of a work report."""
    if is_transcript(text):
        _plan_of_transcript(text, sections, sentences)
        return
    tops = [i for i, s in enumerate(sections) if s.level == 0]
    if not tops or _own_title_only(text, sections, tops):
        _plan_without_parts(sections, paragraphs, sentences)
        return
    # Roles of the parts: wording first, then position.
    roles: dict[int, str] = {}
    year = report_year(text)
    # Minutes: each part an item the meeting decided (一、关于…工作), its measures the tasks, whatever year it names.
    minutes = is_minutes(text)
    plans = [_five_year_number(sections[i].title) for i in tops]
    plans = [n for n in plans if n]
    for i in tops:
        title = for_parsing(sections[i].title)
        # (an untitled part opened where a report pasted without its headings shows one: structure._headless_parts)
        said = title_role(title) or ("" if title or sections[i].role == "other" else sections[i].role)
        number = _five_year_number(title)
        if said == "review" and (_FIVE_YEAR.search(title) or _SEVERAL_YEARS_REVIEW.search(title)) and not _YEAR.search(title):
            sections[i].five_year = True    # 过去五年的工作回顾: its figures are five years', not the year's
        if said == "five_year":
            sections[i].five_year = True
            # Two five-year plans named (十三五 and 十四五): the earlier one is reviewed.
            said = "review" if number and len(set(plans)) > 1 and number == min(plans) else "plan"
        if not said and minutes:
            said = "plan"
        if not said and year:
            # 2015——奋发有为的一年 in the 2016 report: a past year is reviewed, this year planned.
            years = [int(y) for y in _YEAR.findall(title)]
            if years:
                said = "review" if max(years) < year else "plan"
        roles[i] = said
    # Position decides only in a speech to the deputies (各位代表) or a report whose review says so
    # by its title: a plan or notice with 一、指导思想 has no review.
    speech = any(r == "review" for r in roles.values()) or bool(_SPEECH.search(text[:3000])) \
        or speech_venue(text[:600]) or _cadres_speech(text, sentences)
    seen_review = False
    seen_plan = False
    for i in tops:
        if not speech:
            roles[i] = roles[i] if roles[i] in ROLES else "other"
            if roles[i] == "other" and seen_plan and _SAFEGUARDS.search(for_parsing(sections[i].title)):
                # 三、保障措施 after 二、重点任务 in a plan or notice: (一)加强组织领导。成立…; the government's own
                # measures to carry its plan out, read as a conduct part's commitments are
                roles[i] = "conduct"
            seen_plan = seen_plan or roles[i] in ("plan", "targets")
            continue
        if roles[i] == "review":
            seen_review = True
        elif not roles[i]:
            roles[i] = "plan" if seen_review else "review"
            if seen_plan and not for_parsing(sections[i].title).strip() and _conduct_body(text, paragraphs, i):
                roles[i] = "conduct"    # 三、 alone, then 新的一年，全区各级政府要…努力建设人民满意的政府。
            seen_review = True
        seen_plan = seen_plan or roles[i] in ("plan", "targets")
    if not speech and not any(r in ("plan", "targets") for r in roles.values()):
        if not _plan_from_targets(text, sections, sentences, tops, roles):
            _review_without_targets(text, sections, paragraphs, sentences, tops, roles)
    # Targets and plan fused in one part (2024年目标任务, then （一）… the year's tasks): a targets part
    # with no plan part after it for the year holds the plan.
    for k, i in enumerate(tops):
        if roles[i] == "targets" and not any(roles[j] == "plan" and not sections[j].five_year for j in tops[k + 1:]):
            roles[i] = "plan"
    # A bulletin on the works' progress (…重点工作推进情况的通报) plans nothing: its next steps (四、下一步工作) are what it
    # asks of the units, as 下步工作要求 are (tasksx, stop 64).
    if is_progress_bulletin(text):
        roles = {i: "other" if r in ("plan", "targets") else r for i, r in roles.items()}
    # A glossary ends the body: every part after it is glossary or annex too.
    glossary_at = next((sections[i].start for i in tops if roles[i] == "glossary"), None)
    for i in tops:
        if glossary_at is not None and sections[i].start > glossary_at:
            roles[i] = "annex" if _LIVELIHOOD.search(sections[i].title) else "glossary"
    # A 民生实事 list printed right after the closing exhortation (…让我们…！ then 某市2024年为民实事),
    # numbered 一、二、… anew: annex to the end (a glossary after it stays glossary).
    annex_at = _annex_after_closing(text, paragraphs)
    annex_role = _role_after_closing(text, paragraphs, annex_at) if annex_at is not None else "annex"
    if annex_at is not None:
        for i in tops:
            if sections[i].start > annex_at and roles[i] != "glossary":
                roles[i] = annex_role
    for index, section in enumerate(sections):
        top = _top(index, sections)
        role = roles.get(top, "other") if top is not None else "other"
        if annex_at is not None and section.start >= annex_at and role != "glossary":
            role = "glossary" if title_role(section.title) == "glossary" else annex_role
        section.role = role
        if top is not None and sections[top].five_year:
            section.five_year = True
    # Sub-sections on the government's own conduct inside a plan or targets part.
    for index, section in enumerate(sections):
        if section.level > 0 and is_plan(section.role) and _CONDUCT_TITLE.search(for_parsing(section.title)):
            for j in _descendants(index, sections):
                sections[j].role = "conduct"
            section.role = "conduct"
    # A notice's requirements to the units after its list (二、督办要求: 各责任单位要于每月25日前报送…): no plan.
    for index, section in enumerate(sections):
        if section.level > 0 and is_plan(section.role) and _REQUIREMENTS.fullmatch(for_parsing(section.title).strip()):
            for j in [index, *_descendants(index, sections)]:
                sections[j].role = "other"
    spans = _paragraph_roles(text, sections, paragraphs)
    for section in sections:
        # A run-in heading inside a conduct paragraph (我们将始终对党忠诚。…) is conduct too.
        if section.level > 0 and any(r == "conduct" and a <= section.start < b for a, b, r in spans):
            section.role = "conduct"
        # A title after the body (附件2, 名词解释) takes its block's role; so does a short sentence read as a title
        # opening the problems paragraph (成绩来之不易。同时也要看到…).
        for a, b, r in spans:
            if (r in ("glossary", "annex") or r == "problems" and section.level > 0
                    and (not section.number or title_role(section.title) == "problems")) and a <= section.start < b:
                section.role = r
    for sentence in sentences:
        role = sections[sentence.section].role if sentence.section is not None else "other"
        for a, b, r in spans:
            if a <= sentence.start < b:
                role = r
        if role in ("glossary", "annex") and len(sentence.text) < 60 and _RESIDUE.match(_MARKUP.sub("", sentence.text).strip().lstrip("【[")):
            role = "other"      # page residue after a glossary or annex (责任编辑：…, 来源：…, 【打印本页】)
        sentence.role = role
    _problems_before_plan(sections, sentences)


# A part titled with its problems, then the plan (二、存在问题和下一步打算; 问题及2028年工作打算).
_PROBLEMS_THEN_PLAN = re.compile(rf"(?:{vocab.alternation('part.problems_then_plan')})(?:{vocab.alternation('part.problems_then_plan_join')})"
                                 rf"(?:(?:19|20)\d\d年|{vocab.alternation('part.problems_then_plan_time')})?(?:{_PLAN.pattern})")


def _problems_before_plan(sections: list[Section], sentences: list[Sentence]) -> None:
    """A plan part titled with its problems first (存在问题和下一步打算): its sentences and sub-sections before the
    plan starts — the first sentence opening the next steps (下一步，我局将…: next_steps_open) or the first sub-section
    titled as plan ((二)下一步打算) — state the problems (role problems, no task).  A part where neither is found
    stays the plan as its title says (tasksx, stop 64)."""
    for index, section in enumerate(sections):
        if not is_plan(section.role) or not _PROBLEMS_THEN_PLAN.search(for_parsing(section.title)):
            continue
        inner = _descendants(index, sections)
        titled = [sections[j].start for j in inner if title_role(sections[j].title) == "plan"]
        opened = [sent.start for sent in sentences if section.start <= sent.start < section.end
                  and "heading" not in sent.tags and next_steps_open(sent.text)]
        if not titled and not opened:
            continue
        start = min(titled + opened)
        for j in inner:
            if sections[j].start < start:
                sections[j].role = "problems"
        for sent in sentences:
            if section.start <= sent.start < start and "heading" not in sent.tags:
                sent.role = "problems"


# 经济社会发展的主要预期目标是：… (structure.py's first reading of the expected targets, not its later fallbacks).
_NAMES_TARGETS = re.compile(rf"{vocab.alternation('part.targets')}|(?:{vocab.alternation('part.targets_short')})"
                            rf"(?:{vocab.alternation('part.targets_set_verb')})?(?:为|是)")


# A reply or progress report in prose with no part heading: a sentence opening the next steps (下一步打算：…; 下一步，我镇将…;
# 下步，我们将…) — a kind word and a colon, or a comma, a subject of a few characters not opening on 各 or 全 (the units
# told: 下一步，各乡镇要…) and the writer's own will (将/要/拟).
_NEXT_STEPS = (rf"(?:{vocab.alternation('part.reply_next_lead')})"
               rf"(?:(?:{vocab.alternation('part.reply_next_kind')})?\s*:|,\s*(?![各全])[^,:;。!?\s]{{0,6}}?(?:{vocab.alternation('part.reply_next_will')}))")
_NEXT_STEPS_OPEN = re.compile(rf"^{_NEXT_STEPS}")
_NEXT_STEPS_LATER = re.compile(rf"[。!?]\s*{_NEXT_STEPS}")


def next_steps_open(sentence: str) -> bool:
    """A sentence opening the next steps of a reply in prose (下一步，我镇将…; 下一步打算：一是…)."""
    return bool(_NEXT_STEPS_OPEN.match(for_parsing(sentence).strip()))


def next_steps_later(line: str) -> bool:
    """A paragraph (normalised) whose next steps open after its first sentence (关于某某工程。截至9月底…。下一步，我镇将…):
    its opening short sentence is the item's run-in title (structure.parse_structure) in a text with no part."""
    return bool(_NEXT_STEPS_LATER.search(line))


def _reply_next_steps(paragraphs: list[Paragraph], sentences: list[Sentence]) -> list[tuple[int, int]]:
    """The spans of a text with no part that are its next steps: from each sentence opening them (next_steps_open) to its
    paragraph's end — each item of a reply in prose its facts and problems, then what the writer will do — or, when
    that sentence is a lead-in closing its paragraph (下一步，我镇将重点抓好以下工作：), to the text's end (the closing
    pledge, 特此报告 and the sign-off are read as no task there as anywhere: tasks.report)."""
    spans: list[tuple[int, int]] = []
    for k, sentence in enumerate(sentences):
        if spans and sentence.start < spans[-1][1] or not next_steps_open(sentence.text):
            continue
        paragraph = paragraphs[sentence.paragraph]
        last = k + 1 >= len(sentences) or sentences[k + 1].paragraph != sentence.paragraph
        lead = for_parsing(sentence.text).rstrip().endswith(":")
        spans.append((sentence.start, sentences[-1].end if last and lead else paragraph.end))
    return spans


def _own_title_only(text: str, sections: list[Section], tops: list[int]) -> bool:
    """The only part is the text's first line naming no part by its wording (某某街道办事处关于民生实事推进情况的报告 over a
    reply in prose): the text's own title, the text one with no part (tasksx, stop 64)."""
    if len(tops) != 1:
        return False
    first = _FIRST_LINE.search(text)
    section = sections[tops[0]]
    return first is not None and section.start <= first.start() and not title_role(section.title)


def _plan_without_parts(sections: list[Section], paragraphs: list[Paragraph], sentences: list[Sentence]) -> None:
    """A text with no part at all — a report's year pasted alone, from its 总体要求 paragraph or its targets on, no
    part title, no address: when a sentence names the main expected targets (…主要预期目标是：…), the text from it on is
    the plan (its sentences and the sections opening there, (一)… or 一、 headings of the year's work); before it
    nothing is said of what the text is, and a text naming no targets keeps no role."""
    named = next((sent for sent in sentences if "expected_targets" in sent.tags
                  and _NAMES_TARGETS.search(for_parsing(sent.text))), None)
    if named is None:
        # No targets named: a reply in prose's next steps, if it states them (tasksx, stop 64).
        spans = _reply_next_steps(paragraphs, sentences)
        for section in sections:
            if any(a <= section.start < b or section.start <= a < section.end for a, b in spans):
                section.role = "plan"
        for sentence in sentences:
            if any(a <= sentence.start < b for a, b in spans):
                sentence.role = "plan"
        return
    for section in sections:
        if section.start >= named.start:
            section.role = "plan"
    for sentence in sentences:
        if sentence.start >= named.start:
            sentence.role = "plan"


def _plan_from_targets(text: str, sections: list[Section], sentences: list[Sentence], tops: list[int],
                       roles: dict[int, str]) -> bool:
    """No part is the plan by its title and the text is no speech to the deputies (an excerpt pasted without its
    opening, every part title a slogan: 二、踔厉奋发，奋力开创…新局面): the part holding the sentence naming the main
    expected targets (…主要预期目标是：…) is the plan, and so is each part after it whose title says nothing.  A plan
    document (一、指导思想, 二、主要预期目标) names its targets part by its title and is left as it was."""
    named = next((sent for sent in sentences if "expected_targets" in sent.tags and sent.section is not None
                  and _NAMES_TARGETS.search(for_parsing(sent.text))), None)
    if named is None:
        return False
    top = _top(named.section, sections)
    if top not in roles:
        return False
    for i in tops[tops.index(top):]:
        if i == top or roles[i] == "other" and not title_role(for_parsing(sections[i].title)):
            roles[i] = "plan"
        else:
            break
    if _situation_part(text, sections, sentences, tops, roles, top, named):
        roles[top] = "targets"
    _review_before_plan(sections, sentences, tops, roles, top, named)
    return True


def _situation_part(text: str, sections: list[Section], sentences: list[Sentence], tops: list[int],
                    roles: dict[int, str], top: int, named: Sentence) -> bool:
    """The part holding the targets sentence is a speech's part on the situation (一、认清形势，坚定信心，…: last year's
    results in a sentence opening on that year or on 过去一年 — 2025年，…增长6.1%, though it says 目标任务圆满完成 — then the year's targets, with no sub-section of work after them) and the
    plan is the next part, whose title says nothing (二、聚焦重点，真抓实干，全力打好五场攻坚战): the part frames the
    plan as a part titled with the targets does — role targets, its expected targets read, none of its other sentences a
    task (tasksx, stop 61)."""
    k = tops.index(top)
    if k + 1 >= len(tops) or roles[tops[k + 1]] != "plan":
        return False
    if any(sec.start > named.start and _top(j, sections) == top for j, sec in enumerate(sections)):
        return False
    year = report_year(text)
    years = [int(y) for y in _YEAR.findall(for_parsing(named.text))] or ([year] if year else [])
    before = [for_parsing(s.text) for s in sentences if s.section is not None and _top(s.section, sections) == top
              and s.start < named.start]
    def past(t: str) -> bool:
        opened = _YEAR_OPENING.match(t)
        return bool(_PAST_CUE.match(t)) or bool(opened and years and int(opened.group(1)) < min(years))
    return any(past(t) and _RESULT_FIGURE.search(t) for t in before)


# 过去一年，…; 2024年，…; 主要指标好于预期: a sentence speaking of the reviewed year; 增长6.8%, 完成投资120亿元: its result.
_PAST_CUE = re.compile(f"{vocab.alternation('verify.year_opener', 'part.review_result_cue')}")
_RESULT_FIGURE = re.compile(rf"(?:{vocab.alternation('part.review_result_verb')})[^,。;!]{{0,12}}?\d")


def _review_before_plan(sections: list[Section], sentences: list[Sentence], tops: list[int],
                        roles: dict[int, str], top: int, named: Sentence) -> None:
    """In such an excerpt (a year N+1 report pasted from its first slogan part, no 各位代表), the parts before the
    plan whose titles say nothing are the review when they report the past year's results: a sentence naming the
    past year (过去一年, 一年来, a year before the one the targets are for, 主要指标) and a result's figure
    (增长6.8%, 完成投资…); after such a part, a part with a result's figure goes on with the review (二、民生…: 全年
    居民人均可支配收入增长6.6%).  Parts that report none keep their role; so does everything in a text naming no
    targets."""
    years = [int(y) for y in _YEAR.findall(for_parsing(named.text))]
    before = [i for i in tops[:tops.index(top)] if roles[i] == "other" and not title_role(for_parsing(sections[i].title))]
    seen = False
    for i in before:
        own = [for_parsing(s.text) for s in sentences if s.section is not None and _top(s.section, sections) == i]
        past = any(_PAST_CUE.search(t) or years and any(int(y) < min(years) for y in _YEAR.findall(t)) for t in own)
        if (past or seen) and any(_RESULT_FIGURE.search(t) for t in own):
            roles[i] = "review"
            seen = True


# A word of what is to be done (将, 力争, 目标, 左右 …): a sentence with one speaks of no result achieved.
_INTENT = vocab.pattern("intention.planned", "part.review_intent")


def states_result(text: str) -> bool:
    """The sentence ``text`` (as read for parsing) gives a result's figure (增长5.7%, 完成投资…) and no word of what
    is to be done (将, 力争, 目标, 左右): a result achieved, not one planned."""
    return bool(_RESULT_FIGURE.search(text)) and not _INTENT.search(text)


def reports_past_year(own: list[str], texts: list[str]) -> bool:
    """The sentences ``own`` (of the first part of an excerpt naming no targets, among the whole text's ``texts``)
    report the past year's results: one speaks of that year (过去一年, 一年来, 主要指标) and gives a result's figure
    (增长6.2%, 完成…), or opens on a year no later year of the text follows (2024年，…) with a result's figure and no
    word of what is to be done (将, 力争, 目标, 左右)."""
    years = [int(y) for t in texts for y in _YEAR.findall(t)]
    for t in own:
        if not _RESULT_FIGURE.search(t):
            continue
        if _PAST_CUE.search(t):
            return True
        opened = _YEAR_OPENING.match(t)
        if opened and not _INTENT.search(t) and max(years, default=0) <= int(opened.group(1)):
            return True
    return False


_YEAR_OPENING = re.compile(r"^\s*((?:19|20)\d\d)年,")


def _review_without_targets(text: str, sections: list[Section], paragraphs: list[Paragraph],
                            sentences: list[Sentence], tops: list[int], roles: dict[int, str]) -> None:
    """A year N+1 excerpt pasted without its opening and without the next year's targets sentence, every part title a
    slogan (一、迎难而上，经济运行回稳向好): when its first part reports the past year's results (reports_past_year), the
    review runs from it to the part holding the problems paragraph (同时也要看到…, 我们也清醒认识到…: part.problems
    opening one of its paragraphs after the first) — or, with none, over the parts that go on giving a result's figure
    — and each part after the review whose title says nothing is the plan, by its place as in a speech.  A text whose
    first part reports no past results keeps its reading."""
    said = [i for i in tops if roles[i] == "other" and not title_role(for_parsing(sections[i].title))]
    if not said or said[0] != tops[0]:
        return
    own = {i: [for_parsing(s.text) for s in sentences if s.section is not None and _top(s.section, sections) == i]
           for i in tops}
    if not reports_past_year(own[tops[0]], [t for i in tops for t in own[i]]):
        return
    lead = []
    for i in tops:
        if i not in said:
            break
        lead.append(i)
    def opens_problems(i: int) -> bool:
        body = [p for p in paragraphs if p.section is not None and _top(p.section, sections) == i
                and p.start != sections[i].start]
        return any(_PROBLEMS.search(_body(text, p)[:80]) for p in body[1:])

    problems = [k for k, i in enumerate(lead) if opens_problems(i)]
    if problems:
        review = lead[:problems[0] + 1]
    else:
        review = [lead[0]]
        for i in lead[1:]:
            if not any(states_result(t) for t in own[i]):
                break
            review.append(i)
    for i in lead:
        roles[i] = "review" if i in review else "plan"


def opens_problems(body: str) -> bool:
    """A paragraph opening on the problems (同时也要看到…, 我们也清醒认识到… within its first 80 characters)."""
    return bool(_PROBLEMS.search(for_parsing(body)[:80]))


def missing_roles(sections: list[Section], sentences: list[Sentence]) -> list[str]:
    """The roles a work report must have and this one lacks (review, plan, and the expected targets
    paragraph of the plan: targets): for a warning."""
    found = {s.role for s in sentences} | {s.role for s in sections}
    missing = []
    if not found & set(REVIEW_ROLES):
        missing.append("review")
    if not found & set(PLAN_ROLES):
        missing.append("plan")
    elif not any("expected_targets" in s.tags and is_plan(s.role) for s in sentences):
        missing.append("targets")
    return missing


def top_section(index: int, sections: list[Section]) -> int | None:
    """The part (level-0 section) that holds section ``index``."""
    return _top(index, sections)


def _top(index: int, sections: list[Section]) -> int | None:
    while index is not None and sections[index].level != 0:
        index = sections[index].parent
    return index


def _descendants(index: int, sections: list[Section]) -> list[int]:
    out, frontier = [], {index}
    for j in range(index + 1, len(sections)):
        if sections[j].parent in frontier:
            out.append(j)
            frontier.add(j)
    return out


def _conduct_body(text: str, paragraphs: list[Paragraph], top: int) -> bool:
    """A part titled only by its ordinal (三、 on a line of its own) whose first paragraph of body names the government's
    own conduct (…坚持依法行政…努力建设人民满意的政府。: words.toml part.conduct): the conduct part, by its body as a
    titled one is by its title."""
    body = next((p for p in paragraphs if p.section == top and _body(text, p) and not _ORDINAL_ONLY.fullmatch(_body(text, p))),
                None)
    return body is not None and bool(_CONDUCT.search(_body(text, body)))


# A heading line of an ordinal alone (三、, （三）): no body.
_ORDINAL_ONLY = re.compile(r"[(（]?[一二三四五六七八九十]{1,3}[、.．)）]?")


def _body(text: str, p: Paragraph) -> str:
    # ``for_parsing`` maps character by character, keeping the length: the slice of the document's
    # (made once, then the cache's most recent entry at every call) is the paragraph's, not made anew
    return _MARKUP.sub("", for_parsing(text)[p.start:p.end]).strip()


_DELEGATES_ADDRESS = re.compile(r"^各位代表[,!:]?")
_SENTENCE_END = re.compile(r"[。!?]")


def _paragraph_roles(text: str, sections: list[Section], paragraphs: list[Paragraph]) -> list[tuple[int, int, str]]:
    """(start, end, role) spans that override the section role: problems, conduct paragraphs,
    the closing and what follows it."""
    spans: list[tuple[int, int, str]] = []
    tops = [i for i, s in enumerate(sections) if s.level == 0]

    def top_of(p: Paragraph) -> int | None:
        return _top(p.section, sections) if p.section is not None else None

    by_top: dict[int, list[Paragraph]] = {}
    for p in paragraphs:
        t = top_of(p)
        if t is not None:
            by_top.setdefault(t, []).append(p)
    heading_starts = {s.start for s in sections}
    titles = {s.start: s.title for s in sections}
    # A short sentence opening a paragraph read as a title with no number (成绩来之不易。同时也要看到…): the problems
    # paragraph may open on it.
    bare_run_in = {s.start for s in sections if s.level > 0 and not s.number}

    def heading_only(p: Paragraph) -> bool:
        # a heading on a line of its own; one running into its body ((一)产业发展提质增效。新引进…) is body too
        return p.start in titles and len(_body(text, p).strip(" 　*#")) <= len(titles[p.start]) + 8

    # Problems: the first paragraph with a cue in the last third of each review part.
    for i in tops:
        if sections[i].role != "review":
            continue
        # A sub-section of the review titled with its problems (（三）存在的问题, 4.困难和挑战): the problems from it.
        titled = next((k for k in _descendants(i, sections)
                       if sections[k].level > 0 and title_role(sections[k].title) == "problems"), None)
        if titled is not None:
            spans.append((sections[titled].start, sections[i].end + 1, "problems"))
            continue
        body = [p for p in by_top.get(i, []) if not heading_only(p)]
        found = next((p for p in body[max(1, len(body) * 2 // 3):] if len(body) >= 2
                      and (p.start not in heading_starts or p.start in bare_run_in)
                      and _PROBLEMS.search(_body(text, p)[:80])), None)
        if found is not None:
            spans.append((found.start, sections[i].end + 1, "problems"))
        else:
            # No problems at the end of the review: the next part's situation analysis may name them
            # (从自身来看，…还存在…困难和问题), in a paragraph of its own before any sub-section.
            spans += _problems_in_outlook(text, sections, tops, by_top, heading_starts, i)
    # Conduct: an unheaded paragraph of a plan part whose first sentence is about the government itself.
    for i in tops:
        if not is_plan(sections[i].role):
            continue
        for p in by_top.get(i, []):
            if p.start in heading_starts:
                continue
            # 各位代表！新的一年，我们将切实加强政府自身建设…: the address does not count.
            body = _DELEGATES_ADDRESS.sub("", _body(text, p))
            first = _SENTENCE_END.split(body, maxsplit=1)[0]
            if _CONDUCT.search(first) and len(first) < 60 and (
                    p.section == i or _ADDRESS.match(_body(text, p)) or _after_address(text, p, paragraphs)):
                spans.append((p.start, sections[i].end + 1, "conduct"))
                break
    # The closing: the end of the body (before a glossary part or page residue).
    body_tops = [i for i in tops if sections[i].role not in ("glossary", "annex")]
    if not body_tops:
        return spans
    last = body_tops[-1]
    tail = [p for p in by_top.get(last, []) if p.start not in heading_starts]
    # Page residue and annexes after the closing: trailing paragraphs that are not the speech.
    end = len(tail)
    while end > 0 and _RESIDUE.search(_body(text, tail[end - 1])[:30]) and len(_body(text, tail[end - 1])) < 60:
        spans.append((tail[end - 1].start, tail[end - 1].end + 1, "other"))
        end -= 1
    # A 民生实事 list printed after the closing exhortation: the closing ends before it.
    exhorts = [k for k in range(end) if _ADDRESS.match(_body(text, tail[k]))
               and (_EXHORT.search(_body(text, tail[k])) or _body(text, tail[k]).endswith("!"))]
    # (the paragraph right after it, a heading too: **附件：…** read as a bold sub-heading of the last part)
    after = next((p for p in by_top.get(last, []) if p.start > tail[exhorts[-1]].start), None) if exhorts else None
    if exhorts and exhorts[-1] < end - 1 and after is not None and _after_closing_title(_body(text, after)):
        role = _role_after_closing(text, paragraphs, after.start)
        spans.append((after.start, max(tail[end - 1].end, sections[last].end) + 1, role))
        end = exhorts[-1] + 1
    # A short slogan or end mark after the addressed exhortation (奋楫扬帆正当时。, （完）) closes it too.
    search_end = end
    while search_end > 0 and end - search_end < 2 and len(_body(text, tail[search_end - 1])) <= 24 \
            and not _ADDRESS.match(_body(text, tail[search_end - 1])):
        search_end -= 1
    if search_end == end or search_end == 0 or not _exhorts(_body(text, tail[search_end - 1])):
        search_end = end
    start = search_end
    # The run of addresses is the document's: a run-in titled paragraph between two (各位代表！… then **建设法治政府。**…
    # then 各位代表，让我们…！) is the government's conduct after a mid-part address, no closing.
    order = {p.start: k for k, p in enumerate(by_top.get(last, []))}
    while start > 0 and _ADDRESS.match(_body(text, tail[start - 1])) and len(_body(text, tail[start - 1])) > 8 \
            and (start == len(tail) or order[tail[start].start] - order[tail[start - 1].start] == 1):
        if _CONDUCT.search(_body(text, tail[start - 1])):
            # 各位代表，同志们！…建设人民满意的服务型政府。加强法治政府建设…: the government's own conduct.
            spans.append((tail[start - 1].start, tail[start - 1].end + 1, "conduct"))
            break
        start -= 1
    if start == search_end and search_end > 0:
        body = _body(text, tail[search_end - 1])
        if _EXHORT.search(body) or body.endswith("!"):
            start = search_end - 1
    begin = None
    if start < end:
        closing_start = tail[start].start
        after_end = tail[end - 1].end
        begin = after_end + 1
        spans.append((closing_start, after_end + 1, "closing"))
        # The government's pledges right before the closing (我们将始终对党忠诚。…我们将始终敢于担当。):
        # a run of at least two paragraphs in its own voice is its conduct.
        before = [p for p in by_top.get(last, []) if p.end < closing_start]   # run-in headings too
        first = len(before)
        while first > 0 and _PLEDGE.match(_body(text, before[first - 1])):
            first -= 1
        if len(before) - first >= 2 and is_plan(sections[last].role):
            spans.append((before[first].start, before[-1].end + 1, "conduct"))
        # Whatever follows the closing inside the same part: a 民生实事 list is an annex.
        for p in paragraphs:
            if p.start > after_end and top_of(p) == last and not any(a <= p.start < b for a, b, r in spans
                                                                     if r in ("annex", "glossary")):
                role = "annex" if _LIVELIHOOD.search(_body(text, p)) else "other"
                spans.append((p.start, p.end + 1, role))
    after = [sections[i].start for i in tops if sections[i].role in ("glossary", "annex")]
    if after:
        begin = min(begin, after[0]) if begin is not None else after[0]
    if begin is not None:
        spans += _after_body(text, paragraphs, begin)
    return spans


def _after_body(text: str, paragraphs: list[Paragraph], begin: int) -> list[tuple[int, int, str]]:
    """(start, end, role) blocks of what is printed after the body from ``begin`` on: each title line
    (附件2, 名词解释, 2024年民生实事项目, 附表：…) opens a block, glossary or annex, to the next one."""
    spans: list[tuple[int, int, str]] = []
    for p in paragraphs:
        if p.start < begin or not _after_closing_title(_body(text, p)):
            continue
        role = _role_after_closing(text, paragraphs, p.start)
        if spans and spans[-1][2] == role:
            continue
        if spans:
            spans[-1] = (spans[-1][0], p.start, spans[-1][2])
        spans.append((p.start, paragraphs[-1].end + 1, role))
    return spans


def _problems_in_outlook(text: str, sections: list[Section], tops: list[int], by_top: dict[int, list[Paragraph]],
                         heading_starts: set[int], review: int) -> list[tuple[int, int, str]]:
    """The problems paragraph in the part right after ``review`` (targets or plan): the first
    unheaded paragraph before its first sub-section whose opening names difficulties."""
    k = tops.index(review)
    if k + 1 >= len(tops) or not is_plan(sections[tops[k + 1]].role):
        return []
    part = tops[k + 1]
    first_sub = min((s.start for s in sections[part + 1:] if s.parent == part), default=sections[part].end)
    for p in by_top.get(part, []):
        if p.start >= first_sub:
            break
        if p.start not in heading_starts and p.section == part and _PROBLEMS.search(_body(text, p)[:120]):
            return [(p.start, p.end + 1, "problems")]
    return []


def _exhorts(body: str) -> bool:
    """An addressed exhortation (各位代表！让我们…！): the closing of the speech."""
    return bool(_ADDRESS.match(body) and (_EXHORT.search(body) or body.endswith("!")))


def _annex_after_closing(text: str, paragraphs: list[Paragraph]) -> int | None:
    """Start of a 民生实事 title line that follows an addressed exhortation (the closing), or None."""
    for k in range(len(paragraphs) - 1):
        if not _SPEECH.search(text, paragraphs[k].start, paragraphs[k].start + 16):
            continue        # cheap test first: only an address can open the closing
        body = _body(text, paragraphs[k])
        if not (_ADDRESS.match(body) and (_EXHORT.search(body) or body.endswith("!"))):
            continue
        if _after_closing_title(_body(text, paragraphs[k + 1])):
            return paragraphs[k + 1].start
    return None


# A glossary entry: an optional number, a term (in quotes or not) and a colon (1.规上企业：…, [2]“两个确立”：…).
_ENTRY = re.compile(r"^(?:\[?\d{1,2}[\].、]|\(\d{1,2}\))?\s*(?:“[^”]{1,20}”|[^\s,。:;][^,。:;]{1,24}):(.{0,16})")
_DEFINES = vocab.pattern("part.glossary_define")
_NUMBERED = re.compile(r"^(?:\[?\d{1,2}[\].、]|\(\d{1,2}\))")
_WORK = vocab.pattern("part.annex_work")
# A result stated after the colon (1.地区生产总值：增长6.2%, 6.城镇新增就业：1.08万人): the year's figures, an annex.
_RESULT = re.compile(rf"(?:{vocab.alternation('part.annex_result')}|\d)")


def _role_after_closing(text: str, paragraphs: list[Paragraph], start: int) -> str:
    """Glossary or annex, for what is printed after the closing from ``start`` on: glossary when its
    title says so; a bare annex marker (附：, 附件2) takes the role of the title after it (附件2 then
    名词解释), or, followed by entries 'term：definition' (1.规上企业：指…, 2.“两重”：国家重大战略…),
    is a glossary unless most entries state work (1.教育：新建学校3所) or a result (1.地区生产总值：增长6.2%,
    2.城镇新增就业：1.08万人) — a 民生实事 list states work and a results annex figures, not meanings."""
    k = next((j for j, p in enumerate(paragraphs) if p.start == start), None)
    if k is None:
        return "annex"
    title = _body(text, paragraphs[k])
    if title_role(title) == "glossary":
        return "glossary"
    if not (_ANNEX_MARK.match(title) or _NOTE_MARK.match(title)):
        return "annex"
    if k + 1 < len(paragraphs) and title_role(_body(text, paragraphs[k + 1])) == "glossary":
        return "glossary"
    lines = paragraphs[k + 1:k + 9]
    entries = [m for m in (_ENTRY.match(_body(text, p)) for p in lines) if m]
    if len(entries) < 2 or len(entries) * 3 < len(lines) * 2:      # a note line (（按…排列）) may stand among them
        return "annex"
    defined = sum(bool(_DEFINES.search(m.group(1))) for m in entries)
    work = sum(bool(_WORK.match(m.group(1).strip()) or _RESULT.match(m.group(1).strip())) for m in entries)
    return "glossary" if defined * 2 >= len(entries) or work * 2 < len(entries) else "annex"


def _after_closing_title(title: str) -> bool:
    """A title line that opens what is printed after the closing: an annex marker (附件, 附件1：), a
    民生实事 list or a glossary."""
    if len(title) > 30 or title.endswith("。"):
        return False
    if _ANNEX_MARK.match(title) or _ANNEX_TITLE.match(title) or _NOTE_MARK.match(title):
        return True
    # A numbered line (2.负面清单, 3.民生实事项目) is an entry of what it stands in, not a title.
    return not _NUMBERED.match(title) and bool(
        _TABLE_TITLE.search(title) or _LIVELIHOOD.search(title) or title_role(title) == "glossary")


def _after_address(text: str, p: Paragraph, paragraphs: list[Paragraph]) -> bool:
    """The paragraph before ``p`` is an address alone (各位代表！)."""
    k = next((j for j, q in enumerate(paragraphs) if q.start == p.start), 0)
    return k > 0 and bool(_ADDRESS.match(_body(text, paragraphs[k - 1]))) and len(_body(text, paragraphs[k - 1])) <= 8
