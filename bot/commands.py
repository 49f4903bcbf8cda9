"""The command menu both platforms register, read from prompts/commands.toml.

Neutral on purpose: the Discord adapter needs it too, and importing it from
the Telegram adapter loaded python-telegram-bot into a Discord-only run.
"""

from __future__ import annotations

import tomllib

from bot.engine import COMMANDS
from bot.render import PROMPTS_DIR


def command_menu() -> list[tuple[str, str]]:
    data = tomllib.loads((PROMPTS_DIR / "commands.toml").read_text(encoding="utf-8"))
    return [(name, str(data[name])) for name in data if name in COMMANDS]
