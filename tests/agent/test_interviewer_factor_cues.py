"""Shared risk factors heard in what the person says: read plainly, asked back, stored on a yes.

The cue reader is pure; the end-to-end tests drive the interviewer with the scripted reader
of ``test_interviewer_listening`` (the cue reads the raw text, not the readings).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_interviewer_listening import TO_STREAMS, planner, said

from agent.interviewer import dialog, factor_cues
from agent.plan import Activity, Plan, Stream
from agent.plan.models import RiskFactor

TODAY = dt.date(2026, 11, 22)
TWO = Plan(activities=[Activity(name="Council youth contract", hours_per_week=20),
                       Activity(name="Council training contract", hours_per_week=8),
                       Activity(name="Weekend camps", hours_per_week=4)])  # fmt: skip


@pytest.mark.parametrize(
    ("text", "kind", "label"),
    [
        ("both my contracts are with the council", "client", "the council"),
        ("they're paid for by the council, by the way", "client", "the council"),
        ("both funded by Westshire Council", "client", "Westshire Council"),
        ("I sell the prints and the cards on Etsy", "platform", "Etsy"),
        ("the camps and the course only run in summer", "season", "summer"),
        ("both are in higher education", "sector", "higher education"),
    ],
)
def test_a_factor_said_plainly_is_heard(text: str, kind: str, label: str) -> None:
    assert (kind, label) in [(h.factor.kind, h.factor.label) for h in factor_cues.heard(text)]


@pytest.mark.parametrize(
    "text",
    ["I do it for fun with my friends", "summer is my favourite", "funded by the Arts Council"],
)
def test_no_factor_is_made_up(text: str) -> None:
    heard = [(h.factor.kind, h.factor.label) for h in factor_cues.heard(text)]
    assert ("sector", "arts") not in heard and heard in ([], [("client", "Arts Council")])


def test_both_my_contracts_names_exactly_the_two_contracts() -> None:
    [item] = factor_cues.questions("both my contracts are with the council", TWO)
    assert [c["args"]["activity"] for c in item["calls"]] == [
        "Council youth contract", "Council training contract"]  # fmt: skip
    assert all(c["name"] == "add_risk_factor" for c in item["calls"])
    assert "share this risk" in item["say"]


def test_a_factor_on_one_activity_or_already_recorded_is_not_asked() -> None:
    assert factor_cues.questions("the camps run in summer", TWO) == []
    council = RiskFactor(kind="client", label="the council")
    done = TWO.model_copy(update={"activities": [
        a.model_copy(update={"factors": [council]}) for a in TWO.activities]})  # fmt: skip
    assert factor_cues.questions("both my contracts are with the council", done) == []


def test_once_there_are_streams_the_factor_goes_on_the_streams() -> None:
    plan = TWO.model_copy(update={"streams": [
        Stream(id="youth", name="Youth contract", role="anchor"),
        Stream(id="training", name="Training contract", role="client")]})  # fmt: skip
    [item] = factor_cues.questions("both my contracts are with the council", plan)
    assert [c["args"]["stream_id"] for c in item["calls"]] == ["youth", "training"]


def test_the_dialog_asks_back_instead_of_saying_nothing_was_recorded() -> None:
    ctx = dialog.Context(ask="skills", plan=TWO, settled=frozenset(), today=TODAY)
    decision = dialog.decide([], ctx, "both my contracts are with the council")
    assert decision.confirm and decision.reply == "" and not decision.calls


def test_a_yes_records_the_factor_on_both_activities_and_a_no_records_nothing() -> None:
    talk, _ = planner()
    said(talk, TO_STREAMS[:6])
    asked = talk.say("the hospital and the agency shifts are both paid by the NHS trust")
    assert "share this risk" in asked and "(yes/no)" in asked
    talk.say("yes")
    assert [[f.label for f in a.factors] for a in talk.plan.activities] == [
        ["NHS trust"], ["NHS trust"]]  # fmt: skip
    other, _ = planner()
    said(other, TO_STREAMS[:6])
    other.say("the hospital and the agency shifts are both paid by the NHS trust")
    other.say("no")
    assert all(not a.factors for a in other.plan.activities)


def test_streams_proposed_from_the_activities_keep_their_factors() -> None:
    talk, _ = planner()
    said(talk, TO_STREAMS[:6])
    talk.say("the hospital and the agency shifts are both paid by the NHS trust")
    said(talk, ["yes", *TO_STREAMS[6:], "yes"])
    by_name = {s.name: [f.label for f in s.factors] for s in talk.plan.streams}
    assert by_name["Hospital nursing"] == by_name["Agency shifts"] == ["NHS trust"]
    assert any(f.code == "PC023" for f in talk.check(final=False)[0])


def test_the_best_skill_combination_is_offered_with_the_core_question() -> None:
    from agent.interviewer import edge_offer
    from agent.interviewer.state import State
    from agent.tools.edges import edges
    from tests.plan.plan_helpers import example

    state = State()
    assert edge_offer.hint(state) == ""
    found = edges(example("youth-worker-spread"))
    assert edge_offer.read_edges(state, Plan(), found) == []
    line = edge_offer.hint(state)
    assert line.startswith("Your skills may combine into an edge: ") and "youth work" in line
    assert "fewer people hold" in line
    edge_offer.read_edges(state, Plan(), {"status": "ok", "edges": []})
    assert edge_offer.hint(state) == ""
