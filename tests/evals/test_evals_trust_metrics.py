"""The trust metrics against a scripted planner: each deliberately bad response is counted by
its metric, with the exchange that caused it, and a good response is not."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import pytest

from agent.plan import Plan, apply
from agent.plan import operations as ops
from agent.settings import Settings
from evals import junk
from evals.metrics import CardRef, RunMetrics
from evals.personas_eval import run_persona
from evals.planners import Planner
from evals.simulated_user import Persona, load_personas

TODAY = dt.date(2026, 11, 22)
CARD = CardRef("leverage-streams", "What makes a leverage stream", ("general",))
RETAINER = "university retainer"


@dataclass
class Step:
    """What the scripted planner records from the user's message, then says and asks."""

    reply: str
    ask: str | None = None
    record: list[ops.Op] = field(default_factory=list)


class ScriptedPlanner(Planner):
    """Applies each step's operations to a real plan (the rules judge them), one step per user
    message; final once the script is used up."""

    def __init__(self, steps: list[Step]) -> None:
        self.steps = steps
        self.at = -1
        self._plan = Plan()
        self._events: list[ops.Op] = []

    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def is_final(self) -> bool:
        return self.at >= len(self.steps) - 1

    @property
    def events(self) -> list[Any]:
        return self._events

    def pending_question(self) -> str | None:
        return self.steps[self.at].ask

    def turn(self, message: str) -> tuple[str, list[tuple[str, dict[str, Any]]]]:
        self.at += 1
        step = self.steps[self.at]
        for operation in step.record:
            outcome = apply(self._plan, operation, today=TODAY)  # type: ignore[arg-type]
            assert outcome.accepted, outcome.findings
            self._plan = outcome.plan
            self._events.append(operation)
        return step.reply, []


@pytest.fixture(scope="module")
def academic() -> Persona:
    return load_personas(only=["freelance-academic"])[0]


def _run(persona: Persona, steps: list[Step], mode: str = "plain",
         behaviours: list[str] | None = None) -> RunMetrics:  # fmt: skip
    planner = ScriptedPlanner(steps)
    result = run_persona(persona, Settings(), planner=planner, today=TODAY, cards=[CARD],
                         mode=mode, behaviours=behaviours)  # type: ignore[arg-type]  # fmt: skip
    return result.metrics


def _ask(text: str, qid: str, *record: ops.Op) -> Step:
    return Step(text, qid, list(record))


CAPACITY = ("How many hours a week can you give?", "capacity")
CONTEXT = ("Which setting do you work in?", "context")


def test_a_wrong_value_is_wrong_at_the_end_and_ever(academic: Persona) -> None:
    m = _run(academic, [_ask(*CAPACITY), _ask(*CONTEXT, ops.SetCapacity(hours_per_week=40))])
    assert m.wrong_at_end == ["capacity.hours_per_week"] == m.ever_wrong
    failure = next(f for f in m.failures if f.kind == "wrong at end")
    assert failure.turn == 2 and "45" in failure.user and "hours" in failure.planner
    assert "recorded 40, truth 45" in failure.detail


def test_a_wrong_value_fixed_later_counts_only_as_ever_wrong(academic: Persona) -> None:
    steps = [_ask(*CAPACITY), _ask(*CONTEXT, ops.SetCapacity(hours_per_week=40)),
             _ask(*CONTEXT, ops.SetCapacity(hours_per_week=45))]  # fmt: skip
    m = _run(academic, steps)
    assert m.wrong_at_end == [] and m.ever_wrong == ["capacity.hours_per_week"]
    hours = [f.kind for f in m.failures if f.detail.startswith("capacity.hours_per_week")]
    assert hours == ["wrong, fixed later"]


