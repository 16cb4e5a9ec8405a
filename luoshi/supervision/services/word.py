"""Word (.docx) helpers shared by bulletins, exports and the year-end report: Chinese fonts.

Word picks a run's font for 汉字 from ``w:eastAsia``, not from the name python-docx sets
(``w:ascii``): without it a 仿宋 paragraph shows in the default CJK font."""

from __future__ import annotations

from docx.oxml.ns import qn
from docx.shared import Length, Pt, RGBColor


def _size(size) -> Length:
    return size if isinstance(size, Length) else Pt(size)


def set_font(run, name: str, size=None, bold: bool | None = None, colour: str | None = None) -> None:
    """A run's font for Latin and Chinese text alike; ``size`` in points (or a python-docx Length)."""
    run.font.name = name
    if size is not None:
        run.font.size = _size(size)
    if bold is not None:
        run.font.bold = bold
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def set_style_font(style, name: str, size=None) -> None:
    """A paragraph style's font (Normal …), Chinese text included."""
    style.font.name = name
    if size is not None:
        style.font.size = _size(size)
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
