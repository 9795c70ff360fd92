"""Fixture CVs generated on demand (PDF with reportlab, DOCX with python-docx, text files).

Nothing binary is committed: tests, the evaluation and the benchmark build the files here.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from evals.cv import texts


@dataclass(frozen=True)
class Fixture:
    """A generated CV: its file name, profession, format and a builder for its bytes."""

    name: str
    profession: str
    build: Callable[[], bytes]


def mojibake(text: str) -> str:
    """Text as it looks when UTF-8 bytes are read as Windows-1252 (undefined bytes kept)."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def pdf_pages(pages: Sequence[Sequence[str]], hidden: str | None = None) -> bytes:
    """A PDF with one text page per list of lines; ``hidden`` is drawn in white on page one."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for number, lines in enumerate(pages):
        y = 800.0
        for line in lines:
            for part in textwrap.wrap(line, 90) or [""]:
                pdf.setFont("Helvetica", 10)
                pdf.drawString(50, y, part)
                y -= 14
        if hidden and number == 0:
            pdf.setFillColorRGB(1, 1, 1)
            pdf.setFont("Helvetica", 4)
            pdf.drawString(50, 40, hidden)
            pdf.setFillColorRGB(0, 0, 0)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pdf_two_columns(main: Sequence[str], side: Sequence[str]) -> bytes:
    """A one-page PDF with a wide main column and a narrow sidebar on the right."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for x, width, lines in ((40, 60, main), (420, 28, side)):
        y = 800.0
        for line in lines:
            for part in textwrap.wrap(line, width):
                pdf.setFont("Helvetica", 9)
                pdf.drawString(x, y, part)
                y -= 13
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def docx_file(lines: Sequence[str], table: Sequence[Sequence[str]] | None = None) -> bytes:
    """A DOCX with one paragraph per line and, optionally, a table after them."""
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def image_only_pdf() -> bytes:
    """A PDF page with shapes and no text layer, as a scanned CV looks to a text reader."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for row in range(20):
        pdf.rect(50, 780 - row * 20, 300 - row * 7, 8, fill=1)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


FIXTURES: tuple[Fixture, ...] = (
    Fixture(
        "data-analyst_two-column.pdf",
        "data analyst",
        lambda: pdf_two_columns(texts.DATA_ANALYST_MAIN, texts.DATA_ANALYST_SIDE),
    ),
    Fixture(
        "nurse_tables.docx",
        "registered nurse",
        lambda: docx_file(texts.NURSE_LINES, texts.NURSE_TABLE),
    ),
    Fixture(
        "teacher_mojibake.txt",
        "secondary school teacher",
        lambda: mojibake(texts.TEACHER_TEXT).encode("utf-8"),
    ),
    Fixture(
        "graphic-designer_hidden-instruction.pdf",
        "graphic designer",
        lambda: pdf_pages([texts.DESIGNER_LINES], hidden=texts.DESIGNER_HIDDEN),
    ),
    Fixture(
        "chef-de-projet_fr.docx",
        "digital project manager (French)",
        lambda: docx_file(texts.CHEF_DE_PROJET_LINES),
    ),
    Fixture("translator_de.md", "translator (German)", lambda: texts.TRANSLATOR_MD.encode("utf-8")),
    Fixture("electrician.txt", "electrician", lambda: texts.ELECTRICIAN_TEXT.encode("cp1252")),
    Fixture(
        "marketing-manager_3-pages.pdf",
        "marketing manager",
        lambda: pdf_pages(texts.MARKETING_PAGES),
    ),
    Fixture("lawyer_template.docx", "commercial lawyer", lambda: docx_file(texts.LAWYER_LINES)),
    Fixture("chef_holdout.docx", "head chef", lambda: docx_file(texts.HOLDOUT_CHEF)),
)


def fixture(name: str) -> Fixture:
    """The fixture called ``name``; lists the valid names when it is unknown."""
    for item in FIXTURES:
        if item.name == name:
            return item
    raise KeyError(f"no fixture {name!r}; choose one of {[f.name for f in FIXTURES]}")
