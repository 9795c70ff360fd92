"""The evidence checks drawn from what the reader got wrong on messages it had never seen.

Each check of ``agent.interviewer.reading.evidence`` is tested both ways: a figure whose
evidence is weak in that way is asked back (below ``CONFIDENT``: neither stored nor lost), and
the same kind of figure with the evidence the check looks for is still stored. The messages
are in other trades and words than the ones that showed each cause.
"""

from __future__ import annotations

from agent.interviewer.reading import CONFIDENT, PlanView, Reading, evidence, read
from tests.support.reading import stored as _figures


def _hours(span: str, value: float, note: str = "", subject: str = "lab work") -> Reading:
    return Reading("fact", "activity.hours_per_week", value, subject, span=span, note=note)


# A stretch of time or an "each" said beside the figure, that its reading did not use.


def test_hours_said_per_term_are_asked_back_not_stored_as_weekly() -> None:
    read_as = _figures(
        "it's about 30 hours per term i reckon", "act:hours:school board", "school board"
    )
    assert read_as[("activity.hours_per_week", 30.0)] is False


def test_hours_said_per_week_during_term_are_kept() -> None:
    read_as = _figures("about 6 hours a week during term", "act:hours:choir", "choir")
    assert read_as[("activity.hours_per_week", 6.0)] is True


def test_money_of_each_one_unused_in_the_reading_is_asked_back() -> None:
    read_as = _figures("rwf 90,000 a month each", "act:revenue:translation", "translation")
    assert read_as[("activity.annual_revenue", 1080000.0)] is False


def test_money_of_each_one_times_how_many_is_kept() -> None:
    read_as = _figures("about 800 each, maybe 5 a month", "act:revenue:framing", "framing")
    assert read_as[("activity.annual_revenue", 48000.0)] is True


def test_the_stretch_check_on_the_evidence_itself() -> None:
    assert evidence.unused_stretch(_hours("about 9 hours a quarter", 9.0)) == "quarter"
    assert evidence.unused_stretch(_hours("7 hours each", 7.0)) == "each"
    assert evidence.unused_stretch(_hours("11hr shifts", 11.0)) == "shift"
    assert evidence.unused_stretch(_hours("7 hours each", 21.0, "7 h, 3 times a week")) is None
    assert evidence.unused_stretch(_hours("11hr shifts, 3 a week", 33.0, "3 x 11 h")) is None
    assert evidence.unused_stretch(_hours("kilns at nights, about 9 hours", 9.0)) is None
    # the work's own name is no stretch ("evening classes" are a piece of work)
    assert evidence.unused_stretch(_hours("9 hours", 9.0, subject="evening classes")) is None
    assert (
        evidence.unused_stretch(_hours("evening classes 9h", 9.0, subject="evening classes"))
        is None
    )
    # a stretch turned into a week's figure is used
    assert evidence.unused_stretch(_hours("16 hours a fortnight", 8.0)) is None


# A figure said of a condition.


def test_money_of_a_good_year_or_between_contracts_is_asked_back() -> None:
    between = _figures("between seasons it's zero", "act:revenue:ski school", "ski school")
    assert between[("activity.annual_revenue", 0.0)] is False
    busy = _figures("roughly 30k in a busy year", "act:revenue:ski school", "ski school")
    assert busy[("activity.annual_revenue", 30000.0)] is False


def test_money_said_plainly_or_between_two_jobs_is_kept() -> None:
    plain = _figures("roughly 30k a year", "act:revenue:ski school", "ski school")
    assert plain[("activity.annual_revenue", 30000.0)] is True
    assert not evidence.of_a_condition(_hours("about 6 hours a week between them", 6.0))


# A name after a comma that takes the figures of the work named before it.


def test_words_after_a_comma_that_take_the_jobs_figures_are_asked_back() -> None:
    read_as = _figures("plumber, vat registered, 50 hrs a week, 60k", "activities")
    assert read_as[("activity", "plumber")] is True
    assert read_as[("activity", "vat registered")] is False
    assert read_as[("activity.hours_per_week", 50.0)] is False
    assert read_as[("activity.annual_revenue", 60000.0)] is False


def test_a_second_job_with_words_of_its_own_keeps_its_figures() -> None:
    read_as = _figures("roofer 40h about 52k, and I run a pub quiz, 3 hours", "activities")
    assert read_as[("activity", "pub quiz")] is True
    assert read_as[("activity.hours_per_week", 3.0)] is True


