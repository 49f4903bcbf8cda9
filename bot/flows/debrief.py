"""The post-audition debrief: the questions the article suggests journaling.

Order matters: facts first (easy to answer while still buzzing), feelings in
the middle, lessons last when the actor has settled a little.
"""

from __future__ import annotations

from bot.flows.steps import Kind, Step

FORMATS = ("room", "selftape", "callback", "chemistry")

STEPS: tuple[Step, ...] = (
    Step("project", Kind.TEXT, skippable=False),
    Step("role", Kind.TEXT),
    # Buttons for the last seven days: today, yesterday, then "N" days ago (labelled
    # with the weekday and date in the person's own time).
    Step(
        "date",
        Kind.DATE,
        options=("today", "yesterday", "2", "3", "4", "5", "6"),
        skippable=False,
    ),
    Step(
        "format",
        Kind.CHOICE,
        options=FORMATS,
        synonyms=(
            ("in the room", "room"),
            ("in person", "room"),
            ("self-tape", "selftape"),
            ("self tape", "selftape"),
            ("tape", "selftape"),
            ("chemistry read", "chemistry"),
        ),
    ),
    Step("wore", Kind.TEXT),
    Step("feeling", Kind.SCALE, options=("1", "2", "3", "4", "5")),
    Step("nailed", Kind.TEXT),
    Step("learned", Kind.TEXT),
    Step("extra", Kind.TEXT),
)
