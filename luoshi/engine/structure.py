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
  without one belongs to the enclosing heading.  A short result to check
  (建成城东污水处理厂。, 新建城市口袋公园12个。: ``is_result_task``) is a task
  opening its paragraph, no heading.  Numbered the same way (1.做大数字经济。…,
  (1)稳住工业基本盘。…) in a run from 1 right under a heading on its own line, the
  title is a run-in sub-heading without its number; after a lead-in (…如下：)
  or prose such paragraphs are a list's items.

Paragraphs are non-blank lines (web and Word exports put one paragraph on a
line).  Sentences end at 。！？ (full- or half-width, with any closing quote or
bracket) and at line ends.  ； does NOT end a sentence: government prose uses
it to join clauses of one statement (an expected-targets list
地区生产总值增长6%;城镇居民收入增长7%;… is one sentence), and keeping the
statement whole keeps its subject with every clause.  An inline numbered list
(…审议:1.建设“美好家园”。…2.加快校舍建设。…) is also cut at each item number.

Markdown-ish exports (yearbooks compiling several plans) mark headings with
leading #s and **bold**.  The markup is dropped from titles and the level still
comes from the numbering (the number of #s is not consistent); an un-numbered
# heading is the title of a document in the compilation (level 0, role other:
it governs the numbered headings after it until the next such title; but the only
one, on the first line, is one report's own title, a plain line), and an
un-numbered bold line is a level-4 sub-heading — unless, in a speech with no
numbered parts, each such line opens a fresh (一)(二)… run: then those bold lines
are its parts (``_bold_parts``).  Such exports also break
paragraphs mid-sentence, even mid-word (…打 / 造亲水平台…): a prose line with no
sentence end, colon or closing bracket runs on into a following prose line that
opens with no heading or item number, so no sentence ends at that break.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from . import parts, targets, vocab
from .errors import parses
from .model import Paragraph, Section, Sentence
from .text import NOT_A_DECIMAL, for_parsing, line_spans

_CN = "一二三四五六七八九十百零"
_LEVEL1 = re.compile(rf"^([{_CN}]+)、\s*(.*)$")
# A run of ordinals naming things together (一、二、三产业增加值分别增长…; 二、三产业…; 一、二等奖): prose, no 一、 heading.
_ORDINAL_RUN = re.compile(rf"^(?:[{_CN}]{{1,2}}、|[一二三]产业)")
_LEVEL2 = re.compile(rf"^\(([{_CN}]+)\)\s*(.*)$")
_LEVEL3 = re.compile(rf"^(\d{{1,2}})(?:、(?!\d)|\.{NOT_A_DECIMAL})\s*(.*)$")
_REVIEW = vocab.pattern("part.review")
_PLAN = re.compile(f"(?:{vocab.alternation('part.plan', 'part.plan_year')})"
                   f"|(?:{vocab.alternation('part.next_steps')})(?!要求)")   # (parts._PLAN's next steps)
_END = re.compile(r"[。!?]+[”’」』)\]*]*")        # a sentence end with its closing marks (and bold **)
_END_MARKS = "。!?"                                  # what every _END match opens with
_CLAUSE = re.compile(r"[,。;:!?、]")                   # a clause mark: no bare part title holds one
_LEAD = re.compile(r"^([^,;:。!?、]{2,16})。")       # a run-in sub-heading
_ORDINAL_OPEN = re.compile(rf"^(?:{vocab.alternation('task.ordinal_open')}),\s*")   # 第一，… before a run-in title
# A list's bullet symbol opening a line (◆ ◇ ● ○ ■ □ ▲ △ ★ ☆ ▶ ➤ → ※ …): a list marker, no part of the title or item
# after it; a line opened by one carries on no line before it.
BULLET_MARKS = "●○◆◇■□▲△★☆▶▷►➤➢→※◎▪◼◾•·❖"
_BULLET_OPEN = re.compile(rf"^[{BULLET_MARKS}]\s*")
# A decomposition table's row pasted one row to a line, its cells split by tabs (1\t做强先进制造业。（1）…\t市工信局\t…):
# the row's number cell opening the line is no part of the title or task after it, as an item's number is not.
_ROW_NUMBER = re.compile(r"^\s*\d{1,3}\t+")
# A numbered run-in sub-heading (1.做大数字经济。实施… / (2)做强农业特色产业。新建…): its number no part of its title.
_NUMBERED_LEAD = re.compile(rf"^(\d{{1,2}})(?:、(?!\d)|\.{NOT_A_DECIMAL})\s*([^,;:。!?、()]{{2,16}})。|^\((\d{{1,2}})\)\s*([^,;:。!?、()]{{2,16}})。")
_NUMBERED_OPEN = re.compile(rf"^(?:\d{{1,2}}(?:、(?!\d)|\.{NOT_A_DECIMAL})|\(\d{{1,2}}\))")
# A title in 【】 opening a paragraph (【数字经济】建设…) or alone on its line: a sub-heading, as a bold one.
_BRACKET_TITLE = re.compile(r"^【([^】\s,;:。!?、【]{2,20})】")
# A field's title on a line of its own after a two-digit number and a space (01　扩大有效投资, as an infographic's text
# numbers its fields): a sub-heading, its title without the number, as a 【】 title's.
_PADDED_TITLE = re.compile(r"^(?:0[1-9]|1\d)\s+([\u4e00-\u9fff“”]{2,16})$")
# A place's name and a colon opening a paragraph (东区：重点推进…): a run-in title in a run of two or more (_place_titles).
_PLACE_TITLE = re.compile(rf"^(?!{vocab.alternation('report.place_title_not')})([^\s,;:。!?、()“”]{{0,8}}"
                          rf"(?:{vocab.alternation('report.place_title_end')})):(?=\S)")
# A short run-in title and a colon opening a paragraph of measures (稳就业：城镇新增就业…; 农业方面：建设…): a few
# characters naming no one place nor the whole (全县：, 其中：), no ordinal (一是：) — in a run of two or more, as a place's.
_COLON_TITLE = re.compile(rf"^(?!{vocab.alternation('report.place_title_not')}|[一二三四五六七八九十]{{1,3}}是)"
                          r"([\u4e00-\u9fff]{2,6}):(?=\S)")
# A label naming the kind of the sentences after it and a colon opening a paragraph (目标：林果产值达到25亿元。; 举措：新建…;
# 具体措施：…): no run-in title — the sentences stay under the heading above — and no part of a task: its own sentence, a
# heading's (words.toml report.kind_label, report.kind_label_qualifier).
_KIND_LABEL = re.compile(rf"^(?:{vocab.alternation('report.kind_label_qualifier')})?"
                         rf"(?:{vocab.alternation('report.kind_label')}):(?=\S)")
# A text in questions and answers (a work report's interpretation on a government's website, an interview): a question
# on a line of its own, opened by its label and closed by a question mark (问一：…？, 问3：…？, 问：…？, 某某日报记者：…？:
# words.toml report.question_label) — in a run of two or more, the group of the answer after it, shown without its label;
# the answer's label opening its paragraph (答：…, 答一：…: report.answer_label) is no part of its first sentence.
_QA_ORDINAL = r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})?"
_QUESTION = re.compile(rf"^(?:(?:{vocab.alternation('report.question_label')}){_QA_ORDINAL}"
                       rf"|[^\s,;:。!?、()]{{0,12}}(?:{vocab.alternation('report.question_asker')}))\s*:\s*(?=\S)")
_ANSWER = re.compile(rf"^(?:{vocab.alternation('report.answer_label')}){_QA_ORDINAL}\s*:\s*(?=\S)")
QUESTION_MAX = 80       # a longer line is a paragraph, not a question standing as a title
# …after it, a measure: a verb of one opening it (新建…, 推进…) or a figure in its first clause that is no date
# (城镇新增就业1.2万人，…) — a glossary's term and its definition (四不两直：不发通知…; 三安行动：2019年3月，…) is none.
_COLON_MEASURE = re.compile(f"^(?:{vocab.alternation('task.own_measure', 'task.result_lead')})")
_COLON_FIGURE = re.compile(r"(?<![\d.])\d(?![\d.]*[年月日])")
_COLON_CLAUSE_END = re.compile(r"[,;。]")
# A short result that can be checked (建成城东污水处理厂, 新建城市口袋公园12个): a task, no run-in title.
_RESULT_LEAD = re.compile(rf"^(?:{vocab.alternation('task.result_lead')})(?!长)")
_NAMED_WORK_END = vocab.words_of("task.named_work_end")
_RESULT_MANNER = re.compile(rf"^(?:{vocab.alternation('task.result_manner')})")
_DOCUMENT_LEAD = re.compile(rf"^(?:{vocab.alternation('task.document_lead')})")
_DOCUMENT_END = vocab.words_of("task.document_end")
_DIGIT = re.compile(r"\d")
_SET_VERB = f"(?:{vocab.alternation('part.targets_set_verb')})?"      # 确定为, 建议为: the lead-in still names the targets
# …主要经济指标预期目标如下表：/ 预期目标见下表： — the short name then a word saying a table follows (part.targets_table_follows)
# and a colon: the lead of a targets table (tasks/expected._table_targets reads its rows).
_TARGETS = re.compile(rf"{vocab.alternation('part.targets')}|(?:{vocab.alternation('part.targets_short')}){_SET_VERB}"
                      rf"(?:为|是|(?:{vocab.alternation('part.targets_table_follows')})\s*:)")
_GUIDING = re.compile(f"(?:{vocab.alternation('part.guiding')})")
# 今年经济社会发展的主要目标是：… — the targets lead-in without 预期, used when no sentence has one with it.
# …主要目标建议如下。经济增长方面，…; 主要指标安排如下：（1）…: the same lead-in saying the targets follow (part.targets_as_follows),
# a verb of a few characters between.
_TARGETS_PLAIN = re.compile(rf"(?:{vocab.alternation('part.targets_plain')})(?:{_SET_VERB}(?:为|是)\s*:"
                            rf"|[^,。:;!]{{0,4}}?(?:{vocab.alternation('part.targets_as_follows')})\s*[:。])")
