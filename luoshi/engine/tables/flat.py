"""Layout: flat (扁平表) — a table whose cells were glued together.

Copying a Word table into plain text often drops every separator: the header
becomes one run of known header words (内容1-6月完成情况牵头单位) and each row
becomes task + progress + lead unit on one line, sometimes wrapped so that the
unit stands on a line of its own.  What still marks the structure:

* the header is a concatenation of known header words (``columns.EXACT``),
  each optionally preceded by a period (1-6月, 上半年, 第二季度);
* every row ends in an organisation name (the lead column is last), so a line
  that does not end in one continues onto the next line;
* the task is quoted from the work report and the progress follows it.  With
  the report's sentences as ``reference`` the task is the run of leading
  sentences found (or nearly found) in the report; without it, the task is
  the row's first sentence, or the part of it before a clause in the voice of
  work done (…;已完成…) — less exact, measured in the tests.
"""

from __future__ import annotations

import re
import sys

from .. import vocab
from ..model import Row, Table
from ..text import for_parsing, line_spans
from .columns import EXACT, column_for

# A period written before a header word: 1-6月完成情况, 上半年进展情况.
_PERIOD = re.compile(
    r"(?:\d{4}年)?(?:\d{1,2}[-—~至]\d{1,2}月份?|\d{1,2}月份?|第?[一二三四1-4]季度|"
    rf"{vocab.alternation('table.header_period')}|截至\d{{1,2}}月(?:底|末)?)?"
)
_HEADER_WORDS = sorted((w for w in EXACT if len(w) >= 2), key=len, reverse=True)
_SEPARATORS = re.compile(r"[\s|,、;:。]")

# A row whose lead is not found within this many lines is not a wrapped row:
# the table has ended.
_MAX_WRAP = 3

# Sentence ends for splitting a row into sentences.  ；ends a clause-sentence
# too: report sentences are often quoted half at a time around a ；.
_SENTENCE = re.compile(r"[^。;!?]*(?:[。;!?]+|$)")
_FULL_STOP = re.compile(r"[^。!?]*(?:[。!?]+|$)")

# How a progress report opens inside the task's sentence (…建设;已完成80%).
_PROGRESS_CUE = re.compile(
    rf"\s*(?:{vocab.alternation('table.progress_cue')}|\d{{1,2}}[-—~至]\d{{1,2}}月)"
)

_STRIP_FOR_MATCH = re.compile(r"[\s,。;:!?、\u201c\u201d\u2018\u2019\"'()《》【】\[\]·…]+")  # (a run at a time)
_NGRAM = 4
_FOUND = 0.8   # share of a sentence's characters inside n-grams of the reference


def find(text: str, registry, reference: list[str] | None = None) -> list[Table]:
    """Every flattened table in ``text``; see the module docstring."""
    norm = for_parsing(text)
    spans = line_spans(text)
    matcher = ReferenceMatcher(reference) if reference else None
    tables: list[Table] = []
    i = 0
    while i < len(spans):
        s, e = spans[i]
        header = split_header(norm[s:e])
        if header is None:
            i += 1
            continue
        cells, columns = header
        rows, next_i = _read_rows(text, spans, i + 1, registry, columns, matcher)
        if len(rows) < 2:
            i += 1
            continue
        tables.append(Table(
            title=_title(text, spans, i),
            columns=columns,
            rows=rows,
            layout="flat",
            header=[text[s:e][a:b] for a, b in cells],
            start=s,
            end=rows[-1].end,
        ))
        i = next_i
    return tables


def split_sentences(text: str) -> list[str]:
    """A work report as reference sentences: split at 。；！？ and line ends."""
    out = []
    for line in for_parsing(text).splitlines():
        out.extend(m.group(0) for m in _SENTENCE.finditer(line) if m.group(0).strip())
    return out


# --- header ---------------------------------------------------------------
def split_header(line: str) -> tuple[list[tuple[int, int]], list[str]] | None:
    """Split a fused header line into known header words.

    Returns the cells' (start, end) inside ``line`` and their columns, or None
    when the line is not wholly a run of at least two known header words, or
    when its last column is not an organisation column (rows are split at the
    organisation name that ends them).
    """
    key = line.strip()
    if not key or len(key) > 40 or _SEPARATORS.search(key):
        return None
    lead = len(line) - len(line.lstrip())
    found = _segment(key)
    if found is None or len(found) < 2:
        return None
    cells = [(a, b) for a, _, b in found]
    # a cell's column is its header word's, the period before it aside
    columns = [column_for(key[w:b]) for _, w, b in found]
    if columns[-1] not in ("lead", "units") or columns[0] != "task":
        return None
    if any(c != "progress" for c in columns[1:-1]) or len(set(columns)) != len(columns):
        return None
    return [(a + lead, b + lead) for a, b in cells], columns


