"""The encouragement library: our own words, tagged by theme, validated at start-up.

Content lives in TOML under prompts/content/ so writers can edit it without
touching code; a malformed entry stops start-up with the file and entry
named, because a silently skipped message is a bug nobody would notice.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.render import PROMPTS_DIR

THEMES = (
    "not-about-you",
    "competition",
    "one-step",
    "silence",
    "no-feedback",
    "control",
    "keep-growing",
    "bridges",
    "more-than-role",
)
LENGTHS = ("short", "long")
CONTENT_DIR = PROMPTS_DIR / "content"


class ContentError(Exception):
    pass


@dataclass(frozen=True)
class Item:
    id: str
    theme: str
    text: str
    length: str = "long"
    tip: str | None = None
    #: Only for quotes attributed to a real person: where it can be checked.
    source: str | None = None
    author: str | None = None
    #: Regex stems for what this message answers ("nerv", "forgot|blank"); optional.
    #: A message with cues has a premise: it is only picked when one of them matched
    #: what the person said, so nobody is consoled for a thing they never mentioned.
    cues: tuple[str, ...] = ()
    #: "debrief" for lines that only make sense right after one ("as you just did").
    moment: str | None = None
    #: For group quotes: what kind of morning message this is (see MOODS).
    mood: str = "consolation"
    #: What the message takes for granted (see PREMISES); None when it fits any moment.
    premise: str | None = None


@dataclass(frozen=True)
class Library:
    messages: tuple[Item, ...]
    quotes: tuple[Item, ...]

    def pool(self, theme: str, length: str) -> list[Item]:
        return [m for m in self.messages if m.theme == theme and m.length == length]


_ALLOWED = {
    "id",
    "theme",
    "text",
    "length",
    "tip",
    "source",
    "author",
    "cues",
    "moment",
    "mood",
    "premise",
}
MOMENTS = ("debrief",)
#: "turned-down": the answer was no ("not reaching it this time"), so never while the
#: outcome is still open or booked. "time-passed": days of silence already ("nothing came
#: of it yet"), so never right after a debrief.
PREMISES = ("turned-down", "time-passed")
MOODS = ("consolation", "craft", "practice", "celebration")


def _parse(path: Path, table: str, *, default_length: str) -> list[Item]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ContentError(f"{path}: content file is missing") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ContentError(f"{path}: not valid TOML ({exc})") from exc
    raw = data.get(table)
    if not isinstance(raw, list) or not raw:
        raise ContentError(f"{path}: expected a list of [[{table}]] entries")
    items: list[Item] = []
    seen: set[str] = set()
    for index, entry in enumerate(raw, start=1):
        where = f"{path}: [[{table}]] entry {index}"
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            where += f" (id {entry['id']!r})"
        items.append(_item(entry, where, default_length, seen))
    return items


def _item(entry: Any, where: str, default_length: str, seen: set[str]) -> Item:
    if not isinstance(entry, dict):
        raise ContentError(f"{where}: not a table")
    unknown = set(entry) - _ALLOWED
    if unknown:
        raise ContentError(f"{where}: unknown field(s) {sorted(unknown)}")
    for key in ("id", "theme", "text"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise ContentError(f"{where}: '{key}' must be non-empty text")
    if entry["id"] in seen:
        raise ContentError(f"{where}: duplicate id")
    seen.add(entry["id"])
    if entry["theme"] not in THEMES:
        raise ContentError(f"{where}: unknown theme {entry['theme']!r}")
    length = entry.get("length", default_length)
    if length not in LENGTHS:
        raise ContentError(f"{where}: length must be one of {LENGTHS}")
    for key in ("tip", "source", "author"):
        if key in entry and (not isinstance(entry[key], str) or not entry[key].strip()):
            raise ContentError(f"{where}: '{key}' must be non-empty text when present")
    if "author" in entry and "source" not in entry:
        raise ContentError(f"{where}: a quote attributed to a person needs a verifiable 'source'")
    cues = entry.get("cues", [])
    if not isinstance(cues, list) or not all(isinstance(c, str) and c for c in cues):
        raise ContentError(f"{where}: 'cues' must be a list of non-empty strings")
    for cue in cues:
        try:
            re.compile(cue)
        except re.error as exc:
            raise ContentError(f"{where}: cue {cue!r} is not a valid pattern ({exc})") from exc
    mood = entry.get("mood", "consolation")
    if mood not in MOODS:
        raise ContentError(f"{where}: mood must be one of {MOODS}")
    moment = entry.get("moment")
    if moment is not None and moment not in MOMENTS:
        raise ContentError(f"{where}: moment must be one of {MOMENTS} when present")
    premise = entry.get("premise")
    if premise is not None and premise not in PREMISES:
        raise ContentError(f"{where}: premise must be one of {PREMISES} when present")
    if "{{" in entry["text"] or "{%" in entry["text"]:
        raise ContentError(f"{where}: leftover template placeholder in text")
    return Item(
        id=entry["id"],
        theme=entry["theme"],
        text=" ".join(entry["text"].split()),
        length=length,
        tip=entry.get("tip"),
        source=entry.get("source"),
        author=entry.get("author"),
        cues=tuple(cues),
        moment=moment,
        mood=mood,
        premise=premise,
    )


def load_library(content_dir: Path = CONTENT_DIR) -> Library:
    messages = _parse(content_dir / "encouragement.toml", "message", default_length="long")
    quotes = _parse(content_dir / "quotes.toml", "quote", default_length="short")
    ids = [i.id for i in messages] + [i.id for i in quotes]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ContentError(f"{content_dir}: ids used in both files: {dupes}")
    return Library(messages=tuple(messages), quotes=tuple(quotes))