# 今年的主要发展目标：地区生产总值增长8.5%；…: the same lead-in with the colon right after it, taken only when its
# sentence holds rates of several targets (_REQUIREMENT_RATES), as the overall requirements' are.
_TARGETS_PLAIN_BARE = re.compile(rf"(?:{vocab.alternation('part.targets_plain')})\s*:")
# 2024年政府工作的总体要求是：坚持…，确保地区生产总值增长6.5%，…: the targets inside the overall requirements, used
# when no sentence names the targets at all and this one holds rates of several (_REQUIREMENT_RATES).
_REQUIREMENTS = re.compile(rf"(?:{vocab.alternation('part.requirements_lead')}){_SET_VERB}(?:为|是)\s*:")
_REQUIREMENT_RATE = re.compile(r"\d%")
_REQUIREMENT_RATES = 3
# 我们对疫情前考虑的预期目标作了适当调整。今年要…；城镇登记失业率控制在3.8%以内；…: the targets named with nothing after
# them, then listed in the next sentence of the paragraph (_targets_then_listed).
# A heading that names the targets and nothing else ((一)主要预期目标, 一、主要目标): its paragraph states them (tasks/report).
TARGETS_HEADING = re.compile(rf"^(?:(?:19|20)\d\d年|{vocab.alternation('target.heading_year')})?(?:全[市省区县])?"
                             rf"(?:经济社会发展)?的?主要(?:预期)?(?:{vocab.alternation('target.heading_noun')})$")


def heads_targets_only(title: str) -> bool:
    """A part's heading names the targets and nothing else (TARGETS_HEADING), bracketed or not (【2025年主要预期目标】,
    an infographic's box title)."""
    return bool(TARGETS_HEADING.match(for_parsing(title).strip().removeprefix("【").removesuffix("】")))


_TARGETS_NAMED = re.compile(f"{vocab.alternation('part.targets', 'part.targets_short')}")
_TARGETS_LISTED = re.compile(rf"\s*(?:{vocab.alternation('part.targets_then_listed')})")
_LISTED_RATES = 2
# 我们提出：2020年地区生产总值增速继续保持高于全省态势，…: the coming year's targets proposed with no word naming them
# (_targets_proposed); the year (or 今年, 全年) right after the colon, the year kept for the metrics' clauses.
_PROPOSED = re.compile(rf"(?:{vocab.alternation('part.targets_proposed')})\s*:\s*"
                       rf"(?=(?:((?:19|20)\d\d)年|{vocab.alternation('part.targets_proposed_year')}))")
_PROPOSED_TARGETS = 3
# 建议将全区地区生产总值增长目标设定为5.5%左右，规模以上工业增加值增长目标设定为6%，…: each metric's growth target set
# by a verb with no word naming the targets as a whole (_targets_set); 民生方面的目标设定为：…: a field's targets set after
# a colon, the verb of setting wanted (a bare 目标是： opens a task's aim).
_SET_PER_METRIC = re.compile(rf"(?:{vocab.alternation('target.growth_noun')})(?:的)?(?:预期)?"
                             rf"(?:{vocab.alternation('part.targets_set_noun')}){_SET_VERB}(?:为|是)\d")
_SET_FIELD = re.compile(rf"(?:{vocab.alternation('part.targets_set_noun')})"
                        rf"(?:{vocab.alternation('part.targets_set_verb')})(?:为|是)\s*:")
# 为实现上述目标，…: a sentence opening on the targets just stated, the sentence before it states them with no lead-in
# (_targets_before_pursuit); its first clause only.
_PURSUED_TARGETS = vocab.pattern("target.after_targets")
_PURSUIT_CLAUSE_END = re.compile("[,;:]")
# 综合研判，今年新区要全力实现“六个突破”：地区生产总值突破800亿元、增长8%，…: the coming year's targets listed behind a
# quoted slogan counting its goals (“六个突破”, “五个提升”, “三大目标”) and a colon, with no word naming them
# (_targets_in_slogan); what stands before the colon is the lead-in (SLOGAN_LEAD, read by tasks.expected too).
SLOGAN_LEAD = re.compile(rf"(.*?)(?:{vocab.alternation('part.targets_slogan_verb')})"
                         r"“[一二两三四五六七八九十]{1,2}[个大项][\u4e00-\u9fff]{1,6}”(?:目标)?(?:,?即)?\s*:")
_SLOGAN_PAST = re.compile(f"(?:{vocab.alternation('part.targets_slogan_past')})")
_SLOGAN_YEAR = re.compile(r"((?:19|20)\d\d)年")


# What something is worth, said alone (招商是发展的生命线, 教育是最大的民生; a subject of up to twelve characters:
# 生态环境保护督察整改是一项严肃的政治任务): a subject, 是, and a worth with 的 — a
# statement opening its paragraph, no run-in title heading the measures after it (is_worth_statement).  Not an ordinal
# (二是扩大投资), a year (今年是…, 2026年是…: what the year is, read elsewhere), nor 是 before a measure (重点是建成…).
_WORTH_SUBJECT_NOT = re.compile(rf"^(?:[一二三四五六七八九十]{{1,3}}是|(?:{vocab.alternation('time.one_year_lead')})|(?:19|20)\d\d年)")
# (…or a bare noun phrase of a few characters after 是, no 的: 民生实事是民心工程, 人才是第一资源 — not 是一项…, what a work is)
_WORTH_ALONE = re.compile(r"^([^,;:。!?、是]{1,12})(?:就)?是(?:([^,;:。!?、]{0,12})的[^,;:。!?、的]{1,8}"
                          r"|(?!一[项篇场个件])([^,;:。!?、的]{2,8}))$")
_WORTH_MEASURE = re.compile(f"^(?:{vocab.alternation('task.own_measure', 'task.result_lead')})")
# A work and what it hinges on, said alone (抓工业关键在项目, 抓项目就是抓发展): a statement of principle.
_PRINCIPLE_ALONE = re.compile(rf"^([^,;:。!?、]{{1,8}}?)(?:{vocab.alternation('task.principle_link')})([^,;:。!?、]{{1,8}})$")


def is_worth_statement(sentence: str) -> bool:
    """One clause saying what something is worth (招商是发展的生命线。, 交通是县域发展的先行官。, 民生实事是民心工程。): a
    statement, never a run-in title over the measures after it nor a task; so is a work and what it hinges on
    (抓工业关键在项目。, 抓项目就是抓发展。: words.toml task.principle_link).  An ordinal opening it (二是做强产业链的关键环节。), a year
    (今年是…的关键一年。) or a measure after 是 (重点是建成某某大桥的主体工程。) makes it no worth statement."""
    core = sentence.strip().strip("*").strip().rstrip("。.!").strip("*")
    found = _WORTH_ALONE.match(core) or _PRINCIPLE_ALONE.match(core)
    after = next((g for g in found.groups()[1:] if g is not None), "") if found else ""
    return bool(found) and not _WORTH_SUBJECT_NOT.match(core) and not _WORTH_MEASURE.match(after) \
        and not _DIGIT.search(core)


# A short sentence of one clause closed by a count of things, an area, a length or a sum to reach (新引进农产品加工企业
# 5家, 盘活闲置厂房3处, 完成造林2.5万亩): a result to check whatever verb opens it.
_COUNT_CLOSE = re.compile(rf"(?<![\d.])\d[\d.]{{0,12}}(?:万|亿)?(?:{vocab.unit_alternation_of('count', 'area', 'length', 'money')})(?:以上)?$")


# A document's closing formula (特此答复。, 特此报告。): the closing, no run-in title over what follows it, no task (tasksx,
# stop 63).
_CLOSING_FORMULA = re.compile(f"(?:{vocab.alternation('task.closing_formula')})")


def is_closing_formula(clause: str) -> bool:
    """``clause`` (as read for parsing, without its end mark) is a document's closing formula (特此答复, 特此函复)."""
    return bool(_CLOSING_FORMULA.fullmatch(clause.strip().rstrip("。.!")))


def is_result_task(title: str) -> bool:
    """A short sentence naming a result to check — a result verb opening it (建成, 开工建设, 新建…) and a figure
    (新建城市口袋公园12个) or a named work at its end (建成某某大道快速化改造工程, 开工建设市第三人民医院新院区), or
    the drawing up of a document (编制县“十五五”规划纲要; either after a word of manner: 高质量…, 高标准…): a task, never
    a title or a topic heading the measures after it.  A topic opening on no such verb (完善城市功能, 建设美丽某某,
    强化规划引领) or naming no work (完成全年目标任务) is not one; one closed by a count, an area, a length or a sum to
    reach (新引进农产品加工企业5家) is one whatever verb opens it."""
    core = _RESULT_MANNER.sub("", title.strip().strip("*").strip().rstrip("。.").strip("*"))
    if _DOCUMENT_LEAD.match(core) and core.endswith(_DOCUMENT_END):
        return True         # (高质量)编制县“十五五”规划纲要: a document to draw up
    if _COUNT_CLOSE.search(core) and not _CLAUSE.search(core):
        return True         # 新引进农产品加工企业5家: a count to reach in one clause, whatever verb opens it
    if not _RESULT_LEAD.match(core):
        return False
    return bool(_DIGIT.search(core)) or core.endswith(_NAMED_WORK_END)


def _held_by_all(words) -> str:
    """Two characters (failing that one, failing that none) every one of ``words`` holds: a text without them
    holds none of the words, and is passed over before re tries a pattern of them at each of its characters."""
    shortest = min(words, key=len)
    for n in (2, 1):
        for i in range(len(shortest) - n + 1):
            if all(shortest[i:i + n] in w for w in words):
                return shortest[i:i + n]
    return ""


