"""The realistic behaviours of the simulated user: each a switch, deterministic per seed, and
plain mode unchanged."""

from __future__ import annotations

import random
import re

import pytest

from evals.simulated.noise import add_noise, drop_punctuation
from evals.simulated.persona import Noise
from evals.simulated.wording import Money
from evals.simulated_user import BEHAVIOURS, Persona, SimulatedUser, load_personas
from evals.timeline import value_ok

CAPACITY = "How many hours a week can you really give to work?"
ACTIVITIES = "List everything you do for work today, paid or not."
STREAMS = "- University retainer: anchor, 20 h a week\nShall I set up these streams?"


@pytest.fixture(scope="module")
def academic() -> Persona:
    return load_personas(only=["freelance-academic"])[0]


def _user(persona: Persona, *behaviours: str, seed: int = 0) -> SimulatedUser:
    return SimulatedUser(persona, seed=seed, mode="realistic", behaviours=behaviours or None)


#: The first eleven tuning personas, each written with every behaviour.
FULL = ["activist-10h", "caregiver-25h", "corporate-8020", "freelance-academic",
        "government-retainer", "handy-writer", "late-career", "over-capacity", "single-income",
        "software-engineer", "union-organiser"]  # fmt: skip


def test_the_first_tuning_personas_have_every_behaviour_and_a_register() -> None:
    personas = load_personas(only=FULL)
    assert all(p.split == "tuning" for p in personas)
    registers = {p.register_ for p in personas}
    assert {"terse", "chatty", "anxious", "non-native", "long-paragraphs"} <= registers
    styles = {p.realistic.noise.money for p in personas if p.realistic and p.realistic.noise}
    assert styles == {"uk", "us", "eu"}
    for p in personas:
        block = p.realistic
        assert block is not None, p.id
        assert block.opening and block.list_ and block.volunteer and block.offtopic, p.id
        assert len(block.questions) == 2 and block.wish and block.change, p.id
        assert all(len(q.say) >= 2 for q in block.questions), p.id


def test_the_dev_personas_are_new_people_with_every_behaviour() -> None:
    """The dev split: six or more people in varied registers and money styles, each with the
    whole realistic block, three to five activities that fit the week, one change."""
    dev = [p for p in load_personas() if p.split == "dev"]
    assert len(dev) >= 6 and not {p.id for p in dev} & set(FULL)
    assert len({p.register_ for p in dev}) >= 5
    styles = {p.realistic.noise.money for p in dev if p.realistic and p.realistic.noise}
    assert {"uk", "us", "eu"} <= styles
    for p in dev:
        block = p.realistic
        assert block is not None, p.id
        assert block.opening and block.list_ and block.volunteer and block.offtopic, p.id
        assert len(block.questions) == 2 and block.wish and block.change, p.id
        assert all(len(q.say) >= 2 for q in block.questions), p.id
        assert 3 <= len(p.activities) <= 5, p.id
        assert sum(a.hours_per_week for a in p.activities) <= p.capacity.hours_per_week, p.id


def test_every_change_is_outside_the_tolerances() -> None:
    for p in load_personas():
        change = p.realistic.change if p.realistic else None
        if change is not None:
            parts = change.fact.split(".")
            if parts[0] == "stream":
                old = p.stream(parts[1]).hours  # type: ignore[union-attr]
            else:
                holder = p.activity(parts[1]) if parts[0] == "activity" else p.capacity
                old = getattr(holder, parts[-1])
            assert not value_ok(p.with_fact(change.fact, change.to), change.fact, old), p.id


def test_plain_mode_ignores_the_realistic_block(academic: Persona) -> None:
    plain = SimulatedUser(academic)
    assert plain.opening().startswith("Hello, I'm Dr Ines Varga")
    assert plain.reply(CAPACITY) in academic.wordings["capacity.hours_per_week"]
    assert plain.realism is None and plain.truth is academic


def test_opening_tells_the_story_and_is_seeded(academic: Persona) -> None:
    openings = {_user(academic, "volunteer", seed=s).opening() for s in range(8)}
    assert openings == {o.text for o in academic.realistic.opening}  # type: ignore[union-attr]
    user = _user(academic, "volunteer", seed=3)
    assert user.opening() == _user(academic, "volunteer", seed=3).opening()
    assert "capacity.hours_per_week" in user.stated()


def test_activities_come_in_one_message_with_their_details(academic: Persona) -> None:
    user = _user(academic, "list")
    assert user.opening().startswith("Hello")  # volunteering is off
    answer = user.reply(ACTIVITIES, "activities")
    assert answer in {t.text for t in academic.realistic.list_}  # type: ignore[union-attr]
    assert user.exchanges[-1].kind == "list"
    assert "activity.retainer.annual_revenue" in user.stated()


def test_a_question_back_then_the_answer(academic: Persona) -> None:
    user = _user(academic, "question")
    user.opening()
    asked = user.reply(CAPACITY, "capacity")
    assert user.exchanges[-1].kind == "question" and "leverage" in asked
    assert "45" in user.reply(CAPACITY, "capacity")  # answers the pending question next
    assert user.realism is not None and list(user.realism.question_turns) == [0]


