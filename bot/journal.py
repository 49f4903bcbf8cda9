"""The actor's own record: stats, a chart, and exports they can take anywhere.

Pure functions over store records, so they are easy to check against
hand-computed fixtures and shared by the chat commands and the operator CLI.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bot.chart import COLOURS
from bot.store import Audition, CheckIn, Store, UserProfile
from bot.store.base import MAX_UPCOMING


def normalise_office(name: str | None) -> str:
    """'  Jane Doe Casting ' and 'jane doe casting' are the same office."""
    return " ".join((name or "").casefold().split())


EXPORT_VERSION = 1
CSV_FIELDS = (
    "id",
    "date",
    "project",
    "role",
    "format",
    "wore",
    "feeling",
    "nailed",
    "learned",
    "extra",
    "outcome",
    "created_at",
    "updated_at",
)
#: Spreadsheets run cells starting with these as formulas (OWASP CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class Stats:
    total: int = 0
    per_month: list[tuple[str, int]] = field(default_factory=list)
    callback_rate: float | None = None
    #: Auditions still waiting for news: left out of the rates, and said so.
    open: int = 0
    booking_rate: float | None = None
    recent_total: int = 0
    recent_callback_rate: float | None = None
    recent_booking_rate: float | None = None
    feeling_all: float | None = None
    feeling_recent: float | None = None
    feeling_earlier: float | None = None
    formats: list[tuple[str, int]] = field(default_factory=list)
    days_since_last: int | None = None
    week_streak: int = 0
    #: (format, called, with news) where enough auditions of that format have news.
    by_format: list[tuple[str, int, int]] = field(default_factory=list)
    #: (office as written, called, with news) for offices seen often enough.
    by_office: list[tuple[str, int, int]] = field(default_factory=list)


#: Fewer auditions with news than this in a group, and its rate is noise: not shown.
GROUP_MIN_KNOWN = 5


#: Outcomes that went further than the audition: a callback, an avail / hold, a booking.
CALLED = ("callback", "hold", "booked")


def _rates(items: list[Audition]) -> tuple[float | None, float | None]:
    """Rates over auditions whose outcome is known: "still waiting" is not a no.

    Counting open auditions as failures showed 0% to someone who simply hasn't
    heard yet, which is discouraging and means nothing.
    """
    known = [a for a in items if a.outcome != "waiting"]
    if not known:
        return None, None
    called = sum(1 for a in known if a.outcome in CALLED)
    booked = sum(1 for a in known if a.outcome == "booked")
    return called / len(known), booked / len(known)


def _groups(
    auditions: list[Audition],
) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """Callbacks per format and per casting office, over auditions with news, only where
    a group has enough of them to mean something."""
    known = [a for a in auditions if a.outcome != "waiting"]
    formats: dict[str, list[Audition]] = {}
    offices: dict[str, list[Audition]] = {}
    for a in known:
        if a.format:
            formats.setdefault(a.format, []).append(a)
        if normalise_office(a.office):
            offices.setdefault(normalise_office(a.office), []).append(a)

    def rows(groups: dict[str, list[Audition]], label: Any) -> list[tuple[str, int, int]]:
        found = [
            (label(name, items), sum(1 for a in items if a.outcome in CALLED), len(items))
            for name, items in groups.items()
            if len(items) >= GROUP_MIN_KNOWN
        ]
        return sorted(found, key=lambda r: -r[2])

    # An office is shown as the person first wrote it, not in its normalised form.
    return rows(formats, lambda name, _: name), rows(
        offices, lambda _, items: " ".join((items[0].office or "").split())
    )


def _mean(values: list[int]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def months_back(today: date, count: int) -> list[str]:
    """The last `count` months as YYYY-MM, oldest first, ending with this month."""
    y, m = today.year, today.month
    out = []
    for _ in range(count):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return out[::-1]


def compute_stats(auditions: list[Audition], today: date) -> Stats:
    stats = Stats(total=len(auditions))
    per_month = Counter(a.date[:7] for a in auditions)
    stats.per_month = [(m, per_month.get(m, 0)) for m in months_back(today, 12)]
    if not auditions:
        return stats
    cutoff = (today - timedelta(days=90)).isoformat()
    recent = [a for a in auditions if a.date > cutoff]
    earlier = [a for a in auditions if a.date <= cutoff]
    stats.callback_rate, stats.booking_rate = _rates(auditions)
    stats.open = sum(1 for a in auditions if a.outcome == "waiting")
    stats.recent_total = len(recent)
    stats.recent_callback_rate, stats.recent_booking_rate = _rates(recent)
    stats.feeling_all = _mean([a.feeling for a in auditions if a.feeling])
    stats.feeling_recent = _mean([a.feeling for a in recent if a.feeling])
    stats.feeling_earlier = _mean([a.feeling for a in earlier if a.feeling])
    stats.formats = Counter(a.format or "unknown" for a in auditions).most_common()
    stats.by_format, stats.by_office = _groups(auditions)
    last = max(date.fromisoformat(a.date) for a in auditions)
    stats.days_since_last = (today - last).days
    weeks = {date.fromisoformat(a.date).isocalendar()[:2] for a in auditions}
    monday = today - timedelta(days=today.weekday())
    if monday.isocalendar()[:2] not in weeks:
        monday -= timedelta(weeks=1)  # this week isn't over: the streak may still end last week
    while monday.isocalendar()[:2] in weeks:
        stats.week_streak += 1
        monday -= timedelta(weeks=1)
    return stats


#: Below this many rated auditions in the year, a feeling line is noise: no panel.
FEELING_MIN_POINTS = 3


def _feelings(auditions: list[Audition], today: date) -> list[tuple[date, int]]:
    since = (today - timedelta(days=365)).isoformat()
    return sorted(
        (date.fromisoformat(a.date), a.feeling)
        for a in auditions
        if a.feeling is not None and a.date >= since
    )


#: At most this many chart children at once: a burst of /stats waits its turn instead of
#: starting a 70 MiB process per person.
_CHARTS = threading.BoundedSemaphore(2)
#: A chart that takes longer than this is killed; the person gets their figures without it.
CHART_TIMEOUT = 60.0
#: What a chart child inherits from the bot's environment: enough to find Python, fonts and
#: matplotlib's cache, never a token or a database address.
_CHILD_ENV = (
    "PATH",
    "HOME",
    "LANG",
    "LANGUAGE",
    "TMPDIR",
    "MPLCONFIGDIR",
    "XDG_CACHE_HOME",
    "XDG_CONFIG_HOME",
)


class ChartError(Exception):
    """The chart could not be drawn (the child failed or took too long)."""


#: Set once a real chart is being drawn, or the process is stopping: the start-up warm-up
#: then draws nothing (two drawings at once each run at about half speed).
_WARM_ENOUGH = threading.Event()
#: The warm-up's child while it draws, so that a real chart or the exit can stop it.
_WARM_CHILD: list[subprocess.Popen[bytes]] = []
_WARM_LOCK = threading.Lock()


def chart_spec(auditions: list[Audition], today: date, path: Path) -> dict[str, Any]:
    """What bot/chart.py draws, worked out here so the child needs nothing of the bot's:
    auditions per month over the last year by outcome, and how the person felt after each
    rated audition when there are enough of them to be a line."""
    months = months_back(today, 12)
    counts = {
        outcome: [
            sum(1 for a in auditions if a.date[:7] == m and a.outcome == outcome) for m in months
        ]
        for outcome in COLOURS
    }
    points = _feelings(auditions, today)
    return {
        "path": str(path),
        "months": [m[2:] for m in months],
        "counts": counts,
        "feelings": [[d.isoformat(), v] for d, v in points]
        if len(points) >= FEELING_MIN_POINTS
        else [],
    }


def render_chart(auditions: list[Audition], today: date, path: Path) -> Path:
    """The /stats chart as a PNG at `path`, drawn by a child process (bot/chart.py says
    why); raises ChartError when it cannot be drawn."""
    stop_warming()
    _draw(chart_spec(auditions, today, path))
    return path


def start_chart_child() -> subprocess.Popen[bytes]:
    """`python -m bot.chart`, as /stats starts it (bench/memory_bench.py measures this very
    child): its spec goes to stdin, its error to stderr."""
    root = str(Path(__file__).resolve().parent.parent)
    env = {k: v for k, v in os.environ.items() if k in _CHILD_ENV or k.startswith("LC_")}
    env["PYTHONPATH"] = root  # this bot's own source, wherever the process was started
    home = env.get("HOME", "")
    if "MPLCONFIGDIR" not in env and not (home and os.access(home, os.W_OK)):
        # Without a writable home, matplotlib would build its font cache afresh in every
        # child (seconds each); one private folder keeps it between charts.
        cache = Path(tempfile.gettempdir()) / f"callback-matplotlib-{os.getuid()}"
        cache.mkdir(mode=0o700, exist_ok=True)
        env["MPLCONFIGDIR"] = str(cache)
    return subprocess.Popen(
        # -P: never the working folder's modules, only this bot's
        [sys.executable, "-P", "-m", "bot.chart"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )


def _draw(spec: dict[str, Any], *, warm_up: bool = False) -> None:
    with _CHARTS:
        with _WARM_LOCK:
            if warm_up and _WARM_ENOUGH.is_set():
                return  # a real chart or the exit came first
            try:
                child = start_chart_child()
            except OSError as exc:
                raise ChartError(f"the chart child did not start: {type(exc).__name__}") from None
            if warm_up:
                _WARM_CHILD.append(child)
        try:
            _, err = child.communicate(json.dumps(spec).encode(), timeout=CHART_TIMEOUT)
        except subprocess.TimeoutExpired:
            child.kill()
            child.communicate()
            raise ChartError(f"the chart child took over {CHART_TIMEOUT:g} s") from None
        finally:
            with _WARM_LOCK:
                if child in _WARM_CHILD:
                    _WARM_CHILD.remove(child)
    if child.returncode != 0:
        last = (err.decode(errors="replace").strip().splitlines() or [""])[-1]
        raise ChartError(f"the chart child exited {child.returncode}: {last[:200]}")


def stop_warming() -> None:
    """No more warm-up: a real chart has started (it brings matplotlib's files in itself,
    and two drawings at once each run at about half speed) or the process is stopping
    (it waits for the warm-up thread, which would wait for a picture nobody sees)."""
    with _WARM_LOCK:
        _WARM_ENOUGH.set()
        for child in _WARM_CHILD:
            child.kill()


def warm_chart() -> None:
    """Draw one throw-away chart in a child, unless a real one has started or the process
    is stopping: the first child on a machine builds matplotlib's font cache (6.7 s for
    the first /stats on Telegram, measured), and every one brings its files into the page
    cache. Runs in a background thread at start-up; a failure only costs the warm-up."""
    if _WARM_ENOUGH.is_set():
        return
    sample = [
        Audition(
            id=f"w{i}", date=date.today().isoformat(), project="warm-up", created_at="-", feeling=3
        )
        for i in range(FEELING_MIN_POINTS)
    ]
    # mkdtemp, not TemporaryDirectory: the latter's exit-time cleanup could delete the
    # folder under a warm-up still drawing when a start-up ends at once.
    folder = tempfile.mkdtemp(prefix="callback-warm-")
    try:
        _draw(chart_spec(sample, date.today(), Path(folder) / "warm.png"), warm_up=True)
    except ChartError:
        if not _WARM_ENOUGH.is_set():  # stopped on purpose is not a failure
            raise
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# -- exports -------------------------------------------------------------------


def export_json(
    user: UserProfile | None, auditions: list[Audition], checkins: list[CheckIn]
) -> str:
    """Everything about one person, complete and re-importable."""
    data: dict[str, Any] = {
        "format": "callback-journal",
        "version": EXPORT_VERSION,
        "profile": asdict(user) if user else None,
        "auditions": [a.to_dict() for a in auditions],
        "checkins": [c.to_dict() for c in checkins],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


class JournalImportError(ValueError):
    """An import file that is not a Callback journal export."""


def import_json(text: str) -> tuple[UserProfile, list[Audition], list[CheckIn]]:
    """Parse and validate an export (bot/import_schema.py); JournalImportError says why not."""
    from bot.import_schema import parse_export

    try:
        return parse_export(text)
    except ValueError as exc:
        raise JournalImportError(str(exc)) from exc


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def export_csv(auditions: list[Audition]) -> str:
    """One row per audition; cells that a spreadsheet would run as formulas are defused."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_FIELDS)
    for a in sorted(auditions, key=lambda a: (a.date, a.created_at)):
        row = a.to_dict()
        writer.writerow([_cell(row.get(f)) for f in CSV_FIELDS])
    return "\ufeff" + out.getvalue()  # the BOM makes Excel read UTF-8 correctly


