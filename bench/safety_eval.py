"""Recall and false alarms of the safety detector on tests/data/safety.tsv.

Usage: python bench/safety_eval.py [--report] [--show tune|report]   (never --show fresh)

Three sets, each written before it was scored. `safety.tsv` was split in two:
'tune' rows informed the first rules, examples and thresholds; its 'report'
half was held out until its misses had been read, and has since been tuned on
too. `safety_fresh.tsv` was written after that, scored once untouched, and then
tuned on as well, and so were the later `safety_freshN.tsv` after their untouched
runs. A fresh set none of whose lines are in the learned layer's bank is held out:
--report scores it, --show it only after reporting, never while tuning. A new set
joins by being added to tests/data, written and committed before it is run.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np

from bot.safety import Level, SafetyDetector, reading
from bot.safety.embedding import ExemplarScorer, load_exemplars
from tests.safety_sets import FRESH, HALVES, everyday, rows


def _retired() -> tuple[str, ...]:
    """Fresh sets with lines in the learned layer's bank: tuned on."""
    bank = {text for lines in load_exemplars().values() for text in lines}
    return tuple(dict.fromkeys(s for s, _, text in rows() if s in FRESH and text in bank))


def _tier(label: str) -> str:
    """The learned layer's three groups: every crisis category is one, role lines are ordinary."""
    if label.startswith("crisis"):
        return "crisis"
    return "concern" if label == "concern" else "ordinary"


#: Fresh sets whose lines are in the learned layer's bank (tuned on), and those still held out.
RETIRED = _retired()
HELD_OUT = tuple(split for split in FRESH if split not in RETIRED)
#: Oldest first: the 'tune' and 'report' halves of safety.tsv, then each fresh set.
SPLITS = (*HALVES, *RETIRED, *HELD_OUT)


def evaluate(detector: SafetyDetector, split: str, show: bool) -> dict[str, str]:
    data = [(label, text) for s, label, text in rows() if s == split]
    got = [(label, text, detector.assess(text)) for label, text in data]
    crisis = [g for g in got if g[0].startswith("crisis")]
    concern = [g for g in got if g[0] == "concern"]
    ordinary = [g for g in got if g[0].startswith("ordinary") or g[0] == "role"]
    role = [g for g in got if g[0] == "role"]

    def count(items: list, *levels: Level) -> int:
        return sum(1 for g in items if g[2].level in levels)

    both = (Level.CRISIS, Level.CONCERN)
    n_ord = len(ordinary)
    if show:
        for label, text, a in got:
            wrong = (
                (label.startswith("crisis") and a.level not in both)
                or (label == "concern" and a.level not in both)
                or ((label.startswith("ordinary") or label == "role") and a.level in both)
                or (label == "role" and a.level is not Level.ROLE)
            )
            if wrong:
                print(f"  {label:22} -> {a.level.value:8} {a.reason:10} {text}")
    missed = Counter(g[0] for g in crisis if g[2].level not in both)
    return {
        "crisis lines caught by the crisis tier": f"{count(crisis, Level.CRISIS)}/{len(crisis)}",
        "crisis lines caught by either tier": f"{count(crisis, *both)}/{len(crisis)}",
        "concern lines caught by either tier": f"{count(concern, *both)}/{len(concern)}",
        "crisis-tier false alarms on ordinary lines": f"{count(ordinary, Level.CRISIS)}/{n_ord}",
        "concern-tier false alarms on ordinary lines": f"{count(ordinary, Level.CONCERN)}/{n_ord}",
        "role lines given the role note": f"{count(role, Level.ROLE)}/{len(role)}",
        "missed crisis categories": ", ".join(f"{k} {v}" for k, v in missed.items()) or "none",
    }


def cross_validate(prepared: bool) -> None:
    """Two-fold CV of the learned layer alone on the tuning rows (its thresholds come from here)."""
    tune = [(label, text) for s, label, text in rows() if s in ("tune", "report")]
    results = []
    for fold in (0, 1):
        bank: dict[str, list[str]] = {"crisis": [], "concern": [], "ordinary": []}
        for i, (label, text) in enumerate(tune):
            if i % 2 != fold:
                bank[_tier(label)].append(text)
        scorer = ExemplarScorer(bank)
        results += [
            (_tier(label), scorer.nearness(reading.prepare(text) if prepared else text))
            for i, (label, text) in enumerate(tune)
            if i % 2 == fold
        ]
    for margin in (0.0, 0.03, 0.04, 0.05, 0.06, 0.08, 0.12):
        line = [f"margin > {margin:.2f}:"]
        for name in ("crisis", "concern", "ordinary"):
            group = [n for k, n in results if k == name]
            hits = sum(n.heavy_margin > margin for n in group)
            line.append(f"{name} {hits}/{len(group)}")
        print("  ".join(line))


