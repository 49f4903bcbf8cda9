"""The language identifier mapped from files answers exactly as py3langid's own loader."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from bot import langid
from training import corpus


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return langid.build(tmp_path_factory.mktemp("lid") / "langid")


def test_the_mapped_model_answers_as_py3langid_does(built: Path) -> None:
    ours = langid.mapped(built)
    theirs = LanguageIdentifier.from_model_file(MODEL_FILE)
    lines = sorted({t for *_, t in corpus.safety()})[::7]
    lines += [
        "",
        "pagod na ako sa lahat",
        "main khud ko khatam kar dunga",
        "a\u202eb\u202c c\x00d \x1b[31m",  # bidi overrides, control characters
        "lone \ud800 surrogate",
        "x" * 20_000,
    ]
    for line in lines:
        assert ours.classify(line) == theirs.classify(line), line


def test_the_model_is_mapped_not_held(built: Path) -> None:
    """py3langid's own loader holds about 74 MiB of anonymous memory; mapped, the pages
    read are file-backed (the kernel may drop them) and what is held is a few MiB."""
    code = textwrap.dedent(
        f"""
        from pathlib import Path

        import numpy
        from bot.langid import mapped

        def rss():
            status = dict(line.split(":", 1) for line in open("/proc/self/status"))
            return int(status["RssAnon"].split()[0]) / 1024

        before = rss()
        ident = mapped(Path({str(built)!r}))
        for line in ["hola amigos como estan", "pagod na ako sa lahat", "je suis fatigue"]:
            ident.classify(line)
        print(rss() - before)
        """
    )
    grown = float(
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout
    )
    assert grown < 20


def test_a_build_that_fails_leaves_nothing_half_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = 0
    real_save = np.save

    def failing(path: object, value: object) -> None:
        nonlocal saved
        saved += 1
        if saved == 3:
            raise OSError("disk full")
        real_save(path, value)  # type: ignore[arg-type]

    monkeypatch.setattr(np, "save", failing)
    with pytest.raises(OSError):
        langid.build(tmp_path / "langid")
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setattr(np, "save", real_save)
    folder = langid.build(tmp_path / "langid")
    assert [p.name for p in tmp_path.iterdir()] == ["langid"]
    assert (folder / langid.STAMP).is_file()
