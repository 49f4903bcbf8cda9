"""The command menu both platforms register, from the flows' own declarations.

Neutral on purpose: the Discord adapter needs it too, and importing it from
the Telegram adapter loaded python-telegram-bot into a Discord-only run.
"""

from __future__ import annotations

from bot.flows.base import Command
from bot.flows.registry import all_commands, menu_descriptions


def command_menu() -> list[tuple[str, str]]:
    """(name, description) in menu order, for Telegram's setMyCommands."""
    return [(c.name, description(c)) for c in all_commands()]


def slash_commands() -> list[tuple[Command, str]]:
    """Each command with its menu line, for Discord's slash commands (hints included)."""
    return [(c, description(c)) for c in all_commands()]


def description(command: Command) -> str:
    return menu_descriptions()[command.name]