def _segment(key: str) -> list[tuple[int, int, int]] | None:
    # Dynamic programme over positions: best[p] = fewest cells covering
    # key[:p], each (cell start, header word start, end).
    best: dict[int, list[tuple[int, int, int]]] = {0: []}
    for p in range(len(key)):
        if p not in best:
            continue
        period = _PERIOD.match(key, p)
        starts = {p, period.end()} if period else {p}
        for q in starts:
            for word in _HEADER_WORDS:
                if key.startswith(word, q):
                    end = q + len(word)
                    cand = best[p] + [(p, q, end)]
                    if end not in best or len(cand) < len(best[end]):
                        best[end] = cand
    return best.get(len(key))


def _title(text: str, spans: list[tuple[int, int]], header_line: int) -> str:
    # The line above the header names the table when it is short and not a row.
    for j in range(header_line - 1, max(-1, header_line - 3), -1):
        line = text[spans[j][0]:spans[j][1]].strip()
        if line:
            return line if len(line) <= 60 and not line.endswith("。") else ""
    return ""


# --- rows -----------------------------------------------------------------
def _read_rows(text, spans, first, registry, columns, matcher):
    rows: list[Row] = []
    pending: list[int] = []   # line indexes of a row still waiting for its lead
    i = first
    while i < len(spans):
        s, e = spans[i]
        line = text[s:e]
        if not line.strip():
            i += 1
            continue
        if split_header(for_parsing(line)) is not None:
            break
        found = registry.find_suffix(line, unknown=True)
        if found is None or (not pending and not line[: found[0]].strip()):
            pending.append(i)
            if len(pending) > _MAX_WRAP:
                break
            i += 1
            continue
        first_line = pending[0] if pending else i
        body = "".join(text[spans[j][0]:spans[j][1]] for j in pending) + line[: found[0]]
        rows.append(_make_row(body, found[1].strip(), columns, matcher,
                              spans[first_line][0], s + found[0] + len(found[1]), first_line + 1))
        pending = []
        i += 1
    return rows, (pending[0] if pending else i)


def _make_row(body, lead, columns, matcher, start, end, line):
    body = body.strip()
    values: dict[str, str] = {}
    if "progress" in columns:
        cut = task_end(body, matcher)
        values["task"] = body[:cut].strip()
        values["progress"] = body[cut:].strip()
    else:
        values["task"] = body
    values[columns[-1]] = lead
    return Row(values=values, start=start, end=end, line=line)


# --- task / progress boundary ----------------------------------------------
def task_end(body: str, matcher: ReferenceMatcher | None = None) -> int:
    """Offset in ``body`` where the task ends and the progress begins."""
    if matcher is not None:
        cut = matcher.quoted_prefix(body)
        if cut > 0:
            return cut
    return _cue_boundary(body)


_SEMICOLON_OR_COMMA = re.compile(r"[;,]")


def _cue_boundary(body: str) -> int:
    # A quoted task is one sentence of the report (the report's next sentence
    # is another task, hence another row), so the progress starts at the
    # second sentence.  A one-sentence row may still hold both, the progress
    # opening a clause in the voice of work done (…建设;已完成80%).
    norm = for_parsing(body)
    sentences = [m for m in _FULL_STOP.finditer(norm) if m.group(0).strip()]
    if len(sentences) >= 2:
        return sentences[1].start()
    for m in _SEMICOLON_OR_COMMA.finditer(norm):
        if _PROGRESS_CUE.match(norm, m.end()):
            return m.end()
    return len(body)


