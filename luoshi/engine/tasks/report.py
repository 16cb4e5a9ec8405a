"""Tasks from a work report's plan part (``tasks_from_report``): its sentences under part and sub-heading, cut
at ； into clauses of their own, less headings, framing, list lead-ins, topics and the address; the expected
targets and the 民生实事 items; each task's part, heading and place (its id).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace

from .. import targets, vocab
from ..judgement import Indicator, Task
from ..model import Document, Section, Sentence
from ..orgs import Registry
from ..parts import is_plan
from ..structure import (
    BULLET_MARKS,
    cell_lines,
    heads_targets_only,
    is_closing_formula,
    is_result_task,
    is_worth_statement,
    item_cells,
    livelihood_items,
)
from ..tables.pipe import header_columns
from ..text import NOT_A_DECIMAL, for_parsing, outside_brackets
from .expected import (
    _BULLET,
    _CLAUSE_CHARS,
    _DIGIT,
    _bullet_span,
    _continued_targets,
    _group_head,
    _span_targets,
    _table_targets,
    _target_clauses,
)
from .table_rows import _orgs, _parse
from .topics import (
    _closing_exhortations,
    _lone_topics,
    _result_paragraphs,
    _topic_sentences,
    _whole_body_exhorted,
)
from .years import (
    _FIVE_YEAR_OPENING,
    _YEAR_IS,
    DATE_ALONE,
    _mark_five_year,
    _several_years,
    _year_target_sentences,
)

Units = tuple[list[str], list[str]]    # a bracket's lead units and cooperating units

# An ordinal opening a run-in title or topic (一是做强主导产业): no part of the title a person sees.
_ORDINAL_HEAD = re.compile(r"^[一二三四五六七八九十]{1,3}是")
# The five years' goals in a part's framing: a sentence opening on the five years with a lead ending in a colon and
# ；-pieces opened by ordinals (今后五年，…着力在三个方面取得突破：一是…；二是…；三是…).
_FIVE_YEAR_ORDINALS = re.compile(r":\s*一是[^;]+;\s*二是")
# An address in the plan (各位代表，…; in a speech to a meeting of the cadres 同志们，目标已经明确，关键在于落实。: part.meeting_address
# before its comma): the government's own words, no task.
_ADDRESS = re.compile(rf"^\s*(?:{vocab.alternation('part.address')}|(?:{vocab.alternation('part.meeting_address')})\s*[,!:])")
# The voice of a transition after an address: the situation, or the government
# speaking of itself (新的形势和任务…, 区政府将高举…, 让我们…).
_TRANSITION = re.compile(f"(?:{vocab.alternation('part.transition_subject')})(?:{vocab.alternation('part.transition_verb')})"
                         f"|{vocab.alternation('part.transition')}")


# A bullet's heading word before its targets (——经济增长。, ——就业物价：): a few characters, no figure.
_BULLET_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}[。.:]$")
_BULLET_LABEL_COLON = re.compile(r"^[\u4e00-\u9fff]{2,8}:(?=.)")

# The five years' targets named before a colon (今后五年，全市…的主要目标是：…; 预期目标为：…): a sentence setting several
# years' targets that is not the year's expected targets is no task (_several_years: it opens on the five years, or most
# of its rates are yearly averages).
# The shape of a group's head that is a label and a colon alone (经济增长：, 地区生产总值：): expected._group_head's "X:".
_LABEL_SHAPE = "X:"
# 一般公共预算收入：同口径增长4% read whole: the label's metric with its same-basis mark (verify.same_basis_target).
_LABEL_BASIS_TAIL = re.compile(rf"按?(?:{vocab.alternation('verify.same_basis_target')})")
_TARGETS_NAMED = re.compile(rf"(?:{vocab.alternation('part.targets', 'part.targets_short', 'part.targets_plain')})"
                            rf"(?:{vocab.alternation('part.targets_set_verb')})?(?:为|是)\s*:")
_TARGETS_NAMED_WITHIN = 40      # characters from the sentence's start to its 主要目标是：


# A sentence's last clause saying only how much the work matters (…，意义重大。, …，使命光荣、责任重大。, …，必须久久为功。).
_IMPORTANCE = re.compile(rf",(?:{vocab.alternation('task.importance_adverb')})?(?:{vocab.alternation('task.importance')})"
                         rf"(?:、(?:{vocab.alternation('task.importance')}))?[。!]?$")
# What something is worth, then only an exhortation (项目是发展的生命线，必须牢牢抓在手上。; 开放是省会城市的最大优势，
# 必须以更大力度推进。): a statement opening or closing measures, no task.  The worth has 的 (…的生命线): 重点是建成某某
# 大桥，必须… names a work.  An ordinal (二是…) is no subject.
_WORTH = re.compile(rf"^(?![一二三四五六七八九十]{{1,3}}是)[^,:;。]{{2,10}}是[^,:;。]{{0,12}}的[^,:;。]{{1,8}},"
                    rf"(?:{vocab.alternation('task.worth_must')})[^,:;。]{{0,16}}[。!]?$")
# The worth as a bare noun phrase, no 的 (人才就是第一资源，必须…; 科技是国家强盛之基，务必…): no verb of a measure
# or result after 是 (重点是建成某某大桥，必须… names a work), nor 是一项… (_IS_A).
_MEASURE_VERB = f"(?:{vocab.alternation('task.own_measure', 'task.result_lead')})"
_WORTH_BARE = re.compile(rf"^(?![一二三四五六七八九十]{{1,3}}是)[^,:;。]{{2,10}}是(?!一[项篇场个件])(?!{_MEASURE_VERB})"
                         rf"[^,:;。的]{{2,12}},(?:{vocab.alternation('task.worth_must')})[^,:;。]{{0,16}}[。!]?$")
# The worth, then the government's promise with no measure in it (安全是发展的前提，我们要守牢底线。).
_WORTH_PROMISE = re.compile(rf"^(?![一二三四五六七八九十]{{1,3}}是)[^,:;。]{{2,10}}是[^,:;。]{{0,12}}的[^,:;。]{{1,8}},"
                            rf"(?:{vocab.alternation('task.promise')})([^,:;。]{{0,16}})[。!]?$")
_MEASURE_VERB_IN = re.compile(_MEASURE_VERB)
# What a work concerns, then an exhortation with no measure (城市更新事关群众切身利益，必须坚持群众主体、共建共享。).
_WORTH_CONCERNS = re.compile(rf"^[^,:;。]{{2,10}}?(?:{vocab.alternation('task.worth_concerns')})[^,:;。]{{2,14}},"
                             rf"(?:{vocab.alternation('task.worth_must')})[^,:;。]{{0,16}}[。!]?$")
# What something is worth, then the units told what they must do (消费是拉动增长的重要引擎，各部门要各司其职、形成合力。).
_WORTH_THEN = re.compile(r"^(?![一二三四五六七八九十]{1,3}是)[^,:;。]{2,10}是[^,:;。]{0,12}的[^,:;。]{1,8},")


def _worth(body: str) -> bool:
    """What something is worth, then only an exhortation or the government's promise with no measure in it: a
    statement, no task (项目是发展的生命线，必须牢牢抓在手上。; 人才就是第一资源，必须…; 安全是发展的前提，我们要…)."""
    if _WORTH.match(body):
        return True
    if _WORTH_BARE.match(body) or is_worth_statement(body):
        return True         # (招商是发展的生命线。 alone: a statement opening its paragraph's measures)
    then = _WORTH_THEN.match(body)
    if then and _UNITS_TOLD.match(body[then.end():]):
        return True         # 消费是拉动增长的重要引擎，各部门要…: the worth, then the units exhorted
    if _WORTH_CONCERNS.match(body):
        return True         # 城市更新事关群众切身利益，必须坚持…: what the work concerns, then the exhortation
    promise = _WORTH_PROMISE.match(body)
    return bool(promise) and not _MEASURE_VERB_IN.search(promise.group(1))
# A ；-piece stating only when the piece before it is done (…；确保年底前通水运行。): its milestone, no task of its own.
# A ；-piece giving a part of the piece before it (；其中新开工项目不少于60个): no task of its own.
_PART_PIECE = re.compile(rf"^\W*(?:{vocab.alternation('task.part_piece')})")
_MILESTONE_PIECE = re.compile(rf"^(?:{vocab.alternation('task.milestone_lead')})?"
                              rf"(?:{vocab.alternation('deadline.year_end', 'deadline.mid_year')})前?"
                              r"[\u4e00-\u9fff]{2,6}[。]?$")
# Statements in a plan part, no tasks (words.toml task.general_line … task.vote_lead; each with its examples).
_GENERAL_LINE = re.compile(rf"(?:{vocab.alternation('task.general_line')})(?:是|为):")
_GENERAL_LINE_WITHIN = 40       # characters from the sentence's start to its 总体要求是：
# 以…思想为指导，…: the guiding thought opening the sentence, its first clause (words.toml task.guiding_thought_close).
_GUIDING_THOUGHT_SENTENCE = re.compile(rf"^以[^,。;:]{{2,40}}?(?:{vocab.alternation('task.guiding_thought_close')}),")
_TARGETS_RESTATED = re.compile(rf"(?:{vocab.alternation('task.targets_restated')})[^,。;]{{0,6}}目标")
_TASKS_RESTATED = re.compile(rf"(?:{vocab.alternation('task.tasks_restated')})")
_SITUATION = re.compile(rf"(?:{vocab.alternation('task.situation_lead')})")
# The situation after a field's lead (在抓项目方面，目前…偏低。): words.toml task.situation_after_field.
# A figure aimed at or due (力争, 确保, 年底前…): a sentence opened on the situation that holds one sets a target.
_AIMED = re.compile(rf"(?:{vocab.alternation('qualifier.stretch', 'qualifier.assurance', 'deadline.year_end', 'deadline.mid_year')})|前")
_FIELD_SITUATION = re.compile(rf"在?[^,:;。]{{1,8}}方面,(?:{vocab.alternation('task.situation_after_field')})")
# A short sentence naming the fields of the measures after it and counting them in words (办好就业、教育、医疗三件实事。):
# words.toml task.count_topic_verb, task.count_topic_noun.
_COUNT_TOPIC = re.compile(rf"(?:{vocab.alternation('task.count_topic_verb')})[^,;:。\d]{{2,20}}?[一二两三四五六七八九十]{{1,2}}"
                          rf"[件项类个](?:{vocab.alternation('task.count_topic_noun')})[。]?")
# A short sentence naming only what the words after it are (“三个迈进”的发展目标。, “五个某某”的发展路径。) opening its
# paragraph, after its item number when it has one: a title, no task (words.toml task.kind_title_noun).
_KIND_TITLE = re.compile(rf"(?:\d{{1,2}}[.、]\s*)?(?![\d\s])(?!{_MEASURE_VERB})[^,;:。!]{{2,12}}的"
                         rf"(?:{vocab.alternation('task.kind_title_qualifier')})(?:{vocab.alternation('task.kind_title_noun')})[。.]")
_MODAL = re.compile("要|将|必须")
# 要 of a noun (要素, 重要, 主要, 需要): no modal (words.toml task.modal_noun), taken out before _MODAL is looked for.
_MODAL_NOUN = re.compile(f"{vocab.alternation('task.modal_noun')}")
# The units told what they must do, with no figure (各乡镇、各部门要…; 各地各部门要…; 各县（区）、市直有关单位要…, the units after
# the first with no 各 of their own): in the plan, an exhortation, no
# task; in the conduct part (各级政府必须坚持依法行政…) the government's own commitment, a task.
_UNITS_TOLD = re.compile(rf"^(?:{vocab.alternation('task.units_addressed')})[^,;:。、]{{1,8}}"
                         rf"(?:、(?:{vocab.alternation('task.units_addressed')})?[^,;:。、]{{1,8}})*?(?:{_MODAL.pattern})")
# A short sentence of a subject, a modal and the part it must play (经济大区必须挑大梁。), or of a modal alone, an adverb
# and a burden taken up (要切实扛起发展重任。: words.toml task.duty_take_verb, task.duty_burden): a statement of duty, no
# measure.
_DUTY_STATEMENT = re.compile(rf"(?:[^,;:。!、\d要将必须]{{2,10}})?(?:{vocab.alternation('task.modal_topic_open')})"
                             rf"(?:{vocab.alternation('task.attitude_adverb')})?"
                             rf"(?:{vocab.alternation('task.role_duty')}|(?:{vocab.alternation('task.duty_take_verb')})"
                             rf"[^,;:。!、\d]{{0,6}}?(?:{vocab.alternation('task.duty_burden')}))[。!]?")
_SEEN = re.compile(rf"(?:{vocab.alternation('task.seen')}),")
# The document's own carrying out asked of its units, with no figure (各股室要对照本要点，细化工作措施…; 各单位要按照本方案
# 要求，抓好落实。): a closing call, no task in any part (the conduct part's too).
_CARRIES_OUT = re.compile(rf"(?:{vocab.alternation('task.own_document_verb')})本"
                          rf"(?:{vocab.alternation('task.own_document_noun')})")
# A target's figure explained (9%的增速是一个比较积极的目标，…; 这一目标既…): why it is as it is, to the end of its paragraph.
_FIGURE_EXPLAINED = re.compile(rf"(?:\d+(?:\.\d+)?%?[^\d,;。的]{{0,3}}的|{vocab.alternation('task.figure_explained_this')})(?:{vocab.alternation('task.figure_explained_noun')})"
                               rf"[^,;。]{{0,4}}?(?:{vocab.alternation('task.figure_explained_verb')})")
_RESTS_ON = re.compile(rf"[^,;]{{1,16}}(?:{vocab.alternation('task.rests_on')})[^,;]+")
_RESTS_ON_WORD = re.compile(vocab.alternation("task.rests_on"))   # (every clause of such a sentence names one)
_HIGHER_DEMAND = re.compile(rf"(?:{vocab.alternation('task.higher_demand')})[。!]?$")
_CLAUSE_SPLIT = re.compile("[,;]")
# The last clause of a lead-in inside a sentence announcing the work its ；-pieces name (着力抓好以下任务：, 我们将持续
# 用力：), not naming what the list is (主要目标是：, …有利条件：): words.toml task.list_lead.
_OWN_MEASURE = re.compile(rf"\s*(?:{vocab.alternation('task.own_measure')})")
_LIST_LEAD = re.compile(rf"(?:{vocab.alternation('task.list_lead')})(?![^,]*(?:是|为)$)")
# A ；-piece opening on the verb of a measure or of a result (推动…, 新建…12个, 完成…治理), and a lead-in naming what
# its list is (…主要目标是, …安排为): the pieces one statement.
_PIECE_MEASURE = re.compile(rf"\s*(?:{vocab.alternation('task.own_measure', 'task.result_lead')})")
_NAMES_LIST = re.compile(r"(?:是|为)\s*$")
# A sentence opening on a breakdown of the figure before it (其中，10亿元以上项目5个。): words.toml report.breakdown_lead.
_BREAKDOWN_OPEN = re.compile(rf"(?:{vocab.alternation('report.breakdown_lead')})[,:]?\s*\S")
# The five-year outline explained in a plan part (二、“十五五”发展的主要考虑): the outline drawn up and put to the congress
# (…编制了《…纲要（草案）》，提请本次大会审议。) or opened on as the subject of what it holds (《纲要草案》…提出了…主要目标):
# statements, no tasks (words.toml task.submitted_for, task.outline_name_end).
_SUBMITTED = re.compile(rf"(?:^|[,;])(?:{vocab.alternation('task.vote_lead')})[^,;:。]{{0,10}}"
                        rf"(?:{vocab.alternation('task.submitted_for')})[。!]?$")
_OUTLINE_OPENING = re.compile(rf"^《[^《》]{{0,40}}(?:{vocab.alternation('task.outline_name_end')})》")
# Reasons opened with a colon (主要考虑：一是…): that sentence and the rest of its paragraph, no tasks.
_REASONS = re.compile(rf"^[^。;:]{{0,20}}?(?:{vocab.alternation('task.reasons_lead')})(?:是|有|如下)?:")


def _explains_outline(body: str) -> bool:
    """The five-year outline drawn up and submitted (…提请本次大会审议。), or opened on as the subject (《规划纲要》…)."""
    return bool(_OUTLINE_OPENING.match(body) or ("《" in body and _SUBMITTED.search(body)))


_VOTE = re.compile(rf"(?:{vocab.alternation('task.vote_lead')})[^,;。]{{0,12}}?票决(?!制)")


# Statements of what a period or a work is (words.toml task.period_word, task.kind_noun), of what something is twice
# (民生实事是…的利益问题，也是检验…的重要标尺。), a task's description (task.description_lead) and a couplet with a promise
# (task.promise): no tasks.
_PERIOD_IS = re.compile(rf"^[^,:;。]{{0,10}}(?:{vocab.alternation('task.period_word')}),?是")
_IS_A = re.compile(rf"^(?![一二三四五六七八九十]{{1,3}}是)[^,:;。]{{2,12}}是一[项篇场个件][^,:;。]{{0,10}}"
                   rf"(?:{vocab.alternation('task.kind_noun')}),")
_ALSO_IS = re.compile(r"(?![一二三四五六七八九十]{1,3}是)[^,:;。]{2,12}是[^,:;。]+,(?:也|更|还)是[^,:;。]+[。!]?")
_DESCRIPTION = re.compile(rf"^[^,:;。]{{0,8}}(?:{vocab.alternation('task.description_lead')})约?\d")
_DESCRIBED_BY = re.compile(rf",(?:{vocab.alternation('task.own_measure', 'task.result_lead')})(?!后)")
# A verb before the size word makes it the measure's object (全力抓好总投资5500亿元的460个项目): no description.
_DESCRIBER_VERB = re.compile(f"(?:{vocab.alternation('task.own_measure', 'task.result_lead', 'task.list_lead')})")
_PROMISE = re.compile(rf"(?:{vocab.alternation('task.promise')})[^,:;。]+[。!]?")


def _couplet_promise(body: str) -> bool:
    """A couplet then the government's promise (民生无小事，枝叶总关情，我们将把每一件民生事办实办好。), or a maxim of one
    short clause then a promise with no measure verb in it (民生无小事，我们将用心用情办好每一件事。: words.toml task.maxim)."""
    clauses = body.split(",")
    if len(clauses) == 2 and len(clauses[0]) <= _MAXIM_LONGEST and _MAXIM.search(clauses[0]):
        return bool(_PROMISE.fullmatch(clauses[1])) and not _MEASURE_VERB_IN.search(clauses[1])
    return len(clauses) == 3 and _couplet(",".join(clauses[:2])) and bool(_PROMISE.fullmatch(clauses[2]))


_MAXIM = re.compile(f"(?:{vocab.alternation('task.maxim')})")
# The government's short promise, then only the work carried out to its effect (我们将一件一件抓落实，确保各项工作见到实效。:
# words.toml task.promise, task.carried_effect): a closing promise, no task.
_PROMISE_CARRIED = re.compile(rf"^(?:{vocab.alternation('task.promise')})[^,:;。\d]{{0,8}},[^,:;。\d]{{0,10}}"
                              rf"(?:{vocab.alternation('task.carried_effect')})[。!]?$")
_MAXIM_LONGEST = 8


def _describes(doc: Document, sentence: Sentence, body: str) -> bool:
    """A sentence opening on the size of the work (隧道全长2.4公里，…) after another sentence of its paragraph, with no
    clause of a measure of its own: the description of the task before it."""
    found = _DESCRIPTION.match(body)
    if not found or _DESCRIBED_BY.search(body) or _DESCRIBER_VERB.search(body, 0, found.end()) or sentence.paragraph is None:
        return False
    return doc.paragraphs[sentence.paragraph].start < sentence.start - 1


# A couplet: two clauses of as many characters, no figure (新征程当有新气象，新使命呼唤新作为。).
_COUPLET = re.compile(r"([\u4e00-\u9fff]{5,10}),([\u4e00-\u9fff]{5,10})[。.!]?")


def _couplet(body: str) -> bool:
    """Right after an address (its next sentence), a couplet (扬帆早趁春风满，奋楫更惜夏日长。) exhorts: no task.
    A measure of the same shape further on (加强法治政府建设，全面推进依法行政。) stays a task."""
    found = _COUPLET.fullmatch(body)
    return bool(found) and len(found.group(1)) == len(found.group(2))


def _opens_section(sentence: Sentence, doc: Document) -> bool:
    """The address is the first sentence of its titled section's body (三、持续提升政府…能力 then
    各位代表！奋进新征程，…): the section goes on, its sentences keep its part."""
    if sentence.section is None:
        return False
    begins = doc.sections[sentence.section].start
    return not any(begins <= s.start < sentence.start and "heading" not in s.tags for s in doc.sentences)


def _statement(body: str) -> bool:
    """A plan part's sentence that states rather than commits (``body``: normalised, stripped): the general
    line (今年政府工作的总体要求是：…; a sentence opened by 以…为指导，…), why the targets are as they are (上述目标…),
    the situation (当前，…; 同时也要看到，…), what something rests on in every clause (…在于…), what the times ask of the government
    (…提出了更高要求。), the 民生实事 vote (…提请本次大会票决。), or the part a place must play said alone (经济大区必须挑大梁。).  A figure keeps a sentence of what something
    rests on a task, and one of the situation unless it only counts the present state (目前，…仅86家，…偏弱。: no
    verb of a measure or result, no 要/将/必须, nothing aimed at or due)."""
    body = body.lstrip("*")
    line = _GENERAL_LINE.search(body)
    if line and line.start() <= _GENERAL_LINE_WITHIN:
        return True
    if _GUIDING_THOUGHT_SENTENCE.match(body):
        return True
    if _TARGETS_RESTATED.match(body) or _HIGHER_DEMAND.search(body) or _VOTE.search(body):
        return True
    if _DIGIT.search(body):
        # 目前，全县规上工业企业仅86家，…偏弱。: the present state counted, no measure, promise or aim in it
        lead = _SITUATION.match(body)
        return bool(lead) and not _MEASURE_VERB_IN.search(body) \
            and not _MODAL.search(_MODAL_NOUN.sub("", body)) and not _AIMED.search(body, lead.end())
    if (_SITUATION.match(body) or _FIELD_SITUATION.match(body)) and not _MODAL.search(_MODAL_NOUN.sub("", body)):
        return True         # (在抓项目方面，目前全市在库项目储备充足，但开工率偏低。 too)
    if _TASKS_RESTATED.match(body):
        return True         # 以上任务由县政府督查室按季度调度通报…: how the tasks listed are tracked
    if _SEEN.match(body):
        return True
    if _DUTY_STATEMENT.fullmatch(body):
        return True         # 经济大区必须挑大梁。: the part a place must play, said with no measure
    if not _RESTS_ON_WORD.search(body):
        return False        # (most sentences: no clause to split)
    clauses = [c for c in _CLAUSE_SPLIT.split(body.rstrip("。!")) if c]
    return bool(clauses) and all(_RESTS_ON.fullmatch(c) for c in clauses)


# A sentence of minutes recording the meeting (会议听取了…的汇报。; 会议指出，…; 会议原则同意《…》。 alone): no task.
_MEETING = f"(?:{vocab.alternation('task.meeting_subject')})"
_MEETING_HEARD = re.compile(rf"{_MEETING}(?:{vocab.alternation('task.meeting_heard')})")
_MEETING_DECIDES = re.compile(f"(?:{vocab.alternation('task.meeting_decides')})")
_MEETING_SAID = re.compile(rf"{_MEETING}(?:{vocab.alternation('task.meeting_said')}),")
_MEETING_APPROVED = re.compile(rf"{_MEETING}(?:{vocab.alternation('task.meeting_approved')})《[^《》]{{1,60}}》[。.]?")


def _meeting_record(body: str) -> bool:
    """What minutes record of the meeting rather than decide: what it heard (会议听取了县住建局关于…的汇报。, with no
    decision or request after it in the sentence), what it said of the work with no figure (会议指出，…; 会议强调，…是一项
    民心工程。), a named plan approved with nothing more in the sentence (会议原则同意《…实施方案》。: its measures follow)."""
    heard = _MEETING_HEARD.match(body)
    if heard:
        return not _MEETING_DECIDES.search(body, heard.end())
    if _MEETING_SAID.match(body):
        return not _DIGIT.search(body)
    return bool(_MEETING_APPROVED.fullmatch(body))


# --- work report --------------------------------------------------------------

# A notice's sign-off (…约谈问责。 then 附件：…, 联系人：…, 某某县人民政府督查室, 2026年2月26日): the annex, contact or
# copy-to line, the date alone on its line and the short line of the issuing office right before it — no tasks.
# (a table's maker or filler line over or under it, 制表单位：…　制表时间：…, 填报单位（盖章）：…, is such a line too:
# words.toml table.signature_mark, the label's bracket of how it is signed allowed)
_NOTICE_LINE = re.compile(rf"^(?:(?:{vocab.alternation('task.notice_line_label')})\d{{0,2}}"
                          rf"|(?:{vocab.alternation('table.signature_mark')})(?:[(][^()]{{1,4}}[)])?)\s*:")
_OFFICE_LINE = re.compile(r"[^\d,;:。!、]{4,24}")
# The mark over an annex alone on its line, with its number or none (附件, 附件1, 附件二: words.toml task.annex_mark).
_ANNEX_MARK_ALONE = re.compile(rf"(?:{vocab.alternation('task.annex_mark')})\s*[\d一二三四五六七八九十]{{0,3}}")
# (此件公开发布) on its line: how the document is released, the sign-off's (words.toml task.release_note).
_RELEASE_NOTE = re.compile(rf"[(（]\s*(?:{vocab.alternation('task.release_note')})\s*[)）]")
# (县发展和改革局、县政府办公室供稿) on its line: who supplied the published text, the sign-off's (words.toml
# task.supplier_mark) — the bracket holds no sentence's mark.
_SUPPLIER_LINE = re.compile(rf"[(（][^()（）,;:。!?]{{2,60}}(?:{vocab.alternation('task.supplier_mark')})[)）]")
# The printing line closing a notice (某某县人民政府办公室　　2027年2月18日印发): the office, spaces, the date and the verb
# of its issue (words.toml task.printed_verb) — no task.
_PRINTED_LINE = re.compile(rf"[^\d,;:。!、\s]{{4,24}}\s+(?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日"
                           rf"(?:{vocab.alternation('task.printed_verb')})")

# Exported slides' and pages' furniture alone on a line: a page number (3, - 3 -, 第3页, 3/12) and a contents slide's
# heading (目录, 目　录, CONTENTS) — no tasks, wherever they stand.
_PAGE_NUMBER = re.compile(r"(?:第\s*\d{1,3}\s*页(?:\s*/?\s*共\s*\d{1,3}\s*页)?|[-—－]?\s*\d{1,3}\s*[-—－]?"
                          r"|\d{1,3}\s*/\s*\d{1,3})")
_CONTENTS_HEADING = re.compile(r"目\s*录|contents|CONTENTS|Contents")
# A year and month alone on a line (2027年4月): a title slide's or a cover's date, as a full date alone is a sign-off's.
_MONTH_ALONE = re.compile(r"(?:19|20)\d\d年\d{1,2}月")


# A reply's (or a speech's) closing courtesy (再次感谢您对…的关心和支持，欢迎继续提出宝贵意见和建议。): thanks to the one
# addressed and invitations to more suggestions, no figure — no task (taskse, stop 62).
_COURTESY_THANKS = re.compile(f"(?:{vocab.alternation('task.courtesy_thanks')})")
_COURTESY_INVITE = re.compile(f"(?:{vocab.alternation('task.courtesy_invite')})[^,;。!]{{0,24}}?"
                              f"(?:{vocab.alternation('task.courtesy_object')})")
_COURTESY_ADDRESSED = re.compile(f"(?:{vocab.alternation('task.courtesy_addressed')})")


def _courtesy(body: str, after_thanks: bool) -> bool:
    """Whether a sentence is a closing courtesy: no figure, its every clause (split at ，；) opening on thanks to the one
    addressed (words.toml task.courtesy_thanks: 感谢您…, 谢谢大家) or an invitation naming suggestions or attention
    (task.courtesy_invite, task.courtesy_object: 欢迎继续提出宝贵意见, 恳请继续给予关注和指导), or a document's closing
    formula (task.closing_formula: 特此答复。, 特此答复，感谢您…, 特此报告。).  Invitations alone are
    courtesy only right after thanks (``after_thanks``) or said to the one addressed (您, 宝贵意见): a measure may invite
    the public's supervision (欢迎社会各界监督…)."""
    if _DIGIT.search(body):
        return False
    clauses = [c.strip() for c in _CLAUSE_SPLIT.split(body.rstrip("。.!！ ")) if c.strip()]
    closing = [c for c in clauses if is_closing_formula(c)]
    rest = [c for c in clauses if not is_closing_formula(c)]
    if not clauses or not all(_COURTESY_THANKS.match(c) or _COURTESY_INVITE.match(c) for c in rest):
        return False
    # (特此答复。 alone, or 特此答复，感谢您…: the closing formula with the courtesy or with nothing else)
    return bool(closing) or after_thanks or any(_COURTESY_THANKS.match(c) for c in clauses) \
        or bool(_COURTESY_ADDRESSED.search(body))


