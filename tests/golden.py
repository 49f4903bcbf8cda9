"""Golden transcripts: a scripted conversation, written out the way each front end shows it.

A script is a list of plain lines, readable next to its transcript:

- ``"some words"`` or ``"/command args"``: the person types this;
- ``"[Label]"``: the person presses the button whose visible label is ``Label``
  (the latest one shown; an older message's button is pressed when no newer has it);
- ``"@group /daily on"``: an admin types this in a group chat; ``"@member ..."``: someone
  who is not an admin; ``"@daily"``: the group's daily quote goes out;
- ``"@photo"``: the person sends a photo; ``"@forge"``: a button payload the bot never
  offered (the last question's, with another value); ``"@restart"``: the console
  starts again and puts back an unanswered question;
- ``"@later 3d"`` / ``"@later 2h"``: time passes;
- ``"@checkin"``: the next pending check-in is delivered (time moves to when it is due);
  ``"@checkin prep"``: the next one of that kind;
- ``"@other /link {code}"``: the same person types on their *other* platform
  (``{code}`` is the last link code the bot gave).

Every reply is rendered by the front end's own renderer and split at its own
message limit; buttons are laid out as that platform lays them out. The
layout checks at the bottom run over every text a transcript contains.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path

from conftest import Clock

from bot.adapters.console import ConsoleAdapter
from bot.clock import iso
from bot.engine import Engine
from bot.events import ChatKind, Choice, Incoming, Platform, Reply, Who
from bot.flows.buttons import Payload
from bot.render import Format, Renderer, split_message
from bot.store.base import parse_due

#: What each front end is: its renderer and its message limit (None: no limit).
FRONT_ENDS: dict[Platform, tuple[Format, int | None]] = {
    Platform.CONSOLE: (Format.PLAIN, None),
    Platform.TELEGRAM: (Format.HTML, 4096),
    Platform.DISCORD: (Format.MARKDOWN, 2000),
}
#: Telegram puts three buttons in a row (a wide one alone); Discord five.
ROW = {Platform.TELEGRAM: 3, Platform.DISCORD: 5}
OTHER = {
    Platform.CONSOLE: Platform.TELEGRAM,
    Platform.TELEGRAM: Platform.DISCORD,
    Platform.DISCORD: Platform.TELEGRAM,
}


@dataclass
class Rendered:
    """One reply as a front end shows it, and the same reply as plain text."""

    template: str
    messages: list[str]
    plain: str
    fmt: Format


@dataclass
class Transcript:
    platform: Platform
    lines: list[str] = field(default_factory=list)
    rendered: list[Rendered] = field(default_factory=list)

    @property
    def templates(self) -> set[str]:
        return {r.template for r in self.rendered}

    def text(self) -> str:
        return "\n".join(self.lines).rstrip() + "\n"


class Player:
    """Plays a script against an engine as one person on one front end."""

    def __init__(self, engine: Engine, platform: Platform, clock: Clock, data_dir: Path) -> None:
        self.engine = engine
        self.platform = platform
        self.clock = clock
        self.data_dir = data_dir
        fmt, self.limit = FRONT_ENDS[platform]
        self.renderer = Renderer(fmt)
        self.plain = Renderer(Format.PLAIN)
        self.who = Who(platform, "actor", "actor", ChatKind.PRIVATE, display_name="Sam")
        self.other = Who(OTHER[platform], "actor2", "actor2", ChatKind.PRIVATE)
        self.group = Who(
            platform, "actor", "group1", ChatKind.GROUP, display_name="Sam", is_chat_admin=True
        )
        self.console = ConsoleAdapter(engine, self.renderer, user_id="actor")
        self.member = replace(self.group, user_id="member", is_chat_admin=False)
        self.transcript = Transcript(platform)
        self.last: list[Reply] = []
        #: Every reply shown to the person, oldest first: old buttons stay pressable.
        self.history: list[Reply] = []

    # -- playing -------------------------------------------------------------

    def play(self, script: list[str]) -> Transcript:
        for line in script:
            try:
                self.step(line)
            except AssertionError as exc:
                raise AssertionError(f"{exc}\n\nso far:\n{self.transcript.text()}") from None
        return self.transcript

    def step(self, line: str) -> None:
        out = self.transcript.lines
        code = next((r.values["code"] for r in reversed(self.history) if "code" in r.values), "")
        line = line.replace("{code}", str(code))
        if line.startswith("[") and line.endswith("]"):
            choice = self._button(line[1:-1])
            out.append(f"> (presses) {line}")
            self._show(self.engine.handle(Incoming(self.who, button=choice.payload)))
        elif line.startswith("@later "):
            self.clock.now += _duration(line.removeprefix("@later "))
            out.append(f"~ {line.removeprefix('@later ')} later ~")
        elif line == "@checkin" or line.startswith("@checkin "):
            self._checkin(line.removeprefix("@checkin").strip() or None)
        elif line.startswith(("@group ", "@member ")):
            who = self.group if line.startswith("@group ") else self.member
            text = line.partition(" ")[2]
            role = "an admin" if who.is_chat_admin else "a member"
            out.append(f"> (in a group, as {role}) {text}")
            self._show(self.engine.handle(Incoming.parse_text(who, text)), group=True)
        elif line == "@daily":
            chat = self.engine.store.get_chat(self.group.chat_key)
            assert chat is not None, "no group settings to send a daily quote for"
            out.append("~ the group's daily quote goes out ~")
            self._show([self.engine.daily_quote(chat).reply], group=True, remember=False)
        elif line == "@forge":
            real = Payload.decode(self.last[-1].choices[0].payload)
            assert real is not None
            forged = Payload(real.conv, real.step, "forged").encode()
            out.append("> (presses a forged button)")
            self._show(self.engine.handle(Incoming(self.who, button=forged)))
        elif line == "@restart":
            out.append("~ the console starts again ~")
            self._show(self.engine.pending_question(self.who.user_key))
        elif line == "@photo":
            out.append("> (sends a photo)")
            self._show(self.engine.handle(Incoming(self.who, attachment="photo")))
        elif line.startswith("@other "):
            text = line.removeprefix("@other ")
            out.append(f"> (on {self.other.platform.value}) {text}")
            replies = self.engine.handle(Incoming.parse_text(self.other, text))
            self._show(replies, remember=False)
        else:
            shown = line if len(line) <= 200 else f"{line[:60]}… ({len(line)} characters)"
            out.append(f"> {shown}")
            self._show(self.engine.handle(Incoming.parse_text(self.who, line)))
        out.append("")

    def _button(self, visible: str) -> Choice:
        """The button labelled `visible`, or the one button whose label contains it, on the
        newest message that has one."""
        for reply in reversed(self.history):
            shown = [(self.plain.label(c), c) for c in reply.choices]
            exact = [c for label, c in shown if label == visible]
            within = [c for label, c in shown if visible in label]
            if exact or len(within) == 1:
                return (exact or within)[0]
        labels = [self.plain.label(c) for r in self.last for c in r.choices]
        raise AssertionError(f"no button {visible!r} on screen; shown: {labels}")

    def _checkin(self, kind: str | None) -> None:
        """As the scheduler does it: claim, build, send, then count it delivered. With a
        kind ("prep", "after"), the next one of that kind."""
        store = self.engine.store
        key = self.who.user_key
        pending = [
            c
            for c in store.list_checkins(key)
            if c.status == "pending" and (kind is None or c.kind == kind)
        ]
        assert pending, "no pending check-in to deliver"
        checkin = min(pending, key=lambda c: parse_due(c.due) or self.clock.now)
        due = parse_due(checkin.due)
        assert due is not None
        self.clock.now = max(self.clock.now, due)
        stamp = iso(self.clock.now)
        store.transition_checkin(
            key, checkin.id, from_status="pending", to_status="sending", now=stamp
        )
        replies = self.engine.checkin_message(key, checkin)
        self.transcript.lines.append(f"~ a check-in arrives ({checkin.kind}, day {checkin.day}) ~")
        if replies:
            self._show(replies)
            self.engine.checkin_delivered(key, checkin)
            store.transition_checkin(
                key, checkin.id, from_status="sending", to_status="sent", now=stamp
            )
        else:
            self.transcript.lines.append("(nothing sent)")

    # -- showing -------------------------------------------------------------

    def _show(self, replies: list[Reply], *, group: bool = False, remember: bool = True) -> None:
        if remember:
            self.last = replies
            self.history.extend(replies)
        out = self.transcript.lines
        if not replies:
            out.append("(silence)")
        for reply in replies:
            if group and reply.private_only:
                out.append(f"(kept out of the group: {reply.template})")
                continue
            text = self.renderer.render(reply)
            messages = split_message(text, self.limit) if self.limit else [text]
            self.transcript.rendered.append(
                Rendered(reply.template, messages, self.plain.render(reply), self.renderer.fmt)
            )
        if self.platform is Platform.CONSOLE:
            shown = [r for r in replies if not (group and r.private_only)]
            out.append(self._scrub(self.console.show(shown)))
            return
        for reply in replies:
            if group and reply.private_only:
                continue
            text = self.renderer.render(reply)
            messages = split_message(text, self.limit) if self.limit else [text]
            for i, message in enumerate(messages):
                out.append(f"--- {reply.template}" + (f" (part {i + 1})" if i else ""))
                out.append(self._scrub(message))
            out.extend(self._buttons(reply, group))
            out.extend(f"  file: {Path(p).name}" for p in reply.files)

    def _buttons(self, reply: Reply, group: bool) -> list[str]:
        rows: list[list[str]] = []
        row: list[str] = []
        per_row = ROW[self.platform]
        for choice in reply.choices:
            row.append(f"[{self.renderer.label(choice)}]")
            if len(row) == (1 if choice.wide and self.platform is Platform.TELEGRAM else per_row):
                rows.append(row)
                row = []
        if row:
            rows.append(row)
        if reply.offer_private_chat and group:
            rows.append(["[" + self.renderer.label(Choice("private_chat", "")) + " ↗]"])
        return ["  " + " ".join(r) for r in rows]

    def _scrub(self, text: str) -> str:
        """File paths differ per run; a reader needs only the file's name."""
        return text.replace(str(self.data_dir), "<data>")


