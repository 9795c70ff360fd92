"""A firm, client or supplier whose name begins with a tool's word is no tool of the person's,
and what other people named by their trade do in a clause of their own is theirs."""

from __future__ import annotations

import pytest

from knowledge.cv.audit import audit_text
from knowledge.cv.firms import opens_a_firm_name
from knowledge.cv.whose import not_mine


def _found(*lines: str) -> set[str]:
    text = "\n".join(["Jo Marsh", "", "Experience", *lines])
    return {skill.name for skill in audit_text(text, this_year=2026).skills}


@pytest.mark.parametrize(
    ("line", "tool"),
    [
        ("Drove for Swift Couriers for three years, multi-drop rounds.", "Swift"),
        ("Our biggest client was Ruby Road Garages; I sent their invoices.", "Ruby"),
        ("Shop assistant at Docker & Daughters, the ironmonger's.", "Docker"),
        ("Barista at Kafka Café on the quay (2014).", "Kafka"),
        ("Employer: Docker Street Dental, reception and bookings.", "Docker"),
    ],
)
def test_a_firm_named_with_a_tools_word_is_not_the_tool(line: str, tool: str) -> None:
    assert tool not in _found(line)


@pytest.mark.parametrize(
    ("line", "tool"),
    [
        ("Built the booking site with Shopify Plus and a custom theme.", "Shopify"),
        ("Wrote the services with Python Django and PostgreSQL.", "Python"),
        ("Published the dashboards for Tableau Server users.", "Tableau"),
        ("Ran payroll for 40 staff at the depot in Sage.", "Sage"),
    ],
)
def test_a_tool_followed_by_its_edition_or_another_tool_is_still_read(line: str, tool: str) -> None:
    assert tool in _found(line)


def test_the_rest_of_a_firms_name_decides_not_its_first_word() -> None:
    text = "Worked for Swift Couriers"
    assert opens_a_firm_name(text, text.index("Swift"), text.index("Swift") + 5)
    text = "Worked in Swift daily"  # no word of where, and no name after it
    assert not opens_a_firm_name(text, text.index("Swift"), text.index("Swift") + 5)


def test_a_clause_of_other_people_named_by_trade_is_theirs() -> None:
    assert not_mine("The accountants used Sage and Xero; I kept the post book") == (
        "I kept the post book"
    )
    assert not_mine("the head chef does the butchery, I prep the veg") == "I prep the veg"
    found = _found("Kitchen porter. The chef does the butchery; I wash up and prep salads.")
    assert "Butchery" not in found


def test_the_person_working_with_those_trades_is_still_read() -> None:
    # The people are the object, not the subject: the clause is the person's.
    assert not_mine("Trained the nurses in wound care") == "Trained the nurses in wound care"
    # A noun after the trade is no verb of theirs.
    assert not_mine("The chefs' rota was mine to write") == "The chefs' rota was mine to write"
