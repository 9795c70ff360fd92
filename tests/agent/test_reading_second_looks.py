"""Readings whose words point elsewhere than their field are asked back; the rest are kept.

Covers ``agent.interviewer.reading.second_looks`` (asked back rather than stored),
``pay_runs`` (a year of 13 or 14 monthly payments) and the words of other languages and the
slips the reader now reads. Each check is tested both ways, in other trades, currencies and
words than the messages that showed the cause.
"""

from __future__ import annotations

from agent.interviewer.reading import CONFIDENT, PlanView, Reading, read, second_looks
from agent.interviewer.reading.types import StreamView


def _stored(message: str, ask: str, view: PlanView | None = None) -> dict[tuple, object]:
    """(field, subject) of each fact or change stored as read, with its value."""
    return {
        (str(r.field), r.subject): r.value
        for r in read(message, view or PlanView(), ask)
        if r.act in {"fact", "change"} and r.confidence >= CONFIDENT
    }


def _names(message: str, ask: str = "activities") -> set[str]:
    return {
        str(r.value).casefold()
        for r in read(message, PlanView(), ask)
        if r.field == "activity" and r.confidence >= CONFIDENT
    }


# Monthly pay paid 13 or 14 times a year.


def test_a_month_of_fourteen_salaries_is_counted_fourteen_times() -> None:
    view = PlanView(activities=("Klinik",))
    stored = _stored("2.300 € netto im Monat, 14 Gehälter", "act:revenue:Klinik", view)
    assert stored[("activity.annual_revenue", "Klinik")] == 32200


def test_payments_said_in_another_sentence_leave_other_pay_at_twelve() -> None:
    stored = _stored(
        "Klinik: 2.300 € netto im Monat, 14 Gehälter. Nachtdienste extra, 300 € im Monat",
        "activities",
    )
    yearly = {k[1].casefold(): v for k, v in stored.items() if k[0] == "activity.annual_revenue"}
    assert yearly["klinik"] == 32200
    assert yearly["nachtdienste extra"] == 3600


# A figure of a new stream, not of the stream on record it resembles.

_POTTERY = PlanView(
    streams=(StreamView("pottery", "anchor", 20), StreamView("glaze workshops", "client", 4))
)


def test_figures_of_a_quoted_new_stream_are_not_changes_of_an_old_one() -> None:
    stored = _stored("add 'raku pottery days' as a seed one, 2 hours", "streams", _POTTERY)
    assert not any(field.startswith("stream.") for field, _ in stored)


def test_a_stream_named_beside_a_new_one_keeps_its_change() -> None:
    stored = _stored(
        "the glaze workshops should be 6 hrs, and add a kiln rental stream", "streams", _POTTERY
    )
    assert stored[("stream.target_hours", "glaze workshops")] == 6


# Names that are no piece of work.


def _name(value: str, span: str) -> Reading:
    return Reading("fact", "activity", value, span=span)


def test_names_of_money_pronouns_and_plans_are_asked_back() -> None:
    assert second_looks.doubt(_name("beer money", "a bit of beer money"), "", PlanView())
    assert second_looks.doubt(_name("repairing them", "and repair them"), "", PlanView())
    planned = _name("running pottery retreats", "hoping to start running pottery retreats")
    assert second_looks.doubt(planned, "", PlanView())


def test_names_of_work_done_now_are_kept() -> None:
    assert not second_looks.doubt(_name("IT support", "it support at the council"), "", PlanView())
    assert not second_looks.doubt(_name("money coaching", "money coaching"), "", PlanView())
    assert not second_looks.doubt(
        _name("pottery retreats", "i run pottery retreats"), "", PlanView()
    )


def test_a_name_made_of_money_words_is_not_stored_from_a_message() -> None:
    assert "pin money" not in _names("school cleaner 15 hrs, and a spot of pin money from ironing")


# Skill answers that are no skill.


def _skill(value: str) -> Reading:
    return Reading("fact", "skill.excites", value, span=value)


def test_words_that_are_no_skill_are_asked_back() -> None:
    for said in ("honestly", "none really", "or rather welding", "nobody needs it now"):
        assert second_looks.doubt(_skill(said), said, PlanView()), said
    for said in ("before anything else", "love a challenge"):
        assert second_looks.doubt(_skill(said), said, PlanView()), said


