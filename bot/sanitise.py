"""What every piece of text from outside passes through once, where events are made.

Platforms hand us anything Unicode allows: lone surrogates (which cannot be
written as UTF-8, so the journal write would fail), NUL and other control
characters (which break terminals and CSV exports), bidirectional overrides,
and megabytes of paste. Cleaning here, once, means no flow has to remember.
"""

from __future__ import annotations

import re
import unicodedata

#: Longer messages are cut here; no answer may be this long anyway (steps allow 4,000).
MAX_INCOMING_CHARS = 16_000

_ASCII_INT = re.compile(r"[0-9]{1,9}")


def clean_text(raw: str) -> str:
    """Text safe to store, render and log: no surrogates, no control characters.

    Newlines and tabs stay (people write paragraphs). Format characters (Cf:
    zero-width joiners in emoji, right-to-left marks) stay too, except the
    explicit bidi overrides that can make a line display as something else.
    What a right-to-left override showed is kept as it was shown: "\u202eedicius"
    appears on screen as "suicide", and the safety check must read what the person
    saw, not the letters' stored order.
    """
    if len(raw) > MAX_INCOMING_CHARS:
        raw = raw[:MAX_INCOMING_CHARS]
    if not _NEEDS_CLEANING.search(raw):
        return raw  # the common case, and text cleaned once already, costs one scan
    if "\u202e" in raw:
        raw = _OVERRIDDEN.sub(lambda m: m.group(1)[::-1], raw)
    # A terminal's escape sequence goes whole: its ESC alone removed would leave "[31m" in
    # a project title.
    raw = _ESCAPE_SEQUENCE.sub("", raw)
    out = []
    for ch in raw:
        if ch in "\n\t":
            out.append(ch)
            continue
        category = unicodedata.category(ch)
        if category == "Cs":  # a lone surrogate: not text, cannot be stored
            out.append("\ufffd")
        elif category == "Cc" or ch in _BIDI_OVERRIDES:
            out.append(" " if category == "Cc" and ch in "\r\x0b\x0c\x85" else "")
        else:
            out.append(ch)
    return "".join(out)


#: ANSI/VT100 sequences: CSI ("\x1b[31m", "\x1b[2J"), OSC ("\x1b]0;title\x07") and the
#: two-character escapes ("\x1bc").
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)?|\x1b[@-Z\\-_c]"
)
#: A right-to-left override and what it reverses: up to the pop, the next override,
#: embedding or isolate, or the end of the line.
_OVERRIDDEN = re.compile("\u202e([^\u202a-\u202e\u2066-\u2069\n]*)")
_BIDI_OVERRIDES = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: Control characters other than newline and tab (category Cc), surrogates, bidi overrides.
_NEEDS_CLEANING = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def ascii_int(text: str) -> int | None:
    """A whole number written in ASCII digits, or None.

    `str.isdigit()` is True for "²" and "①", and int() then raises; keyboards
    that offer those are common, so numbers are read from 0-9 only.
    """
    stripped = text.strip()
    return int(stripped) if _ASCII_INT.fullmatch(stripped) else None


def decode_input(data: bytes) -> str:
    """Bytes from a terminal or pipe: invalid UTF-8 becomes U+FFFD, never an exception."""
    return data.decode("utf-8", errors="replace")
