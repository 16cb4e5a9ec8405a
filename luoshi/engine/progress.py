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
    off (完成安置938套 → "安置", the same convention as the target
    完成安置800套 → 安置).  Where that leaves at most two characters the words
    after the unit are added (累计新增342台电梯参保 → "新增电梯参保").  A figure
    that follows another with no separator, or after only 、, shares its
    metric (出让9宗359.397亩 → both "出让").
  - ``cumulative`` True when 累计/共/共计/总计/合计/截至/截止/至今/现有 stands in
    the figure's clause; the breakdown after 其中 inherits the figure it breaks
    down, until the sentence (;。) ends.  Otherwise the figure is for the
    reporting period (1-6月, 上半年, 二季度, 本月 …).
  - not facts: dates and periods (5月, 2020年, 6月底, 1-6月 — no measure unit),
    ordinals (第四批, 第N个), codes and addresses (18号, FG10-B41-01, Style3D),
    numbers inside quotes and book titles (“最多80天”, 《…》), a duration that
    names a thing (24小时政务服务自助机), planned figures (计划/拟/预计/力争 …
    in the figure's clause), the lone numeral 一 ("a", 一期, 一批), and the
    stated completion rate itself.
* ``stated_pct`` — a completion rate the report states itself: 完成率X%,
  完成…(目标|任务|计划)的X%, (总体|工程|形象)进度X%.  Other percentages
  (增长率为-18.33%, 参保率98.26%, 桩基施工80%) are facts with unit %.
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
progress_*.json) per field.  Nothing here raises on bad input.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from luoshi.engine.judgement import STAGES, ProgressFact, ProgressRow
from luoshi.engine.text import for_parsing

try:  # the shared number parser (numbers.py); a private fallback keeps this usable alone
    from luoshi.engine.numbers import parse_number as _shared_parse_number
except Exception:  # noqa: BLE001
    _shared_parse_number = None

MAX_CHARS = 200_000   # longer cells are parsed on their first MAX_CHARS characters

# --- figures -------------------------------------------------------------------

_CN_DIGITS = "零〇两二三四五六七八九十百千"
# units for any number (longest first); _CN_UNITS also after Chinese numerals
_UNITS = sorted((
    "个工作日", "个百分点", "平方公里", "平方米", "立方米", "千瓦时", "公里", "千米", "公顷", "千克", "公斤",
    "家次", "人次", "户次", "台次", "批次", "个月", "小时", "分钟",
    "元", "吨", "亩", "方", "米", "%", "家", "人", "个", "项", "件", "次", "台", "套", "座", "条", "户", "名",
    "所", "处", "场", "辆", "艘", "起", "间", "宗", "张", "期", "栋", "幢", "篇", "份", "部", "支", "只", "例",
    "位", "床", "盏", "棵", "株", "册", "天", "笔", "块", "根", "组", "届",
), key=len, reverse=True)
_CN_UNITS = {"家", "个", "项", "件", "次", "台", "套", "座", "条", "户", "名", "所", "处", "场", "辆", "起",
             "间", "宗", "张", "栋", "幢", "人", "篇", "份", "部", "笔", "块"}
_DURATION = {"天", "个工作日", "小时", "分钟", "个月"}
_NUM = re.compile(
    r"(?P<sign>-)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[" + _CN_DIGITS + r"一]+)"
    r"(?P<scale>千万|百万|万|亿)?(?P<approx>余|多)?(?P<unit>" + "|".join(map(re.escape, _UNITS)) + r")?")
_CLAUSE_END = ",;。!?\n:，；。！？：()（）"
_SENT_END = ";。!?\n；！？"
_QUOTES = re.compile(r"“[^”]{0,200}”|《[^》]{0,200}》|「[^」]{0,200}」|\"[^\"]{0,200}\"|\[[^\]]{0,40}\]|【[^】]{0,40}】")
_PLAN = re.compile(r"计划|拟|预计|力争|争取|目标|将")
_CUMUL = re.compile(r"累计|共计|总计|合计|(?<!公)共(?![同享建治性识赢])|截至|截止|至今|现有|历年")
_LEAD_STRIP = re.compile(
    r"^(?:\d+-\d+月份?|\d+月(?:份|底|末)?|上半年|下半年|全年|[一二三四]季度|今年以来|年初以来|目前|当前|现|"
    r"截[至止][^,;。]{0,8}?(?:底|末|止|为止)|累计|共计|总计|合计|共|已经|已|其中|现有|完成了|完成|实现了|实现|"
    r"全区|全市|本级|新|在|对|有|均|并|同时|另|和|与|及|等)+")
