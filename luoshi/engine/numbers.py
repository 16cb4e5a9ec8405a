"""Numbers in messy Chinese forms.

``parse_number`` converts one token (Arabic, full-width, 1,200, Chinese numerals
via cn2an, 百/千 alone, N分之M → M/N rounded to 4 places), or None when the
token is no number.
``split_scale`` keeps a trailing 万/亿 apart (3.5万 → (3.5, "万")); ``apply_scale``
multiplies it back in.
"""

from __future__ import annotations

import re
from functools import lru_cache

from luoshi.engine import vocab
from luoshi.engine.text import for_parsing

SCALES = vocab.scales()
_SCALE_SUFFIX = re.compile(rf"^(\d+(?:\.\d+)?)({vocab.scale_alternation()})$")
_CN = "零〇一二两三四五六七八九十百千万亿"
_ARABIC = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def parse_number(token: str | None) -> float | None:
    """The value of ``token``, or None when it is no number (十十, 万万, abc)."""
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
    m = _SCALE_SUFFIX.match(s)
    if m:
        return float(m.group(1)) * SCALES[m.group(2)]
    if all(c in _CN + "点" for c in s):
        return _numeral(s)
    return None


@lru_cache(maxsize=4096)
def _numeral(s: str) -> float | None:
    """A numeral in Chinese characters by cn2an (cached: cn2an prepares every call over its whole
    traditional-to-simplified table, about a millisecond), or None when malformed."""
    # loaded at the first numeral in characters (its import takes about 0.15 s)
    import cn2an

    try:
        return float(cn2an.cn2an(s, "normal"))
    except (ValueError, KeyError):      # cn2an's answers to a malformed numeral (十十, 点; 十十一: KeyError)
        return None


def split_scale(token: str) -> tuple[float | None, str]:
    """'3.5万' → (3.5, '万'); '两万' → (2.0, '万'); '1100' → (1100.0, '')."""
    s = for_parsing(token or "").strip()
    for sc in vocab.longest_first(SCALES):
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
