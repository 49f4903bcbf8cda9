"""Configuration: one TOML file for settings, the environment for secrets.

Everything is validated once at start-up so a typo becomes a clear message
naming the key, instead of a crash at 3 a.m. when the first check-in fires.
"""

from __future__ import annotations

import difflib
import logging
import os
import re
import tomllib
from dataclasses import dataclass, field
from datetime import time
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

SECRET_ENV = ("TELEGRAM_BOT_TOKEN", "DISCORD_BOT_TOKEN")
DEFAULT_CONFIG_PATH = Path("config.toml")

#: Extra lines shown under the helplines for the person's country (an operator's own;
#: the emergency number, for the person's country where known, is the template's line).
DEFAULT_RESOURCES: tuple[str, ...] = ()


class ConfigError(Exception):
    """Problems a person must fix in the config file or environment: all of them at once,
    each on its own line, located ("config.toml:12: bot.data_dir: ...")."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        self.problems = problems or [message]
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True)
class QuietHours:
    start: time
    end: time

    def contains(self, t: time) -> bool:
        """Quiet hours usually wrap past midnight (22:00-08:00), so handle both shapes."""
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= t < self.end
        return t >= self.start or t < self.end

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


@dataclass(frozen=True)
class TelegramConfig:
    token: str | None = field(default=None, repr=False)
    api_base_url: str | None = None
    mode: str = "polling"
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_path_secret: str | None = field(default=None, repr=False)
    webhook_public_url: str | None = None


@dataclass(frozen=True)
class DiscordConfig:
    token: str | None = field(default=None, repr=False)
    test_guild_id: int | None = None
    #: Gateway sharding across workers: 0 keeps one plain connection.
    shard_count: int = 0
    #: The shards this worker runs (empty: all of them).
    shard_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Config:
    data_dir: Path = Path("data")
    default_timezone: str = "UTC"
    log_level: str = "INFO"
    checkin_days: tuple[int, ...] = (3, 7, 14)
    checkin_hour: int = 18
    quiet_hours: QuietHours = QuietHours(time(22, 0), time(9, 0))
    grace_hours: float = 12.0
    #: How often each worker looks for due check-ins; also how soon a standby worker
    #: takes over sending when the sender dies. A divisor of 60.
    tick_seconds: int = 60
    #: Minutes after the check-in hour over which people's check-ins are spread.
    spread_minutes: int = 60
    #: Local hour of the prep reminder the night before an upcoming audition.
    prep_hour: int = 19
    #: Hours after an upcoming audition's time that "how did it go?" is asked.
    after_hours: float = 2.0
    help_resources: tuple[str, ...] = DEFAULT_RESOURCES
    #: "hybrid" (the model's theme head, the rules where it leans their way) or "rules".
    matcher: str = "hybrid"
    #: The safety check's fine-tuned model beside its rules (off: the rules alone).
    safety_learned: bool = True
    telegram: TelegramConfig = TelegramConfig()
    discord: DiscordConfig = DiscordConfig()
    #: PostgreSQL instead of TinyDB (DATABASE_URL, from the environment only: it may
    #: carry a password). None keeps the embedded TinyDB journal in data_dir.
    database_url: str | None = field(default=None, repr=False)
    #: /healthz, /readyz and /metrics (bot/ops.py); None keeps them off.
    ops_port: int | None = None
    ops_host: str = "127.0.0.1"
    #: The address people reach the ops port at (https://bot.example.org), for calendar
    #: subscription links; None offers the .ics file only.
    public_url: str | None = None
    #: One JSON object per log line, for a log collector.
    json_logs: bool = False
    #: A person's journal larger than this is not opened (it would make every turn slow
    #: and fill the log); an import file larger than the other is refused.
    max_journal_bytes: int = 50 * 1024 * 1024
    max_import_bytes: int = 50 * 1024 * 1024
    source: Path | None = None

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.default_timezone)

    def secrets(self) -> list[str]:
        """Values that must never reach a log line."""
        values = [self.telegram.token, self.discord.token, self.telegram.webhook_path_secret]
        values += [self.database_url, _dsn_password(self.database_url)]
        return [s for s in values if s]


def _dsn_password(dsn: str | None) -> str | None:
    """The password inside a postgresql:// URL, so a log line quoting part of it is scrubbed."""
    if not dsn:
        return None
    match = re.match(r"^[a-z]+://[^:/@]*:([^@]+)@", dsn)
    return match.group(1) if match else None


