"""The conversation engine: one `handle(event) -> replies` entry point.

It knows nothing about any platform. Every decision a person can notice
(what to ask next, what to refuse, what is private) is made here once, so
Telegram, Discord and the console behave the same.
"""

from __future__ import annotations

import errno
import logging
import secrets
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bot import metrics
from bot.content import Encourager
from bot.events import Choice, Incoming, Reply, Who
from bot.flows import debrief, details, settings
from bot.flows.checkin import CheckinPolicy
from bot.flows.companion import DETAILS_CONV, PREP_CONV, THANKS_CONV, Companion
from bot.flows.daily import handle_daily
from bot.flows.edit import EDIT_CONV, EDITABLE
from bot.flows.followup import CHECKIN_CONV, Followup
from bot.flows.journal import FORGET_CONV, OUTCOME_CONV, JournalFlow
from bot.flows.link import Linker
from bot.flows.settings import SETTINGS_CONV, SETTINGS_FLOW, handle_settings
from bot.flows.steps import MAX_ANSWER_CHARS, Invalid, Kind, Step, accept
from bot.safety import Assessment, Level, SafetyDetector
from bot.safety.detector import default_detector
from bot.safety.helplines import Directory, country_from_timezone, load_directory
from bot.sanitise import ascii_int, clean_text
from bot.store import (
    OUTCOMES,
    Audition,
    ChatSettings,
    CheckIn,
    ConversationState,
    CorruptStoreError,
    DuplicateEvent,
    QuarantinedError,
    Store,
    UserProfile,
)

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

#: Commands the engine answers, in the order /help lists them.
COMMANDS = (
    "start",
    "debrief",
    "journal",
    "outcome",
    "stats",
    "prep",
    "edit",
    "export",
    "forget",
    "skip",
    "cancel",
    "settings",
    "questions",
    "link",
    "unlink",
    "daily",
    "support",
    "privacy",
    "help",
)

JOURNAL_PAGE = 5
#: Fewer words than this, with no theme in them ("hi", "ok"), get the usual pointer.
FREE_WORDS_MIN = 4
#: Button prefix for the safety replies (show help, go on with a paused flow).
SAFETY_CONV = "s"
#: Flows that walk a list of steps (free text, buttons, /skip, /cancel).
FORM_FLOWS = ("debrief", "details", "edit")


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Payload:
    """Button data: `<conv>|<step>|<value>`. The conv token ties a button to one conversation."""

    conv: str
    step: str
    value: str

    def encode(self) -> str:
        return f"{self.conv}|{self.step}|{self.value}"

    @classmethod
    def decode(cls, raw: str) -> Payload | None:
        parts = raw.split("|")
        if len(parts) != 3 or not all(parts) or len(raw) > 64:
            return None
        return cls(*parts)


