"""The theme matcher, leave-one-author-out.

Usage:
    python bench/matcher_eval.py           # per-author top-1, precision when naming, none kept none
    python bench/matcher_eval.py --show AUTHOR
    python bench/matcher_eval.py --card    # choose the settings on every author, write the card

For each author, the theme adapter and head of a model trained on the other four
(bench/results/themes/loao-<author>.json, from training/themes.py --loao) and the
multilingual reader's head fitted on the other four
(bench/results/multilingual/loao-<author>.json, from training/multilingual.py --loao)
read that author's lines, and the shipped HybridMatcher (the heads first, the rules
when they abstain) names a theme or none. Its settings, the readers' mix among them,
are chosen on the other four authors only.

top-1: the theme named first is the line's theme (a `none` line is right when
nothing is named). precision: of the lines given a theme, how many got theirs.
none: of the `none` lines, how many were given no theme.

The table counts every line. Lines wholly in another language (which the
English model cannot read) are also scored apart, beside the rest, so a low
top-1 can be told apart from a language the bot does not read.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import _card  # noqa: E402
from bot.content import learned as learned_module  # noqa: E402
from bot.content.learned import HybridMatcher, LearnedMatcher, Settings  # noqa: E402
from bot.content.rules import RuleMatcher  # noqa: E402
from bot.reading import fold, read  # noqa: E402
from bot.text import normalise  # noqa: E402
from training import corpus  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "themes"
SECOND = ROOT / "bench" / "results" / "multilingual"
TARGETS = {"top-1": (0.88, "min"), "precision": (0.90, "min"), "none kept none": (0.90, "min")}


class _Head:
    def __init__(self, labels: tuple[str, ...]) -> None:
        self.labels = labels


class _Stored:
    """Stands in for a reader: its left-out predictions, looked up by the text it is given
    (the English head is given the folded reading, the multilingual one the plain)."""

    def __init__(self, probs: dict[str, Sequence[float]]) -> None:
        self.probs = probs
        self.themes = _Head(corpus.THEME_LABELS)

    def theme_probabilities(self, texts: Sequence[str]) -> np.ndarray:
        return np.array([self.probs[t] for t in texts], dtype=np.float32)


Data = tuple[list[tuple[str, str]], _Stored, _Stored]


def load(author: str, results: Path = RESULTS, second: Path = SECOND) -> Data:
    stored = json.loads((results / f"loao-{author}.json").read_text(encoding="utf-8"))
    other = json.loads((second / f"loao-{author}.json").read_text(encoding="utf-8"))
    rows = [(label, text) for a, label, text in corpus.themes() if a == author]
    return (
        rows,
        _Stored({fold(t): p for t, p in stored["themes"].items()}),
        _Stored({normalise(t): p for t, p in other["themes"].items()}),
    )


class _Memo(RuleMatcher):
    """The rules' answers, kept: the grid asks about each line many times."""

    def __init__(self) -> None:
        super().__init__()
        self.known: dict[tuple[str, ...], list[tuple[str, float]]] = {}

    def rank(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        key = tuple(texts)
        if key not in self.known:
            self.known[key] = super().rank(texts)
        return self.known[key]


_RULES = _Memo()


def score(rows: list[tuple[str, str]], named: list[list[tuple[str, float]]]) -> dict[str, float]:
    right = named_n = named_right = none_n = none_kept = 0
    for (label, _), got in zip(rows, named, strict=True):
        first = got[0][0] if got else "none"
        right += first == label
        if got:
            named_n += 1
            named_right += first == label
        if label == "none":
            none_n += 1
            none_kept += not got
    return {
        "top-1": right / len(rows),
        "precision": named_right / named_n if named_n else float("nan"),
        "none kept none": none_kept / none_n if none_n else float("nan"),
    }


def run(data: Data, settings: Settings) -> list:
    rows, stored, second = data
    learned = LearnedMatcher(stored, settings, second)  # type: ignore[arg-type]
    matcher = HybridMatcher(_RULES, learned)
    return [matcher.rank([text]) for _, text in rows]


GRID = {
    "min_probability": (0.3, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9),
    "second": (0.2, 0.3),
    "lean": (0.1, 0.2, 0.3, 1.01),
    "mix": (0.0, 0.5, 0.7, 0.85, 1.0),
    "sure": (0.9, 0.95, 1.01),
    "overrule": (1e9, 3.0, 4.0),
}


def choose(data: dict, authors: Sequence[str]) -> Settings:
    """The settings that hold precision and "none" kept none to their targets on the most
    of these authors (the targets are minima: a mean let one author's 86% precision hide
    behind another's 96%), then the best worst top-1 among them, then the best mean."""
    best: tuple[tuple[int, float, float], Settings] | None = None
    for values in itertools.product(*GRID.values()):
        settings = Settings(**dict(zip(GRID, values, strict=True)))
        rows = [score(data[a][0], run(data[a], settings)) for a in authors]
        held = [min(r[k] for r in rows) >= TARGETS[k][0] for k in ("precision", "none kept none")]
        top = [r["top-1"] for r in rows]
        key = (sum(held), min(top), float(np.mean(top)))
        if best is None or key > best[0]:
            best = (key, settings)
    assert best is not None
    return best[1]


def table(data: dict, show: str | None) -> None:
    worst: dict[str, float] = {}
    print(f"{'left out':24}" + "".join(f"{k:>16}" for k in TARGETS))
    for author in corpus.AUTHORS:
        settings = choose(data, [a for a in corpus.AUTHORS if a != author])
        named = run(data[author], settings)
        row = score(data[author][0], named)
        print(f"{author:24}" + "".join(f"{row[k]:>16.3f}" for k in TARGETS))
        wholly = corpus.wholly_foreign()  # judged by hand, not by the bot's check
        foreign = [i for i, (_, text) in enumerate(data[author][0]) if text in wholly]
        if foreign:
            english = sorted(set(range(len(named))) - set(foreign))
            parts = []
            for name, chosen in (("wholly in another language", foreign), ("the rest", english)):
                part = score([data[author][0][i] for i in chosen], [named[i] for i in chosen])
                parts.append(f"{name} ({len(chosen)}): top-1 {part['top-1']:.3f}")
            print(f"{'':24}  " + "; ".join(parts))
        print(f"{'':24}  settings chosen on the other four: {settings}")
        for k in TARGETS:
            worst[k] = min(worst.get(k, row[k]), row[k])
        if show == author:
            for (label, text), got in zip(data[author][0], named, strict=True):
                first = got[0][0] if got else "none"
                if first != label:
                    print(f"    {label:15} -> {first:15} {text[:100]}")
    print(f"{'worst author':24}" + "".join(f"{worst[k]:>16.3f}" for k in TARGETS))
    print(f"{'target':24}" + "".join(f"{v:>16.2f}" for v, _ in TARGETS.values()))


def write_card(data: dict) -> None:
    chosen = choose(data, corpus.AUTHORS)
    _card.update("themes.settings", {k: getattr(chosen, k) for k in GRID})
    print(f"wrote {_card.CARD}: {chosen}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", choices=corpus.AUTHORS)
    parser.add_argument("--card", action="store_true")
    parser.add_argument(
        "--results", type=Path, default=RESULTS, help="where the loao-<author>.json files are"
    )
    parser.add_argument(
        "--second", type=Path, default=SECOND, help="where the multilingual reader's are"
    )
    args = parser.parse_args()
    # Every line is read hundreds of times over the grid: the bot's cache of recent readings
    # (512) is smaller than the project's 1,101 lines, so here, and only when run as the
    # bench, the reading is kept whole.
    learned_module.read = cache(read.__wrapped__)
    data = {a: load(a, args.results, args.second) for a in corpus.AUTHORS}
    if args.card:
        write_card(data)
    else:
        table(data, args.show)


if __name__ == "__main__":
    main()
