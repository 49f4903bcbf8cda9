"""Storage: the `Store` protocol the engine depends on and its TinyDB implementation."""

from bot.store.atomic import CorruptStoreError, QuarantinedError
from bot.store.base import (
    OUTCOMES,
    Audition,
    ChatSettings,
    CheckIn,
    ConversationState,
    DueEntry,
    Store,
    UserProfile,
)
from bot.store.tinydb_store import DataDirBusyError, TinyDBStore

__all__ = [
    "OUTCOMES",
    "Audition",
    "ChatSettings",
    "CheckIn",
    "ConversationState",
    "CorruptStoreError",
    "DataDirBusyError",
    "DueEntry",
    "QuarantinedError",
    "Store",
    "TinyDBStore",
    "UserProfile",
]
