"""Word answers and dialog acts: labels said in the person's own words, constraints beside the
hours, skills in a sentence, wishes and removals, confirmations."""

from __future__ import annotations

import pytest

from agent.interviewer.reading.reader import read
from agent.interviewer.reading.types import PlanView, Reading, StreamView

VIEW = PlanView(capacity=45, activities=("Bakery shifts", "Pottery classes"))


def facts(message: str, ask: str, view: PlanView = VIEW) -> set[tuple[str | None, object]]:
    return {(r.field, r.value) for r in read(message, view, ask) if r.act == "fact"}


@pytest.mark.parametrize(
    "message",
    [
        "some months brilliant, some months dead",
        "summer is packed, the rest of the year is quiet",
        "it's casual, the rota changes every week",
        "contracts end and then there's a gap before the next one",
        "pretty shaky lately",
    ],
)
def test_a_swing_described_is_variable_at_the_volatility_question(message: str) -> None:
    assert facts(message, "act:volatility:Pottery classes") == {("activity.volatility", "variable")}


@pytest.mark.parametrize(
    ("message", "label"),
    [
        ("honestly it's soul destroying", "draining"),
        ("the early starts are killing me", "draining"),
        ("utterly knackering", "draining"),
        ("it fills me right up", "energising"),
        ("that's my oxygen", "energising"),
        ("I come home with more energy than I left with", "energising"),
    ],
)
def test_energy_said_without_the_label_s_words(message: str, label: str) -> None:
    assert facts(message, "act:energy:Bakery shifts") == {("activity.energy", label)}


def test_an_activity_compared_with_is_not_the_one_labelled() -> None:
    said = read("I like it more than the bakery, it gives me energy", VIEW,
                "act:energy:Pottery classes")  # fmt: skip
    assert [(r.subject, r.value) for r in said if isinstance(r, Reading) and r.act == "fact"] == [
        ("Pottery classes", "energising")
    ]


def constraints(message: str, ask: str) -> list[str]:
    return [str(r.value) for r in read(message, VIEW, ask) if r.field == "capacity.constraints"]


@pytest.mark.parametrize(
    ("message", "word"),
    [
        ("5 days of 8 hours, I keep mondays for my mum", "mondays"),
        ("40 max. sundays are family time", "sundays"),
        ("30h, evenings not possible", "evenings"),
        ("35 hours; the nursery closes at 5", "nursery"),
        ("I've got three kids so not a lot, maybe 20?", "kids"),
    ],
)
def test_time_kept_from_work_beside_the_hours_is_a_constraint(message: str, word: str) -> None:
    said = read(message, VIEW, "capacity")
    assert any(r.field == "capacity.hours_per_week" for r in said)
    assert [c for c in constraints(message, "capacity") if word in c.casefold()]


def test_a_question_about_capacity_records_no_constraint() -> None:
    assert constraints("what counts as capacity? like, including the commute?", "capacity") == []


def test_time_kept_from_work_at_the_blocks_question() -> None:
    assert constraints("no, thursdays are family days, not for work", "blocks")
    assert constraints("can't do monday evenings, I've got band practice", "blocks")
    assert not [r for r in read("can't do monday evenings", VIEW, "blocks") if r.act == "question"]
    assert constraints("no, Sundays are out, I told you", "blocks") == []
    assert constraints("put the writing block on tuesday instead", "blocks") == []


STREAMS = PlanView(
    capacity=45,
    activities=("Bakery shifts",),
    streams=(
        StreamView("Bakery shifts", "anchor", 30),
        StreamView("sourdough workshops", "client", 4),
        StreamView("recipe newsletter", "seed", 2),
    ),
)


def wishes(message: str, ask: str = "streams") -> list[tuple[str | None, bool, float | None]]:
    return [(r.subject, r.remove, r.hours) for r in read(message, STREAMS, ask) if r.act == "wish"]


def test_asking_whether_a_stream_can_be_dropped_drops_it() -> None:
    assert wishes("can we drop the newsletter? I never get round to it") == [
        ("recipe newsletter", True, None)
    ]
    assert wishes("could we take out the workshops one for now?", "blocks") == [
        ("sourdough workshops", True, None)
    ]