# A report's, a debriefing's or a speech's closing request (以上报告，请各位领导和同志们评议。; 以上述职，请予审议。) and the
# speaker's pledge to accept the audience's supervision (我将虚心接受组织和同志们的监督，以更加饱满的热情…): no figure — no task,
# in every document kind (taskse, stop 64).  (The runs between the words are bounded: linear.)
_CLOSING_REQUEST = re.compile(rf"(?:{vocab.alternation('task.closing_request_lead')})[^,;。!]{{0,10}},?请"
                              rf"[^,;。!]{{0,20}}(?:{vocab.alternation('task.closing_request_verb')})")
_PLEDGE = re.compile(rf"(?:{vocab.alternation('task.pledge_subject')})[^,;。!]{{0,6}}接受"
                     rf"[^,;。!]{{0,16}}(?:{vocab.alternation('task.pledge_supervisor')})[^,;。!]{{0,12}}监督")


def _closing_request(body: str) -> bool:
    """Whether ``body`` (normalised) is a closing request for appraisal (words.toml task.closing_request_lead, 请,
    task.closing_request_verb) or a closing pledge whose first clause accepts the audience's supervision
    (task.pledge_subject, 接受, task.pledge_supervisor, 监督), with no figure."""
    if _DIGIT.search(body):
        return False
    first = _CLAUSE_SPLIT.split(body, maxsplit=1)[0]
    return bool(_CLOSING_REQUEST.match(body) or _PLEDGE.match(first))


