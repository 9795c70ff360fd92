"""``portfolio-planner ingest``: build or refresh the guidance store from the card corpus."""

from __future__ import annotations

import argparse
import sys

HELP = "build or refresh the guidance store"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the ingest command."""
    parser.add_argument(
        "--rebuild", action="store_true", help="drop the store and embed every card again"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar")


def run(args: argparse.Namespace) -> int:
    """Ingest the corpus into the configured store; prints what changed."""
    from agent.guidance import open_guidance
    from agent.settings import get_settings
    from knowledge.cards import CardError
    from knowledge.embeddings import ModelMissingError

    settings = get_settings()
    try:
        store = open_guidance(settings, progress=not args.quiet)
        report = store.ingest(rebuild=args.rebuild)
    except (ModelMissingError, CardError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"Guidance store: {report}; {store.count()} passages stored.")
    return 0