def test_a_question_whose_point_was_skipped_comes_at_a_later_question(
    academic: Persona,
) -> None:
    user = _user(academic, "question")
    user.opening()
    user.reply("Which skills do you have?", "skills")  # past capacity, never asked
    assert user.exchanges[-1].kind == "question"


def test_a_wish_at_the_streams_proposal(academic: Persona) -> None:
    user = _user(academic, "wish")
    user.opening()
    wish = user.reply(STREAMS, "streams")
    assert user.exchanges[-1].kind == "wish" and "statistics workshops" in wish
    assert user.reply(STREAMS, "streams") == "Yes, that works."


def test_a_change_after_enough_turns_becomes_the_truth(academic: Persona) -> None:
    user = _user(academic, "change")
    user.opening()
    user.reply(
        "How many hours a week does University retainer take?", "act:hours:University retainer"
    )
    for _ in range(4):
        user.reply("Which setting do you work in?", "context")
        assert user.exchanges[-1].kind == "answer"
    change = user.reply("Which setting do you work in?", "context")
    assert user.exchanges[-1].kind == "change" and "42.000" in change
    assert user.truth.activity("retainer").annual_revenue == 42000  # type: ignore[union-attr]
    again = user.reply("Roughly what does University retainer bring in a year?",
                       "act:revenue:University retainer")  # fmt: skip
    assert "42,000" in again


def test_one_offtopic_message(academic: Persona) -> None:
    user = _user(academic, "offtopic")
    user.opening()
    kinds = [user.reply(CAPACITY, "capacity") and user.exchanges[-1].kind for _ in range(12)]
    assert kinds.count("offtopic") == 1
    said = next(e.answer for e in user.exchanges if e.kind == "offtopic")
    assert said in academic.realistic.offtopic  # type: ignore[union-attr]


def test_volunteered_facts_at_most_one_per_answer(academic: Persona) -> None:
    user = _user(academic, "volunteer")
    user.opening()
    for _ in range(10):
        user.reply("Which setting do you work in?", "context")
    extra = [e.stated for e in user.exchanges[1:] if len(e.stated) > 1]
    assert extra and all(len(s) == 2 for s in extra)
    volunteered = [s[-1] for s in extra]
    assert len(volunteered) == len(set(volunteered))


def test_runs_are_reproducible_per_seed(academic: Persona) -> None:
    def play(seed: int) -> list[str]:
        user = SimulatedUser(academic, seed=seed, mode="realistic")
        out = [user.opening()]
        for question, qid in [(CAPACITY, "capacity"), (CAPACITY, "capacity"),
                              (ACTIVITIES, "activities"), (STREAMS, "streams")]:  # fmt: skip
            out.append(user.reply(question, qid))
        return out

    assert play(1) == play(1)
    assert len({tuple(play(s)) for s in range(5)}) > 1


def test_unknown_behaviour_is_refused(academic: Persona) -> None:
    with pytest.raises(ValueError, match="choose from"):
        SimulatedUser(academic, mode="realistic", behaviours=["telepathy"])
    assert set(BEHAVIOURS) == {"volunteer", "list", "question", "wish", "change", "offtopic",
                               "noise"}  # fmt: skip


# --- noise ------------------------------------------------------------------------------


def _figures(text: str) -> list[str]:
    return re.findall(r"\d+(?:[.,]\d+)*", text)


@pytest.mark.parametrize("seed", range(20))
def test_noise_never_touches_a_figure(seed: int) -> None:
    text = "Savings of £18,000, about 3,5k € a month, 2.5 hours (weekly); 45 grand a year!"
    noise = Noise(typos=1.0, lowercase=True, punctuation="drop")
    noisy = add_noise(text, noise, random.Random(seed))
    assert _figures(noisy) == _figures(text)
    assert "grand" in noisy and "hours" in noisy  # a figure's unit is kept whole
    assert noisy == noisy.lower() and ";" not in noisy and "!" not in noisy


def test_punctuation_between_digits_stays() -> None:
    assert drop_punctuation("It's £1,200.50, (roughly).") == "Its £1,200.50 roughly"


def test_money_styles() -> None:
    assert [Money(s).full(52500) for s in (None, "uk", "us", "eu")] == [
        "52,500", "£52,500", "$52,500", "52.500 €"]  # fmt: skip
    assert Money("eu").short(3500) == "3,5k €" and Money("uk").short(3500) == "£3.5k"


def test_realistic_answers_use_the_persona_money_style(academic: Persona) -> None:
    user = _user(academic, "noise")
    user.opening()
    answer = user.reply("Roughly how much savings could you live on?", "buffer")
    assert "18.000 €" in answer


def test_an_activity_the_person_never_had_is_disowned_then_skipped(academic: Persona) -> None:
    user = SimulatedUser(academic)
    first = user.reply("How many hours a week does Postman is here take?")
    assert "not one of my activities" in first and user.exchanges[-1].kind == "disown"
    assert user.reply("Is the income from Postman is here stable, or does it vary?") == "Skip."
    assert "45" not in first  # never a capacity figure for a stray activity
    known = user.reply(
        "How many hours a week does Interface research consulting for a tech firm take?"
    )
    assert user.exchanges[-1].kind != "disown" and "12" in known