_TAIL_STRIP = re.compile(r"(?:为|达到|达|至|了|共计|累计|共|超过|超|近|约|逾|分别|已|有|合计|总计|同比)+$")

# --- stated completion rate ------------------------------------------------------------

_PCT = r"(-?\d+(?:\.\d+)?)\s*%"
_STATED = [
    re.compile(r"(?:完成率|完成比例|完成进度|执行率|完成比率)(?:为|达到|达|已达|约)?\s*" + _PCT),
    re.compile(r"完成(?:了)?[^,;。,;]{0,24}?(?:目标|任务|计划|指标)(?:量|数|总量)?的\s*" + _PCT),
    re.compile(r"(?:总体|整体|工程|形象|项目)进度(?:为|达到|达|已达)?\s*" + _PCT),
]

# --- stages -------------------------------------------------------------------------------

_STAGE_WORDS: dict[str, tuple[str, ...]] = {
    "not_started": ("暂未", "尚未", "还未", "暂无", "未开工", "未启动", "未开始", "未动工", "未实施", "未进场"),
    "preparing": ("开工前期", "前期", "方案设计", "概念设计", "设计方案", "设计中", "设计招标", "设计任务书", "招投标",
                  "招标", "立项", "可研", "可行性", "方案编制", "编制方案", "方案评审", "方案", "评审", "编制",
                  "起草", "拟定", "谋划", "筹备", "准备", "选址", "勘查", "勘察", "洽谈", "接洽", "预申报",
                  "摸底", "排摸", "摸排", "报批", "做地", "征求意见", "审核", "征集", "规划"),
    "underway": ("开工", "施工", "正在", "正加快", "推进中", "实施中", "建设中", "改造中", "改建中", "在建", "进场",
                 "启动", "开机", "出台", "印发", "发布", "上线", "召开", "举办", "开展", "建立", "签订", "签约",
                 "落地", "落户", "申报", "开通", "实现", "交办", "分解", "投运", "运行", "开始", "组织实施",
                 "试点"),
    "nearly_done": ("主体基本完工", "主体完工", "基本完工", "结顶", "封顶", "验收中", "进入验收", "验收阶段", "收尾",
                    "基本完成", "基本建成"),
    "done": ("全部完成", "全面完成", "已完成", "完成", "建成", "投入使用", "投用", "交付", "竣工", "完工", "完毕",
             "成功创建", "已创建"),
}
_STAGE_OF = {w: s for s, ws in _STAGE_WORDS.items() for w in ws}
_STAGE_RE = re.compile(
    r"(?:暂未|尚未|还未)(?:完成|完工|竣工|建成)"   # not yet finished → underway
    r"|(?:暂未|尚未|还未)(?:能)?(?:开工|启动|开始|动工|改造|施工|实施|建设|招标|进场|上线)?"
    r"|达到[^,;。，；]{0,30}?(?:目标|任务)要求"
    r"|规划(?:资源|局|分局)"                       # a department's name, not planning work
    r"|" + "|".join(sorted(map(re.escape, _STAGE_OF), key=len, reverse=True)))
_RANK = {s: i for i, s in enumerate(STAGES)}
_PREP_OBJECT = re.compile(r"方案|设计|编制|招标|可研|可行性|规划|排摸|摸排|摸底|勘查|勘察|前期|征集|立项|选址|认领|核实|评审")
_GENERIC_BIGRAMS = {"建设", "完成", "推进", "工作", "项目", "实施", "全面", "进一", "一步", "加快", "改造", "提升",
                    "开展", "全区", "我区", "推动", "持续", "积极", "深化", "加强", "完善", "打造"}

# --- neutral -------------------------------------------------------------------------------

_NEUTRAL = re.compile(r"正常进行中|正常进行|正常推进中|正常推进|有序推进中|有序推进|按计划推进|按计划进行|稳步推进|"
                      r"按序时推进|按时序推进|按进度推进|正常开展|推进中|进行中|正在推进")
_FILLER = re.compile(r"各项|该项|此项|本项|工作|任务|目前|现|均|已|在|按|计划|各|项|正|。|;|,|、|\.|!|\s")


def _parse_number(token: str) -> float | None:
    if _shared_parse_number is not None:
        try:
            return _shared_parse_number(token)
        except Exception:  # noqa: BLE001
            pass
    return _private_number(token)


def _private_number(token: str) -> float | None:
    """Fallback: Arabic (with thousands commas) and simple Chinese numerals."""
    s = token.replace(",", "")
    try:
        return float(s)
    except ValueError:
        pass
    digits = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    mults = {"十": 10, "百": 100, "千": 1000}
    total, cur = 0, 0
    for ch in s:
        if ch in digits:
            cur = digits[ch]
        elif ch in mults:
            total += (cur or 1) * mults[ch]
            cur = 0
        else:
            return None
    return float(total + cur)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s < pos < e for s, e in spans)