# A budget's own figures (…预算收入预期18亿元，增长5%；…收入总计36亿元; 支出安排34亿元，其中…; …收入安排9亿元，支出安排11亿元):
# every ；-piece's first clause with a figure states an income or expenditure expected, arranged or totalled at an amount
# in 元 — the budget's numbers, as a report's expected targets are, no measure, in any document (taskse, stop 63).
# (The name before the noun is bounded: an unbounded lazy run before it would retry at every position — quadratic.)
_BUDGET_LINE = re.compile(rf"[^,;:。]{{0,40}}?(?:{vocab.alternation('task.budget_line_noun')})"
                          rf"(?:{vocab.alternation('task.budget_line_verb')})为?约?\d+(?:\.\d+)?[万亿]?元")
_BUDGET_PURPOSE = re.compile(vocab.alternation("task.budget_purpose"))


def _budget_figures(body: str) -> bool:
    """``body`` (normalised) states a budget's own figures only: each ；-piece's first clause with a figure is an income
    or expenditure expected, arranged or totalled (_BUDGET_LINE), and nothing says what the money is for.  Funds arranged
    for a measure (安排资金1亿元用于…; 统筹安排…资金2亿元，重点支持…; 科技支出安排0.6亿元，用于…) stay tasks."""
    if not _BUDGET_LINE.search(body) or _BUDGET_PURPOSE.search(body):
        return False        # (most sentences: no budget line)
    for piece in body.rstrip("。.!").split(";"):
        clause = next((c for c in _CLAUSE_SPLIT.split(piece) if _DIGIT.search(c)), None)
        if clause is None or not _BUDGET_LINE.match(clause.strip()):
            return False
    return True


def _sign_off(doc: Document) -> set[int]:
    """The starts of a notice's sign-off sentences: a line opening on an annex, contact or copy-to label, the annex's mark
    alone (附件, 附件2), the printing
    line (the office, spaces, the date and 印发), a full date alone on its line and the short line with no punctuation or
    figure right before that date (the issuing office); a reply's closing courtesy (_courtesy); and a closing request for
    appraisal or pledge to accept the audience's supervision (_closing_request)."""
    out: set[int] = set()
    sentences = doc.sentences
    thanked = False             # the sentence before was a courtesy
    closed: tuple[int | None] | None = None     # (the section of) a closing formula passed (特此答复。), no heading since
    for k, sentence in enumerate(sentences):
        body = for_parsing(sentence.text).strip()
        courtesy = _courtesy(body, thanked)
        thanked = courtesy
        if closed is not None and ("heading" in sentence.tags or closed != (sentence.section,)):
            closed = None
        if _NOTICE_LINE.match(body) or _PRINTED_LINE.fullmatch(body) or courtesy or _RELEASE_NOTE.fullmatch(body) \
                or _ANNEX_MARK_ALONE.fullmatch(body) or _SUPPLIER_LINE.fullmatch(body) \
                or _closing_request(body) \
                or closed is not None and not _DIGIT.search(body):
            # (after 特此答复。 a request to the one addressed — 如对答复有不同意见，请及时与我局联系。 — closes the reply
            # too: no figure, in the formula's section, no heading between)
            out.add(sentence.start)
            if closed is None and is_closing_formula(body.split(",")[0]):
                closed = (sentence.section,)
        elif _PAGE_NUMBER.fullmatch(body) or _CONTENTS_HEADING.fullmatch(body):
            out.add(sentence.start)
        elif DATE_ALONE.fullmatch(body) or _MONTH_ALONE.fullmatch(body):
            out.add(sentence.start)
            before = for_parsing(sentences[k - 1].text).strip() if k else ""
            if _OFFICE_LINE.fullmatch(before):
                out.add(sentences[k - 1].start)
    return out


