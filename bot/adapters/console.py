"""The console adapter: chat with the bot in a terminal, no accounts or tokens needed.

Buttons become numbered options; typing the number presses the button, so
the console walks exactly the same paths as Telegram and Discord do.
"""

from __future__ import annotations

import asyncio
import getpass
import re
import sys
from collections.abc import Callable
from typing import TextIO

from bot.engine import Engine
from bot.events import ChatKind, Choice, Incoming, Platform, Reply, Who
from bot.render import Format, Renderer
from bot.sanitise import ascii_int, decode_input

#: A button's number as the console shows it, or near it: "1", "[1]", "(1)", "1.", "1)".
_PRESSED = re.compile(r"[\[(]?\s*(\d{1,3})\s*[\])]?\.?")


class ConsoleAdapter:
    platform = Platform.CONSOLE

    def __init__(
        self,
        engine: Engine,
        renderer: Renderer | None = None,
        *,
        user_id: str | None = None,
        out: TextIO | None = None,
    ) -> None:
        self.engine = engine
        self.renderer = renderer or Renderer(Format.PLAIN)
        uid = user_id or _login_name()
        self.who = Who(Platform.CONSOLE, uid, uid, ChatKind.PRIVATE, display_name=uid)
        self.out = out or sys.stdout
        self._choices: tuple[Choice, ...] = ()

    def translate(self, line: str) -> Incoming:
        """A number pressing a shown button is the console's stand-in for a tap: bare, or
        copied as shown ("[1]", "(1)", "1."), or the button's own words typed out ("carry
        on"). Until 2026-12-08 "[1]" at "carry on or start over?" went to the debrief's
        date step and was saved as the 1st of the month."""
        pressed = _PRESSED.fullmatch(line.strip())
        number = ascii_int(pressed.group(1)) if pressed else None
        if number is not None and 1 <= number <= len(self._choices):
            return Incoming(self.who, button=self._choices[number - 1].payload)
        said = " ".join(line.split()).casefold()
        for choice in self._choices:
            if said and said == " ".join(self.renderer.label(choice).split()).casefold():
                return Incoming(self.who, button=choice.payload)
        return Incoming.parse_text(self.who, line)

    def show(self, replies: list[Reply]) -> str:
        """Buttons are numbered across the whole turn, so every one shown can be pressed."""
        blocks: list[str] = []
        shown: list[Choice] = []
        for reply in replies:
            text = self.renderer.render(reply)
            if reply.choices:
                first = len(shown) + 1
                labels = [
                    f"[{i}] {self.renderer.label(c)}"
                    for i, c in enumerate(reply.choices, start=first)
                ]
                text += "\n  " + "   ".join(labels)
                shown.extend(reply.choices)
            if reply.files:
                text += "\n" + "\n".join(f"  file: {path}" for path in reply.files)
            blocks.append(text)
        self._choices = tuple(shown)
        return "\n\n".join(b for b in blocks if b)

    def turn(self, line: str) -> str:
        return self.show(self.engine.handle(self.translate(line)))

    def _write(self, text: str) -> None:
        if text:
            self.out.write(text + "\n\n")
            self.out.flush()

    # -- for the scheduler ---------------------------------------------------

    async def send_private(self, user_id: str, replies: list[Reply]) -> bool:
        if user_id != self.who.user_id:
            return False
        self._write("\n" + self.show(replies))
        return True

    async def send_chat(self, chat_id: str, replies: list[Reply]) -> bool:
        return False  # the console has no groups

    async def run(self, read_line: Callable[[], str] | None = None) -> None:
        """Read lines until end of input (Ctrl-D) or /quit."""
        reader = read_line or _read_stdin_line
        self._write("Callback console. Type /start to begin, /quit (or Ctrl-D) to leave.")
        # Numbered buttons do not survive a restart: put an unanswered question back.
        pending = await asyncio.to_thread(self.engine.pending_question, self.who.user_key)
        if pending:
            self._write(self.show(pending))
        while True:
            self.out.write("you> ")
            self.out.flush()
            line = await asyncio.to_thread(reader)
            if not line or line.strip() in ("/quit", "/exit"):
                self.out.write("\n")
                return
            # The turn runs in a worker thread: the scheduler shares this event loop.
            self._write(await asyncio.to_thread(self.turn, line.rstrip("\n")))


def _read_stdin_line() -> str:
    """One line of input; bytes that are not UTF-8 become U+FFFD instead of a crash."""
    return decode_input(sys.stdin.buffer.readline())


def _login_name() -> str:
    try:
        return getpass.getuser() or "local"
    except Exception:
        return "local"
