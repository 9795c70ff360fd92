"""BM25, the retrieval metrics, and the acceptance threshold on the project's question set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.cli import main as cli_main
from agent.commands.eval import available, questions_file
from knowledge.bm25 import BM25, tokenize
from knowledge.retrieval_eval import (
    MIN_LEAD_OVER_BM25,
    MIN_RECALL_AT_3,
    Metrics,
    Question,
    evaluate,
    format_table,
    load_questions,
    meets_targets,
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


def test_metrics_count_first_relevant_rank() -> None:
    questions = [Question("a", ("x",)), Question("b", ("y", "z")), Question("c", ("w",))]
    rankings = {"a": ["x", "q"], "b": ["q", "r", "z"], "c": ["q", "r", "s", "w"]}
    metrics = evaluate("fake", lambda q: rankings[q], questions)
    assert metrics.recall_at_1 == pytest.approx(1 / 3, abs=1e-4)
    assert metrics.recall_at_3 == pytest.approx(2 / 3, abs=1e-4)
    assert metrics.mrr == pytest.approx((1 + 1 / 3 + 1 / 4) / 3, abs=1e-4)
    assert "| fake | 3 | 0.333 | 0.667 |" in format_table([metrics])


def test_targets_need_both_level_and_lead() -> None:
    def m(recall: float) -> Metrics:
        return Metrics("r", 10, recall, recall, recall)

    assert meets_targets(m(0.95), m(0.80))
    assert not meets_targets(m(0.95), m(0.90))
    assert not meets_targets(m(0.85), m(0.50))


def test_question_file_errors_name_the_entry(tmp_path: Path) -> None:
    path = tmp_path / "q.yaml"
    path.write_text("questions:\n  - q: fine\n    cards: [a]\n  - q: no cards\n", encoding="utf-8")
    with pytest.raises(ValueError, match="question 2"):
        load_questions(path)


def test_eval_command_lists_retrieval() -> None:
    assert "retrieval" in available()


@pytest.mark.slow
def test_retrieval_meets_the_acceptance_threshold(capsys: pytest.CaptureFixture[str]) -> None:
    assert questions_file().is_file(), f"{questions_file()} is missing: add the question set"
    status = cli_main(["eval", "retrieval", "--json"])
    report = json.loads(capsys.readouterr().out)
    ours, bm25 = report["results"]
    assert ours["questions"] >= 10
    assert ours["recall_at_3"] >= MIN_RECALL_AT_3, report
    assert ours["recall_at_3"] - bm25["recall_at_3"] >= MIN_LEAD_OVER_BM25 - 1e-9, report
    assert status == 0
