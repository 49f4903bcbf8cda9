"""The real discord.py client against a local fake of Discord's REST API and gateway."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest
from conftest import debrief_script, slow_stats
from fake_discord import APP_ID, FakeDiscord, user

from bot.adapters.discord import DiscordAdapter
from bot.config import DiscordConfig
from bot.engine import Engine
from bot.store import TinyDBStore

GUILD, CHANNEL = 800000000000000001, 800000000000000002
MANAGE_CHANNELS = str(1 << 4)


class Harness:
    def __init__(self, fake: FakeDiscord, adapter: DiscordAdapter, store: TinyDBStore) -> None:
        self.fake, self.adapter, self.store = fake, adapter, store
        self._ids = itertools.count(1)

    async def _send(self, event: str, data: dict[str, Any], expect: int = 1) -> None:
        before = len(self.fake.calls)
        await self.fake.dispatch(event, data)
        await self.fake.settle(before, expect)

    async def dm(self, uid: int, text: str = "", **extra: Any) -> None:
        await self._send("MESSAGE_CREATE", self.fake.dm(uid, text, **extra))

    def _interaction(
        self, uid: int, kind: int, data: dict[str, Any], guild: bool, perms: str
    ) -> dict[str, Any]:
        base = {
            "id": str(self.fake.next_id()),
            "application_id": str(APP_ID),
            "type": kind,
            "data": data,
            "token": f"tok{next(self._ids)}",
            "version": 1,
            "locale": "en-GB",
            "app_permissions": "0",
            "entitlements": [],
            "attachment_size_limit": 8388608,
            "authorizing_integration_owners": {},
        }
        if guild:
            base.update(
                guild_id=str(GUILD),
                channel_id=str(CHANNEL),
                channel={
                    "id": str(CHANNEL),
                    "type": 0,
                    "guild_id": str(GUILD),
                    "name": "general",
                    "position": 0,
                    "permission_overwrites": [],
                },
                member={
                    "user": user(uid),
                    "roles": [],
                    "permissions": perms,
                    "joined_at": datetime.now(UTC).isoformat(),
                    "deaf": False,
                    "mute": False,
                    "flags": 0,
                },
                context=0,
            )
        else:
            base.update(
                channel_id=str(uid + 1),
                user=user(uid),
                context=1,
                channel={"id": str(uid + 1), "type": 1},
            )
        return base

    async def slash(
        self,
        uid: int,
        name: str,
        settings: str | None = None,
        *,
        guild: bool = False,
        perms: str = "0",
        expect: int = 1,
    ) -> None:
        data: dict[str, Any] = {"id": str(self.fake.next_id()), "name": name, "type": 1}
        if settings is not None:
            data["options"] = [{"name": "text", "type": 3, "value": settings}]
        interaction = self._interaction(uid, 2, data, guild, perms)
        await self._send("INTERACTION_CREATE", interaction, expect)

    async def slash_options(self, uid: int, name: str, **options: str) -> None:
        """A slash command with its typed options filled in, as Discord sends them."""
        data: dict[str, Any] = {"id": str(self.fake.next_id()), "name": name, "type": 1}
        data["options"] = [{"name": k, "type": 3, "value": v} for k, v in options.items()]
        await self._send("INTERACTION_CREATE", self._interaction(uid, 2, data, False, "0"))

    async def autocomplete(self, uid: int, name: str, typed: str) -> list[dict[str, Any]]:
        """What Discord would show under a half-typed argument (interaction type 4)."""
        data: dict[str, Any] = {"id": str(self.fake.next_id()), "name": name, "type": 1}
        data["options"] = [{"name": "text", "type": 3, "value": typed, "focused": True}]
        await self._send("INTERACTION_CREATE", self._interaction(uid, 4, data, False, "0"))
        return self.fake.sent("respond:8")[-1]["data"]["choices"]

    def last_with_buttons(self) -> dict[str, Any]:
        for msg in reversed(list(self.fake.messages.values())):
            if msg["components"]:
                return msg
        raise AssertionError("no message with buttons")

    async def press(self, uid: int, label: str, message: dict[str, Any] | None = None) -> None:
        message = message or self.last_with_buttons()
        buttons = [b for row in message["components"] for b in row["components"]]
        custom_id = next(b["custom_id"] for b in buttons if b["label"] == label)
        data = {"custom_id": custom_id, "component_type": 2}
        payload = self._interaction(uid, 3, data, False, "0")
        payload["message"] = message
        await self._send("INTERACTION_CREATE", payload)

    def texts(self) -> list[str]:
        return [
            b.get("content") or (b.get("data") or {}).get("content", "")
            for b in self.fake.sent("send", "followup", "respond:4")
        ]


@pytest.fixture
async def dc(engine: Engine, store: TinyDBStore, monkeypatch) -> AsyncIterator[Harness]:
    fake = FakeDiscord()
    await fake.start()
    fake.point_discord_py_here(monkeypatch)
    adapter = DiscordAdapter(
        engine, DiscordConfig(token="dc.SECRET.token"), guild_ready_timeout=0.05
    )
    await adapter.start()
    try:
        yield Harness(fake, adapter, store)
    finally:
        await adapter.stop()
        await fake.stop()


@pytest.mark.parametrize("code", [400, 403])
async def test_a_refused_command_sync_still_runs_the_bot(
    engine: Engine, store: TinyDBStore, monkeypatch, code: int
) -> None:
    fake = FakeDiscord()
    await fake.start()
    fake.point_discord_py_here(monkeypatch)
    fake.fail_next["sync"] = [code]
    adapter = DiscordAdapter(
        engine, DiscordConfig(token="dc.SECRET.token"), guild_ready_timeout=0.05
    )
    await adapter.start()
    try:
        dc = Harness(fake, adapter, store)
        await dc.dm(701, "/debrief")
        assert not fake.sent("sync") and fake.sent("send")
        assert adapter.connected()
    finally:
        await adapter.stop()
        await fake.stop()


async def test_commands_are_synced_on_start(dc: Harness) -> None:
    [synced] = dc.fake.sent("sync")
    names = {c["name"] for c in synced}
    assert {"debrief", "journal", "daily", "cancel", "help"} <= names
    daily = next(c for c in synced if c["name"] == "daily")
    text = next(o for o in daily["options"] if o["name"] == "text")
    assert not text["required"]


async def test_fixed_values_are_a_pick_list(dc: Harness) -> None:
    [synced] = dc.fake.sent("sync")
    settings = next(c for c in synced if c["name"] == "settings")
    what = next(o for o in settings["options"] if o["name"] == "what")
    assert [c["value"] for c in what["choices"]] == [
        "timezone",
        "quiet",
        "days",
        "country",
        "pause",
        "resume",
    ]
    daily = next(c for c in synced if c["name"] == "daily")
    assert [c["value"] for c in daily["options"][0]["choices"]] == ["on", "off"]
    await dc.slash_options(1021, "settings", what="timezone", text="paris")
    assert dc.store.get_user("discord:1021").timezone == "Europe/Paris"
    await dc.slash_options(1021, "settings", what="pause")
    assert dc.store.get_user("discord:1021").checkins_paused


async def test_prep_autocompletes_from_the_persons_own_journal(dc: Harness) -> None:
    uid = 1022
    for project in ("Hamlet", "Hedda Gabler", "The Seagull"):
        await dc.dm(uid, "/debrief")
        await dc.dm(uid, project)
        await dc.dm(uid, "/skip")
        await dc.press(uid, "Today")
        for _ in range(6):
            await dc.dm(uid, "/skip")
    choices = await dc.autocomplete(uid, "prep", "h")
    names = [c["name"] for c in choices]
    assert len(names) == 3 and "Seagull" in names[2]  # names starting with "h" come first
    assert sorted(n.split(" · ")[1] for n in names[:2]) == ["Hamlet", "Hedda Gabler"]
    assert "2026-11-20" not in " ".join(names)  # dates as people read them
    # Someone else's journal is not offered.
    assert await dc.autocomplete(1023, "prep", "h") == []
    hamlet = next(c["value"] for c in choices if "Hamlet" in c["name"])
    await dc.slash_options(uid, "prep", text=hamlet)
    assert "Hamlet" in dc.texts()[-1]
    # /outcome: a pick list for the news, autocomplete for which audition.
    [synced] = dc.fake.sent("sync")
    outcome = next(c for c in synced if c["name"] == "outcome")
    what = next(o for o in outcome["options"] if o["name"] == "what")
    assert "callback" in [c["value"] for c in what["choices"]]
    assert next(o for o in outcome["options"] if o["name"] == "text")["autocomplete"]
    seagull = await dc.autocomplete(uid, "outcome", "sea")
    assert len(seagull) == 1 and "Seagull" in seagull[0]["name"]
    await dc.slash_options(uid, "outcome", what="booked", text=seagull[0]["value"])
    booked = dc.store.get_audition(f"discord:{uid}", seagull[0]["value"])
    assert booked is not None and booked.outcome == "booked"


async def test_whole_debrief_through_dms_and_buttons(dc: Harness) -> None:
    uid = 1001
    await dc.dm(uid, "/debrief")
    await dc.dm(uid, "Blood Wedding")
    await dc.dm(uid, "Leonardo")
    await dc.press(uid, "Today")
    await dc.press(uid, "In the room")
    await dc.dm(uid, "/skip")
    await dc.press(uid, "5 · great")
    await dc.dm(uid, "the knife scene")
    await dc.dm(uid, "/skip")
    await dc.dm(uid, "/skip")
    [audition] = dc.store.list_auditions(f"discord:{uid}")
    assert (audition.project, audition.role, audition.format, audition.feeling) == (
        "Blood Wedding",
        "Leonardo",
        "room",
        5,
    )
    assert audition.date == "2026-11-20"
    assert any("Saved to your journal" in t for t in dc.texts())
    # Each press edited its message: the buttons went, the choice is shown.
    edits = dc.fake.sent("respond:7")
    assert len(edits) == 3
    assert edits[0]["data"]["components"] == [] and edits[0]["data"]["content"].endswith(
        "*→ Today*"
    )
    # No message ever allows pings.
    assert all(b["allowed_mentions"]["parse"] == [] for b in dc.fake.sent("send"))


async def test_slash_command_in_dm(dc: Harness) -> None:
    await dc.slash(1002, "help")
    [response] = dc.fake.sent("respond:4")
    assert "Here is what I understand" in response["data"]["content"]
    assert response["data"].get("flags", 0) & 64 == 0  # not ephemeral in a DM


async def test_debrief_slash_in_a_server_stays_private(dc: Harness) -> None:
    await dc.slash(1003, "debrief", guild=True)
    [response] = dc.fake.sent("respond:4")
    assert response["data"]["flags"] & 64  # ephemeral
    assert "Debriefs are private" in response["data"]["content"]
    # The debrief itself goes to the DM (test below), never to the server's channel.
    await until(lambda: any("direct message" in t for t in dc.texts()))
    in_server = [b["data"].get("content", "") for b in dc.fake.sent("respond:4")]
    in_server += [b.get("content", "") for b in dc.fake.sent("followup")]
    assert not any("What was the project" in t for t in in_server)


async def until(check, timeout: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not check():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.02)


async def test_asked_in_a_server_the_debrief_starts_in_a_dm(dc: Harness) -> None:
    """Discord has no link that opens a DM on a command: the bot writes first there."""
    await dc.slash(1013, "debrief", guild=True)
    await until(lambda: any("direct message" in t for t in dc.texts()))
    dm = [b for b in dc.fake.sent("send") if "What was the project" in b.get("content", "")]
    assert dm, dc.texts()
    assert dc.store.get_state("discord:1013") is not None  # the debrief is under way, privately
    [told] = [b for b in dc.fake.sent("followup") if "direct message" in b.get("content", "")]
    assert told["flags"] & 64  # only they see it
    assert "sent you a direct message" in told["content"]


async def test_closed_dms_are_explained_in_the_server(dc: Harness) -> None:
    dc.fake.fail_next["send"] = [403]
    await dc.slash(1014, "journal", guild=True)
    await until(lambda: any("direct message" in t for t in dc.texts()))
    [told] = [b for b in dc.fake.sent("followup") if "direct message" in b.get("content", "")]
    assert "couldn't send you a direct message" in told["content"] and told["flags"] & 64


async def test_channel_daily_quote_permitted_and_refused(dc: Harness) -> None:
    await dc.slash(1004, "daily", "on 07:30 America/New_York", guild=True, perms="0")
    assert "only an admin" in dc.texts()[-1]
    assert dc.store.get_chat(f"discord:{CHANNEL}") is None
    await dc.slash(1005, "daily", "on 07:30 America/New_York", guild=True, perms=MANAGE_CHANNELS)
    chat = dc.store.get_chat(f"discord:{CHANNEL}")
    assert (chat.daily_quote, chat.quote_time, chat.timezone) == (True, "07:30", "America/New_York")
    assert all(b["data"]["flags"] & 64 for b in dc.fake.sent("respond:4"))


async def test_mention_injection_pings_nobody(dc: Harness) -> None:
    uid = 1006
    await dc.dm(uid, "/debrief")
    await dc.dm(uid, "@everyone <@&123> @here **loud**")
    await dc.dm(uid, "/debrief")  # the in-progress prompt repeats the project name
    body = dc.fake.sent("send")[-1]
    assert "@everyone" in body["content"] and body["allowed_mentions"] == {"parse": []}
    assert r"\*\*loud\*\*" in body["content"]


async def test_oversized_reply_is_split(dc: Harness) -> None:
    uid = 1007
    await dc.dm(uid, "/debrief")
    await dc.dm(uid, "Big")
    for answer in ("/skip", "today", "/skip", "/skip", "/skip"):
        await dc.dm(uid, answer)
    for _ in range(3):
        await dc.dm(uid, " ".join(["line_with_underscores"] * 170))
    sends = [b["content"] for b in dc.fake.sent("send")]
    assert all(len(c) <= 2000 for c in sends)
    summary = [c for c in sends if "line\\_with\\_underscores" in c]
    assert len(summary) >= 3


async def test_attachment_gets_text_only_reply(dc: Harness) -> None:
    attachment = {
        "id": "5",
        "filename": "headshot.jpg",
        "size": 10,
        "url": "https://x/y.jpg",
        "proxy_url": "https://x/y.jpg",
    }
    await dc.dm(1008, "", attachments=[attachment])
    assert "I can only read text" in dc.texts()[-1]


async def test_closed_dms_mark_the_user_unreachable(dc: Harness) -> None:
    uid = 1009
    await dc.dm(uid, "/start")
    dc.fake.fail_next["send"] = [403]
    await dc.dm(uid, "/help")
    assert dc.store.get_user(f"discord:{uid}").active is False
    assert await dc.adapter.send_to_user(str(uid), []) is True  # nothing to send is fine
    dc.fake.fail_next["send"] = [403]
    from bot.events import Reply

    assert await dc.adapter.send_to_user(str(uid), [Reply("help")]) is False


async def test_export_arrives_as_attachments(dc: Harness) -> None:
    uid = 1010
    for text in debrief_script("Pippin"):
        await dc.dm(uid, text)
    await dc.slash(uid, "export")
    [response] = dc.fake.sent("respond:4")
    assert len(response["_files"]) == 3
    assert not list((dc.store.data_dir / "exports").rglob("*.*"))


async def test_adapter_refuses_to_send_journal_content_to_a_channel(dc: Harness) -> None:
    from bot.events import Reply
    from bot.store import Audition

    entry = Reply(
        "journal/entry",
        {"a": Audition(id="s", date="2026-11-01", project="Secret", created_at="t").to_dict()},
        private_only=True,
    )
    messages = dc.adapter._messages([entry, Reply("help")], in_group=True)
    assert len(messages) == 1 and "Secret" not in messages[0][0]
    assert len(dc.adapter._messages([entry], in_group=False)) == 1


async def test_paused_means_paused_over_discord(dc: Harness) -> None:
    uid = 1031
    await dc.dm(uid, "/debrief")
    await dc.dm(uid, "Hamlet")
    await dc.dm(uid, "kms")
    await dc.dm(uid, "I just feel so alone right now")
    assert "paused" in dc.texts()[-1]
    state = dc.store.get_state(f"discord:{uid}")
    assert state.answers == {"project": "Hamlet"} and state.paused
    await dc.press(uid, "Go on where I left off")
    await dc.dm(uid, "Laertes")
    assert dc.store.get_state(f"discord:{uid}").answers["role"] == "Laertes"


async def test_a_slow_slash_command_is_deferred_then_followed_up(
    dc: Harness, engine: Engine, monkeypatch
) -> None:
    """Discord fails a slash command not answered within 3 s: "thinking…" first."""
    slow_stats(engine, monkeypatch)
    await dc.slash(1031, "stats", expect=2)
    [deferred] = dc.fake.sent("respond:5")
    assert deferred["type"] == 5
    assert any("audition" in t.lower() for t in dc.texts())
