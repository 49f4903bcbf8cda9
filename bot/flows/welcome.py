"""/start, /help, /privacy, and words sent outside any conversation.

Words outside a flow are answered, not deflected: encouragement matched to
them when they are about the audition life, a plain pointer when they are not.
"""

from __future__ import annotations

from bot.content.select import Moment
from bot.events import Incoming, Reply, Who
from bot.flows.base import Command, Flow
from bot.flows.steps import MAX_ANSWER_CHARS


class WelcomeFlow(Flow):
    name = "welcome"
    role = "fallback"
    commands = (
        Command("start", private=False),
        Command("privacy", private=False),
        Command("help", private=False),
    )

    def on_command(self, event: Incoming) -> list[Reply]:
        who = event.who
        if event.command == "privacy":
            return [Reply("privacy")]
        if not who.private:
            return [Reply("group/intro", offer_private_chat=True)]
        first = self.store.get_user(who.user_key) is None
        user = self.s.ensure_user(who)
        values = {"first": first, "timezone": user.timezone}
        return [Reply("intro" if event.command == "start" else "help", values)]

    def free_words(self, who: Who, text: str) -> list[Reply]:
        self.s.ensure_user(who)
        words = text[:MAX_ANSWER_CHARS]
        encourager = self.s.encourager
        # An ordinary remark ("the heating's broken") gets a plain answer: encouragement
        # nobody asked for reads as not listening.
        themes = encourager.themes_for([words])
        if not themes:
            return [Reply("idle_text")]
        moment = Moment("words")
        pick = encourager.pick(who.user_key, [words], long=True, moment=moment, themes=themes)
        return [pick.reply(), Reply("idle_hint")]
