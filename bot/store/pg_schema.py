"""Versioned schema for the PostgreSQL store: ordered SQL files and a version table.

Every worker runs `upgrade()` at start-up. A transaction-scoped advisory lock
makes the second worker wait for the first instead of racing it, and each file
is applied in its own transaction with the version bump, so a crash half way
leaves the database at the previous version, never between two.
"""

from __future__ import annotations

import re
from importlib import resources

import psycopg

#: Any constant works; it only has to differ from the per-person and sender locks.
MIGRATION_LOCK = 0x43424D47  # "CBMG"

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migrations() -> list[tuple[int, str, str]]:
    """(version, file name, SQL) for every shipped migration, in order."""
    folder = resources.files("bot.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [v for v, _, _ in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migration files must be numbered 1..n without gaps: {versions}")
    return found


def latest() -> int:
    return len(migrations())


def current(conn: psycopg.Connection) -> int:
    """The schema version of the database `conn` points at (0 when empty)."""
    exists = conn.execute("SELECT to_regclass('callback_schema') IS NOT NULL").fetchone()
    if not exists or not exists[0]:
        return 0
    row = conn.execute("SELECT max(version) FROM callback_schema").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def upgrade(conn: psycopg.Connection, target: int | None = None) -> list[str]:
    """Apply the migrations the database lacks, up to `target`; returns what was applied."""
    applied: list[str] = []
    for version, name, sql in migrations():
        if target is not None and version > target:
            break
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            conn.execute(
                "CREATE TABLE IF NOT EXISTS callback_schema ("
                " version int PRIMARY KEY, name text NOT NULL,"
                " applied_at timestamptz NOT NULL DEFAULT now())"
            )
            if current(conn) >= version:
                continue
            conn.execute(sql)
            conn.execute(
                "INSERT INTO callback_schema (version, name) VALUES (%s, %s)", (version, name)
            )
            applied.append(name)
    return applied
