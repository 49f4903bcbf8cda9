"""A TinyDB storage that never leaves a half-written file behind.

TinyDB's stock JSONStorage truncates the file and writes in place, so a crash
mid-write loses the journal. Here every write goes to a temp file in the same
directory, is fsynced, then renamed over the old file: readers see either the
old journal or the new one, never a torn one.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from tinydb.storages import Storage


class CorruptStoreError(Exception):
    """A store file exists but cannot be parsed; it is kept, never replaced."""

    def __init__(self, path: Path, backup: Path | None, reason: str) -> None:
        self.path = path
        self.backup = backup
        kept = f"; a copy was kept at {backup}" if backup else ""
        super().__init__(
            f"store file {path} is corrupt ({reason}){kept}. It was not changed. "
            "Restore it from a backup or move it aside to start that journal afresh."
        )


class StoreUnavailableError(Exception):
    """The database cannot be reached right now: the turn is answered at once, kindly,
    instead of each reply waiting out a pool timeout."""


class JournalTooLargeError(Exception):
    """A person's journal is over the operator's size limit: not opened at all (reading
    200 MB a turn took 7-13 s and grew the log by as much each time)."""

    def __init__(self, path: Path, size: int, limit: int) -> None:
        self.path, self.size, self.limit = path, size, limit
        super().__init__(f"journal {path.name} is {size} bytes, over the limit of {limit}")


class QuarantinedError(CorruptStoreError):
    """This person's journal could not be read and was moved aside for the operator."""

    def __init__(self, path: Path, quarantined: Path, reason: str = "") -> None:
        self.quarantined = quarantined
        why = f" ({reason})" if reason else ""
        Exception.__init__(
            self,
            f"journal {path.name} is unreadable{why} and was moved to {quarantined}; "
            "see `python -m bot quarantine list`",
        )
        self.path = path
        self.backup = quarantined


def fsync_dir(directory: Path) -> None:
    """Make a rename durable: the directory entry must reach the disk too."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


#: Journals hold personal words: readable by the bot's own user only.
FILE_MODE = 0o600
DIR_MODE = 0o700


def private_dir(path: Path) -> Path:
    """Create a folder only the bot's user can enter (and tighten one that exists)."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    os.chmod(path, DIR_MODE)
    return path


def atomic_write_text(path: Path, text: str) -> None:
    """Write a whole file or nothing: temp file, fsync, rename, directory fsync.

    A failure at any step (full disk, read-only mount, a bad character) leaves
    the old file as it was and no temp file behind.
    """
    data = text.encode("utf-8")  # fails before anything touches the disk
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def append_lines(path: Path, lines: list[str]) -> None:
    """Add lines to a log file durably: one O_APPEND write, then fsync.

    The cost does not grow with the file (a rewrite would). A crash in the
    middle can leave a torn last line, which `read_lines` skips.
    """
    data = "".join(f"{line}\n" for line in lines).encode("utf-8")
    created = not path.exists()
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
    try:
        write_all(fd, data)
    finally:
        os.close(fd)
    if created:
        fsync_dir(path.parent)


def write_all(fd: int, data: bytes) -> None:
    """Write every byte (os.write may take fewer than asked), then fsync: durable on return."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.fsync(fd)


def read_lines(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a log file, one a line; a torn or foreign line is skipped."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    out = []
    for line in raw.decode("utf-8", "replace").splitlines():
        try:
            item = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(item, dict):
            out.append(item)
    return out


def load_json_file(path: Path) -> dict[str, Any] | None:
    """Parse a store file; None when absent, CorruptStoreError when unreadable."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorruptStoreError(path, None, f"not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise CorruptStoreError(path, None, "top level is not an object")
    return data


def dump_json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


class AtomicJSONStorage(Storage):
    """TinyDB storage: JSON file written with temp-file + fsync + rename."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, dict[str, Any]] | None:
        return load_json_file(self.path)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.path, dump_json(data))

    def close(self) -> None:
        """Nothing stays open between operations, so there is nothing to close."""


class BufferedJSONStorage(Storage):
    """Reads the file once and keeps TinyDB's writes in memory until `commit`.

    TinyDB writes the whole document after every table operation; a turn that
    saves a draft, marks a message seen and plans check-ins would write the file
    several times, and a crash between writes would leave half a turn. Buffered,
    a turn is one atomic write, or none if it fails.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._data: dict[str, dict[str, Any]] | None = None
        self._loaded = False
        self.dirty = False

    def read(self) -> dict[str, dict[str, Any]] | None:
        if not self._loaded:
            self._data = self._load()
            self._loaded = True
        return self._data

    def _load(self) -> dict[str, Any] | None:
        return load_json_file(self.path)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self._data = data
        self._loaded = True
        self.dirty = True

    def commit(self) -> None:
        if self.dirty and self._data is not None:
            atomic_write_text(self.path, dump_json(self._data))
            self.dirty = False

    def close(self) -> None:
        """Uncommitted writes are dropped on purpose: a failed turn changes nothing."""
