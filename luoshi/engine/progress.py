"""Progress facts (进展数据): what a department reports in a progress cell.

``parse_row(progress, task, units, row)`` → judgement.ProgressRow with

* ``facts`` — every reported figure: a number (Arabic, 1,200, full-width or
  Chinese numerals) followed by a measure unit.  Conventions, shared with
  indicators.py so that a fact can be compared with a target:

  - ``value`` the number as written (余/多/超/近 dropped, Chinese converted);
    a leading minus is kept (增速-5.9%).
  - ``unit`` as written *including* any scale (4200万元 → unit "万元",
    scale "万"; 2.5万平方米 → 2.5, "万平方米", "万"); a bare 3.5万 → unit "万".
  - ``metric`` the phrase that names what was counted, from the clause before
    the figure with time phrases and the markers 累计/共/已/完成/实现/为/达 … taken
    off (完成安置620套 → "安置", the same convention as the target
    完成安置500套 → 安置).  Where that leaves at most two characters the words
    after the unit are added (累计参保218台电梯 → "参保电梯").  A figure
    that follows another after only 、 shares its metric (出让4宗、88.5亩 →
    both "出让").  Known misses (tests/test_progress.py, strict xfail): the
    新 of 新增 is stripped as a lead-in, and a two-character metric also takes
    a figure that follows with no separator.
  - ``cumulative`` True when a word of ``figure.cumulative`` (累计, 共计, 总计,
    合计, 截至, 截止, 至今, 现有, 历年) or 共 stands in the figure's clause;
    the breakdown after 其中 inherits the figure it breaks down, until the
    sentence (;。) ends.  Otherwise the figure is for the reporting period
    (1-6月, 上半年, 二季度, 本月 …).
  - units are vocab's (data/units.toml): the same for targets and figures;
    a Chinese numeral counts only before the units that take one (三套, not
    二期), and a lone 一 ("a": 一批) or 零 (零部件) is no figure.
  - not facts: dates and periods (5月, 2020年, 6月底, 1-6月 — no measure unit),
    ordinals (第四批, 第N个), codes and addresses (18号, FG10-B41-01, Style3D),
    numbers inside quotes and book titles (“最多60天”, 《…》), a duration that
    names a thing (24小时政务服务自助机), planned figures (a word of
    ``intention.planned``: 计划/拟/预计/力争 … in the figure's clause), and the
    stated completion rate itself.
* ``stated_pct`` — a completion rate the report states itself: 完成率X%,
  完成…(目标|任务|计划)的X%, (总体|工程|形象)进度X%.  Other percentages
  (增长率为-12.5%, 参保率97.1%, 桩基施工80%) are facts with unit %.
* ``stage`` — one of judgement.STAGES, with the span of the words that decided
  it.  Stage words inside quotes/《》 are ignored.  Rule when several appear:
  the LEAST advanced stage stated (a task is as far as its least advanced
  stated part: 1处已改建完成,2处正在改建中 → underway; 联审11台,施工20台,完工5台
  → underway); not_started counts only when nothing else is stated (其余暂未
  开工 after work done is not "not started").  完成/建成/… count as done only
  when what was finished is the task's own object (shares words with the task
  text, or no task text is given); finishing a preparatory object (方案, 设计,
  招标, 可研, 规划, 排摸) is preparing; finishing a count (完成1691项) or some
  other sub-step is underway.  Generic continuing verbs alone (推进, 落实,
  加强, 优化, 深化) give no stage.
* ``neutral`` — the cell is only a formula with nothing checkable (正常进行中。
  正常推进。 有序推进, 按计划推进); an empty cell is not neutral (nothing was
  reported).  A neutral row has no stage.

``parse_table(table)`` parses every row of a model.Table with a progress
column (row numbers 1-based; section and line carried).
``score_progress(items)`` scores labelled rows (tests/fixtures/labels/
progress_*.json) per field.  Bad input (empty, not text, very long) yields an
empty or partial row; a failure of the parser itself raises errors.ParseError.
The words (stages, intention, cumulative, neutral formulas) are data:
data/words.toml via vocab.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache

from luoshi.engine import vocab
from luoshi.engine.errors import parses
from luoshi.engine.judgement import STAGES, ProgressFact, ProgressRow
from luoshi.engine.model import Table
from luoshi.engine.numbers import parse_number
from luoshi.engine.tables.columns import header_of
from luoshi.engine.text import for_parsing

MAX_CHARS = 200_000   # longer cells are parsed on their first MAX_CHARS characters

# --- figures -------------------------------------------------------------------

_CN_DIGITS = "零〇两二三四五六七八九十百千"
# (its first characters looked ahead, digits among them: re tries the optional sign and three forms at every character)
# A percentage written in characters (增长百分之七点二, 下降百分之三) is the figure 7.2% (group ``pct``, unit %): the
# measure comes before the number, as speeches and their transcripts say it.  An approximation stands before the scale or
# after it (590多万元, 2万余人): the figure as written either way.
_NUM = vocab.quick(re.compile(
    r"百分之(?P<pct>[" + _CN_DIGITS + r"一]+(?:点[" + _CN_DIGITS + r"一]+)?)"
    r"|(?P<sign>-)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[" + _CN_DIGITS + r"一]+(?:点[" + _CN_DIGITS + r"一]+)?)"
    rf"(?P<approx_before>余|多)?(?P<scale>{vocab.scale_alternation()})?(?P<approx>余|多)?(?P<unit>{vocab.unit_group()})?"),
    digits=True)
_PERCENT = "%"
# 增长8.6 %, 296.47 亿元, 下降 2.1 个百分点 (text from a PDF or a web table): spaces between a number and its unit or per-cent
# sign.  They are moved before the number ( 8.6%), one character for one, so offsets stay valid and the figure reads as if
# written without them; a number before a word that is no unit of it (2023 年, 第 3 季度, 1 2 3) is left apart.
_SPACED_UNIT = re.compile(r"(?<![\d.,])(-?\d[\d.,]*)( +)"
                          rf"(?=(?:{vocab.alternation('progress.spaced_unit')}))")


def close_spaced_units(text: str, norm: str) -> tuple[str, str]:
    """``text`` and its normalised ``norm`` with the spaces between a number and its unit moved before the number, in
    both alike (lengths kept): 增长8.6 % reads 增长 8.6%."""
    if " " not in norm:
        return text, norm
    moves = [(m.start(1), m.end(1), m.end(2)) for m in _SPACED_UNIT.finditer(norm)]
    if not moves:
        return text, norm
    t, n, last = [], [], 0
    for a, b, c in moves:
        t.append(text[last:a] + text[b:c] + text[a:b])
        n.append(norm[last:a] + norm[b:c] + norm[a:b])
        last = c
    return "".join(t) + text[last:], "".join(n) + norm[last:]
_CLAUSE_END = ",;。!?\n:，；。！？：()（）"
_SENT_END = ";。!?\n；！？"
_QUOTES = re.compile(r"“[^”]{0,200}”|《[^》]{0,200}》|「[^」]{0,200}」|\"[^\"]{0,200}\"|\[[^\]]{0,40}\]|【[^】]{0,40}】")

# Small patterns the judging asks for every row, compiled once (re's own cache costs a lookup per call).
_AFTER_LEAD = re.compile(f"^(?:{vocab.alternation('progress.after_count')})")
_DIGIT = re.compile(r"\d")
_CELL_GAP = re.compile(r"[ \t\u3000]+")
_NOT_HAN_RUN = re.compile(r"[\W\d_A-Za-z]+")
_WORD_CHAR = re.compile(r"[^\d.,%、\s]")
_PLAN = vocab.pattern("intention.planned")
_WHOLE_PROJECT = vocab.pattern("progress.whole_project_share")
# 全区42项重点任务中，进度滞后的有13项，占目标任务的31%: a share after a count of lagging items is theirs among the tasks.
_LAGGING_WORD = vocab.pattern("progress.lagging_items")
_ITEM_COUNT = re.compile(r"(?<!\d)\d+\s?[项个件]")
_CLAUSE_MARKS = ",;。，；"


# A、B等4个项目已提前完成，占项目总数的12.5%: a share of the programme's total after a count of items, whatever their verdict.
_ITEMS_TOTAL = vocab.quick(re.compile(vocab.alternation("progress.items_total_share")))


def _lagging_items_share(norm: str, start: int) -> bool:
    """The clause just before the share's counts items lagging (进度滞后的有13项，占目标任务的31%)."""
    head = norm[:start]
    cut = max(head.rfind(c) for c in _CLAUSE_MARKS)
    if cut < 0 or head[cut] not in ",，":
        return False
    prev = head[max(head.rfind(c, 0, cut) for c in _CLAUSE_MARKS) + 1:cut]
    return bool(_LAGGING_WORD.search(prev) and _ITEM_COUNT.search(prev))


def _items_share(norm: str, m: re.Match) -> bool:
    """A stated share that is items' share among a programme's, not work done: after a count of items lagging
    (_lagging_items_share), or said of the programme's total (占项目总数的12.5%, words.toml progress.items_total_share)
    right after a clause counting items of any verdict (A、B等4个项目已提前完成…，占项目总数的12.5%)."""
    if _lagging_items_share(norm, m.start()):
        return True
    total = _ITEMS_TOTAL.search(norm, m.start(), m.end())
    if total is None or total.start() == 0 or norm[total.start() - 1] not in ",，":
        return False
    head = norm[:total.start() - 1]
    prev = head[max(head.rfind(c) for c in _CLAUSE_MARKS) + 1:]
    return bool(_ITEM_COUNT.search(prev))


_PLAN_WON = vocab.pattern("intention.plan_won")     # 争取到位资金4.9亿元: won, no plan
_PLAN_NOUN = vocab.pattern("intention.plan_noun")
# 已将…提高至900元, 已于7月1日起将…: 将 marks the object after 已 (and a date), the change made — no plan.
_DISPOSAL_DATE = r"[于自从](?:\d{4}年)?(?:1[0-2]|[1-9])月(?:[1-3]?\d[日号])?份?起?"
DONE_DISPOSAL = re.compile(f"(?:{vocab.alternation('intention.done_disposal')})(?:{_DISPOSAL_DATE})?将")
# …的metric: the disposal's lead (已于7月1日起将, 其已 stripped as a metric's lead) names nothing of the figure.
_DISPOSAL_LEAD = re.compile(f"^(?:(?:{vocab.alternation('intention.done_disposal')})(?:{_DISPOSAL_DATE})?|{_DISPOSAL_DATE})将")
# The plan as a modifier of the items right before their count (计划实施的50个, 列入年度计划的40个), and after the count
# only the items' noun before 已 (…个项目均已开工).
_PLANNED_ITEMS = re.compile(rf"(?:{vocab.alternation('intention.plan_listed')})?"
                            rf"(?:{vocab.alternation('intention.plan_year')})?计划[^,;。，；\d的]{{0,10}}的$")
_DONE_AFTER = re.compile(rf"[^,;。，；\d]{{0,10}}?(?:{vocab.alternation('progress.done_adverb')})?已")
# The planned items named, then said begun or done before the figure (计划新开工项目已开工70个, 年度计划项目实际
# 完成12个): the figure is the work done of the plan, not planned.
# 计划新建学校6所，其中小学4所、初中2所: a clause opening with 其中 right after a planned figure's clause breaks the plan
# down, so its figures are planned too; 已 in it (其中已开工4所) makes them work done.
_PLAN_BREAKDOWN = re.compile(rf"(?:{vocab.alternation('intention.plan_breakdown')})[^已]*$")
# 其中4所于8月建成: a breakdown's figure dated right after it by a month and a result (words.toml intention.dated_result),
# no 将/计划 between — a dated result, a fact or a plan by its month against the report's date (rules/forecasts.py
# _later_month_spans), not the plan's breakdown.
_BREAKDOWN_DATED = re.compile(r"[^,;。，；\d]{0,2}?于?(?:1[0-2]|[1-9])月份?"
                              rf"(?:{vocab.alternation('time.month_part')})?"
                              rf"(?:{vocab.alternation('intention.breakdown_dated_adverb')})?"
                              rf"(?:{vocab.alternation('intention.dated_result')})")
_PLAN_THEN_DONE = re.compile(rf"计划[^,;。，；\d]{{0,12}}?(?:{vocab.alternation('progress.done_adverb')})?"
                             rf"(?:{vocab.alternation('progress.plan_done_mark')})"
                             rf"(?:{vocab.alternation('progress.plan_done_verb')})$")
# 50个争取开工项目中23个项目已经开工, 30个拟建项目中已有18个开工: the plan word names the whole, before 中, and the
# count after 中 is said begun or done (已 right after 中, or after the count) — a part of the whole done, no plan.
_WHOLE_THEN_PART = re.compile(rf"中(?P<mark>{vocab.alternation('progress.whole_part_mark')})?"
                              rf"(?:{vocab.alternation('progress.plan_done_verb')})?$")
# 共 alone is cumulative too (共完成…), but not inside 公共, 共同, 共享 …
_CUMUL = vocab.quick(re.compile(rf"{vocab.alternation('figure.cumulative')}|(?<!公)共(?![同享建治性识赢])"))
# 新增1203例,达8878例: a clause that is only a word of reaching (words.toml figure.total_reached) right after a clause
# of a figure added (figure.added_lead) in the same sentence, a larger figure of the same unit — the running total.
_TOTAL_REACHED = re.compile(rf"\s*(?:{vocab.alternation('figure.total_reached')})\s*")
# (the addition a month's: 9月…新增, 本月新增 — a year's addition beside a total, 今年新增50家,达到320家, is more
# often a stock reached, left as it was)
_ADDED_LEAD = re.compile(rf"(?:\d{{1,2}}|[一二三四五六七八九十]{{1,2}}|[本当上])月份?[^,，;；。\d]{{0,16}}?"
                         rf"(?:{vocab.alternation('figure.added_lead')})[^,，;；。\d]{{0,10}}$")
