"""Does an int8 encoder keep the leave-one-author-out figures? Fold by fold.

The encoder's float32 graph spends its time in 36 matrix products; ONNX Runtime's
dynamic int8 quantisation makes them about 3x cheaper, and moves the vectors. The
performance issue keeps it only if the safety and matcher figures stay within one
point on every left-out author, so each fold is checked with its own model:

1. `python -m training.finetune --loao --keep FOLDS` writes each fold's model
   (FOLDS/<author>/encoder.safetensors, heads.npz), trained without that author.
2. This script builds each fold's graph as the bot builds it (bot/onnx_encoder.py),
   in float32 and in each int8 variant, and reads the left-out author's lines with
   it; the probabilities go to OUT/<variant>/loao-<author>.json, in the format
   training/finetune.py writes.
3. bench/safety_eval.py and bench/matcher_eval.py score each variant
   (`--results OUT/<variant>`); their per-author tables are printed one after the
   other, float32 first, so the differences are read against the same folds.

Run: python bench/quant_eval.py --folds FOLDS [--out /tmp/quant]

Written before the matcher had its adapter (training/themes.py): its matcher table
scores each fold's theme head without one.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.embedding import build_onnx, tokenizer, word_table  # noqa: E402
from bot.model import Head  # noqa: E402
from bot.onnx_encoder import OnnxRunner  # noqa: E402
from bot.reading import fold, parts  # noqa: E402
from training import corpus  # noqa: E402

#: Which products stay in float32, per variant (None: no quantisation).
VARIANTS: dict[str, tuple[str, ...] | None] = {
    "fp32": None,
    "int8-all": (),
    "int8-ffn-out-fp32": (".out.m",),
    "int8-qkv-inner": (".out.m", ".attended.m"),
    "int8-inner": (".out.m", ".attended.m", ".query.m", ".key.m", ".value.m"),
}


def quantise(source: Path, target: Path, keep_float: tuple[str, ...] = ()) -> Path:
    """An int8 copy of a built graph: ONNX Runtime's dynamic quantisation of the linear
    layers' products (weights int8 per output channel, each activation quantised as it
    arrives), except products whose names end with one of `keep_float`."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model = onnx.load(str(source), load_external_data=False)
    chosen = [
        n.name
        for n in model.graph.node
        if n.op_type == "MatMul" and n.input[1].endswith(".w") and not n.name.endswith(keep_float)
    ]
    quantize_dynamic(
        str(source),
        str(target),
        weight_type=QuantType.QInt8,
        per_channel=True,
        nodes_to_quantize=chosen,
    )
    return target


def heads(folder: Path) -> tuple[Head, Head]:
    with np.load(folder / "heads.npz") as stored:
        return (
            Head(stored["safety_w"], stored["safety_b"], tuple(stored["safety_labels"])),
            Head(stored["theme_w"], stored["theme_b"], tuple(stored["theme_labels"])),
        )


def read_all(runner: OnnxRunner, texts: list[str]) -> np.ndarray:
    ids = [tokenizer().encode(t).ids for t in texts]
    return np.concatenate([runner.vectors(ids[i : i + 32]) for i in range(0, len(ids), 32)])


def fold_results(author: str, folder: Path, graph: Path, fp32: Path) -> dict:
    """What this fold's model says about its left-out author, as finetune.py stores it."""
    safety_head, theme_head = heads(folder)
    runner = OnnxRunner(graph, word_table(), pack=graph == fp32)  # as bot/embedding.py
    safety = [r for r in corpus.safety() if r[0] == author]
    pieces = sorted({p for *_, text in safety for p in (fold(text), *map(fold, parts(text)))})
    themes = [fold(t) for a, _, t in corpus.themes() if a == author]
    safety_probs = safety_head.probabilities(read_all(runner, pieces))
    theme_probs = theme_head.probabilities(read_all(runner, themes))
    return {
        "author": author,
        "safety_labels": corpus.SAFETY_LABELS,
        "theme_labels": corpus.THEME_LABELS,
        "pieces": {
            p: [round(float(x), 5) for x in row]
            for p, row in zip(pieces, safety_probs, strict=True)
        },
        "themes": {
            t: [round(float(x), 5) for x in row] for t, row in zip(themes, theme_probs, strict=True)
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("/tmp/quant"))
    parser.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated")
    args = parser.parse_args()
    chosen = {v: VARIANTS[v] for v in args.variants.split(",")}
    for author in corpus.AUTHORS:
        folder = args.folds / author
        graphs = args.out / "graphs" / author
        graphs.mkdir(parents=True, exist_ok=True)
        fp32 = build_onnx(graphs / "encoder.onnx", tuned=folder / "encoder.safetensors")
        for variant, keep in chosen.items():
            graph = fp32
            if keep is not None:
                graph = quantise(fp32, graphs / f"{variant}.onnx", keep_float=keep)
            results = args.out / variant
            results.mkdir(parents=True, exist_ok=True)
            stored = fold_results(author, folder, graph, fp32)
            (results / f"loao-{author}.json").write_text(json.dumps(stored), encoding="utf-8")
            print(f"{author}: {variant} read", flush=True)
    for variant in chosen:
        for evaluation in ("safety_eval.py", "matcher_eval.py"):
            print(f"\n== {variant}: {evaluation}", flush=True)
            script = str(ROOT / "bench" / evaluation)
            results = str(args.out / variant)
            subprocess.run([sys.executable, script, "--results", results], check=True)


if __name__ == "__main__":
    main()
