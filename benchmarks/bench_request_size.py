"""LLM request size: prompt tokens per request at turns 1, 20, 40 and 60 of a conversation,
with the full tool profile and with the compact one (``PORTFOLIO_TOOLS``) for small models.

    python -m benchmarks.bench_request_size [--quick] [--json FILE]

The session facade talks to the local OpenAI-compatible stub (``tests/support/openai_stub.py``)
as it would to any endpoint. The stub answers each user message with a ``search_guidance``
call and each tool result with a reply of a few sentences, so the history grows as a real
conversation's does. Baseline of the full profile: a naive ``create_agent`` with the same tools
and system prompt that sends the full history every time; of the compact profile: the full
profile in the same conversation. Tokens are estimated as characters / 4 of the messages and
tool schemas sent (the product's own estimate; no tokenizer is downloaded). Figure per turn:
the largest request of that turn. Targets: <= 5,000 at turn 40 (full), <= 2,500 at turn 40 and
<= 1,200 of tool schemas (compact).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.common import REPO, Row, cli, judge, summary

TODAY = dt.date(2026, 11, 22)
TURNS = (1, 20, 40, 60)
TARGET_TOKENS = 5000.0
COMPACT_TARGET_TOKENS = 2500.0
COMPACT_SCHEMA_TARGET = 1200.0
TOPICS = ["my day job", "client work", "a newsletter", "a course", "caring for my dad",
          "pricing", "burnout", "a pilot project", "savings", "the quarterly review"]  # fmt: skip


def user_text(rng: random.Random, turn: int) -> str:
    """A user message of 15-40 words about one of the topics."""
    topic = rng.choice(TOPICS)
    words = " ".join(rng.choice(["really", "maybe", "often", "each week", "lately", "also"])
                     for _ in range(rng.randint(5, 25)))  # fmt: skip
    return f"Turn {turn}: what should I do about {topic}? I think {words} it matters to me."


def reply_for(body: dict[str, Any]) -> Any:
    """The stub's answer: a search after a user message, a short reply after a tool result."""
    from tests.support.openai_stub import Reply

    last = body["messages"][-1]
    if last.get("role") == "user":
        return Reply.tool("search_guidance", {"query": str(last.get("content", ""))[:200]})
    return Reply.text("Here is what the guidance suggests for your situation. " * 6)


class CardGuidance:
    """Guidance search without embeddings: three real cards as the store returns them (summary,
    first sections, credit)."""

    def __init__(self) -> None:
        from knowledge.cards import load_cards

        self.cards = load_cards(REPO / "knowledge" / "corpus")

    def search(self, query: str, k: int = 4, **_: Any) -> list[dict[str, Any]]:
        """``k`` cards chosen by the query's length (deterministic, varied)."""
        start = len(query) % len(self.cards)
        picked = (self.cards[(start + i) % len(self.cards)] for i in range(k))
        return [{"card_id": c.id, "title": c.title, "summary": c.summary,
                 "passage": c.body[:600], "credit": c.credit} for c in picked]  # fmt: skip


def request_tokens(body: dict[str, Any]) -> int:
    """Estimated prompt tokens of one recorded request."""
    from agent.history import estimate_tokens

    sent = json.dumps(body.get("messages", [])) + json.dumps(body.get("tools", []))
    return estimate_tokens(sent)


def schema_tokens(body: dict[str, Any]) -> int:
    """Estimated tokens of the tool schemas alone in one request."""
    from agent.history import estimate_tokens

    return estimate_tokens(json.dumps(body.get("tools", [])))


def largest_per_turn(requests: Sequence[dict[str, Any]], bounds: Sequence[int]) -> list[int]:
    """The largest request of each turn; ``bounds[i]`` is the first request of turn i+1."""
    ends = [*bounds[1:], len(requests)]
    return [
        max(request_tokens(r) for r in requests[a:b]) for a, b in zip(bounds, ends, strict=True)
    ]


def converse(say: Callable[[str], None], stub: Any, seed: int, turns: int) -> list[int]:
    """Run ``turns`` user turns; the largest request (tokens) of each."""
    rng = random.Random(seed)
    bounds = []
    for turn in range(1, turns + 1):
        bounds.append(len(stub.requests))
        say(user_text(rng, turn))
    return largest_per_turn(stub.requests, bounds)


