"""The docs say what the code does: counts come from the code, and the README stays short.

A count written by hand drifts (the old README said 63 quotes in one place and 94 in
another); these tests read the numbers out of the docs and compare them with the code.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.content import load_library
from bot.flows import registry

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def test_the_readme_is_for_a_newcomer() -> None:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 250
    headings = [line for line in lines if line.startswith("## ")]
    # What it is and how to try it come before anything about tests.
    assert headings.index("## Try it") < headings.index("## Run the tests")


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_counts_in_the_docs_come_from_the_code(doc: Path) -> None:
    library = load_library()
    text = doc.read_text(encoding="utf-8")
    said = {
        "messages": [int(n) for n in re.findall(r"\b(\d+) messages\b", text)],
        "daily quotes": [int(n) for n in re.findall(r"\b(\d+) daily quotes\b", text)],
        "themes": [int(n) for n in re.findall(r"\bfor each of (\d+) themes\b", text)],
    }
    true = {
        "messages": len(library.messages),
        "daily quotes": len(library.quotes),
        "themes": len({m.theme for m in library.messages}),
    }
    for what, numbers in said.items():
        assert all(n == true[what] for n in numbers), (doc.name, what, numbers, true[what])


def test_every_command_is_in_the_readme() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [c.name for c in registry.all_commands() if f"`/{c.name}" not in text]
    assert not missing


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_links_between_docs_resolve(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(((?:\.\./|docs/)?[\w./-]+\.md)(?:#[\w-]+)?\)", text):
        assert (doc.parent / target).resolve().exists(), (doc.name, target)


def test_help_names_every_command_a_person_can_use() -> None:
    """/help is written by hand: a new command must join it (the menu is generated)."""
    text = (ROOT / "prompts" / "help.j2").read_text(encoding="utf-8")
    quiet = {"start", "unlink"}  # /start is how one arrives; /unlink is named with /link
    missing = [c.name for c in registry.all_commands() if c.name not in quiet]
    assert [n for n in missing if f"/{n}" not in text] == []


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_no_placeholder_is_left_in_the_docs(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    # A figure still to fill in: MEASURED_TABLE, TODO, TBD (environment names are fine).
    assert not re.findall(r"\b[A-Z]+_TABLE\b|\bTODO\b|\bTBD\b|\bXXX\b", text), doc.name
