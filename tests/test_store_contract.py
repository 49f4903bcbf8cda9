"""The `Store` contract: every test here runs against TinyDB and against PostgreSQL.

What one store does, the other must do too; a difference fails one of the
two runs. Store-specific matters (file names, quarantine, advisory locks) are
tested beside each store, not here.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest

from bot.store import (
    Audition,
    ChatSettings,
    CheckIn,
    ConversationState,
    DuplicateEvent,
    Store,
    UserProfile,
)

pytestmark = pytest.mark.both_stores

NOW = "2026-11-20T15:30:00+00:00"


def audition(i: int, day: str = "2026-11-01") -> Audition:
    return Audition(id=f"a{i}", date=day, project=f"P{i}", created_at=f"2026-11-01T10:00:0{i}")


def checkin(i: int, due: str, audition_id: str = "a1", kind: str = "checkin") -> CheckIn:
    return CheckIn(id=f"c{i}", audition_id=audition_id, due=due, day=3, kind=kind)


# -- Conversations: the turn, the conversation, what was seen --------------------------


def test_state_set_replace_clear(store: Store) -> None:
    first = ConversationState("debrief", "d", "role", {"project": "Hamlet ✨"}, NOW)
    store.set_state("u", first)
    assert store.get_state("u") == first
    second = ConversationState("details", "x", "office", {}, NOW, paused=True)
    store.set_state("u", second)
    assert store.get_state("u") == second
    store.clear_state("u")
    assert store.get_state("u") is None


def test_seen_items(store: Store) -> None:
    store.mark_seen("u", "m1")
    store.mark_seen("u", "m1")
    store.mark_seen("u", "m2")
    assert store.seen_items("u") == {"m1", "m2"}
    store.reset_seen("u", {"m1", "never"})
    assert store.seen_items("u") == {"m2"}


def test_a_turn_is_all_or_nothing(store: Store) -> None:
    store.add_audition("u", audition(1))
    with pytest.raises(RuntimeError), store.turn("u"):
        store.add_audition("u", audition(2))
        store.update_audition("u", "a1", outcome="booked")
        store.set_state("u", ConversationState("debrief", "d", "role"))
        raise RuntimeError("crash mid-turn")
    [only] = store.list_auditions("u")
    assert only.id == "a1" and only.outcome == "waiting"
    assert store.get_state("u") is None


def test_writes_inside_a_turn_are_visible_inside_it(store: Store) -> None:
    with store.turn("u"):
        store.add_audition("u", audition(1))
        assert [a.id for a in store.list_auditions("u")] == ["a1"]
        with store.turn("u"):  # nested: the outer turn commits
            store.mark_seen("u", "m")
        assert store.seen_items("u") == {"m"}
    assert store.seen_items("u") == {"m"}


def test_concurrent_turns_for_one_person_lose_nothing(store: Store) -> None:
    def write(n: int) -> None:
        for i in range(25):
            with store.turn("shared"):
                have = len(store.list_auditions("shared"))
                store.add_audition("shared", audition(n * 1000 + i))
                assert len(store.list_auditions("shared")) == have + 1

    threads = [threading.Thread(target=write, args=(n,)) for n in (0, 1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(store.list_auditions("shared")) == 75


def test_a_redelivered_event_is_applied_once(store: Store) -> None:
    with store.turn("u", "telegram:41"):
        store.add_audition("u", audition(1))
    with pytest.raises(DuplicateEvent), store.turn("u", "telegram:41"):
        store.add_audition("u", audition(2))  # pragma: no cover - never reached
    assert [a.id for a in store.list_auditions("u")] == ["a1"]
    # A turn that failed recorded nothing: the redelivery is applied.
    with pytest.raises(RuntimeError), store.turn("u", "telegram:42"):
        store.add_audition("u", audition(3))
        raise RuntimeError("crash")
    with store.turn("u", "telegram:42"):
        store.add_audition("u", audition(3))
    assert sorted(a.id for a in store.list_auditions("u")) == ["a1", "a3"]
    with store.turn("u", "telegram:43"):  # many events later, the newest are remembered
        store.mark_seen("u", "m")
    with pytest.raises(DuplicateEvent), store.turn("u", "telegram:43"):
        pass
    store.forget_user("u")
    with store.turn("u", "telegram:41"):  # forgotten with everything else
        store.add_audition("u", audition(1))
    assert [a.id for a in store.list_auditions("u")] == ["a1"]


# -- Journal: profile and auditions ----------------------------------------------------


def test_unknown_person_reads_as_empty_and_creates_nothing(store: Store) -> None:
    assert store.get_user("telegram:404") is None
    assert store.get_state("telegram:404") is None
    assert store.list_auditions("telegram:404") == []
    assert store.list_checkins("telegram:404") == []
    assert store.seen_items("telegram:404") == set()
    assert store.update_audition("telegram:404", "a1", outcome="booked") is None
    store.clear_state("telegram:404")
    assert store.user_keys() == [] and store.journal_count() == 0


def test_profile_round_trip_keeps_every_field(store: Store) -> None:
    user = UserProfile(
        "discord:7",
        "Europe/London",
        "2026-11-01T00:00:00+00:00",
        quiet_hours="22:00-08:00",
        checkin_days=[3, 7],
        custom_questions=["Did I breathe?"],
        last_seen="telegram:9",
        country="GB",
    )
    store.save_user(user)
    assert store.get_user("discord:7") == user
    user.checkins_paused = True
    store.save_user(user)
    assert store.get_user("discord:7") == user
    assert store.user_keys() == ["discord:7"]


def test_auditions_are_listed_newest_first_and_updated_in_place(store: Store) -> None:
    store.add_audition("u", audition(1, "2026-10-01"))
    store.add_auditions("u", [audition(2, "2026-11-02"), audition(3, "2026-11-02")])
    store.add_auditions("u", [])
    assert [a.id for a in store.list_auditions("u")] == ["a3", "a2", "a1"]
    changed = store.update_audition("u", "a2", outcome="callback", custom={"Q?": "yes"})
    assert changed is not None and changed.outcome == "callback" and changed.custom == {"Q?": "yes"}
    assert store.get_audition("u", "a2") == changed
    assert store.get_audition("u", "missing") is None
    assert store.update_audition("u", "missing", outcome="booked") is None


def test_remove_auditions_takes_their_checkins(store: Store) -> None:
    store.add_auditions("u", [audition(1), audition(2)])
    store.add_checkins(
        "u",
        [checkin(1, NOW, "a1"), checkin(2, NOW, "a2")],
    )
    store.remove_auditions("u", {"a1"})
    assert [a.id for a in store.list_auditions("u")] == ["a2"]
    assert [c.id for c in store.list_checkins("u")] == ["c2"]


def test_forget_removes_everything_personal(store: Store) -> None:
    store.save_user(UserProfile("u", "UTC", NOW))
    store.set_state("u", ConversationState("debrief", "d", "role"))
    store.add_audition("u", audition(1))
    store.add_checkins("u", [checkin(1, "2026-11-23T18:00:00+00:00")])
    store.mark_seen("u", "m1")
    store.save_user(UserProfile("other", "UTC", NOW))
    assert store.forget_user("u") is True
    assert store.get_user("u") is None and store.get_state("u") is None
    assert store.list_auditions("u") == [] and store.list_checkins("u") == []
    assert store.seen_items("u") == set()
    assert store.user_keys() == ["other"]
    assert store.due_entries(datetime(2026, 12, 1, tzinfo=UTC)) == []
    assert store.forget_user("u") is False


def test_forget_inside_a_turn_wins_over_writes_in_the_same_turn(store: Store) -> None:
    store.add_audition("u", audition(1))
    with store.turn("u"):
        store.forget_user("u")
        store.add_audition("u", audition(2))
    assert store.list_auditions("u") == [] and store.user_keys() == []


def test_hostile_text_is_stored_as_given(store: Store) -> None:
    text = "‮rtl @everyone <b>x</b> ' OR 1=1; -- \\x00 \\u0000 %s $1 🎭 " + "x" * 10_000
    store.add_audition("u", Audition(id="a'1", date="2026-11-01", project=text, created_at=NOW))
    assert store.get_audition("u", "a'1").project == text  # type: ignore[union-attr]


# -- Schedule: check-ins ---------------------------------------------------------------


def test_checkins_transition_once_and_cancel_by_kind(store: Store) -> None:
    store.add_audition("u", audition(1))
    store.add_checkins(
        "u",
        [
            checkin(1, "2026-11-23T18:00:00+00:00"),
            checkin(2, "2026-11-27T18:00:00+00:00"),
            checkin(3, "2026-11-21T18:00:00+00:00", kind="thanks"),
        ],
    )
    assert [c.id for c in store.list_checkins("u")] == ["c3", "c1", "c2"]
    move = {"from_status": "pending", "to_status": "sending", "now": NOW}
    assert store.transition_checkin("u", "c1", **move) is True
    assert store.transition_checkin("u", "c1", **move) is False
    got = store.get_checkin("u", "c1")
    assert got is not None and got.status == "sending" and got.updated_at == NOW
    assert store.cancel_checkins("u", "a1", NOW) == 1  # c2; c1 is no longer pending
    assert store.get_checkin("u", "c3") is not None
    assert store.get_checkin("u", "c3").status == "pending"  # type: ignore[union-attr]
    assert store.cancel_checkins("u", "a1", NOW, kind="thanks") == 1
    assert store.get_checkin("u", "missing") is None


def test_due_entries_list_what_is_due_and_retired_rows_stay_gone(store: Store) -> None:
    store.add_audition("u", audition(1))
    store.add_checkins(
        "u", [checkin(1, "2026-11-23T18:00:00+00:00"), checkin(2, "2026-11-30T18:00:00+00:00")]
    )
    assert store.due_entries(datetime(2026, 11, 23, 17, 0, tzinfo=UTC)) == []
    due = store.due_entries(datetime(2026, 11, 23, 18, 0, tzinfo=UTC))
    rows = [(e.user_key, e.checkin_id, e.due) for _, entries in due for e in entries]
    assert rows == [("u", "c1", "2026-11-23T18:00:00+00:00")]
    store.transition_checkin("u", "c1", from_status="pending", to_status="sent", now=NOW)
    for shard, entries in due:
        store.retire_due(shard, {(e.user_key, e.checkin_id) for e in entries})
    assert store.due_entries(datetime(2026, 11, 24, tzinfo=UTC)) == []


# -- Identities: aliases and link codes ------------------------------------------------


def test_aliases_and_links(store: Store) -> None:
    assert store.get_alias("discord:1") is None
    store.set_alias("discord:1", "telegram:9")
    store.set_alias("console:1", "telegram:9")
    assert store.get_alias("discord:1") == "telegram:9"
    assert store.aliases_of("telegram:9") == ["console:1", "discord:1"]
    assert store.all_aliases() == {"discord:1": "telegram:9", "console:1": "telegram:9"}
    store.set_alias("discord:1", None)
    assert store.aliases_of("telegram:9") == ["console:1"]
    assert store.load_links() == {}
    assert store.update_links(lambda d: d.setdefault("codes", {}).update({"AB12": "x"})) is None
    assert store.update_links(lambda d: len(d["codes"])) == 1
    assert store.load_links() == {"codes": {"AB12": "x"}}


# -- Chats: group settings and the daily claim -----------------------------------------


def test_chats_and_the_daily_claim_happen_once_a_day(store: Store) -> None:
    store.save_chat(ChatSettings("telegram:-100", daily_quote=True, timezone="Europe/Paris"))
    assert store.get_chat("telegram:-100") == ChatSettings(
        "telegram:-100", daily_quote=True, timezone="Europe/Paris"
    )
    assert store.get_chat("telegram:-1") is None
    pool = {"q1", "q2", "q3"}
    assert store.claim_daily("telegram:-100", "2026-11-20", "q1", pool) is True
    assert store.claim_daily("telegram:-100", "2026-11-20", "q2", pool) is False
    assert store.claim_daily("telegram:-100", "2026-11-21", "q2", pool) is True
    assert store.claim_daily("telegram:-1", "2026-11-21", "q2", pool) is False
    chat = store.get_chat("telegram:-100")
    assert chat is not None and chat.seen_quotes == ["q1", "q2"] and chat.last_sent == "2026-11-21"
    # Every quote seen: the history starts again rather than running dry.
    assert store.claim_daily("telegram:-100", "2026-11-22", "q3", pool) is True
    assert store.get_chat("telegram:-100").seen_quotes == ["q3"]  # type: ignore[union-attr]
    assert [c.chat_key for c in store.list_chats()] == ["telegram:-100"]


# -- Operations: start-up checks -------------------------------------------------------


def test_start_up_checks(store: Store) -> None:
    store.save_user(UserProfile("u", "UTC", NOW))
    assert store.writable() is None
    store.check_shared()
    assert store.check() == 1 and store.journal_count() == 1
    assert store.quarantined() == []
    assert store.sender_lease() is True
    assert store.sender_lease() is True  # held, not asked for again
