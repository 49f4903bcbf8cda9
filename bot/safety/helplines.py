"""Helplines for the person's country, from `prompts/safety/helplines.toml`.

A number shown to someone in crisis must be right, so every entry carries the
public page it was verified on and the date; the loader refuses one without.
Where we know no line for a country, the international directory is shown.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

import tzdata

from bot.render import PROMPTS_DIR

HELPLINES_PATH = PROMPTS_DIR / "safety" / "helplines.toml"
_CODE = re.compile(r"^[A-Z]{2}$")


class HelplineError(ValueError):
    pass


@dataclass(frozen=True)
class Helpline:
    name: str
    contact: str
    source: str
    checked: date

    def line(self) -> str:
        return f"{self.name}: {self.contact}"


@dataclass(frozen=True)
class Emergency:
    """The number for police and ambulance, shown first when someone is in danger now."""

    number: str
    source: str
    checked: date


@dataclass(frozen=True)
class Directory:
    international: Helpline
    countries: dict[str, Helpline]
    #: Country code -> its emergency number; "international" when the country is unknown.
    emergency: dict[str, Emergency] = field(default_factory=dict)

    def for_country(self, country: str | None) -> Helpline | None:
        return self.countries.get(country or "")

    def emergency_for(self, country: str | None) -> Emergency | None:
        return self.emergency.get(country or "") or self.emergency.get("international")

    def with_lines(self) -> tuple[str, ...]:
        """Countries we know a helpline for, in a stable order (the crisis reply's buttons)."""
        return tuple(sorted(self.countries))


def _entry(where: str, raw: object) -> Helpline:
    if not isinstance(raw, dict):
        raise HelplineError(f"{where}: expected a table")
    for key in ("name", "contact", "source", "checked"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise HelplineError(f"{where}: '{key}' is required")
    if not str(raw["source"]).startswith(("http://", "https://")):
        raise HelplineError(f"{where}: 'source' must be the public page the number was checked on")
    try:
        checked = date.fromisoformat(raw["checked"])
    except ValueError as exc:
        raise HelplineError(f"{where}: 'checked' must be YYYY-MM-DD") from exc
    return Helpline(raw["name"], raw["contact"], raw["source"], checked)


def _emergency(where: str, raw: object) -> Emergency:
    if not isinstance(raw, dict):
        raise HelplineError(f"{where}: expected a table")
    line = _entry(where, {**raw, "name": "emergency", "contact": raw.get("number")})
    return Emergency(line.contact, line.source, line.checked)


def load_directory(path: Path = HELPLINES_PATH) -> Directory:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    countries = {}
    for code, raw in data.get("countries", {}).items():
        if not _CODE.match(code):
            raise HelplineError(f"countries.{code}: use a two-letter ISO 3166 code")
        countries[code] = _entry(f"countries.{code}", raw)
    emergency = {}
    for code, raw in data.get("emergency", {}).items():
        if code != "international" and not _CODE.match(code):
            raise HelplineError(f"emergency.{code}: use a two-letter ISO 3166 code")
        emergency[code] = _emergency(f"emergency.{code}", raw)
    return Directory(_entry("international", data.get("international")), countries, emergency)


def _tz_table(name: str) -> list[list[str]]:
    """Rows of one of the tz database's own tables (shipped in the tzdata package)."""
    table = Path(tzdata.__file__).parent / "zoneinfo" / name
    lines = table.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


@cache
def known_countries() -> dict[str, str]:
    """ISO 3166 code -> country name."""
    return {row[0]: row[1].strip() for row in _tz_table("iso3166.tab") if len(row) >= 2}


@cache
def _zone_countries() -> dict[str, str]:
    """Timezone -> the one country it belongs to (zone.tab lists one per zone)."""
    return {row[2]: row[0] for row in _tz_table("zone.tab") if len(row) >= 3}


def country_from_timezone(timezone: str | None) -> str | None:
    """The country of a timezone, or None where that is not clear (UTC, Etc/GMT+3)."""
    return _zone_countries().get(timezone or "")


def parse_country(value: str) -> str | None:
    """A two-letter code from what a person typed ("gb", "GB", "United Kingdom")."""
    cleaned = value.strip()
    if cleaned.upper() in known_countries():
        return cleaned.upper()
    aliases = {
        "UK": "GB",
        "UNITED KINGDOM": "GB",
        "ENGLAND": "GB",
        "SCOTLAND": "GB",
        "WALES": "GB",
        "NORTHERN IRELAND": "GB",
        "USA": "US",
        "UNITED STATES": "US",
        "AMERICA": "US",
    }
    if cleaned.upper() in aliases:
        return aliases[cleaned.upper()]
    by_name = {name.casefold(): code for code, name in known_countries().items()}
    return by_name.get(cleaned.casefold())
