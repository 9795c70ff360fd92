"""Work said by a count of the things it runs names that work; the count is no figure."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, Reading, read

NONE = PlanView()


def _facts(message: str, ask: str = "context") -> list[Reading]:
    return [r for r in read(message, NONE, ask) if r.act == "fact"]


def _named(found: list[Reading], *, sure: bool = True) -> list[str]:
    return [str(r.value) for r in found if r.field == "activity" and (r.confident or not sure)]


def test_the_things_run_name_the_work_and_take_its_money() -> None:
    found = _facts("I run 4 boda bodas in Jinja, they bring in about 300k a week")
    assert _named(found) == ["boda bodas"]
    money = [r for r in found if r.field == "activity.annual_revenue"]
    assert [r.subject for r in money] == ["boda bodas"]


def test_the_count_is_no_hours() -> None:
    found = _facts("I operate 2 rickshaws", "activities")
    assert _named(found) == ["rickshaws"]
    assert not [r for r in found if r.field == "activity.hours_per_week"]


def test_a_measure_of_land_names_what_grows_on_it() -> None:
    assert _named(_facts("we own 5 hectares of coffee near Moshi")) == ["coffee"]


def test_things_had_are_offered_not_kept() -> None:
    found = _facts("we keep 60 goats", "activities")
    assert _named(found) == []
    assert _named(found, sure=False) == ["goats"]


def test_people_time_money_and_pets_name_no_work() -> None:
    for message in ["I have 3 kids", "I've got 6 months saved", "we have 2 dogs",
                    "I run 3 miles most mornings", "I run 2 classes a week"]:  # fmt: skip
        assert not any(
            r.value in {"kids", "months", "dogs", "miles", "classes"}
            for r in _facts(message, "activities")
        ), message
