"""The offline embedder: shape, norm, determinism, meaning, and a clear missing-model error."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from agent.settings import get_settings
from knowledge.embeddings import DIMENSIONS, Embedder, ModelMissingError, load_embedder


@pytest.fixture
def embedder() -> Embedder:
    return load_embedder(get_settings().model_dir)


def test_vectors_are_float32_normalised_and_384_wide(embedder: Embedder) -> None:
    vectors = embedder.embed(["An anchor job pays the rent.", "Seed experiments are cheap."])
    assert vectors.shape == (2, DIMENSIONS)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_same_text_gives_same_vector_whatever_the_batch(embedder: Embedder) -> None:
    text = "Review every stream each quarter."
    alone = embedder.embed([text])[0]
    padded = embedder.embed(["a much longer sentence " * 20, text, "x"])[1]
    again = embedder.embed([text])[0]
    np.testing.assert_array_equal(alone, again)
    # Padding to a longer neighbour must not change the vector: the mask excludes pad tokens.
    np.testing.assert_allclose(alone, padded, atol=1e-5)


def test_similar_sentences_are_closer_than_unrelated_ones(embedder: Embedder) -> None:
    a, b, c = embedder.embed(
        [
            "I want to keep my salaried job while building a consulting practice.",
            "Holding on to employment as I start freelance client work.",
            "The recipe needs two eggs and a cup of flour.",
        ]
    )
    assert float(a @ b) > float(a @ c) + 0.2


def test_batches_split_and_join_in_order() -> None:
    small = Embedder(get_settings().model_dir, batch_size=2)
    texts = [f"stream number {i}" for i in range(5)]
    np.testing.assert_allclose(
        small.embed(texts), load_embedder(small.model_dir).embed(texts), atol=1e-5
    )


def test_long_text_is_truncated_not_refused(embedder: Embedder) -> None:
    vectors = embedder.embed(["word " * 2000])
    assert vectors.shape == (1, DIMENSIONS)
    assert np.isfinite(vectors).all()


def test_empty_input_gives_empty_matrix(embedder: Embedder) -> None:
    assert embedder.embed([]).shape == (0, DIMENSIONS)


def test_a_bare_string_is_refused(embedder: Embedder) -> None:
    with pytest.raises(TypeError, match="sequence of texts"):
        embedder.embed("not a list")


def test_loader_caches_per_path(embedder: Embedder) -> None:
    assert load_embedder(get_settings().model_dir) is embedder


def test_missing_model_says_how_to_fix(tmp_path: Path) -> None:
    with pytest.raises(ModelMissingError) as caught:
        load_embedder(tmp_path / "nowhere")
    message = str(caught.value)
    assert "make model" in message
    assert "PORTFOLIO_MODEL_DIR" in message
    assert "model.onnx" in message


def test_chroma_function_round_trips_its_config() -> None:
    from chromadb.utils.embedding_functions import known_embedding_functions

    from knowledge.chroma_embedding import LocalMiniLM

    function = LocalMiniLM(get_settings().model_dir)
    assert known_embedding_functions[LocalMiniLM.name()] is LocalMiniLM
    rebuilt = LocalMiniLM.build_from_config(function.get_config())
    assert rebuilt.get_config() == function.get_config()
    assert not function.is_legacy()
    vectors = rebuilt(["a portfolio of work"])
    assert len(vectors) == 1
    assert len(vectors[0]) == DIMENSIONS
