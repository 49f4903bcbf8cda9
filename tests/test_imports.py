"""Every module imports on its own, whatever was imported before it.

A cycle (bot.reading -> bot.content -> bot.content.rules -> bot.reading) only
shows when the module at one end is the first one imported: training imported
bot.reading first and failed after an hour of work. This imports each module
first, in one child interpreter, with the `bot` package forgotten in between.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import bot

CHECK = """
import importlib, sys
names = sys.argv[1:]
failed = []
for name in names:
    for loaded in [m for m in sys.modules if m == "bot" or m.startswith("bot.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception as exc:
        failed.append(f"{name}: {type(exc).__name__}: {exc}")
print("\\n".join(failed))
"""


def test_every_module_imports_first() -> None:
    root = Path(bot.__file__).parent
    names = sorted(
        ".".join(("bot", *p.relative_to(root).with_suffix("").parts)).removesuffix(".__init__")
        for p in root.rglob("*.py")
        if "migrations" not in p.parts
    )
    result = subprocess.run(
        [sys.executable, "-c", CHECK, *names], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", result.stdout
