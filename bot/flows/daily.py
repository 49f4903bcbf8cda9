"""Group and channel settings for the daily quote: `/daily on 08:30 Europe/London`.

Only a chat admin may change them. Whether someone is an admin comes from
the adapter, which asks the platform (Telegram's getChatMember, Discord's
permission data); nothing typed in the message can claim it.
"""

from __future__ import annotations

import re

from bot.config import valid_timezone
from bot.events import Incoming, Reply, Who
from bot.flows.base import Command, Flow
from bot.store import ChatSettings, Store

_TIME = re.compile(r"^([01]?\d|2[0-3])[:.h]?([0-5]\d)$")


def parse_time(text: str) -> str | None:
    """'8:30', '08.30', '0830', '20h15' -> 'HH:MM'; None when it isn't a time of day."""
    m = _TIME.match(text.strip().lower())
    return f"{int(m.group(1)):02d}:{m.group(2)}" if m else None


def handle_daily(store: Store, who: Who, args: str, default_timezone: str) -> list[Reply]:
    if who.private:
        return [Reply("group/daily_private")]
    current = store.get_chat(who.chat_key) or ChatSettings(
        chat_key=who.chat_key, timezone=default_timezone
    )
    words = args.split()
    action = words[0].lower() if words else "status"
    if action == "status":
        return [Reply("group/daily_status", {"chat": current.to_dict()})]
    if action not in ("on", "off"):
        return [Reply("group/daily_usage")]
    if not who.is_chat_admin:
        return [Reply("group/daily_not_admin", {"action": action})]
    if action == "off":
        current.daily_quote = False
        store.save_chat(current)
        return [Reply("group/daily_off")]
    for word in words[1:]:
        as_time = parse_time(word)
        if as_time is not None:
            current.quote_time = as_time
        elif valid_timezone(word):
            current.timezone = word
        else:
            return [Reply("group/daily_bad_value", {"value": word})]
    current.daily_quote = True
    current.active = True  # an admin asking again means the bot is back in the chat
    store.save_chat(current)
    return [Reply("group/daily_on", {"chat": current.to_dict()})]


class DailyFlow(Flow):
    """/daily in a group or channel: the admin's opt-in to one quote a day."""

    name = "daily"
    commands = (
        Command(
            "daily",
            private=False,
            hint="on/off, time (08:30) and timezone (Europe/London)",
            values=("on", "off"),
        ),
    )

    def on_command(self, event: Incoming) -> list[Reply]:
        return handle_daily(self.store, event.who, event.args, self.s.default_timezone)
