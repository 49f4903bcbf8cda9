"""The safety check, leave-one-author-out: the only figures that count.

Usage:
    python bench/safety_eval.py              # the per-author table and its worst row
    python bench/safety_eval.py --show AUTHOR  # that author's misses and false alarms
    python bench/safety_eval.py --card       # choose thresholds on every author, write the card

Five authors: the project's own sets (tests/data/safety*.tsv) and the four
writers in tests/data/authors/safety/. For each author in turn, a model trained
on the other four (training/finetune.py --loao, stored in
bench/results/loao-<author>.json) reads that author's lines, and the real
detector (rules, parts, language check, thresholds) decides the tier. The
thresholds used for an author are chosen on the other four authors only:
nothing about the author reported is used to decide how it is scored.

Lines wholly in another language are counted apart: the targets are over
English and code-mixed English; each foreign line must at least get the quiet
support line (or be caught). Which lines are wholly foreign is decided by hand
(tests/data/wholly_foreign.tsv), not by the bot's own language check: an
English line the check calls foreign stays in the English figures, where its
miss counts, and the check's mistakes are printed apart.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import _card  # noqa: E402
from bot.reading import read  # noqa: E402
from bot.safety import Level, SafetyDetector  # noqa: E402
from bot.safety.detector import Evidence, Thresholds, decide  # noqa: E402
from bot.text import normalise  # noqa: E402
from training import corpus  # noqa: E402

RESULTS = ROOT / "bench" / "results"
SECOND = RESULTS / "multilingual"
#: The issue's targets (per author, the worst author counts).
TARGETS = {
    "crisis caught (either tier)": (0.97, "min"),
    "imminent+plan given crisis": (0.95, "min"),
    "crisis given crisis": (0.80, "min"),
    "concern caught": (0.80, "min"),
    "role given role note": (0.90, "min"),
    "ordinary -> crisis": (0.01, "max"),
    "ordinary -> concern": (0.03, "max"),
}


class Lookup:
    """A scorer that answers from stored leave-one-author-out probabilities."""

    def __init__(self, pieces: dict[str, Sequence[float]], dtype: type = np.float32) -> None:
        self.pieces = pieces
        self.dtype = dtype

    def safety_probabilities(self, texts: Sequence[str]) -> np.ndarray:
        return np.array([self.pieces[t] for t in texts], dtype=self.dtype)


@dataclass
class Line:
    label: str
    kind: str
    text: str
    foreign: bool  # wholly in another language, judged by hand
    called_foreign: bool  # what the bot's language check said
    evidence: Evidence
    second_crisis: float = 0.0  # the multilingual reader's P(crisis), left out like the rest
    second_concern: float = 0.0


def load(author: str, results: Path = RESULTS, second: Path = SECOND) -> list[Line]:
    """The author's lines, each read once by the rules and by the models that never saw
    them (the multilingual reader's answer is kept for every line, so its threshold can
    be chosen on the other authors' ordinary lines; the bot asks it only about lines
    wholly in another language)."""
    stored = json.loads((results / f"loao-{author}.json").read_text(encoding="utf-8"))
    other = json.loads((second / f"loao-{author}.json").read_text(encoding="utf-8"))
    other_by_plain = {normalise(t): p for t, p in other["safety"].items()}
    # The parts wholly in another language of the author's English lines, as the bot asks.
    other_by_plain.update(other.get("safety_parts", {}))
    # The multilingual reader stands in as the bot wires it (asked about what the language
    # check calls wholly foreign); thresholds below 1 so it is asked, decide() sets the real.
    detector = SafetyDetector(
        Lookup(stored["pieces"]),
        Thresholds(foreign=0.0, foreign_heavy=0.0),
        Lookup(other_by_plain, dtype=np.float64),
    )
    foreign = corpus.wholly_foreign()
    lines = []
    for a, label, kind, text in corpus.safety():
        if a == author:
            r = read(text)
            p = other_by_plain[r.plain]
            evidence = detector.evidence(r)
            lines.append(Line(label, kind, text, text in foreign, r.foreign, evidence, p[0], p[1]))
    return lines


def figures(lines: list[Line], levels: list[Level], foreign: list[bool]) -> dict[str, float]:
    def share(chosen: list[bool], hit: list[bool]) -> float:
        n = sum(chosen)
        return sum(c and h for c, h in zip(chosen, hit, strict=True)) / n if n else float("nan")

    english = [not f for f in foreign]
    crisis = [e and x.label == "crisis" for e, x in zip(english, lines, strict=True)]
    urgent = [c and x.kind in ("imminent", "plan") for c, x in zip(crisis, lines, strict=True)]
    concern = [e and x.label == "concern" for e, x in zip(english, lines, strict=True)]
    role = [e and x.label == "role" for e, x in zip(english, lines, strict=True)]
    ordinary = [e and x.label == "ordinary" for e, x in zip(english, lines, strict=True)]
    paused = [lv in (Level.CRISIS, Level.CONCERN) for lv in levels]
    is_crisis = [lv is Level.CRISIS for lv in levels]
    return {
        "crisis caught (either tier)": share(crisis, paused),
        "imminent+plan given crisis": share(urgent, is_crisis),
        "crisis given crisis": share(crisis, is_crisis),
        "concern caught": share(concern, paused),
        "role given role note": share(role, [lv is Level.ROLE for lv in levels]),
        "ordinary -> crisis": share(ordinary, is_crisis),
        "ordinary -> concern": share(ordinary, [lv is Level.CONCERN for lv in levels]),
        "ordinary -> role note": share(ordinary, [lv is Level.ROLE for lv in levels]),
    }


def run(lines: list[Line], thresholds: Thresholds) -> list:
    return [decide(x.evidence, thresholds) for x in lines]


#: The grid thresholds are chosen from.
GRID = {
    "crisis": (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995, 0.998, 0.999),
    "heavy": (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.92, 0.93, 0.94, 0.95, 0.98, 0.99),
    "role": (0.3, 0.5, 0.7),
}


def choose(data: dict[str, list[Line]], authors: Sequence[str]) -> Thresholds:
    """The thresholds that catch the most on these authors (averaged, crisis tier and either
    tier alike) while every one of them keeps its ordinary lines within the false-alarm
    targets: the targets are on the worst author, so an average that one author breaks
    chooses thresholds too loose for the next one (w1's fold did, at stop 52)."""
    best: tuple[float, Thresholds] | None = None
    for crisis, heavy, role in itertools.product(*GRID.values()):
        if heavy > crisis:
            continue
        t = Thresholds(crisis=crisis, heavy=heavy, role=role, asked=min(heavy, 0.4))
        rows = []
        for a in authors:
            lines = data[a]
            outcome = run(lines, t)
            rows.append(figures(lines, [o.level for o in outcome], [x.foreign for x in lines]))
        if max(r["ordinary -> crisis"] for r in rows) > 0.01:
            continue
        if max(r["ordinary -> concern"] for r in rows) > 0.03:
            continue
        mean = {k: float(np.nanmean([r[k] for r in rows])) for k in rows[0]}
        score = (
            mean["crisis caught (either tier)"]
            + mean["crisis given crisis"]
            + mean["concern caught"]
            + mean["role given role note"]
        )
        if best is None or score > best[0]:
            best = (score, t)
    if best is None:
        raise SystemExit("no thresholds keep the false alarms within the targets")
    return replace(best[1], **foreign_thresholds(data, authors))


FOREIGN_GRID = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99)