def test_a_right_value_and_new_activity_defaults_are_not_wrong(academic: Persona) -> None:
    steps = [_ask(*CAPACITY), _ask("List your work.", "activities",
                                   ops.SetCapacity(hours_per_week=45)),
             _ask(*CONTEXT, ops.AddActivity(name="University retainer"))]  # fmt: skip
    m = _run(academic, steps)
    assert m.ever_wrong == [] and m.junk == []
    missed = [f.detail for f in m.failures if f.kind == "missed"]
    assert any(d.startswith("activity.retainer.annual_revenue") for d in missed)


def test_the_figure_of_a_correction_is_not_wrong_before_it_is_corrected(academic: Persona) -> None:
    hours = ("How many hours a week does interface research consulting take?",
             "act:hours:interface research consulting")  # fmt: skip
    add = ops.AddActivity(name="interface research consulting", hours_per_week=12)
    fix = ops.UpdateActivity(name="interface research consulting", hours_per_week=10)
    m = _run(academic, [_ask(*hours), _ask(*CONTEXT, add), _ask(*CONTEXT, fix)])
    assert m.ever_wrong == []


def test_an_invented_value_for_a_skipped_fact_is_wrong() -> None:
    organiser = load_personas(only=["union-organiser"])[0]
    buffer = ("Roughly how much savings could you live on?", "buffer")
    invented = ops.SetCapacity(hours_per_week=48, cash_buffer=5000)
    m = _run(organiser, [_ask(*buffer), _ask(*CONTEXT, invented)])
    assert "capacity.cash_buffer" in m.wrong_at_end


def test_junk_names_are_counted_once_with_their_turn(academic: Persona) -> None:
    listing = ("List everything you do for work.", "activities")
    junk = [
        ops.AddActivity(name="University retainer 20 hours per week"),
        ops.AddActivity(name="000 € per year"),
        ops.AddActivity(name="Stable"),
        ops.AddActivity(name="Public writing"),
        ops.AddSkill(name="what counts as leverage?"),
    ]
    m = _run(academic, [_ask(*listing), _ask(*CONTEXT, *junk), _ask(*CONTEXT)])
    assert sorted(m.junk) == ["activity: 000 € per year", "activity: Stable",
                              "activity: University retainer 20 hours per week",
                              "skill: what counts as leverage?"]  # fmt: skip
    assert {f.turn for f in m.failures if f.kind == "junk"} == {2}


def test_a_typo_of_the_persons_own_skill_is_not_junk(academic: Persona) -> None:
    skills = ("Which skills do you have?", "skills")
    m = _run(academic, [_ask(*skills), _ask(*CONTEXT, ops.AddSkill(name="reserach design"))])
    assert m.junk == []


# --- realistic behaviours -----------------------------------------------------------------

STREAMS = ("- University retainer: anchor, 20 h\nShall I set up these streams?", "streams")
WORKSHOPS = ops.AddStream(name="Weekend statistics workshops", role="leverage", target_hours=3)


@pytest.mark.parametrize(
    ("answer", "honoured"),
    [
        (_ask("Recorded the workshops. Shall I set up these streams?", "streams", WORKSHOPS), True),
        (_ask("I couldn't record that: with statistics workshops the streams plan 60 h, over "
              "your capacity (PC007). Nothing changed. Shall I set up these streams?", "streams"),
         True),
        (_ask("I couldn't record that: the streams plan 60 h, over your capacity (PC007). "
              "Nothing changed. Shall I set up these streams?", "streams"), False),
        (_ask("Adjusted University retainer. Shall I set up these streams?", "streams"), False),
        (_ask("Recorded.", "streams", ops.AddStream(name="Weekend statistics workshops",
                                                     role="leverage", target_hours=8)), False),
    ],
)  # fmt: skip
def test_a_wish_is_honoured_by_its_stream_or_a_rule_refusal(
    academic: Persona, answer: Step, honoured: bool
) -> None:
    m = _run(academic, [_ask(*STREAMS), answer, _ask(*CONTEXT)], "realistic", ["wish"])
    assert (m.wishes, m.wishes_honoured) == (1, int(honoured))
    if not honoured:
        failure = next(f for f in m.failures if f.kind == "wish")
        assert failure.turn == 2 and "statistics workshops" in failure.user


