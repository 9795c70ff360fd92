"""``portfolio-planner search``: the agent's search from the command line, as text, as JSON,
and one JSON line per question read from standard input; bad input gets a clear error."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from agent.cli import main as cli_main
from agent.settings import get_settings
from agent.tools.services import AGENT_K, GuidanceService


def test_a_question_prints_the_agents_cards_with_their_summaries(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli_main(["search", "how big should my savings cushion be?"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1. Building a cash buffer (cash-buffer, score")
    assert "months of essential costs" in out and "\n3. " in out and "\n4. " not in out


def test_json_holds_the_same_cards_the_agents_search_returns(
    capsys: pytest.CaptureFixture[str],
) -> None:
    question = "my consulting keeps crowding out everything else"
    assert cli_main(["search", question, "--json", "-k", "5"]) == 0
    result = json.loads(capsys.readouterr().out)
    cards = [c["card"] for c in result["cards"]]
    agent = [c["card"] for c in GuidanceService(get_settings()).search(question)]
    assert len(cards) == 5 and cards[:AGENT_K] == agent
    first = result["cards"][0]
    assert set(first) == {"card", "title", "score", "summary", "heading", "passage", "credit"}
    assert first["summary"] and first["passage"]


def test_the_context_ranks_that_contexts_cards_higher(capsys: pytest.CaptureFixture[str]) -> None:
    question = "How do I get more flexibility?"
    assert cli_main(["search", question, "--json"]) == 0
    plain = [c["card"] for c in json.loads(capsys.readouterr().out)["cards"]]
    assert cli_main(["search", question, "--json", "--context", "caregiver"]) == 0
    carer = json.loads(capsys.readouterr().out)
    assert carer["context"] == "caregiver"
    assert "context-caregiver" in [c["card"] for c in carer["cards"]]
    assert "context-caregiver" not in plain


def test_a_dash_reads_one_question_a_line_and_prints_one_json_line_each(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "sys.stdin", io.StringIO("how do I price consulting\n\n  my job is too comfy \n")
    )
    assert cli_main(["search", "-", "-k", "2"]) == 0
    lines = capsys.readouterr().out.strip().split("\n")
    results = [json.loads(line) for line in lines]
    assert [r["query"] for r in results] == ["how do I price consulting", "my job is too comfy"]
    assert all(len(r["cards"]) == 2 for r in results)
    assert results[0]["cards"][0]["card"] == "pricing-client-work"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["search", "   "], "question is empty"),
        (["search", "x", "-k", "0"], "between 1 and 20"),
        (["search", "x", "-k", "many"], "whole number"),
        (["search", "x", "--context", "moon"], "caregiver"),
    ],
)
def test_bad_input_says_how_to_fix_it(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    try:
        status = cli_main(argv)
    except SystemExit as exc:  # argparse refuses bad options itself
        status = int(exc.code or 0)
    assert status == 2
    assert message in capsys.readouterr().err


def test_a_missing_model_says_how_to_fix_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PORTFOLIO_MODEL_DIR", str(tmp_path / "empty"))
    get_settings.cache_clear()
    assert cli_main(["search", "anything"]) == 2
    assert "make model" in capsys.readouterr().err