def test_skills_are_kept() -> None:
    for said in ("woodturning", "public speaking", "noticing what people need", "early music"):
        assert second_looks.doubt(_skill(said), said, PlanView()) is None, said


# A limit said as hours on top of others.


def test_hours_said_as_more_on_top_are_no_limit_of_their_own() -> None:
    stored = _stored(
        "I'm on 37 at the depot already, could do 8 more on top for the van", "capacity"
    )
    assert stored.get(("capacity.hours_per_week", None)) != 8


def test_a_limit_said_outright_is_kept() -> None:
    stored = _stored("no more than 32 hours, honestly", "capacity")
    assert stored[("capacity.hours_per_week", None)] == 32


# Words of other languages and slips.


def test_a_hyphenated_name_keeps_its_first_part() -> None:
    assert "on-call vet work" in _names("on-call vet work, 10 hrs a week, £9k")


def test_about_said_in_another_language_is_no_name() -> None:
    stored = _stored("translations: etwa 12 Stunden pro Woche", "activities")
    assert stored == {
        ("activity", None): "translations",
        ("activity.hours_per_week", "translations"): 12,
    }


def test_turnover_last_year_in_another_language_is_no_name() -> None:
    said = "bike repairs (on the side): a few hours a week, Umsatz letztes Jahr 4.300 €"
    assert _names(said) == {"bike repairs"}


def test_a_fortnight_misspelt_is_still_a_fortnight() -> None:
    view = PlanView(activities=("dog walking",))
    stored = _stored("around 16 hrs a fornight", "act:hours:dog walking", view)
    assert stored[("activity.hours_per_week", "dog walking")] == 8


def test_a_figure_said_as_the_most_it_reaches_is_asked_back() -> None:
    view = PlanView(activities=("mulled wine stall",))
    said = "in December I make up to £2,000 a month"
    stored = _stored(said, "act:revenue:mulled wine stall", view)
    assert ("activity.annual_revenue", "mulled wine stall") not in stored


def test_the_usual_figure_beside_no_peak_is_kept() -> None:
    view = PlanView(activities=("mulled wine stall",))
    stored = _stored("about £500 a month", "act:revenue:mulled wine stall", view)
    assert stored[("activity.annual_revenue", "mulled wine stall")] == 6000


def test_a_new_stream_name_that_is_a_figure_is_asked_back() -> None:
    view = PlanView(streams=(StreamView("studio hire", "client", 10),))
    stored = _stored("studio hire down to 7", "streams", view)
    assert ("stream.name", "studio hire") not in stored
    assert stored[("stream.target_hours", "studio hire")] == 7


def test_a_pronoun_one_is_no_name_but_a_count_of_one_is_kept() -> None:
    assert second_looks.doubt(_name("tricky one", "a tricky one"), "", PlanView())
    assert not second_looks.doubt(
        _name("one-to-one tutoring", "one-to-one tutoring"), "", PlanView()
    )


def test_discourse_words_and_seasons_of_other_languages_are_no_names() -> None:
    assert _names("Anyway: dog grooming, 12 hrs a week") == {"dog grooming"}
    assert _names("Verano: surf classes, 20 hrs a week") == {"surf classes"}


def test_hindi_verb_words_are_never_a_name_of_their_own() -> None:
    assert _names("job se 9 LPA milta hai, 48 hrs a week") == {"job"}
    assert all("bank job" in n for n in _names("bank job se 12 LPA milta hai, 40 hrs a week"))


def test_a_month_said_in_malay_is_a_month() -> None:
    view = PlanView(activities=("tuition",))
    stored = _stored("about 800 sebulan", "act:revenue:tuition", view)
    assert stored[("activity.annual_revenue", "tuition")] == 9600


def test_clock_spans_and_weekdays_in_german_and_dutch_give_hours() -> None:
    assert _stored("Mo-Fr 7 bis 16 Uhr", "capacity")[("capacity.hours_per_week", None)] == 45
    assert _stored("ma-vr 8 tot 16 uur", "capacity")[("capacity.hours_per_week", None)] == 40


def test_ordinal_dates_with_of_or_the_month_first_are_dates() -> None:
    assert _review("the 2nd of October 2027") == "2027-10-02"
    assert _review("October 2nd, 2027") == "2027-10-02"
    assert _review("in 10 weeks") == "in 10 weeks"


def _review(message: str) -> object:
    return next(r.value for r in read(message, PlanView(), "review") if r.field == "review.date")