# -- whole-journal moves, for /export and the operator CLI ------------------------


def export_user(store: Store, user_key: str) -> str:
    return export_json(
        store.get_user(user_key), store.list_auditions(user_key), store.list_checkins(user_key)
    )


@dataclass
class Imported:
    user_key: str
    added: int
    #: What was left out, and why (an identity that is not this person's).
    dropped: list[str] = field(default_factory=list)


def import_into(store: Store, text: str) -> Imported:
    """Merge an export into the store; entries already present (same id) are left alone.

    Validated first, then written as one unit of work for that person: a bad
    file changes nothing, and 5,000 entries are one write, not 5,000. The count
    of auditions added makes a repeated import visibly a no-op.

    An export names identities (where check-ins go, who wrote an entry). Only the
    person's own are kept: a file must not be able to send one person's journal to
    somebody else.
    """
    profile, auditions, checkins = import_json(text)
    key = profile.user_key
    dropped: list[str] = []
    with store.turn(key):
        own = {key, *store.aliases_of(key)}
        if profile.last_seen is not None and profile.last_seen not in own:
            dropped.append("profile.last_seen: not one of this person's identities")
            profile.last_seen = None
        strangers = [a for a in auditions if a.origin is not None and a.origin not in own]
        for audition in strangers:
            audition.origin = None
        if strangers:
            dropped.append(f"origin of {len(strangers)} audition(s): not this person's identity")
        existing = store.get_user(key)
        if existing is None:
            store.save_user(profile)
        else:  # the settings here win; upcoming auditions from the file are added
            have_upcoming = {u.id for u in existing.upcoming}
            new = [u for u in profile.upcoming if u.id not in have_upcoming]
            if new:
                existing.upcoming = [*existing.upcoming, *new][-MAX_UPCOMING:]
                store.save_user(existing)
        have = {a.id for a in store.list_auditions(key)}
        added = [a for a in auditions if a.id not in have]
        store.add_auditions(key, added)
        known = {c.id for c in store.list_checkins(key)}
        fresh = [c for c in checkins if c.id not in known]
        if fresh:
            store.add_checkins(key, fresh)
    return Imported(key, len(added), dropped)


