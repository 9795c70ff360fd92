"""Stream changes of one message that lean on each other: roles changed together are judged
together (one anchor, with the largest share), and a refused change leaves the proposal as it
was, shares included."""

from __future__ import annotations

import datetime as dt
import re

from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 7)
_TO_PROPOSAL = ["general", "40", "none", "savings 5000", "1800 a month",
                "I bake bread at a bakery and I teach chess to kids", "bakery is 24000 a year",
                "32 hours", "stable", "patience", "draining", "5 hours", "3000 a year",
                "varies", "explaining", "energising", "baking, chess, explaining", "chess",
                "none", "chess"]  # fmt: skip


def _table(reply: str) -> dict[str, tuple[str, int]]:
    """The proposal shown in a reply: role and income share by stream name."""
    rows = re.findall(r"^- (.+?): (anchor|client|leverage|seed),.*? (\d+) % of income", reply, re.M)
    return {name: (role, int(share)) for name, role, share in rows}


def test_a_role_swap_the_rules_refuse_leaves_the_anchor_where_it_was() -> None:
    planner, shown = conversation(TODAY, *_TO_PROPOSAL)
    before = _table(shown)
    assert before["Baking bread at a bakery"][0] == "anchor"
    reply = planner.say(
        "make baking bread at a bakery the seed and teaching chess to kids the anchor"
    )
    assert _table(reply) == before  # not half done: the plan keeps its one anchor
    assert "together" in reply and "PC003" in reply


def test_two_roles_that_pass_together_are_both_changed() -> None:
    planner, _ = conversation(TODAY, *_TO_PROPOSAL)
    reply = planner.say("make writing and teaching on chess the seed and experiment with chess "
                        "the leverage")  # fmt: skip
    table = _table(reply)
    assert table["Writing and teaching on Chess"][0] == "seed"
    assert table["Experiment with Chess"][0] == "leverage"
    assert "Changed the roles together" in reply


def test_a_refused_share_leaves_every_share_as_it_was() -> None:
    planner, shown = conversation(TODAY, *_TO_PROPOSAL)
    before = _table(shown)
    reply = planner.say("give teaching chess to kids 70%")
    assert "stays as it was" in reply
    assert _table(reply) == before


def test_a_role_swap_refused_on_the_plan_changes_nothing() -> None:
    planner, _ = conversation(TODAY, *_TO_PROPOSAL, "yes")
    roles = {s.name: s.role for s in planner.plan.streams}
    planner.say("make teaching chess to kids the anchor and baking bread at a bakery the client")
    assert {s.name: s.role for s in planner.plan.streams} == roles
    assert [s.role for s in planner.plan.streams].count("anchor") == 1
