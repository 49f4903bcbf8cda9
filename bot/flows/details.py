"""Optional details after a debrief: who cast it, who was in the room, what was
performed, what to keep or leave behind, and the actor's own questions.

Kept out of the core debrief so the first nine questions stay quick; offered
right after it is saved, and each answer is written to the journal entry at
once, so leaving halfway loses nothing.
"""

from __future__ import annotations

from bot.flows.steps import Kind, Step

MAX_CUSTOM = 3
MAX_QUESTION_CHARS = 200

STATIC: tuple[Step, ...] = (
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


def steps_for(custom_questions: list[str]) -> tuple[Step, ...]:
    own = tuple(
        Step(f"custom{i}", Kind.TEXT, template="step/custom")
        for i in range(min(len(custom_questions), MAX_CUSTOM))
    )
    return STATIC + own


def normalise_office(name: str | None) -> str:
    """'  Jane Doe Casting ' and 'jane doe casting' are the same office."""
    return " ".join((name or "").casefold().split())