_NOT_A_COUNT = ("一", "零", "〇")
_DURATION_AFTER = re.compile(rf"$|[,;。、)）”\"!?，；]|{vocab.alternation('comparator.duration_after')}")
# (a reply's own marker before its words — 【绿灯】全年完成…, 【已完成】… — names no metric either)
_LEAD_STRIP = re.compile(r"^(?:\s+|【[^】\s]{1,8}】|\d+-\d+月份?|\d+月(?:份|底|末)?|(?:前|第)?[一二三四两]季度(?:末|底)?|"
                         f"(?:{vocab.alternation('progress.as_of')})" r"[^,;。]{0,8}?"
                         f"(?:{vocab.alternation('progress.as_of_end')})|"
                         f"(?:{vocab.alternation('figure.reporting_units')})(?:{vocab.alternation('figure.reported_by')})?|"
                         f"{vocab.alternation('figure.metric_lead')})+")
_TAIL_STRIP = vocab.metric_trail("metric.trail_kept_reported")
# A clause opened by the rest before its count (另外7个因资金问题暂缓, 其余3所正在施工): no metric of its own before it
# (rules reads a figure so opened as the count of items the counts before it do not cover).
REMAINDER_LEAD = re.compile(rf"\s*(?:{vocab.alternation('report.the_rest', 'report.other_items')}|另)\s*")

# A percentage whose words are only a change on the year (…658亿元，同比增长6.8%; 17420元，增长8.3%) right after another
# figure of the sentence: the growth or fall of that figure's metric, which the percentage takes (the target side does
# the same: indicators._SAME_SUBJECT).
_CHANGE_ONLY = re.compile(rf"(?:{vocab.alternation('change.basis_lead')})?"
                          rf"(?:{vocab.alternation('change.growth', 'change.fall')})")
# 完成年度预算的, 占年度计划的: a figure's metric ending on the year's budget or plan and 的 (words.toml
# [figure.plan_share_whole]) — the share of it done, which a change after it does not take.
PLAN_SHARE_END = re.compile(rf"(?:{vocab.alternation('figure.plan_share_whole')})[^\d,;。，；]{{0,4}}的$")
_SENTENCE_BREAK = re.compile(r"[。；;!?！？\n]")
# 占耕地面积的, 占全县总户数的: a percentage's words only a share of a whole (no figure, no clause mark), after a comma.
_SHARE_OF_WHOLE_ONLY = re.compile(r"占[^\d,;。，；、%]{1,12}的")
_SHARE_OF_WHOLE_GAP = re.compile(r"\s*[,，]\s*占[^\d,;。，；、%]{1,12}的")
_SHARE_THEN_CHANGE_GAP = re.compile(rf"(?:{vocab.alternation('figure.count_trail')})?[,、]\s*[^\d,;。，；]{{0,12}}?"
                                    rf"(?:{vocab.alternation('figure.plan_share_whole')})[^\d,;。，；]{{0,4}}?"
                                    r"\s*\d+(?:\.\d+)?\s*%\s*[,、]\s*"
                                    rf"(?:{vocab.alternation('change.basis_lead')})?(?:{vocab.alternation('change.growth', 'change.fall')})")
# …完成91亿元，同比增收35亿元，增长69%: the change amount between the figure and its growth; the growth is the figure's.
_CHANGE_AMOUNT = re.compile(rf"(?:{vocab.alternation('change.basis_lead')})?(?:{vocab.alternation('change.amount_on_year')})")
_CHANGE_AMOUNT_GAP = re.compile(rf"(?:{vocab.alternation('figure.count_trail')})?[,、]\s*"
                                rf"(?:{vocab.alternation('change.basis_lead')})?(?:{vocab.alternation('change.amount_on_year')})\s*")
_CHANGE_GAP = re.compile(rf"(?:{vocab.alternation('figure.count_trail')})?[,、]\s*"
                         rf"(?:{vocab.alternation('change.basis_lead')})?(?:{vocab.alternation('change.growth', 'change.fall')})\s*")

# --- stated completion rate ------------------------------------------------------------

_PCT = r"(-?\d+(?:\.\d+)?)\s*%"
# A share of the year's task or plan written without its percent sign (完成年度计划92.13, 占目标计划的37.6,超进度4.3个
# 百分点): after the share's words, a figure with one or two decimals closing its clause is the share in per cent — a
# whole figure (完成年度计划1200) or one with a unit after it (完成年度计划投资3.5亿元) is no share.
_PCT_OF_PLAN = r"(-?\d+(?:\.\d+)?)(?:\s*%|(?<=\.\d)(?=\s*(?:[,;。!?|]|$))|(?<=\.\d\d)(?=\s*(?:[,;。!?|]|$)))"
# The whole's own amount written after its name, before 的 and the share (占目标任务20公里的74.5%, 完成年度目标任务6亿元的93.7%,
# 为年度计划投资852亿元的45.5%): the share is still of the year's task or plan — a figure and its unit, then 的 (占年度计划99%:
# no amount, the figure is the share).
# A figure as reports write one, digits with or without thousands separators (58,460, 3.2).
_AMOUNT = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_WHOLE_AMOUNT = r"(?:" + _AMOUNT + r"(?:[^\d\s,;。，；:：的%()（）]{0,4}|万?[a-zA-Z]{1,3}[23])的|的)?"
# 占年度目标(130亿元)的52.6%: the target's own figure restated in brackets between the target and its share.
_RESTATED = r"(?:\(\s*" + _AMOUNT + r"\s*[^()\d,;。%]{0,4}\))?"
# The work a year's target is of, named between the year and the target word (今年去产能目标, 全年新增就业任务): a few
# characters with no figure, punctuation, 的 or share word in them.
_SHARE_OBJECT = r"[^\d\s,;。，；:：的%()（）为占]{1,6}?"
# A table's column words kept before the cell's figure (投资完成率(%):59.55%, 完成投资占年度投资目标的比例(%):57.09%, 占年计划的%:
# 103.7%): the header's ratio word and its unit, then the colon, between the share's words and its figure.
_COLUMN_TAIL = (rf"(?:(?:{vocab.alternation('progress.column_share_tail')})?\s*"
                rf"(?:{vocab.alternation('progress.stated_rate_unit')}|%)\s*:"
                rf"|(?:{vocab.alternation('progress.column_share_tail')})\s*[:：])?")
# In a review sentence, a figure after 实际 whose sentence part names a rate, a share or a change before it (…失业率目标
#控制在5.5%以内，实际为5.1%; …涨幅目标3%左右，实际为0.6%) is that measure's level (row_facts), as a bare percentage
# is in a task naming one (progress.bare_share_task_not, less %): no stated share of a plan.
_ACTUAL_OPEN = vocab.pattern("verify.actual_only")
# A rate right before an opening bracket inside a stated share's words (完成9.6亿元、同口径增长6.3%(目标6%): the result's
# rate and the year's target restated after it (row_facts), not 完成…目标的6%.
_RATE_BEFORE_BRACKET = re.compile(r"\d\s*%\s*\(")
_ACTUAL_OF_A_RATE = re.compile("|".join(re.escape(w) for w in sorted(
    (w for w in vocab.words("progress.bare_share_task_not") if w != "%"), key=len, reverse=True)))
# 占年度预计投资的57.2%: the year's expected investment, the year and the measure around 预计, is the year's plan a share is
# of (progress.stated_share_expected) — a forecast's own share (预计全年完成…的104%) names no year before 预计.
_EXPECTED_PLAN = (rf"(?:{vocab.alternation('progress.stated_share_year')})年?(?:{vocab.alternation('progress.stated_share_expected')})"
                  rf"(?:{vocab.alternation('progress.stated_share_measure')})")
# 改造工程已完成60%, 工程已完成72%: the whole works' share done (progress.works_share_subject), as 形象进度 is
# (not for a count of items, nor beside the unit's own lag: _works_subject_share_not).
_WORKS_SUBJECT_SHARE = re.compile(rf"(?:(?:{vocab.alternation('progress.works_share_subject')})|(?:^|(?<=[,;:、\s]))工程)(?:已经?)?"
                                  r"完成了?约?\s*" + _PCT)
_STATED = [
    # 计划进度50%,实际进度45% / 形象进度:计划80%,实际65%: the actual figure beside the planned one.
    re.compile(f"实际(?:{vocab.alternation('progress.actual_measure')})?(?:{vocab.alternation('progress.stated_verb')})?"
               r"[:：]?\s*" + _PCT),
    # 完成率仅为31.6% / 完成率只有31.6%: a rate said to be low is still the rate; 完成率超70%: said to run past it, its
    # lower bound (progress.stated_at_least).
    re.compile(rf"(?:{vocab.alternation('progress.stated_rate')})"
               rf"(?:{vocab.alternation('progress.stated_only', 'progress.stated_at_least', 'progress.stated_verb')})?"
               + _COLUMN_TAIL + r"[:：]?\s*" + _PCT),
    # 完成年度目标的60%; and the same share said without 的 (完成年度目标60%, 完成全年任务64%): a share of the year's task.
    # (完成年度预计投资的86.8%: the year's expected investment, a plan, as 占 reads it: _EXPECTED_PLAN)
    re.compile(rf"完成(?:了)?(?:{_EXPECTED_PLAN}|[^,;。,;]{{0,24}}?(?:{vocab.alternation('progress.stated_share_of')}))"
               rf"(?:{vocab.alternation('progress.stated_share_measure')})?(?:{vocab.alternation('progress.share_noun')})?"
               + _WHOLE_AMOUNT + _COLUMN_TAIL + r"\s*" + _PCT_OF_PLAN),
    # 当前进度:92% / 形象进度：65%: a progress column's header before a colon, as the rate's is (a table's cell with its
    # column word).
    re.compile(rf"(?:{vocab.alternation('progress.stated_progress')})进度(?:{vocab.alternation('progress.stated_reach')})?"
               + _COLUMN_TAIL + r"[:：]?(?:\s*约)?\s*" + _PCT),
    # 已完成施工进度的50%: right after 完成, the works' own progress (progress.works_progress_done).
    re.compile(rf"完成了?(?:{vocab.alternation('progress.works_progress_done')})的?约?\s*" + _PCT),
    _WORKS_SUBJECT_SHARE,
    # 改造县乡公路3290公里,为任务的164.5%; 完成情况4385,占全年计划110%, 约占年度计划投资总额33%: a clause opening on a
    # share of the year's task or plan (a hedge before it: progress.stated_share_about), no done word needed — a year-end or table page's completion of the task (progress.stated_share_said).
    re.compile(rf"(?:^|(?<=[,;:、\s]))(?:{vocab.alternation('progress.stated_share_about')})?"
               rf"(?:{vocab.alternation('progress.stated_share_said')})"
               # (是上报整治计划的108%: after who set or received the plan, the work it is of, named in a few characters)
               rf"(?:(?:{vocab.alternation('progress.stated_share_issuer')}){_SHARE_OBJECT}(?=(?:{vocab.alternation('progress.stated_share_of')}))|"
               rf"(?:{vocab.alternation('progress.stated_share_issuer')}))?"
               rf"(?:(?:{vocab.alternation('progress.stated_share_approved')})(?:{vocab.alternation('progress.stated_share_scope')})?)?"
               # 达到今年去产能目标的63.4%, 为全年新增就业任务的80%: after the year, the work the target is of, named
               # in a few characters (no figure, no punctuation) — still the year's target, as 完成 reads it.
               rf"(?:{_EXPECTED_PLAN}|(?:(?:{vocab.alternation('progress.stated_share_year')})年?{_SHARE_OBJECT}|"
               rf"(?:{vocab.alternation('progress.stated_share_year')})?年?)"
               rf"(?:{vocab.alternation('progress.stated_share_measure')})?"
               rf"(?:{vocab.alternation('progress.stated_share_of')}))"
               rf"(?:{vocab.alternation('progress.stated_share_measure')})?(?:{vocab.alternation('progress.share_noun')})?"
               + _RESTATED + _WHOLE_AMOUNT + _COLUMN_TAIL + r"\s*" + _PCT_OF_PLAN),
    # 务工收入11.2亿元,占全年21.6亿元的51.85%: a share of the year's whole written as its amount after the year (no plan
    # word, the amount's unit alone before 的): the share of the year's figure done, as a share of the year's plan is.
    re.compile(rf"(?:^|(?<=[,;:、\s]))(?:{vocab.alternation('progress.stated_share_said')})"
               rf"(?:{vocab.alternation('progress.stated_share_year')})年?"
               + _AMOUNT + r"[^\d\s,;。，；:：的%()（）任务计划目标指标数量]{1,3}的\s*" + _PCT),
    # 完成比例(%)187.9: a table's rate header with its unit in brackets, the figure bare (progress.stated_rate_unit).
    re.compile(rf"(?:{vocab.alternation('progress.stated_rate')})(?:{vocab.alternation('progress.stated_rate_unit')})"
               r"[:：]?\s*(-?\d+(?:\.\d+)?)(?![\d.%])"),
    # 完成投资12亿元,占年度计划的76%; 28个村通过验收,占总数的40%: the share of the whole the work done is.
    re.compile(rf"(?:{vocab.alternation('progress.stated_share_done')})[^。;]{{0,24}}?"
               rf"(?:仅|只)?占(?:{vocab.alternation('progress.stated_share_issuer')})?"
               # (占年度投资额的45.18%: the year's amount of its measure, no plan word — the year's plan all the same)
               rf"(?:{_EXPECTED_PLAN}|(?:{vocab.alternation('progress.stated_share_year')})"
               rf"(?:{vocab.alternation('progress.stated_share_measure')})(?=的)|"
               rf"(?:{vocab.alternation('progress.stated_share_year')})?"
               rf"(?:{vocab.alternation('progress.stated_share_measure')})?"
               rf"(?:{vocab.alternation('progress.stated_share_of', 'progress.stated_share_whole')}))"
               rf"(?:{vocab.alternation('progress.share_noun')})?" + _RESTATED + _WHOLE_AMOUNT + _COLUMN_TAIL + r"\s*" + _PCT_OF_PLAN),
]

# A supervision table's progress cell that is only a share, with or without the office's note in brackets after it (95%;
# 57%(赤溪、灵溪偏慢); 50%(马站未开工): the page's own share of the task done — for a task that names no rate, share,
# level or change (progress.bare_share_task_not), whose bare figure is its level, and never without a task.  A note
# saying in the office's word that an item lags (80%(某园进度滞后): table.stated_lag) is left to the statement readers:
# the item said lagging is behind its own pace and any part behind is behind, even with the share in the band (README
# rule question 48, the lead's decision, stop 65).
_BARE_SHARE = re.compile(r"^\s*" + _PCT + r"\s*(?:\(([^()]*)\)?)?\s*$")
_BARE_SHARE_TASK_NOT = vocab.pattern("progress.bare_share_task_not")


