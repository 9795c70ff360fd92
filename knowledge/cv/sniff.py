"""Recognise a CV's type from its bytes and check a DOCX's zip directory before any inflation."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from typing import Literal

from knowledge.cv import errors

Kind = Literal["pdf", "docx", "text"]


@dataclass(frozen=True)
class Limits:
    """Hard limits on what the reader accepts; the defaults suit any honest CV."""

    max_bytes: int = 10 * 1024 * 1024
    max_pages: int = 20
    max_chars: int = 200_000
    max_zip_entries: int = 500
    max_entry_bytes: int = 30 * 1024 * 1024
    max_total_bytes: int = 60 * 1024 * 1024
    max_ratio: float = 100.0
    timeout_s: float = 15.0
    memory_bytes: int = 1024 * 1024 * 1024


_FOREIGN = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"\xd0\xcf\x11\xe0": "an old Word (.doc) or Office file",
    b"{\\rtf": "an RTF document",
    b"Rar!": "a RAR archive",
    b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"\x7fELF": "a program",
    b"MZ": "a Windows program",
}


DEFAULT_LIMITS = Limits()


def sniff(data: bytes, limits: Limits = DEFAULT_LIMITS) -> Kind:
    """The CV's kind from its content (the file name is not trusted); raises ``CVError``."""
    if not data.strip():
        raise errors.empty()
    if len(data) > limits.max_bytes:
        raise errors.too_large(f"{len(data) / 1e6:.1f} MB", f"{limits.max_bytes / 1e6:.0f} MB")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        check_docx_zip(data, limits)
        return "docx"
    for magic, name in _FOREIGN.items():
        if data.startswith(magic):
            if magic == b"\xd0\xcf\x11\xe0" and b"E\x00n\x00c\x00r\x00y\x00p\x00t" in data[:65536]:
                raise errors.encrypted()  # a password-protected DOCX is an OLE container
            raise errors.wrong_type(name)
    if _looks_binary(data[:8192]):
        raise errors.wrong_type("binary data")
    return "text"


def _looks_binary(head: bytes) -> bool:
    """Text has almost no control bytes; NUL alone betrays UTF-16 or binary content."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return b"\x00" in head or controls > len(head) * 0.02


def check_docx_zip(data: bytes, limits: Limits = DEFAULT_LIMITS) -> None:
    """Reject zip bombs and non-Word zips from the central directory alone (nothing inflated)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise errors.corrupt(f"not a valid zip archive: {exc}") from exc
    if len(infos) > limits.max_zip_entries:
        raise errors.too_complex(f"{len(infos)} files inside the DOCX")
    names = {info.filename for info in infos}
    if "word/document.xml" not in names:
        found = "an OpenDocument file" if "mimetype" in names else "a zip archive"
        raise errors.wrong_type(found)
    total = 0
    for info in infos:
        _check_entry(info, limits)
        total += info.file_size
    if total > limits.max_total_bytes:
        raise errors.too_complex(f"{total / 1e6:.0f} MB once unpacked")


def _check_entry(info: zipfile.ZipInfo, limits: Limits) -> None:
    if info.flag_bits & 0x1:
        raise errors.encrypted()
    if info.file_size > limits.max_entry_bytes:
        raise errors.too_complex(f"{info.filename} would unpack to {info.file_size / 1e6:.0f} MB")
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > 1_000_000 and ratio > limits.max_ratio:
        raise errors.too_complex(f"{info.filename} is compressed {ratio:.0f} to 1")
