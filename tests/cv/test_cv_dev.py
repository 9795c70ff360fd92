"""The dev CV split, the person's own words, and the semantic step's prototypes and margin."""

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
from knowledge.cv.german import german_phrases
from knowledge.cv.own import item_name
from knowledge.cv.semantic import nearest
from knowledge.cv.skills import find_skills
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
    assert len(cases) == 17 and all(case["lists"] == "reader" for case in cases)
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
    subsets = list(dev["subsets"].values())
    assert [part["cvs"] for part in subsets] == [15, 17]
    assert sum(part["found"] for part in subsets) == dev["found"]
    assert "17 CVs with lists a careful reader wrote" in table
    # Each CV's misses and false positives are listed only when asked for.
    assert "; false positives " not in table
    assert "- bookkeeper.docx: missed" in cv_eval.render(report, show_failures=True)


def test_paraphrase_prototypes_name_real_skills_and_are_used() -> None:
    skills = {skill.name: skill for skill in load_taxonomy()}
    with_prototypes = [skill for skill in skills.values() if skill.describes]
    assert len(with_prototypes) >= 100
    assert skills["Payroll"].prototypes()[0] == skills["Payroll"].describe()
    [near] = nearest(["ran wages payslips and pension deductions"], WordsEmbedder())
    assert near.skill.name == "Payroll"


def test_a_phrase_between_two_skills_is_tied_to_neither_by_the_margin() -> None:
    skills = [s for s in load_taxonomy() if s.name in {"Payroll", "Scheduling"}]
    [near] = nearest(["paid the staff each month drew up staff shifts"], WordsEmbedder(), skills)
    assert near.score >= 0.3 and near.accepted(0.3, 0.0)
    assert not near.accepted(0.3, 0.5)


def test_a_verb_phrase_is_kept_as_an_activity_in_the_persons_words() -> None:
    found = {m.name: m for m in find_skills(["Summary", "Write end-of-year reports for parents"])}
    assert set(found) == {"Writing end-of-year reports"}
    assert found["Writing end-of-year reports"].method == "own words"
    names = {m.name for m in find_skills(["Summary", "Hire, train and schedule bar staff"])}
    # Hiring people names the practice (recruitment), as a careful reader lists it; the verbs
    # that share the object after it name one activity, by the first of them.
    assert names == {"Recruitment", "Training bar staff"}


def test_chores_pronouns_and_quantities_are_no_activities() -> None:
    lines = ["Summary", "Keep the van stocked", "Record it on the app", "Install boilers a year",
             "Measure what people get out of it", "Plan the full Year 5 curriculum",
             "Mark books daily", "Wrote the union's first grant bids"]  # fmt: skip
    names = {m.name for m in find_skills(lines)}
    # Writing grant bids is the practice of grant writing, named as the taxonomy names it.
    assert names == {"Installing boilers", "Planning Year 5 curriculum", "Marking books",
                     "Grant writing"}  # fmt: skip


def test_a_sentence_with_commas_is_not_a_list_of_skills() -> None:
    lines = ["Experience", "Replaced radiators, valves and pumps, and balanced heating systems"]
    names = {m.name for m in find_skills(lines)}
    assert names == {"Replacing radiators", "Balancing heating systems"}


def test_headings_labels_titles_and_years_are_not_own_words() -> None:
    assert item_name("Kenntnisse") is None and item_name("Area") is None
    assert item_name("Learning Officer") is None and item_name("Praxisanleiterin") is None
    assert item_name("fire warden") is None
    assert item_name("2020 Datenschutz in der Verwaltung") == "Datenschutz in der Verwaltung"
    assert item_name("Hydrotherapy") == "Hydrotherapy"
    lines = ["Skills and systems", "| Area | Details |", "| Case management | NEC Housing |"]
    assert "Area" not in {m.name for m in find_skills(lines)}


def test_describes_for_an_unknown_skill_is_refused_with_a_fix(tmp_path: Path) -> None:
    text = TAXONOMY_PATH.read_text("utf-8") + "  Basket weaving: [wove baskets]\n"
    path = tmp_path / "taxonomy.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(ValueError, match=r"Basket weaving.*exact `name`"):
        load_taxonomy(path)


def test_a_german_cv_names_its_work_with_nouns() -> None:
    assert list(german_phrases("Bearbeitung von Anträgen auf Wohngeld und Elterngeld")) == [
        "Bearbeitung von Anträgen"
    ]
    assert list(german_phrases("Wundversorgung und Verbandswechsel, auch bei Wunden")) == [
        "Wundversorgung", "Verbandswechsel"]  # fmt: skip
    # A shared last part is completed: "Grund-" is "Grundpflege".
    assert list(german_phrases("Grund- und Behandlungspflege von bis zu 12 Patienten")) == [
        "Grundpflege", "Behandlungspflege"]  # fmt: skip
    assert list(german_phrases("Grund- und Xyzdings")) == ["Grund- und Xyzdings"]
    assert list(german_phrases("Beratung von Bürgerinnen und Bürgern am Telefon")) == [
        "Beratung von Bürgerinnen und Bürgern"
    ]
    assert list(german_phrases("Ich arbeite gern im Team")) == []
    text = (
        "Berufserfahrung\nseit 2018 Sachbearbeiterin, Stadt Hannover\n"
        "Prüfung von Unterlagen und Erstellung von Bescheiden\nAusbildung\n"
        "2015 – 2018 Ausbildung zur Verwaltungsfachangestellten, Stadt Hannover\n"
    )
    lines = text.splitlines()
    assert {m.name for m in find_skills(lines)} == {
        "Prüfung von Unterlagen", "Erstellung von Bescheiden"}  # fmt: skip


def test_common_languages_are_known_and_a_verb_is_no_language() -> None:
    found = {m.skill.name for m in find_skills(["Languages", "Polish, Twi, Welsh (basic), BSL"])}
    assert found == {"Polish", "Twi", "Welsh", "British Sign Language"}
    assert find_skills(["Summary", "We polish furniture and welsh on nobody"]) == []