def product(data_dir: Path, stub: Any, tools: str = "full") -> Callable[[str], None]:
    """The session facade with an OpenAI-compatible model at the stub, in a tool profile."""
    from agent.session import PlannerSession
    from agent.settings import Settings

    settings = Settings(data_dir=data_dir, provider="openai", openai_base_url=stub.base_url,
                        openai_api_key="bench", llm_model="stub", tool_profile=tools)  # fmt: skip
    session = PlannerSession.create(settings, guidance=CardGuidance(), today=lambda: TODAY)

    def say(text: str) -> None:
        for _ in session.turn(text):
            pass

    return say


def naive(data_dir: Path, stub: Any) -> Callable[[str], None]:
    """A plain agent with the same tools shown and prompt that sends the whole history each
    time."""
    from langchain.agents import create_agent
    from langchain_openai import ChatOpenAI

    from agent.history import summarise_plan
    from agent.prompts import system_prompt
    from agent.session import PlannerSession
    from agent.settings import Settings
    from agent.tools import build_tools
    from agent.tools.shown import shown_tools

    context = PlannerSession.create(Settings(data_dir=data_dir), guidance=CardGuidance(),
                                    today=lambda: TODAY)  # fmt: skip
    model = ChatOpenAI(model="stub", base_url=stub.base_url, api_key="bench", max_retries=0)
    agent = create_agent(model, shown_tools(build_tools(context, lambda: context.plan)),
                         system_prompt=system_prompt(summarise_plan(context.plan)))  # fmt: skip
    history: list[Any] = []

    def say(text: str) -> None:
        result = agent.invoke({"messages": [*history, {"role": "user", "content": text}]})
        history[:] = result["messages"]

    return say


def measure(quick: bool) -> list[Row]:
    """Largest request per turn at the chosen turns, product beside naive, over seeds."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from tests.support.openai_stub import OpenAIStub

    seeds = [1] if quick else [1, 2, 3]
    runs = {"full": _by_turn(), "compact": _by_turn(), "naive": _by_turn()}
    schemas: dict[str, list[float]] = {"full": [], "compact": []}
    with tempfile.TemporaryDirectory() as tmp:
        for seed in seeds:
            for name in runs:
                with OpenAIStub(reply_for) as stub:
                    folder = Path(tmp) / f"{name}{seed}"
                    say = naive(folder, stub) if name == "naive" else product(folder, stub, name)
                    sizes = converse(say, stub, seed, max(TURNS))
                for turn in TURNS:
                    runs[name][turn].append(float(sizes[turn - 1]))
                if name in schemas:
                    schemas[name].append(float(schema_tokens(stub.requests[-1])))
    rows = _turn_rows("", runs["full"], runs["naive"], "naive agent, full history", TARGET_TOKENS)
    rows.append(_schema_row("of which tool schemas (every request)", schemas["full"], None))
    rows += _turn_rows("compact tools: ", runs["compact"], runs["full"],
                       "full tools, same conversation", COMPACT_TARGET_TOKENS)  # fmt: skip
    rows.append(_schema_row("compact tools: of which tool schemas", schemas["compact"],
                            COMPACT_SCHEMA_TARGET))  # fmt: skip
    return rows


def _by_turn() -> dict[int, list[float]]:
    return {t: [] for t in TURNS}


def _turn_rows(prefix: str, ours: dict[int, list[float]], base: dict[int, list[float]],
               baseline: str, target_tokens: float) -> list[Row]:  # fmt: skip
    """One row per measured turn, with the target at turn 40."""
    rows = []
    for turn in TURNS:
        p50, p95 = summary(ours[turn])
        b50, b95 = summary(base[turn])
        target = f"<= {target_tokens:,.0f}" if turn == 40 else ""
        rows.append(Row(area="LLM request size", measure=f"{prefix}prompt tokens, turn {turn}",
                        unit="tokens", median=p50, p95=p95, runs=len(ours[turn]),
                        baseline=baseline, baseline_median=b50, baseline_p95=b95,
                        target=target,
                        status=judge(p95, target_tokens) if target else ""))  # fmt: skip
    return rows


def _schema_row(measure: str, samples: list[float], target: float | None) -> Row:
    """The tool schemas' tokens (the same in every request of a run)."""
    return Row(area="LLM request size", measure=measure, unit="tokens", median=samples[0],
               p95=max(samples), runs=len(samples),
               target=f"<= {target:,.0f}" if target else "",
               status=judge(max(samples), target) if target else "")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    return cli(measure, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
