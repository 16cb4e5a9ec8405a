"""Table recovery (表格还原): rows with typed columns from every layout.

Each layout module exposes ``find(text, registry, reference=None) -> list[Table]``
over the document's text (offsets into it); ``reference`` is an optional list of
sentences from a related document (the work report a progress table quotes); grids from .docx/.xlsx/.html/.pdf go through
``grid.tables_from_grids``.  Layouts are tried in order of how unmistakable
their signal is; a later layout's table that overlaps an accepted one is
dropped, so each stretch of text is read once.
"""

from __future__ import annotations

from ..model import SourceText, Table
from ..orgs import Registry
from . import bracket, cells, flat, grid, pipe, stacked, tabbed
from .columns import settle_figure_columns


def _layouts():
    """The text layouts in the order they are tried (docs/reference/layouts.md lists them)."""
    return [pipe, tabbed, bracket, cells, stacked, flat]


def recover_tables(
    source: SourceText, registry: Registry | None = None, reference: list[str] | None = None
) -> list[Table]:
    registry = registry or Registry.default()
    tables: list[Table] = list(grid.tables_from_grids(source.grids, source.grid_titles, registry))
    taken: list[tuple[int, int]] = []
    for layout in _layouts():
        found = layout.find(source.text, registry, reference)
        # A layout's own tables may interleave (a 续表 after another table);
        # only tables of a later layout must keep off text already read.
        kept = [t for t in found
                if not any((t.start or 0) < e and s < (t.end or 0) for s, e in taken)]
        taken.extend((t.start or 0, t.end or 0) for t in kept)
        tables.extend(kept)
    tables.sort(key=lambda t: (t.start is None, t.start or 0))
    for t in tables:
        settle_figure_columns(t)
    return tables
