"""Storage: the `Store` protocol the engine depends on; TinyDB and PostgreSQL implement it."""

from pathlib import Path

from bot.store.atomic import (
    CorruptStoreError,
    JournalTooLargeError,
    QuarantinedError,
    StoreUnavailableError,
)
from bot.store.base import (
    OUTCOMES,
    Audition,
    Chats,
    ChatSettings,
    CheckIn,
    Conversations,
    ConversationState,
    DueEntry,
    DuplicateEvent,
    Identities,
    Journal,
    Operations,
    Schedule,
    Store,
    Upcoming,
    UserProfile,
)
from bot.store.tinydb_store import DataDirBusyError, TinyDBStore


def open_store(
    data_dir: Path, database_url: str | None = None, *, max_journal_bytes: int | None = None
) -> Store:
    """PostgreSQL when a URL is given, else the embedded TinyDB journal in `data_dir`.

    psycopg is imported only here, so a TinyDB deployment never loads it.
    """
    if database_url:
        from bot.store.postgres_store import PostgresStore

        return PostgresStore(database_url)
    return TinyDBStore(data_dir, max_journal_bytes=max_journal_bytes)


__all__ = [
    "OUTCOMES",
    "Audition",
    "ChatSettings",
    "Chats",
    "CheckIn",
    "ConversationState",
    "Conversations",
    "CorruptStoreError",
    "DataDirBusyError",
    "DueEntry",
    "DuplicateEvent",
    "Identities",
    "Journal",
    "JournalTooLargeError",
    "Operations",
    "QuarantinedError",
    "Schedule",
    "Store",
    "StoreUnavailableError",
    "TinyDBStore",
    "Upcoming",
    "UserProfile",
    "open_store",
]