# A list of items, then one rate word and 分别 with their shares in the same order (A、B、C等3项完成率分别达38%、64%、67.5%):
# the row whose task names one item (the task is the item, holds it, or is held by it) takes that item's share as the
# page's stated rate; a list whose names and shares differ in number, or that names the task twice or never, gives none.
_RESPECTIVE_SHARE = re.compile(
    r"(?:^|(?<=[,;。:\s]))(?P<names>[^,;。:\s]+?)"
    rf"(?:等\s*[0-9一二三四五六七八九十]+\s*(?:{vocab.alternation('progress.respective_count')}))?"
    rf"(?:{vocab.alternation('progress.stated_rate')})(?:{vocab.alternation('progress.respective')})"
    rf"(?:{vocab.alternation('progress.stated_verb')})?\s*"
    r"(?P<vals>-?\d+(?:\.\d+)?\s*%(?:\s*、\s*-?\d+(?:\.\d+)?\s*%)+)")
_ITEM_NAME_NOISE = re.compile(r"[\s\"'“”‘’《》「」()（）]")


def _respective_share(norm: str, task: str) -> tuple[float | None, tuple[int, int] | None]:
    key = _ITEM_NAME_NOISE.sub("", for_parsing(task)).rstrip("。.;")
    if len(key) < 2:
        return None, None
    for m in _RESPECTIVE_SHARE.finditer(norm):
        names = [_ITEM_NAME_NOISE.sub("", n) for n in m.group("names").split("、")]
        values, at = [], m.start("vals")
        for piece in m.group("vals").split("、"):     # each piece is a figure and its %, spaces either side
            figure = piece.strip().rstrip("%").strip()
            start = at + piece.index(figure)
            values.append((float(figure), (start, start + len(figure))))
            at += len(piece) + 1
        if len(names) != len(values):
            continue
        hits = [i for i, n in enumerate(names) if len(n) >= 2 and (key in n or n in key)]
        if len(hits) == 1:
            return values[hits[0]]
    return None, None


# A list's figures given name by name (分别为:甲县83.8%、乙县81.6%; 排名前3位的是:甲72%,乙70%; 水利工程(6.3%)、港航工程(8.1%)),
# or the names listed first and their shares after 分别 in the same order, the predicate between (A、B和C进展顺利,分别完成今年
# 计划的62%、72%和96%; 甲、乙、丙完成投资居前,分别完成3亿元、2亿元和1亿元,为年度目标的52%、44%和28%): how a bulletin
# writes the units, sectors or works it ranks.  The row whose task names one of them (the name itself or a place's name
# without 县/区/市/镇/乡; held by the task or holding it) takes that one's share — only when the sentence says the
# shares are of the work or plan done (progress.listed_share_lead), not a growth or a part of a whole (progress.listed_share_not)
# and not, before them, a gap (progress.listed_share_gap: 分别高于总体进度的…; a gap after them, 分别慢于序时进度…个百分点, only
# says how far the shares are from the pace).  A name found twice or never gives none, as does a list whose counts differ.
_NAMED_SHARE = re.compile(r"(?P<name>[^\d,、;。:()%\s和及与]{2,16}?)\s*(?:\(\s*)?(?P<v>-?\d+(?:\.\d+)?)\s*%\s*\)?")
_NAMED_GAP = re.compile(r"\s*(?:、|,|和|及|与)?\s*")
_SHARES_RUN = re.compile(r"(?<![\d.])-?\d+(?:\.\d+)?\s*%(?:\s*(?:、|,|和|及)\s*-?\d+(?:\.\d+)?\s*%)+")
_SHARE_FIGURE = re.compile(r"(?<![\d.])(-?\d+(?:\.\d+)?)\s*%")
_LISTED_LEAD = vocab.pattern("progress.listed_share_lead")
_LISTED_NOT = vocab.pattern("progress.listed_share_not")
_LISTED_GAP = vocab.pattern("progress.listed_share_gap")
_RESPECTIVE_WORD = vocab.pattern("progress.respective")
_PLACE_SUFFIX = re.compile(rf"(?<=..)(?:{vocab.alternation('progress.listed_share_place_suffix')})$")
_SENTENCE_END = re.compile(r"[。;]")
# The last name of a list runs into what is said of all (积水点整治进展顺利, 常平完成投资居前, 社会事业等7个行业): cut there.
_LAST_NAME_END = re.compile(rf"(?<=..)(?:{vocab.alternation('progress.listed_share_name_end')})")
_LAST_JOIN = vocab.pattern("progress.listed_share_join")
_LIST_CLAUSES = re.compile(r"[,:]")


def _listed_hit(names: list[str], key: str) -> int | None:
    short = _PLACE_SUFFIX.sub("", key)
    exact = [i for i, n in enumerate(names) if n in (key, short)]
    if len(exact) == 1:
        return exact[0]
    if exact:
        return None
    hits = [i for i, n in enumerate(names) if len(n) >= 2 and (key in n or n in key)]
    return hits[0] if len(hits) == 1 else None


def _sentence_of(norm: str, s: int, e: int) -> tuple[int, int]:
    start = max(norm.rfind("。", 0, s), norm.rfind(";", 0, s)) + 1
    m = _SENTENCE_END.search(norm, e)
    return start, (m.start() if m else len(norm))


def _listed_lead(norm: str, start: int, end: int, values: tuple[int, int]) -> bool:
    rest = norm[start:values[0]] + norm[values[1]:end]
    return bool(_LISTED_LEAD.search(rest)) and not _LISTED_NOT.search(rest) and not _LISTED_GAP.search(
        norm[start:values[0]])


# A task naming one of a ranked list by a heading and the year's plan (省级重点项目:甲工程年度计划): the name between.
_KEY_HEADING = re.compile(r"^[^:：]{2,12}[:：]")
_KEY_PLAN_TAIL = re.compile(f"(?<=..)(?:{vocab.alternation('task.plan_only_tail')})$")
_NAME_LEAD = re.compile(f"^.*(?:{vocab.alternation('progress.listed_share_name_lead')})")
# The name before a share that a 与 joins to the word before it (…和乙振兴与丙保障工程(68%)): that word is the name's.
_NAMED_GAP_JOINED = re.compile(r"\s*(?:、|,|和|及)\s*([^\d,、;。:()%\s和及与]{1,12}与)\s*")


def _listed_key(key: str) -> str:
    """The task's name of one listed item, a heading before a colon and a closing year's plan left off (省级重点项目:
    甲工程年度计划 → 甲工程); the key itself when that leaves under two characters."""
    short = _KEY_PLAN_TAIL.sub("", _KEY_HEADING.sub("", key))
    return short if len(short) >= 2 else key


def _listed_share(norm: str, task: str) -> tuple[float | None, tuple[int, int] | None]:
    key = _ITEM_NAME_NOISE.sub("", for_parsing(task)).rstrip("。.;")
    if len(key) < 2 or "%" not in norm:
        return None, None
    key = _listed_key(key)
    # name by name: a run of two or more names each right before its share
    run: list[re.Match] = []
    names: list[str] = []
    for m in [*_NAMED_SHARE.finditer(norm), None]:
        joined = _NAMED_GAP_JOINED.fullmatch(norm, run[-1].end(), m.start()) if m is not None and run else None
        if m is not None and run and (joined or _NAMED_GAP.fullmatch(norm, run[-1].end(), m.start())):
            run.append(m)
            names.append((joined.group(1) if joined else "") + m.group("name"))
            continue
        if len(run) >= 2:
            bare = [_NAME_LEAD.sub("", n) or n for n in names]
            i = _listed_hit(bare, key)
            start, end = _sentence_of(norm, run[0].start(), run[-1].end())
            # (the ranking words before the first name, 完成年度计划较快的依次是, are the list's lead, read with the rest)
            first = run[0].start() + len(names[0]) - len(bare[0])
            # (用水量降幅达5.76%,完成省定降幅4%: names of a change, its level and its target, no shares of work done)
            if i is not None and _listed_lead(norm, start, end, (first, run[-1].end())) \
                    and not any(_LISTED_NOT.search(r.group("name")) for r in run):
                return float(run[i].group("v")), run[i].span("v")
        run = [m] if m is not None else []
        names = [m.group("name")] if m is not None else []
    # the names first (the last cut where what is said of all begins), their shares after 分别
    for w in _RESPECTIVE_WORD.finditer(norm):
        start, end = _sentence_of(norm, w.start(), w.end())
        clauses = [c for c in _LIST_CLAUSES.split(norm[start:w.start()]) if "、" in c]
        if clauses:
            pieces = clauses[-1].split("、")
            last = _LAST_JOIN.split(pieces[-1], maxsplit=1)
            names = [_ITEM_NAME_NOISE.sub("", n) for n in pieces[:-1] + last]
            names[-1] = _LAST_NAME_END.split(names[-1], maxsplit=1)[0]
        else:
            names = _two_names(norm[start:w.start()])
            if names is None:
                continue
        for v in _SHARES_RUN.finditer(norm, w.end(), end):
            figures = list(_SHARE_FIGURE.finditer(norm, v.start(), v.end()))
            if len(figures) != len(names):
                continue
            if not _listed_lead(norm, start, end, v.span()):
                break
            i = _listed_hit(names, key)
            if i is not None:
                return float(figures[i].group(1)), figures[i].span(1)
            break
    # the names in clauses of their own, comma after comma, then one run of shares with no 分别 before it
    for v in _SHARES_RUN_JOINED.finditer(norm):
        start, end = _sentence_of(norm, v.start(), v.end())
        names = _comma_names(norm[start:v.start()])
        figures = list(_SHARE_FIGURE.finditer(norm, v.start(), v.end()))
        if names is None or _RESPECTIVE_WORD.search(norm, start, v.start()):
            continue
        if len(names) + 1 == len(figures):
            # (文化旅游和社会事业: the last two names joined)
            last = _LAST_JOIN.split(names[-1], maxsplit=1)
            names = names[:-1] + [n for n in last if n]
        if len(names) != len(figures) or not _listed_lead(norm, start, end, v.span()):
            continue
        i = _listed_hit(names, key)
        if i is not None:
            return float(figures[i].group(1)), figures[i].span(1)
    return None, None


_LIST_HEAD_NOUN = re.compile(rf"(?<=..)(?:{vocab.alternation('progress.listed_share_head_noun')})")
_NAME_PERIOD = re.compile(r"\d.*$")


def _two_names(head: str) -> list[str] | None:
    """道路交通和园林绿化项目1-4月进展较快,截至4月底 before 分别 and two shares: the two names joined by 和 (及, 与) in the
    last clause before 分别 that holds a join, cut where what is said of both begins (进展, 推进) or a period is written
    (1-4月), the head noun after the second (项目, 工程: words.toml progress.listed_share_head_noun) said of both, so no
    part of its name.  Each 2 to 16 characters with no figure; else None."""
    clauses = [c for c in _LIST_CLAUSES.split(head) if _LAST_JOIN.search(c)]
    if not clauses:
        return None
    pair = _LAST_JOIN.split(clauses[-1], maxsplit=1)
    names = [_ITEM_NAME_NOISE.sub("", n) for n in pair]
    names[-1] = _NAME_PERIOD.sub("", _LAST_NAME_END.split(names[-1], maxsplit=1)[0])
    head = _LIST_HEAD_NOUN.search(names[-1])
    if head and not _LIST_HEAD_NOUN.search(names[0]):
        names[-1] = names[-1][:head.start()]      # (城建类项目进度偏慢: the name ends at the head noun)
    if any(not 2 <= len(n) <= 16 or _NAME_BAD.search(n) for n in names):
        return None
    return names


# (61.5%、47.2%、38.4%和30.1%; 16.2%、和15.76%: the last joined by 和 or 及, a 、 before it or not)
_SHARES_RUN_JOINED = re.compile(r"(?<![\d.])-?\d+(?:\.\d+)?\s*%(?:\s*(?:、\s*(?:和|及)?|和|及)\s*-?\d+(?:\.\d+)?\s*%)+")
_COMMA_LEAD = vocab.pattern("progress.listed_share_comma_lead")
_NAME_BAD = re.compile(r"[\d%]")


def _comma_names(head: str) -> list[str] | None:
    """进度较快的是农业农村,交通运输,文化旅游和社会事业,完成年度计划投资的 before a run of shares: the names standing in
    clauses of their own after the list's lead word (progress.listed_share_comma_lead), the last cut where what is said of
    all begins (等我盟优势行业); the clause just before the shares says what they are of.  Three names or more, each a short
    name with no figure; else None."""
    segs = head.split(",")
    if len(segs) < 4:
        return None
    first, *mid, _said = segs
    leads = list(_COMMA_LEAD.finditer(first))
    if not leads:
        return None
    names = [first[leads[-1].end():], *mid]
    names[-1] = _LAST_NAME_END.split(names[-1], maxsplit=1)[0]
    names = [_ITEM_NAME_NOISE.sub("", n) for n in names]
    if any(not 2 <= len(n) <= 16 or _NAME_BAD.search(n) for n in names):
        return None
    return names


# 分别占省计划、县计划的171.8%、100%: one figure's shares of several plans (or tasks, targets) named after 分别 and 占/为/
# 完成, in the order of the shares after 的 — the row whose task names one of the plans (省计划 in 省计划批1085户) takes
# its share; a plan named twice or never, or counts that differ, give none.
_PLANS_SHARE = re.compile(rf"(?:{vocab.alternation('progress.respective')})(?:{vocab.alternation('progress.plans_share_verb')})?"
                          r"(?P<names>[^,;。:\d%]{2,40}?)的\s*(?P<vals>-?\d+(?:\.\d+)?\s*%(?:\s*(?:、|和)\s*-?\d+(?:\.\d+)?\s*%)+)")
_PLAN_NAMES_SPLIT = re.compile(r"[、和]")
_PLAN_NAME_END = re.compile(rf"(?:{vocab.alternation('progress.stated_share_of')})$")


