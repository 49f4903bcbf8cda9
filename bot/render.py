"""Jinja2 rendering of prompts/ for each output format.

Every `{{ value }}` passes through the format's escaper unless it was made by
one of our own formatting filters, so an actor who types `<b>` or `**` sees
exactly what they typed. StrictUndefined turns a missing value into a test
failure instead of a blank in front of a user.
"""

from __future__ import annotations

import html
import re
import tomllib
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template

from bot.events import Choice, Reply

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"


class Format(StrEnum):
    HTML = "html"  # Telegram parse_mode=HTML
    MARKDOWN = "markdown"  # Discord
    PLAIN = "plain"  # console
    DOCUMENT = "document"  # a Markdown file (the exported diary), read by people and renderers


class Safe(str):
    """Text already formatted for the target; the escaper leaves it alone."""

    __slots__ = ()


_MD_SPECIAL = re.compile(r"([\\*_~`|>#\-\[\]()])")


def escape_markdown(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


_DOC_INLINE = re.compile(r"([\\`*_\[\]<>|])")
_DOC_LINE_START = re.compile(r"^(\s*)(?:([#>+-])|(\d+)([.)]))", re.MULTILINE)


def escape_document(text: str) -> str:
    """Markdown-file escaping: only what would change the document's meaning.

    Discord's escaper backslashes every hyphen and bracket, which in a diary
    reads as "2026\\-11\\-25" and "Riverside \\(BBC drama\\)". Here dates and
    parentheses stay as typed; emphasis, code, links and HTML are neutralised,
    and a line that would start a heading, quote or list is escaped at its start.
    """
    inline = _DOC_INLINE.sub(r"\\\1", text)

    def at_start(m: re.Match[str]) -> str:
        if m.group(2):  # "# x", "- x", "> x": escape the marker itself
            return m.group(1) + "\\" + m.group(2)
        return m.group(1) + m.group(3) + "\\" + m.group(4)  # "3. x" -> "3\. x"

    return _DOC_LINE_START.sub(at_start, inline)


ESCAPERS: dict[Format, Callable[[str], str]] = {
    Format.HTML: lambda s: html.escape(s, quote=False),
    Format.MARKDOWN: escape_markdown,
    Format.PLAIN: lambda s: s,
    Format.DOCUMENT: escape_document,
}

_BOLD = {
    Format.HTML: "<b>{}</b>",
    Format.MARKDOWN: "**{}**",
    Format.PLAIN: "{}",
    Format.DOCUMENT: "**{}**",
}
_ITALIC = {
    Format.HTML: "<i>{}</i>",
    Format.MARKDOWN: "*{}*",
    Format.PLAIN: "{}",
    Format.DOCUMENT: "*{}*",
}


def _long_date(value: object) -> str:
    """2026-11-18 -> "Wed 18 Nov 2026": a date a person reads without counting."""
    try:
        day = date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return f"{day:%a} {day.day} {day:%b %Y}"


def _month(value: object) -> str:
    """2026-11 -> "Nov 2026"."""
    try:
        day = date.fromisoformat(f"{value}-01")
    except ValueError:
        return str(value)
    return f"{day:%b %Y}"


class RenderError(Exception):
    pass


class Renderer:
    def __init__(self, fmt: Format, prompts_dir: Path = PROMPTS_DIR) -> None:
        self.fmt = fmt
        self.prompts_dir = prompts_dir
        escape = ESCAPERS[fmt]

        def finalize(value: Any) -> str:
            if isinstance(value, Safe):
                return value
            return escape("" if value is None else str(value))

        def wrap(pattern: str) -> Callable[[Any], Safe]:
            def apply(value: Any) -> Safe:
                inner = value if isinstance(value, Safe) else escape(str(value))
                return Safe(pattern.format(inner)) if inner else Safe("")

            return apply

        self.env = Environment(
            loader=FileSystemLoader(str(prompts_dir)),
            undefined=StrictUndefined,
            finalize=finalize,
            autoescape=False,  # our finalize escapes per format, HTML or not
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )
        self.env.filters["bold"] = wrap(_BOLD[fmt])
        self.env.filters["italic"] = wrap(_ITALIC[fmt])
        self.env.filters["clip"] = _clip
        self.env.filters["long_date"] = _long_date
        self.env.filters["month"] = _month
        self._labels = load_labels(prompts_dir)
        self._label_env = Environment(undefined=StrictUndefined, autoescape=False)
        self._label_env.filters["long_date"] = _long_date
        #: Each label compiled once: compiling took 0.3 ms a button, every reply (measured).
        self._compiled: dict[str, Template] = {}

    def render(self, reply: Reply) -> str:
        template = self.env.get_template(f"{reply.template}.j2")
        text = template.render(**reply.values)
        # Collapse runs of blank lines left by optional sections.
        return re.sub(r"\n{3,}", "\n\n", text).strip()

    def label(self, choice: Choice) -> str:
        """Button labels are plain text on every platform; none of them parse markup."""
        template = self._compiled.get(choice.label)
        if template is None:
            try:
                source = self._labels[choice.label]
            except KeyError as exc:
                raise RenderError(
                    f"no button label {choice.label!r} in prompts/buttons.toml"
                ) from exc
            template = self._compiled[choice.label] = self._label_env.from_string(source)
        return template.render(**choice.values)


def _clip(value: Any, limit: int = 300) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def load_labels(prompts_dir: Path) -> dict[str, str]:
    path = prompts_dir / "buttons.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RenderError(f"{path}: {exc}") from exc
    labels: dict[str, str] = {}
    for key, value in data.items():
        if not isinstance(value, str):
            raise RenderError(f"{path}: label {key!r} must be a string")
        labels[key] = value
    return labels


def split_message(text: str, limit: int) -> list[str]:
    """Split on paragraph, then line, then word boundaries to fit a platform limit.

    A cut never lands inside an HTML tag, an open <b>/<i> element, an HTML
    entity or right after a markdown escape backslash, so each part still
    parses on its own. A single giant word is hard-split as a last resort.
    """
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[:limit]
        cut = -1
        for sep in ("\n\n", "\n", " "):
            candidate = window.rfind(sep)
            while candidate >= limit // 3 and not _clean_cut(rest, candidate):
                candidate = window.rfind(sep, 0, candidate)
            if candidate >= limit // 3:
                cut = candidate
                break
        if cut < 0:
            cut = limit
            while cut > 1 and not _clean_cut(rest, cut):
                cut -= 1
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return [p for p in parts if p]


_OPEN_TAG = re.compile(r"<(b|i)>")


def _clean_cut(text: str, cut: int) -> bool:
    """True when text[:cut] ends outside any tag, element, entity or escape we produce."""
    head = text[:cut]
    if head.endswith("\\"):
        return False
    if head.rfind("<") > head.rfind(">"):
        return False
    amp = head.rfind("&")
    if amp >= 0 and ";" not in head[amp:] and len(head) - amp <= 8:
        return False
    return all(
        head.count(f"<{tag}>") == head.count(f"</{tag}>")
        for tag in {m for m in _OPEN_TAG.findall(head)}
    )
