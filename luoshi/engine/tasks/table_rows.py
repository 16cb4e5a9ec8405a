"""Tasks from table rows: a decomposition table, one task per row (``tasks_from_table``: its 序号, indicators,
lead and cooperating units, class), and a progress table that states its own tasks (``tasks_from_progress_table``);
which tables are which (``is_task_table``, ``is_progress_table``).
"""

from __future__ import annotations

import re
from typing import Any

from .. import indicators, targets, vocab
from ..judgement import Indicator, Milestone, Task
from ..model import Row, Table
from ..orgs import Registry
from ..text import for_parsing

_CLASS = re.compile(r"([ABCＡＢＣ])\s*类?")
_LIVELIHOOD = vocab.pattern("part.livelihood")


_EXPECTED = vocab.pattern("part.targets_short")


# A figure in an indicator cell: a digit, or a Chinese numeral before a unit it counts in (三个).
_NUMBER = re.compile(rf"\d|[一二三四五六七八九十百千万两]+(?:{vocab.unit_alternation(chinese_numeral_only=True)})")


def is_task_table(table: Table) -> bool:
    """A decomposition table: a task column with an indicator or lead column — or, in a supervision office's ledger,
    its lead leader or responsible units (牵头领导, 责任单位) — and no progress column."""
    cols = set(table.columns)
    return "task" in cols and bool(cols & {"indicator", "lead", "examiner", "score", "leader", "units"}) \
        and "progress" not in cols


def is_progress_table(table: Table) -> bool:
    cols = set(table.columns)
    return "task" in cols and "progress" in cols


def _parse(text: str, norm: str | None = None) -> tuple[list[Indicator], list[Milestone]]:
    found, milestones = indicators.parse(text, norm)
    if found and norm is None and any(i.kind == "count" for i in found):
        norm = for_parsing(text)
    for ind in found:
        # (a count's thing named after its figure, 推动5家企业完成…: indicators.counted_thing cuts the result after it)
        after = ind.kind == "count" and bool(ind.metric) and \
            ind.metric in norm[ind.span[1]:ind.span[1] + len(ind.metric) + 4]
        ind.metric = indicators.counted_thing(ind.metric, after, ind.kind == "count", ind.unit)   # 新建及改扩建村级卫生室 → 村级卫生室
        if ind.kind == "amount":
            ind.metric = indicators.programme_thing(ind.metric, ind.unit)    # 实施县乡公路提质改造工程 (公里) → 县乡公路
    if found and "为" in text:
        found = indicators.places_equipped(for_parsing(text) if norm is None else norm, found)   # D24
    if found and "分别" in text:
        targets.spread_respective(for_parsing(text) if norm is None else norm, found)    # A、B分别达到X、Y
    if found and "强" in text:
        # 力争进入全国百强县前80位: a place in a list, not a count of 前80位 — the rank replaces the figure read there
        for place in targets.list_places(for_parsing(text) if norm is None else norm):
            found = [i for i in found if not (i.span[0] < place.span[1] and place.span[0] < i.span[1])] + [place]
        found.sort(key=lambda i: i.span[0])
    return found, milestones


def _shift(items: list, offset: int) -> list:
    for item in items:
        a, b = item.span
        item.span = (a + offset, b + offset)
    return items


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


# A category cell's share of the assessment in brackets after its name (经济发展（35分）, 安全稳定（一票否决）) and a
# number before it (一、, （一）, 1.): no part of the group's name.
_SCORE_BRACKET = re.compile(f"[（(](?:\\d+(?:\\.\\d+)?分|{vocab.alternation('table.score_word')})[)）]$")
_GROUP_NUMBER = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．])\s*")


# A sub-task's own number opening its cell ((1)实施…, （2）新开工… under a key work): no part of the task.
_SUB_NUMBER = re.compile(r"^[(（]\d{1,2}[)）]\s*")


def _group_name(row: Row) -> str:
    """The row's group as its table writes it: its section title, else its section cell when that names more than a
    number (经济发展（35分） under 考核类别), without a score in brackets or a number before it; "" when neither."""
    cell = row.get("section_title").strip() or row.get("section").strip()
    return _SCORE_BRACKET.sub("", _GROUP_NUMBER.sub("", for_parsing(cell)).rstrip()).strip()


# A table's total row (合计, 小计（5个）): the sums of the rows above or below it.
_TOTAL = re.compile(rf"^\s*(?:{vocab.alternation('table.total_mark')})\s*(?:[(（]\d+\s*[个项]?[)）])?\s*[:：]?\s*$")
# A field row's count of its rows in brackets after its name (续建项目（7个）).
_COUNT_BRACKET = re.compile(r"[(（]\d{1,4}[个项][)）]$")
_FIELD_SEQ = re.compile(r"^[一二三四五六七八九十]{1,3}[、.．]?$")
_ROW_UNITS = ("lead", "cooperating", "units", "leader", "deadline", "indicator")


