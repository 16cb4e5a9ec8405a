"""Numbers in messy Chinese forms.

``parse_number`` converts one token (Arabic, full-width, 1,200, Chinese numerals
as cn2an reads them — the common ones read here, cn2an loaded for the rest — 百/千 alone, N分之M → M/N rounded to 4 places), or None when the
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


@lru_cache(maxsize=4096)
def parse_number(token: str | None) -> float | None:
    """The value of ``token``, or None when it is no number (十十, 万万, abc).  Cached: a row's figures are read
    by the progress parser, and again where a rule reads their words."""
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


# A numeral in characters as reports write them (五, 十五, 二十八, 五千, 三万二千, 一百零五) is read here, by the
# grammar and the arithmetic cn2an's "normal" mode applies to it; cn2an itself, whose import costs a command
# 0.1-0.3 s of CPU, only for the rest (一二三, 一万二, 三点五, 十十).  The grammar is cn2an's own (0.5.24,
# Cn2An.__get_pattern) over the characters parse_number lets through; a numeral cn2an would first rewrite
# (一千二十 → 一千零二十, 万零三千, 零十) is left to it.
_ONE_TO_NINE = "[一二两三四五六七八九]"
_TEN_TO_99 = f"{_ONE_TO_NINE}?十{_ONE_TO_NINE}?"
_TEN_TO_99_WITH_ONE = f"{_ONE_TO_NINE}十{_ONE_TO_NINE}?"
_TO_99 = f"(?:{_TEN_TO_99}|{_ONE_TO_NINE})"
_100_TO_999 = f"(?:{_ONE_TO_NINE}百(?:[零〇]{_ONE_TO_NINE})?|{_ONE_TO_NINE}百{_TEN_TO_99_WITH_ONE})"
_TO_999 = f"(?:{_100_TO_999}|{_TO_99})"
_1000_TO_9999 = f"(?:{_ONE_TO_NINE}千(?:[零〇]{_TO_99})?|{_ONE_TO_NINE}千{_100_TO_999})"
_TO_9999 = f"(?:{_1000_TO_9999}|{_TO_999})"
_WAN = f"(?:{_TO_9999}万(?:[零〇]{_TO_999})?|{_TO_9999}万{_1000_TO_9999})"
_TO_WAN = f"(?:{_WAN}|{_TO_9999})"
_YI = f"(?:{_TO_WAN}亿(?:[零〇]{_TO_WAN})?|{_TO_WAN}亿{_WAN})"
_READ_HERE = re.compile(f"[零〇]|{_YI}|{_TO_WAN}")
# cn2an's rewrites before it checks the grammar (Cn2An.__normalize_integer_data, and 零十/零百)
_REWRITTEN = re.compile("万[零〇](?=[零〇一二两三四五六七八九]千)|[万亿][零〇一二两三四五六七八九][十百]"
                        "|千[零〇一二两三四五六七八九]?十|百十|[零〇][十百]")
_DIGIT_VALUES = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
                 "九": 9}
_UNIT_VALUES = {"十": 10, "百": 100, "千": 1000, "万": 10000, "亿": 100000000}


def _read_numeral(s: str) -> int | None:
    """``s`` read as cn2an's normal mode reads a numeral of its grammar (Cn2An.__integer_convert, right to left),
    or None when cn2an is to read it."""
    if not _READ_HERE.fullmatch(s) or _REWRITTEN.search(s):
        return None
    total, unit, big = 0, 1, 1
    for i, ch in enumerate(reversed(s)):
        if ch in _DIGIT_VALUES:
            total += _DIGIT_VALUES[ch] * unit
            continue
        unit = _UNIT_VALUES[ch]
        if unit % 10000 == 0:
            if unit > big:
                big = unit
            else:
                big = unit = unit * big
        if unit < big:
            unit *= big
        if i == len(s) - 1:
            total += unit
    return total


@lru_cache(maxsize=4096)
def _numeral(s: str) -> float | None:
    """A numeral in Chinese characters (``_read_numeral``, else cn2an: cached, cn2an prepares every call over
    its whole traditional-to-simplified table, about a millisecond), or None when malformed."""
    value = _read_numeral(s)
    if value is not None:
        return float(value)
    # loaded at the first numeral not read above (its import takes about 0.15 s)
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
