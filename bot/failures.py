"""Every way a turn can fail, as the kind reply a person sees and the line an operator reads.

The reply carries a short reference that also appears in the log line (with
the traceback where there is one), so "it said ref 3fa2c1" finds the cause.
A failed turn wrote nothing, which is what lets each reply say so.
"""

from __future__ import annotations

import errno
import logging

from bot.events import Reply
from bot.store import (
    CorruptStoreError,
    JournalTooLargeError,
    QuarantinedError,
    StoreUnavailableError,
)

log = logging.getLogger("bot.engine")


def kind_reply(exc: Exception, ref: str) -> Reply:
    if isinstance(exc, QuarantinedError):
        log.error("journal in quarantine [ref %s]: %s", ref, exc)
        return Reply("error/quarantined", {"ref": ref})
    if isinstance(exc, StoreUnavailableError):
        log.error("storage unreachable [ref %s]: %s", ref, exc)
        return Reply("error/unavailable", {"ref": ref})
    if isinstance(exc, JournalTooLargeError):
        log.error("journal over the size limit [ref %s]: %s", ref, exc)
        return Reply("error/too_large", {"ref": ref})
    if isinstance(exc, CorruptStoreError):
        log.error("journal unreadable [ref %s]: %s", ref, exc)
        return Reply("error/store", {"ref": ref})
    if isinstance(exc, OSError):
        log.error("storage failed during a turn [ref %s]", ref, exc_info=exc)
        kind = "disk_full" if exc.errno == errno.ENOSPC else "disk"
        return Reply(f"error/{kind}", {"ref": ref})
    log.error("turn failed [ref %s]", ref, exc_info=exc)
    return Reply("error/internal", {"ref": ref})
