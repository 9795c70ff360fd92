"""Safe extraction: type from content, limits, child-process parsing and hostile files."""

from __future__ import annotations

import pytest

from knowledge.cv import CVError, Limits, audit_cv
from knowledge.cv.extract import decode_text, extract_text
from knowledge.cv.sniff import DEFAULT_LIMITS, check_docx_zip, sniff
from tests.cv.fixtures import (
    circular_pdf,
    decompression_bomb_pdf,
    docx_file,
    encrypted_pdf,
    fixture,
    huge_file,
    image_only_pdf,
    png_named_pdf,
    raw_pdf,
    zip_bomb_docx,
)


def _error(data: bytes, limits: Limits = DEFAULT_LIMITS) -> CVError:
    with pytest.raises(CVError) as caught:
        audit_cv(data, "upload.pdf", limits=limits)
    error = caught.value
    assert error.message and error.fix, "every error says what is wrong and how to fix it"
    return error


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("marketing-manager_3-pages.pdf", "pdf"),
        ("nurse_tables.docx", "docx"),
        ("electrician.txt", "text"),
        ("translator_de.md", "text"),
    ],
)
def test_each_format_yields_text_and_its_kind(name: str, kind: str) -> None:
    text, found = extract_text(fixture(name).build())
    assert found == kind
    assert len(text) > 300


def test_type_comes_from_the_bytes_not_the_name() -> None:
    pdf = fixture("marketing-manager_3-pages.pdf").build()
    audit = audit_cv(pdf, "cv.txt")
    assert audit.kind == "pdf"
    assert "SEO" in audit.skill_names()


def test_docx_tables_are_read_row_by_row() -> None:
    text, _ = extract_text(fixture("nurse_tables.docx").build())
    assert "Phlebotomy | Intermediate" in text


def test_pdf_pages_are_all_read() -> None:
    text, _ = extract_text(fixture("marketing-manager_3-pages.pdf").build())
    assert "Sofia Marchetti" in text and "food bank" in text


def test_text_decoding_falls_back_to_windows_1252() -> None:
    assert decode_text("Café – menu".encode("cp1252")) == "Café – menu"
    assert decode_text("\ufeffNaïve".encode()) == "Naïve"
    assert decode_text("Zoë".encode("utf-16")) == "Zoë"


def test_empty_and_blank_files_are_refused() -> None:
    assert _error(b"").kind == "empty"
    assert _error(b"  \n\t ").kind == "empty"


def test_a_50_mb_file_is_refused_before_parsing() -> None:
    assert _error(huge_file(50)).kind == "too_large"


def test_a_png_named_pdf_is_the_wrong_type() -> None:
    error = _error(png_named_pdf())
    assert error.kind == "wrong_type"
    assert "PNG" in error.message


def test_an_old_word_file_is_the_wrong_type() -> None:
    assert _error(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)).kind == "wrong_type"


def test_binary_noise_is_the_wrong_type() -> None:
    assert _error(bytes(range(256)) * 8).kind == "wrong_type"


def test_an_encrypted_pdf_asks_for_an_unprotected_copy() -> None:
    error = _error(encrypted_pdf())
    assert error.kind == "encrypted"
    assert "password" in error.message


def test_an_image_only_pdf_suggests_pasting_the_text() -> None:
    error = _error(image_only_pdf())
    assert error.kind == "image_only"
    assert "Paste" in error.fix


def test_a_decompression_bomb_pdf_stops_at_the_cap() -> None:
    assert _error(decompression_bomb_pdf(80)).kind == "too_complex"


def test_a_circular_page_tree_is_a_damaged_file() -> None:
    assert _error(circular_pdf()).kind == "corrupt"


def test_a_truncated_pdf_is_a_damaged_file() -> None:
    data = fixture("marketing-manager_3-pages.pdf").build()
    assert _error(data[: len(data) // 3]).kind in {"corrupt", "image_only"}


def test_garbage_after_a_pdf_header_is_a_damaged_file() -> None:
    assert _error(b"%PDF-1.7\n" + b"garbage " * 200).kind == "corrupt"


def test_a_zip_bomb_docx_is_refused_from_its_directory() -> None:
    bomb = zip_bomb_docx(40)
    assert len(bomb) < 200_000
    with pytest.raises(CVError) as caught:
        check_docx_zip(bomb)
    assert caught.value.kind == "too_complex"
    assert _error(bomb).kind == "too_complex"


def test_a_highly_compressed_part_is_refused_by_ratio() -> None:
    assert _error(zip_bomb_docx(5)).kind == "too_complex"


def test_a_zip_that_is_not_a_word_file_is_the_wrong_type() -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    assert _error(buffer.getvalue()).kind == "wrong_type"


def test_too_many_pages_are_refused() -> None:
    pages = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(25))
    pages.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count 25 >>")
    pages += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>"] * 25
    assert _error(raw_pdf(pages)).kind == "too_large"


def test_too_many_characters_are_refused() -> None:
    assert _error(b"Python developer. " * 12_000).kind == "too_large"


def test_the_wall_clock_limit_ends_in_a_timeout() -> None:
    data = fixture("marketing-manager_3-pages.pdf").build()
    error = _error(data, Limits(timeout_s=0.0001))
    assert error.kind == "timeout"


def test_the_memory_cap_ends_in_a_clear_error() -> None:
    # 12 MB of page content passes pypdf's own 20 MB caps, so only the child's address-space
    # cap can stop it: the inflated stream needs fresh memory the cap does not allow (a small
    # CV may fit in memory the child already has, so it would not prove the cap).
    error = _error(decompression_bomb_pdf(12), Limits(memory_bytes=30 * 1024 * 1024))
    assert error.kind == "too_complex", error.message
    assert "memory" in error.message
    # With the default cap the same file is read, and found to have no text layer.
    assert _error(decompression_bomb_pdf(12)).kind == "image_only"


def test_sniff_recognises_each_kind() -> None:
    assert sniff(fixture("lawyer_template.docx").build()) == "docx"
    assert sniff(b"  %PDF-1.4 rest") == "pdf"
    assert sniff("Grüße".encode()) == "text"


def test_an_error_survives_pickling_with_its_fields() -> None:
    import pickle

    error = pickle.loads(pickle.dumps(CVError("corrupt", "broken", "save again")))
    assert (error.kind, error.message, error.fix) == ("corrupt", "broken", "save again")


def test_docx_text_boxes_and_line_breaks_are_kept() -> None:
    text, _ = extract_text(docx_file(["Line one", "Line two\twith tab"]))
    assert "Line one\nLine two\twith tab" in text


def test_a_docx_part_that_lies_about_its_size_is_not_inflated() -> None:
    from tests.cv.fixtures import lying_size_docx

    error = _error(lying_size_docx())
    assert error.kind in {"corrupt", "too_complex"}


def test_an_xml_entity_bomb_in_a_docx_is_not_expanded() -> None:
    from tests.cv.fixtures import entity_bomb_docx

    try:
        audit = audit_cv(entity_bomb_docx(), "laughs.docx")
    except CVError as error:
        assert error.kind in {"corrupt", "too_complex", "empty"}
    else:
        assert "lollol" not in audit.as_data_block()
