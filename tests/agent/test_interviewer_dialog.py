"""The dialog manager (pure): readings in, tool calls, questions back and replies out.

Readings are built by hand here, so the rules are tested apart from how messages are read:
facts go to their own fields whatever question is open, a figure already given is not
overwritten without an answer, an unsure reading is never stored, a question back or an
off-topic line never becomes data, and wishes and stream changes reach the proposal or the plan.
Each message's text is given too: the dialog trusts only what the words bear out.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from agent.interviewer import dialog
from agent.interviewer.compose import _make_proposal
from agent.interviewer.reading.types import Reading
from agent.plan import Activity, Capacity, Plan, Skill, Stream
from tests.support.plans import audited
from tests.support.talking import conversation

TODAY = dt.date(2026, 11, 22)


def fact(field: str, value: Any, subject: str | None = None, **kw: Any) -> Reading:
    return Reading("fact", field=field, value=value, subject=subject, **kw)


def change(field: str, value: Any, subject: str | None = None) -> Reading:
    return Reading("change", field=field, value=value, subject=subject)


def decide(
    readings: list[Reading], ask: str = "context", plan: Plan | None = None,
    settled: set[str] | None = None, text: str = "", **kw: Any,
) -> dialog.Decision:  # fmt: skip
    ctx = dialog.Context(ask=ask, plan=plan or Plan(), settled=frozenset(settled or set()),
                         today=TODAY, **kw)  # fmt: skip
    return dialog.decide(readings, ctx, text)


def names(decision: dialog.Decision) -> list[str]:
    return [c["name"] for c in decision.calls]


NURSE_SAYS = (
    "I'm a nurse, 36 hours at the hospital for 38k, weekend agency shifts about 8 "
    "hours, 10k a year, I could do 48 in total"
)
NURSE = [
    fact("activity", "hospital nursing"),
    fact("activity.hours_per_week", 36, "hospital"),
    fact("activity.annual_revenue", 38000, "hospital"),
    fact("activity", "agency shifts"),
    fact("activity.hours_per_week", 8, "agency shifts"),
    fact("activity.annual_revenue", 10000, "agency shifts"),
    fact("capacity.hours_per_week", 48),
]


def test_a_story_goes_to_its_fields_whatever_question_is_open() -> None:
    decision = decide(NURSE, ask="context", text=NURSE_SAYS)
    assert decision.calls[0] == {"name": "set_capacity", "args": {"hours_per_week": 48.0}}
    records = [c["args"] for c in decision.calls if c["name"] == "record_activity"]
    assert records == [
        {"name": "Hospital nursing", "hours_per_week": 36.0, "annual_revenue": 38000.0},
        {"name": "Agency shifts", "hours_per_week": 8.0, "annual_revenue": 10000.0},
    ]
    assert {"capacity", "act:hours:Hospital nursing", "act:revenue:Agency shifts"} <= set(
        decision.settle
    )
    assert "activities" not in decision.settle  # asked later: "anything else?"
    assert "context" not in decision.settle


def test_a_figure_already_given_is_asked_back_before_it_is_overwritten() -> None:
    plan = Plan(capacity=Capacity(hours_per_week=45))
    decision = decide([fact("capacity.hours_per_week", 40)], ask="constraints", plan=plan,
                      text="I can do 40 hours a week at most")  # fmt: skip
    assert decision.calls == []
    [item] = decision.confirm
    assert item["say"] == (
        "You said 45 h a week earlier, and now 40 h a week: how many hours a "
        "week can you really give to work, paid and unpaid together?"
    )
    assert item["read_as"] == "capacity"
    assert item["calls"][0]["args"]["hours_per_week"] == 40 and item["settle"] == ["capacity"]


def test_a_change_said_as_such_is_made_and_said() -> None:
    plan = Plan(capacity=Capacity(hours_per_week=42, constraints=["school run"]))
    decision = decide([change("capacity.hours_per_week", 35)], ask="skills", plan=plan,
                      text="my real limit is 35 hours, not 42")  # fmt: skip
    assert decision.calls == [{"name": "set_capacity", "args": {
        "hours_per_week": 35.0, "constraints": ["school run"]}}]  # fmt: skip
    assert decision.notes == ["Changed your hours from 42 h a week to 35 h a week."]
    elsewhere = decide([change("capacity.hours_per_week", 5)], ask="skills", plan=plan,
                       text="correction freelance is 5h not 6")  # fmt: skip
    assert elsewhere.calls == []  # nothing ties the figure to the capacity


def test_the_same_figure_again_records_nothing() -> None:
    plan = Plan(capacity=Capacity(hours_per_week=45))
    decision = decide([fact("capacity.hours_per_week", 45)], ask="capacity", plan=plan)
    assert decision.calls == [] and decision.confirm == [] and decision.settle == ["capacity"]


def test_an_unsure_reading_is_never_stored() -> None:
    plan = Plan(capacity=Capacity(hours_per_week=40), activities=[Activity(name="Consulting")])
    unsure = fact("activity.hours_per_week", 12, "consulting", confidence=0.5)
    text = "maybe 12ish on consulting"
    decision = decide([unsure], ask="act:hours:Consulting", plan=plan, text=text)
    # Never stored as read: the one doubted answer to the open question is asked back as read,
    # and only a yes records it.
    [asked] = decision.confirm
    assert decision.calls == [] and decision.settle == []
    assert asked["say"].startswith("I read that as 12 h a week for consulting: is that right?")
    assert asked["calls"] == [{"name": "update_activity",
                               "args": {"name": "Consulting", "hours_per_week": 12.0}}]  # fmt: skip
    assert asked["read"] == ["activity.hours_per_week", "consulting", 12]
    two = [unsure, fact("activity.hours_per_week", 14, "consulting", confidence=0.5)]
    torn = decide(two, ask="act:hours:Consulting", plan=plan, text="12 or 14 on consulting")
    assert torn.calls == [] and torn.confirm == []
    assert torn.reply.startswith("I heard two different figures")  # asked which, not as read
    given = Plan(capacity=Capacity(hours_per_week=40),
                 activities=[Activity(name="Consulting", hours_per_week=8)])  # fmt: skip
    revised = decide([unsure], ask="skills", plan=given, settled={"act:hours:Consulting"},
                     text=text)  # fmt: skip
    [item] = revised.confirm
    assert revised.calls == [] and item["say"] == (
        "You said 8 h a week for Consulting earlier, and now 12 h a week: how many hours a week "
        "does Consulting take?")  # fmt: skip
    assert item["calls"] == [{"name": "update_activity",
                              "args": {"name": "Consulting", "hours_per_week": 12.0}}]  # fmt: skip


def test_a_question_back_is_answered_and_never_stored() -> None:
    decision = decide([Reading("question", span="what counts as a leverage stream?")],
                      ask="core_skill")  # fmt: skip
    assert decision.calls == [] and decision.settle == []
    assert decision.question == "what counts as a leverage stream?"


def test_off_topic_and_greetings_record_nothing() -> None:
    plan = Plan(activities=[Activity(name="Teaching", teaches="patience")])
    off = decide([Reading("nothing")], ask="act:teaches:Teaching", plan=plan,
                 text="sorry, the dog needs walking")  # fmt: skip
    assert off.calls == [] and off.reply == dialog.OFF_TOPIC and not off.acts
    hello = decide([Reading("nothing")], ask="context", text="hi there")
    assert hello.reply == dialog.HELLO


def test_answers_to_proposals_are_left_to_their_own_step() -> None:
    assert decide([Reading("confirm", value=True)], ask="streams").defer
    assert decide([Reading("nothing")], ask="export", text="pdf please").defer


def test_a_question_with_facts_records_the_facts_and_answers() -> None:
    readings = [fact("capacity.hours_per_week", 30),
                Reading("question", span="why does the anchor matter?")]  # fmt: skip
    decision = decide(readings, ask="capacity")
    assert names(decision) == ["set_capacity"]
    assert decision.question == "why does the anchor matter?"


def test_savings_before_the_weekly_hours_wait_for_them() -> None:
    first = decide([fact("capacity.cash_buffer", 18000)], ask="context")
    assert first.calls == [] and first.held == [{"field": "capacity.cash_buffer",
                                                 "value": 18000.0}]  # fmt: skip
    later = decide([fact("capacity.hours_per_week", 40)], ask="capacity",
                   held=tuple(first.held or []))  # fmt: skip
    assert later.calls[0]["args"] == {"hours_per_week": 40.0, "cash_buffer": 18000.0}
    assert later.held == [] and {"capacity", "buffer"} <= set(later.settle)


def test_months_of_savings_are_counted_in_monthly_spending() -> None:
    plan = Plan(capacity=Capacity(hours_per_week=40, monthly_spending=2000))
    decision = decide([fact("capacity.buffer_months", 3)], ask="buffer", plan=plan)
    assert decision.calls[0]["args"]["cash_buffer"] == 6000
    no_spending = decide([fact("capacity.buffer_months", 3)], ask="buffer",
                         plan=Plan(capacity=Capacity(hours_per_week=40)))  # fmt: skip
    assert no_spending.calls == [] and no_spending.settle == ["buffer"]
    assert no_spending.held == [{"field": "capacity.buffer_months", "value": 3.0}]


def test_a_figure_whose_activity_cannot_be_told_is_not_recorded() -> None:
    plan = Plan(activities=[Activity(name="Teaching"), Activity(name="Writing")])
    decision = decide([fact("activity.hours_per_week", 10)], ask="skills", plan=plan)
    assert decision.calls == []
    assert "couldn't tell what that figure (10 h a week) is for" in decision.notes[0]


def test_the_asked_activity_takes_a_figure_without_a_subject() -> None:
    plan = Plan(activities=[Activity(name="Teaching"), Activity(name="Writing")])
    decision = decide([fact("activity.hours_per_week", 10)], ask="act:hours:Writing",
                      plan=plan)  # fmt: skip
    assert decision.calls == [{"name": "update_activity",
                               "args": {"name": "Writing", "hours_per_week": 10.0}}]  # fmt: skip
    assert decision.settle == ["act:hours:Writing"]


def test_constraints_are_taken_at_their_own_question_only() -> None:
    plan = Plan(capacity=Capacity(hours_per_week=40, constraints=["school run"]))
    aside = decide([fact("capacity.constraints", "evening care")], ask="skills", plan=plan,
                   text="evening care")  # fmt: skip
    assert aside.calls == []
    asked = decide([fact("capacity.constraints", "evening care")], ask="constraints", plan=plan,
                   text="evening care")  # fmt: skip
    assert asked.calls[0]["args"]["constraints"] == ["evening care"]


def test_skills_and_what_excites() -> None:
    plan = Plan(skills=[Skill(name="Teaching")])
    decision = decide([fact("skill.excites", "teaching"), fact("skill.excites", "podcasting")],
                      ask="excited", plan=plan)  # fmt: skip
    assert decision.calls == [
        {"name": "update_skill", "args": {"name": "Teaching", "excitement": 5}},
        {"name": "add_skill", "args": {"name": "Podcasting", "excitement": 5}},
    ]
    assert "excited" in decision.settle


def test_the_core_skill_is_set_and_not_overwritten_without_a_yes() -> None:
    plan = Plan(skills=[Skill(name="Data analysis")])
    first = decide([fact("core_skill", "data analysis")], ask="core", plan=plan)
    assert first.calls == [{"name": "set_core_skill", "args": {"name": "Data analysis"}}]
    chosen = plan.model_copy(update={"core_skill": "Data analysis"})
    passing = decide([fact("core_skill", "teaching")], ask="streams", plan=chosen,
                     text="my core skill is teaching")  # fmt: skip
    assert passing.calls == [] and passing.confirm == []
    again = decide([fact("core_skill", "teaching")], ask="core", plan=chosen, text="teaching")
    assert again.calls == [] and "and now Teaching: which one" in again.confirm[0]["say"]


def test_renaming_an_activity_keeps_its_answers() -> None:
    plan = Plan(activities=[Activity(name="Shifts", hours_per_week=8, annual_revenue=9000)])
    decision = decide([change("activity", "agency shifts", "shifts")], ask="skills", plan=plan,
                      settled={"act:hours:Shifts"},
                      text="call the shifts 'agency shifts'")  # fmt: skip
    assert names(decision) == ["record_activity", "remove_activity"]
    assert decision.calls[0]["args"]["hours_per_week"] == 8
    assert decision.calls[0]["args"]["name"] == "Agency shifts"
    assert decision.settle == ["act:hours:Agency shifts"]


def test_activities_question_answered_with_thats_all() -> None:
    plan = Plan(activities=[Activity(name="Teaching")])
    decision = decide([Reading("nothing")], ask="activities", plan=plan, text="that's all")
    assert decision.settle == ["activities"] and decision.calls == []


# --- streams ---------------------------------------------------------------------------------


def proposal_names(proposal: list[dict[str, Any]] | None) -> list[str]:
    return [c["args"]["name"] for c in proposal or []]


def test_a_wish_goes_into_the_proposal_with_the_hours_asked() -> None:
    plan = audited()
    proposal = tuple(_make_proposal("streams", plan))
    wish = Reading("wish", subject="weekend first-aid workshops", hours=4)
    decision = decide([wish], ask="streams", plan=plan, proposal=proposal)
    added = next(c["args"] for c in decision.proposal or [] if "workshop" in c["args"]["name"])
    assert added["target_hours"] == 4
    shares = sum(c["args"]["target_income_share"] for c in decision.proposal or [])
    assert shares == 100 and 3 <= len(decision.proposal or []) <= 5
    assert any("as you asked" in n for n in decision.notes)
    assert decision.calls == []


def test_a_wish_over_capacity_is_refused_with_the_rule() -> None:
    plan = audited()
    proposal = tuple(_make_proposal("streams", plan))
    wish = Reading("wish", subject="night courses", hours=30)
    decision = decide([wish], ask="streams", plan=plan, proposal=proposal)
    assert decision.proposal is None  # unchanged
    assert any("PC007" in n or "PC010" in n for n in decision.notes)


def test_a_wish_before_the_streams_waits_for_the_proposal() -> None:
    wish = Reading("wish", subject="weekend workshops", hours=4)
    decision = decide([wish], ask="capacity")
    assert decision.wishes == [{"stream": "weekend workshops", "hours": 4, "share": None,
                                "role": None}]  # fmt: skip
    assert decision.calls == [] and decision.notes


def test_stream_changes_on_the_proposal() -> None:
    plan = audited()
    proposal = tuple(_make_proposal("streams", plan))
    target = proposal[1]["args"]["name"]
    more = Reading("change", field="stream.target_hours", value=8, subject=target)
    decision = decide([more], ask="streams", plan=plan, proposal=proposal,
                      text=f"make {target} 8 hours")  # fmt: skip
    edited = next(c["args"] for c in decision.proposal or [] if c["args"]["name"] == target)
    assert edited["target_hours"] == 8
    rename = Reading("change", field="stream.name", value="bank shifts", subject=target)
    renamed = decide([rename], ask="streams", plan=plan, proposal=proposal,
                     text=f"rename {target} to bank shifts")  # fmt: skip
    assert "Bank shifts" in proposal_names(renamed.proposal)


def test_stream_changes_once_in_the_plan_become_calls() -> None:
    plan = audited().model_copy(update={"streams": [
        Stream(id="nursing", name="Nursing", role="anchor", target_hours=30,
               target_income_share=75, volatility="stable"),
        Stream(id="agency", name="Agency", role="client", target_hours=6,
               target_income_share=20),
        Stream(id="writing", name="Writing", role="leverage", target_hours=3,
               target_income_share=5),
    ]})  # fmt: skip
    share = Reading("change", field="stream.target_income_share", value=10, subject="writing")
    decision = decide([share], ask="blocks", plan=plan)
    assert decision.calls == [
        {"name": "update_stream", "args": {"stream_id": "writing", "target_income_share": 10.0}},
        {"name": "update_stream", "args": {"stream_id": "nursing", "target_income_share": 70.0}},
    ]
    drop = decide([Reading("wish", subject="writing", remove=True)], ask="blocks", plan=plan)
    assert drop.calls == [] and "at least 3 streams" in drop.notes[0]


def test_past_the_audit_a_figure_beside_an_activity_is_not_taken_as_a_revision() -> None:
    plan = Plan(capacity=Capacity(hours_per_week=50),
                activities=[Activity(name="Union organiser", hours_per_week=45)])  # fmt: skip
    said = fact("activity.hours_per_week", 5, "union organiser")
    decision = decide([said], ask="streams", plan=plan, settled={"act:hours:Union organiser"},
                      text="union organiser 5 hours")  # fmt: skip
    assert decision.calls == [] and decision.confirm == []
    assert "5 h a week beside Union organiser" in decision.notes[0]
    revised = decide([change("activity.hours_per_week", 40, "union organiser")], ask="streams",
                     plan=plan, settled={"act:hours:Union organiser"},
                     text="actually the union organiser job is 40 hours now")  # fmt: skip
    update = {"name": "Union organiser", "hours_per_week": 40.0}
    assert revised.calls == [{"name": "update_activity", "args": update}]


def test_a_short_label_answer_is_read_by_its_words_when_the_reading_found_nothing() -> None:
    plan = Plan(activities=[Activity(name="Tutoring")])
    decision = decide([Reading("nothing")], ask="act:volatility:Tutoring", plan=plan,
                      text="up and down")  # fmt: skip
    assert decision.calls == [{"name": "update_activity",
                               "args": {"name": "Tutoring", "volatility": "variable"}}]  # fmt: skip
    aside = decide([Reading("nothing")], ask="act:energy:Tutoring", plan=plan,
                   text="sorry, the dog needs walking, back in a sec")  # fmt: skip
    assert aside.calls == [] and aside.reply == dialog.OFF_TOPIC


def test_how_steady_an_activity_is_said_beside_its_figures_is_kept() -> None:
    plan = Plan(activities=[Activity(name="Bookkeeping"), Activity(name="Tutoring")])
    readings = [fact("activity.hours_per_week", 15, "Bookkeeping"),
                fact("activity.annual_revenue", 18000, "Bookkeeping")]  # fmt: skip
    decision = decide(readings, ask="act:hours:Bookkeeping", plan=plan,
                      text="15 hours, 18k a year, steady")  # fmt: skip
    args = decision.calls[0]["args"]
    assert (args["hours_per_week"], args["annual_revenue"], args["volatility"]) == (
        15, 18000, "stable")  # fmt: skip
    other = decide(readings, ask="act:hours:Bookkeeping", plan=plan,
                   text="15 hours, 18k a year; tutoring is steady")  # fmt: skip
    assert "volatility" not in other.calls[0]["args"]


def test_what_an_activity_teaches_said_as_how_is_the_answer_not_a_question() -> None:
    plan = Plan(activities=[Activity(name="Tutoring")])
    decision = decide([Reading("question", span="how kids learn")], ask="act:teaches:Tutoring",
                      plan=plan, text="how kids learn")  # fmt: skip
    taught = {"name": "Tutoring", "teaches": "how kids learn"}
    assert decision.calls == [{"name": "update_activity", "args": taught}]
    asked = decide([Reading("question", span="how do kids learn?")],
                   ask="act:teaches:Tutoring", plan=plan, text="how do kids learn?")  # fmt: skip
    assert asked.calls == [] and asked.question


def test_a_capacity_said_in_other_words_is_no_activity() -> None:
    readings = [fact("activity", "real ceiling"),
                fact("activity.hours_per_week", 45, "real ceiling")]  # fmt: skip
    decision = decide(readings, ask="capacity", text="45 hours a week is my real ceiling.")
    assert decision.calls == [{"name": "set_capacity", "args": {"hours_per_week": 45.0}}]
    job = [fact("activity", "hospital"), fact("activity.hours_per_week", 36, "hospital")]
    other = decide(job, ask="capacity", text="36 hours at the hospital")
    assert [c["name"] for c in other.calls] == ["record_activity"]


def test_a_wish_said_beside_a_streams_change_is_that_change() -> None:
    plan = audited()
    proposal = tuple(_make_proposal("streams", plan))
    target = proposal[1]["args"]["name"]
    readings = [Reading("change", field="stream.target_hours", value=8, subject=target),
                Reading("wish", subject="go big")]  # fmt: skip
    decision = decide(readings, ask="streams", plan=plan, proposal=proposal,
                      text=f"Make {target} 8 hours a week, I want to go big on it.")  # fmt: skip
    assert "Go big" not in proposal_names(decision.proposal)


def test_a_correction_about_something_unnamed_is_not_aimed_at_the_asked_activity() -> None:
    plan = Plan(activities=[Activity(name="Editorial consulting", annual_revenue=14000)])
    said = change("activity.annual_revenue", 7200, "Editorial consulting")
    text = "One correction about the newsletter: it is £600 a month now, so £7,200 a year."
    decision = decide([said], ask="act:energy:Editorial consulting", plan=plan, text=text,
                      settled={"act:revenue:Editorial consulting"})  # fmt: skip
    # nothing is stored, and the figure heard is said back rather than passed over in silence
    assert decision.calls == [] and all(not i["calls"] for i in decision.confirm)
    assert any("7,200" in i["say"] for i in decision.confirm)
    named = "Actually editorial consulting is more like £7,200 a year."
    made = decide([said], ask="act:energy:Editorial consulting", plan=plan, text=named,
                  settled={"act:revenue:Editorial consulting"})  # fmt: skip
    assert made.calls == [{"name": "update_activity", "args": {
        "name": "Editorial consulting", "annual_revenue": 7200.0}}]  # fmt: skip


def test_a_figure_and_a_change_of_it_in_one_story_are_kept_only_when_taken_back_in_words() -> None:
    plan = Plan(activities=[Activity(name="Coding", hours_per_week=22)])
    readings = [fact("activity.hours_per_week", 22, "Coding"),
                change("activity.hours_per_week", 5, "Coding")]  # fmt: skip
    story = "coding 22 hours a week, and the audits about 5 hours, though that can change"
    assert decide(readings, ask="activities", plan=plan, text=story).calls == []
    taken_back = decide(readings, ask="activities", plan=plan, text="coding 22, sorry, 5 hours")
    assert taken_back.calls == [{"name": "update_activity", "args": {
        "name": "Coding", "hours_per_week": 5.0}}]  # fmt: skip


def test_a_wish_whose_words_go_beyond_a_proposed_stream_is_a_new_stream() -> None:
    plan = audited()
    proposal = tuple(_make_proposal("streams", plan))
    text = "i wanna try an online agency shifts course like 3 hrs a week"
    said = Reading("change", field="stream.target_hours", value=3, subject="Agency shifts")
    decision = decide([said], ask="streams", plan=plan, proposal=proposal, text=text)
    added = [c["args"] for c in decision.proposal or [] if "course" in c["args"]["name"]]
    assert [a["target_hours"] for a in added] == [3]
    bare = decide([Reading("nothing")], ask="streams", plan=plan, proposal=proposal,
                  text="wannt a first aid videos stream 2h/wk")  # fmt: skip
    assert any("videos" in c["args"]["name"] for c in bare.proposal or [])


def test_a_wished_stream_is_named_without_the_detail_said_after_it() -> None:
    plan = audited()
    proposal = tuple(_make_proposal("streams", plan))
    text = "Add a lunchtime process clinic for other teams, 2h/week."
    decision = decide([Reading("nothing")], ask="streams", plan=plan, proposal=proposal, text=text)
    assert "Lunchtime process clinic" in proposal_names(decision.proposal)
    short = "I want to run workshops for nurses, 2 hours a week"
    kept = decide([Reading("nothing")], ask="streams", plan=plan, proposal=proposal, text=short)
    assert "Workshops for nurses" in proposal_names(kept.proposal)


def test_a_correction_that_says_what_it_is_about_goes_nowhere_else() -> None:
    plan = Plan(activities=[Activity(name="Blog", hours_per_week=1, annual_revenue=0)])
    said = change("activity.annual_revenue", 5400, "Blog")
    text = "Small correction to the audits: it's one clinic now, so $450 a month."
    decision = decide([said], ask="act:hours:Blog", plan=plan, text=text,
                      settled={"act:revenue:Blog"})  # fmt: skip
    assert decision.calls == [] and all(not i["calls"] for i in decision.confirm)


def test_a_line_said_beside_the_conversation_is_never_what_an_activity_teaches() -> None:
    plan = Plan(activities=[Activity(name="Lecturing", hours_per_week=10)])
    for said in ["Sorry. Slack.", "Sorry, coffee machine is broken again.",
                 "lol my cat just walked across the keyboard"]:  # fmt: skip
        reading = fact("activity.teaches", said, "Lecturing")
        decision = decide([reading], ask="act:teaches:Lecturing", plan=plan, text=said)
        assert decision.calls == [], said
    said = "Sorry, I meant it teaches me patience with students"
    decision = decide([fact("activity.teaches", "patience with students", "Lecturing")],
                      ask="act:teaches:Lecturing", plan=plan, text=said)  # fmt: skip
    assert decision.calls and decision.calls[0]["args"]["teaches"] == "patience with students"


def test_an_unsure_reading_says_what_was_in_doubt() -> None:
    """The doubt behind an unsure figure is told with it, so the answer can settle it; a note
    that explains the sum without a doubt adds nothing."""
    plan = Plan(capacity=Capacity(hours_per_week=40), activities=[Activity(name="Yoga classes")])
    season = fact("activity.annual_revenue", 4160, "yoga classes", confidence=0.5,
                  note="40 a class x 2 a week; for which part of the year?")  # fmt: skip
    decision = decide([season], ask="act:revenue:Yoga classes", plan=plan,
                      text="€40 a class, two classes a week, october to march")  # fmt: skip
    assert decision.calls == []
    assert (
        "4,160 a year for yoga classes right (for which part of the year?), so I left it"
        in (decision.notes[0])
    )
    plain = fact("activity.annual_revenue", 4160, "yoga classes", confidence=0.5,
                 note="40 a class x 2 a week")  # fmt: skip
    quiet = decide([plain], ask="act:revenue:Yoga classes", plan=plan, text="40 a class, 2 a week")
    [asked] = quiet.confirm  # no doubt to name: asked back as read, a yes records it
    assert quiet.calls == [] and asked["say"].startswith("I read that as 4,160 a year")


@pytest.mark.parametrize(
    "change",
    [
        "actually the food truck brings in more like £3k a month",
        "sorry the tutoring side is 900 a month these days",
    ],
)
def test_a_change_said_of_other_work_never_lands_on_the_one_recorded(change: str) -> None:
    """With one activity on record, a revised figure said of work by other words is asked
    about (which work it is for, or whether it replaces the recorded one); the recorded figure
    stays as it was until the person says so."""
    planner, _ = conversation(
        dt.date(2026, 12, 6), "general", "50", "none", "6k", "1.8k a month",
        "dog grooming 20 hours, about 1,500 a month", "that's all",
    )  # fmt: skip
    reply = planner.say(change)
    [grooming] = planner.plan.activities
    assert grooming.annual_revenue == 18000.0
    assert "not which of your activities it is for" in reply or "Dog grooming earlier" in reply
    said_of_it = planner.say("actually dog grooming is 1,700 a month")
    assert planner.plan.activities[0].annual_revenue == 20400.0, said_of_it


def test_a_feeling_neither_one_way_nor_the_other_is_kept_as_neutral() -> None:
    planner, reply = conversation(
        dt.date(2026, 12, 7),
        "I'm a freelance proofreader, 20 hours a week, 18k",
        "general",
        "35",
        "none",
        "4k saved, 1.4k a month",
        "that's all",
        "steady",
        "attention to detail",
        "it's alright, neither here nor there really",
    )
    assert planner.plan.activities[0].energy == "neutral" and "neutral" in reply
