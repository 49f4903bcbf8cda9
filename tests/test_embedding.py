"""The numpy MiniLM encoder: sensible geometry, batch-invariant, and the shipped bank cache."""

from __future__ import annotations

import numpy as np
from bot.safety.embedding import VECTORS_PATH, load_exemplars

from bot.content.learned import VECTORS_PATH as THEME_VECTORS
from bot.content.learned import load_examples
from bot.embedding import groups_digest, shared_encoder


def test_paraphrases_are_nearer_than_unrelated_lines() -> None:
    v = shared_encoder().encode(
        ["I want to die", "I wish I was dead", "The cat sat on the mat", "I booked the job!"]
    )
    assert v[0] @ v[1] > 0.5
    assert v[0] @ v[2] < 0.2
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)


def test_a_batch_gives_the_same_vectors_as_one_at_a_time() -> None:
    texts = ["short", "a much longer line, with padding needed for the others in the batch"]
    encoder = shared_encoder()
    together = encoder.encode(texts)
    alone = np.stack([encoder.encode([t])[0] for t in texts])
    assert np.allclose(together, alone, atol=1e-5)


def test_shipped_bank_vectors_match_the_bank() -> None:
    # Fails when exemplars.toml or theme_examples.toml changes without regenerating:
    # python -m bot.safety.embedding; python -m bot.content.learned
    with np.load(VECTORS_PATH) as stored:
        assert str(stored["digest"]) == groups_digest(load_exemplars())
    with np.load(THEME_VECTORS) as stored:
        assert str(stored["digest"]) == groups_digest(load_examples())