def leave_one_set_out() -> None:
    """The learned layer alone on each retired fresh set, with that set's lines taken out of
    the shipped bank: where CONCERN_MARGIN comes from (recall first).

    Gated as the detector gates it: at least MIN_WORDS words after preparing and no
    reassurance. Role lines count as ordinary.
    """
    from bot.embedding import shared_encoder
    from bot.safety.detector import MIN_WORDS
    from bot.safety.embedding import NEIGHBOURS

    data = [(split, _tier(label), text) for split, label, text in rows() if split in RETIRED]
    encoder = shared_encoder()
    bank = [(label, text) for label, lines in load_exemplars().items() for text in lines]
    vectors = encoder.encode([text for _, text in bank])
    bank_label = np.array([label for label, _ in bank])
    prepared = [reading.prepare(text) for _, _, text in data]
    queries = encoder.encode(prepared)
    gated = [
        len(p.split()) >= MIN_WORDS and not reading.is_reassurance(text)
        for p, (_, _, text) in zip(prepared, data, strict=True)
    ]
    margins = (0.0, 0.02, 0.03, 0.04, 0.05, 0.06)
    counts: dict[float, Counter[tuple[str, bool]]] = {m: Counter() for m in margins}

    for held in RETIRED:
        out = {text for split, _, text in data if split == held}
        keep = np.array([text not in out for _, text in bank])
        groups = {k: vectors[keep & (bank_label == k)] for k in ("crisis", "concern", "ordinary")}
        for i, ((split, label, _), query) in enumerate(zip(data, queries, strict=True)):
            if split != held:
                continue
            near = {k: float(np.sort(m @ query)[-NEIGHBOURS:].mean()) for k, m in groups.items()}
            heavy = max(near["crisis"], near["concern"]) - near["ordinary"]
            for margin in margins:
                counts[margin][(label, gated[i] and heavy > margin)] += 1
    for margin, c in counts.items():
        line = [f"concern margin {margin:.2f}:"]
        for label in ("crisis", "concern", "ordinary"):
            line.append(f"{label} {c[(label, True)]}/{c[(label, True)] + c[(label, False)]}")
        print("  ".join(line))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--show",
        choices=SPLITS,
        default=None,
    )
    parser.add_argument("--rules-only", action="store_true")
    parser.add_argument("--report", action="store_true", help="also count the held-out sets")
    parser.add_argument("--cv", action="store_true", help="cross-validate the learned layer")
    parser.add_argument("--prepared", action="store_true", help="--cv on reading.prepare(text)")
    parser.add_argument("--loso", action="store_true", help="leave one retired set out")
    args = parser.parse_args()
    if args.loso:
        leave_one_set_out()
        return
    if args.cv:
        cross_validate(args.prepared)
        return
    started = time.perf_counter()
    scorer = None if args.rules_only else ExemplarScorer()
    print(f"load: {time.perf_counter() - started:.2f} s")
    detector = SafetyDetector(scorer)
    for split in SPLITS if args.report else (*HALVES, *RETIRED):
        started = time.perf_counter()
        result = evaluate(detector, split, show=args.show == split)
        elapsed = time.perf_counter() - started
        print(f"[{split}] ({elapsed:.2f} s)")
        for key, value in result.items():
            print(f"  {key}: {value}")
    # Everyday actor lines the bank never holds: how often a debrief answer is met with a pause.
    lines = everyday(1)
    levels = Counter(detector.assess(text).level for text in lines)
    print(f"[everyday] ({len(lines)} lines never in the bank)")
    print(f"  crisis tier: {levels[Level.CRISIS]}/{len(lines)}")
    print(f"  concern tier: {levels[Level.CONCERN]}/{len(lines)}")


if __name__ == "__main__":
    main()
