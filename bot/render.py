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
from jinja2.ext import Extension

from bot.dates import day_text
from bot.events import Choice, Reply
from bot.timezones import shown as zone_shown

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"


class Format(StrEnum):
    HTML = "html"  # Telegram parse_mode=HTML
    MARKDOWN = "markdown"  # Discord
    PLAIN = "plain"  # console
    DOCUMENT = "document"  # a Markdown file (the exported diary), read by people and renderers


class Safe(str):
    """Text already formatted for the target; the escaper leaves it alone."""

    __slots__ = ()


def _markdown_escaper(inline: str, line_start: str) -> Callable[[str], str]:
    """An escaper for one Markdown dialect: the `inline` characters everywhere, and a
    heading, quote or list marker (`line_start`, or "3.") only where a line begins."""
    inline_rx = re.compile(f"([{inline}])")
    start_rx = re.compile(rf"^(\s*)(?:([{line_start}])|(\d+)([.)]))", re.MULTILINE)

    def at_start(m: re.Match[str]) -> str:
        if m.group(2):  # "# x", "- x", "> x": escape the marker itself
            return m.group(1) + "\\" + m.group(2)
        return m.group(1) + m.group(3) + "\\" + m.group(4)  # "3. x" -> "3\. x"

    def escape(text: str) -> str:
        return start_rx.sub(at_start, inline_rx.sub(r"\\\1", text))

    return escape


#: Discord: escaping every hyphen and bracket made it show "self\\-tape" and "(BBC)" with
#: backslashes; a hyphen mid-word formats nothing.
escape_markdown = _markdown_escaper(r"\\*_~`|\[\]>", r"#>+*-")
#: A Markdown file (the exported diary): dates and parentheses stay as typed; emphasis,
#: code, links and HTML are neutralised, and a heading, quote or list marker at a line start.
escape_document = _markdown_escaper(r"\\`*_\[\]<>|", r"#>+-")


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


def _month(value: object) -> str:
    """2026-11 -> "Nov 2026"."""
    try:
        day = date.fromisoformat(f"{value}-01")
    except ValueError:
        return str(value)
    return f"{day:%b %Y}"


class RenderError(Exception):
    pass


#: A line holding nothing but block tags ("{% if x %}", "{% endfor %}{% endif %}").
_TAG_LINE = re.compile(r"^[ \t]*((?:\{%(?!\s*include)(?:(?!%\})[^\n])*%\}[ \t]*)+)\n", re.MULTILINE)


class TagLines(Extension):
    """A line of only block tags leaves no line behind; every other newline stays (an
    `{% include %}` is content, so the line it stands on ends like any other).

    Jinja's trim_blocks removes the newline after *any* block tag, so a line
    ending in an inline `{% endif %}` ran into the next one ("bookings: 0%Last
    90 days"). This keeps what trim_blocks was for and none of what it broke.
    """

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        return _TAG_LINE.sub(lambda m: m.group(1), source)


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
            trim_blocks=False,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            extensions=[TagLines],
        )

        def ends(value: Any, mark: str = ".") -> Safe:
            return _ends(value if isinstance(value, Safe) else Safe(escape(str(value))), mark)

        self.env.filters["ends"] = ends
        self.env.filters["bold"] = wrap(_BOLD[fmt])
        self.env.filters["italic"] = wrap(_ITALIC[fmt])
        self.env.filters["clip"] = _clip
        self.env.filters["long_date"] = day_text
        self.env.filters["month"] = _month
        self.env.filters["zone"] = zone_shown
        self._labels = load_labels(prompts_dir)
        self._label_env = Environment(undefined=StrictUndefined, autoescape=False)
        self._label_env.filters["long_date"] = day_text
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


#: What a sentence may already end with; markup closing it is looked through.
_ENDED = re.compile(r"[.!?…]\s*(?:</[bi]>|\*+)?$")


def _ends(text: Safe, mark: str = ".") -> Safe:
    """A sentence that ends in a person's words ("a callback for Oklahoma!") gets its
    full stop only if the words did not bring one: never "Oklahoma!." or "Oklahoma!!"."""
    return Safe(text if _ENDED.search(text) else text + mark)


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