def _plans_share(norm: str, task: str) -> tuple[float | None, tuple[int, int] | None]:
    key = _ITEM_NAME_NOISE.sub("", for_parsing(task)).rstrip("。.;")
    if len(key) < 2 or "%" not in norm:
        return None, None
    for m in _PLANS_SHARE.finditer(norm):
        names = [_ITEM_NAME_NOISE.sub("", n) for n in _PLAN_NAMES_SPLIT.split(m.group("names"))]
        figures = list(_SHARE_FIGURE.finditer(norm, m.start("vals"), m.end("vals")))
        if len(names) != len(figures) or not all(_PLAN_NAME_END.search(n) for n in names):
            continue
        hits = [i for i, n in enumerate(names) if len(n) >= 2 and n in key]
        if len(hits) == 1:
            return float(figures[hits[0]].group(1)), figures[hits[0]].span(1)
    return None, None


# 新增农村敬老院床位完成30%: a clause whose subject is the row's own item (the task's name, held by it or holding it,
# four characters at least) and then only 完成 and a share: the page's share of that item, as 完成率30% would be.  A
# component's share (主体工程完成30%, 幕墙完成72%) has another subject and is left to the stage readers.
# The share may follow the name with no 完成 (促进重点群体稳定就业82.28% in a list under 进展较快) — only the task's name
# itself, nothing between (规模以上工业增加值同比增长10.1% is a growth), and only for a task that names no rate, share,
# level or change (progress.bare_share_task_not), whose name before a figure is its level.
_OWN_ITEM_SHARE = re.compile(r"(?:^|(?<=[,;:。\s]))(?P<subj>[^,;:。\s\d%]{4,30}?)(?P<done>完成(?:了)?)?\s*" + _PCT
                             + r"\s*(?=$|[,;。])")


# The task written again whole, its figure with it, as the subject of its share done (…年度任务已完成54.9%): the share
# is the task's, the figure in the subject its target restated, no work done (rule question 27).
_OWN_TASK_SHARE = re.compile(r"(?:^|(?<=[,;:。\s]))(?P<subj>[^,;:。\s%]{4,40}?)(?:已经?)?完成了?\s*"
                             r"(?P<v>\d+(?:\.\d+)?)\s*%\s*(?=$|[,;。])")
# The year's task word closing a task or its restatement (年度任务, 全年目标): the same task with or without it.
# Stripped from the end by words, not by a pattern searched for: a tail pattern retried at every position of a
# long run of task words (任务任务…) is quadratic.
_TASK_WORD_TAIL_NOUNS = tuple(vocab.longest_first(vocab.words("task.whole_noun")))
_TASK_WORD_TAIL_YEARS = tuple(vocab.longest_first(vocab.words("progress.stated_share_year")))


def _without_task_word_tail(text: str) -> str:
    """The text less its closing task words (…年度任务, …全年目标任务) and the year word before them."""
    end = len(text)
    while word := next((w for w in _TASK_WORD_TAIL_NOUNS if text.endswith(w, 0, end)), None):
        end -= len(word)
    if end == len(text):
        return text
    year = next((w for w in _TASK_WORD_TAIL_YEARS if text.endswith(w, 0, end)), "")
    return text[:end - len(year)]


def _own_item_share(norm: str, task: str) -> tuple[float | None, tuple[int, int] | None]:
    key = _ITEM_NAME_NOISE.sub("", for_parsing(task)).rstrip("。.;")
    if len(key) < 4:
        return None, None
    for m in _OWN_ITEM_SHARE.finditer(norm):
        subj = _ITEM_NAME_NOISE.sub("", m.group("subj"))
        if len(subj) >= 4 and (subj in key or key in subj) and (m.group("done") or (
                subj == key and not _BARE_SHARE_TASK_NOT.search(for_parsing(task)))):
            return float(m.group(3)), m.span(3)
    core = _without_task_word_tail(key)
    for m in _OWN_TASK_SHARE.finditer(norm) if len(core) >= 4 else ():
        # 新增2000万亩节水灌溉面积年度任务已完成54.9%: the whole task restated, its figure too, then its share done
        # (新增造林面积5万亩年度任务 for 新增造林面积5万亩: the year's task word after it names the same task)
        if _without_task_word_tail(_ITEM_NAME_NOISE.sub("", m.group("subj"))) == core:
            return float(m.group("v")), m.span("v")
    return None, None


