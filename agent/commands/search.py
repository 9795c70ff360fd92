"""``portfolio-planner search QUESTION``: read the guidance the planner would cite.

The search is the one the agent's ``search_guidance`` makes (same store, same ranking, the
agent's k unless ``-k`` says otherwise); ``--context`` is the asker's context, which ranks that
context's cards higher as the chat does for a plan in that context. With ``-`` as the question,
one question is read per line of standard input and one JSON line is printed for each.

Exit status: 0 answered, 2 a bad argument or a store that cannot be opened (the message says
how to fix it).
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from typing import Any

HELP = "search the guidance cards the way the planner does"
#: Characters of the passage shown in the text output (JSON carries it whole).
SHOWN_CHARS = 400
_CONTEXTS = ("caregiver", "corporate", "government", "activist", "tech", "general")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number; use e.g. -k 5") from None
    if not 1 <= value <= 20:
        raise argparse.ArgumentTypeError(f"{value} cards is out of range; use -k between 1 and 20")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of the search command."""
    from agent.tools.services import AGENT_K

    parser.add_argument("question", help="what to look up, in your own words; '-' reads stdin")
    parser.add_argument(
        "-k", type=_positive, default=AGENT_K, help=f"cards to show (default {AGENT_K})"
    )
    parser.add_argument(
        "--context", choices=_CONTEXTS, help="the asker's context: its cards rank higher"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def run(args: argparse.Namespace) -> int:
    """Answer the question (or every line of stdin) and print the cards found."""
    from agent.guidance import open_guidance
    from agent.settings import get_settings
    from agent.tools.services import GuidanceService
    from knowledge.cards import CardError
    from knowledge.embeddings import ModelMissingError

    batch = args.question == "-"
    if not batch and not args.question.strip():
        print(
            "error: the question is empty; type what you want to know, in quotes", file=sys.stderr
        )
        return 2
    settings = get_settings()
    try:
        store = open_guidance(settings, progress=not (batch or args.json))
        store.ensure_fresh()
    except (ModelMissingError, CardError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    service = GuidanceService(settings, store)
    prefer = [args.context] if args.context and args.context != "general" else None

    def answer(question: str) -> dict[str, Any]:
        hits = service.hits(question, prefer=prefer, k=args.k)
        return {"query": question, "context": args.context, "cards": [_card(h) for h in hits]}

    if batch:
        for line in sys.stdin:
            if line.strip():
                print(json.dumps(answer(line.strip()), ensure_ascii=False), flush=True)
        return 0
    result = answer(args.question.strip())
    print(json.dumps(result, indent=2, ensure_ascii=False) if args.json else _render(result))
    return 0


def _card(hit: Any) -> dict[str, Any]:
    return {
        "card": hit.card_id,
        "title": hit.title,
        "score": hit.score,
        "summary": hit.summary,
        "heading": hit.heading,
        "passage": hit.passage,
        "credit": hit.credit,
    }


def _render(result: dict[str, Any]) -> str:
    if not result["cards"]:
        return "No guidance card matches that question; try other words."
    blocks = []
    for rank, card in enumerate(result["cards"], start=1):
        passage = card["passage"]
        if len(passage) > SHOWN_CHARS:
            passage = passage[:SHOWN_CHARS].rsplit(" ", 1)[0] + " ..."
        lines = [f"{rank}. {card['title']} ({card['card']}, score {card['score']:.2f})"]
        lines += _wrapped(card["summary"])
        lines += _wrapped(f"{card['heading']}: {passage}")
        if card["credit"]:
            lines += _wrapped(f"Credit: {card['credit']}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _wrapped(text: str) -> list[str]:
    return textwrap.wrap(" ".join(text.split()), 96, initial_indent="   ", subsequent_indent="   ")
