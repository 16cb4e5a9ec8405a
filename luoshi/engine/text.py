"""Text normalisation for parsing.

``for_parsing`` maps full-width ASCII forms and the ideographic space to their
half-width forms one character for one character, so offsets found in the
normalised text are valid in the text as written.  Users always see the text
as written; only the parsers look at the normalised form.
"""

from __future__ import annotations

import operator
import re
import sys
from functools import lru_cache

# U+FF01..U+FF5E are the full-width forms of U+0021..U+007E.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20   # ideographic space
_FULLWIDTH[0x00A0] = 0x20   # no-break space
_FULLWIDTH[0x2002] = 0x20
_FULLWIDTH[0x2003] = 0x20
_FULLWIDTH[0xFE30] = 0x3A   # presentation-form colon
_FULLWIDTH[0x2236] = 0x3A   # ratio sign, often typed for a colon
_FULLWIDTH[0xFF5E] = 0x7E

# The same map as a list indexed by code point: ``str.translate`` looks a list up several times
# faster than a dict (no int object per character); code points past the list are left as they are.
_TABLE = [chr(cp) for cp in range(0x10000)]
for _cp, _to in _FULLWIDTH.items():
    _TABLE[_cp] = chr(_to)


# The characters ``_FULLWIDTH`` maps, and to what.  A shorter text is mapped by replacing the few of them
# it holds (a sentence: its full-width commas, colons, brackets) each in one pass: about twice as fast as
# ``str.translate``, which looks every character up.  (Every one maps to ASCII, which none of them is: no
# replacement makes another's character.)
_MAPPED = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_FULLWIDTH)) + "]")
_MAPPED_TO = {chr(cp): chr(to) for cp, to in _FULLWIDTH.items()}


# From this many characters one numpy pass over the code points (the same map as a uint32 array,
# ``_codes_table``) is several times faster than ``str.translate``, which looks every character
# up in turn: a whole document in a tenth of the time.  Only where numpy is loaded already (the
# engine's linking and verification load it); a reading child, which has not, is not made to.
_LONG = 256
_codes: list = []


def _codes_table(np):
    if not _codes:
        table = np.arange(0x10000, dtype=np.uint32)
        for cp, to in _FULLWIDTH.items():
            table[cp] = to
        _codes.append(table)
    return _codes[0]


@lru_cache(maxsize=2048)
def for_parsing(text: str) -> str:
    """Return ``text`` with full-width forms made half-width; same length.  Cached: every layout
    and the structure reader normalise the same document and the same lines again."""
    np = sys.modules.get("numpy") if len(text) >= _LONG else None
    if np is None:
        found = _MAPPED.findall(text)
        for ch in set(found):
            text = text.replace(ch, _MAPPED_TO[ch])
        return text
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = _codes_table(np)
    if int(codes.max()) < 0x10000:
        out = table[codes]
    else:                               # past the table: left as they are, as ``translate`` does
        out = np.where(codes < 0x10000, table[np.minimum(codes, 0xFFFF)], codes)
    return out.tobytes().decode("utf-32-le", "surrogatepass")


# After an item's number and its point (4．, 4.): a digit there is a decimal's (1.5亿元 opens no item 1), unless it
# opens a date (4．2027年底前…, 3.6月底前…: the item's text starts on its deadline).  Not after 、 (1、2月份 is two months).
NOT_A_DECIMAL = r"(?!\d(?!\d{3}年|\d?月))"

_DROP = re.compile(r"[\W_]+")
_SPACE = re.compile(r"\s+")


_KEEP: list = []            # ``_TABLE`` with every code point that is not a letter or digit deleted
_PAST_TABLE = re.compile("[\U00010000-\U0010FFFF]")


@lru_cache(maxsize=16384)
def normalise(text: str | None) -> str:
    """Letters and digits only, half-width: a text as compared (linking, metric similarity).
    Cached: linking and verification normalise the same cells and metrics again and again.

    ``_DROP`` (not ``\\w``, or ``_``) after ``for_parsing``, done as one ``str.translate`` whose
    table deletes what ``_DROP`` would (twice as fast); a code point past the table, which
    ``translate`` leaves as it is, is then left to ``_DROP`` itself."""
    if not _KEEP:
        _KEEP.extend(c if c.isalnum() else None for c in _TABLE)
    out = (text or "").translate(_KEEP)
    return _DROP.sub("", out) if _PAST_TABLE.search(out) else out


def bigrams(text: str) -> set[str]:
    """The character pairs of ``text``."""
    return set(map(operator.add, text, text[1:]))


def compact(text: str) -> str:
    """Remove all whitespace: '任 务 名 称' -> '任务名称' (spaced-out headers).  (``str.split`` cuts at what
    re's ``\\s`` matches on a str, Py_UNICODE_ISSPACE, in one pass: twice as fast as ``_SPACE.sub``.)"""
    return "".join(for_parsing(text).split())


# Quotes, titles and brackets of either width: what they enclose is an aside, not the sentence's own parting.
_OPENERS = "“(（《[【「"
_CLOSERS = "”)）》]】」"


def outside_brackets(text: str, marks: str, unclosed_hides: bool = False) -> list[int]:
    """Offsets of the characters of ``marks`` in ``text`` outside quotes and brackets (（…）, (…), 《…》, “…”,
    nested; a closer of any kind ends the innermost opener, as typed text mixes widths).  An opener that never
    closes encloses nothing (a dropped ） is a slip: the marks after it stay the sentence's) unless
    ``unclosed_hides``: then the rest of the text stays inside it.  One pass, no regex."""
    stack: list[int] = []           # the openers still open, numbered in order
    closed: set[int] = set()
    points: list[tuple[int, int]] = []      # (offset, the innermost open opener's number or -1)
    opened = 0
    for i, ch in enumerate(text):
        if ch in _OPENERS:
            stack.append(opened)
            opened += 1
        elif ch in _CLOSERS:
            if stack:
                closed.add(stack.pop())
        elif ch in marks:
            points.append((i, stack[-1] if stack else -1))
    return [i for i, o in points if o < 0 or not (unclosed_hides or o in closed)]


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without the line break; handles \\r\\n."""
    return list(_line_spans(text))


@lru_cache(maxsize=8)
def _line_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Cached: every table layout and the structure reader split the same document."""
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        spans.append((pos, pos + len(body)))
        pos += len(line)
    return tuple(spans)
