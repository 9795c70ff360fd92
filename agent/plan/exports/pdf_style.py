"""What the PDF's pieces share: fonts, paragraph styles, stream colours and table styles."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Table, TableStyle

from agent.plan.models import Plan
from agent.plan.sentences import one_line

ROLE_COLOURS = {"anchor": "#0072B2", "client": "#E69F00", "leverage": "#009E73", "seed": "#CC79A7"}
#: For a second stream of a role already coloured (so no two streams share a colour).
SPARE_COLOURS = ("#56B4E9", "#D55E00", "#999999", "#F0E442", "#000000")
_FONT_FILES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
)


def fonts() -> tuple[str, str]:
    """A Unicode font where the system has one (names in any script print), else Helvetica."""
    regular, bold = _FONT_FILES
    if not (regular.is_file() and bold.is_file()):
        return "Helvetica", "Helvetica-Bold"
    if "PlanSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("PlanSans", str(regular)))
        pdfmetrics.registerFont(TTFont("PlanSans-Bold", str(bold)))
    return "PlanSans", "PlanSans-Bold"


def para_text(text: str) -> str:
    """User text made safe for Paragraph markup: one line, XML escaped."""
    return escape(one_line(text))


@dataclass(frozen=True)
class Kit:
    """The fonts, paragraph styles and stream colours of one document."""

    font: str
    bold: str
    styles: dict[str, ParagraphStyle]
    colours: dict[str, str]

    def p(self, style: str) -> ParagraphStyle:
        """A paragraph style by name: Title, H2, H3, Body, Small, Cell, Head."""
        return self.styles[style]


def kit(plan: Plan) -> Kit:
    """The kit for ``plan``: fonts, styles (headings stay with what follows them) and a
    distinct colour per stream."""
    font, bold = fonts()
    base = getSampleStyleSheet()
    styles = {
        "Title": ParagraphStyle("T", parent=base["Title"], fontName=bold, fontSize=18,
                                spaceAfter=4),
        "H2": ParagraphStyle("H2", parent=base["Heading2"], fontName=bold, fontSize=13,
                             spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "H3": ParagraphStyle("H3", parent=base["Heading3"], fontName=bold, fontSize=10.5,
                             spaceBefore=6, spaceAfter=2, keepWithNext=1),
        "Body": ParagraphStyle("B", parent=base["BodyText"], fontName=font, fontSize=9.5,
                               leading=12.5),
        "Small": ParagraphStyle("S", parent=base["BodyText"], fontName=font, fontSize=8.5,
                                leading=11, textColor=colors.HexColor("#444444")),
        "Cell": ParagraphStyle("C", parent=base["BodyText"], fontName=font, fontSize=8,
                               leading=10),
        "Head": ParagraphStyle("H", parent=base["BodyText"], fontName=bold, fontSize=8,
                               leading=10),
    }  # fmt: skip
    return Kit(font, bold, styles, stream_colours(plan))


def stream_colours(plan: Plan) -> dict[str, str]:
    """A distinct colour per stream id: its role's colour first, a spare one after that."""
    used: set[str] = set()
    spare = iter(SPARE_COLOURS * 4)
    out = {}
    for s in plan.streams:
        colour = ROLE_COLOURS.get(s.role, "")
        while not colour or colour in used:
            colour = next(spare)
        used.add(colour)
        out[s.id] = colour
    return out


def grid_table(rows: list[list[Any]], widths: list[float], k: Kit, *, header: bool = True) -> Table:
    """A table with a light grid and, when ``header``, a shaded first row repeated on each
    page the table runs onto."""
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    commands: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), k.font),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#aaaaaa")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")))
    table.setStyle(TableStyle(commands))
    return table


def ink(colour: str) -> Any:
    """Dark text on a light colour, white on a dark one."""
    digits = colour.lstrip("#")
    r, g, b = (int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return colors.HexColor("#1a1a1a") if 0.299 * r + 0.587 * g + 0.114 * b > 0.6 else colors.white
