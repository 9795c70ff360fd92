"""Work said by its verb beside a job, put apart from the job by when or where it is done."""

from __future__ import annotations

from agent.interviewer.reading import read
from agent.interviewer.reading.own_work import apart_from_job, beside_a_job
from agent.interviewer.reading.types import PlanView

EMPTY = PlanView()


def said(message: str) -> dict[str, bool]:
    """The work names read at the setting question, each with whether it is sure."""
    return {
        str(r.value).casefold(): r.confident
        for r in read(message, EMPTY, "context")
        if r.act == "fact" and r.field == "activity"
    }


def test_a_season_before_the_verb_says_work_of_its_own() -> None:
    reading = said("Lift operator at the ski resort, full time. Summers I guide kayak tours.")
    assert reading.get("lift operator") is True
    assert any("guide" in name and "kayak" in name and sure
               for name, sure in reading.items())  # fmt: skip
    assert beside_a_job("in winter i groom trails for the park")
    assert beside_a_job("off-season i wax skis for a shop")


def test_the_gaps_between_a_jobs_spells_hold_work_of_its_own() -> None:
    reading = said(
        "I work as a sound engineer on touring productions. Between tours I teach drums to kids."
    )
    assert reading.get("teaching drums to kids") is True


def test_work_done_at_ones_own_home_is_no_task_of_the_job() -> None:
    reading = said("Ward clerk at the infirmary, 30 hours, and I repair clocks in my shed.")
    assert any(name.startswith("repair") and "clocks" in name and sure
               for name, sure in reading.items())  # fmt: skip
    assert apart_from_job("i bind books out of my garage")
    assert apart_from_job("i brew cider on the side")


def test_on_the_side_said_last_makes_any_verb_of_work_sure() -> None:
    reading = said("I'm a pharmacist in Leeds and I roast coffee on the side.")
    assert reading.get("pharmacist") is True
    assert any("roast" in name and sure for name, sure in reading.items())


def test_a_verb_after_a_role_with_nothing_apart_stays_asked_back() -> None:
    reading = said("I'm a nurse and I dress wounds on the ward")
    assert not any("wounds" in name and sure for name, sure in reading.items())
    assert not apart_from_job("i dress wounds on the ward")


def test_keeping_things_at_home_names_no_work() -> None:
    assert set(said("Courier for a parcel firm, and I keep the van at my house")) == {"courier"}
    assert set(said("Bus driver for the council. I live in my flat with my cat.")) == {"bus driver"}
