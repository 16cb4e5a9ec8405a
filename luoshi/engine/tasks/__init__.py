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
commitments, whereas 目标为:A;B;C is one statement governed by its lead-in.  After a
lead-in announcing work (着力抓好以下任务：A；B；C, words.toml task.list_lead) or pieces
each opening on an ordinal (一是…；二是…), each piece is a task and the lead-in none; a
piece of two comma clauses each opening on a verb of a measure of its own (推动A达产，
支持B扩能；…: task.own_measure) is two.  A numbered item written as prose (1.推进…；…,
（1）新建…) loses its number.

Not tasks:

* headings (一、…, run-in sub-headings such as 全面支持民营企业发展。, numbered ones such as
  1．做大数字经济。 opening a paragraph of measures under a heading: their group, shown without the number);
* framing: a section's own sentences before its first sub-section, when it
  has sub-sections (the part's opening 坚定不移把高质量发展作为第一任务…努力打造…
  under 一、, and the plan part's preamble 2020年是… / 今年工作的总体要求是… before
  the first 一、) — they state what the sub-sections below deliver; but list lines after a
  lead-in announcing work (今后五年，全区将着力推进以下重点任务：——建设…；——建设…。) are
  its measures, tasks (``report._work_lead``);
* list lead-ins: a sentence ending in a colon (重点抓好以下五方面工作:,
  …现提交大会审议:) — its content is the list that follows;
* topic sentences: a short sentence heading the measures after it in its paragraph, in a
  parallel series (做强整车平台。…做强材料平台。…; 坚持招大引强，壮大主导产业。 opening each
  paragraph of a section) — the measures are the tasks, the topic their ``heading``
  (``_topic_sentences``), and with no parallel a principle opening a paragraph: a short one, of two clauses and a topic's
  length, in the plan or the conduct part (坚持招大引强，壮大主导产业。 then 围绕…; 坚持依法行政，建设法治政府。 then 严格…), a
  long one opening a plan paragraph whose later sentences hold figures (坚持以产城融合带动县域发展，加快补齐园区配套短板。 then
  新建…300套…: words.toml task.principle_topic; not the conduct part's longer commitments, 坚持依法行政，自觉接受…监督。, nor
  a paragraph of several, nor one with a figure of its own); a sentence saying what the coming year is (2026年是…开局之年);
  a sentence whose last clause says only how much the work matters (做好今年的工作，意义重大。;
  …，使命光荣、责任重大。; …，必须久久为功。: words.toml task.importance); what something is worth, then only
  an exhortation (项目是发展的生命线，必须…; 人才就是第一资源，必须…) or a promise with no measure in it
  (安全是发展的前提，我们要守牢底线。), or said alone, with 的 or a bare noun phrase (就业是民生之本。: no run-in
  title over the measures after it either).  A short result to check opening
  a paragraph (建成城东污水处理厂。, 新建城市口袋公园12个。: structure.is_result_task) is a task, no run-in
  title nor topic, and its paragraph no framing;
* the part stating the year's general requirement and targets (role ``targets``: 2023年工作总体要求和预期目标,
  …全力实现2024年政府工作总体目标要求) when a plan part follows it: only its expected targets are read; its
  principles (更加注重…，牢牢把握…; ——坚持…), situation and reasons frame the plan;
* statements (``_statement``): the general line (今年政府工作的总体要求是：…), why the targets are as they are
  (上述目标…), the situation (当前，…; 同时也要看到，…), what something rests on in every clause (…在于…), what the
  times ask of the government (…提出了更高要求。), and the 民生实事 vote (…候选项目，提请本次大会票决。) with the
  government's promise right after it (我们将…);
* lone topics: a one-clause topic standing as its own paragraph (加快建设现代化产业体系。)
  with plain paragraphs of its section after it — their heading (``topics._lone_topics``);
  the paragraph leading a numbered list (…集中精力办好一批民生实事。 then 1.…);
* statements of what a period is (今后五年，是…关键时期。), what a work is (城市更新是一项长期
  任务，要…), what something is twice (…是…，也是…), a task's size after it (隧道全长2.4公里，…)
  and a couplet with a promise (民生无小事，枝叶总关情，我们将…);
* a bullet's field title on a line of its own (● 产业发展, ■ 社会事业：, ◆壮大园区经济，夯实发展根基; the lines before
  and after it opening on no such bullet): the group (``heading``) of the items under it; the sentence before the first
  announcing the groups (…重点抓好以下六个方面重点任务，…。) their lead-in;
* a list's bullet opening an item (◆ ◇ ● ○ ■ □ ▲ △ ★ ☆ ▶ ➤ → ※ …: ▲新建…) and an item's short run-in title closed by a
  colon (▲工业技改：实施…。, in a run of two or more items under the same bullet) or a full stop (□工业技改。实施…。): no part
  of its tasks, the title their group (every sentence of the item under it); a bulleted item is a measure, never a
  section's framing (``report._bullet_items``);
* an item's units in brackets after or before it (（牵头单位：县工信局）, 【责任单位：区教育局】, (区民政局牵头)): the
  item's ``lead``, no task and no part of its text; a closing on how the tasks listed are tracked (以上任务由…按季度
  调度通报); what something is worth, then the units exhorted (消费是…的重要引擎，各部门要…);
* the speech's address and exhortation: an address to the deputies
  (各位代表，同志们！) and the sentences right after it in the voice of a
  transition (新的形势和任务…, 区政府将高举…, 让我们…, a couplet: 新征程当有新气象，
  新使命呼唤新作为。), and any sentence ending in ！.  Sentences after such an
  address no longer belong to the part above it (a report's unheaded closing on
  the government's own conduct: 加强法治政府建设…), so their ``part`` and
  ``heading`` are empty (ids R0-0-n) — unless the address opens a titled part's
  body (三、持续提升政府…能力 then 各位代表！…), whose title they keep.

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

Modules
-------
Each importing only those before it: ``table_rows`` (tasks from table rows), ``topics`` (topic sentences),
``years`` (the five years and one year's targets), ``expected`` (the expected targets), ``report`` (tasks from a
work report's plan part) and ``document`` (``tasks_from_document``).  The public API is imported here; every
other name from the module that defines it.
"""

from __future__ import annotations

from .document import tasks_from_document
from .report import tasks_from_report
from .table_rows import is_progress_table, is_task_table, tasks_from_progress_table, tasks_from_table

__all__ = ["is_progress_table", "is_task_table", "tasks_from_document", "tasks_from_progress_table",
           "tasks_from_report", "tasks_from_table"]