class Engine:
    def __init__(
        self,
        store: Store,
        encourager: Encourager,
        *,
        default_timezone: str = "UTC",
        help_resources: tuple[str, ...] = (),
        policy: CheckinPolicy | None = None,
        exports_dir: Path | None = None,
        clock: Clock = utc_now,
        safety: SafetyDetector | None = None,
        helplines: Directory | None = None,
    ) -> None:
        self.store = store
        self.encourager = encourager
        self.default_timezone = default_timezone
        self.help_resources = help_resources
        self.policy = policy or CheckinPolicy()
        self.clock = clock
        self.safety = safety or default_detector()
        self.helplines = helplines or load_directory()
        self.followup = Followup(store, encourager, self.policy, clock, default_timezone)
        exports = exports_dir or Path(tempfile.gettempdir()) / "callback-exports"
        self.journal = JournalFlow(store, exports, clock)
        self.companion = Companion(store, self.policy, clock)
        self.linker = Linker(store, clock)

    # -- for the scheduler --------------------------------------------------

    def checkin_message(self, user_key: str, checkin: CheckIn) -> list[Reply] | None:
        """Built inside the person's turn: a conversation they start meanwhile waits, and
        one already under way is never replaced by the check-in."""
        with self.store.turn(user_key):
            return self.followup.message(user_key, checkin)

    def pending_question(self, user_key: str) -> list[Reply]:
        """The question a person left unanswered, asked again with its buttons.

        For a front end whose buttons do not survive a restart (the console): a bare
        "1" means nothing until the choices are on screen again.
        """
        try:
            with self.store.turn(user_key):
                state = self.store.get_state(user_key)
                if state is None or state.flow not in FORM_FLOWS or state.paused:
                    return []
                step = self._step(user_key, state)
                return [Reply("resume/where_we_were"), self._ask(user_key, state, step)]
        except Exception:  # a welcome back is a courtesy: never a reason not to start
            log.exception("could not re-ask the pending question")
            return []

    def daily_quote(self, chat: ChatSettings) -> tuple[Reply, str]:
        """The next quote for a chat, with its id for the chat's no-repeat history."""
        quote = self.encourager.pick_quote(chat.seen_quotes)
        return Reply("daily_quote", {"text": quote.text}), quote.id

    # -- entry point --------------------------------------------------------

    def handle(self, event: Incoming) -> list[Reply]:
        """One turn, counted and timed for the operator (bot/metrics.py)."""
        started = time.perf_counter()
        replies = self._handle(event)
        metrics.TURN_SECONDS.observe(time.perf_counter() - started)
        metrics.TURNS.labels(event.who.platform.value).inc()
        if replies and replies[0].template.startswith("error/"):
            metrics.ERRORS.labels(replies[0].template.removeprefix("error/")).inc()
        return replies

    def _handle(self, event: Incoming) -> list[Reply]:
        """Never raises and never answers with silence: failures become a kind reply.

        The whole turn is one unit of work on the person's journal: it is written
        once at the end, or not at all when anything inside fails, so a reply that
        says "nothing was lost" is true.
        """
        ref = secrets.token_hex(3)
        try:
            event = self._resolve(event)
            with self.store.turn(event.who.user_key, event.event_id):
                return self._dispatch(event)
        except DuplicateEvent:
            log.info("event %s was applied already; a redelivery, ignored", event.event_id)
            return []
        except QuarantinedError as exc:
            log.error("journal in quarantine [ref %s]: %s", ref, exc)
            return [Reply("error/quarantined", {"ref": ref})]
        except CorruptStoreError as exc:
            log.error("journal unreadable [ref %s]: %s", ref, exc)
            return [Reply("error/store", {"ref": ref})]
        except OSError as exc:
            log.exception("storage failed during a turn [ref %s]", ref)
            kind = "disk_full" if exc.errno == errno.ENOSPC else "disk"
            return [Reply(f"error/{kind}", {"ref": ref})]
        except Exception:
            log.exception("turn failed [ref %s]", ref)
            return [Reply("error/internal", {"ref": ref})]

    def _resolve(self, event: Incoming) -> Incoming:
        """The journal this identity belongs to (linked accounts share one), with clean input."""
        who = event.who
        account = self.store.get_alias(who.identity_key)
        if account is not None:
            who = replace(who, account_key=account)
        # Adapters that build events without parse_text (slash commands) are cleaned here too.
        return replace(
            event,
            who=who,
            text=clean_text(event.text) if event.text is not None else None,
            args=clean_text(event.args),
            button=clean_text(event.button) if event.button is not None else None,
        )

    def _dispatch(self, event: Incoming) -> list[Reply]:
        who = event.who
        if who.private:
            self._touch(who)
        if event.attachment is not None:
            return self._attachment(event)
        if event.command is not None:
            return self._command(event)
        if event.button is not None:
            return self._button(who, event.button)
        return self._text(who, event.text or "")

    # -- helpers ------------------------------------------------------------

    def _today(self, who: Who) -> date:
        return self.followup.today(who.user_key)

    def _now_iso(self) -> str:
        return self.clock().astimezone(UTC).isoformat(timespec="seconds")

    def _touch(self, who: Who) -> None:
        """Someone who writes to us is reachable, here: check-ins follow them."""
        user = self.store.get_user(who.user_key)
        if user is not None and (not user.active or user.last_seen != who.identity_key):
            user.active = True
            user.last_seen = who.identity_key
            self.store.save_user(user)

    def _ensure_user(self, who: Who) -> UserProfile:
        user = self.store.get_user(who.user_key)
        if user is None:
            user = UserProfile(
                user_key=who.user_key, timezone=self.default_timezone, created_at=self._now_iso()
            )
            self.store.save_user(user)
        return user

    def _steps(self, user_key: str, state: ConversationState) -> tuple[Step, ...]:
        if state.flow == "details":
            return details.steps_for(self._custom_questions(user_key))
        if state.flow == "edit":
            return (EDITABLE[state.step],)
        return debrief.STEPS

    def _custom_questions(self, user_key: str) -> list[str]:
        user = self.store.get_user(user_key)
        return list(user.custom_questions) if user else []

    def _step(self, user_key: str, state: ConversationState) -> Step:
        for step in self._steps(user_key, state):
            if step.key == state.step:
                return step
        raise KeyError(state.step)

    def _question(self, user_key: str, step: Step) -> str | None:
        """The actor's own question behind a `customN` step, if it is one."""
        if not step.key.startswith("custom"):
            return None
        questions = self._custom_questions(user_key)
        index = int(step.key.removeprefix("custom"))
        return questions[index] if index < len(questions) else None

    def _ask(self, user_key: str, state: ConversationState, step: Step) -> Reply:
        """The prompt for a step, with its buttons bound to this conversation."""
        choices: list[Choice] = []
        for option in step.options:
            payload = Payload(state.conv, step.key, option).encode()
            if step.kind is Kind.DATE and option.isdigit():
                day = self.followup.today(user_key) - timedelta(days=int(option))
                choices.append(Choice("date.ago", payload, {"date": day.strftime("%a %d %b")}))
                continue
            choices.append(Choice(f"{step.key}.{option}", payload))
        if step.skippable and step.kind in (Kind.CHOICE, Kind.SCALE):
            choices.append(Choice("skip", Payload(state.conv, step.key, "-").encode()))
        steps = self._steps(user_key, state)
        number = [s.key for s in steps].index(step.key) + 1
        return Reply(
            step.prompt,
            {
                "number": number,
                "total": len(steps),
                "skippable": step.skippable,
                "answers": state.answers,
                "question": self._question(user_key, step),
            },
            choices=tuple(choices),
            private_only=True,
        )

    def _form_state(self, who: Who) -> ConversationState | None:
        """The debrief or details pass in progress, if any (a check-in reply is not one)."""
        state = self.store.get_state(who.user_key) if who.private else None
        return state if state is not None and state.flow in FORM_FLOWS else None

    def _private_only(self, who: Who, what: str) -> list[Reply]:
        return [Reply("group/go_private", {"what": what}, offer_private_chat=True)]

    def mark_unreachable(self, user_key: str) -> None:
        """The platform says we can't message this person (blocked bot, closed DMs).

        Check-ins pause instead of being retried forever; the next message the
        person sends makes them reachable again.
        """
        user = self.store.get_user(self.store.get_alias(user_key) or user_key)
        if user is not None and user.active:
            user.active = False
            self.store.save_user(user)
            log.info("user marked unreachable; their check-ins are paused")

    # -- commands -----------------------------------------------------------

    def _command(self, event: Incoming) -> list[Reply]:
        who = event.who
        name = event.command or ""
        if name in ("start", "help"):
            if not who.private:
                return [Reply("group/intro", offer_private_chat=True)]
            first = self.store.get_user(who.user_key) is None
            user = self._ensure_user(who)
            if name == "start" and event.args == "debrief":
                return self._start_debrief(who)  # deep link from a group's button
            if name == "start" and event.args == "journal":
                return self._journal(who, page=0)
            if name == "start" and event.args == "settings":
                return handle_settings(self.store, self.followup, user, "", self.policy)
            values = {"first": first, "timezone": user.timezone}
            return [Reply("intro" if name == "start" else "help", values)]
        if name == "debrief":
            if not who.private:
                return self._private_only(who, "debrief")
            return self._start_debrief(who)
        if name == "journal":
            if not who.private:
                return self._private_only(who, "journal")
            return self._journal(who, page=0)
        if name in ("outcome", "stats", "export", "forget"):
            if not who.private:
                return self._private_only(who, "journal")
            self._ensure_user(who)
            if name == "outcome":
                return self.journal.outcome_menu(who.user_key)
            if name == "stats":
                return self.journal.stats(who.user_key, self._today(who))
            if name == "export":
                return self.journal.export(who.user_key, self._today(who))
            return self.journal.forget_ask(who.user_key)
        if name in ("link", "unlink"):
            if not who.private:
                return self._private_only(who, "settings")
            self._ensure_user(who)
            if name == "unlink":
                return self.linker.unlink(who)
            return self.linker.redeem(who, event.args) if event.args else self.linker.issue(who)
        if name == "edit":
            if not who.private:
                return self._private_only(who, "journal")
            return self._edit_menu(who)
        if name in ("prep", "questions"):
            if not who.private:
                return self._private_only(who, "journal")
            user = self._ensure_user(who)
            if name == "prep":
                return self.companion.prep_menu(who.user_key)
            return self._questions(user, event.args)
        if name == "settings":
            if not who.private:
                return self._private_only(who, "settings")
            user = self._ensure_user(who)
            return handle_settings(self.store, self.followup, user, event.args, self.policy)
        if name == "daily":
            return handle_daily(self.store, who, event.args, self.default_timezone)
        if name == "privacy":
            return [Reply("privacy")]
        if name == "support":
            profile = self._ensure_user(who) if who.private else None
            return [Reply("safety/support", self._help_values(profile))]
        if name == "skip":
            return self._skip(who)
        if name == "cancel":
            return self._cancel(who)
        return [Reply("unknown_command", {"command": name, "commands": COMMANDS})]

    def _start_debrief(self, who: Who) -> list[Reply]:
        self._ensure_user(who)
        state = self.store.get_state(who.user_key)
        if state is not None and state.flow == "debrief":
            return [
                Reply(
                    "debrief/in_progress",
                    {"project": state.answers.get("project")},
                    choices=(
                        Choice("resume", Payload(state.conv, "_", "resume").encode()),
                        Choice("restart", Payload(state.conv, "_", "restart").encode()),
                    ),
                    private_only=True,
                )
            ]
        state = ConversationState(
            flow="debrief",
            conv=secrets.token_hex(4),
            step=debrief.STEPS[0].key,
            updated_at=self._now_iso(),
        )
        self.store.set_state(who.user_key, state)
        return [
            Reply("debrief/begin", {"total": len(debrief.STEPS)}),
            self._ask(who.user_key, state, debrief.STEPS[0]),
        ]

    def _skip(self, who: Who) -> list[Reply]:
        state = self._form_state(who)
        if state is None:
            return [Reply("nothing_to_skip")]
        if state.paused:
            return [self._paused(state)]
        step = self._step(who.user_key, state)
        if not step.skippable:
            return [Reply("invalid/not_skippable"), self._ask(who.user_key, state, step)]
        return self._advance(who, state, step, None)

    def _cancel(self, who: Who) -> list[Reply]:
        state = self._form_state(who)
        if state is None:
            return [Reply("nothing_to_cancel")]
        self.store.clear_state(who.user_key)
        if state.flow == "details":
            return [Reply("details/stopped")]
        if state.flow == "edit":
            return [Reply("nothing_changed")]
        return [Reply("debrief/cancelled", {"project": state.answers.get("project")})]

    # -- buttons ------------------------------------------------------------

    def _button(self, who: Who, raw: str) -> list[Reply]:
        payload = Payload.decode(raw)
        if payload is None:
            log.info("rejected malformed button payload")
            return [Reply("stale_button")]
        if payload.conv == SAFETY_CONV:
            return self._safety_button(who, payload)
        if payload.conv == "j":
            if not who.private:
                return self._private_only(who, "journal")
            return self._journal_button(who, payload)
        if payload.conv in (OUTCOME_CONV, FORGET_CONV) and not who.private:
            return self._private_only(who, "journal")
        if payload.conv == OUTCOME_CONV:
            if payload.value == "pick":
                return self.journal.outcome_choices(who.user_key, payload.step)
            if payload.value not in OUTCOMES:
                return [Reply("stale_button")]
            recorded = self.followup.record_outcome(who.user_key, payload.step, payload.value)
            return recorded[1] if recorded else [Reply("stale_button")]
        if payload.conv == FORGET_CONV:
            return self.journal.forget_button(who.user_key, payload.step, payload.value)
        if payload.conv == EDIT_CONV:
            if not who.private:
                return self._private_only(who, "journal")
            return self._edit_button(who, payload.step, payload.value)
        if payload.conv in (DETAILS_CONV, THANKS_CONV, PREP_CONV):
            if not who.private:
                return self._private_only(who, "journal")
            if payload.conv == DETAILS_CONV:
                return self._start_details(who, payload.step)
            if payload.conv == PREP_CONV:
                return self.companion.prep_button(who.user_key, payload.step)
            user = self._ensure_user(who)
            return self.companion.thanks_button(user, payload.step, payload.value)
        if payload.conv == CHECKIN_CONV:
            if not who.private:
                return self._private_only(who, "journal")
            return self.followup.outcome(who.user_key, payload.step, payload.value)
        if payload.conv == SETTINGS_CONV:
            if not who.private:
                return self._private_only(who, "settings")
            return self._settings_button(who, payload)
        state = self._form_state(who)
        if state is None or state.conv != payload.conv:
            return [Reply("stale_button")]
        if payload.step == "_" and state.flow == "debrief":
            if payload.value == "resume":
                if state.paused:
                    state.paused = False
                    self.store.set_state(who.user_key, state)
                return [self._ask(who.user_key, state, self._step(who.user_key, state))]
            if payload.value == "restart":
                self.store.clear_state(who.user_key)
                return self._start_debrief(who)
            return [Reply("stale_button")]
        if state.paused:
            return [self._paused(state)]
        if payload.step != state.step:
            return [
                Reply("already_answered"),
                self._ask(who.user_key, state, self._step(who.user_key, state)),
            ]
        step = self._step(who.user_key, state)
        if payload.value == "-" and step.skippable:
            return self._advance(who, state, step, None)
        if payload.value not in step.options:
            # Only values we offered can arrive by button; anything else was forged.
            log.info("rejected button value not offered for step %s", step.key)
            return [Reply("invalid/not_an_option"), self._ask(who.user_key, state, step)]
        return self._answer(who, state, step, payload.value, pressed=True)

    # -- free text ----------------------------------------------------------

    def _text(self, who: Who, text: str) -> list[Reply]:
        if not who.private:
            return []  # groups chat among themselves; the bot speaks when addressed
        state = self.store.get_state(who.user_key)
        check = self.safety.assess(text)
        if check.pauses:
            # Safety comes before the form: never answer distress with "question 7 of 9".
            # The draft stays exactly as it was, and the text is not journaled.
            return self._safety_reply(who, state, check)
        if state is not None and state.paused:
            return [self._paused(state)]  # paused means paused: nothing is stored
        replies = self._unpaused_text(who, state, text)
        if check.level is Level.ROLE:
            replies.append(Reply("safety/role_note"))
        return replies

    def _unpaused_text(self, who: Who, state: ConversationState | None, text: str) -> list[Reply]:
        if state is not None and state.flow == "checkin":
            return self.followup.reply(who.user_key, state, text)
        if state is not None and state.flow == SETTINGS_FLOW:
            user = self._ensure_user(who)
            return settings.answer(self.store, self.followup, user, state, text, self.policy)
        if state is None or state.flow not in FORM_FLOWS:
            self._ensure_user(who)
            return self._free_words(who, text)
        step = self._step(who.user_key, state)
        return self._answer(who, state, step, text, pressed=False)

    def _free_words(self, who: Who, text: str) -> list[Reply]:
        """Words outside any conversation are answered, not deflected: matched
        encouragement when they say something, the usual pointer when they do not."""
        words = text[:MAX_ANSWER_CHARS]
        if len(words.split()) < FREE_WORDS_MIN and not self.encourager.themes_for([words]):
            return [Reply("idle_text")]
        pick = self.encourager.pick(who.user_key, [words], long=True)
        return [pick.reply(), Reply("idle_hint")]

    # -- safety ---------------------------------------------------------------

    def _help_values(self, user: UserProfile | None) -> dict:
        """The helplines for this person's country, or the directory and a gentle ask."""
        country = None
        if user is not None:
            country = user.country or country_from_timezone(user.timezone)
        local = self.helplines.for_country(country)
        return {
            "local": local.line() if local else None,
            "international": self.helplines.international.line(),
            "resources": self.help_resources,
            "ask_country": user is not None and user.country is None and local is None,
        }

    def _safety_reply(
        self, who: Who, state: ConversationState | None, check: Assessment
    ) -> list[Reply]:
        user = self._ensure_user(who)
        log.warning("safety reply sent (tier %s, %s)", check.level.value, check.reason)
        if state is not None and not state.paused:
            state.paused = True
            self.store.set_state(who.user_key, state)
        if check.level is Level.CRISIS:
            replies = [Reply("safety/crisis", self._help_values(user))]
        else:
            help_button = Choice("safety.help", Payload(SAFETY_CONV, "help", "-").encode())
            replies = [Reply("safety/concern", choices=(help_button,))]
        if state is not None:
            replies.append(self._paused(state))
        return replies

    def _paused(self, state: ConversationState) -> Reply:
        go_on = Choice("safety.continue", Payload(SAFETY_CONV, "continue", state.conv).encode())
        return Reply("safety/paused", {"flow": state.flow}, choices=(go_on,))

    def _safety_button(self, who: Who, payload: Payload) -> list[Reply]:
        if not who.private:
            return self._private_only(who, "journal")
        if payload.step == "help":
            return [Reply("safety/support", self._help_values(self._ensure_user(who)))]
        state = self.store.get_state(who.user_key)
        if payload.step != "continue" or state is None or state.conv != payload.value:
            return [Reply("stale_button")]
        if state.paused:
            state.paused = False
            self.store.set_state(who.user_key, state)
        if state.flow in FORM_FLOWS:
            return [self._ask(who.user_key, state, self._step(who.user_key, state))]
        return [Reply("safety/resumed")]

    def _attachment(self, event: Incoming) -> list[Reply]:
        who = event.who
        replies = [Reply("unsupported", {"kind": event.attachment})]
        if who.private:
            state = self._form_state(who)
            if state is not None:
                replies.append(self._ask(who.user_key, state, self._step(who.user_key, state)))
        return replies

    # -- the flow -----------------------------------------------------------

    def _answer(
        self, who: Who, state: ConversationState, step: Step, raw: str, *, pressed: bool
    ) -> list[Reply]:
        try:
            value = accept(step, raw, today=self._today(who), pressed=pressed)
        except Invalid as exc:
            return [Reply(exc.template, dict(exc.values)), self._ask(who.user_key, state, step)]
        replies = self._advance(who, state, step, value)
        if step.kind is Kind.DATE and not pressed:
            # Say what was understood, so "3/4" read the wrong way round is seen at once.
            return [Reply("date_understood", {"date": value}), *replies]
        return replies

    def _advance(
        self, who: Who, state: ConversationState, step: Step, value: str | int | None
    ) -> list[Reply]:
        answers = dict(state.answers)
        answers[step.key] = value
        if state.flow == "edit":
            return self._finish_edit(who, str(answers["audition"]), step.key, value)
        if state.flow == "details":
            audition_id = str(answers["audition"])
            question = self._question(who.user_key, step)
            self.companion.save_detail(who.user_key, audition_id, step.key, value, question)
        steps = self._steps(who.user_key, state)
        index = [s.key for s in steps].index(step.key) + 1
        following = steps[index] if index < len(steps) else None
        if following is None:
            if state.flow == "details":
                self.store.clear_state(who.user_key)
                return self.companion.finish_details(who.user_key, str(answers["audition"]))
            return self._finish(who, state, answers)
        new_state = ConversationState(
            flow=state.flow,
            conv=state.conv,
            step=following.key,
            answers=answers,
            updated_at=self._now_iso(),
        )
        self.store.set_state(who.user_key, new_state)
        return [self._ask(who.user_key, new_state, following)]

    def _finish(self, who: Who, state: ConversationState, answers: dict) -> list[Reply]:
        now = self._now_iso()
        audition = Audition(
            id=secrets.token_hex(4),
            date=str(answers["date"]),
            project=str(answers["project"]),
            created_at=now,
            updated_at=now,
            role=answers.get("role"),
            format=answers.get("format"),
            wore=answers.get("wore"),
            feeling=answers.get("feeling"),
            nailed=answers.get("nailed"),
            learned=answers.get("learned"),
            extra=answers.get("extra"),
            origin=who.identity_key,
        )
        # Save the journal entry before clearing the draft: a crash in between
        # leaves a resumable draft, never a lost debrief.
        self.store.add_audition(who.user_key, audition)
        self.store.clear_state(who.user_key)
        user = self._ensure_user(who)
        planned = self.followup.schedule(user, audition)
        texts = [t for t in (audition.learned, audition.nailed, audition.extra) if t]
        pick = self.encourager.pick(who.user_key, texts, long=True, moment="debrief")
        first = min((c.due for c in planned), default=None)
        when = None
        if first is not None:  # the person's own clock, so "Mon 23 Nov, 18:00" is true for them
            local = datetime.fromisoformat(first).astimezone(ZoneInfo(user.timezone))
            when = f"{local:%a} {local.day} {local:%b}, {local:%H:%M}"
        values = {"a": audition.to_dict(), "first_checkin": when, "paused": user.checkins_paused}
        return [
            Reply("debrief/summary", values, private_only=True),
            pick.reply(),
            self.companion.offer(audition),
        ]

    def _start_details(self, who: Who, audition_id: str) -> list[Reply]:
        audition = self.store.get_audition(who.user_key, audition_id)
        if audition is None:
            return [Reply("stale_button")]
        steps = details.steps_for(self._custom_questions(who.user_key))
        state = ConversationState(
            flow="details",
            conv=secrets.token_hex(4),
            step=steps[0].key,
            answers={"audition": audition.id},
            updated_at=self._now_iso(),
        )
        self.store.set_state(who.user_key, state)
        return [
            Reply("details/begin", {"project": audition.project}),
            self._ask(who.user_key, state, steps[0]),
        ]

    # -- editing past entries -----------------------------------------------

    def _edit_menu(self, who: Who) -> list[Reply]:
        items = self.store.list_auditions(who.user_key)[:8]
        choices = tuple(
            Choice(
                "edit.pick",
                Payload(EDIT_CONV, a.id, "pick").encode(),
                {"date": a.date, "project": a.project},
            )
            for a in items
        )
        return [Reply("edit/pick", {"items": bool(items)}, choices=choices, private_only=True)]

    def _edit_button(self, who: Who, audition_id: str, value: str) -> list[Reply]:
        audition = self.store.get_audition(who.user_key, audition_id)
        if audition is None:
            return [Reply("stale_button")]
        if value == "pick":
            choices = tuple(
                Choice(f"edit.field.{f}", Payload(EDIT_CONV, audition.id, f"f-{f}").encode())
                for f in EDITABLE
            )
            return [
                Reply("edit/field", {"a": audition.to_dict()}, choices=choices, private_only=True)
            ]
        field = value.removeprefix("f-")
        if field not in EDITABLE:
            return [Reply("stale_button")]
        state = ConversationState(
            flow="edit",
            conv=secrets.token_hex(4),
            step=field,
            answers={"audition": audition.id},
            updated_at=self._now_iso(),
        )
        self.store.set_state(who.user_key, state)
        current = audition.to_dict().get(field)
        labels = {"field_label": field, "current": "" if current is None else str(current)}
        return [Reply("edit/ask", labels), self._ask(who.user_key, state, EDITABLE[field])]

    def _finish_edit(
        self, who: Who, audition_id: str, field: str, value: str | int | None
    ) -> list[Reply]:
        self.store.clear_state(who.user_key)
        updated = self.store.update_audition(
            who.user_key, audition_id, **{field: value, "updated_at": self._now_iso()}
        )
        if updated is None:
            return [Reply("stale_button")]
        replanned = False
        if field == "date" and updated.outcome in ("waiting", "hold"):
            self.store.cancel_checkins(who.user_key, updated.id, self._now_iso())
            self.followup.schedule(self._ensure_user(who), updated)
            replanned = True
        return [
            Reply("edit/saved", {"replanned": replanned}),
            Reply("journal/entry", {"a": updated.to_dict()}, private_only=True),
        ]

    def _questions(self, user: UserProfile, args: str) -> list[Reply]:
        """/questions [add TEXT | remove N]: the actor's own questions for the details pass."""
        action, _, rest = args.strip().partition(" ")
        rest = " ".join(rest.split())
        limits = {"max": details.MAX_CUSTOM, "limit": details.MAX_QUESTION_CHARS}
        if action.lower() == "add":
            if len(user.custom_questions) >= details.MAX_CUSTOM:
                return [Reply("questions/full", limits)]
            if not rest or len(rest) > details.MAX_QUESTION_CHARS:
                return [Reply("questions/bad", limits)]
            user.custom_questions = [*user.custom_questions, rest]
            self.store.save_user(user)
        elif action.lower() == "remove":
            number = ascii_int(rest)
            if number is None or not 1 <= number <= len(user.custom_questions):
                return [Reply("questions/bad", limits)]
            user.custom_questions = [
                q for i, q in enumerate(user.custom_questions, start=1) if i != number
            ]
            self.store.save_user(user)
        elif action:
            return [Reply("questions/bad", limits)]
        return [Reply("questions/show", {"questions": user.custom_questions, **limits})]

    def _settings_button(self, who: Who, payload: Payload) -> list[Reply]:
        """The settings keyboard: ask for a value, pause/resume, or a quick pick."""
        user = self._ensure_user(who)
        if payload.step == "ask":
            return settings.ask(self.store, user, payload.value, self._now_iso())
        if payload.step == "do" and payload.value in ("pause", "resume"):
            return handle_settings(self.store, self.followup, user, payload.value, self.policy)
        if payload.value in settings.ASKABLE.get(payload.step, ()):
            picked = ConversationState(SETTINGS_FLOW, SETTINGS_CONV, payload.step)
            return settings.answer(
                self.store, self.followup, user, picked, payload.value, self.policy
            )
        return [Reply("stale_button")]

    # -- journal ------------------------------------------------------------

    def _journal(self, who: Who, page: int) -> list[Reply]:
        items = self.store.list_auditions(who.user_key)
        if not items:
            return [Reply("journal/empty")]
        pages = max(1, -(-len(items) // JOURNAL_PAGE))
        page = min(max(page, 0), pages - 1)
        shown = items[page * JOURNAL_PAGE : (page + 1) * JOURNAL_PAGE]
        choices = [
            Choice(
                "journal.open",
                Payload("j", "open", a.id).encode(),
                {"project": a.project, "date": a.date},
            )
            for a in shown
        ]
        if page + 1 < pages:
            choices.append(Choice("journal.older", Payload("j", "page", str(page + 1)).encode()))
        if page > 0:
            choices.append(Choice("journal.newer", Payload("j", "page", str(page - 1)).encode()))
        return [
            Reply(
                "journal/list",
                {
                    "items": [a.to_dict() for a in shown],
                    "page": page + 1,
                    "pages": pages,
                    "total": len(items),
                },
                choices=tuple(choices),
                private_only=True,
            )
        ]

    def _journal_button(self, who: Who, payload: Payload) -> list[Reply]:
        page = ascii_int(payload.value)
        if payload.step == "page" and page is not None:
            return self._journal(who, page)
        if payload.step == "open":
            audition = self.store.get_audition(who.user_key, payload.value)
            if audition is not None:
                return [self._entry(audition)]
        return [Reply("stale_button")]

    @staticmethod
    def _entry(audition: Audition) -> Reply:
        """One journal entry, with what a person does next with it one tap away."""
        choices = (
            Choice("journal.outcome", Payload(OUTCOME_CONV, audition.id, "pick").encode()),
            Choice("journal.edit", Payload(EDIT_CONV, audition.id, "pick").encode()),
            Choice("journal.prep", Payload(PREP_CONV, audition.id, "card").encode()),
            Choice("journal.back", Payload("j", "page", "0").encode()),
        )
        return Reply("journal/entry", {"a": audition.to_dict()}, choices=choices, private_only=True)
