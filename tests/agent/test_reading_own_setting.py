"""The self-employed setting said by a venture of one's own, its owner, or one's own billing."""

from __future__ import annotations

from agent.interviewer.reading import read
from agent.interviewer.reading.cues import context
from agent.interviewer.reading.types import PlanView


def setting(message: str) -> object:
    """The setting read at the setting question, or ``None``."""
    found = [r.value for r in read(message, PlanView(), "context") if r.field == "context"]
    return found[0] if found else None


def test_a_venture_of_ones_own_named_by_its_kind_is_the_general_setting() -> None:
    assert setting("Hi. I sell phone credit from my own stall near the bus park.") == "general"
    assert setting("Mechanic, in my own garage in Kumasi, 3 apprentices") == "general"
    assert context("we keep goats on my own small farm", asked=True) == "general"


def test_the_owner_of_a_venture_is_the_general_setting() -> None:
    assert setting("salon owner. two chairs, Peckham") == "general"
    assert setting("Owner-operator, one truck, long haul") == "general"
    assert setting("franchise owner, two juice bars in Accra") == "general"


def test_someone_elses_owner_is_no_setting_of_the_persons() -> None:
    assert context("the shop owner pays me cash", asked=True) is None
    assert context("my salon owner wants me full time", asked=True) is None


def test_billing_ones_own_clients_or_ones_own_account_is_the_general_setting() -> None:
    assert setting("camera operator on documentaries, i invoice clients myself") == "general"
    assert setting("I have restored violins on my own account since 2004.") == "general"


def test_ones_own_business_said_in_french_or_spanish_is_the_general_setting() -> None:
    assert setting("Je tiens une petite épicerie, c'est mon entreprise.") == "general"
    assert setting("Soy carpintero, tengo mi propio negocio en Valencia") == "general"


def test_a_venture_of_someone_else_or_a_workplace_is_no_own_setting() -> None:
    assert setting("I manage the farm shop for the estate, salaried") != "general"
    assert setting("Barista at a chain cafe in the station") != "general"
