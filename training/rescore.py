"""Store the folds' answers for what the detector now reads, without training again.

    python -m training.rescore --folds FOLDS   # FOLDS: training.finetune --loao --keep

A change to how a message is read (its parts, what a reassurance leaves) asks the
model about texts the stored leave-one-author-out predictions do not have. Training
the five folds again takes 40 minutes and gives the same models only on the torch they
were trained with (there the stored answers reproduced to the fifth decimal; torch
2.14.1 moved them by a median of 0.004-0.020, docs/evaluation.md); this asks each kept
fold, through the bot's own numpy encoder, about the new texts only. Answers already
stored stay as they are, texts no longer read are dropped, and the theme answers are
left alone.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from bot.embedding import Encoder
from bot.model import Model
from bot.reading import read
from bot.safety.detector import model_texts
from training import corpus

RESULTS = corpus.ROOT / "bench" / "results"


def fold_model(folds: Path, author: str) -> Model:
    """The model trained without `author`, as the bot would run it (numpy, no adapter)."""
    d = folds / author
    encoder = Encoder(tuned=d / "encoder.safetensors", runtime="numpy", adapter=None)
    return Model(encoder=encoder, heads=d / "heads.npz", adapter=d / "no-adapter")


def needed(author: str) -> list[str]:
    """What the detector asks the model about for this author's lines: their pieces and
    what a reassurance leaves (`model_texts`). training.finetune stores exactly these."""
    readings = [read(text) for a, _, _, text in corpus.safety() if a == author]
    return sorted({p for r in readings for p in (*r.pieces, *model_texts(r))})


def rescore(author: str, folds: Path, results: Path = RESULTS) -> tuple[int, int]:
    """(texts scored anew, texts dropped)."""
    path = results / f"loao-{author}.json"
    stored = json.loads(path.read_text(encoding="utf-8"))
    wanted = needed(author)
    missing = [t for t in wanted if t not in stored["pieces"]]
    dropped = len(set(stored["pieces"]) - set(wanted))
    fresh = fold_model(folds, author).safety_probabilities(missing) if missing else np.zeros((0, 4))
    pieces = {t: stored["pieces"][t] for t in wanted if t in stored["pieces"]}
    for text, row in zip(missing, fresh, strict=True):
        pieces[text] = [round(float(x), 5) for x in row]
    stored["pieces"] = dict(sorted(pieces.items()))
    path.write_text(json.dumps(stored, ensure_ascii=False, indent=0), encoding="utf-8")
    return len(missing), dropped


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=Path, required=True, help="training.finetune's --keep")
    parser.add_argument("--authors", default=",".join(corpus.AUTHORS))
    parser.add_argument("--results", type=Path, default=RESULTS)
    args = parser.parse_args()
    for author in args.authors.split(","):
        scored, dropped = rescore(author, args.folds, args.results)
        print(f"{author}: {scored} texts scored anew, {dropped} no longer read")


if __name__ == "__main__":
    main()
