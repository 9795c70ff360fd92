"""The personas load and hold together, and the simulated user answers what is asked."""

from __future__ import annotations

import pytest

from evals.simulated_user import (
    Persona,
    SimulatedUser,
    default_wordings,
    facts_from_id,
    facts_from_text,
    load_personas,
)


@pytest.fixture(scope="module")
def personas() -> dict[str, Persona]:
    return {p.id: p for p in load_personas()}


def test_at_least_ten_personas_with_sound_designs(personas: dict[str, Persona]) -> None:
    assert len(personas) >= 10
    for persona in personas.values():
        shares = sum(s.income_share for s in persona.streams)
        anchors = [s for s in persona.streams if s.role == "anchor"]
        assert abs(shares - 100) <= 0.5, persona.id
        assert len(anchors) == 1, persona.id
        assert all(anchors[0].income_share >= s.income_share for s in persona.streams)
        assert sum(s.hours for s in persona.streams) <= persona.capacity.hours_per_week
        assert 3 <= len(persona.streams) <= 5


def test_personas_cover_the_seed_cases(personas: dict[str, Persona]) -> None:
    contexts = {p.context for p in personas.values()}
    assert contexts == {"corporate", "government", "activist", "tech", "caregiver", "general"}
    kinds = {q.kind for p in personas.values() for q in p.quirks}
    assert kinds == {"vague", "correction", "skip", "overreach"}
    assert any(p.cv for p in personas.values())


def test_unknown_persona_names_the_valid_ones() -> None:
    with pytest.raises(ValueError, match=r"choose from: .*freelance-academic"):
        load_personas(only=["nobody"])


def test_question_ids_map_to_facts(personas: dict[str, Persona]) -> None:
    academic = personas["freelance-academic"]
    assert facts_from_id("act:hours:University retainer", academic) == [
        "activity.retainer.hours_per_week"
    ]
    assert facts_from_id("activity.1.annual_revenue", academic) == [
        "activity.consulting.annual_revenue"
    ]
    assert facts_from_id("buffer", academic) == ["capacity.cash_buffer"]
    assert facts_from_id("core", academic) == ["core_skill"]
    assert facts_from_id("something-else", academic) == []


def test_the_person_knows_an_activity_by_their_own_typo(personas: dict[str, Persona]) -> None:
    academic = personas["freelance-academic"]
    assert facts_from_id("act:hours:Pubilc writing", academic) == [
        "activity.writing.hours_per_week"
    ]
    assert facts_from_text("How many hours a week does Interface reseach consultng take?",
                           academic) == ["activity.consulting.hours_per_week"]  # fmt: skip
    assert facts_from_id("act:hours:Pottery", academic) == []


def test_a_question_id_names_its_activity_before_another_ones_id(
    personas: dict[str, Persona],
) -> None:
    coder = personas["caregiver-dementia-coder"]  # activities with ids "coding" and "audits"
    assert facts_from_id("act:hours:Clinic coding audits", coder) == [
        "activity.audits.hours_per_week"
    ]
    assert facts_from_id("act:hours:coding", coder) == ["activity.coding.hours_per_week"]


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Recorded: 45 h a week.\n\nHow many hours a week can you give to work?",
         "capacity.hours_per_week"),
        ("How much does the university retainer bring in a year?",
         "activity.retainer.annual_revenue"),
        ("Does open science mentoring energise you or drain you?",
         "activity.mentoring.energy"),
        ("What does Public writing teach you?", "activity.writing.teaches"),
        ("Which of your skills excite you most?", "skills.excites"),
        ("Which one skill would you spend 10,000 hours on?", "core_skill"),
        ("Now the audit. List everything you do for work, paid or not: teaching, writing...",
         "activities"),
        ("Roughly how much savings could you live on if an income stopped?",
         "capacity.cash_buffer"),
    ],
)  # fmt: skip
def test_questions_in_plain_words_map_to_facts(
    personas: dict[str, Persona], question: str, fact: str
) -> None:
    assert facts_from_text(question, personas["freelance-academic"])[0] == fact


def test_wording_is_seeded_and_repeat_questions_get_the_plainest(
    personas: dict[str, Persona],
) -> None:
    persona = personas["freelance-academic"]
    question = "How many hours a week can you give to work?"
    first = [SimulatedUser(persona, seed=s).reply(question) for s in range(6)]
    again = [SimulatedUser(persona, seed=s).reply(question) for s in range(6)]
    assert first == again
    assert len(set(first)) > 1
    user = SimulatedUser(persona, seed=3)
    user.reply(question)
    assert user.reply(question) == default_wordings(persona, "capacity.hours_per_week")[0]


def test_hours_come_with_money_and_steadiness_hours_first(personas: dict[str, Persona]) -> None:
    user = SimulatedUser(personas["late-career"])
    answer = user.reply("How many hours a week does Finance director role take?")
    assert answer.index("45") < answer.index("110")
    assert user.exchanges[-1].facts == ["activity.fd.hours_per_week"]
    assert user.asked["activity.fd.annual_revenue"] == 1


def test_vague_then_plain(personas: dict[str, Persona]) -> None:
    user = SimulatedUser(personas["freelance-academic"])
    question = "Roughly what does Public writing bring in a year?"
    first = user.reply(question)
    assert "Hard to say, it depends on the year." in first and "9,000" not in first
    assert user.reply(question) == "9,000 a year."


def test_correction_arrives_on_the_next_turn(personas: dict[str, Persona]) -> None:
    user = SimulatedUser(personas["caregiver-25h"])
    assert user.reply("How many hours a week can you give?") == "30 hours a week."
    correction = user.reply("What limits those hours?")
    assert correction.startswith("Sorry") and "25 hours" in correction
    assert user.exchanges[-1].kind == "correction"
    assert "School hours" in user.reply("What limits those hours?")


def test_skipped_fact_is_always_declined(personas: dict[str, Persona]) -> None:
    user = SimulatedUser(personas["union-organiser"])
    question = "Roughly how much savings could you live on?"
    assert user.reply(question).startswith("I'd rather not")
    assert user.reply(question).startswith("I'd rather not")


def test_overreach_then_settles_after_a_capacity_refusal(personas: dict[str, Persona]) -> None:
    user = SimulatedUser(personas["over-capacity"])
    proposal = "- Freelance brand strategy: client, 5 h a week\nShall I set up these streams?"
    assert user.reply(proposal).startswith("Make freelance brand strategy 25 hours")
    refusal = "I couldn't record that: the streams plan 60 h but the capacity is 50 h (PC007)."
    assert user.reply(refusal) == "Make freelance brand strategy 6 hours then."
    assert user.reply(proposal) == "Yes, that works."


def test_unrecognised_question_asks_for_another_wording(personas: dict[str, Persona]) -> None:
    user = SimulatedUser(personas["single-income"])
    answer = user.reply("Lovely weather, isn't it?")
    assert "another way" in answer
    assert user.exchanges[-1].kind == "unrecognised"
