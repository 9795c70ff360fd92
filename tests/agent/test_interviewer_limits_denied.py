"""A limit denied before its question settles it as none; a limit added later is still taken;
a list closed at the limits question ("that's everything") means none, or the limits offered.
Also the names those conversations make: a bare verb, the way work is done, a core skill said
as part of a skill on record."""

from __future__ import annotations

import datetime as dt

from agent.interviewer import record
from agent.interviewer.harness import MemoryPlanner
from agent.interviewer.phrases import QUESTIONS
from agent.interviewer.reading.names import new_name
from agent.interviewer.reading.reader import read
from agent.interviewer.reading.types import PlanView, Reading
from agent.interviewer.reading.wording import denies_limit
from agent.interviewer.record_common import NONE_LIMIT
from agent.plan.models import Plan, Skill
from tests.support.talking import conversation

TODAY = dt.date(2026, 10, 3)


def talk(*lines: str) -> tuple[MemoryPlanner, str]:
    return conversation(TODAY, *lines)


def limits(planner: MemoryPlanner) -> list[str]:
    assert planner.plan.capacity is not None
    return list(planner.plan.capacity.constraints)


def test_a_denial_that_names_limits_is_one_whatever_clause_it_is_in() -> None:
    assert denies_limit("36 hrs, no real restrictions", named=True)
    assert denies_limit("nah nothing holds me back", named=True)
    # said alone, a "no" or "no problem" may answer anything: no limit is named
    assert denies_limit("no", named=False) and not denies_limit("no", named=True)
    assert not denies_limit("50, no problems", named=True)
    assert not denies_limit("not really, I'm flexible", named=True)


def test_a_limit_denied_beside_the_hours_settles_the_limits_question_as_none() -> None:
    planner, reply = talk("government", "38 hrs, no real restrictions")
    assert limits(planner) == []
    assert NONE_LIMIT in reply and QUESTIONS["constraints"] not in reply
    assert reply.endswith(QUESTIONS["buffer"])
    planner, reply = talk("caregiver", "Around 30. Honestly nothing stops me.")
    assert limits(planner) == [] and reply.endswith(QUESTIONS["buffer"])


def test_a_denial_before_the_hours_waits_for_them_and_then_settles_the_question() -> None:
    planner, reply = talk("I'm self-employed. No constraints at all.")
    assert "nothing limits your hours once I have your weekly hours" in reply
    reply = planner.say("33")
    assert limits(planner) == [] and reply.endswith(QUESTIONS["buffer"])


def test_a_bare_no_or_a_denial_with_a_limit_beside_it_leaves_the_question_open() -> None:
    _, reply = talk("tech", "50, no problem")
    assert QUESTIONS["constraints"] in reply
    _, reply = talk("tech", "40 hours, nothing limits it except sunday mass")
    assert NONE_LIMIT not in reply


def test_a_limit_added_after_a_denial_is_recorded_beside_the_others() -> None:
    planner, _ = talk("activist", "42, no constraints")
    reply = planner.say("oh and I forgot, no evenings")
    assert limits(planner) == ["no evenings"]
    assert QUESTIONS["buffer"] in reply  # the savings are still to come
    planner.say("actually, no saturdays")
    assert limits(planner) == ["no evenings", "no saturdays"]


def test_a_list_closed_at_the_limits_question_means_none_or_the_limits_offered() -> None:
    planner, reply = talk("corporate", "45", "ok, that's everything")
    assert limits(planner) == [] and NONE_LIMIT in reply
    assert reply.endswith(QUESTIONS["buffer"])
    planner, _ = talk("corporate", "45, wednesday evenings are choir", "that's all")
    assert limits(planner) == ["wednesday evenings are choir"]
    # more than a list's end: not read as no limits
    planner, reply = talk("corporate", "45", "that's all I can manage")
    assert NONE_LIMIT not in reply and limits(planner) == []


def _names(message: str, ask: str = "activities") -> list[str]:
    return [str(r.value) for r in read(message, PlanView(), ask) if r.field == "activity"]


def test_a_bare_verb_names_no_work_and_its_figures_go_to_the_work_before() -> None:
    found = read("prints 3h, sell maybe 10 a week at €15", PlanView(), "activities")
    assert [str(r.value) for r in found if r.field == "activity"] == ["prints"]
    money = [r for r in found if r.field == "activity.annual_revenue"]
    assert [(r.subject, r.value) for r in money] == [("prints", 7800.0)]
    assert new_name("i also dj at weekends") == "dj"  # a verb with the work said is a name


def test_the_way_work_is_done_said_with_as_is_no_part_of_its_name() -> None:
    assert _names("mostly proofreading as a freelancer, 15 hours a week") == ["proofreading"]
    assert _names("the food bank as a volunteer 4h") == ["food bank"]
    # said over a list after a colon, it is how the person works: the list names the work
    said = "I work as contractor: site surveys 25 h a week, drone mapping 6 h a week"
    assert _names(said) == ["site surveys", "drone mapping"]


def test_a_core_skill_said_as_part_of_a_joined_skill_keeps_the_words_said() -> None:
    plan = Plan(skills=[Skill(name="Sourdough baking cake decorating"), Skill(name="Pastry")])
    said = [Reading("fact", "core_skill", "cake decorating", None, "cake decorating")]
    done = record.record(said, plan, "core", set())
    assert done.calls[0]["args"]["name"] == "Cake decorating"
    # one word is too little to tell: the skill on record is meant
    done = record.record([Reading("fact", "core_skill", "pastry")], plan, "core", set())
    assert done.calls[0]["args"]["name"] == "Pastry"


def _wishes(message: str) -> list[tuple[str, float | None]]:
    view = PlanView(capacity=40, activities=("market stall",))
    return [(str(r.subject), r.hours) for r in read(message, view, "streams") if r.act == "wish"]


def test_a_wish_naming_two_streams_is_two_wishes() -> None:
    assert _wishes("could we add a pottery class and a kiln hire service?") == [
        ("pottery class", None),
        ("kiln hire service", None),
    ]
    assert _wishes("I'd like a blog & a mailing list, 1.5 hours each") == [
        ("blog", 1.5),
        ("mailing list", 1.5),
    ]
    # hours said once for both: which share is whose is not said, so one wish stays
    assert len(_wishes("I'd like a blog & a mailing list, 3 hours")) == 1
    # no article before the second: "repairs and restoration" may be one line of work
    assert _wishes("add a repairs and restoration stream") == [("repairs and restoration", None)]
