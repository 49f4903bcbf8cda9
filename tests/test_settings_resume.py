"""Check-ins after a pause, and reminders a person asked for, survive what they should."""

from __future__ import annotations

import pytest
from conftest import Chat

# Every test here runs against TinyDB and against PostgreSQL (tests/conftest.py).
pytestmark = pytest.mark.both_stores


def test_auditions_debriefed_while_paused_get_checkins_on_resume(chat: Chat, store) -> None:
    chat.say("/settings pause")
    chat.debrief("Hamlet")
    key = chat.who.user_key
    assert store.list_checkins(key) == []
    chat.say("/settings resume")
    assert [c.status for c in store.list_checkins(key) if c.kind == "checkin"]
    assert all(c.status == "pending" for c in store.list_checkins(key))


def test_released_keeps_the_thank_you_reminder(chat: Chat, store) -> None:
    chat.debrief("Hamlet")
    key = chat.who.user_key
    [audition] = store.list_auditions(key)
    from bot.store import CheckIn

    store.add_checkins(
        key, [CheckIn("t1", audition.id, "2030-01-01T09:00:00+00:00", 1, kind="thanks")]
    )
    chat.say("/outcome")
    chat.press("outcome.pick")
    chat.press("outcome.released")
    statuses = {c.kind: c.status for c in store.list_checkins(key) if c.id == "t1"}
    assert statuses == {"thanks": "pending"}
    assert all(c.status == "cancelled" for c in store.list_checkins(key) if c.kind == "checkin")


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("london", "Europe/London"),
        ("europe/london", "Europe/London"),
        ("New York", "America/New_York"),
        ("sao paulo", "America/Sao_Paulo"),
        ("Asia/Kolkata", "Asia/Kolkata"),
    ],
)
def test_timezones_as_people_type_them(chat: Chat, store, typed: str, saved: str) -> None:
    chat.say(f"/settings timezone {typed}")
    assert store.get_user(chat.who.user_key).timezone == saved


def test_a_misspelt_timezone_gets_a_suggestion_and_est_a_warning(chat: Chat, store) -> None:
    out = chat.say("/settings timezone Londn")
    assert chat.templates() == ["settings/bad_timezone"] and "Europe/London" in out
    chat.say("/settings timezone EST")
    assert "settings/fixed_offset" in chat.templates()
    assert store.get_user(chat.who.user_key).timezone == "EST"
