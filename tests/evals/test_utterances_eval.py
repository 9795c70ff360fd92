"""The utterance scorer (hand-made cases) and the gate on the utterance table."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from agent.interviewer.reading import CONFIDENT, PlanView, Reading
from evals import utterances_eval
from evals.utterances_eval import Case, TableError, evaluate, load_table, run
from evals.utterances_score import matches, score_case

#: The gate on the tuning split: the figures reached (the target is 0.95 and 0.01). The split
#: holds three batches first measured blind, then studied (see docs/interviewer.md).
TUNING_EXACT, TUNING_WRONG = 0.86, 0.02
#: The gate on the dev split (the batches written by others, measured blind, then studied; the
#: newest, dev-25, joined unread at 49.0 % / 25.7 %; with it the split read 76.5 % / 4.5 %).
DEV_EXACT, DEV_WRONG = 0.76, 0.046
#: The held-out gate: the figures reached without tuning on it (the target is 0.95 and 0.01;
#: see docs/interviewer.md).
HELDOUT_EXACT, HELDOUT_WRONG = 0.74, 0.06


def fact(field: str, value: object, subject: str | None = None, **kw: object) -> Reading:
    return Reading("fact", field, value, subject, **kw)  # type: ignore[arg-type]


def test_numbers_match_within_one_percent_and_hours_within_a_quarter() -> None:
    want = {"act": "fact", "field": "activity.annual_revenue", "activity": "x", "value": 38000}
    assert matches(want, fact("activity.annual_revenue", 38300.0, "x"))
    assert not matches(want, fact("activity.annual_revenue", 38500.0, "x"))
    hours = {"act": "fact", "field": "capacity.hours_per_week", "value": 10}
    assert matches(hours, fact("capacity.hours_per_week", 10.2))
    assert not matches(hours, fact("capacity.hours_per_week", 10.3))


def test_subjects_match_by_contained_significant_words_plural_insensitive() -> None:
    want = {"act": "fact", "field": "activity.hours_per_week", "activity": "agency shifts",
            "value": 8}  # fmt: skip
    assert matches(want, fact("activity.hours_per_week", 8.0, "Weekend agency shift"))
    assert not matches(want, fact("activity.hours_per_week", 8.0, "hospital"))
    assert not matches(want, fact("activity.hours_per_week", 8.0))


def test_texts_match_on_half_the_expected_words() -> None:
    want = {"act": "fact", "field": "capacity.constraints", "value": "school run at 3pm"}
    assert matches(want, fact("capacity.constraints", "the school run"))
    assert not matches(want, fact("capacity.constraints", "no weekends"))


def test_a_review_day_and_month_match_the_date_the_plan_would_store() -> None:
    want = {"act": "fact", "field": "review.date", "value": "2027-02-20"}
    assert matches(want, fact("review.date", "the 20th of feb"))
    assert matches(want, fact("review.date", "2027-02-20"))
    assert not matches(want, fact("review.date", "the 21st of feb"))
    assert not matches(want, fact("review.date", "in 75 days"))  # no day named: not resolved
    kept = {"act": "fact", "field": "review.date", "value": "end of February"}
    assert not matches(kept, fact("review.date", "2027-02-28"))  # words expected, words scored


def test_change_and_correction_are_one_act() -> None:
    want = {"act": "correction", "field": "capacity.hours_per_week", "value": 35}
    assert matches(want, Reading("change", "capacity.hours_per_week", 35.0))
    assert not matches(want, fact("capacity.hours_per_week", 35.0))


def test_a_fact_about_a_proposed_stream_is_its_change() -> None:
    want = {"act": "fact", "field": "stream.target_income_share", "stream": "retreats",
            "value": 20}  # fmt: skip
    assert matches(want, Reading("change", "stream.target_income_share", 20.0, "retreats"))
    assert not matches(want, Reading("change", "stream.target_income_share", 25.0, "retreats"))
    person = {"act": "fact", "field": "capacity.hours_per_week", "value": 35}
    assert not matches(person, Reading("change", "capacity.hours_per_week", 35.0))


def test_currency_is_scored_only_when_the_table_gives_it() -> None:
    plain = {"act": "fact", "field": "capacity.cash_buffer", "value": 12500}
    pounds = dict(plain, currency="GBP")
    dollars = fact("capacity.cash_buffer", 12500.0, currency="USD")
    assert matches(plain, dollars) and not matches(pounds, dollars)


def test_wishes_match_on_stream_and_the_keys_given() -> None:
    want = {"act": "wish", "stream": "first-aid workshops", "hours": 4}
    assert matches(want, Reading("wish", subject="weekend first-aid workshops", hours=4.0))
    assert not matches(want, Reading("wish", subject="first-aid workshops", hours=6.0))
    assert not matches(want, Reading("wish", subject="first-aid workshops", remove=True))


def test_exact_needs_every_reading_and_nothing_extra_recorded() -> None:
    want = [{"act": "fact", "field": "capacity.hours_per_week", "value": 45}]
    assert score_case(want, [fact("capacity.hours_per_week", 45.0), Reading("nothing")]).exact
    extra = score_case(want, [fact("capacity.hours_per_week", 45.0), fact("context", "tech")])
    assert not extra.exact and len(extra.wrong) == 1
    question = score_case(want, [fact("capacity.hours_per_week", 45.0), Reading("question")])
    assert question.exact


def test_a_wrong_value_is_wrong_and_missed() -> None:
    want = [{"act": "fact", "field": "capacity.hours_per_week", "value": 45}]
    score = score_case(want, [fact("capacity.hours_per_week", 4.0)])
    assert not score.exact and len(score.wrong) == 1 and len(score.missed) == 1


def test_asked_back_readings_are_neither_matched_nor_wrong() -> None:
    want = [{"act": "fact", "field": "capacity.hours_per_week", "value": 45}]
    unsure = fact("capacity.hours_per_week", 45.0, confidence=CONFIDENT - 0.1)
    score = score_case(want, [unsure])
    assert not score.exact and not score.wrong and score.asked_back == [unsure]


def test_the_table_format_is_checked(tmp_path: Path) -> None:
    (tmp_path / "tuning.yaml").write_text(
        "cases:\n  - {id: t-1, ask: 'act:hours:Ghost', message: '4', readings: [{act: nothing}]}\n"
    )
    with pytest.raises(TableError, match=r"missing from plan\.activities"):
        load_table(tmp_path)
    (tmp_path / "tuning.yaml").write_text(
        "cases:\n  - {id: t-1, ask: capacity, message: '4', readings: []}\n"
    )
    with pytest.raises(TableError, match="non-empty"):
        load_table(tmp_path)


def test_heldout_failures_are_never_printed(capsys: pytest.CaptureFixture[str]) -> None:
    secret = Case("h-1", "heldout", "capacity", "my secret message", PlanView(),
                  [{"act": "fact", "field": "capacity.hours_per_week", "value": 99}])  # fmt: skip
    splits = evaluate(lambda m, v, a: [Reading("nothing")], [secret])
    print(utterances_eval.format_failures(splits))
    out = capsys.readouterr().out
    assert "h-1" in out and "secret" not in out


def test_dev_files_form_a_split_measured_before_it_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "dev-4.yaml").write_text(
        "cases:\n  - {id: d4-1, ask: capacity, message: 'a fresh message', "
        "readings: [{act: fact, field: capacity.hours_per_week, value: 40}]}\n"
    )
    (tmp_path / "tuning.yaml").write_text(
        "cases:\n  - {id: t-1, ask: capacity, message: 'a studied message', "
        "readings: [{act: fact, field: capacity.hours_per_week, value: 40}]}\n"
    )
    cases = load_table(tmp_path)
    assert {c.id: c.split for c in cases} == {"d4-1": "dev", "t-1": "tuning"}
    splits = evaluate(lambda m, v, a: [Reading("nothing")], cases)
    assert list(splits) == ["tuning", "dev"]
    print(utterances_eval.format_failures(splits))
    blind = capsys.readouterr().out
    assert "a studied message" in blind and "fresh" not in blind and "dev: 1 not exact" in blind
    print(utterances_eval.format_failures(splits, show_dev=True))
    assert "a fresh message" in capsys.readouterr().out
    only = evaluate(lambda m, v, a: [Reading("nothing")], cases, only="dev")
    assert list(only) == ["dev"]


def test_the_command_runs_and_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    status = run(argparse.Namespace(json=True, split="tuning"))
    assert '"tuning"' in capsys.readouterr().out and status in {0, 1}


def _rates(split: str) -> tuple[float, float]:
    """The split's rates as plain numbers, so a failing gate never prints a case."""
    report = evaluate().get(split)
    if report is None:
        pytest.skip(f"no {split} split in evals/utterances yet")
    return round(report.exact_rate, 3), round(report.wrong_rate, 3)


def test_gate_tuning_split() -> None:
    exact, wrong = _rates("tuning")
    assert exact >= TUNING_EXACT, f"tuning exact {exact}"
    assert wrong <= TUNING_WRONG, f"tuning wrong {wrong}"


def test_gate_dev_split() -> None:
    exact, wrong = _rates("dev")
    assert exact >= DEV_EXACT, f"dev exact {exact}"
    assert wrong <= DEV_WRONG, f"dev wrong {wrong}"


def test_gate_heldout_split() -> None:
    exact, wrong = _rates("heldout")
    assert exact >= HELDOUT_EXACT, f"held-out exact {exact}"
    assert wrong <= HELDOUT_WRONG, f"held-out wrong {wrong}"


def test_names_match_across_the_forms_of_one_word_of_work() -> None:
    from evals.utterances_score import names_match

    assert names_match("roofing", "self employed roofer")
    assert names_match("teach pottery", "teaching pottery")
    assert names_match("youth work", "Youth worker")
    assert names_match("interpretation FR>EN", "interpreting FR EN")
    assert names_match("tenants union organiser", "organiser for a tenants' union")
    assert not names_match("roofing", "plastering")
    assert not names_match("youth work", "social worker")
