"""What the benchmarks type and read: a 40-turn career reboot, and a small guidance store."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from benchmarks.common import REPO
from evals.conversations import ACADEMIC_REBOOT

#: A person with a university job, consulting and a podcast redesigning their week, typed as
#: a user would (a vague range, a skip, a correction, an undo), then four downloads: 40 turns.
REBOOT = [
    *ACADEMIC_REBOOT,
    *("pdf", "markdown", "ics", "json", "markdown", "pdf", "ics", "thanks"),
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
