"""/settings: the actor's own timezone, quiet hours, check-in days, or a pause.

Changes to timezone, quiet hours or days re-plan pending check-ins at once,
so what the actor sees in /settings is what the scheduler will do.
"""

from __future__ import annotations

from bot.config import parse_quiet_hours
from bot.events import Choice, Incoming, Reply, Who
from bot.flows import conversation, tracking
from bot.flows.base import Command, Flow, Services
from bot.flows.buttons import SETTINGS, Payload, button
from bot.flows.checkin import CheckinPolicy
from bot.flows.names import FlowName
from bot.safety.helplines import country_from_timezone, known_countries, parse_country
from bot.sanitise import ascii_int
from bot.store import ConversationState, Store, UserProfile
from bot.timezones import resolve, shown

MAX_DAYS = 10
#: Button prefix of the settings keyboard (and the token of its one conversation state).
SETTINGS_CONV = SETTINGS
SETTINGS_FLOW = FlowName.SETTINGS
#: What the keyboard can ask for, and the quick picks offered with each question.
ASKABLE: dict[str, tuple[str, ...]] = {
    "timezone": (),
    "quiet": ("22:00-08:00", "23:00-07:00", "21:00-09:00", "off"),
    "days": ("3 7 14", "2 7", "7 14 30"),
    "country": ("auto",),
}


def _button(key: str, value: str) -> str:
    return button(SETTINGS_CONV, key, value)


def keyboard(user: UserProfile) -> tuple[Choice, ...]:
    toggle = "resume" if user.checkins_paused else "pause"
    return (
        Choice("settings.timezone", _button("ask", "timezone")),
        Choice("settings.quiet", _button("ask", "quiet")),
        Choice("settings.days", _button("ask", "days")),
        Choice(f"settings.{toggle}", _button("do", toggle)),
        Choice("settings.country", _button("ask", "country")),
    )


def show(user: UserProfile, policy: CheckinPolicy) -> Reply:
    quiet = policy.quiet_for(user)
    return Reply(
        "settings/show",
        {
            "timezone": user.timezone,
            "quiet": str(quiet) if quiet else "off",
            "days": list(policy.days_for(user)),
            "hour": policy.hour,
            "paused": user.checkins_paused,
            "country": known_countries().get(user.country or ""),
            "country_guess": known_countries().get(country_from_timezone(user.timezone) or ""),
        },
        choices=keyboard(user),
    )


def ask(s: Services, user: UserProfile, key: str) -> list[Reply]:
    """A settings button: ask for the value, with quick picks; typed words answer it."""
    if key not in ASKABLE:
        return [Reply("stale_button")]
    asking = ConversationState(SETTINGS_FLOW, SETTINGS_CONV, key, updated_at=s.now_iso())
    conversation.push(s, user.user_key, asking)
    picks = tuple(Choice(f"settings.{key}.{value}", _button(key, value)) for value in ASKABLE[key])
    return [Reply(f"settings/ask_{key}", choices=picks)]


def answer(s: Services, user: UserProfile, state: ConversationState, text: str) -> list[Reply]:
    """The value typed (or picked) after a settings button; asked again if unreadable.
    Answered, the question ends, and a form it was asked over comes back."""
    replies = handle_settings(s, user, f"{state.step} {text}")
    current = s.store.get_state(user.user_key)
    answered = not replies[0].template.startswith("settings/bad_")
    if answered and current is not None and current.flow == SETTINGS_FLOW:
        conversation.pop(s, user.user_key)
        replies += conversation.resume_top(s, user.user_key)
    return replies


def handle_settings(s: Services, user: UserProfile, args: str) -> list[Reply]:
    store, policy = s.store, s.policy
    words = args.split()
    if not words:
        return [show(user, policy)]
    key, values = words[0].lower(), words[1:]
    if key in ("pause", "resume"):
        user.checkins_paused = key == "pause"
        store.save_user(user)
        if key == "resume":
            tracking.replan(s, user)  # auditions debriefed while paused get their check-ins now
        return [Reply(f"settings/{key}d", choices=keyboard(user))]
    if key == "country":
        return _country(store, user, " ".join(values))
    notes: list[Reply] = []
    refused = _set_value(user, key, values, notes)
    if refused is not None:
        return [refused]
    store.save_user(user)
    replanned = tracking.replan(s, user)
    # Only what changed, not the whole settings block again (/settings shows it all).
    what = "timezone" if key == "tz" else key
    quiet = policy.quiet_for(user)
    value = {
        "timezone": shown(user.timezone),
        "quiet": str(quiet) if quiet else "off",
        "days": ", ".join(str(d) for d in policy.days_for(user)),
    }[what]
    saved = Reply("settings/saved", {"replanned": replanned, "what": what, "value": value})
    return [saved, *notes]


