"""The one factory for the guidance store, from the settings object, and the web app's
warm-up of what a process loads once."""

from __future__ import annotations

import gc
import importlib
import logging
import threading
from typing import TYPE_CHECKING, Any

from agent.settings import Settings

if TYPE_CHECKING:
    from knowledge.retrieval_eval import Ranker
    from knowledge.store import GuidanceStore


def open_guidance(settings: Settings, *, progress: bool = False) -> GuidanceStore:
    """The guidance store these settings name: a Chroma server when ``CHROMA_HOST`` is set,
    else the embedded store under ``settings.guidance_root``. Raises ``ModelMissingError``
    (saying how to fix it) when the embedding model is not installed."""
    from knowledge.store import open_store

    return open_store(
        settings.guidance_root,
        settings.model_dir,
        chroma_host=settings.chroma_host,
        chroma_port=settings.chroma_port,
        progress=progress,
    )


_SHARED: dict[tuple[str, str, str | None, int], Any] = {}
_SHARED_LOCK = threading.Lock()


def shared_store(settings: Settings) -> Any:
    """The guidance store for these settings, opened once per process and shared by its
    sessions (opening one took ~0.1-0.5 s of a session's first search). Each new session
    has it compare the corpus with the store again, so a card changed on disk is still
    picked up by the next session."""
    key = (str(settings.guidance_root), str(settings.model_dir), settings.chroma_host,
           settings.chroma_port)  # fmt: skip
    with _SHARED_LOCK:
        store = _SHARED.get(key)
        if store is None:
            store = _SHARED[key] = open_guidance(settings)
        else:
            store.recheck()
        return store


def _warm_cv_reader(settings: Settings) -> None:
    """Embed the skills taxonomy's prototypes, so the first CV upload does not wait for it."""
    from agent.tools.services import cv_embedder
    from knowledge.cv import warm_up

    embedder = cv_embedder(settings.model_dir)
    if embedder is not None:
        warm_up(embedder)


#: What a session's turns import on first use: the agent loop (LangChain's agent factory and
#: LangGraph), the guided interviewer's reading layer, the PDF and calendar renderers' libraries
#: (about 0.3 s of a first turn and a first download in all).
TURN_MODULES = (
    "agent.session",
    "agent.loop",
    "agent.interviewer.reading",
    "agent.plan.exports.pdf",
    "agent.plan.exports.ics",
)


def warm_up(settings: Settings) -> None:
    """Load what a process loads once, before a turn needs it: the modules of a turn and of
    the downloads imported, the tools' schemas made, the shared store brought up to date with
    the corpus, the CV reader's taxonomy embedded; then set the long-lived objects apart from
    the garbage collector (:func:`settle_long_lived`), which is done even when the store cannot
    open. Raises what opening the store raises (e.g. ``ModelMissingError``)."""
    from agent.tools.core import make_schemas

    for module in TURN_MODULES:
        importlib.import_module(module)
    make_schemas()
    try:
        shared_store(settings).ensure_fresh()
        _warm_cv_reader(settings)
    finally:
        settle_long_lived()


def settle_long_lived() -> None:
    """Collect once, then move every object alive now out of the collector's later passes
    (``gc.freeze``). The store, the embedding model, the taxonomy and the modules loaded are
    some 200,000 objects that live as long as the process; a full collection walked them all,
    a pause of about 100 ms in whichever turn it fell. What is frozen is never collected as a
    cycle, so this runs once the process-wide loads are done, when little else is alive."""
    gc.collect()
    gc.freeze()


def warm_up_in_background(settings: Settings) -> threading.Thread:
    """Run :func:`warm_up` in a daemon thread, so the first guidance search of a freshly
    installed app does not wait for the corpus to be embedded. A failure (e.g. a missing model)
    is logged; searches then report it themselves."""

    def warm() -> None:
        try:
            warm_up(settings)
        except Exception as exc:  # the chat still works without guidance
            logging.getLogger(__name__).warning("guidance store not ready: %s", exc)

    thread = threading.Thread(target=warm, name="guidance-warm-up", daemon=True)
    thread.start()
    return thread


def retrieval_rankers(
    settings: Settings, store: GuidanceStore
) -> tuple[list[tuple[str, Ranker]], list[str], int]:
    """What the retrieval evaluation scores, and at which k: the agent's own search (the very
    call ``search_guidance`` makes, through the same service, at the agent's k), the store's
    dense views alone, and BM25 over whole cards; with the corpus's card ids."""
    from agent.tools.services import AGENT_K, GuidanceService
    from knowledge.cards import load_cards
    from knowledge.retrieval_eval import Question, bm25_ranker

    service = GuidanceService(settings, store)
    cards = load_cards(store.corpus_dir)

    def prefer(question: Question) -> list[str] | None:
        # The asker's context reaches the search as the session passes the plan's context.
        return [question.context] if question.context else None

    def agent(question: Question) -> list[str]:
        return [hit.card_id for hit in service.hits(question.q, prefer=prefer(question))]

    def dense(question: Question) -> list[str]:
        ranked = store.rank(question.q, prefer=prefer(question), lexical_weight=0.0)
        return [card_id for card_id, _ in ranked]

    rankers: list[tuple[str, Ranker]] = [
        (f"agent search (search_guidance, k={AGENT_K})", agent),
        ("dense views alone", dense),
        ("BM25 over whole cards", bm25_ranker(cards)),
    ]
    return rankers, [card.id for card in cards], AGENT_K