def _duration(text: str) -> timedelta:
    number, unit = int(text[:-1]), text[-1]
    return {
        "d": timedelta(days=number),
        "h": timedelta(hours=number),
        "m": timedelta(minutes=number),
    }[unit]


# -- layout checks -------------------------------------------------------------------

#: "bookings: 0%Last 90 days", "yet.I'll": a sentence run into the next one; and
#: "Oklahoma!." or "Oklahoma!!": a full stop after words that already ended.
_GLUED = re.compile(r"[.!?%:)][A-Z][a-z]|[a-z]{3}[A-Z][a-z]{3}|[!?]\.(?!\.)|!!")
_UNRENDERED = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}|\bNone\b|\bTrue\b|\bFalse\b|\[\]")
_TAG = re.compile(r"</?(?:b|i|u|s|code|pre|a)(?:\s[^>]*)?>")


def visible_html(text: str) -> str:
    """What Telegram shows for parse_mode=HTML text: tags gone, entities decoded."""
    return html.unescape(_TAG.sub("", text))


def visible_markdown(text: str) -> str:
    """What Discord shows: an escaped character as itself, emphasis markers gone."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) and not text[i + 1].isalnum() and text[i + 1] != " ":
            out.append(text[i + 1])
            i += 2
        elif ch == "*":
            i += 2 if text.startswith("**", i) else 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def layout_problems(item: Rendered) -> list[str]:
    """Everything wrong with how one reply reads; empty when it reads right."""
    problems: list[str] = []
    joined = "\n".join(item.messages)
    seen = {
        Format.PLAIN: lambda s: s,
        Format.HTML: visible_html,
        Format.MARKDOWN: visible_markdown,
    }[item.fmt]("\n\n".join(item.messages))
    for label, rx, where in (
        ("glued sentences", _GLUED, seen),
        ("unrendered template text", _UNRENDERED, joined),
    ):
        for m in rx.finditer(where):
            problems.append(f"{label}: …{where[max(0, m.start() - 20) : m.end() + 20]!r}…")
    for line in seen.splitlines():
        if "  " in line.strip():
            problems.append(f"double space: {line!r}")
        if line != line.rstrip():
            problems.append(f"trailing space: {line!r}")
    if "\\" in seen:
        problems.append(f"visible escape character: {seen!r}")
    if re.search(r"\n{3,}", joined) or not joined.strip():
        problems.append("empty message or a run of blank lines")
    # The same words on every front end: only the formatting differs.
    if _squash(seen) != _squash(item.plain):
        problems.append(f"reads differently from plain text:\n{seen!r}\n!=\n{item.plain!r}")
    return problems


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
