"""A name beside recorded work that names none of it: asked back, given, or read as more work."""

from __future__ import annotations

from agent.interviewer.reading import read
from agent.interviewer.reading.types import PlanView, Reading


def readings(message: str, *work: str, ask: str = "activities") -> list[Reading]:
    return read(message, PlanView(activities=work), ask)


def names(found: list[Reading]) -> dict[str, bool]:
    """The activity names read, each with whether it is sure (else asked back)."""
    return {
        str(r.value).casefold(): r.confident
        for r in found
        if r.act == "fact" and r.field == "activity"
    }  # fmt: skip


def sure_figures(found: list[Reading]) -> dict[tuple[str, str], float]:
    return {
        (str(r.subject).casefold(), str(r.field)): float(r.value)  # type: ignore[arg-type]
        for r in found
        if r.confident and r.field in {"activity.hours_per_week", "activity.annual_revenue"}
    }


def test_a_bare_phrase_beside_recorded_work_is_never_a_sure_new_activity() -> None:
    # where the produce is sold, a season, a pay word, a clause: none is recorded silently
    found = readings("honey mostly. farmers market fridays. 200 to 300 a week", "lorry driving")
    assert names(found).get("farmers market") is not True
    found = readings(
        "Signs bring about 30k. Gilding maybe 6k and expect the same next year.",
        "sign writing",
        "gilding",
    )
    assert not any(sure for name, sure in names(found).items() if "expect" in name)
    found = readings("Ferry company pays €2,100 a month, plus holiday money.", "ferry deckhand")
    assert names(found).get("holiday money") is not True


def test_a_label_before_pay_goes_to_the_one_recorded_work_left() -> None:
    # "Depot:" names no work: the cakes are spoken of, so the pay is the bus driver's
    found = readings(
        "Depot: £2,300 a month before tax. Cakes: about 20 a year at £250 each.",
        "bus driver",
        "wedding cakes",
    )
    assert "depot" not in names(found)
    revenue = [r for r in found if r.field == "activity.annual_revenue"]
    assert {str(r.subject).casefold() for r in revenue} == {"bus driver", "wedding cakes"}
    assert any(r.value == 27600 and str(r.subject).casefold() == "bus driver" for r in revenue)


def test_a_label_with_several_recorded_works_left_is_asked_back() -> None:
    found = readings(
        "Ward: 2,900 a month gross, plus overtime.", "staff nurse", "doula work", "pilates"
    )
    assert names(found).get("ward") is not True
    assert not sure_figures(found)


def test_a_workplace_said_with_at_the_is_not_new_work() -> None:
    found = readings(
        "The office is 35h a week. Then Sundays at the market 8 till 2.",
        "accounts clerk",
        "flower stall",
        ask="capacity",
    )
    assert names(found).get("market") is not True
    assert ("market", "activity.hours_per_week") not in sure_figures(found)


def test_more_work_said_as_more_is_read_as_before() -> None:
    assert names(readings("oh and I walk dogs too, 6 hours a week", "bus driver")) == {
        "walking dogs": True
    }
    found = readings("besides the bus, I do tutoring, 4h a week at £30 an hour", "bus driver")
    assert any(sure and "tutoring" in name for name, sure in names(found).items())


def test_an_item_with_figures_of_its_own_is_new_work() -> None:
    found = readings("dog walking 6h a week, about £90", "bus driver")
    assert names(found) == {"dog walking": True}
    # a label when no recorded work is left unspoken: the list goes on to more work
    found = readings("Bus: 38h a week, £29k. Tutoring: 4h a week, £2,400 a year.", "bus driver")
    assert names(found) == {"tutoring": True}
    assert sure_figures(found)[("tutoring", "activity.annual_revenue")] == 2400


def setting(message: str) -> str | None:
    found = [r for r in read(message, PlanView(), "context") if r.field == "context"]
    return str(found[0].value) if found and found[0].confident else None


def test_a_paid_carer_is_no_caregiver_setting() -> None:
    assert setting("I'm a carer for my father since his fall, and I sew curtains to order") == (
        "caregiver"
    )
    assert setting("she lives with us and I'm her main carer; I also tutor maths online") == (
        "caregiver"
    )
    assert setting("care worker really, I'm a carer on a rota for a home care firm") != (
        "caregiver"
    )


def test_a_company_the_city_may_own_is_no_public_setting() -> None:
    assert setting("I drive buses for the city bus company, nights mostly") != "government"
    assert setting("I inspect restaurants for the county, full time") == "government"
