"""The /stats chart, drawn by a short-lived child process: `python -m bot.chart`.

Why a child: matplotlib is about 30 MiB of memory that a bot process would hold for its
whole life after the first chart (measured with bench/memory_bench.py), for a picture a
person asks for now and then. Drawn here, the memory is returned when the chart is done,
and a drawing that hangs or crashes costs the chart, never the bot.

The parent (bot/journal.py) sends plain numbers on stdin as JSON, already worked out from
the journal, so this module imports nothing of the bot's and the child starts quickly:
``{"path": ..., "months": ["26-01", ...], "counts": {"waiting": [0, 1, ...], ...},
"feelings": [["2026-11-02", 4], ...]}``. It writes the PNG to `path` and exits 0.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

#: Outcome -> colour, in the order the bars are stacked.
COLOURS = {
    "waiting": "#b0b7c3",
    "released": "#7d8797",
    "callback": "#f0a202",
    "hold": "#e76f51",
    "booked": "#2a9d8f",
}


def _feeling_panel(ax: Any, points: list[tuple[date, int]]) -> None:
    """How the person felt after each audition, over the year (1 rough, 5 great)."""
    from matplotlib.dates import DateFormatter

    days, values = [p[0] for p in points], [p[1] for p in points]
    ax.plot(days, values, color="#7d8797", linewidth=1, zorder=1)
    ax.scatter(days, values, color="#2a9d8f", s=24, zorder=2)
    ax.set_ylim(0.5, 5.5)
    ax.set_yticks([1, 2, 3, 4, 5], ["1 rough", "2", "3 okay", "4", "5 great"], fontsize=8)
    ax.set_title("How you felt afterwards")
    ax.xaxis.set_major_formatter(DateFormatter("%b %Y"))
    ax.tick_params(axis="x", labelsize=8, rotation=45)


def draw(spec: dict[str, Any]) -> None:
    """Auditions per month, stacked by outcome; with `feelings`, a second panel."""
    # The object API with the Agg canvas: files only (a server has no display), and no
    # pyplot state machine to import (0.05-0.1 s of the child's start, measured).
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    months: list[str] = spec["months"]
    points = [(date.fromisoformat(day), int(value)) for day, value in spec["feelings"]]
    fig = Figure(figsize=(8, 7 if points else 4), dpi=100)
    FigureCanvasAgg(fig)
    if points:
        ax, mood = fig.subplots(2, 1)
        _feeling_panel(mood, points)
    else:
        ax = fig.subplots()
    bottom = [0] * len(months)
    for outcome, colour in COLOURS.items():
        counts = [int(c) for c in spec["counts"].get(outcome, [0] * len(months))]
        ax.bar(months, counts, bottom=bottom, color=colour, label=outcome)
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    ax.set_title("Auditions per month, by outcome")
    ax.set_ylabel("auditions")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # whole auditions only
    ax.legend(loc="upper left", frameon=False, fontsize=8)
    ax.tick_params(axis="x", labelsize=8, rotation=45)
    fig.tight_layout()
    path = Path(spec["path"])
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format="png")


def main() -> None:
    draw(json.load(sys.stdin))


if __name__ == "__main__":
    main()
