"""A figure said with a part the person does not size is never stored short: a month's spending
with one cost unknown or a second total beside it (at the spending question no total is read,
so the question stays open; elsewhere it is asked back), a week's hours with a whole day added,
income said only of some months (asked back)."""

from __future__ import annotations

from tests.support.reading import stored, values


def _asked(got: dict[tuple[str, object], bool], field: str) -> bool:
    said = [sure for (f, _), sure in got.items() if f.endswith(field)]
    return bool(said) and not any(said)


def _not_stored(got: dict[tuple[str, object], bool], field: str) -> bool:
    return not any(sure for (f, _), sure in got.items() if f.endswith(field))


def test_spending_listed_with_one_cost_unknown_is_not_stored() -> None:
    assert _not_stored(
        stored("mortgage 1100 petrol 150 energy 90 groceries dunno", "spending"), "monthly_spending"
    )


def test_spending_with_a_part_the_person_is_not_sure_about_is_not_stored() -> None:
    got = stored("About £1,900 a month I think. Not sure about the kids' clubs though", "spending")
    assert _not_stored(got, "monthly_spending")


def test_spending_with_a_part_unsized_said_at_another_question_is_asked_back() -> None:
    got = stored("we spend about 1900 a month, not sure about the kids' clubs", "buffer")
    assert _asked(got, "monthly_spending")


def test_a_second_total_that_counts_one_more_thing_is_not_stored() -> None:
    got = stored("1800 a month, 2200 if you count the takeaways", "spending")
    assert _not_stored(got, "monthly_spending")


def test_spending_said_whole_is_still_stored() -> None:
    assert values("about £1,900 a month all in", "spending") == {"capacity.monthly_spending": 1900}


def test_hours_with_a_whole_day_added_unsized_are_asked_back() -> None:
    got = stored(
        "About 2 hours after work on weekdays and the whole of Sunday.",
        "act:hours:candle making",
        "candle making",
    )
    assert _asked(got, "hours_per_week")


def test_income_said_only_of_some_months_is_asked_back() -> None:
    got = stored(
        "depends on orders some months i clear 2k some months 400",
        "act:revenue:candle making",
        "candle making",
    )
    assert _asked(got, "annual_revenue")