def tasks_from_report(doc: Document, name: str = "") -> list[Task]:
    """Tasks of a work report's plan part; see the module docstring."""
    name = name or doc.name
    text = doc.text
    sections = doc.sections
    if not any(is_plan(s.role) for s in sections) and not (
            not sections and any(is_plan(s.role) for s in doc.sentences)):
        return []       # (a text of no section whose plan starts at its targets, parts._plan_without_parts, or a
                        # transcript's official statements of the coming year's work, parts.transcript_plan)
    children: dict[int, list[int]] = {}
    for i, s in enumerate(sections):
        if s.parent is not None:
            children.setdefault(s.parent, []).append(i)
    items = _plan_livelihood(doc)
    in_item = [(it["start"], it["end"]) for it in items]

    tasks: list[Task] = []
    expected = 0
    bullets = False              # inside a ——bulleted list of expected targets
    group_part: int | None = None   # the part of a lead-in ending in a colon (its targets may follow under heads)
    group_shape: str | None = None  # the shape of the first head under it ((N)X:, 【X】): every head's after it
    pending_head = False         # a group's head alone on its line ((三)民生保障, 【民生保障】): its targets next
    target_sentences = _year_target_sentences(doc)
    counters: dict[tuple[int, int], int] = {}
    addressed: int | None = None  # where an address to the deputies (各位代表) was last made
    transition = False           # inside the framing that follows an address
    first_after = False          # the last sentence was an address
    livelihood_done = False
    continuing: int | None = None   # the paragraph of the expected-targets sentence
    targets_paragraph: int | None = None    # the last paragraph stating expected targets (its next may rank one)
    previous = ("", "")          # the last expected target's metric and kind (增长7%，总量达到2500亿元)
    heading_targets = False      # past a heading naming the targets ((一)主要预期目标)
    table_end = -1               # the end of a flattened targets table read already
    places: dict[int | None, tuple[int, int, str, str]] = {}    # _place of a section's sentences, found once
    # Lone topics (加快建设现代化产业体系。 as its own paragraph): no task; the paragraphs after it are its measures,
    # no framing, shown under it.  (Read once: the topic sentences ask for them too.)
    lone_starts, lone_governed = lone = _lone_topics(doc)
    topics = _topic_sentences(doc, lone)
    sub_titles = _run_in_sub_titles(doc)
    # The plan's closing paragraph of exhortations after its last measures (要坚定发展信心。要保持战略定力。…): no tasks.
    signed = _sign_off(doc)
    exhorted = _closing_exhortations(doc, signed)
    # (a run-in paragraph with sub-titles states measures under them: no framing before the section's first sub-section)
    titled = {s.paragraph for s in doc.sentences if s.start in sub_titles}
    # Paragraphs opened by a short result (建成城东污水处理厂。…): measures, never a heading's framing.
    result_paragraphs = _result_paragraphs(doc)
    figure_opened: dict[int | None, bool] = {}      # _figures_open's answer for a paragraph, found once
    measures_only: dict[int | None, bool] = {}      # _measures_only's answer for a paragraph, found once
    sentence_starts = [s.start for s in doc.sentences]
    # A section's first paragraph of measures before its first sub-section (opened by a short result or by figures:
    # _result_paragraphs, _figures_open): framing comes before measures, so the paragraphs after it up to the
    # sub-section are measures too (加快…开发，完成土地征收…；… then a run-in title), however few figures they hold.
    measured: dict[int | None, int] = {}
    topic: tuple[int | None, str] | None = None      # (paragraph, title) of the last topic sentence
    first_kid: dict[int, int | None] = {}            # _framing's first sub-section of a section, found once
    norm = for_parsing(text)
    work_list = False            # past a lead-in announcing work (…推进以下重点任务：) and the list lines after it
    field: tuple[int | None, str] | None = None     # (section, name) of the last bullet's field title (● 产业发展)
    registry: Registry | None = None                # for the units of a bracket naming an item's lead (（牵头单位：…）)
    pending_lead: Units = ([], [])                  # a bracket's units standing before the item they lead
    rectified: int | None = None                    # the paragraph of a rectification block's 整改目标： line
    # Paragraphs opened by a list's bullet (▲新建…) and those of them opening on a run-in title and a colon
    # (▲工业技改：实施…): items, no framing; the title their group, no part of a task.
    bullet_titles, bulleted = _bullet_items(doc, norm)
    item_head: tuple[int | None, str] | None = None   # (paragraph, title) of the last bullet's run-in title
    reasons: int | None = None   # the paragraph of reasons opened with a colon (主要考虑：一是…), none of them tasks
    shown: dict[str, str] = {}   # a heading as its tasks show it (the ordinal and a list line's dash left out)
    for sentence in doc.sentences:
        if not is_plan(sentence.role) or sentence.paragraph in exhorted:
            continue
        # The sentence's span of the normalised text, as long as the span is the sentence.
        same = text[sentence.start:sentence.end] == sentence.text
        normalised = norm[sentence.start:sentence.end] if same else for_parsing(sentence.text)
        body = normalised.strip()
        # A list line (——建设…；) right after a lead-in announcing work, or after another such line: a measure of
        # the list, no framing even before the section's first sub-section (_work_lead).
        work_item = work_list and bool(_LIST_MARK.match(body)) and "heading" not in sentence.tags
        work_list = work_item or _work_lead(body)
        if _ADDRESS.match(body):
            transition = first_after = True
            if not _opens_section(sentence, doc):
                addressed = sentence.start
            continue
        first, first_after = first_after, False     # the sentence right after an address
        if transition:
            if _TRANSITION.search(body) or body.endswith("!") or (first and _couplet(body)):
                continue
            transition = False
        if in_item and any(a <= sentence.start < b or sentence.start <= a < sentence.end for a, b in in_item):
            # (a sentence holding the list's lead and its items numbered in brackets, 办好十件民生实事：（1）…；（2）…:
            # the lead announces them, no task)
            if not livelihood_done:
                tasks += _livelihood_tasks(doc, items, name)
                livelihood_done = True
            continue
        if sentence.start < table_end:
            continue                  # a cell of the targets table read below
        if sentence.start in target_sentences:      # (tagged, or the year's list of _year_list)
            spans = _target_clauses(text, sentence)
            bullets = not spans       # 主要预期目标是： then a ——bulleted list
            group_part, group_shape, pending_head = _top_part(sections, sentence.section) if bullets else None, None, False
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
                    heads_targets_only(sections[sentence.section].title):
                heading_targets, bullets = True, True      # (一)主要预期目标, its paragraph after it
                # (一、主要目标 then 【工业】… lines: its items may open on a group's head, as after a lead-in's colon)
                group_part, group_shape, pending_head = _top_part(sections, sentence.section), None, False
                continue
            for clause_start, clause_end in spans:
                found = targets.parse_clause(text[clause_start:clause_end], *previous)
                if found:
                    previous = (found[-1].metric, found[-1].kind)
                    expected += 1
                    tasks.append(_target_task(doc, f"E{expected}", clause_start, clause_end, name, sentence, found))
            continuing = targets_paragraph = sentence.paragraph
            continue
        if heading_targets and "heading" not in sentence.tags:
            continuing, heading_targets = sentence.paragraph, False
        if continuing == sentence.paragraph:
            # The targets go on in the paragraph's next sentences (…力争实现更高增长。规模以上工业增加值
            # 增长4%，…; 保持“三个同步”，即…), until a sentence states none.
            found_here = _continued_targets(text, sentence, previous)
            if found_here:
                for clause_start, clause_end, found in found_here:
                    previous = (found[-1].metric, found[-1].kind)
                    expected += 1
                    tasks.append(_target_task(doc, f"E{expected}", clause_start, clause_end, name, sentence, found))
                continue
        continuing = None
        if targets_paragraph is not None and sentence.paragraph != targets_paragraph:
            if sentence.paragraph == targets_paragraph + 1:
                # 同时，持续优化营商环境，营商环境评价考核进入全省前五。 as a paragraph of its own right after the targets':
                # a place in a ranking it ends on is a target of the year too (a sentence stating any other kind is not)
                found_here = _continued_targets(text, sentence, previous)
                if found_here and all(i.kind == "rank" for _, _, found in found_here for i in found):
                    for clause_start, clause_end, found in found_here:
                        expected += 1
                        tasks.append(_target_task(doc, f"E{expected}", clause_start, clause_end, name, sentence, found))
                    targets_paragraph = None
                    continue
            targets_paragraph = None
        head = _group_head(body) if bullets and same and group_part is not None else None
        if head is not None and _top_part(sections, sentence.section) != group_part:
            head = None
        if group_part is not None and group_shape is None and not pending_head:
            # the first item after the lead-in: a group's head gives the shape of every head after it; any other item
            # (a ——line, a paragraph of targets) means no heads follow
            group_shape, group_part = (head[1], group_part) if head is not None else (None, None)
        if bullets and head is not None and head[1] == group_shape:
            # Targets under labelled heads after the lead-in (…主要预期目标分四个方面安排： then （一）经济发展：地区生产总值
            # 增长6%左右；…。, 【民生保障】…, **绿色发展：**…): the head is no part of a target; its targets follow it on the
            # line, or on the next line when it stands alone ((三)民生保障, 经济增长：).  Only when the first item after
            # the lead-in is such a head, and each head after it has its shape: a sub-heading of the work after a list
            # of targets (（三）做强先进制造业 after （二）民生改善：…) is not one.
            lead = len(normalised) - len(normalised.lstrip())
            a, b = sentence.start + lead + head[0], sentence.start + lead + len(body.rstrip("。.; 　*"))
            if a >= b:
                if head[1].endswith((":", "】", "*")) or sentence.role == "targets":
                    # (a bare numbered name alone, （三）民生保障, only in a part on the targets: in a plan part it may as
                    # well head the work, （三）做强先进制造业)
                    pending_head = True
                    continue
            elif not _BULLET.match(body):        # (——经济增长：…, 1.经济增长：…: a bullet's heading word, read below)
                found_here, _ = _span_targets(text, a, b, previous)
                if head[1] == _LABEL_SHAPE:
                    # 地区生产总值：增长6%左右 / 城镇新增就业：4500人以上, one target a line: the label before the colon is
                    # the metric (the line read whole names it), not a field over targets of their own (经济发展：地区生产
                    # 总值增长6%…) — each line is a target, read alone (lines with no 。 between them are one sentence)
                    whole, pos = [], sentence.start + lead
                    for line in text[pos:b].split("\n"):
                        whole += _span_targets(text, pos, pos + len(line.rstrip()))[0]
                        pos += len(line) + 1
                    label = for_parsing(text[sentence.start + lead:a]).strip().rstrip(":").strip()
                    named = whole[0][2][0].metric if whole else ""
                    # (一般公共预算收入：同口径增长4%: the label with the line's same-basis mark names it too)
                    if whole and (named == label or named.startswith(label)
                                  and _LABEL_BASIS_TAIL.fullmatch(named, len(label)) is not None) \
                            and all(i.metric for _, _, found in whole for i in found):
                        found_here = whole
                for clause_start, clause_end, found in found_here:
                    previous = (found[-1].metric, found[-1].kind)
                    expected += 1
                    tasks.append(_target_task(doc, f"E{expected}", clause_start, clause_end, name, sentence, found))
                if found_here:
                    continue
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
            # A bullet opening on a target in words before one with a figure of another metric (——外贸进出口保持稳定，
            # 实际使用外资3亿美元): the words' clause is a target of its own, not a part of the figure's metric.  (The
            # same metric's figure after it, 保持稳定，增长3%左右, stays one target.)
            pieces = targets.clauses(text[a:b])
            while len(pieces) > 1 and not _DIGIT.search(text[a + pieces[0][0]:a + pieces[0][1]]) \
                    and _DIGIT.search(text[a + pieces[1][0]:a + pieces[1][1]]):
                said = targets.parse_clause(text[a + pieces[0][0]:a + pieces[0][1]], *previous)
                own = targets.parse_clause(text[a + pieces[1][0]:a + pieces[1][1]])
                if len(said) != 1 or said[0].kind != "qualitative" or not own or not own[0].metric:
                    break
                previous = (said[0].metric, said[0].kind)
                expected += 1
                tasks.append(_target_task(doc, f"E{expected}", a + pieces[0][0], a + pieces[0][1], name, sentence, said))
                a += pieces[1][0]
                pieces = targets.clauses(text[a:b])
            found = targets.parse_clause(text[a:b], *previous)
            if found:
                previous = (found[-1].metric, found[-1].kind)
                expected += 1
                tasks.append(_target_task(doc, f"E{expected}", a, b, name, sentence, found))
                continue
        elif bullets and "heading" not in sentence.tags:
            # 主要预期目标是： then the targets one paragraph each, unmarked (地区生产总值增长6%左右；…)
            found_here = _continued_targets(text, sentence, previous)
            if pending_head and found_here:
                # the line after a group's head alone: a line of targets, not the work under a sub-heading — its
                # first clause a target and at least half its clauses
                clauses = _span_targets(text, sentence.start, sentence.end)[1]
                if found_here[0][0] != _first_clause(text, sentence) or 2 * len(found_here) < clauses:
                    found_here = []
            pending_head = False
            if found_here:
                for clause_start, clause_end, found in found_here:
                    previous = (found[-1].metric, found[-1].kind)
                    expected += 1
                    tasks.append(_target_task(doc, f"E{expected}", clause_start, clause_end, name, sentence, found))
                continue
        bullets = pending_head = False
        if sentence.role == "targets":
            # The part stating the year's general requirement and targets, a plan part after it (parts.py makes
            # a targets part with none after it the plan): its expected targets are read above; its principles,
            # situation and reasons (更加注重…; ——坚持稳中求进，…; 确定上述目标的主要考虑，…) frame the plan.
            continue
        closing = _lead_after_stop(doc, sentence, norm, normalised) if same else None
        if closing is not None:
            # …400户。（责任科室：经济服务办）推进…: the bracket after the full stop, in a paragraph not opened by one,
            # closes the item before it (its lead unit) and is no part of the sentence after it, nor its start
            registry = registry or Registry.default()
            _lead_to_last(tasks, _lead_names(closing, registry), norm, sentence.start)
            sentence = replace(sentence, text=sentence.text[closing.end():], start=sentence.start + closing.end())
            normalised = normalised[closing.end():]
            body = normalised.strip()
        if ("\n" in normalised.strip() or len(cell_lines(normalised)) > 1) and item_cells(normalised):
            # 1.新建…。 then 牵头领导：某某某 / 责任单位：… / 完成时限：… one a line, or on one line joined by ；: the item's
            # cells, no task; its units
            registry = registry or Registry.default()
            _lead_to_last(tasks, _cell_units(normalised, registry), norm, sentence.start)
            continue
        if same and "\t" in normalised and tasks and tasks[-1].kind == "task" and sentence.paragraph is not None \
                and tasks[-1].source["start"] >= doc.paragraphs[sentence.paragraph].start \
                and not norm[tasks[-1].source["end"]:sentence.start].strip(" \t\r\n。.;!?") \
                and _row_cells(normalised, registry := registry or Registry.default()):
            # 1\t做强…。（1）…。\t市工信局\t各县（市、区）政府\t2026年12月底前: a table row pasted on one line — the cells
            # after its task cell (lead unit, responsible units, deadline) are no task; the units the row's tasks'
            _units_to_row(tasks, _row_units(normalised, registry), doc.paragraphs[sentence.paragraph].start)
            continue
        if sentence.start in signed:
            continue            # 附件：…; 联系人：…; the issuing office and the date: the notice's sign-off
        if "\t" in normalised and _header_row(normalised):
            # 序号\t重点工作任务\t牵头县领导\t…: the table's header repeated after a page break, no task
            continue
        if _SCORE_ALONE.fullmatch(normalised):
            continue            # 1．新建…。（10分）: the item's score in the assessment, no task
        lead_alone = _LEAD_ALONE.fullmatch(normalised)
        if lead_alone:
            # （牵头单位：县工信局） after an item's full stop: the item's lead unit, no task of its own (before the item,
            # with nothing of a task between it and the one before, the next item's)
            registry = registry or Registry.default()
            names = _lead_names(lead_alone, registry)
            if not _lead_to_last(tasks, names, norm, sentence.start):
                pending_lead = names
            continue
        if _FIELDS_ALONE.fullmatch(normalised) and tasks and tasks[-1].kind == "task":
            continue            # 1．新建…。（责任人：王某　完成时限：7月底前）: the item's holder and deadline, no task
        said = _units_sentence(body) if same and sentence.paragraph is not None else None
        if said is not None:
            # 1.新建…。由局某某科牵头，…配合，9月底前完成。: who does the item and by when, no task; its units the item's
            registry = registry or Registry.default()
            _lead_to_last(tasks, (_orgs(said[0], registry), [n for c in said[1] for n in _orgs(c, registry)]),
                          norm, sentence.start)
            continue
        if "heading" in sentence.tags and _RECTIFY_TITLE.fullmatch(body):
            rectified = sentence.paragraph      # 整改目标： cut off as its line's label: the line after it no measure
            continue
        rectify = _RECTIFY_LABEL.match(normalised)
        if rectify and rectify.group("measures") is None or rectified is not None and rectified == sentence.paragraph:
            # 问题1：…, 整改目标：…, 整改时限：…, 责任单位：… one a line in a rectification plan's block: what was found, the
            # result sought (a target), the units and the date — no measure
            continue
        if rectify:
            # 整改措施：（1）新建…: the label opening the block's measures, no part of them
            sentence = replace(sentence, text=sentence.text[rectify.end():], start=sentence.start + rectify.end())
            normalised = normalised[rectify.end():]
            body = normalised.strip()
        title = _field_title(doc, sentence, norm)
        if title is not None:
            field = (sentence.section, title)   # ● 产业发展: the group of the items under it, no task
            continue
        own = sentence      # the sentence as its task reads it: a bullet opening it, and its run-in title, cut off
        if same and sentence.paragraph in bulleted and not norm[doc.paragraphs[sentence.paragraph].start:
                                                                 sentence.start].strip():
            pad = len(normalised) - len(normalised.lstrip())
            titled = _BULLET_TITLE.match(body) if sentence.paragraph in bullet_titles else None
            if titled:
                item_head = (sentence.paragraph, bullet_titles[sentence.paragraph])
            cut = pad + (titled or _BULLET_ONE.match(body)).end()
            own = replace(sentence, text=sentence.text[cut:], start=sentence.start + cut)
            normalised = normalised[cut:]
            body = normalised.strip()
            if not body:
                continue
        if sentence.start in lone_starts:
            continue
        if "heading" in sentence.tags:
            continue
        if sentence.paragraph not in lone_governed and _framing(sentence, sections, children, first_kid) \
                and not (_FIVE_YEAR_OPENING.match(body) and _FIVE_YEAR_ORDINALS.search(body)) and not work_item:
            # (the five years' goals as ordinal pieces after a lead colon: tasks of the five years, no framing;
            # nor a list's bulleted items: ▲新建… before a run-in titled ▲工业技改。…)
            if sentence.paragraph in result_paragraphs or sentence.paragraph in titled \
                    or sentence.paragraph in bulleted \
                    or _figures_open(sentence, body, figure_opened) \
                    or _measures_only(doc, sentence, sentence_starts, measures_only):
                measured.setdefault(sentence.section, sentence.paragraph)
            elif sentence.paragraph is None or measured.get(sentence.section, sentence.paragraph) >= sentence.paragraph:
                continue
        if body.endswith((":", "!")) or not _CLAUSE_CHARS.search(body):
            continue
        if _YEAR_IS.match(body):
            continue        # 2026年是“十五五”开局之年，…: what the year is, no task
        if (reasons is not None and reasons == sentence.paragraph) or _REASONS.match(body) \
                or _FIGURE_EXPLAINED.match(body):
            reasons = sentence.paragraph
            continue        # 主要考虑：一是…。…二是…; 9%的增速是…的目标，…: the reasons, to the paragraph's end, no tasks
        if _explains_outline(body):
            continue        # …编制了《…纲要（草案）》，提请本次大会审议。; 《纲要草案》…提出了…: the outline explained
        named = _TARGETS_NAMED.search(body, 0, _TARGETS_NAMED_WITHIN + 8)
        if named and named.start() <= _TARGETS_NAMED_WITHIN and _several_years(body):
            continue        # 今后五年，…主要目标是：…年均增长…: the five years' targets, no task of the year's plan
        if _leads_list(doc, sentence, norm) and not _DIGIT.search(body):
            continue        # …集中精力办好一批民生实事。 then 1.… 2.…: the list's lead, as one ending in a colon
        if _IMPORTANCE.search(body) and not _DIGIT.search(body):
            continue        # 做好今年的工作，意义重大。: how much the work matters, no task
        if sentence.start in sub_titles:
            topic = (sentence.paragraph, sub_titles[sentence.start])    # （一）…。稳定粮食生产。新建…: a sub-title
            continue
        if _KIND_TITLE.fullmatch(body) and _opens_measures(doc, sentence, norm):
            # 2、“三个迈进”的发展目标。一是… : what the item's words are, no task; their heading
            raw = sentence.text.strip()
            number = _ITEM_NUMBER.match(raw)
            title = (raw[number.end():] if number else raw).rstrip("。.")
            topic = (sentence.paragraph, title)
            continue
        if _COUNT_TOPIC.fullmatch(body) and _opens_measures(doc, sentence, norm):
            # 办好就业、教育、医疗三件实事。 then its measures: the paragraph's topic, no task, their heading
            topic = (sentence.paragraph, sentence.text.strip().rstrip("。."))
            continue
        if _worth(body) and not _DIGIT.search(body):
            continue        # 项目是发展的生命线，必须牢牢抓在手上。: what the work is worth, no task
        if not _DIGIT.search(body) and (_PERIOD_IS.match(body) and not _MODAL.search(body) or _IS_A.match(body)
                                        or _ALSO_IS.fullmatch(body) or _couplet_promise(body)
                                        or _PROMISE_CARRIED.match(body)):
            continue        # 今后五年，是…关键时期。; 城市更新是一项长期任务，要…; …是…，也是…。; 民生无小事，枝叶总关情，我们将…;
            #                 我们将一件一件抓落实，确保各项工作见到实效。
        told = None if _DIGIT.search(body) else _UNITS_TOLD.match(body)
        if told and (sentence.role != "conduct" or "政府" not in told.group()):
            # 各乡镇、各部门要把民生实事办实办好，让群众…: the units exhorted (the conduct part's 各级政府要… stays; a plan's
            # safeguards part closing on 各区、各有关部门要…，确保… exhorts the units, as anywhere else)
            continue
        if sentence.role != "conduct" and _whole_body_exhorted(body):
            continue        # 全局上下要以只争朝夕的干劲，真抓实干…，确保…圆满完成。: the whole body exhorted in attitude words
            #                 alone, no figure, measure or object — in mid-plan as in its closing paragraph, no task
        if "本" in body and not _DIGIT.search(body) and _CARRIES_OUT.search(body):
            continue        # 各股室要对照本要点，细化工作措施，…确保各项任务落到实处。: the document's own carrying out
        if _describes(doc, sentence, body):
            continue        # 开工建设某某隧道。隧道全长2.4公里，…，建成后将…: the task's description
        if _meeting_record(body):
            continue        # 会议听取了…的汇报。; 会议强调，…是一项民心工程。; 会议原则同意《…》。: minutes' record, no task
        if _budget_figures(body):
            continue        # 一般公共预算收入预期18亿元，增长5%；…收入总计36亿元。: the budget's own figures, no task
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
        if item_head is not None and item_head[0] == sentence.paragraph and (part or heading):
            heading = item_head[1]      # ▲工业技改：实施…: the bullet's run-in title
        elif topic is not None and topic[0] == sentence.paragraph and part:
            heading = topic[1]
        elif sentence.paragraph in lone_governed and part:
            heading = lone_governed[sentence.paragraph]
        elif field is not None and field[0] == sentence.section and (part or heading):
            heading = field[1]          # an item under a bullet's field title (● 民生保障 then 16．…)
        if heading not in shown:
            # 一是做强主导产业 shown as 做强主导产业: the ordinal is no title; ——抓项目扩投资 shown as 抓项目扩投资: nor is a list
            # line's dash (a heading cleaned once: every task under it asks)
            shown[heading] = _LIST_MARK.sub("", _ORDINAL_HEAD.sub("", heading))
        heading = shown[heading]
        if tasks and tasks[-1].kind == "task" and _BREAKDOWN_OPEN.match(body) and _DIGIT.search(body) \
                and not norm[tasks[-1].source["end"]:sentence.start].strip():
            # 全年引进亿元以上项目30个。其中，10亿元以上项目5个。: the figure before broken down, the same task
            prev = tasks[-1]
            tasks[-1] = _report_task(doc, prev.id, prev.source["start"], sentence.end, name, part=prev.part,
                                     heading=prev.heading, norm=norm)
            continue
        key = (part_no, head_no)
        counters[key] = counters.get(key, 0) + 1
        base = f"R{part_no}-{head_no}-{counters[key]}"
        clauses = _clauses(text, own, normalised)
        number = _ITEM_OPEN.match(norm, clauses[0][0], clauses[0][1])
        if number and (sentence.paragraph is None or doc.paragraphs[sentence.paragraph].start >= sentence.start - 2
                       or norm[:sentence.start].rstrip().endswith((":", ";"))
                       or (_SUB_ITEM.match(norm, clauses[0][0], clauses[0][1])
                           and norm[:sentence.start].rstrip().endswith(("。", "!", "?")))
                       or _numbered_after_stop(doc, sentence, norm, clauses[0])):
            # （1）新建…; 8.建设…: an item's own number is no part of its task, at a paragraph's start or inline after
            # a lead-in's colon or the item before's ；(…三件事：1.新建…；2.改造…), or a bracketed one after a full stop
            # (做强先进制造业。（1）实施…。（2）新增…: the sub-items of a run-in title or of a table row's task cell), or
            # 1. 2、 after a full stop in a paragraph whose run of them opens on 1 (提升公路网络。1.实施…。2.新建…)
            clauses[0] = (number.end(), clauses[0][1])
        lead, pending_lead = pending_lead, ([], [])
        before = _LEAD_BEFORE.match(norm, clauses[0][0], clauses[0][1]) if same else None
        if before and before.end() < clauses[0][1]:
            # 【责任单位：县教育局】新建…: the bracket before the item is its lead unit, no part of its text
            registry = registry or Registry.default()
            lead, clauses[0] = _lead_names(before, registry), (before.end(), clauses[0][1])
        after = _LEAD_AFTER.search(norm, clauses[-1][0], clauses[-1][1]) if same else None
        if after and after.start() > clauses[-1][0]:
            # 新建…（牵头单位：县住建局）。: the bracket closing the item is its lead unit, no part of its text
            registry = registry or Registry.default()
            lead, clauses[-1] = _lead_names(after, registry), (clauses[-1][0], after.start())
        for n, (a, b) in enumerate(clauses):
            tid = base + (chr(ord("a") + n) if len(clauses) > 1 else "")
            tasks.append(_report_task(doc, tid, a, b, name, part=part, heading=heading, norm=norm))
            tasks[-1].lead, tasks[-1].cooperating = list(lead[0]), list(lead[1])
        if after and after.start() > clauses[-1][0] and after.group().rstrip()[-1:] in "。.;":
            # 新增…40家（责任科室：…）。: the bracket before the full stop — the item keeps its stop, as one whose
            # bracket stands after it does (its text then ends where the bracket begins)
            tasks[-1].text += doc.text[after.start() + len(after.group().rstrip()) - 1]
    _mark_five_year(doc, tasks)
    return tasks