_CLOCK_RE = re.compile(
    r"^(?P<h>\d{1,2})(?:[:.h](?P<m>\d{2}))?\s*(?:(?P<ampm>[ap])\.?\s*m?\.?)?$", re.IGNORECASE
)
_RANGE_RE = re.compile(r"^\s*(?:from\s+)?(.+?)\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b)\s*(.+?)\s*$")


def clock_time(text: str) -> time | None:
    """'22:00', '22', '10pm', '10.30 pm', '7am', '12am' (midnight) -> a time; None if not one."""
    m = _CLOCK_RE.match(text.strip())
    if not m:
        return None
    hour, minute = int(m["h"]), int(m["m"] or 0)
    if m["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["ampm"].lower() == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def parse_quiet_hours(text: str) -> QuietHours:
    """'22:00-08:30', '10pm-8am', '22-8', 'from 10 pm to 7:30 am' -> QuietHours.

    ValueError naming the text otherwise.
    """
    m = _RANGE_RE.match(text.replace("\u2212", "-"))
    start, end = (clock_time(m.group(1)), clock_time(m.group(2))) if m else (None, None)
    if start is None or end is None:
        raise ValueError(f"expected a range like 22:00-08:00 or 10pm-8am, got {text!r}")
    return QuietHours(start, end)


#: Files in a zoneinfo folder that are not zones a person lives in.
_NOT_ZONES = frozenset({"localtime", "posixrules", "Factory", "leapseconds", "tzdata.zi"})


@cache
def _iana_names() -> frozenset[str]:
    return frozenset(
        name
        for name in available_timezones()
        if name not in _NOT_ZONES and not name.startswith(("posix/", "right/"))
    )


def valid_timezone(name: str) -> bool:
    """An IANA name the tz database lists ("Europe/London", "UTC"). Anything else is
    False, never an exception: not "localtime" or "posixrules" (files in the zoneinfo
    folder that are not zones), not a 300-character name (the lookup raises OSError)."""
    if not name or len(name) > 64 or name not in _iana_names():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def _get(section: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    value = section[key]
    # bool is an int in Python; a 'true' where a number belongs is still a mistake.
    if isinstance(value, bool) and kind is not bool:
        raise ConfigError(f"{where}.{key}: expected {_kind_name(kind)}, got a boolean")
    if not isinstance(value, kind):
        raise ConfigError(f"{where}.{key}: expected {_kind_name(kind)}, got {value!r}")
    return value


def _kind_name(kind: type | tuple[type, ...]) -> str:
    if isinstance(kind, tuple):
        return " or ".join(k.__name__ for k in kind)
    return kind.__name__


_KNOWN = {
    "bot": {"data_dir", "default_timezone", "log_level", "max_journal_mb", "max_import_mb"},
    "checkins": {
        "days",
        "local_hour",
        "quiet_hours",
        "grace_hours",
        "tick_seconds",
        "spread_minutes",
        "prep_hour",
        "after_hours",
    },
    "safety": {"resources", "learned"},
    "content": {"matcher"},
    "telegram": {
        "api_base_url",
        "mode",
        "webhook_listen",
        "webhook_port",
        "webhook_public_url",
    },
    "discord": {"test_guild_id", "shard_count", "shard_ids"},
    "ops": {"port", "host", "json_logs", "public_url"},
}


#: Values that are secrets, wherever they were pasted: a bot token (Telegram's digits and
#: 35 characters, Discord's three dotted parts) or a database URL with a password.
_SECRET_VALUES = re.compile(
    r"\b\d{6,}:[A-Za-z0-9_-]{30,}\b"
    r"|\b[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{20,}\b"
    r"|\b[a-z][a-z0-9+.-]*://[^\s:/@]+:[^\s@]+@"
)

#: Each section's checks, run one key at a time so every problem is reported, with the
#: keys a check also needs (a shard list is read against the shard count).
_NEEDS = {"shard_ids": ("shard_count",), "webhook_public_url": ("mode",)}


def load_config(path: Path | None = None, env: dict[str, str] | None = None) -> Config:
    """Read the TOML file (optional) and the environment into a validated Config.

    A missing file at the default path means "use defaults" so the first run
    needs no setup; a missing file that was asked for by name is an error. Every
    problem is found before any is reported (ConfigError.problems), each with the
    file and line where it is.
    """
    env = dict(os.environ if env is None else env)
    explicit = path is not None or "CALLBACK_CONFIG" in env
    path = Path(path or env.get("CALLBACK_CONFIG") or DEFAULT_CONFIG_PATH)
    problems: list[str] = []
    raw, text = _read_toml(path, explicit, problems)

    def where(section: str, key: str | None = None) -> str:
        line = _line_of(text, section, key)
        return f"{path}:{line}: " if line else f"{path}: "

    def each(section: str, check: Any, *extra: Any) -> dict[str, Any]:
        found: dict[str, Any] = {}
        data = raw.get(section, {})
        for key in data:
            subset = {k: data[k] for k in (key, *_NEEDS.get(key, ())) if k in data}
            try:
                found.update(check(subset, *extra))
            except ConfigError as exc:
                problems.extend(where(section, key) + p for p in exc.problems)
        return found

    kwargs: dict[str, Any] = {"source": path if path.exists() else None}
    kwargs.update(each("bot", _bot_section, {}))
    if env.get("CALLBACK_DATA_DIR", "").strip():  # set but empty is unset, as DATABASE_URL is
        kwargs["data_dir"] = Path(env["CALLBACK_DATA_DIR"])
    kwargs.update(each("checkins", _checkins_section))
    kwargs.update(each("safety", lambda d: _safety_and_content(d, {})))
    kwargs.update(each("content", lambda d: _safety_and_content({}, d)))
    kwargs.update(each("ops", _ops_section))
    for name, build in (("telegram", _telegram_section), ("discord", _discord_section)):
        try:
            kwargs[name] = build(raw.get(name, {}), env)
        except ConfigError as exc:
            problems += [where(name) + p for p in exc.problems]
    url = env.get("DATABASE_URL") or None
    if url is not None and not re.match(r"^postgres(ql)?://", url):
        problems.append("DATABASE_URL: expected a postgresql:// URL")
    kwargs["database_url"] = url
    if problems:
        problems.sort(key=_line_number)
        raise ConfigError(problems[0], problems)
    return Config(**kwargs)


def _line_number(problem: str) -> int:
    found = re.match(r"^[^:]*:(\d+):", problem)
    return int(found.group(1)) if found else 0


def _line_of(text: str, section: str, key: str | None) -> int | None:
    """The line of `key` in `[section]` (or of the section itself) in the TOML text."""
    current = None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("["):
            current = stripped.strip("[] ")
            if key is None and current == section:
                return number
        elif (
            current == section and key is not None and re.match(rf"{re.escape(key)}\s*=", stripped)
        ):
            return number
    return None


def _secret_values(value: Any) -> bool:
    if isinstance(value, str):
        return _SECRET_VALUES.search(value) is not None
    if isinstance(value, list):
        return any(_secret_values(v) for v in value)
    if isinstance(value, dict):
        return any(_secret_values(v) for v in value.values())
    return False


def _read_toml(path: Path, explicit: bool, problems: list[str]) -> tuple[dict[str, Any], str]:
    """The file's tables and its text; unknown names (with the nearest known one) and
    anything that looks like a secret are added to `problems`, and left out."""
    raw: dict[str, Any] = {}
    text = ""
    if path.exists():
        try:
            text = path.read_text(encoding="utf-8")
            raw = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot be read ({exc})") from exc
    elif explicit:
        raise ConfigError(f"{path}: config file not found")
    clean: dict[str, Any] = {}
    for section, keys in raw.items():
        here = f"{path}:{_line_of(text, section, None) or '?'}: "
        if section not in _KNOWN:
            near = difflib.get_close_matches(section, list(_KNOWN), n=1, cutoff=0.6)
            hint = f" (did you mean [{near[0]}]?)" if near else ""
            problems.append(f"{here}unknown section [{section}]{hint}")
            continue
        if not isinstance(keys, dict):
            problems.append(f"{here}{section} must be a table")
            continue
        clean[section] = {}
        for key, value in keys.items():
            at = f"{path}:{_line_of(text, section, key) or '?'}: {section}.{key}"
            if "token" in key.lower() or "secret" in key.lower() or _secret_values(value):
                problems.append(
                    f"{at}: looks like a secret (a bot token or a password). Secrets come from "
                    f"environment variables only ({', '.join(SECRET_ENV)}, DATABASE_URL)"
                )
            elif key not in _KNOWN[section]:
                near = difflib.get_close_matches(key, sorted(_KNOWN[section]), n=1, cutoff=0.6)
                problems.append(
                    f"{at}: unknown key" + (f" (did you mean {near[0]}?)" if near else "")
                )
            else:
                clean[section][key] = value
    return clean, text


def _bot_section(bot: dict[str, Any], env: dict[str, str]) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    if "data_dir" in bot:
        kwargs["data_dir"] = Path(_get(bot, "data_dir", str, "bot"))
    if "default_timezone" in bot:
        tz = _get(bot, "default_timezone", str, "bot")
        if not valid_timezone(tz):
            raise ConfigError(
                f"bot.default_timezone: unknown timezone {tz!r} (try 'Europe/London')"
            )
        kwargs["default_timezone"] = tz
    if "log_level" in bot:
        level = _get(bot, "log_level", str, "bot").upper()
        if level not in logging.getLevelNamesMapping():
            raise ConfigError(f"bot.log_level: unknown level {level!r}")
        kwargs["log_level"] = level
    for key in ("max_journal_mb", "max_import_mb"):
        if key in bot:
            size = _get(bot, key, (int, float), "bot")
            if not 0 < size <= 10_000:
                raise ConfigError(f"bot.{key}: expected megabytes between 0 and 10000")
            kwargs[key.replace("_mb", "_bytes")] = int(size * 1024 * 1024)
    return kwargs


def _checkins_section(checkins: dict[str, Any]) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    if "days" in checkins:
        days = _get(checkins, "days", list, "checkins")
        if not days or not all(isinstance(d, int) and not isinstance(d, bool) for d in days):
            raise ConfigError(
                "checkins.days: expected a non-empty list of whole days, e.g. [3, 7, 14]"
            )
        if any(d < 1 or d > 365 for d in days):
            raise ConfigError("checkins.days: each day must be between 1 and 365")
        kwargs["checkin_days"] = tuple(sorted(set(days)))
    if "local_hour" in checkins:
        hour = _get(checkins, "local_hour", int, "checkins")
        if not 0 <= hour <= 23:
            raise ConfigError("checkins.local_hour: must be 0-23")
        kwargs["checkin_hour"] = hour
    if "quiet_hours" in checkins:
        try:
            kwargs["quiet_hours"] = parse_quiet_hours(
                _get(checkins, "quiet_hours", str, "checkins")
            )
        except ValueError as exc:
            raise ConfigError(f"checkins.quiet_hours: {exc}") from exc
    if "grace_hours" in checkins:
        grace = _get(checkins, "grace_hours", (int, float), "checkins")
        if grace < 0:
            raise ConfigError("checkins.grace_hours: must not be negative")
        kwargs["grace_hours"] = float(grace)
    if "spread_minutes" in checkins:
        spread = _get(checkins, "spread_minutes", int, "checkins")
        if not 0 <= spread <= 240:
            raise ConfigError("checkins.spread_minutes: 0 (all at the hour) to 240")
        kwargs["spread_minutes"] = spread
    if "prep_hour" in checkins:
        prep = _get(checkins, "prep_hour", int, "checkins")
        if not 0 <= prep <= 23:
            raise ConfigError("checkins.prep_hour: must be 0-23")
        kwargs["prep_hour"] = prep
    if "after_hours" in checkins:
        after = _get(checkins, "after_hours", (int, float), "checkins")
        if not 0 < after <= 48:
            raise ConfigError("checkins.after_hours: more than 0, at most 48")
        kwargs["after_hours"] = float(after)
    if "tick_seconds" in checkins:
        tick = _get(checkins, "tick_seconds", int, "checkins")
        if tick < 1 or 60 % tick:
            raise ConfigError("checkins.tick_seconds: must divide 60 (e.g. 5, 10, 30, 60)")
        kwargs["tick_seconds"] = tick
    return kwargs


def _safety_and_content(safety: dict[str, Any], content: dict[str, Any]) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    if "resources" in safety:
        res = _get(safety, "resources", list, "safety")
        if not all(isinstance(r, str) and r.strip() for r in res):
            raise ConfigError("safety.resources: expected a list of lines of text")
        kwargs["help_resources"] = tuple(res)
    if "learned" in safety:
        kwargs["safety_learned"] = _get(safety, "learned", bool, "safety")
    if "matcher" in content:
        matcher = _get(content, "matcher", str, "content")
        if matcher not in ("hybrid", "english", "rules"):
            raise ConfigError('content.matcher: expected "hybrid", "english" or "rules"')
        kwargs["matcher"] = matcher
    return kwargs


def _telegram_section(tg: dict[str, Any], env: dict[str, str]) -> TelegramConfig:
    tg_kwargs: dict[str, Any] = {"token": env.get("TELEGRAM_BOT_TOKEN") or None}
    base = env.get("TELEGRAM_API_BASE_URL") or tg.get("api_base_url") or None
    if base is not None:
        if not isinstance(base, str) or not re.match(r"^https?://", base):
            raise ConfigError("telegram.api_base_url: expected an http(s) URL")
        tg_kwargs["api_base_url"] = base.rstrip("/")
    if "mode" in tg:
        mode = _get(tg, "mode", str, "telegram")
        if mode not in ("polling", "webhook"):
            raise ConfigError("telegram.mode: expected 'polling' or 'webhook'")
        tg_kwargs["mode"] = mode
    for key, kind in (("webhook_listen", str), ("webhook_port", int), ("webhook_public_url", str)):
        if key in tg:
            tg_kwargs[key] = _get(tg, key, kind, "telegram")
    tg_kwargs["webhook_path_secret"] = env.get("TELEGRAM_WEBHOOK_SECRET") or None
    if tg_kwargs.get("mode") == "webhook" and tg_kwargs["token"]:
        if not tg_kwargs.get("webhook_public_url"):
            raise ConfigError("telegram.webhook_public_url is required in webhook mode")
        if not tg_kwargs["webhook_path_secret"]:
            raise ConfigError(
                "TELEGRAM_WEBHOOK_SECRET must be set in the environment in webhook mode"
            )
    return TelegramConfig(**tg_kwargs)


def _discord_section(dc: dict[str, Any], env: dict[str, str]) -> DiscordConfig:
    dc_kwargs: dict[str, Any] = {"token": env.get("DISCORD_BOT_TOKEN") or None}
    if "test_guild_id" in dc:
        gid = _get(dc, "test_guild_id", int, "discord")
        dc_kwargs["test_guild_id"] = gid or None
    if "shard_count" in dc:
        count = _get(dc, "shard_count", int, "discord")
        if count < 0:
            raise ConfigError("discord.shard_count: must be 0 (no sharding) or more")
        dc_kwargs["shard_count"] = count
    if "shard_ids" in dc:
        ids = _get(dc, "shard_ids", list, "discord")
        count = dc_kwargs.get("shard_count", 0)
        if not all(isinstance(i, int) and not isinstance(i, bool) for i in ids) or any(
            not 0 <= i < count for i in ids
        ):
            raise ConfigError(
                "discord.shard_ids: whole numbers from 0 to shard_count - 1, e.g. [0, 1]"
            )
        dc_kwargs["shard_ids"] = tuple(sorted(set(ids)))
    return DiscordConfig(**dc_kwargs)


def _ops_section(ops: dict[str, Any]) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    if "port" in ops:
        port = _get(ops, "port", int, "ops")
        if not 0 <= port <= 65535:
            raise ConfigError("ops.port: expected 0-65535 (0 keeps the endpoints off)")
        kwargs["ops_port"] = port or None
    if "host" in ops:
        kwargs["ops_host"] = _get(ops, "host", str, "ops")
    if "json_logs" in ops:
        kwargs["json_logs"] = _get(ops, "json_logs", bool, "ops")
    if "public_url" in ops:
        url = _get(ops, "public_url", str, "ops").rstrip("/")
        if url and not url.startswith(("https://", "http://")):
            raise ConfigError("ops.public_url: expected an http(s):// address")
        kwargs["public_url"] = url or None
    return kwargs


class RedactSecrets(logging.Filter):
    """Scrub secrets from every record; HTTP client logs put the bot token in URLs."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self._secrets = [s for s in secrets if len(s) >= 6]

    def _redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "[REDACTED]")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        message = record.getMessage()
        redacted = self._redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info:
            # Tracebacks of HTTP errors quote the request URL, token included.
            record.exc_text = self._redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = self._redact(record.exc_text)
        return True


def setup_logging(config: Config, *, to_file: Path | None = None) -> None:
    """Log to stderr, or to a file when the terminal is the chat (console mode)."""
    handler: logging.Handler
    if to_file is not None:
        to_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = logging.FileHandler(to_file, encoding="utf-8")
        os.chmod(to_file, 0o600)  # the log sits beside the journals: private too
    else:
        handler = logging.StreamHandler()
    if config.json_logs and to_file is None:
        from pythonjsonlogger.json import JsonFormatter

        handler.setFormatter(
            JsonFormatter(
                "%(asctime)s %(levelname)s %(name)s %(message)s",
                rename_fields={"levelname": "level", "name": "logger"},
            )
        )
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(config.secrets()))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(config.log_level)
    # httpx logs every request URL at INFO, and Telegram URLs contain the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # These print whole updates (people's messages) at DEBUG, and APScheduler two lines a
    # minute at INFO: quiet unless the operator asks for them with CALLBACK_LIBRARY_DEBUG=1.
    if os.environ.get("CALLBACK_LIBRARY_DEBUG") != "1":
        for name in ("telegram", "discord", "apscheduler", "httpcore", "aiohttp"):
            logging.getLogger(name).setLevel(logging.WARNING)
