"""The PDF's shared-risk and skill-edge sections: a small table and a few lines (reportlab).

Every string comes from :mod:`agent.plan.exports.risk_text` and is XML-escaped before it goes
into Paragraph markup.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from agent.plan.edge import SkillProfiler
from agent.plan.exports.risk_text import FACTOR_HEADER, edge_evidence, edge_title, risk_section
from agent.plan.exports.text import one_line
from agent.plan.models import Plan


def _p(text: str) -> str:
    return escape(one_line(text))


def risk_flowables(
    plan: Plan,
    styles: dict[str, ParagraphStyle],
    font: str,
    bold: str,
    profiler: SkillProfiler | None = None,
) -> list[Flowable]:
    """'Shared risks' (score, factors, scenarios) and 'Your edge' (skill combinations);
    ``styles`` holds ``H2``, ``Body`` and ``Cell`` paragraph styles."""
    section = risk_section(plan, profiler)
    if section.empty:
        return []
    body, cell = styles["Body"], styles["Cell"]
    out: list[Flowable] = []
    if section.score is not None or section.audit_factors:
        out.append(Paragraph("Shared risks", styles["H2"]))
    if section.score is not None:
        out.append(Paragraph(f"<b>Diversification:</b> {section.score.value:.1f} / 5", body))
        out += [Paragraph(f"• {_p(r)}", body) for r in section.score.reasons]
    if section.factor_rows:
        head = styles.get("Head", cell)
        rows: list[list[Any]] = [[Paragraph(_p(h), head) for h in FACTOR_HEADER]]
        rows += [[Paragraph(_p(c), cell) for c in row] for row in section.factor_rows]
        out += [Spacer(1, 2 * mm), _table(rows, font, bold), Spacer(1, 2 * mm)]
        out += [Paragraph(f"• {_p(s)}", body) for s in section.scenarios]
    out += [Paragraph(f"• In the audit: {_p(a)}", body) for a in section.audit_factors]
    if section.edges:
        out.append(Paragraph("Your edge: skills that combine", styles["H2"]))
        for edge in section.edges:
            out.append(Paragraph(f"<b>{_p(edge_title(edge))}</b>", body))
            out += [Paragraph(f"• {_p(why)}", body) for why in edge.why]
            out.append(Paragraph(f"• evidence: {_p(edge_evidence(edge))}", body))
    return out


def _table(rows: list[list[Any]], font: str, bold: str) -> Table:
    table = Table(rows, colWidths=[40 * mm, 38 * mm, 76 * mm, 20 * mm])
    table.setStyle(
        TableStyle(
            [("FONTNAME", (0, 0), (-1, -1), font), ("FONTNAME", (0, 0), (-1, 0), bold),
             ("FONTSIZE", (0, 0), (-1, -1), 8), ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        )
    )  # fmt: skip
    return table
