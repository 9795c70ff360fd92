"""What a message does, said in the person's own words: yes and skip, undo, an aside that
answers nothing, energy and steadiness said loosely, a limit with its reason, a season for the
review, a figure given once the plan is made. Each cause in other words than the messages
that showed it (other people, trades, registers)."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, StreamView, read

BAKER = PlanView(
    capacity=45,
    activities=("bakery shifts", "wedding cakes", "bread classes"),
    streams=(
        StreamView("bakery shifts", "anchor", 32),
        StreamView("wedding cakes", "client", 6),
        StreamView("bread classes", "leverage", 3),
    ),
)


def _acts(message: str, ask: str, view: PlanView = BAKER) -> list[str]:
    return [r.act for r in read(message, view, ask)]


def _recorded(message: str, ask: str, view: PlanView = BAKER) -> list[tuple[object, ...]]:
    return [
        (r.act, r.field, r.value if not isinstance(r.value, str) else r.value.casefold())
        for r in read(message, view, ask)
        if r.act in {"fact", "change", "wish"}
    ]


# Yes and skip in the person's words.


def test_a_skip_with_a_typed_please_declines() -> None:
    assert _acts("pass plz", "spending") == ["skip"]


def test_none_of_your_business_declines() -> None:
    assert _acts("that's none of your business", "buffer") == ["skip"]
    assert _acts("nae yer concern mate", "buffer") == ["skip"]


def test_aye_accepts_the_proposal() -> None:
    assert read("aye", BAKER, "streams")[0].act == "confirm"
    assert read("aye", BAKER, "streams")[0].value is True


def test_a_judgement_with_an_intensifier_and_a_name_for_the_planner_accepts() -> None:
    first = read("Dead good. Go on then love.", BAKER, "blocks")[0]
    assert (first.act, first.value) == ("confirm", True)


# Undo said as "forget what I said", "leave it as it was", "bring X back".


def test_forget_what_i_said_takes_the_last_answer_back() -> None:
    assert _acts("no forget what I said, just keep it as it was", "streams") == ["undo"]
    assert _acts("ugh forget what i said", "capacity") == ["undo"]


def test_a_dropped_stream_brought_back_is_an_undo() -> None:
    assert _acts("hang on, bring the sourdough subscriptions back", "streams") == ["undo"]


def test_a_stream_still_held_put_back_to_a_figure_is_a_change() -> None:
    assert _recorded("put the bread classes back to 4 hours", "streams") == [
        ("change", "stream.target_hours", 4.0)
    ]


# An aside that answers nothing.


def test_answering_later_records_nothing() -> None:
    view = PlanView(activities=("fishing boat",))
    assert _acts(
        "Nets to mend, I answer you tomorrow. Sorry", "act:teaches:fishing boat", view
    ) == ["nothing"]


# Energy said loosely, and a feeling split two ways.


def test_the_part_of_the_week_looked_forward_to_energises() -> None:
    view = PlanView(activities=("choir",))
    assert _recorded("its the bit i look forward to all week", "act:energy:choir", view) == [
        ("fact", "activity.energy", "energising")
    ]


def test_work_held_as_ones_escape_energises() -> None:
    view = PlanView(activities=("allotment",))
    assert _recorded("honestly the allotment is my escape", "act:energy:allotment", view) == [
        ("fact", "activity.energy", "energising")
    ]


def test_a_word_ending_in_ok_is_no_neutral_feeling() -> None:
    view = PlanView(activities=("cooking",))
    assert _recorded("i cook, it gets me going", "act:energy:cooking", view) == [
        ("fact", "activity.energy", "energising")
    ]


def test_two_parts_of_the_work_felt_two_ways_strike_no_balance() -> None:
    view = PlanView(activities=("nursing",))
    assert (
        _recorded("love the patients but the paperwork kills me", "act:energy:nursing", view) == []
    )


def test_a_verdict_on_the_whole_work_after_but_still_holds() -> None:
    view = PlanView(activities=("nursing",))
    assert _recorded("I love the patients but it drains me", "act:energy:nursing", view) == [
        ("fact", "activity.energy", "draining")
    ]


# Steadiness said as a pattern of the month.


def test_a_busy_and_a_dead_time_of_the_month_are_variable() -> None:
    view = PlanView(activities=("car wash",))
    assert _recorded(
        "payday weekends mad, middle of the month quiet", "act:volatility:car wash", view
    ) == [("fact", "activity.volatility", "variable")]


# A limit with its reason is one constraint.


def test_what_a_cause_does_to_the_person_is_the_reason_for_the_limit_before() -> None:
    assert _recorded("no early starts. the chemo flattens me", "constraints") == [
        ("fact", "capacity.constraints", "no early starts, the chemo flattens me")
    ]


def test_what_fills_the_evenings_said_after_them_is_one_limit() -> None:
    read_ = _recorded(
        "no weeknights, I have choir practice Mondays and Wednesdays 7-9", "constraints"
    )
    assert len(read_) == 1


def test_two_limits_on_different_days_stay_two() -> None:
    assert (
        len(_recorded("shop's closed sundays, I have the kids wed afternoon", "constraints")) == 2
    )


# The review said as a season.


def test_a_season_alone_is_the_review_date() -> None:
    assert _recorded("late autumn then", "review") == [("fact", "review.date", "late autumn")]
    assert _recorded("not summer", "review") == []


# A figure given once the plan is made revises it.


def test_money_given_after_the_plan_is_a_change() -> None:
    assert _recorded("oh, my partner says we have 9 grand put by, not 6", "done") == [
        ("change", "capacity.cash_buffer", 9000.0)
    ]


def test_a_piece_of_work_first_named_after_the_plan_stays_a_fact() -> None:
    got = _recorded("I forgot the craft fair stall, about £900 a year", "done")
    assert ("fact", "activity", "craft fair stall") in got or all(r[0] == "fact" for r in got)


# Word answers: languages run together, comments after an item, a lesson said "how to".


def test_languages_run_together_are_one_skill_each() -> None:
    got = [v for _, _, v in _recorded("bookkeeping, Tamil Hindi English, driving", "skills")]
    assert got == ["bookkeeping", "tamil", "hindi", "english", "driving"]


def test_a_language_beside_another_word_is_one_item() -> None:
    got = [v for _, _, v in _recorded("latin dance, sewing", "skills")]
    assert got == ["latin dance", "sewing"]


def test_a_doing_said_of_the_item_before_is_no_item_of_its_own() -> None:
    got = [
        v for _, _, v in _recorded("Restoring old chairs, bringing them back to life", "excited")
    ]
    assert got == ["restoring old chairs"]


def test_a_comment_word_after_an_item_is_no_item() -> None:
    got = [v for _, _, v in _recorded("baking! and the accounts, strangely", "excited")]
    assert got == ["baking", "accounts"]


def test_a_lesson_said_how_to_keeps_its_figures() -> None:
    view = PlanView(activities=("swim coaching",))
    got = _recorded(
        "how to keep 20 kids in a pool listening for an hour", "act:teaches:swim coaching", view
    )
    assert got and got[0][1] == "activity.teaches" and "20 kids" in str(got[0][2])


# The setting: a public job beside work on one's own account.


def test_work_on_ones_own_account_beside_a_public_job_is_general() -> None:
    got = _recorded(
        "Nurse at a government hospital, and on Sundays I do catering on my own account", "context"
    )
    assert ("fact", "context", "general") in got
    assert ("fact", "context", "government") not in got


# The setting: a venture of one's own said as "my own ...".


def test_a_venture_of_ones_own_is_the_general_setting() -> None:
    got = _recorded("I fix boat engines, my own slipway in Mallaig, 15 years now", "context")
    assert ("fact", "context", "general") in got


def test_ones_own_time_or_home_says_no_setting() -> None:
    got = _recorded("I do alterations in my own time from my own home", "context")
    assert ("fact", "context", "general") not in got


# Stream wishes and changes said loosely.


def test_no_before_a_stream_on_record_drops_it() -> None:
    got = [
        (r.act, r.subject, r.remove)
        for r in read(
            "No cakes, my sister does those now. And bread classes to 4 hours", BAKER, "streams"
        )
    ]
    assert ("wish", "wedding cakes", True) in got


def test_no_after_a_comma_is_no_drop() -> None:
    assert not any(r.remove for r in read("no, the cakes stay", BAKER, "streams"))


def test_a_new_name_said_unquoted_after_call_it_renames_the_stream_spoken_of() -> None:
    got = _recorded("make the classes 4 hours and call it Crumb School", "streams")
    assert ("change", "stream.name", "crumb school") in got
    named = [r for r in read("make the classes 4 hours and call it Crumb School", BAKER, "streams")]
    assert {r.subject for r in named} == {"bread classes"}


def test_a_new_stream_that_shares_a_word_with_one_on_record_is_a_wish() -> None:
    got = [
        (r.act, r.subject, r.hours, r.role)
        for r in read("and add sourdough bread delivery as a seed, 2 hours", BAKER, "streams")
    ]
    assert got == [("wish", "sourdough bread delivery", 2.0, "seed")]


def test_a_stream_on_record_wished_a_share_is_a_change() -> None:
    assert _recorded("I want the bread classes to be 20% of income", "streams") == [
        ("change", "stream.target_income_share", 20.0)
    ]


# The core skill vouched for, and one thing exclaimed then said in more words.


def test_a_rhetorical_question_after_the_core_skill_vouches_for_it() -> None:
    assert _recorded("Dry stone walling of course. What else could it be?", "core") == [
        ("fact", "core_skill", "dry stone walling")
    ]


def test_a_rhetorical_question_alone_names_no_core_skill() -> None:
    assert _recorded("what else would it be", "core") == []


def test_a_word_exclaimed_then_said_in_more_words_is_one_thing() -> None:
    assert _recorded("batik!! new dyes from local plants", "excited") == [
        ("fact", "skill.excites", "batik, new dyes from local plants")
    ]


def test_a_statement_after_a_word_exclaimed_is_a_remark() -> None:
    assert _recorded("Pottery! it makes me calm", "excited") == [
        ("fact", "skill.excites", "pottery")
    ]


# Blocks refused in words, and limits said with clock times.


def test_a_time_filled_with_something_else_is_a_limit_at_the_blocks() -> None:
    got = _recorded("grand, but tuesday evenings we do the quiz at the pub", "blocks")
    assert [f for _, f, _ in got] == ["capacity.constraints"]


def test_a_time_filled_with_work_beside_the_hours_is_no_limit() -> None:
    got = _recorded("about 45. On sundays I run a market stall", "capacity")
    assert all(f != "capacity.constraints" for _, f, _ in got)


def test_nothing_booked_before_a_clock_time_in_hours_notation_is_a_limit_not_hours() -> None:
    got = _recorded(
        "Please don't schedule anything before 14h on Fridays, I collect my mother", "blocks"
    )
    assert [f for _, f, _ in got] == ["capacity.constraints"]


def test_a_limit_with_clock_times_after_a_family_line_is_kept() -> None:
    got = _recorded(
        "my daughter's nursery closes at 15:30 so I need 3 to 6 kept free", "constraints"
    )
    assert [f for _, f, _ in got] == ["capacity.constraints"]
