"""bot/models/card.toml: what the benches chose, in one small file the bot reads."""

from __future__ import annotations

import tomllib
from pathlib import Path

CARD = Path(__file__).resolve().parent.parent / "bot" / "models" / "card.toml"
HEADER = (
    "# Chosen by leave-one-author-out evaluation on the shipped model's training authors:\n"
    "# bench/safety_eval.py --card (or --card-foreign: the multilingual reader's alone) and\n"
    "# bench/matcher_eval.py --card. Do not edit by hand.\n"
)


def read() -> dict:
    return tomllib.loads(CARD.read_text(encoding="utf-8")) if CARD.exists() else {}


def update(section: str, values: dict[str, float]) -> None:
    """Replace one [a.b] table, keeping the others."""
    data = read()
    top, _, sub = section.partition(".")
    data.setdefault(top, {})[sub] = values
    lines = [HEADER]
    for name, tables in sorted(data.items()):
        for table, body in sorted(tables.items()):
            lines.append(f"[{name}.{table}]")
            lines += [f"{k} = {v!r}" for k, v in body.items()]
            lines.append("")
    CARD.write_text("\n".join(lines), encoding="utf-8")
