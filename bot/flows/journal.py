"""Journal commands beyond the list: /outcome, /stats, /export and /forget.

Files (chart, exports) are written under the data directory in a folder per
person, named by a hash, so /forget can remove them with everything else.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bot.calendar import CALENDARS
from bot.events import Choice, Incoming, Reply, Who
from bot.flows import conversation, tracking
from bot.flows.base import Command, Flow, entry_values, not_found
from bot.flows.buttons import FORGET, OUTCOME, Payload, button, outcome_pick_button
from bot.flows.buttons import outcome_button as record_button
from bot.flows.checkin import OUTCOMES_ASKED
from bot.flows.names import FlowName
from bot.journal import ChartError, compute_stats, export_csv, export_json, render_chart
from bot.render import Format, Renderer
from bot.store import OUTCOMES
from bot.store.atomic import atomic_write_text

log = logging.getLogger(__name__)

OUTCOME_CHOICES = 8


outcome_button = outcome_pick_button


class JournalFlow(Flow):
    """Journal commands beyond the list: news, numbers, files, and forgetting everything."""

    name = "journal"
    commands = (
        Command(
            "outcome",
            hint="which audition: start typing its project",
            values=OUTCOMES_ASKED,
            suggests=True,
        ),
        Command("stats"),
        Command("export"),
        Command("forget"),
    )
    prefixes = (OUTCOME, FORGET)

    def on_command(self, event: Incoming) -> list[Reply]:
        # Reading, exporting or forgetting creates no profile: someone whose first word
        # is /export is still greeted as new by /start, and /forget leaves nothing behind.
        key = event.who.user_key
        if event.command == "outcome":
            return self.typed_outcome(event.who, event.args)
        if event.command == "stats":
            return self.stats(key, self.s.today(key))
        if event.command == "export":
            return self.export(key, self.s.today(key))
        return self.forget_ask(key)

    def typed_outcome(self, who: Who, args: str) -> list[Reply]:
        """`/outcome callback Hamlet` (or Discord's pick list and autocomplete) in one go.

        Whatever half was typed is kept: `/outcome callback` lists entries whose buttons
        record the callback, `/outcome Hamlet` asks what happened with Hamlet. A name
        that matches no entry exactly is said so, with the nearest entries to pick from.
        """
        word, _, rest = args.strip().partition(" ")
        outcome: str | None = word.lower()
        if outcome not in OUTCOMES_ASKED:
            outcome, rest = None, args
        ref = rest.strip()

        def encode(audition_id: str) -> str:
            if outcome is None:
                return outcome_button(audition_id)
            return record_button(audition_id, outcome)

        key = who.user_key
        if not ref:
            return self.outcome_menu(key, encode, outcome)
        audition = self.s.find_audition(key, ref)
        if audition is None:
            return not_found(self.s, key, ref, "outcome.pick", encode)
        if outcome is None:
            return self.outcome_choices(key, audition.id)
        recorded = tracking.record_outcome(self.s, key, audition.id, outcome)
        return recorded[1] if recorded else [Reply("stale_button")]

    def suggest(self, who: Who, typed: str) -> list[Choice]:
        hits = self.s.auditions_like(who.user_key, typed)
        return [Choice("outcome.pick", a.id, entry_values(a)) for a in hits]

    def on_button(self, who: Who, payload: Payload) -> list[Reply]:
        if payload.conv == FORGET:
            return self.forget_button(who.user_key, payload.step, payload.value)
        if payload.value == "pick":
            return self.outcome_choices(who.user_key, payload.step)
        if payload.value == "keep":
            return [Reply("journal/outcome_kept")]
        confirmed = payload.value.startswith("!")
        outcome = payload.value.removeprefix("!")
        if outcome not in OUTCOMES:
            return [Reply("stale_button")]
        recorded = tracking.record_outcome(
            self.s, who.user_key, payload.step, outcome, confirmed=confirmed
        )
        return recorded[1] if recorded else [Reply("stale_button")]

    # -- /outcome -------------------------------------------------------------

    def outcome_menu(
        self, user_key: str, encode: Callable[[str], str], outcome: str | None
    ) -> list[Reply]:
        items = self.store.list_auditions(user_key)[:OUTCOME_CHOICES]
        choices = tuple(Choice("outcome.pick", encode(a.id), entry_values(a)) for a in items)
        return [
            Reply(
                "journal/outcome_pick",
                {"items": bool(items), "outcome": outcome},
                choices=choices,
                private_only=True,
            )
        ]

    def outcome_choices(self, user_key: str, audition_id: str) -> list[Reply]:
        """Step two of /outcome: what happened with this audition?"""
        audition = self.store.get_audition(user_key, audition_id)
        if audition is None:
            return [Reply("stale_button")]
        choices = tuple(
            Choice(f"outcome.{o}", record_button(audition.id, o)) for o in OUTCOMES_ASKED
        )
        values = {"a": audition.to_dict()}
        return [Reply("journal/outcome_choose", values, choices=choices, private_only=True)]

    # -- /stats ---------------------------------------------------------------

    def stats(self, user_key: str, today: date) -> list[Reply]:
        auditions = self.store.list_auditions(user_key)
        stats = compute_stats(auditions, today)
        files: tuple[Path, ...] = ()
        if auditions:
            try:
                chart = render_chart(auditions, today, self.s.files_dir(user_key) / "stats.png")
            except ChartError:  # the figures still go out; the operator's log says why
                log.warning("the /stats chart could not be drawn", exc_info=True)
            else:
                chart.chmod(0o600)
                files = (chart,)
        return [
            Reply(
                "journal/stats", {"s": stats, "chart": bool(files)}, files=files, private_only=True
            )
        ]

    # -- /export --------------------------------------------------------------

    def export(self, user_key: str, today: date) -> list[Reply]:
        auditions = self.store.list_auditions(user_key)
        if not auditions and not self.store.list_checkins(user_key):
            return [Reply("journal/export_empty", private_only=True)]
        folder = self.s.files_dir(user_key)
        stamp = today.isoformat()
        json_path = folder / f"callback-journal-{stamp}.json"
        atomic_write_text(
            json_path,
            export_json(
                self.store.get_user(user_key), auditions, self.store.list_checkins(user_key)
            ),
        )
        csv_path = folder / f"callback-journal-{stamp}.csv"
        atomic_write_text(csv_path, export_csv(auditions))
        md_path = folder / f"callback-journal-{stamp}.md"
        atomic_write_text(md_path, render_diary(auditions, today))
        return [
            Reply("journal/export_ready", files=(json_path, csv_path, md_path), private_only=True)
        ]

    # -- /forget --------------------------------------------------------------

    def forget_ask(self, user_key: str) -> list[Reply]:
        state = self.s.new_state(FlowName.FORGET, "confirm")
        conversation.push(self.s, user_key, state)
        count = len(self.store.list_auditions(user_key))
        choices = (
            Choice("forget.yes", button(FORGET, state.conv, "yes")),
            Choice("forget.no", button(FORGET, state.conv, "no")),
        )
        return [Reply("forget/confirm", {"auditions": count}, choices=choices, private_only=True)]

    def forget_button(self, user_key: str, nonce: str, value: str) -> list[Reply]:
        state = self.store.get_state(user_key)
        if state is None or state.flow != FlowName.FORGET or state.conv != nonce:
            return [Reply("stale_button")]  # only a fresh confirmation can delete
        if value != "yes":  # kept: back to whatever form the question was asked over
            conversation.pop(self.s, user_key)
            return [Reply("forget/kept"), *conversation.resume_top(self.s, user_key)]
        identities = {user_key, *self.store.aliases_of(user_key)}
        for alias in self.store.aliases_of(user_key):
            self.store.set_alias(alias, None)

        def drop_traces(links: dict) -> None:
            codes = links.get("codes", {})
            links["codes"] = {h: c for h, c in codes.items() if c.get("account") != user_key}
            failures = links.get("failures", {})
            links["failures"] = {k: v for k, v in failures.items() if k not in identities}
            calendars = links.get(CALENDARS, {})  # a calendar link stops working too
            links[CALENDARS] = {h: k for h, k in calendars.items() if k != user_key}

        self.store.update_links(drop_traces)
        self.store.forget_user(user_key)
        shutil.rmtree(self.s.files_dir(user_key), ignore_errors=True)
        return [Reply("forget/done")]


def render_diary(auditions: list, today: date) -> str:
    renderer = Renderer(Format.DOCUMENT)
    ordered = sorted(auditions, key=lambda a: (a.date, a.created_at))
    template = renderer.env.get_template("export/diary.md.j2")
    return template.render(auditions=[a.to_dict() for a in ordered], today=today.isoformat()) + "\n"