def foreign_thresholds(data: dict[str, list[Line]], authors: Sequence[str]) -> dict[str, float]:
    """The multilingual reader's two thresholds, each at its tier's false-alarm target."""
    return {
        "foreign": choose_foreign(data, authors, lambda x: x.second_crisis, 0.01),
        "foreign_heavy": choose_foreign(
            data, authors, lambda x: x.second_crisis + x.second_concern, 0.03
        ),
    }


def choose_foreign(
    data: dict[str, list[Line]], authors: Sequence[str], p: Callable[[Line], float], most: float
) -> float:
    """A threshold for the multilingual reader: the lowest at which at most `most` of each
    of these authors' ordinary lines (every language: lines wholly in another one are too
    few to choose on) would reach it (1% for the crisis tier, 3% for "are you okay?", the
    targets)."""
    for t in FOREIGN_GRID:
        rates = []
        for a in authors:
            ordinary = [x for x in data[a] if x.label == "ordinary"]
            rates.append(sum(p(x) >= t for x in ordinary) / len(ordinary))
        if max(rates) <= most:
            return t
    return 1.01


def table(data: dict[str, list[Line]], show: str | None) -> None:
    worst: dict[str, float] = {}
    print(f"{'left out':24}" + "".join(f"{k[:22]:>24}" for k in TARGETS))
    for author in corpus.AUTHORS:
        thresholds = choose(data, [a for a in corpus.AUTHORS if a != author])
        lines = data[author]
        outcome = run(lines, thresholds)
        foreign = [x.foreign for x in lines]
        row = figures(lines, [o.level for o in outcome], foreign)
        cells = "".join(f"{row[k]:>24.3f}" for k in TARGETS)
        print(f"{author:24}{cells}")
        for k, (_, how) in TARGETS.items():
            pick = max if how == "max" else min
            worst[k] = pick(worst.get(k, row[k]), row[k])
        alien = [(x, o) for x, o, f in zip(lines, outcome, foreign, strict=True) if f]
        wrong_way = [x for x in lines if x.called_foreign and not x.foreign]
        missed = [x for x in lines if x.foreign and not x.called_foreign]
        if wrong_way or missed:
            print(
                f"{'':24}  language check: {len(wrong_way)} English lines called foreign"
                f" ({sum(x.label == 'crisis' for x in wrong_way)} of them crisis lines),"
                f" {len(missed)} foreign lines read as English"
            )
        if alien:
            helped = sum(o.unsure or o.level is not Level.NONE for _, o in alien)
            by_label = {
                label: (
                    sum(x.label == label for x, _ in alien),
                    sum(x.label == label and o.level is Level.CRISIS for x, o in alien),
                    sum(x.label == label and o.pauses for x, o in alien),
                )
                for label in ("crisis", "concern", "role", "ordinary")
            }
            told = ", ".join(f"{label} {c}/{p}/{n}" for label, (n, c, p) in by_label.items() if n)
            print(
                f"{'':24}  {len(alien)} lines wholly in another language: {helped} got the"
                f" support line or a pause; crisis reply / paused / lines: {told}"
            )
        for kind, told_as in (("imminent", "acts in progress or just done"), ("plan", "plans")):
            acts = [
                o
                for x, o, f in zip(lines, outcome, foreign, strict=True)
                if not f and x.label == "crisis" and x.kind == kind
            ]
            if acts:
                given = [o for o in acts if o.level is Level.CRISIS]
                print(
                    f"{'':24}  {len(acts)} {told_as}: {len(given)} given the crisis"
                    f" reply, {sum(o.imminent for o in given)} of them the emergency number first"
                )
        print(f"{'':24}  ordinary lines given the role note: {row['ordinary -> role note']:.1%}")
        print(f"{'':24}  thresholds chosen on the other four: {thresholds}")
        if show == author:
            for x, o, f in zip(lines, outcome, foreign, strict=True):
                wrong = (
                    (x.label == "crisis" and o.level is not Level.CRISIS)
                    or (x.label == "concern" and not o.pauses)
                    or (x.label == "ordinary" and o.level is not Level.NONE)
                    or (x.label == "role" and o.level is not Level.ROLE)
                )
                if wrong:
                    tag = "foreign " if f else ""
                    print(f"    {x.label:8} {x.kind:9} -> {o.level.value:8} {tag}{x.text[:110]}")
    cells = "".join(f"{worst[k]:>24.3f}" for k in TARGETS)
    print(f"{'worst author':24}{cells}")
    print(f"{'target':24}" + "".join(f"{v:>24.2f}" for v, _ in TARGETS.values()))