class ReferenceMatcher:
    """Tells whether a sentence is quoted (nearly) from reference sentences.

    A sentence counts as quoted when most of its characters lie inside
    4-character runs that occur in the reference (tolerates a clause dropped,
    added or reworded) and every digit does (a quoted target keeps its
    figures; a progress sentence that echoes the task with its own figures,
    开展文化走亲11场 against the report's 10场, is not a quotation).

    The reference's n-grams are gathered at the first sentence looked up (a
    document with no flattened table needs none), each packed into one int, 16
    bits a character, where every character of the reference is in the BMP (a
    set of ints is built and probed several times faster than one of strings);
    otherwise as strings.
    """

    def __init__(self, reference: list[str]):
        self.text = _match_key("".join(reference))
        self._grams: set | None = None
        self._packed = not self.text or max(self.text) <= "\uffff"

    @property
    def grams(self) -> set:
        if self._grams is None:
            self._grams = _packed_grams(self.text) if self._packed else \
                {self.text[i:i + _NGRAM] for i in range(len(self.text) - _NGRAM + 1)}
        return self._grams

    def coverage(self, sentence: str) -> float:
        return self._coverage(_match_key(sentence))

    def _coverage(self, key: str, need: float | None = None) -> float:
        """``coverage`` of a sentence as ``_match_key`` gives it.  ``need``: only whether the coverage
        reaches it matters; 0.0 is returned as soon as it cannot (too many characters uncovered)."""
        if not key:
            return 0.0
        if len(key) < _NGRAM or key in self.text:
            return 1.0 if key in self.text else 0.0
        n = len(key)
        last = -_NGRAM                  # start of the last n-gram found so far
        covered = 0
        # Character k is settled once the n-gram starting at k is looked up: no later one covers it.
        for k, hit in enumerate(self._hits(key)):
            if hit:
                last = k
            if last > k - _NGRAM:
                covered += 1
            elif key[k].isdigit() or (need is not None and (n - k - 1 + covered) / n < need):
                return 0.0
        for k in range(n - _NGRAM + 1, n):
            if last > k - _NGRAM:
                covered += 1
            elif key[k].isdigit():
                return 0.0
        return covered / n

    def _hits(self, key: str):
        """For each n-gram of ``key`` in turn: whether the reference has it."""
        grams = self.grams
        if not self._packed:
            yield from (key[i:i + _NGRAM] in grams for i in range(len(key) - _NGRAM + 1))
            return
        g, astral = 0, -1       # the last n characters packed; where the last one past the BMP stands
        for j, c in enumerate(map(ord, key)):
            if c > 0xFFFF:
                astral = j      # (no n-gram holding it is in a reference of the BMP alone)
            g = ((g << 16) | c) & _PACKED_MASK
            if j >= _NGRAM - 1:
                yield astral <= j - _NGRAM and g in grams

    def is_quoted(self, sentence: str) -> bool:
        return self._coverage(_match_key(sentence), _FOUND) >= _FOUND

    def quoted_prefix(self, body: str) -> int:
        """End of the run of leading quoted sentences; 0 when the first is not quoted.

        The progress often opens by restating the task (持续推进某某未来社区
        建设,完成…搬迁工作), which is as quoted as the task itself; a sentence
        whose n-grams mostly repeat the task already taken is that echo, and
        ends the run.
        """
        cut = 0
        taken: set[str] = set()
        for m in _SENTENCE.finditer(for_parsing(body)):
            if not m.group(0).strip():
                continue
            key = _match_key(m.group(0))
            if self._coverage(key, _FOUND) < _FOUND:
                break
            grams = {key[i:i + _NGRAM] for i in range(len(key) - _NGRAM + 1)}
            if grams and len(grams & taken) >= len(grams) / 2:
                break
            taken |= grams
            cut = m.end()
        return cut


_PACKED_MASK = (1 << 16 * _NGRAM) - 1


def _packed_grams(text: str) -> set[int]:
    """The n-grams of ``text`` (every character in the BMP), each packed into one int, 16 bits a character;
    by numpy where it is loaded already (as ``text.for_parsing``), else one character at a time."""
    np = sys.modules.get("numpy")
    if len(text) < _NGRAM:
        return set()
    if np is not None:
        codes = np.frombuffer(text.encode("utf-16-le"), dtype=np.uint16).astype(np.uint64)
        packed = codes[:1 - _NGRAM] << np.uint64(16 * (_NGRAM - 1))
        for k in range(1, _NGRAM):
            packed |= codes[k:len(codes) - _NGRAM + 1 + k] << np.uint64(16 * (_NGRAM - 1 - k))
        return set(packed.tolist())
    out, g = set(), 0
    for j, c in enumerate(map(ord, text)):
        g = ((g << 16) | c) & _PACKED_MASK
        if j >= _NGRAM - 1:
            out.add(g)
    return out


def _match_key(text: str) -> str:
    return _STRIP_FOR_MATCH.sub("", for_parsing(text))
