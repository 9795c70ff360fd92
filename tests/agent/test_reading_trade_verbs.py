"""Work said as a verb of trade ("I DJ", "I tutor", "I drive a taxi") is an activity of its own,
named by its role, and the figures said after it are its own, never the job's said before."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, Reading, read

NONE = PlanView()


def sure(message: str, ask: str = "activities", view: PlanView = NONE) -> list[Reading]:
    return [r for r in read(message, view, ask) if r.act in {"fact", "change"} and r.confident]


def test_a_dj_verb_names_the_role_and_takes_its_per_gig_fee() -> None:
    readings = sure(
        "I work in a care home, 30 hours, £21k, and I DJ on saturdays - 3 gigs a month at £150"
    )
    named = [str(r.value) for r in readings if r.field == "activity"]
    assert named[-1] == "DJ"
    revenue = {r.subject: r.value for r in readings if r.field == "activity.annual_revenue"}
    assert revenue["DJ"] == 150 * 3 * 12
    assert 21000 in revenue.values() and len(revenue) == 2


def test_a_trade_verb_after_a_job_is_sure_but_a_task_verb_is_asked_back() -> None:
    taxi = sure("I'm a chef, 40 hours, and I drive a taxi on sundays")
    assert "taxi driver" in [str(r.value).casefold() for r in taxi if r.field == "activity"]
    task = read("I'm a lecturer, 35 hours, and I invigilate exams in June", NONE, "context")
    asked = [r for r in task if r.field == "activity" and "invigilat" in str(r.value)]
    assert asked and not asked[0].confident


def test_a_wish_said_in_lower_case_names_only_the_stream() -> None:
    readings = read("i want a woodwork youtube channel", NONE, "streams")
    wishes = [r for r in readings if r.act == "wish"]
    assert [w.subject for w in wishes] == ["woodwork youtube channel"]


def test_teaching_beside_a_job_that_is_no_teaching_is_work_of_its_own() -> None:
    both = sure("I'm an electrician and I teach wiring at the night school, 3 hours a week")
    named = sorted(str(r.value) for r in both if r.field == "activity")
    assert named == ["electrician", "teaching wiring at the night school"]
    hours = {r.subject: r.value for r in both if r.field == "activity.hours_per_week"}
    assert hours == {"teaching wiring at the night school": 3}


def test_teaching_beside_a_teaching_job_is_asked_back() -> None:
    readings = read("I'm a lecturer and I teach statistics at the college", NONE, "context")
    teaching = [r for r in readings if r.field == "activity" and "statistics" in str(r.value)]
    assert teaching and not teaching[0].confident


def test_a_neutral_feeling_names_the_recorded_work_by_a_related_word() -> None:
    view = PlanView(activities=("gardener", "pottery classes"))
    readings = sure("the garden work is neutral, pottery drains me", "act:teaches:gardener", view)
    energy = {r.subject: r.value for r in readings if r.field == "activity.energy"}
    assert energy == {"gardener": "neutral", "pottery classes": "draining"}


def test_teaching_said_after_and_with_no_subject_is_a_second_activity() -> None:
    message = "I'm a developer (remote) and teach coding to kids on weekends"
    readings = read(message, NONE, "context")
    named = [str(r.value).casefold() for r in readings if r.field == "activity"]
    assert named[0] == "developer" and named[-1].startswith("teaching coding")
    # a role said plainly at the setting question is the person's work now
    assert any(r.confident and r.value == "developer" for r in readings)


def test_a_bare_verb_after_and_is_still_part_of_the_work_said_before() -> None:
    readings = read("I run a bakery (small) and sell bread to cafes", NONE, "context")
    named = [str(r.value) for r in readings if r.field == "activity"]
    assert len(named) == 1 and "bakery" in named[0]


def test_how_often_said_after_a_trade_verb_is_no_part_of_its_name() -> None:
    readings = sure("I'm a porter, 38 hours, 24k, and I DJ occasionally, 1 gig a month at £300")
    named = [str(r.value) for r in readings if r.field == "activity"]
    assert named == ["porter", "DJ"]
    revenue = {r.subject: r.value for r in readings if r.field == "activity.annual_revenue"}
    assert revenue == {"porter": 24000, "DJ": 3600}


def test_a_course_sharing_a_word_with_recorded_work_is_new_work_with_its_own_hours() -> None:
    view = PlanView(activities=("carpenter",))
    readings = sure("and a carpentry course on sundays, 5 hours", "activities", view)
    named = [str(r.value) for r in readings if r.field == "activity"]
    assert named == ["carpentry course"]
    hours = {r.subject: r.value for r in readings if r.field == "activity.hours_per_week"}
    assert hours == {"carpentry course": 5}
    plain = sure("carpentry is about 35 hours", "activities", view)
    assert [(r.subject, r.value) for r in plain] == [("carpenter", 35)]


def test_teaching_after_a_job_not_yet_named_sure_is_work_of_its_own() -> None:
    readings = read("I work at a garage (weekdays) and teach drums", NONE, "context")
    named = [str(r.value).casefold() for r in readings if r.field == "activity"]
    assert "teaching drums" in named and len(named) == 2
