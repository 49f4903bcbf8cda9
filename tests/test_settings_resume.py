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


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("10pm-8am", "22:00-08:00"),
        ("22-8", "22:00-08:00"),
        ("from 10 pm to 7:30 am", "22:00-07:30"),
        ("23:30–7", "23:30-07:00"),
        ("12am-6am", "00:00-06:00"),
        ("10 p.m. - 8 a.m.", "22:00-08:00"),
        ("22:00-08:00", "22:00-08:00"),
    ],
)
def test_quiet_hours_as_people_type_them(chat, store, typed: str, stored: str) -> None:
    chat.say(f"/settings quiet {typed}")
    user = store.get_user(chat.who.user_key)
    assert user is not None and user.quiet_hours == stored


@pytest.mark.parametrize("typed", ["13pm-8am", "25-8", "soon", "22-", "22:61-8"])
def test_quiet_hours_that_are_not_times_are_refused_with_examples(chat, typed: str) -> None:
    out = chat.say(f"/settings quiet {typed}")
    assert "couldn't read" in out and "10pm-8am" in out


def test_the_material_step_keeps_words_typed_in_them(chat, store) -> None:
    from conftest import debrief_script

    for line in debrief_script("Hamlet"):
        chat.say(line)
    chat.press("details.start")
    chat.say("/skip")  # office
    chat.say("/skip")  # room
    out = chat.say("Act 2 speech")
    assert "What did you perform" not in out  # taken, the next question asked
    [entry] = store.list_auditions(chat.who.user_key)
    assert entry.material == "Act 2 speech"
    chat.say("/prep")
    assert "You performed: Act 2 speech" in chat.press("prep.pick")


def test_settings_as_a_keyboard(chat, store) -> None:
    chat.say("/start")
    chat.say("/settings")
    assert [c.label for c in chat.last[-1].choices] == [
        "settings.timezone",
        "settings.quiet",
        "settings.days",
        "settings.pause",
        "settings.country",
    ]
    out = chat.press("settings.timezone")
    assert "Which city or timezone" in out
    out = chat.say("new york")  # typed words answer the question
    assert "Saved: timezone America/New_York" in out and "Your settings" not in out
    assert store.get_user(chat.who.user_key).timezone == "America/New_York"
    chat.say("/settings")
    chat.press("settings.quiet")
    out = chat.press("settings.quiet.23:00-07:00")  # a quick pick
    assert "Saved: quiet hours 23:00-07:00" in out
    chat.say("/settings")
    chat.press("settings.days")
    assert "couldn't" in chat.say("every day")  # unreadable: asked again, not dropped
    assert "Saved: check-in days 2, 5" in chat.say("2 5")
    chat.say("/settings")
    assert "paused" in chat.press("settings.pause")
    assert [c.label for c in chat.last[-1].choices][3] == "settings.resume"
    assert "back on" in chat.press("settings.resume")
    assert store.get_state(chat.who.user_key) is None  # nothing left half-asked


def test_a_forged_settings_pick_changes_nothing(chat, store) -> None:
    from bot.events import Incoming

    chat.say("/start")
    replies = chat.engine.handle(Incoming(chat.who, button="g|quiet|00:00-23:59"))
    assert [r.template for r in replies] == ["stale_button"]
    assert store.get_user(chat.who.user_key).quiet_hours is None


def test_settings_usage_names_every_key_the_keyboard_offers(chat: Chat) -> None:
    out = chat.say("/settings banana")
    for key in ("timezone", "quiet", "days", "pause", "resume", "country"):
        assert key in out


def test_a_near_miss_timezone_is_one_tap_away(chat: Chat, store) -> None:
    out = chat.say("/settings timezone londn")
    assert "Did you mean Europe/London" in out
    [pick] = chat.last[0].choices
    assert pick.label == "settings.tz_pick"
    chat.press("settings.tz_pick")
    assert store.get_user(chat.who.user_key).timezone == "Europe/London"
    assert chat.templates()[0] == "settings/saved"


def test_a_made_up_place_gets_no_look_alike(chat: Chat) -> None:
    out = chat.say("/settings timezone Gotham")
    assert "Godthab" not in out and not chat.last[0].choices


def test_country_auto_on_a_timezone_of_no_country_says_why(chat: Chat) -> None:
    out = chat.say("/settings country auto")  # the fixture's timezone is UTC
    assert "doesn't belong to one country" in out
    assert "not one country's timezone" in chat.say("/settings")
