"""A year-end scheme's configuration (考核办法): the defaults, reading it from JSON, checking it."""

from __future__ import annotations

import copy
import json
import math
import re
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from luoshi.core.actions import ActionRefused

from ..honours import LEVEL_LABELS

WINNER = "优胜单位"
ADVANCED = "先进单位"
MOST_IMPROVED = "进位显著奖"
STATUSES = ["completed", "ahead", "on_track", "behind", "seriously_behind", "not_started", "unclear"]
SHARE_KEYS = STATUSES + ["none"]

DEFAULT_CONFIG: dict = {
    "classes": {
        "A": {"label": "责任目标", "full": 60,
              "shares": {"completed": 1, "ahead": 1, "on_track": 1, "behind": 0.6, "seriously_behind": 0.3,
                         "not_started": 0, "unclear": 0.5, "none": 0.5}},
        "B": {"label": "激励目标", "bonus": 2, "cap": 10,
              "shares": {"completed": 1, "ahead": 1, "on_track": 0.5, "behind": 0, "seriously_behind": 0,
                         "not_started": 0, "unclear": 0, "none": 0}},
        "C": {"label": "争先创优", "points": {"national": 5, "provincial": 3, "city": 2, "district": 1},
              "personal_share": 0.5, "cap": 15, "years": None},
    },
    "unclassified_as": "A",
    "year_verdicts": {"met": 1, "exceeded": 2, "not_met": -2, "unclear": 0},
    "deductions": {"order": 1, "order_escalated": 2, "late": 0.5, "missing": 0.5, "cap": None},
    "awards": {"winner_share": 0.2, "advanced_share": 0.3, "most_improved_count": 3, "most_improved_min_gain": 1},
}

MAX_CONFIG_CHARS = 20000


class YearEndError(ActionRefused):
    """A refused year-end action; the message is shown as is."""


# --- the scheme's configuration ------------------------------------------------------------

def default_config() -> dict:
    return copy.deepcopy(DEFAULT_CONFIG)


