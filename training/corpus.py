"""Every labelled line, by author: the project's own sets are one author, each writer in
tests/data/authors/ another. Training, the benches and the tests read them here.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from bot.content.library import THEMES
from tests.safety_sets import rows as project_safety_rows

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
AUTHORS_DIR = DATA / "authors"
PROJECT = "project"
WRITERS = tuple(sorted(p.stem for p in (AUTHORS_DIR / "safety").glob("*.tsv")))
AUTHORS = (PROJECT, *WRITERS)

SAFETY_LABELS = ("crisis", "concern", "role", "ordinary")
THEME_LABELS = (*THEMES, "none")


def _tsv(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def safety() -> list[tuple[str, str, str, str]]:
    """(author, label, kind, text); label is one of SAFETY_LABELS."""
    out = []
    for _, label, text in project_safety_rows():
        group, _, kind = label.partition("/")
        out.append((PROJECT, group, kind or group, text))
    for writer in WRITERS:
        for label, kind, text in _tsv(AUTHORS_DIR / "safety" / f"{writer}.tsv")[1:]:
            out.append((writer, label, kind, text))
    return out


def themes() -> list[tuple[str, str, str]]:
    """(author, label, text); a line labelled with two themes counts for its first."""
    out: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    with (DATA / "theme_examples.toml").open("rb") as fh:
        examples = tomllib.load(fh)
    project = [(label, text) for label, texts in examples.items() for text in texts]
    for path in sorted(DATA.glob("utterances*.tsv")):
        project += [(label.split("|")[0], text) for label, text in _tsv(path)]
    for label, text in project:
        if label in THEME_LABELS and text not in seen:
            seen.add(text)
            out.append((PROJECT, label, text))
    for writer in WRITERS:
        for label, text in _tsv(AUTHORS_DIR / "themes" / f"{writer}.tsv")[1:]:
            out.append((writer, label, text))
    return out


def plain_answers() -> list[tuple[str, str, str]]:
    """(author, "none", text): the writers' plain ordinary answers from their safety files
    ("navy jumper, good boots", "Zoom, with the director"), taught to the multilingual
    theme head as lines with no theme.

    Why: the writers' own "none" rows are questions about the bot and lunch, so a head
    fitted on them gave a theme to most plain debrief facts (left out, 30% of the project's
    "none" rows kept none at the head's first choice; 85% with these). The writers labelled
    these lines plain answers for the safety check, not "none" for themes: that reading is
    the project's. What was nailed or learned, or a lesson for next time, is left out (28 of
    160): "learned: slow down the first line" is the control theme's kind of line, and taught
    as "none" it made "next time I want to go in with a braver choice" none too.
    """
    return [
        (writer, "none", text)
        for writer, label, kind, text in safety()
        if writer != PROJECT
        and label == "ordinary"
        and kind == "plain"
        and _A_LESSON.search(text) is None
    ]


#: What was nailed or learned, or a lesson for next time: the debrief's own theme-bearing
#: answers ("learned: slow down the first line" is the control theme's kind of line), so not
#: taught as "none".
_A_LESSON = re.compile(r"\b(learn\w*|nailed|next time|should|need to)\b", re.IGNORECASE)


@cache
def wholly_foreign() -> frozenset[str]:
    """The labelled lines judged by hand to be wholly in another language (see the file's
    header): the evaluations count by this, so a mistake of the bot's own language check is
    measured, not hidden by leaving the line out."""
    return frozenset(text for _, text in _tsv(DATA / "wholly_foreign.tsv")[1:])