@pytest.mark.parametrize(
    ("message", "name"),
    [
        ("add a seed one: a podcast about baking, 2 hours a week", "podcast about baking"),
        ("I'd like a teaching stream, 3 hours a week", "teaching"),
        ("I want the cake decorating as a proper stream, 3 hours a week", "cake decorating"),
    ],
)
def test_a_wish_is_named_by_what_its_frame_points_at(message: str, name: str) -> None:
    assert wishes(message) == [(name, False, 3.0 if "3" in message else 2.0)]


def test_wanting_to_think_it_over_is_no_stream() -> None:
    said = read("not yet, I want to talk the numbers through with my sister", STREAMS, "finalise")
    assert [r.act for r in said] == ["confirm"]
    assert said[0].value is False


def skills(message: str) -> list[str]:
    return [str(r.value).casefold() for r in read(message, VIEW, "skills") if r.field == "skill"]


def test_languages_spoken_are_one_skill_each() -> None:
    assert skills("Python, data cleaning, and I speak French and German") == [
        "python",
        "data cleaning",
        "french",
        "german",
    ]
    assert skills("fluent in Welsh and Italian") == ["welsh", "italian"]


def test_a_skill_said_with_its_years_or_as_a_qualification_or_an_ability() -> None:
    assert skills("12 years of payroll, and I'm a qualified electrician") == [
        "payroll",
        "electrician",
    ]
    assert skills("I can fix boilers") == ["fix boilers"]
    assert skills("sales, and I'm honestly a pro at calming angry customers") == [
        "sales",
        "calming angry customers",
    ]


def test_a_figure_in_brackets_is_a_detail_of_its_skill() -> None:
    said = skills("budgeting (up to £2m), procurement, contract negotiation")
    assert said == ["budgeting", "procurement", "contract negotiation"]


def test_a_long_skill_loses_the_clause_that_describes_its_people() -> None:
    assert skills("plumbing, and dealing with landlords who never answer the phone") == [
        "plumbing",
        "dealing with landlords",
    ]


def acts_of(message: str, ask: str, view: PlanView = STREAMS) -> list[tuple[str, object]]:
    return [(r.act, r.value) for r in read(message, view, ask) if r.act != "nothing"]


@pytest.mark.parametrize("message", ["👍", "oui, parfait", "vale", "Ja, passt so"])
def test_a_yes_by_emoji_or_in_other_words(message: str) -> None:
    assert acts_of(message, "blocks") == [("confirm", True)]


def test_yes_but_accepts_the_proposal_with_the_change() -> None:
    said = acts_of("yes but first change my capacity to 40", "finalise")
    assert said == [("confirm", True), ("change", 40.0)]


def test_a_yes_to_something_else_is_no_confirmation() -> None:
    said = read("yeah, I'd like a podcast stream, 2 hours", STREAMS, "streams")
    assert [r.act for r in said] == ["wish"]


def test_hold_on_with_a_change_holds_the_proposal_back() -> None:
    said = acts_of("hang on, the capacity is wrong, it's 40 not 45", "finalise")
    assert said == [("confirm", False), ("change", 40.0)]
    said = acts_of("wait - my capacity is 40, not 45. then yes", "finalise")
    assert ("confirm", True) in said


@pytest.mark.parametrize(
    ("message", "ask"),
    [
        ("I'd prefer not to share that, if that's ok", "act:revenue:Bakery shifts"),
        ("is it ok if I skip this one? long day", "excited"),
        ("I don't really keep track of it, sorry", "spending"),
        ("whenever, you choose", "review"),
    ],
)
def test_ways_of_declining_a_question(message: str, ask: str) -> None:
    assert acts_of(message, ask, VIEW) == [("skip", None)]


def test_unsure_what_the_question_means_is_a_question_not_a_skip() -> None:
    said = acts_of("not sure what the difference is between core and the others", "core", VIEW)
    assert said == [("question", None)]


def test_a_statement_that_opens_with_can_or_would_is_no_question() -> None:
    said = read("can only work mornings, I'm on dialysis in the afternoons", VIEW, "constraints")
    assert [r.act for r in said] == ["fact"]
    assert [r.act for r in read("do hobbies count as skills?", VIEW, "skills")] == ["question"]


def test_each_statement_joined_by_and_is_its_own_constraint() -> None:
    said = constraints("school pick-up at 3 on weekdays, and Saturdays are football", "constraints")
    assert len(said) == 2
    assert "saturdays are football" in said[1].casefold()