_TARGETS_HELD = _held_by_all(vocab.words_of("part.targets", "part.targets_short"))      # 预期
_TARGETS_PLAIN_HELD = _held_by_all(vocab.words_of("part.targets_plain"))                # 目标
# An inline item number: at a paragraph start or after a clause end, not a decimal.
_ITEM = re.compile(rf"(?:^|(?<=[:;。!?”)]))\s*(\d{{1,2}})(?:、(?!\d)|\.{NOT_A_DECIMAL})")
_ITEM_HINT = re.compile(r"\d[.、]")       # what every _ITEM match holds (most lines: none, found in one scan)
# A list item's marker with tabs after it (1.\t, （一）\t, ——\t, text pasted from Word): the tabs read as spaces.
_MARKED = re.compile(rf"^\s*(?:\d{{1,2}}(?:、(?!\d)|[.．]{NOT_A_DECIMAL})|[(（][{_CN}\d]{{1,3}}[)）]|[{_CN}]{{1,3}}、|——|[●•·■◆▪])(\t*)")
_MD = re.compile(r"#{1,6}(?!#)")                   # a markdown heading's leading #s
_TRAIL = re.compile(r"[\s。.:!?*]+")                  # what may follow a bold title on its line
_BOLD_RUN = re.compile(r"\*\*[^*]+\*\*")            # a run of bold text
_PROSE = re.compile(r"[,、;:。!?]")                  # punctuation of running prose
# A paragraph that ends here is complete: a sentence end, colon, closing quote or bracket.
_SHUT = re.compile(r"[。!?;:”’)\]」』】〕》*]\s*$")
_LIVELIHOOD = vocab.pattern("part.livelihood")
_TARGETS_TITLE = vocab.pattern("part.targets_title")
_SPEECH = vocab.pattern("part.address")
# A part titled by its period and theme: 2015——奋发有为、迎难而上的一年, “十三五”——…的五年.
_THEMED = re.compile(r"^(?:(?:19|20)\d\d年?|“?十[一二三四五六七八九]五”?(?:时期)?)\s*[—-]{1,2}.{2,24}"
                    f"(?:{vocab.alternation('part.themed_period')})$")


# A document's own title line, however long, the issuing office maybe before 关于 (某某市人民政府办公室关于2027年市政府
# 重点工作督办事项的通知): it titles the whole text as a short title line does.
_DOCUMENT_TITLE = re.compile(rf"^[^,。;:!?]{{0,30}}关于[^,。;:!?]{{2,80}}的(?:{vocab.alternation('part.document_title_kind')})$")

# The first line of a text closed by the kind of document it is (2028年区政府工作报告重点任务分解, 某某乡2027年工作计划):
# the text's own title (words.toml part.own_title_kind).
_OWN_TITLE_KIND = re.compile(f"(?:{vocab.alternation('part.own_title_kind')})$")

# 关于 then 印发/转发: a covering notice, the document it prints following under its own title.
_COVERS = re.compile(f"关于(?:{vocab.alternation('part.document_title_covers')})")


def _titles_document(line: str) -> bool:
    """A long line that is a document's own title (某某市人民政府办公室关于2027年市政府重点工作督办事项的通知), not a
    covering notice's (…关于印发…方案的通知: the plan follows under its own title)."""
    return bool(_DOCUMENT_TITLE.match(line)) and not _COVERS.search(line)


def _heading(line: str, marked: bool = False, in_document: bool = False,
             numbered_parts: bool = False) -> tuple[int, str, int, int] | None:
    """(level, number, title start, title end) when ``line`` (normalised,
    stripped) opens with a heading.  一、 and (一) may run into their body
    ((一)全面支持民营企业发展。深入…): the title is then the first clause.
    A ``marked`` line (markdown # or bold) may also be a 1. heading running into
    its body.  Inside a document of a compilation (``in_document``) a numbered
    一、主要任务 is a level-1 heading of that document, not a part.  In a report
    whose parts are numbered (``numbered_parts``: one 一、 title names a part), every
    一、 heading is a part, so the part after the review never nests under it."""
    for level, pattern in ((1, _LEVEL1), (2, _LEVEL2), (3, _LEVEL3)):
        m = pattern.match(line)
        if not m or (level == 1 and _ORDINAL_RUN.match(m.group(2))):
            continue
        own_line = len(line) <= 40 and "。" not in line[:-1]
        if level == 3 and not own_line and not marked:
            return None
        first = line.find("。", m.start(2))
        end = len(line) if own_line or first < 0 else first
        end = len(line[:end].rstrip("。 "))
        title = line[m.start(2):end]
        if level == 1 and not in_document and (numbered_parts or _names_part(title, own_line)):
            level = 0    # 一、过去一年工作回顾: a part that is numbered
        return level, m.group(1), m.start(2), end
    if _THEMED.match(line):
        return 0, "", 0, len(line)
    # (a document's own title may join matters with 、: 关于重点工作安排、督查落实事项的通知)
    if (len(line) <= 26 and not _CLAUSE.search(line)) or _titles_document(line):
        if _REVIEW.search(line) or _PLAN.search(line) or parts.is_part_title(line):
            return 0, "", 0, len(line)
    if len(line) <= 40 and parts.slogan_led_title(line):
        return 0, "", 0, len(line)     # 砥砺奋斗、负重前行——本届政府工作回顾: the slogan's 、 is no clause
    if len(line) <= 16 and ":" in line and parts.title_role(line) == "glossary":
        return 0, "", 0, len(line)     # 附：名词解释, 注释：
    return None


# A 一、 title opening on the coming five years (二、未来五年，我们要…): the part on the five years' goals.
_NEXT_FIVE_YEARS = vocab.pattern("part.next_five_years")


def _names_part(title: str, own_line: bool) -> bool:
    """A 一、 title that names a part of the report (2019年工作回顾, 2020年工作安排; on a line of
    its own also a longer one: …全力抓好2023年重点工作), or the plan period's good start (三、奋勇争先，实现“十四五”
    良好开局: the year's plan, parts.names_good_start)."""
    limit = 40 if own_line else 20
    return len(title) <= limit and bool(_REVIEW.search(title) or _PLAN.search(title) or _TARGETS_TITLE.search(title)
                                        or _NEXT_FIVE_YEARS.match(title) or parts.names_good_start(title))


def _unmark(line: str) -> tuple[str, str | None, int]:
    """``line`` (normalised, stripped) with its markdown markup (a leading run of
    #, every **) blanked out, same length; the markup kind ("md", "bold" or
    None); for a line opening in bold, the offset just after the closing **."""
    kind, bold_end = None, -1
    m = _MD.match(line)
    if m and line[m.end():].strip():
        kind = "md"
    lead = m.end() if kind else 0
    body = line[lead:].lstrip()
    if kind is None and body.startswith("**"):
        close = body.find("**", 2)
        if close > 2:
            kind, bold_end = "bold", len(line) - len(body) + close + 2
    clean = " " * lead + line[lead:].replace("**", "  ")
    return clean, kind, bold_end


def _is_title_line(line: str) -> bool:
    """A heading standing on a line of its own (nothing after its title)."""
    clean, kind, bold_end = _unmark(line)
    if kind == "md":
        return True
    if kind == "bold" and not _TRAIL.sub("", _BOLD_RUN.sub("", line[bold_end:])):
        return True
    body = clean.strip()
    head = _heading(body)
    return head is not None and not body[head[3]:].strip(" 。")


def _opens_heading(line: str) -> bool:
    """The line opens with a heading or an item number."""
    clean, kind, _ = _unmark(line)
    body = clean.strip()
    return kind is not None or _heading(body) is not None or any(
        p.match(body) for p in (_LEVEL1, _LEVEL2, _LEVEL3))


def _continues(line: str, following: str) -> bool:
    """``line`` breaks off mid-sentence and ``following`` carries it on (a
    paragraph broken across lines, even inside a word): both are prose, not
    table rows; ``line`` is no title line and lacks a sentence end or closing
    bracket; ``following`` opens with no heading or item number.  A table's cell on a line of its own (完成时限：
    6月底前) is carried on only by the next cell, or when it ends on a list's mark (责任单位：县发改委、)."""
    # (the line's end first: most lines end a sentence)
    return (not _SHUT.search(line) and "\t" not in line and "\t" not in following and bool(_PROSE.search(line))
            and bool(_PROSE.search(following)) and not _is_title_line(line) and not _opens_heading(following)
            and not _plain_title(line) and not _BULLET_OPEN.match(following)
            and not (_CELL_LINE.match(line) and not line.endswith(("、", ",")) and not _CELL_LINE.match(following))
            and not _same_lead(line, following))


# An infographic's box: a metric's bare name on a line of its own (地区生产总值), its figures each on the line below
# (增长6%左右, 286.4亿元, 稳定在30万吨以上) — short, no punctuation, a figure after a few words at most, no date; a
# bare number is no such line but a table's cell copied one a line (实际完成 / 1 / …, 亿元 / 76.5 / 3.9).
_BARE_NAME = re.compile(r"[\u4e00-\u9fff]{2,16}")
_FIGURE_LINE = re.compile(r"(?![\d.]+$)[\u4e00-\u9fff]{0,6}\d[\d.]*(?![\d.]*[年月日号])[^\s,;:。!?、\d]{0,6}(?:\d[\d.]*[^\s,;:。!?、\d]{0,6})?")


def _figure_under_name(group: list[tuple[int, int, str]], following: str) -> bool:
    """``following`` is a figure line of the box ``group`` opens: a bare name then figure lines only (the metric's
    figures each under its name, as an infographic writes its targets and results) — one sentence, the name's."""
    return (bool(_BARE_NAME.fullmatch(group[0][2])) and not _is_title_line(group[0][2])
            and all(_FIGURE_LINE.fullmatch(line) for _, _, line in [*group[1:], (0, 0, following)]))


# A line's opening clause up to its comma (到2031年，…; 全年，…): a line opening on the same one is the next of a list.
_LEAD_CLAUSE = re.compile(r"^([^,;:。!?、]{2,12}),")


def _same_lead(line: str, following: str) -> bool:
    """``following`` opens on the same clause and comma as ``line`` (到2031年，全县…突破450亿元 then 到2031年，常住人口…):
    one line of a list each, as an infographic's text writes its lines with no full stop — no sentence broken off."""
    m = _LEAD_CLAUSE.match(line)
    return m is not None and following.startswith(m.group(0))


