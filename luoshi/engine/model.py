"""The engine's data model: what reading a document produces.

Plain dataclasses, no web framework. Offsets (``start``, ``end``) are character
offsets into ``Document.text``, the decoded text exactly as written, so that
every extracted item can quote its source.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# Column vocabulary shared by every table layout.  A table's columns are a
# subset of these, in the order the document gives them.
COLUMNS = (
    "seq",            # 序号
    "section",        # section number of a grouped table, e.g. (一)
    "section_title",  # the section row's title: 主要预期目标, 城市建设
    "task",           # 任务名称 / 项目内容 / 内容
    "indicator",      # 指标要求
    "lead",           # 牵头部门 / 牵头单位
    "cooperating",    # 配合部门
    "target_class",   # 目标类型: A类 / B类 / C类
    "progress",       # 进展情况 / 1-6月完成情况
    "units",          # 责任单位 (lead and cooperating not told apart)
    "unit_name",      # 获奖部门 / 获奖单位
    "person",         # 获奖者 / 姓名
    "honour",         # 先进荣誉(称号)
    "issuer",         # 颁奖单位
    "date",           # 颁奖时间
    "rank",           # 名次 / ordering inside a result list
    "category",       # a result list's category, e.g. 综合考评优胜单位
    "remark",         # 备注
    "score",          # 分值: the points a target is worth in an assessment
    "examiner",       # 监考单位 / 考核单位: the department that checks and scores a target
    "area",           # 县区 / 地区: the area a row of a 民生工程 table reports on
    "rate",           # 完成比例 / 完成率 as the table states it
    "amount",         # 完成数 / 完成值: the figure done as the table states it beside the progress text
    "leader",         # 牵头领导 / 责任领导: a person who answers for the task, no unit
    "state",          # 完成状态 / 进度评价 / 自评等次 / 是否滞后: the unit's own word on its status
    "deadline",       # 时间节点 / 完成时限: when the task is due
    "investment",     # 年度计划投资 / 2027年计划投资（万元）: a key project's planned investment of the year
    "total_investment",  # 总投资: a project's whole investment over its life, no target of the year
    "invested",       # 累计完成投资: the investment done before the year, a fact
    "scale",          # a key projects' table's 建设内容/建设规模 beside the project's name: the whole project's size
)


@dataclass
class Row:
    """One table row: ``values`` maps a column name to its text as written."""

    values: dict[str, str]
    start: int | None = None  # offset of the row's first character in Document.text
    end: int | None = None
    line: int | None = None   # 1-based line number where the row starts

    def get(self, column: str, default: str = "") -> str:
        return self.values.get(column, default)


@dataclass
class Table:
    """A table recovered from a document (表格)."""

    title: str
    columns: list[str]
    rows: list[Row]
    layout: str                      # pipe | tabbed | cells | stacked | flat | bracket | grid
    header: list[str] = field(default_factory=list)  # header cells as written
    notes: list[str] = field(default_factory=list)   # 注: lines and notes between parts
    start: int | None = None
    end: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "layout": self.layout,
            "columns": list(self.columns),
            "header": list(self.header),
            "notes": list(self.notes),
            "rows": [dict(r.values) for r in self.rows],
            "row_lines": [r.line for r in self.rows],
        }


@dataclass
class Section:
    """A heading and the text it governs (部分 / 标题 / 小标题).

    ``level``: 0 part (2019年工作回顾 / 2020年重点工作), 1 一、, 2 (一), 3 1.,
    4 a bold-style sub-heading that opens a paragraph (全面支持民营企业发展。).
    ``role``: review (past year), problems, targets, plan (coming year), conduct, closing,
    glossary, annex or other (parts.py); ``five_year``: a part on more than the coming year
    (今后五年, 十四五) or a review of the past five years (过去五年的工作回顾).
    """

    level: int
    title: str
    number: str = ""
    start: int = 0        # heading start
    end: int = 0          # end of the text the heading governs
    role: str = "other"
    parent: int | None = None  # index into Document.sections
    five_year: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Paragraph:
    start: int
    end: int
    section: int | None = None  # innermost section index


@dataclass
class Sentence:
    """A sentence (句) ending in 。！？; or a line end, with offsets."""

    text: str
    start: int
    end: int
    paragraph: int | None = None
    section: int | None = None
    role: str = "other"   # its section's role: parts.ROLES (review, plan, conduct …)
    tags: list[str] = field(default_factory=list)  # expected_targets, livelihood_item …

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


Cell = str
Grid = list[list[Cell]]


@dataclass
class SourceText:
    """What a file reader returns: decoded text plus any real tables it held.

    ``grids`` are tables from .docx/.xlsx/.html/.pdf with merged cells already
    expanded (the merged value repeated into each covered cell).
    """

    text: str
    format: str                # txt | md | csv | docx | xlsx | html | pdf
    encoding: str = "utf-8"
    grids: list[Grid] = field(default_factory=list)
    grid_titles: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)   # read, with a caveat (stray bytes replaced …)


@dataclass
class Document:
    """A read document (文档): its text and everything recovered from it."""

    name: str
    text: str
    format: str = "txt"
    encoding: str = "utf-8"
    kind: str = "unknown"   # work_report | decomposition_table | progress_table | awards_table | plan | notice
    tables: list[Table] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)   # one line each, shown beside the reading

    def to_json(self) -> dict[str, Any]:
        out = {
            "name": self.name,
            "format": self.format,
            "encoding": self.encoding,
            "kind": self.kind,
            "tables": [t.to_json() for t in self.tables],
            "sections": [s.to_json() for s in self.sections],
            "sentences": [s.to_json() for s in self.sentences],
        }
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out
