"""Two tiers of concern, decided before anything a person writes is stored.

- crisis: clear risk. The person gets the crisis reply with helplines.
- concern: ambiguous heaviness ("I can't do this anymore" on its own). A short
  "are you okay?" with the way to real help one tap away, no pep talk.
- role: dark material the actor is working on (a character, a scene, a
  script). Not an alarm, but the reply carries a quiet line about help.

Recall comes first: a missed crisis is far worse than an unneeded "are you
okay?". So the rules decide the crisis tier (they are precise), and the
learned layer widens the net into the concern tier, where a false alarm costs
one gentle question. It never gives the crisis reply on its own: tried, with
a margin and a list of words of life and death, it raised 2 of 90 hard
ordinary lines to the crisis tier on each of two untouched sets ("I don't want
to do this for a living anymore", "I used a prop knife").
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from bot.safety import reading, rules
from bot.safety.embedding import Nearness

log = logging.getLogger(__name__)


class Level(enum.StrEnum):
    NONE = "none"
    ROLE = "role"
    CONCERN = "concern"
    CRISIS = "crisis"


@dataclass(frozen=True)
class Assessment:
    level: Level
    #: The rule category or "learned" for the embedding layer; for logs and evaluation.
    reason: str = ""

    @property
    def pauses(self) -> bool:
        """Both tiers pause a conversation: nothing more is stored until the person says so."""
        return self.level in (Level.CRISIS, Level.CONCERN)


class Scorer(Protocol):
    def nearness(self, text: str) -> Nearness: ...


#: How much nearer to heavy examples than to ordinary ones a line must be before the
#: learned layer asks "are you okay?". First chosen by two-fold cross-validation on the
#: tuning rows (0.05: 89 of 126 crisis lines on its own at 14 of 330 ordinary lines);
#: lowered, recall first, by leave-one-set-out over the five retired fresh sets with the
#: bigger bank (bench/safety_eval.py --loso): 0.02 catches 302 of 329 crisis lines on its
#: own at 12 of 554 hard ordinary lines (2.2%), against 293 at 6 with 0.05. Checked again
#: with nine sets and everyday actor lines in the bank: 516 of 565 crisis lines at 12 of 914
#: hard ordinary lines, and 16 of the 532 held-out everyday lines asked "are you okay?".
CONCERN_MARGIN = 0.02
#: One to three words carry too little for nearness ("good" is as near "I want to die"
#: as to "it went well"): below this many words the learned layer abstains.
MIN_WORDS = 4

NONE = Assessment(Level.NONE)


class SafetyDetector:
    """Rules first, then nearness to example lines when a scorer is available."""

    def __init__(self, scorer: Scorer | None = None) -> None:
        self.scorer = scorer

    def assess(self, text: str) -> Assessment:
        if not text or not text.strip():
            return NONE
        role = rules.is_role(text)
        prepared = reading.prepare(reading.without_quotes(text) if role else text)
        category = rules.crisis_category(prepared)
        if category is not None:
            if not role:
                return Assessment(Level.CRISIS, category)
            # A role softens what is said of the character, never what the actor says of
            # themselves in the same breath.
            own = rules.first_person_crisis(prepared)
            if own is not None or rules.is_crossover(text):
                return Assessment(Level.CRISIS, own or category)
            return Assessment(Level.ROLE, category)
        near = None
        # The learned layer reads the prepared text too: "this bill will be the death of
        # me" minus its idiom is not near anything heavy (measured: fewer false alarms at
        # the same recall, bench/safety_eval.py --cv --prepared).
        if (
            self.scorer is not None
            and len(prepared.split()) >= MIN_WORDS
            and not reading.is_reassurance(text)
            and reading.reads_as_english(prepared)
        ):
            near = self.scorer.nearness(prepared)
        if role:
            dark = rules.is_dark(text) or rules.crisis_category(reading.prepare(text)) is not None
            if dark or (near is not None and near.heavy_margin > CONCERN_MARGIN):
                # "...and I relate more than I should": the material has reached the actor.
                if rules.is_crossover(text):
                    return Assessment(Level.CONCERN, "role")
                return Assessment(Level.ROLE, "role")
            return NONE
        if rules.is_concern(prepared):
            return Assessment(Level.CONCERN, "concern")
        if near is not None and near.heavy_margin > CONCERN_MARGIN:
            return Assessment(Level.CONCERN, "learned")
        return NONE


@cache
def default_detector() -> SafetyDetector:
    """Rules plus the learned layer, loaded once per process from the installed wheel."""
    from bot.safety.embedding import ExemplarScorer

    try:
        return SafetyDetector(ExemplarScorer())
    except (ImportError, OSError, ValueError):
        # Never leave a person without the safety net: fall back to the rules.
        log.exception("learned safety layer unavailable; using the rules alone")
        return SafetyDetector(None)
