"""Timezones as people type them: "london", "New York", "europe/london", "EST".

The tz database wants "Europe/London"; people write the city. Matching is
case-insensitive, on the whole name or on the city part, and a name that
matches nothing gets the closest suggestions. Abbreviations like "EST" and
"GMT" are fixed offsets with no daylight saving: accepted, with a warning,
because an hour off all summer is a bad surprise for a check-in.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import cache
from zoneinfo import available_timezones

from bot.config import valid_timezone

#: Zones that are a fixed offset or a legacy rule, not a place.
_FIXED = {"UTC", "GMT", "EST", "MST", "HST", "UCT", "Zulu", "Universal", "Greenwich"}


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
    upper = cleaned.upper()
    if upper in {f.upper() for f in _FIXED} or (cleaned.isalpha() and valid_timezone(upper)):
        name = upper if valid_timezone(upper) else "UTC"
        return Resolved(name, fixed_offset=name not in ("UTC",))
    # Near misses of a real city ("londn", "sydnei"), not look-alikes: "Gotham" is not
    # "Godthab" (0.77 alike; real typos of a city score 0.8 and more).
    close = difflib.get_close_matches(city, list(cities), n=3, cutoff=0.8)
    return Resolved(None, tuple(cities[c] for c in close))