def _set_value(user: UserProfile, key: str, values: list[str], notes: list[Reply]) -> Reply | None:
    """Apply one timezone, quiet-hours or days change; the refusal when it does not parse."""
    if key in ("timezone", "tz"):
        found = resolve(" ".join(values))
        if found.name is None:
            value = " ".join(values)
            # A near miss is one tap away, not a name to type out again.
            picks = tuple(
                Choice("settings.tz_pick", _button("tzpick", zone), {"zone": zone})
                for zone in found.suggestions
            )
            return Reply(
                "settings/bad_timezone", {"value": value, "close": found.suggestions}, choices=picks
            )
        user.timezone = found.name
        if found.fixed_offset:
            notes.append(Reply("settings/fixed_offset", {"name": found.name}))
    elif key == "quiet":
        if values == ["off"]:
            user.quiet_hours = "off"
        else:
            try:
                user.quiet_hours = str(parse_quiet_hours(" ".join(values)))
            except ValueError:
                return Reply("settings/bad_quiet", {"value": " ".join(values)})
    elif key == "days":
        numbers = [ascii_int(v) for v in values]
        days = sorted({n for n in numbers if n is not None}) if None not in numbers else []
        if not days or len(days) > MAX_DAYS or not all(1 <= d <= 365 for d in days):
            return Reply("settings/bad_days", {"value": " ".join(values), "max": MAX_DAYS})
        user.checkin_days = days
    else:
        return Reply("settings/usage")
    return None


def _country(store: Store, user: UserProfile, value: str) -> list[Reply]:
    """Which country's helplines to show; "auto" goes back to the timezone's country."""
    if value.strip().lower() in ("auto", "off", "none"):
        user.country = None
    else:
        code = parse_country(value)
        if code is None:
            return [Reply("settings/bad_country", {"value": value})]
        user.country = code
    store.save_user(user)
    code = user.country or country_from_timezone(user.timezone)
    name = known_countries().get(code or "")
    values = {"country": name, "auto": user.country is None, "timezone": user.timezone}
    return [Reply("settings/country_saved", values)]


class SettingsFlow(Flow):
    """/settings, its keyboard, and the value typed after one of its questions."""

    name = FlowName.SETTINGS
    commands = (
        Command(
            "settings",
            what="settings",
            hint="e.g. timezone Europe/London, quiet 22:00-08:00, days 3 7 14, pause",
            values=("timezone", "quiet", "days", "country", "pause", "resume"),
        ),
    )
    prefixes = (SETTINGS_CONV,)
    states = (FlowName.SETTINGS,)
    what = "settings"

    def on_command(self, event: Incoming) -> list[Reply]:
        user = self.s.ensure_user(event.who)
        return handle_settings(self.s, user, event.args)

    def on_text(self, who: Who, state: ConversationState, text: str) -> list[Reply]:
        user = self.s.ensure_user(who)
        return answer(self.s, user, state, text)

    def on_button(self, who: Who, payload: Payload) -> list[Reply]:
        """The settings keyboard: ask for a value, pause/resume, or a quick pick."""
        user = self.s.ensure_user(who)
        if payload.step == "ask":
            return ask(self.s, user, payload.value)
        if payload.step == "do" and payload.value in ("pause", "resume"):
            return handle_settings(self.s, user, payload.value)
        if payload.step == "tzpick" and resolve(payload.value).name == payload.value:
            picked = ConversationState(SETTINGS_FLOW, SETTINGS_CONV, "timezone")
            return answer(self.s, user, picked, payload.value)
        if payload.value in ASKABLE.get(payload.step, ()):
            picked = ConversationState(SETTINGS_FLOW, SETTINGS_CONV, payload.step)
            return answer(self.s, user, picked, payload.value)
        return [Reply("stale_button")]
