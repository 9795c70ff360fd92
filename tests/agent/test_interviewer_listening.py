"""The dialog manager inside the interviewer, end to end through the tools and the agent loop.

A scripted reader stands in for the reading layer (each message is given its readings), so
these tests pin what the interviewer does with readings: a story told up front skips the
questions it answers, questions back are answered from the guidance, figures already given
are asked back before they change, wishes reach the plan, and "go back" restores everything.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from agent.interviewer.harness import MemoryPlanner
from agent.interviewer.phrases import QUESTIONS, WELCOME
from agent.interviewer.reading.types import PlanView, Reading

TODAY = dt.date(2026, 11, 22)


def fact(field: str, value: Any, subject: str | None = None, **kw: Any) -> Reading:
    return Reading("fact", field=field, value=value, subject=subject, **kw)


class Reader:
    """Readings by message; anything else reads as nothing to record."""

    def __init__(self, table: dict[str, list[Reading]]) -> None:
        self.table = table
        self.seen: list[tuple[str, str]] = []

    def __call__(self, message: str, view: PlanView, ask: str) -> list[Reading]:
        self.seen.append((message, ask))
        return self.table.get(message, [Reading("nothing")])


ASKED_40 = (
    "You said 48 h a week earlier, and now 40 h a week: how many hours a week can you really give "
    "to work"
)
STORY = "nurse, 36h at the hospital for 38k, agency shifts 8h 10k, 48 in total"
AUDIT: dict[str, list[Reading]] = {
    STORY: [
        fact("activity", "hospital nursing"),
        fact("activity.hours_per_week", 36, "hospital"),
        fact("activity.annual_revenue", 38000, "hospital"),
        fact("activity", "agency shifts"),
        fact("activity.hours_per_week", 8, "agency shifts"),
        fact("activity.annual_revenue", 10000, "agency shifts"),
        fact("capacity.hours_per_week", 48),
    ],
    "I work for the health service": [fact("context", "government")],
    "school run": [fact("capacity.constraints", "school run")],
    "18k saved, 2k a month": [
        fact("capacity.cash_buffer", 18000),
        fact("capacity.monthly_spending", 2000),
    ],
    "hospital steady, agency varies": [
        fact("activity.volatility", "stable", "hospital"),
        fact("activity.volatility", "variable", "agency"),
    ],
    "hospital teaches triage and drains me": [
        fact("activity.teaches", "triage", "hospital"),
        fact("activity.energy", "draining", "hospital"),
    ],
    "agency teaches flexibility, I like it": [
        fact("activity.teaches", "flexibility", "agency"),
        fact("activity.energy", "energising", "agency"),
    ],
    "first aid and teaching": [fact("skill", "first aid"), fact("skill", "teaching")],
    "teaching excites me": [fact("skill.excites", "teaching")],
    "first aid": [fact("core_skill", "first aid")],
}
TO_STREAMS = [STORY, "I work for the health service", "school run", "18k saved, 2k a month",
              "that's all", "hospital steady, agency varies",
              "hospital teaches triage and drains me", "agency teaches flexibility, I like it",
              "first aid and teaching", "teaching excites me", "none", "first aid"]  # fmt: skip


def cards(query: str, stage: str | None) -> list[dict[str, Any]]:
    if stage:  # the searches the journey makes before its proposals
        return [{"card": f"{stage}-card", "title": f"Guide to {stage}", "passage": "..."}]
    return [
        {"card": "core", "title": "Guide to core-skill", "passage": "Already cited above."},
        {"card": "leverage", "title": "The leverage stream",
         "passage": "A leverage stream earns without trading hours. A course or a book is "
                    "typical. It pays slowly at first. It can grow for years."},
    ]  # fmt: skip


def planner(extra: dict[str, list[Reading]] | None = None) -> tuple[MemoryPlanner, Reader]:
    reader = Reader({**AUDIT, **(extra or {})})
    return MemoryPlanner(TODAY, search=cards, reader=reader), reader


def said(talk: MemoryPlanner, lines: list[str]) -> str:
    reply = ""
    for line in lines:
        reply = talk.say(line)
    return reply


def calls(talk: MemoryPlanner) -> list[str]:
    return [name for name, _ in talk.tool_calls()]


def test_a_story_told_up_front_skips_the_questions_it_answers() -> None:
    talk, reader = planner()
    reply = talk.say(STORY)  # the first message, before the interviewer said anything
    assert reply.startswith(WELCOME) and reply.endswith(QUESTIONS["context"])
    assert reader.seen == [(STORY, "context")]
    plan = talk.plan
    assert plan.capacity is not None and plan.capacity.hours_per_week == 48
    assert [(a.name, a.hours_per_week, a.annual_revenue) for a in plan.activities] == [
        ("Hospital nursing", 36, 38000), ("Agency shifts", 8, 10000)]  # fmt: skip
    last = said(talk, ["I work for the health service", "school run", "18k saved, 2k a month"])
    assert "So far I have" in last and "Hospital nursing" in last
    reply = talk.say("that's all")
    assert "stable, or does it vary" in reply  # hours and income were given: not asked again


def test_the_whole_journey_with_a_story_reaches_a_final_plan() -> None:
    talk, _ = planner()
    said(talk, [*TO_STREAMS, "yes", "yes", "yes"])
    assert talk.final
    assert {"Hospital nursing", "Agency shifts"} <= {s.name for s in talk.plan.streams}


def test_a_question_back_is_answered_from_the_guidance_and_the_question_repeated() -> None:
    extra = {"what counts as a leverage stream?": [
        Reading("question", span="what counts as a leverage stream?")]}  # fmt: skip
    talk, _ = planner(extra)
    said(talk, TO_STREAMS[:-1])  # the core-skill question is open; it cites 'Guide to core-skill'
    before = talk.plan
    reply = talk.say("what counts as a leverage stream?")
    assert "From the guidance card 'The leverage stream'" in reply  # not the card already cited
    assert "A leverage stream earns without trading hours." in reply
    assert reply.rstrip().endswith("Without a core, a portfolio turns into scattered hustle.")
    assert talk.plan == before
    assert ("search_guidance", {"query": "what counts as a leverage stream?"}) in (
        talk.tool_calls()
    )


def test_a_figure_already_given_changes_only_on_a_yes() -> None:
    extra = {"I can do 40": [fact("capacity.hours_per_week", 40)],
             "no, 42": [Reading("confirm", value=False),
                        fact("capacity.hours_per_week", 42)]}  # fmt: skip
    talk, _ = planner(extra)
    said(talk, [STORY, "I work for the health service"])
    reply = talk.say("I can do 40")
    assert ASKED_40 in reply
    assert talk.plan.capacity is not None and talk.plan.capacity.hours_per_week == 48
    reply = talk.say("no")
    assert "kept it as it was" in reply and talk.plan.capacity.hours_per_week == 48
    assert QUESTIONS["constraints"] in reply
    reply = talk.say("I can do 40")  # turned down once: not asked about again
    assert ASKED_40 not in reply and talk.plan.capacity.hours_per_week == 48
    talk, _ = planner(extra)
    said(talk, [STORY, "I work for the health service", "I can do 40", "yes"])
    assert talk.plan.capacity is not None and talk.plan.capacity.hours_per_week == 40
    talk.say("I can do 40")  # the same figure again: nothing to ask
    talk.say("go back")
    assert talk.plan.capacity.hours_per_week == 48  # "go back" takes the changed figure back
    talk.say("I can do 40")
    talk.say("no, 42")  # a figure in the answer is the change meant
    assert talk.plan.capacity.hours_per_week == 42


def test_an_unsure_reading_that_would_change_a_figure_is_asked_back() -> None:
    extra = {"maybe 12ish for agency": [fact("activity.hours_per_week", 12, "agency",
                                             confidence=0.5)]}  # fmt: skip
    talk, _ = planner(extra)
    said(talk, [STORY, "I work for the health service"])
    reply = talk.say("maybe 12ish for agency")
    assert (
        "You said 8 h a week for Agency shifts earlier, and now 12 h a week: how many "
        "hours a week does Agency shifts take?"
    ) in reply
    assert next(a for a in talk.plan.activities if a.name == "Agency shifts").hours_per_week == 8
    talk.say("yes")
    assert next(a for a in talk.plan.activities if a.name == "Agency shifts").hours_per_week == 12


def test_off_topic_changes_nothing_and_the_question_is_asked_again() -> None:
    talk, _ = planner()
    said(talk, TO_STREAMS[:7])  # what agency shifts teach is asked
    before = talk.plan
    reply = talk.say("sorry, the dog needs walking")
    assert talk.plan == before
    assert reply.startswith("No problem") and "What does Agency shifts teach you?" in reply


def test_go_back_after_a_story_takes_all_of_it_back() -> None:
    extra = {"savings about 3 months": [fact("capacity.buffer_months", 3)]}
    talk, _ = planner(extra)
    talk.say(STORY)
    talk.say("go back")
    assert talk.plan.activities == [] and talk.plan.capacity is None
    said(talk, [STORY, "I work for the health service", "school run"])
    talk.say("savings about 3 months")  # waits for the monthly spending
    talk.say("go back")
    talk.say("18k saved, 2k a month")
    assert talk.plan.capacity is not None and talk.plan.capacity.cash_buffer == 18000


def test_months_of_savings_wait_for_the_spending() -> None:
    extra = {"savings about 3 months": [fact("capacity.buffer_months", 3)],
             "2,500 a month": [fact("capacity.monthly_spending", 2500)]}  # fmt: skip
    talk, _ = planner(extra)
    said(talk, [STORY, "I work for the health service", "school run"])
    reply = talk.say("savings about 3 months")
    assert talk.plan.capacity is not None and talk.plan.capacity.cash_buffer is None
    assert QUESTIONS["spending"] in reply
    reply = talk.say("2,500 a month")
    assert talk.plan.capacity.cash_buffer == 7500 and talk.plan.capacity.monthly_spending == 2500
    assert "3 months of spending" in reply


def test_a_skip_beside_a_figure_keeps_the_figure_and_marks_the_question() -> None:
    extra = {"rather not say about savings, 2,500 a month": [
        Reading("skip"), fact("capacity.monthly_spending", 2500)]}  # fmt: skip
    talk, _ = planner(extra)
    said(talk, [STORY, "I work for the health service", "school run"])
    talk.say("rather not say about savings, 2,500 a month")
    capacity = talk.plan.capacity
    assert capacity is not None and capacity.monthly_spending == 2500
    assert capacity.cash_buffer is None
    assert "capacity.cash_buffer" in {u.field for u in talk.plan.unknowns}


def test_an_activity_is_taken_out_in_words() -> None:
    extra = {"I also do some tutoring": [fact("activity", "tutoring")]}
    talk, _ = planner(extra)
    said(talk, [STORY, "I work for the health service", "school run", "18k saved, 2k a month",
                "I also do some tutoring"])  # fmt: skip
    assert "Tutoring" in [a.name for a in talk.plan.activities]
    talk.say("that's all")
    reply = talk.say("'Tutoring' is not one of my activities, please remove it")
    assert "Tutoring" not in [a.name for a in talk.plan.activities]
    assert "activity 'Tutoring' taken out" in reply


def test_a_wish_said_early_joins_the_proposal_with_its_hours() -> None:
    wish = Reading("wish", subject="weekend first-aid workshops", hours=4)
    talk, _ = planner({"I want to run weekend first-aid workshops, 4 hours a week": [wish]})
    said(talk, [STORY, "I work for the health service",
                "I want to run weekend first-aid workshops, 4 hours a week"])  # fmt: skip
    reply = said(talk, TO_STREAMS[2:])
    assert "Added Weekend first-aid workshops" in reply and "as you asked" in reply
    talk.say("yes")
    stream = next(s for s in talk.plan.streams if "workshops" in s.name)
    assert stream.target_hours == 4
    assert sum(s.target_income_share for s in talk.plan.streams) == 100


def test_a_wish_that_does_not_fit_is_refused_with_its_rule() -> None:
    wish = Reading("wish", subject="night school", hours=30)
    talk, _ = planner({"add night school, 30 hours a week": [wish]})
    said(talk, TO_STREAMS)
    reply = talk.say("add night school, 30 hours a week")
    assert "I can't add Night school with 30 h a week" in reply and "PC007" in reply
    talk.say("yes")
    assert not any("Night" in s.name for s in talk.plan.streams)


def test_yes_beside_words_said_in_passing_accepts_the_proposal() -> None:
    care = fact("capacity.constraints", "caring for my dad")
    extra = {"yes, and I also care for my dad": [Reading("confirm", value=True), care]}
    talk, _ = planner(extra)
    said(talk, TO_STREAMS)
    talk.say("yes, and I also care for my dad")
    assert talk.plan.streams
    assert talk.plan.capacity is not None  # a constraint is taken at its own question only
    assert talk.plan.capacity.constraints == ["school run"]


def test_a_streams_hours_change_in_words_after_the_streams_are_in() -> None:
    change = Reading("change", field="stream.target_hours", value=6, subject="agency shifts")
    talk, _ = planner({"make agency shifts 6 hours": [change]})
    said(talk, [*TO_STREAMS, "yes"])
    before = talk.plan
    reply = talk.say("make agency shifts 6 hours")
    assert next(s for s in talk.plan.streams if s.name == "Agency shifts").target_hours == 6
    assert "Changed Agency shifts." in reply
    talk.say("go back")
    assert talk.plan.model_dump(exclude={"as_of"}) == before.model_dump(exclude={"as_of"})


def test_an_aside_while_a_question_back_waits_keeps_the_question() -> None:
    extra = {"I can do 40": [fact("capacity.hours_per_week", 40)]}
    talk, _ = planner(extra)
    said(talk, [STORY, "I work for the health service", "I can do 40"])
    reply = talk.say("sorry, the kettle just boiled")
    assert reply.startswith("No problem") and ASKED_40 in reply
    talk.say("yes")
    assert talk.plan.capacity is not None and talk.plan.capacity.hours_per_week == 40


def test_wanting_to_plan_a_portfolio_is_no_stream() -> None:
    wish = Reading("wish", subject="a portfolio career")
    talk, _ = planner({"Hello, I'd like to plan a portfolio career": [wish]})
    talk.say("Hello, I'd like to plan a portfolio career")
    reply = said(talk, TO_STREAMS)
    assert "as you asked" not in reply and "ortfolio career" not in reply


def test_unsure_readings_of_a_new_activity_are_left_for_their_questions() -> None:
    unsure = [fact("activity", "tutoring", confidence=0.5),
              fact("activity.hours_per_week", 4, "tutoring", confidence=0.5),
              fact("activity.annual_revenue", 3000, "tutoring", confidence=0.5)]  # fmt: skip
    extra = {"tutoring maybe 4h, 3k?": unsure,
             "what counts as a leverage stream?": [
                 Reading("question", span="what counts as a leverage stream?")]}  # fmt: skip
    talk, _ = planner(extra)
    said(talk, [STORY, "I work for the health service"])
    before = talk.plan
    reply = talk.say("tutoring maybe 4h, 3k?")
    assert "I wasn't sure I read 4 h a week for Tutoring or 3,000 a year for Tutoring right" in (
        reply
    )
    assert talk.plan == before and QUESTIONS["constraints"] in reply
    reply = talk.say("what counts as a leverage stream?")
    assert "From the guidance card" in reply and talk.plan == before


def test_a_question_back_left_unanswered_twice_keeps_the_plan_and_moves_on() -> None:
    extra = {"I can do 40": [fact("capacity.hours_per_week", 40)]}
    talk, _ = planner(extra)
    said(talk, [STORY, "I work for the health service", "I can do 40"])
    assert ASKED_40 in talk.say("hmm")
    reply = talk.say("hmm")
    assert "I've left that as it was" in reply and ASKED_40 not in reply
    assert QUESTIONS["constraints"] in reply
    assert talk.plan.capacity is not None and talk.plan.capacity.hours_per_week == 48


def test_an_activity_named_in_passing_is_promised_to_the_audit_not_called_known() -> None:
    talk, _ = planner({"I also teach an evening class": [fact("activity", "evening class")]})
    reply = talk.say("I also teach an evening class")
    assert "when we go through your activities" in reply
    assert "all of that already" not in reply
    assert talk.plan.activities == []


def test_an_activity_named_in_passing_beside_a_recorded_one_is_promised_too() -> None:
    said = [fact("activity", "graphic design"), fact("activity.hours_per_week", 25, "graphic"),
            fact("activity", "evening class")]  # fmt: skip
    talk, _ = planner({"design 25h, and I teach an evening class": said})
    reply = talk.say("design 25h, and I teach an evening class")
    assert "I'll ask about Evening class when we go through your activities" in reply
    assert [a.name for a in talk.plan.activities] == ["Graphic design"]
