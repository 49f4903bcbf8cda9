"""A person's journal as a snapshot plus a log of whole states: one fsynced append a turn.

Why not rename a new file in every turn: creating a file, renaming it and
fsyncing the directory cost about 0.5 ms here, most of a turn. Appending one
line to a file that already exists and fsyncing it costs about 0.15 ms. So a
turn appends the person's whole new state to `<name>.log` as one line with a
checksum, and the newest complete line is the journal. Once the log would
pass four times the state's size, a turn writes its state as the snapshot
`<name>.json` (the old atomic write) and empties the log.

What a crash can leave, and what reading makes of it:
- An append cut short: an unterminated tail, or a last line whose checksum
  fails. That turn was never acknowledged (its fsync had not returned), so the
  line before it is the journal, and the next append cuts the tail off first.
- A crash between writing the snapshot and emptying the log: the log's newest
  line is the state before that turn, which was the last acknowledged one.
  While the log holds a line it wins over the snapshot, so the two never mix.
- A log whose two newest lines both fail their checksums was damaged after it
  was written: `CorruptStoreError`, and the person's journal is quarantined.

The snapshot is the anchor: without it there is no journal, whatever a stray
log holds, and a person's first turn writes the snapshot, not the log.
"""

from __future__ import annotations

import json
import logging
import os
import zlib
from pathlib import Path
from typing import Any

from bot.store.atomic import (
    FILE_MODE,
    BufferedJSONStorage,
    CorruptStoreError,
    atomic_write_text,
    dump_json,
    fsync_dir,
    load_json_file,
    write_all,
)

log = logging.getLogger(__name__)

#: A turn writes the snapshot and empties the log instead of appending once the log would
#: pass LOG_RATIO times the state's size (and at least LOG_LIMIT bytes). So a journal never
#: takes much more than five times its size on disk, and about one turn in four (fewer for
#: small journals) pays for a whole-file write; the median turn is an append.
LOG_LIMIT = 8 * 1024
LOG_RATIO = 4


def log_path(snapshot: Path) -> Path:
    return snapshot.with_suffix(".log")


def encode_line(text: str) -> bytes:
    body = text.encode("utf-8")  # fails before anything touches the disk
    return b"%08x %s\n" % (zlib.crc32(body), body)


def _decode_line(line: bytes) -> dict[str, Any] | None:
    """The state on one log line, or None when its checksum or JSON is wrong."""
    crc, _, body = line.partition(b" ")
    try:
        if int(crc, 16) != zlib.crc32(body):
            return None
        data = json.loads(body)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def newest_state(raw: bytes, path: Path) -> tuple[dict[str, Any] | None, int]:
    """The newest intact state in a log and the offset just after its line.

    Only the last two complete lines are looked at: an append cut short can spoil
    at most the last one.
    """
    end = raw.rfind(b"\n") + 1
    for _ in range(2):
        if end == 0:
            return None, 0
        start = raw.rfind(b"\n", 0, end - 1) + 1
        state = _decode_line(raw[start : end - 1])
        if state is not None:
            return state, end
        log.warning("log %s: a damaged last line was skipped (an unfinished write)", path.name)
        end = start
    raise CorruptStoreError(path, None, "its two newest lines are damaged")


def read_log(path: Path) -> tuple[dict[str, Any] | None, int, bool]:
    """(newest state, offset after it, whether the log file exists)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, 0, False
    state, end = newest_state(raw, path)
    return state, end, True


def append_at(path: Path, offset: int, line: bytes, *, exists: bool) -> None:
    """Write `line` at `offset` (cutting off whatever an unfinished append left), fsync."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    try:
        if os.fstat(fd).st_size != offset:
            os.ftruncate(fd, offset)
        os.lseek(fd, offset, os.SEEK_SET)
        write_all(fd, line)
    finally:
        os.close(fd)
    if not exists:
        fsync_dir(path.parent)


def empty_log(path: Path) -> None:
    """Empty the log in place (the file stays, so the next append creates nothing)."""
    fd = os.open(path, os.O_WRONLY)
    try:
        os.ftruncate(fd, 0)
        os.fsync(fd)
    finally:
        os.close(fd)


class LoggedJSONStorage(BufferedJSONStorage):
    """A `BufferedJSONStorage` whose one write a turn is an append to the log: a turn
    reads once and writes once, or not at all when it fails."""

    def __init__(self, path: str | Path) -> None:
        super().__init__(path)
        self.log = log_path(self.path)
        self._end = 0
        self._log_exists = False
        #: Whether the snapshot existed when this turn read it (None: not read yet).
        self._anchored: bool | None = None

    def _load(self) -> dict[str, Any] | None:
        self._anchored = self.path.exists()
        if not self._anchored:
            return None
        state, self._end, self._log_exists = read_log(self.log)
        return state if state is not None else load_json_file(self.path)

    def commit(self) -> None:
        if not self.dirty or self._data is None:
            return
        text = dump_json(self._data)
        if not (self.path.exists() if self._anchored is None else self._anchored):
            # A first turn: no stray log from a journal that was moved away may win.
            self.log.unlink(missing_ok=True)
            atomic_write_text(self.path, text)
            self._anchored = True
        elif self._end and self._end + len(text) > max(LOG_LIMIT, LOG_RATIO * len(text)):
            atomic_write_text(self.path, text)
            empty_log(self.log)
            self._end = 0
        else:
            line = encode_line(text)
            append_at(self.log, self._end, line, exists=self._log_exists)
            self._end += len(line)
            self._log_exists = True
        self.dirty = False


def newest_on_disk(snapshot: Path) -> dict[str, Any] | None:
    """A journal as the next turn will read it (for checks and tools, not for turns)."""
    return LoggedJSONStorage(snapshot).read()
