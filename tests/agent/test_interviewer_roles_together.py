"""Stream changes of one message that lean on each other: roles changed together are judged
together (one anchor, with the largest share: a new anchor takes the old anchor's share), and
a refused change leaves the proposal as it was, shares included."""

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


def test_a_new_anchor_takes_the_old_anchors_share_so_the_swap_is_done_whole() -> None:
    planner, shown = conversation(TODAY, *_TO_PROPOSAL)
    before = _table(shown)
    assert before["Baking bread at a bakery"][0] == "anchor"
    reply = planner.say(
        "make baking bread at a bakery the seed and teaching chess to kids the anchor"
    )
    after = _table(reply)
    # the shares on the table were the interviewer's: they move with the roles (PC003)
    assert after["Teaching chess to kids"] == ("anchor", before["Baking bread at a bakery"][1])
    assert after["Baking bread at a bakery"] == ("seed", before["Teaching chess to kids"][1])
    assert [role for role, _ in after.values()].count("anchor") == 1
    assert "shares moved with the roles" in reply


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


def test_a_role_swap_on_the_plan_moves_the_anchor_with_its_share() -> None:
    planner, _ = conversation(TODAY, *_TO_PROPOSAL, "yes")
    shares = {s.name: s.target_income_share for s in planner.plan.streams}
    planner.say("make teaching chess to kids the anchor and baking bread at a bakery the client")
    streams = {s.name: s for s in planner.plan.streams}
    assert [s.role for s in streams.values()].count("anchor") == 1
    assert streams["Teaching chess to kids"].role == "anchor"
    assert (
        streams["Teaching chess to kids"].target_income_share == shares["Baking bread at a bakery"]
    )
    assert (
        streams["Baking bread at a bakery"].target_income_share == shares["Teaching chess to kids"]
    )
