"""One actor, both platforms: /link shows a one-time code, the other platform enters it.

Codes are 8 characters from an alphabet without look-alikes (about 8.5e11
possibilities), stored only as a hash, valid for 10 minutes and single use.
Each identity may get 5 wrong codes an hour. Linking merges the entering
identity's journal into the code owner's; every entry remembers which
identity wrote it, so /unlink can hand an identity's entries back.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.clock import iso
from bot.events import Incoming, Reply, Who
from bot.flows.base import Command, Flow
from bot.store import UserProfile

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
CODE_TTL = timedelta(minutes=10)
MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(hours=1)
#: Wrong codes across the whole bot in FAILURE_WINDOW before /link stops taking codes for
#: a while: a per-account limit alone gives every new account five fresh guesses.
GLOBAL_FAILURES = 100


def _hash(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


def normalise_code(raw: str) -> str:
    return "".join(ch for ch in raw.upper() if ch.isalnum())


class Linker(Flow):
    """/link and /unlink: one journal for one person's Telegram and Discord accounts."""

    name = "link"
    commands = (
        Command(
            "link",
            what="settings",
            hint="the code from your other platform (leave empty to get a code)",
        ),
        Command("unlink", what="settings"),
    )
    what = "settings"

    def on_command(self, event: Incoming) -> list[Reply]:
        who = event.who
        self.s.ensure_user(who)
        if event.command == "unlink":
            return self.unlink(who)
        return self.redeem(who, event.args) if event.args else self.issue(who)

    def _now(self) -> datetime:
        return self.s.clock().astimezone(UTC)

    # -- /link ------------------------------------------------------------------

    def issue(self, who: Who) -> list[Reply]:
        now = self._now()
        code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))

        def add_code(links: dict[str, Any]) -> None:
            codes = {
                h: c
                for h, c in links.get("codes", {}).items()
                if c["account"] != who.user_key and datetime.fromisoformat(c["expires"]) > now
            }
            codes[_hash(code)] = {
                "account": who.user_key,
                "platform": who.platform.value,
                "expires": iso(now + CODE_TTL),
            }
            links["codes"] = codes

        self.store.update_links(add_code)
        shown = f"{code[:4]}-{code[4:]}"
        return [Reply("link/code", {"code": shown, "minutes": int(CODE_TTL.total_seconds() // 60)})]

    def redeem(self, who: Who, raw: str) -> list[Reply]:
        now = self._now()
        key = _hash(normalise_code(raw))

        def check(links: dict[str, Any]) -> Reply | str:
            """The whole decision under the lock; a str is the account to merge into."""
            failures = [
                t
                for t in links.get("failures", {}).get(who.identity_key, [])
                if now - datetime.fromisoformat(t) < FAILURE_WINDOW
            ]
            if len(failures) >= MAX_FAILURES:
                return Reply("link/locked")
            everyone = [
                t
                for t in links.get("failures_all", [])
                if now - datetime.fromisoformat(t) < FAILURE_WINDOW
            ]
            if len(everyone) >= GLOBAL_FAILURES:
                links["failures_all"] = everyone
                return Reply("link/busy")
            codes = links.get("codes", {})
            entry = codes.get(key)
            if entry is None:
                failures.append(iso(now))
                links.setdefault("failures", {})[who.identity_key] = failures
                links["failures_all"] = [*everyone, iso(now)]
                left = MAX_FAILURES - len(failures)
                # The last try used up says so now, not on the next attempt.
                return Reply("link/wrong", {"left": left}) if left else Reply("link/locked")
            if datetime.fromisoformat(entry["expires"]) <= now:
                codes.pop(key)
                return Reply("link/expired")
            if entry["platform"] == who.platform.value:
                return Reply("link/same_platform")
            if who.user_key == entry["account"]:
                return Reply("link/already")
            codes.pop(key)  # single use
            links.get("failures", {}).pop(who.identity_key, None)
            return str(entry["account"])

        outcome = self.store.update_links(check)
        if isinstance(outcome, Reply):
            return [outcome]
        moved = self._merge(source=who.user_key, into=outcome, identity=who.identity_key)
        return [Reply("link/done", {"moved": moved})]

    def _merge(self, source: str, into: str, identity: str) -> int:
        """Move the source journal into `into` without duplicates, then point identities there."""
        have = {a.id for a in self.store.list_auditions(into)}
        moved_ids = set()
        for audition in self.store.list_auditions(source):
            if audition.id in have:
                continue
            audition.origin = audition.origin or identity
            self.store.add_audition(into, audition)
            moved_ids.add(audition.id)
        pending = [
            c
            for c in self.store.list_checkins(source)
            if c.status == "pending" and c.audition_id in moved_ids
        ]
        if pending:
            self.store.add_checkins(into, pending)
        for item in self.store.seen_items(source):
            self.store.mark_seen(into, item)
        for alias in self.store.aliases_of(source):
            self.store.set_alias(alias, into)
        self.store.set_alias(identity, into)
        self.store.forget_user(source)
        profile = self.store.get_user(into)
        if profile is not None:
            profile.last_seen = identity
            self.store.save_user(profile)
        return len(moved_ids)

    # -- /unlink ----------------------------------------------------------------

    def unlink(self, who: Who) -> list[Reply]:
        account, identity = who.user_key, who.identity_key
        linked = self.store.aliases_of(account)
        if identity in linked:
            leaving = [identity]
        elif identity == account and linked:
            leaving = linked
        else:
            return [Reply("link/not_linked")]
        moved = sum(self._split(account, other) for other in leaving)
        return [Reply("link/unlinked", {"moved": moved})]

    def _split(self, account: str, identity: str) -> int:
        """Give an identity back its own entries and its own journal."""
        self.store.set_alias(identity, None)
        mine = [a for a in self.store.list_auditions(account) if a.origin == identity]
        source = self.store.get_user(account)
        if self.store.get_user(identity) is None and source is not None:
            self.store.save_user(
                UserProfile(
                    user_key=identity,
                    timezone=source.timezone,
                    created_at=source.created_at,
                    last_seen=identity,
                )
            )
        if not mine:
            return 0
        ids = {a.id for a in mine}
        for audition in mine:
            self.store.add_audition(identity, audition)
        pending = [
            c
            for c in self.store.list_checkins(account)
            if c.audition_id in ids and c.status == "pending"
        ]
        if pending:
            self.store.add_checkins(identity, pending)
        self.store.remove_auditions(account, ids)
        return len(mine)
