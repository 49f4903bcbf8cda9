"""Discord adapter on discord.py 2.7: slash commands, DMs and buttons in, engine replies out.

Debriefs happen in DMs, which need no privileged intent: Discord delivers the
content of DMs to the bot without the message-content intent. In servers the
bot is used only through slash commands, so it never reads channel chatter.
Buttons are `DynamicItem`s whose custom id carries the engine's payload, so
they keep working after a restart without any in-memory view.
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import replace
from typing import Any

import discord
from discord import app_commands

from bot import metrics
from bot.commands import slash_commands
from bot.config import DiscordConfig
from bot.engine import Engine
from bot.events import ChatKind, Incoming, Platform, Reply, Who
from bot.flows.base import Command
from bot.flows.registry import DEEP_LINKS
from bot.render import Format, Renderer, escape_markdown, split_message
from bot.turns import TurnRunner

log = logging.getLogger(__name__)

MESSAGE_LIMIT = 2000
NO_PINGS = discord.AllowedMentions.none()


class EngineButton(discord.ui.DynamicItem[discord.ui.Button], template=r"cb:(?P<payload>.{1,96})"):
    """A button whose custom id is `cb:<engine payload>`; the engine validates the payload."""

    def __init__(self, payload: str, label: str) -> None:
        super().__init__(
            discord.ui.Button(
                label=label[:80], custom_id=f"cb:{payload}", style=discord.ButtonStyle.secondary
            )
        )
        self.payload = payload
        self.label = label

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> EngineButton:
        return cls(match["payload"], getattr(item, "label", None) or "")

    async def callback(self, interaction: discord.Interaction) -> None:
        client = interaction.client
        assert isinstance(client, CallbackClient)
        await client.adapter.on_button(interaction, self.payload, self.label)


def _intents() -> discord.Intents:
    intents = discord.Intents.none()
    intents.guilds = True  # channel and permission data for /daily
    intents.dm_messages = True  # the debrief itself
    return intents


#: What a server request can continue as in the DM (the deep links Telegram has too).


async def _soft_followup(interaction: discord.Interaction, content: str) -> None:
    try:
        await interaction.followup.send(content, ephemeral=True, allowed_mentions=NO_PINGS)
    except discord.HTTPException as exc:
        log.warning("could not tell the person about their DM: %r", exc)


class CallbackClient(discord.Client):
    """One gateway connection: enough for a bot in up to about 2,500 servers."""

    def __init__(self, adapter: DiscordAdapter, **options: Any) -> None:
        super().__init__(intents=_intents(), allowed_mentions=NO_PINGS, **options)
        self.adapter = adapter
        self.tree = app_commands.CommandTree(self)

    async def setup_hook(self) -> None:
        self.add_dynamic_items(EngineButton)
        await self.adapter.sync_commands()

    async def on_message(self, message: discord.Message) -> None:
        await self.adapter.on_message(message)


class ShardedCallbackClient(CallbackClient, discord.AutoShardedClient):
    """Some of the bot's gateway shards, in one worker; other workers run the rest.

    Discord delivers direct messages on shard 0, so the worker that runs shard 0
    receives every debrief typed in a DM; slash commands and buttons arrive on
    the shard of their server, and replies go out by HTTP from any worker.
    """

    async def setup_hook(self) -> None:
        self.add_dynamic_items(EngineButton)
        if self.shard_ids is None or 0 in self.shard_ids:
            await self.adapter.sync_commands()  # once for the fleet, by shard 0's worker


class DiscordAdapter:
    platform = Platform.DISCORD

    def __init__(
        self,
        engine: Engine,
        config: DiscordConfig,
        runner: TurnRunner | None = None,
        **client_options: Any,
    ) -> None:
        if not config.token:
            raise ValueError("DiscordAdapter needs DISCORD_BOT_TOKEN")
        self.engine = engine
        self.runner = runner or TurnRunner(engine)
        self.config = config
        self.renderer = Renderer(Format.MARKDOWN)
        self.client: CallbackClient
        if config.shard_count:
            self.client = ShardedCallbackClient(
                self,
                shard_count=config.shard_count,
                shard_ids=list(config.shard_ids) or None,
                **client_options,
            )
        else:
            self.client = CallbackClient(self, **client_options)
        self._register_commands()
        self.client.tree.on_error = self.on_command_error  # type: ignore[method-assign]
        self._task: Any = None
        self._background: set[asyncio.Task[None]] = set()

    # -- set-up -------------------------------------------------------------

    def _register_commands(self) -> None:
        for command, description in slash_commands():
            self.client.tree.add_command(self._make_command(command, description))

    def _make_command(
        self, command: Command, description: str
    ) -> app_commands.Command[Any, Any, Any]:
        """A slash command: a pick list where the argument has fixed values, free text
        where it does not, and autocomplete from the person's journal where it names
        something in it (the engine reads the same `what text` either way)."""
        name = command.name
        callback: Any
        if command.values:
            picks = [app_commands.Choice(name=v, value=v) for v in command.values]

            @app_commands.describe(what="what to change or do", text=command.hint or "the value")
            @app_commands.choices(what=picks)
            async def callback(
                interaction: discord.Interaction, what: str = "", text: str = ""
            ) -> None:
                await self.on_command(interaction, name, f"{what} {text}".strip())

        elif command.hint:

            @app_commands.describe(text=command.hint)
            async def callback(interaction: discord.Interaction, text: str = "") -> None:
                await self.on_command(interaction, name, text)

        else:

            async def callback(interaction: discord.Interaction) -> None:
                await self.on_command(interaction, name, "")

        if command.suggests:
            app_commands.autocomplete(text=self._suggester(name))(callback)
        return app_commands.Command(name=name, description=description, callback=callback)

    def _suggester(self, name: str) -> Any:
        async def suggest(
            interaction: discord.Interaction, current: str
        ) -> list[app_commands.Choice[str]]:
            who = self._who_from_interaction(interaction)
            try:
                found = await self.runner.in_thread(self.engine.suggest, who, name, current)
            except Exception:  # a suggestion list is a courtesy: never an error to the person
                log.exception("autocomplete failed")
                return []
            return [
                app_commands.Choice(name=self.renderer.label(c)[:100], value=c.payload)
                for c in found
            ]

        return suggest

    async def sync_commands(self) -> None:
        """Slash commands are a convenience: refused (a bot invited without the
        applications.commands scope, an emulator without the route), the bot still runs
        and every command works typed in a DM."""
        guild_id = self.config.test_guild_id
        try:
            if guild_id:
                guild = discord.Object(id=guild_id)
                self.client.tree.copy_global_to(guild=guild)
                await self.client.tree.sync(guild=guild)
            else:
                await self.client.tree.sync()
        except discord.HTTPException as exc:
            log.warning("could not register the slash commands: %s %s", exc.status, exc.text)

    def connected(self) -> bool:
        return self.client.is_ready() and not self.client.is_closed()

    async def start(self) -> None:
        """Log in and connect in the background; returns once the gateway is ready."""
        await self.client.login(self.config.token or "")
        self._task = asyncio.create_task(self.client.connect(reconnect=True))
        await self.client.wait_until_ready()
        log.info("discord adapter started as %s", self.client.user)

    async def stop(self) -> None:
        await self.client.close()
        if self._task is not None:
            await self._task

    # -- incoming -----------------------------------------------------------

    @staticmethod
    def _who(user: discord.abc.User, channel_id: int | None, guild: bool, admin: bool) -> Who:
        return Who(
            Platform.DISCORD,
            str(user.id),
            str(channel_id or user.id),
            ChatKind.GROUP if guild else ChatKind.PRIVATE,
            display_name=user.display_name,
            is_chat_admin=admin,
        )

    def _who_from_interaction(self, interaction: discord.Interaction) -> Who:
        in_guild = interaction.guild_id is not None
        # `permissions` is computed by Discord for this member in this channel.
        admin = in_guild and interaction.permissions.manage_channels
        return self._who(interaction.user, interaction.channel_id, in_guild, admin)

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or message.guild is not None:
            return  # servers are served through slash commands only
        who = self._who(message.author, message.channel.id, False, False)
        if message.attachments or message.stickers:
            kind = "sticker" if message.stickers else "attachment"
            event = Incoming(who, attachment=kind)
        else:
            event = Incoming.parse_text(who, message.content)
        event = replace(event, event_id=f"discord:{message.id}")
        channel = message.channel

        async def typing() -> None:  # a slow turn: "Callback is typing…" meanwhile
            await channel.typing()

        await self.runner.handle(
            event, lambda replies: self.send_to(channel, replies, in_group=False, who=who), typing
        )

    async def on_command(self, interaction: discord.Interaction, name: str, args: str) -> None:
        who = self._who_from_interaction(interaction)
        await self.runner.handle(
            Incoming(who, command=name, args=args, event_id=f"discord:{interaction.id}"),
            lambda replies: self._respond(interaction, replies, who),
            # Discord fails a slash command not answered in 3 s: "thinking…" answers it.
            lambda: interaction.response.defer(ephemeral=not who.private, thinking=True),
        )

    async def on_button(self, interaction: discord.Interaction, payload: str, label: str) -> None:
        """The engine sees the press first; replacing the buttons is cosmetic and fails soft."""
        who = self._who_from_interaction(interaction)
        message = interaction.message
        content = message.content if message is not None else ""
        if label:
            content += f"\n\n*→ {escape_markdown(label)}*"

        async def after(replies: list[Reply]) -> None:
            # Answer by editing the pressed message: its buttons go, the choice stays visible.
            try:
                if interaction.response.is_done():  # deferred because the turn was slow
                    await interaction.edit_original_response(
                        content=content[:MESSAGE_LIMIT], view=None
                    )
                else:
                    await interaction.response.edit_message(
                        content=content[:MESSAGE_LIMIT], view=None
                    )
            except Exception as exc:
                log.warning("could not close the pressed message's buttons: %r", exc)
            await self._respond(interaction, replies, who)

        event = Incoming(who, button=payload, event_id=f"discord:{interaction.id}")
        await self.runner.handle(event, after, interaction.response.defer)

    # -- outgoing -----------------------------------------------------------

    def _view(self, reply: Reply) -> discord.ui.View | None:
        if not reply.choices:
            return None
        view = discord.ui.View(timeout=None)
        for choice in reply.choices:
            view.add_item(EngineButton(choice.payload, self.renderer.label(choice)))
        return view

    def _messages(self, replies: list[Reply], in_group: bool) -> list[tuple[str, Any, Any]]:
        """(content, view, files) under the length limit; private replies never reach a server."""
        missing = discord.utils.MISSING
        out: list[tuple[str, Any, Any]] = []
        for reply in replies:
            if in_group and reply.private_only:
                log.error("refused to send private reply %s to a server channel", reply.template)
                continue
            parts = split_message(self.renderer.render(reply), MESSAGE_LIMIT)
            view = self._view(reply)
            for i, part in enumerate(parts):
                last = i == len(parts) - 1
                files = [discord.File(p) for p in reply.files] if last and reply.files else missing
                out.append((part, view if last and view is not None else missing, files))
        return out

    async def _respond(
        self, interaction: discord.Interaction, replies: list[Reply], who: Who
    ) -> None:
        """Interaction replies: ephemeral in servers, so journal content stays with its owner."""
        ephemeral = not who.private
        messages = self._messages(replies, in_group=not who.private)
        try:
            for content, view, files in messages:
                # The first message answers the interaction; the rest follow it up.
                done = interaction.response.is_done()
                send = interaction.followup.send if done else interaction.response.send_message
                await send(
                    content, view=view, files=files, ephemeral=ephemeral, allowed_mentions=NO_PINGS
                )
                metrics.SENDS.labels("discord", "reply").inc()
            if not interaction.response.is_done():
                await interaction.response.defer()
        except discord.Forbidden:
            self._unreachable(who)
        finally:
            _delete_files(replies)
        offer = next((r for r in replies if r.offer_private_chat), None)
        if offer is not None and not who.private:
            # A task of its own: this delivery still holds the person's turn lock, and the
            # DM's turn is the same person's next one.
            task = asyncio.create_task(
                self._hand_off(interaction, str(offer.values.get("what") or ""))
            )
            self._background.add(task)
            task.add_done_callback(self._background.discard)

    async def _hand_off(self, interaction: discord.Interaction, what: str) -> None:
        """Asked in a server for something private: open the DM and start it there.

        Telegram gets a button that opens the private chat on /start <what>; Discord has
        no such link to a DM, so the bot writes first, as if the person had sent
        /start <what> in the DM, and tells them so (only them: ephemeral).
        """
        try:
            dm = interaction.user.dm_channel or await interaction.user.create_dm()
            dm_who = self._who(interaction.user, dm.id, False, False)
            event = Incoming(dm_who, command="start", args=what if what in DEEP_LINKS else "")
            sent: list[bool] = []

            async def deliver(replies: list[Reply]) -> None:
                sent.append(await self.send_to(dm, replies, in_group=False, who=dm_who))

            await self.runner.handle(event, deliver)
            template = "group/dm_sent" if all(sent) else "group/dm_blocked"
        except discord.HTTPException as exc:
            log.info("could not open a DM after a server request: %r", exc)
            template = "group/dm_blocked"
        await _soft_followup(interaction, self.renderer.render(Reply(template)))

    async def send_to(
        self,
        channel: discord.abc.Messageable,
        replies: list[Reply],
        *,
        in_group: bool,
        who: Who | None = None,
        kind: str = "reply",
    ) -> bool:
        try:
            for content, view, files in self._messages(replies, in_group):
                await channel.send(content, view=view, files=files, allowed_mentions=NO_PINGS)
                metrics.SENDS.labels("discord", kind).inc()
        except discord.Forbidden:
            if who is not None:
                self._unreachable(who)
            return False
        finally:
            _delete_files(replies)
        return True

    async def send_to_user(self, user_id: str, replies: list[Reply]) -> bool:
        """For scheduled messages: open (or reuse) the DM channel and send."""
        who = Who(Platform.DISCORD, user_id, user_id)
        try:
            user = self.client.get_user(int(user_id)) or await self.client.fetch_user(int(user_id))
            channel = user.dm_channel or await user.create_dm()
        except (discord.NotFound, discord.Forbidden):
            self._unreachable(who)
            return False
        return await self.send_to(channel, replies, in_group=False, who=who, kind="scheduled")

    async def send_private(self, user_id: str, replies: list[Reply]) -> bool:
        return await self.send_to_user(user_id, replies)

    async def send_chat(self, chat_id: str, replies: list[Reply]) -> bool:
        try:
            channel = self.client.get_channel(int(chat_id)) or await self.client.fetch_channel(
                int(chat_id)
            )
        except (discord.NotFound, discord.Forbidden):
            return False
        if not isinstance(channel, discord.abc.Messageable):
            return False
        return await self.send_to(channel, replies, in_group=True, kind="scheduled")

    def _unreachable(self, who: Who) -> None:
        if who.private:
            self.engine.mark_unreachable(who.user_key)
        log.info("discord refused delivery (DMs closed or no access)")

    async def on_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        """One failing interaction is logged; the bot carries on."""
        log.error("slash command failed: %r", error, exc_info=error)


def _delete_files(replies: list[Reply]) -> None:
    """Exports and charts hold personal data: once sent (or refused), the copies go."""
    for reply in replies:
        for path in reply.files:
            path.unlink(missing_ok=True)