def _merge(base: dict, extra: dict) -> dict:
    out = copy.deepcopy(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _number(value, where: str, errors: list[str], minimum: float | None = 0, maximum: float | None = None,
            allow_null: bool = False) -> None:
    if value is None and allow_null:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        errors.append(f"{where} 须为数字")
        return
    if minimum is not None and value < minimum:
        errors.append(f"{where} 不能小于 {minimum}")
    if maximum is not None and value > maximum:
        errors.append(f"{where} 不能大于 {maximum}")


def parse_config(text: str) -> dict:
    """A scheme's rules from the JSON a person wrote: merged onto the defaults and checked.

    Raises YearEndError with every problem found."""
    if len(text or "") > MAX_CONFIG_CHARS:
        raise YearEndError(_("规则过长"))
    try:
        raw = json.loads(text) if (text or "").strip() else {}
    except json.JSONDecodeError as e:
        raise YearEndError(f"规则不是有效的 JSON：第{e.lineno}行第{e.colno}列 {e.msg}") from None
    if not isinstance(raw, dict):
        raise YearEndError(_("规则须为 JSON 对象"))
    config = _merge(DEFAULT_CONFIG, raw)
    errors = validate_config(config)
    if errors:
        raise YearEndError("；".join(errors))
    return config


def validate_config(config: dict) -> list[str]:
    errors: list[str] = []
    try:
        classes = config["classes"]
        a, b, c = classes["A"], classes["B"], classes["C"]
        _number(a["full"], "classes.A.full", errors, maximum=1000)
        _number(b["bonus"], "classes.B.bonus", errors, maximum=1000)
        _number(b["cap"], "classes.B.cap", errors, allow_null=True)
        for cls, block in (("A", a), ("B", b)):
            if not isinstance(block["shares"], dict):
                errors.append(f"classes.{cls}.shares 须为对象")
                continue
            for key in SHARE_KEYS:
                _number(block["shares"].get(key), f"classes.{cls}.shares.{key}", errors, maximum=1)
        if not isinstance(c["points"], dict):
            errors.append("classes.C.points 须为对象")
        else:
            for level in LEVEL_LABELS:
                _number(c["points"].get(level), f"classes.C.points.{level}", errors, maximum=1000)
        _number(c["personal_share"], "classes.C.personal_share", errors, maximum=1)
        _number(c["cap"], "classes.C.cap", errors, allow_null=True)
        years = c["years"]
        if years is not None and (not isinstance(years, list) or not all(
                isinstance(y, int) and not isinstance(y, bool) and 1900 <= y <= 2100 for y in years)):
            errors.append("classes.C.years 须为年份列表或 null")
        if config["unclassified_as"] not in ("A", "B", "C", ""):
            errors.append("unclassified_as 须为 A、B、C 或空")
        for key in ("met", "exceeded", "not_met", "unclear"):
            _number(config["year_verdicts"].get(key), f"year_verdicts.{key}", errors, minimum=-1000, maximum=1000)
        d = config["deductions"]
        for key in ("order", "order_escalated", "late", "missing"):
            _number(d.get(key), f"deductions.{key}", errors, maximum=1000)
        _number(d.get("cap"), "deductions.cap", errors, allow_null=True)
        w = config["awards"]
        _number(w.get("winner_share"), "awards.winner_share", errors, maximum=1)
        _number(w.get("advanced_share"), "awards.advanced_share", errors, maximum=1)
        if not errors and w["winner_share"] + w["advanced_share"] > 1:
            errors.append("awards.winner_share + advanced_share 不能大于 1")
        _number(w.get("most_improved_count"), "awards.most_improved_count", errors, maximum=1000)
        _number(w.get("most_improved_min_gain"), "awards.most_improved_min_gain", errors, minimum=1, maximum=1000)
    except (KeyError, TypeError, AttributeError) as e:
        errors.append(f"规则缺少或格式错误的项：{e}")
    return errors


def clean_scheme(name: str, config: str | dict) -> tuple[str, dict]:
    """(name, configuration) of a scheme, or ``YearEndError`` saying what is wrong.  The rules are
    JSON a person wrote (merged onto the defaults) or a dict (the form's, ``config_from_values``)."""
    name = (name or "").strip()
    if not name:
        raise YearEndError(_("请填写名称"))
    if len(name) > 200:
        raise YearEndError(_("名称过长"))
    if isinstance(config, dict):
        config = _merge(DEFAULT_CONFIG, config)
        errors = validate_config(config)
        if errors:
            raise YearEndError("；".join(errors))
        return name, config
    return name, parse_config(config)


# --- the rules as a form (考核规则表单): each setting with its label, bounds and help ---------

@dataclass(frozen=True)
class Setting:
    """One number of a scheme's rules as the form shows it."""

    path: tuple[str, ...]
    label: str
    help: str
    minimum: float | None = 0
    maximum: float | None = 1000
    nullable: bool = False      # empty means "no limit" (上限留空为不设上限)
    integer: bool = False

    @property
    def name(self) -> str:
        return "__".join(self.path)


@dataclass(frozen=True)
class Group:
    key: str
    title: str
    help: str
    settings: tuple[Setting, ...]


STATUS_WORDS = {"completed": gettext_lazy("已完成"), "ahead": gettext_lazy("超进度"), "on_track": gettext_lazy("达进度"),
                "behind": gettext_lazy("欠进度"), "seriously_behind": gettext_lazy("严重滞后"),
                "not_started": gettext_lazy("未启动"), "unclear": gettext_lazy("无法判断"),
                "none": gettext_lazy("无研判结果")}


def _shares(cls: str) -> tuple[Setting, ...]:
    return tuple(Setting(("classes", cls, "shares", key), STATUS_WORDS[key],
                         gettext_lazy("该状态的任务得分占满分的比例，0 到 1"), maximum=1) for key in SHARE_KEYS)


GROUPS: tuple[Group, ...] = (
    Group("A", gettext_lazy("A 类 责任目标"), gettext_lazy(
        "单位牵头的每项 A 类任务按其最新有效研判状态取一个得分比例，按任务权重取平均，再乘以满分。"
        "例如满分 60、两项任务分别已完成（1）和欠进度（0.6），得 60 × (1 + 0.6) / 2 = 48 分。"
        "“无研判结果”指该任务在本计划任何周期都没有研判。"),
        (Setting(("classes", "A", "full"), gettext_lazy("满分"), gettext_lazy("A 类目标的满分，0 到 1000")),)
        + _shares("A")),
    Group("B", gettext_lazy("B 类 激励目标"), gettext_lazy(
        "单位牵头的每项 B 类任务加“每项加分 × 该状态比例”，合计不超过上限（留空为不设上限）。"),
        (Setting(("classes", "B", "bonus"), gettext_lazy("每项加分"), gettext_lazy("每项 B 类任务完成时的加分")),
         Setting(("classes", "B", "cap"), gettext_lazy("上限"), gettext_lazy("B 类加分合计上限；留空为不设上限"),
                 nullable=True))
        + _shares("B")),
    Group("C", gettext_lazy("C 类 争先创优（荣誉表彰）"), gettext_lazy(
        "荣誉表读入的、属于该单位的每项荣誉按级别加分；先进个人按比例折算；合计不超过上限。"
        "只计所列年份的荣誉（留空为计划年度及上一年度，因年鉴一般次年刊登上年荣誉）。"),
        tuple(Setting(("classes", "C", "points", level), label, gettext_lazy("每项该级别荣誉的加分"))
              for level, label in (("national", gettext_lazy("国家级荣誉")), ("provincial", gettext_lazy("省级荣誉")),
                                   ("city", gettext_lazy("市级荣誉")), ("district", gettext_lazy("区级荣誉"))))
        + (Setting(("classes", "C", "personal_share"), gettext_lazy("先进个人折算比例"),
                   gettext_lazy("个人荣誉按单位荣誉的多少计，0 到 1"), maximum=1),
           Setting(("classes", "C", "cap"), gettext_lazy("上限"), gettext_lazy("C 类加分合计上限；留空为不设上限"),
                   nullable=True))),
    Group("verdicts", gettext_lazy("上年目标核验"), gettext_lazy(
        "用次年政府工作报告核对本年度目标（目标核验）：单位牵头任务的每条核验结果加减分，未完成填负数。"),
        tuple(Setting(("year_verdicts", key), label, gettext_lazy("每条该结果的分值，-1000 到 1000"), minimum=-1000)
              for key, label in (("met", gettext_lazy("完成")), ("exceeded", gettext_lazy("超额完成")),
                                 ("not_met", gettext_lazy("未完成")), ("unclear", gettext_lazy("无法核验"))))),
    Group("deductions", gettext_lazy("扣分"), gettext_lazy(
        "每张发给该单位的督办单、每次逾期报送、每项在已关闭周期未报送的任务扣分；合计不超过上限。"),
        (Setting(("deductions", "order"), gettext_lazy("每张督办单"), gettext_lazy("每张督办单扣分")),
         Setting(("deductions", "order_escalated"), gettext_lazy("每张升级督办单"), gettext_lazy("已升级的督办单扣分（代替上一项）")),
         Setting(("deductions", "late"), gettext_lazy("每次逾期报送"), gettext_lazy("截止后提交或更正的报送")),
         Setting(("deductions", "missing"), gettext_lazy("每项未报送"), gettext_lazy("已关闭周期中未报送的任务")),
         Setting(("deductions", "cap"), gettext_lazy("上限"), gettext_lazy("扣分合计上限；留空为不设上限"), nullable=True))),
    Group("awards", gettext_lazy("奖项"), gettext_lazy(
        "按总分排名（同分同名次）：前“优胜比例”的单位为优胜单位，其后“先进比例”的为先进单位，两者之和不超过 1；"
        "与上年同一区（县）的考核相比名次上升最多的若干单位获进位显著奖（至少上升所填名次）。"),
        (Setting(("awards", "winner_share"), gettext_lazy("优胜单位比例"), gettext_lazy("0 到 1，如 0.2 即前 20%"), maximum=1),
         Setting(("awards", "advanced_share"), gettext_lazy("先进单位比例"), gettext_lazy("0 到 1，接在优胜单位之后"),
                 maximum=1),
         Setting(("awards", "most_improved_count"), gettext_lazy("进位显著奖名额"), gettext_lazy("整数"), integer=True),
         Setting(("awards", "most_improved_min_gain"), gettext_lazy("进位显著至少上升名次"), gettext_lazy("整数，至少 1"),
                 minimum=1, integer=True))),
)
SETTINGS: tuple[Setting, ...] = tuple(s for g in GROUPS for s in g.settings)
UNCLASSIFIED_CHOICES = (("A", gettext_lazy("按 A 类计")), ("B", gettext_lazy("按 B 类计")), ("C", gettext_lazy("按 C 类计")),
                        ("", gettext_lazy("不计分")))


def _get(config: dict, path: tuple[str, ...]):
    for key in path:
        config = config.get(key) if isinstance(config, dict) else None
    return config


def form_values(config: dict) -> dict:
    """The form's initial values of a scheme's rules (the defaults for what it lacks)."""
    merged = _merge(DEFAULT_CONFIG, config or {})
    values = {s.name: _get(merged, s.path) for s in SETTINGS}
    years = _get(merged, ("classes", "C", "years"))
    values["c_years"] = "、".join(str(y) for y in years) if years else ""
    values["unclassified_as"] = merged.get("unclassified_as", "A")
    return values


def parse_years(text: str) -> list[int] | None:
    """2019、2020 (or 2019,2020 / 2019 2020) → [2019, 2020]; empty → None (the default window)."""
    parts = [p for p in re.split(r"[\s,，、;；]+", (text or "").strip()) if p]
    if not parts:
        return None
    years = []
    for p in parts:
        if not (p.isascii() and p.isdigit() and 1900 <= int(p) <= 2100):
            raise YearEndError(_("年份须为 1900 到 2100 之间的整数，以顿号或逗号分隔"))
        years.append(int(p))
    return sorted(set(years))


def config_from_values(values: dict) -> dict:
    """A scheme's rules from the form's cleaned values, checked like JSON rules are."""
    config = default_config()
    for s in SETTINGS:
        value = values.get(s.name)
        node = config
        for key in s.path[:-1]:
            node = node[key]
        node[s.path[-1]] = (int(value) if s.integer and value is not None else value)
    config["classes"]["C"]["years"] = parse_years(values.get("c_years", ""))
    config["unclassified_as"] = values.get("unclassified_as", "A")
    errors = validate_config(config)
    if errors:
        raise YearEndError("；".join(errors))
    return config
