"""Organisations (组织机构): a registry of canonical names with aliases.

Departments are named many ways in the same government's documents: 区审管办 and
区行政审批服务办 are one office; 区市场监督局 is a slip for 区市场监管局.  The
registry maps every name as written to one canonical organisation, marks
collective names (各街道, 相关街道) that stand for a group rather than one unit,
and recognises organisation names it has never seen by the way such names end.

The default registry is loaded from ``data/organisations.json`` and can be
extended at run time (the web application stores its own edits).

What the data file merges, and why.  The registry holds names, not
governments: 区财政局 is the name every district's finance bureau goes by, so
one entry serves 上城 and 拱墅 documents alike.  Two names are merged only when
the documents make them one (区审管办 = 区行政审批服务办; 城站管委会 leads the
城站广场 tasks) or when one is the standard abbreviation of the other's full
name (区卫健局 = 区卫生健康局, 区应急局 = 区应急管理局, 区文广旅体局 =
区文化和广电旅游体育局, 区投促局 = 区投资促进局, 区府办 = 区政府办公室).
Slips seen in the documents are aliases (区市场监督局, 区文化和广电旅游体局,
区退役军人管理局, 市生态资源局上城分局).  区住建局 and 区住房和城建局 stay
apart: 住建 abbreviates 住房和城乡建设 while 上城 writes 住房和城建 for
住房和城市建设, they occur in different districts' documents, and nothing
states they are one.  Likewise 拱墅区税务局 and 区税务局, 消防拱墅大队 and
市消防救援支队上城大队 are separate units.  ``kind`` court covers the judicial
organs (区法院, 区检察院); 指挥部 and people's organisations are ``other``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import vocab
from .text import compact as _compact
from .text import for_parsing

DATA = Path(__file__).with_name("data") / "organisations.json"

# Characters that change nothing a reader sees: format characters (zero-width joiner and
# space, BOM, soft hyphen, direction marks) and controls.  A name carrying one would
# otherwise be a second organisation that displays exactly like the first.
_INVISIBLE = frozenset({"Cf", "Cc", "Cs", "Co", "Cn"})


@lru_cache(maxsize=16384)
def clean_name(name: str) -> str:
    """A name as compared and stored: NFKC (compatibility forms such as full-width letters
    and circled digits folded), invisible and control characters removed, trimmed."""
    name = unicodedata.normalize("NFKC", name or "")
    return "".join(ch for ch in name if unicodedata.category(ch) not in _INVISIBLE).strip()


@lru_cache(maxsize=16384)
def compact(name: str) -> str:
    """The key a name is known by: cleaned (``clean_name``), without any whitespace.  Cached, as
    ``clean_name``: table readers try every cell of every row as a name."""
    return _compact(clean_name(name))

# How Chinese organisation names end.  Longest first so 管委会 wins over 会.
SUFFIXES = tuple(sorted((
    "局", "分局", "办", "办公室", "委", "委员会", "管委会", "部", "院", "法院", "检察院",
    "处", "街道", "街道办事处", "办事处", "队", "大队", "支队", "公司", "集团", "中心",
    "指挥部", "会", "联", "残联", "妇联", "团区委", "总工会", "协会", "小组", "分中心",
    "管理处", "所", "站", "社", "馆", "校", "学校", "医院", "银行", "建设指挥部",
    "成员单位", "责任单位", "单位", "部门", "工作组", "专班", "政府", "人民政府",
), key=len, reverse=True))

# Collective names: a group of units, not one.  Either a quantifier (各, 相关,
# 有关 …) before a short noun for a kind of unit (各街道, 相关建设指挥部,
# 各投资建设主体), or a group ending (…成员单位, …等部门).  The noun must end
# like a unit so that a sentence such as 各项工作正常开展 is not a collective.
_COLLECTIVE = re.compile(
    rf"^(?:{vocab.alternation('org.collective_lead')})[^,;。:]{{0,12}}?"
    rf"(?:{vocab.alternation('org.unit_noun')})$"
    rf"|(?:{vocab.alternation('org.group_end')})$"
)

# Words that put a phrase in the voice of a report, not of a name: an
# organisation name never says 已/正在/完成.  Used to keep sentences such as
# 任务已分解到各街道和部门 from passing as a name that happens to end in 部门.
_NOT_A_NAME = re.compile(
    rf"{vocab.alternation('org.report_voice')}|的$|[0-9]"
    # a phrase opening with a verb is a task (办好文化节), not a name
    rf"|^(?:{vocab.alternation('org.task_verb')})"
    # a bare role noun is a column header (责任单位, 发布单位), not a name
    rf"|^(?:{vocab.alternation('org.role')})?(?:{vocab.alternation('org.bare_unit')})$"
)

# Sentence-final punctuation: an unknown organisation name at the end of a
# flattened row follows the row's last sentence.
_SENTENCE_END = "。;!?\u201d\u300b"

_A_WORD = re.compile(r"\w")
_SPLIT = re.compile(r"[、,，;；/]|\s+|及(?=[区市县省])|和(?=[区市县省])")


@dataclass
class Organisation:
    """A canonical organisation with the other names it goes by."""

    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str = "department"   # department | street | collective | company | court | other
    parent: str | None = None


class Registry:
    """Canonical organisations and their aliases; see module docstring."""

    def __init__(self, organisations: list[Organisation] | None = None):
        self._orgs: dict[str, Organisation] = {}
        self._index: dict[str, str] = {}
        for org in organisations or []:
            self.add(org)

    # --- building -------------------------------------------------------
    @classmethod
    def from_file(cls, path: Path | str = DATA) -> Registry:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls([Organisation(**item) for item in raw["organisations"]])

    @classmethod
    def default(cls) -> Registry:
        return _default_copy()._clone()

    def copy(self) -> Registry:
        return Registry([Organisation(o.name, list(o.aliases), o.kind, o.parent) for o in self._orgs.values()])

    def _clone(self) -> Registry:
        """The same organisations and index, copied as they are (no name normalised again): what
        ``default`` hands out per document, from one ``copy`` of the data file's registry."""
        new = Registry()
        new._orgs = {key: Organisation(o.name, list(o.aliases), o.kind, o.parent) for key, o in self._orgs.items()}
        new._index = dict(self._index)
        return new

    def add(self, org: Organisation) -> Organisation:
        """Add an organisation, or merge its aliases into an existing one."""
        existing = self.lookup(org.name)
        if existing is not None:
            for alias in org.aliases:
                if compact(alias) not in self._index:
                    existing.aliases.append(alias)
                    self._index[compact(alias)] = existing.name
            return existing
        self._orgs[org.name] = org
        self._index[compact(org.name)] = org.name
        for alias in org.aliases:
            self._index.setdefault(compact(alias), org.name)
        return org

    def add_alias(self, canonical: str, alias: str) -> None:
        org = self.lookup(canonical)
        if org is None:
            org = self.add(Organisation(canonical))
        key = compact(alias)
        if key not in self._index:
            org.aliases.append(alias)
            self._index[key] = org.name

    def __iter__(self):
        return iter(self._orgs.values())

    def __len__(self) -> int:
        return len(self._orgs)

    def names(self) -> list[str]:
        """Every name and alias, longest first (for matching inside text)."""
        return sorted(self._index, key=len, reverse=True)

    # --- using ----------------------------------------------------------
    def lookup(self, name: str, fuzzy: bool = False) -> Organisation | None:
        """The organisation ``name`` stands for, or None.

        X街道 and X街道办事处 name the same office (the short form is how most
        tables write it), so one is tried for the other.  With ``fuzzy`` a name
        one dropped or added character away from a known one is accepted too
        (see ``suggest``).
        """
        key = compact(name)
        canonical = self._index.get(key)
        if canonical is None and key.endswith("街道办事处"):
            canonical = self._index.get(key[: -len("办事处")])
        elif canonical is None and key.endswith("街道"):
            canonical = self._index.get(key + "办事处")
        if canonical is None and fuzzy:
            canonical = self.suggest(key)
        return self._orgs.get(canonical) if canonical else None

    def normalise(self, name: str, fuzzy: bool = False) -> str:
        """The canonical name for ``name``; the name itself (tidied) if unknown."""
        org = self.lookup(name, fuzzy=fuzzy)
        return org.name if org else compact(name)

    def suggest(self, name: str) -> str | None:
        """Canonical name of the one known name that ``name`` is a slip of.

        Typists drop or double a character in long names (区文化和广电旅游体局
        for 区文化和广电旅游体育局).  Accepted: exactly one character dropped
        or added (no substitutions: 区教育局 and 区体育局 differ by one
        substituted character and are different bureaus), the same first
        character (the level, 区/市, is never the slip), at least five
        characters, and only when a single organisation is that close.
        """
        key = compact(name)
        if len(key) < 5:
            return None
        if key in self._index:
            return self._index[key]
        found: set[str] = set()
        for known, canonical in self._index.items():
            if known[0] != key[0] or abs(len(known) - len(key)) != 1:
                continue
            short, long_ = (key, known) if len(key) < len(known) else (known, key)
            if _one_insertion(short, long_):
                found.add(canonical)
        return found.pop() if len(found) == 1 else None

    def remove_alias(self, alias: str) -> None:
        """Forget an alias (not a canonical name): for edits and for tests."""
        key = compact(alias)
        canonical = self._index.get(key)
        if canonical is None or compact(canonical) == key:
            return
        del self._index[key]
        org = self._orgs[canonical]
        org.aliases = [a for a in org.aliases if compact(a) != key]

    def is_collective(self, name: str) -> bool:
        org = self.lookup(name)
        if org is not None:
            return org.kind == "collective"
        return bool(_COLLECTIVE.search(compact(name)))

    def looks_like_org(self, name: str) -> bool:
        """Known, or shaped like an organisation name (short, ending in 局/办/街道 …)."""
        key = compact(name)
        if not key:
            return False
        if self.lookup(key) is not None:
            return True
        if len(key) > 20 or any(ch in key for ch in "。,:;“”\"%!?") or _NOT_A_NAME.search(key):
            return False
        return key.endswith(SUFFIXES) or bool(_COLLECTIVE.search(key))

    def split_list(self, cell: str) -> list[str]:
        """Split a cell like '区财政局、区统计局、各街道' into names; a mark inside brackets splits none
        (各县（市、区）政府 is one name: the levels it covers, not a list)."""
        text = for_parsing(cell)
        parts, start = [], 0
        for found in _SPLIT.finditer(text):
            if text.count("(", 0, found.start()) > text.count(")", 0, found.start()):
                continue
            parts.append(text[start:found.start()])
            start = found.end()
        parts.append(text[start:])
        # (a cell left empty printed as a dash, —, －, - -, names no one: a name has a word in it)
        return [p for p in (s.strip() for s in parts) if _A_WORD.search(p)]

    def is_org_list(self, line: str) -> bool:
        """True when every item of ``line`` looks like an organisation name."""
        parts = self.split_list(line)
        return bool(parts) and all(self.looks_like_org(p) for p in parts)

    def find_suffix(self, line: str, unknown: bool = False) -> tuple[int, str] | None:
        """The organisation name that ends ``line``: (offset where it starts, name as written).

        Known names and aliases first (longest wins).  With ``unknown``, a
        name the registry has never seen is accepted when it stands alone
        after the line's last sentence (…正在改造过程中。望海潮公司), or is the
        whole line, and is shaped like a name (``looks_like_org``): without
        punctuation before it there is no telling where an unknown name begins.
        """
        stripped = line.rstrip()
        key = for_parsing(stripped)
        best: tuple[int, str] | None = None
        for name in self._names_by_last_char().get(key[-1:] if key else "", ()):
            if key.endswith(name):
                start = len(stripped) - len(name)
                if best is None or start < best[0]:
                    best = (start, stripped[start:])
        if best is not None or not unknown or not key:
            return best
        # After the last sentence end, or the whole line (a unit on a line of
        # its own, as when a row wraps before its lead).
        cut = max(key.rfind(ch) for ch in _SENTENCE_END)
        tail = stripped[cut + 1:]
        start = cut + 1 + (len(tail) - len(tail.lstrip()))
        name = stripped[start:]
        if 2 < len(name) <= 20 and self.looks_like_org(name) and not self.is_collective(name):
            return (start, name)
        return None

    def _names_by_last_char(self) -> dict[str, list[str]]:
        cache = getattr(self, "_by_last", None)
        if cache is None or cache[0] != len(self._index):
            groups: dict[str, list[str]] = {}
            for name in self._index:
                groups.setdefault(name[-1], []).append(name)
            cache = (len(self._index), groups)
            self._by_last = cache
        return cache[1]

    def to_json(self) -> dict:
        return {"organisations": [
            {"name": o.name, "aliases": o.aliases, "kind": o.kind, "parent": o.parent}
            for o in self._orgs.values()
        ]}


def _one_insertion(short: str, long_: str) -> bool:
    """True when ``long_`` is ``short`` with exactly one character inserted."""
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


@lru_cache(maxsize=1)
def _default_copy() -> Registry:
    """Never handed out itself: ``Registry.default`` clones it, so callers may add to theirs."""
    return _default_registry().copy()


@lru_cache(maxsize=1)
def _default_registry() -> Registry:
    if DATA.exists():
        return Registry.from_file(DATA)
    return Registry()