def _plain_title(line: str) -> bool:
    """A line of one or two clauses and no other mark whose wording names a part (认真总结过去一年工作，进一步坚定
    发展信心): a title standing on its own line, carried on by no other (_plain_parts)."""
    return bool(_PLAIN_TITLE.fullmatch(line)) and parts.title_role(line) in _PLAIN_ROLES


def _title(text: str) -> str:
    """A heading title as written, without markdown markup."""
    return text.replace("**", "").strip().rstrip("。").strip()


def _role(title: str) -> str:
    if _REVIEW.search(title):
        return "review"
    return "plan" if _PLAN.search(title) else "other"


def inline_items(line: str) -> list[tuple[int, int, int]]:
    """(number, start, end) of an inline list numbered 1, 2, 3 … inside one line.

    Numbers must run on from 1 without gaps, so 2.5万 or a stray "3." is not
    an item; fewer than two items is no list.  Offsets are within ``line``."""
    return _inline_items(for_parsing(line))


def _inline_items(norm: str) -> list[tuple[int, int, int]]:
    """``inline_items`` of a line normalised already (same length, same spaces)."""
    found, want = [], 1
    for m in _ITEM.finditer(norm):
        if int(m.group(1)) == want:
            found.append((want, m.start(1)))
            want += 1
    if len(found) < 2:
        return []
    ends = [s for _, s in found[1:]] + [len(norm.rstrip())]
    return [(n, s, e) for (n, s), e in zip(found, ends, strict=True)]


def _ends(norm: str, start: int, end: int) -> list[int]:
    """Where each ``_END`` match in norm[start:end] ends, as ``_END.finditer`` finds them: the 。!? found by
    ``str.find`` (re tries its character class at every character of the text, several times slower) and a
    match read from each one past the one before."""
    found = []
    for mark in _END_MARKS:
        at = norm.find(mark, start, end)
        while at != -1:
            found.append(at)
            at = norm.find(mark, at + 1, end)
    found.sort()
    out, reach = [], start
    for at in found:
        if at >= reach:
            reach = _END.match(norm, at, end).end()
            out.append(reach)
    return out


def _item_hint(line: str) -> bool:
    """``_ITEM_HINT.search(line)``: a . or 、 after a digit, found by ``str.find`` (re tries ``\\d`` at every
    character)."""
    for mark in ".、":
        at = line.find(mark, 1)
        while at != -1:
            if line[at - 1].isdecimal():       # (re's \d on a str: a Unicode decimal digit)
                return True
            at = line.find(mark, at + 1)
    return False


def _sentences(norm: str, start: int, end: int, cuts: list[int]) -> list[tuple[int, int]]:
    """Sentence spans in norm[start:end] (the text normalised), trimmed of spaces; ``cuts`` are
    extra starts."""
    stops = set(_ends(norm, start, end))
    stops.update(cuts)
    stops.add(end)
    spans, prev = [], start
    for stop in sorted(stops):
        if prev < stop and not norm[prev].isspace() and not norm[stop - 1].isspace():
            spans.append((prev, stop))       # (most pieces: nothing to trim, no copy to strip)
        else:
            piece = norm[prev:stop]
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece.rstrip())
            if trail > lead:
                spans.append((prev + lead, prev + trail))
        prev = stop
    return spans


def _untabbed(line: str) -> str:
    """A list item's text with a tab read as a space (same length): the tabs after its marker, and the one tab
    of an item holding no other (——地区生产总值\t增长6.7%, a name and its figure); two tabs or more after
    the marker are cells of a row and stay."""
    m = _MARKED.match(line) if "\t" in line else None
    if m is None:
        return line
    line = line[:m.start(1)] + " " * len(m.group(1)) + line[m.end(1):]
    rest = line[m.end(1):]
    if rest.count("\t") == 1:
        line = line[:m.end(1)] + rest.replace("\t", " ")
    return line


# A part's numbered heading run on after a sentence's end at the end of its line (a pasted text's lost line break):
# …并请市政协委员和其他列席人员提出意见。一、过去五年和2021年工作回顾 — only a title naming the review or the targets,
# so a run of numbered items in one paragraph (…。一、…；二、…) stays one line.
_PART_RUN_IN = re.compile(r"。([一二三四五六七八九十]{1,3}、[^。,!?;:]{2,40})$")


def _part_run_in(line: str) -> int:
    """Where a part's heading run on after the line's last sentence begins; 0 if none."""
    found = _PART_RUN_IN.search(line)
    if found is None or parts.title_role(found.group(1)[found.group(1).index("、") + 1:]) not in ("review", "targets"):
        return 0
    return found.start(1)


@parses("structure.parse_structure")
def _merged_row(line: str) -> int:
    """The length of a line's first cell when the line is a table's row merged across three columns or more, its cell
    repeated into each as a .docx or .xlsx table is flattened (一、扩大有效投资\t一、扩大有效投资\t…): read once; else 0."""
    if "\t" not in line:
        return 0
    cells = [c.strip() for c in line.split("\t")]
    if len(cells) >= 3 and cells[0] and all(c == cells[0] for c in cells):
        return len(line.split("\t")[0].rstrip())
    return 0


