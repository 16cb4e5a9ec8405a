"""Header vocabulary: which column a header cell as written stands for.

Government tables name the same column many ways (牵头部门, 牵头单位, 责任单位 …)
and often space the characters out (任 务 名 称).  Matching is on the compacted
header, first by exact name, then by a keyword the name contains.
"""

from __future__ import annotations

from ..text import compact

# Exact header names (compacted) → column.
EXACT = {
    "序号": "seq", "编号": "seq", "序": "seq",
    "项目名称": "section", "类别": "section", "板块": "section",
    "任务名称": "task", "项目内容": "task", "内容": "task", "工作任务": "task",
    "重点任务": "task", "目标任务": "task", "任务内容": "task", "主要任务": "task",
    "指标要求": "indicator", "目标要求": "indicator", "工作目标": "indicator",
    "指标": "indicator", "年度目标": "indicator", "目标": "indicator",
    "牵头部门": "lead", "牵头单位": "lead", "责任部门": "lead", "主办单位": "lead",
    "配合部门": "cooperating", "配合单位": "cooperating", "协办单位": "cooperating",
    "目标类型": "target_class", "类型": "target_class", "目标类别": "target_class",
    "进展情况": "progress", "完成情况": "progress", "工作进展": "progress", "推进情况": "progress",
    "责任单位": "units",
    "获奖部门": "unit_name", "获奖单位": "unit_name", "单位": "unit_name", "集体名称": "unit_name",
    "获奖者": "person", "姓名": "person", "获奖个人": "person", "获奖人员": "person",
    "先进荣誉(称号)": "honour", "荣誉称号": "honour", "先进荣誉": "honour", "奖项": "honour",
    "荣誉": "honour", "获奖名称": "honour",
    "颁奖单位": "issuer", "授予单位": "issuer", "表彰单位": "issuer", "颁发单位": "issuer",
    "颁奖时间": "date", "授予时间": "date", "表彰时间": "date", "时间": "date", "日期": "date",
    "备注": "remark",
}

# Keyword rules, tried in order when no exact name matches.
KEYWORDS = (
    ("完成情况", "progress"), ("进展", "progress"), ("进度", "progress"),
    ("牵头", "lead"), ("配合", "cooperating"), ("责任", "units"),
    ("指标", "indicator"), ("目标类", "target_class"),
    ("任务", "task"), ("内容", "task"),
    ("颁奖", "issuer"), ("授予", "issuer"), ("荣誉", "honour"), ("称号", "honour"),
    ("获奖", "unit_name"), ("序号", "seq"),
)


def column_for(header: str) -> str | None:
    """Column name for one header cell, or None when it is not a known header."""
    key = compact(header)
    if not key:
        return None
    if key in EXACT:
        return EXACT[key]
    for word, column in KEYWORDS:
        if word in key:
            return column
    return None


def columns_for(headers: list[str], min_known: int = 2) -> list[str] | None:
    """Columns for a whole header row, or None if it is not a header row.

    Unknown cells get ``col_N``; a row with fewer than ``min_known`` recognised
    cells is not a header.  A repeated column gets a numeric suffix.
    """
    cols: list[str] = []
    known = 0
    for i, h in enumerate(headers):
        c = column_for(h)
        if c is None:
            c = f"col_{i + 1}"
        else:
            known += 1
        while c in cols:
            c = c + "_2" if not c[-1].isdigit() else c[:-1] + str(int(c[-1]) + 1)
        cols.append(c)
    return cols if known >= min_known else None
