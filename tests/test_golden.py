"""Golden transcripts: each scenario as the console, Telegram and Discord show it.

The snapshots under `__snapshots__/test_golden/` are meant to be read: a change
to any reply shows up there as a diff to review. After an intended change, run
`pytest tests/test_golden.py --snapshot-update` and read what moved.

Every reply in every transcript also passes the layout checks in `golden.py`
(no glued sentences, no double spaces, no visible escapes, no unrendered
template, and the same words on every front end).
"""

from __future__ import annotations

import random
import secrets
from pathlib import Path

import pytest
from conftest import Clock, debrief_script, make_engine
from golden import Player, Transcript, layout_problems
from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from bot.content import RuleMatcher
from bot.content.learned import HybridMatcher, LearnedMatcher
from bot.events import Platform
from bot.render import PROMPTS_DIR
from bot.store import TinyDBStore

NEWCOMER = [
    "/start",
    "/settings timezone london",
    "/debrief",
    "The Seagull",
    "Nina",
    "[Today]",
    "[Self-tape]",
    "A plain grey jumper",
    "[4]",
    "The second take of the lake speech",
    "Slow down before the last line",
    "/skip",
]

SCENARIOS: dict[str, list[str]] = {
    "newcomer_debrief": NEWCOMER,
    "journal": [
        *NEWCOMER,
        "/journal",
        "[The Seagull]",
        "/stats",
    ],
    "outcome": [
        *NEWCOMER,
        "/outcome callback",
        "[The Seagull]",
        "/outcome booked The Seagull",
        "/outcome booked The Seagull",
        "/outcome released The Seagull",
        "[No, keep it]",
    ],
    "edit": [
        *NEWCOMER,
        "/edit",
        "[The Seagull]",
        "[Role]",
        "Masha",
        "/edit The Seagul",
    ],
    "prep": [
        *NEWCOMER,
        "/prep",
        "/prep nothing like it",
    ],
    "export_and_forget": [
        "/export",
        *NEWCOMER,
        "/export",
        "/forget",
        "[Yes, delete everything]",
        "/journal",
        "/export",
    ],
    "settings": [
        "/settings",
        "/settings timezone Gotham",
        "/settings timezone New York",
        "/settings quiet 22-8",
        "/settings days 2 5 9",
        "/settings country auto",
        "/settings pause",
        "/settings resume",
        "/settings",
    ],
    "link": [
        *NEWCOMER,
        "/link",
        "@other /link WRONG1",
        "@other /link {code}",
        "@other /journal",
        "/link",
        "@other /link {code}",
        "@other /unlink",
        "/unlink",
    ],
    "safety_concern": [
        "/debrief",
        "Hamlet",
        "I just feel like nothing will ever work out for me",
        "Laertes",
        "I'm okay, it was just a rough day",
        "[Go on where I left off]",
        "Laertes",
        "Hoy fue un día muy difícil, no sé qué hacer con mi vida",
        "/cancel",
        "I can't do this anymore",
        "I'm okay, it was just a rough day",
    ],
    "safety_in_a_checkin": [
        *NEWCOMER,
        "@checkin",
        "honestly I can't do this anymore",
        "[Go on where I left off]",
        "still nothing from them, but I'm alright",
    ],
    "safety_tiers": [
        "/debrief",
        "Hamlet",
        "I'm playing a character who wants to die in act three",
        "I just feel like nothing will ever work out for me",
        "I want to end my life tonight, I have the pills here",
        "[Britain (UK)]",  # under a reply that led with the number, the tap's reply does too
        "/support",
    ],
    "safety_another_language_after_asking": [
        "I can't do this anymore",
        "hoy fue un día largo, ya veremos",  # not judged: help in their language
        "ya no aguanto más, estoy muy mal",  # judged heavy: a no
        "I'm okay, it was just a rough day",
    ],
    "safety_someone_else": [
        "/settings timezone London",
        "my flatmate just told me she's taken a whole bottle of pills, what do I do",
        "/support",
    ],
    # Greetings and asking to stop are not read as goodbyes, nor taken as an answer.
    "hello_and_stopping": [
        "hello again",
        "/debrief",
        "Macbeth",
        "can we stop here?",
        "hi again",  # a greeting in a form: the question again, not an answer
        "Lady M",
        "pause",  # one word can be an answer (here, not a date): not taken as asking
        "stop here for now",
        "thanks, see you tomorrow",
    ],
    "good_news": [
        "I booked it!!",
        "booked Moritz in Spring Awakening!!",
    ],
    "plain_words": [
        "the heating in my flat is broken again",
        "I'm a bit low today, I thought that tape was my best",
        # Everyday words a rule once read as a plan or a farewell.
        "ok, I'll do it tomorrow, too tired now",
        "I won't be around for the check-in next week, I'm on holiday",
    ],
    # Read by the multilingual reader: a theme, a plain remark, and a crisis no rule reads.
    "another_language": [
        "/settings timezone London",
        "tres semanas sin noticias del casting",
        "zjadłam pierogi po castingu, pyszne",
        "ich will nicht mehr leben",
    ],
    "safety_after_crisis": [
        "/settings timezone London",
        "I want to die",
        "thanks",
    ],
    "safety_not_okay": [
        "/settings timezone London",
        "i feel so empty lately",
        "no",
        "not really, no",
        "I'm okay now, thanks",
        "/debrief",
        "Hamlet",
        "I just feel like nothing will ever work out for me",
        "nope",
    ],
    "safety_helper_after": [
        "/settings timezone London",
        "my daughter says she took something, she won't tell me what",
        "I'm sitting with her",
        "I don't know what she took",
        "I'm okay, it's her I'm worried about, she's getting sleepy",
        "ok, the ambulance is on its way, she's talking to me",
    ],
    "group": [
        "@group /debrief",
        "@group /journal",
        "@group /daily",
        "@group /daily on 8:30",
        "@group /daily off",
    ],
    "checkin_mid_debrief": [
        *NEWCOMER,
        "@later 2d",
        "/debrief",
        "Uncle Vanya",
        "@checkin",
        "Still nothing, it's been quiet",
        "Sonya",
    ],
    "checkin_buttons": [
        *NEWCOMER,
        "@checkin",
        "[Still waiting]",
        "[Still waiting]",
        "@checkin",
        "[Snooze]",
        "[Tomorrow]",
        "@checkin",
        "[Avail / on hold]",
        "@checkin",
        "[Released / heard no]",
    ],
    "details_and_thanks": [
        "/questions",
        "/questions add How was my breath?",
        "/questions add",
        "/questions add One?",
        "/questions add Two?",
        "/questions add Three?",
        "/questions remove 2",
        "/questions remove 3",
        *NEWCOMER,
        "[Add details]",
        "Hart Casting",
        "The director and a reader",
        "[Sides]",
        "Keep the stillness, leave the rushing",
        "Steady, I think",
        "/skip",
        "[Remind me to say thanks]",
        "[My agent, tomorrow]",
        "@checkin",
        "/prep The Seagull",
        "/debrief",
        "Oklahoma!",
        "Curly",
        "[Yesterday]",
        "[In the room]",
        "/skip",
        "[Skip]",
        "/skip",
        "/skip",
        "/skip",
        "[Add details]",
        "hart casting",
        "/skip",
        "[Skip]",
        "/skip",
        "/skip",
        "/skip",
        "[Add details]",
        "/cancel",
    ],
    "settings_buttons": [
        "/settings",
        "[Timezone]",
        "Gotham",
        "UTC+5",
        "[Quiet hours]",
        "from ten till eight",
        "[10pm to 8am]",
        "[Check-in days]",
        "3 7 400",
        "[2 and 7 days]",
        "[Country]",
        "Atlantis",
        "[By my timezone]",
        "/settings frobnicate",
    ],
    "group_more": [
        "@group /start",
        "@member /daily on",
        "@group /daily on 25:99",
        "@group /daily on 09:00 Europe/London",
        "@group /daily",
        "@group /daily sometimes",
        "@daily",
        "/daily on",
    ],
    "journal_buttons": [
        *NEWCOMER,
        "/journal",
        "[The Seagull]",
        "[Outcome]",
        "[Got a callback!]",
        "/prep",
        "[The Seagull]",
        "/forget",
        "[No, keep it]",
        "[Yes, delete everything]",
        "/privacy",
        "/help",
    ],
    "odd_inputs": [
        "/skip",
        "@photo",
        "I was so nervous I forgot my lines and the reader just stared",
        "/debrief",
        "Cats",
        "/debrief",
        "[Carry on]",
        "   ",
        "x" * 5000,
        "Rum Tum Tugger",
        "2001-01-01",
        "[Today]",
        "[Yesterday]",
        "@forge",
        "@restart",
        "zoom",
        "[Self-tape]",
        "A blue shirt",
        "7",
        "okay",
        "/skip",
        "/skip",
        "/skip",
        "/edit Cats",
        "[Role]",
        "Rum Tum Tugger",
    ],
    "link_edges": [
        "/link",
        "/link {code}",
        "@other /link WRONG1",
        "@other /link WRONG2",
        "@other /link WRONG3",
        "@other /link WRONG4",
        "@other /link WRONG5",
        "@other /link {code}",
        "/link",
        "@later 1h",
        "@other /link {code}",
    ],
    "exclaimed_title": [
        *debrief_script("Oklahoma!"),
        "/outcome callback Oklahoma!",
        "/outcome booked Oklahoma!",
        "/outcome released Oklahoma!",
        "[Yes, change it]",
        "/debrief",
        "Oklahoma!",
        "/cancel",
    ],
    "before_the_audition": [
        "/settings timezone London",
        *NEWCOMER,
        "[Add details]",
        "Hart Casting",
        "/skip",
        "[Sides]",
        "Keep the stillness, leave the rushing",
        "/upcoming",
        "Uncle Vanya",
        "Sonya",
        "monday",
        "monday 2:30pm",
        "[In the room]",
        "hart casting",
        "Bring the sides and a pencil",
        "/upcoming",
        "[Uncle Vanya]",
        "@checkin prep",
        "@checkin after",
        "[Debrief it now]",
        "A black jumper",
        "[4]",
        "The last speech, finally slow",
        "Breathe before the turn",
        "/skip",
        "/upcoming",
        "/cancel",
        "/calendar",
        "/calendar link",
        "/calendar revoke",
    ],
    "upcoming_changes": [
        "/upcoming add",
        "Ivanov",
        "/skip",
        "in two years at 3pm",
        "yesterday 3pm",
        "whenever you like 5pm",
        "tomorrow 10:30am",
        "[Self-tape due]",
        "/skip",
        "/skip",
        "/upcoming",
        "[Ivanov]",
        "[Change]",
        "[Day and time]",
        "saturday 6pm",
        "@checkin after",
        "[Ask me later]",
        "@checkin after",
        "[It didn't happen]",
        "/upcoming add",
        "Platonov",
        "Anna",
        "monday 11am",
        "[Callback]",
        "The Orange Tree",
        "/skip",
        "/upcoming",
        "[Platonov]",
        "[Remove]",
        "/upcoming",
        "/cancel",
    ],
    "wrong_turns": [
        "/debrief",
        "/skip",
        "Twelfth Night",
        "Viola",
        "31/02/2026",
        "next year",
        "yesterday",
        "/nonsense",
        "/cancel",
        "/cancel",
        "hello?",
    ],
}

