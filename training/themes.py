"""A theme adapter for the shipped encoder: more theme training, the safety check untouched.

    python -m training.themes --loao --folds FOLDS   # per left-out author (about 10 minutes)
    python -m training.themes --final                 # what the bot ships

Why: the encoder is trained for safety and themes together (training/finetune.py),
and the theme head learns from a fifth of the rows; training themes more moved the
safety figures the wrong way (docs/evaluation.md). A second encoder for themes read
them much better and cost 65 MiB more memory. This trains a low-rank update to the
encoder's linear layers (LoRA; under 3 MB) plus a theme head, with the encoder
itself frozen: the safety check reads the encoder as before, the matcher reads it
with the update (bot/embedding.py runs both from one set of weights).

Each fold starts from that fold's own encoder and theme head
(`training.finetune --loao --keep FOLDS`, trained without the left-out author), so
the figures stay out of sample; `--loao` writes bench/results/themes/loao-<author>.json
for bench/matcher_eval.py. `--final` starts from bot/models/ and writes
bot/models/themes.npz.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from bot.embedding import ADAPTER_PATH as ADAPTER
from bot.reading import fold
from training import corpus
from training.augment import Row
from training.finetune import (
    MODELS,
    RESULTS,
    _batches,
    _weights,
    agree,
    probabilities,
    warm_then_decay,
)
from training.model import ADAPTED, Encoder, adapt, adapter_state, batch, tuned

THEME_RESULTS = RESULTS / "themes"


class Settings:
    #: Which linear layers get an update (training/model.py's short names); what the bot
    #: ships must be the bot's graph's (training.model.ADAPTED).
    adapt = ADAPTED
    rank = 16
    epochs = 6
    lr = 5e-4
    head_lr = 1e-3
    batch = 32
    seed = 0


def training_rows(held: str | None) -> list[Row]:
    return [(a, label, fold(text)) for a, label, text in corpus.themes() if a != held]


def start(folder: Path) -> tuple[Encoder, nn.Linear]:
    """The encoder and theme head trained with the safety head (the adapter's start: with
    its update at zero, the adapted model reads exactly as they do)."""
    encoder = tuned(folder / "encoder.safetensors")
    head = nn.Linear(384, len(corpus.THEME_LABELS))
    with np.load(folder / "heads.npz") as stored:
        head.weight.data = torch.from_numpy(stored["theme_w"].T.copy())
        head.bias.data = torch.from_numpy(stored["theme_b"].copy())
    return encoder, head


def train(folder: Path, rows: list[Row], s: Settings) -> tuple[Encoder, nn.Linear]:
    """Every author weighs the same in the loss (the project wrote most of the lines)."""
    torch.manual_seed(s.seed)
    rng = random.Random(s.seed)
    encoder, head = start(folder)
    update = adapt(encoder, s.rank, s.adapt)
    optimiser = torch.optim.AdamW(
        [{"params": update, "lr": s.lr}, {"params": head.parameters(), "lr": s.head_lr}],
        weight_decay=0.01,
    )
    weights = _weights(rows, balance=True)
    schedule = warm_then_decay(optimiser, s.epochs * math.ceil(len(rows) / s.batch))
    for epoch in range(s.epochs):
        encoder.train()
        started, total = time.time(), 0.0
        batches = _batches(rows, s.batch, rng)
        for chosen in batches:
            ids, mask = batch([rows[i][2] for i in chosen])
            target = torch.tensor([corpus.THEME_LABELS.index(rows[i][1]) for i in chosen])
            weight = torch.tensor([weights[i] for i in chosen])
            loss = F.cross_entropy(head(encoder(ids, mask)), target, reduction="none") * weight
            loss.mean().backward()
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            total += float(loss.mean().detach())
        print(f"  epoch {epoch}: loss {total / len(batches):.3f} ({time.time() - started:.0f} s)")
    encoder.eval()
    return encoder, head


def leave_one_out(author: str, folds: Path, s: Settings, results: Path) -> None:
    rows = training_rows(author)
    print(f"adapting {folds / author} without {author}: {len(rows)} theme rows")
    encoder, head = train(folds / author, rows, s)
    mine = [fold(text) for a, _, text in corpus.themes() if a == author]
    probs = probabilities(encoder, head, mine)
    results.mkdir(parents=True, exist_ok=True)
    out = {
        "author": author,
        "theme_labels": corpus.THEME_LABELS,
        "themes": {
            t: [round(float(x), 5) for x in row] for t, row in zip(mine, probs, strict=True)
        },
    }
    path = results / f"loao-{author}.json"
    path.write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"wrote {path}")


def write_adapter(encoder: Encoder, head: nn.Linear, to: Path = ADAPTER) -> None:
    """What the bot reads (bot/model.py): the update for each adapted layer, the head."""
    arrays = {
        "head_w": head.weight.detach().numpy().T.astype(np.float32),
        "head_b": head.bias.detach().numpy().astype(np.float32),
        "labels": np.array(corpus.THEME_LABELS),
        **adapter_state(encoder),
    }
    np.savez(to, allow_pickle=False, **arrays)


def check(encoder: Encoder, head: nn.Linear) -> None:
    """The shipped file, read by the bot's numpy encoder, gives what torch gave."""
    from bot.embedding import Encoder as Runtime
    from bot.model import Model

    texts = [fold(t) for *_, t in corpus.themes()[::23]]
    got = Model(Runtime(runtime="numpy")).theme_probabilities(texts)
    agree(probabilities(encoder, head, texts), got)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--loao", action="store_true")
    parser.add_argument("--folds", type=Path, help="with --loao: training.finetune's --keep")
    parser.add_argument("--authors", default=",".join(corpus.AUTHORS))
    parser.add_argument("--final", action="store_true")
    parser.add_argument("--rank", type=int, default=Settings.rank)
    parser.add_argument("--adapt", default=",".join(ADAPTED), help="measure other layers")
    parser.add_argument("--epochs", type=int, default=Settings.epochs)
    parser.add_argument("--lr", type=float, default=Settings.lr)
    parser.add_argument("--seed", type=int, default=Settings.seed, help="to measure seed spread")
    parser.add_argument("--results", type=Path, default=THEME_RESULTS)
    args = parser.parse_args()
    torch.set_num_threads(2)
    s = Settings()
    s.rank, s.epochs, s.lr, s.seed = args.rank, args.epochs, args.lr, args.seed
    s.adapt = tuple(args.adapt.split(","))
    if args.final and s.adapt != ADAPTED:
        parser.error(f"the bot's graph takes updates for {ADAPTED} only")
    if args.loao:
        if args.folds is None:
            parser.error("--loao needs --folds (python -m training.finetune --loao --keep FOLDS)")
        for author in args.authors.split(","):
            leave_one_out(author, args.folds, s, args.results)
    if args.final:
        encoder, head = train(MODELS, training_rows(None), s)
        write_adapter(encoder, head)
        print(f"wrote {ADAPTER}")
        check(encoder, head)


if __name__ == "__main__":
    main()
