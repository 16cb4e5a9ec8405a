"""Evidence quotes marked inside the text they were taken from (证据高亮)."""

from __future__ import annotations


def highlight(text: str, evidence: list, source: str | None = "progress") -> list[tuple[str, bool]]:
    """``text`` cut into (piece, is_evidence) for a template to mark; the template
    escapes every piece.  Only evidence items of ``source`` count (None: all).

    Offsets are checked against the quote; when they no longer fit (the text an
    assessment read had figures appended, or changed since), the quote is looked
    up in the text instead, and a quote not found is left out."""
    spans = []
    for e in evidence or []:
        if not isinstance(e, dict) or (source and e.get("source", "progress") != source):
            continue
        quote = str(e.get("text") or "")
        if not quote:
            continue
        start, end = e.get("start"), e.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
                and text[start:end] == quote):
            start = text.find(quote)
            if start < 0:
                continue
            end = start + len(quote)
        spans.append((start, end))
    out, pos = [], 0
    for start, end in sorted(spans):
        start = max(start, pos)
        if start >= end:
            continue
        if start > pos:
            out.append((text[pos:start], False))
        out.append((text[start:end], True))
        pos = end
    if pos < len(text):
        out.append((text[pos:], False))
    return out