def test_a_comma_name_is_only_one_that_takes_a_missing_figure() -> None:
    first = Reading("fact", "activity", "glazier", span="glazier 40h")
    second = Reading("fact", "activity", "framing", span="framing 6h")
    figures = [
        Reading("fact", "activity.hours_per_week", 40.0, "glazier", span="40h"),
        Reading("fact", "activity.hours_per_week", 6.0, "framing", span="6h"),
    ]
    text = "glazier 40h, framing 6h"
    assert evidence.comma_names([first, second, *figures], text) == set()
    assert evidence.comma_names([first, second, figures[1]], text) == {"framing"}
    assert evidence.comma_names([first, second, figures[1]], "glazier 40h. framing 6h") == set()


# A year's money too small to be one, with no mark of money.


def test_a_count_read_as_a_years_money_is_asked_back() -> None:
    read_as = _figures(
        "three or four a year, roughly 2000 each", "act:revenue:portraits", "portraits"
    )
    assert all(not kept for (field, _), kept in read_as.items() if field.startswith("activity."))


def test_a_small_years_money_with_its_currency_is_kept() -> None:
    read_as = _figures("about £400 a year, it's tiny", "act:revenue:zine", "zine")
    assert read_as[("activity.annual_revenue", 400.0)] is True


# A figure asked of one activity is never given to another by a word any work shares.


def test_a_word_any_work_shares_leaves_the_figure_with_the_activity_asked() -> None:
    view = PlanView(activities=("mural painting", "sign jobs"))
    found = read("depends on the job but call it 12k", view, "act:revenue:mural painting")
    figures = [r for r in found if r.act == "fact" and r.field == "activity.annual_revenue"]
    assert [(r.value, r.subject, r.confident) for r in figures] == [
        (12000.0, "mural painting", True)
    ]
    # an income answer that begins with "depends" says the income varies, of the same work
    assert [(r.field, r.value, r.subject) for r in found if r.field == "activity.volatility"] == [
        ("activity.volatility", "variable", "mural painting")
    ]


def test_a_figure_of_another_activity_named_in_full_is_kept() -> None:
    read_as = _figures(
        "the sign jobs bring in 12k", "act:revenue:mural painting", "mural painting", "sign jobs"
    )
    assert read_as.get(("activity.annual_revenue", 12000.0)) is True


# Steady money read from a word that only says how the work is employed.


def _steadiness(message: str, ask: str) -> list[tuple[object, bool]]:
    return [
        (r.value, r.confidence >= CONFIDENT)
        for r in read(message, PlanView(activities=("signal engineering",)), ask)
        if r.field == "activity.volatility"
    ]


def test_salaried_beside_a_jobs_name_is_asked_back_as_steady_money() -> None:
    message = "signal engineering (salaried, £48,500) and model railway repairs at weekends"
    assert _steadiness(message, "activities") == [("stable", False)]


def test_salaried_at_the_steadiness_question_or_steady_said_is_kept() -> None:
    assert _steadiness("salaried", "act:volatility:signal engineering") == [("stable", True)]
    assert _steadiness("signal engineer, permanent, 48k, steady", "activities") == [
        ("stable", True)
    ]
    kinds = _steadiness("landscaping, seasonal, about 20k", "activities")
    assert kinds == [("variable", True)]


def test_a_name_introduced_by_words_of_its_own_is_no_comma_name() -> None:
    def story(said: str) -> set[str]:
        text = f"and fourth, {said}, 2 hours a week"
        readings = [
            Reading("fact", "activity", "fourth", span="and fourth"),
            Reading("fact", "activity", "choir", span=said),
            Reading("fact", "activity.hours_per_week", 2.0, "choir", span="2 hours a week"),
        ]
        return evidence.comma_names(readings, text)

    assert story("the choir i run") == set()
    assert story("my choir") == set()
    assert story("choir") == {"choir"}


def test_a_name_is_placed_by_its_own_words_not_by_the_figure_it_was_read_with() -> None:
    story = (
        "I am a district nurse, 37 hours a week, for £36,000 a year. I do a bit of local "
        "history writing, maybe 2 hours a week, and I do tenants union organising, 3 hours, "
        "unpaid."
    )
    read_as = _figures(story, "context")
    assert read_as[("activity", "tenants union organising")] is True
    assert read_as[("activity.annual_revenue", 0.0)] is True


def test_names_listed_after_a_colon_are_no_comma_names() -> None:
    text = "i do 3 things: joinery, stair fitting (about 40 a year at £300)"
    readings = [
        Reading("fact", "activity", "joinery", span="i do 3 things: joinery"),
        Reading("fact", "activity", "stair fitting", span="stair fitting"),
        Reading("fact", "activity.annual_revenue", 12000.0, "stair fitting", span="£300"),
    ]
    assert evidence.comma_names(readings, text) == set()