@pytest.mark.parametrize(
    ("reply", "record", "answered"),
    [
        ("A leverage stream earns beyond your hours (see 'What makes a leverage stream').", [],
         True),
        ("A leverage stream earns beyond your hours.", [], False),
        ("Recorded 1 h a week (see 'What makes a leverage stream').",
         [ops.SetCapacity(hours_per_week=1)], False),
    ],
)  # fmt: skip
def test_a_question_is_answered_by_a_cited_card_without_recording_it(
    academic: Persona, reply: str, record: list[ops.Op], answered: bool
) -> None:
    steps = [_ask(*CAPACITY), Step(reply + " How many hours?", "capacity", record), _ask(*CONTEXT)]
    m = _run(academic, steps, "realistic", ["question"])
    assert m.questions == 2  # the second question's point (streams) never came
    assert m.questions_answered == int(answered)
    never = [f for f in m.failures if f.kind == "question" and f.turn is None]
    assert len(never) == 1 and "streams" in never[0].detail


def _change_steps(applied: bool) -> list[Step]:
    record = ops.AddActivity(name=RETAINER, annual_revenue=38000, hours_per_week=20)
    steps = [_ask(*CONTEXT, record)] + [_ask(*CONTEXT) for _ in range(4)]
    update = [ops.UpdateActivity(name=RETAINER, annual_revenue=42000)] if applied else []
    return [*steps, _ask(*CONTEXT, *update), _ask(*CONTEXT)]


def test_a_change_the_planner_missed_is_wrong_at_the_end(academic: Persona) -> None:
    m = _run(academic, _change_steps(applied=False), "realistic", ["volunteer", "change"])
    assert m.change_said is True
    assert m.wrong_at_end == ["activity.retainer.annual_revenue"]
    failure = next(f for f in m.failures if f.kind == "wrong at end")
    assert "still 38000 after the change" in failure.detail and "42.000" in failure.user
    revenue = next(f for f in m.facts if f.fact == "activity.retainer.annual_revenue")
    assert revenue.expected == "42000.0" and not revenue.ok  # the truth is the new value


def test_a_change_the_planner_applied_is_right(academic: Persona) -> None:
    m = _run(academic, _change_steps(applied=True), "realistic", ["volunteer", "change"])
    assert m.change_said is True and m.wrong_at_end == [] and m.ever_wrong == []


def test_a_stream_made_of_two_of_the_persons_activities_is_not_junk(academic: Persona) -> None:
    merged = "Open science mentoring & Interface research consulting"
    assert not junk.is_junk(academic, "stream", merged)
    assert junk.is_junk(academic, "stream", "Open science mentoring & Sunday brunch club")


def test_the_wished_stream_in_the_persons_own_words_is_not_junk(academic: Persona) -> None:
    said = "I'd love to run a Saturday morning statistics workshops series for local nurses."
    assert academic.realistic is not None and academic.realistic.wish is not None
    wish = academic.realistic.wish.model_copy(update={"say": [said]})
    persona = academic.model_copy(
        update={"realistic": academic.realistic.model_copy(update={"wish": wish})}
    )
    assert not junk.is_junk(persona, "stream", "Saturday morning statistics workshops series")
    assert junk.is_junk(persona, "stream", "Statistics workshops for hospital ward managers")
    assert junk.is_junk(persona, "stream", "Saturday morning")
    assert junk.is_junk(persona, "skill", "Saturday morning statistics workshops series")


def test_an_activity_named_by_several_of_its_names_at_once_is_not_junk(academic: Persona) -> None:
    # the retainer is also called "research post": its words are no words added to the name
    assert not junk.is_junk(
        academic, "activity", "University retainer research post at the faculty"
    )
    assert junk.is_junk(academic, "activity", "University retainer for the arts faculty in Vienna")
    assert junk.is_junk(academic, "activity", "University retainer research post 20 hours")