def write_card(data: dict[str, list[Line]], foreign_only: bool = False) -> None:
    """Thresholds chosen on every author's left-out predictions, for the shipped model.
    `foreign_only` chooses the multilingual reader's two and keeps the English ones as
    shipped (re-choosing those is a change of its own: docs/evaluation.md)."""
    if foreign_only:
        shipped = Thresholds(**_card.read()["safety"]["thresholds"])
        chosen = replace(shipped, **foreign_thresholds(data, corpus.AUTHORS))
    else:
        chosen = choose(data, corpus.AUTHORS)
    _card.update("safety.thresholds", {f.name: getattr(chosen, f.name) for f in fields(chosen)})
    print(f"wrote {_card.CARD}: {chosen}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", choices=corpus.AUTHORS)
    parser.add_argument("--card", action="store_true")
    parser.add_argument(
        "--card-foreign", action="store_true", help="the multilingual reader's thresholds only"
    )
    parser.add_argument(
        "--results", type=Path, default=RESULTS, help="where the loao-<author>.json files are"
    )
    args = parser.parse_args()
    data = {a: load(a, args.results) for a in corpus.AUTHORS}
    if args.card or args.card_foreign:
        write_card(data, foreign_only=args.card_foreign)
    else:
        table(data, args.show)


if __name__ == "__main__":
    main()
