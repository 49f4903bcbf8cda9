"""Fine-tune the encoder on every author's lines, with a safety head and a theme head.

    python -m training.finetune --loao            # one model per left-out author (about an hour)
    python -m training.finetune --final           # the model the bot ships, on every author

One encoder reads for both the safety check (crisis, concern, role, ordinary)
and the theme matcher (nine themes and none), so a message is encoded once.
`--loao` writes, for each author in turn, what a model trained on the other
authors says about that author's lines (bench/results/loao-<author>.json);
bench/safety_eval.py and bench/matcher_eval.py score those files, and choose
thresholds on the other authors only. `--final` trains on everything and
writes bot/models/ (the thresholds come from the leave-one-author-out files).

Run it on a quiet machine: torch uses both cores, and the figures in the card
depend on the seed, not on the machine.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from collections import Counter
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from safetensors.numpy import save_file
from torch import nn

from bot.reading import fold, parts
from training import augment, corpus, rescore
from training.augment import Row
from training.model import Encoder, batch, pretrained, tuned_state

RESULTS = corpus.ROOT / "bench" / "results"
MODELS = corpus.ROOT / "bot" / "models"


class Settings:
    epochs = 4
    lr = 5e-5
    head_lr = 1e-3
    batch = 32
    seed = 0
    #: Each author weighs the same in the loss: the project's own sets are most of the
    #: lines, and the point is to read people who write differently.
    balance_authors = True
    #: Averaged weights of this many runs with different seeds (a "model soup").
    soup = 1
    #: Surface variants of the training lines (training/augment.py): "" none, "themes" for
    #: the theme rows, "all" for the safety rows too (measured in docs/evaluation.md).
    augment = ""
    #: For a quick smoke run: at most this many training rows of each kind (0: all).
    limit = 0
    #: The theme rows are drawn this many times an epoch (each time shuffled anew): they
    #: are a fifth of the rows, and the theme head learns from them alone.
    theme_repeat = 1
    #: Label smoothing on the safety task (0: none, as shipped): an experiment against the
    #: folds' overconfidence on other authors' lines (docs/evaluation.md).
    label_smoothing = 0.0


def training_rows(held: str | None) -> tuple[list[Row], list[Row]]:
    """Safety and theme rows of every author but `held`, as the model reads them.

    Theme lines are everyday actor lines, so they are ordinary lines for the safety head
    too; the sentences of a long ordinary message are ordinary on their own as well (so
    reading a message in parts does not turn a clause into an alarm).
    """
    safety = [(a, label, text) for a, label, _, text in corpus.safety() if a != held]
    themes = [(a, label, text) for a, label, text in corpus.themes() if a != held]
    safety += [(a, "ordinary", text) for a, _, text in themes]
    extra = []
    for author, label, text in safety:
        if label == "ordinary":
            extra += [(author, "ordinary", p) for p in parts(text)]
    safety += extra
    return [(a, lab, fold(t)) for a, lab, t in safety], [(a, lab, fold(t)) for a, lab, t in themes]


def _weights(rows: list[Row], balance: bool) -> list[float]:
    per_author = Counter(a for a, _, _ in rows)
    if not balance:
        return [1.0] * len(rows)
    return [len(rows) / (len(per_author) * per_author[a]) for a, _, _ in rows]


def _batches(rows: list[Row], size: int, rng: random.Random) -> list[list[int]]:
    """Shuffled batches of similar length (less padding, same randomness)."""
    order = list(range(len(rows)))
    rng.shuffle(order)
    out = []
    for start in range(0, len(order), size * 20):
        chunk = sorted(order[start : start + size * 20], key=lambda i: len(rows[i][2]))
        out += [chunk[i : i + size] for i in range(0, len(chunk), size)]
    rng.shuffle(out)
    return out


def warm_then_decay(
    optimiser: torch.optim.Optimizer, steps: int
) -> torch.optim.lr_scheduler.LambdaLR:
    """The learning rate rises over the first tenth of the steps, then falls to zero."""
    warm = 0.1 * steps
    return torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda k: min(1.0, k / warm) * max(0.0, (steps - k) / (steps - warm))
    )


def train(safety: list[Row], themes: list[Row], s: Settings, seed: int) -> tuple:
    """One run; `seed` orders the batches and draws the dropout.

    Every run of a soup starts from the same heads (drawn with `s.seed`): averaged heads
    that started apart partly cancel, and a soup of three such runs read twice as unsure
    as any one of them (theme head's mean top probability 0.61 -> 0.42 on w1, measured).
    """
    torch.manual_seed(s.seed)
    rng = random.Random(seed)
    encoder = pretrained()
    safety_head = nn.Linear(384, len(corpus.SAFETY_LABELS))
    theme_head = nn.Linear(384, len(corpus.THEME_LABELS))
    if seed != s.seed:  # a one-run model draws exactly as before
        torch.manual_seed(seed)
    optimiser = torch.optim.AdamW(
        [
            {"params": [p for p in encoder.parameters() if p.requires_grad], "lr": s.lr},
            {"params": [*safety_head.parameters(), *theme_head.parameters()], "lr": s.head_lr},
        ],
        weight_decay=0.01,
    )
    sw, tw = _weights(safety, s.balance_authors), _weights(themes, s.balance_authors)
    counts = Counter(label for _, label, _ in safety)
    class_weight = torch.tensor(
        [(len(safety) / (4 * counts[c])) ** 0.5 for c in corpus.SAFETY_LABELS]
    )
    steps = s.epochs * (
        math.ceil(len(safety) / s.batch) + s.theme_repeat * math.ceil(len(themes) / s.batch)
    )
    schedule = warm_then_decay(optimiser, steps)
    for epoch in range(s.epochs):
        encoder.train()
        started, total = time.time(), 0.0
        jobs = [("s", b) for b in _batches(safety, s.batch, rng)]
        for _ in range(s.theme_repeat):
            jobs += [("t", b) for b in _batches(themes, s.batch, rng)]
        rng.shuffle(jobs)
        for task, chosen in jobs:
            rows, w, head = (safety, sw, safety_head) if task == "s" else (themes, tw, theme_head)
            labels = corpus.SAFETY_LABELS if task == "s" else corpus.THEME_LABELS
            ids, mask = batch([rows[i][2] for i in chosen])
            target = torch.tensor([labels.index(rows[i][1]) for i in chosen])
            weight = torch.tensor([w[i] for i in chosen])
            logits = head(encoder(ids, mask))
            loss = F.cross_entropy(
                logits,
                target,
                weight=class_weight if task == "s" else None,
                reduction="none",
                label_smoothing=s.label_smoothing if task == "s" else 0.0,
            )
            loss = (loss * weight).mean()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(encoder.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            total += loss.item()
        print(f"  epoch {epoch}: loss {total / len(jobs):.3f} ({time.time() - started:.0f} s)")
    encoder.eval()
    return encoder, safety_head, theme_head


def soup(models: list[tuple]) -> tuple:
    """Weights averaged over runs from the same start: one model, steadier than any run."""
    first = models[0]
    for part, module in enumerate(first):
        names = module.state_dict()
        module.load_state_dict(
            {k: sum(m[part].state_dict()[k].float() for m in models) / len(models) for k in names}
        )
    return first


def fit(held: str | None, s: Settings) -> tuple:
    safety, themes = training_rows(held)
    if s.limit:
        safety, themes = (
            safety[:: max(1, len(safety) // s.limit)],
            themes[:: max(1, len(themes) // s.limit)],
        )
    if s.augment:
        rng = random.Random(s.seed)
        if s.augment == "all":
            safety = [(a, lab, fold(t)) for a, lab, t in augment.safety_rows(safety, rng)]
        themes = [(a, lab, fold(t)) for a, lab, t in augment.theme_rows(themes, rng)]
    print(f"training without {held or 'nobody'}: {len(safety)} safety, {len(themes)} theme rows")
    return soup([train(safety, themes, s, s.seed + k) for k in range(s.soup)])


@torch.no_grad()
def probabilities(encoder: Encoder, head: nn.Linear, texts: list[str]) -> np.ndarray:
    out = np.zeros((len(texts), head.out_features), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    for start in range(0, len(order), 64):
        chosen = order[start : start + 64]
        ids, mask = batch([texts[i] for i in chosen])
        out[chosen] = head(encoder(ids, mask)).softmax(-1).numpy()
    return out


def leave_one_out(
    author: str, s: Settings, keep: Path | None = None, results: Path = RESULTS
) -> None:
    encoder, safety_head, theme_head = fit(author, s)
    if keep is not None:  # the fold's model, so a change of runtime can be re-checked
        write_model(encoder, safety_head, theme_head, keep / author)
    pieces = rescore.needed(author)  # what the detector asks the model about
    probs = probabilities(encoder, safety_head, pieces)
    themes = [r for r in corpus.themes() if r[0] == author]
    theme_probs = probabilities(encoder, theme_head, [fold(t) for *_, t in themes])
    results.mkdir(parents=True, exist_ok=True)
    out = {
        "author": author,
        "safety_labels": corpus.SAFETY_LABELS,
        "theme_labels": corpus.THEME_LABELS,
        "pieces": {
            p: [round(float(x), 5) for x in row] for p, row in zip(pieces, probs, strict=True)
        },
        "themes": {
            fold(t): [round(float(x), 5) for x in row]
            for (*_, t), row in zip(themes, theme_probs, strict=True)
        },
    }
    path = results / f"loao-{author}.json"
    path.write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"wrote {path}")


def final(s: Settings) -> None:
    encoder, safety_head, theme_head = fit(None, s)
    write_model(encoder, safety_head, theme_head, MODELS)
    print(f"wrote {MODELS}/encoder.safetensors and heads.npz")
    check(encoder, safety_head)


def write_model(encoder: Encoder, safety_head: nn.Linear, theme_head: nn.Linear, to: Path) -> None:
    """The files the bot reads (bot/model.py): the tuned layers and the two heads."""
    to.mkdir(parents=True, exist_ok=True)
    save_file(tuned_state(encoder), str(to / "encoder.safetensors"))
    np.savez(
        to / "heads.npz",
        safety_w=safety_head.weight.detach().numpy().T.astype(np.float32),
        safety_b=safety_head.bias.detach().numpy().astype(np.float32),
        theme_w=theme_head.weight.detach().numpy().T.astype(np.float32),
        theme_b=theme_head.bias.detach().numpy().astype(np.float32),
        safety_labels=np.array(corpus.SAFETY_LABELS),
        theme_labels=np.array(corpus.THEME_LABELS),
    )


def check(encoder: Encoder, head: nn.Linear) -> None:
    """The shipped files, read by the bot's numpy encoder, give what torch gave: a wrong
    layout or name would otherwise ship a model that means something else."""
    from bot.model import Model

    texts = [fold(t) for *_, t in corpus.safety()[::41]]
    agree(probabilities(encoder, head, texts), Model().safety_probabilities(texts))


def agree(torch_read: np.ndarray, numpy_read: np.ndarray) -> None:
    """Stop unless the bot's reading of the written files is training's reading."""
    gap = float(np.abs(torch_read - numpy_read).max())
    print(f"numpy against torch on {len(torch_read)} lines: largest difference {gap:.2e}")
    if gap > 2e-2:
        raise SystemExit("the shipped weights do not read the same in numpy")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--loao", action="store_true")
    parser.add_argument("--authors", default=",".join(corpus.AUTHORS))
    parser.add_argument("--final", action="store_true")
    parser.add_argument("--epochs", type=int, default=Settings.epochs)
    parser.add_argument("--soup", type=int, default=Settings.soup)
    parser.add_argument("--seed", type=int, default=Settings.seed, help="to measure seed spread")
    parser.add_argument(
        "--augment",
        choices=("", "themes", "all"),
        default="",
        help="which rows get surface variants",
    )
    parser.add_argument("--limit", type=int, default=0, help="smoke test: rows per kind")
    parser.add_argument("--theme-repeat", type=int, default=Settings.theme_repeat)
    parser.add_argument("--label-smoothing", type=float, default=Settings.label_smoothing)
    parser.add_argument(
        "--results", type=Path, default=RESULTS, help="with --loao: where the predictions go"
    )
    parser.add_argument(
        "--keep", type=Path, help="with --loao: write each fold's model to KEEP/<author>/"
    )
    args = parser.parse_args()
    torch.set_num_threads(2)
    s = Settings()
    s.epochs, s.soup, s.limit = args.epochs, args.soup, args.limit
    s.augment = args.augment
    s.theme_repeat = args.theme_repeat
    s.label_smoothing = args.label_smoothing
    s.seed = args.seed
    if args.loao:
        for author in args.authors.split(","):
            leave_one_out(author, s, args.keep, args.results)
    if args.final:
        final(s)


if __name__ == "__main__":
    main()
