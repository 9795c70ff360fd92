"""Roles and doings said in the shapes of other Englishes: "I am working as ...", "I am doing
... also", a greeting run into the role with no comma."""

from __future__ import annotations

from agent.interviewer.reading import read
from agent.interviewer.reading.own_work import work_in
from agent.interviewer.reading.roles import stated
from agent.interviewer.reading.types import PlanView


def names(message: str) -> dict[str, bool]:
    """The work names read at the setting question, each with whether it is sure."""
    return {
        str(r.value).casefold(): r.confident
        for r in read(message, PlanView(), "context")
        if r.act == "fact" and r.field == "activity"
    }


def test_i_am_working_as_names_the_role_alone() -> None:
    assert stated("i am working as site engineer at a cement plant") == ["site engineer"]
    assert stated("i'm currently working as a pharmacist") == ["pharmacist"]
    assert names("I am working as quantity surveyor at a building firm in Colombo.") == {
        "quantity surveyor": True
    }


def test_i_am_doing_names_the_work_done() -> None:
    assert work_in("saturdays i am doing maths coaching also") == "maths coaching"
    assert work_in("i'm doing a diploma part time") is None  # study, no work


def test_i_am_doing_well_or_my_best_names_no_work() -> None:
    assert work_in("i'm doing my best") is None
    assert work_in("i am doing fine these days") is None
    assert work_in("i'm doing great") is None


def test_a_greeting_run_into_the_role_hides_no_role() -> None:
    assert names("namaste im a welder at the shipyard in vizag") == {"welder": True}


def test_a_role_said_without_its_article_after_also_or_a_season_is_stated() -> None:
    assert stated("also i am bookkeeper for two shops in Tartu") == ["bookkeeper"]
    assert stated("in winter also i am instructor at the ice rink") == ["instructor"]
    assert stated("and i am agent for a tile importer, on commission") == ["agent"]


def test_also_before_a_state_or_a_relative_states_no_role() -> None:
    assert stated("also i am tired most days") == []
    assert stated("also my sister is a nurse") == []
