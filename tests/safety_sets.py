"""The labelled safety sets, read in one place by tests/test_safety.py and bench/safety_eval.py.

`safety.tsv` holds the 'tune' and 'report' halves (split<TAB>label<TAB>text); each later set is
its own file, `safety_fresh.tsv`, `safety_fresh2.tsv`, ... (label<TAB>text), named 'fresh',
'fresh2', ... in the order they were written. A new set joins by being added to the folder.
"""

from __future__ import annotations

import re
from pathlib import Path

DATA = Path(__file__).parent / "data"
HALVES = ("tune", "report")


def _order(path: Path) -> int:
    number = re.fullmatch(r"safety_fresh(\d*)", path.stem)
    assert number is not None, path
    return int(number.group(1) or 1)


#: split name -> file, oldest first; the last is the newest set.
FRESH: dict[str, Path] = {
    path.stem.removeprefix("safety_"): path
    for path in sorted(DATA.glob("safety_fresh*.tsv"), key=_order)
}


def _lines(path: Path) -> list[list[str]]:
    text = path.read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def rows() -> list[tuple[str, str, str]]:
    """Every labelled line as (split, label, text)."""
    out = [(split, label, text) for split, label, text in _lines(DATA / "safety.tsv")]
    for split, path in FRESH.items():
        out += [(split, label, text) for label, text in _lines(path)]
    return out


def everyday(half: int) -> list[str]:
    """Everyday actor lines written for the matcher (its examples and utterance sets, not the
    ones labelled distress), split in two halves by a hash of the text.

    Half 0 is in the learned layer's bank as ordinary examples; half 1 never is: it is the
    check of how often an everyday debrief answer is met with "are you okay?".
    """
    import tomllib
    import zlib

    with (DATA / "theme_examples.toml").open("rb") as fh:
        examples = tomllib.load(fh)
    label = {text: theme for theme, texts in examples.items() for text in texts}
    for path in sorted(DATA.glob("utterances*.tsv")):
        for theme, text in (row[-2:] for row in _lines(path)):
            label[text] = theme
    return [
        t
        for t, theme in label.items()
        if theme != "distress" and zlib.crc32(t.encode()) % 2 == half
    ]