def parse_structure(text: str) -> tuple[list[Section], list[Paragraph], list[Sentence]]:
    sections: list[Section] = []
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    stack: list[int] = []        # open sections, outermost first
    documents: set[int] = set()  # level-0 titles of documents in a compilation
    norm = for_parsing(text)
    # A press conference's transcript (…新闻发布会实录) has no part: its speakers' turns are the frame, and a run-in
    # title opening an official's paragraph (一是扩大城市更新成效。改造…) heads it as under a part (parts.transcript_plan).
    transcript = parts.is_transcript(text)

    def open_section(level: int, number: str, title: str, start: int, role: str | None = None) -> int:
        while stack and sections[stack[-1]].level >= level:
            sections[stack.pop()].end = _back(text, start)
        parent = stack[-1] if stack else None
        if role is None:
            role = _role(for_parsing(title)) if level == 0 else (sections[parent].role if parent is not None else "other")
        sections.append(Section(level, title, number, start, start, role, parent))
        stack.append(len(sections) - 1)
        return stack[-1]

    lines = []                   # (start, end, normalised line) of non-blank lines
    for s, e in line_spans(text):
        line = norm[s:e].strip()
        if line:
            s += len(norm[s:e]) - len(norm[s:e].lstrip())
            merged = _merged_row(line)
            if merged:          # 一、扩大有效投资\t一、扩大有效投资\t…: a table's row merged across, its one cell once
                line = line[:merged]
            cut = _part_run_in(line)
            if cut:             # …请予审议…提出意见。一、过去五年和2021年工作回顾: the part's heading on a line of its own
                lines.append((s, s + cut, line[:cut]))
                s, line = s + cut, line[cut:]
            lines.append((s, s + len(line), line))
    # Logical paragraphs: a line broken off mid-sentence runs on into the next.
    groups: list[list[tuple[int, int, str]]] = []
    for item in lines:
        if groups and (_continues(groups[-1][-1][2], item[2]) or _figure_under_name(groups[-1], item[2])):
            groups[-1].append(item)
        else:
            groups.append([item])

    firsts = _firsts(groups)
    lone = _lone_title(firsts)
    numbered_parts = _numbered_parts(groups[1:] if lone else groups, firsts[1:] if lone else firsts)
    bold_parts = set() if numbered_parts else _bold_parts(groups, firsts)
    plain_parts = set() if numbered_parts or bold_parts else _plain_parts(groups, firsts)
    arabic_parts = _arabic_parts(firsts)
    questions = set() if transcript else _questions(groups)
    place_titles = _place_titles(firsts)
    item_before = 0              # the number of the last paragraph that was a numbered item read as prose (1.推进…；…)
    adjacent = _adjacent_items(firsts) | _celled_items(groups, firsts)
    after_title = False          # the last paragraph was a heading on its own line, no lead-in ending in a colon
    numbered_last = 0            # the last number of a run of numbered paragraphs right under a heading
    numbered_open: int | None = None    # the numbered run-in heading governing the paragraphs after its own
    for number, group in enumerate(groups):
        s, e, line = group[0]
        clean, kind, bold_end, body, head = firsts[number]
        if numbered_open is not None:
            # Its run ends at a paragraph opening on a number (the next item, 3.落实…), a marked line, or one that is
            # no prose ending a sentence (a signature: 中共某某区委办公室).
            if stack and stack[-1] == numbered_open and (_NUMBERED_OPEN.match(line) or kind is not None or head
                                                         or not _END.search(group[-1][2])):
                sections[stack.pop()].end = _back(text, s)
            if not stack or stack[-1] != numbered_open:
                numbered_open = None
        if lone and number == 0:
            kind = None         # the report's own title in markdown (# 某市2025年政府工作报告): a plain line
            head = _heading(body)
        if number in arabic_parts:
            head = (0, *head[1:])   # **1. 2025年工作回顾**: a part numbered in Arabic figures
        item_before = _item_run(body, head, kind, item_before)
        if (item_before or number in adjacent) and head and head[0] == 3:
            head = None         # 10.开工建设…工程。 right after the items 1.…9. written as prose (or each followed by its
            #                     table's cells, 牵头领导：…): an item of the list, no heading
        lead = len(clean) - len(clean.lstrip())
        in_document = bool(documents) and any(i in documents for i in stack)
        if head and head[0] <= 1 and head[1] and (in_document or (numbered_parts and not documents)):
            # a 一、 heading: a part or not as the document's numbering says (the flags change nothing else)
            head = _heading(body, marked=kind is not None, in_document=in_document,
                            numbered_parts=numbered_parts and not documents)
        tags: list[str] = []
        lead_end = None
        run_in = False
        place_title = False      # a place's name and colon opening the paragraph (东区：…): a sentence of its own
        kind_label = False       # a label of the kind of sentences and a colon opening it (目标：…): the same
        # A numbered run-in heading (1.壮大工业经济。…) governs the paragraphs after its own too, up to the next
        # heading: the numbers say where its run ends (2.…, (二)…); an un-numbered one governs its own paragraph only.
        numbered_run_in = False
        bracket = None
        if head:
            level, number, a, b = head
            open_section(level, number, _title(text[s + lead + a:s + lead + b]), s)
            rest = body[b:].lstrip("。.:!?* ")
            if rest.strip("*") and len(group) == 1:
                # （一）扩大有效投资。一是…: the heading runs into its body, which is no heading.
                lead_end = s + lead + len(body) - len(rest)
            else:
                tags = ["heading"]
        elif kind == "md":
            # An un-numbered markdown heading: the title of a document (plan,
            # opinion …) in a compilation; it ends at the next such title.
            documents.add(open_section(0, "", _title(text[s + lead:e]), s, "other"))
            tags = ["heading"]
        elif number in bold_parts or number in plain_parts:
            open_section(0, "", _title(text[s:e]), s)      # a speech's part titled in bold, or unnumbered
            tags = ["heading"]
        elif kind == "bold":
            # An un-numbered bold line: a sub-heading, on its own line or run in.
            title = _title(text[s:s + bold_end])
            rest = _TRAIL.sub("", _BOLD_RUN.sub("", line[bold_end:]))
            if not rest:         # **【…】****…**: bold runs only, one sub-heading
                title = _title(text[s:e])
            open_section(4, "", title, s)
            if rest:
                run_in = True
                lead_end = s + bold_end + len(line[bold_end:]) - len(line[bold_end:].lstrip("。.:!? "))
            else:
                tags = ["heading"]
        elif (bracket := _BRACKET_TITLE.match(line)) and stack and not line[bracket.end():].strip() \
                and _LIVELIHOOD.search(bracket.group(1)) and sections[stack[0]].level == 0:
            # 【2027年十件民生实事】 alone on its line after the parts: the livelihood list's own part (its items
            # livelihood_items'), no sub-section of the part before it (【未来五年】's lines are no framing of it)
            open_section(0, "", _title(text[s + 1:s + bracket.end() - 1]), s, sections[stack[0]].role)
            tags = ["heading"]
        elif (bracket := _BRACKET_TITLE.match(line)) and stack and not line[bracket.end():].startswith("【"):
            open_section(4, "", _title(text[s + 1:s + bracket.end() - 1]), s)
            if line[bracket.end():].strip():
                run_in = True
                lead_end = s + bracket.end()
            else:
                tags = ["heading"]
        elif kind is None and not head and stack and (padded := _PADDED_TITLE.match(line.strip())) is not None:
            open_section(4, "", padded.group(1), s)
            tags = ["heading"]
        elif number in questions:
            # 问三：今年在…方面有哪些举措？: the group of the answer after it, up to the next question (a sub-section)
            open_section(4, "", _title(text[s + _QUESTION.match(line).end():e]), s)
            tags = ["heading"]
        elif questions and kind is None and not head and (label := _ANSWER.match(line)) is not None:
            # 答：报告提出，今年将…: the label is cut off as a heading's sentence, opening no section
            lead_end = s + label.end()
            kind_label = True
        elif kind is None and not head and stack and (label := _KIND_LABEL.match(line)) is not None \
                and not (norm.find(_TARGETS_HELD, s, e) != -1 and _TARGETS.search(norm, s, e)) \
                and not _TARGETS_PLAIN_BARE.search(line, 0, label.end()):
            # 目标：林果产值达到25亿元。 / 举措：新建…: the label is cut off as a heading's sentence, opening no section
            # (the year's targets after 主要预期目标： or 主要目标： are read as such)
            lead_end = s + label.end()
            kind_label = True
        elif number in place_titles and stack:
            place = _run_in_colon(line)            # 东区：重点推进…: the place its measures are in, their group
            open_section(4, "", _title(text[s:s + place.end(1)]), s)
            run_in = place_title = True
            lead_end = s + place.end()
        elif (numbered := _NUMBERED_LEAD.match(line)) is not None:
            # A numbered run-in heading (1.做大数字经济。 then its measures on the line; (1)稳住工业基本盘。…): as an
            # un-numbered one, the title shown without its number — in a run numbered from 1 right under a heading
            # on its own line.  After a lead-in (…如下：, **…是：**) or prose, the numbered paragraphs are items of a
            # list, and a short result to check after the number (1.新建城区幼儿园2所。…) is an item, no heading.
            k = 2 if numbered.group(2) else 4
            title, n = numbered.group(k), int(numbered.group(k - 1))
            if (n == 1 and after_title) or (numbered_last and n == numbered_last + 1):
                numbered_last = n        # the run goes on past an item that is a task (2.建成某某大桥。年内通车。)
                if len(line) - numbered.end() > len(title) and stack and not is_result_task(title):
                    open_section(4, numbered.group(k - 1), text[s + numbered.start(k):s + numbered.end(k)], s)
                    lead_end = s + numbered.end()
                    run_in = numbered_run_in = True
        else:
            # (第一，扩大有效投资。…: the ordinal and its comma before a run-in title are passed over, as 一是 is)
            # (▲工业技改。实施…: a list's bullet before a run-in title is no part of it either)
            k = ordinal.end() if (ordinal := _ORDINAL_OPEN.match(line)) else 0
            row = None
            if not k and (bullet := _BULLET_OPEN.match(line)):
                k = bullet.end()
            if not k and (row := _ROW_NUMBER.match(line)):
                k = row.end()       # (1\t做强先进制造业。（1）…: a table row's number cell)
            m = _LEAD.match(line[k:])
            if m and row is not None and line[k + m.end():].startswith("\t"):
                m = None        # (6\t新增…12家。\t县工信局\t…: the whole task cell, the row's other cells after it)
            # Run-in heading: the topic clause is shorter than the body it opens.
            # (in a text with no part, a paragraph whose next steps open after its first sentence — a reply in prose,
            # 关于某某工程。截至9月底…。下一步，我镇将…: parts.next_steps_later — has its item's run-in title too)
            if m and len(line) - k - m.end() > len(m.group(1)) and (stack or transcript or parts.next_steps_later(line)) \
                    and not _NUMBERED_OPEN.match(line) \
                    and not is_result_task(m.group(1)) and not is_worth_statement(m.group(1)) \
                    and not is_closing_formula(m.group(1)):
                open_section(4, "", text[s + k:s + k + len(m.group(1))], s)
                lead_end = s + k + m.end()
                run_in = True
        first = len(paragraphs)
        for ps, pe, _ in group:
            paragraphs.append(Paragraph(ps, pe, stack[-1] if stack else None))
        g_end = group[-1][1]
        if run_in:
            sections[stack[-1]].end = g_end
        cuts = [ps + i for ps, _, ln in group if _item_hint(ln) for _, i, _ in _inline_items(ln)]
        if bracket and run_in or place_title or kind_label:
            cuts.append(lead_end)        # the 【】 title its own sentence, its body's first sentence a sentence
        index = first
        for a, b in _sentences(norm, s, g_end, cuts):
            while index + 1 < len(paragraphs) and paragraphs[index + 1].start <= a:
                index += 1
            sentence = Sentence(_untabbed(text[a:b]), a, b, index, paragraphs[index].section)
            sentence.role = sections[sentence.section].role if sentence.section is not None else "other"
            sentence.tags = list(tags) or (["heading"] if lead_end is not None and b <= lead_end else [])
            if norm.find(_TARGETS_HELD, a, b) != -1 and _TARGETS.search(norm, a, b):
                sentence.tags.append("expected_targets")
            sentences.append(sentence)
        if run_in and not numbered_run_in:
            stack.pop()          # a run-in heading governs its own paragraph only
        elif numbered_run_in:
            numbered_open = stack[-1]
        if head:
            numbered_last = 0
        after_title = tags == ["heading"] and not line.rstrip("* ").endswith(":")
    for index in stack:
        sections[index].end = len(text.rstrip())
    if not any("expected_targets" in s.tags for s in sentences):
        for sentence in sentences:
            if norm.find(_TARGETS_PLAIN_HELD, sentence.start, sentence.end) != -1 and (
                    _TARGETS_PLAIN.search(norm, sentence.start, sentence.end)
                    or _TARGETS_PLAIN_BARE.search(norm, sentence.start, sentence.end) and len(
                        _REQUIREMENT_RATE.findall(norm, sentence.start, sentence.end)) >= _REQUIREMENT_RATES):
                sentence.tags.append("expected_targets")
    if not any("expected_targets" in s.tags for s in sentences):
        for sentence in sentences:
            if _REQUIREMENTS.search(norm, sentence.start, sentence.end) and \
                    len(_REQUIREMENT_RATE.findall(norm, sentence.start, sentence.end)) >= _REQUIREMENT_RATES:
                sentence.tags.append("expected_targets")
    if not any("expected_targets" in s.tags for s in sentences):
        _targets_after_requirements(norm, sentences)
    if not any("expected_targets" in s.tags for s in sentences):
        _targets_then_listed(norm, sentences)
    if not any("expected_targets" in s.tags for s in sentences):
        _targets_set(norm, sentences)
    if not any("expected_targets" in s.tags for s in sentences):
        _targets_proposed(text, norm, sentences)
    if not any("expected_targets" in s.tags for s in sentences):
        _targets_in_slogan(text, norm, sentences)
    if not any("expected_targets" in s.tags for s in sentences):
        _targets_before_pursuit(norm, sentences)
    if not documents and not any(x.level <= 1 for x in sections):
        _headless_parts(text, norm, sections, paragraphs, sentences)
    if not documents:
        parts.assign_roles(text, sections, paragraphs, sentences)
    if not any("expected_targets" in s.tags for s in sentences):
        _targets_under_heading(norm, sections, sentences)
    items = livelihood_items(text, paragraphs)
    starts = [s.start for s in sentences] if items else []     # (in order: read line by line)
    for item in items:
        # The sentences starting inside the item: a bisection, not a scan of them all per item.
        for sentence in sentences[bisect_left(starts, item["start"]):bisect_left(starts, item["end"])]:
            sentence.tags.append("livelihood_item")
    return sections, paragraphs, sentences


