"""What happens to an audition after its debrief: check-ins planned and re-planned, and
the news recorded. Used by every flow that touches them (the debrief, an edit, the
settings, /outcome, a check-in's buttons), so none of those flows imports another.
"""

from __future__ import annotations

import secrets
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot import dates
from bot.clock import iso
from bot.events import Choice, Reply
from bot.flows.base import Services
from bot.flows.buttons import outcome_button
from bot.flows.cards import prep_card, upcoming_prep
from bot.flows.checkin import SETTLED, out_of_quiet, plan
from bot.store import Audition, CheckIn, Upcoming, UserProfile


def schedule(s: Services, user: UserProfile, audition: Audition) -> list[CheckIn]:
    """Plan and store this audition's check-ins (none while check-ins are paused)."""
    if user.checkins_paused:
        return []
    planned = plan(
        date.fromisoformat(audition.date),
        ZoneInfo(user.timezone),
        s.policy.days_for(user),
        s.policy.hour,
        s.policy.quiet_for(user),
        s.clock(),
        s.policy.offset_for(user),
    )
    checkins = [
        CheckIn(
            id=secrets.token_hex(4),
            audition_id=audition.id,
            due=iso(due),
            day=day,
            updated_at=s.now_iso(),
        )
        for day, due in planned
    ]
    if checkins:
        s.store.add_checkins(user.user_key, checkins)
    return checkins


def replan(s: Services, user: UserProfile) -> int:
    """After a settings change or a resume: every open audition gets its check-ins
    planned afresh, including those debriefed while check-ins were paused."""
    now = s.now_iso()
    count = 0
    for audition in s.store.list_auditions(user.user_key):
        if audition.outcome not in ("waiting", "hold"):
            continue
        s.store.cancel_checkins(user.user_key, audition.id, now)
        count += len(schedule(s, user, audition))
    return count


def record_outcome(
    s: Services, user_key: str, audition_id: str, outcome: str, *, confirmed: bool = False
) -> tuple[Audition, list[Reply]] | None:
    """The one place an outcome is set, from a check-in button or from /outcome.

    Settling outcomes cancel the audition's remaining check-ins; a callback
    comes with a prep card. The same news twice is said once, and a settled
    outcome (booked, released) is replaced only when the person confirms: a
    later "callback" must not quietly undo "booked". None when the audition is gone.
    """
    current = s.store.get_audition(user_key, audition_id)
    if current is None:
        return None
    if current.outcome == outcome == "waiting":  # "any news?" "still waiting": an answer
        return current, [Reply("checkin/outcome_waiting", {"a": current.to_dict()})]
    if current.outcome == outcome:
        return current, [Reply("journal/outcome_same", {"a": current.to_dict()})]
    if current.outcome in ("booked", "released") and not confirmed:
        choices = (
            Choice("outcome.change", outcome_button(current.id, f"!{outcome}"), {"to": outcome}),
            Choice("outcome.keep", outcome_button(current.id, "keep")),
        )
        asked = {"a": current.to_dict(), "to": outcome}
        return current, [Reply("journal/outcome_confirm", asked, choices=choices)]
    now = s.now_iso()
    audition = s.store.update_audition(user_key, audition_id, outcome=outcome, updated_at=now)
    if audition is None:
        return None
    cancelled = s.store.cancel_checkins(user_key, audition.id, now) if outcome in SETTLED else 0
    values: dict[str, object] = {"a": audition.to_dict(), "cancelled": cancelled}
    replies = [Reply(f"checkin/outcome_{outcome}", values, private_only=True)]
    if outcome == "callback":
        replies.append(prep_card(audition))
    return audition, replies


# -- upcoming auditions ----------------------------------------------------------


def plan_upcoming(
    s: Services, user: UserProfile, item: Upcoming
) -> tuple[datetime | None, datetime | None]:
    """The prep card the night before (the morning of, when that has passed) and "how did
    it go?" after it, both out of quiet hours; stored like check-ins, so they are sent
    once, through the pacer, and survive restarts. None where there is no time left for
    one (the caller shows the prep card at once instead). Nothing while paused."""
    if user.checkins_paused:
        return None, None
    tz = ZoneInfo(user.timezone)
    when = datetime.fromisoformat(item.when).astimezone(tz)
    now = s.clock()
    quiet = s.policy.quiet_for(user)
    prep: datetime | None = None
    for day, hour in (
        (when.date() - timedelta(days=1), s.policy.prep_hour),
        (when.date(), s.policy.morning_hour),
    ):
        moment = out_of_quiet(datetime.combine(day, time(hour), tzinfo=tz), quiet)
        if now < moment <= when - timedelta(hours=1):
            prep = moment
            break
    after = out_of_quiet(when + s.policy.after, quiet)
    planned = [("prep", prep), ("after", after)]
    checkins = [
        CheckIn(
            id=secrets.token_hex(4),
            audition_id=item.id,
            due=iso(due),
            day=0,
            kind=kind,  # type: ignore[arg-type]
            updated_at=s.now_iso(),
        )
        for kind, due in planned
        if due is not None
    ]
    s.store.add_checkins(user.user_key, checkins)
    return prep, after


def unplan_upcoming(s: Services, user_key: str, item_id: str) -> None:
    """Its reminders go: removed, moved, debriefed or it did not happen."""
    now = s.now_iso()
    for kind in ("prep", "after"):
        s.store.cancel_checkins(user_key, item_id, now, kind=kind)


def settle_upcoming(
    s: Services, user: UserProfile, audition: Audition, upcoming_id: str | None
) -> Upcoming | None:
    """A debrief of a planned audition: the plan is done and asks nothing more. Matched by
    its id (the "debrief it now" button) or, for a debrief started by hand, by the same
    project on the same day, so one audition is one journal entry, not two."""
    tz = ZoneInfo(user.timezone)
    project = " ".join(audition.project.casefold().split())
    for item in user.upcoming:
        if item.status != "planned":
            continue
        same_day = (
            datetime.fromisoformat(item.when).astimezone(tz).date().isoformat() == audition.date
        )
        if item.id == upcoming_id or (
            same_day and " ".join(item.project.casefold().split()) == project
        ):
            item.status, item.audition_id = "done", audition.id
            s.store.save_user(user)
            unplan_upcoming(s, user.user_key, item.id)
            return item
    return None


def upcoming_card(s: Services, user: UserProfile, item: Upcoming) -> Reply:
    """A plan's prep card, from the journal: sent the night before, or at once when the
    plan is noted too late for a reminder."""
    when = dates.moment(datetime.fromisoformat(item.when), user.timezone, s.clock())
    line = s.encourager.short_line("control")
    return upcoming_prep(s.store.list_auditions(user.user_key), item, when, line)
