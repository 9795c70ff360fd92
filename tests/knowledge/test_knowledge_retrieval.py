"""BM25, the retrieval metrics at the agent's k, the question files, and the acceptance gate on
the held-out split."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.cli import build_parser
from agent.cli import main as cli_main
from agent.commands.eval import available, chosen_files, retrieval_splits, split_files
from knowledge.bm25 import BM25, tokenize
from knowledge.retrieval_eval import (
    MIN_LEAD_OVER_BM25,
    MIN_RECALL_AT_1,
    MIN_RECALL_AT_3,
    Metrics,
    Question,
    SplitReport,
    evaluate,
    format_table,
    load_questions,
    meets_targets,
    run_splits,
    verdict,
)


def test_tokenize_drops_stopwords_and_plurals() -> None:
    assert tokenize("What are the Streams of my portfolio?") == ["stream", "portfolio"]
    assert tokenize("strategies") == ["strategy"]


def test_bm25_ranks_the_matching_document_first() -> None:
    index = BM25(["client fees and invoices", "sleep and rest", "fees fees fees for clients"])
    ranked = [position for position, _ in index.top("client fees", 3)]
    assert ranked[0] in {0, 2}
    assert ranked[-1] == 1
    assert index.scores("nothing matches here") == [0.0, 0.0, 0.0]


def test_bm25_rare_terms_weigh_more() -> None:
    index = BM25(["common rare", "common", "common", "common"])
    common, rare = index.scores("common")[0], index.scores("rare")[0]
    assert rare > common > 0


def test_metrics_count_the_first_relevant_rank_within_k() -> None:
    questions = [Question("a", ("x",)), Question("b", ("y", "z")), Question("c", ("w",))]
    rankings = {"a": ["x", "q"], "b": ["q", "r", "z"], "c": ["q", "r", "s", "w"]}
    metrics = evaluate("fake", lambda q: rankings[q.q], questions, k=3)
    assert metrics.recall_at_1 == pytest.approx(1 / 3, abs=1e-4)
    assert metrics.recall_at_3 == pytest.approx(2 / 3, abs=1e-4)
    # 'w' is fourth: beyond the agent's k it counts as a miss, not as 1/4.
    assert metrics.mrr == pytest.approx((1 + 1 / 3) / 3, abs=1e-4)
    assert metrics.k == 3
    table = format_table([SplitReport("tuning", "t.yaml", (metrics,))])
    assert "| tuning | fake | 3 | 0.333 | 0.667 |" in table


def test_targets_need_level_lead_and_first_place() -> None:
    def m(r1: float, r3: float) -> Metrics:
        return Metrics("r", 40, r1, r3, r3)

    assert (MIN_RECALL_AT_3, MIN_RECALL_AT_1, MIN_LEAD_OVER_BM25) == (0.92, 0.75, 0.15)
    assert meets_targets(m(0.80, 0.95), m(0.5, 0.80))
    assert not meets_targets(m(0.80, 0.95), m(0.5, 0.81))  # lead of 14 points
    assert not meets_targets(m(0.70, 0.95), m(0.5, 0.60))  # recall@1 too low
    assert not meets_targets(m(0.80, 0.91), m(0.5, 0.60))  # recall@3 too low


def test_question_files_are_checked_with_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "q.yaml"
    path.write_text("questions:\n  - q: fine\n    cards: [a]\n  - q: no cards\n", encoding="utf-8")
    with pytest.raises(ValueError, match="question 2"):
        load_questions(path)
    path.write_text("questions:\n  - q: fine\n    cards: [nope]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown cards"):
        load_questions(path, ["a"])
    moon = "questions:\n  - q: fine\n    cards: [a]\n    context: moon\n"
    path.write_text(moon, encoding="utf-8")
    with pytest.raises(ValueError, match="caregiver"):
        load_questions(path)
    path.write_text("questions: []\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no questions"):
        load_questions(path)


def test_a_missing_heldout_split_fails_and_says_so(tmp_path: Path) -> None:
    tuning = tmp_path / "tuning.yaml"
    tuning.write_text("questions:\n  - q: fine\n    cards: [a]\n", encoding="utf-8")
    files = {"tuning": tuning, "heldout": tmp_path / "heldout.yaml"}
    reports = run_splits([("r", lambda q: ["a"])], files, ["a"])
    assert [r.split for r in reports] == ["tuning"]
    passed, line = verdict(reports)
    assert not passed and "heldout.yaml" in line


def test_eval_command_lists_retrieval() -> None:
    assert "retrieval" in available()


@pytest.mark.slow
def test_heldout_retrieval_meets_the_acceptance_targets(capsys: pytest.CaptureFixture[str]) -> None:
    heldout = split_files()["heldout"]
    assert heldout.is_file(), (
        f"{heldout} is missing: the retrieval gate is judged on a held-out split of at least 40 "
        "questions written apart from the cards' asks and the tuning split"
    )
    status = cli_main(["eval", "retrieval", "--json"])
    report = json.loads(capsys.readouterr().out)["splits"]["heldout"]["results"]
    ours, _dense, bm25 = report
    assert ours["questions"] >= 40 and ours["k"] == 3
    assert ours["recall_at_3"] >= MIN_RECALL_AT_3, report
    assert ours["recall_at_1"] >= MIN_RECALL_AT_1, report
    assert ours["recall_at_3"] - bm25["recall_at_3"] >= MIN_LEAD_OVER_BM25 - 1e-9, report
    assert status == 0


def test_a_split_reads_all_its_files_and_one_without_heldout_is_not_judged(
    tmp_path: Path,
) -> None:
    one, two = tmp_path / "dev-1.yaml", tmp_path / "dev-2.yaml"
    one.write_text("questions:\n  - q: first\n    cards: [a]\n", encoding="utf-8")
    two.write_text("questions:\n  - q: second\n    cards: [b]\n", encoding="utf-8")
    reports = run_splits([("r", lambda q: ["a"])], {"dev": [one, two]}, ["a", "b"])
    (dev,) = reports
    assert dev.split == "dev" and dev.ours.questions == 2 and dev.ours.recall_at_1 == 0.5
    passed, line = verdict(reports, judged=False)
    assert passed and line.startswith("NOT JUDGED")
    assert not verdict(reports)[0]


def test_the_splits_to_score_are_chosen_by_name_or_file(tmp_path: Path) -> None:
    every = retrieval_splits()
    assert list(every) == ["tuning", "dev", "heldout"]
    assert all(path.name.startswith("dev") for path in every["dev"])
    assert chosen_files(None, None) == every
    assert list(chosen_files(["tuning", "dev"], None)) == ["tuning", "dev"]
    mine = tmp_path / "coach.yaml"
    assert chosen_files(None, [mine]) == {"coach": [mine]}


def test_one_split_option_serves_retrieval_and_utterances() -> None:
    parser = build_parser()
    args = parser.parse_args(["eval", "retrieval", "--split", "tuning", "--split", "dev"])
    assert args.split == ["tuning", "dev"]
    assert parser.parse_args(["eval", "utterances", "--split", "dev"]).split == ["dev"]


def test_an_absent_question_file_is_an_error_with_the_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = cli_main(["eval", "retrieval", "--questions", str(tmp_path / "nope.yaml")])
    assert status == 2
    assert "nope.yaml" in capsys.readouterr().err
