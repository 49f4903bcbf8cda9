"""Timezones as people type them: "london", "New York", "europe/london", "EST".

The tz database wants "Europe/London"; people write the city. Matching is
case-insensitive, on the whole name or on the city part, and a name that
matches nothing gets the closest suggestions. Abbreviations like "EST" and
"GMT" are fixed offsets with no daylight saving: accepted, with a warning,
because an hour off all summer is a bad surprise for a check-in.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

import tzdata

from bot.config import valid_timezone

#: Zones that are a fixed offset or a legacy rule, not a place.
_FIXED = {"UTC", "GMT", "EST", "MST", "HST", "UCT", "Zulu", "Universal", "Greenwich"}


#: "UTC+5", "GMT-3", "utc +05:30", "+0530": an offset, as people copy it from a phone.
_OFFSET = re.compile(r"^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)


@dataclass(frozen=True)
class Resolved:
    name: str | None
    suggestions: tuple[str, ...] = ()
    #: True when the name is an abbreviation with no summer time (EST, GMT...).
    fixed_offset: bool = False


@cache
def _index() -> tuple[dict[str, str], dict[str, str]]:
    """Lower-case full names, and lower-case city parts ("new york") that are unique."""
    names = {
        z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/"))
    }
    full = {z.lower(): z for z in names}
    cities: dict[str, list[str]] = {}
    for zone in names:
        city = zone.rsplit("/", 1)[1].replace("_", " ").lower()
        cities.setdefault(city, []).append(zone)
    # Prefer the canonical continent when a city name appears twice (Europe/ over Asia/).
    unique = {c: sorted(zs, key=lambda z: (z.count("/"), z))[0] for c, zs in cities.items()}
    return full, unique


def resolve(text: str) -> Resolved:
    cleaned = " ".join(text.strip().split())
    if not cleaned or len(cleaned) > 64:
        return Resolved(None)
    full, cities = _index()
    key = cleaned.lower().replace(" ", "_")
    if key in full:
        return Resolved(full[key])
    city = cleaned.lower().replace("_", " ")
    if city in cities:
        return Resolved(cities[city])
    offset = _OFFSET.match(cleaned)
    if offset:
        return _from_offset(offset)
    upper = cleaned.upper()
    if upper in {f.upper() for f in _FIXED} or (cleaned.isalpha() and valid_timezone(upper)):
        name = upper if valid_timezone(upper) else "UTC"
        return Resolved(name, fixed_offset=name not in ("UTC",))
    # Near misses of a real city ("londn", "sydnei"), not look-alikes: "Gotham" is not
    # "Godthab" (0.77 alike; real typos of a city score 0.8 and more).
    close = difflib.get_close_matches(city, list(cities), n=3, cutoff=0.8)
    return Resolved(None, tuple(cities[c] for c in close))


def _from_offset(m: re.Match[str]) -> Resolved:
    """A whole-hour offset is the tz database's Etc/GMT zone (whose sign is inverted:
    UTC+5 is Etc/GMT-5), accepted with the no-summer-time warning; any other offset
    (UTC+5:30) has no such zone, so the places on it right now are offered instead."""
    sign, hours, minutes = m.group(1), int(m.group(2)), int(m.group(3) or 0)
    if hours > 14 or minutes >= 60:
        return Resolved(None)
    if minutes == 0:
        name = "UTC" if hours == 0 else f"Etc/GMT{'-' if sign == '+' else '+'}{hours}"
        if valid_timezone(name):
            return Resolved(name, fixed_offset=name != "UTC")
    wanted = (1 if sign == "+" else -1) * (hours * 60 + minutes)
    return Resolved(None, _places_at(wanted))


@cache
def _places() -> tuple[str, ...]:
    """Zones that are places today (zone.tab: one line per zone, no old aliases such as
    Asia/Calcutta), in the order that table lists them."""
    table = Path(tzdata.__file__).parent / "zoneinfo" / "zone.tab"
    rows = table.read_text(encoding="utf-8").splitlines()
    return tuple(r.split("\t")[2] for r in rows if r and not r.startswith("#"))


def _places_at(minutes: int, most: int = 3) -> tuple[str, ...]:
    """The biggest-named places whose clocks are `minutes` from UTC today."""
    now = datetime.now(UTC)
    zones = _places()
    found = [
        z
        for z in zones
        if (offset := now.astimezone(ZoneInfo(z)).utcoffset()) is not None
        and offset.total_seconds() == minutes * 60
    ]
    return tuple(found[:most])


def shown(name: str) -> str:
    """A zone as a person reads it: the tz database writes UTC+5 as "Etc/GMT-5"."""
    m = re.fullmatch(r"Etc/GMT([+-])(\d{1,2})", name)
    if not m:
        return name
    return f"UTC{'-' if m.group(1) == '+' else '+'}{m.group(2)}"
