"""Checking records that come from outside the running bot: a journal read from disk.

A journal can be valid JSON and still the wrong shape (a table that is a
string, a row without its date, a feeling of "high"): left alone, that person
would get "something went wrong" on every message, forever. Read through the
same field types the import uses (bot/store/fields.py), such a journal is
found at once and quarantined like an unreadable one, where the operator sees
it (`check-config`, `quarantine list`).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from pydantic import TypeAdapter, ValidationError

from bot.store.base import Audition, CheckIn, ConversationState, UserProfile

#: The tables of a person's journal whose rows are records, and the record each holds.
TABLES: dict[str, type] = {
    "profile": UserProfile,
    "auditions": Audition,
    "checkins": CheckIn,
    "state": ConversationState,
}


@cache
def _adapter(kind: type) -> TypeAdapter[Any]:
    return TypeAdapter(kind)


def structure_problem(data: object) -> str | None:
    """Tables of rows, as TinyDB keeps them (checked before an old journal is upgraded)."""
    if data is None:
        return None
    if not isinstance(data, dict):
        return "the journal is not a JSON object of tables"
    for table, rows in data.items():
        if not isinstance(rows, dict):
            return f"table {table!r} is not a table"
        for doc_id, row in rows.items():
            if not isinstance(row, dict):
                return f"{table} row {doc_id} is not a record"
    return None


def journal_problem(data: object) -> str | None:
    """Why this journal (a TinyDB file's tables, at the current schema) cannot be served.

    Checks shape and the values the bot parses; unknown tables and unknown fields
    (from a newer version) are allowed.
    """
    problem = structure_problem(data)
    if problem is not None or not isinstance(data, dict):
        return problem
    for table, rows in data.items():
        kind = TABLES.get(table)
        if kind is None:
            continue
        for doc_id, row in rows.items():
            try:
                _adapter(kind).validate_python(row)
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(p) for p in first["loc"])
                return f"{table} row {doc_id}: {where}: {first['msg']}"
    return None
