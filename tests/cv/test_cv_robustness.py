"""Hostile or odd inputs end in a clear result: AES PDFs, huge page trees, undecodable text and
very long text (read up to a limit, with a warning)."""

from __future__ import annotations

import io
import random

import pytest

from knowledge.cv import CVError, audit_cv
from knowledge.cv.audit import MAX_READ_CHARS
from knowledge.cv.extract import extract_text
from tests.cv.fixtures import fixture, raw_pdf


def _aes_pdf(user_password: str) -> bytes:
    import pypdf

    source = pypdf.PdfReader(io.BytesIO(fixture("marketing-manager_3-pages.pdf").build()))
    writer = pypdf.PdfWriter()
    for page in source.pages:
        writer.add_page(page)
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_an_aes_pdf_with_only_an_owner_password_is_read() -> None:
    text, kind = extract_text(_aes_pdf(""))
    assert kind == "pdf" and "Marketing manager" in text


def test_an_aes_pdf_that_needs_a_password_asks_for_an_unprotected_copy() -> None:
    with pytest.raises(CVError) as caught:
        extract_text(_aes_pdf("secret"))
    assert caught.value.kind == "encrypted" and "unprotected copy" in caught.value.fix


def test_five_thousand_pages_are_refused_by_the_page_limit() -> None:
    kids = b" ".join(b"%d 0 R" % (3 + n) for n in range(5000))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + kids + b"] /Count 5000 >>"]  # fmt: skip
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>"] * 5000
    with pytest.raises(CVError) as caught:
        extract_text(raw_pdf(objects))
    assert caught.value.kind == "too_large" and "5,000 pages" in caught.value.message


def test_undecodable_high_bytes_are_not_taken_for_text() -> None:
    noise = bytes(random.Random(7).randrange(128, 256) for _ in range(150_000))
    with pytest.raises(CVError) as caught:
        extract_text(noise)
    assert caught.value.kind == "wrong_type" and "PDF, DOCX, TXT" in caught.value.fix


def test_windows_1252_text_with_a_few_accents_is_still_read() -> None:
    text, kind = extract_text("Café manager, Zoë Müller\nBudgeting and rotas\n".encode("cp1252"))
    assert kind == "text" and "Zoë" in text


def test_a_very_long_text_cv_is_read_up_to_the_limit_with_a_warning() -> None:
    head = "Skills\nWelding, plumbing\n"
    filler = "Experience\n" + "Looked after the garden and the fences every week.\n" * 3500
    data = (head + filler + "Skills\nPython\n").encode()
    assert len(data) > 150_000
    audit = audit_cv(data, "long.txt")
    assert {"Welding", "Plumbing"} <= set(audit.skill_names())
    assert "Python" not in audit.skill_names()  # past the part that is read
    assert any(f"first {MAX_READ_CHARS:,}" in note for note in audit.warnings)