def _targets_after_requirements(norm: str, sentences: list[Sentence]) -> None:
    """No sentence names the expected targets, but the overall requirements' sentence holds no rate and the next
    sentence of its paragraph holds rates of two targets or more (2025年政府工作的总体要求是：坚持…。全旗地区生产总值增长
    6.5%，一般公共预算收入增长4%。): that sentence states the year's targets."""
    for named, listed in zip(sentences, sentences[1:], strict=False):
        if named.paragraph != listed.paragraph or not _REQUIREMENTS.search(norm, named.start, named.end) \
                or _REQUIREMENT_RATE.search(norm, named.start, named.end):
            continue
        if len(_REQUIREMENT_RATE.findall(norm, listed.start, listed.end)) >= _LISTED_RATES:
            listed.tags.append("expected_targets")
            return


def _targets_then_listed(norm: str, sentences: list[Sentence]) -> None:
    """No sentence states the expected targets, but one names them with no figure and nothing after them
    (综合研判形势，我们对疫情前考虑的预期目标作了适当调整。): the next sentence of its paragraph, opening on the coming
    year's will (今年要…, 今年力争…: part.targets_then_listed) and holding rates of two targets or more, states them
    (今年要…；城镇登记失业率控制在3.8%以内；居民消费价格涨幅控制在3.2%左右；进出口促稳提质；…).  A review's sentence naming
    the targets (年初确定的预期目标全面完成。) followed by the year's results opens on no such words."""
    for named, listed in zip(sentences, sentences[1:], strict=False):
        if named.paragraph != listed.paragraph or norm.find(_TARGETS_HELD, named.start, named.end) == -1 \
                or not _TARGETS_NAMED.search(norm, named.start, named.end) or _DIGIT.search(norm, named.start, named.end):
            continue
        if _TARGETS_LISTED.match(norm, listed.start, listed.end) \
                and len(_REQUIREMENT_RATE.findall(norm, listed.start, listed.end)) >= _LISTED_RATES:
            listed.tags.append("expected_targets")
            return


def _targets_set(norm: str, sentences: list[Sentence]) -> None:
    """No sentence names the expected targets, but the coming year's are set by a verb: each metric's growth target in
    turn (综合考虑…，建议将全区地区生产总值增长目标设定为5.5%左右，规模以上工业增加值增长目标确定为6%，…: _PROPOSED_TARGETS
    or more in one sentence), or a field's after a colon (民生和生态环境方面的目标设定为：城镇新增就业1.2万人，…: clauses
    stating _PROPOSED_TARGETS targets or more).  Every such sentence states them; a task's single aim set so (引进项目目标
    确定为50个) is no list of targets."""
    for sentence in sentences:
        field = _SET_FIELD.search(norm, sentence.start, sentence.end)
        if field:
            stated = targets.parse_targets(norm[field.end():sentence.end])
            if sum(len(found) for _, found in stated) >= _PROPOSED_TARGETS:
                sentence.tags.append("expected_targets")
        elif len(_SET_PER_METRIC.findall(norm, sentence.start, sentence.end)) >= _PROPOSED_TARGETS:
            sentence.tags.append("expected_targets")


def _targets_proposed(text: str, norm: str, sentences: list[Sentence]) -> None:
    """No sentence names the expected targets, but one proposes the coming year's (考虑到…，我们提出：2020年地区生产总值增速
    继续保持高于全省态势，…，就业局势保持总体稳定，…进一步降低。): a proposal word and a colon (part.targets_proposed), right
    after it the year the report plans (parts.report_year) or 今年/全年, and after the colon clauses stating targets of
    several metrics (targets.parse_targets: _PROPOSED_TARGETS or more, figures or none).  The first such sentence states
    them.  A review recalling last year's proposal (去年我们提出：2019年…) names another year and states none."""
    year = parts.report_year(text)
    for sentence in sentences:
        m = _PROPOSED.search(norm, sentence.start, sentence.end)
        if not m or m.group(1) and (year is None or int(m.group(1)) != year):
            continue
        stated = targets.parse_targets(norm[m.end():sentence.end])
        if sum(len(found) for _, found in stated) >= _PROPOSED_TARGETS:
            sentence.tags.append("expected_targets")
            return


def _targets_in_slogan(text: str, norm: str, sentences: list[Sentence]) -> None:
    """No sentence names the expected targets, but one lists the coming year's behind a quoted slogan counting its goals
    (综合研判，今年新区要全力实现“六个突破”：地区生产总值突破800亿元、增长8%，规模以上工业总产值突破1500亿元，…): a will
    verb (part.targets_slogan_verb), the slogan (“N个…”, “N大…”), a colon (or ，即：), and after it clauses stating
    targets with figures of several metrics (_PROPOSED_TARGETS or more).  The first such sentence states them (the
    sentences after it in its paragraph, 同时，一般公共预算收入增长5%，…, go on with them as after any targets
    sentence).  A slogan of a past year (去年我们实现“三个突破”：…, or a year before the report's: part.targets_slogan_past)
    states none; nor does a slogan of goals in words alone (“四个确保”，即：确保…如期实现)."""
    year = parts.report_year(text)
    for sentence in sentences:
        m = SLOGAN_LEAD.match(norm, sentence.start, sentence.end)
        if not m or _SLOGAN_PAST.search(m.group(1)):
            continue
        named = _SLOGAN_YEAR.search(m.group(1))
        if named and (year is None or int(named.group(1)) != year):
            continue
        stated = targets.parse_targets(norm[m.end():sentence.end])
        if sum(1 for _, found in stated for i in found if i.value is not None) >= _PROPOSED_TARGETS:
            sentence.tags.append("expected_targets")
            return


def _targets_under_heading(norm: str, sections: list[Section], sentences: list[Sentence]) -> None:
    """No sentence names the expected targets, but a part's heading names them and nothing else (一、主要目标, 2025年主要
    指标) and the lines under it hold rates of two targets or more before the next part (【工业】规模以上工业增加值增长9%。 on lines of their own,
    a zone's work points): the heading states them — tasks/report reads the lines after it as targets, a group's head
    (【工业】, 1.工业：) passed over.  The first such heading; a heading with no figure under it (一、主要目标 then words of
    a goal) none."""
    for k, sentence in enumerate(sentences):
        if "heading" not in sentence.tags or sentence.section is None or sections[sentence.section].level != 0 \
                or not heads_targets_only(sections[sentence.section].title):
            continue
        rates = 0
        for under in sentences[k + 1:]:
            if under.section is not None and under.section != sentence.section and sections[under.section].level == 0:
                break                   # the next part
            rates += len(_REQUIREMENT_RATE.findall(norm, under.start, under.end))
        if rates >= _LISTED_RATES:
            sentence.tags.append("expected_targets")
            return


def _targets_before_pursuit(norm: str, sentences: list[Sentence]) -> None:
    """No sentence names the expected targets, but a sentence opens on pursuing them as just stated (为实现上述目标，起跑
    就要冲刺…: target.after_targets in its first clause) and the sentence right before it holds rates of several targets
    (_REQUIREMENT_RATES or more) with no lead-in (…努力实现高质量转型发展。GDP比上年增长5.5%，…，城镇登记失业率控制在省
    目标以内。): that sentence states them, each clause a target of its own (a clause with no figure too).  The first such
    sentence only."""
    for listed, pursuit in zip(sentences, sentences[1:], strict=False):
        first = _PURSUIT_CLAUSE_END.search(norm, pursuit.start, pursuit.end)
        if _PURSUED_TARGETS.search(norm, pursuit.start, first.start() if first else pursuit.end) is None:
            continue
        if len(_REQUIREMENT_RATE.findall(norm, listed.start, listed.end)) >= _REQUIREMENT_RATES:
            listed.tags.append("expected_targets")
            return


def _item_run(body: str, head: tuple | None, kind: str | None, before: int) -> int:
    """The number of the paragraph ``body`` when it is a numbered item of a list written as prose (1.推进1000个村…；
    新建…。 then 2.… on the next paragraph), else 0.  ``before``: the same answer for the paragraph before.  An item
    too long to be a heading opens the run; a short numbered line ending in 。 right after item n-1 goes on with it
    (10.开工建设某某综合治理工程。 closing a list of items), no heading; a numbered title with no 。 (2、着力推进农业
    现代化), a marked one or one after an un-numbered paragraph stays a heading."""
    m = _LEVEL3.match(body)
    if not m or kind is not None:
        return 0
    n = int(m.group(1))
    if head is None:
        return n if n == before + 1 or (n == 1 and "。" in body) else 0
    return n if before and n == before + 1 and body.endswith("。") else 0


def _adjacent_items(firsts: list[tuple]) -> set[int]:
    """The paragraphs numbered n. and n+1. one right after the other, each one sentence ending in 。 with no mark
    (1.新建城区幼儿园2所。 then 2.实施…。): items of a list written as prose, not headings with no body."""
    out: set[int] = set()
    for k in range(len(firsts) - 1):
        (_, kind, _, body, _), (_, kind2, _, body2, _) = firsts[k], firsts[k + 1]
        m, m2 = _LEVEL3.match(body), _LEVEL3.match(body2)
        if m and m2 and kind is None and kind2 is None and int(m2.group(1)) == int(m.group(1)) + 1 \
                and body.endswith("。") and body2.endswith("。"):
            out.update((k, k + 1))
    return out


# A line of a decomposition table's cell pasted one a line under a numbered item (牵头领导：某某某, 责任单位：…,
# 完成时限：2026年10月底前): the label, a colon, the cell.
_CELL_LINE = re.compile(rf"(?:{vocab.alternation('report.item_cell_label', 'task.lead_unit_label', 'task.cooperating_unit_label')})"
                        r"\s*[:：]\s*\S")


