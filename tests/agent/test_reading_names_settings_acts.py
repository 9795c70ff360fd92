"""Kinds of message read better: a setting said by the employer's size or by whom the work is
for, acts on proposed streams said briefly or taken back, review dates said loosely, labels
said without their words, and pieces of a list that are no work, skill or excitement."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.dates import dotted_as_named, review_date
from agent.interviewer.reading.types import Reading, StreamView

FARM = PlanView(
    streams=(
        StreamView("surveying", "anchor", 38),
        StreamView("goat dairy", "client", 12),
        StreamView("cheese courses", "seed", 2),
        StreamView("GPS mapping for walkers", "leverage", 2),
    )
)


def sure(message: str, ask: str, view: PlanView | None = None) -> list[Reading]:
    return [r for r in read(message, view or PlanView(), ask) if r.confident]


def values(message: str, ask: str, field: str, view: PlanView | None = None) -> list[object]:
    return [r.value for r in sure(message, ask, view) if r.field == field]


# --- settings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "I'm a buyer at a freight forwarding company (one of the big ones) and I knit on weekends",
        "Planner at a packaging manufacturer in Leeds, about 3000 employees. I sing at weddings",
    ],
)
def test_an_employer_said_big_by_its_size_is_corporate(message: str) -> None:
    assert values(message, "context", "context") == ["corporate"]


def test_a_crowd_served_says_no_size_of_an_employer() -> None:
    said = "I cook for a catering company, weddings for 600 people sometimes"
    assert "corporate" not in values(said, "context", "context")


@pytest.mark.parametrize(
    "message",
    [
        "I'm a radiographer at the provincial hospital and I keep bees",
        "i empty parking meters for the city and fix bikes on saturdays",
    ],
)
def test_a_public_hospital_or_work_for_the_city_names_no_setting(message: str) -> None:
    assert "government" not in values(message, "context", "context")


def test_a_ministry_or_the_council_is_still_government() -> None:
    assert values("I'm an analyst at the federal ministry of transport", "context", "context") == [
        "government"
    ]
    assert values("I work for the county council, roads team", "context", "context") == [
        "government"
    ]


# --- acts on proposed streams ---------------------------------------------------------------


def test_a_role_said_of_each_of_two_streams_changes_both() -> None:
    got = sure("the dairy is more a seed and the courses the client one", "streams", FARM)
    roles = {(r.subject, r.value) for r in got if r.field == "stream.role"}
    assert roles == {("goat dairy", "seed"), ("cheese courses", "client")}


def test_a_stream_named_by_its_capitals_takes_the_role() -> None:
    got = sure("GPS is more client really, walkers keep asking", "streams", FARM)
    assert [(r.subject, r.value) for r in got if r.field == "stream.role"] == [
        ("GPS mapping for walkers", "client")
    ]


@pytest.mark.parametrize(
    "message",
    ["Courses no.", "ok the courses aren't me, rest is fine", "is it ok to say no to the courses?"],
)
def test_a_short_refusal_of_one_stream_drops_it_and_no_more(message: str) -> None:
    got = read(message, FARM, "streams")
    assert [(r.act, str(r.subject).casefold(), r.remove) for r in got if r.act == "wish"] == [
        ("wish", "cheese courses", True)
    ]
    assert not any(r.act == "confirm" and r.value is False for r in got)


def test_a_no_said_alone_before_a_drop_still_answers_the_proposal() -> None:
    got = read("No. the courses aren't me.", FARM, "streams")
    assert any(r.act == "confirm" and r.value is False for r in got)


@pytest.mark.parametrize(
    ("message", "stream", "name"),
    [
        ("the dairy should be called Nanny Hill.", "goat dairy", "Nanny Hill"),
        ("courses 3 hours and call the dairy one Kid & Curd?", "goat dairy", "Kid & Curd"),
    ],
)
def test_a_new_name_goes_to_the_stream_named_in_the_renaming(
    message: str, stream: str, name: str
) -> None:
    got = sure(message, "streams", FARM)
    assert [(r.subject, r.value) for r in got if r.field == "stream.name"] == [(stream, name)]


def test_a_drop_taken_back_later_in_the_message_is_no_drop() -> None:
    said = "maybe drop the courses, I'm shy. hmm or... no, keep them, but 1 hour"
    got = read(said, FARM, "streams")
    assert not any(r.act == "wish" and r.remove for r in got)
    assert [(r.subject, r.value) for r in got if r.field == "stream.target_hours"] == [
        ("cheese courses", 1.0)
    ]


def test_taking_back_the_last_request_with_an_apology_is_an_undo() -> None:
    assert [
        r.act for r in read("wait no, leave it, sorry. I'll give it a go.", FARM, "streams")
    ] == ["undo"]


# --- review dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "date"),
    [("not sure. autumn?", "autumn"), ("maybe april? after lambing", "april"), ("may", "may")],
)
def test_a_month_or_season_said_as_its_own_clause_is_the_date(message: str, date: str) -> None:
    assert values(message, "review", "review.date") == [date]


def test_may_inside_a_sentence_is_no_month() -> None:
    assert review_date("i may be away then") is None


def test_a_day_and_month_written_with_full_stops_is_named() -> None:
    assert dotted_as_named("15. 3. works for me") == "15 march works for me"
    assert dotted_as_named("version 2.5 is out") == "version 2.5 is out"
    assert values("15. 3. works for me", "review", "review.date") == ["15 march"]


def test_a_date_then_asking_if_it_is_too_soon_is_a_date_and_a_question() -> None:
    got = read("Could we check in 2 months? Or is that too early", PlanView(), "review")
    assert {r.act for r in got} == {"fact", "question"}


# --- labels said without their words ---------------------------------------------------------

DAIRY = PlanView(activities=("goat dairy",))


@pytest.mark.parametrize(
    ("message", "label"),
    [
        ("cold, wet, it's a job. pays the rent", "neutral"),
        ("honestly I forget the time", "energising"),
    ],
)
def test_a_feeling_said_in_everyday_words_is_the_energy(message: str, label: str) -> None:
    assert values(message, "act:energy:goat dairy", "activity.energy", DAIRY) == [label]


def test_a_feeling_then_a_part_felt_otherwise_gives_no_energy() -> None:
    said = "The milking is my meditation. The paperwork part, meh."
    assert values(said, "act:energy:goat dairy", "activity.energy", DAIRY) == []


@pytest.mark.parametrize(
    "message",
    ["Kidding is in March so that's when the money comes", "dry summer, no milk to sell"],
)
def test_money_tied_to_a_time_of_year_or_a_bad_year_is_variable(message: str) -> None:
    assert values(message, "act:volatility:goat dairy", "activity.volatility", DAIRY) == [
        "variable"
    ]


# --- pieces that are no work, skill or excitement ---------------------------------------------


def test_a_jobs_duties_and_its_clients_are_no_work_of_their_own() -> None:
    said = (
        "I'm a ward clerk at the infirmary, I book the beds, do the rotas, chase the porters. "
        "And I'm a farrier, self employed, mostly for riding schools and a few racing yards"
    )
    names = values(said, "context", "activity")
    assert "rotas" not in names and "racing yards" not in names
    assert "farrier" in names


def test_a_list_item_after_one_done_for_someone_is_still_work() -> None:
    said = "school caretaker job, furniture repair for neighbours and parish choir singing"
    names = values(said, "activities", "activity")
    assert "parish choir singing" in names
    assert "furniture repair for neighbours" in names


def test_people_the_person_employs_do_no_work_of_the_persons() -> None:
    said = "I teach chemistry. I also keep pigs, I hire a lad to muck out."
    assert not any("lad" in str(v) for v in values(said, "activities", "activity"))


def test_work_made_at_home_and_sold_beside_a_job_is_sure() -> None:
    said = "I am a tax adviser at a bank. I bake sourdough at home and sell at the market."
    assert any("sourdough" in str(v) for v in values(said, "context", "activity"))


def test_how_a_skill_was_learned_and_what_work_is_like_are_no_items() -> None:
    unused = values("I can sign BSL, learned for my nephew", "underused", "skill.under_used")
    assert len(unused) == 1 and "BSL" in str(unused[0])
    excited = values(
        "the carving, the smell of the wood, customers smiling", "excited", "skill.excites"
    )
    assert excited == ["carving"]


def test_a_licence_before_a_title_leaves_the_title_sure() -> None:
    said = "Hi. I'm a C1 licensed electrician at the depot, shift work."
    got = [r for r in read(said, PlanView(), "context") if r.field == "activity"]
    assert [(r.value, r.confident) for r in got] == [("C1 licensed electrician", True)]


def test_a_title_glossed_in_brackets_is_one_job_named_by_the_bracket() -> None:
    said = "Hi, I'm a dental nurse (dental assistant) at a practice in Leith"
    assert values(said, "context", "activity") == ["dental assistant"]
