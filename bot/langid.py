"""Which language a line is in: py3langid, with its model mapped from files, not held.

py3langid unpacks its model (an LZMA-compressed npz in its wheel) into memory: 74 MiB held
from the first line that needs it, and 0.4-0.5 s of that person's turn (measured). About
one line in fifteen by English-writing authors needs it (`bot.reading.is_foreign`: few
common English words), so most sessions paid both. The same arrays, written once
uncompressed beside the bot's other models, are mapped instead: about 8 MiB and 10 ms on
first use, the rest read page by page as lines need it, file-backed, so the kernel can
drop it under pressure. The answers are py3langid's own, bit for bit (tests compare).

`python -m bot.langid` (run by `make`) writes the files; the first use writes them if
`make` did not, and a read-only install falls back to py3langid's own loader.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

LID_DIR = Path(__file__).resolve().parent / "models" / "langid"
#: Written last: its presence and content say the folder is complete and current.
STAMP = "version.txt"


def _stamp() -> str:
    return f"py3langid {version('py3langid')}\n"


def build(folder: Path = LID_DIR) -> Path:
    """Unpack py3langid's model into `folder`, all or nothing (a sibling folder renamed
    into place, so a reader never maps a half-written file)."""
    import py3langid
    from py3langid.modelio import load_model

    packed = Path(py3langid.__file__).parent / "data" / "model.npz.xz"
    ptc, pc, classes, nextmove, row, output = load_model(packed)
    folder.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        np.save(work / "ptc.npy", np.asarray(ptc))
        np.save(work / "pc.npy", np.asarray(pc))
        np.save(work / "nextmove.npy", np.frombuffer(nextmove, dtype=f"u{nextmove.itemsize}"))
        np.save(work / "row.npy", np.frombuffer(row, dtype=f"u{row.itemsize}"))
        np.save(work / "output.npy", np.asarray(output, dtype=np.int32))
        (work / "classes.txt").write_text("\n".join(classes), encoding="utf-8")
        (work / STAMP).write_text(_stamp(), encoding="utf-8")
        work.chmod(0o755)
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(work, folder)
    except OSError:
        shutil.rmtree(work, ignore_errors=True)
        if not _current(folder):  # another process may have put a complete one in place
            raise
    return folder


def _current(folder: Path) -> bool:
    try:
        return (folder / STAMP).read_text(encoding="utf-8") == _stamp()
    except OSError:
        return False


def mapped(folder: Path = LID_DIR) -> Any:
    """py3langid's identifier over arrays mapped from `folder`."""
    from py3langid.langid import LanguageIdentifier

    return LanguageIdentifier(
        np.load(folder / "ptc.npy", mmap_mode="r"),
        np.load(folder / "pc.npy"),
        (folder / "classes.txt").read_text(encoding="utf-8").split("\n"),
        np.load(folder / "nextmove.npy", mmap_mode="r"),
        np.load(folder / "output.npy", mmap_mode="r"),
        tk_row=np.load(folder / "row.npy").tolist(),
    )


@cache
def identifier() -> Any:
    """The mapped identifier; py3langid's own, in memory, where the files cannot be written."""
    try:
        if not _current(LID_DIR):
            build()
        return mapped()
    except OSError as exc:
        log.info("language model not mapped (%s): py3langid loads it into memory", exc)
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        return LanguageIdentifier.from_model_file(MODEL_FILE)


if __name__ == "__main__":
    print(f"wrote {build()}")
