"""The held-out CV fixtures build, deterministically, into files a plain reader can read.

Text comes out with pypdf and python-docx directly, not through the product's extractor: this
proves the fixtures are readable, nothing about the audit.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pypdf
import pytest

from evals.cv.heldout.build import build_all, cv_lines, load_cases, source_text

WORD = re.compile(r"[^\W\d_]{5,}")
LAYOUTS = {"plain-txt", "md", "pdf", "two-column-pdf", "docx", "docx-tables", "scanned-pdf"}
FAMILIES = {
    "care and health",
    "trades and energy",
    "teaching",
    "design and media",
    "research",
    "public sector",
    "activism and organising",
    "hospitality and retail",
    "finance and admin",
    "software",
    "farming and outdoor",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_all(tmp_path_factory.mktemp("heldout"))


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _words(text: str) -> list[str]:
    """Every word of five letters or more in the CV: a lost page, column or cell shows."""
    return WORD.findall("\n".join(cv_lines(text)))


def test_every_case_has_a_known_layout_and_its_text() -> None:
    cases = load_cases()
    assert len(cases) >= 16
    for case in cases:
        assert case["layout"] in LAYOUTS, case["fixture"]
        assert source_text(str(case["text"])).strip(), case["text"]
        assert case["skills"], case["fixture"]


def _norm(name: str) -> str:
    """A skill name as the case format compares it: case, punctuation, ``&``, plural ``s``."""
    words = re.sub(r"[^\w\s]", " ", name.lower().replace("&", " and ")).split()
    return " ".join(word[:-1] if len(word) > 3 and word.endswith("s") else word for word in words)


def test_the_set_covers_every_family_layout_and_both_languages() -> None:
    cases = load_cases()
    assert {case["family"] for case in cases} == FAMILIES
    assert {case["layout"] for case in cases} == LAYOUTS
    languages = [case["language"] for case in cases]
    assert languages.count("de") >= 2 and "en+de" in languages
    assert len({case["fixture"] for case in cases}) == len(cases)


def test_skills_are_well_formed_and_no_absent_term_is_expected() -> None:
    for case in load_cases():
        skills, absent = case["skills"], case["absent"]
        assert isinstance(skills, list) and isinstance(absent, list) and absent, case["fixture"]
        for skill in skills:  # a comma inside a flow mapping's name splits it into two keys
            assert set(skill) <= {"name", "also"} and str(skill["name"]).strip(), skill
        forms = {_norm(str(f)) for skill in skills for f in [skill["name"], *skill.get("also", [])]}
        assert not [term for term in absent if _norm(str(term)) in forms], case["fixture"]


def test_every_fixture_is_built(built: dict[str, Path]) -> None:
    expected = {str(case["fixture"]) for case in load_cases()}
    assert set(built) == expected
    for name, path in built.items():
        assert path.is_file() and path.stat().st_size > 0, name
        assert path.name == name


@pytest.mark.parametrize(
    "case",
    [c for c in load_cases() if c["layout"] not in {"plain-txt", "md"}],
    ids=lambda case: str(case["fixture"]),
)
def test_binary_fixture_yields_every_word_of_its_source(
    case: dict[str, object], built: dict[str, Path]
) -> None:
    path = built[str(case["fixture"])]
    text = _pdf_text(path) if path.suffix == ".pdf" else _docx_text(path)
    words = _words(source_text(str(case["text"])))
    assert len(words) >= 60
    missing = sorted({word for word in words if word not in text})
    assert not missing, f"{path.name}: {missing} not in the extracted text"


def test_scanned_pages_carry_an_image_and_invisible_text(built: dict[str, Path]) -> None:
    scanned = [c for c in load_cases() if c["layout"] == "scanned-pdf"]
    assert scanned
    for case in scanned:
        reader = pypdf.PdfReader(built[str(case["fixture"])])
        for page in reader.pages:
            contents = page.get_contents()
            assert page.images, "a scanned page is an image"
            assert contents is not None and b"3 Tr" in contents.get_data(), "text is invisible"


def test_build_is_deterministic(tmp_path: Path) -> None:
    first = build_all(tmp_path / "one")
    second = build_all(tmp_path / "two")
    for name, path in first.items():
        assert path.read_bytes() == second[name].read_bytes(), name


def test_docx_tables_cases_have_tables(built: dict[str, Path]) -> None:
    for case in load_cases():
        if str(case["layout"]).startswith("docx"):
            document = docx.Document(str(built[str(case["fixture"])]))
            assert bool(document.tables) == (case["layout"] == "docx-tables"), case["fixture"]