# 新增公共租赁住房149户(年度目标任务为100户): in brackets right after a count, the year's target in the same unit; the
# count's share of it is the page's share, as 为年度目标的149% would be.  Another unit (149户(目标100套)), a scale
# (万元 beside 亿元) or a bracket with no year's target word (去年同期为100户) gives none.
_BRACKET_TARGET = re.compile(r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s*(?P<u>[^\d\s,;:。()%]{1,3}?)\s*\(\s*"
                             rf"(?:{vocab.alternation('progress.bracket_target')})\s*(?:为|是|:)?\s*"
                             r"(?P<t>\d+(?:\.\d+)?)\s*(?P<tu>[^\d\s,;:。()%]{1,3}?)\s*\)")


def _bracket_target_share(norm: str) -> tuple[float | None, tuple[int, int] | None]:
    for m in _BRACKET_TARGET.finditer(norm):
        target = float(m.group("t"))
        if m.group("u") == m.group("tu") and target > 0:
            return round(100 * float(m.group("n")) / target, 1), m.span()
    return None, None


def _bare_share(norm: str, task: str) -> tuple[float | None, tuple[int, int] | None]:
    m = _BARE_SHARE.match(norm)
    if m is None or not task.strip() or _BARE_SHARE_TASK_NOT.search(for_parsing(task)) or stated_lag(m.group(2) or ""):
        return None, None
    try:
        return float(m.group(1)), m.span(1)
    except ValueError:
        return None, None


# --- stages -------------------------------------------------------------------------------

_STAGE_WORDS: dict[str, tuple[str, ...]] = {stage: vocab.words(f"stage.{stage}") for stage in STAGES}
_STAGE_OF = {w: s for s, ws in _STAGE_WORDS.items() for w in ws}
_NOT_YET = vocab.alternation("stage.not_yet")
_FINISH = vocab.alternation("stage.finish_verb")
# (the stage words begin with some 80 characters: looked ahead, every other character of a row is passed over at once)
_STAGE_RE = vocab.quick(re.compile(
    rf"(?:{_NOT_YET})(?:{_FINISH})"                 # not yet finished → underway
    rf"|(?:{_NOT_YET})(?:能)?(?:(?:{vocab.alternation('stage.not_yet_manner')})(?={vocab.alternation('stage.not_yet_start')}))?"
    rf"(?:{vocab.alternation('stage.not_yet_start')})?"
    rf"|达到[^,;。，；]{{0,30}}?(?:{vocab.alternation('progress.goal_noun')})要求"
    rf"|(?:{vocab.alternation('progress.planning_department')})"       # a department's name, not planning work
    rf"|(?:{vocab.alternation('stage.not_started_not')})"             # 未做到, 未做好: a result short, no stage
    r"|" + vocab.alternation(*(f"stage.{stage}" for stage in STAGES))), most=256)
_NOT_YET_FINISHED = re.compile(rf"(?:{_NOT_YET})(?:{_FINISH})$")
_NOT_YET_STARTED = re.compile(rf"{_NOT_YET}|暂无")
_RANK = {s: i for i, s in enumerate(STAGES)}
_PREP_OBJECT = vocab.pattern("stage.preparatory_object")
_GENERIC_BIGRAMS = set(vocab.words("stage.generic_bigram"))
_COMPLETE_WORDS = vocab.words("stage.complete_word")
_PARTIAL_MANNER = vocab.words("stage.partial_manner")
_NEARLY_DONE_WORDS = vocab.words("stage.nearly_done_word")

# --- neutral -------------------------------------------------------------------------------

_NEUTRAL = vocab.pattern("progress.neutral")
_FILLER = re.compile(rf"{vocab.alternation('progress.filler')}|[。;,、.!]|\s")


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    for s, e in spans:      # (a loop, not any(): asked for every figure and stage word)
        if s < pos < e:
            return True
    return False


def _clause_start(norm: str, pos: int, ends: str = _CLAUSE_END + "、") -> int:
    """Where the clause holding ``pos`` opens: after the last of ``ends`` before it, looked for at most 300
    characters back (clauses are short; bounded so long cells stay linear)."""
    stop = max(-1, pos - 300)
    found = _ends_in(norm, ends)
    k = bisect_left(found, pos) - 1          # the last end before pos
    return found[k] + 1 if k >= 0 and found[k] > stop else stop + 1


@lru_cache(maxsize=2048)
def _ends_in(norm: str, ends: str) -> list[int]:
    """Where the characters of ``ends`` stand in ``norm`` (cached: a text's figures each ask for their clause,
    sub-clause and sentence)."""
    rx = _END_PATTERNS.get(ends)
    if rx is None:
        # (a comma between a digit and three more digits is a thousands separator, part of one number — 58,460万元 —
        # and no clause's end: the figure reads it so, and its clause must too)
        rx = _END_PATTERNS[ends] = re.compile(f"{_THOUSANDS_NOT}[{re.escape(ends)}]")
    return [m.start() for m in rx.finditer(norm)]


_END_PATTERNS: dict[str, re.Pattern] = {}
_THOUSANDS_NOT = r"(?!(?<=\d),\d{3}(?!\d))"


def _clause_end(norm: str, pos: int, ends: str = _CLAUSE_END + "、") -> int:
    """Where the clause holding ``pos`` ends: at the first of ``ends`` from it on, at most 300 characters on."""
    stop = min(len(norm), pos + 300)
    found = _ends_in(norm, ends)
    k = bisect_left(found, pos)              # the first end at or after pos
    return found[k] if k < len(found) and found[k] < stop else stop


# _excluded's patterns, compiled once (it runs for every figure of every row)
_CODE_BEFORE = re.compile(r"[A-Za-z._/#\-]")
_LATIN = re.compile(r"[A-Za-z]")
_NAMING_AFTER = re.compile(r"[大维化级类阶]")     # (百亿台阶: 台 opening 台阶, a step, counts no machines)
_AMOUNT_ENDS = re.compile(r"$|[;,。、)）以]")
_PLACE_AFTER = re.compile(r"[号楼]")
# The last of a run of ordinals after one 第 (第三、四次, 第2、3批, 第五至六期): an ordinal too, no count done.
_ORDINAL_RUN_TAIL = re.compile(r"第[一二三四五六七八九十\d]{1,3}(?:[、,至到][一二三四五六七八九十\d]{1,3}){0,8}[、,至到]$")
# Examples closed right before a count (words.toml target.examples_close): the count's thing is named after it.
_EXAMPLES_CLOSE = vocab.words("target.examples_close")
_EXAMPLES_CLOSE_NOT = vocab.words("target.examples_close_not")


# 占年度目标(130亿元)的52.6%: a figure in brackets right after the target a share is of restates the target, no fact.
_RESTATED_TARGET = re.compile(rf"(?:{vocab.alternation('progress.stated_share_of')})"
                              rf"(?:{vocab.alternation('progress.share_noun')})?\s*\(\s*$")
_RESTATED_CLOSE = re.compile(r"\s*\)\s*的")


def _restated_list(norm: str, s: int) -> bool:
    """A figure inside brackets opened right after the target a share is of and closed before 的 (分别占三年目标总任务
    (改建330万户厕、25063座公厕)的76.7%、68.8%): the targets restated, each with its name — no fact."""
    i, j = norm.rfind("(", 0, s), norm.find(")", s)
    if i < 0 or j < 0 or ")" in norm[i:s] or "(" in norm[s:j] or j - i > 60:
        return False
    return bool(_RESTATED_TARGET.search(norm, max(0, i - 12), i + 1)) and bool(_RESTATED_CLOSE.match(norm, j))


def _excluded(norm: str, m: re.Match, quotes: list[tuple[int, int]]) -> bool:
    s, e = m.start(), m.end()
    if _RESTATED_TARGET.search(norm, max(0, s - 10), s) and _RESTATED_CLOSE.match(norm, e):
        return True                                   # 占年度目标(130亿元)的52.6%: the target restated
    if _restated_list(norm, s):
        return True                                   # 分别占三年目标总任务(改建330万户厕、25063座公厕)的76.7%、68.8%
    if m.group("pct") is not None:
        return _inside(quotes, s)                     # 百分之七点二: a percentage, whatever stands around it
    num, unit = m.group("num"), m.group("unit") or ""
    if not unit and not m.group("scale"):
        return True                                   # no measure: dates, codes, list numbers, 2.0
    if _inside(quotes, s):
        return True
    before = norm[s - 1] if s else ""
    after = norm[e:e + 2]
    if before in "第首前" and before and not (before == "前" and s >= 2 and norm[s - 2] in "目此当之以提日年月"):
        return True                                   # 第3, 前三 are ranks; 目前1个, 此前2个 are counts
    if before in "、,至到" and _ORDINAL_RUN_TAIL.search(norm, max(0, s - 40), s):
        return True                                   # 第三、四次 (第2、3批): the run's 第 makes each an ordinal
    if before == "每" and not num[0].isdigit():
        return True                                   # 每千人口, 每万人: a rate's base, not a figure
    if _CODE_BEFORE.match(before) or _LATIN.match(after[:1]):
        return True                                   # codes: FG10-B41-01, Style3D, v2.0
    if before.isdigit():
        return True
    measure = vocab.unit(unit)
    if not num[0].isdigit():
        if num in _NOT_A_COUNT and not m.group("scale"):
            return True                               # 一 is "a" (一期, 一批, 一个); 零 no count (零部件); not 一万亩
        if measure is None or not measure.chinese_numeral:
            return True
        if _NAMING_AFTER.match(after[:1]):
            return True
        if measure.indicator_kind == "amount" and not _AMOUNT_ENDS.match(after):
            return True                               # 三元坊巷: a Chinese numeral + 元 inside a name
    if measure is not None and measure.kind == "duration" and not _DURATION_AFTER.match(after):
        return True                                   # 24小时政务服务: a duration naming a thing
    if _PLACE_AFTER.match(after[:1]):
        return True
    return False


def _metric(norm: str, text: str, start: int, end: int) -> str:
    cs = _clause_start(norm, start)
    if cs and norm[cs - 1] == "、" and _EXAMPLES_WORD in norm[cs:start]:
        # 举办广场演出、书画展览等活动97场: the kinds listed before 等 are one clause with the verb before them
        cs = _clause_start(norm, start, _CLAUSE_END)
    before = text[cs:start]
    if REMAINDER_LEAD.fullmatch(before):
        before = ""                                   # 另外7个…, 其余3所…: the rest, named by the words after
    before = _DISPOSAL_LEAD.sub("", _LEAD_STRIP.sub("", before))
    before = _TAIL_STRIP.sub("", before)
    before = before.strip(" 　\t")
    if before.endswith(_EXAMPLES_CLOSE) and not before.endswith(_EXAMPLES_CLOSE_NOT) \
            and not _DIGIT.search(norm, end, _clause_end(norm, end)):
        # 甲片、乙片等7个项目已开工: the examples, the count's noun after it (not 甲楼等3个项目新增车位210个, whose
        # clause goes on to another figure)
        before = ""
    if len(before) <= 2:
        # (10015套已安装到位 进度状态:办结: the words after the count stop at a gap between cells — the next cell's
        # column word names nothing of this figure)
        after = _CELL_GAP.split(text[end:_clause_end(norm, end)][:12].strip(), maxsplit=1)[0]
        # (炼铁达4099.6万吨…以此计算: an ellipsis is text left out — the words after it are another sentence's)
        after = _AFTER_LEAD.sub("", _ELLIPSIS.split(after, maxsplit=1)[0])
        # (搬迁1856户6829人: a second figure right after names the same count in another unit, never its noun)
        before = (before + after) if after and not after[0].isdigit() else before
    return before


_EXAMPLES_WORD = "等"
_ELLIPSIS = re.compile(r"…|\.{3}")


def stated_shares(norm: str) -> list[tuple[float, tuple[int, int]]]:
    """Every completion rate the report states (several projects' shares of their year's plans), in order."""
    month_own = _month_shares_beside_so_far(norm) | _period_plan_shares_beside_year(norm)
    found = {m.start(): m for rx in _STATED for m in rx.finditer(norm)
             if not _items_share(norm, m) and m.start() not in month_own}
    out = []
    for start in sorted(found):
        try:
            out.append((float(found[start].group(1)), found[start].span()))
        except ValueError:
            continue
    return sorted(out + _part_of_plan(norm), key=lambda v: v[1][0])


# A planned share (计划进度50%, 计划80%): the schedule, never the work done.
_PLANNED_PCT = re.compile(f"计划(?:{vocab.alternation('progress.planned_measure')})?"
                          f"(?:{vocab.alternation('progress.planned_verb')})?" r"[:：]?\s*-?\d+(?:\.\d+)?\s*%$")


# 占全年计划110%, 为年度计划的96%, 完成年度计划58%: a share said of the plan is the work done against it, not the plan's
# own share.
_SHARE_OF_PLAN = re.compile(rf"(?:{vocab.alternation('progress.stated_share_said')}|完成了?)"
                            rf"(?:{vocab.alternation('progress.stated_share_issuer')})?"
                            rf"(?:{vocab.alternation('progress.stated_share_year')})?年?"
                            rf"(?:{vocab.alternation('progress.stated_share_measure')})?计划"
                            rf"(?:{vocab.alternation('progress.stated_share_measure')})?(?:{vocab.alternation('progress.share_noun')})?"
                            r"的?\s*-?\d+(?:\.\d+)?\s*%$")


# 完成主体框架工作量的90%, 完成装修工程量的70%: a step of the works (words.toml stage.work_step) right after 完成 — that
# step's share, not the task's (rule question 3: the physical progress of components is no completion of the task).
_STEP_AFTER_DONE = re.compile(f"完成了?(?:{vocab.alternation('stage.work_step')})")


def _step_share(norm: str, m: re.Match, task: str) -> bool:
    """A stated share (``m``) of a step of the works named right after its 完成 (完成主体框架工作量的90%), the task not
    naming that step itself (完成…装修改造: the step is the task)."""
    step = _STEP_AFTER_DONE.match(norm, m.start())
    return step is not None and not any(w in task for w in vocab.words("stage.work_step") if w in step.group(0))


# 其中 opening the clause of a share (其中城南片区棚改项目完成总工程量的85%): the share of a part named after it.
_PART_LEAD = vocab.pattern("progress.part_share_lead")
_TASK_ITEMS = re.compile(r"(?<!\d)\d+\s*(?:个|项|家|所|处)")


def _part_share(norm: str, m: re.Match, task: str) -> bool:
    """A stated share (``m``) in a clause opened by 其中 and a name, for a task of several items (城南片区棚改等5个市政项目):
    the share of that one item, not the task's."""
    cs = _clause_start(norm, m.start(), _CLAUSE_END)
    lead = _PART_LEAD.match(norm, cs)
    return bool(lead) and m.start() - lead.end() >= 2 and bool(_TASK_ITEMS.search(for_parsing(task or "")))


_FUNDS_ARRIVED = vocab.pattern("progress.funds_arrived")
# (a flattened table's cell ends the stretch too: a figure, spaces, then the next column's words and colon —
# 累计到位资金(万元):4411177 完成投资占年度投资目标的比例(%):57.09% is the works' share, the funds in the cell before)
_SHARE_STRETCH_END = re.compile(r"[;；。]|[%％]|(?<=\d)\s+(?=[^\s:]{1,30}:)")


def _funds_share(norm: str, m: re.Match, task: str) -> bool:
    """A stated share (``m``) whose stretch of the sentence (since the last ；/。, the share before it or a table cell's
    end) names money
    arrived or passed on (到位资金2.9亿元，占年度计划90.6%: words.toml progress.funds_arrived) — the funds' share, not the
    work's — the task not being itself to pass money on or bring it in (拨付…资金, 招商引资到位资金)."""
    start = max((x.end() for x in _SHARE_STRETCH_END.finditer(norm) if x.end() <= m.start()), default=0)
    return bool(_FUNDS_ARRIVED.search(norm, start, m.end())) and not (_FUNDS_TASK.search(task)
                                                                       or _FUNDS_ARRIVED.search(task))


# A task to pass money on or bring it in (向各乡镇拨付…奖补资金2000万元, 争取上级资金): the verb, then 资金 in its clause.
_FUNDS_TASK = re.compile(f"(?:{vocab.alternation('progress.funds_task_verb')})" r"[^,;。，；]{0,12}资金")


# 已完成计划投资3200万元中的1700万元: the part done of the plan's amount, said as the whole then the part — the share
# done is the part over the whole (the whole is the plan, never work done).
_PART_OF_PLAN = re.compile(
    rf"完成了?(?:{vocab.alternation('progress.stated_share_year')})?年?计划"
    rf"(?:{vocab.alternation('progress.stated_share_measure')})?"
    r"(?P<whole>\d+(?:\.\d+)?)\s*(?P<wu>[^\d\s,;。，；:：]{1,3}?)中的\s*(?P<part>\d+(?:\.\d+)?)\s*(?P<pu>[^\d\s,;。，；:：]{1,3})")


def _part_of_plan(norm: str) -> list[tuple[float, tuple[int, int]]]:
    """(share, span) of each part done said of the plan's whole (完成计划投资3200万元中的1700万元: 53.1)."""
    out = []
    for m in _PART_OF_PLAN.finditer(norm):
        # (the units compared with their scales: 1.2亿元 and 9000万元; the part's unit cut to the whole's length)
        (wu, wx), (pu, px) = vocab.measured_unit(m.group("wu")), vocab.measured_unit(m.group("pu")[:len(m.group("wu"))])
        if wu != pu:
            continue
        whole, part = float(m.group("whole")) * wx, float(m.group("part")) * px
        if whole > 0:
            out.append((round(100.0 * part / whole, 1), m.span()))
    return out


# One month's own period (10月份, 仅11月一个月, 本月, 当月, 单月: words.toml time.one_month_tail, time.one_month), never a
# date (截至10月) nor a span of months (1-10月): a share of the plan in its stretch is that month's work.
ONE_MONTH_PERIOD = re.compile(rf"(?<![\d\-—~至到止])(?:1[0-2]|[1-9])(?:{vocab.alternation('time.one_month_tail')})"
                               rf"|{vocab.alternation('time.one_month')}")
# The period so far (1-11月份, 1至10月, 前10个月, 累计, 截至 …: words.toml figure.cumulative).
PERIOD_SO_FAR = re.compile(rf"\d{{1,2}}\s*[-—~至到]\s*\d{{1,2}}月|前\d{{1,2}}个?月|{vocab.alternation('figure.cumulative')}")
_BREAKDOWN_LEAD = re.compile(r"^[\s,，]*其中")


def _one_month_share(norm: str, m: re.Match) -> bool:
    """A stated share (``m``) whose stretch (since the last ；/。 or share before it; back one sentence more where the
    stretch opens with 其中) names one month's own period and not the period so far: that month's share of the plan
    (仅11月一个月，…完成投资116.1亿元。其中，…完成年度投资计划的10.5%), not the work to date."""
    start = max((x.end() for x in _SHARE_STRETCH_END.finditer(norm) if x.end() <= m.start()), default=0)
    if _BREAKDOWN_LEAD.match(norm[start:m.start()]) and start > 0:
        start = max((x.end() for x in _SHARE_STRETCH_END.finditer(norm) if x.end() < start), default=0)
    stretch = norm[start:m.start()]
    return bool(ONE_MONTH_PERIOD.search(stretch)) and not PERIOD_SO_FAR.search(stretch)


def _month_shares_beside_so_far(norm: str) -> set[int]:
    """The starts of the stated shares that are one month's own (``_one_month_share``) in a report that also states a
    share for the period so far (仅10月一个月…完成年度投资计划的9.1%。1-10月…完成年度计划的102.6%): those are left
    unread; with no other share beside them they stand (10月份完成年度计划的12%: the only figure there is)."""
    found = {m.start(): _one_month_share(norm, m) for rx in _STATED for m in rx.finditer(norm)}
    month = {s for s, own in found.items() if own}
    if not month and any(_so_far_share(norm, m) for rx in _STATED for m in rx.finditer(norm)):
        # 其中,全区重点项目完成投资9亿元,完成年度投资计划的8.8%;1-10月份,累计完成…的101.7%: a breakdown with no period
        # of its own (the period it breaks down named before the row) beside the share so far — the so-far share is read
        month = {m.start() for rx in _STATED for m in rx.finditer(norm) if _bare_breakdown_share(norm, m)}
    return month if month and len(month) < len(found) else set()


# 完成1-4月投资计划的132.1%, 完成上半年计划的110%: a share of a period's own plan (a span of months from January or a part
# of the year, words.toml figure.metric_period, before the plan word) — the unit's schedule for that period, which
# investment plans load onto the year's second half; it says nothing of the year's plan.
_PERIOD_PLAN = re.compile(r"(?:1\s*[-—–~～至到]\s*\d{1,2}|一至[二三四五六七八九十]{1,2})月份?"
                          rf"|(?:{vocab.alternation('figure.metric_period')})")
_PERIOD_PLAN_WORD = re.compile(rf"(?:{vocab.alternation('time.period_plan')})")


def _period_plan_share(m: re.Match) -> bool:
    """A stated share (``m``) whose own words name a period's plan before the plan word (完成1-4月投资计划的132.1%)."""
    plan = _PERIOD_PLAN_WORD.search(m.group(0))
    return plan is not None and _PERIOD_PLAN.search(m.group(0), 0, plan.start()) is not None


def _period_plan_shares_beside_year(norm: str) -> set[int]:
    """The starts of the stated shares of a period's own plan (``_period_plan_share``) in a report that also states a
    share with no period of its own (完成1-4月投资计划的132.1%,完成年度投资计划的21.3%): the year's share is read, the
    period's left unread; alone it stands (完成上半年计划的110%: the only figure there is)."""
    found = {m.start(): _period_plan_share(m) for rx in _STATED for m in rx.finditer(norm)}
    period = {s for s, own in found.items() if own}
    return period if period and len(period) < len(found) else set()


def _share_stretch(norm: str, m: re.Match) -> str:
    start = max((x.end() for x in _SHARE_STRETCH_END.finditer(norm) if x.end() <= m.start()), default=0)
    return norm[start:m.start()]


def _so_far_share(norm: str, m: re.Match) -> bool:
    """A stated share whose stretch names the period so far (1-10月份…完成年度计划的101.7%)."""
    start = max((x.end() for x in _SHARE_STRETCH_END.finditer(norm) if x.end() <= m.start()), default=0)
    sentence = max((x.end() for x in _SENTENCE_BREAK.finditer(norm) if x.end() <= m.start()), default=0)
    return bool(PERIOD_SO_FAR.search(norm, min(start, sentence), m.start()))


def _bare_breakdown_share(norm: str, m: re.Match) -> bool:
    """A stated share whose stretch opens with 其中 and names no period of its own."""
    stretch = _share_stretch(norm, m)
    return bool(_BREAKDOWN_LEAD.match(stretch)) and not PERIOD_SO_FAR.search(stretch) \
        and not ONE_MONTH_PERIOD.search(stretch)


# 占调整后目标的88%: a share of the target as adjusted during the year (progress.stated_share_adjusted), the target in
# force — read before a share of the original target beside it (完成年度任务的199%).
_ADJUSTED_SHARE = re.compile(rf"(?:完成了?|{vocab.alternation('progress.stated_share_said')})"
                             rf"(?:{vocab.alternation('progress.stated_share_adjusted')})"
                             rf"(?:{vocab.alternation('progress.stated_share_year')})?"
                             rf"(?:{vocab.alternation('progress.stated_share_of')})"
                             rf"(?:{vocab.alternation('progress.stated_share_measure')})?"
                             rf"(?:{vocab.alternation('progress.share_noun')})?的?\s*" + _PCT)


_WORKS_LAG = re.compile(f"(?:{vocab.alternation('pace.subject')})(?:{vocab.alternation('pace.degree')})?"
                        f"(?:{vocab.alternation('progress.works_share_lag')})")


def _works_subject_share_not(norm: str, m: re.Match, task: str) -> bool:
    """A whole works' share said of its subject (改造工程已完成60%) that is not the task's: the task counts items (one
    item's works among several), or the reply states the works' own lag (工期延后约2个月), which the stage reading
    weighs."""
    if m.re is not _WORKS_SUBJECT_SHARE:
        return False
    return bool(_TASK_ITEMS.search(for_parsing(task or ""))) or bool(_WORKS_LAG.search(norm))


def _stated_pct(norm: str, task: str = "") -> tuple[float | None, tuple[int, int] | None]:
    adjusted = _ADJUSTED_SHARE.search(norm)
    if adjusted:
        return float(adjusted.group(1)), (adjusted.start(), adjusted.end())
    parts = _part_of_plan(norm)
    if parts:
        return parts[0]
    best = None
    month_own = _month_shares_beside_so_far(norm) | _period_plan_shares_beside_year(norm)
    for rx in _STATED:
        for m in rx.finditer(norm):
            if (_PLANNED_PCT.search(m.group(0)) and not _SHARE_OF_PLAN.search(m.group(0))) or _WHOLE_PROJECT.search(norm, max(0, m.start() - 4), m.end()) \
                    or _items_share(norm, m):
                continue        # (项目总投资完成率37%: the project's life, not the year's)
            if m.start() in month_own:
                continue        # (仅10月一个月…完成年度投资计划的9.1%: the month's share beside the share so far; 完成1-4月
                #                  投资计划的132.1% beside the year's share: the period's own plan)
            if _step_share(norm, m, task):
                continue        # (完成主体框架工作量的90%: the frame's share, not the park's)
            if _part_share(norm, m, task):
                continue        # (5个项目已全部开工,其中甲项目完成总工程量的85%: one item's share, not the five's)
            if _funds_share(norm, m, task):
                continue        # (到位资金2.9亿元，占年度计划90.6%: the money's share, not the work's)
            if _works_subject_share_not(norm, m, task):
                continue        # (5个街区…其中改造工程已完成80%; 工程已完成70%，工期延后: not the task's pace)
            if best is None or m.start() < best.start():
                best = m
            break
    if best is None:
        return _finish_rate(norm, task)
    try:
        return float(best.group(1)), (best.start(), best.end())
    except ValueError:
        return None, None


# 开工率100%,竣工率97.1%; 开工和竣工率分别达104%: the works' finish rate (progress.finish_rate) stated beside their starts.
_FINISH_RATE = re.compile(f"(?:{vocab.alternation('progress.finish_rate')})(?:{vocab.alternation('progress.respective')})?"
                          f"(?:{vocab.alternation('progress.finish_rate_verb')})?\\s*" + _PCT)
# A task that asks works finished (task.must_finish: 完成, 建成, 竣工) or counts the works of its building task (建设任务741户,
# 改造任务520套), with no start asked (开工 in it: a start task reads its start rate).
_FINISH_TASK = re.compile(f"(?:{vocab.alternation('task.must_finish')})|(?:{vocab.alternation('progress.finish_task_count')})"
                          r"\s*\d")


def _finish_rate(norm: str, task: str) -> tuple[float | None, tuple[int, int] | None]:
    """The works' finish rate as the stated share of a task asking them finished (a housing programme's 竣工率97.1% for
    建设任务520户): none for a task asking starts, or one naming a rate of its own (its level, not a share done)."""
    if not task or "开工" in task or "率" in task or not _FINISH_TASK.search(task):
        return None, None
    m = _FINISH_RATE.search(norm)
    return (float(m.group(1)), (m.start(), m.end())) if m else (None, None)


def _part_of_planned_whole(zone: str, norm: str, end: int) -> bool:
    """A count after 中 whose whole's name holds the plan word (50个争取开工项目中23个项目已经开工): the part said begun
    or done — 已 after 中 (中已有18个开工, 中已开工23个) or after the count (中18个已开工) — is work done, not planned;
    a count after 中 with no 已 (预计30个项目中25个年内开工) stays a plan."""
    whole = _WHOLE_THEN_PART.search(zone)
    if whole is None or not _PLAN.search(zone[:whole.start()]):
        return False
    return "已" in (whole.group("mark") or "") or bool(_DONE_AFTER.match(norm, end))


def planned_whole_part_done(norm: str, start: int, end: int) -> bool:
    """Whether the clause norm[start:end] counts, after 中, a part done of a whole whose name holds the plan word
    (_part_of_planned_whole): the clause reports work done, no plan (rules/building.build_case)."""
    for m in _NUM.finditer(norm, start, end):
        if m.start() > start and _part_of_planned_whole(norm[start:m.start()], norm, m.end()):
            return True
    return False


# 8间社区幼儿园, 5间试点学校食堂; 东山中学、西山中学等6间: an institution (progress.institution_noun) named in the few
# characters after a count in 间 (its clause), or ending the list before 等 and the count.
_INSTITUTION = vocab.pattern("progress.institution_noun")
_INSTITUTION_LIST_END = re.compile(f"(?:{vocab.alternation('progress.institution_noun')})等$")
_CLAUSE_OR_LIST_MARK = re.compile(r"[,;。，；:：、()（）]")


def _institution_counted(norm: str, s: int, e: int) -> bool:
    after = _CLAUSE_OR_LIST_MARK.split(norm[e:e + 8], maxsplit=1)[0]
    return bool(_INSTITUTION.search(after) or _INSTITUTION_LIST_END.search(norm, max(0, s - 8), s))


# A table's pace column before a colon (序时进度：50%, 时间进度：—): what the work is measured against, never work done.
_PACE_COLUMN = vocab.pattern("progress.pace_column")


# 预计增长4.6-5.1%, 增长4.8%-5.2%, 提高1~2个百分点: a rate written as a range, its two ends one figure (never the second
# end a fall: the dash joins the ends, it is no minus).  Its ``value`` is the lower end, the range's floor: a range meets a
# floor target only when its lower end does (statusr's convention, stop 52; the labels' README rule question 32); its
# ``value_high`` the upper end, which decides a cap or a lower-is-better level (statusc, stop 53; rule question 35).  Only rates
# (%, ‰, 个百分点), the first end bare or with the same unit, and rising (4.6 < 5.1); 至/到 are left alone (提高至52%
# says where a rate went, not a range), and so is a first end with a sign.
_RATE_RANGE = re.compile(r"(?<![\d.,\-—–~])(?P<lo>\d+(?:\.\d+)?)(?P<lo_unit>%|‰|个百分点)?\s*[-—–~〜]\s*"
                         r"(?P<hi>\d+(?:\.\d+)?)(?P<unit>%|‰|个百分点)")


def _rate_ranges(norm: str) -> dict[int, re.Match]:
    """The rate ranges of ``norm`` (_RATE_RANGE) by the start of their lower end."""
    if "-" not in norm and "~" not in norm and "—" not in norm and "–" not in norm and "〜" not in norm:
        return {}
    out = {}
    for r in _RATE_RANGE.finditer(norm):
        if r.group("lo_unit") not in (None, r.group("unit")):
            continue
        if float(r.group("lo")) < float(r.group("hi")):
            out[r.start()] = r
    return out


def _facts(text: str, norm: str, pct_span: tuple[int, int] | None) -> list[ProgressFact]:
    quotes = [(m.start(), m.end()) for m in _QUOTES.finditer(norm)]
    facts: list[ProgressFact] = []
    inherit_cum: bool | None = None     # 其中 breakdown inherits until the sentence ends
    last_sent = -1
    ranges = _rate_ranges(norm)
    range_end = -1
    plan_cs = -1                        # the start of the last clause whose figure was skipped as planned
    for m in _NUM.finditer(norm):
        if m.start() < range_end:
            continue                    # the upper end of a range read at its lower end
        r = ranges.get(m.start())
        if r is None and _excluded(norm, m, quotes):
            continue
        if r is not None and _inside(quotes, r.start()):
            continue
        s, e = (m.start(), m.end()) if r is None else (r.start(), r.end())
        if r is not None:
            range_end = e
        if pct_span and pct_span[0] <= s < pct_span[1]:
            continue
        num = m.group("num") or m.group("pct")
        value = parse_number(num)
        if value is None:
            continue
        if m.group("sign"):
            value = -value
        cs = _clause_start(norm, s, _CLAUSE_END)        # clause (、 does not end it)
        sub = _clause_start(norm, s)                     # sub-clause (、 ends it)
        plan_zone = norm[sub:s] if _WORD_CHAR.search(norm[sub:s]) else norm[cs:s]
        if cs > 0 and norm[cs - 1] in ":：" and not _WORD_CHAR.search(norm[cs:s]):
            plan_zone = norm[_clause_start(norm, cs - 1, _CLAUSE_END):s]    # 目标数：12个: the label says what it is
        if cs > 0 and norm[cs - 1] in ":：" and not _WORD_CHAR.search(norm[cs:s]) \
                and _PACE_COLUMN.search(norm[_clause_start(norm, cs - 1, _CLAUSE_END):cs]):
            continue    # 序时进度：50%: a table's column of the pace the work is measured against, no figure of the work
        if _PLAN.search(_PLAN_NOUN.sub("", _PLAN_WON.sub("", DONE_DISPOSAL.sub("已", plan_zone)))) and not (
                _PLANNED_ITEMS.search(plan_zone) and _DONE_AFTER.match(norm, e)) and not _PLAN_THEN_DONE.search(plan_zone) \
                and not _part_of_planned_whole(plan_zone, norm, e):
            # (计划生育困难家庭慰问800户: a noun, no plan; 计划实施的36个项目已全部开工: the plan names the items the
            # clause then says are begun or done — no plan)
            plan_cs = cs
            continue
        if cs > 0 and norm[cs - 1] in ",，" and plan_cs >= 0 and _clause_start(norm, cs - 1, _CLAUSE_END) == plan_cs \
                and _PLAN_BREAKDOWN.match(norm, cs, s) and not _DONE_AFTER.match(norm, e) \
                and not _BREAKDOWN_DATED.match(norm, e):
            continue                    # 计划新建6所，其中小学4所: the plan broken down, planned too
        sent = _clause_start(norm, s, _SENT_END)
        if sent != last_sent:
            inherit_cum, last_sent = None, sent
        cum = bool(_CUMUL.search(norm[cs:s]))
        if not cum and cs > 0 and norm[cs - 1] in ":：" and not _WORD_CHAR.search(norm[cs:s]):
            # 累计完成：28.4公里 (a weekly or monthly sheet's column of the running total): the label before the colon
            # says what the bare figure after it is
            cum = bool(_CUMUL.search(norm[_clause_start(norm, cs - 1, _CLAUSE_END):cs]))
        if "其中" in norm[sent:s] and facts and inherit_cum is None:
            prev = facts[-1]
            if prev.span[0] >= sent:
                inherit_cum = prev.cumulative
        if inherit_cum is not None and "其中" in norm[sent:s]:
            cum = cum or inherit_cum
        scale = (m.group("scale") or "") if r is None else ""
        unit = r.group("unit") if r is not None else _PERCENT if m.group("pct") is not None \
            else scale + (m.group("unit") or "")
        if unit == "间" and _institution_counted(norm, s, e):
            unit = "所"                   # 8间社区幼儿园, 东山中学等6间: institutions, counted as 所 counts them
        metric = _metric(norm, text, s, e)
        if not cum and facts and cs > 0 and norm[cs - 1] in ",，" and _TOTAL_REACHED.fullmatch(norm, cs, s):
            prev = facts[-1]
            pcs = _clause_start(norm, prev.span[0], _CLAUSE_END)
            if pcs >= sent and _clause_start(norm, cs - 1, _CLAUSE_END) == pcs \
                    and _ADDED_LEAD.search(norm[pcs:prev.span[0]]) and prev.unit == unit and prev.value < value:
                cum = True          # 新增1203例,达8878例: the total the addition brings it to
        if facts:
            prev = facts[-1]
            gap = norm[prev.span[1]:s]
            if gap == "" or gap == "、":
                metric = prev.metric
                cum = cum or prev.cumulative
            elif unit == _PERCENT and prev.unit != _PERCENT and prev.metric and _CHANGE_ONLY.fullmatch(metric) \
                    and _CHANGE_GAP.fullmatch(gap):
                base = prev
                if len(facts) > 1 and _CHANGE_AMOUNT.fullmatch(prev.metric) and facts[-2].unit != _PERCENT \
                        and facts[-2].metric and _CHANGE_AMOUNT_GAP.fullmatch(norm[facts[-2].span[1]:prev.span[0]]):
                    base = facts[-2]              # …91亿元，同比增收35亿元，增长69%: the 91亿元's growth
                metric = base.metric + metric     # 地区生产总值658亿元，同比增长6.8%: that total's growth
            elif unit == _PERCENT and prev.unit != _PERCENT and prev.metric and _CHANGE_ONLY.fullmatch(metric) \
                    and _SHARE_THEN_CHANGE_GAP.fullmatch(gap):
                # 完成一般公共预算收入8亿元，为年度计划的72%，同比下降2%: the plan's share (read as the row's stated
                # share, no fact) between the amount and its change — the change is still the amount's
                metric = prev.metric + metric
            elif unit == _PERCENT and prev.unit != _PERCENT and prev.metric and _SHARE_OF_WHOLE_ONLY.fullmatch(metric) \
                    and not PLAN_SHARE_END.search(metric) and _SHARE_OF_WHOLE_GAP.fullmatch(gap):
                # 土地流转面积138万亩,占耕地面积的63.08%: a share of a whole right after an amount — the share that amount is
                # of the whole, named by it (a rate of the amount's thing, 土地流转率)
                metric = prev.metric + metric
            elif unit == _PERCENT and prev.unit == _PERCENT and len(facts) > 1 and PLAN_SHARE_END.search(prev.metric) \
                    and facts[-2].unit != _PERCENT and facts[-2].metric and _CHANGE_ONLY.fullmatch(metric) \
                    and _CHANGE_GAP.fullmatch(gap) and not _SENTENCE_BREAK.search(norm, facts[-2].span[1], prev.span[0]):
                # 完成一般公共预算收入9.3亿元，完成年度预算的72.1%，同比下降4.6%: the share of the year's budget between the
                # amount and its change — the change is still the amount's
                metric = facts[-2].metric + metric
        facts.append(ProgressFact(metric=metric, value=value, unit=unit, scale=scale, cumulative=cum,
                                  text=text[s:e], span=(s, e),
                                  value_high=None if r is None else float(r.group("hi"))))
    return facts


@lru_cache(maxsize=4096)
def _bigrams(s: str) -> frozenset[str]:
    """(cached: _done_stage asks it of the task for every completion word of the row)"""
    s = _NOT_HAN_RUN.sub("", s)
    return frozenset(s[i:i + 2] for i in range(len(s) - 1)) - _GENERIC_BIGRAMS


_HANDOVER = vocab.pattern("completion.handover")


def _done_stage(norm: str, m: re.Match, task: str, pct_span) -> str:
    """完成/建成 … : done only when what was finished is the task's own object."""
    word = m.group(0)
    cs, ce = _clause_start(norm, m.start(), _CLAUSE_END), _clause_end(norm, m.end(), _CLAUSE_END)
    clause = norm[cs:ce]
    obj = norm[m.end():ce]
    if _HANDOVER.search(clause):
        return "done"
    if word in _COMPLETE_WORDS and _PREP_OBJECT.search(obj):
        return "preparing"
    if norm[max(0, m.start() - 2):m.start()] in _PARTIAL_MANNER:
        return "preparing" if _PREP_OBJECT.search(clause) else "nearly_done"
    if pct_span and cs <= pct_span[0] < ce:
        return "underway"
    if word in _COMPLETE_WORDS and _DIGIT.search(obj):
        return "underway"                              # a count finished (完成1691项), not the whole
    if task.strip():
        shared = _bigrams(clause) & _bigrams(task)
        if len(shared) < 2:
            return "underway"                          # some other sub-step finished
    return "done"



_CONCEIVED = vocab.pattern("stage.conceived")
_NOT_YET_AFTER = re.compile(rf"(?:{_NOT_YET})(?!{_FINISH})")


_CAUSE = re.compile(f"(?:{vocab.alternation('stage.cause_lead')})[^,;。，；\\d]{{0,10}}?(?:{vocab.alternation('stage.cause')})")


def in_cause(norm: str, pos: int) -> bool:
    """The position lies inside a cause of delay in its clause (因选址调整, 受征地影响: words.toml stage.cause)."""
    cs = _clause_start(norm, pos, _CLAUSE_END)
    return any(m.start() <= pos < m.end() for m in _CAUSE.finditer(norm, cs, _clause_end(norm, pos, _CLAUSE_END)))


def _prep_not_reached(norm: str, span: tuple[int, int]) -> bool:
    """A preparation word only conceived (谋划, 酝酿), followed in its clause by not yet (选址尚未确定), or inside a
    cause of delay (因选址调整)."""
    s, e = span
    return bool(_CONCEIVED.fullmatch(norm[s:e]) or _NOT_YET_AFTER.search(norm[e:_clause_end(norm, e, _CLAUSE_END)])
                or in_cause(norm, s))


# 待省级出台指导意见后再行研究实施, 待上级批复后组织实施: what the work waits for, another's step still to come, and what
# is to follow it — no stage of the work (尚未启动 beside it stands).
_WAITED_FOR = re.compile(rf"(?<![接招对期款等])(?:{vocab.alternation('intention.pending')})[^,;。，；]{{1,14}}?后[^,;。，；]*")


# The label of a section in a reply written in one cell (完成情况：该项目暂未启动, 进展情况：…): a column's name, no stage of
# the work — its 完成 says nothing finished (statusd, stop 51).
_SECTION_LABEL = re.compile(f"(?:{vocab.alternation('report.section_label')})\\s*[:：]")


# 申报工作暂未启动, 招标均未开始: between a stage word and the not-begun word after it, only the work's noun and an
# adverb (words.toml stage.not_begun_link, stage.not_begun_adverb).
# (申报通知尚未印发: the document that opens the stage not yet issued — stage.not_begun_document — no stage reached.)
_NOT_BEGUN_GAP = re.compile(f"(?:{vocab.alternation('stage.not_begun_link', 'stage.not_begun_document')})?"
                            f"(?:{vocab.alternation('stage.not_begun_adverb')})?")


_CAUSE_OPENED = re.compile(f"(?:^|(?<=[:：,;。，；]))\\s*(?:{vocab.alternation('stage.cause_lead')})")
# A cause of delay that opens its clause (因国家相关政策正在调整, 受汛期影响, 由于设计变更: words.toml stage.cause_lead, at most
# ten characters, stage.cause), not a word that only opens with its lead (受理, 因地制宜: stage.cause_lead_not): it says why
# the work waits, and its verbs (正在, 方案) are no stage of the task's work (here and rules/clauses.clause_stage;
# statusd, stop 66).
CAUSE_OPENING = re.compile(f"\\s*(?!{vocab.alternation('stage.cause_lead_not')})(?:{vocab.alternation('stage.cause_lead')})"
                           f"[^,;。，；:：\\d]{{0,10}}?(?:{vocab.alternation('stage.cause')})")


_PREP_IN_CAUSE = vocab.pattern("stage.preparatory_object")


def in_opening_cause(norm: str, pos: int) -> bool:
    """The position lies inside a cause of delay that opens its clause (CAUSE_OPENING), after a section label
    (进展情况：因…) if one opens it, and the cause names no preparation of the work (因施工图设计调整: words.toml
    stage.preparatory_object — the work's own state, read whole as before, as rules/clauses.clause_stage reads it)."""
    cs = _clause_start(norm, pos, _CLAUSE_END)
    m = CAUSE_OPENING.match(norm, cs)
    return bool(m) and m.start() <= pos < m.end() and not _PREP_IN_CAUSE.search(norm, m.start(), m.end())


_NOT_YET_BEFORE = re.compile(f"(?:{_NOT_YET})$")


_PUSHED_CLAUSE = re.compile(rf"(?:{vocab.alternation('stage.pushed_through')})[^,;。，；\d]{{0,10}}?"
                            rf"(?:{vocab.alternation('stage.pushed_lead')})[^,;。，；\d]{{0,8}}"
                            rf"(?:{vocab.alternation('stage.pushed_work')})[^,;。，；\d]{{0,2}}$")


def pushed_aim_clause(clause: str) -> bool:
    """The clause closes on pushing the general work on (正在积极协调各部门加快推进项目实施: see _pushed_aim)."""
    return bool(_PUSHED_CLAUSE.search(clause))


def _pushed_aim(norm: str, found: tuple[str, tuple[int, int]]) -> bool:
    """An underway word in a clause that closes on pushing the general work on (正在积极协调各部门加快推进项目实施)."""
    st, (s, e) = found
    if st != "underway":
        return False
    m = _PUSHED_CLAUSE.search(norm, _clause_start(norm, s, _CLAUSE_END), _clause_end(norm, e, _CLAUSE_END))
    return m is not None and s < m.end()


def _awaited_in_cause(norm: str, found: tuple[str, tuple[int, int]]) -> bool:
    """A step past preparation said not yet taken (尚未印发) in a clause opened by a cause (因…, 由于…: stage.cause_lead):
    what the work waits for, no stage of its own."""
    st, (s, _e) = found
    if st not in ("underway", "nearly_done", "done") or not _NOT_YET_BEFORE.search(norm, max(0, s - 3), s):
        return False
    return bool(_CAUSE_OPENED.search(norm, _clause_start(norm, s, _CLAUSE_END), s))


def _stage(norm: str, task: str, pct_span) -> tuple[str | None, tuple[int, int] | None]:
    quotes = [(m.start(), m.end()) for m in _QUOTES.finditer(norm)]
    quotes += [(m.start(), m.end()) for m in _WAITED_FOR.finditer(norm)]
    labels = [m.span() for m in _SECTION_LABEL.finditer(norm)]
    found: list[tuple[str, tuple[int, int]]] = []
    for k, m in enumerate(_STAGE_RE.finditer(norm)):
        if k >= 2000:
            break
        w = m.group(0)
        if _inside(quotes, m.start()) or any(a <= m.start() < b for a, b in labels):
            continue
        if w.startswith("规划") and len(w) > 2:
            continue
        if w.startswith("达到"):
            st = "done"
        elif _NOT_YET_FINISHED.match(w):
            st = "underway"
        elif _NOT_YET_STARTED.match(w):
            st = "not_started"
        else:
            st = _STAGE_OF.get(w)
            if st == "done" or w in _NEARLY_DONE_WORDS:
                st = _done_stage(norm, m, task, pct_span) if st == "done" else st
            if st is None:
                continue
            if st != "preparing" and in_opening_cause(norm, m.start()):
                continue                               # 因国家相关政策正在调整: what goes on in the cause, no stage of the work
            if w == "实现" and _DIGIT.search(norm[m.end():_clause_end(norm, m.end(), _CLAUSE_END)]):
                continue                               # 实现收入…增长18.5%: reporting a figure, not a stage
        found.append((st, (m.start(), m.end())))
    if not found:
        return None, None
    if any(st == "not_started" for st, _ in found):
        # 仍在谋划中,选址尚未确定,暂未实施: beside words that the work has not begun, preparation only
        # conceived, or a step of it itself not yet taken, is no stage reached — nothing has begun.
        found = [f for f in found if f[0] != "preparing" or not _prep_not_reached(norm, f[1])]
        # 申报工作暂未启动: a stage word right before the not-begun word (工作 and an adverb between, words.toml
        # stage.not_begun_link, stage.not_begun_adverb) names the work not begun — no stage reached.
        begun_not = [sp for st, sp in found if st == "not_started"]
        # 因省级申报通知尚未印发，…暂未启动: a step not yet finished in a clause opened by a cause (stage.cause_lead)
        # is what the work waits for, another's step — no stage of the work.
        found = [f for f in found if not _awaited_in_cause(norm, f)]
        # 项目还未正式动工…正在积极协调各部门加快推进项目实施: the project's going on pushed for beside its start not made
        # is the unit's aim, no stage reached (words.toml stage.pushed_lead, stage.pushed_work).
        found = [f for f in found if not _pushed_aim(norm, f)]
        found = [f for f in found if f[0] == "not_started"
                 or not any(b[0] >= f[1][1] and _NOT_BEGUN_GAP.fullmatch(norm, f[1][1], b[0]) for b in begun_not)]
        # 该办法暂未启动起草工作, 尚未开展评审: a stage word right after the not-begun word is its object, the work not
        # begun — no stage reached (statusd, stop 66).
        found = [f for f in found if f[0] == "not_started" or not any(b[1] == f[1][0] for b in begun_not)]
    started = [f for f in found if f[0] != "not_started"]
    pool = started or found
    st = min(pool, key=lambda f: _RANK[f[0]])[0]
    span = next(sp for s, sp in pool if s == st)
    return st, span


def _neutral(norm: str) -> bool:
    if not _NEUTRAL.search(norm):
        return False
    rest = _FILLER.sub("", _NEUTRAL.sub("", norm))
    return rest == ""


# A table cell of a bare figure (3.6, 全县3.9, 1-9月均值41) under a task whose unit stands in brackets before its figure,
# the header's unit written into the task cell (城镇登记失业率低于(%)4.5): the figure is in that unit.
_BARE_FIGURE = re.compile(r"\s*(?:(?:[^\d\s,，。;；]{1,6}|\d{1,2}-\d{1,2}月[^\d\s,，。;；]{0,4})\s*)?(?P<num>\d+(?:\.\d+)?)\s*(?:[。.]\s*)?")


# Items a task counts with one counter and its reply with another (民生实事项目76件 against 项目32个 and 3个项目; 实事20项
# against 12件): 个, 项 and 件 count the same items when the figure's noun is the task's (words.toml progress.item_counter,
# progress.item_counter_noun), so the figure is read in the task's counter — only when the task counts such items in one
# counter alone and no figure of the reply carries it already (a reply in the task's own counter says which figures count).
_ITEM_COUNTER = vocab.alternation("progress.item_counter")
_ITEM_NOUN = vocab.alternation("progress.item_counter_noun")
_TASK_ITEM_COUNT = re.compile(rf"(?:({_ITEM_NOUN})\d+({_ITEM_COUNTER})|(?<!\d)\d+({_ITEM_COUNTER})({_ITEM_NOUN}))")
_ITEMS = frozenset(vocab.words("progress.item_counter"))


# A count with no noun of its own (截至目前已完成3项，其余尚未启动; 已竣工14项; 其余12项均已开工): in its clause only a date,
# the rest's word, adverbs and a verb of work done, begun or going on around it (words.toml progress.bare_count_verb,
# progress.bare_count_adverb, progress.bare_count_rest, progress.bare_count_date, report.as_of_lead) — the items it counts are the task's, understood (statusf, stop 55).
_BARE_VERB = vocab.alternation("progress.bare_count_verb")
_BARE_ADVERB = vocab.alternation("progress.bare_count_adverb")
_BARE_COUNT_LEAD = re.compile(
    rf"(?:(?:{vocab.alternation('report.as_of_lead')})?"
    rf"(?:\d{{1,2}}月(?:底|末|份|\d{{1,2}}日)?|{vocab.alternation('progress.bare_count_date')})止?)?"
    rf"(?:{vocab.alternation('progress.bare_count_rest')})?(?:{_BARE_ADVERB})*(?P<verb>(?:{_BARE_VERB})了?)?")
_BARE_COUNT_TAIL = re.compile(rf"(?:{_BARE_ADVERB})*(?P<verb>(?:{_BARE_VERB})中?)?(?=[,;。!?，；。！？]|$)")


def _bare_count(norm: str, f: ProgressFact) -> bool:
    """The figure counts items with no noun of its own: its clause around it only a date, the rest's word, adverbs and
    a verb of work done, begun or going on (one at least)."""
    lead = _BARE_COUNT_LEAD.fullmatch(norm, _clause_start(norm, f.span[0]), f.span[0])
    tail = _BARE_COUNT_TAIL.match(norm, f.span[1]) if lead else None
    return bool(tail and (lead.group("verb") or tail.group("verb")))


def _in_task_counter(facts: list[ProgressFact], norm: str, task: str) -> None:
    counted = {(m.group(1) or m.group(4), m.group(2) or m.group(3)) for m in _TASK_ITEM_COUNT.finditer(task)}
    if len({c for _, c in counted}) != 1 or len(counted) != 1:
        return
    ((noun, counter),) = counted
    if any(f.unit == counter for f in facts):
        return
    for f in facts:
        if f.unit in _ITEMS and not f.scale and (norm.endswith(noun, 0, f.span[0])
                                                 or norm.startswith(noun, f.span[1]) or _bare_count(norm, f)):
            f.unit = counter


# 汽车以旧换新20万辆 answered by 兑付补贴14.2万份: a per-item programme's subsidies counted in copies (words.toml
# progress.per_item_subsidy_task, progress.per_item_subsidy_fact, progress.per_item_subsidy_copy) — one subsidy per item.
_SUBSIDY_TASK = vocab.pattern("progress.per_item_subsidy_task")
_SUBSIDY_FACT = vocab.pattern("progress.per_item_subsidy_fact")
_SUBSIDY_COPY = frozenset(vocab.words("progress.per_item_subsidy_copy"))
_TASK_COUNTED_IN = re.compile(rf"(?<![\d.])\d+(?:\.\d+)?(?:{vocab.scale_alternation()})?({vocab.unit_alternation_of('count')})")


def _subsidies_per_item(facts: list[ProgressFact], task: str) -> None:
    """A task of a per-item subsidy programme counting its items in one unit (家电以旧换新50万台): the reply's count of
    subsidies in copies (兑付补贴36.4万份) is that count of items, its unit made the task's."""
    if not _SUBSIDY_TASK.search(task):
        return
    counted = {m.group(1) for m in _TASK_COUNTED_IN.finditer(task)} - _SUBSIDY_COPY
    if len(counted) != 1:
        return
    (counter,) = counted
    for f in facts:
        if f.unit[len(f.scale):] in _SUBSIDY_COPY and _SUBSIDY_FACT.search(f.metric or ""):
            f.unit = f.scale + counter      # (22万份: the scale kept, 22万台)


def _header_unit_figure(text: str, norm: str, task: str, pct_span) -> list[ProgressFact]:
    if pct_span is not None or "(" not in (task_norm := for_parsing(task or "")):
        return []
    head = vocab.header_unit_pattern().search(task_norm)
    bare = _BARE_FIGURE.fullmatch(norm) if head else None
    if bare is None:
        return []
    s, e = bare.span("num")
    return [ProgressFact("", float(bare.group("num")), head.group("unit"), head.group("scale") or "", text=text.strip(),
                         span=(s, e))]


# A reply reporting several named works or programmes, one part each — sentences, parts between semicolons, numbered
# entries (①…②…), and clauses after the one naming the task — is read for the task only in the part that names it: a part
# that opens with another work's own name (a name of four characters or more ending in a work's noun, words.toml
# progress.part_subject_noun: 新逸街延长线改扩建项目基本完成; 34项县级民生实事已完成31项; ①首批…开放工程6月底已完工) is
# that work's, not the task's, and is blanked (the text keeps its length: offsets stay valid).  A part naming nothing of
# its own (正在进行室内装修), one opening by pointing back (该项目, 其中: progress.part_back_reference), one whose words before
# the noun compare or place (超出全市重点项目…, 在这些项目中: progress.part_name_not) or one naming the task too stays; nothing is blanked unless a part names the task (its first clause, four characters or more).
_PART_END = re.compile(r"[。;!?]|(?=[①②③④⑤⑥⑦⑧⑨⑩])")
_CLAUSE_CUT = re.compile(r",")
_PART_OPENING = re.compile(r"^[\s①②③④⑤⑥⑦⑧⑨⑩]*")
_OWN_NAME = re.compile(rf"^(?:\d+[^\d,;。:%\s]?)?[^\d,;。:%]{{4,24}}?(?:{vocab.alternation('progress.part_subject_noun')})")
_BACK_REFERENCE = re.compile(rf"^(?:{vocab.alternation('progress.part_back_reference')})")
_NOT_A_NAME = vocab.pattern("progress.part_name_not")
_TASK_HEAD = re.compile(r"[,;。:(]")


def _task_key(task: str) -> str:
    head = _TASK_HEAD.split(for_parsing(task), maxsplit=1)[0]
    key = _ITEM_NAME_NOISE.sub("", head)
    return key if len(key) >= 4 else ""


def _names_other(piece: str, key: str) -> bool:
    body = piece[_PART_OPENING.match(piece).end():]
    m = _OWN_NAME.match(body)
    return bool(m) and key not in _ITEM_NAME_NOISE.sub("", piece) and not _BACK_REFERENCE.match(body) \
        and not _STAGE_RE.search(m.group(0)) and not _NOT_A_NAME.search(m.group(0))


def _pieces(norm: str, start: int, end: int, cut: re.Pattern) -> list[tuple[int, int]]:
    out, at = [], start
    for m in cut.finditer(norm, start, end):
        if m.end() > at:
            out.append((at, m.end()))
            at = m.end()
    if at < end:
        out.append((at, end))
    return out


# 项目进度：…。资金拨付：已拨付86.4万元，拨付率90%。 (a fund project table's cell): the money paid out of the project's
# funds, a section of its own after the works' — no part of the works, unless the task asks for the payment itself.
_PAYMENT_SECTION = re.compile(rf"(?:{vocab.alternation('report.payment_section')})\s*[:：][^。;；]*[。;；]?")
_PAYMENT_ASKED = re.compile(vocab.alternation("report.payment_asked"))


def _payment_aside(progress: str, task: str) -> str:
    """``progress`` with its payment sections blanked (same length) when the task asks for no payment."""
    if not progress or _PAYMENT_ASKED.search(task or ""):
        return progress
    norm = for_parsing(progress)
    return _blanked(progress, [m.span() for m in _PAYMENT_SECTION.finditer(norm)])


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span turned to spaces, its length and every other offset kept."""
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def own_part(progress: str, task: str) -> str:
    """``progress`` with the parts that name another work than the task blanked (same length), and its payment
    sections when the task asks for no payment (``_payment_aside``)."""
    progress = _payment_aside(progress, task)
    key = _task_key(task or "")
    if not key or not progress:
        return progress
    norm = for_parsing(progress)
    parts = _pieces(norm, 0, len(norm), _PART_END)
    if len(parts) < 2 and "," not in norm:
        return progress
    naming = [i for i, (a, b) in enumerate(parts) if key in _ITEM_NAME_NOISE.sub("", norm[a:b])]
    if not naming:
        return progress
    blank: list[tuple[int, int]] = [(a, b) for i, (a, b) in enumerate(parts)
                                    if i not in naming and _names_other(norm[a:b], key)]
    for i in naming:                              # within a part naming the task, later clauses naming another work
        a, b = parts[i]
        clauses = _pieces(norm, a, b, _CLAUSE_CUT)
        first = next(k for k, (c, d) in enumerate(clauses) if key in _ITEM_NAME_NOISE.sub("", norm[a:d]))
        blank += [(c, d) for c, d in clauses[first + 1:] if _names_other(norm[c:d], key)]
    return _blanked(progress, blank)


@parses("progress.parse_row")
def parse_row(progress: str | None, task: str | None = "", units: str | None = "", row: int = 0) -> ProgressRow:
    """The facts, stated rate, stage and neutrality of one progress cell.

    A cell that is no text (a number from a spreadsheet, None) is read as its
    text; a parser failure raises ``errors.ParseError``."""
    progress = "" if progress is None else progress if isinstance(progress, str) else str(progress)
    task = task if isinstance(task, str) else ""
    units = units if isinstance(units, str) else ""
    out = ProgressRow(row=row, task=task, units=units, progress=progress)
    text = own_part(progress[:MAX_CHARS], task)
    text, norm = close_spaced_units(text, for_parsing(text))    # same length: offsets stay valid
    out.neutral = _neutral(norm)
    pct, pct_span = _respective_share(norm, task) if task else (None, None)
    if pct is None and task:
        pct, pct_span = _listed_share(norm, task)
    if pct is None and task:
        pct, pct_span = _plans_share(norm, task)
    if pct is None:
        pct, pct_span = _stated_pct(norm, for_parsing(task))
    if pct is None:
        pct, pct_span = _bare_share(norm, task)
    if pct is None and task:
        pct, pct_span = _own_item_share(norm, task)
    if pct is None:
        pct, pct_span = _bracket_target_share(norm)
    out.stated_pct, out.stated_pct_span = pct, pct_span
    out.facts = _facts(text, norm, pct_span) or _header_unit_figure(text, norm, task, pct_span)
    if task:
        _in_task_counter(out.facts, norm, for_parsing(task[:MAX_CHARS]))
        _subsidies_per_item(out.facts, for_parsing(task[:MAX_CHARS]))
    if not out.neutral:
        out.stage, out.stage_span = _stage(norm, for_parsing(task[:MAX_CHARS]), pct_span)
    return out


@parses("progress.parse_row")
def row_facts(progress: str) -> list[ProgressFact]:
    """``parse_row(progress).facts`` alone, its stage and neutrality not read: what verification takes
    of a review sentence (a third less work)."""
    text, norm = close_spaced_units(progress[:MAX_CHARS], for_parsing(progress[:MAX_CHARS]))
    span = _stated_pct(norm)[1]
    if span is not None and _ACTUAL_OF_A_RATE.search(norm, _part_start(norm, span[0]), span[0]) \
            and _ACTUAL_OPEN.match(norm, span[0]):
        span = None     # 城镇调查失业率目标控制在5.5%以内，实际为5.1%: the rate's own level, no share of a plan done
    if span is not None and _RATE_BEFORE_BRACKET.search(norm, span[0], span[1]):
        span = None     # 完成9.6亿元、增长6.3%（目标6%）: a result's rate, then its target restated in brackets, no share done
    return _facts(text, norm, span)


def _part_start(norm: str, at: int) -> int:
    """Where the sentence part holding ``at`` starts: after the last 。 or ； before it."""
    return max(norm.rfind("。", 0, at), norm.rfind(";", 0, at)) + 1


@parses("progress.parse_table")
def parse_table(table: Table) -> list[ProgressRow]:
    """Every row of a table with a progress column (row numbers 1-based).

    The row's task is its task cell with its target cell (年度目标, 指标要求) after it when the task does not
    hold it already, or the target cell alone in a table naming its projects apart (项目名称 | 年度目标); its
    deadline the 时间节点 / 完成时限 cell; its stated share the rate column's percentage (完成率 60%, or a bare
    55 under 完成情况（%）) when the progress text states none; ``stated`` the unit's own status cell."""
    rows: list[ProgressRow] = []
    state_header = header_of(table, "state")
    for i, r in enumerate(table.rows, 1):
        pr = parse_row(r.get("progress"), _task_text(r), r.get("units") or r.get("lead"), i)
        pr.section = r.get("section_title") or r.get("section") or ""
        pr.line = r.line
        pr.deadline = r.get("deadline").strip()
        pr.stated = r.get("state").strip()
        pr.stated_lag = stated_lag(pr.stated, state_header)
        if pr.stated_pct is None:
            pr.stated_pct = _rate_cell(r.get("rate"))
        rows.append(pr)
    return rows