@pytest.mark.parametrize(
    ("message", "context"),
    [
        ("im a plumber lol so general i suppose", "general"),
        ("corp. 20 yrs at the same place", "corporate"),
        ("I'm a stay-at-home dad", "caregiver"),
        ("analyst at a big bank", "corporate"),
    ],
)
def test_the_setting_said_in_passing_or_in_short(message: str, context: str) -> None:
    assert ("context", context) in facts(message, "context")


def test_a_general_manager_is_no_general_setting() -> None:
    assert ("context", "general") not in facts("general manager at a hotel chain", "context")


@pytest.mark.parametrize(
    ("message", "date"),
    [
        ("how about 6 weeks?", "in 6 weeks"),
        ("shall we say the first of March?", "the first of march"),
        ("end of the school year", "end of the school year"),
        ("can we wait until the busy season is over? so end of October", "end of october"),
    ],
)
def test_a_review_date_offered_as_a_question_is_an_answer(message: str, date: str) -> None:
    said = [r for r in read(message, VIEW, "review") if r.field == "review.date"]
    assert [str(r.value).casefold() for r in said] == [date]


def test_a_skill_off_the_list_is_a_new_skill_too() -> None:
    view = PlanView(skills=("accounting",))
    said = facts("pottery, which isn't on your list!", "excited", view)
    assert said == {("skill", "pottery"), ("skill.excites", "pottery")}


def test_a_language_used_at_work_is_not_under_used() -> None:
    said = facts("I speak Polish, German and English and I use only English at work", "underused")
    assert said == {("skill.under_used", "Polish"), ("skill.under_used", "German")}


def test_scrap_that_takes_the_answer_back() -> None:
    assert [r.act for r in read("scrap that, I typed it wrong", VIEW, "capacity")] == ["undo"]


def test_asking_which_of_two_settings_records_none() -> None:
    said = facts("backend developer at an insurer... so is that corporate or tech?", "context")
    assert not [f for f in said if f[0] == "context"]


def test_pay_that_depends_a_lot_on_something_is_variable() -> None:
    said = read("about 9k a year, depends a lot on the weather", VIEW,
                "act:revenue:Pottery classes")  # fmt: skip
    assert ("activity.volatility", "variable") in {(r.field, r.value) for r in said}


def test_a_stream_dropped_after_another_is_edited() -> None:
    said = read("the workshops should be the leverage one, and kill the newsletter", STREAMS,
                "streams")  # fmt: skip
    found = {(r.act, r.subject, r.value, r.remove) for r in said}
    assert found == {
        ("change", "sourdough workshops", "leverage", False),
        ("wish", "recipe newsletter", None, True),
    }


def test_it_after_a_stream_dropped_is_that_stream() -> None:
    said = read("the newsletter isn't a stream, it's a hobby - take it out.", STREAMS, "streams")
    assert {(r.subject, r.remove) for r in said if r.act == "wish"} == {("recipe newsletter", True)}


def changes(message: str) -> set[tuple[str | None, str | None, object]]:
    return {(r.field, r.subject, r.value) for r in read(message, STREAMS, "streams")
            if r.act == "change"}  # fmt: skip


def test_two_streams_given_shares_in_one_clause() -> None:
    assert changes("workshops should be 20% income and the newsletter 5%") == {
        ("stream.target_income_share", "sourdough workshops", 20.0),
        ("stream.target_income_share", "recipe newsletter", 5.0),
    }


def test_hours_taken_off_a_stream() -> None:
    assert changes("make the newsletter 3 hours and take 1 off the workshops") == {
        ("stream.target_hours", "recipe newsletter", 3.0),
        ("stream.target_hours", "sourdough workshops", 3.0),
    }


def test_a_bare_figure_after_a_share_is_a_share() -> None:
    assert changes("put the workshops at 25% of income and the newsletter 10") == {
        ("stream.target_income_share", "sourdough workshops", 25.0),
        ("stream.target_income_share", "recipe newsletter", 10.0),
    }


def test_a_stream_renamed_by_a_word_of_its_name() -> None:
    assert changes("call the newsletter one 'Bake Notes' instead") == {
        ("stream.name", "recipe newsletter", "Bake Notes")
    }