PLATFORMS = [Platform.CONSOLE, Platform.TELEGRAM, Platform.DISCORD]


class TextSnapshot(SingleFileSnapshotExtension):
    """One readable .txt file per transcript, so a review reads like a chat log."""

    _write_mode = WriteMode.TEXT
    file_extension = "txt"


@pytest.fixture
def snapshot_text(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    return snapshot.use_extension(TextSnapshot)


@pytest.fixture(autouse=True)
def repeatable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Link codes and error references are random; a transcript must not be."""
    rng = random.Random(11)
    monkeypatch.setattr(secrets, "choice", rng.choice)
    monkeypatch.setattr(secrets, "token_hex", lambda n=16: f"{rng.getrandbits(8 * n):0{2 * n}x}")


#: Scenarios read by the shipped learned matcher (both readers), not the rules alone.
LEARNED = {"another_language"}


def play(name: str, platform: Platform, tmp_path: Path, library, clock: Clock) -> Transcript:
    store = TinyDBStore(tmp_path / platform.value)
    matcher = HybridMatcher(RuleMatcher(), LearnedMatcher()) if name in LEARNED else None
    engine = make_engine(store, library, clock, tmp_path / platform.value / "exports", matcher)
    try:
        return Player(engine, platform, clock, tmp_path).play(SCENARIOS[name])
    finally:
        store.close()


@pytest.mark.parametrize("platform", PLATFORMS, ids=lambda p: p.value)
@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_transcript(
    name: str, platform: Platform, tmp_path: Path, library, clock: Clock, snapshot_text
) -> None:
    transcript = play(name, platform, tmp_path, library, clock)
    problems = [
        f"{item.template}: {problem}"
        for item in transcript.rendered
        for problem in layout_problems(item)
    ]
    assert not problems, "\n".join(problems)
    assert transcript.text() == snapshot_text


#: Templates no scenario reaches, each for a reason; anything else unreached fails below,
#: so a new template arrives with a transcript that shows it.
UNREACHED = {
    "export/diary.md.j2": "a file's content, checked by the export tests",
    "error/disk.j2": "needs a failing disk (tests/test_crash.py)",
    "error/disk_full.j2": "needs a full disk (tests/test_crash.py)",
    "error/internal.j2": "needs a bug (tests/test_crash.py)",
    "error/quarantined.j2": "needs a damaged journal (tests/test_reliability.py)",
    "error/store.j2": "needs a failing store (tests/test_crash.py)",
    "error/too_large.j2": "needs a journal over the size limit (tests/test_reliability.py)",
    "error/unavailable.j2": "needs PostgreSQL down (tests/test_postgres.py)",
    "group/dm_sent.j2": "sent by the Discord adapter itself (tests/test_discord.py)",
    "group/dm_blocked.j2": "sent by the Discord adapter itself (tests/test_discord.py)",
    "link/busy.j2": "needs 100 wrong codes from many accounts (tests/test_link.py)",
}


def test_every_template_is_in_a_transcript_or_excused(
    tmp_path: Path, library, clock: Clock
) -> None:
    seen: set[str] = set()
    for name in SCENARIOS:
        for platform in (Platform.TELEGRAM,):
            seen |= play(name, platform, tmp_path / name, library, clock).templates
    templates = {
        str(p.relative_to(PROMPTS_DIR).with_suffix("")) + ".j2"
        for p in PROMPTS_DIR.rglob("*.j2")
        if not p.name.startswith("_") and "content" not in p.parts
    }
    missing = templates - {f"{t}.j2" for t in seen} - set(UNREACHED)
    assert not missing, f"templates no transcript shows: {sorted(missing)}"
