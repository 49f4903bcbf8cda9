"""Choose one message for one person, never repeating until a pool runs dry.

Hearing the same line twice makes a companion sound like a machine, so what
each user has seen is remembered in their journal. When every message of a
pool has been seen, only that pool's history is forgotten and it starts over.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from bot.content.library import Item, Library
from bot.content.matcher import Matcher
from bot.events import Reply
from bot.reading import read

#: Themes that fit almost anyone; used in turn when nothing specific was said.
GENERAL_THEMES = ("one-step", "control", "keep-growing", "more-than-role", "silence")

#: A second theme joins the pool when it scores at least this share of the best.
CLOSE_SECOND = 0.8

#: "Still waiting" is answered from these themes, whatever the audition was about.
WAITING_THEMES = ("silence", "no-feedback")

#: Why a message is being picked: right after a debrief, a reply to a check-in, the
#: "still waiting" button, a "released" outcome, or words sent outside any conversation.
Trigger = Literal["debrief", "checkin", "waiting", "released", "words"]
#: What the journal says about the audition: open (no word, a callback, on hold),
#: released, booked; None when no audition is in question.
OutcomeState = Literal["open", "released", "booked"]


def outcome_state(outcome: str | None) -> OutcomeState | None:
    """An audition's recorded outcome as the selector sees it."""
    if outcome is None:
        return None
    return "released" if outcome == "released" else "booked" if outcome == "booked" else "open"


@dataclass(frozen=True)
class Moment:
    """The situation a message must not contradict."""

    trigger: Trigger = "words"
    outcome: OutcomeState | None = None

    def allows(self, item: Item) -> bool:
        if item.moment == "debrief" and self.trigger != "debrief":
            return False
        if item.premise == "turned-down" and self.outcome in ("open", "booked"):
            return False
        if item.premise == "turned-down" and self.trigger in ("debrief", "waiting"):
            return False
        return not (item.premise == "time-passed" and self.trigger == "debrief")


class SeenLog(Protocol):
    """The slice of the store the selector needs (keeps this module store-agnostic)."""

    def seen_items(self, user_key: str) -> set[str]: ...

    def mark_seen(self, user_key: str, item_id: str) -> None: ...

    def reset_seen(self, user_key: str, item_ids: set[str]) -> None: ...


@dataclass(frozen=True)
class Encouragement:
    id: str
    theme: str
    text: str
    tip: str | None = None
    #: True when the theme came from what the actor said, False for the rotation.
    matched: bool = False

    def reply(self) -> Reply:
        return Reply("encouragement", {"text": self.text, "tip": self.tip, "theme": self.theme})


class Encourager:
    def __init__(
        self, library: Library, matcher: Matcher, seen: SeenLog, *, seed: int | None = None
    ) -> None:
        self.library = library
        self.matcher = matcher
        self.seen = seen
        self._rng = random.Random(seed)

    def themes_for(self, texts: Sequence[str]) -> list[str]:
        """The theme(s) to draw from: the best match plus a close second, if any."""
        ranking = self.matcher.rank(texts)
        if not ranking:
            return []
        best = ranking[0][1]
        return [theme for theme, score in ranking[:2] if score >= best * CLOSE_SECOND]

    def pick(
        self,
        user_key: str,
        texts: Sequence[str],
        *,
        long: bool = True,
        moment: Moment | None = None,
        themes: Sequence[str] | None = None,
    ) -> Encouragement:
        """One message for this person, matched to what they said when anything matched.

        Three rules keep it honest: a message with cues (a premise, such as forgetting a
        line) is only eligible when one of its cues matched what they said; a message
        never contradicts the moment (a "no" while the outcome is open, "as you just
        did" outside a debrief); and "still waiting" is answered about waiting.
        """
        moment = moment or Moment()
        length = "long" if long else "short"
        seen = self.seen.seen_items(user_key)
        said = " | ".join(read(t).plain for t in texts)
        if moment.trigger == "waiting":
            themes = list(WAITING_THEMES)
            matched = True
        else:  # `themes`: the caller ranked these texts already (one reading, not two)
            themes = list(themes) if themes is not None else self.themes_for(texts)
            matched = bool(themes)
        pool = [m for t in themes for m in self._eligible(t, length, said, moment)]
        if not pool:
            matched = False
            theme = self._next_general(seen, length, said, moment)
            pool = self._eligible(theme, length, said, moment)
        fresh = [m for m in pool if m.id not in seen]
        if not fresh:
            self.seen.reset_seen(user_key, {m.id for m in pool})
            fresh = pool
        # Within the theme, prefer what answers the words they used ("nervous" -> nerves).
        fitting = [m for m in fresh if m.cues]
        item = self._rng.choice(sorted(fitting or fresh, key=lambda m: m.id))
        self.seen.mark_seen(user_key, item.id)
        return _as_encouragement(item, matched)

    def _eligible(self, theme: str, length: str, said: str, moment: Moment) -> list[Item]:
        return [
            m
            for m in self.library.pool(theme, length)
            if (not m.cues or any(re.search(c, said) for c in m.cues)) and moment.allows(m)
        ]

    def _next_general(self, seen: set[str], length: str, said: str, moment: Moment) -> str:
        """The general theme this user has heard least from, in a fixed order on ties;
        only themes with something that fits the moment."""

        def heard(theme: str) -> int:
            return sum(1 for m in self.library.pool(theme, length) if m.id in seen)

        usable = [t for t in GENERAL_THEMES if self._eligible(t, length, said, moment)]
        return min(usable or GENERAL_THEMES, key=lambda t: (heard(t), GENERAL_THEMES.index(t)))

    def short_line(self, theme: str) -> str:
        """One short line of a theme (the group quotes are short): for a prep card's
        "what you can control", where a paragraph would bury the practical part."""
        lines = sorted((q for q in self.library.quotes if q.theme == theme), key=lambda q: q.id)
        return self._rng.choice(lines).text if lines else ""

    def pick_quote(self, seen_ids: Sequence[str]) -> Item:
        """Next group quote not in `seen_ids`; the caller stores the history per chat."""
        quotes = sorted(self.library.quotes, key=lambda q: q.id)
        fresh = [q for q in quotes if q.id not in set(seen_ids)] or quotes
        # A different kind of message from yesterday's: craft, practice, celebration and
        # consolation take turns, so a group is not consoled every single morning.
        by_id = {q.id: q for q in quotes}
        last = by_id.get(seen_ids[-1]) if seen_ids else None
        if last is not None:
            fresh = [q for q in fresh if q.mood != last.mood] or fresh
        return self._rng.choice(fresh)


def _as_encouragement(item: Item, matched: bool) -> Encouragement:
    return Encouragement(
        id=item.id, theme=item.theme, text=item.text, tip=item.tip, matched=matched
    )
