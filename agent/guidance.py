"""The one factory for the guidance store, from the settings object."""

from __future__ import annotations

from typing import TYPE_CHECKING

from agent.settings import Settings

if TYPE_CHECKING:
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