def _clause_start(norm: str, pos: int, ends: str = _CLAUSE_END + "、") -> int:
    i, stop = pos - 1, max(-1, pos - 300)    # clauses are short; bounded so long cells stay linear
    while i > stop and norm[i] not in ends:
        i -= 1
    return i + 1


def _clause_end(norm: str, pos: int, ends: str = _CLAUSE_END + "、") -> int:
    i, stop = pos, min(len(norm), pos + 300)
    while i < stop and norm[i] not in ends:
        i += 1
    return i


def _excluded(norm: str, m: re.Match, quotes: list[tuple[int, int]]) -> bool:
    s, e = m.start(), m.end()
    num, unit = m.group("num"), m.group("unit") or ""
    if not unit and not m.group("scale"):
        return True                                   # no measure: dates, codes, list numbers, 2.0
    if _inside(quotes, s):
        return True
    before = norm[s - 1] if s else ""
    after = norm[e:e + 2]
    if before in "第首前" and before:
        return True
    if re.match(r"[A-Za-z._/#\-]", before) or re.match(r"[A-Za-z]", after[:1]):
        return True                                   # codes: FG10-B41-01, Style3D, v2.0
    if before.isdigit():
        return True
    if not num[0].isdigit():
        if num == "一" or num.startswith("一") and len(num) == 1:
            return True                               # 一 is "a" (一期, 一批, 一个)
        if unit not in _CN_UNITS:
            return True
        if re.match(r"[大维化级类]", after[:1]):
            return True
    if unit == "期" and not num[0].isdigit():
        return True
    if unit in _DURATION and not re.match(r"$|[,;。、)）”\"!?]|以内|内|以上|以下|左右|，|；", after):
        return True                                   # 24小时政务服务: a duration naming a thing
    if unit == "届" or re.match(r"[号楼]", after[:1]):
        return True
    return False


def _metric(norm: str, text: str, start: int, end: int) -> str:
    cs = _clause_start(norm, start)
    before = text[cs:start]
    before = _LEAD_STRIP.sub("", before)
    before = _TAIL_STRIP.sub("", before)
    before = before.strip(" 　\t")
    if len(before) <= 2:
        after = text[end:_clause_end(norm, end)][:12].strip()
        after = re.sub(r"^(?:的|以上|左右|次|中)", "", after)
        before = (before + after) if after else before
    return before


def _stated_pct(norm: str) -> tuple[float | None, tuple[int, int] | None]:
    best = None
    for rx in _STATED:
        for m in rx.finditer(norm):
            if best is None or m.start() < best.start():
                best = m
            break
    if best is None:
        return None, None
    try:
        return float(best.group(1)), (best.start(), best.end())
    except ValueError:
        return None, None


def _facts(text: str, norm: str, pct_span: tuple[int, int] | None) -> list[ProgressFact]:
    quotes = [(m.start(), m.end()) for m in _QUOTES.finditer(norm)]
    facts: list[ProgressFact] = []
    inherit_cum: bool | None = None     # 其中 breakdown inherits until the sentence ends
    last_sent = -1
    for m in _NUM.finditer(norm):
        if _excluded(norm, m, quotes):
            continue
        s, e = m.start(), m.end()
        if pct_span and pct_span[0] <= s < pct_span[1]:
            continue
        num = m.group("num")
        value = _parse_number(num)
        if value is None:
            continue
        if m.group("sign"):
            value = -value
        cs = _clause_start(norm, s, _CLAUSE_END)        # clause (、 does not end it)
        sub = _clause_start(norm, s)                     # sub-clause (、 ends it)
        plan_zone = norm[sub:s] if re.search(r"[^\d.,%、\s]", norm[sub:s]) else norm[cs:s]
        if _PLAN.search(plan_zone):
            continue
        sent = _clause_start(norm, s, _SENT_END)
        if sent != last_sent:
            inherit_cum, last_sent = None, sent
        cum = bool(_CUMUL.search(norm[cs:s]))
        if "其中" in norm[sent:s] and facts and inherit_cum is None:
            prev = facts[-1]
            if prev.span[0] >= sent:
                inherit_cum = prev.cumulative
        if inherit_cum is not None and "其中" in norm[sent:s]:
            cum = cum or inherit_cum
        scale = m.group("scale") or ""
        unit = scale + (m.group("unit") or "")
        metric = _metric(norm, text, s, e)
        if facts:
            prev = facts[-1]
            gap = norm[prev.span[1]:s]
            if gap == "" or gap == "、":
                metric = prev.metric
                cum = cum or prev.cumulative
        facts.append(ProgressFact(metric=metric, value=value, unit=unit, scale=scale, cumulative=cum,
                                  text=text[s:e], span=(s, e)))
    return facts