# A numbered item's own number opening its paragraph (1. 10、 （1） (2)), not a figure (2.5万); a table row's number
# cell and its tab (8\t城镇新增就业…); or the dash or bullet of a list line (——改造…, ·新建…), not a minus (-5%).
_ITEM_OPEN = re.compile(rf"\s*(?:\d{{1,2}}(?:、(?!\d)|\.{NOT_A_DECIMAL})|[(]\d{{1,2}}[)]|\d{{1,3}}\t+|—{{1,2}}(?!—)|-{{1,2}}(?![-\d])"
                        rf"|[{BULLET_MARKS}])\s*")
# A bracketed item number opening a sentence after a full stop in mid-paragraph (…。（2）新增…): never a figure.
_SUB_ITEM = re.compile(r"\s*[(]\d{1,2}[)]")
# An arabic item number with its point opening a sentence (2.新建…, 3、推进…), not a figure (2.5万, 2、3月); and the
# first of a run of them opening a paragraph or a sentence after a full stop in it (提升公路网络。1.实施…).
_POINT_ITEM = re.compile(rf"\s*\d{{1,2}}(?:、(?!\d)|\.{NOT_A_DECIMAL})")
_RUN_OPENS = re.compile(rf"(?:^|[。!?])\s*1(?:、(?!\d)|\.{NOT_A_DECIMAL})\s*[\u4e00-\u9fff“]")
# A table row's cells after its task cell on the same line, split by tabs (市工信局\t各县（市、区）政府\t2026年12月底前):
# two cells or more, each short, with no clause mark — a unit, or a deadline (a date, words.toml report.row_deadline).
_ROW_CELL_CLAUSE = re.compile(r"[,;:。!?]")
_ROW_DEADLINE = re.compile(rf"\d{{4}}年|\d{{1,2}}月|{vocab.alternation('report.row_deadline')}")
_TABS = re.compile(r"\t+")
_SHORT_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
# The 牵头县领导 cell of such a row: a leader's post before a name, or alone before another post and a name, several
# joined by 、 (副县长某某某; 县委常委、常务副县长某某某: words.toml report.row_leader_post) — a person, no unit.
_LEADER_PIECE = re.compile(rf"(?:{vocab.alternation('report.row_leader_post')})+(?P<name>[\u4e00-\u9fff]{{2,3}})?")
# The dash or bullet of a list line opening a run-in title (——抓项目扩投资。): no part of the title shown.
_LIST_MARK = re.compile(rf"^\s*(?:—{{1,2}}|-{{1,2}}(?!\d)|[{BULLET_MARKS}])\s*")
# An item's number opening a ；-piece (…；(2)改造…；3.开通…): 1. 1、 (1), not a figure (2.5万).
_PIECE_NUMBER = re.compile(rf"(?:\d{{1,2}}(?:、(?!\d)|\.{NOT_A_DECIMAL})|[(]\d{{1,2}}[)])\s*")
_FIRST_ITEM = re.compile(r"\s*(?:1[.、](?!\d)|[(]1[)])")
# A field title on a line of its own opened by a bullet (● 产业发展, ■民生保障：, ◆壮大园区经济，夯实发展根基): a short
# name or two, no figure, no sentence — the group of the items under it, no task.  (A bullet opening the next line too makes it an item of a bulleted list.)
_FIELD_BULLETS = BULLET_MARKS
_FIELD_TITLE = re.compile(rf"^\s*([{_FIELD_BULLETS}])\s*([\u4e00-\u9fff、“”]{{2,12}}(?:,[\u4e00-\u9fff、“”]{{2,12}})?)"
                          r"\s*[:。]?\s*$")
