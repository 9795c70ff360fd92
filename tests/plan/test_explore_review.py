"""Quarterly review on an example plan: comparison, suggestions through the rules, the diff."""

from __future__ import annotations

import datetime as dt

import pytest
from plan_helpers import example

from agent.plan import check
from agent.plan.review import ReviewActuals, ReviewError, apply_review, review
from agent.plan.versions import diff

REVIEW_DAY = dt.date(2027, 2, 15)

ACTUALS = ReviewActuals.model_validate(
    {
        "streams": [
            {"stream": "retainer-consulting", "hours_per_week": 20, "income": 13500},
            {"stream": "Research projects", "hours_per_week": 9, "income": 12000},
            {"stream": "writing-and-speaking", "hours_per_week": 5, "income": 1500},
            {"stream": "open-science-community", "hours_per_week": 4, "income": 0},
        ],
        "taught": [
            {"from_stream": "open-science-community", "to_stream": "retainer-consulting",
             "what": "a community contact became a retainer client"},
        ],
        "failed_promise": [{"stream": "writing-and-speaking", "note": "no talks booked"}],
        "answers": {"1": "new methods from research sharpened the retainer work"},
    }
)  # fmt: skip


def test_the_review_compares_actuals_with_targets() -> None:
    report = review(example("freelance-academic"), ACTUALS, today=REVIEW_DAY)
    by_id = {c.stream_id: c for c in report.comparisons}
    assert by_id["retainer-consulting"].flags == ["over hours"]
    assert by_id["research-projects"].actual_share == pytest.approx(44.4)
    assert "under-delivered" in by_id["writing-and-speaking"].flags
    assert report.failed == ["writing-and-speaking", "open-science-community"]
    first_question = "What did each stream teach that made another stream better?"
    assert report.answers[first_question].startswith("new methods")
    assert first_question not in report.unanswered
    codes = [s.code for s in report.suggestions]
    assert codes[:2] == ["RB001", "RB004"]
    assert "RB003:writing-and-speaking" in codes and codes[-1] == "RB006"


def test_default_suggestions_apply_through_the_rules_and_the_diff_shows_them() -> None:
    before = example("freelance-academic")
    outcome = apply_review(before, ACTUALS, today=REVIEW_DAY)
    after = outcome.plan
    assert outcome.applied == ["RB001", "RB004", "RB006"]
    assert outcome.skipped == ["RB005"]  # the streams still earning are within 20 % of plan
    assert outcome.refused == []
    assert [f for f in check(after, final=True, today=REVIEW_DAY) if f.severity == "error"] == []
    changes = {c.path: c for c in diff(before, after)}
    assert changes["streams[retainer-consulting].target_hours"].after == 18
    assert changes["streams[research-projects].target_hours"].before == 12
    loop = "feedback_loops[open-science-community->retainer-consulting:teaches]"
    assert changes[loop].kind == "added"
    assert changes["review.date"].after == "2027-05-10"
    assert sum(s.target_income_share for s in after.streams) == pytest.approx(100, abs=0.5)
    assert diff(after, after) == []


def test_stopping_a_stream_is_applied_only_when_chosen_and_keeps_the_rules() -> None:
    before = example("freelance-academic")
    outcome = apply_review(before, ACTUALS, ["RB003:writing-and-speaking"], today=REVIEW_DAY)
    assert outcome.applied == ["RB003:writing-and-speaking"]
    assert outcome.plan.stream("writing-and-speaking") is None
    assert outcome.plan.stream("retainer-consulting").target_income_share == 60  # type: ignore[union-attr]
    removed = [c for c in diff(before, outcome.plan) if c.kind == "removed"]
    assert any(c.path == "streams[writing-and-speaking]" for c in removed)
    # a second stop would leave two streams, which a final plan refuses: nothing is suggested
    failed = ReviewActuals.model_validate(
        {"failed_promise": [{"stream": "open-science-community"}]}
    )
    again = review(outcome.plan, failed, today=REVIEW_DAY)
    assert not any(s.code.startswith("RB003") for s in again.suggestions)


def test_actuals_naming_an_unknown_stream_are_refused_with_the_known_ids() -> None:
    bad = ReviewActuals.model_validate({"streams": [{"stream": "podcast", "hours_per_week": 2}]})
    with pytest.raises(ReviewError) as info:
        review(example("freelance-academic"), bad, today=REVIEW_DAY)
    assert "podcast" in info.value.message
    assert "retainer-consulting" in info.value.fix


def test_diff_ignores_order_and_the_as_of_stamp() -> None:
    plan = example("union-organiser")
    shuffled = plan.model_copy(
        update={"streams": list(reversed(plan.streams)), "as_of": dt.date(2030, 1, 1)}
    )
    assert diff(plan, shuffled) == []