# The same cells written on one line, joined by ； before each cell's label (牵头领导：副县长某某某；责任单位：县水利局；
# 时间节点：4月底前…，6月底前…), as a supervision list prints them under its item: cut only before a label, so a cell's own
# ； (时间节点：3月底前…；6月底前…) stays in it.
_CELL_JOIN = re.compile(rf";\s*(?=(?:{vocab.alternation('report.item_cell_label', 'task.lead_unit_label', 'task.cooperating_unit_label')})"
                        r"\s*[:：]\s*\S)")


def _joined_cells(line: str) -> list[str]:
    """A line of two or more cells joined by ； (牵头领导：…；责任单位：…) as its cells, one a piece; any other line whole."""
    pieces = [p.strip() for p in _CELL_JOIN.split(line) if p.strip()]
    return pieces if len(pieces) >= 2 and _CELL_LINE.match(pieces[0]) else [line]


def cell_lines(text: str) -> list[str]:
    """The lines of ``text`` (normalised), one carried on after a list's mark joined to it (责任单位：县林业局、 / 县财政局),
    a line of cells joined by ； cut into its cells."""
    out: list[str] = []
    for line in (line.strip() for line in text.strip().splitlines()):
        if line and out and out[-1].endswith(("、", ",")):
            out[-1] += line
        elif line:
            out.extend(_joined_cells(line))
    return out


def item_cells(text: str) -> bool:
    """Whether every line of ``text`` (normalised) is a table's cell under an item (牵头领导：…, 责任单位：…)."""
    lines = cell_lines(text)
    return bool(lines) and all(_CELL_LINE.match(line) for line in lines)


def _celled_items(groups: list[list[tuple[int, int, str]]], firsts: list[tuple]) -> set[int]:
    """The paragraphs numbered n. of one sentence ending in 。 each followed by lines of its table's cells (1.新建…。
    then 牵头领导：… / 责任单位：… / 完成时限：…), two or more of them: items of a decomposition table pasted one cell a
    line, not headings over their cells."""
    out = {k for k in range(len(groups) - 1)
           if len(groups[k]) == 1 and firsts[k][1] is None and _LEVEL3.match(firsts[k][3])
           and firsts[k][3].endswith("。") and item_cells("\n".join(line for _, _, line in groups[k + 1]))}
    return out if len(out) >= 2 else set()


def _firsts(groups: list[list[tuple[int, int, str]]]) -> list[tuple]:
    """Of each group's first line: ``_unmark``'s (clean, kind, bold_end), the body and its heading read
    with no document flags — found once, for the passes below and the main loop alike."""
    out = []
    for group in groups:
        clean, kind, bold_end = _unmark(group[0][2])
        body = clean.strip()
        out.append((clean, kind, bold_end, body, _heading(body, marked=kind is not None)))
    return out


def _questions(groups: list[list[tuple[int, int, str]]]) -> set[int]:
    """The paragraphs that are questions of a text in questions and answers (_QUESTION): a line of its own opened by a
    question's label and closed by a question mark — two or more of them, else none (a lone question is prose)."""
    out = {n for n, group in enumerate(groups) if len(group) == 1 and len(group[0][2]) <= QUESTION_MAX
           and group[0][2].endswith("?") and _QUESTION.match(group[0][2])}
    return out if len(out) >= 2 else set()


def _run_in_colon(body: str) -> re.Match | None:
    """A place's name and a colon opening a paragraph (东区：重点推进…), or a short title and a colon opening a paragraph
    of measures ended as prose (稳就业：城镇新增就业1.2万人…。; 农业方面：建设高标准农田…。): the name the first group."""
    if _KIND_LABEL.match(body):
        return None         # 目标：…, 举措：…: the kind of the sentences after it, no title of theirs
    if (found := _PLACE_TITLE.match(body)) is not None:
        return found
    found = _COLON_TITLE.match(body)
    rest = body[found.end():].rstrip("* ") if found else ""
    if not found or len(rest) <= len(found.group(1)) or not _END.search(rest) or rest.endswith(":"):
        return None
    return found if _COLON_MEASURE.match(rest) or _COLON_FIGURE.search(_COLON_CLAUSE_END.split(rest)[0]) else None


def _place_titles(firsts: list[tuple]) -> set[int]:
    """The paragraphs opened by a place's name and a colon (东区：重点推进…；西区：加快…；南区：完成…), or by a short
    title and a colon (稳就业：…；优教育：…; 农业方面：…；农村方面：…), in a run of two or more next to one another: the names
    are run-in titles, each its paragraph's group.  One such paragraph alone (城区：… in a list of another kind) is
    left as read."""
    opened = [index for index, (_, kind, _, body, head) in enumerate(firsts)
              if kind is None and not head and _run_in_colon(body)]
    return {i for i in opened if i - 1 in opened or i + 1 in opened}


def _lone_title(firsts: list[tuple]) -> bool:
    """The first line is an un-numbered markdown title and no other line is: one report exported as
    markdown, its title on top (# 某市2025年政府工作报告), not a compilation of several documents."""
    titles = []
    for index, (_, kind, _, _, head) in enumerate(firsts):
        if kind == "md":
            if not (head and head[1]):
                titles.append(index)
                if len(titles) > 1:
                    return False
    return titles == [0]


def _arabic_parts(firsts: list[tuple]) -> set[int]:
    """The paragraphs that are parts numbered in Arabic figures, each a bold or markdown line of its own
    (**1. 2025年工作回顾**, **2. 2026年工作安排**, **3. 加强政府自身建设**), in a report with no 一、 or (一) heading: the
    run of such lines numbered 1, 2, 3 … when there are two or more and one of them names a part (review or plan).
    Elsewhere a 1. line is a heading below (一)."""
    if any(head and head[0] <= 2 and head[1] for _, _, _, _, head in firsts):
        return set()
    run: list[int] = []
    names = False
    for index, (_, kind, _, body, head) in enumerate(firsts):
        if kind is None or not head or head[0] != 3 or body[head[3]:].strip(" 。*") or int(head[1]) != len(run) + 1:
            continue
        run.append(index)
        names = names or _names_part(body[head[2]:head[3]], True)
    return set(run) if len(run) >= 2 and names else set()


def _numbered_parts(groups: list[list[tuple[int, int, str]]], firsts: list[tuple]) -> bool:
    """The report's parts are its 一、 headings: one of them names a part (review or plan) and
    no un-numbered title line does (2019年工作回顾 over 一、… sub-sections), in a text that is
    no compilation of markdown documents."""
    numbered = unnumbered = titled = False
    own_lines = run_in = 0
    numbers: list[str] = []
    covering = ""           # a covering notice's title (关于印发《…》的通知), the printed document's title in it
    for index, (_, kind, _, body, head) in enumerate(firsts):
        if kind == "md" and not (head and head[1]):
            return False        # an un-numbered markdown title: a document of a compilation
        if not covering and not head and _COVERS.search(body):
            covering = body
        if head and head[0] == 0:
            if head[1]:
                numbered = True
            else:
                titled = True
                if not numbers and not numbered and (covering and body.strip() in covering
                                                     or index == 0 and _OWN_TITLE_KIND.search(body.strip())):
                    covering = "\0"    # the printed document's own title under its covering notice (…关于印发《X》的
                    #                    通知 then X): the whole text's, no part over 一、 sub-sections
                elif _REVIEW.search(body) or _PLAN.search(body):
                    unnumbered = True
        elif head and head[0] == 1:
            numbers.append(head[1])
            if head[3] == len(body):
                own_lines += 1
            elif head[3] - head[2] <= _RUN_IN_PART:
                run_in += 1
    if numbered:
        return not unnumbered
    if numbers and not titled and parts.is_minutes("\n".join(line for g in groups[:8] for _, _, line in g)):
        return True         # minutes (…常务会议纪要): each 一、关于… heading an item the meeting decided, a part
    # A speech whose every part has a thematic title (一、砥砺奋进，成绩来之不易 / 二、坚定信心…):
    # its 一、 headings standing on their own lines are its parts when no other line titles a part;
    # a short title running into its body (一、砥砺奋进，成绩来之不易。过去一年，…) counts beside
    # one on its own line when no 一、 number comes twice (numbers starting over are sub-sections).
    head_text = "".join(g[0][2] for g in groups[:8])
    enough = own_lines >= 2 or (own_lines >= 1 and own_lines + run_in >= 2 and len(set(numbers)) == len(numbers))
    # (a speech to a meeting of the cadres, 同志们： on a line of its own in its opening lines, is a speech as one to the
    # deputies is: its 一、 headings are its parts whatever its first part reports — tasksx, stop 63)
    saluted = any(_MEETING_ADDRESS.match(body) for _, _, _, body, _ in firsts[:8])
    if not titled and enough and not (_SPEECH.search(head_text) or parts.speech_venue(head_text) or saluted):
        # An excerpt pasted without its opening (no 各位代表), every part title a slogan: its 一、 headings on their
        # own lines are its parts when a line names the main expected targets (…主要预期目标是：…) and no 一、 title
        # sets out a plan's principles (一、指导思想); parts.py then makes the part holding them the plan.  A year N+1
        # excerpt pasted without the next year's targets sentence: when its first part reports the past year's results
        # (parts.reports_past_year: 过去一年，…增长6.2%; 2024年，…增长5.6%), and parts.py finds its review from them.
        return (any(_TARGETS.search(line) for g in groups for _, _, line in g) or _first_part_reports_past(groups, firsts)) \
            and not any(head and head[0] == 1 and _GUIDING.match(body[head[2]:head[3]]) for _, _, _, body, head in firsts)
    return not titled and enough


_RUN_IN_PART = 20        # the longest thematic part title running into its body
_SENTENCES = re.compile(r"[^。!?]+[。!?]?")


