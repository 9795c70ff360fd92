"""Each rule PC001-PC022: a plan that breaks it reports the code, a plan that keeps it does not."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from plan_helpers import AS_OF, codes, edit_stream, example

from agent.plan import FeedbackLoop, Plan, Review, Stream, TimeBlock, check, missing

ANCHOR, CLIENT, LEVER, SEED = (
    "retainer-consulting",
    "research-projects",
    "writing-and-speaking",
    "open-science-community",
)


@pytest.fixture
def base() -> Plan:
    return example("freelance-academic")


def _extra_streams(p: Plan, n: int) -> Plan:
    extra = [Stream(id=f"x{i}", name=f"X {i}", role="seed") for i in range(n)]
    return p.model_copy(update={"streams": [*p.streams, *extra]})


def _without_loops_of(p: Plan, sid: str, kind: str | None = None) -> Plan:
    loops = [
        lp
        for lp in p.feedback_loops
        if not (sid in (lp.from_stream, lp.to_stream) and kind in (None, lp.kind))
    ]
    return p.model_copy(update={"feedback_loops": loops})


def _block(sid: str, day: str, start: str, end: str, week: str = "every") -> TimeBlock:
    return TimeBlock.model_validate(
        {"id": f"{sid}-{day}-{start}", "stream_id": sid, "weekday": day,
         "week_of_month": week, "start": start, "end": end}
    )  # fmt: skip


def _add_block(p: Plan, block: TimeBlock) -> Plan:
    return p.model_copy(update={"time_blocks": [*p.time_blocks, block]})


def _review(p: Plan, when: dt.date | None) -> Plan:
    return p.model_copy(update={"review": None if when is None else Review(date=when)})


Breaker = Callable[[Plan], Plan]

BREAKERS: list[tuple[str, str, Breaker]] = [
    ("PC001", "error", lambda p: _extra_streams(p, 2)),
    ("PC001", "error", lambda p: p.model_copy(update={"streams": p.streams[:2]})),
    ("PC002", "error", lambda p: edit_stream(p, CLIENT, role="anchor")),
    ("PC002", "error", lambda p: edit_stream(p, ANCHOR, role="client")),
    ("PC003", "error", lambda p: edit_stream(p, LEVER, target_income_share=50)),
    ("PC004", "warning", lambda p: edit_stream(p, ANCHOR, volatility="variable")),
    ("PC005", "error", lambda p: p.model_copy(
        update={"streams": [s.model_copy(update={"target_hours": 0}) for s in p.streams]})),
    ("PC006", "error", lambda p: edit_stream(p, SEED, target_income_share=20)),
    ("PC007", "error", lambda p: edit_stream(p, SEED, target_hours=10)),
    ("PC008", "warning", lambda p: edit_stream(p, SEED, target_hours=5)),
    ("PC009", "error", lambda p: edit_stream(p, ANCHOR, target_hours=90)),
    ("PC009", "error", lambda p: edit_stream(p, SEED, target_income_share=-5)),
    ("PC009", "error", lambda p: edit_stream(p, SEED, expected_revenue=-1)),
    ("PC010", "warning", lambda p: edit_stream(p, SEED, target_hours=1)),
    ("PC011", "error", lambda p: _without_loops_of(p, SEED)),
    ("PC012", "warning", lambda p: _without_loops_of(p, SEED, "teaches")),
    ("PC013", "error", lambda p: p.model_copy(update={"feedback_loops": [
        *p.feedback_loops, FeedbackLoop(from_stream=SEED, to_stream=SEED, kind="funds")]})),
    ("PC013", "error", lambda p: p.model_copy(update={"feedback_loops": [
        *p.feedback_loops, FeedbackLoop(from_stream=SEED, to_stream="nope", kind="funds")]})),
    ("PC014", "warning", lambda p: edit_stream(p, CLIENT, target_hours=17)),
    ("PC014", "warning", lambda p: edit_stream(
        edit_stream(p, ANCHOR, target_income_share=50), CLIENT, target_income_share=41)),
    ("PC015", "warning", lambda p: edit_stream(p, ANCHOR, target_income_share=85)),
    ("PC016", "warning", lambda p: edit_stream(p, SEED, role="client", purpose=None)),
    ("PC017", "error", lambda p: p.model_copy(
        update={"time_blocks": [b for b in p.time_blocks if b.stream_id != SEED]})),
    ("PC018", "error", lambda p: _add_block(p, _block(SEED, "sunday", "12:00", "10:00"))),
    ("PC018", "error", lambda p: _add_block(p, _block(SEED, "monday", "16:00", "18:00"))),
    ("PC018", "error", lambda p: _add_block(
        _add_block(p, _block(SEED, "sunday", "10:00", "12:00", "fourth")),
        _block(LEVER, "sunday", "11:00", "12:00", "last"))),
    ("PC019", "warning", lambda p: edit_stream(p, ANCHOR, target_hours=20)),
    ("PC020", "error", lambda p: _review(p, None)),
    ("PC020", "error", lambda p: _review(p, AS_OF - dt.timedelta(days=1))),
    ("PC020", "error", lambda p: _review(p, AS_OF + dt.timedelta(days=92))),
    ("PC021", "error", lambda p: p.model_copy(update={"core_skill": None})),
    ("PC021", "error", lambda p: p.model_copy(update={"core_skill": "  "})),
    ("PC022", "info", lambda p: edit_stream(p, CLIENT, work_kind="coding")),
]  # fmt: skip


@pytest.mark.parametrize(("code", "severity", "breaker"), BREAKERS)
def test_breaking_a_rule_reports_its_code(
    base: Plan, code: str, severity: str, breaker: Breaker
) -> None:
    broken = breaker(base)
    found = [f for f in check(broken, final=True, today=AS_OF) if f.code == code]
    assert found, f"{code} not reported"
    assert {f.severity for f in found} == {severity}
    for f in found:
        assert f.message and f.fix and f.path


def test_every_rule_code_has_a_breaking_case() -> None:
    assert {c for c, _, _ in BREAKERS} == {f"PC{n:03d}" for n in range(1, 23)}


KEEPERS: dict[str, Breaker] = {
    # The academic example keeps every rule but the role bands; this variant keeps those too.
    "PC010": lambda p: edit_stream(edit_stream(p, ANCHOR, target_hours=30), LEVER, target_hours=5),
}


@pytest.mark.parametrize("code", sorted({c for c, _, _ in BREAKERS}))
def test_a_plan_that_keeps_a_rule_does_not_report_it(base: Plan, code: str) -> None:
    kept = KEEPERS[code](base) if code in KEEPERS else base
    assert code not in codes(kept)


def test_review_on_the_last_day_of_the_window_is_accepted(base: Plan) -> None:
    assert "PC020" not in codes(_review(base, AS_OF + dt.timedelta(days=91)))


def test_monthly_blocks_on_different_weeks_do_not_overlap(base: Plan) -> None:
    plan = _add_block(base, _block(SEED, "sunday", "10:00", "12:00", "first"))
    plan = _add_block(plan, _block(LEVER, "sunday", "10:00", "12:00", "third"))
    assert "PC018" not in codes(plan)


def test_final_rules_do_not_run_on_a_draft(base: Plan) -> None:
    plan = base.model_copy(update={"core_skill": None, "review": None, "time_blocks": []})
    assert codes(plan, final=False).isdisjoint({"PC017", "PC020", "PC021"})


def test_messages_carry_the_numbers(base: Plan) -> None:
    plan = edit_stream(base, SEED, target_hours=10)
    (finding,) = [f for f in check(plan, final=False, today=AS_OF) if f.code == "PC007"]
    assert "46" in finding.message and "45" in finding.message
    assert "1 h" in finding.fix
    assert finding.path == "capacity.hours_per_week"


def test_missing_lists_what_a_final_plan_needs() -> None:
    needs = missing(Plan())
    text = " ".join(needs)
    assert "capacity" in text and "core skill" in text and "PC020" in text


def test_missing_is_empty_for_a_complete_plan(base: Plan) -> None:
    assert missing(base, today=AS_OF) == []