# -- true, encouraging facts from the actor's own history ---------------------------

#: Below these, numbers are noise; the bot says nothing rather than overclaim.
OFFICE_MIN_VISITS = 3
VOLUME_MIN_RECENT = 6
CALLBACKS_MIN_SAMPLE = 8
CALLBACKS_MIN_RATE = 0.1


def history_facts(auditions: list[Audition], current: Audition | None, today: date) -> list[dict]:
    """Facts computed from the journal, only when encouraging and the sample means something."""
    facts: list[dict] = []
    if current is not None and current.office:
        office = normalise_office(current.office)
        visits = sum(1 for a in auditions if normalise_office(a.office) == office)
        if visits >= OFFICE_MIN_VISITS:
            facts.append({"kind": "office", "n": visits, "office": current.office})
    cutoff = (today - timedelta(days=90)).isoformat()
    recent = sum(1 for a in auditions if a.date > cutoff)
    if recent >= VOLUME_MIN_RECENT:
        facts.append({"kind": "volume", "n": recent})
    called = sum(1 for a in auditions if a.outcome in ("callback", "hold", "booked"))
    if len(auditions) >= CALLBACKS_MIN_SAMPLE and called / len(auditions) >= CALLBACKS_MIN_RATE:
        facts.append({"kind": "callbacks", "called": called, "total": len(auditions)})
    then = _a_year_before(today)
    past = [a for a in auditions if then is not None and a.date == then.isoformat()]
    if past:  # true only on the day: "a year ago today", never "about a year ago"
        facts.append({"kind": "year_ago", "project": past[0].project})
    return facts


def _a_year_before(today: date) -> date | None:
    """The same day last year; None on 29 February (there was no such day)."""
    try:
        return today.replace(year=today.year - 1)
    except ValueError:
        return None
