"""Before the audition: /upcoming notes one, /calendar puts them in a calendar.

An upcoming audition lives in the person's profile (bot/store/base.py `Upcoming`).
Noting one plans two reminders, sent like check-ins (bot/flows/tracking.py): a
prep card the night before, built from the journal, and "how did it go?" after
it, whose button starts a debrief with the plan already filled in (the debrief
flow reads it; flows are peers). A debrief of the same project on the same day
settles the plan instead of making a second entry.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bot import dates
from bot.calendar import calendar_bytes, new_link, revoke_link
from bot.clock import iso
from bot.events import Choice, Incoming, Reply, Who
from bot.flows import tracking
from bot.flows.base import Command
from bot.flows.buttons import UPCOMING, Payload, upcoming_button
from bot.flows.checkin import out_of_quiet
from bot.flows.form import FormFlow
from bot.flows.names import FlowName
from bot.flows.questions import UPCOMING as STEPS
from bot.flows.steps import Step
from bot.store import CheckIn, ConversationState, Upcoming, UserProfile
from bot.store.atomic import atomic_write_text
from bot.store.base import MAX_UPCOMING

FIELDS: dict[str, Step] = {s.key: s for s in STEPS}


class UpcomingFlow(FormFlow):
    """/upcoming and /calendar."""

    name = FlowName.UPCOMING
    commands = (
        Command("upcoming", hint="add, or leave empty to see what's coming"),
        Command("calendar", hint="link for a subscription, revoke to end it"),
    )
    prefixes = (UPCOMING,)
    states = (FlowName.UPCOMING,)

    def steps(self, user_key: str, state: ConversationState) -> tuple[Step, ...]:
        editing = state.answers.get("editing")
        return (FIELDS[editing],) if editing in FIELDS else STEPS

    # -- commands -------------------------------------------------------------

    def on_command(self, event: Incoming) -> list[Reply]:
        who = event.who
        user = self.s.ensure_user(who)
        if event.command == "calendar":
            return self.calendar(user, event.args.strip().lower())
        if event.args.strip().lower() in ("add", "new") or not planned(user):
            return self.start(who)
        return [self.listing(user)]

    def start(self, who: Who) -> list[Reply]:
        state = self.s.new_state(FlowName.UPCOMING, STEPS[0].key)
        return [Reply("upcoming/begin"), self.begin(who, state)]

    def listing(self, user: UserProfile) -> Reply:
        items = planned(user)
        tz = ZoneInfo(user.timezone)
        now = self.s.clock()
        shown = [
            {**u.to_dict(), "moment": dates.moment(datetime.fromisoformat(u.when), tz, now)}
            for u in items
        ]
        choices = (
            *(
                Choice("upcoming.open", upcoming_button(u.id, "view"), {"project": u.project})
                for u in items[:8]
            ),
            Choice("upcoming.add", upcoming_button("-", "add")),
        )
        return Reply("upcoming/list", {"items": shown}, choices=choices, private_only=True)

    # -- buttons --------------------------------------------------------------

    def on_button(self, who: Who, payload: Payload) -> list[Reply]:
        user = self.s.ensure_user(who)
        if payload.value == "add":
            return self.start(who)
        item = next((u for u in user.upcoming if u.id == payload.step), None)
        if item is None or item.status != "planned":
            return [Reply("stale_button")]
        if payload.value == "view":
            return [self.card(user, item)]
        if payload.value == "remove":
            user.upcoming.remove(item)
            self.store.save_user(user)
            tracking.unplan_upcoming(self.s, user.user_key, item.id)
            return [Reply("upcoming/removed", {"project": item.project})]
        if payload.value == "edit":
            choices = tuple(
                Choice(f"upcoming.field.{key}", upcoming_button(item.id, f"f-{key}"))
                for key in FIELDS
            )
            return [Reply("upcoming/edit_pick", {"u": item.to_dict()}, choices=choices)]
        if payload.value.startswith("f-") and payload.value[2:] in FIELDS:
            key = payload.value[2:]
            state = self.s.new_state(FlowName.UPCOMING, key, {"editing": key, "upcoming": item.id})
            return [self.begin(who, state)]
        if payload.value == "missed":
            item.status = "missed"
            self.store.save_user(user)
            tracking.unplan_upcoming(self.s, user.user_key, item.id)
            return [Reply("upcoming/missed", {"project": item.project})]
        if payload.value == "snooze":
            return self.snooze(user, item)
        return [Reply("stale_button")]

    def card(self, user: UserProfile, item: Upcoming) -> Reply:
        values = {"u": item.to_dict(), "when": self.moment(user, item)}
        choices = (
            Choice("upcoming.edit", upcoming_button(item.id, "edit")),
            Choice("upcoming.remove", upcoming_button(item.id, "remove")),
        )
        return Reply("upcoming/card", values, choices=choices, private_only=True)

    def snooze(self, user: UserProfile, item: Upcoming) -> list[Reply]:
        """ "How did it go?" again in three hours (out of quiet hours)."""
        tz = ZoneInfo(user.timezone)
        local = out_of_quiet(
            self.s.clock().astimezone(tz) + timedelta(hours=3), self.s.policy.quiet_for(user)
        )
        self.store.cancel_checkins(user.user_key, item.id, self.s.now_iso(), kind="after")
        again = CheckIn(
            id=secrets.token_hex(4),
            audition_id=item.id,
            due=iso(local),
            day=0,
            kind="after",
            updated_at=self.s.now_iso(),
        )
        self.store.add_checkins(user.user_key, [again])
        when = dates.moment(local, tz, self.s.clock())
        return [Reply("upcoming/snoozed", {"project": item.project, "when": when})]

    # -- answers --------------------------------------------------------------

    def finish(self, who: Who, state: ConversationState, answers: dict) -> list[Reply]:
        back = self.end(who, state)
        user = self.s.ensure_user(who)
        if "editing" in answers:
            return self.changed(user, answers) + back
        item = Upcoming(
            id=secrets.token_hex(4),
            project=str(answers["project"]),
            when=str(answers["when"]),
            kind=answers["kind"],
            created_at=self.s.now_iso(),
            role=answers.get("role"),
            place=answers.get("place"),
            note=answers.get("note"),
        )
        items = [*user.upcoming, item]
        while len(items) > MAX_UPCOMING:  # the oldest settled plan goes first
            settled = next((u for u in items if u.status != "planned"), items[0])
            items.remove(settled)
        user.upcoming = items
        self.store.save_user(user)
        return self.planned_replies(user, item) + back

    def planned_replies(
        self, user: UserProfile, item: Upcoming, *, moved: bool = False
    ) -> list[Reply]:
        prep, after = tracking.plan_upcoming(self.s, user, item)
        tz = ZoneInfo(user.timezone)
        now = self.s.clock()
        values = {
            "u": item.to_dict(),
            "when": self.moment(user, item),
            "prep": dates.moment(prep, tz, now) if prep else None,
            "after": dates.moment(after, tz, now) if after else None,
            "paused": user.checkins_paused,
            "moved": moved,
        }
        replies = [Reply("upcoming/saved", values, private_only=True)]
        if prep is None and not user.checkins_paused:  # too close for a reminder: now
            replies.append(tracking.upcoming_card(self.s, user, item))
        return replies

    def changed(self, user: UserProfile, answers: dict) -> list[Reply]:
        item = next((u for u in user.upcoming if u.id == answers.get("upcoming")), None)
        if item is None or item.status != "planned":
            return [Reply("stale_button")]
        key = str(answers["editing"])
        setattr(item, key, answers.get(key))
        self.store.save_user(user)
        if key == "when":  # the reminders follow the new time
            tracking.unplan_upcoming(self.s, user.user_key, item.id)
            return self.planned_replies(user, item, moved=True)
        return [self.card(user, item)]

    def moment(self, user: UserProfile, item: Upcoming) -> str:
        return dates.moment(datetime.fromisoformat(item.when), user.timezone, self.s.clock())

    # -- /calendar --------------------------------------------------------------

    def calendar(self, user: UserProfile, args: str) -> list[Reply]:
        if args == "revoke":
            revoked = revoke_link(self.store, user.user_key)
            return [Reply("upcoming/calendar_revoked", {"had": revoked})]
        path = self.s.files_dir(user.user_key) / "callback-upcoming.ics"
        atomic_write_text(path, calendar_bytes(user, self.s.clock()).decode("utf-8"))
        url = None
        if args == "link" and self.s.calendar_base:
            url = f"{self.s.calendar_base}/calendar/{new_link(self.store, user.user_key)}.ics"
        values = {
            "count": len(planned(user)),
            "url": url,
            "can_link": bool(self.s.calendar_base),
            "asked_link": args == "link",
        }
        return [Reply("upcoming/calendar", values, files=(Path(path),), private_only=True)]


def planned(user: UserProfile) -> list[Upcoming]:
    """What is still to come, soonest first."""
    items = [u for u in user.upcoming if u.status == "planned"]
    return sorted(items, key=lambda u: datetime.fromisoformat(u.when))
