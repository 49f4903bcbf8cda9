"""Upcoming auditions as an iCalendar file (RFC 5545), with the person's timezone.

Built with the `icalendar` library: times carry their zone (with the VTIMEZONE a
calendar needs to place them), so an audition noted for 14:30 in London shows
at 14:30 London time in whatever calendar imports it.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.store import Identities, UserProfile

#: Where subscription links live in the store's shared links: token hash -> person.
CALENDARS = "calendars"
#: How long an appointment shows in a calendar (a self-tape deadline is a moment).
APPOINTMENT = timedelta(hours=1)
TITLES = {
    "room": "Audition",
    "selftape": "Self-tape due",
    "callback": "Callback",
    "chemistry": "Chemistry read",
}


def calendar_bytes(user: UserProfile, now: datetime) -> bytes:
    """Every planned upcoming audition, as an .ics file."""
    # Imported here: only /calendar needs the library (4 MB a process would hold).
    from icalendar import Calendar, Event

    tz = ZoneInfo(user.timezone)
    cal = Calendar()
    cal.add("prodid", "-//Callback//upcoming auditions//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Auditions (Callback)")
    for item in user.upcoming:
        if item.status != "planned":
            continue
        start = datetime.fromisoformat(item.when).astimezone(tz)
        event = Event()
        event.add("uid", f"{item.id}@callback")
        event.add("dtstamp", now)
        event.add("dtstart", start)
        event.add(
            "dtend", start + (timedelta(minutes=15) if item.kind == "selftape" else APPOINTMENT)
        )
        role = f" ({item.role})" if item.role else ""
        event.add("summary", f"{TITLES[item.kind]}: {item.project}{role}")
        if item.place:
            event.add("location", item.place)
        if item.note:
            event.add("description", item.note)
        cal.add_component(event)
    cal.add_missing_timezones()
    return bytes(cal.to_ical())


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_link(store: Identities, user_key: str) -> str:
    """A fresh unguessable token for this person's calendar; any earlier one stops working.
    Only its hash is stored, so the link is shown once."""
    token = secrets.token_urlsafe(24)

    def change(links: dict) -> None:
        table = {k: v for k, v in links.get(CALENDARS, {}).items() if v != user_key}
        table[_digest(token)] = user_key
        links[CALENDARS] = table

    store.update_links(change)
    return token


def revoke_link(store: Identities, user_key: str) -> bool:
    def change(links: dict) -> bool:
        table = links.get(CALENDARS, {})
        kept = {k: v for k, v in table.items() if v != user_key}
        links[CALENDARS] = kept
        return len(kept) != len(table)

    return bool(store.update_links(change))


def link_owner(links: dict, token: str) -> str | None:
    """The person a calendar token belongs to, or None (wrong, revoked or malformed)."""
    if not token or len(token) > 100:
        return None
    owner = links.get(CALENDARS, {}).get(_digest(token))
    return owner if isinstance(owner, str) else None