# An item's units in brackets after or before it (（牵头单位：县工信局）, 【责任单位：县教育局、县财政局】, (区教育局牵头)): its
# lead unit, no task of its own (words.toml task.lead_unit_label, task.lead_unit_verb).
# A list's bullet opening an item (▲新建…), and one before a run-in title and a colon (▲工业技改：实施…; ■乡村振兴：
# 新建…): a short name with no clause mark, the item's prose after it.
_BULLET_ONE = re.compile(rf"[{BULLET_MARKS}]\s*")
_BULLET_TITLE = re.compile(rf"[{BULLET_MARKS}]\s*([^\s,;:。!?()【】]{{2,12}})\s*:\s*")
_SENTENCE_END = re.compile(r"[。!?]")
_COOPERATING = vocab.alternation('task.cooperating_unit_label')
# (a unit's name may hold a short bracket of its own: 各县（区）人民政府, 市（州）商务部门 — one level, no colon in it)
_UNIT_CHAR = r"(?:[^()\[\]【】:]|\([^()\[\]【】:,;]{1,6}\))"
_NOTE_CHAR = r"(?:[^()\[\]【】]|\([^()\[\]【】:,;]{1,6}\))"
_LEAD_BRACKET = (rf"[(\[【]\s*(?:(?:{vocab.alternation('task.lead_unit_label')})\s*:\s*(?P<named>{_UNIT_CHAR}{{2,60}}?)"
                 rf"(?:[,;]\s*(?:(?:{_COOPERATING})\s*:\s*(?P<coop>{_UNIT_CHAR}{{2,60}}?)|{_NOTE_CHAR}{{0,60}}))?"
                 rf"|(?:{_COOPERATING})\s*:\s*(?P<coop_only>{_UNIT_CHAR}{{2,60}}?)"
                 rf"|(?P<units>[^()\[\]【】:,;。]{{2,40}}?)(?:{vocab.alternation('task.lead_unit_verb')}))\s*[)\]】]")
# A line of a rectification plan's block (问题1：…, 整改目标：…, 整改措施：…, 责任单位：…, 整改时限：…): its label, a colon, the
# text (words.toml task.rectify_label, task.rectify_measures_label).
_RECTIFY_LABEL = re.compile(rf"\s*(?:(?:{vocab.alternation('task.rectify_label')})[0-9]{{0,3}}|"
                            rf"(?P<measures>{vocab.alternation('task.rectify_measures_label')}))\s*:\s*(?=\S)")
# (the label cut off as its line's heading, structure's report.kind_label: 整改目标： then its line, no measure either)
_RECTIFY_TITLE = re.compile(rf"(?:{vocab.alternation('task.rectify_label')})[0-9]{{0,3}}:")
_LEAD_ALONE = re.compile(rf"\s*{_LEAD_BRACKET}\s*[。.;]?\s*")
# An item's weight in the assessment in brackets after its full stop (…总产量达到19万吨。（15分）, …。（一票否决）), as a target
# responsibility or commitment letter scores its items: the item's score, no task of its own (words.toml table.score_word).
_SCORE_ALONE = re.compile(rf"\s*\((?:\d{{1,3}}(?:\.\d)?分|{vocab.alternation('table.score_word')})\)\s*[。.;]?\s*")
# An item's closing bracket of its fields, a label and a colon first, no sentence inside (（责任人：王某　完成时限：7月
# 底前）, 【完成时限：9月底前】) after the item's full stop: who answers for it and by when, no task of its own (words.toml
# report.item_cell_label, task.deadline_label, task.lead_unit_label, task.cooperating_unit_label).
_FIELD_LABELS = vocab.alternation('report.item_cell_label', 'task.deadline_label', 'task.lead_unit_label',
                                  'task.cooperating_unit_label')
_FIELDS_ALONE = re.compile(rf"\s*[(\[【]\s*(?:{_FIELD_LABELS})\s*:[^()\[\]【】。!?]{{1,80}}[)\]】]\s*[。.;]?\s*")
_LEAD_BEFORE = re.compile(rf"\s*{_LEAD_BRACKET}\s*")
_LEAD_AFTER = re.compile(rf"{_LEAD_BRACKET}[。.;]?\s*$")
_CLAUSE_LETTER = re.compile("[a-z]$")     # the letter of a sentence's clause in its task's id (R4-2-6a)
_LIST_AHEAD = re.compile(f"{vocab.alternation('task.list_ahead')}")


def _field_title(doc: Document, sentence: Sentence, norm: str) -> str | None:
    """The field's name when the sentence is a bullet's field title making up its paragraph (● 产业发展) and the
    paragraphs before and after it open on no bullet of the same kind; else None."""
    index = sentence.paragraph
    if index is None:
        return None
    here = doc.paragraphs[index]
    found = _FIELD_TITLE.match(norm[here.start:here.end])
    if not found or norm[here.start:here.end].strip() != norm[sentence.start:sentence.end].strip():
        return None
    if index + 1 >= len(doc.paragraphs):
        return None         # (a title heads items: the last line of a text heads none)
    for near in (doc.paragraphs[index - 1] if index else None, doc.paragraphs[index + 1]):
        if near is not None and norm[near.start:near.end].lstrip().startswith(found.group(1)):
            return None     # ● 优化营商环境 between ● lines: an item of a bulleted list
    return doc.text[here.start + found.start(2):here.start + found.end(2)]     # (as written: ，not ,)


def _bullet_items(doc: Document, norm: str) -> tuple[dict[int, str], set[int]]:
    """The paragraphs opened by a list's bullet (▲新建…, ● 改造…; not a field title alone on its line) — items of the
    list, no framing — and of them those opening on a short run-in title and a colon before the item's prose ending
    a sentence (▲工业技改：实施…。; ■ 医疗：…年内投入使用。…), when two or more paragraphs opened by the same bullet do:
    each its title, the group of the item's tasks and no part of them.  One titled item alone (▲说明：…) is left whole."""
    bulleted: set[int] = set()
    found: dict[int, tuple[str, str]] = {}
    for index, paragraph in enumerate(doc.paragraphs):
        line = norm[paragraph.start:paragraph.end].strip()
        if not _BULLET_ONE.match(line) or _FIELD_TITLE.match(line):
            continue
        bulleted.add(index)
        titled = _BULLET_TITLE.match(line)
        rest = line[titled.end():] if titled else ""
        if titled and len(rest) > len(titled.group(1)) and _SENTENCE_END.search(rest) and not rest.endswith(":"):
            found[index] = (line[0], titled.group(1))
    marks = Counter(mark for mark, _ in found.values())
    return {i: title for i, (mark, title) in found.items() if marks[mark] >= 2}, bulleted


def _lead_to_last(tasks: list[Task], names: Units, norm: str, at: int) -> bool:
    """Give the units of a bracket at ``at`` (lead, cooperating) to the task ending right before it (nothing of a
    task between: its clauses' tasks too, R4-2-6a and R4-2-6b), unless it has its own; whether there was one."""
    if not tasks or tasks[-1].kind != "task" or norm[tasks[-1].source["end"]:at].strip(" \t\r\n。.;!?"):
        return False
    base = _CLAUSE_LETTER.sub("", tasks[-1].id)
    for t in tasks:
        if t.kind == "task" and _CLAUSE_LETTER.sub("", t.id) == base:
            if not t.lead:
                t.lead = list(names[0])
            if not t.cooperating:
                t.cooperating = list(names[1])
    return True


def _numbered_after_stop(doc: Document, sentence: Sentence, norm: str, clause: tuple[int, int]) -> bool:
    """The sentence opens on an arabic item number with its point after a full stop in mid-paragraph, and its
    paragraph's run of such numbers opens on 1 (提升普通公路网络。1.实施…，…。2.深化…。3.推进…): sub-points run into a
    run-in title's paragraph, their numbers no part of the tasks.  A sentence opening on a figure (…。2.5万户…) or a
    lone number with no 1 before it in the paragraph keeps its words."""
    if sentence.paragraph is None or not norm[:sentence.start].rstrip().endswith(("。", "!", "?")):
        return False
    if not _POINT_ITEM.match(norm, clause[0], clause[1]):
        return False
    opening = doc.paragraphs[sentence.paragraph].start
    return bool(_RUN_OPENS.search(norm[opening:sentence.end]))


def _lead_after_stop(doc: Document, sentence: Sentence, norm: str, normalised: str) -> re.Match | None:
    """The bracket of units opening a sentence right after the full stop of the one before in its paragraph, words
    after it (…400户。（责任科室：经济服务办）推进…): the unit of the item before, when the paragraph does not open on
    such a bracket itself (【责任单位：县教育局】新建…。【责任单位：县财政局】改造…: each bracket the next item's)."""
    if sentence.paragraph is None or normalised[:1] not in "([【":
        return None
    found = _LEAD_BEFORE.match(normalised)
    if not found or not normalised[found.end():].strip():
        return None
    opening = doc.paragraphs[sentence.paragraph].start
    if not norm[opening:sentence.start].rstrip().endswith(("。", ".", "!", "?", ";")):
        return None
    number = _ITEM_OPEN.match(norm, opening)
    if _LEAD_BEFORE.match(norm, number.end() if number else opening):
        return None
    return found


