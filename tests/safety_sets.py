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
