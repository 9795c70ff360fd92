"""A role said as the person's current work at the setting question, in their words."""

from __future__ import annotations

from agent.interviewer.reading import read
from agent.interviewer.reading.roles import doing, role
from agent.interviewer.reading.types import PlanView

EMPTY = PlanView()


def work(message: str, ask: str = "context") -> dict[str, bool]:
    """The work names read, each with whether it is sure (stored) or asked back."""
    return {
        str(r.value).casefold(): r.confident
        for r in read(message, EMPTY, ask)
        if r.act == "fact" and r.field == "activity"
    }


def test_a_role_said_alone_beside_the_setting_is_the_work() -> None:
    assert work("glazier. sole trader, on the tools since 2010") == {"glazier": True}
    assert work("Dietitian, health board, adult weight management.") == {"dietitian": True}
    assert work("self-employed upholsterer, 30 years at it") == {"upholsterer": True}


def test_a_role_is_cut_before_where_and_for_whom_it_is_done() -> None:
    assert work("i'm a sommelier at a hotel group in Porto") == {"sommelier": True}
    assert work("hospitality - night porter at a hotel in Bath") == {"night porter": True}
    assert role("Official translator for the regional court") == "translator"
    assert role("self employed locksmith") == "locksmith"


def test_im_an_is_i_am_an_not_a_year() -> None:
    assert work("im an upholsterer, own business") == {"upholsterer": True}


def test_work_that_was_is_planned_or_is_someone_elses_stays_out() -> None:
    assert not any(work("retired firefighter, 61, bit bored tbh").values())
    assert not any(work("i'm training to be a midwife, so nothing yet").values())
    assert not any(work("my wife is a dentist and I look after the kids").values())
    assert not any(work("a community organiser at heart, but the bills come first").values())
    assert not any(work("student nurse, 2nd year").values())


def test_an_employer_or_a_word_of_no_role_is_no_work() -> None:
    assert not any(work("public sector, i work for the county council").values())
    assert work("whatever") == {}
    assert role("big rail company") is None and role("whatever") is None


def test_work_said_by_a_doing_beside_caring_is_the_work() -> None:
    said = work("I look after my nan full time and do a bit of weaving for money")
    assert said == {"weaving": True}
    assert doing("caring") is None and doing("mostly looking") is None
    assert work("van-based bike repairing, no boss") == {"van-based bike repairing": True}


def test_a_role_beside_other_questions_is_still_asked_back() -> None:
    assert work("I'm a glazier so evenings are out", "constraints") == {}
    assert work("I'm a glazier, I could do 45 in total", "capacity") == {"glazier": False}


def test_a_role_summing_up_work_that_follows_with_figures_is_not_added() -> None:
    said = work("roofer + scaffolder here. roofing 30h for £28k, scaffolding 10h, about £9k")
    assert "roofer" not in said and said.get("roofing") is True
