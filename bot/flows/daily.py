"""Group and channel settings for the daily quote: `/daily on 08:30 Europe/London`.

Only a chat admin may change them. Whether someone is an admin comes from
the adapter, which asks the platform (Telegram's getChatMember, Discord's
permission data); nothing typed in the message can claim it.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot import dates
from bot.config import clock_time
from bot.events import Incoming, Reply, Who
from bot.flows.base import Command, Flow
from bot.store import ChatSettings, Store
from bot.timezones import resolve

_TIME = re.compile(r"^([01]?\d|2[0-3])[:.h]?([0-5]\d)$")


def parse_time(text: str) -> str | None:
    """'8:30', '08.30', '0830', '20h15', '8:30am', '8pm' -> 'HH:MM'; None otherwise.

    The same times /settings reads for quiet hours, plus the 24-hour forms people type.
    """
    cleaned = text.strip().lower()
    m = _TIME.match(cleaned)
    if m:
        return f"{int(m.group(1)):02d}:{m.group(2)}"
    if not re.search(r"[ap]\.?m\.?$", cleaned):
        return None  # a bare "8" is a number, not a time
    found = clock_time(cleaned)
    return f"{found:%H:%M}" if found is not None else None


def _settle(current: ChatSettings, now: datetime) -> datetime:
    """When the first quote goes out, and mark today done if its moment has passed: one
    turned on at 16:37 for 08:30 starts tomorrow instead of posting at once."""
    zone = ZoneInfo(current.timezone)
    today = now.astimezone(zone).date()
    hour, minute = (int(x) for x in current.quote_time.split(":"))
    at = datetime.combine(today, time(hour, minute), tzinfo=zone)
    if at <= now or current.last_sent == str(today):
        current.last_sent = str(today)
        at = datetime.combine(today + timedelta(days=1), time(hour, minute), tzinfo=zone)
    return at


def handle_daily(
    store: Store, who: Who, args: str, default_timezone: str, now: datetime
) -> list[Reply]:
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
    rest = " ".join(words[1:])
    for word in _values(rest):
        as_time = parse_time(word)
        place = resolve(word) if as_time is None else None
        if as_time is not None:
            current.quote_time = as_time
        elif place is not None and place.name is not None:
            current.timezone = place.name
        else:
            close = place.suggestions if place is not None else ()
            return [Reply("group/daily_bad_value", {"value": word, "close": list(close)})]
    current.daily_quote = True
    current.active = True  # an admin asking again means the bot is back in the chat
    first = _settle(current, now)
    store.save_chat(current)
    values = {"chat": current.to_dict(), "first": dates.moment(first, current.timezone, now)}
    return [Reply("group/daily_on", values)]


def _values(text: str) -> list[str]:
    """The time and the place in what follows /daily on, with "New York" and "8:30 am"
    kept whole: a word that is not a time joins the next when together they are a place."""
    words = re.sub(r"(\d)\s+([ap]\.?m\.?)\b", r"\1\2", text, flags=re.IGNORECASE).split()
    out: list[str] = []
    for word in words:
        if out and parse_time(out[-1]) is None and parse_time(word) is None:
            joined = f"{out[-1]} {word}"
            if resolve(joined).name is not None or resolve(out[-1]).name is None:
                out[-1] = joined
                continue
        out.append(word)
    return out


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
        return handle_daily(
            self.store, event.who, event.args, self.s.default_timezone, self.s.clock()
        )
