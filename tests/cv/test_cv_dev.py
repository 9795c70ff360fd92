"""The dev CV split and the semantic step's clauses, paraphrase prototypes and margin."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from evals import cv_eval
from evals.cv.dev_readers import LAYOUTS, build
from evals.cv.dev_texts import DEV_FIXTURES, dev_fixture
from evals.cv.fixtures import FIXTURES
from knowledge.cv.skills import clauses, logical_lines, match_semantic
from knowledge.cv.taxonomy import TAXONOMY_PATH, load_taxonomy


class WordsEmbedder:
    """Hashed bag of words: texts sharing words are close, without any model."""

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        rows = np.zeros((len(texts), 512), np.float32)
        for row, text in zip(rows, texts, strict=True):
            for word in re.findall(r"[a-z]+", text.lower()):
                row[int(hashlib.md5(word.encode()).hexdigest(), 16) % 512] += 1
        norms = np.linalg.norm(rows, axis=1, keepdims=True)
        normalised: np.ndarray = rows / np.maximum(norms, 1e-9)
        return normalised


def test_dev_split_loads_professions_the_tuning_split_lacks() -> None:
    cases = cv_eval.load_cases(cv_eval.DEV_PATH)
    names = {case["fixture"] for case in cases}
    assert {item.name for item in DEV_FIXTURES} <= names and len(cases) == 32
    assert all(len(case["expected"]) >= 5 for case in cases)
    assert not {item.profession for item in FIXTURES} & {item.profession for item in DEV_FIXTURES}
    with pytest.raises(KeyError, match=r"bookkeeper\.docx"):
        dev_fixture("nope.txt")


def test_dev_readers_cvs_span_the_families_languages_and_layouts() -> None:
    cases = [case for case in cv_eval.load_cases(cv_eval.DEV_PATH) if "text" in case]
    assert len(cases) == 17
    assert {case["layout"] for case in cases} == set(LAYOUTS)
    assert {case["language"] for case in cases} == {"en", "de"}
    assert len({case["family"] for case in cases}) >= 8
    for case in cases:
        data = build(case["text"], case["layout"])
        assert data.startswith(b"%PDF") if case["layout"].endswith("pdf") else data
    with pytest.raises(KeyError, match="no dev text"):
        build("nobody.txt", "pdf")
    with pytest.raises(ValueError, match="use one of"):
        build("home-carer.txt", "scroll")


def test_dev_split_is_reported_with_its_lists(tmp_path: Path) -> None:
    report = cv_eval.evaluate(shared_dir=tmp_path, heldout_dir=tmp_path / "no-heldout")
    dev = report["dev"]
    assert {item.name for item in DEV_FIXTURES} <= set(dev["cases"])
    correct = sum(case["correct"] for case in dev["cases"].values())
    found = sum(case["found"] for case in dev["cases"].values())
    assert dev["precision"] == round(correct / found, 3)
    table = cv_eval.render(report)
    assert table.index("Dev (") < table.index("bookkeeper.docx") < table.index("Tuning (")
    assert f"Dev: precision {dev['precision']:.2f}, recall {dev['recall']:.2f}" in table
    assert "Held-out: no cases yet" in table


def test_clauses_split_bullets_colons_and_long_comma_runs() -> None:
    line = "Keep the building safe: fire drills, risk checks • Wrote the monthly newsletter"
    assert clauses(line) == ["Keep the building safe", "fire drills, risk checks",
                             "Wrote the monthly newsletter"]  # fmt: skip
    long = "Send invoices to hirers, pay the suppliers on time and prepare the year-end figures"
    second = "pay the suppliers on time and prepare the year-end figures"
    assert clauses(long) == ["Send invoices to hirers", second]
    assert clauses("Python, SQL") == []  # too short to describe a piece of work


def test_logical_lines_rejoin_a_wrapped_sentence_only() -> None:
    lines = ["Sat with colleagues to teach them Outlook,", "Word and Teams.", "Second line"]
    assert logical_lines(lines) == ["Sat with colleagues to teach them Outlook, Word and Teams.",
                                    "Second line"]  # fmt: skip
    assert logical_lines(["Trained new staff.", "then more"]) == ["Trained new staff.", "then more"]


def test_paraphrase_prototypes_name_real_skills_and_are_used() -> None:
    skills = {skill.name: skill for skill in load_taxonomy()}
    with_prototypes = [skill for skill in skills.values() if skill.describes]
    assert len(with_prototypes) >= 100
    assert skills["Payroll"].prototypes()[0] == skills["Payroll"].describe()
    text = "ran wages payslips and pension deductions"
    found = match_semantic([text], WordsEmbedder(), exclude=set(), threshold=0.5, margin=0.0)
    assert [match.skill.name for match in found] == ["Payroll"]


def test_a_clause_between_two_skills_is_left_alone_by_the_margin() -> None:
    skills = [s for s in load_taxonomy() if s.name in {"Payroll", "Scheduling"}]
    both = "paid the staff each month drew up staff shifts and working hours"
    embedder = WordsEmbedder()
    kept = match_semantic([both], embedder, set(), threshold=0.3, skills=skills, margin=0.0)
    assert len(kept) == 1
    assert match_semantic([both], embedder, set(), threshold=0.3, skills=skills, margin=0.5) == []


def test_describes_for_an_unknown_skill_is_refused_with_a_fix(tmp_path: Path) -> None:
    text = TAXONOMY_PATH.read_text("utf-8") + "  Basket weaving: [wove baskets]\n"
    path = tmp_path / "taxonomy.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(ValueError, match=r"Basket weaving.*exact `name`"):
        load_taxonomy(path)
