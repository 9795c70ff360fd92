"""Fixture generators for the CV tests: the evaluation's CVs plus hostile files built on the fly."""

from __future__ import annotations

import io
import zipfile
import zlib

from evals.cv.fixtures import FIXTURES, Fixture, docx_file, fixture, image_only_pdf, mojibake

__all__ = [
    "FIXTURES",
    "Fixture",
    "circular_pdf",
    "decompression_bomb_pdf",
    "docx_file",
    "encrypted_pdf",
    "entity_bomb_docx",
    "fixture",
    "huge_file",
    "image_only_pdf",
    "lying_size_docx",
    "mojibake",
    "png_named_pdf",
    "raw_pdf",
    "zip_bomb_docx",
]


def raw_pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF from numbered object bodies (1-based), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\n" % (len(objects) + 1, root)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def decompression_bomb_pdf(inflated_mb: int = 80) -> bytes:
    """One page whose content stream inflates from a few kB to ``inflated_mb`` MB."""
    stream = zlib.compress(b"0 0 m\n" * (inflated_mb * 1024 * 1024 // 6), 9)
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
            + stream
            + b"\nendstream",
        ]
    )


def circular_pdf() -> bytes:
    """A page tree whose node lists itself (and its parent) as a child: an endless loop."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Pages /Parent 2 0 R /Kids [3 0 R 2 0 R] /Count 1 >>",
        ]
    )


def encrypted_pdf() -> bytes:
    """A text PDF that needs a user password to open."""
    import pypdf

    source = pypdf.PdfReader(io.BytesIO(fixture("marketing-manager_3-pages.pdf").build()))
    writer = pypdf.PdfWriter()
    for page in source.pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def zip_bomb_docx(inflated_mb: int = 40) -> bytes:
    """A real DOCX with an extra part of ``inflated_mb`` MB of zeros that zips to a few kB."""
    source = zipfile.ZipFile(io.BytesIO(docx_file(["Ada Example", "Python developer"])))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb:
        for info in source.infolist():
            bomb.writestr(info, source.read(info))
        bomb.writestr("word/media/padding.bin", b"\0" * (inflated_mb * 1024 * 1024))
    return buffer.getvalue()


def huge_file(megabytes: int = 50) -> bytes:
    """A file far beyond the size limit that starts like a PDF."""
    return b"%PDF-1.4\n" + b"0" * (megabytes * 1024 * 1024)


def png_named_pdf() -> bytes:
    """The first bytes of a PNG image (what a photo of a CV saved as .pdf contains)."""
    return b"\x89PNG\r\n\x1a\n" + b"\0\0\0\rIHDR" + bytes(64)


def _replace_part(docx_bytes: bytes, name: str, content: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(docx_bytes))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info.filename, content if info.filename == name else source.read(info))
    return buffer.getvalue()


def lying_size_docx(inflated_mb: int = 60, declared: int = 4096) -> bytes:
    """A DOCX whose document part inflates to ``inflated_mb`` MB but declares ``declared`` bytes."""
    body = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>"
    padding = b" " * (inflated_mb * 1024 * 1024)
    document = (
        b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxml'
        b'formats.org/wordprocessingml/2006/main"><w:body>' + body + padding + b"</w:body>"
        b"</w:document>"
    )
    data = bytearray(_replace_part(docx_file(["x"]), "word/document.xml", document))
    name = b"word/document.xml"
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(name)] == name:
                data[start + size_at : start + size_at + 4] = declared.to_bytes(4, "little")
            start += 4
    return bytes(data)


def entity_bomb_docx() -> bytes:
    """A DOCX whose document part defines nested XML entities (a "billion laughs")."""
    entities = b'<!ENTITY a0 "lol">' + b"".join(
        b'<!ENTITY a%d "%s">' % (i, b"&a%d;" % (i - 1) * 10) for i in range(1, 10)
    )
    document = (
        b'<?xml version="1.0"?><!DOCTYPE w:document [' + entities + b"]>"
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>"
    )
    return _replace_part(docx_file(["x"]), "word/document.xml", document)
