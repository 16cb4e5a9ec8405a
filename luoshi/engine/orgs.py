"""Organisations (组织机构): a registry of canonical names with aliases.

Departments are named many ways in the same government's documents: 区审管办 and
区行政审批服务办 are one office; 区市场监督局 is a slip for 区市场监管局.  The
registry maps every name as written to one canonical organisation, marks
collective names (各街道, 相关街道) that stand for a group rather than one unit,
and recognises organisation names it has never seen by the way such names end.

The default registry is loaded from ``data/organisations.json`` and can be
extended at run time (the web application stores its own edits).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .text import compact, for_parsing

DATA = Path(__file__).with_name("data") / "organisations.json"

# How Chinese organisation names end.  Longest first so 管委会 wins over 会.
SUFFIXES = tuple(sorted((
    "局", "分局", "办", "办公室", "委", "委员会", "管委会", "部", "院", "法院", "检察院",
    "处", "街道", "街道办事处", "办事处", "队", "大队", "支队", "公司", "集团", "中心",
    "指挥部", "会", "联", "残联", "妇联", "团区委", "总工会", "协会", "小组", "分中心",
    "管理处", "所", "站", "社", "馆", "校", "学校", "医院", "银行", "建设指挥部",
    "成员单位", "责任单位", "单位", "部门", "工作组", "专班",
), key=len, reverse=True))

# Collective names: a group of units, not one.
_COLLECTIVE = re.compile(
    r"^(各|相关|有关|全区各|其他|各有关|区级各|区各)"
    r"|(成员单位|各成员单位|责任单位|项目单位|各单位|等部门|等单位)$"
)

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
        return _default_registry().copy()

    def copy(self) -> Registry:
        return Registry([Organisation(o.name, list(o.aliases), o.kind, o.parent) for o in self._orgs.values()])

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
    def lookup(self, name: str) -> Organisation | None:
        canonical = self._index.get(compact(name))
        return self._orgs.get(canonical) if canonical else None

    def normalise(self, name: str) -> str:
        """The canonical name for ``name``; the name itself (tidied) if unknown."""
        org = self.lookup(name)
        return org.name if org else compact(name)

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
        if key in self._index:
            return True
        if len(key) > 30 or any(ch in key for ch in "。,:;“”\"()%"):
            return False
        return key.endswith(SUFFIXES) or bool(_COLLECTIVE.search(key))

    def split_list(self, cell: str) -> list[str]:
        """Split a cell like '区财政局、区统计局、各街道' into names."""
        return [p for p in (s.strip() for s in _SPLIT.split(for_parsing(cell))) if p]

    def is_org_list(self, line: str) -> bool:
        """True when every item of ``line`` looks like an organisation name."""
        parts = self.split_list(line)
        return bool(parts) and all(self.looks_like_org(p) for p in parts)

    def find_suffix(self, line: str) -> tuple[int, str] | None:
        """The organisation name that ends ``line``: (offset where it starts, name as written).

        Known names and aliases first (longest wins); the caller decides
        whether an unknown, suffix-shaped tail is acceptable.
        """
        stripped = line.rstrip()
        key = for_parsing(stripped)
        best: tuple[int, str] | None = None
        for name in self._names_by_last_char().get(key[-1:] if key else "", ()):
            if key.endswith(name):
                start = len(stripped) - len(name)
                if best is None or start < best[0]:
                    best = (start, stripped[start:])
        return best

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


@lru_cache(maxsize=1)
def _default_registry() -> Registry:
    if DATA.exists():
        return Registry.from_file(DATA)
    return Registry()
