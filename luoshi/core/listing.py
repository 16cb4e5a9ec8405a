"""Lists as declarations (列表): sortable columns, filters and paging, shared by every list page.

A page declares its columns and filters once (as Datasette's filters.py
declares its filters as a table); ``Listing.apply`` reads the query string,
keeps only values it knows (an unknown sort key or filter value is ignored,
never passed to the database), orders, filters and pages the queryset with
Django's Paginator, and gives the template what it needs to draw sortable
headers, the filter form and the page links.

    AUDIT = Listing(
        columns=[Column("at", _("时间"), ("id",)), Column("action", _("操作"), ("action", "id")), …],
        filters=[Filter("action", _("操作"), "action__startswith", choices=…), …],
        default_sort="-at", search=("actor_name", "object_id"))
    result = AUDIT.apply(request, AuditEvent.objects.all())
    # template: {% include "core/_listing_head.html" with listing=result %} … {% include "core/_pager.html" %}
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from django.core.paginator import Page, Paginator
from django.db.models import Q, QuerySet

MAX_SEARCH = 100


@dataclass(frozen=True)
class Column:
    """A column; ``order_by`` (fields, first one decides) makes it sortable."""

    key: str
    label: str
    order_by: Sequence[str] = ()
    css: str = ""

    @property
    def sortable(self) -> bool:
        return bool(self.order_by)


@dataclass(frozen=True)
class Filter:
    """A filter: ``lookup`` is the queryset lookup the value goes to.

    ``kind``: "choice" (the value must be one of ``choices``), "text" (free text,
    length-limited), "date" (YYYY-MM-DD).  ``apply`` can replace the lookup with a
    function ``(queryset, value) -> queryset`` for anything a lookup cannot say."""

    key: str
    label: str
    lookup: str = ""
    kind: str = "choice"
    choices: Sequence[tuple[str, str]] | Callable[[], Sequence[tuple[str, str]]] = ()
    apply: Callable[[QuerySet, str], QuerySet] | None = None

    def options(self) -> list[tuple[str, str]]:
        return list(self.choices() if callable(self.choices) else self.choices)

    def clean(self, raw: str) -> str | None:
        raw = (raw or "").strip()
        if not raw:
            return None
        if self.kind == "choice":
            return raw if raw in {str(v) for v, _label in self.options()} else None
        if self.kind == "date":
            try:
                return date.fromisoformat(raw).isoformat()
            except ValueError:
                return None
        return raw[:MAX_SEARCH]


@dataclass
class HeaderCell:
    column: Column
    url: str = ""
    direction: str = ""     # "asc" | "desc" when this column sorts the list


@dataclass
class FilterField:
    filter: Filter
    value: str = ""


@dataclass
class ListingResult:
    page: Page
    headers: list[HeaderCell]
    filters: list[FilterField]
    sort: str
    q: str
    query: str = ""                  # the query string without page (for page links)
    active: dict = field(default_factory=dict)

    @property
    def rows(self):
        return self.page.object_list


@dataclass
class Listing:
    columns: list[Column]
    filters: list[Filter] = field(default_factory=list)
    default_sort: str = ""
    search: Sequence[str] = ()       # fields searched with icontains by ?q=
    page_size: int = 50

    def column(self, key: str) -> Column | None:
        return next((c for c in self.columns if c.key == key and c.sortable), None)

    def sort_of(self, raw: str) -> str:
        key = (raw or "").removeprefix("-")
        return raw if self.column(key) else self.default_sort

    def order(self, qs: QuerySet, sort: str) -> QuerySet:
        column = self.column(sort.removeprefix("-"))
        if column is None:
            return qs
        desc = sort.startswith("-")
        return qs.order_by(*[f"-{f}" if desc != f.startswith("-") else f.removeprefix("-")
                             for f in column.order_by])

    def filter(self, qs: QuerySet, params) -> tuple[QuerySet, dict[str, str], str]:
        active: dict[str, str] = {}
        for f in self.filters:
            value = f.clean(params.get(f.key, ""))
            if value is None:
                continue
            active[f.key] = value
            qs = f.apply(qs, value) if f.apply else qs.filter(**{f.lookup: value})
        q = (params.get("q", "") or "").strip()[:MAX_SEARCH]
        if q and self.search:
            cond = Q()
            for name in self.search:
                cond |= Q(**{f"{name}__icontains": q})
            qs = qs.filter(cond)
        return qs, active, q

    def headers(self, sort: str, keep) -> list[HeaderCell]:
        """Header cells; a sortable one links to the list sorted by it (again: reversed),
        keeping the other parameters ``keep`` (a dict or QueryDict, without sort and page)."""
        items = list(keep.lists()) if hasattr(keep, "lists") else [(k, [v]) for k, v in keep.items()]
        base = [(k, v) for k, vs in items for v in vs if k not in ("sort", "page")]
        out = []
        for c in self.columns:
            if not c.sortable:
                out.append(HeaderCell(c))
                continue
            current = sort.removeprefix("-") == c.key
            desc = sort.startswith("-")
            target = c.key if (current and desc) else (f"-{c.key}" if current else c.key)
            out.append(HeaderCell(c, "?" + urlencode([*base, ("sort", target)]),
                                  ("desc" if desc else "asc") if current else ""))
        return out

    def apply(self, request, qs: QuerySet, *, page_size: int | None = None) -> ListingResult:
        params = request.GET
        sort = self.sort_of(params.get("sort", ""))
        qs, active, q = self.filter(qs, params)
        qs = self.order(qs, sort)
        page = Paginator(qs, page_size or self.page_size).get_page(params.get("page"))
        keep = {k: v for k, v in active.items()}
        if q:
            keep["q"] = q
        headers = self.headers(sort, keep)
        return ListingResult(
            page=page, headers=headers, filters=[FilterField(f, active.get(f.key, "")) for f in self.filters],
            sort=sort, q=q, query=urlencode({**keep, "sort": sort}) if sort else urlencode(keep), active=active)
