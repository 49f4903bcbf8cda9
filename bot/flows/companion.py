"""What ties an actor's follow-up to what happened: details, prep cards, thank-you reminders.

The engine routes the buttons and the details pass here. Nothing in this
module ever contacts a third party: a thank-you reminder is a message to the
actor, who decides whether and how to send it.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.events import Choice, Reply
from bot.flows.checkin import CheckinPolicy
from bot.flows.details import normalise_office
from bot.store import Audition, CheckIn, Store, UserProfile

DETAILS_CONV = "d"
THANKS_CONV = "t"
PREP_CONV = "p"
PREP_CHOICES = 8


def prep_card(audition: Audition) -> Reply:
    """What the actor noted last time, to prepare a callback or a return visit with."""
    return Reply("prep/card", {"a": audition.to_dict()}, private_only=True)


class Companion:
    def __init__(self, store: Store, policy: CheckinPolicy, clock: Callable[[], datetime]) -> None:
        self.store = store
        self.policy = policy
        self.clock = clock

    def _now_iso(self) -> str:
        return self.clock().astimezone(UTC).isoformat(timespec="seconds")

    # -- after a debrief ------------------------------------------------------

    def offer(self, audition: Audition) -> Reply:
        return Reply(
            "debrief/next",
            choices=(
                Choice("details.start", f"{DETAILS_CONV}|{audition.id}|start"),
                Choice("thanks.offer", f"{THANKS_CONV}|{audition.id}|menu"),
            ),
            private_only=True,
        )

    def save_detail(
        self, user_key: str, audition_id: str, key: str, value: object, question: str | None
    ) -> None:
        """Write one answer straight into the journal entry: leaving halfway loses nothing."""
        if value is None:
            return
        if question is not None:
            audition = self.store.get_audition(user_key, audition_id)
            custom = dict((audition.custom if audition else None) or {})
            custom[question] = str(value)
            self.store.update_audition(user_key, audition_id, custom=custom)
        else:
            self.store.update_audition(user_key, audition_id, **{key: value})

    def finish_details(self, user_key: str, audition_id: str) -> list[Reply]:
        audition = self.store.get_audition(user_key, audition_id)
        replies = [Reply("details/saved")]
        if audition is None or not audition.office:
            return replies
        office = normalise_office(audition.office)
        before = [
            a
            for a in self.store.list_auditions(user_key)
            if a.id != audition.id and normalise_office(a.office) == office
        ]
        if before:
            replies.append(
                Reply(
                    "prep/returning",
                    {"office": audition.office, "n": len(before)},
                    private_only=True,
                )
            )
            replies.append(prep_card(before[0]))  # list_auditions is newest first
        return replies

    # -- prep cards -----------------------------------------------------------

    def prep_menu(self, user_key: str) -> list[Reply]:
        items = self.store.list_auditions(user_key)[:PREP_CHOICES]
        choices = tuple(
            Choice("prep.pick", f"{PREP_CONV}|{a.id}|card", {"date": a.date, "project": a.project})
            for a in items
        )
        return [Reply("prep/pick", {"items": bool(items)}, choices=choices, private_only=True)]

    def prep_button(self, user_key: str, audition_id: str) -> list[Reply]:
        audition = self.store.get_audition(user_key, audition_id)
        return [prep_card(audition)] if audition else [Reply("stale_button")]

    # -- thank-you reminders --------------------------------------------------

    def thanks_button(self, user: UserProfile, audition_id: str, value: str) -> list[Reply]:
        audition = self.store.get_audition(user.user_key, audition_id)
        if audition is None:
            return [Reply("stale_button")]
        if value == "menu":
            return [
                Reply(
                    "thanks/menu",
                    choices=(
                        Choice("thanks.agent", f"{THANKS_CONV}|{audition.id}|agent"),
                        Choice("thanks.office", f"{THANKS_CONV}|{audition.id}|office"),
                    ),
                    private_only=True,
                )
            ]
        if value not in ("agent", "office"):
            return [Reply("stale_button")]
        tz = ZoneInfo(user.timezone)
        tomorrow = self.clock().astimezone(tz).date() + timedelta(days=1)
        due = self._tomorrow_at_checkin_hour(tomorrow, tz, user)
        reminder = CheckIn(
            id=secrets.token_hex(4),
            audition_id=audition.id,
            due=due.astimezone(UTC).isoformat(timespec="seconds"),
            day=0,
            kind="thanks",
            note=value,
            updated_at=self._now_iso(),
        )
        self.store.add_checkins(user.user_key, [reminder])
        return [
            Reply(
                "thanks/scheduled",
                {"who": value, "when": due.strftime("%a %H:%M"), "a": audition.to_dict()},
            )
        ]

    def _tomorrow_at_checkin_hour(self, day: date, tz: ZoneInfo, user: UserProfile) -> datetime:
        return self.policy.at_checkin_time(day, tz, user)