def _task_text(r) -> str:
    """The task cell, then a measure cell (具体举措: a second task column) and the target cell each when the text
    so far does not hold it."""
    text = ""
    for column in ("task", "task_2", "indicator"):
        cell = r.get(column).strip()
        if cell and _SPACES.sub("", cell) not in _SPACES.sub("", text):
            text = f"{text}，{cell}" if text else cell
    return text


_SPACES = re.compile(r"\s+")
# A rate cell: a percentage, or a bare number (the column is named a rate: 完成率, 完成情况（%）).
_RATE_CELL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:%\s*)?$")


_STATED_LAG = re.compile("".join(f"(?<!{re.escape(w)})" for w in vocab.words("table.stated_not"))
                         + f"(?:{vocab.alternation('table.stated_lag')})")
_STATED_YES = re.compile(rf"^\s*(?:{vocab.alternation('table.stated_yes')})\s*$")


def stated_lag(cell: str, header: str = "") -> bool:
    """The unit's status cell says the work lags: a word of lag not negated (滞后, 进度缓慢; not 不滞后), or yes (是)
    under a header asking whether it lags (是否滞后)."""
    if not cell:
        return False
    if _STATED_YES.match(cell):
        return bool(_STATED_LAG.search(header or ""))
    return bool(_STATED_LAG.search(cell))


