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
    from agent.settings import get_settings
    from knowledge.cards import CardError
    from knowledge.embeddings import ModelMissingError
    from knowledge.store import open_store

    settings = get_settings()
    try:
        store = open_store(
            settings.data_dir,
            settings.model_dir,
            chroma_host=settings.chroma_host,
            chroma_port=settings.chroma_port,
            progress=not args.quiet,
        )
        report = store.ingest(rebuild=args.rebuild)
    except (ModelMissingError, CardError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"Guidance store: {report}; {store.count()} passages stored.")
    return 0
