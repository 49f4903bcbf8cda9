"""Check-ins after a pause, and reminders a person asked for, survive what they should."""

from __future__ import annotations

from conftest import Chat


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