# A sentence saying who does the item before it and by when, in prose (由局建设管理科牵头，市某某集团具体实施，12月底前完成。):
# its first clause 由 + units + a lead's verb, each later clause units + the part they take, or a date or pace with no
# other figure (words.toml task.units_sentence_lead, task.units_sentence_role, task.units_sentence_pace).
_UNITS_LEAD = re.compile(rf"由(?P<units>[^,;。]{{2,40}}?)(?:{vocab.alternation('task.units_sentence_lead')})")
_UNITS_ROLE = re.compile(rf"(?P<units>[^,;。]{{2,30}}?)(?:{vocab.alternation('task.units_sentence_role')})")
_UNITS_DATE = re.compile(r"(?:19|20)\d\d年|\d{1,2}月")
_UNITS_PACE = re.compile(vocab.alternation("task.units_sentence_pace"))
_UNITS_PACE_LEN = 20        # a date or pace clause is short: 12月底前完成年度建设任务, 分年度组织推进


def _units_sentence(body: str) -> tuple[str, list[str]] | None:
    """The units a sentence of who and when names (``body``: normalised, stripped) — the lead's, then the cooperating
    ones' — when it is one: 由…牵头，…配合，9月底前完成。 / 由…负责实施，…督促指导，… / 由…牵头，分年度组织推进。  A clause
    with a figure other than a date (完成改造30个), or any other clause, makes it a measure, and it is none."""
    if "由" not in body:
        return None         # (most sentences: no clause to split, the first clause's 由 wanting)
    clauses = [c.strip() for c in _CLAUSE_SPLIT.split(body.rstrip("。.!")) if c.strip()]
    first = _UNITS_LEAD.fullmatch(clauses[0]) if clauses else None
    if first is None:
        return None
    cooperating: list[str] = []
    for clause in clauses[1:]:
        dated = _UNITS_DATE.search(clause) or _UNITS_PACE.search(clause)
        if dated and len(clause) <= _UNITS_PACE_LEN and not _DIGIT.search(_UNITS_DATE.sub("", clause)):
            continue
        role = _UNITS_ROLE.fullmatch(clause)
        if role is None or _DIGIT.search(clause):
            return None
        cooperating.append(role.group("units"))
    return first.group("units"), cooperating


_CELL_UNITS = re.compile(rf"^[ \t]*(?:(?P<lead>{vocab.alternation('task.lead_unit_label')})|"
                         rf"{vocab.alternation('task.cooperating_unit_label')})[ \t]*:[ \t]*(?P<names>[^\s][^\n]*)", re.M)


def _cell_units(text: str, registry: Registry) -> Units:
    """The units an item's cells name one a line (责任单位：镇农业农村办、镇财政所; 配合单位：各村), lead and cooperating."""
    lead: list[str] = []
    cooperating: list[str] = []
    for found in _CELL_UNITS.finditer("\n".join(cell_lines(text))):
        (lead if found.group("lead") else cooperating).extend(_orgs(found.group("names").strip(), registry))
    return lead, cooperating


def _row_cells(text: str, registry: Registry) -> bool:
    """Whether a sentence is the cells a table row pasted on one line holds after its task cell: two or more split by
    tabs, each a list of units (县教育局、县财政局), a deadline (2026年8月底前, 长期坚持) or a short name (某某某, 各村),
    one of them at least a list of units."""
    if "\t" not in text:
        return False
    cells = [c.strip() for c in _TABS.split(text.strip()) if c.strip()]
    if len(cells) < 2 or any(len(c) > 40 or _ROW_CELL_CLAUSE.search(c) for c in cells):
        return False
    units = [registry.is_org_list(c) for c in cells]
    return any(units) and all(u or _ROW_DEADLINE.search(c) or _SHORT_NAME.fullmatch(c) or _leader_cell(c)
                              for u, c in zip(units, cells, strict=True))


def _leader_cell(cell: str) -> bool:
    """Whether a row's cell names the leaders heading its task: posts with a name after the last (副县长某某某;
    县委常委、常务副县长某某某; 副县长某某、副县长某某), never a unit (市生态环境局某某分局 holds no post)."""
    pieces = [_LEADER_PIECE.fullmatch(p) for p in cell.split("、")]
    return all(pieces) and pieces[-1].group("name") is not None


def _header_row(text: str) -> bool:
    """Whether a sentence is a table's header row pasted on one line with tabs (序号\t重点工作任务\t牵头单位\t…), as a
    page break repeats it in mid-table: three cells or more, a header's names — no task."""
    cells = [c.strip() for c in _TABS.split(text.strip()) if c.strip()]
    return len(cells) >= 3 and header_columns(cells) is not None


def _row_units(text: str, registry: Registry) -> Units:
    """The units a row's cells name: the first cell that is no deadline its lead unit, the later ones cooperating."""
    units = [c.strip() for c in _TABS.split(text.strip()) if c.strip() and registry.is_org_list(c.strip())]
    lead = _orgs(units[0], registry) if units else []
    cooperating = [name for c in units[1:] for name in _orgs(c, registry)]
    return lead, cooperating


def _units_to_row(tasks: list[Task], names: Units, row_start: int) -> None:
    """Give a row's units to each task of its task cell (those starting in the row) that has none of its own."""
    for t in reversed(tasks):
        if t.kind != "task" or t.source["start"] < row_start:
            break
        if not t.lead:
            t.lead = list(names[0])
        if not t.cooperating:
            t.cooperating = list(names[1])


def _lead_names(found: re.Match, registry: Registry) -> Units:
    """The units a bracket names, lead and cooperating (（牵头单位：县农业农村局、县生态环境局；配合单位：各乡镇）): each a
    name as the registry writes it, else as written."""
    lead = _orgs((found.group("named") or found.group("units") or "").strip(), registry)
    return lead, _orgs((found.group("coop") or found.group("coop_only") or "").strip(), registry)


def _work_lead(body: str) -> bool:
    """A sentence ending in a colon whose last clause announces the work the list after it names (今后五年，全区将着力
    推进以下重点任务：; 重点抓好以下工作：: words.toml task.list_lead), not what the list is (主要目标是：, 总体要求是：)."""
    if not body.endswith(":"):
        return False
    last = _CLAUSE_SPLIT.split(body[:-1])[-1]
    return bool(_LIST_LEAD.search(last)) and not _NAMES_LIST.search(last)


def _leads_list(doc: Document, sentence: Sentence, norm: str) -> bool:
    """The sentence closes its paragraph and the next paragraph opens a numbered list (1. / （1）): it leads the
    list as a lead-in ending in a colon does (新的一年，我们将…集中精力办好一批民生实事。 then 1.推进…)."""
    index = sentence.paragraph
    if index is None or index + 1 >= len(doc.paragraphs):
        return False
    here, after = doc.paragraphs[index], doc.paragraphs[index + 1]
    if norm[sentence.end:here.end].strip():
        return False
    if _LIST_AHEAD.search(norm, sentence.start, sentence.end) and _FIELD_TITLE.match(norm[after.start:after.end]):
        return True         # …重点抓好以下六个方面重点任务，…。 then ● 产业发展: the lead-in of the fields' items
    return bool(_FIRST_ITEM.match(norm, after.start, after.end))


# A short sentence of one clause, no figure (稳定粮食生产。, 激发民间投资活力。): a sub-title inside a heading's run-in
# paragraph (_run_in_sub_titles).
_SHORT_TITLE = re.compile(r"[\u4e00-\u9fff“”]{4,10}[。.]")
_SUB_TITLE_SERIES = 3        # sub-titles of an unnumbered run-in title's paragraph that make a series
_SUB_TITLE_NOT = re.compile(rf"{_MEASURE_VERB}|(?:{vocab.alternation('task.sub_title_not')})")
# …after a framing sentence of the heading (_run_in_sub_titles): up to a topic's length, any verb but a work's own.
_FRAMED_TITLE = re.compile(r"[\u4e00-\u9fff“”]{4,16}[。.]")
_SUB_TITLE_WORD = re.compile(rf"(?:{vocab.alternation('task.sub_title_not')})")


def _run_in_sub_titles(doc: Document) -> dict[int, str]:
    """Sub-titles inside a numbered heading's run-in paragraph (its title numbered: (一), 1.) ((一)扩大有效投资，增强发展后劲。抓好重大项目建设。全年实施…
    ；…。激发民间投资活力。向民间资本推介…): when the sentence right after the heading's title is a short one of one
    clause with no figure and the next one states figures, it and each such short sentence of the paragraph followed by
    one with figures title the measures after them, no tasks.  A short result (建成城东污水处理厂。:
    structure.is_result_task), a measure opening on its verb (支持某某电子扩大产能。, 建设市算力调度中心。), a worth
    statement (交通是县域发展的先行官。) or a statement of duty (要切实扛起发展重任。: _DUTY_STATEMENT) is none.  When the sentence after the title is instead a framing sentence of the
    heading with no figure (（一）坚持项目为纲，…。把扩大有效需求作为…，以…带动…。开展重大项目攻坚行动。全年实施…), two or more
    short sentences of one clause after it — the first right after it, each followed by a longer sentence that is no such
    one — are sub-titles whatever verb opens them (开展…行动。, 推进消费扩容提质。; not a work's own: 建设…, 创建…), and the
    framing is no task, shown under the heading.  In an unnumbered run-in title's paragraph only a series counts: the
    sentence right after the title and two more, each short as above and followed by a longer sentence that is no such
    one (让政府更有为。拓展产业发展空间。…。发挥行业协会作用。…。提升企业服务水平。…).  Sentence start → title."""
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in doc.sentences:
        if sentence.paragraph is not None and is_plan(sentence.role):
            by_paragraph.setdefault(sentence.paragraph, []).append(sentence)

    def short(sentence: Sentence) -> bool:
        body = for_parsing(sentence.text).strip()
        return bool(_SHORT_TITLE.fullmatch(body)) and not _SUB_TITLE_NOT.match(body) and not is_result_task(body) \
            and not is_worth_statement(body) and not _DUTY_STATEMENT.fullmatch(body)

    def titled(here: Sentence, after: Sentence) -> bool:
        # a sub-title after the heading's framing sentence: a short one of one clause, no figure, as ``short`` but
        # opening on any verb (开展重大项目攻坚行动。, 推进消费扩容提质。), the sentence after it longer and no such one
        body = for_parsing(here.text).strip()
        return bool(_FRAMED_TITLE.fullmatch(body)) and not _SUB_TITLE_WORD.match(body) and not is_result_task(body) \
            and not is_worth_statement(body) and len(after.text.strip()) > len(here.text.strip()) \
            and not _FRAMED_TITLE.fullmatch(for_parsing(after.text).strip())

    out: dict[int, str] = {}
    for run in by_paragraph.values():
        if len(run) < 3 or "heading" not in run[0].tags or "heading" in run[1].tags or run[0].section is None:
            continue
        if not doc.sections[run[0].section].number:
            # An unnumbered run-in title's paragraph: its short sentences stay tasks, unless a series — the sentence
            # right after the title and two more, each short with no measure's verb and followed by a longer sentence
            # that is no such one (让政府更有为。拓展产业发展空间。…。发挥行业协会作用。…。提升企业服务水平。…); two
            # (强化生态环境保护。加强河道采砂管理。…加强核与辐射安全监管。…) stay tasks, as topics with no parallel do
            found = [here for here, after in zip(run[1:], run[2:], strict=False)
                     if short(here) and len(after.text.strip()) > len(here.text.strip()) and not short(after)]
            if len(found) >= _SUB_TITLE_SERIES and found[0] is run[1]:
                for here in found:
                    out[here.start] = here.text.strip().rstrip("。.")
            continue
        if not (short(run[1]) and _DIGIT.search(for_parsing(run[2].text))):
            # （一）坚持项目为纲，…。把…作为…，以…带动…。开展重大项目攻坚行动。全年实施…。推进消费扩容提质。举办…: a framing
            # sentence of the heading with no figure, then two or more sub-titles, the first right after it — the framing
            # no task (shown under the heading), each sub-title the group of the sentences after it
            pairs = list(zip(run[2:], run[3:], strict=False))
            found = [here for here, after in pairs if titled(here, after)]
            if len(run) < 4 or _DIGIT.search(for_parsing(run[1].text)) or not titled(run[2], run[3]) or len(found) < 2:
                continue
            out[run[1].start] = doc.sections[run[0].section].title.strip().rstrip("。.")
            for here in found:
                out[here.start] = here.text.strip().rstrip("。.")
            continue
        for here, after in zip(run[1:], run[2:], strict=False):
            if short(here) and _DIGIT.search(for_parsing(after.text)):
                out[here.start] = here.text.strip().rstrip("。.")
    return out


