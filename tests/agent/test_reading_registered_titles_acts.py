"""Kinds of message read better: a business said registered (an ABN, an LLC, a registration)
is the general setting unless denied, a title said first with no "I'm a", two words of kind
joined by "and" before one thing, sign-off and undo words, a removal asked in the passive,
and the steadiness question answered by a season alone or by pay that never moves."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.types import Reading, StreamView

STALLS = PlanView(
    streams=(
        StreamView("ferry deckhand", "anchor", 36),
        StreamView("candle stall", "client", 8),
        StreamView("candle-making workshop", "seed", 2),
    )
)


def sure(message: str, ask: str, view: PlanView | None = None) -> list[Reading]:
    return [r for r in read(message, view or PlanView(), ask) if r.confident]


def values(message: str, ask: str, field: str, view: PlanView | None = None) -> list[object]:
    return [r.value for r in sure(message, ask, view) if r.field == field]


def names(message: str, ask: str = "context") -> list[str]:
    return [
        str(r.value).casefold() for r in read(message, PlanView(), ask) if r.field == "activity"
    ]


# --- a registered business is the general setting ------------------------------------------


def test_a_business_registered_beside_a_job_is_the_general_setting() -> None:
    said = "I'm a porter at the train station. I also sharpen knives at markets, got an ABN for it."
    assert values(said, "context", "context") == ["general"]
    llc = "I drive for a courier firm, and my cousin and I have a gutter cleaning LLC."
    assert values(llc, "context", "context") == ["general"]
    registered = (
        "Clerk at the town library. I bake wedding cakes too, I registered it as a business."
    )
    assert values(registered, "context", "context") == ["general"]


def test_a_registration_said_not_to_be_had_names_no_setting() -> None:
    said = "I'm a night nurse. I also frame pictures at home but I don't have an LLC or anything."
    assert values(said, "context", "context") == []
    # an LLC that employs the person is not theirs
    employed = "I'm a mover, I work for an LLC that moves pianos, and I tune guitars."
    assert values(employed, "context", "context") == []


def test_a_public_college_is_no_government_setting_and_the_own_brand_settles_it() -> None:
    said = (
        "I teach chemistry at a federal polytechnic. I also sell hair oils under my own brand, "
        "all registered."
    )
    assert values(said, "context", "context") == ["general"]


def test_a_couple_caring_for_a_parent_in_law_is_the_caregiver_setting() -> None:
    said = "I'm a bus driver, and my wife and I take care of her mother, who lives with us."
    assert values(said, "context", "context") == ["caregiver"]
    # a parent of someone else looked after for pay is no setting of the person's own
    assert values(
        "I'm a home help, I take care of her mother on weekdays.", "context", "context"
    ) != ["caregiver"]


# --- titles said first, and work by a verb -------------------------------------------------


def test_a_title_said_first_without_i_am_is_work() -> None:
    assert "bailiff" in names("Bailiff, family court in the city. I also referee hockey.")
    assert "linesman" in names("Linesman on the rail network up north, nights mostly.")


def test_a_word_of_man_that_is_no_worker_is_no_work() -> None:
    said = "I'm a sound engineer, on contract, so self-employed for the taxman."
    assert "taxman" not in [str(v).casefold() for v in values(said, "context", "activity")]


def test_a_title_said_first_at_the_work_question_is_cut_to_the_title() -> None:
    said = (
        "Welder on the night shift at a shipyard in town. And I make candles, sell them at fairs."
    )
    got = [str(v).casefold() for v in values(said, "activities", "activity")]
    assert "welder" in got
    assert not any("shipyard" in name for name in got)


def test_renting_a_thing_out_is_work_but_renting_a_flat_is_not() -> None:
    assert any("rent out" in name for name in names("I'm a welder. I also rent out two kayaks."))
    assert names("I'm a welder. I also rent a flat near the docks.") == ["welder"]


# --- two words of kind joined by "and" before one thing -------------------------------------


def test_two_words_of_kind_before_one_thing_keep_the_work_whole() -> None:
    got = names("I'm a carer, and I sell new and second-hand bikes at the weekend.")
    assert not any(name.endswith("new") for name in got)
    assert any("second-hand bikes" in name for name in got)
    listed = names(
        "I bake red and green pepper bread, sell it to two cafes and a few delis", "activities"
    )
    assert not any(name in {"making red", "baking red", "delis"} for name in listed)


def test_two_works_with_their_own_verbs_still_part() -> None:
    got = names("I tutor physics and repair old radios")
    assert "tutoring physics" in got
    assert any("repair old radios" in name or "repairing old radios" in name for name in got)


# --- acts said in the person's words --------------------------------------------------------


def test_sign_off_words_confirm_the_plan() -> None:
    for said in ("Confirmed.", "lock it in", "nice one, lock that in"):
        assert [r.act for r in read(said, STALLS, "finalise")] == ["confirm"], said


def test_forget_what_i_said_and_leave_it_how_it_was_is_an_undo() -> None:
    said = "hmm forget what I just said, leave it how it was"
    assert [r.act for r in read(said, STALLS, "streams")] == ["undo"]


def test_a_removal_asked_in_the_passive_with_reasons_after_it() -> None:
    said = "Could the workshop be removed, I'm not ready to teach people yet, sorry"
    wishes = [r for r in read(said, STALLS, "streams") if r.act == "wish"]
    assert [(w.subject, w.remove) for w in wishes] == [("candle-making workshop", True)]


# --- the steadiness question ----------------------------------------------------------------


def test_a_season_alone_answers_the_steadiness_question() -> None:
    view = PlanView(activities=("lifeguarding",))
    got = values(
        "Summer only. Bad weather means no shifts.",
        "act:volatility:lifeguarding",
        "activity.volatility",
        view,
    )
    assert got == ["variable"]


def test_pay_said_never_to_move_is_stable() -> None:
    view = PlanView(activities=("court clerk",))
    got = values(
        "Salary. Doesn't change.", "act:volatility:court clerk", "activity.volatility", view
    )
    assert got == ["stable"]


def test_a_season_said_of_a_work_elsewhere_is_no_label() -> None:
    said = "Honey about 9k a year, and the farm tours are only May to August, 2k for the season."
    assert values(said, "activities", "activity.volatility") == []


def test_love_and_wear_at_the_energy_question_strike_no_balance() -> None:
    view = PlanView(activities=("nursery teacher",))
    said = "I love the little ones but the reports does wear me out"
    assert values(said, "act:energy:nursery teacher", "activity.energy", view) == []


# --- changes of the week and of the streams said beside something else ------------------------


def test_a_removal_said_for_later_is_no_removal_but_a_share_for_later_is_a_target() -> None:
    said = "I'd make the candle stall the anchor honestly, the ferry is the one I'd drop eventually"
    got = read(said, STALLS, "streams")
    assert not any(r.act == "wish" and r.remove for r in got)
    assert [(r.field, r.value) for r in got if r.act == "change"] == [("stream.role", "anchor")]
    share = read("the candle stall should be 25% of my income eventually", STALLS, "streams")
    assert [(r.field, r.value) for r in share if r.act == "change"] == [
        ("stream.target_income_share", 25.0)
    ]


def test_figures_beside_a_dropped_stream_are_asked_not_given_to_it() -> None:
    said = "No, the workshop isn't for me. But maybe a wax supply shop? Make it seed, 4 hours"
    got = read(said, STALLS, "streams")
    assert not [r for r in got if r.act == "change" and r.confident]


def test_where_the_person_is_at_a_time_of_the_week_is_no_stream_hours() -> None:
    said = "Weekdays I'm at the terminal 6 to 4 so only Sundays for the stall."
    got = read(said, STALLS, "blocks")
    assert not [r for r in got if r.field == "stream.target_hours"]


def test_a_question_to_the_planner_after_the_sign_off_is_read_too() -> None:
    got = read("yep finalise it. also do u know any good wax suppliers lol", STALLS, "finalise")
    assert [r.act for r in got] == ["confirm", "question"]
    # work said with "also do" asks nothing
    assert "question" not in [r.act for r in read("also do weddings", PlanView(), "context")]
