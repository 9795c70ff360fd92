"""Builds the held-out CV fixtures from the texts in ``texts/``, deterministically.

Each case of ``cases.yaml`` names a source text and a layout. Plain-text and Markdown cases are
the files in ``texts/`` themselves; every other layout is rendered into ``out_dir``:

- ``pdf``: one text column, paginated;
- ``two-column-pdf``: a main column and a sidebar (the lines after ``@@ sidebar``);
- ``docx`` / ``docx-tables``: one paragraph per line; rows between ``@@ table`` and ``@@ end``
  (cells split on ``|``) become a Word table in place;
- ``scanned-pdf``: the page as a greyscale image with the same text as an invisible text layer
  (PDF text render mode 3), as a scanner with OCR produces it.

Lines starting with ``@@`` are layout markers, never CV text. PDF metadata, DOCX properties and
zip timestamps are fixed, so the same texts always give the same bytes.
"""

from __future__ import annotations

import io
import random
import textwrap
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from evals.cv import fixtures

if TYPE_CHECKING:
    from PIL import Image

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
CASES = HERE / "cases.yaml"

TEXT_LAYOUTS = frozenset({"plain-txt", "md"})
PDF_LINE_WIDTH = 90
PDF_LINES_PER_PAGE = 54
SCAN_DPI = 150
SCAN_SIZE = (1240, 1754)  # A4 at 150 dpi
SCAN_MARGIN = 100
SCAN_FONT_PX = 22
SCAN_LEADING = 28
SCAN_LINE_WIDTH = 80
FIXED_TIME = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
ZIP_TIME = (2025, 3, 1, 9, 0, 0)

Block = str | list[list[str]]


def load_cases(path: Path = CASES) -> list[dict[str, object]]:
    """The cases of ``cases.yaml`` as plain dictionaries."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return list(data["cases"])


def source_text(name: str) -> str:
    """The source text ``texts/<name>`` as written, markers included."""
    return (TEXTS / name).read_text(encoding="utf-8")


def cv_lines(text: str) -> list[str]:
    """The CV's lines without layout markers; a table row keeps its cells joined by `` | ``."""
    return [line for line in text.splitlines() if not line.startswith("@@")]


def split_sidebar(text: str) -> tuple[list[str], list[str]]:
    """The main column and the sidebar (the lines after ``@@ sidebar``)."""
    main, _, side = text.partition("@@ sidebar\n")
    return main.splitlines(), side.splitlines()


def blocks(text: str) -> list[Block]:
    """Paragraph lines and tables (lists of rows of cells) in reading order."""
    out: list[Block] = []
    table: list[list[str]] | None = None
    for line in text.splitlines():
        if line.startswith("@@ table"):
            table = []
        elif line.startswith("@@ end"):
            out.append(table or [])
            table = None
        elif table is not None:
            table.append([cell.strip() for cell in line.split("|")])
        else:
            out.append(line)
    if table is not None:
        raise ValueError("a '@@ table' block has no '@@ end' line; close it with '@@ end'")
    return out


def _check_winansi(lines: Sequence[str], name: str) -> None:
    for line in lines:
        try:
            line.encode("cp1252")
        except UnicodeEncodeError as err:
            raise ValueError(
                f"{name}: {line!r} has a character the PDF base font cannot draw; "
                "use a Windows-1252 character instead"
            ) from err


def _wrap(lines: Sequence[str], width: int) -> list[str]:
    return [part for line in lines for part in (textwrap.wrap(line, width) or [""])]


def _pages(lines: Sequence[str], per_page: int) -> list[list[str]]:
    return [list(lines[i : i + per_page]) for i in range(0, len(lines), per_page)] or [[]]


@contextmanager
def _invariant_pdfs() -> Iterator[None]:
    """reportlab writes fixed dates and document ids while this is active."""
    from reportlab import rl_config

    before = rl_config.invariant
    rl_config.invariant = 1
    try:
        yield
    finally:
        rl_config.invariant = before


def pdf(text: str) -> bytes:
    """A single-column PDF of the text, paginated."""
    lines = _wrap(cv_lines(text), PDF_LINE_WIDTH)
    _check_winansi(lines, "pdf")
    with _invariant_pdfs():
        return fixtures.pdf_pages(_pages(lines, PDF_LINES_PER_PAGE))