def _rate_cell(cell: str) -> float | None:
    m = _RATE_CELL.match(for_parsing(cell or ""))
    return float(m.group(1)) if m and float(m.group(1)) <= 1000 else None


# --- scoring ----------------------------------------------------------------------------------

def _fact_key(f: dict | ProgressFact) -> tuple[float, str]:
    if isinstance(f, ProgressFact):
        value, unit, scale = f.value, f.unit, f.scale
    else:
        value, unit, scale = f.get("value"), f.get("unit", ""), f.get("scale", "")
    unit = unit or ""
    if scale and not unit.startswith(scale):
        unit = scale + unit
    return (round(float(value), 4), unit)


def _pr(correct: int, predicted: int, labelled: int) -> tuple[float, float]:
    return (correct / predicted if predicted else 1.0, correct / labelled if labelled else 1.0)


def score_progress(items: list[dict] | dict) -> dict:
    """Per-field (precision, recall) of parse_row against labelled rows.

    facts: a predicted fact is correct when a labelled fact of the same value and
    unit (scale included) is still unmatched; facts_cumulative also needs the
    cumulative flag right.  stated_pct, stage: correct when equal (pct within 0.01);
    precision over rows where the parser gave one, recall over labelled ones.
    neutral: the positive class.
    """
    if isinstance(items, dict):
        items = items.get("items", [])
    c = Counter()
    for it in items:
        pr = parse_row(it.get("progress", ""), it.get("task", ""))
        gold = [(_fact_key(f), bool(f.get("cumulative"))) for f in it.get("facts", [])]
        pred = [(_fact_key(f), f.cumulative) for f in pr.facts]
        c["f_pred"] += len(pred)
        c["f_gold"] += len(gold)
        g1 = Counter(k for k, _ in gold)
        c["f_ok"] += sum((Counter(k for k, _ in pred) & g1).values())
        c["fc_ok"] += sum((Counter(pred) & Counter(gold)).values())
        gp = it.get("stated_pct")
        c["p_pred"] += pr.stated_pct is not None
        c["p_gold"] += gp is not None
        c["p_ok"] += gp is not None and pr.stated_pct is not None and abs(gp - pr.stated_pct) < 0.01
        gs = it.get("stage")
        c["s_pred"] += pr.stage is not None
        c["s_gold"] += gs is not None
        c["s_ok"] += gs is not None and pr.stage == gs
        gn = bool(it.get("neutral"))
        c["n_pred"] += pr.neutral
        c["n_gold"] += gn
        c["n_ok"] += gn and pr.neutral
    return {
        "facts (value+unit)": _pr(c["f_ok"], c["f_pred"], c["f_gold"]),
        "facts_cumulative": _pr(c["fc_ok"], c["f_pred"], c["f_gold"]),
        "stated_pct": _pr(c["p_ok"], c["p_pred"], c["p_gold"]),
        "stage": _pr(c["s_ok"], c["s_pred"], c["s_gold"]),
        "neutral": _pr(c["n_ok"], c["n_pred"], c["n_gold"]),
        "rows": len(items),
    }
