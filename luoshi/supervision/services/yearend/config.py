"""A year-end scheme's configuration (考核办法): the defaults, reading it from JSON, checking it."""

from __future__ import annotations

import copy
import json
import math

from django.utils.translation import gettext as _

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


def clean_scheme(name: str, config_text: str) -> tuple[str, dict]:
    """(name, configuration) of a new scheme, or ``YearEndError`` saying what is wrong."""
    name = (name or "").strip()
    if not name:
        raise YearEndError(_("请填写名称"))
    if len(name) > 200:
        raise YearEndError(_("名称过长"))
    return name, parse_config(config_text)
