"""Numbers in messy Chinese forms.

``parse_number`` converts one token (Arabic, full-width, 1,200, Chinese numerals
via cn2an, 百/千 alone, N分之M → M/N rounded to 4 places) and never raises.
``split_scale`` keeps a trailing 万/亿 apart (3.5万 → (3.5, "万")); ``apply_scale``
multiplies it back in.
"""

from __future__ import annotations

import re

import cn2an

from luoshi.engine.text import for_parsing

SCALES = {"万": 1e4, "亿": 1e8, "千万": 1e7, "百万": 1e6}
_CN = "零〇一二两三四五六七八九十百千万亿"
_ARABIC = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def parse_number(token: str) -> float | None:
    """The value of ``token`` or None; never raises."""
    try:
        s = for_parsing(token or "").strip()
        if not s or len(s) > 40:
            return None
        if _ARABIC.match(s):
            return float(s.replace(",", ""))
        if "分之" in s:
            den, num = s.split("分之", 1)
            d, n = parse_number(den), parse_number(num)
            return round(n / d, 4) if d and n is not None else None
        if s in ("百", "千", "万", "亿"):
            return {"百": 100.0, "千": 1000.0, "万": 1e4, "亿": 1e8}[s]
        m = re.match(r"^(\d+(?:\.\d+)?)(千万|百万|万|亿)$", s)
        if m:
            return float(m.group(1)) * SCALES[m.group(2)]
        if all(c in _CN + "点" for c in s):
            return float(cn2an.cn2an(s, "normal"))
    except Exception:  # noqa: BLE001 - bad input never raises
        return None
    return None


def split_scale(token: str) -> tuple[float | None, str]:
    """'3.5万' → (3.5, '万'); '两万' → (2.0, '万'); '1100' → (1100.0, '')."""
    s = for_parsing(token or "").strip()
    for sc in ("千万", "百万", "万", "亿"):
        if s.endswith(sc) and len(s) > len(sc):
            v = parse_number(s[: -len(sc)])
            if v is not None:
                return v, sc
    return parse_number(s), ""


def apply_scale(value: float | None, scale: str) -> float | None:
    """Multiply the scale back in: (3.5, '万') → 35000."""
    if value is None:
        return None
    return value * SCALES.get(scale, 1.0)
