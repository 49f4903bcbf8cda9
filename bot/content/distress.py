"""Recognise serious distress, which is not a theme and never gets a pep talk.

Deliberately separate from the theme matcher: here a miss is far worse than
a false alarm, so the patterns are broad about self-harm and life, and
narrow about careers ("I want to quit acting" is ordinary disappointment).
"""

from __future__ import annotations

import re

from bot.content.text import normalise

_PATTERNS = [
    r"\b(kill|killing|hurt|hurting|harm|harming|cut|cutting)\s+my\s*self\b",
    r"\bself[\s-]?harm",
    r"\bsuicid",
    r"\b(want|wanna|wish|going|ready)\s+(to\s+)?(die|be dead|disappear forever)\b",
    r"\bwish i (was|were) dead\b",
    r"\bwish i (wasn't|wasnt|was not|weren't) (alive|here|born)\b",
    r"\b(end|ending|take|taking) (it all|my (own )?life|my life)\b",
    r"\b(end|ending) it\b(?! (with|for|there|early|on a))",
    r"\b(point|reason) (in|of|for) (living|life|being alive|going on|existing)\b",
    r"\bdon'?t (want|wanna) to exist\b|\b(want|wish) (to stop|i could stop) existing\b",
    r"\bthoughts? (of|about) (dying|death|ending it)\b",
    r"\bcan(no|')?t go on\b",
    r"\bcannot go on\b",
    r"\bdon'?t want to (live|be alive|be here anymore|exist|wake up)\b",
    r"\bno (reason|point) (to|in) (keep )?(live|living|being alive|going on)\b",
    r"\b(better off|be better) (dead|without me)\b",
    r"\bgive up on (everything|life|living)\b",
    r"\bgiving up on (everything|life|living)\b",
    r"\b(not|isn'?t|is not|ain'?t) worth living\b",
    r"\boverdose\b",
    r"\bnothing to live for\b",
    r"\bcan'?t (do this|take it|cope) any ?more\b.*\b(life|living|alive|anything)\b",
]
_REGEXES = [re.compile(p) for p in _PATTERNS]

#: Phrases that reassure rather than alarm ("I'd never hurt myself").
_SAFE = re.compile(
    r"\b(never|not going to|wouldn't|would never|won't|not)\s+(\w+\s+){0,2}"
    r"(hurt|harm|kill) my\s*self\b"
)

#: Career metaphors that share words with real danger.
_FIGURATIVE = re.compile(
    r"\b(kill(ed|ing)? it|killed the|dying to|die (of|from) (embarrassment|laughing)|"
    r"my career is dead|dead tired|to die for)\b"
)


def is_distress(text: str) -> bool:
    cleaned = normalise(text)
    if _SAFE.search(cleaned):
        cleaned = _SAFE.sub(" ", cleaned)
    cleaned = _FIGURATIVE.sub(" ", cleaned)
    return any(rx.search(cleaned) for rx in _REGEXES)
