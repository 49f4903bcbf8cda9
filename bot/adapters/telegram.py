"""Telegram adapter on python-telegram-bot 22: translate updates, send replies, nothing else.

PTB's ConversationHandler is deliberately not used: the engine owns every
flow so Telegram, Discord and the console behave identically. This module
turns updates into `Incoming` events and `Reply` objects into Bot API calls.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from functools import partial

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)
from telegram.constants import ChatAction, ChatMemberStatus, ChatType, ParseMode
from telegram.error import Forbidden, RetryAfter, TelegramError, TimedOut
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot import metrics
from bot.commands import command_menu
from bot.config import TelegramConfig
from bot.engine import Engine
from bot.events import Address, ChatKind, Choice, Incoming, Platform, Reply, Who
from bot.flows.registry import DEEP_LINKS
from bot.pacing import PriorityPacer
from bot.render import Format, Renderer, split_message
from bot.turns import TurnRunner

log = logging.getLogger(__name__)

MESSAGE_LIMIT = 4096
#: Messages a second for the whole bot: Telegram's ~30. The pacer counts a message from
#: its slot until a second after Telegram answered, so no second can see a 31st arrive.
TELEGRAM_RATE = 30.0
#: Seconds to wait for Telegram to answer a request (python-telegram-bot defaults to 5,
#: which a busy server or a busy host exceeds while still delivering the message).
READ_TIMEOUT = 15.0
#: Tries after a 429 before a send is given up (each waits out retry_after first).
RETRIES = 3
#: Kinds of non-text content, checked in this order; the first present one names it.
ATTACHMENT_KINDS = (
    "sticker",
    "photo",
    "voice",
    "video_note",
    "video",
    "animation",
    "audio",
    "document",
    "location",
    "contact",
    "poll",
    "dice",
)


class TelegramAdapter:
    platform = Platform.TELEGRAM

    def __init__(
        self,
        engine: Engine,
        config: TelegramConfig,
        runner: TurnRunner | None = None,
        *,
        read_timeout: float = READ_TIMEOUT,
    ) -> None:
        if not config.token:
            raise ValueError("TelegramAdapter needs TELEGRAM_BOT_TOKEN")
        self.engine = engine
        self.runner = runner or TurnRunner(engine)
        #: The bot's whole send budget; replies go first, check-ins use the rest.
        self.pacer = PriorityPacer(TELEGRAM_RATE)
        self.config = config
        self.renderer = Renderer(Format.HTML)
        self.read_timeout = read_timeout
        self.application = self._build()

    # -- set-up -------------------------------------------------------------

    def _build(self) -> Application:
        builder = (
            ApplicationBuilder()
            .token(self.config.token or "")
            # Keeps groups to 20 a minute. The overall 30/s budget is ours (PriorityPacer),
            # so replies can jump the queue of a check-in fan-out; a 429 is retried by
            # _send_text through the same pacer, never around it (max_retries=0 here).
            .rate_limiter(AIORateLimiter(overall_max_rate=0, max_retries=0))
            # Updates run side by side; TurnRunner keeps each person's in order.
            .concurrent_updates(True)
            # A slow answer from Telegram is not a failed send: wait a while for it.
            .read_timeout(self.read_timeout)
        )
        if self.config.api_base_url:
            builder = builder.base_url(f"{self.config.api_base_url}/bot").base_file_url(
                f"{self.config.api_base_url}/file/bot"
            )
        app = builder.build()
        app.add_handler(MessageHandler(filters.UpdateType.MESSAGE, self.on_message))
        app.add_handler(CallbackQueryHandler(self.on_button))
        app.add_error_handler(self.on_error)
        return app

    async def start(self) -> None:
        """Connect, register the command menu and start receiving updates."""
        app = self.application
        await app.initialize()
        # The menu is a convenience: an API without it (an older server, an emulator)
        # still gets a working bot; every command works typed.
        menu = [BotCommand(n, d) for n, d in command_menu()]
        await _soft(app.bot.set_my_commands(menu), "register the command menu")
        await app.start()
        assert app.updater is not None
        if self.config.mode == "webhook":
            secret = self.config.webhook_path_secret or ""
            await app.updater.start_webhook(
                listen=self.config.webhook_listen,
                port=self.config.webhook_port,
                url_path=secret,
                webhook_url=f"{(self.config.webhook_public_url or '').rstrip('/')}/{secret}",
                secret_token=secret,
            )
        else:
            await app.updater.start_polling(poll_interval=0.0, timeout=10)
        log.info("telegram adapter started as @%s (%s)", app.bot.username, self.config.mode)

    def connected(self) -> bool:
        app = self.application
        return app.running and app.updater is not None and app.updater.running

    async def stop(self) -> None:
        app = self.application
        if app.updater is not None and app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await app.shutdown()

    # -- incoming -----------------------------------------------------------

    def _who(self, update: Update) -> Who | None:
        user, chat = update.effective_user, update.effective_chat
        if user is None or chat is None or chat.type == ChatType.CHANNEL:
            return None
        private = chat.type == ChatType.PRIVATE
        return Who(
            Platform.TELEGRAM,
            str(user.id),
            str(chat.id),
            ChatKind.PRIVATE if private else ChatKind.GROUP,
            display_name=user.first_name or "",
        )

    async def _is_admin(self, who: Who) -> bool:
        """Asked only for /daily in a group; any error there means "not an admin", logged."""
        try:
            member = await self.application.bot.get_chat_member(int(who.chat_id), int(who.user_id))
        except Exception as exc:
            log.warning("admin check failed, treating as non-admin: %r", exc)
            return False
        return member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)

    async def on_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.message
        if message is None:
            return
        who = self._who(update)
        if who is None:
            return
        text = message.text
        if text is not None:
            event = Incoming.parse_text(who, text)
            if event.command == "daily" and not who.private:
                admin = replace(who, is_chat_admin=await self._is_admin(who))
                event = replace(event, who=admin)
        else:
            kind = next((k for k in ATTACHMENT_KINDS if getattr(message, k, None)), "message")
            if not who.private:
                return  # photos in a group are the group's business, not ours
            event = Incoming(who, attachment=kind)
        event = replace(event, event_id=f"telegram:{update.update_id}")
        await self.runner.handle(
            event, lambda replies: self.deliver(who, replies), lambda: self._typing(who)
        )

    async def _typing(self, who: Who) -> None:
        """A slow turn (a first chart, a big export): show "typing…" meanwhile."""
        await self.application.bot.send_chat_action(int(who.chat_id), ChatAction.TYPING)

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The engine sees the press first; the spinner and the keyboard are cosmetic."""
        query = update.callback_query
        if query is None:
            return
        who = self._who(update)
        if who is None or query.data is None:
            await _soft(query.answer(), "answer a button press")
            return
        data = query.data

        async def after(replies: list[Reply]) -> None:
            await _soft(query.answer(), "answer a button press")
            if isinstance(query.message, Message):
                await _soft(self._close_buttons(query.message, data), "close a keyboard")
            await self.deliver(who, replies)

        event = Incoming(who, button=data, event_id=f"telegram:{update.update_id}")
        await self.runner.handle(event, after, lambda: self._typing(who))

    async def _close_buttons(self, message: Message, pressed: str) -> None:
        """Replace the keyboard with the chosen label so no button can be pressed twice."""
        label = None
        markup = message.reply_markup
        for row in markup.inline_keyboard if markup else ():
            for button in row:
                if button.callback_data == pressed:
                    label = button.text
        text = message.text_html or ""
        if label:
            text += f"\n\n<i>→ {html.escape(label, quote=False)}</i>"
        await message.edit_text(text, parse_mode=ParseMode.HTML, reply_markup=None)

    # -- outgoing -----------------------------------------------------------

    def _markup(self, reply: Reply, in_group: bool) -> InlineKeyboardMarkup | None:
        rows: list[list[InlineKeyboardButton]] = []
        row: list[InlineKeyboardButton] = []
        for choice in reply.choices:
            row.append(
                InlineKeyboardButton(self.renderer.label(choice), callback_data=choice.payload)
            )
            if len(row) == (1 if choice.wide else 3):
                rows.append(row)
                row = []
        if row:
            rows.append(row)
        if reply.offer_private_chat and in_group and self.application.bot.username:
            # The private chat opens on what was asked for in the group (/journal, /debrief).
            what = str(reply.values.get("what") or "")
            start = f"?start={what}" if what in DEEP_LINKS else ""
            url = f"https://t.me/{self.application.bot.username}{start}"
            label = self.renderer.label(Choice("private_chat", ""))
            rows.append([InlineKeyboardButton(label, url=url)])
        return InlineKeyboardMarkup(rows) if rows else None

    async def deliver(self, who: Who, replies: list[Reply]) -> None:
        """Send replies to the chat the event came from; stop if the user blocked us."""
        await self.send(
            who.chat_id, replies, in_group=not who.private, user_key=who.user_key, reply=True
        )

    async def send(
        self,
        chat_id: str,
        replies: list[Reply],
        *,
        in_group: bool,
        user_key: str | None = None,
        reply: bool = False,
    ) -> bool:
        """Send replies to one chat; False when the platform refuses (blocked, kicked).

        Every message takes a slot from the bot-wide pacer right before it is sent:
        replies to a person at reply priority, scheduled sends with what is left.
        """
        try:
            for item in replies:
                if in_group and item.private_only:
                    log.error("refused to send private reply %s to a group", item.template)
                    continue
                parts = split_message(self.renderer.render(item), MESSAGE_LIMIT)
                for i, part in enumerate(parts):
                    markup = self._markup(item, in_group) if i == len(parts) - 1 else None
                    await self._send_text(chat_id, part, markup, reply)
                await self._send_files(chat_id, item, reply)
        except Forbidden:
            if user_key is not None and not in_group:
                await self.runner.in_thread(self.engine.mark_unreachable, user_key)
            log.info("telegram refused delivery to a chat (blocked or removed)")
            return False
        return True

    async def _paced(self, send: Callable[[], Awaitable[object]], reply: bool) -> None:
        """One request, each try after a slot from the bot-wide pacer (replies go first).

        A 429 holds the whole pacer for the server's retry_after, then this request
        waits for a slot again like everyone else.
        """
        for attempt in range(RETRIES + 1):
            slot = await self.pacer.acquire(bulk=not reply, track=True)
            try:
                await send()
                return
            except RetryAfter as exc:
                metrics.RATE_LIMITED.labels("telegram").inc()
                if attempt == RETRIES:
                    raise
                self.pacer.hold(_seconds(exc.retry_after))
            finally:
                slot.done()

    async def _send_text(
        self, chat_id: str, text: str, markup: InlineKeyboardMarkup | None, reply: bool
    ) -> None:
        bot = self.application.bot
        try:
            await self._paced(
                lambda: bot.send_message(
                    chat_id, text, parse_mode=ParseMode.HTML, reply_markup=markup
                ),
                reply,
            )
        except TimedOut:
            # The request may well have been delivered (Telegram only answered late).
            # Trying again could send it twice, so it counts as sent; at most this one
            # message is lost if it really was not.
            metrics.SENDS.labels("telegram", "uncertain").inc()
            log.warning("telegram answered too late; counted as delivered")
            return
        metrics.SENDS.labels("telegram", "reply" if reply else "scheduled").inc()

    async def _send_files(self, chat_id: str, item: Reply, reply: bool) -> None:
        bot = self.application.bot
        for path in item.files:
            data = path.read_bytes()
            if path.suffix == ".png":
                await self._paced(partial(bot.send_photo, chat_id, data), reply)
            else:
                await self._paced(
                    partial(bot.send_document, chat_id, data, filename=path.name), reply
                )
            path.unlink(missing_ok=True)  # personal data: don't keep copies around

    # -- for the scheduler ---------------------------------------------------

    async def send_private(self, user_id: str, replies: list[Reply]) -> bool:
        return await self.send(
            user_id, replies, in_group=False, user_key=str(Address(Platform.TELEGRAM, user_id))
        )

    async def send_chat(self, chat_id: str, replies: list[Reply]) -> bool:
        return await self.send(chat_id, replies, in_group=True)

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """One failing update is logged and dropped; polling carries on."""
        error = context.error
        level = logging.WARNING if isinstance(error, TelegramError) else logging.ERROR
        log.log(level, "update failed: %r", error, exc_info=error)


def _seconds(retry_after: object) -> float:
    """retry_after as seconds, whether PTB gives an int or a timedelta."""
    total = getattr(retry_after, "total_seconds", None)
    return float(total()) if callable(total) else float(retry_after)  # type: ignore[arg-type]


async def _soft(call: Awaitable[object], what: str) -> None:
    """Cosmetic and auxiliary calls never cost a person their input: failures are logged."""
    try:
        await call
    except Exception as exc:
        log.warning("could not %s: %r", what, exc)
