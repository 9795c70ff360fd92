"""What the benchmarks type and read: a 40-turn career reboot, and a small guidance store."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from benchmarks.common import REPO

#: A person with a university job, consulting and a podcast redesigning their week, typed as
#: a user would (a vague range, a skip, a correction, an undo), then four downloads: 40 turns.
REBOOT = [
    "hi",
    "I work at a university",
    "50",
    "none",
    "10k",
    "2k a month",
    "my university job, consulting and a podcast",
    "I work 35h at the uni for 45k, stable",
    "how to run a research group",
    "it drains me a bit",
    "10-15 hours",
    "£1,500 a month",
    "skip",
    "actually 10 hours",
    "clients' real problems",
    "I love it",
    "2 hours a week",
    "nothing yet",
    "go back",
    "nothing yet",
    "it varies",
    "interviewing and storytelling",
    "energising",
    "research, writing, teaching and data analysis",
    "writing and teaching",
    "teaching",
    "explaining research to people",
    "make consulting 8 hours",
    "yes",
    "yes",
    "yes",
    "yes",
    "yes",
    "yes",
    "pdf",
    "markdown",
    "ics",
    "json",
    "markdown",
    "thanks",
]


def small_corpus(folder: Path, cards: int = 10) -> Path:
    """A copy of the first ``cards`` guidance cards (quick runs embed fewer passages)."""
    folder.mkdir(parents=True, exist_ok=True)
    for card in sorted((REPO / "knowledge" / "corpus").glob("*.md"))[:cards]:
        shutil.copy(card, folder / card.name)
    return folder


def guidance_store(data_dir: Path, quick: bool) -> Any:
    """An ingested guidance store in ``data_dir``: the real corpus, or ten cards when quick.

    Ingest is untimed here; ``bench_retrieval`` measures it.
    """
    from agent.settings import get_settings
    from knowledge.store import open_store

    corpus = small_corpus(data_dir / "cards") if quick else None
    store = open_store(data_dir, get_settings().model_dir, corpus_dir=corpus, progress=False)
    store.ensure_fresh()
    return store