def _first_part_reports_past(groups: list[list[tuple[int, int, str]]], firsts: list[tuple]) -> bool:
    """The sentences between the text's first 一、 heading and its second report the past year's results."""
    heads = [k for k, (_, _, _, _, head) in enumerate(firsts) if head and head[0] == 1]
    if not heads:
        return False
    end = heads[1] if len(heads) > 1 else len(groups)

    def sentences(chunk: list[list[tuple[int, int, str]]]) -> list[str]:
        return [m.group() for g in chunk for _, _, line in g for m in _SENTENCES.finditer(line)]

    return parts.reports_past_year(sentences(groups[heads[0] + 1:end]), sentences(groups))


def _bold_parts(groups: list[list[tuple[int, int, str]]], firsts: list[tuple]) -> set[int]:
    """The groups that are a speech's part titles written in bold with no number (**砥砺奋进，成绩来之
    不易** / **坚定信心、真抓实干…**): in a speech with no numbered or worded part titles and no 一、
    headings, bold title lines each of which opens a fresh (一)(二)… run, when at least two do and
    no (一) run starts without one.  A bold sub-heading inside a part is followed by no (一) of its
    own, or by a (二) that continues the part's run, and so makes none of them parts."""
    bold: list[int] = []
    pending = None        # the bold title awaiting its (一)
    opened = 0
    for index, (group, (_, kind, bold_end, body, head)) in enumerate(zip(groups, firsts, strict=True)):
        if head and (head[0] == 0 or head[0] == 1) or _LEVEL1.match(body):
            return set()      # parts numbered 一、 or titled by their wording: not this shape
        if kind == "bold" and not head and not _TRAIL.sub("", _BOLD_RUN.sub("", group[0][2][bold_end:])):
            if len(body) > 30:
                return set()
            bold.append(index)
            pending = index
        elif head and head[0] == 2:
            if head[1] == "一":
                if pending is None:
                    return set()
                opened += 1
                pending = None
            elif pending is not None:
                return set()
    if opened < 2:
        return set()
    head_text = "".join(g[0][2] for g in groups[:8])
    return set(bold) if _SPEECH.search(head_text) or parts.speech_venue(head_text) else set()


# A speech's unnumbered part title of one or two clauses (认真总结过去一年工作，进一步坚定发展信心): no other mark.
_PLAIN_TITLE = re.compile(r"[^,。;:!?、]{2,20}(?:,[^,。;:!?、]{2,20})?")
_MEETING_ADDRESS = re.compile(rf"^(?:{vocab.alternation('part.meeting_address')})\s*:$")
_PLAIN_ROLES = ("review", "plan", "targets", "conduct", "five_year")


def _plain_parts(groups: list[list[tuple[int, int, str]]], firsts: list[tuple]) -> set[int]:
    """The groups that are a speech's part titles standing unnumbered on lines of their own, of one or two clauses
    (认真总结过去一年工作，进一步坚定发展信心 / 准确把握今年目标任务，确保…开好局起好步 / 切实加强政府自身建设，以过硬作风
    抓好工作落实): in a speech — a line addressing its hearers, 同志们： or 各位代表：, before its body — with no 一、
    heading, a one-line paragraph with no mark but one comma, not the text's own title, whose wording names a part
    (parts.title_role: review, the year's plan or targets, the five years, conduct), when at least two such lines
    do.  A title naming no part, and any line of a text numbering its parts, is left as it is read."""
    found: list[int] = []
    addressed = False
    for index, (group, (_, kind, _, body, head)) in enumerate(zip(groups, firsts, strict=True)):
        if head and head[0] <= 1 and head[1] or _LEVEL1.match(body):
            return set()      # parts numbered 一、: not this shape
        if index < 8 and _MEETING_ADDRESS.match(body):
            addressed = True
        if (index == 0 or kind is not None or head or len(group) != 1 or not _PLAIN_TITLE.fullmatch(body)
                or "," not in body):
            continue          # (a one-clause title naming a part is read as one already: _heading)
        if _plain_title(body):
            found.append(index)
    return set(found) if addressed and len(found) >= 2 else set()


def _back(text: str, pos: int) -> int:
    """End of the text before ``pos``, without the blank lines in between (found stepping back, not by
    stripping a copy of all the text before it: a section closing is not quadratic in the document)."""
    pos = min(pos, len(text))
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


_SENTENCE_END = re.compile(r"[。!?]")


_BRACKET_ITEM = re.compile(r"(?:^|(?<=[:;。]))\s*\((\d{1,2})\)")     # （1）… after a colon, a ； or a 。


_BRACKET_OPENING = re.compile(r"^\((\d{1,2})\)\s*(.*)$", re.S)


def _bracketed_items(norm: str) -> list[tuple[int, int, int]]:
    """``inline_items`` numbered in brackets ((1)…;(2)…), each opening the line or after a colon, a ； or a 。."""
    found, want = [], 1
    for m in _BRACKET_ITEM.finditer(norm):
        if int(m.group(1)) == want:
            found.append((want, m.start(1) - 1))
            want += 1
    if len(found) < 2:
        return []
    ends = [s for _, s in found[1:]] + [len(norm.rstrip())]
    return [(n, s, e) for (n, s), e in zip(found, ends, strict=True)]


def livelihood_items(text: str, paragraphs: list[Paragraph] | None = None, bracketed: bool = False) -> list[dict]:
    """The numbered 民生实事 projects: dicts of number, title, text, start, end.

    The list follows a paragraph naming 民生实事 (…12个民生实事候选项目…:), either
    inline in that paragraph (1.…2.…; with ``bracketed`` also (1)…;(2)…, as a plan's tasks read it) or as following
    paragraphs numbered 1., 2. …  The title is the item's first clause, up to its first 。."""
    if paragraphs is None:
        paragraphs = parse_structure(text)[1]
    items: list[dict] = []
    for i, p in enumerate(paragraphs):
        if items:
            break           # (the first list only)
        if not _LIVELIHOOD.search(text, p.start, p.end):      # (a pattern of words: as in the paragraph alone)
            continue
        body = text[p.start:p.end]
        spans = [(n, p.start + a, p.start + b)
                 for n, a, b in inline_items(body) or (_bracketed_items(for_parsing(body)) if bracketed else [])]
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
            body_start = (_LEVEL3.match(for_parsing(item)) or _BRACKET_OPENING.match(for_parsing(item))).start(2)
            title = _SENTENCE_END.split(for_parsing(item[body_start:]), maxsplit=1)[0]
            items.append({"number": number, "title": item[body_start:body_start + len(title)],
                          "text": item, "start": a, "end": a + len(item)})
    return items


# A report pasted without its part headings: the paragraph opening on the past year (2024年是…关键一年。一年来，…;
# 过去一年，…), the one opening on the coming year (2025年是…收官之年; 今年，…) and the one on the government's own conduct.
_PAST_OPENING = re.compile(rf"^\W*(?:(?:{vocab.alternation('verify.year_opener')})|((?:19|20)\d\d)年)")
_COMING_OPENING = re.compile(rf"^\W*(?:(?:{vocab.alternation('time.one_year_lead')})|((?:19|20)\d\d)年)")
_TITLE_YEAR = re.compile(r"((?:19|20)\d\d)年")         # 某某县2025年政府工作报告: the year planned
_CONDUCT_OPENING = re.compile(rf"^[^。!?]{{0,30}}?(?:{vocab.alternation('part.conduct')})")


def _headless_parts(text: str, norm: str, sections: list[Section], paragraphs: list[Paragraph],
                    sentences: list[Sentence]) -> None:
    """A speech to the deputies (各位代表) pasted without its part headings — no 一、 line, no part title, only
    sub-headings if any — gets its parts back where a careful reader sees them open: the review at the first
    paragraph opening on the past year (2024年是…关键一年。一年来，…, 过去一年，…: a year before the report's own), the
    year's part at the first paragraph after it opening on the coming year (2025年是…收官之年, 今年，…) or holding the
    expected targets, and the conduct part at a paragraph after that whose first sentence names the government's own
    conduct (做好今年工作，对政府自身建设提出了更高要求).  Untitled parts, their roles set here; the problems paragraph
    and the closing are read inside them as in any report.  A text with neither a review nor a year's part so
    opened keeps its reading (no part)."""
    if not _SPEECH.search(norm[:3000]):
        return
    head = _TITLE_YEAR.search(norm[:norm.find("\n")] if "\n" in norm else norm)
    year = parts.report_year(text) or (int(head.group(1)) if head else None)
    if year is None:
        return
    bodies = [(p.start, norm[p.start:p.end]) for p in paragraphs]
    review = plan = conduct = None
    for start, body in bodies:
        if review is None:
            m = _PAST_OPENING.match(body)
            # (not the problems paragraph: 过去一年的成绩来之不易。同时我们也清醒看到…)
            if m and (m.group(1) is None or int(m.group(1)) < year) and not parts.opens_problems(body):
                review = start
            continue
        if plan is None:
            m = _COMING_OPENING.match(body)
            tagged = any("expected_targets" in t.tags for t in sentences if start <= t.start < start + len(body))
            if (m and (m.group(1) is None or int(m.group(1)) == year)) or tagged:
                plan = start
            continue
        if _CONDUCT_OPENING.match(body):
            conduct = start
            break
    if review is None or plan is None:
        return
    opens = [(review, "review"), (plan, "plan")] + ([(conduct, "conduct")] if conduct is not None else [])
    ends = [_back(text, b) for b, _ in opens[1:]] + [len(text.rstrip())]
    new = [Section(0, "", "", a, e, role) for (a, role), e in zip(opens, ends, strict=True)]
    order = sorted(range(len(sections) + len(new)), key=lambda k: ((sections + new)[k].start, (sections + new)[k].level))
    where = {old: k for k, old in enumerate(order)}
    merged = [(sections + new)[k] for k in order]
    for x in merged:
        if x.parent is not None:
            x.parent = where[x.parent]

    def part_at(pos: int) -> int | None:
        return next((where[len(sections) + k] for k, x in enumerate(new) if x.start <= pos < max(x.end, x.start + 1)), None)
    for x in merged:
        if x.level > 0 and x.parent is None:
            x.parent = part_at(x.start)
    for item in (*paragraphs, *sentences):
        item.section = where[item.section] if item.section is not None else part_at(item.start)
    sections[:] = merged

