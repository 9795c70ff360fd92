"""Parsers that run inside the child process (imported there once, by the fork server)."""

from __future__ import annotations

import io
from typing import Any

# Imported at module level so the fork server loads them once and every child starts warm.
import docx
import pypdf

from knowledge.cv import errors
from knowledge.cv.sniff import Limits

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def parse_pdf(data: bytes, limits: Limits) -> str:
    """The text layer of a PDF, page by page, within the page and character limits."""
    pypdf.overwrite_configuration(
        zlib_maximum_output_length=20_000_000,
        maximum_declared_stream_length=20_000_000,
        lzw_maximum_output_length=20_000_000,
        run_length_maximum_output_length=20_000_000,
        image_maximum_buffer_size=20_000_000,
        stream_decoding_work_maximum_length=60_000_000,
        page_tree_maximum_entries=1_000,
        page_tree_maximum_depth=20,
        jbig2dec_binary=None,
    )
    reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    _unlock(reader)
    declared = _declared_pages(reader)
    if declared > limits.max_pages:  # before the page tree is walked (5,000 pages is a bomb)
        raise errors.too_large(f"{declared:,} pages", f"{limits.max_pages} pages")
    count = len(reader.pages)
    if count > limits.max_pages:
        raise errors.too_large(f"{count} pages", f"{limits.max_pages} pages")
    if count == 0:
        raise errors.empty()
    pages: list[str] = []
    for page in reader.pages:
        _inflate_contents(page)
        pages.append(page.extract_text() or "")
        _check_chars(sum(map(len, pages)), limits)
    text = "\n".join(pages)
    if not text.strip():
        raise errors.image_only()
    return text


def _declared_pages(reader: Any) -> int:
    """The page count the document's page tree declares (0 when it declares none)."""
    try:
        count = reader.trailer["/Root"]["/Pages"].get("/Count", 0)
        return int(count)
    except Exception:  # a damaged tree is left to the parser, which says what is wrong
        return 0


def _inflate_contents(page: Any) -> None:
    """Inflate the page's content first: text extraction hides pypdf's limit errors."""
    contents = page.get_contents()
    if contents is not None:
        contents.get_data()


def _unlock(reader: Any) -> None:
    """Open PDFs that only carry an owner password; refuse those that need a user password."""
    if not reader.is_encrypted:
        return
    try:
        opened = reader.decrypt("")
    except Exception as exc:  # pypdf raises several types for unsupported ciphers
        raise errors.encrypted() from exc
    if not opened:
        raise errors.encrypted()


def parse_docx(data: bytes, limits: Limits) -> str:
    """The text of a DOCX body in reading order: paragraphs, text boxes and table rows."""
    body = docx.Document(io.BytesIO(data)).element.body
    lines: list[str] = []
    for child in body.iterchildren():
        if child.tag == _W + "tbl":
            lines.extend(_table_rows(child))
        elif child.tag == _W + "p":
            lines.append(_runs_text(child))
        _check_chars(sum(map(len, lines)), limits)
    return "\n".join(lines)


def _table_rows(table: Any) -> list[str]:
    """One line per row, cells joined by `` | `` (merged cells repeat, so drop repeats)."""
    rows: list[str] = []
    for row in table.iter(_W + "tr"):
        cells: list[str] = []
        for cell in row.iter(_W + "tc"):
            text = " ".join(_runs_text(p) for p in cell.iter(_W + "p")).strip()
            if text and text not in cells:
                cells.append(text)
        rows.append(" | ".join(cells))
    return rows


def _runs_text(paragraph: Any) -> str:
    parts: list[str] = []
    for node in paragraph.iter(_W + "t", _W + "tab", _W + "br", _W + "p"):
        if node is paragraph:
            continue
        if node.tag == _W + "t":
            parts.append(node.text or "")
        elif node.tag == _W + "tab":
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts).strip("\n")


def _check_chars(count: int, limits: Limits) -> None:
    if count > limits.max_chars:
        raise errors.too_large(f"more than {count:,} characters", f"{limits.max_chars:,}")