def _bigrams(s: str) -> set[str]:
    s = re.sub(r"[\W\d_A-Za-z]+", "", s)
    return {s[i:i + 2] for i in range(len(s) - 1)} - _GENERIC_BIGRAMS


def _done_stage(norm: str, m: re.Match, task: str, pct_span) -> str:
    """完成/建成 … : done only when what was finished is the task's own object."""
    word = m.group(0)
    cs, ce = _clause_start(norm, m.start(), _CLAUSE_END), _clause_end(norm, m.end(), _CLAUSE_END)
    clause = norm[cs:ce]
    obj = norm[m.end():ce]
    if re.search(r"竣工|验收|投入使用|交付", clause):
        return "done"
    if word in ("完成", "已完成") and _PREP_OBJECT.search(obj):
        return "preparing"
    if norm[max(0, m.start() - 2):m.start()] in ("初步", "基本"):
        return "preparing" if _PREP_OBJECT.search(clause) else "nearly_done"
    if pct_span and cs <= pct_span[0] < ce:
        return "underway"
    if word in ("完成", "已完成") and re.search(r"\d", obj):
        return "underway"                              # a count finished (完成1691项), not the whole
    if task.strip():
        shared = _bigrams(clause) & _bigrams(task)
        if len(shared) < 2:
            return "underway"                          # some other sub-step finished
    return "done"


def _stage(norm: str, task: str, pct_span) -> tuple[str | None, tuple[int, int] | None]:
    quotes = [(m.start(), m.end()) for m in _QUOTES.finditer(norm)]
    found: list[tuple[str, tuple[int, int]]] = []
    for k, m in enumerate(_STAGE_RE.finditer(norm)):
        if k >= 2000:
            break
        w = m.group(0)
        if _inside(quotes, m.start()):
            continue
        if w.startswith("规划") and len(w) > 2:
            continue
        if w.startswith("达到"):
            st = "done"
        elif re.match(r"(?:暂未|尚未|还未)(?:完成|完工|竣工|建成)$", w):
            st = "underway"
        elif re.match(r"暂未|尚未|还未|暂无", w):
            st = "not_started"
        else:
            st = _STAGE_OF.get(w)
            if st == "done" or w in ("基本完成", "基本建成"):
                st = _done_stage(norm, m, task, pct_span) if st == "done" else st
            if st is None:
                continue
            if w == "实现" and re.search(r"\d", norm[m.end():_clause_end(norm, m.end(), _CLAUSE_END)]):
                continue                               # 实现收入…增长18.5%: reporting a figure, not a stage
        found.append((st, (m.start(), m.end())))
    if not found:
        return None, None
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


def parse_row(progress: str, task: str = "", units: str = "", row: int = 0) -> ProgressRow:
    """The facts, stated rate, stage and neutrality of one progress cell; never raises."""
    progress = progress if isinstance(progress, str) else ("" if progress is None else str(progress))
    task = task if isinstance(task, str) else ""
    units = units if isinstance(units, str) else ""
    out = ProgressRow(row=row, task=task, units=units, progress=progress)
    try:
        text = progress[:MAX_CHARS]
        norm = for_parsing(text)
        if len(norm) != len(text):         # offsets must stay valid
            norm = text
        out.neutral = _neutral(norm)
        pct, pct_span = _stated_pct(norm)
        out.stated_pct, out.stated_pct_span = pct, pct_span
        out.facts = _facts(text, norm, pct_span)
        if not out.neutral:
            out.stage, out.stage_span = _stage(norm, for_parsing(task[:MAX_CHARS]), pct_span)
    except Exception:  # noqa: BLE001 - bad input yields an empty row, never an exception
        pass
    return out


def parse_table(table: Any) -> list[ProgressRow]:
    """Every row of a table with a progress column (row numbers 1-based)."""
    rows: list[ProgressRow] = []
    for i, r in enumerate(getattr(table, "rows", None) or [], 1):
        try:
            get = r.get
            pr = parse_row(get("progress"), get("task"), get("units") or get("lead"), i)
            pr.section = get("section_title") or get("section") or ""
            pr.line = getattr(r, "line", None)
        except Exception:  # noqa: BLE001
            pr = ProgressRow(row=i, task="", units="", progress="")
        rows.append(pr)
    return rows


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