def two_column_pdf(text: str) -> bytes:
    """A one-page PDF: the main column on the left, the sidebar on the right."""
    main, side = split_sidebar(text)
    if not side:
        raise ValueError("a two-column text needs a '@@ sidebar' line before the sidebar")
    _check_winansi(main + side, "two-column-pdf")
    with _invariant_pdfs():
        return fixtures.pdf_two_columns(main, side)


def docx(text: str) -> bytes:
    """A DOCX with one paragraph per line and the ``@@ table`` blocks as Word tables."""
    import docx as python_docx

    document = python_docx.Document()
    for block in blocks(text):
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        table = document.add_table(rows=len(block), cols=max(len(row) for row in block))
        table.style = "Table Grid"
        for row, values in zip(table.rows, block, strict=True):
            for cell, value in zip(row.cells, values, strict=False):
                cell.text = value
    properties = document.core_properties
    properties.author = properties.last_modified_by = "CV author"
    properties.created = properties.modified = FIXED_TIME.replace(tzinfo=None)
    properties.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The same archive with fixed member timestamps (python-docx stamps the current time)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def scanned_pdf(text: str) -> bytes:
    """Each page an image of the text, with the same text as an invisible layer on top."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    lines = _wrap(cv_lines(text), SCAN_LINE_WIDTH)
    _check_winansi(lines, "scanned-pdf")
    per_page = (SCAN_SIZE[1] - 2 * SCAN_MARGIN) // SCAN_LEADING
    scale = 72 / SCAN_DPI
    buffer = io.BytesIO()
    with _invariant_pdfs():
        pdf_canvas = canvas.Canvas(buffer, pagesize=A4)
        for number, page in enumerate(_pages(lines, per_page)):
            image = _scan_image(page, seed=number)
            pdf_canvas.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
            layer = pdf_canvas.beginText()
            layer.setTextRenderMode(3)
            layer.setFont("Helvetica", SCAN_FONT_PX * scale)
            for row, line in enumerate(page):
                baseline = SCAN_MARGIN + row * SCAN_LEADING + SCAN_FONT_PX * 0.8
                layer.setTextOrigin(SCAN_MARGIN * scale, A4[1] - baseline * scale)
                layer.textOut(line)
            pdf_canvas.drawText(layer)
            pdf_canvas.showPage()
        pdf_canvas.save()
    return buffer.getvalue()


def _scan_image(lines: Sequence[str], seed: int) -> Image.Image:
    """A greyscale page image of the lines with a little scanner speckle (seeded)."""
    import reportlab
    from PIL import Image, ImageDraw, ImageFont

    font_path = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    font = ImageFont.truetype(str(font_path), SCAN_FONT_PX)
    image = Image.new("L", SCAN_SIZE, 246)
    draw = ImageDraw.Draw(image)
    for row, line in enumerate(lines):
        draw.text((SCAN_MARGIN, SCAN_MARGIN + row * SCAN_LEADING), line, font=font, fill=25)
    speckle = random.Random(seed)
    for _ in range(400):
        x, y = speckle.randrange(SCAN_SIZE[0]), speckle.randrange(SCAN_SIZE[1])
        draw.point((x, y), fill=speckle.randrange(120, 200))
    return image


BUILDERS: dict[str, Callable[[str], bytes]] = {
    "pdf": pdf,
    "two-column-pdf": two_column_pdf,
    "docx": docx,
    "docx-tables": docx,
    "scanned-pdf": scanned_pdf,
}


def build_case(case: dict[str, object], out_dir: Path) -> Path:
    """The fixture of one case: the text file itself, or the file rendered into ``out_dir``."""
    layout, fixture, text = str(case["layout"]), str(case["fixture"]), str(case["text"])
    if layout in TEXT_LAYOUTS:
        if fixture != text:
            raise ValueError(f"{fixture}: a {layout} case's fixture is its text file {text!r}")
        return TEXTS / text
    if layout not in BUILDERS:
        known = sorted(TEXT_LAYOUTS | BUILDERS.keys())
        raise ValueError(f"{fixture}: unknown layout {layout!r}; choose one of {known}")
    path = out_dir / fixture
    path.write_bytes(BUILDERS[layout](source_text(text)))
    return path


def build_all(out_dir: Path) -> dict[str, Path]:
    """Write every binary fixture into ``out_dir``; fixture name → path for every case."""
    out_dir.mkdir(parents=True, exist_ok=True)
    return {str(case["fixture"]): build_case(case, out_dir) for case in load_cases()}