def _opens_measures(doc: Document, sentence: Sentence, norm: str) -> bool:
    """The sentence opens its paragraph and more of the paragraph follows it."""
    if sentence.paragraph is None:
        return False
    here = doc.paragraphs[sentence.paragraph]
    return not norm[here.start:sentence.start].strip() and bool(norm[sentence.end:here.end].strip())


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


_BRACKETED_PART = re.compile(r"【[^】]{2,20}】")
# A slide's title line (03　2027年重点工作｜做强产业集群): a section's name, one bar ｜ (or |), and the slide's own short
# title with no sentence's mark — not a table's row of three cells or more (指标名称｜单位｜目标).
_SLIDE_TITLE = re.compile(r"[^|｜,;:。!?]{2,30}\s*[|｜]\s*([^|｜,;:。!?\d]{2,20})")


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
        if top.level == 4 and top.parent is None and is_plan(top.role):
            # A run-in title of a plan with no part above it (an official's 一是扩大城市更新成效。改造… in a press
            # conference transcript, parts.transcript_plan), or a question over its answer (问三：…？ then 答：…,
            # structure._QUESTION): its measures' group.
            return 0, 0, "", top.title
        if top.level == 0 and not top.number and _BRACKETED_PART.fullmatch(top.title):
            # A part titled in 【】 on its line with no sub-section (【未来五年】 then 到2031年，…): its title its group.
            return 0, 0, top.title[1:-1], ""
        slide = _SLIDE_TITLE.fullmatch(for_parsing(top.title).strip()) if top.level == 0 else None
        if slide:
            # An exported slide's title line: the section's number and name, one bar and the slide's own title
            # (03　重点工作｜稳住农业基础): the slide's own title is the group of the bullets under it.
            return 0, 0, "", slide.group(1)
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


# A measure that dates its own result: a clause opening on a measure or result verb, then one opening on a deadline
# and a result verb (推进某某片区更新，年底前完成房屋征收。; 9月底前建成…), or the deadline opening the sentence.
_DATED_MEASURE = re.compile(rf"^(?:(?:{vocab.alternation('task.own_measure', 'task.result_lead')})[^,;:。]{{1,30}},)?"
                            rf"(?:{vocab.alternation('task.milestone_lead')})?"
                            rf"(?:(?:{vocab.alternation('deadline.year_end', 'deadline.mid_year')})|\d{{1,2}}月(?:{vocab.alternation('time.month_part')})?)前?"
                            rf"(?:{vocab.alternation('task.result_lead')})")


def _figures_open(sentence: Sentence, body: str, memo: dict[int | None, bool]) -> bool:
    """A section's paragraph before its first sub-section that opens on two figures or more written in digits
    (全年安排县级重点项目120个，完成投资110亿元以上。) or on a measure dating its own result (推进某某片区更新，
    年底前完成房屋征收。): measures, no framing, though a run-in title follows it.  A lead-in (…主要目标是：…), one
    figure (今年已经过去3个多月，…), counts in words (重点做好以下七个方面工作。) or a framing sentence's date
    (做好今年工作，要…，确保年底前完成全年任务) frame still.  ``memo``: the answer for each paragraph, decided on its
    first sentence framing past a worth statement opening it (抓项目就是抓发展。: structure.is_worth_statement)."""
    if sentence.paragraph not in memo:
        if is_worth_statement(body):
            return False    # 抓项目就是抓发展。 then 全年实施…120个、完成投资150亿元: the statement decides nothing
        memo[sentence.paragraph] = ":" not in body and (sum(
            1 for i in _parse(sentence.text)[0] if i.value is not None and _DIGIT.search(sentence.text[i.span[0]:i.span[1]])) >= 2
            or bool(_DATED_MEASURE.match(body)))
    return memo[sentence.paragraph]


# A figure in digits that is no date (新增…15项, not 6月底前): what a measure counts.
_COUNT_FIGURE = re.compile(r"(?<![\d.])\d(?![\d.]*[年月日])")


def _measures_only(doc: Document, sentence: Sentence, starts: list[int], memo: dict[int | None, bool]) -> bool:
    """A section's paragraph before its first sub-section whose every sentence, two or more, opens on the verb of a
    measure or a result (words.toml task.own_measure, task.result_lead) and one of which counts something in digits
    that is no date (深化…改革，新增…15项。建成…平台，6月底前上线运行。): measures, no framing, though a run-in title
    follows it.  A framing sentence opens on a principle or an aim (坚持…, 做好今年工作，要…) or counts nothing in digits
    (推进…高质量发展。加快…步伐。).  ``starts``: the document's sentences' starts; ``memo``: the answer for each
    paragraph, found once."""
    if sentence.paragraph not in memo:
        where = doc.paragraphs[sentence.paragraph] if sentence.paragraph is not None else None
        row = doc.sentences[bisect_left(starts, where.start):bisect_left(starts, where.end)] if where else []
        bodies = [for_parsing(s.text).strip() for s in row]
        memo[sentence.paragraph] = sentence.paragraph is not None and len(bodies) >= 2 \
            and all(_PIECE_MEASURE.match(b) for b in bodies) and any(_COUNT_FIGURE.search(b) for b in bodies)
    return memo[sentence.paragraph]


def _framing(sentence: Sentence, sections: list[Section], children: dict[int, list[int]],
             first_kid: dict[int, int | None] | None = None) -> bool:
    """A section's own sentence before its first sub-section, when it has any.  A paragraph opened by what the
    coming year is (今年是“十五五”规划开局之年。 then the year's targets), read as a run-in sub-heading, is no
    sub-section the section's own sentences frame: (二)建设区域交通枢纽。建成…。 before it keeps its tasks.
    ``first_kid``: the caller's memo of each section's first such sub-section's start (None: it has none).
    The sentences of that paragraph (2027年是…开局之年。做好今年工作，要坚持…。) are its section's own: before the
    section's first sub-section they frame it."""
    section = sentence.section
    if section is None:
        return False
    if sections[section].parent is not None and sections[section].level == 4 \
            and _YEAR_IS.match(for_parsing(sections[section].title).strip()):
        section = sections[section].parent
    if first_kid is None or section not in first_kid:
        kids = [k for k in children.get(section, ())
                if not _YEAR_IS.match(for_parsing(sections[k].title).strip())]
        start = sections[kids[0]].start if kids else None
        if first_kid is None:
            return start is not None and sentence.start < start
        first_kid[section] = start
    start = first_kid[section]
    return start is not None and sentence.start < start


def _split_points(body: str) -> list[int]:
    """Offsets of ；/; in ``body`` outside quotes and brackets."""
    if ";" not in body:
        return []           # (most bodies: no character to walk)
    return outside_brackets(body, ";", unclosed_hides=True)


def _pieces(text: str, start: int, end: int, points: list[int]) -> list[tuple[int, int]]:
    """Spans between split points, trimmed of spaces and a final 。."""
    out, prev = [], start
    for p in [*points, end - start]:
        a, b = prev, start + p
        piece = text[a:b]
        # (an item's number opening a piece — ①…⑳, (2), 2. — is no part of its task)
        lead = len(piece) - len(piece.lstrip().lstrip(targets.ONE_CHAR_NUMBERS).lstrip())
        piece = piece.strip().lstrip(targets.ONE_CHAR_NUMBERS).lstrip()
        if (number := _PIECE_NUMBER.match(for_parsing(piece))) is not None and len(piece) > number.end():
            lead += number.end()
            piece = piece[number.end():]
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
    if not points:
        return whole
    start = sentence.start
    if ":" in body[:points[0]]:
        # 重点抓好三类项目：一是交通项目，…；二是水利项目，…: pieces each opening on an ordinal name measures of their
        # own, the lead-in before the colon none; any other list after a lead-in is one statement (目标为:A;B;C).
        colon = body.index(":")
        pieces = _pieces(text, start + colon + 1, sentence.end, [p - colon - 1 for p in points])
        if len(pieces) < 2:
            return whole
        if all(_ORDINAL_HEAD.match(for_parsing(text[a:b])) for a, b in pieces):
            return pieces
        # 着力抓好以下任务：建成…；打造…；推动…: a lead-in announcing work, each piece a measure of its own.
        if _LIST_LEAD.search(_CLAUSE_SPLIT.split(body[:colon])[-1]) and \
                all(len(_CLAUSE_CHARS.findall(text[a:b])) >= 6 for a, b in pieces):
            return pieces
        # 实施县城更新行动：改造…；新建…；完成…: every piece opening on the verb of a measure or a result is a measure
        # of its own, whatever the lead-in says — unless it names what the list is (…目标是：, …要求为：).
        if not _NAMES_LIST.search(body[:colon]) and all(
                _PIECE_MEASURE.match(for_parsing(text[a:b])) and len(_CLAUSE_CHARS.findall(text[a:b])) >= 6
                for a, b in pieces):
            return pieces
        return whole
    spans: list[tuple[int, int]] = []
    pieces = _pieces(text, start, sentence.end, points)
    for k, (a, b) in enumerate(pieces):
        if spans and (_MILESTONE_PIECE.match(for_parsing(text[a:b]).strip()) or _PART_PIECE.match(for_parsing(text[a:b]))):
            spans[-1] = (spans[-1][0], b)       # …；确保年内实现洞通: the piece before's milestone (or …；其中…: its part)
        elif k < len(pieces) - 1 and (cut := _own_measures(text, a, b)):
            spans += [(a, cut - 1), (cut, b)]   # 推动…达产，支持…扩能；…: two measures before the ；
        else:
            spans.append((a, b))
    if len(spans) < 2 or any(len(_CLAUSE_CHARS.findall(text[a:b])) < 6 for a, b in spans):
        return whole
    return spans


def _own_measures(text: str, a: int, b: int) -> int | None:
    """Where the second of two comma clauses of a ；-piece starts when each opens on a verb of a measure of its own
    (words.toml task.own_measure: 推动某某整车项目达产，支持某某电池二期扩能), each a clause of its own (six characters
    or more); None for one clause, three or more, or a second clause of effect, milestone or purpose (…，带动…;
    …，确保…; …，年内完成…)."""
    piece = for_parsing(text[a:b])
    commas = [i for i, ch in enumerate(piece) if ch == "," and not _quoted(piece, i)]
    if len(commas) != 1:
        return None
    first, second = piece[:commas[0]], piece[commas[0] + 1:]
    if not (_OWN_MEASURE.match(first) and _OWN_MEASURE.match(second)):
        return None
    if min(len(_CLAUSE_CHARS.findall(first)), len(_CLAUSE_CHARS.findall(second))) < 6:
        return None
    return a + commas[0] + 1


def _quoted(body: str, i: int) -> bool:
    """Position ``i`` of ``body`` inside quotes or brackets."""
    depth = 0
    for ch in body[:i]:
        if ch in "“(（《[【「":
            depth += 1
        elif ch in "”)）》]】」" and depth:
            depth -= 1
    return depth > 0


def _plan_livelihood(doc: Document) -> list[dict]:
    """民生实事 items inside the plan part."""
    plan = [(s.start, s.end) for s in doc.sections if is_plan(s.role) and s.level == 0]
    if not plan and not any(s.level == 0 for s in doc.sections):
        # A text with no part whose plan starts at its targets (parts._plan_without_parts; an interpretation in
        # questions and answers): the paragraphs of its plan sentences.
        held = {s.paragraph for s in doc.sentences if is_plan(s.role) and s.paragraph is not None}
        plan = [(doc.paragraphs[i].start, doc.paragraphs[i].end) for i in sorted(held)]
    if not plan:
        return []
    paragraphs = [p for p in doc.paragraphs if any(a <= p.start < b for a, b in plan)]
    return livelihood_items(doc.text, paragraphs, bracketed=True)


_ITEM_NUMBER = re.compile(r"\s*(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）])\s*")     # a livelihood item's own number (1. 2、 (3))


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


def _top_part(sections: list[Section], index: int | None) -> int | None:
    """The part (a section with no parent) holding section ``index``."""
    while index is not None and sections[index].parent is not None:
        index = sections[index].parent
    return index


def _first_clause(text: str, sentence: Sentence) -> int:
    """Where the sentence's first clause holding words starts."""
    return next((sentence.start + a for a, b in targets.clauses(sentence.text)
                 if _CLAUSE_CHARS.search(sentence.text[a:b])), sentence.start)
