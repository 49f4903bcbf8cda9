"""The questions a person is asked: the debrief's nine and the details pass after it.

Data, not conversation: the debrief and details flows ask them, and an edit
re-asks any one of them, so an edited field is validated exactly as it was first.
"""

from __future__ import annotations

from bot.flows.steps import Kind, Step

FORMATS = ("room", "selftape", "callback", "chemistry")

#: Answers that are names or titles ("Rum Tum Tugger", "Маша", "Ciudad de México"), in
#: any language: the safety check's note about other languages is not for them.
NAME_STEPS = frozenset({"project", "role", "office", "room", "place", "timezone", "country"})

DEBRIEF: tuple[Step, ...] = (
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
MAX_CUSTOM = 3
MAX_QUESTION_CHARS = 200

DETAILS: tuple[Step, ...] = (
    Step("office", Kind.TEXT),
    Step("room", Kind.TEXT),
    Step(
        "material",
        Kind.CHOICE,
        options=("sides", "monologue", "script"),
        synonyms=(
            ("side", "sides"),
            ("a monologue", "monologue"),
            ("self-tape script", "script"),
            ("self tape script", "script"),
            ("tape script", "script"),
        ),
        free_text=True,
    ),
    Step("keep", Kind.TEXT),
)


def details_steps(custom_questions: list[str]) -> tuple[Step, ...]:
    own = tuple(
        Step(f"custom{i}", Kind.TEXT, template="step/custom")
        for i in range(min(len(custom_questions), MAX_CUSTOM))
    )
    return DETAILS + own


#: An audition still to come (/upcoming): the same fields a debrief begins with, in the
#: future tense, and a time instead of a day.
UPCOMING: tuple[Step, ...] = (
    Step("project", Kind.TEXT, skippable=False, template="upcoming/step_project"),
    Step("role", Kind.TEXT, template="upcoming/step_role"),
    Step("when", Kind.WHEN, skippable=False, template="upcoming/step_when"),
    Step(
        "kind",
        Kind.CHOICE,
        options=FORMATS,
        skippable=False,
        template="upcoming/step_kind",
        synonyms=(
            ("self tape", "selftape"),
            ("tape", "selftape"),
            ("in person", "room"),
            ("in the room", "room"),
            ("chemistry", "chemistry"),
        ),
    ),
    Step("place", Kind.TEXT, template="upcoming/step_place"),
    Step("note", Kind.TEXT, template="upcoming/step_note"),
)
