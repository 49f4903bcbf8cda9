"""A TinyDB storage that never leaves a half-written file behind.

TinyDB's stock JSONStorage truncates the file and writes in place, so a crash
mid-write loses the journal. Here every write goes to a temp file in the same
directory, is fsynced, then renamed over the old file: readers see either the
old journal or the new one, never a torn one.
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, datetime
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


def atomic_write_text(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def keep_backup(path: Path) -> Path | None:
    """Copy a damaged file aside so nobody 'fixes' it by deleting the evidence."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backup = path.with_name(f"{path.name}.corrupt-{stamp}")
    try:
        if not backup.exists():
            shutil.copy2(path, backup)
    except OSError:
        return None
    return backup


def load_json_file(path: Path) -> dict[str, Any] | None:
    """Parse a store file; None when absent, CorruptStoreError when unreadable."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorruptStoreError(path, keep_backup(path), f"not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise CorruptStoreError(path, keep_backup(path), "top level is not an object")
    return data


class AtomicJSONStorage(Storage):
    """TinyDB storage: JSON file written with temp-file + fsync + rename."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, dict[str, Any]] | None:
        return load_json_file(self.path)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.path, json.dumps(data, ensure_ascii=False, separators=(",", ":")))

    def close(self) -> None:
        """Nothing stays open between operations, so there is nothing to close."""