def test_an_activity_renamed_to_plain_words_on_request() -> None:
    said = read(
        "can you rename 'odd jobs for Sam' to bookkeeping? sounds better", VIEW_ODD, "skills"
    )
    assert [(r.act, r.field, r.subject, r.value) for r in said] == [
        ("change", "activity", "odd jobs for Sam", "bookkeeping")
    ]


VIEW_ODD = PlanView(capacity=40, activities=("odd jobs for Sam", "Bakery shifts"))


def test_a_hundred_percent_said_for_definitely_is_no_figure() -> None:
    said = facts("teaching, 100%. and gardening", "excited")
    assert said == {("skill.excites", "teaching"), ("skill.excites", "gardening")}


def test_a_role_said_with_a_is_a_new_stream_not_the_one_holding_it() -> None:
    said = read("I'd like a seed stream for a baking podcast, 2h", STREAMS, "streams")
    assert [(r.act, r.subject, r.hours) for r in said] == [("wish", "baking podcast", 2.0)]


def test_a_wish_pointing_at_its_stream_even_when_it_shares_a_word() -> None:
    said = read("can I get one for sourdough videos, like 2 hrs a week, a seed thing", STREAMS,
                "streams")  # fmt: skip
    assert [(r.act, r.subject, r.hours, r.role) for r in said] == [
        ("wish", "sourdough videos", 2.0, "seed")
    ]


def test_a_dream_for_some_day_is_no_stream_asked_for() -> None:
    said = read("Italian, definitely. I'd love to write a book some day", VIEW, "excited")
    assert [r.act for r in said] == ["fact"]


def test_one_day_in_a_wish_is_some_day_not_a_day_a_week() -> None:
    said = read("Could I have a stream for a recipe book? Maybe 10% of my income one day.",
                STREAMS, "streams")  # fmt: skip
    wish = [r for r in said if r.act == "wish"]
    assert [(r.subject, r.hours, r.share) for r in wish] == [("recipe book", None, 10.0)]


def test_a_constraint_beside_the_capacity_at_another_question() -> None:
    said = read("I could do 40h in total but not on fridays, that's my mum's day", VIEW, "context")
    kept = [str(r.value) for r in said if r.field == "capacity.constraints"]
    assert kept and kept[0].casefold().startswith("not on fridays")
    said = read("I care for my son so 30 hours is my limit", VIEW, "context")
    assert not [r for r in said if r.field == "capacity.constraints"]


def test_undecided_between_two_settings_records_none() -> None:
    assert not [
        f for f in facts("tech or corporate idk, it's a bank", "context") if f[0] == "context"
    ]


def test_steady_but_dead_in_summer_is_variable() -> None:
    said = read("the bakery is steady most of the year but dead in August", VIEW, "constraints")
    assert ("activity.volatility", "variable") in {(r.field, r.value) for r in said}


def test_two_activities_labelled_ahead_of_their_question() -> None:
    said = read("the bakery drains me, pottery is fun", VIEW, "act:hours:Pottery classes")
    assert {(r.subject, r.value) for r in said} == {
        ("Bakery shifts", "draining"),
        ("Pottery classes", "energising"),
    }


@pytest.mark.parametrize("ask", ["skills", "excited", "underused", "core"])
@pytest.mark.parametrize(
    "message", ["energizing", "pretty steady tbh", "I love it!", "it drains me", "seasonal"]
)
def test_a_label_or_a_feeling_is_no_skill(ask: str, message: str) -> None:
    view = PlanView(capacity=45, activities=VIEW.activities, skills=("baking", "glazing"))
    assert facts(message, ask, view) == set()


@pytest.mark.parametrize("message", ["stable isotope analysis", "fun runs for charity"])
def test_a_skill_that_starts_with_a_label_word_is_kept(message: str) -> None:
    assert facts(message, "skills") == {("skill", message)}


def test_a_quantifier_before_a_skill_is_no_part_of_it() -> None:
    got = facts("a bit of bookkeeping, some welding, a little bit of German", "skills")
    assert got == {("skill", "bookkeeping"), ("skill", "welding"), ("skill", "German")}


def test_hedges_inside_a_core_skill_answer_are_dropped_clause_by_clause() -> None:
    got = facts("erm. furniture repair i reckon - restoring old chairs", "core")
    assert got == {("core_skill", "furniture repair, restoring old chairs")}
