"""Theme matchers compared: rules, learned (MiniLM nearness), and the hybrid.

Usage: python bench/matcher_eval.py [--cv] [--report]

--cv      five-fold cross-validation on the retired held-out lines (top-1 /
          precision when naming): where the learned matcher's settings and
          the hybrid's order come from.
--report  top-1 and precision-when-naming on every labelled set (SETS says which
          were tuned on), plus load and rank times.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.content import RuleMatcher
from bot.content import learned as learned_mod
from bot.content.learned import HybridMatcher, LearnedMatcher, load_examples
from bot.content.matcher import Matcher
from bot.embedding import shared_encoder

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
#: In the order they were written. utterances_holdout2 and utterances_fresh were held out
#: until they had been reported, then retired into tuning (RETIRED); utterances_fresh5 is
#: held out.
SETS = (
    "utterances.tsv",
    "utterances_holdout2.tsv",
    "utterances_fresh.tsv",
    "utterances_fresh2.tsv",
    "utterances_fresh3.tsv",
    "utterances_fresh4.tsv",
    "utterances_fresh5.tsv",
)


def load(name: str) -> list[tuple[set[str], str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, text = line.split("\t", 1)
            if label != "distress":
                rows.append((set(label.split("|")), text))
    return rows


def score(matcher: Matcher, rows: Sequence[tuple[set[str], str]]) -> tuple[float, float, int]:
    right = named = named_right = 0
    for labels, text in rows:
        ranking = matcher.rank([text])
        guess = ranking[0][0] if ranking else "none"
        right += guess in labels
        if guess != "none":
            named += 1
            named_right += guess in labels
    return right / len(rows), named_right / max(named, 1), named


#: "Rules if learned leans": the rules' theme only when the classifier gives it at least
#: this probability (shipped as HybridMatcher since the fifth set's round).
LEAN = learned_mod.LEAN
RETIRED = (
    "utterances_holdout2.tsv",
    "utterances_fresh.tsv",
    "utterances_fresh2.tsv",
    "utterances_fresh3.tsv",
    "utterances_fresh4.tsv",
)


def cross_validate() -> None:
    """Five folds over the retired held-out lines: each fold's lines are taken out of the
    examples, the classifier is trained on the rest and scored on them, alone, in front
    of the rules and behind them. Where PENALTY, SCALE, STEPS and MIN_PROBABILITY and the
    hybrid's order come from."""
    examples = load_examples()
    retired = [(next(iter(labels)), text) for name in RETIRED for labels, text in load(name)]
    fold_of = {text: i % 5 for i, (_, text) in enumerate(retired)}
    encoder = shared_encoder()
    texts = sorted({t for lines in examples.values() for t in lines} | set(fold_of))
    vector = dict(zip(texts, encoder.encode(texts).astype(np.float64), strict=True))
    rules = RuleMatcher()
    by_rules = {t: (rules.rank([t]) or [("none", 0.0)])[0][0] for _, t in retired}
    labels = list(examples)
    for penalty, scale, steps in itertools.product((0.001, 0.003, 0.01), (5.0, 10.0), (300, 1000)):
        probs: dict[str, np.ndarray] = {}
        for fold in range(5):
            train = [
                (i, vector[t])
                for i, label in enumerate(labels)
                for t in examples[label]
                if fold_of.get(t, -1) != fold
            ]
            x = np.stack([v for _, v in train]) * scale
            y = np.array([i for i, _ in train])
            weights, bias = learned_mod.train_softmax(x, y, len(labels), penalty, steps)
            for _, t in retired:
                if fold_of[t] == fold:
                    probs[t] = learned_mod.softmax(vector[t] * scale @ weights + bias)
        for floor in (0.35, 0.45, 0.55):
            line = [f"penalty {penalty} scale {scale} steps {steps} floor {floor:.2f}:"]
            for order in ("learned", "learned first", "rules first", "rules if learned leans"):
                right = named = named_right = 0
                for label, t in retired:
                    best = int(probs[t].argmax())
                    learned = labels[best] if probs[t][best] >= floor else "none"
                    ruled = by_rules[t]
                    if order == "learned":
                        guess = learned
                    elif order == "learned first":
                        guess = learned if learned != "none" else ruled
                    elif order == "rules if learned leans":
                        # The rules' theme only when the classifier gives it some weight too.
                        leans = ruled != "none" and probs[t][labels.index(ruled)] >= LEAN
                        guess = learned if learned != "none" else (ruled if leans else "none")
                    else:
                        guess = ruled if ruled != "none" else learned
                    right += guess == label
                    named += guess != "none"
                    named_right += guess != "none" and guess == label
                line.append(f"{order} {right / len(retired):.1%}/{named_right / max(named, 1):.1%}")
            print("  ".join(line))


def report() -> None:
    started = time.perf_counter()
    learned = LearnedMatcher()
    load_s = time.perf_counter() - started
    matchers: dict[str, Matcher] = {
        "rules": RuleMatcher(),
        "learned": learned,
        "hybrid": HybridMatcher(RuleMatcher(), learned),
    }
    for name in SETS:
        rows = load(name)
        for label, matcher in matchers.items():
            acc, prec, named = score(matcher, rows)
            shown = f"{named}/{len(rows)}"
            print(f"{name:26} {label:8} top-1 {acc:6.1%}  precision {prec:6.1%}  named {shown}")
    times = []
    for _, text in load("utterances_fresh.tsv")[:60]:
        t = time.perf_counter()
        learned.rank([text])
        times.append(time.perf_counter() - t)
    print(
        f"load {load_s:.2f} s (encoder + shipped example vectors); rank p50 "
        f"{statistics.median(times) * 1000:.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--report", action="store_true")
    args = parser.parse_args()
    if args.cv:
        cross_validate()
    if args.report:
        report()


if __name__ == "__main__":
    main()
