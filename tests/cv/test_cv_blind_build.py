"""The blind CV batches are well formed and build into files a plain reader can read.

Text comes out with pypdf and python-docx directly, not through the product's extractor: this
proves the fixtures carry their CV, nothing about the audit.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pypdf
import pytest

from evals.cv.blind.build import (
    batch_dirs,
    build_all,
    build_case,
    check_two_columns_fit,
    load_cases,
    source_text,
    written_batches,
)
from evals.cv.heldout.build import cv_lines

WORD = re.compile(r"[^\W\d_]{5,}")
LAYOUTS = {"plain-txt", "md", "pdf", "two-column-pdf", "docx", "docx-tables", "scanned-pdf"}
BATCHES = batch_dirs()
WRITTEN = written_batches()
CASES = [(batch, case) for batch in BATCHES for case in load_cases(batch)]
BINARY = [(batch, case) for batch, case in CASES if case["layout"] not in {"plain-txt", "md"}]


def _id(item: tuple[Path, dict[str, object]]) -> str:
    return f"{item[0].name}/{item[1]['fixture']}"


def _norm(name: str) -> str:
    """A skill name as the case format compares it: case, punctuation, ``&``, plural ``s``."""
    words = re.sub(r"[^\w\s]", " ", name.lower().replace("&", " and ")).split()
    return " ".join(word[:-1] if len(word) > 3 and word.endswith("s") else word for word in words)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    root = tmp_path_factory.mktemp("blind")
    return {batch.name: build_all(batch, root / batch.name) for batch in BATCHES}


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _written(batch: Path) -> bool:
    return batch in WRITTEN


def test_every_written_batch_has_ten_cvs() -> None:
    assert WRITTEN
    for batch in WRITTEN:
        assert len(load_cases(batch)) == 10, batch.name


def test_the_former_heldout_batch_keeps_the_heldout_shape() -> None:
    """batch-0 was the held-out set: at least 16 CVs, known layouts, a list for each."""
    former = [batch for batch in BATCHES if not _written(batch)]
    assert [batch.name for batch in former] == ["batch-0"]
    cases = load_cases(former[0])
    assert len(cases) >= 16
    assert all(case["layout"] in LAYOUTS and case["skills"] for case in cases)


@pytest.mark.parametrize("batch", WRITTEN, ids=lambda batch: batch.name)
def test_a_batch_mixes_every_layout_and_has_one_german_cv(batch: Path) -> None:
    cases = load_cases(batch)
    assert {case["layout"] for case in cases} == LAYOUTS
    assert [case["language"] for case in cases].count("de") == 1
    assert len({case["fixture"] for case in cases}) == len(cases)
    assert len({case["family"] for case in cases}) == len(cases), "one CV per family"


@pytest.mark.parametrize("item", CASES, ids=_id)
def test_case_lists_skills_and_absent_terms(item: tuple[Path, dict[str, object]]) -> None:
    batch, case = item
    assert source_text(batch, str(case["text"])).strip()
    skills = case["skills"]
    assert isinstance(skills, list) and skills
    for skill in skills:
        assert set(skill) <= {"name", "also"} and str(skill["name"]).strip(), skill
        assert all(isinstance(form, str) for form in skill.get("also", [])), skill
    absent = case["absent"]
    assert isinstance(absent, list)
    if not _written(batch):
        return  # the former held-out set's lists keep their own lengths
    assert 10 <= len(skills) <= 25
    assert 3 <= len(absent) <= 6


@pytest.mark.parametrize("item", CASES, ids=_id)
def test_no_absent_term_is_also_an_expected_skill(item: tuple[Path, dict[str, object]]) -> None:
    _, case = item
    skills, absent = case["skills"], case["absent"]
    assert isinstance(skills, list) and isinstance(absent, list)
    forms = {
        _norm(str(form)) for skill in skills for form in [skill["name"], *skill.get("also", [])]
    }
    assert not [term for term in absent if _norm(str(term)) in forms]


def test_every_fixture_is_built(built: dict[str, dict[str, Path]]) -> None:
    for batch in BATCHES:
        expected = {str(case["fixture"]) for case in load_cases(batch)}
        assert set(built[batch.name]) == expected
        for name, path in built[batch.name].items():
            assert path.is_file() and path.stat().st_size > 0 and path.name == name


@pytest.mark.parametrize("item", BINARY, ids=_id)
def test_binary_fixture_yields_every_word_of_its_source(
    item: tuple[Path, dict[str, object]], built: dict[str, dict[str, Path]]
) -> None:
    batch, case = item
    path = built[batch.name][str(case["fixture"])]
    text = _pdf_text(path) if path.suffix == ".pdf" else _docx_text(path)
    words = WORD.findall("\n".join(cv_lines(source_text(batch, str(case["text"])))))
    assert len(words) >= 60
    missing = sorted({word for word in words if word not in text})
    assert not missing, f"{path.name}: {missing} not in the extracted text"


def test_scanned_pages_carry_an_image_and_invisible_text(
    built: dict[str, dict[str, Path]],
) -> None:
    scanned = [(batch, case) for batch, case in CASES if case["layout"] == "scanned-pdf"]
    per_batch = [batch for batch, _ in scanned]
    assert all(per_batch.count(batch) == 1 for batch in WRITTEN)
    assert set(per_batch) == set(BATCHES)
    for batch, case in scanned:
        for page in pypdf.PdfReader(built[batch.name][str(case["fixture"])]).pages:
            contents = page.get_contents()
            assert page.images, "a scanned page is an image"
            assert contents is not None and b"3 Tr" in contents.get_data(), "text is invisible"


def test_docx_tables_cases_have_tables(built: dict[str, dict[str, Path]]) -> None:
    for batch, case in CASES:
        if str(case["layout"]).startswith("docx"):
            document = docx.Document(str(built[batch.name][str(case["fixture"])]))
            assert bool(document.tables) == (case["layout"] == "docx-tables"), case["fixture"]


def test_build_is_deterministic(tmp_path: Path) -> None:
    for batch in BATCHES:
        first = build_all(batch, tmp_path / "one" / batch.name)
        second = build_all(batch, tmp_path / "two" / batch.name)
        for name, path in first.items():
            assert path.read_bytes() == second[name].read_bytes(), name


def test_an_overlong_two_column_text_is_refused_with_the_fix() -> None:
    text = "\n".join(["a main column line"] * 61) + "\n@@ sidebar\nSKILLS\n"
    with pytest.raises(ValueError, match="shorten it or use the 'pdf' layout"):
        check_two_columns_fit(text, "long.txt")
    check_two_columns_fit("\n".join(["a main column line"] * 60) + "\n@@ sidebar\nSKILLS\n", "ok")


def test_an_unknown_layout_lists_the_valid_ones(tmp_path: Path) -> None:
    case: dict[str, object] = {"layout": "odt", "fixture": "x.odt", "text": "x.txt"}
    with pytest.raises(ValueError, match="choose one of"):
        build_case(case, BATCHES[0], tmp_path)
