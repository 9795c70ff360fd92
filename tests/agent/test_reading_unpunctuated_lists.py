"""Lists typed without punctuation: each item keeps its own name, figures and label; where the
cut between two items is unclear the figures after it are asked back, never given to the item
before; a bare number, "24/7" or "9 to 5" never cuts a name."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.clauses import normalise, segments

VIEW = PlanView(capacity=50)


def sure(message: str, ask: str = "activities") -> set[tuple[str, str | None, object]]:
    return {(r.field or "", r.subject, r.value) for r in read(message, VIEW, ask)
            if r.act in {"fact", "change"} and r.confident}  # fmt: skip


def asked_back(message: str, ask: str = "activities") -> set[tuple[str, object]]:
    return {(r.field or "", r.value) for r in read(message, VIEW, ask)
            if r.act in {"fact", "change"} and not r.confident}  # fmt: skip


def figures(message: str, ask: str = "activities") -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for field, subject, value in sure(message, ask):
        if subject is not None:
            out.setdefault(subject, {})[field.removeprefix("activity.")] = value
    return out


def named(message: str, ask: str = "activities") -> set[str]:
    return {str(v) for f, _, v in sure(message, ask) if f == "activity"}


@pytest.mark.parametrize(
    ("message", "expected"),
    [("roofing 38h £41k steady gutter work 5h £3k seasonal",
      {"roofing": (38, 41000, "stable"), "gutter work": (5, 3000, "variable")}),
     ("lab tech 37.5h/wk $52,000 stable dj gigs 4h/wk $6,000 lumpy",
      {"lab tech": (37.5, 52000, "stable"), "dj gigs": (4, 6000, "variable")}),
     ("bike courier 25 hours 18000 euro irregular repairs 5 hours 2500 euro reliable",
      {"bike courier": (25, 18000, "variable"), "repairs": (5, 2500, "stable")}),
     ("vet nurse 32 hrs 29 grand guaranteed pet grooming 6 hrs 5 grand up and down",
      {"vet nurse": (32, 29000, "stable"), "pet grooming": (6, 5000, "variable")}),
     ("barista 25h €1.600 a month steady dog minding 6h €400 a month varies",
      {"barista": (25, 19200, "stable"), "dog minding": (6, 4800, "variable")})],
)  # fmt: skip
def test_each_item_of_a_run_keeps_its_own_figures_and_label(
    message: str, expected: dict[str, tuple[float, float, str]]
) -> None:
    got = figures(message)
    assert set(got) == set(expected)
    for name, (hours, pay, label) in expected.items():
        assert got[name] == {"hours_per_week": hours, "annual_revenue": pay, "volatility": label}


def test_amounts_a_month_in_other_languages_stay_with_their_own_item() -> None:
    got = figures("pflegekraft 30h 2.400 € im monat nachhilfe 4h 300 € im monat")
    assert got == {
        "pflegekraft": {"hours_per_week": 30, "annual_revenue": 28800},
        "nachhilfe": {"hours_per_week": 4, "annual_revenue": 3600},
    }


def test_fillers_and_labels_after_the_figures_stay_with_the_item_before() -> None:
    got = figures("glazier 34h approx £39k so pretty steady stained glass 6h avg £4k so varies")
    assert got["glazier"] == {"hours_per_week": 34, "annual_revenue": 39000, "volatility": "stable"}
    assert got["stained glass"] == {
        "hours_per_week": 6, "annual_revenue": 4000, "volatility": "variable"}  # fmt: skip


def test_money_said_to_vary_is_the_usual_figure_and_a_fee_said_to_vary_is_not() -> None:
    assert figures("pottery 9h €11k varies")["pottery"]["annual_revenue"] == 11000
    assert not any(f == "activity.annual_revenue" for f, _, _ in sure("henna £40 a job varies"))


@pytest.mark.parametrize("join", ["then", "also", "+", "plus", "and"])
def test_items_joined_by_a_word_or_a_sign_are_cut_there(join: str) -> None:
    got = figures(f"warehouse picker 40h £26k {join} book covers 3h £2k")
    assert got == {
        "warehouse picker": {"hours_per_week": 40, "annual_revenue": 26000},
        "book covers": {"hours_per_week": 3, "annual_revenue": 2000},
    }


def test_a_dictated_run_of_four_items_is_four_items() -> None:
    got = figures(
        "hospital porter 37.5h 23k steady security 12h 9k draining bike fixing 4h 2k varies "
        "choir 2h unpaid"
    )
    assert set(got) == {"hospital porter", "security", "bike fixing", "choir"}
    assert got["security"]["hours_per_week"] == 12 and got["bike fixing"]["annual_revenue"] == 2000


def test_thousands_before_the_next_name_are_pay_not_a_count_of_it() -> None:
    got = figures("editing 8h 9k workshops 6h £7,200 templates 2h £60ish a month")
    assert got["editing"] == {"hours_per_week": 8, "annual_revenue": 9000}
    assert got["workshops"] == {"hours_per_week": 6, "annual_revenue": 7200}
    assert got["templates"]["annual_revenue"] == 720
    # with nothing after it to name, thousands before a plural noun still count things
    assert "youtube 210k subs" in named("youtube 210k subs 5h a week 3k")


def test_a_run_at_another_question_names_its_work_and_keeps_figures_apart() -> None:
    readings = sure("sign writer 30h £27k van wraps 6h £8k", ask="context")
    assert ("activity.annual_revenue", "sign writer", 27000) in readings
    assert ("activity.annual_revenue", "van wraps", 8000) in readings
    # at the capacity question the item after the cut is no name, and its pay is no one's
    readings = sure("courier 20h 15k parcels sorting 6h 4k 40 max", ask="capacity")
    assert ("activity.annual_revenue", "courier", 15000) in readings
    assert not any(v == 4000 for _, _, v in readings)


@pytest.mark.parametrize(
    ("message", "first", "later"),
    [("copywriting 20h 30k depends on the month proofreading 5h 4k", "copywriting", 4000),
     ("florist 30h 22k in december wreaths 10h 3k", "florist", 3000),
     ("market stall 12h 9k at weekends face painting 4h 2k", "market stall", 2000)],
)  # fmt: skip
def test_figures_after_an_unclear_cut_are_asked_back_never_given_to_the_item_before(
    message: str, first: str, later: float
) -> None:
    readings = sure(message)
    assert not any(v == later for _, _, v in readings)
    assert ("activity.annual_revenue", later) in asked_back(message)
    held = {f for f, s, _ in readings if s == first}
    assert "activity.hours_per_week" in held  # the item before keeps its own figures


def test_two_figures_of_a_kind_with_no_name_between_are_asked_back() -> None:
    assert not any(f.endswith("hours_per_week") for f, _, _ in sure("upholstery 20h 14k 6h 4k"))
    assert {("activity.hours_per_week", 20.0), ("activity.hours_per_week", 6.0)} <= asked_back(
        "upholstery 20h 14k 6h 4k"
    )


def test_a_revision_after_the_figures_is_no_new_item() -> None:
    message = "welding 40h £50k after materials nearer £35k"
    assert len(segments(normalise(message), list_answer=True)) == 1
    assert not any(f == "activity.annual_revenue" for f, _, _ in sure(message))
    assert {("activity.annual_revenue", 50000.0), ("activity.annual_revenue", 35000.0)} <= (
        asked_back(message)
    )


@pytest.mark.parametrize(
    "message",
    ["accounts clerk 9 to 5 job 26k",
     "receptionist at the gp surgery 2 kids so 25h 19k",
     "b2b sales 40h 55k steady",
     "night porter 36h at £11.50/h",
     "I work 37 hours for the county council for 31k"],
)  # fmt: skip
def test_counts_clock_ranges_rates_and_names_with_digits_cut_nothing(message: str) -> None:
    assert len(segments(normalise(message), list_answer=True)) == 1


def test_all_the_time_is_no_figure() -> None:
    assert not any(v in {24, 7} for _, _, v in sure("support worker on call 24/7 32k"))
    assert ("activity.hours_per_week", 24.0) not in asked_back("support worker on call 24/7 32k")


def test_figures_said_before_the_names_are_never_cut_and_never_placed() -> None:
    message = "30h warehouse 24k 5h lessons 3k"
    assert len(segments(normalise(message), list_answer=True)) == 1
    assert not any(f.startswith("activity.") and f != "activity" for f, _, _ in sure(message))


def test_a_fee_takes_how_often_from_its_own_item_only() -> None:
    got = figures(
        "portraits 10 hrs $200 x 6 sittings a month varies retouching 5 hrs 4 jobs a month at "
        "$150 drawing class 3 hrs $25 each 8 a week steady prints 1 hr about $50 a month"
    )
    assert got["portraits"]["annual_revenue"] == 200 * 6 * 12
    assert got["retouching"] == {"hours_per_week": 5, "annual_revenue": 150 * 4 * 12}
    assert got["drawing class"]["hours_per_week"] == 3  # never 3 hours each of 8 a week
    assert got["drawing class"]["annual_revenue"] == 25 * 8 * 52
    assert got["prints"] == {"hours_per_week": 1, "annual_revenue": 600}


def test_names_before_dashes_with_no_other_punctuation_open_their_own_items() -> None:
    got = figures(
        "bakery shifts - 28 hrs/wk £21,500/yr cake orders - 4 hrs/wk £3,000/yr "
        "sourdough class - 2 hrs/wk £1,800/yr"
    )
    assert got == {
        "bakery shifts": {"hours_per_week": 28, "annual_revenue": 21500},
        "cake orders": {"hours_per_week": 4, "annual_revenue": 3000},
        "sourdough class": {"hours_per_week": 2, "annual_revenue": 1800},
    }


def test_words_after_a_dash_that_describe_the_figures_name_nothing() -> None:
    message = "ward sister 37.5 hrs/wk £41k at the infirmary - 3 nights a month of it"
    assert len(segments(normalise(message), list_answer=True)) == 2
    assert not any("infirmary" in name and "ward" not in name for name in named(message))


def test_words_saying_what_the_figures_are_for_open_no_item() -> None:
    message = "mural painting 12h 9k i have about 14k saved and spend 1.9k a month"
    readings = sure(message, ask="context")
    assert ("activity.annual_revenue", "mural painting", 9000) in readings
    assert not any(f == "activity.annual_revenue" and v != 9000 for f, _, v in readings)
    assert len(segments(normalise("about 14k saved and spend 1.9k a month"))) == 1


@pytest.mark.parametrize(
    "message", ["whys the pottery the anchor", "wheres the 40 hours coming from"]
)
def test_a_question_word_typed_without_its_apostrophe_still_asks(message: str) -> None:
    assert [r.act for r in read(message, VIEW, "streams")] == ["question"]
