"""Activities named in passing away from the audit: not a failed answer to the open question,
offered by the audit's question, recorded on a yes and never without one."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.interviewer.harness import MemoryPlanner
from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.types import Reading

TODAY = dt.date(2026, 11, 22)
TEACHER = "hi! so I'm a secondary school teacher (maths), about 32h a week, pays £31k"
TUTOR = "i also tutor GCSE kids in the evenings, £40/hr, maybe 5 a week"
TO_THE_AUDIT = [TEACHER, TUTOR, "general", "45 max", "none", "8k saved, spending 2.2k a month"]


def talk_to_the_audit() -> tuple[MemoryPlanner, str]:
    talk = MemoryPlanner(TODAY)
    reply = ""
    for line in TO_THE_AUDIT:
        reply = talk.say(line)
    return talk, reply


def test_an_activity_named_at_another_question_is_promised_and_is_no_failed_answer() -> None:
    talk = MemoryPlanner(TODAY)
    talk.say(TEACHER)
    reply = talk.say(TUTOR)
    assert "when we go through your activities" in reply
    assert "where do you work today" in reply  # the setting is still asked, not left unknown
    assert not any(u.field == "profile.context" for u in talk.plan.unknowns)
    assert [a.name for a in talk.plan.activities] == ["Secondary school teacher"]
    talk.say("general")
    assert talk.plan.profile.context == "general"


def test_the_audit_offers_the_activity_named_in_passing_and_a_yes_records_it() -> None:
    talk, reply = talk_to_the_audit()
    assert "So far I have Secondary school teacher" in reply
    assert "You also mentioned Tutoring GCSE kids: say 'yes' to add it." in reply
    talk.say("yes")
    names = [a.name for a in talk.plan.activities]
    assert names == ["Secondary school teacher", "Tutoring GCSE kids"]
    # Only the name was given: its hours and income are asked, never made up.
    tutoring = talk.plan.activities[1]
    assert not tutoring.given("hours_per_week") and not tutoring.given("annual_revenue")


def test_an_offered_activity_is_not_recorded_without_a_yes() -> None:
    talk, _ = talk_to_the_audit()
    talk.say("no, that's all")
    assert [a.name for a in talk.plan.activities] == ["Secondary school teacher"]


def test_a_yes_with_more_records_the_offered_activity_and_the_new_one() -> None:
    talk, _ = talk_to_the_audit()
    talk.say("yes, and I also run a maths club on saturdays, 3 hours, unpaid")
    names = [a.name.casefold() for a in talk.plan.activities]
    assert "tutoring gcse kids" in names and any("maths club" in n for n in names)


def test_an_offer_left_unanswered_is_put_again_before_the_audit_moves_on() -> None:
    talk, _ = talk_to_the_audit()
    reply = talk.say("I also run a maths club on saturdays, 3 hours a week")
    assert "You also mentioned Tutoring GCSE kids: say 'yes' to add it." in reply
    assert "anything else" in reply.casefold()
    talk.say("yes")
    names = [a.name.casefold() for a in talk.plan.activities]
    assert "tutoring gcse kids" in names and any("maths club" in n for n in names)


def test_an_offer_put_again_and_declined_is_left_out() -> None:
    talk, _ = talk_to_the_audit()
    talk.say("I also run a maths club on saturdays, 3 hours a week")
    talk.say("no, that's it")
    names = [a.name.casefold() for a in talk.plan.activities]
    assert "tutoring gcse kids" not in names and any("maths club" in n for n in names)


def _reads_a_doubted_fee(message: str, view: PlanView, ask: str) -> list[Reading]:
    """The real reading, with a second activity whose fee is read but doubted."""
    if "pilates" not in message:
        return read(message, view, ask)
    return [
        Reading("fact", "activity", "pilates classes", span="I also run pilates classes"),
        Reading("fact", "activity.annual_revenue", 120.0, span="£15 a head",
                subject="pilates classes", confidence=0.5, note="a fee per what?"),
    ]  # fmt: skip


def test_an_activity_told_with_a_figure_read_but_doubted_is_recorded_not_left_in_passing() -> None:
    talk = MemoryPlanner(TODAY, reader=_reads_a_doubted_fee)
    reply = talk.say("I also run pilates classes on sundays, £15 a head")
    assert [a.name for a in talk.plan.activities] == ["Pilates classes"]
    assert not talk.plan.activities[0].given("annual_revenue")  # asked, never stored
    assert "when we go through your activities" not in reply


@pytest.mark.parametrize("answer", ["nothing else", "nope nothing else", "nothing else really"])
def test_nothing_else_at_the_audit_ends_the_list_and_names_no_activity(answer: str) -> None:
    talk = MemoryPlanner(TODAY)
    for line in [TEACHER, "general", "45 max", "none", "8k saved, spending 2.2k a month"]:
        talk.say(line)
    reply = talk.say(answer)
    assert [a.name for a in talk.plan.activities] == ["Secondary school teacher"]
    assert "Is the income from Secondary school teacher stable" in reply


def test_offered_work_taken_with_new_work_is_asked_about_first() -> None:
    talk = MemoryPlanner(TODAY)
    for line in [
        "I'm a staff nurse on a surgical ward and I also sell prints of my paintings",
        "general",
        "38 hours at most",
        "none",
        "about 3k saved, I spend 1.5k a month",
    ]:
        talk.say(line)
    reply = talk.say("yes add both, and the choir I lead, which pays nothing")
    names = [a.name for a in talk.plan.activities]
    assert "choir" in names[-1].casefold()
    assert f"How many hours a week does {names[0]} take?" in reply
    assert "nurse" in names[0].casefold()
    assert "add both" not in reply.casefold()  # the yes itself is no work to ask about


def test_a_yes_that_takes_up_the_offer_names_no_work_and_no_stream() -> None:
    for said in ("yes add them both", "ok include those too", "add both please, and the choir"):
        readings = read(said, PlanView(), "activities")
        named = {str(r.value).casefold() for r in readings if r.field == "activity"}
        assert named <= {"choir"}, said
        assert not any(r.act == "wish" for r in readings), said
