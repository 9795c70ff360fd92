"""Skills typed as one run of words with no commas are read as the skills they are, cut by the
shape of the words; a skill said in a few words, or in a sentence, stays whole."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.skill_runs import split_run

VIEW = PlanView(capacity=40)


def skills(message: str) -> list[str]:
    return [str(r.value).casefold() for r in read(message, VIEW, "skills") if r.field == "skill"]


def test_a_run_of_crafts_is_one_skill_each() -> None:
    assert skills("plastering tiling drywall repair bookkeeping") == [
        "plastering",
        "tiling",
        "drywall repair",
        "bookkeeping",
    ]


def test_a_doing_after_what_it_is_done_to_ends_that_skill() -> None:
    assert skills("boat painting carpentry hull sanding first aid") == [
        "boat painting",
        "carpentry",
        "hull sanding",
        "first aid",
    ]


def test_a_doing_keeps_what_it_is_done_to_when_that_is_a_plural() -> None:
    assert skills("pruning hedges stonemasonry surveying") == [
        "pruning hedges",
        "stonemasonry",
        "surveying",
    ]


def test_languages_in_a_run_are_one_skill_each_and_how_well_is_no_skill() -> None:
    assert skills("upholstery sewing cushions french italian a bit") == [
        "upholstery",
        "sewing cushions",
        "french",
        "italian",
    ]


def test_languages_after_a_label_are_one_skill_each() -> None:
    assert skills("joinery, glazing. languages kyrgyz kazakh russian") == [
        "joinery",
        "glazing",
        "kyrgyz",
        "kazakh",
        "russian",
    ]


@pytest.mark.parametrize(
    "said",
    [
        "small engine repair",
        "teaching english to adults",
        "customer service with angry people",
        "dealing with people who shout at me",
        "staying calm under pressure always",
        "public speaking and writing",
    ],
)
def test_a_skill_said_in_a_few_words_or_a_sentence_stays_whole(said: str) -> None:
    assert split_run(said) == [said]


def unused(message: str) -> list[str]:
    readings = read(message, VIEW, "underused")
    return [str(r.value) for r in readings if r.field == "skill.under_used"]


def test_a_thing_named_again_with_the_is_one_thing() -> None:
    assert unused("Welsh poetry, the englyn. Nobody at the office cares") == [
        "Welsh poetry, the englyn"
    ]


def test_a_second_thing_with_the_and_too_is_another_thing() -> None:
    assert unused("welding, the carpentry too") == ["welding", "carpentry"]


def test_a_skill_that_begins_with_the_word_language_is_no_label_of_languages() -> None:
    found = read("editing, language teaching and proofreading", PlanView(), "skills")
    assert {str(r.value) for r in found if r.field == "skill"} == {
        "editing",
        "language teaching",
        "proofreading",
    }