def _field_row(row: Row) -> bool:
    """A row numbered with a Chinese numeral (一, 二、) holding a name and no goal, unit or deadline — at most the sums
    of its rows: the field of the rows below it (一 | 续建项目（7个） | … | 771800), no task."""
    return bool(_FIELD_SEQ.match(row.get("seq").strip())) and not any(row.get(c).strip() for c in _ROW_UNITS)


# The year and the unit a header of the year's planned investment names around it: 2027年计划投资（万元）.
_HEADER_YEAR = re.compile(r"^\s*\d{4}\s*年(?!度)")
_HEADER_UNIT = re.compile(r"[(（]\s*([万亿千]?元)\s*[)）]\s*$")
_PLAIN_FIGURE = re.compile(r"^\d+(?:\.\d+)?$")


def _investment_label(table: Table) -> tuple[str, str] | None:
    """(the name, the unit) of a key projects' table's column of the year's planned investment, read from its header
    (2027年计划投资（万元） → 计划投资, 万元); None when the table has none or its header names no unit in 元."""
    if "investment" not in table.columns or len(table.header) != len(table.columns):
        return None
    header = for_parsing(table.header[table.columns.index("investment")]).replace(" ", "")
    unit = _HEADER_UNIT.search(header)
    name = _HEADER_YEAR.sub("", _HEADER_UNIT.sub("", header)).strip()
    return (name, unit.group(1)) if unit and name else None


def _with_investment(investment: tuple[str, str], cell: str, indicator: str) -> str:
    """The row's indicator text with the year's planned investment before it, written as a sentence reads it
    (计划投资85000万元；建成…) so the preview and the figures read it; a cell that is no plain figure (—, 待定) adds
    nothing."""
    value = for_parsing(cell).strip()
    if not _PLAIN_FIGURE.match(value):
        return indicator
    name, unit = investment
    return f"{name}{value}{unit}" + ("；" + indicator if indicator else "")


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
    # A category cell merged over the rows it covers is written on its first and left empty after (a spreadsheet's
    # export): the rows below an empty one keep the group above.  The group is the task's part (the 板块 the import
    # makes), as a progress table's section is.
    group = ""
    investment = _investment_label(table)
    for number, row in enumerate(table.rows, 1):
        task_name = _SUB_NUMBER.sub("", row.get("task").strip())
        indicator = row.get("indicator").strip()
        group = _group_name(row) or group
        if not task_name and not indicator:
            continue
        if _TOTAL.match(for_parsing(task_name)):
            continue                  # 合计（16个）, 小计: the sums of the rows, no task
        if _field_row(row):
            group = _COUNT_BRACKET.sub("", for_parsing(task_name).strip()).strip()   # 一 | 续建项目（7个） | sums…: the group
            continue
        if investment:
            indicator = _with_investment(investment, row.get("investment"), indicator)
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
                        indicator_text=indicator, lead=orgs(row.get("lead") or row.get("examiner") or row.get("units")),
                        cooperating=orgs(row.get("cooperating")),
                        target_class=_target_class(row.get("target_class")), kind=kind, part=group,
                        indicators=found, milestones=milestones))
    return out


# A sub-item's number after the full stop closing the one before it in the same task cell (…人次。（2）新建…): each
# sub-item a task of its own, as a decomposition table's row read in place in a report (t54's rows) gives them.
# So is an item number opening a line of its own inside the cell after that full stop (1.…。 then 2.…。 on the cell's
# next line, a spreadsheet cell's items split by line breaks), the first item's number then none of its task either.
_NEXT_SUB = re.compile(r"(?<=[。;；])\s*[(（]\d{1,2}[)）]\s*|(?<=[。;；])[ \t]*\n\s*\d{1,2}[.．、](?!\d)\s*")
_FIRST_ITEM = re.compile(r"^\s*\d{1,2}[.．、](?!\d)\s*")


def sub_item_tasks(tasks: list[Task]) -> list[Task]:
    """``tasks`` with each one whose task cell holds numbered sub-items ((1)新增…。(2)开展…。) made one task per
    sub-item — its indicators its own, the row's units, part and source kept; a cell of one sentence, or of
    sentences with no number between them, stays one task."""
    out: list[Task] = []
    for task in tasks:
        name = task.name
        cuts = [m for m in _NEXT_SUB.finditer(for_parsing(name))] if name and not task.indicator_text else []
        if not cuts:
            out.append(task)
            continue
        first = _FIRST_ITEM.match(name) if "\n" in name[cuts[0].start():cuts[0].end()] else None
        bounds = [(first.end() if first else 0, cuts[0].start())] + [(m.end(), n.start() if n else len(name))
                                          for m, n in zip(cuts, [*cuts[1:], None], strict=True)]
        for k, (a, b) in enumerate(bounds, 1):
            piece = name[a:b].strip()
            if not piece:
                continue
            found, milestones = _parse(piece)
            out.append(Task(id=f"{task.id}-{k}", source=dict(task.source), text=piece, name=piece,
                            lead=list(task.lead), cooperating=list(task.cooperating),
                            target_class=task.target_class, kind=task.kind, part=task.part,
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
