"""Moving house: copy everything from one store to another and prove it arrived.

Written against the `Store` protocol only, so TinyDB -> PostgreSQL and back are
the same code. Each person is compared by a checksum of everything the store
holds for them (profile, conversation state, auditions, check-ins, content
history); a person whose copy already matches is left alone, so a run that was
cut off can simply be run again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from bot.store.base import Audition, CheckIn, ConversationState, Store, UserProfile


@dataclass
class MoveReport:
    people: int = 0
    copied: int = 0
    unchanged: int = 0
    auditions: int = 0
    checkins: int = 0
    chats: int = 0
    aliases: int = 0
    #: People whose copy does not match after the move (should stay empty).
    mismatched: list[str] = field(default_factory=list)


def person_snapshot(store: Store, key: str) -> dict[str, Any]:
    """Everything the store holds for one person, in a canonical order."""
    user = store.get_user(key)
    state = store.get_state(key)
    return {
        "profile": user.to_dict() if user else None,
        "state": state.to_dict() if state else None,
        "auditions": sorted((a.to_dict() for a in store.list_auditions(key)), key=_by_id),
        "checkins": sorted((c.to_dict() for c in store.list_checkins(key)), key=_by_id),
        "seen": sorted(store.seen_items(key)),
    }


def checksum(snapshot: dict[str, Any]) -> str:
    text = json.dumps(snapshot, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _by_id(item: dict[str, Any]) -> str:
    return str(item.get("id"))


def _write_person(dst: Store, key: str, snap: dict[str, Any]) -> None:
    """Replace what `dst` holds for this person with the snapshot."""
    dst.forget_user(key)  # a turn of its own: TinyDB drops a turn's writes after a forget
    with dst.turn(key):
        if snap["profile"] is not None:
            dst.save_user(UserProfile.from_dict(snap["profile"]))
        if snap["state"] is not None:
            dst.set_state(key, ConversationState.from_dict(snap["state"]))
        dst.add_auditions(key, [Audition.from_dict(a) for a in snap["auditions"]])
        if snap["checkins"]:
            dst.add_checkins(key, [CheckIn.from_dict(c) for c in snap["checkins"]])
        for item in snap["seen"]:
            dst.mark_seen(key, item)


def move(src: Store, dst: Store) -> MoveReport:
    """Copy people, group settings, linked identities and live link codes; verify each person."""
    report = MoveReport()
    for key in src.user_keys():
        report.people += 1
        snap = person_snapshot(src, key)
        report.auditions += len(snap["auditions"])
        report.checkins += len(snap["checkins"])
        if checksum(person_snapshot(dst, key)) == checksum(snap):
            report.unchanged += 1
            continue
        _write_person(dst, key, snap)
        report.copied += 1
        if checksum(person_snapshot(dst, key)) != checksum(snap):
            report.mismatched.append(key)
    for chat in src.list_chats():
        dst.save_chat(chat)
        report.chats += 1
    for identity, account in src.all_aliases().items():
        dst.set_alias(identity, account)
        report.aliases += 1
    links = src.load_links()

    def replace(data: dict[str, Any]) -> None:
        data.clear()
        data.update(links)

    dst.update_links(replace)
    return report
