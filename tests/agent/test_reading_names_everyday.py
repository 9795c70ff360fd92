"""Names of work as people say them in everyday English: a role put right at once, a word
that only joins more work, unpaid work said by "volunteer" after it, and the stream edits of
one message (a new name and new hours together)."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, StreamView, read, ventures
from tests.support import reading

NONE = PlanView()


def sure_names(message: str, ask: str = "context", view: PlanView = NONE) -> list[str]:
    return reading.sure_names(message, ask, view)


def all_names(message: str, ask: str = "context") -> list[str]:
    return [str(r.value) for r in read(message, NONE, ask) if r.field == "activity"]


def test_a_role_put_right_at_once_is_the_role_said_second() -> None:
    said = "i'm an estate agent, actually a lettings negotiator, mostly weekdays"
    assert sure_names(said) == ["lettings negotiator"]
    said = "I'm a teacher, or rather a teaching assistant, in a village school"
    assert sure_names(said) == ["teaching assistant"]
    assert "teacher" not in all_names(said)


def test_the_figures_of_a_role_put_right_go_to_the_role_said_second() -> None:
    readings = read("i'm a joiner, actually a shopfitter, 45 hours a week", NONE, "activities")
    hours = [r for r in readings if r.field == "activity.hours_per_week"]
    assert [(r.subject, r.value) for r in hours] == [("shopfitter", 45.0)]


def test_a_role_taken_back_with_no_is_not_renamed() -> None:
    said = "I'm a nurse, actually no, I left nursing last spring"
    assert "no" not in " ".join(all_names(said))
    assert sure_names(said) == []


def test_a_word_that_only_joins_more_work_is_no_name() -> None:
    said = "In addition, we keep bees behind the house and sell the honey"
    assert "addition" not in all_names(said, "activities")
    said = "On top of that, I have a small cleaning round"
    assert all(not name.startswith("top") for name in all_names(said, "activities"))


def test_volunteer_said_after_work_says_it_is_unpaid_and_names_nothing() -> None:
    said = "Paralegal at a big firm. Weekends I coach a junior hockey side, volunteer."
    readings = read(said, NONE, "context")
    names = [str(r.value) for r in readings if r.field == "activity" and r.confident]
    assert "volunteer" not in names
    assert "paralegal" in [n.casefold() for n in names]
    unpaid = [r for r in readings if r.field == "activity.annual_revenue"]
    assert [r.value for r in unpaid] == [0.0]
    assert unpaid[0].subject != "volunteer"


def test_the_terms_a_job_is_held_on_said_alone_name_no_work() -> None:
    said = "im a care assistant, nights, casual thru an agency. and i walk dogs"
    names = all_names(said, "activities")
    assert not any("agency" in name or "casual" in name for name in names)
    assert "care assistant" in names
    said = "warehouse picker, seasonal with a labour hire firm"
    assert not any("labour" in name for name in all_names(said, "activities"))


PLAN = PlanView(
    streams=(
        StreamView("Parcel Force round", "anchor", 38),
        StreamView("dog walks", "client", 6),
        StreamView("dog grooming course", "seed", 2),
    )
)


def stream_changes(message: str) -> list[tuple[str | None, str | None, object]]:
    return [
        (r.field, r.subject, r.value)
        for r in read(message, PLAN, "streams")
        if r.act == "change" and r.confident
    ]


def test_a_stream_renamed_and_resized_in_one_message() -> None:
    said = "could we call the walks one Paws Out 🐾 and give it 9 hrs not 6"
    changes = stream_changes(said)
    assert ("stream.target_hours", "dog walks", 9.0) in changes
    renamed = [value for field, subject, value in changes if field == "stream.name"]
    assert [str(v).casefold() for v in renamed] == ["paws out"]
    assert not any(field == "capacity.hours_per_week" for field, _s, _v in changes)


def test_a_new_name_said_after_the_stream_and_one_is_the_name_without_please() -> None:
    changes = stream_changes("call the grooming one Tidy Tails please")
    assert [(f, s) for f, s, _v in changes] == [("stream.name", "dog grooming course")]
    assert str(changes[0][2]).casefold() == "tidy tails"


def test_a_word_of_one_stream_is_never_a_slip_for_another_streams_word() -> None:
    # "boats" is a word of two streams; it is not "goat" typed with a slip
    plan = PlanView(
        streams=(
            StreamView("goat dairy", "anchor", 30),
            StreamView("boat trips", "client", 8),
            StreamView("boat repair course", "seed", 2),
        )
    )
    readings = read("give the boats one 10 hrs", plan, "streams")
    assert not any(r.subject == "goat dairy" for r in readings)


def settings(message: str) -> list[str]:
    return [str(r.value) for r in read(message, NONE, "context") if r.field == "context"]


def test_a_setting_said_by_the_kind_of_big_company() -> None:
    assert settings("Underwriter at one of the big insurers. I also bake wedding cakes") == [
        "corporate"
    ]
    assert settings("I'm a line planner at a large car parts manufacturer near Coventry") == [
        "corporate"
    ]
    assert settings("I'm a recruiter in an IT services company and I sing at weddings") == ["tech"]
    # "it" as a pronoun before "company" is no IT company
    assert "tech" not in settings("I love it, company car and all. Sales rep for a brewery")


def test_caring_for_a_relative_said_as_taking_care_of_them() -> None:
    said = "Receptionist at a dental practice, and I take care of my grandad most evenings"
    assert "caregiver" in settings(said)
    assert "caregiver" not in settings("I take care of the garden at the church on Sundays")


def test_a_service_or_car_wash_of_ones_own_is_the_general_setting() -> None:
    assert "general" in settings("Postman, and my brother and me run a dog grooming service")
    assert "general" in settings("Bus driver. We also have a hand car wash behind the garage")
    assert "general" not in settings("I work the service desk at a big bank, we run a service team")


def test_a_venture_named_by_its_kind_is_owned_but_a_bare_workshop_is_a_place() -> None:
    assert ventures.owned("we also have a mobile car wash")
    assert ventures.venture_name("i run a school dinners service") == "school dinners service"
    assert ventures.owned("i have my own bicycle repair workshop near the station")
    assert not ventures.owned("i have my workshop by the harbour with 2 apprentices")
    assert not ventures.owned("i work in customer service")


def test_undo_with_the_role_the_stream_keeps() -> None:
    for said in ("oh wait undo that, keep it client 🙈", "whoops, undo that, leave it as seed"):
        assert [r.act for r in read(said, PLAN, "streams")] == ["undo"]
    assert [r.act for r in read("keep it seed", PLAN, "streams")] != ["undo"]


def test_people_listed_after_for_are_clients_not_work() -> None:
    said = "I'm a porter, and I clean for three households, a dentist and a vet"
    names = all_names(said)
    assert "dentist" not in names and "vet" not in names
    assert "porter" in names
    # an amount after "for ..." is no client
    said = "I'm a potter. Also I give glazing classes for tourists, two hours"
    readings = read(said, NONE, "context")
    hours = [r.subject for r in readings if r.field == "activity.hours_per_week"]
    assert all(subject in all_names(said) for subject in hours)


def test_terms_said_as_a_basis_or_a_union_job_name_no_work() -> None:
    said = "I do payroll for a few cafés, on a freelance basis from home"
    assert not any("basis" in name for name in all_names(said))
    said = "i work at the bottling plant, union job, and i coach rugby"
    assert not any("union" in name for name in all_names(said))


def test_everyday_job_titles_are_read_as_work() -> None:
    said = "bin collector for the borough, and weekends i coach under 10s football"
    assert "bin collector" in [n.casefold() for n in sure_names(said)]
    said = "I work as a sales executive at a brewery, and I'm also a wedding singer"
    assert "sales executive" in [n.casefold() for n in sure_names(said)]
    said = "I'm the office secretary at a driving school, and I also walk dogs"
    assert "office secretary" in [n.casefold() for n in sure_names(said)]
