"""Activity names: a name is the work, not an employer, a place, a detail or a clause cut
short; a name the reader cannot be sure of is asked back with the figures said of it."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, Reading, read
from agent.interviewer.reading.names import doubtful, well_formed
from agent.interviewer.reading.types import StreamView

NONE = PlanView()


def sure(message: str, ask: str = "activities") -> list[Reading]:
    return [r for r in read(message, NONE, ask) if r.act in {"fact", "change"} and r.confident]


def names(message: str, ask: str = "activities") -> list[str]:
    return [str(r.value).casefold() for r in sure(message, ask) if r.field == "activity"]


def test_an_employer_alone_is_no_activity_and_its_figures_are_asked_back() -> None:
    readings = sure("40 hours a week at the water company, 33k")
    assert not [r for r in readings if r.field and r.field.startswith("activity")]
    assert doubtful("the district council") and doubtful("a bank in Cardiff")


def test_a_place_after_a_job_said_is_where_that_job_is_done() -> None:
    assert not doubtful("hospital", job_said=True)
    readings = sure("I'm a porter, 38 hours at the hospital, 24k")
    assert [r.value for r in readings if r.field == "activity.hours_per_week"] == [38]


def test_one_word_that_names_no_work_is_asked_back() -> None:
    assert doubtful("call") and doubtful("open") and not doubtful("plumbing")
    assert "call" not in names("lifeboat crew, on call, paid per shout, about 2k a year")


def test_words_about_how_money_goes_are_no_name() -> None:
    assert not well_formed("takings vary a lot")
    assert not well_formed("a fiver a go")
    assert well_formed("dog grooming")


def test_self_employed_says_how_one_works_not_what() -> None:
    found = names("tiling, self employed, around 40 hrs, 35k a year")
    assert found == ["tiling"]


def test_x_is_my_main_thing_names_x() -> None:
    readings = sure("joinery is my main thing, 45 hours, about 40k")
    assert ("activity", "joinery") in [(r.field, r.value) for r in readings]
    assert any(r.subject == "joinery" and r.value == 40000 for r in readings)


def test_words_after_a_dash_describe_the_activity_named_before() -> None:
    readings = sure("pottery - mugs and bowls at craft fairs, about £2,000 last year")
    assert names("pottery - mugs and bowls at craft fairs, about £2,000 last year") == ["pottery"]
    assert any(r.subject == "pottery" and r.value == 2000 for r in readings)


def test_a_dash_then_i_also_opens_a_new_item() -> None:
    found = names("bookkeeping - I also run a pottery class, 2 hours a week")
    assert "bookkeeping" in found and any("pottery" in n for n in found)


def test_a_job_in_brackets_after_a_word_of_another_language_names_it() -> None:
    assert names("pielęgniarka (nurse), 37 hours") == ["nurse"]
    # an English word before the bracket may be qualified, not translated: asked back
    assert names("yoga (teacher), 6 hours") == []


def test_a_clause_cut_at_a_quantifier_is_no_name() -> None:
    assert doubtful("lessons most") and not doubtful("cooking for both")


def test_symbols_and_emoji_are_no_part_of_a_name() -> None:
    assert names("barista 🙂, 20 hours a week") == ["barista"]


def test_first_aid_keeps_its_first() -> None:
    assert any("first aid" in n for n in names("I teach first aid courses, £300 each, 3 a month"))


def test_a_tax_status_or_renting_a_chair_is_no_name() -> None:
    assert not well_formed("outside ir35")
    assert not well_formed("rent a chair at a salon")


def test_what_is_said_to_be_a_hobby_is_asked_back() -> None:
    assert names("warehouse job. and knitting but that's just a hobby") == ["warehouse job"]


def test_the_activity_just_named_said_again_more_closely_is_one_activity() -> None:
    assert names("and candles!! soy candles mostly, about 10 a week, £8 each") == ["candles"]


def test_a_name_said_in_a_question_is_asked_back() -> None:
    assert names("what counts? like side gigs?") == []


def test_the_kind_of_contract_is_no_name() -> None:
    assert names("support worker, zero hours contract, about 25 hrs") == ["support worker"]


def test_money_verbs_income_that_is_no_work_and_chat_hedges_are_no_names() -> None:
    assert not well_formed("clear after fuel") and not well_formed("pension")
    assert names("Deliveroo, 20 hours a week. I clear about £300 a week after fuel") == [
        "deliveroo"
    ]
    assert names("gardening, prob 6 hrs a week") == ["gardening"]


def test_two_letters_swapped_at_the_end_of_a_name() -> None:
    assert names("some cooking, some house sittign") == ["cooking", "house sitting"]
    assert names("web design, 10 hours a week") == ["web design"]


def test_figures_of_a_sentence_about_something_unread_are_asked_back() -> None:
    message = "nursery nurse, 30h, £21k. the rest is unpaid stuff for the church, 6 hrs a week"
    readings = read(message, NONE, "activities")
    six = [r for r in readings if r.value == 6]
    assert six and all(not r.confident for r in six)
    assert [r.value for r in sure("nursery nurse, 30h. clients pay weekly, about £400 a week")
            if r.field == "activity.annual_revenue"] == [20800]  # fmt: skip


def test_work_said_with_a_verb_is_named_by_what_is_done() -> None:
    assert names("I groom cats from home, £30 a cat, 4 a week") == ["grooming cats"]
    assert names("I proofread theses, about 6 hours a week") == ["proofreading theses"]
    assert names("I cut hair on saturdays, 8 hours") == ["cutting hair"]


def test_a_plus_opens_an_item_and_a_long_name_may_run_through_a_place() -> None:
    found = names("office manager (32k) + I mentor 3 founders through a programme, unpaid")
    assert "office manager" in found and any(n.startswith("mentor") for n in found)


def test_a_name_opening_with_one_is_a_count_not_a_name() -> None:
    assert not well_formed("one walk")


def test_work_named_with_a_time_word_keeps_its_work_word() -> None:
    assert well_formed("warehouse", "warehouse nights") and not well_formed("x", "long days")


def test_a_word_that_only_begins_a_recorded_name_does_not_refer_to_it() -> None:
    from agent.interviewer.reading.names import known_name

    assert known_name("dry stone walls at weekends", ["Stonemason", "Tutoring"]) is None
    assert known_name("the paintball park", ["Painter and decorator", "Tutoring"]) is None
    assert known_name("tutring is steady", ["Tutoring", "Bakery"]) == "Tutoring"  # a typo


def test_a_new_stream_sharing_the_start_of_a_word_never_changes_the_anchor() -> None:
    view = PlanView(
        activities=("Stonemason",),
        streams=(StreamView("Stonemason", "anchor", 35), StreamView("Lime course", "leverage", 3)),
    )
    got = read("dry stone walling weekends, 3 hours a week", view, "streams")
    assert not any(r.act == "change" and r.subject == "Stonemason" for r in got)


def test_nothing_right_after_an_item_s_hours_is_what_it_pays() -> None:
    got = {(r.field, r.subject, r.value)
           for r in read("bakery 30h 22k; podcast 2h nothing; choir 1 hr nothing else",
                         NONE, "activities")}  # fmt: skip
    assert ("activity", None, "podcast") in got and ("activity", None, "choir") in got
    assert ("activity.annual_revenue", "podcast", 0.0) in got
    assert not any(f == "activity.annual_revenue" and s == "choir" for f, s, _ in got)


def test_a_label_said_ahead_names_no_activity_with_its_reason() -> None:
    view = PlanView(activities=("Bike courier", "DJ weddings"))
    names = {r.value for r in read("varies loads, rain mostly", view, "activities")
             if r.field == "activity"}  # fmt: skip
    assert names == set()
    names = {r.value for r in read("draining - the hours. I also make a zine", view, "activities")
             if r.field == "activity"}  # fmt: skip
    assert names == {"zine"}
