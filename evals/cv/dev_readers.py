"""Dev CVs written as people write them, with lists a careful reader made before any audit ran.

Each CV is a UTF-8 text in ``evals/cv/dev/texts/`` (every person is fictional); ``dev.yaml``
names its layout, and :func:`build` renders it in that layout (``plain-txt``, ``md``, ``pdf``,
``two-column-pdf``, ``docx``, ``docx-tables``, the layouts of the CV case format). In a
two-column text, ``[main]`` and ``[side]`` open the columns; in a ``docx-tables`` text, lines
that start with ``|`` form the table.
"""

from __future__ import annotations

from pathlib import Path

from evals.cv.fixtures import docx_file, pdf_pages, pdf_two_columns

TEXTS = Path(__file__).with_name("dev") / "texts"
LAYOUTS = ("plain-txt", "md", "pdf", "two-column-pdf", "docx", "docx-tables")
_PAGE_LINES = 45


def build(text_name: str, layout: str) -> bytes:
    """The file bytes of the dev text ``text_name`` rendered in ``layout``."""
    path = TEXTS / text_name
    if not path.is_file():
        raise KeyError(f"no dev text {text_name!r} in {TEXTS}")
    text = path.read_text("utf-8")
    lines = text.splitlines()
    if layout in ("plain-txt", "md"):
        return text.encode("utf-8")
    if layout == "pdf":
        pages = [lines[i : i + _PAGE_LINES] for i in range(0, len(lines), _PAGE_LINES)]
        return pdf_pages(pages)
    if layout == "two-column-pdf":
        main, side = _columns(lines)
        return pdf_two_columns(main, side)
    if layout == "docx":
        return docx_file(lines)
    if layout == "docx-tables":
        rows = [line.strip().strip("|").split("|") for line in lines if line.startswith("|")]
        table = [[cell.strip() for cell in row] for row in rows]
        return docx_file([line for line in lines if not line.startswith("|")], table or None)
    raise ValueError(f"unknown layout {layout!r}; use one of {', '.join(LAYOUTS)}")


def _columns(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines after ``[main]`` and after ``[side]``."""
    columns: dict[str, list[str]] = {"[main]": [], "[side]": []}
    current = columns["[main]"]
    for line in lines:
        if line.strip() in columns:
            current = columns[line.strip()]
        else:
            current.append(line)
    return columns["[main]"], columns["[side]"]
